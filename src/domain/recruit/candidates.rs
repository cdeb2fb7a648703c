//! Candidates of a requisition, from application to hire: interviews held
//! jointly by HR and the hiring department, each interviewer's feedback, the
//! offer and its answer, and the hire onto a probation contract.

use super::seats::{check_ledger, need_free};
use super::*;
use crate::domain::commands::{MAX_NAME, MAX_TEXT, MAX_TITLE, user};
use crate::domain::model::{ContractKind, Erasure};
use crate::domain::people::RosterRow;
use crate::domain::text;
use crate::domain::time::day_in;
use chrono::Months;

const MAX_CONTACT: usize = 120;

pub fn decide(
    company: &Company,
    actor: &User,
    cmd: &Recruit,
    comment: &str,
    ctx: &Ctx,
) -> Result<Decided, DomainError> {
    let by = actor.login.clone();
    let events = match cmd {
        Recruit::AddCandidate {
            req,
            name,
            contact,
            source,
            notes,
        } => {
            let r = running(company, actor, *req)?;
            if r.candidates.len() >= MAX_CANDIDATES {
                return Err(DomainError::TooManyCandidates {
                    req: req.to_string(),
                    max: MAX_CANDIDATES,
                });
            }
            let id = CandidateId(company.candidates.get_max().map_or(1, |(k, _)| k.0 + 1));
            let event = Event::CandidateApplied {
                id,
                req: *req,
                name: text::line("field.candidate_name", name, MAX_NAME, false)?,
                source: text::line("field.source", source, MAX_TITLE, true)?,
                by,
                at: ctx.now,
            };
            let record = CandidateRecord {
                contact: text::line("field.contact", contact, MAX_CONTACT, false)?,
                notes: text::block("field.cv_notes", notes, MAX_TEXT, true)?,
                erased: None,
            };
            let beside = Beside {
                candidates: vec![(id, record)],
                ..Beside::default()
            };
            return Ok((vec![event], beside));
        }
        Recruit::Schedule {
            candidate: id,
            at,
            place,
            interviewers,
        } => {
            let c = in_stage(company, *id, &[Stage::Applied, Stage::Interviewing])?;
            let r = running(company, actor, c.req)?;
            // Not before the candidate applied, and not past a year ahead.
            let tz = company.tz();
            let applied = c.history.first().map_or(ctx.today, |h| day_in(tz, h.at));
            if day_in(tz, *at) < applied || *at > ctx.now + chrono::TimeDelta::days(366) {
                return Err(DomainError::BadInterviewTime {
                    at: at.with_timezone(&tz).format("%Y-%m-%d %H:%M").to_string(),
                    applied: applied.to_string(),
                });
            }
            let place = text::line("field.place", place, MAX_TITLE, false)?;
            let interviewers = panel(company, r, interviewers)?;
            vec![Event::InterviewScheduled {
                id: InterviewId(company.interviews.get_max().map_or(1, |(k, _)| k.0 + 1)),
                candidate: *id,
                round: c.interviews.len() as u32 + 1,
                at: *at,
                place,
                interviewers,
                by,
                recorded: ctx.now,
            }]
        }
        Recruit::Feedback {
            interview: id,
            score,
            recommend,
        } => {
            let i = interview(company, *id)?;
            if !i.interviewers.contains(&actor.login) {
                return Err(DomainError::NotInterviewer {
                    interview: id.to_string(),
                    interviewers: i.interviewers.join(", "),
                });
            }
            if i.cancelled.is_some() {
                return Err(DomainError::InterviewCancelled {
                    interview: id.to_string(),
                });
            }
            if i.feedback_of(&actor.login).is_some() {
                return Err(DomainError::FeedbackGiven {
                    interview: id.to_string(),
                });
            }
            // Feedback follows the interview itself, not merely its day.
            let tz = company.tz();
            if ctx.now < i.at {
                return Err(DomainError::InterviewNotYet {
                    interview: id.to_string(),
                    at: i.at.with_timezone(&tz).format("%Y-%m-%d %H:%M").to_string(),
                });
            }
            in_stage(company, i.candidate, &[Stage::Interviewing])?;
            if !(1..=5).contains(score) {
                return Err(DomainError::BadScore { score: *score });
            }
            vec![Event::FeedbackGiven {
                interview: *id,
                by,
                score: *score,
                recommend: *recommend,
                note: comment.to_string(),
                at: ctx.now,
            }]
        }
        Recruit::CancelInterview { interview: id } => {
            let i = interview(company, *id)?;
            let c = candidate(company, i.candidate)?;
            runner_of(actor, requisition(company, c.req)?)?;
            if i.cancelled.is_some() || i.complete() {
                return Err(DomainError::InterviewCancelled {
                    interview: id.to_string(),
                });
            }
            // A round with feedback was held: calling it off would drop the
            // feedback still owed, and with it the department's say.
            if let Some(f) = i.feedback.first() {
                return Err(DomainError::InterviewHeld {
                    interview: id.to_string(),
                    by: f.by.clone(),
                });
            }
            if comment.trim().is_empty() {
                return Err(DomainError::ReasonRequired {
                    action: "action.cancel_interview".into(),
                });
            }
            vec![Event::InterviewCancelled {
                interview: *id,
                reason: comment.to_string(),
                by,
                at: ctx.now,
            }]
        }
        Recruit::Offer {
            candidate: id,
            start,
            probation_months,
        } => {
            let c = in_stage(company, *id, &[Stage::Interviewing])?;
            let r = running(company, actor, c.req)?;
            if let Some(open) = c
                .interviews
                .iter()
                .filter_map(|i| company.interviews.get(i))
                .find(|i| !i.complete())
            {
                return Err(DomainError::InterviewOpen {
                    interview: open.id.to_string(),
                });
            }
            // Rounds called off count for nothing: an offer follows at least
            // one joint interview that everyone on it gave feedback on.
            let held = c
                .interviews
                .iter()
                .filter_map(|i| company.interviews.get(i))
                .any(|i| i.cancelled.is_none() && i.complete());
            if !held {
                return Err(DomainError::NoInterviewHeld {
                    candidate: id.to_string(),
                });
            }
            if *start < ctx.today {
                return Err(DomainError::StartInPast {
                    start: start.to_string(),
                    today: ctx.today.to_string(),
                });
            }
            let months = probation_months.unwrap_or(ctx.settings.default_probation_months);
            if months == 0 || months > ctx.settings.max_probation_months {
                return Err(DomainError::ProbationTooLong {
                    months,
                    max: ctx.settings.max_probation_months,
                });
            }
            if r.unoffered() == 0 {
                return Err(DomainError::ReqSeatsTaken {
                    req: r.id.to_string(),
                    count: r.count,
                });
            }
            check_ledger(company, r.position)?;
            vec![Event::OfferMade {
                candidate: *id,
                start: *start,
                probation_months: months,
                by,
                at: ctx.now,
            }]
        }
        Recruit::Answer {
            candidate: id,
            accepted,
        } => {
            let c = in_stage(company, *id, &[Stage::Offered])?;
            let r = requisition(company, c.req)?;
            runner_of(actor, r)?;
            if *accepted {
                // A running requisition holds the seat already; after it
                // ended, the acceptance takes one of its own.
                if r.state.reserves() {
                    check_ledger(company, r.position)?;
                } else {
                    need_free(company, r.position, 1)?;
                }
            }
            vec![Event::OfferAnswered {
                candidate: *id,
                accepted: *accepted,
                by,
                at: ctx.now,
            }]
        }
        Recruit::Drop {
            candidate: id,
            withdrawn,
        } => {
            let c = candidate(company, *id)?;
            if !c.stage.open() {
                return Err(DomainError::CandidateClosed {
                    candidate: id.to_string(),
                    stage: c.stage.key().into(),
                });
            }
            runner_of(actor, requisition(company, c.req)?)?;
            if comment.trim().is_empty() {
                return Err(DomainError::ReasonRequired {
                    action: "action.drop_candidate".into(),
                });
            }
            vec![Event::CandidateDropped {
                candidate: *id,
                withdrawn: *withdrawn,
                reason: comment.to_string(),
                by,
                at: ctx.now,
            }]
        }
        Recruit::Hire {
            candidate: id,
            number,
            legal_name,
            personal,
            probation_end,
        } => {
            return hire(
                company,
                actor,
                *id,
                number,
                legal_name,
                personal,
                *probation_end,
                ctx,
            );
        }
        Recruit::EraseCandidate { candidate: id } => return erase(company, *id, comment, ctx, by),
        _ => Vec::new(),
    };
    Ok((events, Beside::default()))
}

