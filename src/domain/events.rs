//! Domain events: what happened, as decided by a command. They go into the
//! audit log as they are and are replayed by `Company::apply`.

use super::ids::*;
use super::model::*;
use super::signoff::{ChainTemplate, Signature};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Event {
    CompanyNamed {
        name: String,
    },
    DepartmentCreated {
        dept: Department,
    },
    DepartmentMoved {
        id: DeptId,
        parent: Option<DeptId>,
    },
    DepartmentRenamed {
        id: DeptId,
        name: String,
    },
    PositionCreated {
        position: Position,
    },
    HeadcountSet {
        position: PositionId,
        approved: u32,
        plan: Option<PlanId>,
        at: DateTime<Utc>,
    },
    DutiesChanged {
        position: PositionId,
        duties: String,
        plan: PlanId,
    },
    PositionClosed {
        position: PositionId,
        plan: PlanId,
        at: DateTime<Utc>,
    },
    UserRegistered {
        user: User,
    },
    EmployeeHired {
        employee: Employee,
    },
    PlanDrafted {
        plan: Plan,
    },
    PlanEdited {
        id: PlanId,
        title: String,
        note: String,
    },
    PlanLineAdded {
        id: PlanId,
        line: PlanLine,
    },
    PlanLineReplaced {
        id: PlanId,
        index: usize,
        line: PlanLine,
    },
    PlanLineRemoved {
        id: PlanId,
        index: usize,
    },
    /// Carries the chain as it stood at submission: the template may change later.
    PlanSubmitted {
        id: PlanId,
        chain: ChainTemplate,
        at: DateTime<Utc>,
    },
    PlanSigned {
        id: PlanId,
        signature: Signature,
    },
    DelegationGranted {
        delegation: Delegation,
    },
    DelegationRevoked {
        id: DelegationId,
    },
}

/// A current-state record that an event changes; the store rewrites exactly these.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum RecordKey {
    Company,
    Dept(DeptId),
    Position(PositionId),
    Employee(EmployeeId),
    User(String),
    Plan(PlanId),
    Delegation(DelegationId),
}

impl Event {
    pub fn touches(&self) -> RecordKey {
        use Event::*;
        match self {
            CompanyNamed { .. } => RecordKey::Company,
            DepartmentCreated { dept } => RecordKey::Dept(dept.id),
            DepartmentMoved { id, .. } | DepartmentRenamed { id, .. } => RecordKey::Dept(*id),
            PositionCreated { position } => RecordKey::Position(position.id),
            HeadcountSet { position, .. }
            | DutiesChanged { position, .. }
            | PositionClosed { position, .. } => RecordKey::Position(*position),
            UserRegistered { user } => RecordKey::User(user.login.clone()),
            EmployeeHired { employee } => RecordKey::Employee(employee.id),
            PlanDrafted { plan } => RecordKey::Plan(plan.id),
            PlanEdited { id, .. }
            | PlanLineAdded { id, .. }
            | PlanLineReplaced { id, .. }
            | PlanLineRemoved { id, .. }
            | PlanSubmitted { id, .. }
            | PlanSigned { id, .. } => RecordKey::Plan(*id),
            DelegationGranted { delegation } => RecordKey::Delegation(delegation.id),
            DelegationRevoked { id } => RecordKey::Delegation(*id),
        }
    }

    /// Catalog key for the audit-log line of this event.
    pub fn key(&self) -> &'static str {
        use Event::*;
        match self {
            CompanyNamed { .. } => "event.company_named",
            DepartmentCreated { .. } => "event.department_created",
            DepartmentMoved { .. } => "event.department_moved",
            DepartmentRenamed { .. } => "event.department_renamed",
            PositionCreated { .. } => "event.position_created",
            HeadcountSet { .. } => "event.headcount_set",
            DutiesChanged { .. } => "event.duties_changed",
            PositionClosed { .. } => "event.position_closed",
            UserRegistered { .. } => "event.user_registered",
            EmployeeHired { .. } => "event.employee_hired",
            PlanDrafted { .. } => "event.plan_drafted",
            PlanEdited { .. } => "event.plan_edited",
            PlanLineAdded { .. } => "event.plan_line_added",
            PlanLineReplaced { .. } => "event.plan_line_replaced",
            PlanLineRemoved { .. } => "event.plan_line_removed",
            PlanSubmitted { .. } => "event.plan_submitted",
            PlanSigned { .. } => "event.plan_signed",
            DelegationGranted { .. } => "event.delegation_granted",
            DelegationRevoked { .. } => "event.delegation_revoked",
        }
    }
}
