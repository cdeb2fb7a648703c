//! The rules of a separation case: who may open one for whom, who ticks
//! which step and when its gates let them, the equipment item by item, the
//! settlement, the close and the withdrawal. Nobody acts on their own case
//! but to resign, acknowledge and withdraw their own resignation.

use super::*;
use crate::domain::commands::{MAX_TEXT, MAX_TITLE};
use crate::domain::model::{Employee, EmployeeStatus};
use crate::domain::people::employee;
use crate::domain::text;

const MAX_TAG: usize = 40;

/// HR in the wide sense: staff and head.
fn is_hr(user: &User) -> bool {
    user.has(Role::HrStaff) || user.has(Role::HrHead)
}

/// Whether `actor` heads (as department head) the employee's department.
fn heads(company: &Company, actor: &User, e: &Employee) -> bool {
    let Some(dept) = company.position_dept(e.position) else {
        return false;
    };
    actor.roles.iter().any(|g| {
        g.role == Role::DeptHead && g.depts.iter().any(|root| company.is_within(dept, *root))
    })
}

/// Scoped heads (department or division) over the employee's department.
fn over(company: &Company, actor: &User, e: &Employee) -> bool {
    let Some(dept) = company.position_dept(e.position) else {
        return false;
    };
    actor
        .roles
        .iter()
        .any(|g| g.role.is_scoped() && g.depts.iter().any(|root| company.is_within(dept, *root)))
}

/// Who may see a case: HR, the general manager, the administration
/// department and finance (who act on every case), the heads over the
/// employee's department, and the employee.
pub fn sees_case(company: &Company, actor: &User, case: &SeparationCase) -> bool {
    if actor.employee == Some(case.employee) {
        return true;
    }
    let wide = [
        Role::HrStaff,
        Role::HrHead,
        Role::GeneralManager,
        Role::AdminDept,
        Role::Finance,
    ];
    if wide.iter().any(|r| actor.has(*r)) {
        return true;
    }
    company
        .employees
        .get(&case.employee)
        .is_some_and(|e| over(company, actor, e))
}

/// Why someone leaves is for HR, the general manager, the department and the
/// person: the administration department and finance need the steps only.
pub fn sees_reason(company: &Company, actor: &User, case: &SeparationCase) -> bool {
    actor.employee == Some(case.employee)
        || is_hr(actor)
        || actor.has(Role::GeneralManager)
        || company
            .employees
            .get(&case.employee)
            .is_some_and(|e| over(company, actor, e))
}

/// The settlement's figures are for HR, finance, the general manager and the person.
pub fn sees_money(actor: &User, case: &SeparationCase) -> bool {
    actor.employee == Some(case.employee)
        || is_hr(actor)
        || actor.has(Role::Finance)
        || actor.has(Role::GeneralManager)
}

/// Whether `user` is one of the people a step's owner role resolves to for
/// this case: HR, the HR head, the head of *this* employee's department, the
/// administration department, finance. The leaving employee never is.
pub fn owns(company: &Company, user: &User, case: &SeparationCase, owner: Role) -> bool {
    if user.disabled || user.employee == Some(case.employee) {
        return false;
    }
    match owner {
        Role::HrStaff => is_hr(user),
        Role::DeptHead => company
            .employees
            .get(&case.employee)
            .is_some_and(|e| heads(company, user, e)),
        other => user.has(other),
    }
}

/// The logins a step's owner resolves to, for the checklist to name them.
pub fn responsible(company: &Company, case: &SeparationCase, owner: Role) -> Vec<String> {
    company
        .users
        .values()
        .filter(|u| owns(company, u, case, owner))
        .map(|u| u.login.clone())
        .collect()
}

/// Why `actor` may not tick `step` now; `Ok` when they may.
pub fn may_tick(
    company: &Company,
    actor: &User,
    case: &SeparationCase,
    step: &CaseStep,
) -> Result<(), DomainError> {
    let id = case.id.to_string();
    let key = step.template.key.clone();
    if case.state != SepState::Open {
        return Err(DomainError::CaseNotOpen {
            case: id,
            state: format!("sep_state.{}", case.state.key()),
        });
    }
    if actor.employee == Some(case.employee) {
        return Err(DomainError::OwnSeparation { case: id });
    }
    if !step.is_open() {
        return Err(DomainError::StepDone {
            case: id,
            step: key,
            by: step.by.clone().unwrap_or_default(),
        });
    }
    if !owns(company, actor, case, step.template.owner) {
        return Err(DomainError::NotYourStep {
            case: id,
            step: key,
            owner: format!("role.{}", step.template.owner.key()),
        });
    }
    let waiting = case.waiting_for(step);
    if !waiting.is_empty() {
        return Err(DomainError::StepGated {
            case: id,
            step: key,
            waiting: waiting.join(", "),
        });
    }
    Ok(())
}

fn open_case<'a>(
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

fn not_ahead(on: NaiveDate, ctx: &Ctx) -> Result<(), DomainError> {
    if on > ctx.today {
        return Err(DomainError::InFuture {
            on: on.to_string(),
            today: ctx.today.to_string(),
        });
    }
    Ok(())
}

