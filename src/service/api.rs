//! The request/response API every front end speaks, in-process or over the
//! socket: plain enums, so the same values can travel as frames.

use crate::domain::signoff::Signature;
use crate::domain::*;
use crate::store::{Recorded, StoreError};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// Bumped whenever a request or reply changes shape.
pub const API_VERSION: u32 = 1;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Request {
    Execute { command: Command, comment: String },
    Query(Query),
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Query {
    Whoami,
    Inbox,
    Departments,
    Positions {
        dept: Option<DeptId>,
        offset: usize,
        limit: usize,
    },
    Position(PositionId),
    Plans {
        state: Option<PlanState>,
    },
    Plan(PlanId),
    Users,
    /// Whether the asker may run this command at all (their roles), asked
    /// before a form is opened so nobody fills one in for nothing.
    May(Command),
    /// Log entries from `from` (1-based); `from: 0` means the latest `limit`.
    Audit {
        from: u64,
        limit: usize,
    },
    Verify,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Reply {
    Done(Done),
    Me(Me),
    Inbox(Vec<InboxItem>),
    Departments(Vec<DeptRow>),
    Positions(Page<PositionRow>),
    Position(PositionDetail),
    Plans(Vec<PlanRow>),
    Plan(Box<PlanView>),
    Users(Vec<User>),
    Audit(Vec<Recorded>),
    Verified { events: u64 },
    Allowed,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Done {
    /// Sequence number of the command's last event in the audit log.
    pub seq: u64,
    /// The id of what the command created, when it created something.
    pub created: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum ApiError {
    #[error(transparent)]
    Domain(#[from] DomainError),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("the audit log is broken at event {seq}: {reason}")]
    AuditBroken { seq: u64, reason: String },
    #[error("{0}")]
    Protocol(String),
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Me {
    pub login: String,
    pub display_name: String,
    pub roles: Vec<RoleGrant>,
    pub company: String,
    pub store: String,
    pub demo: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum InboxKind {
    /// A plan waits for this person's signature (or for someone they sign for).
    SignPlan { for_whom: Option<String> },
    /// The person's plan came back for revision.
    RevisePlan,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct InboxItem {
    pub kind: InboxKind,
    pub plan: PlanId,
    pub title: String,
    pub since: DateTime<Utc>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DeptRow {
    pub id: DeptId,
    pub name: String,
    pub parent: Option<DeptId>,
    pub depth: usize,
    pub positions: usize,
    pub approved: u32,
    pub filled: u32,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub total: usize,
    pub offset: usize,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PositionRow {
    pub id: PositionId,
    pub dept: DeptId,
    pub dept_name: String,
    pub title: String,
    pub duties: String,
    pub approved: u32,
    pub filled: u32,
    pub reserved: u32,
    pub free: i64,
    pub closed: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StaffRow {
    pub id: EmployeeId,
    pub name: String,
    pub status: EmployeeStatus,
    pub hired: chrono::NaiveDate,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PositionDetail {
    pub row: PositionRow,
    pub history: Vec<HeadcountChange>,
    /// `None` when the asker may not see who holds the seats.
    pub staff: Option<Vec<StaffRow>>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PlanRow {
    pub id: PlanId,
    pub title: String,
    pub author: String,
    pub state: PlanState,
    pub lines: usize,
    pub since: DateTime<Utc>,
    /// The role the plan waits for, while submitted.
    pub waiting_for: Option<Role>,
}

/// A plan line with the names a reader needs beside the ids.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LineView {
    pub line: PlanLine,
    pub dept_name: String,
    pub position_title: Option<String>,
    /// Approved headcount now, for lines on an existing position.
    pub current: Option<u32>,
    /// Seats filled or reserved now, so a signer sees what the change leaves free.
    pub occupied: Option<u32>,
    /// The position's duties now, beside a change of duties.
    pub current_duties: Option<String>,
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
    pub created: DateTime<Utc>,
    pub since: DateTime<Utc>,
    pub lines: Vec<LineView>,
    pub steps: Vec<crate::domain::signoff::StepTemplate>,
    pub next_step: Option<usize>,
    pub round: u32,
    pub signatures: Vec<Signature>,
    pub can_edit: bool,
    /// `Some` when the asker may sign now; inner `Some(x)` when signing for x.
    pub can_sign: Option<Option<String>>,
    /// Why the asker may not sign now, told before they start writing a comment.
    pub sign_refusal: Option<DomainError>,
    /// Why the asker may not edit the plan.
    pub edit_refusal: Option<DomainError>,
}
