//! After the hire: the department's onboarding training and the start of
//! work (step 7), the probation assessment signed by the department and HR
//! along `probation_review` (step 8), and the formal contract (step 9).

use super::candidates::probation_term;
use super::*;
use crate::domain::commands::MAX_TITLE;
use crate::domain::digest::{Digest, Hasher};
use crate::domain::model::{Contract, ContractKind, Employee, EmployeeStatus};
use crate::domain::people::employee;
use crate::domain::sign::{self, Signable};
use crate::domain::signoff::{Decision, SignoffCase};
use crate::domain::text;

const MAX_CONTRACT_NO: usize = 40;

/// An employee's probation seen as a case to sign.
pub struct Review<'a> {
    pub employee: &'a Employee,
    pub probation: &'a Probation,
}

impl Signable for Review<'_> {
    fn case(&self) -> String {
        self.employee.id.to_string()
    }

    fn signoff(&self) -> &SignoffCase {
        &self.probation.review
    }

    fn awaiting(&self) -> Result<(), DomainError> {
        if self.probation.outcome == ProbationOutcome::Pending
            && self.employee.status == EmployeeStatus::Probation
        {
            Ok(())
        } else {
            Err(DomainError::NoReviewOpen {
                id: self.employee.id.to_string(),
            })
        }
    }

    fn digest(&self, _company: &Company) -> Digest {
        review_digest(self.employee, self.probation)
    }

    fn subject(&self, company: &Company) -> Vec<DeptId> {
        company
            .position_dept(self.employee.position)
            .into_iter()
            .collect()
    }
}

/// What an assessor is shown: who, in which round, and until when.
pub fn review_digest(e: &Employee, p: &Probation) -> Digest {
    let mut h = Hasher::new("probation_review");
    h.num(u64::from(e.id.0))
        .num(u64::from(p.review.round))
        .str(&e.name)
        .num(u64::from(e.position.0))
        .str(&p.start.to_string())
        .str(&p.end.to_string());
    h.finish()
}

pub fn review<'a>(company: &'a Company, id: EmployeeId) -> Result<Review<'a>, DomainError> {
    let e = employee(company, id)?;
    let probation = e
        .hiring
        .as_ref()
        .and_then(|h| h.probation.as_ref())
        .ok_or_else(|| DomainError::NoReviewOpen { id: id.to_string() })?;
    Ok(Review {
        employee: e,
        probation,
    })
}

