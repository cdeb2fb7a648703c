//! How the recruitment events change the company (see `Company::apply`).

use super::model::*;
use crate::domain::events::Event;
use crate::domain::ids::*;
use crate::domain::model::{
    Change, Employee, EmployeeChange, EmployeeStatus, Erasure, SeatOverride, Submission, Withdrawal,
};
use crate::domain::signoff::{ChainTemplate, Outcome, SignoffCase};
use crate::domain::state::Company;
use chrono::{DateTime, Utc};

pub fn apply(company: &mut Company, event: &Event) {
    match event {
        Event::RequisitionRaised {
            id,
            position,
            count,
            reason,
            start,
            notes,
            author,
            chain,
            at,
            comment,
        } => {
            let mut signoff = SignoffCase::idle(super::REQ_CHAIN, author);
            signoff.start_round(chain);
            company.requisitions.insert(
                *id,
                Requisition {
                    id: *id,
                    position: *position,
                    count: *count,
                    reason: reason.clone(),
                    start: *start,
                    notes: notes.clone(),
                    author: author.clone(),
                    state: ReqState::Submitted,
                    signoff,
                    submissions: vec![Submission {
                        round: 1,
                        at: *at,
                        comment: comment.clone(),
                    }],
                    runner: None,
                    candidates: Vec::new(),
                    hired: Vec::new(),
                    offered: 0,
                    accepted: 0,
                    created: *at,
                    since: *at,
                    cancelled: None,
                },
            );
            company.index.reqs.entry(*position).or_default().insert(*id);
        }
        Event::RequisitionEdited {
            id,
            count,
            reason,
            start,
            notes,
            ..
        } => {
            if let Some(r) = company.requisitions.get_mut(id) {
                r.count = *count;
                r.reason = reason.clone();
                r.start = *start;
                r.notes = notes.clone();
            }
        }
        Event::RequisitionResubmitted {
            id,
            chain,
            at,
            comment,
        } => {
            if let Some(r) = company.requisitions.get_mut(id) {
                r.signoff.start_round(chain);
                r.state = ReqState::Submitted;
                r.since = *at;
                r.submissions.push(Submission {
                    round: r.signoff.round,
                    at: *at,
                    comment: comment.clone(),
                });
            }
        }
        Event::RequisitionSigned { id, signature } => {
            if let Some(r) = company.requisitions.get_mut(id) {
                let at = signature.at;
                match r.signoff.record(signature.clone()) {
                    Outcome::Next(_) => {}
                    Outcome::Approved => r.state = ReqState::Open,
                    Outcome::Rejected => r.state = ReqState::Rejected,
                    Outcome::Returned => r.state = ReqState::Returned,
                }
                r.since = at;
            }
        }
        Event::ReqPaperRecorded { id, signature } => {
            if let Some(r) = company.requisitions.get_mut(id) {
                r.signoff.pending_paper = Some(signature.clone());
            }
        }
        Event::ReqPaperDiscarded { id, .. } => {
            if let Some(r) = company.requisitions.get_mut(id) {
                r.signoff.pending_paper = None;
            }
        }
        Event::RequisitionAssigned { id, to, .. } => {
            if let Some(r) = company.requisitions.get_mut(id) {
                r.runner = Some(to.clone());
            }
        }
        Event::RequisitionCancelled {
            id,
            by,
            at,
            comment,
        } => {
            if let Some(r) = company.requisitions.get_mut(id) {
                r.state = ReqState::Cancelled;
                r.since = *at;
                r.signoff.next = None;
                r.signoff.pending_paper = None;
                r.cancelled = Some(Withdrawal {
                    by: by.clone(),
                    at: *at,
                    comment: comment.clone(),
                });
            }
        }
        Event::SeatsOverridden {
            position,
            seats,
            by,
            at,
            reason,
        } => {
            if let Some(p) = company.positions.get_mut(position) {
                p.overridden += seats;
                p.overrides.push(SeatOverride {
                    seats: *seats,
                    by: by.clone(),
                    at: *at,
                    reason: reason.clone(),
                });
            }
        }
        Event::CandidateApplied {
            id,
            req,
            name,
            source,
            by,
            at,
        } => add_candidate(company, *id, *req, name, source, by, *at),
        Event::CandidateAdded {
            id,
            req,
            name,
            contact,
            source,
            notes,
            by,
            at,
        } => {
            add_candidate(company, *id, *req, name, source, by, *at);
            // An older log holds the contact itself; a record the store kept
            // beside the log (an erasure) overrides it when the store opens.
            company.candidate_records.insert(
                *id,
                CandidateRecord {
                    contact: contact.clone(),
                    notes: notes.clone(),
                    erased: None,
                },
            );
        }
        Event::CandidateDataErased { id, by, at } => {
            let erased = Some(Erasure {
                by: by.clone(),
                at: *at,
            });
            if let Some(c) = company.candidates.get_mut(id) {
                c.erased = erased.clone();
            }
            // Replaying an older log must not bring back what it held.
            company.candidate_records.insert(
                *id,
                CandidateRecord {
                    erased,
                    ..CandidateRecord::default()
                },
            );
        }
        Event::InterviewScheduled {
            id,
            candidate,
            round,
            at,
            place,
            interviewers,
            by,
            recorded,
        } => {
            company.interviews.insert(
                *id,
                Interview {
                    id: *id,
                    candidate: *candidate,
                    round: *round,
                    at: *at,
                    place: place.clone(),
                    interviewers: interviewers.clone(),
                    feedback: Vec::new(),
                    scheduled_by: by.clone(),
                    cancelled: None,
                },
            );
            if let Some(c) = company.candidates.get_mut(candidate) {
                c.interviews.push(*id);
            }
            enter(company, *candidate, Stage::Interviewing, by, *recorded, "");
        }
        Event::InterviewCancelled {
            interview,
            reason,
            by,
            at,
        } => {
            if let Some(i) = company.interviews.get_mut(interview) {
                i.cancelled = Some(StageChange {
                    stage: Stage::Interviewing,
                    by: by.clone(),
                    at: *at,
                    reason: reason.clone(),
                });
            }
        }
        Event::FeedbackGiven {
            interview,
            by,
            score,
            recommend,
            note,
            at,
        } => {
            if let Some(i) = company.interviews.get_mut(interview) {
                i.feedback.push(Feedback {
                    by: by.clone(),
                    score: *score,
                    recommend: *recommend,
                    note: note.clone(),
                    at: *at,
                });
            }
        }
        Event::OfferMade {
            candidate,
            start,
            probation_months,
            by,
            at,
        } => {
            if let Some(c) = company.candidates.get_mut(candidate) {
                c.offer = Some(Offer {
                    start: *start,
                    probation_months: *probation_months,
                    by: by.clone(),
                    at: *at,
                });
            }
            enter(company, *candidate, Stage::Offered, by, *at, "");
        }
        Event::OfferAnswered {
            candidate,
            accepted,
            by,
            at,
        } => {
            let stage = if *accepted {
                Stage::Accepted
            } else {
                Stage::Declined
            };
            enter(company, *candidate, stage, by, *at, "");
        }
        Event::CandidateDropped {
            candidate,
            withdrawn,
            reason,
            by,
            at,
        } => {
            let stage = if *withdrawn {
                Stage::Withdrawn
            } else {
                Stage::Rejected
            };
            enter(company, *candidate, stage, by, *at, reason);
        }
        Event::CandidateHired {
            candidate,
            employee,
            by,
            at,
        } => {
            enter(company, *candidate, Stage::Hired, by, *at, "");
            let req = company.candidates.get_mut(candidate).map(|c| {
                c.employee = Some(*employee);
                c.req
            });
            if let Some(r) = req.and_then(|r| company.requisitions.get_mut(&r)) {
                r.hired.push(*employee);
                if r.hired.len() as u32 >= r.count && r.state == ReqState::Open {
                    r.state = ReqState::Filled;
                    r.since = *at;
                }
            }
            let from = req.map(|r| (r, *candidate));
            with_hiring(company, *employee, *at, by, |h| {
                h.req = from.map(|f| f.0);
                h.candidate = from.map(|f| f.1);
                from.map(|(req, candidate)| Change::Recruited { req, candidate })
            });
        }
        Event::ProbationStarted {
            employee,
            start,
            end,
            chain,
            at,
        } => {
            let author = employee.to_string();
            with_hiring(company, *employee, *at, "", |h| {
                h.probation = Some(new_probation(*start, *end, chain, &author));
                None
            });
        }
        Event::TrainingRecorded {
            employee,
            what,
            trainer,
            on,
            by,
            at,
        } => with_hiring(company, *employee, *at, by, |h| {
            h.training.push(TrainingItem {
                what: what.clone(),
                trainer: trainer.clone(),
                on: *on,
                by: by.clone(),
            });
            Some(Change::Trained { what: what.clone() })
        }),
        Event::WorkStarted {
            employee,
            on,
            by,
            at,
        } => with_hiring(company, *employee, *at, by, |h| {
            h.started = Some(*on);
            Some(Change::StartedWork { on: *on })
        }),
        Event::ProbationAssessed {
            employee,
            signature,
            extend_to,
        } => assessed(company, *employee, signature, *extend_to),
        Event::FormalContractSigned {
            employee,
            contract,
            number,
            by,
            at,
        } => {
            let Some(e) = company.employees.get_mut(employee) else {
                return;
            };
            let old = e.contracts.last().and_then(|c| c.end);
            e.status = EmployeeStatus::Active;
            e.contracts.push(contract.clone());
            let e = e.clone();
            company.index.contract_changed(&e, old);
            with_hiring(company, *employee, *at, by, |h| {
                h.contract_no = Some(number.clone());
                Some(Change::FormalContract {
                    number: number.clone(),
                })
            });
        }
        _ => {}
    }
}

