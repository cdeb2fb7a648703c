//! Requisitions 用人申請: raised by a department head, signed along the
//! `requisition` chain (division head → general manager → HR head), returned
//! for revision and resubmitted in new rounds, cancelled by their author.

use super::seats::{check_ledger, need_free};
use super::*;
use crate::domain::commands::{MAX_TEXT, user};
use crate::domain::digest::{Digest, Hasher};
use crate::domain::model::Position;
use crate::domain::sign::{self, Signable};
use crate::domain::signoff::{Capacity, Outcome, Signature};
use crate::domain::text;

impl Signable for Requisition {
    fn case(&self) -> String {
        self.id.to_string()
    }

    fn signoff(&self) -> &crate::domain::signoff::SignoffCase {
        &self.signoff
    }

    fn awaiting(&self) -> Result<(), DomainError> {
        if self.state == ReqState::Submitted {
            Ok(())
        } else {
            Err(DomainError::NotAwaitingSignature {
                plan: self.id.to_string(),
                state: self.state.catalog_key(),
            })
        }
    }

    fn digest(&self, _company: &Company) -> Digest {
        let mut h = Hasher::new("requisition");
        h.num(u64::from(self.id.0))
            .num(u64::from(self.signoff.round))
            .num(u64::from(self.position.0))
            .num(u64::from(self.count))
            .str(&self.reason)
            .str(&self.start.to_string())
            .str(&self.notes)
            .str(&self.author);
        if let Some(s) = self.submissions.last() {
            h.str(&s.comment);
        }
        h.finish()
    }

    fn subject(&self, company: &Company) -> Vec<DeptId> {
        company.position_dept(self.position).into_iter().collect()
    }
}

/// Whether `user` may sign `req` now, and for whom; the error says why not.
pub fn signing_capacity(
    company: &Company,
    req: &Requisition,
    user: &User,
    today: NaiveDate,
) -> Result<Capacity, DomainError> {
    sign::capacity(company, req, user, today)
}

pub fn decide(
    company: &Company,
    actor: &User,
    cmd: &Recruit,
    comment: &str,
    ctx: &Ctx,
) -> Result<Vec<Event>, DomainError> {
    match cmd {
        Recruit::Raise {
            position,
            count,
            reason,
            start,
            notes,
        } => {
            let p = open_position(company, *position)?;
            own_department(company, actor, p)?;
            let (reason, notes) = terms(*count, reason, *start, notes, ctx)?;
            need_free(company, *position, *count)?;
            Ok(vec![Event::RequisitionRaised {
                id: next_id(company),
                position: *position,
                count: *count,
                reason,
                start: *start,
                notes,
                author: actor.login.clone(),
                chain: ctx.templates.get(REQ_CHAIN)?.clone(),
                at: ctx.now,
                comment: comment.to_string(),
            }])
        }
        Recruit::Edit {
            id,
            count,
            reason,
            start,
            notes,
        } => {
            let r = own(company, actor, *id)?;
            returned(r)?;
            let (reason, notes) = terms(*count, reason, *start, notes, ctx)?;
            // It holds its old count already: only more seats need to be free.
            need_free(company, r.position, count.saturating_sub(r.count))?;
            Ok(vec![Event::RequisitionEdited {
                id: *id,
                count: *count,
                reason,
                start: *start,
                notes,
                at: ctx.now,
            }])
        }
        Recruit::Resubmit { id } => {
            let r = own(company, actor, *id)?;
            returned(r)?;
            open_position(company, r.position)?;
            if r.start < ctx.today {
                return Err(DomainError::StartInPast {
                    start: r.start.to_string(),
                    today: ctx.today.to_string(),
                });
            }
            check_ledger(company, r.position)?;
            Ok(vec![Event::RequisitionResubmitted {
                id: *id,
                chain: ctx.templates.get(REQ_CHAIN)?.clone(),
                at: ctx.now,
                comment: comment.to_string(),
            }])
        }
        Recruit::Sign {
            id,
            decision,
            seen,
            assign,
        } => {
            let r = requisition(company, *id)?;
            sign::check_seen(company, r, seen)?;
            let cap = sign::capacity(company, r, actor, ctx.today)?;
            if *decision == Decision::Approve {
                check_ledger(company, r.position)?;
            }
            let sig = sign::signature(company, r, *decision, &actor.login, cap, comment, ctx)?;
            let mut events = signed(r, sig);
            if let Some(to) = assign {
                if r.signoff.outcome_of(*decision) != Outcome::Approved {
                    return Err(DomainError::AssignAtApproval {
                        req: id.to_string(),
                    });
                }
                events.push(assigned(company, *id, to, actor, ctx)?);
            } else if r.signoff.outcome_of(*decision) == Outcome::Approved
                && r.runner.is_none()
                && super::is_hr(actor)
            {
                // The HR head who approves without naming anyone runs it
                // (`req assign` hands it on), so it never waits runnerless.
                events.push(assigned(company, *id, &actor.login, actor, ctx)?);
            }
            Ok(events)
        }
        Recruit::RecordPaper {
            id,
            signer,
            decision,
            paper_ref,
            seen,
        } => {
            let r = requisition(company, *id)?;
            if *decision == Decision::Approve {
                check_ledger(company, r.position)?;
            }
            let signature = sign::record_paper(
                company, r, actor, signer, *decision, paper_ref, seen, comment, ctx,
            )?;
            Ok(vec![Event::ReqPaperRecorded { id: *id, signature }])
        }
        Recruit::ConfirmPaper { id, seen } => {
            let r = requisition(company, *id)?;
            let sig = sign::confirm_paper(company, r, actor, seen, ctx)?;
            if sig.decision == Decision::Approve {
                check_ledger(company, r.position)?;
            }
            Ok(signed(r, sig))
        }
        Recruit::DiscardPaper { id } => {
            let r = requisition(company, *id)?;
            sign::discard_paper(r, comment)?;
            Ok(vec![Event::ReqPaperDiscarded {
                id: *id,
                by: actor.login.clone(),
            }])
        }
        Recruit::Assign { id, to } => {
            let r = requisition(company, *id)?;
            if !r.state.reserves() {
                return Err(DomainError::ReqClosed {
                    req: id.to_string(),
                    state: r.state.catalog_key(),
                });
            }
            Ok(vec![assigned(company, *id, to, actor, ctx)?])
        }
        Recruit::Cancel { id } => {
            let r = own(company, actor, *id)?;
            if !r.state.cancellable() {
                return Err(DomainError::ReqClosed {
                    req: id.to_string(),
                    state: r.state.catalog_key(),
                });
            }
            if comment.trim().is_empty() {
                return Err(DomainError::ReasonRequired {
                    action: "action.cancel_req".into(),
                });
            }
            Ok(vec![Event::RequisitionCancelled {
                id: *id,
                by: actor.login.clone(),
                at: ctx.now,
                comment: comment.to_string(),
            }])
        }
        Recruit::Override { position, seats } => {
            open_position(company, *position)?;
            if *seats == 0 || *seats > MAX_COUNT {
                return Err(DomainError::BadCount {
                    count: *seats,
                    max: MAX_COUNT,
                });
            }
            if comment.trim().is_empty() {
                return Err(DomainError::ReasonRequired {
                    action: "action.override_seats".into(),
                });
            }
            Ok(vec![Event::SeatsOverridden {
                position: *position,
                seats: *seats,
                by: actor.login.clone(),
                at: ctx.now,
                reason: comment.to_string(),
            }])
        }
        _ => Ok(Vec::new()),
    }
}

