//! Evaluation and training (DESIGN §1 ③): a catalog of courses, which
//! positions need which course and how often it is renewed, sessions with
//! their attendees and results; evaluation cycles with a weighted template,
//! each employee's evaluation scored by their department, signed off along
//! `evaluation` and acknowledged by the employee.

mod apply;
mod evaluation;
mod model;
pub mod template;
mod training;

pub use apply::{apply, reindex};
pub use evaluation::{Sheet, eval_digest, holds_draft, in_scope, sees_scores, sheet};
pub use model::*;
pub use training::{EXPIRY_NOTICE_DAYS, expiry, hours_text, parse_hours, standing, statuses};

use super::commands::{Ctx, not_found};
use super::error::DomainError;
use super::events::Event;
use super::ids::*;
use super::model::{Employee, Role, User};
use super::signoff::{Decision, Seen};
use super::state::Company;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

pub const EVALUATION_CHAIN: &str = "evaluation";

/// The commands of evaluation and training, one per thing a person does.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Review {
    /// HR adds a course to the catalog.
    AddCourse {
        title: String,
        tenths: u32,
        kind: CourseKind,
        required_for: Vec<PositionId>,
        renew_months: Option<u32>,
    },
    /// A course's whole new set of fields.
    EditCourse {
        course: CourseId,
        title: String,
        tenths: u32,
        kind: CourseKind,
        required_for: Vec<PositionId>,
        renew_months: Option<u32>,
    },
    /// No more sessions; its passes still count.
    CloseCourse {
        course: CourseId,
    },
    PlanSession {
        course: CourseId,
        on: NaiveDate,
        trainer: String,
        attendees: Vec<EmployeeId>,
    },
    Enroll {
        session: SessionId,
        employees: Vec<EmployeeId>,
    },
    /// One attendee's result; the comment is its note.
    RecordResult {
        session: SessionId,
        employee: EmployeeId,
        passed: bool,
        score: Option<u8>,
        certificate: String,
    },
    /// HR opens a cycle with a whole template (weights already chosen).
    OpenCycle {
        name: String,
        from: NaiveDate,
        to: NaiveDate,
        template: EvalTemplate,
        self_assessment: bool,
        depts: Vec<DeptId>,
    },
    CloseCycle {
        cycle: CycleId,
    },
    /// The department head (or HR) scores an employee, every criterion;
    /// scoring again before it is submitted replaces the scores.
    Score {
        cycle: CycleId,
        employee: EmployeeId,
        scores: Vec<Score>,
    },
    /// The employee's own scores, when the cycle asks for them.
    SelfAssess {
        cycle: CycleId,
        scores: Vec<Score>,
    },
    Submit {
        id: EvalId,
    },
    Sign {
        id: EvalId,
        decision: Decision,
        seen: Seen,
    },
    /// The employee has read their signed-off evaluation; the comment is
    /// their remark, kept beside the scores it cannot change.
    Acknowledge {
        id: EvalId,
    },
}

/// The roles that may attempt a command at all; whose employee and whose
/// evaluation is for `decide` to say.
pub fn roles_for(cmd: &Review) -> &'static [Role] {
    const HR: &[Role] = &[Role::HrStaff, Role::HrHead];
    const TRAINERS: &[Role] = &[Role::HrStaff, Role::HrHead, Role::DeptHead];
    match cmd {
        Review::AddCourse { .. } | Review::EditCourse { .. } | Review::CloseCourse { .. } => HR,
        Review::PlanSession { .. } | Review::Enroll { .. } | Review::RecordResult { .. } => {
            TRAINERS
        }
        Review::OpenCycle { .. } => HR,
        Review::CloseCycle { .. } => &[Role::HrHead],
        Review::Score { .. } | Review::Submit { .. } => TRAINERS,
        Review::SelfAssess { .. } | Review::Sign { .. } | Review::Acknowledge { .. } => &[],
    }
}

pub fn action_key(cmd: &Review) -> &'static str {
    match cmd {
        Review::AddCourse { .. } => "action.add_course",
        Review::EditCourse { .. } => "action.edit_course",
        Review::CloseCourse { .. } => "action.close_course",
        Review::PlanSession { .. } | Review::Enroll { .. } => "action.plan_session",
        Review::RecordResult { .. } => "action.record_result",
        Review::OpenCycle { .. } => "action.open_cycle",
        Review::CloseCycle { .. } => "action.close_cycle",
        Review::Score { .. } => "action.score_evaluation",
        Review::SelfAssess { .. } => "action.self_assess",
        Review::Submit { .. } => "action.submit_evaluation",
        Review::Sign { .. } => "action.sign_evaluation",
        Review::Acknowledge { .. } => "action.acknowledge_evaluation",
    }
}

