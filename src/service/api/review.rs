//! What the training and evaluation queries answer: the catalog, sessions
//! with their attendees' results, where people stand on required training,
//! cycles with their completion, evaluations (scores only for those who may
//! read them yet), and one employee's record of both over time.

use crate::domain::review::{
    CourseKind, Criterion, EvalState, GradeBand, Score, Standing, TrainingResult,
};
use crate::domain::signoff::{Seen, Signature, StepTemplate};
use crate::domain::time::{day, day_opt, instant_opt};
use crate::domain::*;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CourseRow {
    pub id: CourseId,
    pub title: String,
    /// Tenths of an hour.
    pub tenths: u32,
    pub kind: CourseKind,
    pub required_for: Vec<(PositionId, String)>,
    pub renew_months: Option<u32>,
    pub closed: bool,
    pub sessions: u32,
    /// Holders of the positions that require it, and where they stand:
    /// counted for those who see everyone (HR, the general manager).
    pub standing: Option<StandingCounts>,
}

/// How many people stand where on required training.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StandingCounts {
    pub done: u32,
    pub expiring: u32,
    pub expired: u32,
    pub missing: u32,
}

impl StandingCounts {
    pub fn add(&mut self, s: Standing) {
        match s {
            Standing::Done => self.done += 1,
            Standing::Expiring => self.expiring += 1,
            Standing::Expired => self.expired += 1,
            Standing::Missing => self.missing += 1,
        }
    }

    pub fn total(&self) -> u32 {
        self.done + self.expiring + self.expired + self.missing
    }

    /// Missing or expired: a gap to close.
    pub fn gaps(&self) -> u32 {
        self.missing + self.expired
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SessionRow {
    pub id: SessionId,
    pub course: CourseId,
    pub course_title: String,
    #[serde(with = "day")]
    pub on: NaiveDate,
    pub trainer: String,
    pub attendees: u32,
    pub passed: u32,
    pub failed: u32,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AttendeeRow {
    pub employee: EmployeeId,
    pub name: String,
    pub number: String,
    pub dept_name: String,
    pub result: Option<TrainingResult>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SessionView {
    pub row: SessionRow,
    /// The attendees the asker may see (a department head: their people).
    pub attendees: Vec<AttendeeRow>,
    /// Attendees not shown to the asker.
    pub others: u32,
}

/// One line of an employee's training history: a session's result, or
/// onboarding training recorded when they were hired.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TrainingRecord {
    pub session: Option<SessionId>,
    pub course: Option<CourseId>,
    pub title: String,
    pub kind: CourseKind,
    #[serde(with = "day")]
    pub on: NaiveDate,
    pub trainer: String,
    /// `None`: enrolled, no result yet.
    pub passed: Option<bool>,
    pub score: Option<u8>,
    pub certificate: String,
    pub note: String,
    #[serde(with = "day_opt")]
    pub valid_until: Option<NaiveDate>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RequiredRow {
    pub course: CourseId,
    pub title: String,
    pub standing: Standing,
    #[serde(with = "day_opt")]
    pub passed: Option<NaiveDate>,
    #[serde(with = "day_opt")]
    pub valid_until: Option<NaiveDate>,
}

/// A person's training and evaluations over time.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReviewRecord {
    pub employee: EmployeeId,
    pub name: String,
    pub position_title: String,
    pub required: Vec<RequiredRow>,
    /// Newest first.
    pub training: Vec<TrainingRecord>,
    pub evaluations: Vec<EvalRow>,
}

/// One person's gap on one required course.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GapRow {
    pub employee: EmployeeId,
    pub name: String,
    pub number: String,
    pub dept_name: String,
    pub position_title: String,
    pub course: CourseId,
    pub course_title: String,
    pub standing: Standing,
    #[serde(with = "day_opt")]
    pub valid_until: Option<NaiveDate>,
}

/// Required training not done, expired or expiring, for the people the
/// asker sees; missing and expired first, then by the day it runs out.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TrainingReport {
    pub counts: StandingCounts,
    pub gaps: Page<GapRow>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CycleRow {
    pub id: CycleId,
    pub name: String,
    #[serde(with = "day")]
    pub from: NaiveDate,
    #[serde(with = "day")]
    pub to: NaiveDate,
    pub template: String,
    pub criteria: Vec<Criterion>,
    pub grades: Vec<GradeBand>,
    pub self_assessment: bool,
    pub depts: Vec<(DeptId, String)>,
    #[serde(with = "instant_opt")]
    pub closed: Option<DateTime<Utc>>,
    /// Employees it evaluates (with a seat, in its departments) today.
    pub expected: u32,
    /// Evaluations by state: draft, submitted, signed off, acknowledged.
    pub states: [u32; 4],
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EvalKind {
    Periodic,
    /// The probation assessment of the recruitment chain.
    Probation,
}

/// Where an evaluation stands, as a list shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EvalStage {
    /// Nobody has scored the employee in this cycle yet.
    NotStarted,
    Draft,
    Submitted,
    SignedOff,
    Acknowledged,
    /// A probation assessment: waiting, passed, extended or not passed.
    ProbationPending,
    ProbationPassed,
    ProbationFailed,
}

impl EvalStage {
    pub const ALL: [EvalStage; 8] = [
        EvalStage::NotStarted,
        EvalStage::Draft,
        EvalStage::Submitted,
        EvalStage::SignedOff,
        EvalStage::Acknowledged,
        EvalStage::ProbationPending,
        EvalStage::ProbationPassed,
        EvalStage::ProbationFailed,
    ];

    /// Its catalog key's second part (`eval_stage.signed_off`).
    pub fn key(self) -> &'static str {
        match self {
            EvalStage::NotStarted => "not_started",
            EvalStage::Draft => "draft",
            EvalStage::Submitted => "submitted",
            EvalStage::SignedOff => "signed_off",
            EvalStage::Acknowledged => "acknowledged",
            EvalStage::ProbationPending => "probation_pending",
            EvalStage::ProbationPassed => "probation_passed",
            EvalStage::ProbationFailed => "probation_failed",
        }
    }
}

impl EvalKind {
    pub fn key(self) -> &'static str {
        match self {
            EvalKind::Periodic => "periodic",
            EvalKind::Probation => "probation",
        }
    }
}

