//! What the offboarding queries answer: separation cases as rows and as a
//! checklist (each step with the people it names and why the asker may not
//! tick it), the equipment an employee holds, and a certificate's contents.

use crate::domain::offboard::{Item, SepKind, SepState, Settlement, StepState, StepTemplate};
use crate::domain::time::{day, day_opt, instant, instant_opt};
use crate::domain::*;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SepRow {
    pub id: SepId,
    pub employee: EmployeeId,
    pub name: String,
    pub number: String,
    pub position_title: String,
    pub dept_name: String,
    pub kind: SepKind,
    pub state: SepState,
    #[serde(with = "day")]
    pub notice: NaiveDate,
    #[serde(with = "day")]
    pub last_day: NaiveDate,
    pub started_by: String,
    #[serde(with = "instant")]
    pub started: DateTime<Utc>,
    pub steps: u32,
    /// Done or not applicable.
    pub done: u32,
    /// The open step due first, and when.
    pub next_step: Option<StepTemplate>,
    #[serde(with = "day_opt")]
    pub next_due: Option<NaiveDate>,
    /// Open steps past their due date.
    pub overdue: u32,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StepView {
    /// 1, 2, … as the checklist shows it; the CLI takes it for the key.
    pub no: u32,
    pub template: StepTemplate,
    #[serde(with = "day")]
    pub due: NaiveDate,
    pub overdue: bool,
    pub state: StepState,
    pub by: Option<String>,
    #[serde(with = "instant_opt")]
    pub at: Option<DateTime<Utc>>,
    pub note: String,
    /// The colleague who took the work over, with their name.
    pub handover_to: Option<(EmployeeId, String)>,
    #[serde(with = "instant_opt")]
    pub acknowledged: Option<DateTime<Utc>>,
    /// The logins the step's owner role resolves to for this case.
    pub responsible: Vec<String>,
    /// Open steps it waits for.
    pub waiting: Vec<String>,
    /// Why the asker may not tick it now; `None` when they may.
    pub cannot_tick: Option<DomainError>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SepView {
    pub row: SepRow,
    /// `None` when the asker may not read why (the administration
    /// department, finance).
    pub reason: Option<String>,
    pub steps: Vec<StepView>,
    /// What the administration department issued to the employee.
    pub items: Vec<Item>,
    pub settlement: Option<Settlement>,
    /// A settlement is recorded but not for the asker's eyes.
    pub settlement_hidden: bool,
    pub ended_by: Option<String>,
    #[serde(with = "instant_opt")]
    pub ended: Option<DateTime<Utc>>,
    pub withdrawn_because: String,
    pub cannot_close: Option<DomainError>,
    pub cannot_withdraw: Option<DomainError>,
}

/// The items issued to one employee.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EquipmentView {
    pub employee: EmployeeId,
    pub name: String,
    pub items: Vec<Item>,
}

/// What a certificate of separation says; the front end lays it out from
/// the template in `data/certificate/`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CertificateData {
    pub case: SepId,
    pub company: String,
    pub name: String,
    pub number: String,
    /// Masked but for its last characters; empty once erased.
    pub id_number: String,
    pub position: String,
    pub department: String,
    #[serde(with = "day")]
    pub hired: NaiveDate,
    #[serde(with = "day")]
    pub last_day: NaiveDate,
    #[serde(with = "day")]
    pub issued: NaiveDate,
    /// Why it ended: the Chinese text says a contract that ran out ended
    /// (终止) and one cut short was rescinded (解除).
    pub kind: SepKind,
}