#[allow(clippy::too_many_arguments)]
fn hire(
    company: &Company,
    actor: &User,
    id: CandidateId,
    number: &str,
    legal_name: &str,
    personal: &Personal,
    probation_end: Option<NaiveDate>,
    ctx: &Ctx,
) -> Result<Decided, DomainError> {
    let c = in_stage(company, id, &[Stage::Accepted])?;
    let r = requisition(company, c.req)?;
    runner_of(actor, r)?;
    // The forms of the hire (DESIGN ② step 6): what payroll, the contract
    // and an emergency need. The address and e-mail may follow later.
    for field in [
        "id_number",
        "date_of_birth",
        "phone",
        "emergency_contact",
        "bank_account",
    ] {
        if personal.get(field).trim().is_empty() {
            return Err(DomainError::EmptyField {
                field: format!("field.{field}"),
            });
        }
    }
    let offer = c
        .offer
        .as_ref()
        .ok_or_else(|| DomainError::CandidateClosed {
            candidate: id.to_string(),
            stage: c.stage.key().into(),
        })?;
    let start = offer.start;
    let end = match probation_end {
        Some(end) => end,
        None => months_on(start, offer.probation_months),
    };
    probation_term(start, end, ctx)?;
    // The seat moves from reserved to filled: the ledger must not be over now.
    check_ledger(company, r.position)?;
    let row = RosterRow {
        line: 0,
        number: number.to_string(),
        name: if legal_name.trim().is_empty() {
            c.name.clone()
        } else {
            legal_name.to_string()
        },
        department: String::new(),
        position: r.position.to_string(),
        status: "probation".into(),
        start_date: start.to_string(),
        contract: ContractKind::Probation.key().into(),
        contract_end: end.to_string(),
        personal: personal.clone(),
    };
    let mut batch = crate::domain::people::Batch::new(company, &actor.login, ctx.now, false);
    batch
        .add(&row)
        .map_err(|mut problems| problems.swap_remove(0).1)?;
    let (mut events, writes) = batch.finish();
    let employee = events
        .iter()
        .find_map(|e| match e {
            Event::EmployeeAdded { id, .. } => Some(*id),
            _ => None,
        })
        .unwrap_or_else(|| company.next_employee_id());
    events.push(Event::CandidateHired {
        candidate: id,
        employee,
        by: actor.login.clone(),
        at: ctx.now,
    });
    events.push(Event::ProbationStarted {
        employee,
        start,
        end,
        chain: ctx.templates.get(PROBATION_CHAIN)?.clone(),
        at: ctx.now,
    });
    Ok((
        events,
        Beside {
            people: writes,
            ..Beside::default()
        },
    ))
}

