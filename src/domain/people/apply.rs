//! How the people events change the company (see `Company::apply`).

use super::super::events::{Event, ImportedRow};
use super::super::model::*;
use super::super::state::Company;
use crate::domain::ids::EmployeeId;
use chrono::{DateTime, Utc};

pub fn apply(company: &mut Company, event: &Event) {
    match event {
        Event::EmployeeHired {
            id,
            name,
            position,
            status,
            hired,
        } => add_employee(
            company,
            Employee {
                id: *id,
                number: id.to_string(),
                name: name.clone(),
                position: *position,
                status: *status,
                hired: *hired,
                contracts: Vec::new(),
                history: Vec::new(),
                hiring: None,
            },
        ),
        Event::EmployeeAdded {
            id,
            number,
            name,
            position,
            status,
            hired,
            contract,
            imported,
            by,
            at,
            ..
        } => {
            let row = ImportedRow {
                id: *id,
                number: number.clone(),
                name: name.clone(),
                position: *position,
                status: *status,
                hired: *hired,
                contract: contract.clone(),
                personal: Vec::new(),
            };
            add_employee(company, joined(&row, *imported, by, *at));
        }
        Event::EmployeesImported { rows, by, at } => {
            for row in rows {
                add_employee(company, joined(row, true, by, *at));
            }
        }
        Event::EmployeeEdited {
            id,
            number,
            name,
            by,
            at,
        } => {
            let Some(e) = company.employees.get_mut(id) else {
                return;
            };
            let mut fields = Vec::new();
            if e.number != *number {
                fields.push("number".to_string());
            }
            if e.name != *name {
                fields.push("name".to_string());
            }
            let old = std::mem::replace(&mut e.number, number.clone());
            e.name = name.clone();
            e.history.push(EmployeeChange {
                at: *at,
                by: by.clone(),
                change: Change::Edited { fields },
            });
            if old != *number {
                company.index.numbers.remove(&old);
                company.index.numbers.insert(number.clone(), *id);
            }
        }
        Event::PersonalDataSet { id, fields, by, at } => {
            note(
                company,
                *id,
                *at,
                by,
                Change::PersonalChanged {
                    fields: fields.clone(),
                },
            );
        }
        Event::EmployeeTransferred {
            id,
            from,
            to,
            over_headcount,
            by,
            at,
        } => {
            let Some(e) = company.employees.get_mut(id) else {
                return;
            };
            e.position = *to;
            let holds = e.status.holds_seat();
            e.history.push(EmployeeChange {
                at: *at,
                by: by.clone(),
                change: Change::Transferred {
                    from: *from,
                    to: *to,
                    over_headcount: over_headcount.clone(),
                },
            });
            if holds {
                if let Some(set) = company.index.holders.get_mut(from) {
                    set.remove(id);
                }
                company.index.holders.entry(*to).or_default().insert(*id);
            }
        }
        Event::PersonalDataErased { id, by, at } => {
            note(company, *id, *at, by, Change::PersonalErased);
        }
        _ => {}
    }
}

fn add_employee(company: &mut Company, e: Employee) {
    if e.status.holds_seat() {
        company
            .index
            .holders
            .entry(e.position)
            .or_default()
            .insert(e.id);
    }
    company.index.numbers.insert(e.number.clone(), e.id);
    company.index.hires.insert((e.hired, e.id));
    company.index.contract_changed(&e, None);
    company.employees.insert(e.id, e);
}

fn note(company: &mut Company, id: EmployeeId, at: DateTime<Utc>, by: &str, change: Change) {
    if let Some(e) = company.employees.get_mut(&id) {
        e.history.push(EmployeeChange {
            at,
            by: by.to_string(),
            change,
        });
    }
}

/// The employee a row enters, their history beginning with it.
/// The employee a row makes; its personal data stays out (it is kept
/// beside the log, not in the company the log builds).
fn joined(row: &ImportedRow, imported: bool, by: &str, at: DateTime<Utc>) -> Employee {
    Employee {
        id: row.id,
        number: row.number.clone(),
        name: row.name.clone(),
        position: row.position,
        status: row.status,
        hired: row.hired,
        contracts: row.contract.iter().cloned().collect(),
        history: vec![EmployeeChange {
            at,
            by: by.to_string(),
            change: Change::Joined {
                position: row.position,
                status: row.status,
                imported,
            },
        }],
        hiring: None,
    }
}
