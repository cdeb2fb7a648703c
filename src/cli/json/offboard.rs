//! The JSON of offboarding: `offboard list`, `offboard show` and `equipment
//! list` (docs/json.md). Amounts are integers in the currency's minor unit
//! (fen, cents) beside their currency code; ids as people write them
//! (`SEP-0001`, `EMP-0015`); a step's title in the `--lang` language.

use super::{Problem, problem};
use crate::domain::offboard::{Item, ItemFate, Settlement, StepState};
use crate::i18n::Catalog;
use crate::service::api::*;
use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

#[derive(Serialize)]
pub struct SepRowJson {
    pub id: String,
    pub employee: String,
    pub name: String,
    pub number: String,
    pub position_title: String,
    pub dept_name: String,
    pub kind: &'static str,
    pub state: &'static str,
    pub notice: NaiveDate,
    pub last_day: NaiveDate,
    pub started_by: String,
    pub started: DateTime<Utc>,
    pub steps: u32,
    pub done: u32,
    /// The key of the open step due first, its title, and when it is due.
    pub next_step: Option<String>,
    pub next_step_title: Option<String>,
    pub next_due: Option<NaiveDate>,
    pub overdue: u32,
}

pub fn sep_row(cat: &Catalog, r: &SepRow) -> SepRowJson {
    SepRowJson {
        id: r.id.to_string(),
        employee: r.employee.to_string(),
        name: r.name.clone(),
        number: r.number.clone(),
        position_title: r.position_title.clone(),
        dept_name: r.dept_name.clone(),
        kind: r.kind.key(),
        state: r.state.key(),
        notice: r.notice,
        last_day: r.last_day,
        started_by: r.started_by.clone(),
        started: r.started,
        steps: r.steps,
        done: r.done,
        next_step: r.next_step.as_ref().map(|s| s.key.clone()),
        next_step_title: r
            .next_step
            .as_ref()
            .map(|s| s.title(cat.lang.code()).to_string()),
        next_due: r.next_due,
        overdue: r.overdue,
    }
}

#[derive(Serialize)]
pub struct HandoverJson {
    pub id: String,
    pub name: String,
}

#[derive(Serialize)]
pub struct StepJson {
    pub no: u32,
    pub key: String,
    pub title: String,
    pub kind: &'static str,
    /// The role that ticks it, and the logins that role is for this case.
    pub owner: &'static str,
    pub responsible: Vec<String>,
    pub due: NaiveDate,
    pub overdue: bool,
    /// Steps that must be done (or not applicable) first, and those of
    /// them still open.
    pub after: Vec<String>,
    pub waiting: Vec<String>,
    pub state: &'static str,
    pub by: Option<String>,
    pub at: Option<DateTime<Utc>>,
    pub note: String,
    pub handover_to: Option<HandoverJson>,
    /// Whether the leaving employee acknowledges it, and when they did.
    pub asks_acknowledgement: bool,
    pub acknowledged: Option<DateTime<Utc>>,
    pub cannot_tick: Option<Problem>,
}

fn step_kind(k: crate::domain::offboard::StepKind) -> &'static str {
    use crate::domain::offboard::StepKind::*;
    match k {
        Task => "task",
        Handover => "handover",
        Equipment => "equipment",
        Agreement => "agreement",
        Settlement => "settlement",
    }
}

fn step_state(s: &StepState) -> &'static str {
    match s {
        StepState::Pending => "pending",
        StepState::Done => "done",
        StepState::NotApplicable => "not_applicable",
    }
}

pub fn step(cat: &Catalog, s: &StepView) -> StepJson {
    StepJson {
        no: s.no,
        key: s.template.key.clone(),
        title: s.template.title(cat.lang.code()).to_string(),
        kind: step_kind(s.template.kind),
        owner: s.template.owner.key(),
        responsible: s.responsible.clone(),
        due: s.due,
        overdue: s.overdue,
        after: s.template.after.clone(),
        waiting: s.waiting.clone(),
        state: step_state(&s.state),
        by: s.by.clone(),
        at: s.at,
        note: s.note.clone(),
        handover_to: s.handover_to.as_ref().map(|(id, name)| HandoverJson {
            id: id.to_string(),
            name: name.clone(),
        }),
        asks_acknowledgement: s.template.acknowledged,
        acknowledged: s.acknowledged,
        cannot_tick: s.cannot_tick.as_ref().map(|e| problem(cat, e)),
    }
}

