//! Offboarding's events applied to the company. Closing is the one place a
//! case changes the ledger: the employee stops holding their seat there and
//! nowhere else, so the seat comes free exactly once.

use super::model::*;
use crate::domain::events::Event;
use crate::domain::model::{Change, EmployeeChange, EmployeeStatus};
use crate::domain::state::Company;

pub fn apply(company: &mut Company, event: &Event) {
    match event {
        Event::SeparationStarted {
            id,
            employee,
            kind,
            reason,
            notice,
            last_day,
            steps,
            by,
            at,
        } => {
            let steps = steps
                .iter()
                .map(|t| CaseStep {
                    template: t.clone(),
                    // A step due before the notice was given is due the day it was.
                    due: (*last_day + chrono::TimeDelta::days(i64::from(t.due_days))).max(*notice),
                    state: StepState::Pending,
                    by: None,
                    at: None,
                    note: String::new(),
                    handover_to: None,
                    acknowledged: None,
                })
                .collect();
            company.separations.insert(
                *id,
                SeparationCase {
                    id: *id,
                    employee: *employee,
                    kind: *kind,
                    reason: reason.clone(),
                    notice: *notice,
                    last_day: *last_day,
                    state: SepState::Open,
                    started_by: by.clone(),
                    started: *at,
                    steps,
                    settlement: None,
                    ended_by: None,
                    ended: None,
                    withdrawn_because: String::new(),
                },
            );
            company.index.open_cases.insert(*employee, *id);
            note(
                company,
                *employee,
                by,
                *at,
                Change::SeparationStarted {
                    case: *id,
                    kind: *kind,
                },
            );
        }
        Event::SeparationStepDone {
            id,
            step,
            not_applicable,
            note,
            handover_to,
            by,
            at,
        } => {
            if let Some(s) = company
                .separations
                .get_mut(id)
                .and_then(|c| c.steps.iter_mut().find(|s| &s.template.key == step))
            {
                s.state = if *not_applicable {
                    StepState::NotApplicable
                } else {
                    StepState::Done
                };
                s.by = Some(by.clone());
                s.at = Some(*at);
                s.note = note.clone();
                s.handover_to = *handover_to;
            }
        }
        Event::SeparationStepAcknowledged { id, step, at, .. } => {
            if let Some(s) = company
                .separations
                .get_mut(id)
                .and_then(|c| c.steps.iter_mut().find(|s| &s.template.key == step))
            {
                s.acknowledged = Some(*at);
            }
        }
        Event::EquipmentIssued {
            employee,
            tag,
            what,
            on,
            by,
            ..
        } => {
            company.equipment.entry(*employee).or_default().push(Item {
                tag: tag.clone(),
                what: what.clone(),
                issued: *on,
                issued_by: by.clone(),
                fate: None,
                settled_by: None,
                settled_on: None,
                note: String::new(),
            });
            company
                .index
                .asset_tags
                .insert(tag.to_uppercase(), *employee);
        }
        Event::EquipmentSettled {
            employee,
            tag,
            fate,
            case,
            note,
            by,
            at,
        } => {
            let day = crate::domain::time::day_in(company.tz(), *at);
            let mut all_back = false;
            if let Some(items) = company.equipment.get_mut(employee) {
                if let Some(item) = items.iter_mut().find(|i| &i.tag == tag && i.outstanding()) {
                    item.fate = Some(fate.clone());
                    item.settled_by = Some(by.clone());
                    item.settled_on = Some(day);
                    item.note = note.clone();
                }
                all_back = items.iter().all(|i| !i.outstanding());
            }
            company.index.asset_tags.remove(&tag.to_uppercase());
            // The last item settled completes the case's equipment step.
            if all_back
                && let Some(s) = company.separations.get_mut(case).and_then(|c| {
                    c.steps
                        .iter_mut()
                        .find(|s| s.template.kind == StepKind::Equipment && s.is_open())
                })
            {
                s.state = StepState::Done;
                s.by = Some(by.clone());
                s.at = Some(*at);
            }
        }
        Event::SettlementRecorded {
            id,
            settlement,
            by,
            at,
        } => {
            if let Some(c) = company.separations.get_mut(id) {
                c.settlement = Some(settlement.clone());
                if let Some(s) = c
                    .steps
                    .iter_mut()
                    .find(|s| s.template.kind == StepKind::Settlement && s.is_open())
                {
                    s.state = StepState::Done;
                    s.by = Some(by.clone());
                    s.at = Some(*at);
                }
            }
        }
        Event::SeparationClosed {
            id,
            employee,
            on,
            by,
            at,
        } => {
            if let Some(c) = company.separations.get_mut(id) {
                c.state = SepState::Closed;
                c.ended_by = Some(by.clone());
                c.ended = Some(*at);
            }
            company.index.open_cases.remove(employee);
            let Some(e) = company.employees.get_mut(employee) else {
                return;
            };
            if !e.status.holds_seat() {
                return;
            }
            e.status = EmployeeStatus::Separated;
            let position = e.position;
            // The contract ends with the employment.
            let old_end = e.contracts.last().and_then(|c| c.end);
            if let Some(c) = e.contracts.last_mut()
                && c.end.is_none_or(|end| end > *on)
            {
                c.end = Some(*on);
            }
            e.history.push(EmployeeChange {
                at: *at,
                by: by.clone(),
                change: Change::Separated { case: *id, on: *on },
            });
            let e = e.clone();
            company.index.contract_changed(&e, old_end);
            if let Some(set) = company.index.holders.get_mut(&position) {
                set.remove(employee);
            }
        }
        Event::SeparationWithdrawn {
            id,
            employee,
            reason,
            by,
            at,
        } => {
            if let Some(c) = company.separations.get_mut(id) {
                c.state = SepState::Withdrawn;
                c.withdrawn_because = reason.clone();
                c.ended_by = Some(by.clone());
                c.ended = Some(*at);
            }
            company.index.open_cases.remove(employee);
            note(
                company,
                *employee,
                by,
                *at,
                Change::SeparationWithdrawn { case: *id },
            );
        }
        _ => {}
    }
}

fn note(
    company: &mut Company,
    employee: crate::domain::ids::EmployeeId,
    by: &str,
    at: chrono::DateTime<chrono::Utc>,
    change: Change,
) {
    if let Some(e) = company.employees.get_mut(&employee) {
        e.history.push(EmployeeChange {
            at,
            by: by.to_string(),
            change,
        });
    }
}
