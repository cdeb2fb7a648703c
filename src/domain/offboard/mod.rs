//! Offboarding (DESIGN §1 ②, separation): a separation case opened by the
//! employee, their department or HR, its checklist ticked step by step by
//! the people each step names, the equipment the administration department
//! issued taken back item by item, the final settlement recorded by
//! finance, and the close that separates the employee and frees their seat.

mod apply;
mod cases;
mod checklist;
mod equipment;
mod model;
mod settle;
mod who;

pub use apply::apply;
pub use cases::{may_close, start_event};
pub use checklist::Checklist;
pub use model::*;
pub use settle::{currency, currency_digits, format_amount, format_money, parse_amount};
pub use who::{may_tick, owns, responsible, sees_case, sees_money, sees_reason};

use super::commands::{Ctx, not_found};
use super::error::DomainError;
use super::events::Event;
use super::ids::*;
use super::model::{Role, User};
use super::state::Company;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

pub const MAX_ITEMS: usize = 200;

/// The commands of offboarding, one per thing a person does on a case.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Offboard {
    /// Opens a case: an employee's own resignation, a department head's
    /// advice to resign, or HR's case of any kind.
    Start {
        employee: EmployeeId,
        kind: SepKind,
        notice: NaiveDate,
        last_day: NaiveDate,
        reason: String,
    },
    /// The step's owner marks it done; the comment is its note.
    Tick {
        case: SepId,
        step: String,
        handover_to: Option<EmployeeId>,
    },
    /// The step does not apply to this case; the comment says why.
    Skip { case: SepId, step: String },
    /// The leaving employee acknowledges a done step (a talk, the handover).
    Acknowledge { case: SepId, step: String },
    /// The administration department records an item it issued.
    IssueItem {
        employee: EmployeeId,
        tag: String,
        what: String,
        on: NaiveDate,
    },
    /// What became of one item of a leaving employee; the comment is a note.
    SettleItem {
        case: SepId,
        tag: String,
        fate: ItemFate,
    },
    /// Finance records the final settlement, in minor units.
    Settle {
        case: SepId,
        currency: String,
        last_pay: i64,
        leave_paid: i64,
        compensation: i64,
        deductions: i64,
        paid_on: NaiveDate,
    },
    /// The HR head closes a case whose every step is done.
    Close { case: SepId },
    /// Taken back before the agreement is signed; the comment says why.
    Withdraw { case: SepId },
}

/// The roles that may attempt a command at all; the rest (whose case,
/// whose step) is the case's to say, in `decide`.
pub fn roles_for(cmd: &Offboard) -> &'static [Role] {
    match cmd {
        Offboard::Start { .. }
        | Offboard::Tick { .. }
        | Offboard::Skip { .. }
        | Offboard::Acknowledge { .. }
        | Offboard::Withdraw { .. } => &[],
        Offboard::IssueItem { .. } | Offboard::SettleItem { .. } => &[Role::AdminDept],
        Offboard::Settle { .. } => &[Role::Finance],
        Offboard::Close { .. } => &[Role::HrHead],
    }
}

pub fn action_key(cmd: &Offboard) -> &'static str {
    match cmd {
        Offboard::Start { .. } => "action.start_separation",
        Offboard::Tick { .. } | Offboard::Skip { .. } => "action.tick_step",
        Offboard::Acknowledge { .. } => "action.acknowledge_step",
        Offboard::IssueItem { .. } | Offboard::SettleItem { .. } => "action.equipment",
        Offboard::Settle { .. } => "action.settle",
        Offboard::Close { .. } => "action.close_separation",
        Offboard::Withdraw { .. } => "action.withdraw_separation",
    }
}

/// The case a command acts on, when it acts on one.
pub fn case_of(cmd: &Offboard) -> Option<SepId> {
    match cmd {
        Offboard::Start { .. } | Offboard::IssueItem { .. } => None,
        Offboard::Tick { case, .. }
        | Offboard::Skip { case, .. }
        | Offboard::Acknowledge { case, .. }
        | Offboard::SettleItem { case, .. }
        | Offboard::Settle { case, .. }
        | Offboard::Close { case }
        | Offboard::Withdraw { case } => Some(*case),
    }
}

pub fn decide(
    company: &Company,
    actor: &User,
    cmd: &Offboard,
    comment: &str,
    ctx: &Ctx,
) -> Result<Vec<Event>, DomainError> {
    cases::decide(company, actor, cmd, comment, ctx)
}

/// A case as the asker may know of it: to anyone who may not see it, a
/// colleague's leaving is not there at all.
pub fn case<'a>(
    company: &'a Company,
    actor: &User,
    id: SepId,
) -> Result<&'a SeparationCase, DomainError> {
    company
        .separations
        .get(&id)
        .filter(|c| sees_case(company, actor, c))
        .ok_or_else(|| not_found("kind.separation", id))
}

/// The items issued to an employee, oldest first.
pub fn items(company: &Company, id: EmployeeId) -> &[Item] {
    company.equipment.get(&id).map_or(&[], |v| v.as_slice())
}
