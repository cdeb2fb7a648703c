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
///
/// A department without a head of its own in renshi still has its talk and
/// its handover: the division head over it does them, and failing one, HR.
/// Otherwise only the HR head's ruling them out would end the case, and
/// that bars the HR head from closing it.
pub fn owns(company: &Company, user: &User, case: &SeparationCase, owner: Role) -> bool {
    let Some(e) = active(company, user, case) else {
        return false;
    };
    let role = match owner {
        // Most people are neither the head nor a stand-in: they are told so
        // without a walk over every user to find who stands in.
        Role::DeptHead if heads(company, user, e) => return true,
        Role::DeptHead if !(is_hr(user) || user.has(Role::DivisionHead)) => return false,
        Role::DeptHead => department_owner(company, case, e),
        other => other,
    };
    acts_as(company, user, e, role)
}

/// The case's employee, when `user` may act on it at all (enabled, and not
/// the one leaving).
fn active<'a>(company: &'a Company, user: &User, case: &SeparationCase) -> Option<&'a Employee> {
    if user.disabled || user.employee == Some(case.employee) {
        return None;
    }
    company.employees.get(&case.employee)
}

/// Whether `user` holds `role` for employee `e`, the department's steps
/// already resolved to who does them.
fn acts_as(company: &Company, user: &User, e: &Employee, role: Role) -> bool {
    match role {
        Role::HrStaff => is_hr(user),
        Role::DeptHead => heads(company, user, e),
        Role::DivisionHead => user.has(Role::DivisionHead) && over(company, user, e),
        other => user.has(other),
    }
}

/// Who does a department's steps for `e`: their department head when one
/// can act, else the division head over them, else HR.
fn department_owner(company: &Company, case: &SeparationCase, e: &Employee) -> Role {
    let active = |u: &&User| !u.disabled && u.employee != Some(case.employee);
    let users = || company.users.values().filter(active);
    if users().any(|u| heads(company, u, e)) {
        Role::DeptHead
    } else if users().any(|u| u.has(Role::DivisionHead) && over(company, u, e)) {
        Role::DivisionHead
    } else {
        Role::HrStaff
    }
}

/// Whether a done handover still holds: the colleague still works here, in
/// the leaver's department, and is not leaving too. Otherwise the work goes
/// to someone else, and the step may be ticked again.
pub fn handover_holds(company: &Company, case: &SeparationCase, step: &CaseStep) -> bool {
    step.handover_to
        .is_none_or(|to| takes_over(company, case, to))
}

/// Whether `to` may take the leaver's work over: a colleague in the
/// leaver's department (or a part of it) who stays.
pub fn takes_over(company: &Company, case: &SeparationCase, to: EmployeeId) -> bool {
    let dept_of = |id: EmployeeId| {
        company
            .employees
            .get(&id)
            .filter(|e| e.status.holds_seat())
            .and_then(|e| company.position_dept(e.position))
    };
    let inside = match (dept_of(to), dept_of(case.employee)) {
        (Some(theirs), Some(ours)) => company.is_within(theirs, ours),
        _ => false,
    };
    inside && !company.index.open_cases.contains_key(&to)
}

/// The logins a step's owner resolves to, for the checklist to name them
/// (who stands in for a department is worked out once, not per user).
pub fn responsible(company: &Company, case: &SeparationCase, owner: Role) -> Vec<String> {
    let Some(e) = company.employees.get(&case.employee) else {
        return Vec::new();
    };
    let role = match owner {
        Role::DeptHead => department_owner(company, case, e),
        other => other,
    };
    company
        .users
        .values()
        .filter(|u| active(company, u, case).is_some() && acts_as(company, u, e, role))
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
    let redo = step.template.kind == StepKind::Handover && !handover_holds(company, case, step);
    if !step.is_open() && !redo {
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
