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

/// The overtaken lines of `plan`; empty unless it is submitted. (Drafts and
/// returned plans are judged against today's figures: they get a fresh
/// baseline when submitted.)
pub fn overtaken(company: &Company, plan: &Plan) -> Vec<Overtaking> {
    if plan.state != PlanState::Submitted {
        return Vec::new();
    }
    let Some(submitted) = plan.submissions.last().map(|s| s.at) else {
        return Vec::new();
    };
    plan.items
        .iter()
        .filter_map(|i| {
            let b = i.baseline.as_ref()?;
            let position = i.line.position()?;
            let p = company.positions.get(&position)?;
            let changed =
                p.closed || p.approved != b.approved || p.duties.trim() != b.duties.trim();
            changed.then(|| Overtaking {
                no: i.no,
                position,
                by: changed_by(company, plan.id, position, submitted),
            })
        })
        .collect()
}

/// The latest plan other than `this`, approved at or after `after`, that
/// changes `position`.
fn changed_by(
    company: &Company,
    this: PlanId,
    position: PositionId,
    after: chrono::DateTime<chrono::Utc>,
) -> Option<PlanId> {
    company
        .plans
        .values()
        .filter(|o| o.id != this && o.state == PlanState::Approved && o.since >= after)
        .filter(|o| o.lines().any(|l| l.position() == Some(position)))
        .max_by_key(|o| (o.since, o.id))
        .map(|o| o.id)
}

/// Refuses approving a plan that another approved plan overtook, naming it.
fn not_overtaken(company: &Company, plan: &Plan) -> Result<(), DomainError> {
    match overtaken(company, plan).first() {
        None => Ok(()),
        Some(o) => Err(DomainError::Overtaken {
            plan: plan.id.to_string(),
            position: o.position.to_string(),
            by: o.by.map_or_else(|| "?".to_string(), |b| b.to_string()),
        }),
    }
}

fn recorder(sig: &Signature) -> String {
    sig.paper
        .as_ref()
        .map(|p| p.recorded_by.clone())
        .unwrap_or_default()
}

/// A submitted plan, refused when it changed since the signer saw it.
fn awaiting<'a>(company: &'a Company, id: PlanId, seen: &Seen) -> Result<&'a Plan, DomainError> {
    let p = plan(company, id)?;
    if p.state != PlanState::Submitted {
        return Err(DomainError::NotAwaitingSignature {
            plan: id.to_string(),
            state: p.state.key().into(),
        });
    }
    p.signoff.check_seen(&id.to_string(), seen, &digest(p))?;
    Ok(p)
}

/// The capacity in which the named signer of a paper sign-off could have signed.
fn paper_capacity(
    company: &Company,
    plan: &Plan,
    who: &User,
    ctx: &Ctx,
) -> Result<Capacity, DomainError> {
    match signing_capacity(company, plan, who, ctx.today) {
        Err(DomainError::NotYourTurn { step, role, .. }) => {
            Err(DomainError::PaperSignerCannotSign {
                login: who.login.clone(),
                step,
                role,
            })
        }
        other => other,
    }
}

/// Whether `user` may sign `plan` now, and for whom; the error says why not.
pub fn signing_capacity(
    company: &Company,
    plan: &Plan,
    user: &User,
    today: chrono::NaiveDate,
) -> Result<Capacity, DomainError> {
    if plan.state != PlanState::Submitted {
        return Err(DomainError::NotAwaitingSignature {
            plan: plan.id.to_string(),
            state: plan.state.key().into(),
        });
    }
    let depts = company.plan_depts(plan);
    plan.signoff
        .capacity(&plan.id.to_string(), company, user, &depts, today)
}

