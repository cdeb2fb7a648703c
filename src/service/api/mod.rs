//! The request/response API every front end speaks, in-process or over the
//! socket. It has its own types: nothing here is the store's (no server paths,
//! no raw records), and lists come in pages so no answer grows with the company.

use crate::domain::people::RosterRow;
use crate::domain::time::instant;
use crate::domain::*;
use crate::store::StoreError;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

mod dashboard;
mod inbox;
mod notify;
mod offboard;
mod people;
mod plans;
mod recruit;
mod review;
pub use dashboard::*;
pub use inbox::*;
pub use notify::*;
pub use offboard::*;
pub use people::*;
pub use plans::*;
pub use recruit::*;
pub use review::*;

/// Bumped whenever a request or reply changes shape.
pub const API_VERSION: u32 = 12;
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
    /// Rows of a roster too long for one request, held for this connection
    /// (bounded; see `transport::stage`) until `ImportStaged`. `first` is
    /// the index of the first row in the whole roster, so rows that went
    /// astray with a lost connection are noticed, never imported in part.
    StageRows {
        first: u64,
        rows: Vec<RosterRow>,
    },
    /// Imports the staged rows as one `ImportEmployees` (or checks them:
    /// `dry_run`); `rows` is how many the client staged.
    ImportStaged {
        rows: u64,
        dry_run: bool,
        comment: String,
        request: RequestId,
    },
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
    /// Delegations the asker gave or received; `all`: every delegation in
    /// the company (admins).
    Delegations {
        all: bool,
        page: PageReq,
    },
    /// The employee directory, in id order; the cursor is an employee number
    /// (`EMP-n` as n), so a page costs what it holds. Up to `PEOPLE_PAGE`.
    Employees(PageReq),
    Employee(EmployeeId),
    /// The log's last event, for `audit head` and the start of an export.
    AuditHead,
    /// Audit-export lines of events `from..=upto`, as many as fit one
    /// answer (`EXPORT_PAGE_BYTES`); `next` says where to go on.
    Export {
        from: u64,
        upto: u64,
    },
    /// Whether the log still holds the event `audit head` printed (by its
    /// hash, and its sequence number when known) with everything before it
    /// intact.
    VerifyHead {
        seq: Option<u64>,
        hash: [u8; 32],
    },
    /// Backup lines of the personal records (kept outside the log), a page
    /// at a time: for backups, by those who may take one.
    PersonalRecords(PageReq),
    /// Decides a command for the asker as it would run now, authorization
    /// included, and writes nothing: `--dry-run`.
    Check {
        command: Command,
        comment: String,
    },
    /// Employees with their current contract and personal data (masked as
    /// for `Employee`), in id order, for exports; up to `ROSTER_PAGE`.
    Roster(PageReq),
    /// One employee by the company's staff number (`HX-1001`), as HR knows
    /// them; answered and authorized as `Employee`.
    EmployeeByNumber(String),
    /// Requisitions the asker may see, newest first.
    Requisitions {
        state: Option<crate::domain::recruit::ReqState>,
        page: PageReq,
    },
    Requisition(ReqId),
    Interview(InterviewId),
    RecruitReport,
    /// One candidate, as their requisition's view shows them; authorized
    /// as that requisition.
    Candidate(CandidateId),
    /// Separation cases the asker may see, newest first; `open`: those
    /// still running.
    Separations {
        open: bool,
        page: PageReq,
    },
    Separation(SepId),
    /// What the administration department issued to an employee.
    Equipment(EmployeeId),
    /// The contents of a closed case's certificate of separation.
    Certificate(SepId),
    /// The daemon's mailer, the asker's mail settings and their mail.
    MailStatus,
    /// The training catalog; counts of where people stand for those who
    /// see everyone.
    Courses(PageReq),
    /// Sessions the asker may see (HR all, a head those with their people,
    /// an employee their own), newest first.
    Sessions {
        course: Option<CourseId>,
        page: PageReq,
    },
    Session(SessionId),
    /// Gaps in required training of the people the asker sees.
    TrainingReport(PageReq),
    /// Evaluation cycles, newest first.
    Cycles(PageReq),
    /// Evaluations the asker may see; with a cycle, everyone it evaluates
    /// (those not scored yet too).
    Evaluations {
        cycle: Option<CycleId>,
        page: PageReq,
    },
    Evaluation(EvalId),
    /// A cycle's completion per department and its grades (the current
    /// cycle when none is named).
    EvaluationReport(Option<CycleId>),
    /// One employee's training and evaluations over time.
    ReviewRecord(EmployeeId),
    Dashboard,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Reply {
    Done(Done),
    Me(Me),
    Inbox(Page<InboxItem>),
    Departments(DeptPage),
    Positions(Page<PositionRow>),
    Position(PositionDetail),
    Plans(Page<PlanRow>),
    Plan(Box<PlanView>),
    Users(Page<User>),
    Audit(Vec<AuditEntry>),
    Verified {
        events: u64,
    },
    Allowed,
    Delegations(Page<DelegationRow>),
    Employees(Page<EmployeeRow>),
    Employee(Box<EmployeeView>),
    AuditHead(LogHead),
    Export(ExportLines),
    HeadVerified {
        seq: u64,
        events: u64,
    },
    PersonalRecords(Page<String>),
    /// How many rows this connection holds staged.
    Staged {
        rows: u64,
    },
    /// What a checked command would do: its events and first new id.
    Checked {
        events: u64,
        created: Option<String>,
    },
    Roster(Page<RosterRecord>),
    Requisitions(Page<ReqRow>),
    Requisition(Box<ReqView>),
    Interview(Box<InterviewDetail>),
    RecruitReport(RecruitReport),
    Candidate(Box<CandidateView>),
    Separations(Page<SepRow>),
    Separation(Box<SepView>),
    Equipment(EquipmentView),
    Certificate(CertificateData),
    MailStatus(Box<MailStatus>),
    Courses(Page<CourseRow>),
    Sessions(Page<SessionRow>),
    Session(Box<SessionView>),
    TrainingReport(TrainingReport),
    Cycles(Page<CycleRow>),
    Evaluations(Page<EvalRow>),
    Evaluation(Box<EvalView>),
    EvaluationReport(Box<EvaluationReport>),
    ReviewRecord(Box<ReviewRecord>),
    Dashboard(Box<Dashboard>),
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
    /// `audit verify --head`: the log does not hold the event that was kept.
    #[error("{0}")]
    KeptHead(KeptHead),
    #[error("{0}")]
    Busy(Busy),
    #[error("{0}")]
    Protocol(String),
    /// `ImportStaged` found other rows than the client staged (a lost
    /// connection, or idle rows dropped): nothing was imported.
    #[error("{staged} rows are staged, the import expected {expected}: nothing was imported")]
    StageLost { staged: u64, expected: u64 },
}

