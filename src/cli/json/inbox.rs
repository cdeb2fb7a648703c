//! `inbox --json`: each item's kind with the fields it carries, its case
//! and since when it waits.

use crate::service::api::*;
use chrono::{DateTime, Utc};
use serde::Serialize;

#[derive(Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum InboxWhat {
    SignPlan {
        for_whom: Option<String>,
    },
    RevisePlan,
    ConfirmPaper {
        recorded_by: String,
    },
    PlanApproved {
        by: String,
        at: DateTime<Utc>,
    },
    PlanRejected {
        by: String,
        at: DateTime<Utc>,
    },
    SignReq {
        for_whom: Option<String>,
    },
    ReviseReq,
    ReqDecided {
        decision: &'static str,
        by: String,
        at: DateTime<Utc>,
    },
    AssignReq,
    GiveFeedback {
        at: DateTime<Utc>,
    },
    MoveCandidate {
        stage: &'static str,
    },
    Onboard,
    Assess {
        end: String,
        for_whom: Option<String>,
    },
    FormalContract,
    ContractEnds {
        end: String,
    },
    ProbationDue {
        end: String,
        waiting_for: &'static str,
    },
    FindCandidates,
    CloseCandidate,
    OffboardStep {
        step: String,
        due: String,
    },
    AcknowledgeStep {
        step: String,
    },
    StepOverdue {
        step: String,
        due: String,
    },
    CloseSeparation,
    SignEvaluation {
        for_whom: Option<String>,
    },
    AcknowledgeEvaluation,
    SelfAssess,
    ReviseEvaluation,
    ScoreEvaluations {
        count: u32,
    },
    TrainingGaps {
        count: u32,
    },
    CertificatesExpire {
        count: u32,
        first: String,
    },
}

#[derive(Serialize)]
pub struct InboxJson {
    #[serde(flatten)]
    pub what: InboxWhat,
    /// The case's id: `HP-0003`, `REQ-0001`, `CAN-0004`, `INT-0002`, `EMP-0042`,
    /// `SEP-0001`, `CRS-001`, `CYC-01`, `EV-0007`.
    pub id: String,
    pub title: String,
    pub since: DateTime<Utc>,
}

pub fn inbox(i: &InboxItem) -> InboxJson {
    InboxJson {
        what: match &i.kind {
            InboxKind::SignPlan { for_whom } => InboxWhat::SignPlan {
                for_whom: for_whom.clone(),
            },
            InboxKind::RevisePlan => InboxWhat::RevisePlan,
            InboxKind::ConfirmPaper { recorded_by } => InboxWhat::ConfirmPaper {
                recorded_by: recorded_by.clone(),
            },
            InboxKind::PlanApproved { by, at } => InboxWhat::PlanApproved {
                by: by.clone(),
                at: *at,
            },
            InboxKind::PlanRejected { by, at } => InboxWhat::PlanRejected {
                by: by.clone(),
                at: *at,
            },
            InboxKind::SignReq { for_whom } => InboxWhat::SignReq {
                for_whom: for_whom.clone(),
            },
            InboxKind::ReviseReq => InboxWhat::ReviseReq,
            InboxKind::ReqDecided { decision, by, at } => InboxWhat::ReqDecided {
                decision: decision.key(),
                by: by.clone(),
                at: *at,
            },
            InboxKind::AssignReq => InboxWhat::AssignReq,
            InboxKind::GiveFeedback { at } => InboxWhat::GiveFeedback { at: *at },
            InboxKind::MoveCandidate { stage } => InboxWhat::MoveCandidate { stage: stage.key() },
            InboxKind::Onboard => InboxWhat::Onboard,
            InboxKind::Assess { end, for_whom } => InboxWhat::Assess {
                end: end.to_string(),
                for_whom: for_whom.clone(),
            },
            InboxKind::FormalContract => InboxWhat::FormalContract,
            InboxKind::ContractEnds { end } => InboxWhat::ContractEnds {
                end: end.to_string(),
            },
            InboxKind::FindCandidates => InboxWhat::FindCandidates,
            InboxKind::CloseCandidate => InboxWhat::CloseCandidate,
            InboxKind::ProbationDue { end, waiting_for } => InboxWhat::ProbationDue {
                end: end.to_string(),
                waiting_for: waiting_for.key(),
            },
            InboxKind::OffboardStep { step, due } => InboxWhat::OffboardStep {
                step: step.key.clone(),
                due: due.to_string(),
            },
            InboxKind::AcknowledgeStep { step } => InboxWhat::AcknowledgeStep {
                step: step.key.clone(),
            },
            InboxKind::StepOverdue { step, due } => InboxWhat::StepOverdue {
                step: step.key.clone(),
                due: due.to_string(),
            },
            InboxKind::CloseSeparation => InboxWhat::CloseSeparation,
            InboxKind::SignEvaluation { for_whom } => InboxWhat::SignEvaluation {
                for_whom: for_whom.clone(),
            },
            InboxKind::AcknowledgeEvaluation => InboxWhat::AcknowledgeEvaluation,
            InboxKind::SelfAssess => InboxWhat::SelfAssess,
            InboxKind::ReviseEvaluation => InboxWhat::ReviseEvaluation,
            InboxKind::ScoreEvaluations { count } => InboxWhat::ScoreEvaluations { count: *count },
            InboxKind::TrainingGaps { count } => InboxWhat::TrainingGaps { count: *count },
            InboxKind::CertificatesExpire { count, first } => InboxWhat::CertificatesExpire {
                count: *count,
                first: first.to_string(),
            },
        },
        id: i.case.to_string(),
        title: i.title.clone(),
        since: i.since,
    }
}