pub fn decide(
    company: &Company,
    actor: &User,
    cmd: &Review,
    comment: &str,
    ctx: &Ctx,
) -> Result<Vec<Event>, DomainError> {
    match cmd {
        Review::AddCourse { .. }
        | Review::EditCourse { .. }
        | Review::CloseCourse { .. }
        | Review::PlanSession { .. }
        | Review::Enroll { .. }
        | Review::RecordResult { .. } => training::decide(company, actor, cmd, comment, ctx),
        _ => evaluation::decide(company, actor, cmd, comment, ctx),
    }
}

/// HR in the wide sense: staff and head.
pub fn is_hr(user: &User) -> bool {
    user.has(Role::HrStaff) || user.has(Role::HrHead)
}

/// Whether `actor` heads (as department head) the employee's department.
pub fn heads(company: &Company, actor: &User, e: &Employee) -> bool {
    let Some(dept) = company.position_dept(e.position) else {
        return false;
    };
    actor.roles.iter().any(|g| {
        g.role == Role::DeptHead && g.depts.iter().any(|root| company.is_within(dept, *root))
    })
}

/// Who sees an employee's training and evaluations at all: the person, HR,
/// the general manager, and the scoped heads over their department.
pub fn sees_person(company: &Company, actor: &User, e: &Employee) -> bool {
    if actor.employee == Some(e.id) || is_hr(actor) || actor.has(Role::GeneralManager) {
        return true;
    }
    let Some(dept) = company.position_dept(e.position) else {
        return false;
    };
    actor
        .roles
        .iter()
        .any(|g| g.role.is_scoped() && g.depts.iter().any(|root| company.is_within(dept, *root)))
}

/// HR, or the department head of the employee: who records training and
/// scores evaluations. The refusal names the employee's department.
pub fn department_or_hr(company: &Company, actor: &User, e: &Employee) -> Result<(), DomainError> {
    if is_hr(actor) || heads(company, actor, e) {
        return Ok(());
    }
    Err(DomainError::NotYourDepartment {
        dept: company
            .position_dept(e.position)
            .map(|d| company.dept_name(d))
            .unwrap_or_default(),
    })
}

pub fn course(company: &Company, id: CourseId) -> Result<&Course, DomainError> {
    company
        .courses
        .get(&id)
        .ok_or_else(|| not_found("kind.course", id))
}

pub fn session(company: &Company, id: SessionId) -> Result<&Session, DomainError> {
    company
        .sessions
        .get(&id)
        .ok_or_else(|| not_found("kind.session", id))
}

pub fn cycle(company: &Company, id: CycleId) -> Result<&Cycle, DomainError> {
    company
        .cycles
        .get(&id)
        .ok_or_else(|| not_found("kind.cycle", id))
}

/// An evaluation as the asker may know of it: to anyone who may not see the
/// person, it is not there at all.
pub fn evaluation<'a>(
    company: &'a Company,
    actor: &User,
    id: EvalId,
) -> Result<&'a Evaluation, DomainError> {
    company
        .evaluations
        .get(&id)
        .filter(|ev| {
            company
                .employees
                .get(&ev.employee)
                .is_some_and(|e| sees_person(company, actor, e))
        })
        .ok_or_else(|| not_found("kind.evaluation", id))
}

/// The cycle running today: the newest open one whose period has begun,
/// one over the whole company before one over some departments.
pub fn current_cycle(company: &Company, today: NaiveDate) -> Option<&Cycle> {
    let running = || {
        company
            .cycles
            .values()
            .rev()
            .filter(|c| c.closed.is_none() && c.from <= today)
    };
    running()
        .find(|c| c.depts.is_empty())
        .or_else(|| running().next())
}

/// The running cycle that concerns `dept`: the newest whose departments
/// hold it, the company-wide one otherwise.
pub fn cycle_for(company: &Company, dept: DeptId, today: NaiveDate) -> Option<&Cycle> {
    company
        .cycles
        .values()
        .rev()
        .filter(|c| c.closed.is_none() && c.from <= today)
        .find(|c| c.depts.iter().any(|r| company.is_within(dept, *r)))
        .or_else(|| current_cycle(company, today).filter(|c| c.depts.is_empty()))
}
