//! Evaluation cycles and evaluations: scored by the employee's department
//! head (or HR), sent along `evaluation`, acknowledged by the employee.

use super::*;
use crate::domain::commands::MAX_TITLE;
use crate::domain::digest::{Digest, Hasher};
use crate::domain::people::employee;
use crate::domain::sign::{self, Signable};
use crate::domain::signoff::SignoffCase;
use crate::domain::text;

const MAX_SCORE_COMMENT: usize = 500;
const MAX_CYCLE_DAYS: i64 = 3 * 366;

/// An evaluation seen as a case to sign.
pub struct Sheet<'a> {
    pub eval: &'a Evaluation,
}

impl Signable for Sheet<'_> {
    fn case(&self) -> String {
        self.eval.id.to_string()
    }

    fn signoff(&self) -> &SignoffCase {
        &self.eval.signoff
    }

    fn awaiting(&self) -> Result<(), DomainError> {
        if self.eval.state == EvalState::Submitted {
            Ok(())
        } else {
            Err(DomainError::NotAwaitingSignature {
                plan: self.eval.id.to_string(),
                state: self.eval.state.key().into(),
            })
        }
    }

    fn digest(&self, _company: &Company) -> Digest {
        eval_digest(self.eval)
    }

    fn subject(&self, company: &Company) -> Vec<DeptId> {
        company
            .employees
            .get(&self.eval.employee)
            .and_then(|e| company.position_dept(e.position))
            .into_iter()
            .collect()
    }
}

/// What a signer is shown: the person, the round and every score.
pub fn eval_digest(ev: &Evaluation) -> Digest {
    let mut h = Hasher::new("evaluation");
    h.num(u64::from(ev.id.0))
        .num(u64::from(ev.signoff.round))
        .num(u64::from(ev.employee.0))
        .num(u64::from(ev.result));
    for s in &ev.scores {
        h.str(&s.key).num(u64::from(s.score)).str(&s.comment);
    }
    h.finish()
}

pub fn sheet(company: &Company, id: EvalId) -> Result<Sheet<'_>, DomainError> {
    company
        .evaluations
        .get(&id)
        .map(|eval| Sheet { eval })
        .ok_or_else(|| not_found("kind.evaluation", id))
}

/// Whether the cycle covers employee `e` (its departments, or everyone).
pub fn in_scope(company: &Company, cycle: &Cycle, e: &Employee) -> bool {
    cycle.depts.is_empty()
        || company
            .position_dept(e.position)
            .is_some_and(|d| cycle.depts.iter().any(|root| company.is_within(d, *root)))
}

/// The scores are the evaluated employee's to read only once signed off;
/// HR, the general manager and the heads over them read them throughout.
pub fn sees_scores(company: &Company, actor: &User, ev: &Evaluation) -> bool {
    let Some(e) = company.employees.get(&ev.employee) else {
        return false;
    };
    if actor.employee == Some(ev.employee) {
        return matches!(ev.state, EvalState::SignedOff | EvalState::Acknowledged);
    }
    sees_person(company, actor, e)
}