/// Erases what a candidate told about themselves, once, for a stated reason.
fn erase(
    company: &Company,
    id: CandidateId,
    comment: &str,
    ctx: &Ctx,
    by: String,
) -> Result<Decided, DomainError> {
    let c = candidate(company, id)?;
    if let Some(Erasure { at, by }) = &c.erased {
        return Err(DomainError::AlreadyErased {
            id: id.to_string(),
            by: by.clone(),
            on: at.date_naive().to_string(),
        });
    }
    // The law that requires it is the comment: nobody erases without saying why.
    if comment.trim().is_empty() {
        return Err(DomainError::ReasonRequired {
            action: "action.erase_candidate".into(),
        });
    }
    let erased = Some(Erasure {
        by: by.clone(),
        at: ctx.now,
    });
    Ok((
        vec![Event::CandidateDataErased {
            id,
            by,
            at: ctx.now,
        }],
        Beside {
            candidates: vec![(
                id,
                CandidateRecord {
                    erased,
                    ..CandidateRecord::default()
                },
            )],
            ..Beside::default()
        },
    ))
}

/// A probation from `start` to `end`: after its start, within the legal limit.
pub(super) fn probation_term(
    start: NaiveDate,
    end: NaiveDate,
    ctx: &Ctx,
) -> Result<(), DomainError> {
    if end <= start {
        return Err(DomainError::EndBeforeStart {
            end: end.to_string(),
            start: start.to_string(),
        });
    }
    let limit = months_on(start, ctx.settings.max_probation_months);
    if end > limit {
        return Err(DomainError::ProbationPastLimit {
            end: end.to_string(),
            limit: limit.to_string(),
            max: ctx.settings.max_probation_months,
        });
    }
    Ok(())
}

/// The last day of `months` months from `start`: 2030-03-01 plus three
/// months runs through 2030-05-31, as a labour contract counts it.
pub(super) fn months_on(start: NaiveDate, months: u32) -> NaiveDate {
    start
        .checked_add_months(Months::new(months))
        .and_then(|d| d.pred_opt())
        .unwrap_or(start)
}

