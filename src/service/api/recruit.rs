//! What the recruitment queries answer: requisition rows, a requisition with
//! its sign-off timeline and candidates (contacts and scores shown only to
//! whom they belong), and the recruitment report.

use super::{Figures, TimelineEntry};
use crate::domain::recruit::{Offer, ReqState, Stage, StageChange};
use crate::domain::signoff::{Seen, StepTemplate};
use crate::domain::time::{day, instant};
use crate::domain::*;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReqRow {
    pub id: ReqId,
    pub position: PositionId,
    pub position_title: String,
    pub dept: DeptId,
    pub dept_name: String,
    pub count: u32,
    pub hired: u32,
    pub state: ReqState,
    pub author: String,
    pub runner: Option<String>,
    #[serde(with = "day")]
    pub start: NaiveDate,
    #[serde(with = "instant")]
    pub created: DateTime<Utc>,
    #[serde(with = "instant")]
    pub since: DateTime<Utc>,
    /// The role it waits for, while being signed.
    pub waiting_for: Option<Role>,
    pub candidates: u32,
    /// Its position's seats now.
    pub seats: Figures,
}

/// How long one step took: a signer's step, or a candidate's stage.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StepTime {
    pub round: u32,
    /// `step.<key>` names it.
    pub step: String,
    pub by: Option<String>,
    #[serde(with = "instant")]
    pub started: DateTime<Utc>,
    /// `None` while it waits.
    pub ended: Option<DateTime<Utc>>,
    pub seconds: i64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReqView {
    pub row: ReqRow,
    pub reason: String,
    pub notes: String,
    pub steps: Vec<StepTemplate>,
    pub next_step: Option<usize>,
    pub round: u32,
    /// What a signature must say it saw (`--seen` takes `seen.digest`).
    pub seen: Seen,
    pub timeline: Vec<TimelineEntry>,
    /// How long each signer took, round by round, the waiting step last.
    pub step_times: Vec<StepTime>,
    pub pending_paper: Option<crate::domain::signoff::Signature>,
    /// Why the asker may not sign now; `None` when they may.
    pub cannot_sign: Option<DomainError>,
    pub candidates: Vec<CandidateView>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CandidateView {
    pub id: CandidateId,
    pub req: ReqId,
    pub name: String,
    /// Masked for all but HR.
    pub contact: String,
    pub contact_masked: bool,
    pub source: String,
    pub notes: String,
    /// Set when the contact and notes were erased: by whom and when.
    pub erased: Option<crate::domain::Erasure>,
    pub stage: Stage,
    #[serde(with = "instant")]
    pub since: DateTime<Utc>,
    pub offer: Option<Offer>,
    pub employee: Option<EmployeeId>,
    pub interviews: Vec<InterviewView>,
    pub history: Vec<StageChange>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct InterviewView {
    pub id: InterviewId,
    pub candidate: CandidateId,
    pub round: u32,
    #[serde(with = "instant")]
    pub at: DateTime<Utc>,
    pub place: String,
    pub interviewers: Vec<String>,
    /// Interviewers who have not given feedback yet.
    pub awaiting: Vec<String>,
    /// The feedback the asker may see: an interviewer sees the others' only
    /// after giving their own; others see it once the round is complete.
    pub feedback: Vec<crate::domain::recruit::Feedback>,
    /// Feedback given but not shown to the asker.
    pub hidden: u32,
    /// Set when it was called off: who, when, why.
    pub cancelled: Option<StageChange>,
}

/// Time-to-fill and time per step, by department, slowest first.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RecruitReport {
    pub depts: Vec<DeptFill>,
    pub steps: Vec<StepStat>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DeptFill {
    pub dept: DeptId,
    pub dept_name: String,
    pub open: u32,
    pub filled: u32,
    /// Mean days from first submission to the hire that filled it.
    pub mean_days_to_fill: Option<f64>,
    pub max_days_to_fill: Option<f64>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StepStat {
    pub dept: DeptId,
    pub dept_name: String,
    pub step: String,
    pub count: u32,
    /// Over the steps that ended (0 when none has).
    pub mean_hours: f64,
    pub max_hours: f64,
    /// Of `count`, still waiting now.
    pub waiting: u32,
}

/// An interview as its interviewer sees it in the inbox or `interview show`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct InterviewDetail {
    pub interview: InterviewView,
    pub candidate: String,
    pub req: ReqId,
    pub position_title: String,
    pub cv_notes: String,
}
