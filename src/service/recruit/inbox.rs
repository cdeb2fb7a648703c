//! What recruitment puts in a person's inbox: sign-offs, feedback, the
//! candidates a runner moves on, onboarding, probation and contracts.

use crate::domain::auth;
use crate::domain::recruit::{self, Interview, ReqState, Requisition, Stage};
use crate::domain::signoff::Decision;
use crate::domain::time::{day_in, start_of};
use crate::domain::*;
use crate::service::api::*;
use chrono::{NaiveDate, TimeDelta};

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
