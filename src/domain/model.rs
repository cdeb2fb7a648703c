//! The entities of the company as they stand now. They change only through
//! events (`state::Company::apply`), so the audit log is the whole truth and
//! the state can always be rebuilt from it.
//!
//! Enums here are also stored inside events, which bincode encodes by variant
//! position: new variants go at the end, never in between (the stored-schema
//! test in `tests/stored_schema.rs` refuses anything else).

use super::ids::*;
use super::signoff::SignoffCase;
use super::time::{day, instant};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Admin,
    HrStaff,
    HrHead,
    DeptHead,
    DivisionHead,
    GeneralManager,
    Board,
    AdminDept,
    Finance,
    Employee,
}

impl Role {
    pub const ALL: [Role; 10] = [
        Role::Admin,
        Role::HrStaff,
        Role::HrHead,
        Role::DeptHead,
        Role::DivisionHead,
        Role::GeneralManager,
        Role::Board,
        Role::AdminDept,
        Role::Finance,
        Role::Employee,
    ];

    /// The spelling used in data files, the CLI and message-catalog keys.
    pub fn key(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::HrStaff => "hr_staff",
            Role::HrHead => "hr_head",
            Role::DeptHead => "dept_head",
            Role::DivisionHead => "division_head",
            Role::GeneralManager => "general_manager",
            Role::Board => "board",
            Role::AdminDept => "admin_dept",
            Role::Finance => "finance",
            Role::Employee => "employee",
        }
    }

    pub fn from_key(s: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.key() == s)
    }

    /// Department and division heads act only for the departments they are given.
    pub fn is_scoped(self) -> bool {
        matches!(self, Role::DeptHead | Role::DivisionHead)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoleGrant {
    pub role: Role,
    /// For scoped roles: the departments covered (with their sub-departments).
    pub depts: Vec<DeptId>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct User {
    pub login: String,
    pub display_name: String,
    pub roles: Vec<RoleGrant>,
    pub employee: Option<EmployeeId>,
    /// A disabled user can no longer connect or sign; their history stays.
    pub disabled: bool,
    /// Where and how the daemon mails them what waits (when it has a mailer).
    pub mail: MailPrefs,
}

/// A user's mail: an address (none: no mail), the language the mail is
/// written in (none: English), and whether they turned it off.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MailPrefs {
    pub address: Option<String>,
    pub language: Option<String>,
    pub off: bool,
    /// When mail was last turned on (an address given, or `off` undone):
    /// what entered the inbox since then is mailed, what was there before
    /// is left to the digest.
    #[serde(with = "super::time::instant_opt")]
    pub since: Option<DateTime<Utc>>,
}

impl MailPrefs {
    /// The address to mail, when mail is wanted at all.
    pub fn wanted(&self) -> Option<&str> {
        self.address.as_deref().filter(|_| !self.off)
    }
}

impl User {
    pub fn has(&self, role: Role) -> bool {
        self.roles.iter().any(|g| g.role == role)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Department {
    pub id: DeptId,
    pub name: String,
    pub parent: Option<DeptId>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HeadcountChange {
    #[serde(with = "instant")]
    pub at: DateTime<Utc>,
    pub approved: u32,
    /// The plan that approved it; `None` for the opening figures of a new store.
    pub plan: Option<PlanId>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Position {
    pub id: PositionId,
    pub dept: DeptId,
    pub title: String,
    pub duties: String,
    pub approved: u32,
    pub closed: bool,
    pub history: Vec<HeadcountChange>,
    /// Seats the general manager allowed beyond `approved` until the board
    /// next sets the headcount, and each such decision with its reason.
    pub overridden: u32,
    pub overrides: Vec<SeatOverride>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SeatOverride {
    pub seats: u32,
    pub by: String,
    #[serde(with = "instant")]
    pub at: DateTime<Utc>,
    pub reason: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EmployeeStatus {
    Probation,
    Active,
    Separated,
}

impl EmployeeStatus {
    /// Whether the employee occupies a seat of the position's headcount.
    pub fn holds_seat(self) -> bool {
        !matches!(self, EmployeeStatus::Separated)
    }

    /// As a roster file, the CLI and JSON spell it: what an export writes
    /// is what an import reads.
    pub fn key(self) -> &'static str {
        match self {
            EmployeeStatus::Probation => "probation",
            EmployeeStatus::Active => "regular",
            EmployeeStatus::Separated => "separated",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Employee {
    pub id: EmployeeId,
    /// The company's own staff number (`A-1023`); unique. Employees from
    /// before numbers existed carry their id here.
    pub number: String,
    pub name: String,
    pub position: PositionId,
    pub status: EmployeeStatus,
    #[serde(with = "day")]
    pub hired: NaiveDate,
    pub contracts: Vec<Contract>,
    /// Everything that happened to them, oldest first (the audit log holds
    /// the same with its comments; this is their record's own view).
    pub history: Vec<EmployeeChange>,
    /// Recruitment, onboarding and probation: for those hired through
    /// renshi, or whose probation is assessed in it.
    pub hiring: Option<Box<super::recruit::Hiring>>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ContractKind {
    Probation,
    FixedTerm,
    OpenEnded,
}

impl ContractKind {
    pub const ALL: [ContractKind; 3] = [
        ContractKind::Probation,
        ContractKind::FixedTerm,
        ContractKind::OpenEnded,
    ];

    pub fn key(self) -> &'static str {
        match self {
            ContractKind::Probation => "probation",
            ContractKind::FixedTerm => "fixed_term",
            ContractKind::OpenEnded => "open_ended",
        }
    }
}

/// A labour contract as signed: its kind and its term.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contract {
    pub kind: ContractKind,
    #[serde(with = "day")]
    pub start: NaiveDate,
    /// `None` for an open-ended contract.
    #[serde(with = "super::time::day_opt")]
    pub end: Option<NaiveDate>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EmployeeChange {
    #[serde(with = "instant")]
    pub at: DateTime<Utc>,
    /// The renshi login that made the change.
    pub by: String,
    pub change: Change,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Change {
    /// Joined the company (or was entered from an older roster: `imported`).
    Joined {
        position: PositionId,
        status: EmployeeStatus,
        imported: bool,
    },
    /// Their number or name changed (the names of the fields that did).
    Edited {
        fields: Vec<String>,
    },
    /// Personal fields changed; the values live outside the audit log.
    PersonalChanged {
        fields: Vec<String>,
    },
    Transferred {
        from: PositionId,
        to: PositionId,
        /// Set when the general manager let the move exceed the headcount.
        over_headcount: Option<String>,
    },
    PersonalErased,
    /// Hired through this requisition, as this candidate.
    Recruited {
        req: ReqId,
        candidate: CandidateId,
    },
    Trained {
        what: String,
    },
    StartedWork {
        #[serde(with = "day")]
        on: NaiveDate,
    },
    /// One assessor's step of the probation review.
    Assessed {
        step: String,
        decision: super::signoff::Decision,
        #[serde(with = "super::time::day_opt")]
        extend_to: Option<NaiveDate>,
    },
    /// The probation was not passed: the employment ended.
    ProbationFailed,
    FormalContract {
        number: String,
    },
    /// A separation case was opened about them.
    SeparationStarted {
        case: SepId,
        kind: super::offboard::SepKind,
    },
    /// Their case closed: employment ended on `on`, their last working day.
    Separated {
        case: SepId,
        #[serde(with = "day")]
        on: NaiveDate,
    },
    /// Their case was taken back: they stay.
    SeparationWithdrawn {
        case: SepId,
    },
}

/// Personal data: kept outside the hash-chained log (events only say which
/// fields changed), so it can be erased when the law requires it without
/// breaking the chain. Shown in full only to HR and the person themself.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Personal {
    pub id_number: String,
    pub phone: String,
    pub email: String,
    pub address: String,
    pub bank_account: String,
    /// `YYYY-MM-DD`. Added in store format 5 (a backup written before it
    /// reads with these two empty).
    #[serde(default)]
    pub date_of_birth: String,
    /// Whom to call: a name and a phone number, as one line.
    #[serde(default)]
    pub emergency_contact: String,
}

impl Personal {
    pub const FIELDS: [&'static str; 7] = [
        "id_number",
        "phone",
        "email",
        "address",
        "bank_account",
        "date_of_birth",
        "emergency_contact",
    ];

    pub fn get(&self, field: &str) -> &str {
        match field {
            "id_number" => &self.id_number,
            "phone" => &self.phone,
            "email" => &self.email,
            "address" => &self.address,
            "bank_account" => &self.bank_account,
            "date_of_birth" => &self.date_of_birth,
            "emergency_contact" => &self.emergency_contact,
            _ => "",
        }
    }

    pub fn get_mut(&mut self, field: &str) -> Option<&mut String> {
        match field {
            "id_number" => Some(&mut self.id_number),
            "phone" => Some(&mut self.phone),
            "email" => Some(&mut self.email),
            "address" => Some(&mut self.address),
            "bank_account" => Some(&mut self.bank_account),
            "date_of_birth" => Some(&mut self.date_of_birth),
            "emergency_contact" => Some(&mut self.emergency_contact),
            _ => None,
        }
    }

    /// The names of the fields that differ from `other`.
    pub fn changed_from(&self, other: &Personal) -> Vec<String> {
        Self::FIELDS
            .into_iter()
            .filter(|f| self.get(f) != other.get(f))
            .map(String::from)
            .collect()
    }

    pub fn is_empty(&self) -> bool {
        Self::FIELDS.into_iter().all(|f| self.get(f).is_empty())
    }
}

/// One person's personal data as stored beside the log.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonalRecord {
    pub data: Personal,
    /// Set once erased: the data is gone, and this says when and by whom.
    pub erased: Option<Erasure>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Erasure {
    pub by: String,
    #[serde(with = "instant")]
    pub at: DateTime<Utc>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PlanLine {
    NewPosition {
        dept: DeptId,
        title: String,
        duties: String,
        headcount: u32,
    },
    SetHeadcount {
        position: PositionId,
        headcount: u32,
    },
    ChangeDuties {
        position: PositionId,
        duties: String,
    },
    ClosePosition {
        position: PositionId,
    },
}

impl PlanLine {
    /// The department a line touches, so scoped roles can see plans about them.
    pub fn dept(&self, positions: impl Fn(PositionId) -> Option<DeptId>) -> Option<DeptId> {
        match self {
            PlanLine::NewPosition { dept, .. } => Some(*dept),
            _ => self.position().and_then(positions),
        }
    }

    /// The existing position a line changes; `None` for a new position.
    pub fn position(&self) -> Option<PositionId> {
        match self {
            PlanLine::NewPosition { .. } => None,
            PlanLine::SetHeadcount { position, .. }
            | PlanLine::ChangeDuties { position, .. }
            | PlanLine::ClosePosition { position } => Some(*position),
        }
    }

    pub fn kind(&self) -> &'static str {
        match self {
            PlanLine::NewPosition { .. } => "new_position",
            PlanLine::SetHeadcount { .. } => "set_headcount",
            PlanLine::ChangeDuties { .. } => "change_duties",
            PlanLine::ClosePosition { .. } => "close_position",
        }
    }
}

/// What stood for a line's position when the plan was submitted: signers
/// judge the change against this, even after another plan moved the figures.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Baseline {
    pub approved: u32,
    pub duties: String,
}

/// One change of a plan, under a number that stays its own while others are
/// added and removed (people and scripts address lines by it).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanItem {
    pub no: LineNo,
    pub line: PlanLine,
    /// Set at submission; `None` for new positions and before submission.
    pub baseline: Option<Baseline>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PlanState {
    Draft,
    Submitted,
    Returned,
    Approved,
    Rejected,
    /// Its author took it back after submitting it: an end state, kept with
    /// who, when and why; the work goes on in a new draft.
    Withdrawn,
}

impl PlanState {
    pub const ALL: [PlanState; 6] = [
        PlanState::Draft,
        PlanState::Submitted,
        PlanState::Returned,
        PlanState::Approved,
        PlanState::Rejected,
        PlanState::Withdrawn,
    ];

    pub fn key(self) -> &'static str {
        match self {
            PlanState::Draft => "draft",
            PlanState::Submitted => "submitted",
            PlanState::Returned => "returned",
            PlanState::Approved => "approved",
            PlanState::Rejected => "rejected",
            PlanState::Withdrawn => "withdrawn",
        }
    }

    pub fn from_key(s: &str) -> Option<PlanState> {
        PlanState::ALL.into_iter().find(|p| p.key() == s)
    }

    /// Submitted and returned plans may be withdrawn by their author.
    pub fn withdrawable(self) -> bool {
        matches!(self, PlanState::Submitted | PlanState::Returned)
    }

    /// Drafts and plans returned for revision may be edited by their author.
    pub fn editable(self) -> bool {
        matches!(self, PlanState::Draft | PlanState::Returned)
    }

    pub fn open(self) -> bool {
        matches!(
            self,
            PlanState::Draft | PlanState::Submitted | PlanState::Returned
        )
    }
}

/// A submission of a plan for sign-off: each starts a round.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Submission {
    pub round: u32,
    #[serde(with = "instant")]
    pub at: DateTime<Utc>,
    /// What the author told the signers.
    pub comment: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plan {
    pub id: PlanId,
    pub title: String,
    pub note: String,
    pub author: String,
    pub state: PlanState,
    pub items: Vec<PlanItem>,
    /// The number the next added line gets; numbers are never reused.
    pub next_line: u32,
    pub signoff: SignoffCase,
    pub submissions: Vec<Submission>,
    #[serde(with = "instant")]
    pub created: DateTime<Utc>,
    /// When the plan entered its current state: the inbox ages from here.
    #[serde(with = "instant")]
    pub since: DateTime<Utc>,
    /// Set when its author withdrew it.
    pub withdrawal: Option<Withdrawal>,
}

/// Who withdrew a plan, when, and what they told the signers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Withdrawal {
    pub by: String,
    #[serde(with = "instant")]
    pub at: DateTime<Utc>,
    pub comment: String,
}

impl Plan {
    pub fn item(&self, no: LineNo) -> Option<&PlanItem> {
        self.items.iter().find(|i| i.no == no)
    }

    pub fn lines(&self) -> impl Iterator<Item = &PlanLine> {
        self.items.iter().map(|i| &i.line)
    }
}

/// "X may sign for Y until D": bounded in time, recorded on every signature.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Delegation {
    pub id: DelegationId,
    pub from: String,
    pub to: String,
    /// The last day it holds, in the company's time zone.
    #[serde(with = "day")]
    pub until: NaiveDate,
    pub revoked: bool,
}

impl Delegation {
    pub fn valid_on(&self, day: NaiveDate) -> bool {
        !self.revoked && day <= self.until
    }
}
