//! Read models of recruitment: requisition lists and details, interviews,
//! the inbox entries of the flow, and the time-to-fill report.

use super::api::*;
use super::timeline::timeline;
use crate::domain::auth::{self, Access};
use crate::domain::recruit::{self, Interview, ReqState, Requisition, Stage};
use crate::domain::sign::Signable;
use crate::domain::signoff::{Decision, Seen};
use crate::domain::time::{day_in, start_of};
use crate::domain::*;
use chrono::{DateTime, NaiveDate, TimeDelta, Utc};
use std::collections::BTreeMap;

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
fn step_times(r: &Requisition, now: DateTime<Utc>) -> Vec<StepTime> {
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

/// Time-to-fill per department, and the time each step takes (sign-off
/// steps and candidate stages), slowest first.
pub fn report(company: &Company, now: DateTime<Utc>) -> RecruitReport {
    #[derive(Default)]
    struct Acc {
        open: u32,
        fills: Vec<f64>,
    }
    let mut depts: BTreeMap<DeptId, Acc> = BTreeMap::new();
    let mut steps: BTreeMap<(DeptId, String), (Vec<f64>, u32)> = BTreeMap::new();
    for r in company.requisitions.values() {
        let Some(dept) = company.position_dept(r.position) else {
            continue;
        };
        let acc = depts.entry(dept).or_default();
        if r.state == ReqState::Open {
            acc.open += 1;
        }
        if r.state == ReqState::Filled {
            let filled_at = r
                .hired
                .iter()
                .filter_map(|e| company.employees.get(e))
                .filter_map(|e| e.history.first().map(|h| h.at))
                .max()
                .unwrap_or(r.since);
            acc.fills
                .push((filled_at - r.submitted_at()).num_seconds() as f64 / 86_400.0);
        }
        // A step still waiting counts as waiting, not in the times taken.
        for t in step_times(r, now) {
            let e = steps.entry((dept, format!("step.{}", t.step))).or_default();
            match t.ended {
                Some(_) => e.0.push(t.seconds as f64 / 3600.0),
                None => e.1 += 1,
            }
        }
        for c in r
            .candidates
            .iter()
            .filter_map(|c| company.candidates.get(c))
        {
            for (i, h) in c.history.iter().enumerate() {
                if !h.stage.open() {
                    continue;
                }
                let e = steps
                    .entry((dept, format!("stage.{}", h.stage.key())))
                    .or_default();
                match c.history.get(i + 1) {
                    Some(next) => e.0.push((next.at - h.at).num_seconds() as f64 / 3600.0),
                    None => e.1 += 1,
                }
            }
        }
    }
    let stat = |v: &[f64]| -> (f64, f64) {
        let mean = v.iter().sum::<f64>() / v.len().max(1) as f64;
        (mean, v.iter().copied().fold(0.0, f64::max))
    };
    let mut step_rows: Vec<StepStat> = steps
        .into_iter()
        .map(|((dept, step), (hours, waiting))| {
            let (mean, max) = stat(&hours);
            StepStat {
                dept,
                dept_name: company.dept_name(dept),
                step,
                count: hours.len() as u32 + waiting,
                mean_hours: mean,
                max_hours: max,
                waiting,
            }
        })
        .collect();
    step_rows.sort_by(|a, b| b.mean_hours.total_cmp(&a.mean_hours));
    RecruitReport {
        depts: depts
            .into_iter()
            .map(|(dept, a)| {
                let (mean, max) = stat(&a.fills);
                DeptFill {
                    dept,
                    dept_name: company.dept_name(dept),
                    open: a.open,
                    filled: a.fills.len() as u32,
                    mean_days_to_fill: (!a.fills.is_empty()).then_some(mean),
                    max_days_to_fill: (!a.fills.is_empty()).then_some(max),
                }
            })
            .collect(),
        steps: step_rows,
    }
}

/// What recruitment puts in `me`'s inbox.
pub fn inbox(
    company: &Company,
    me: &User,
    today: NaiveDate,
    settings: &recruit::Settings,
) -> Vec<InboxItem> {
    let zone = company.tz();
    let hr = recruit::is_hr(me);
    let mut out = Vec::new();
    for r in company.requisitions.values() {
        let title = || {
            let pos = company
                .positions
                .get(&r.position)
                .map(|p| p.title.clone())
                .unwrap_or_default();
            format!("{pos} × {}", r.count)
        };
        let item = |kind| InboxItem {
            kind,
            case: CaseRef::Req(r.id),
            title: title(),
            since: r.since,
        };
        match r.state {
            ReqState::Submitted => {
                if let Some(p) = &r.signoff.pending_paper {
                    let recorded_by = crate::domain::sign::recorder(p);
                    if hr && recorded_by != me.login && p.signer != me.login && r.author != me.login
                    {
                        // It waits since the paper was recorded, not since
                        // the requisition was submitted.
                        out.push(InboxItem {
                            since: p.at,
                            ..item(InboxKind::ConfirmPaper { recorded_by })
                        });
                    }
                } else if may_sign(company, r, me, today)
                    && let Ok(cap) = recruit::signing_capacity(company, r, me, today)
                {
                    out.push(item(InboxKind::SignReq {
                        for_whom: cap.for_whom(),
                    }));
                }
            }
            ReqState::Returned if r.author == me.login => out.push(item(InboxKind::ReviseReq)),
            ReqState::Open | ReqState::Rejected | ReqState::Filled if r.author == me.login => {
                if let Some(s) = r.signoff.signatures.last()
                    && s.decision != Decision::Return
                    && today <= day_in(zone, s.at) + TimeDelta::days(DECISION_NOTICE_DAYS)
                {
                    out.push(item(InboxKind::ReqDecided {
                        decision: s.decision,
                        by: s.signer.clone(),
                        at: s.at,
                    }));
                }
            }
            _ => {}
        }
        if r.state == ReqState::Open && r.runner.is_none() && me.has(Role::HrHead) {
            out.push(item(InboxKind::AssignReq));
        }
        let runs = r.runner.as_deref() == Some(me.login.as_str()) || (r.runner.is_none() && hr);
        let running = r
            .candidates
            .iter()
            .filter_map(|c| company.candidates.get(c))
            .any(|c| c.stage.open());
        if runs && r.state == ReqState::Open && !running {
            out.push(item(InboxKind::FindCandidates));
        }
        if runs {
            for c in r
                .candidates
                .iter()
                .filter_map(|c| company.candidates.get(c))
            {
                let closes = r.state != ReqState::Open
                    && matches!(c.stage, Stage::Applied | Stage::Interviewing);
                if closes || waits_on_runner(company, r, c) {
                    out.push(InboxItem {
                        kind: if closes {
                            InboxKind::CloseCandidate
                        } else {
                            InboxKind::MoveCandidate { stage: c.stage }
                        },
                        case: CaseRef::Candidate(c.id),
                        title: format!("{} · {}", c.name, r.id),
                        since: c.since,
                    });
                }
            }
        }
    }
    for i in company.interviews.values() {
        if i.interviewers.contains(&me.login)
            && i.cancelled.is_none()
            && i.feedback_of(&me.login).is_none()
            && company.candidates.get(&i.candidate).is_some_and(|c| {
                // Feedback counts toward an offer: not once the requisition
                // stopped recruiting.
                c.stage == Stage::Interviewing
                    && company
                        .requisitions
                        .get(&c.req)
                        .is_some_and(|r| r.state == ReqState::Open)
            })
        {
            out.push(InboxItem {
                kind: InboxKind::GiveFeedback { at: i.at },
                case: CaseRef::Interview(i.id),
                title: company
                    .candidates
                    .get(&i.candidate)
                    .map(|c| format!("{} #{}", c.name, i.round))
                    .unwrap_or_default(),
                since: i.at,
            });
        }
    }
    out.extend(employee_items(company, me, today, hr, settings));
    out
}

/// Whether `me` could sign `r`'s waiting step at all: holds its role or
/// signs for someone. Most requisitions are not `me`'s to sign; this says so
/// without building the refusal that says why.
fn may_sign(company: &Company, r: &Requisition, me: &User, today: NaiveDate) -> bool {
    let Some((_, step)) = r.signoff.current() else {
        return false;
    };
    me.has(step.role) || auth::signs_for_someone(company, me, today)
}

/// Whether a candidate's next step is the runner's: to interview, to offer
/// once every round has its feedback, to record the answer, to hire.
fn waits_on_runner(company: &Company, r: &Requisition, c: &recruit::Candidate) -> bool {
    match c.stage {
        Stage::Applied => r.state == ReqState::Open,
        Stage::Interviewing => c
            .interviews
            .iter()
            .filter_map(|i| company.interviews.get(i))
            .all(Interview::complete),
        Stage::Offered | Stage::Accepted => true,
        _ => false,
    }
}

/// Onboarding, probation assessments, formal contracts and contracts ending:
/// from the indexes of those with a hiring record and of contract ends, so
/// an inbox costs what it holds, not the size of the company.
fn employee_items(
    company: &Company,
    me: &User,
    today: NaiveDate,
    hr: bool,
    settings: &recruit::Settings,
) -> Vec<InboxItem> {
    let zone = company.tz();
    let mut out = Vec::new();
    let at = |day: NaiveDate| start_of(zone, day);
    let item = |e: &Employee, kind, since| InboxItem {
        kind,
        case: CaseRef::Employee(e.id),
        title: format!("{} {}", e.number, e.name),
        since,
    };
    let heads = me.has(Role::DeptHead);
    let signs = heads || me.has(Role::HrHead) || auth::signs_for_someone(company, me, today);
    for e in company
        .index
        .hiring
        .iter()
        .filter_map(|id| company.employees.get(id))
        .filter(|e| e.status.holds_seat())
    {
        let Some(h) = &e.hiring else { continue };
        let in_scope = || {
            heads
                && company.position_dept(e.position).is_some_and(|d| {
                    me.roles.iter().any(|g| {
                        g.role == Role::DeptHead && g.depts.iter().any(|r| company.is_within(d, *r))
                    })
                })
        };
        if h.req.is_some() && h.started.is_none() && (hr || in_scope()) {
            out.push(item(e, InboxKind::Onboard, at(e.hired)));
        }
        let Some(p) = &h.probation else { continue };
        let first = p.end - TimeDelta::days(settings.first_notice());
        // Once someone has assessed (early, say on the hire day), the next
        // step waits from then, not from the reminder window.
        let assessed = p
            .review
            .signatures
            .iter()
            .filter(|s| s.round == p.review.round)
            .map(|s| s.at)
            .max();
        let due = p.outcome == recruit::ProbationOutcome::Pending
            && (today >= first || assessed.is_some())
            && me.employee != Some(e.id);
        let waits_since = match assessed {
            Some(t) if today < first => t,
            _ => at(first),
        };
        let review = recruit::Review {
            employee: e,
            probation: p,
        };
        let mine = (due && signs)
            .then(|| crate::domain::sign::capacity(company, &review, me, today).ok())
            .flatten();
        if let Some(cap) = mine {
            out.push(item(
                e,
                InboxKind::Assess {
                    end: p.end,
                    for_whom: cap.for_whom(),
                },
                waits_since,
            ));
        } else if due && hr {
            // HR follows every probation coming to its end, also while the
            // department's assessment is the step that waits.
            if let Some((_, step)) = p.review.current() {
                out.push(item(
                    e,
                    InboxKind::ProbationDue {
                        end: p.end,
                        waiting_for: step.role,
                    },
                    waits_since,
                ));
            }
        }
        if hr
            && p.outcome == recruit::ProbationOutcome::Passed
            && e.status == EmployeeStatus::Probation
        {
            let passed = p.review.signatures.last().map_or(at(p.end), |s| s.at);
            out.push(item(e, InboxKind::FormalContract, passed));
        }
    }
    if hr {
        let from = today - TimeDelta::days(DECISION_NOTICE_DAYS);
        let to = today + TimeDelta::days(i64::from(settings.contract_notice_days));
        for (end, id) in company
            .index
            .contract_ends
            .range((from, EmployeeId(0))..=(to, EmployeeId(u32::MAX)))
        {
            let Some(e) = company.employees.get(id) else {
                continue;
            };
            if e.status == EmployeeStatus::Active {
                let first = *end - TimeDelta::days(i64::from(settings.contract_notice_days));
                out.push(item(e, InboxKind::ContractEnds { end: *end }, at(first)));
            }
        }
    }
    out
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
