//! Headcount plans (定編): the general manager proposes changes to positions,
//! the board signs, and approval applies them. The rules of each change, the
//! ledger check, and the digest that binds a signature to what was shown.

use super::commands::{Command, Ctx, MAX_TEXT, MAX_TITLE, check_headcount, dept, not_found, user};
use super::digest::{Digest, Hasher};
use super::error::DomainError;
use super::events::Event;
use super::ids::*;
use super::model::*;
use super::signoff::{Capacity, Decision, Outcome, Paper, Seen, Signature};
use super::state::Company;
use super::text;

mod lines;
mod signing;

pub use lines::check_line;
use lines::*;
use signing::*;
pub use signing::{digest, overtaken, signing_capacity};

pub const PLAN_CHAIN: &str = "headcount_plan";
/// More lines than this is a reorganisation, not a plan: split it.
pub const MAX_LINES: usize = 200;

pub fn decide(
    company: &Company,
    actor: &User,
    cmd: &Command,
    comment: &str,
    ctx: &Ctx,
) -> Result<Vec<Event>, DomainError> {
    match cmd {
        Command::DraftPlan { title, note } => Ok(vec![Event::PlanDrafted {
            id: company.next_plan_id(),
            title: text::line("field.plan_title", title, MAX_TITLE, false)?,
            note: text::block("field.note", note, MAX_TEXT, true)?,
            author: actor.login.clone(),
            at: ctx.now,
        }]),
        Command::EditPlan { id, title, note } => {
            own_editable(company, actor, *id)?;
            Ok(vec![Event::PlanEdited {
                id: *id,
                title: text::line("field.plan_title", title, MAX_TITLE, false)?,
                note: text::block("field.note", note, MAX_TEXT, true)?,
            }])
        }
        Command::AddPlanLine { id, line } => {
            let plan = own_editable(company, actor, *id)?;
            if plan.items.len() >= MAX_LINES {
                return Err(DomainError::TooManyLines {
                    plan: id.to_string(),
                    max: MAX_LINES,
                });
            }
            let line = clean_line(line)?;
            check_line(company, plan, &line, None)?;
            Ok(vec![Event::PlanLineAdded {
                id: *id,
                no: LineNo(plan.next_line),
                line,
            }])
        }
        Command::ReplacePlanLine { id, no, line } => {
            let plan = own_editable(company, actor, *id)?;
            item(plan, *no)?;
            let line = clean_line(line)?;
            check_line(company, plan, &line, Some(*no))?;
            Ok(vec![Event::PlanLineReplaced {
                id: *id,
                no: *no,
                line,
            }])
        }
        Command::RemovePlanLine { id, no } => {
            let plan = own_editable(company, actor, *id)?;
            item(plan, *no)?;
            Ok(vec![Event::PlanLineRemoved { id: *id, no: *no }])
        }
        Command::SubmitPlan { id } => {
            let plan = own_editable(company, actor, *id)?;
            if plan.items.is_empty() {
                return Err(DomainError::PlanEmpty {
                    plan: id.to_string(),
                });
            }
            for i in &plan.items {
                check_line(company, plan, &i.line, Some(i.no))?;
            }
            let baseline = plan
                .items
                .iter()
                .filter_map(|i| {
                    let p = company.positions.get(&i.line.position()?)?;
                    Some((
                        i.no,
                        Baseline {
                            approved: p.approved,
                            duties: p.duties.clone(),
                        },
                    ))
                })
                .collect();
            Ok(vec![Event::PlanSubmitted {
                id: *id,
                chain: ctx.templates.get(PLAN_CHAIN)?.clone(),
                at: ctx.now,
                comment: comment.to_string(),
                baseline,
            }])
        }
        Command::SignPlan { id, decision, seen } => {
            let plan = awaiting(company, *id, seen)?;
            let cap = signing_capacity(company, plan, actor, ctx.today)?;
            if *decision == Decision::Approve {
                not_overtaken(company, plan)?;
            }
            let sig = signature(plan, *decision, &actor.login, cap, comment, ctx)?;
            signed_events(company, plan, sig, ctx)
        }
        Command::RecordPaperSignoff {
            id,
            signer,
            decision,
            paper_ref,
            seen,
        } => {
            let plan = awaiting(company, *id, seen)?;
            if let Some(p) = &plan.signoff.pending_paper {
                return Err(DomainError::PaperPending {
                    case: id.to_string(),
                    recorded_by: recorder(p),
                });
            }
            let reference = text::line("field.paper_ref", paper_ref, MAX_TITLE, false)?;
            let who = user(company, signer)?;
            if who.login == actor.login {
                return Err(DomainError::PaperOwnSignature);
            }
            if who.disabled {
                return Err(DomainError::UserDisabled {
                    login: who.login.clone(),
                });
            }
            // The clerk is held to four eyes too: an author does not record
            // signatures on their own case.
            let depts = company.plan_depts(plan);
            plan.signoff
                .four_eyes(&id.to_string(), company, &actor.login, &depts)?;
            let cap = paper_capacity(company, plan, who, ctx)?;
            if *decision == Decision::Approve {
                not_overtaken(company, plan)?;
            }
            let mut sig = signature(plan, *decision, &who.login, cap, comment, ctx)?;
            sig.paper = Some(Paper {
                reference,
                recorded_by: actor.login.clone(),
                confirmed_by: None,
            });
            if actor.has(Role::HrHead) {
                signed_events(company, plan, sig, ctx)
            } else {
                Ok(vec![Event::PaperSignoffRecorded {
                    id: *id,
                    signature: sig,
                }])
            }
        }
        Command::ConfirmPaperSignoff { id, seen } => {
            let plan = awaiting(company, *id, seen)?;
            let pending =
                plan.signoff
                    .pending_paper
                    .as_ref()
                    .ok_or_else(|| DomainError::NoPendingPaper {
                        case: id.to_string(),
                    })?;
            let recorded_by = recorder(pending);
            if actor.login == recorded_by || actor.login == pending.signer {
                return Err(DomainError::SecondPersonNeeded { recorded_by });
            }
            let depts = company.plan_depts(plan);
            plan.signoff
                .four_eyes(&id.to_string(), company, &actor.login, &depts)?;
            // Delegations may have ended since it was recorded: ask again.
            let who = user(company, &pending.signer)?;
            let cap = paper_capacity(company, plan, who, ctx)?;
            if pending.decision == Decision::Approve {
                not_overtaken(company, plan)?;
            }
            let mut sig = pending.clone();
            sig.for_whom = cap.for_whom();
            sig.at = ctx.now;
            sig.seen = digest(plan);
            if let Some(p) = &mut sig.paper {
                p.confirmed_by = Some(actor.login.clone());
            }
            signed_events(company, plan, sig, ctx)
        }
        Command::DiscardPaperSignoff { id } => {
            let p = plan(company, *id)?;
            if p.signoff.pending_paper.is_none() {
                return Err(DomainError::NoPendingPaper {
                    case: id.to_string(),
                });
            }
            if comment.is_empty() {
                return Err(DomainError::CommentRequired);
            }
            Ok(vec![Event::PaperSignoffDiscarded {
                id: *id,
                by: actor.login.clone(),
            }])
        }
        Command::DeletePlan { id } => {
            let p = own(company, actor, *id)?;
            if p.state != PlanState::Draft {
                return Err(DomainError::PlanNotDeletable {
                    plan: id.to_string(),
                    state: p.state.key().into(),
                });
            }
            Ok(vec![Event::PlanDeleted { id: *id }])
        }
        Command::WithdrawPlan { id } => {
            let p = own(company, actor, *id)?;
            if !p.state.withdrawable() {
                return Err(DomainError::PlanNotWithdrawable {
                    plan: id.to_string(),
                    state: p.state.key().into(),
                });
            }
            // The signers were asked for their time: tell them why not.
            if comment.trim().is_empty() {
                return Err(DomainError::CommentRequired);
            }
            Ok(vec![Event::PlanWithdrawn {
                id: *id,
                by: actor.login.clone(),
                at: ctx.now,
                comment: comment.to_string(),
            }])
        }
        _ => Ok(Vec::new()),
    }
}