/// How the log fails a head kept outside the machine (`audit head`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum KeptHead {
    #[error("the log ends at event {end}, before event {seq} that was kept: events were lost")]
    Gone { seq: u64, end: u64 },
    #[error("event {seq} of the log is not the one that was kept: the log was rewritten")]
    Differs { seq: u64 },
    #[error("no event of the log ({end} events) has the hash that was kept")]
    NotFound { end: u64 },
}

impl KeptHead {
    pub fn key(&self) -> &'static str {
        match self {
            KeptHead::Gone { .. } => "err.head_gone",
            KeptHead::Differs { .. } => "err.head_differs",
            KeptHead::NotFound { .. } => "err.head_not_found",
        }
    }

    pub fn args(&self) -> Vec<(&'static str, String)> {
        match self {
            KeptHead::Gone { seq, end } => {
                vec![("seq", seq.to_string()), ("end", end.to_string())]
            }
            KeptHead::Differs { seq } => vec![("seq", seq.to_string())],
            KeptHead::NotFound { end } => vec![("end", end.to_string())],
        }
    }
}

/// The log's last event: its number, its hash in hex, and the company's name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LogHead {
    pub seq: u64,
    pub hash: String,
    pub company: String,
}

/// Lines of an audit export (each one event, without its newline).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportLines {
    pub lines: Vec<String>,
    pub next: Option<u64>,
}

/// How many bytes of lines one `Export` answer holds at most, past the line
/// that reaches it: with lines of at most 1 MiB, an answer stays well inside
/// the 8 MiB a frame may carry.
pub const EXPORT_PAGE_BYTES: usize = 4 << 20;

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
    #[error("the renshi daemon holds {0} MiB of staged rows; try again in a moment")]
    Staged(usize),
    #[error("you have {0} MiB of rows staged already; the daemon holds no more for one user")]
    YoursStaged(usize),
}

impl Busy {
    pub fn key(&self) -> &'static str {
        match self {
            Busy::Connections(_) => "err.busy_connections",
            Busy::YourConnections(_) => "err.busy_yours",
            Busy::Arriving(_) => "err.busy_arriving",
            Busy::YoursArriving(_) => "err.busy_yours_arriving",
            Busy::Staged(_) => "err.busy_staged",
            Busy::YoursStaged(_) => "err.busy_yours_staged",
        }
    }

    pub fn count(&self) -> usize {
        match self {
            Busy::Connections(n)
            | Busy::YourConnections(n)
            | Busy::Arriving(n)
            | Busy::YoursArriving(n)
            | Busy::Staged(n)
            | Busy::YoursStaged(n) => *n,
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
    /// The employee this login is, when it is one: their own line in a
    /// list, their self-assessment.
    pub employee: Option<EmployeeId>,
}

/// Open positions and their seats, summed over some departments.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Figures {
    pub positions: u32,
    pub approved: u32,
    pub filled: u32,
    pub reserved: u32,
    /// approved − filled − reserved (negative after an override) for one
    /// position; for a department or the company, the free seats of its
    /// positions (one beyond its headcount counts none).
    pub free: i64,
}

impl Figures {
    pub fn add(&mut self, other: &Figures) {
        self.positions += other.positions;
        self.approved += other.approved;
        self.filled += other.filled;
        self.reserved += other.reserved;
        self.free += other.free;
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DeptRow {
    pub id: DeptId,
    pub name: String,
    pub parent: Option<DeptId>,
    pub depth: u32,
    /// The department's own open positions and seats (without
    /// sub-departments): the same as `own`, kept for the screens that read them.
    pub positions: u32,
    pub approved: u32,
    pub filled: u32,
    /// The department's own open positions and seats.
    pub own: Figures,
    /// The department with all its sub-departments.
    pub total: Figures,
}

/// A page of the department tree, and the whole company's figures.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DeptPage {
    pub items: Vec<DeptRow>,
    /// How many departments there are in all.
    pub total: u64,
    /// The cursor of the next page; `None` on the last.
    pub next: Option<u64>,
    /// Every open position of the company.
    pub company: Figures,
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
    /// Seats the general manager allowed beyond `approved` (with a
    /// recorded reason) until the board next sets the headcount.
    pub overridden: u32,
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
    /// `None` when withheld from the asker (see `withheld`).
    pub event: Option<Event>,
    /// Set when the entry is an interviewer's feedback on a round the asker
    /// interviews in and has not given theirs: its content and comment are
    /// withheld, as everywhere else, until they do.
    pub withheld: Option<InterviewId>,
    /// SHA-256 of the entry and of the entry before it, in hex.
    pub hash: String,
    pub prev: String,
}
