//! What waits for someone: an inbox item, what it asks of its reader, and
//! the case it is about.

use crate::domain::time::instant;
use crate::domain::*;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InboxKind {
    /// A plan waits for this person's signature (or for someone they sign for).
    SignPlan { for_whom: Option<String> },
    /// The person's plan came back for revision.
    RevisePlan,
    /// A paper sign-off recorded by another HR person waits for a second look.
    ConfirmPaper { recorded_by: String },
    /// The person's plan was approved (and applied): by whom and when. Shown
    /// for `DECISION_NOTICE_DAYS` after the decision's day, in the company's zone.
    PlanApproved {
        by: String,
        #[serde(with = "instant")]
        at: DateTime<Utc>,
    },
    /// The person's plan was rejected; the plan's timeline says why.
    PlanRejected {
        by: String,
        #[serde(with = "instant")]
        at: DateTime<Utc>,
    },
    /// A requisition waits for this person's signature.
    SignReq { for_whom: Option<String> },
    /// The person's requisition came back for revision.
    ReviseReq,
    /// The person's requisition was decided (approved or rejected) lately.
    ReqDecided {
        decision: crate::domain::signoff::Decision,
        by: String,
        #[serde(with = "instant")]
        at: DateTime<Utc>,
    },
    /// An approved requisition has nobody to run it: the HR head assigns one.
    AssignReq,
    /// An interview waits for this interviewer's feedback.
    GiveFeedback {
        #[serde(with = "instant")]
        at: DateTime<Utc>,
    },
    /// A candidate of a requisition this person runs waits for the next
    /// step of their stage (interview, offer, answer, hire).
    MoveCandidate {
        stage: crate::domain::recruit::Stage,
    },
    /// A new hire's onboarding training and start of work are to record.
    Onboard,
    /// A probation assessment is due (or overdue) at `end`: this person's
    /// step, in person or for someone.
    Assess {
        #[serde(with = "crate::domain::time::day")]
        end: chrono::NaiveDate,
        for_whom: Option<String>,
    },
    /// The probation was passed: the formal contract is to sign.
    FormalContract,
    /// A contract ends on `end`: renew it or prepare the separation.
    ContractEnds {
        #[serde(with = "crate::domain::time::day")]
        end: chrono::NaiveDate,
    },
    /// An open requisition this person runs has nobody in the running.
    FindCandidates,
    /// A probation ends on `end` and its assessment waits for another
    /// (`waiting_for`): HR follows it to the end.
    ProbationDue {
        #[serde(with = "crate::domain::time::day")]
        end: chrono::NaiveDate,
        waiting_for: Role,
    },
    /// A candidate still in the running on a requisition that no longer
    /// recruits (filled, cancelled): the runner rejects them or records
    /// that they withdrew, so nobody is left waiting for an answer.
    CloseCandidate,
    /// A step of a separation case is this person's to tick (its gates
    /// are open); due on `due`.
    OffboardStep {
        step: Box<crate::domain::offboard::StepTemplate>,
        #[serde(with = "crate::domain::time::day")]
        due: chrono::NaiveDate,
    },
    /// The leaving employee acknowledges a done step.
    AcknowledgeStep {
        step: Box<crate::domain::offboard::StepTemplate>,
    },
    /// Someone else's step is overdue: HR follows it up.
    StepOverdue {
        step: Box<crate::domain::offboard::StepTemplate>,
        #[serde(with = "crate::domain::time::day")]
        due: chrono::NaiveDate,
    },
    /// Every step is done: the HR head closes the case.
    CloseSeparation,
    /// An evaluation waits for this person's signature.
    SignEvaluation { for_whom: Option<String> },
    /// The person's own evaluation was signed off: they read and acknowledge it.
    AcknowledgeEvaluation,
    /// The running cycle asks the person to assess themselves.
    SelfAssess,
    /// An evaluation this person scored came back to be scored again.
    ReviseEvaluation,
    /// The running cycle waits for this department head to score `count` people.
    ScoreEvaluations { count: u32 },
    /// `count` of this department head's people lack a required course (or it expired).
    TrainingGaps { count: u32 },
    /// `count` certificates of a required course run out within 30 days,
    /// the first on `first`.
    CertificatesExpire {
        count: u32,
        #[serde(with = "crate::domain::time::day")]
        first: chrono::NaiveDate,
    },
}

/// How many days after the decision's day (company time) an author still
/// finds the decision on their plan in the inbox.
pub const DECISION_NOTICE_DAYS: i64 = 14;

/// The case an inbox item is about, as people write its id.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CaseRef {
    Plan(PlanId),
    Req(ReqId),
    Candidate(CandidateId),
    Interview(InterviewId),
    Employee(EmployeeId),
    Sep(SepId),
    Course(CourseId),
    Cycle(CycleId),
    Eval(EvalId),
}

impl std::fmt::Display for CaseRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CaseRef::Plan(id) => id.fmt(f),
            CaseRef::Req(id) => id.fmt(f),
            CaseRef::Candidate(id) => id.fmt(f),
            CaseRef::Interview(id) => id.fmt(f),
            CaseRef::Employee(id) => id.fmt(f),
            CaseRef::Sep(id) => id.fmt(f),
            CaseRef::Course(id) => id.fmt(f),
            CaseRef::Cycle(id) => id.fmt(f),
            CaseRef::Eval(id) => id.fmt(f),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct InboxItem {
    pub kind: InboxKind,
    pub case: CaseRef,
    pub title: String,
    #[serde(with = "instant")]
    pub since: DateTime<Utc>,
}
