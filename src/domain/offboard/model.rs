//! The records of offboarding as they stand now: separation cases with their
//! checklist, the equipment the administration department issued, and the
//! final settlement. Enums here travel in events: new variants go at the end.

use crate::domain::ids::*;
use crate::domain::model::Role;
use crate::domain::time::{day, day_opt, instant, instant_opt};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

/// Why someone leaves. The first two are started by the employee and their
/// department; the rest by HR.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SepKind {
    /// 本人申請: the employee resigns.
    Resignation,
    /// 部門勸辭: the department advises them to resign.
    AdvisedResignation,
    ProbationNotPassed,
    ContractNotRenewed,
    Retirement,
    Dismissal,
    MutualAgreement,
}

impl SepKind {
    pub const ALL: [SepKind; 7] = [
        SepKind::Resignation,
        SepKind::AdvisedResignation,
        SepKind::ProbationNotPassed,
        SepKind::ContractNotRenewed,
        SepKind::Retirement,
        SepKind::Dismissal,
        SepKind::MutualAgreement,
    ];

    /// As the CLI, JSON and catalog keys (`sep_kind.<key>`) spell it.
    pub fn key(self) -> &'static str {
        match self {
            SepKind::Resignation => "resignation",
            SepKind::AdvisedResignation => "advised",
            SepKind::ProbationNotPassed => "probation",
            SepKind::ContractNotRenewed => "not_renewed",
            SepKind::Retirement => "retirement",
            SepKind::Dismissal => "dismissal",
            SepKind::MutualAgreement => "mutual",
        }
    }

    pub fn from_key(s: &str) -> Option<SepKind> {
        let t = s.trim().replace('-', "_");
        SepKind::ALL.into_iter().find(|k| k.key() == t)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SepState {
    Open,
    /// Every step done and the HR head closed it: the employee is separated.
    Closed,
    /// Taken back before the agreement: the employee stays.
    Withdrawn,
}

impl SepState {
    pub fn key(self) -> &'static str {
        match self {
            SepState::Open => "open",
            SepState::Closed => "closed",
            SepState::Withdrawn => "withdrawn",
        }
    }
}

/// What a step is about, where renshi checks more than a tick.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StepKind {
    /// A plain step: whoever owns it ticks it.
    Task,
    /// The work is handed over to a named colleague.
    Handover,
    /// Done when every item issued to the employee is returned, written off
    /// or charged.
    Equipment,
    /// The separation agreement: once done, the case can no longer be withdrawn.
    Agreement,
    /// Done when finance records the final settlement.
    Settlement,
}

/// One step of a checklist, as the template gives it and the case keeps it
/// (a later change of the template leaves running cases as they started).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
// Named apart from the sign-off chains' step in the stored shapes
// (`tests/stored_schema.rs` tells types by their serde names).
#[serde(rename = "ChecklistStep")]
pub struct StepTemplate {
    /// Short and stable: how the CLI names it (`hr_talk`).
    pub key: String,
    pub kind: StepKind,
    /// Who ticks it; `dept_head` means the heads of the employee's department.
    pub owner: Role,
    /// Days from the last working day (negative: before it).
    pub due_days: i32,
    /// Steps that must be done (or not applicable) first.
    pub after: Vec<String>,
    /// The leaving employee acknowledges it (a talk, the handover).
    pub acknowledged: bool,
    /// The step's name in English, Simplified and Traditional Chinese.
    pub title_en: String,
    pub title_hans: String,
    pub title_hant: String,
}

impl StepTemplate {
    pub fn title(&self, lang: &str) -> &str {
        match lang {
            "zh-Hans" => &self.title_hans,
            "zh-Hant" => &self.title_hant,
            _ => &self.title_en,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StepState {
    Pending,
    Done,
    /// Marked not applicable; the note gives the reason.
    NotApplicable,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseStep {
    pub template: StepTemplate,
    #[serde(with = "day")]
    pub due: NaiveDate,
    pub state: StepState,
    pub by: Option<String>,
    #[serde(with = "instant_opt")]
    pub at: Option<DateTime<Utc>>,
    pub note: String,
    /// The colleague who took the work over (handover steps).
    pub handover_to: Option<EmployeeId>,
    /// When the leaving employee acknowledged it.
    #[serde(with = "instant_opt")]
    pub acknowledged: Option<DateTime<Utc>>,
}

impl CaseStep {
    pub fn is_open(&self) -> bool {
        self.state == StepState::Pending
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SeparationCase {
    pub id: SepId,
    pub employee: EmployeeId,
    pub kind: SepKind,
    pub reason: String,
    #[serde(with = "day")]
    pub notice: NaiveDate,
    #[serde(with = "day")]
    pub last_day: NaiveDate,
    pub state: SepState,
    pub started_by: String,
    #[serde(with = "instant")]
    pub started: DateTime<Utc>,
    pub steps: Vec<CaseStep>,
    pub settlement: Option<Settlement>,
    /// Who closed or withdrew it, and when.
    pub ended_by: Option<String>,
    #[serde(with = "instant_opt")]
    pub ended: Option<DateTime<Utc>>,
    /// Why it was withdrawn.
    pub withdrawn_because: String,
}

impl SeparationCase {
    pub fn step(&self, key: &str) -> Option<&CaseStep> {
        self.steps.iter().find(|s| s.template.key == key)
    }

    pub fn done(&self) -> usize {
        self.steps.iter().filter(|s| !s.is_open()).count()
    }

    /// The open steps whose gates still hold `key` back.
    pub fn waiting_for(&self, step: &CaseStep) -> Vec<String> {
        step.template
            .after
            .iter()
            .filter(|k| self.step(k).is_some_and(CaseStep::is_open))
            .cloned()
            .collect()
    }

    /// Whether the agreement is signed: the case can no longer be withdrawn.
    pub fn agreed(&self) -> bool {
        self.steps
            .iter()
            .any(|s| s.template.kind == StepKind::Agreement && s.state == StepState::Done)
    }

    /// The next open step by due date.
    pub fn next_due(&self) -> Option<&CaseStep> {
        self.steps
            .iter()
            .filter(|s| s.is_open())
            .min_by_key(|s| s.due)
    }
}

/// An amount of money in the currency's smallest unit (fen, cents).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Money {
    pub minor: i64,
    /// ISO 4217 (`CNY`).
    pub currency: String,
}

/// The final settlement as finance records it: a record, not a payroll.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settlement {
    pub currency: String,
    pub last_pay: i64,
    pub leave_paid: i64,
    pub compensation: i64,
    pub deductions: i64,
    /// last pay + leave paid + compensation − deductions.
    pub total: i64,
    #[serde(with = "day")]
    pub paid_on: NaiveDate,
}

/// What became of an issued item when its holder left.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemFate {
    Returned,
    WrittenOff,
    /// The employee pays for it (deducted in the settlement, or paid).
    Charged(Money),
}

impl ItemFate {
    pub fn key(&self) -> &'static str {
        match self {
            ItemFate::Returned => "returned",
            ItemFate::WrittenOff => "written_off",
            ItemFate::Charged(_) => "charged",
        }
    }
}

/// One thing the administration department issued to an employee.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Item {
    /// The company's asset tag; unique among items still out.
    pub tag: String,
    pub what: String,
    #[serde(with = "day")]
    pub issued: NaiveDate,
    pub issued_by: String,
    pub fate: Option<ItemFate>,
    pub settled_by: Option<String>,
    #[serde(with = "day_opt")]
    pub settled_on: Option<NaiveDate>,
    pub note: String,
}

impl Item {
    pub fn outstanding(&self) -> bool {
        self.fate.is_none()
    }
}
