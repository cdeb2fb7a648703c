//! The rules of a separation case: who may open one for whom, who ticks
//! which step and when its gates let them, the close and the withdrawal
//! (the equipment and the settlement have their own modules). Nobody acts on their own case
//! but to resign, acknowledge and withdraw their own resignation.

use super::who::{heads, is_hr};
use super::*;
use crate::domain::commands::MAX_TEXT;
use crate::domain::model::Employee;
use crate::domain::people::employee;
use crate::domain::text;

pub(super) fn open_case<'a>(
    company: &'a Company,
    actor: &User,
    id: SepId,
) -> Result<&'a SeparationCase, DomainError> {
    let case = super::case(company, actor, id)?;
    if case.state != SepState::Open {
        return Err(DomainError::CaseNotOpen {
            case: id.to_string(),
            state: format!("sep_state.{}", case.state.key()),
        });
    }
    Ok(case)
}

fn step<'a>(case: &'a SeparationCase, key: &str) -> Result<&'a CaseStep, DomainError> {
    let key = key.trim();
    // People count steps from 1 as the checklist shows them.
    let by_number = key
        .parse::<usize>()
        .ok()
        .and_then(|n| n.checked_sub(1))
        .and_then(|i| case.steps.get(i));
    by_number
        .or_else(|| case.step(key))
        .ok_or_else(|| DomainError::NoSuchStep {
            case: case.id.to_string(),
            step: key.to_string(),
            steps: case
                .steps
                .iter()
                .map(|s| s.template.key.as_str())
                .collect::<Vec<_>>()
                .join(", "),
        })
}

fn outstanding(company: &Company, e: EmployeeId) -> Vec<String> {
    items(company, e)
        .iter()
        .filter(|i| i.outstanding())
        .map(|i| i.tag.clone())
        .collect()
}

pub(super) fn not_ahead(on: NaiveDate, ctx: &Ctx) -> Result<(), DomainError> {
    if on > ctx.today {
        return Err(DomainError::InFuture {
            on: on.to_string(),
            today: ctx.today.to_string(),
        });
    }
    Ok(())
}

pub(super) fn reason_needed(comment: &str, action: &str) -> Result<(), DomainError> {
    if comment.trim().is_empty() {
        return Err(DomainError::ReasonRequired {
            action: action.into(),
        });
    }
    Ok(())
}

/// The kinds `actor` may open for `e`, most likely first.
fn kinds_for(company: &Company, actor: &User, e: &Employee) -> Vec<SepKind> {
    if actor.employee == Some(e.id) {
        // Nobody opens any other kind of case about themselves.
        return vec![SepKind::Resignation];
    }
    if is_hr(actor) {
        return SepKind::ALL.to_vec();
    }
    if heads(company, actor, e) {
        return vec![SepKind::AdvisedResignation];
    }
    Vec::new()
}

/// Opens the case, as `Start` does and as a failed probation does.
pub fn start_event(
    company: &Company,
    employee: EmployeeId,
    kind: SepKind,
    (notice, last_day): (NaiveDate, NaiveDate),
    reason: String,
    by: &str,
    ctx: &Ctx,
) -> Event {
    let id = SepId(company.separations.len() as u32 + 1);
    Event::SeparationStarted {
        id,
        employee,
        kind,
        reason,
        notice,
        last_day,
        steps: ctx.checklist.steps.clone(),
        by: by.to_string(),
        at: ctx.now,
    }
}

