//! Views of training and evaluation: the catalog, sessions, where people
//! stand, cycles, evaluations and one person's record, each filtered to
//! what the asker may see, and the inbox items the flow puts in front of
//! people.

mod evaluation;
mod inbox;
mod training;

pub use evaluation::{cycle_row, cycles, eval_row, evaluation, evaluation_report, evaluations};
pub use inbox::inbox;
pub use training::{courses, session, sessions, training_counts, training_report};

use super::api::*;
use crate::domain::recruit::ProbationOutcome;
use crate::domain::review::{
    self, Course, CourseKind, Cycle, EvalState, Evaluation, Standing, sees_person,
};
use crate::domain::sign::{self, Signable};
use crate::domain::signoff::Seen;
use crate::domain::*;
use chrono::{NaiveDate, TimeDelta};

/// Whether the asker sees everyone's training and evaluations.
fn sees_all(me: &User) -> bool {
    review::is_hr(me) || me.has(Role::GeneralManager)
}

fn dept_name(company: &Company, e: &Employee) -> String {
    company
        .position_dept(e.position)
        .map(|d| company.dept_name(d))
        .unwrap_or_default()
}

fn position_title(company: &Company, e: &Employee) -> String {
    company
        .positions
        .get(&e.position)
        .map(|p| p.title.clone())
        .unwrap_or_default()
}

/// Employees the asker sees, in id order: everyone for HR and the general
/// manager, the holders of their departments' positions for scoped heads.
fn people_seen<'a>(
    company: &'a Company,
    me: &'a User,
) -> Box<dyn Iterator<Item = &'a Employee> + 'a> {
    if sees_all(me) {
        return Box::new(company.employees.values().filter(|e| e.status.holds_seat()));
    }
    let mut ids: Vec<EmployeeId> = company
        .index
        .dept_positions
        .iter()
        .filter(|(d, _)| sees_dept(company, me, **d))
        .flat_map(|(_, ps)| ps.iter())
        .filter_map(|p| company.index.holders.get(p))
        .flat_map(|h| h.iter().copied())
        .collect();
    ids.sort();
    Box::new(ids.into_iter().filter_map(|id| company.employees.get(&id)))
}

fn sees_dept(company: &Company, me: &User, dept: DeptId) -> bool {
    me.roles
        .iter()
        .any(|g| g.role.is_scoped() && g.depts.iter().any(|r| company.is_within(dept, *r)))
}

pub fn record(
    company: &Company,
    me: &User,
    id: EmployeeId,
    today: NaiveDate,
) -> Result<ReviewRecord, DomainError> {
    let e = people::employee(company, id)?;
    let required = review::statuses(company, e, today)
        .into_iter()
        .map(|st| RequiredRow {
            course: st.course,
            title: company
                .courses
                .get(&st.course)
                .map(|c| c.title.clone())
                .unwrap_or_default(),
            standing: st.standing,
            passed: st.passed,
            valid_until: st.valid_until,
        })
        .collect();
    let mut training: Vec<TrainingRecord> = company
        .index
        .attended
        .get(&id)
        .into_iter()
        .flat_map(|set| set.iter())
        .filter_map(|s| company.sessions.get(s))
        .map(|s| {
            let course = company.courses.get(&s.course);
            let r = s.result(id);
            TrainingRecord {
                session: Some(s.id),
                course: Some(s.course),
                title: course.map(|c| c.title.clone()).unwrap_or_default(),
                kind: course.map_or(CourseKind::Other, |c| c.kind),
                on: s.on,
                trainer: s.trainer.clone(),
                passed: r.map(|r| r.passed),
                score: r.and_then(|r| r.score),
                certificate: r.map(|r| r.certificate.clone()).unwrap_or_default(),
                note: r.map(|r| r.note.clone()).unwrap_or_default(),
                valid_until: r
                    .filter(|r| r.passed)
                    .and_then(|_| course.and_then(|c| review::expiry(c, s.on))),
            }
        })
        .collect();
    // Onboarding training recorded with the hire (recruitment step 7) is
    // the same kind of record: what, when, by whom, done.
    if let Some(h) = &e.hiring {
        training.extend(h.training.iter().map(|t| TrainingRecord {
            session: None,
            course: None,
            title: t.what.clone(),
            kind: CourseKind::Onboarding,
            on: t.on,
            trainer: t.trainer.clone(),
            passed: Some(true),
            score: None,
            certificate: String::new(),
            note: String::new(),
            valid_until: None,
        }));
    }
    training.sort_by_key(|t| std::cmp::Reverse(t.on));
    let mut evaluations: Vec<EvalRow> = company
        .index
        .emp_evals
        .get(&id)
        .into_iter()
        .flat_map(|set| set.iter().rev())
        .filter_map(|ev| company.evaluations.get(ev))
        .map(|ev| eval_row(company, me, ev))
        .collect();
    evaluations.extend(probation_row(company, e));
    Ok(ReviewRecord {
        employee: e.id,
        name: e.name.clone(),
        position_title: position_title(company, e),
        required,
        training,
        evaluations,
    })
}

/// The probation assessment, as the evaluation of kind "probation" it is.
fn probation_row(company: &Company, e: &Employee) -> Option<EvalRow> {
    let p = e.hiring.as_ref()?.probation.as_ref()?;
    let last = p.review.signatures.last();
    Some(EvalRow {
        id: None,
        kind: EvalKind::Probation,
        cycle: None,
        period: format!("{} – {}", p.start, p.end),
        employee: e.id,
        name: e.name.clone(),
        number: e.number.clone(),
        dept_name: dept_name(company, e),
        stage: match p.outcome {
            ProbationOutcome::Pending => EvalStage::ProbationPending,
            ProbationOutcome::Passed => EvalStage::ProbationPassed,
            _ => EvalStage::ProbationFailed,
        },
        result: None,
        grade: None,
        evaluator: last.map(|s| s.signer.clone()).unwrap_or_default(),
        since: last.map(|s| s.at),
    })
}
