//! What the headcount-plan queries answer: plan rows, a plan with its lines
//! and timeline, and delegations.

use crate::domain::signoff::{Paper, Seen, Signature, StepTemplate};
use crate::domain::time::instant;
use crate::domain::*;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PlanRow {
    pub id: PlanId,
    pub title: String,
    pub author: String,
    pub state: PlanState,
    pub lines: u32,
    #[serde(with = "instant")]
    pub since: DateTime<Utc>,
    /// The role the plan waits for, while submitted.
    pub waiting_for: Option<Role>,
    /// Other open plans that change one of the same positions (or add a
    /// position of the same title to the same department), while this one is open.
    pub conflicts: Vec<PlanId>,
    /// Approved plans that changed one of its positions after it was
    /// submitted: it cannot be approved (see `PlanView::overtaken_by`).
    pub overtaken_by: Vec<PlanId>,
}

/// A plan line with the names a reader needs beside the ids.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LineView {
    pub no: LineNo,
    pub line: PlanLine,
    pub dept_name: String,
    pub position_title: Option<String>,
    /// Approved headcount the line changes from: as it stood at submission
    /// (or today, while the plan is a draft or returned).
    pub current: Option<u32>,
    /// Seats filled or reserved now, so a signer sees what the change leaves free.
    pub occupied: Option<u32>,
    /// The position's duties the line changes from (as `current`).
    pub current_duties: Option<String>,
    /// True when `current` and `current_duties` are what stood when the plan
    /// was submitted (its baseline), false when they are today's.
    pub at_submission: bool,
    /// The position's approved headcount and duties today.
    pub now_approved: Option<u32>,
    pub now_duties: Option<String>,
    /// Set when another approved plan changed the position after this plan
    /// was submitted: `current` → proposed no longer describes the change.
    pub overtaken: bool,
    /// That plan, when it can be named.
    pub overtaken_by: Option<PlanId>,
    /// Other open plans that change the same position: whichever is approved
    /// first may leave this line with nothing to do.
    pub also_in: Vec<PlanId>,
    /// The line's problem if the plan were approved now.
    pub problem: Option<DomainError>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PlanView {
    pub id: PlanId,
    pub title: String,
    pub note: String,
    pub author: String,
    pub state: PlanState,
    #[serde(with = "instant")]
    pub created: DateTime<Utc>,
    #[serde(with = "instant")]
    pub since: DateTime<Utc>,
    pub lines: Vec<LineView>,
    pub steps: Vec<StepTemplate>,
    pub next_step: Option<usize>,
    pub round: u32,
    /// What a signature must say it saw (`--seen` takes `seen.digest`).
    pub seen: Seen,
    pub submissions: Vec<crate::domain::Submission>,
    pub signatures: Vec<Signature>,
    /// A paper sign-off waiting for a second HR person's confirmation.
    pub pending_paper: Option<PendingPaper>,
    pub can_edit: bool,
    /// `Some` when the asker may sign now; inner `Some(x)` when signing for x.
    pub can_sign: Option<Option<String>>,
    /// Why the asker may not sign now, told before they start writing a comment.
    pub sign_refusal: Option<DomainError>,
    /// Why the asker may not edit the plan.
    pub edit_refusal: Option<DomainError>,
    /// Submissions, signatures and a withdrawal in the order they happened.
    pub timeline: Vec<TimelineEntry>,
    /// Approved plans that changed one of its positions after it was
    /// submitted. While non-empty the plan cannot be approved: signers return
    /// or reject it; its author withdraws it and drafts it again.
    pub overtaken_by: Vec<PlanId>,
    /// Other open plans that change the same positions (as `PlanRow::conflicts`).
    pub conflicts: Vec<PlanId>,
    /// Whether the asker may withdraw it (its author, while submitted or returned).
    pub can_withdraw: bool,
    /// Whether the asker may delete it (its author, while a draft never submitted).
    pub can_delete: bool,
    /// Who withdrew it, when and why.
    pub withdrawal: Option<crate::domain::Withdrawal>,
}

/// One entry of a plan's timeline.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TimelineEntry {
    /// The author sent it for sign-off; `resubmitted` from the second round on.
    Submitted {
        round: u32,
        by: String,
        #[serde(with = "instant")]
        at: DateTime<Utc>,
        comment: String,
        resubmitted: bool,
    },
    Signed(Signature),
    Withdrawn(crate::domain::Withdrawal),
}

impl TimelineEntry {
    pub fn at(&self) -> DateTime<Utc> {
        match self {
            TimelineEntry::Submitted { at, .. } => *at,
            TimelineEntry::Signed(s) => s.at,
            TimelineEntry::Withdrawn(w) => w.at,
        }
    }
}

/// Whether a delegation holds today.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DelegationState {
    Active,
    /// Its last day has passed.
    Ended,
    Revoked,
}

/// How a delegation concerns the asker.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DelegationSide {
    /// The asker gave it: someone signs for them.
    Given,
    /// The asker received it: they sign for someone.
    Received,
    /// Between two others (an admin listing all).
    Others,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DelegationRow {
    pub id: DelegationId,
    pub from: String,
    pub from_name: String,
    pub to: String,
    pub to_name: String,
    /// The last day it holds, in the company's time zone.
    #[serde(with = "crate::domain::time::day")]
    pub until: chrono::NaiveDate,
    pub state: DelegationState,
    pub side: DelegationSide,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PendingPaper {
    pub signer: String,
    pub decision: crate::domain::Decision,
    pub paper: Paper,
    pub comment: String,
}