fn new_probation(
    start: chrono::NaiveDate,
    end: chrono::NaiveDate,
    chain: &ChainTemplate,
    author: &str,
) -> Probation {
    // The employee is the case's author: nobody assesses themselves.
    let mut review = SignoffCase::idle(super::PROBATION_CHAIN, author);
    review.start_round(chain);
    Probation {
        start,
        end,
        first_end: None,
        review,
        outcome: ProbationOutcome::Pending,
    }
}

fn assessed(
    company: &mut Company,
    id: EmployeeId,
    signature: &crate::domain::signoff::Signature,
    extend_to: Option<chrono::NaiveDate>,
) {
    let at = signature.at;
    let by = signature.signer.clone();
    let Some(e) = company.employees.get_mut(&id) else {
        return;
    };
    let Some(p) = e.hiring.as_mut().and_then(|h| h.probation.as_mut()) else {
        return;
    };
    let step = p
        .review
        .current()
        .map(|(_, s)| s.key.clone())
        .unwrap_or_default();
    let chain = ChainTemplate {
        name: p.review.chain.clone(),
        steps: p.review.steps.clone(),
    };
    // A step before the last passes its verdict on: the last decides.
    let last = p.review.next.is_some_and(|i| i + 1 >= p.review.steps.len());
    let outcome = if last {
        p.review.record(signature.clone())
    } else {
        let next = p.review.next.map_or(0, |i| i + 1);
        p.review.signatures.push(signature.clone());
        p.review.next = Some(next);
        Outcome::Next(next)
    };
    let mut ended = false;
    match outcome {
        Outcome::Next(_) => {}
        Outcome::Approved => p.outcome = ProbationOutcome::Passed,
        Outcome::Rejected => {
            p.outcome = ProbationOutcome::Failed;
            ended = true;
        }
        Outcome::Returned => {
            if let Some(until) = extend_to {
                p.first_end = Some(p.end);
                p.end = until;
                // The probation contract runs to the new end.
                if let Some(c) = e
                    .contracts
                    .iter_mut()
                    .rev()
                    .find(|c| c.kind == crate::domain::model::ContractKind::Probation)
                {
                    c.end = Some(until);
                }
            }
            p.review.start_round(&chain);
        }
    }
    e.history.push(EmployeeChange {
        at,
        by: by.clone(),
        change: Change::Assessed {
            step,
            decision: signature.decision,
            extend_to,
        },
    });
    // Since offboarding exists, a failed probation opens a separation case
    // (in the same commit, just before) that ends the employment when it
    // closes; logs written before end it here, as they did then.
    if ended && !company.index.open_cases.contains_key(&id) {
        // Not passed: the employment ends and the seat is free again.
        e.status = EmployeeStatus::Separated;
        let position = e.position;
        e.history.push(EmployeeChange {
            at,
            by,
            change: Change::ProbationFailed,
        });
        if let Some(set) = company.index.holders.get_mut(&position) {
            set.remove(&id);
        }
    }
}

