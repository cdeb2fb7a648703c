//! The entities of the company as they stand now. Changes only through events
//! (`state::Company::apply`), so the store's records and the audit log agree.

use super::ids::*;
use super::signoff::SignoffCase;
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
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Employee {
    pub id: EmployeeId,
    pub name: String,
    pub position: PositionId,
    pub status: EmployeeStatus,
    pub hired: NaiveDate,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
            PlanLine::SetHeadcount { position, .. }
            | PlanLine::ChangeDuties { position, .. }
            | PlanLine::ClosePosition { position } => positions(*position),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PlanState {
    Draft,
    Submitted,
    Returned,
    Approved,
    Rejected,
}

impl PlanState {
    pub fn key(self) -> &'static str {
        match self {
            PlanState::Draft => "draft",
            PlanState::Submitted => "submitted",
            PlanState::Returned => "returned",
            PlanState::Approved => "approved",
            PlanState::Rejected => "rejected",
        }
    }

    /// Drafts and plans returned for revision may be edited by their author.
    pub fn editable(self) -> bool {
        matches!(self, PlanState::Draft | PlanState::Returned)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plan {
    pub id: PlanId,
    pub title: String,
    pub note: String,
    pub author: String,
    pub state: PlanState,
    pub lines: Vec<PlanLine>,
    pub signoff: SignoffCase,
    pub created: DateTime<Utc>,
    /// When the plan entered its current state: the inbox ages from here.
    pub since: DateTime<Utc>,
}

/// "X may sign for Y until D": bounded in time, recorded on every signature.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Delegation {
    pub id: DelegationId,
    pub from: String,
    pub to: String,
    pub until: NaiveDate,
    pub revoked: bool,
}

impl Delegation {
    pub fn valid_on(&self, day: NaiveDate) -> bool {
        !self.revoked && day <= self.until
    }
}