/// Whether `actor` may close `case` on `today` (the role aside, which `can`
/// checks): every step done, nothing still out, the last day come, and a
/// second person's hand.
pub fn may_close(
    company: &Company,
    actor: &User,
    case: &SeparationCase,
    today: NaiveDate,
) -> Result<(), DomainError> {
    let id = case.id;
    if case.state != SepState::Open {
        return Err(DomainError::CaseNotOpen {
            case: id.to_string(),
            state: format!("sep_state.{}", case.state.key()),
        });
    }
    if actor.employee == Some(case.employee) {
        return Err(DomainError::OwnSeparation {
            case: id.to_string(),
        });
    }
    let open: Vec<&str> = case
        .steps
        .iter()
        .filter(|s| s.is_open())
        .map(|s| s.template.key.as_str())
        .collect();
    if !open.is_empty() {
        return Err(DomainError::StepsOpen {
            case: id.to_string(),
            steps: open.join(", "),
        });
    }
    let out = outstanding(company, case.employee);
    if !out.is_empty() {
        return Err(DomainError::EquipmentOutstanding {
            case: id.to_string(),
            tags: out.join(", "),
        });
    }
    if let Some(s) = case
        .steps
        .iter()
        .find(|s| !super::who::handover_holds(company, case, s))
    {
        return Err(DomainError::HandoverGone {
            case: id.to_string(),
            to: s.handover_to.map(|t| t.to_string()).unwrap_or_default(),
        });
    }
    if today < case.last_day {
        return Err(DomainError::BeforeLastDay {
            case: id.to_string(),
            last_day: case.last_day.to_string(),
        });
    }
    let e = employee(company, case.employee)?;
    if !e.status.holds_seat() {
        return Err(DomainError::EmployeeSeparated {
            id: e.id.to_string(),
        });
    }
    four_eyes_at_close(company, actor, case)
}

/// Whether a failed probation was failed by every assessor of its last
/// round: then two people decided the case, whoever opened it. An HR head
/// who failed what the department passed decided alone.
fn assessors_agreed(company: &Company, case: &SeparationCase) -> bool {
    if case.kind != SepKind::ProbationNotPassed {
        return false;
    }
    let Some(review) = company
        .employees
        .get(&case.employee)
        .and_then(|e| e.hiring.as_ref())
        .and_then(|h| h.probation.as_ref())
        .map(|p| &p.review)
    else {
        return false;
    };
    let last_round: Vec<_> = review
        .signatures
        .iter()
        .filter(|s| s.round == review.round)
        .collect();
    last_round.len() >= 2
        && last_round
            .iter()
            .all(|s| s.decision == crate::domain::signoff::Decision::Reject)
}

/// A separation is two people's decision: the HR head does not close a
/// case they opened themselves (a failed probation was decided by two
/// assessors already), nor one in which they ruled out another owner's step.
fn four_eyes_at_close(
    company: &Company,
    actor: &User,
    case: &SeparationCase,
) -> Result<(), DomainError> {
    if case.started_by == actor.login && !assessors_agreed(company, case) {
        return Err(DomainError::CloseOwnCase {
            case: case.id.to_string(),
        });
    }
    let overruled = case.steps.iter().find(|s| {
        s.state == StepState::NotApplicable
            && s.by.as_deref() == Some(actor.login.as_str())
            && !super::who::owns(company, actor, case, s.template.owner)
    });
    if let Some(s) = overruled {
        return Err(DomainError::CloseOverruled {
            case: case.id.to_string(),
            step: s.template.key.clone(),
        });
    }
    Ok(())
}

