//! The request/response API every front end speaks, in-process or over the
//! socket. It has its own types: nothing here is the store's (no server paths,
//! no raw records), and lists come in pages so no answer grows with the company.

use crate::domain::signoff::{Paper, Seen, Signature, StepTemplate};
use crate::domain::time::instant;
use crate::domain::*;
use crate::store::StoreError;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// Bumped whenever a request or reply changes shape.
pub const API_VERSION: u32 = 2;
/// The most items one page may hold, whatever a client asks for.
pub const MAX_PAGE: u32 = 500;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Request {
    /// `request` is chosen by the client and kept for retries: the same id
    /// sent again is answered with the first result, never run twice.
    Execute {
        command: Command,
        comment: String,
        request: RequestId,
    },
    Query(Query),
}

impl Request {
    pub fn execute(command: Command, comment: impl Into<String>) -> Request {
        Request::Execute {
            command,
            comment: comment.into(),
            request: RequestId::random(),
        }
    }
}

/// Which part of a list to answer: from `cursor` (0 = the start, then the
/// `next` of the previous page), at most `limit` items (capped at `MAX_PAGE`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PageReq {
    pub cursor: u64,
    pub limit: u32,
}

impl PageReq {
    pub const FIRST: PageReq = PageReq {
        cursor: 0,
        limit: MAX_PAGE,
    };

    pub fn limit(self) -> usize {
        self.limit.clamp(1, MAX_PAGE) as usize
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Page<T> {
    pub items: Vec<T>,
    /// How many there are in all.
    pub total: u64,
    /// The cursor of the next page; `None` on the last.
    pub next: Option<u64>,
}

impl<T> Page<T> {
    /// The page `req` asks for out of `all`, which yields items in list order.
    pub fn of(total: usize, all: impl Iterator<Item = T>, req: PageReq) -> Page<T> {
        let start = usize::try_from(req.cursor).unwrap_or(usize::MAX);
        let items: Vec<T> = all.skip(start).take(req.limit()).collect();
        let end = start.saturating_add(items.len());
        Page {
            next: (end < total).then_some(end as u64),
            total: total as u64,
            items,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Query {
    Whoami,
    Inbox(PageReq),
    Departments(PageReq),
    Positions {
        dept: Option<DeptId>,
        page: PageReq,
    },
    Position(PositionId),
    Plans {
        state: Option<PlanState>,
        page: PageReq,
    },
    Plan(PlanId),
    Users(PageReq),
    /// Whether the asker may run this command at all (their roles), asked
    /// before a form is opened so nobody fills one in for nothing.
    May(Command),
    /// Log entries from `from` (1-based); `from: 0` means the latest `limit`.
    Audit {
        from: u64,
        limit: u32,
    },
    Verify,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Reply {
    Done(Done),
    Me(Me),
    Inbox(Page<InboxItem>),
    Departments(Page<DeptRow>),
    Positions(Page<PositionRow>),
    Position(PositionDetail),
    Plans(Page<PlanRow>),
    Plan(Box<PlanView>),
    Users(Page<User>),
    Audit(Vec<AuditEntry>),
    Verified { events: u64 },
    Allowed,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
    /// The daemon turned the connection away for now; trying again later works.
    #[error("{0}")]
    Busy(Busy),
    #[error("{0}")]
    Protocol(String),
}

/// Why the daemon is too busy for a connection or a request right now.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum Busy {
    #[error("the renshi daemon is busy ({0} connections); try again in a moment")]
    Connections(usize),
    #[error("the renshi daemon is busy ({0} connections are yours already); try again in a moment")]
    YourConnections(usize),
    #[error("the renshi daemon is busy ({0} MiB of requests arriving); try again in a moment")]
    Arriving(usize),
    #[error("the renshi daemon is busy ({0} MiB of your requests arriving); try again in a moment")]
    YoursArriving(usize),
}

impl Busy {
    pub fn key(&self) -> &'static str {
        match self {
            Busy::Connections(_) => "err.busy_connections",
            Busy::YourConnections(_) => "err.busy_yours",
            Busy::Arriving(_) => "err.busy_arriving",
            Busy::YoursArriving(_) => "err.busy_yours_arriving",
        }
    }

    pub fn count(&self) -> usize {
        match self {
            Busy::Connections(n)
            | Busy::YourConnections(n)
            | Busy::Arriving(n)
            | Busy::YoursArriving(n) => *n,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Me {
    pub login: String,
    pub display_name: String,
    pub roles: Vec<RoleGrant>,
    pub company: String,
    /// The company's time zone (IANA name); every time shown is in it.
    pub zone: String,
    pub demo: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InboxKind {
    /// A plan waits for this person's signature (or for someone they sign for).
    SignPlan { for_whom: Option<String> },
    /// The person's plan came back for revision.
    RevisePlan,
    /// A paper sign-off recorded by another HR person waits for a second look.
    ConfirmPaper { recorded_by: String },
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct InboxItem {
    pub kind: InboxKind,
    pub plan: PlanId,
    pub title: String,
    #[serde(with = "instant")]
    pub since: DateTime<Utc>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DeptRow {
    pub id: DeptId,
    pub name: String,
    pub parent: Option<DeptId>,
    pub depth: u32,
    pub positions: u32,
    pub approved: u32,
    pub filled: u32,
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
    #[serde(with = "crate::domain::time::day")]
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
    pub lines: u32,
    #[serde(with = "instant")]
    pub since: DateTime<Utc>,
    /// The role the plan waits for, while submitted.
    pub waiting_for: Option<Role>,
}

/// A plan line with the names a reader needs beside the ids.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LineView {
    pub no: LineNo,
    pub line: PlanLine,
    pub dept_name: String,
    pub position_title: Option<String>,
    /// Approved headcount the line changes from: as it stood at submission
    /// (or today, before the plan is submitted).
    pub current: Option<u32>,
    /// Seats filled or reserved now, so a signer sees what the change leaves free.
    pub occupied: Option<u32>,
    /// The position's duties the line changes from (as `current`).
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
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PendingPaper {
    pub signer: String,
    pub decision: crate::domain::Decision,
    pub paper: Paper,
    pub comment: String,
}

/// One audit-log entry, as the API tells it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AuditEntry {
    pub seq: u64,
    #[serde(with = "instant")]
    pub at: DateTime<Utc>,
    pub actor: String,
    /// The OS login that ran it when different (a demo store's `--as`).
    pub via: Option<String>,
    pub comment: String,
    pub event: Event,
    /// SHA-256 of the entry and of the entry before it, in hex.
    pub hash: String,
    pub prev: String,
}