/// A line of a submitted plan whose position another approved plan changed
/// after this plan was submitted: what signers judged no longer stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Overtaking {
    pub no: LineNo,
    pub position: PositionId,
    /// The approved plan that changed the position (the latest, if several).
    pub by: Option<PlanId>,
}

pub fn plan(company: &Company, id: PlanId) -> Result<&Plan, DomainError> {
    company
        .plans
        .get(&id)
        .ok_or_else(|| not_found("kind.plan", id))
}

/// A plan of the actor's own.
pub(super) fn own<'a>(
    company: &'a Company,
    actor: &User,
    id: PlanId,
) -> Result<&'a Plan, DomainError> {
    let p = plan(company, id)?;
    if p.author != actor.login {
        return Err(DomainError::NotAuthor {
            case: id.to_string(),
            author: p.author.clone(),
        });
    }
    Ok(p)
}

/// A plan its author may still change.
pub(super) fn own_editable<'a>(
    company: &'a Company,
    actor: &User,
    id: PlanId,
) -> Result<&'a Plan, DomainError> {
    let p = own(company, actor, id)?;
    if !p.state.editable() {
        return Err(DomainError::PlanNotEditable {
            plan: id.to_string(),
            state: p.state.key().into(),
        });
    }
    Ok(p)
}

pub(super) fn item(plan: &Plan, no: LineNo) -> Result<&PlanItem, DomainError> {
    plan.item(no).ok_or_else(|| DomainError::NoSuchLine {
        plan: plan.id.to_string(),
        line: no.0,
    })
}
