//! Read models of recruitment: requisition lists and details, candidates
//! and interviews as each person may see them. The flow's inbox entries are
//! in `inbox`, the time-to-fill report in `report`.

mod inbox;
mod report;

pub use inbox::inbox;
pub use report::report;

use super::api::*;
use super::timeline::timeline;
use crate::domain::auth::{self, Access};
use crate::domain::recruit::{self, Interview, ReqState, Requisition};
use crate::domain::sign::Signable;
use crate::domain::signoff::Seen;
use crate::domain::*;
use chrono::{DateTime, NaiveDate, Utc};

pub fn req_row(company: &Company, r: &Requisition) -> ReqRow {
    let position = company.positions.get(&r.position);
    let dept = position.map_or(DeptId(0), |p| p.dept);
    let l = company.ledger(r.position);
    ReqRow {
        id: r.id,
        position: r.position,
        position_title: position.map(|p| p.title.clone()).unwrap_or_default(),
        dept,
        dept_name: company.dept_name(dept),
        count: r.count,
        hired: r.hired.len() as u32,
        state: r.state,
        author: r.author.clone(),
        runner: r.runner.clone(),
        start: r.start,
        created: r.created,
        since: r.since,
        waiting_for: (r.state == ReqState::Submitted)
            .then(|| r.signoff.current().map(|(_, s)| s.role))
            .flatten(),
        candidates: r.candidates.len() as u32,
        seats: Figures {
            positions: 1,
            approved: l.approved + l.overridden,
            filled: l.filled,
            reserved: l.reserved,
            free: l.free(),
        },
    }
}

/// The requisitions `me` may see, newest first.
pub fn requisitions(
    company: &Company,
    me: &User,
    today: NaiveDate,
    state: Option<ReqState>,
    page: PageReq,
) -> Page<ReqRow> {
    // Who sees everything skips the per-requisition check; rows are built
    // for the page asked for only.
    let all = auth::can_see(company, me, Access::ReqList, today).is_ok() && recruit::is_hr(me)
        || me.has(Role::GeneralManager);
    let seen: Vec<&Requisition> = company
        .requisitions
        .values()
        .rev()
        .filter(|r| state.is_none_or(|s| r.state == s))
        .filter(|r| all || auth::can_see(company, me, Access::Req(r.id), today).is_ok())
        .collect();
    Page::of(
        seen.len(),
        seen.into_iter().map(|r| req_row(company, r)),
        page,
    )
}

pub fn requisition(
    company: &Company,
    me: &User,
    id: ReqId,
    now: DateTime<Utc>,
    today: NaiveDate,
) -> Result<ReqView, DomainError> {
    let r = recruit::requisition(company, id)?;
    let candidates = r
        .candidates
        .iter()
        .filter_map(|c| company.candidates.get(c))
        .map(|c| candidate_view(company, me, c))
        .collect();
    Ok(ReqView {
        row: req_row(company, r),
        reason: r.reason.clone(),
        notes: r.notes.clone(),
        steps: r.signoff.steps.clone(),
        next_step: r.signoff.next,
        round: r.signoff.round,
        seen: Seen {
            round: r.signoff.round,
            digest: r.digest(company).hex(),
        },
        timeline: timeline(
            &r.author,
            &r.submissions,
            &r.signoff.signatures,
            r.cancelled.as_ref(),
        ),
        step_times: step_times(r, now),
        pending_paper: r.signoff.pending_paper.clone(),
        cannot_sign: recruit::signing_capacity(company, r, me, today).err(),
        candidates,
    })
}

