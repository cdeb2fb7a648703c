//! Headcount plans (定編): the general manager proposes changes to positions,
//! the board signs, and approval applies them. The rules of each change, the
//! ledger check, and the digest that binds a signature to what was shown.

use super::commands::{Command, Ctx, MAX_TEXT, MAX_TITLE, check_headcount, dept, not_found};
use super::digest::{Digest, Hasher};
use super::error::DomainError;
use super::events::Event;
use super::ids::*;
use super::model::*;
use super::sign;
use super::signoff::{Capacity, Decision, Outcome, Signature};
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
            let plan = plan(company, *id)?;
            sign::check_seen(company, plan, seen)?;
            let cap = signing_capacity(company, plan, actor, ctx.today)?;
            if *decision == Decision::Approve {
                not_overtaken(company, plan)?;
            }
            let sig = sign::signature(company, plan, *decision, &actor.login, cap, comment, ctx)?;
            signed_events(company, plan, sig, ctx)
        }
        Command::RecordPaperSignoff {
            id,
            signer,
            decision,
            paper_ref,
            seen,
        } => {
            let plan = plan(company, *id)?;
            let recorded = sign::record_paper(
                company, plan, actor, signer, *decision, paper_ref, seen, comment, ctx,
            )?;
            if *decision == Decision::Approve {
                not_overtaken(company, plan)?;
            }
            Ok(vec![Event::PaperSignoffRecorded {
                id: *id,
                signature: recorded,
            }])
        }
        Command::ConfirmPaperSignoff { id, seen } => {
            let plan = plan(company, *id)?;
            let sig = sign::confirm_paper(company, plan, actor, seen, ctx)?;
            if sig.decision == Decision::Approve {
                not_overtaken(company, plan)?;
            }
            signed_events(company, plan, sig, ctx)
        }
        Command::DiscardPaperSignoff { id } => {
            sign::discard_paper(plan(company, *id)?, comment)?;
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
