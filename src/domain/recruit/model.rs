//! The records of recruitment as they stand now: requisitions, candidates,
//! interviews, and what an employee hired through them carries (probation,
//! onboarding training, the formal contract). Enums here travel in events:
//! new variants go at the end.

use crate::domain::ids::*;
use crate::domain::model::{Erasure, Submission, Withdrawal};
use crate::domain::signoff::SignoffCase;
use crate::domain::time::{day, day_opt, instant};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReqState {
    /// Being signed along the requisition chain.
    Submitted,
    /// A signer sent it back; its author edits and resubmits it.
    Returned,
    /// Approved: HR recruits for it.
    Open,
    /// Every seat it asked for is filled.
    Filled,
    Cancelled,
    Rejected,
}

impl ReqState {
    pub const ALL: [ReqState; 6] = [
        ReqState::Submitted,
        ReqState::Returned,
        ReqState::Open,
        ReqState::Filled,
        ReqState::Cancelled,
        ReqState::Rejected,
    ];

    pub fn key(self) -> &'static str {
        match self {
            ReqState::Submitted => "submitted",
            ReqState::Returned => "returned",
            ReqState::Open => "open",
            ReqState::Filled => "filled",
            ReqState::Cancelled => "cancelled",
            ReqState::Rejected => "rejected",
        }
    }

    pub fn from_key(s: &str) -> Option<ReqState> {
        ReqState::ALL.into_iter().find(|r| r.key() == s.trim())
    }

    /// A requisition holds its seats from submission until it is filled,
    /// cancelled or rejected.
    pub fn reserves(self) -> bool {
        matches!(
            self,
            ReqState::Submitted | ReqState::Returned | ReqState::Open
        )
    }

    /// Its author may still cancel it.
    pub fn cancellable(self) -> bool {
        self.reserves()
    }

    /// The state as an error's argument: a catalog key, so the message
    /// names it in the reader's language (plans' states are `state.*`).
    pub fn catalog_key(self) -> String {
        format!("req_state.{}", self.key())
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Requisition {
    pub id: ReqId,
    pub position: PositionId,
    pub count: u32,
    pub reason: String,
    /// The day the department wants the people to start.
    #[serde(with = "day")]
    pub start: NaiveDate,
    pub notes: String,
    pub author: String,
    pub state: ReqState,
    pub signoff: SignoffCase,
    pub submissions: Vec<Submission>,
    /// The HR person who runs it, named by the HR head.
    pub runner: Option<String>,
    pub candidates: Vec<CandidateId>,
    /// Employees hired through it.
    pub hired: Vec<EmployeeId>,
    /// Candidates holding an offer not yet answered, and accepted ones not
    /// yet hired: kept current from the candidates.
    pub offered: u32,
    pub accepted: u32,
    #[serde(with = "instant")]
    pub created: DateTime<Utc>,
    /// When it entered its current state.
    #[serde(with = "instant")]
    pub since: DateTime<Utc>,
    /// Set when its author cancelled it.
    pub cancelled: Option<Withdrawal>,
}

impl Requisition {
    /// Seats it holds in its position's ledger: those not yet filled while it
    /// runs; after it ends, those of accepted offers (an offer once accepted
    /// keeps its seat until the hire).
    pub fn reserved(&self) -> u32 {
        if self.state.reserves() {
            self.count.saturating_sub(self.hired.len() as u32)
        } else {
            self.accepted
        }
    }

    /// Seats neither offered, accepted nor filled: what an offer may take.
    pub fn unoffered(&self) -> u32 {
        self.count
            .saturating_sub(self.hired.len() as u32 + self.offered + self.accepted)
    }

    /// When it was first submitted.
    pub fn submitted_at(&self) -> DateTime<Utc> {
        self.submissions.first().map_or(self.created, |s| s.at)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    Applied,
    Interviewing,
    Offered,
    Accepted,
    Declined,
    Hired,
    Rejected,
    Withdrawn,
}

impl Stage {
    pub const ALL: [Stage; 8] = [
        Stage::Applied,
        Stage::Interviewing,
        Stage::Offered,
        Stage::Accepted,
        Stage::Declined,
        Stage::Hired,
        Stage::Rejected,
        Stage::Withdrawn,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Stage::Applied => "applied",
            Stage::Interviewing => "interviewing",
            Stage::Offered => "offered",
            Stage::Accepted => "accepted",
            Stage::Declined => "declined",
            Stage::Hired => "hired",
            Stage::Rejected => "rejected",
            Stage::Withdrawn => "withdrawn",
        }
    }

    pub fn from_key(s: &str) -> Option<Stage> {
        Stage::ALL.into_iter().find(|x| x.key() == s.trim())
    }

    /// Still in the running.
    pub fn open(self) -> bool {
        matches!(
            self,
            Stage::Applied | Stage::Interviewing | Stage::Offered | Stage::Accepted
        )
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Candidate {
    pub id: CandidateId,
    pub req: ReqId,
    pub name: String,
    /// Where they came from (a job board, a referral).
    pub source: String,
    pub stage: Stage,
    pub offer: Option<Offer>,
    pub interviews: Vec<InterviewId>,
    pub employee: Option<EmployeeId>,
    /// Every stage they entered: when, by whom, and why (for rejections).
    pub history: Vec<StageChange>,
    #[serde(with = "instant")]
    pub since: DateTime<Utc>,
    /// Set when their contact and CV notes were erased: by whom and when.
    pub erased: Option<Erasure>,
}

/// What a candidate told about themselves, kept beside the log (never in
/// it, see `Beside`) so that it can be erased without breaking the chain.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CandidateRecord {
    /// Phone or mail as the candidate gave it: shown to HR only.
    pub contact: String,
    /// The CV as HR summed it up: read by HR and the interviewers.
    pub notes: String,
    /// Set once erased: the data is gone, and this says when and by whom.
    pub erased: Option<Erasure>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StageChange {
    pub stage: Stage,
    pub by: String,
    #[serde(with = "instant")]
    pub at: DateTime<Utc>,
    pub reason: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Offer {
    #[serde(with = "day")]
    pub start: NaiveDate,
    pub probation_months: u32,
    pub by: String,
    #[serde(with = "instant")]
    pub at: DateTime<Utc>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Recommend {
    Hire,
    Hold,
    NoHire,
}

impl Recommend {
    pub const ALL: [Recommend; 3] = [Recommend::Hire, Recommend::Hold, Recommend::NoHire];

    pub fn key(self) -> &'static str {
        match self {
            Recommend::Hire => "hire",
            Recommend::Hold => "hold",
            Recommend::NoHire => "no_hire",
        }
    }

    /// The key, or the words HR writes in Chinese.
    pub fn from_key(s: &str) -> Option<Recommend> {
        let t = s.trim().replace('-', "_");
        match t.as_str() {
            "录用" | "錄用" | "建议录用" | "建議錄用" => Some(Recommend::Hire),
            "待定" => Some(Recommend::Hold),
            "不录用" | "不錄用" | "不建议录用" | "不建議錄用" => {
                Some(Recommend::NoHire)
            }
            _ => Recommend::ALL.into_iter().find(|r| r.key() == t),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Interview {
    pub id: InterviewId,
    pub candidate: CandidateId,
    /// 1 for the candidate's first round, and so on.
    pub round: u32,
    #[serde(with = "instant")]
    pub at: DateTime<Utc>,
    pub place: String,
    pub interviewers: Vec<String>,
    pub feedback: Vec<Feedback>,
    pub scheduled_by: String,
    /// Set when it was called off: who, when and why.
    pub cancelled: Option<StageChange>,
}

impl Interview {
    /// Every interviewer has given feedback, or it was called off: nothing
    /// more waits for it.
    pub fn complete(&self) -> bool {
        self.cancelled.is_some()
            || self
                .interviewers
                .iter()
                .all(|i| self.feedback.iter().any(|f| &f.by == i))
    }

    pub fn feedback_of(&self, login: &str) -> Option<&Feedback> {
        self.feedback.iter().find(|f| f.by == login)
    }

    /// Whether `login` may not yet see the others' feedback: an interviewer
    /// of a round still open who has not given their own. (Anyone else
    /// sees it once the round is complete.)
    pub fn blind_for(&self, login: &str) -> bool {
        !self.complete()
            && self.interviewers.iter().any(|i| i == login)
            && self.feedback_of(login).is_none()
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Feedback {
    pub by: String,
    pub score: u8,
    pub recommend: Recommend,
    pub note: String,
    #[serde(with = "instant")]
    pub at: DateTime<Utc>,
}

/// What an employee hired through recruitment carries beyond the directory:
/// where they came from, their onboarding, probation and formal contract.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Hiring {
    pub req: Option<ReqId>,
    pub candidate: Option<CandidateId>,
    pub training: Vec<TrainingItem>,
    /// The day they started work (上崗).
    #[serde(with = "day_opt")]
    pub started: Option<NaiveDate>,
    pub probation: Option<Probation>,
    pub contract_no: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrainingItem {
    pub what: String,
    pub trainer: String,
    #[serde(with = "day")]
    pub on: NaiveDate,
    pub by: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProbationOutcome {
    Pending,
    Passed,
    Failed,
}

impl ProbationOutcome {
    pub fn key(self) -> &'static str {
        match self {
            ProbationOutcome::Pending => "pending",
            ProbationOutcome::Passed => "passed",
            ProbationOutcome::Failed => "failed",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Probation {
    #[serde(with = "day")]
    pub start: NaiveDate,
    #[serde(with = "day")]
    pub end: NaiveDate,
    /// The end before an extension (a probation is extended once at most).
    #[serde(with = "day_opt")]
    pub first_end: Option<NaiveDate>,
    /// The assessment: the department and HR each sign (`probation_review`).
    pub review: SignoffCase,
    pub outcome: ProbationOutcome,
}