/// A candidate as `me` may see them: the contact masked for all but HR,
/// the interviews' feedback as `interview_view` shows it.
pub fn candidate_view(company: &Company, me: &User, c: &recruit::Candidate) -> CandidateView {
    let told = company.candidate_records.get(&c.id);
    let contact = told.map_or("", |t| t.contact.as_str());
    CandidateView {
        id: c.id,
        req: c.req,
        name: c.name.clone(),
        contact: if auth::reads_contact(me) {
            contact.to_string()
        } else {
            crate::domain::people::mask("phone", contact)
        },
        contact_masked: !auth::reads_contact(me),
        source: c.source.clone(),
        notes: told.map(|t| t.notes.clone()).unwrap_or_default(),
        erased: c.erased.clone(),
        stage: c.stage,
        since: c.since,
        offer: c.offer.clone(),
        employee: c.employee,
        interviews: c
            .interviews
            .iter()
            .filter_map(|i| company.interviews.get(i))
            .map(|i| interview_view(i, me))
            .collect(),
        history: c.history.clone(),
    }
}

/// An interview as `me` may see it: an interviewer sees the others'
/// feedback after giving their own, anyone else once all have given theirs.
pub fn interview_view(i: &Interview, me: &User) -> InterviewView {
    let shows_all = i.complete() || i.feedback_of(&me.login).is_some();
    let feedback: Vec<_> = i
        .feedback
        .iter()
        .filter(|f| shows_all || f.by == me.login)
        .cloned()
        .collect();
    InterviewView {
        id: i.id,
        candidate: i.candidate,
        round: i.round,
        at: i.at,
        place: i.place.clone(),
        interviewers: i.interviewers.clone(),
        awaiting: i
            .interviewers
            .iter()
            .filter(|l| i.feedback_of(l).is_none())
            .cloned()
            .collect(),
        hidden: (i.feedback.len() - feedback.len()) as u32,
        feedback,
        cancelled: i.cancelled.clone(),
    }
}

pub fn interview(
    company: &Company,
    me: &User,
    id: InterviewId,
    today: NaiveDate,
) -> Result<InterviewDetail, DomainError> {
    let i = recruit::interview(company, id)?;
    let c = recruit::candidate(company, i.candidate)?;
    if !i.interviewers.contains(&me.login) {
        auth::can_see(company, me, Access::Req(c.req), today)?;
    }
    let r = recruit::requisition(company, c.req)?;
    Ok(InterviewDetail {
        interview: interview_view(i, me),
        candidate: c.name.clone(),
        req: c.req,
        position_title: company
            .positions
            .get(&r.position)
            .map(|p| p.title.clone())
            .unwrap_or_default(),
        cv_notes: company
            .candidate_records
            .get(&c.id)
            .map(|t| t.notes.clone())
            .unwrap_or_default(),
    })
}

/// How long each signer took, round by round; the step waiting now last.
pub(super) fn step_times(r: &Requisition, now: DateTime<Utc>) -> Vec<StepTime> {
    let mut out = Vec::new();
    for s in &r.submissions {
        let mut started = s.at;
        for sig in r.signoff.signatures.iter().filter(|g| g.round == s.round) {
            out.push(StepTime {
                round: s.round,
                step: step_key(r, sig.step),
                by: Some(sig.signer.clone()),
                started,
                ended: Some(sig.at),
                seconds: (sig.at - started).num_seconds(),
            });
            started = sig.at;
        }
        if s.round == r.signoff.round
            && r.state == ReqState::Submitted
            && let Some((i, _)) = r.signoff.current()
        {
            out.push(StepTime {
                round: s.round,
                step: step_key(r, i),
                by: None,
                started,
                ended: None,
                seconds: (now - started).num_seconds(),
            });
        }
    }
    out
}

fn step_key(r: &Requisition, i: usize) -> String {
    r.signoff
        .steps
        .get(i)
        .map(|s| s.key.clone())
        .unwrap_or_default()
}

/// The digest an assessor must say they saw, for `probation assess --seen`.
pub fn review_seen(company: &Company, id: EmployeeId) -> Option<Seen> {
    let e = company.employees.get(&id)?;
    let p = e.hiring.as_ref()?.probation.as_ref()?;
    Some(Seen {
        round: p.review.round,
        digest: recruit::review_digest(e, p).hex(),
    })
}