/// The requisition, open for recruiting, and run by `actor`.
fn running<'a>(
    company: &'a Company,
    actor: &User,
    id: ReqId,
) -> Result<&'a Requisition, DomainError> {
    let r = requisition(company, id)?;
    if r.state != ReqState::Open {
        return Err(DomainError::ReqNotOpen {
            req: id.to_string(),
            state: r.state.catalog_key(),
        });
    }
    runner_of(actor, r)?;
    Ok(r)
}

/// The HR person the HR head named runs it, with the HR head; before anyone
/// is named, any HR person.
fn runner_of(actor: &User, r: &Requisition) -> Result<(), DomainError> {
    match &r.runner {
        Some(runner) if runner != &actor.login && !actor.has(Role::HrHead) => {
            Err(DomainError::NotRunner {
                req: r.id.to_string(),
                runner: runner.clone(),
            })
        }
        _ => Ok(()),
    }
}

fn in_stage<'a>(
    company: &'a Company,
    id: CandidateId,
    stages: &[Stage],
) -> Result<&'a Candidate, DomainError> {
    let c = candidate(company, id)?;
    if stages.contains(&c.stage) {
        Ok(c)
    } else {
        Err(DomainError::WrongStage {
            candidate: id.to_string(),
            stage: c.stage.key().into(),
            wanted: stages
                .iter()
                .map(|s| s.key())
                .collect::<Vec<_>>()
                .join(", "),
        })
    }
}

/// The interviewers, registered and distinct, with HR and the hiring
/// department both present (DESIGN ② step 5: the interview is joint).
fn panel(
    company: &Company,
    r: &Requisition,
    logins: &[String],
) -> Result<Vec<String>, DomainError> {
    if logins.is_empty() || logins.len() > MAX_INTERVIEWERS {
        return Err(DomainError::BadPanel {
            max: MAX_INTERVIEWERS,
        });
    }
    let mut out: Vec<String> = Vec::with_capacity(logins.len());
    for l in logins {
        let u = user(company, l)?;
        if u.disabled {
            return Err(DomainError::UserDisabled {
                login: u.login.clone(),
            });
        }
        if !out.contains(&u.login) {
            out.push(u.login.clone());
        }
    }
    let dept = company.position_dept(r.position);
    let of_dept = |u: &User| {
        dept.is_some_and(|d| {
            u.roles.iter().any(|g| {
                g.role.is_scoped() && g.depts.iter().any(|root| company.is_within(d, *root))
            }) || u
                .employee
                .and_then(|e| company.employees.get(&e))
                .and_then(|e| company.position_dept(e.position))
                .is_some_and(|ed| company.is_within(ed, d))
        })
    };
    let users: Vec<&User> = out.iter().filter_map(|l| company.users.get(l)).collect();
    if !users.iter().any(|u| is_hr(u)) || !users.iter().any(|u| of_dept(u)) {
        return Err(DomainError::NotJoint {
            dept: dept.map(|d| company.dept_name(d)).unwrap_or_default(),
        });
    }
    Ok(out)
}

/// The field of a candidate's record read from outside (a backup) that
/// breaks the rules for its text, if one does: the rules of the form hold
/// for records as for everything typed in. Empty is allowed: erased.
pub fn check_record_fields(record: &CandidateRecord) -> Result<(), &'static str> {
    match text::line("field.contact", &record.contact, MAX_CONTACT, true) {
        Ok(t) if t == record.contact => {}
        _ => return Err("contact"),
    }
    match text::block("field.cv_notes", &record.notes, MAX_TEXT, true) {
        Ok(t) if t == record.notes => Ok(()),
        _ => Err("cv_notes"),
    }
}

/// Checks a candidate's record read from outside (a backup) against the
/// company the log built: the log is the truth about erasures.
pub fn check_record(
    company: &Company,
    id: CandidateId,
    record: &CandidateRecord,
) -> Result<(), crate::domain::people::RecordProblem> {
    use crate::domain::people::RecordProblem;
    let erased_in_log = company
        .candidates
        .get(&id)
        .is_some_and(|c| c.erased.is_some());
    let empty = record.contact.is_empty() && record.notes.is_empty();
    match (&record.erased, erased_in_log) {
        (None, true) => Err(RecordProblem::NotErased),
        (Some(_), false) => Err(RecordProblem::ErasedUnlogged),
        (Some(_), true) if !empty => Err(RecordProblem::NotErased),
        _ => Ok(()),
    }
}