fn reason_needed(comment: &str, action: &str) -> Result<(), DomainError> {
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
            if *kind == SepKind::ProbationNotPassed && e.status != EmployeeStatus::Probation {
                return Err(DomainError::NotOnProbation { id: id.to_string() });
            }
            not_ahead(*notice, ctx)?;
            if last_day < notice {
                return Err(DomainError::LastDayBeforeNotice {
                    last_day: last_day.to_string(),
                    notice: notice.to_string(),
                });
            }
            if *last_day > *notice + chrono::TimeDelta::days(366) {
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
                    if colleague.id == case.employee || !colleague.status.holds_seat() {
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
        } => {
            let e = employee(company, *id)?;
            if !e.status.holds_seat() {
                return Err(DomainError::EmployeeSeparated { id: id.to_string() });
            }
            let tag =
                text::narrowed(&text::line("field.asset_tag", tag, MAX_TAG, false)?).into_owned();
            if let Some(holder) = company.index.asset_tags.get(&tag.to_uppercase()) {
                return Err(DomainError::DuplicateTag {
                    tag,
                    holder: holder.to_string(),
                });
            }
            if items(company, *id).len() >= super::MAX_ITEMS {
                return Err(DomainError::TooManyItems {
                    id: id.to_string(),
                    max: super::MAX_ITEMS,
                });
            }
            not_ahead(*on, ctx)?;
            Ok(vec![Event::EquipmentIssued {
                employee: *id,
                tag,
                what: text::line("field.item", what, MAX_TITLE, false)?,
                on: *on,
                by,
                at: ctx.now,
            }])
        }
        Offboard::SettleItem {
            case: id,
            tag,
            fate,
        } => {
            let case = open_case(company, actor, *id)?;
            if actor.employee == Some(case.employee) {
                return Err(DomainError::OwnSeparation {
                    case: id.to_string(),
                });
            }
            let wanted = text::narrowed(tag.trim()).to_uppercase();
            let item = items(company, case.employee)
                .iter()
                .find(|i| i.tag.to_uppercase() == wanted)
                .ok_or_else(|| DomainError::NoSuchItem {
                    tag: tag.trim().to_string(),
                    id: case.employee.to_string(),
                })?;
            if !item.outstanding() {
                return Err(DomainError::ItemSettled {
                    tag: item.tag.clone(),
                    fate: format!(
                        "item_fate.{}",
                        item.fate.as_ref().map_or("returned", |f| f.key())
                    ),
                });
            }
            if let ItemFate::Charged(m) = fate {
                let currency = super::currency(&m.currency)?;
                if m.minor <= 0 {
                    return Err(DomainError::BadAmount {
                        text: super::format_amount(m.minor, &currency),
                        currency,
                    });
                }
            }
            if *fate != ItemFate::Returned {
                reason_needed(comment, "action.equipment")?;
            }
            Ok(vec![Event::EquipmentSettled {
                employee: case.employee,
                tag: item.tag.clone(),
                fate: fate.clone(),
                case: *id,
                note: comment.to_string(),
                by,
                at: ctx.now,
            }])
        }
        Offboard::Settle {
            case: id,
            currency,
            last_pay,
            leave_paid,
            compensation,
            deductions,
            paid_on,
        } => {
            let case = open_case(company, actor, *id)?;
            let step = case
                .steps
                .iter()
                .find(|s| s.template.kind == StepKind::Settlement)
                .ok_or_else(|| DomainError::NoSuchStep {
                    case: id.to_string(),
                    step: "settlement".into(),
                    steps: case
                        .steps
                        .iter()
                        .map(|s| s.template.key.as_str())
                        .collect::<Vec<_>>()
                        .join(", "),
                })?;
            may_tick(company, actor, case, step)?;
            let currency = super::currency(currency)?;
            for amount in [last_pay, leave_paid, compensation, deductions] {
                if *amount < 0 {
                    return Err(DomainError::BadAmount {
                        text: super::format_amount(*amount, &currency),
                        currency,
                    });
                }
            }
            let total = last_pay + leave_paid + compensation - deductions;
            if total < 0 {
                return Err(DomainError::SettlementNegative {
                    total: super::format_amount(total, &currency),
                    currency,
                });
            }
            not_ahead(*paid_on, ctx)?;
            if *paid_on < case.notice {
                return Err(DomainError::PaidBeforeNotice {
                    paid_on: paid_on.to_string(),
                    notice: case.notice.to_string(),
                });
            }
            Ok(vec![Event::SettlementRecorded {
                id: *id,
                settlement: Settlement {
                    currency,
                    last_pay: *last_pay,
                    leave_paid: *leave_paid,
                    compensation: *compensation,
                    deductions: *deductions,
                    total,
                    paid_on: *paid_on,
                },
                by,
                at: ctx.now,
            }])
        }
        Offboard::Close { case: id } => {
            let case = open_case(company, actor, *id)?;
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
            if ctx.today < case.last_day {
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
            Ok(vec![Event::SeparationClosed {
                id: *id,
                employee: case.employee,
                on: case.last_day,
                by,
                at: ctx.now,
            }])
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
            if case.kind == SepKind::ProbationNotPassed {
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