pub fn decide(
    company: &Company,
    actor: &User,
    cmd: &Offboard,
    comment: &str,
    ctx: &Ctx,
) -> Result<Vec<Event>, DomainError> {
    let by = actor.login.clone();
    match cmd {
        Offboard::Start {
            employee: id,
            kind,
            notice,
            last_day,
            reason,
        } => {
            let e = employee(company, *id)?;
            if !e.status.holds_seat() {
                return Err(DomainError::EmployeeSeparated { id: id.to_string() });
            }
            let allowed = kinds_for(company, actor, e);
            if allowed.is_empty() {
                // To anyone else, whether a colleague is leaving is none of theirs.
                if actor.has(Role::DeptHead) {
                    return Err(DomainError::NotYourDepartment {
                        dept: company
                            .position_dept(e.position)
                            .map(|d| company.dept_name(d))
                            .unwrap_or_default(),
                    });
                }
                return Err(DomainError::Denied {
                    action: "action.start_separation".into(),
                    need: "employee,dept_head,hr_staff,hr_head".into(),
                });
            }
            if !allowed.contains(kind) {
                return Err(DomainError::KindNotYours {
                    kind: format!("sep_kind.{}", kind.key()),
                    allowed: allowed
                        .iter()
                        .map(|k| k.key())
                        .collect::<Vec<_>>()
                        .join(", "),
                });
            }
            if let Some(open) = company.index.open_cases.get(id) {
                return Err(DomainError::CaseOpen {
                    id: id.to_string(),
                    case: open.to_string(),
                });
            }
            if *kind == SepKind::ProbationNotPassed {
                // The assessment decides it, by two people, and opens the case.
                return Err(DomainError::ProbationByAssessment { id: id.to_string() });
            }
            not_ahead(*notice, ctx)?;
            if last_day < notice {
                return Err(DomainError::LastDayBeforeNotice {
                    last_day: last_day.to_string(),
                    notice: notice.to_string(),
                });
            }
            let a_year_on = notice.checked_add_months(chrono::Months::new(12));
            if a_year_on.is_none_or(|limit| *last_day > limit) {
                return Err(DomainError::LastDayTooFar {
                    last_day: last_day.to_string(),
                    notice: notice.to_string(),
                });
            }
            if *notice < e.hired {
                return Err(DomainError::BeforeHire {
                    id: id.to_string(),
                    on: notice.to_string(),
                    hired: e.hired.to_string(),
                });
            }
            let reason = text::block("field.reason", reason, MAX_TEXT, false)?;
            Ok(vec![start_event(
                company,
                *id,
                *kind,
                (*notice, *last_day),
                reason,
                &by,
                ctx,
            )])
        }
        Offboard::Tick {
            case: id,
            step: key,
            handover_to,
        } => {
            let case = super::case(company, actor, *id)?;
            let step = step(case, key)?;
            may_tick(company, actor, case, step)?;
            let mut to = None;
            match step.template.kind {
                StepKind::Handover => {
                    let Some(t) = handover_to else {
                        return Err(DomainError::HandoverToNeeded {
                            case: id.to_string(),
                        });
                    };
                    let colleague = employee(company, *t)?;
                    if !super::who::takes_over(company, case, colleague.id) {
                        return Err(DomainError::BadHandover {
                            to: t.to_string(),
                            name: colleague.name.clone(),
                        });
                    }
                    to = Some(*t);
                }
                StepKind::Equipment => {
                    let out = outstanding(company, case.employee);
                    if !out.is_empty() {
                        return Err(DomainError::EquipmentOutstanding {
                            case: id.to_string(),
                            tags: out.join(", "),
                        });
                    }
                }
                StepKind::Settlement => {
                    if case.settlement.is_none() {
                        return Err(DomainError::SettlementFirst {
                            case: id.to_string(),
                        });
                    }
                }
                StepKind::Task | StepKind::Agreement => {}
            }
            Ok(vec![Event::SeparationStepDone {
                id: *id,
                step: step.template.key.clone(),
                not_applicable: false,
                note: comment.to_string(),
                handover_to: to,
                by,
                at: ctx.now,
            }])
        }
        Offboard::Skip {
            case: id,
            step: key,
        } => {
            let case = super::case(company, actor, *id)?;
            let step = step(case, key)?;
            // The HR head may also rule a step out; gates do not matter to
            // a step that will not be done.
            match may_tick(company, actor, case, step) {
                Ok(()) | Err(DomainError::StepGated { .. }) => {}
                Err(DomainError::NotYourStep { .. })
                    if actor.has(Role::HrHead) && actor.employee != Some(case.employee) => {}
                Err(e) => return Err(e),
            }
            reason_needed(comment, "action.skip_step")?;
            if step.template.kind == StepKind::Equipment {
                let out = outstanding(company, case.employee);
                if !out.is_empty() {
                    return Err(DomainError::EquipmentOutstanding {
                        case: id.to_string(),
                        tags: out.join(", "),
                    });
                }
            }
            Ok(vec![Event::SeparationStepDone {
                id: *id,
                step: step.template.key.clone(),
                not_applicable: true,
                note: comment.to_string(),
                handover_to: None,
                by,
                at: ctx.now,
            }])
        }
        Offboard::Acknowledge {
            case: id,
            step: key,
        } => {
            let case = open_case(company, actor, *id)?;
            if actor.employee != Some(case.employee) {
                return Err(DomainError::NotLeaving {
                    case: id.to_string(),
                });
            }
            let step = step(case, key)?;
            let k = step.template.key.clone();
            if !step.template.acknowledged {
                return Err(DomainError::NoAcknowledgement {
                    case: id.to_string(),
                    step: k,
                });
            }
            if step.state != StepState::Done {
                return Err(DomainError::StepNotDone {
                    case: id.to_string(),
                    step: k,
                });
            }
            if step.acknowledged.is_some() {
                return Err(DomainError::Acknowledged {
                    case: id.to_string(),
                    step: k,
                });
            }
            Ok(vec![Event::SeparationStepAcknowledged {
                id: *id,
                step: k,
                by,
                at: ctx.now,
            }])
        }
        Offboard::IssueItem {
            employee: id,
            tag,
            what,
            on,
        } => super::equipment::issue(company, actor, *id, (tag, what), *on, ctx),
        Offboard::SettleItem {
            case: id,
            tag,
            fate,
        } => super::equipment::settle_item(company, actor, *id, (tag, fate), comment, ctx),
        Offboard::Settle {
            case: id,
            currency,
            last_pay,
            leave_paid,
            compensation,
            deductions,
            paid_on,
        } => super::settle::settle(
            company,
            actor,
            *id,
            currency,
            [*last_pay, *leave_paid, *compensation, *deductions],
            *paid_on,
            ctx,
        ),
        Offboard::Close { case: id } => {
            let case = open_case(company, actor, *id)?;
            may_close(company, actor, case, ctx.today)?;
            let mut events = vec![Event::SeparationClosed {
                id: *id,
                employee: case.employee,
                on: case.last_day,
                by,
                at: ctx.now,
            }];
            // Whoever leaves leaves renshi too: their login would otherwise
            // keep every right their roles gave them. The admin may enable
            // it again (a retiree who consults, say).
            events.extend(
                company
                    .users
                    .values()
                    .filter(|u| u.employee == Some(case.employee) && !u.disabled)
                    .map(|u| Event::UserDisabled {
                        login: u.login.clone(),
                    }),
            );
            Ok(events)
        }
        Offboard::Withdraw { case: id } => {
            let case = open_case(company, actor, *id)?;
            let own_resignation =
                actor.employee == Some(case.employee) && case.kind == SepKind::Resignation;
            let initiator = case.started_by == actor.login && actor.employee != Some(case.employee);
            if !(own_resignation
                || initiator
                || (is_hr(actor) && actor.employee != Some(case.employee)))
            {
                return Err(DomainError::Denied {
                    action: "action.withdraw_separation".into(),
                    need: "hr_staff,hr_head".into(),
                });
            }
            let failed = company
                .employees
                .get(&case.employee)
                .and_then(|e| e.hiring.as_ref())
                .and_then(|h| h.probation.as_ref())
                .is_some_and(|p| p.outcome == crate::domain::recruit::ProbationOutcome::Failed);
            if case.kind == SepKind::ProbationNotPassed || failed {
                return Err(DomainError::NotWithdrawable {
                    case: id.to_string(),
                });
            }
            if case.agreed() {
                return Err(DomainError::AgreementSigned {
                    case: id.to_string(),
                });
            }
            reason_needed(comment, "action.withdraw_separation")?;
            Ok(vec![Event::SeparationWithdrawn {
                id: *id,
                employee: case.employee,
                reason: comment.to_string(),
                by,
                at: ctx.now,
            }])
        }
    }
}