/// Moves a candidate to `stage`, keeping the requisition's offer counts.
fn enter(
    company: &mut Company,
    id: CandidateId,
    stage: Stage,
    by: &str,
    at: DateTime<Utc>,
    reason: &str,
) {
    let Some(c) = company.candidates.get_mut(&id) else {
        return;
    };
    let before = c.stage;
    if before == stage {
        return;
    }
    c.stage = stage;
    c.since = at;
    c.history.push(StageChange {
        stage,
        by: by.to_string(),
        at,
        reason: reason.to_string(),
    });
    let req = c.req;
    if let Some(r) = company.requisitions.get_mut(&req) {
        let count = |s: Stage| -> (u32, u32) {
            match s {
                Stage::Offered => (1, 0),
                Stage::Accepted => (0, 1),
                _ => (0, 0),
            }
        };
        let (o0, a0) = count(before);
        let (o1, a1) = count(stage);
        r.offered = (r.offered + o1).saturating_sub(o0);
        r.accepted = (r.accepted + a1).saturating_sub(a0);
    }
}

/// Changes an employee's hiring record (made when missing) and notes in
/// their history what `change` returns.
fn with_hiring(
    company: &mut Company,
    id: EmployeeId,
    at: DateTime<Utc>,
    by: &str,
    change: impl FnOnce(&mut Hiring) -> Option<Change>,
) {
    let Some(e) = company.employees.get_mut(&id) else {
        return;
    };
    company.index.hiring.insert(id);
    let h = e.hiring.get_or_insert_with(|| {
        Box::new(Hiring {
            req: None,
            candidate: None,
            training: Vec::new(),
            started: None,
            probation: None,
            contract_no: None,
        })
    });
    if let Some(change) = change(h) {
        push(e, at, by, change);
    }
}

fn push(e: &mut Employee, at: DateTime<Utc>, by: &str, change: Change) {
    e.history.push(EmployeeChange {
        at,
        by: by.to_string(),
        change,
    });
}

fn add_candidate(
    company: &mut Company,
    id: CandidateId,
    req: ReqId,
    name: &str,
    source: &str,
    by: &str,
    at: DateTime<Utc>,
) {
    company.candidates.insert(
        id,
        Candidate {
            id,
            req,
            name: name.to_string(),
            source: source.to_string(),
            stage: Stage::Applied,
            offer: None,
            interviews: Vec::new(),
            employee: None,
            history: vec![StageChange {
                stage: Stage::Applied,
                by: by.to_string(),
                at,
                reason: String::new(),
            }],
            since: at,
            erased: None,
        },
    );
    if let Some(r) = company.requisitions.get_mut(&req) {
        r.candidates.push(id);
    }
}
