//! Offboarding as people read it: the audit-log lines of its events.

use crate::domain::Event;
use crate::domain::offboard::format_money;
use crate::i18n::Catalog;

pub fn is_offboarding(e: &Event) -> bool {
    matches!(
        e,
        Event::SeparationStarted { .. }
            | Event::SeparationStepDone { .. }
            | Event::SeparationStepAcknowledged { .. }
            | Event::EquipmentIssued { .. }
            | Event::EquipmentSettled { .. }
            | Event::SettlementRecorded { .. }
            | Event::SeparationClosed { .. }
            | Event::SeparationWithdrawn { .. }
    )
}

/// What an audit-log line of an offboarding event says after its kind.
pub fn event_detail(cat: &Catalog, e: &Event) -> String {
    match e {
        Event::SeparationStarted {
            id,
            employee,
            kind,
            last_day,
            ..
        } => format!(
            "{id} {employee} {} ≤ {last_day}",
            cat.t(&format!("sep_kind.{}", kind.key()))
        ),
        Event::SeparationStepDone {
            id,
            step,
            not_applicable,
            handover_to,
            ..
        } => {
            let mut t = format!("{id} {step}");
            if *not_applicable {
                t.push_str(&format!(" ({})", cat.t("step_state.not_applicable")));
            }
            if let Some(to) = handover_to {
                t.push_str(&format!(" → {to}"));
            }
            t
        }
        Event::SeparationStepAcknowledged { id, step, by, .. } => format!("{id} {step} ({by})"),
        Event::EquipmentIssued {
            employee,
            tag,
            what,
            ..
        } => format!("{employee} {tag} {what}"),
        Event::EquipmentSettled {
            case, tag, fate, ..
        } => {
            let mut t = format!(
                "{case} {tag} {}",
                cat.t(&format!("item_fate.{}", fate.key()))
            );
            if let crate::domain::offboard::ItemFate::Charged(m) = fate {
                t.push_str(&format!(" {}", format_money(m)));
            }
            t
        }
        Event::SettlementRecorded { id, settlement, .. } => format!(
            "{id} {}",
            format_money(&crate::domain::offboard::Money {
                minor: settlement.total,
                currency: settlement.currency.clone(),
            })
        ),
        Event::SeparationClosed {
            id, employee, on, ..
        } => format!("{id} {employee} {on}"),
        Event::SeparationWithdrawn { id, employee, .. } => format!("{id} {employee}"),
        _ => String::new(),
    }
}
