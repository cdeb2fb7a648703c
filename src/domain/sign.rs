//! Signing any case that runs along a sign-off chain: the rules a plan and a
//! requisition share (what the signer saw, in what capacity they sign, paper
//! sign-offs recorded by HR and confirmed by a second person). Each flow only
//! says what its case is (`Signable`) and what a signature does to it.

use super::commands::{Ctx, MAX_TITLE, user};
use super::digest::Digest;
use super::error::DomainError;
use super::ids::DeptId;
use super::model::User;
use super::signoff::{Capacity, Decision, Paper, Seen, Signature, SignoffCase};
use super::state::Company;
use super::text;
use chrono::NaiveDate;

pub trait Signable {
    /// The case as people write it (`REQ-0003`).
    fn case(&self) -> String;
    fn signoff(&self) -> &SignoffCase;
    /// Refuses when the case is in no state to be signed.
    fn awaiting(&self) -> Result<(), DomainError>;
    /// The digest of everything its signers are shown.
    fn digest(&self, company: &Company) -> Digest;
    /// The departments the case concerns (for scoped steps).
    fn subject(&self, company: &Company) -> Vec<DeptId>;
}

/// Refuses a case that is not being signed or changed since it was seen.
pub fn check_seen<T: Signable>(
    company: &Company,
    case: &T,
    seen: &Seen,
) -> Result<(), DomainError> {
    case.awaiting()?;
    case.signoff()
        .check_seen(&case.case(), seen, &case.digest(company))
}

/// Whether `user` may sign the current step now, and for whom.
pub fn capacity<T: Signable>(
    company: &Company,
    case: &T,
    user: &User,
    today: NaiveDate,
) -> Result<Capacity, DomainError> {
    case.awaiting()?;
    let subject = case.subject(company);
    case.signoff()
        .capacity(&case.case(), company, user, &subject, today)
}

pub fn signature<T: Signable>(
    company: &Company,
    case: &T,
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
        round: case.signoff().round,
        step: case.signoff().next.unwrap_or(0),
        decision,
        signer: signer.into(),
        for_whom: cap.for_whom(),
        paper: None,
        at: ctx.now,
        comment: comment.trim().into(),
        seen: case.digest(company),
    })
}

/// The capacity in which the signer named on paper could have signed.
fn paper_capacity<T: Signable>(
    company: &Company,
    case: &T,
    who: &User,
    today: NaiveDate,
) -> Result<Capacity, DomainError> {
    match capacity(company, case, who, today) {
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

#[allow(clippy::too_many_arguments)]
pub fn record_paper<T: Signable>(
    company: &Company,
    case: &T,
    actor: &User,
    signer: &str,
    decision: Decision,
    paper_ref: &str,
    seen: &Seen,
    comment: &str,
    ctx: &Ctx,
) -> Result<Signature, DomainError> {
    check_seen(company, case, seen)?;
    if let Some(p) = &case.signoff().pending_paper {
        return Err(DomainError::PaperPending {
            case: case.case(),
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
    let subject = case.subject(company);
    case.signoff()
        .four_eyes(&case.case(), company, &actor.login, &subject)?;
    let cap = paper_capacity(company, case, who, ctx.today)?;
    let mut sig = signature(company, case, decision, &who.login, cap, comment, ctx)?;
    sig.paper = Some(Paper {
        reference,
        recorded_by: actor.login.clone(),
        confirmed_by: None,
    });
    // It waits for a second HR person, whoever recorded it: one person
    // recording papers for every other step could otherwise take a case
    // through its whole chain alone.
    Ok(sig)
}

/// The pending paper sign-off, confirmed by `actor` (a second HR person).
pub fn confirm_paper<T: Signable>(
    company: &Company,
    case: &T,
    actor: &User,
    seen: &Seen,
    ctx: &Ctx,
) -> Result<Signature, DomainError> {
    check_seen(company, case, seen)?;
    let pending = case
        .signoff()
        .pending_paper
        .as_ref()
        .ok_or_else(|| DomainError::NoPendingPaper { case: case.case() })?;
    let recorded_by = recorder(pending);
    if actor.login == recorded_by || actor.login == pending.signer {
        return Err(DomainError::SecondPersonNeeded { recorded_by });
    }
    let subject = case.subject(company);
    case.signoff()
        .four_eyes(&case.case(), company, &actor.login, &subject)?;
    // Delegations may have ended since it was recorded: ask again.
    let who = user(company, &pending.signer)?;
    let cap = paper_capacity(company, case, who, ctx.today)?;
    let mut sig = pending.clone();
    sig.for_whom = cap.for_whom();
    sig.at = ctx.now;
    sig.seen = case.digest(company);
    if let Some(p) = &mut sig.paper {
        p.confirmed_by = Some(actor.login.clone());
    }
    Ok(sig)
}

/// Refuses dropping a paper sign-off when none waits or no reason is given.
pub fn discard_paper<T: Signable>(case: &T, comment: &str) -> Result<(), DomainError> {
    if case.signoff().pending_paper.is_none() {
        return Err(DomainError::NoPendingPaper { case: case.case() });
    }
    if comment.trim().is_empty() {
        return Err(DomainError::ReasonRequired {
            action: "action.discard_paper".into(),
        });
    }
    Ok(())
}

pub fn recorder(sig: &Signature) -> String {
    sig.paper
        .as_ref()
        .map(|p| p.recorded_by.clone())
        .unwrap_or_default()
}