fn next_id(company: &Company) -> ReqId {
    ReqId(company.requisitions.get_max().map_or(1, |(k, _)| k.0 + 1))
}

fn signed(r: &Requisition, signature: Signature) -> Vec<Event> {
    vec![Event::RequisitionSigned {
        id: r.id,
        signature,
    }]
}

fn assigned(
    company: &Company,
    id: ReqId,
    to: &str,
    actor: &User,
    ctx: &Ctx,
) -> Result<Event, DomainError> {
    let who = user(company, to)?;
    if !is_hr(who) || who.disabled {
        return Err(DomainError::NotHr {
            login: who.login.clone(),
        });
    }
    Ok(Event::RequisitionAssigned {
        id,
        to: who.login.clone(),
        by: actor.login.clone(),
        at: ctx.now,
    })
}

pub(super) fn open_position(company: &Company, id: PositionId) -> Result<&Position, DomainError> {
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

/// A department head raises requisitions for their own departments only.
fn own_department(company: &Company, actor: &User, p: &Position) -> Result<(), DomainError> {
    let covers = actor
        .roles
        .iter()
        .any(|g| g.role == Role::DeptHead && g.depts.iter().any(|d| company.is_within(p.dept, *d)));
    if covers {
        Ok(())
    } else {
        Err(DomainError::NotYourDepartment {
            dept: company.dept_name(p.dept),
        })
    }
}

/// The count, reason, start and notes of a requisition, checked and cleaned.
fn terms(
    count: u32,
    reason: &str,
    start: NaiveDate,
    notes: &str,
    ctx: &Ctx,
) -> Result<(String, String), DomainError> {
    if count == 0 || count > MAX_COUNT {
        return Err(DomainError::BadCount {
            count,
            max: MAX_COUNT,
        });
    }
    if start < ctx.today {
        return Err(DomainError::StartInPast {
            start: start.to_string(),
            today: ctx.today.to_string(),
        });
    }
    Ok((
        text::block("field.reason", reason, MAX_TEXT, false)?,
        text::block("field.note", notes, MAX_TEXT, true)?,
    ))
}

fn own<'a>(company: &'a Company, actor: &User, id: ReqId) -> Result<&'a Requisition, DomainError> {
    let r = requisition(company, id)?;
    if r.author != actor.login {
        return Err(DomainError::NotAuthor {
            case: id.to_string(),
            author: r.author.clone(),
        });
    }
    Ok(r)
}

fn returned(r: &Requisition) -> Result<(), DomainError> {
    if r.state == ReqState::Returned {
        Ok(())
    } else {
        Err(DomainError::PlanNotEditable {
            plan: r.id.to_string(),
            state: r.state.catalog_key(),
        })
    }
}
