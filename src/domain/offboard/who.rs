//! Who sees a separation case, and what of it, and whom a step's owner role
//! names for this case: the leaving employee never ticks their own steps.

use super::*;
use crate::domain::model::Employee;

/// HR in the wide sense: staff and head.
pub(super) fn is_hr(user: &User) -> bool {
    user.has(Role::HrStaff) || user.has(Role::HrHead)
}

/// Whether `actor` heads (as department head) the employee's department.
pub(super) fn heads(company: &Company, actor: &User, e: &Employee) -> bool {
    let Some(dept) = company.position_dept(e.position) else {
        return false;
    };
    actor.roles.iter().any(|g| {
        g.role == Role::DeptHead && g.depts.iter().any(|root| company.is_within(dept, *root))
    })
}

/// Scoped heads (department or division) over the employee's department.
pub(super) fn over(company: &Company, actor: &User, e: &Employee) -> bool {
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