/// The digest of everything a signer is shown: the plan's words, each change
/// with what stood when it was submitted, the round and the author's comment.
pub fn digest(plan: &Plan) -> Digest {
    let mut h = Hasher::new("headcount_plan");
    h.num(u64::from(plan.id.0))
        .num(u64::from(plan.signoff.round))
        .str(&plan.title)
        .str(&plan.note)
        .str(&plan.author);
    if let Some(s) = plan.submissions.last() {
        h.str(&s.comment);
    }
    for i in &plan.items {
        h.num(u64::from(i.no.0)).str(i.line.kind());
        match &i.line {
            PlanLine::NewPosition {
                dept,
                title,
                duties,
                headcount,
            } => {
                h.num(u64::from(dept.0))
                    .str(title)
                    .str(duties)
                    .num(u64::from(*headcount));
            }
            PlanLine::SetHeadcount {
                position,
                headcount,
            } => {
                h.num(u64::from(position.0)).num(u64::from(*headcount));
            }
            PlanLine::ChangeDuties { position, duties } => {
                h.num(u64::from(position.0)).str(duties);
            }
            PlanLine::ClosePosition { position } => {
                h.num(u64::from(position.0));
            }
        }
        if let Some(b) = &i.baseline {
            h.num(u64::from(b.approved)).str(&b.duties);
        }
    }
    h.finish()
}

fn signature(
    plan: &Plan,
    decision: Decision,
    signer: &str,
    cap: Capacity,
    comment: &str,
    ctx: &Ctx,
) -> Result<Signature, DomainError> {
    if decision.needs_comment() && comment.trim().is_empty() {
        return Err(DomainError::CommentRequired);
    }
    Ok(Signature {
        round: plan.signoff.round,
        step: plan.signoff.next.unwrap_or(0),
        decision,
        signer: signer.into(),
        for_whom: cap.for_whom(),
        paper: None,
        at: ctx.now,
        comment: comment.trim().into(),
        seen: digest(plan),
    })
}

/// The signature, and when it completes the chain with approval, the changes it applies.
fn signed_events(
    company: &Company,
    plan: &Plan,
    signature: Signature,
    ctx: &Ctx,
) -> Result<Vec<Event>, DomainError> {
    let approves = plan.signoff.outcome_of(signature.decision) == Outcome::Approved;
    let mut events = vec![Event::PlanSigned {
        id: plan.id,
        signature,
    }];
    if approves {
        events.extend(apply(company, plan, ctx)?);
    }
    Ok(events)
}

/// Re-checks every line against the company as it is now (seats may have been
/// filled since submission) and turns the plan into position changes.
fn apply(company: &Company, plan: &Plan, ctx: &Ctx) -> Result<Vec<Event>, DomainError> {
    let mut events = Vec::new();
    let mut next = company.next_position_id();
    for i in &plan.items {
        check_line(company, plan, &i.line, Some(i.no))?;
        events.push(match &i.line {
            PlanLine::NewPosition {
                dept,
                title,
                duties,
                headcount,
            } => {
                let id = next;
                next = PositionId(next.0 + 1);
                Event::PositionCreated {
                    id,
                    dept: *dept,
                    title: title.clone(),
                    duties: duties.clone(),
                    approved: *headcount,
                    plan: Some(plan.id),
                    at: ctx.now,
                }
            }
            PlanLine::SetHeadcount {
                position,
                headcount,
            } => Event::HeadcountSet {
                position: *position,
                approved: *headcount,
                plan: Some(plan.id),
                at: ctx.now,
            },
            PlanLine::ChangeDuties { position, duties } => Event::DutiesChanged {
                position: *position,
                duties: duties.clone(),
                plan: plan.id,
            },
            PlanLine::ClosePosition { position } => Event::PositionClosed {
                position: *position,
                plan: plan.id,
                at: ctx.now,
            },
        });
    }
    Ok(events)
}

/// A line as typed, held to the text rules.
fn clean_line(line: &PlanLine) -> Result<PlanLine, DomainError> {
    Ok(match line {
        PlanLine::NewPosition {
            dept,
            title,
            duties,
            headcount,
        } => PlanLine::NewPosition {
            dept: *dept,
            title: text::line("field.position_title", title, MAX_TITLE, false)?,
            // A position is set up with its duties (崗位職責).
            duties: text::block("field.duties", duties, MAX_TEXT, false)?,
            headcount: *headcount,
        },
        PlanLine::ChangeDuties { position, duties } => PlanLine::ChangeDuties {
            position: *position,
            duties: text::block("field.duties", duties, MAX_TEXT, false)?,
        },
        other => other.clone(),
    })
}