impl From<EvalState> for EvalStage {
    fn from(s: EvalState) -> Self {
        match s {
            EvalState::Draft => EvalStage::Draft,
            EvalState::Submitted => EvalStage::Submitted,
            EvalState::SignedOff => EvalStage::SignedOff,
            EvalState::Acknowledged => EvalStage::Acknowledged,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EvalRow {
    /// `None` for someone not yet scored in the cycle.
    pub id: Option<EvalId>,
    pub kind: EvalKind,
    pub cycle: Option<CycleId>,
    /// The cycle's name, or the probation's period.
    pub period: String,
    pub employee: EmployeeId,
    pub name: String,
    pub number: String,
    pub dept_name: String,
    pub stage: EvalStage,
    /// In hundredths, when the asker may read the scores.
    pub result: Option<u16>,
    pub grade: Option<String>,
    pub evaluator: String,
    #[serde(with = "instant_opt")]
    pub since: Option<DateTime<Utc>>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CriterionRow {
    pub criterion: Criterion,
    pub score: Option<Score>,
    /// The employee's own score, when they gave one.
    pub own: Option<Score>,
}

/// What the asker may do with an evaluation now.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EvalMay {
    pub score: bool,
    pub submit: bool,
    pub sign: bool,
    pub acknowledge: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EvalView {
    pub row: EvalRow,
    /// Empty when the asker may not read the scores yet.
    pub criteria: Vec<CriterionRow>,
    pub grades: Vec<GradeBand>,
    pub scores_hidden: bool,
    pub steps: Vec<StepTemplate>,
    pub signatures: Vec<Signature>,
    pub next_step: Option<StepTemplate>,
    /// What a signer binds their signature to.
    pub seen: Seen,
    pub remark: String,
    #[serde(with = "instant_opt")]
    pub acknowledged: Option<DateTime<Utc>>,
    pub may: EvalMay,
}

/// One department's part of a cycle.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DeptCompletion {
    pub dept: DeptId,
    pub name: String,
    pub expected: u32,
    pub scored: u32,
    pub signed_off: u32,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EvaluationReport {
    pub cycle: CycleRow,
    pub depts: Vec<DeptCompletion>,
    /// How many signed-off evaluations earned each grade, highest first.
    pub grades: Vec<(String, u32)>,
}

use super::Page;
