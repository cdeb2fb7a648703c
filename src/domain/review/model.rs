//! The records of training and evaluation: courses and their sessions with
//! each attendee's result, evaluation cycles with the template they copied,
//! and each employee's evaluation with its scores and sign-off.

use crate::domain::ids::*;
use crate::domain::signoff::SignoffCase;
use crate::domain::time::{day, day_opt, instant, instant_opt};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CourseKind {
    Onboarding,
    Professional,
    Safety,
    Compliance,
    Other,
}

impl CourseKind {
    pub const ALL: [CourseKind; 5] = [
        CourseKind::Onboarding,
        CourseKind::Professional,
        CourseKind::Safety,
        CourseKind::Compliance,
        CourseKind::Other,
    ];

    pub fn key(self) -> &'static str {
        match self {
            CourseKind::Onboarding => "onboarding",
            CourseKind::Professional => "professional",
            CourseKind::Safety => "safety",
            CourseKind::Compliance => "compliance",
            CourseKind::Other => "other",
        }
    }

    pub fn parse(text: &str) -> Option<CourseKind> {
        let t = text.trim();
        Self::ALL
            .into_iter()
            .find(|k| k.key().eq_ignore_ascii_case(t))
    }
}

/// A course of the catalog. `required_for` are the positions whose holders
/// must have passed it; `renew_months` how long a pass stays valid.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Course {
    pub id: CourseId,
    pub title: String,
    /// Length in tenths of an hour (15 = 1.5 h): no floats in records.
    pub tenths: u32,
    pub kind: CourseKind,
    pub required_for: Vec<PositionId>,
    pub renew_months: Option<u32>,
    pub closed: bool,
    pub by: String,
    #[serde(with = "instant")]
    pub at: DateTime<Utc>,
}

/// One attendee's result. A second result for the same person replaces the
/// first (the log keeps both).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrainingResult {
    pub passed: bool,
    /// 0–100 when the course is scored.
    pub score: Option<u8>,
    pub certificate: String,
    pub note: String,
    pub by: String,
    #[serde(with = "instant")]
    pub at: DateTime<Utc>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    pub id: SessionId,
    pub course: CourseId,
    #[serde(with = "day")]
    pub on: NaiveDate,
    pub trainer: String,
    pub attendees: Vec<EmployeeId>,
    pub results: Vec<(EmployeeId, TrainingResult)>,
    pub by: String,
    #[serde(with = "instant")]
    pub at: DateTime<Utc>,
}

impl Session {
    pub fn result(&self, e: EmployeeId) -> Option<&TrainingResult> {
        self.results.iter().find(|(id, _)| *id == e).map(|(_, r)| r)
    }
}

/// One criterion of an evaluation template, its weight in percent and its
/// title in each language of the interface.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Criterion {
    pub key: String,
    pub weight: u8,
    pub titles: Vec<(String, String)>,
}

impl Criterion {
    /// The title in `lang`, else English, else the key.
    pub fn title(&self, lang: &str) -> &str {
        let find = |l: &str| self.titles.iter().find(|(k, _)| k == l).map(|(_, t)| t);
        find(lang)
            .or_else(|| find("en"))
            .map_or(self.key.as_str(), String::as_str)
    }
}

/// A grade and the lowest weighted result (in hundredths: 450 = 4.50) that earns it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GradeBand {
    pub grade: String,
    pub min: u16,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EvalTemplate {
    pub name: String,
    pub criteria: Vec<Criterion>,
    /// Highest first; the last one's `min` is 0.
    pub grades: Vec<GradeBand>,
}

impl EvalTemplate {
    /// Σ weight × score over every criterion, the weights adding up to 100:
    /// the weighted result in hundredths (385 = 3.85).
    pub fn result(&self, scores: &[Score]) -> u16 {
        let sum: u32 = self
            .criteria
            .iter()
            .filter_map(|c| {
                scores
                    .iter()
                    .find(|s| s.key == c.key)
                    .map(|s| u32::from(c.weight) * u32::from(s.score))
            })
            .sum();
        u16::try_from(sum).unwrap_or(u16::MAX)
    }

    pub fn grade(&self, result: u16) -> String {
        self.grades
            .iter()
            .find(|g| result >= g.min)
            .map(|g| g.grade.clone())
            .unwrap_or_default()
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cycle {
    pub id: CycleId,
    pub name: String,
    #[serde(with = "day")]
    pub from: NaiveDate,
    #[serde(with = "day")]
    pub to: NaiveDate,
    pub template: EvalTemplate,
    /// Whether each employee is asked for a self-assessment first.
    pub self_assessment: bool,
    /// The departments it covers (with their sub-departments); empty: all.
    pub depts: Vec<DeptId>,
    pub by: String,
    #[serde(with = "instant")]
    pub at: DateTime<Utc>,
    #[serde(with = "instant_opt")]
    pub closed: Option<DateTime<Utc>>,
}

/// One criterion's score, 1–5, and what the evaluator wrote about it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Score {
    pub key: String,
    pub score: u8,
    pub comment: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EvalState {
    /// Scored, not yet sent for sign-off (or returned to be scored again).
    Draft,
    Submitted,
    SignedOff,
    Acknowledged,
}

impl EvalState {
    pub fn slot(self) -> usize {
        match self {
            EvalState::Draft => 0,
            EvalState::Submitted => 1,
            EvalState::SignedOff => 2,
            EvalState::Acknowledged => 3,
        }
    }

    /// Its catalog key (`eval_stage.draft`), as a refusal names the state.
    pub fn key(self) -> &'static str {
        match self {
            EvalState::Draft => "eval_stage.draft",
            EvalState::Submitted => "eval_stage.submitted",
            EvalState::SignedOff => "eval_stage.signed_off",
            EvalState::Acknowledged => "eval_stage.acknowledged",
        }
    }

    /// Signed off, whether acknowledged yet or not.
    pub fn complete(self) -> bool {
        matches!(self, EvalState::SignedOff | EvalState::Acknowledged)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evaluation {
    pub id: EvalId,
    pub cycle: CycleId,
    pub employee: EmployeeId,
    /// Who scored it last: the author the sign-off's four eyes look at.
    pub evaluator: String,
    pub scores: Vec<Score>,
    pub result: u16,
    pub grade: String,
    /// The employee's own scores, when the cycle asks for them.
    pub own: Option<Vec<Score>>,
    pub state: EvalState,
    pub signoff: SignoffCase,
    /// The employee's word when acknowledging: they may add, never change.
    pub remark: String,
    #[serde(with = "instant_opt")]
    pub acknowledged: Option<DateTime<Utc>>,
    #[serde(with = "instant")]
    pub since: DateTime<Utc>,
}

/// Where one employee stands on one required course.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Standing {
    Missing,
    Expired,
    Expiring,
    Done,
}

impl Standing {
    pub const ALL: [Standing; 4] = [
        Standing::Missing,
        Standing::Expired,
        Standing::Expiring,
        Standing::Done,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Standing::Missing => "missing",
            Standing::Expired => "expired",
            Standing::Expiring => "expiring",
            Standing::Done => "done",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Status {
    pub course: CourseId,
    pub standing: Standing,
    /// The last pass, and until when it counts.
    #[serde(with = "day_opt")]
    pub passed: Option<NaiveDate>,
    #[serde(with = "day_opt")]
    pub valid_until: Option<NaiveDate>,
}