pub(super) fn decide(
    company: &Company,
    actor: &User,
    cmd: &Review,
    comment: &str,
    ctx: &Ctx,
) -> Result<Vec<Event>, DomainError> {
    let by = actor.login.clone();
    match cmd {
        Review::OpenCycle {
            name,
            from,
            to,
            template: t,
            self_assessment,
            depts,
        } => {
            let name = text::line("field.cycle_name", name, MAX_TITLE, false)?;
            if to < from {
                return Err(DomainError::EndBeforeStart {
                    end: to.to_string(),
                    start: from.to_string(),
                });
            }
            if (*to - *from).num_days() > MAX_CYCLE_DAYS {
                return Err(DomainError::CycleTooLong {
                    from: from.to_string(),
                    to: to.to_string(),
                });
            }
            // The criteria, their titles and the grades are the company's
            // (data/evaluation.toml): a cycle chooses the template and may
            // change the weights, nothing else.
            let t = &template::weighed_as(t)?;
            if let Some(other) = company
                .cycles
                .values()
                .find(|c| c.closed.is_none() && text::fold(&c.name) == text::fold(&name))
            {
                return Err(DomainError::DuplicateCycle {
                    name,
                    id: other.id.to_string(),
                });
            }
            let mut scope = Vec::new();
            for d in depts {
                crate::domain::commands::dept(company, *d)?;
                if !scope.contains(d) {
                    scope.push(*d);
                }
            }
            let id = CycleId(company.cycles.get_max().map_or(1, |(k, _)| k.0 + 1));
            Ok(vec![Event::CycleOpened {
                id,
                name,
                from: *from,
                to: *to,
                template: t.clone(),
                self_assessment: *self_assessment,
                depts: scope,
                by,
                at: ctx.now,
            }])
        }
        Review::CloseCycle { cycle: id } => {
            open_cycle(company, *id)?;
            Ok(vec![Event::CycleClosed {
                id: *id,
                by,
                at: ctx.now,
            }])
        }
        Review::Score {
            cycle: cid,
            employee: who,
            scores,
        } => {
            let cycle = running_cycle(company, *cid, ctx)?;
            let e = employee(company, *who)?;
            if actor.employee == Some(*who) {
                return Err(DomainError::OwnEvaluation);
            }
            department_or_hr(company, actor, e)?;
            covered(company, cycle, e)?;
            let scores = check_scores(&cycle.template, scores)?;
            let existing = company.index.evals.get(&(*cid, *who)).copied();
            if let Some(ev) = existing.and_then(|id| company.evaluations.get(&id)) {
                if ev.state != EvalState::Draft {
                    return Err(DomainError::EvaluationNotDraft {
                        id: ev.id.to_string(),
                    });
                }
                holds_draft(company, actor, ev)?;
            }
            let result = cycle.template.result(&scores);
            Ok(vec![Event::EvaluationScored {
                id: existing.unwrap_or_else(|| next_eval(company)),
                cycle: *cid,
                employee: *who,
                grade: cycle.template.grade(result),
                result,
                scores,
                by,
                at: ctx.now,
            }])
        }
        Review::SelfAssess { cycle: cid, scores } => {
            let cycle = running_cycle(company, *cid, ctx)?;
            let Some(who) = actor.employee else {
                return Err(DomainError::NoEmployeeRecord {
                    login: actor.login.clone(),
                });
            };
            if !cycle.self_assessment {
                return Err(DomainError::NoSelfAssessment {
                    cycle: format!("{} {}", cycle.id, cycle.name),
                });
            }
            let e = employee(company, who)?;
            covered(company, cycle, e)?;
            let existing = company.index.evals.get(&(*cid, who)).copied();
            if let Some(ev) = existing.and_then(|id| company.evaluations.get(&id))
                && ev.state != EvalState::Draft
            {
                return Err(DomainError::EvaluationNotDraft {
                    id: ev.id.to_string(),
                });
            }
            Ok(vec![Event::SelfAssessed {
                id: existing.unwrap_or_else(|| next_eval(company)),
                cycle: *cid,
                employee: who,
                scores: check_scores(&cycle.template, scores)?,
                at: ctx.now,
            }])
        }
        Review::Submit { id } => {
            let ev = evaluation(company, actor, *id)?;
            let e = employee(company, ev.employee)?;
            department_or_hr(company, actor, e)?;
            running_cycle(company, ev.cycle, ctx)?;
            if ev.state != EvalState::Draft {
                return Err(DomainError::EvaluationNotDraft { id: id.to_string() });
            }
            if ev.scores.is_empty() {
                return Err(DomainError::NotScoredYet { id: id.to_string() });
            }
            holds_draft(company, actor, ev)?;
            Ok(vec![Event::EvaluationSubmitted {
                id: *id,
                chain: ctx.templates.get(EVALUATION_CHAIN)?.clone(),
                by,
                at: ctx.now,
            }])
        }
        Review::Sign { id, decision, seen } => {
            let case = sheet(company, *id)?;
            // A delegate outside HR may sign what they may not otherwise
            // read; to anyone else it is not there.
            let cap = sign::capacity(company, &case, actor, ctx.today);
            if cap.is_err() {
                evaluation(company, actor, *id)?;
            }
            let own = |login: &str| {
                company
                    .users
                    .get(login)
                    .is_some_and(|u| u.employee == Some(case.eval.employee))
            };
            // Nor does the evaluated person sign it through someone they
            // delegated to.
            let for_whom = cap.as_ref().ok().and_then(|c| c.for_whom());
            if own(&actor.login) || for_whom.as_deref().is_some_and(own) {
                return Err(DomainError::OwnEvaluation);
            }
            sign::check_seen(company, &case, seen)?;
            let cap = cap?;
            let signature =
                sign::signature(company, &case, *decision, &actor.login, cap, comment, ctx)?;
            Ok(vec![Event::EvaluationSigned { id: *id, signature }])
        }
        Review::Acknowledge { id } => {
            let ev = evaluation(company, actor, *id)?;
            if actor.employee != Some(ev.employee) {
                return Err(DomainError::NotYourEvaluation { id: id.to_string() });
            }
            match ev.state {
                EvalState::SignedOff => {}
                EvalState::Acknowledged => {
                    return Err(DomainError::AlreadyAcknowledged { id: id.to_string() });
                }
                _ => return Err(DomainError::NotSignedOffYet { id: id.to_string() }),
            }
            Ok(vec![Event::EvaluationAcknowledged {
                id: *id,
                remark: comment.to_string(),
                at: ctx.now,
            }])
        }
        _ => Ok(Vec::new()),
    }
}