/// Validates one line of `plan`; `own` is the line's number when it is already in the plan.
pub fn check_line(
    company: &Company,
    plan: &Plan,
    line: &PlanLine,
    own: Option<LineNo>,
) -> Result<(), DomainError> {
    let others = plan
        .items
        .iter()
        .filter(|i| Some(i.no) != own)
        .map(|i| &i.line);
    match line {
        PlanLine::NewPosition {
            dept: d,
            title,
            headcount,
            ..
        } => {
            let department = dept(company, *d)?;
            check_headcount(*headcount)?;
            if *headcount == 0 {
                return Err(DomainError::NoSeats);
            }
            let taken_now = company
                .positions_of(*d)
                .any(|p| !p.closed && p.title.trim() == title.trim());
            let taken_in_plan = others.into_iter().any(|l| {
                matches!(l, PlanLine::NewPosition { dept, title: t, .. } if dept == d && t.trim() == title.trim())
            });
            if taken_now || taken_in_plan {
                return Err(DomainError::DuplicateTitle {
                    title: title.trim().into(),
                    dept: department.name.clone(),
                });
            }
            Ok(())
        }
        PlanLine::SetHeadcount {
            position,
            headcount,
        } => {
            let p = open_position(company, *position)?;
            no_other_line(others, line)?;
            check_headcount(*headcount)?;
            // Also catches a plan overtaken by another that already set this figure.
            if *headcount == p.approved {
                return Err(DomainError::NoChange {
                    position: position.to_string(),
                });
            }
            let occupied = company.ledger(*position).occupied();
            if *headcount < occupied {
                return Err(DomainError::HeadcountBelowOccupied {
                    position: position.to_string(),
                    title: p.title.clone(),
                    requested: *headcount,
                    occupied,
                    short: occupied - headcount,
                });
            }
            Ok(())
        }
        PlanLine::ChangeDuties { position, duties } => {
            let p = open_position(company, *position)?;
            no_other_line(others, line)?;
            if p.duties.trim() == duties.trim() {
                return Err(DomainError::NoChange {
                    position: position.to_string(),
                });
            }
            Ok(())
        }
        PlanLine::ClosePosition { position } => {
            open_position(company, *position)?;
            no_other_line(others, line)?;
            let occupied = company.ledger(*position).occupied();
            if occupied > 0 {
                return Err(DomainError::CloseOccupied {
                    position: position.to_string(),
                    occupied,
                });
            }
            Ok(())
        }
    }
}

/// One plan may change a position's headcount and its duties, but not the
/// same thing twice, and closing it excludes any other change to it.
fn no_other_line<'a>(
    mut others: impl Iterator<Item = &'a PlanLine>,
    line: &PlanLine,
) -> Result<(), DomainError> {
    let Some(position) = line.position() else {
        return Ok(());
    };
    let closes = |l: &PlanLine| matches!(l, PlanLine::ClosePosition { .. });
    let clash = |l: &PlanLine| {
        l.position() == Some(position)
            && (std::mem::discriminant(l) == std::mem::discriminant(line)
                || closes(l)
                || closes(line))
    };
    if others.any(clash) {
        return Err(DomainError::DuplicateLine {
            position: position.to_string(),
        });
    }
    Ok(())
}

fn open_position(company: &Company, id: PositionId) -> Result<&Position, DomainError> {
    let p = company
        .positions
        .get(&id)
        .ok_or_else(|| not_found("kind.position", id))?;
    if p.closed {
        return Err(DomainError::PositionClosed {
            position: id.to_string(),
        });
    }
    Ok(p)
}

pub fn plan(company: &Company, id: PlanId) -> Result<&Plan, DomainError> {
    company
        .plans
        .get(&id)
        .ok_or_else(|| not_found("kind.plan", id))
}

/// A plan of the actor's own.
fn own<'a>(company: &'a Company, actor: &User, id: PlanId) -> Result<&'a Plan, DomainError> {
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
fn own_editable<'a>(
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

fn item(plan: &Plan, no: LineNo) -> Result<&PlanItem, DomainError> {
    plan.item(no).ok_or_else(|| DomainError::NoSuchLine {
        plan: plan.id.to_string(),
        line: no.0,
    })
}
