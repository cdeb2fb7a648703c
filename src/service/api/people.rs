//! What the people flow's queries answer: directory rows, an employee's
//! record, and roster records for exports.

use crate::domain::*;
use serde::{Deserialize, Serialize};

/// The most records one `Roster` page holds (a few hundred bytes each).
pub const ROSTER_PAGE: u32 = 2000;

/// One employee as an export writes them: the roster's columns.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RosterRecord {
    pub row: EmployeeRow,
    /// The latest contract.
    pub contract: Option<Contract>,
    /// `None` when nothing personal was ever recorded.
    pub personal: Option<PersonalView>,
}

/// The most directory rows one page may hold: rows are small, and a whole
/// company is read by its directory screen.
pub const PEOPLE_PAGE: u32 = 5000;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EmployeeRow {
    pub id: EmployeeId,
    pub number: String,
    pub name: String,
    pub dept: DeptId,
    pub dept_name: String,
    pub position: PositionId,
    pub title: String,
    pub status: EmployeeStatus,
    #[serde(with = "crate::domain::time::day")]
    pub hired: chrono::NaiveDate,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EmployeeView {
    pub row: EmployeeRow,
    pub contracts: Vec<Contract>,
    pub history: Vec<EmployeeChange>,
    /// The titles of the positions the history names, so it reads as words.
    pub titles: Vec<(PositionId, String)>,
    /// `None` when nothing personal was ever recorded.
    pub personal: Option<PersonalView>,
    /// Recruitment, onboarding and probation, for those hired through it
    /// (or whose probation is assessed in it).
    pub hiring: Option<crate::domain::recruit::Hiring>,
    /// What an assessment must say it saw, while one is open.
    pub review_seen: Option<crate::domain::signoff::Seen>,
    /// Why the asker may not assess now; `None` when they may.
    pub cannot_assess: Option<DomainError>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonalView {
    /// Masked (`****1234`) for whoever may not read them in full.
    pub data: Personal,
    pub masked: bool,
    pub erased: Option<Erasure>,
}