#[derive(Serialize)]
pub struct MoneyJson {
    pub minor: i64,
    pub currency: String,
}

#[derive(Serialize)]
pub struct ItemJson {
    pub tag: String,
    pub what: String,
    pub issued: NaiveDate,
    pub issued_by: String,
    /// `null` while the item is out; else `returned`, `written_off` or
    /// `charged` (with `charged` the amount).
    pub fate: Option<&'static str>,
    pub charged: Option<MoneyJson>,
    pub settled_by: Option<String>,
    pub settled_on: Option<NaiveDate>,
    pub note: String,
}

pub fn item(i: &Item) -> ItemJson {
    ItemJson {
        tag: i.tag.clone(),
        what: i.what.clone(),
        issued: i.issued,
        issued_by: i.issued_by.clone(),
        fate: i.fate.as_ref().map(ItemFate::key),
        charged: match &i.fate {
            Some(ItemFate::Charged(m)) => Some(MoneyJson {
                minor: m.minor,
                currency: m.currency.clone(),
            }),
            _ => None,
        },
        settled_by: i.settled_by.clone(),
        settled_on: i.settled_on,
        note: i.note.clone(),
    }
}

#[derive(Serialize)]
pub struct SettlementJson {
    pub currency: String,
    pub last_pay: i64,
    pub leave_paid: i64,
    pub compensation: i64,
    pub deductions: i64,
    pub total: i64,
    pub paid_on: NaiveDate,
}

pub fn settlement(s: &Settlement) -> SettlementJson {
    SettlementJson {
        currency: s.currency.clone(),
        last_pay: s.last_pay,
        leave_paid: s.leave_paid,
        compensation: s.compensation,
        deductions: s.deductions,
        total: s.total,
        paid_on: s.paid_on,
    }
}

/// `offboard show --json`: the row as `offboard list` prints it, and the
/// case in full as the asker may see it (`reason: null` and
/// `settlement_hidden: true` where they may not).
#[derive(Serialize)]
pub struct SepViewJson {
    pub row: SepRowJson,
    pub reason: Option<String>,
    pub steps: Vec<StepJson>,
    pub items: Vec<ItemJson>,
    pub settlement: Option<SettlementJson>,
    pub settlement_hidden: bool,
    pub ended_by: Option<String>,
    pub ended: Option<DateTime<Utc>>,
    pub withdrawn_because: String,
    pub cannot_close: Option<Problem>,
    pub cannot_withdraw: Option<Problem>,
    /// The commands the asker can run next, as `offboard show` prints them.
    pub next: Vec<String>,
}

pub fn sep_view(cat: &Catalog, v: &SepView) -> SepViewJson {
    SepViewJson {
        row: sep_row(cat, &v.row),
        reason: v.reason.clone(),
        steps: v.steps.iter().map(|s| step(cat, s)).collect(),
        items: v.items.iter().map(item).collect(),
        settlement: v.settlement.as_ref().map(settlement),
        settlement_hidden: v.settlement_hidden,
        ended_by: v.ended_by.clone(),
        ended: v.ended,
        withdrawn_because: v.withdrawn_because.clone(),
        cannot_close: v.cannot_close.as_ref().map(|e| problem(cat, e)),
        cannot_withdraw: v.cannot_withdraw.as_ref().map(|e| problem(cat, e)),
        next: crate::present::offboard::next_commands(v),
    }
}

/// `equipment list --json`.
#[derive(Serialize)]
pub struct EquipmentJson {
    pub employee: String,
    pub name: String,
    pub items: Vec<ItemJson>,
}

pub fn equipment(v: &EquipmentView) -> EquipmentJson {
    EquipmentJson {
        employee: v.employee.to_string(),
        name: v.name.clone(),
        items: v.items.iter().map(item).collect(),
    }
}