fn next_eval(company: &Company) -> EvalId {
    EvalId(company.evaluations.get_max().map_or(1, |(k, _)| k.0 + 1))
}

/// An open cycle whose period has begun.
fn running_cycle<'a>(
    company: &'a Company,
    id: CycleId,
    ctx: &Ctx,
) -> Result<&'a Cycle, DomainError> {
    let c = open_cycle(company, id)?;
    if ctx.today < c.from {
        return Err(DomainError::CycleNotStarted {
            cycle: format!("{} {}", c.id, c.name),
            from: c.from.to_string(),
        });
    }
    Ok(c)
}

/// A scored draft is its evaluator's to score again and submit, unless they
/// can no longer score this employee (they left, were disabled, moved on).
pub fn holds_draft(company: &Company, actor: &User, ev: &Evaluation) -> Result<(), DomainError> {
    if ev.evaluator.is_empty() || ev.evaluator == actor.login {
        return Ok(());
    }
    let still = company.users.get(&ev.evaluator).is_some_and(|u| {
        !u.disabled
            && company
                .employees
                .get(&ev.employee)
                .is_some_and(|e| department_or_hr(company, u, e).is_ok())
    });
    if still {
        return Err(DomainError::NotYourDraft {
            id: ev.id.to_string(),
            evaluator: ev.evaluator.clone(),
        });
    }
    Ok(())
}

fn open_cycle(company: &Company, id: CycleId) -> Result<&Cycle, DomainError> {
    let c = cycle(company, id)?;
    if c.closed.is_some() {
        return Err(DomainError::CycleClosed {
            cycle: format!("{} {}", c.id, c.name),
        });
    }
    Ok(c)
}

/// An employee with a seat, in the cycle's departments.
fn covered(company: &Company, cycle: &Cycle, e: &Employee) -> Result<(), DomainError> {
    if !e.status.holds_seat() {
        return Err(DomainError::EmployeeLeft {
            id: e.id.to_string(),
        });
    }
    if !in_scope(company, cycle, e) {
        return Err(DomainError::OutsideCycle {
            employee: format!("{} {}", e.id, e.name),
            cycle: format!("{} {}", cycle.id, cycle.name),
        });
    }
    Ok(())
}

/// Every criterion of the template scored once, 1–5, in the template's order.
fn check_scores(t: &EvalTemplate, given: &[Score]) -> Result<Vec<Score>, DomainError> {
    let known = || {
        t.criteria
            .iter()
            .map(|c| c.key.clone())
            .collect::<Vec<_>>()
            .join(", ")
    };
    for (i, s) in given.iter().enumerate() {
        if !t.criteria.iter().any(|c| c.key == s.key) {
            return Err(DomainError::UnknownCriterion {
                key: s.key.clone(),
                known: known(),
            });
        }
        if given[..i].iter().any(|o| o.key == s.key) {
            return Err(DomainError::CriterionTwice { key: s.key.clone() });
        }
        if !(1..=5).contains(&s.score) {
            return Err(DomainError::BadCriterionScore {
                key: s.key.clone(),
                text: s.score.to_string(),
            });
        }
    }
    let missing: Vec<String> = t
        .criteria
        .iter()
        .filter(|c| !given.iter().any(|s| s.key == c.key))
        .map(|c| c.key.clone())
        .collect();
    if !missing.is_empty() {
        return Err(DomainError::CriteriaMissing {
            keys: missing.join(", "),
        });
    }
    t.criteria
        .iter()
        .filter_map(|c| given.iter().find(|s| s.key == c.key))
        .map(|s| {
            Ok(Score {
                key: s.key.clone(),
                score: s.score,
                comment: text::block("field.score_comment", &s.comment, MAX_SCORE_COMMENT, true)?,
            })
        })
        .collect()
}