pub fn decide(
    company: &Company,
    actor: &User,
    cmd: &Recruit,
    comment: &str,
    ctx: &Ctx,
) -> Result<Vec<Event>, DomainError> {
    let by = actor.login.clone();
    match cmd {
        Recruit::Train {
            employee: id,
            what,
            trainer,
            on,
        } => {
            let e = current(company, *id)?;
            department_or_hr(company, actor, e)?;
            not_before_hire(e, *on)?;
            not_ahead(*on, ctx)?;
            Ok(vec![Event::TrainingRecorded {
                employee: *id,
                what: text::line("field.training", what, MAX_TITLE, false)?,
                trainer: text::line("field.trainer", trainer, MAX_TITLE, false)?,
                on: *on,
                by,
                at: ctx.now,
            }])
        }
        Recruit::StartWork { employee: id, on } => {
            let e = current(company, *id)?;
            department_or_hr(company, actor, e)?;
            not_before_hire(e, *on)?;
            not_ahead(*on, ctx)?;
            if let Some(day) = e.hiring.as_ref().and_then(|h| h.started) {
                return Err(DomainError::AlreadyStarted {
                    id: id.to_string(),
                    on: day.to_string(),
                });
            }
            Ok(vec![Event::WorkStarted {
                employee: *id,
                on: *on,
                by,
                at: ctx.now,
            }])
        }
        Recruit::Assess {
            employee: id,
            verdict,
            seen,
        } => {
            let case = review(company, *id)?;
            if actor.employee == Some(*id) {
                return Err(DomainError::OwnAssessment);
            }
            sign::check_seen(company, &case, seen)?;
            let cap = sign::capacity(company, &case, actor, ctx.today)?;
            if ctx.today < case.probation.start {
                return Err(DomainError::NotStartedYet {
                    id: id.to_string(),
                    start: case.probation.start.to_string(),
                });
            }
            if *verdict != Verdict::Pass && comment.trim().is_empty() {
                return Err(DomainError::ReasonRequired {
                    action: "action.assess_probation".into(),
                });
            }
            // The department's verdict goes to HR whatever it is; the last
            // step decides, and confirms only what every step passed.
            let review = &case.probation.review;
            let last = review.next.is_some_and(|i| i + 1 >= review.steps.len());
            let earlier_failed = review
                .signatures
                .iter()
                .any(|s| s.round == review.round && s.decision != Decision::Approve);
            if last && *verdict == Verdict::Pass && earlier_failed {
                return Err(DomainError::NotPassedBefore { id: id.to_string() });
            }
            let extend_to = match verdict {
                Verdict::Extend(until) => {
                    let p = case.probation;
                    if p.first_end.is_some() {
                        return Err(DomainError::ExtendedOnce {
                            id: id.to_string(),
                            end: p.end.to_string(),
                        });
                    }
                    if *until <= p.end {
                        return Err(DomainError::EndBeforeStart {
                            end: until.to_string(),
                            start: p.end.to_string(),
                        });
                    }
                    probation_term(p.start, *until, ctx)?;
                    Some(*until)
                }
                _ => None,
            };
            let signature = sign::signature(
                company,
                &case,
                verdict.decision(),
                &actor.login,
                cap,
                comment,
                ctx,
            )?;
            let mut events = Vec::new();
            // Not passed: the employment ends through a separation case (the
            // handover, the equipment and the settlement still happen), opened
            // before the verdict so the verdict leaves the ending to it.
            if last && *verdict == Verdict::Fail && !company.index.open_cases.contains_key(id) {
                let last_day = case.probation.end.max(ctx.today);
                events.push(crate::domain::offboard::start_event(
                    company,
                    *id,
                    crate::domain::offboard::SepKind::ProbationNotPassed,
                    (ctx.today, last_day),
                    comment.to_string(),
                    &by,
                    ctx,
                ));
            }
            events.push(Event::ProbationAssessed {
                employee: *id,
                signature,
                extend_to,
            });
            Ok(events)
        }
        Recruit::OpenReview { employee: id, end } => {
            let e = current(company, *id)?;
            if e.status != EmployeeStatus::Probation {
                return Err(DomainError::NotOnProbation { id: id.to_string() });
            }
            if e.hiring
                .as_ref()
                .and_then(|h| h.probation.as_ref())
                .is_some()
            {
                return Err(DomainError::ReviewExists { id: id.to_string() });
            }
            probation_term(e.hired, *end, ctx)?;
            Ok(vec![Event::ProbationStarted {
                employee: *id,
                start: e.hired,
                end: *end,
                chain: ctx.templates.get(PROBATION_CHAIN)?.clone(),
                at: ctx.now,
            }])
        }
        Recruit::FormalContract {
            employee: id,
            start,
            end,
            number,
        } => {
            let e = current(company, *id)?;
            let passed = e
                .hiring
                .as_ref()
                .and_then(|h| h.probation.as_ref())
                .is_some_and(|p| p.outcome == ProbationOutcome::Passed);
            if e.status != EmployeeStatus::Probation || !passed {
                return Err(DomainError::ProbationNotPassed { id: id.to_string() });
            }
            not_before_hire(e, *start)?;
            if let Some(end) = end
                && end <= start
            {
                return Err(DomainError::EndBeforeStart {
                    end: end.to_string(),
                    start: start.to_string(),
                });
            }
            Ok(vec![Event::FormalContractSigned {
                employee: *id,
                contract: Contract {
                    kind: if end.is_some() {
                        ContractKind::FixedTerm
                    } else {
                        ContractKind::OpenEnded
                    },
                    start: *start,
                    end: *end,
                },
                number: text::line("field.contract_no", number, MAX_CONTRACT_NO, false)?,
                by,
                at: ctx.now,
            }])
        }
        _ => Ok(Vec::new()),
    }
}

/// An employee still with the company.
fn current(company: &Company, id: EmployeeId) -> Result<&Employee, DomainError> {
    let e = employee(company, id)?;
    if !e.status.holds_seat() {
        return Err(DomainError::EmployeeSeparated { id: id.to_string() });
    }
    Ok(e)
}

/// Onboarding is the department's (its head) or HR's to record.
fn department_or_hr(company: &Company, actor: &User, e: &Employee) -> Result<(), DomainError> {
    if is_hr(actor) {
        return Ok(());
    }
    let dept = company.position_dept(e.position);
    let covers = dept.is_some_and(|d| {
        actor.roles.iter().any(|g| {
            g.role == Role::DeptHead && g.depts.iter().any(|root| company.is_within(d, *root))
        })
    });
    if covers {
        Ok(())
    } else {
        Err(DomainError::NotYourDepartment {
            dept: dept.map(|d| company.dept_name(d)).unwrap_or_default(),
        })
    }
}

/// What happened is recorded when it happened, not ahead of it.
fn not_ahead(on: NaiveDate, ctx: &Ctx) -> Result<(), DomainError> {
    if on > ctx.today {
        return Err(DomainError::InFuture {
            on: on.to_string(),
            today: ctx.today.to_string(),
        });
    }
    Ok(())
}

fn not_before_hire(e: &Employee, on: NaiveDate) -> Result<(), DomainError> {
    if on < e.hired {
        return Err(DomainError::BeforeHire {
            id: e.id.to_string(),
            on: on.to_string(),
            hired: e.hired.to_string(),
        });
    }
    Ok(())
}
