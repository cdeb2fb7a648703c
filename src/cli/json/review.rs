//! The JSON of evaluation and training (docs/json.md): courses, sessions
//! and results, where people stand on required training, cycles,
//! evaluations, one person's record, and the dashboard. A course's length
//! is in tenths of an hour and a weighted result in hundredths (385 = 3.85):
//! integers, never floats. Titles of criteria in the `--lang` language.

mod dashboard;
mod evaluation;

pub use dashboard::*;
pub use evaluation::*;

use super::plans::step;
use super::{FiguresJson, SeenJson, SignatureJson, StepJson, figures, signature};
use crate::domain::review::{Criterion, GradeBand, Score, TrainingResult};
use crate::i18n::Catalog;
use crate::service::api::*;
use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

#[derive(Serialize)]
pub struct RefJson {
    pub id: String,
    pub name: String,
}

#[derive(Serialize)]
pub struct CountsJson {
    pub done: u32,
    pub expiring: u32,
    pub expired: u32,
    pub missing: u32,
}

pub fn counts(c: &StandingCounts) -> CountsJson {
    CountsJson {
        done: c.done,
        expiring: c.expiring,
        expired: c.expired,
        missing: c.missing,
    }
}

#[derive(Serialize)]
pub struct CourseJson {
    pub id: String,
    pub title: String,
    /// Tenths of an hour: 15 is 1.5 hours.
    pub tenths: u32,
    pub kind: &'static str,
    pub required_for: Vec<RefJson>,
    pub renew_months: Option<u32>,
    pub closed: bool,
    pub sessions: u32,
    /// `null` for those who do not see everyone.
    pub standing: Option<CountsJson>,
}

pub fn course(c: &CourseRow) -> CourseJson {
    CourseJson {
        id: c.id.to_string(),
        title: c.title.clone(),
        tenths: c.tenths,
        kind: c.kind.key(),
        required_for: c
            .required_for
            .iter()
            .map(|(id, title)| RefJson {
                id: id.to_string(),
                name: title.clone(),
            })
            .collect(),
        renew_months: c.renew_months,
        closed: c.closed,
        sessions: c.sessions,
        standing: c.standing.as_ref().map(counts),
    }
}

#[derive(Serialize)]
pub struct SessionRowJson {
    pub id: String,
    pub course: String,
    pub course_title: String,
    pub on: NaiveDate,
    pub trainer: String,
    pub attendees: u32,
    pub passed: u32,
    pub failed: u32,
}

pub fn session_row(r: &SessionRow) -> SessionRowJson {
    SessionRowJson {
        id: r.id.to_string(),
        course: r.course.to_string(),
        course_title: r.course_title.clone(),
        on: r.on,
        trainer: r.trainer.clone(),
        attendees: r.attendees,
        passed: r.passed,
        failed: r.failed,
    }
}

#[derive(Serialize)]
pub struct ResultJson {
    pub passed: bool,
    pub score: Option<u8>,
    pub certificate: String,
    pub note: String,
    pub by: String,
    pub at: DateTime<Utc>,
}

pub fn result(r: &TrainingResult) -> ResultJson {
    ResultJson {
        passed: r.passed,
        score: r.score,
        certificate: r.certificate.clone(),
        note: r.note.clone(),
        by: r.by.clone(),
        at: r.at,
    }
}

#[derive(Serialize)]
pub struct AttendeeJson {
    pub employee: String,
    pub name: String,
    pub number: String,
    pub dept_name: String,
    /// `null` until a result is recorded.
    pub result: Option<ResultJson>,
}

pub fn attendee(a: &AttendeeRow) -> AttendeeJson {
    AttendeeJson {
        employee: a.employee.to_string(),
        name: a.name.clone(),
        number: a.number.clone(),
        dept_name: a.dept_name.clone(),
        result: a.result.as_ref().map(result),
    }
}

#[derive(Serialize)]
pub struct SessionJson {
    pub row: SessionRowJson,
    pub attendees: Vec<AttendeeJson>,
    /// Attendees not shown to the asker.
    pub others: u32,
}

pub fn session(v: &SessionView) -> SessionJson {
    SessionJson {
        row: session_row(&v.row),
        attendees: v.attendees.iter().map(attendee).collect(),
        others: v.others,
    }
}

/// One line of `export training`: an attendee of a session and their result.
#[derive(Serialize)]
pub struct TrainingLineJson {
    pub session: String,
    pub course: String,
    pub course_title: String,
    pub on: NaiveDate,
    pub trainer: String,
    #[serde(flatten)]
    pub attendee: AttendeeJson,
}

pub fn training_line(s: &SessionRow, a: &AttendeeRow) -> TrainingLineJson {
    TrainingLineJson {
        session: s.id.to_string(),
        course: s.course.to_string(),
        course_title: s.course_title.clone(),
        on: s.on,
        trainer: s.trainer.clone(),
        attendee: attendee(a),
    }
}

#[derive(Serialize)]
pub struct GapJson {
    pub employee: String,
    pub name: String,
    pub number: String,
    pub dept_name: String,
    pub position_title: String,
    pub course: String,
    pub course_title: String,
    pub standing: &'static str,
    pub valid_until: Option<NaiveDate>,
}

pub fn gap(g: &GapRow) -> GapJson {
    GapJson {
        employee: g.employee.to_string(),
        name: g.name.clone(),
        number: g.number.clone(),
        dept_name: g.dept_name.clone(),
        position_title: g.position_title.clone(),
        course: g.course.to_string(),
        course_title: g.course_title.clone(),
        standing: g.standing.key(),
        valid_until: g.valid_until,
    }
}

/// `course show --json`.
#[derive(Serialize)]
pub struct CourseViewJson {
    pub course: CourseJson,
    pub sessions: Vec<SessionRowJson>,
    /// The people the asker sees who still need it; `null` for those who
    /// see no one's training but their own.
    pub gaps: Option<Vec<GapJson>>,
}

/// `report training --json`.
#[derive(Serialize)]
pub struct TrainingReportJson {
    pub counts: CountsJson,
    pub items: Vec<GapJson>,
}
