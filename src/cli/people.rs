//! `renshi employee …`: list, show, add, edit, transfer, erase.

use super::args::{AddEmployeeArgs, EditEmployeeArgs, EmployeeCmd, ListArgs, PersonalArgs};
use super::list::{keep, print_items};
use super::print::{exec, query, say, table, unexpected, warn};
use crate::domain::people::RosterRow;
use crate::domain::*;
use crate::i18n::Catalog;
use crate::present::people::{change_text, contract_text, status_text};
use crate::present::when;
use crate::service::api::*;
use crate::transport::Client;
use std::process::ExitCode;

pub fn employee(
    client: &mut dyn Client,
    cat: &Catalog,
    cmd: &EmployeeCmd,
) -> Result<ExitCode, ApiError> {
    match cmd {
        EmployeeCmd::List { list } => list_employees(client, cat, list),
        EmployeeCmd::Show { id, json } => {
            let v = record(client, id)?;
            if *json {
                return super::print::json(&super::json::employee_view(&v));
            }
            let zone = super::print::zone(client)?;
            show(cat, &v, zone);
            Ok(ExitCode::SUCCESS)
        }
        EmployeeCmd::Training { id, json } => super::review::record(client, cat, id, *json),
        EmployeeCmd::Add(a) => add(client, cat, a),
        EmployeeCmd::Edit(a) => edit(client, cat, a),
        EmployeeCmd::Transfer {
            id,
            to,
            over_headcount,
            comment,
        } => {
            let id = &resolve(client, id)?;
            exec(
                client,
                Command::TransferEmployee {
                    id: *id,
                    to: *to,
                    over_headcount: *over_headcount,
                },
                comment,
            )?;
            say(cat.f(
                "emp.transferred_to",
                &[("id", id.to_string()), ("to", to.to_string())],
            ));
            Ok(ExitCode::SUCCESS)
        }
        EmployeeCmd::Erase { id, comment } => {
            let id = resolve(client, id)?;
            exec(client, Command::ErasePersonalData { id }, comment)?;
            say(cat.f("emp.erased", &[("id", id.to_string())]));
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// Every employee the asker may see, a directory page at a time.
pub fn directory(client: &mut dyn Client) -> Result<Vec<EmployeeRow>, ApiError> {
    let mut out = Vec::new();
    let mut page = PageReq {
        cursor: 0,
        limit: PEOPLE_PAGE,
    };
    loop {
        let p = match query(client, Query::Employees(page))? {
            Reply::Employees(p) => p,
            other => return Err(unexpected(&other)),
        };
        out.extend(p.items);
        match p.next {
            Some(next) => page.cursor = next,
            None => return Ok(out),
        }
    }
}

/// The employee `given` names: by id (`EMP-0001`), or else by the staff
/// number HR knows them by (`HX-1001`, `10023`). A number written as an id
/// is the id: an employee entered without a number has their id as their
/// number, and no one may have another's id as theirs.
pub(super) fn record(client: &mut dyn Client, given: &str) -> Result<EmployeeView, ApiError> {
    let q = match EmployeeId::written_out(given) {
        Some(id) => Query::Employee(id),
        None => Query::EmployeeByNumber(given.trim().to_string()),
    };
    match query(client, q)? {
        Reply::Employee(v) => Ok(*v),
        other => Err(unexpected(&other)),
    }
}

/// The id of the employee `given` names (see `record`).
pub(super) fn resolve(client: &mut dyn Client, given: &str) -> Result<EmployeeId, ApiError> {
    match EmployeeId::written_out(given) {
        Some(id) => Ok(id),
        None => record(client, given).map(|v| v.row.id),
    }
}

fn list_employees(
    client: &mut dyn Client,
    cat: &Catalog,
    list: &ListArgs,
) -> Result<ExitCode, ApiError> {
    let rows = directory(client)?;
    let cells = |e: &EmployeeRow| {
        vec![
            e.id.to_string(),
            e.number.clone(),
            e.name.clone(),
            e.dept_name.clone(),
            e.title.clone(),
            status_text(cat, e.status),
            e.hired.to_string(),
        ]
    };
    // Ids of the department and position, and the status key, find rows too.
    let rows = keep(rows, &list.matcher(), |e| {
        let mut c = cells(e);
        c.extend([
            e.dept.to_string(),
            e.position.to_string(),
            e.status.key().to_string(),
        ]);
        c
    });
    if list.json {
        return print_items(rows.iter().map(super::json::employee).collect());
    }
    if rows.is_empty() {
        say(cat.t("emp.none"));
        return Ok(ExitCode::SUCCESS);
    }
    let shown: Vec<Vec<String>> = rows.iter().map(cells).collect();
    table(
        &[
            cat.t("col.id"),
            cat.t("emp.col_number"),
            cat.t("col.name"),
            cat.t("col.department"),
            cat.t("col.position"),
            cat.t("field.status"),
            cat.t("emp.col_start"),
        ],
        &shown,
    );
    Ok(ExitCode::SUCCESS)
}

fn show(cat: &Catalog, v: &EmployeeView, zone: chrono_tz::Tz) {
    let r = &v.row;
    let line =
        |label: &str, value: String| say(format!("  {}", crate::present::fact(cat, label, value)));
    say(format!("{}  {}", r.id, r.name));
    line("emp.col_number", r.number.clone());
    line(
        "col.position",
        format!("{} {} ({} {})", r.position, r.title, r.dept, r.dept_name),
    );
    line("field.status", status_text(cat, r.status));
    line("emp.col_start", r.hired.to_string());
    for c in &v.contracts {
        line("field.contract", contract_text(cat, c));
    }
    if let Some(h) = &v.hiring {
        for l in crate::present::recruit::hiring_lines(cat, h, v.review_seen.as_ref()) {
            say(format!("  {l}"));
        }
    }
    match &v.personal {
        None => say(format!("  {}", cat.t("emp.no_personal"))),
        Some(p) => {
            if let Some(e) = &p.erased {
                say(format!(
                    "  {}",
                    cat.f(
                        "emp.erased_on",
                        &[("by", e.by.clone()), ("at", when(e.at, zone))]
                    )
                ));
            }
            for f in Personal::FIELDS {
                let value = p.data.get(f);
                if !value.is_empty() {
                    line(&format!("field.{f}"), value.to_string());
                }
            }
            if p.masked {
                say(format!("  {}", cat.t("emp.masked_note")));
            }
        }
    }
    if !v.history.is_empty() {
        // The language's colon (full-width in Chinese) ends the heading.
        say(format!(
            "  {}",
            crate::present::fact(cat, "emp.history", "").trim_end()
        ));
        for h in &v.history {
            say(format!("    {}", change_text(cat, zone, h, &v.titles)));
        }
    }
}

/// The personal fields given on the command line over `base`.
pub(super) fn personal_over(base: Personal, p: &PersonalArgs) -> Personal {
    let mut out = base;
    for (field, given) in [
        ("id_number", &p.id_number),
        ("phone", &p.phone),
        ("email", &p.email),
        ("address", &p.address),
        ("bank_account", &p.bank_account),
        ("date_of_birth", &p.date_of_birth),
        ("emergency_contact", &p.emergency_contact),
    ] {
        if let (Some(v), Some(slot)) = (given, out.get_mut(field)) {
            *slot = v.clone();
        }
    }
    out
}

fn add(client: &mut dyn Client, cat: &Catalog, a: &AddEmployeeArgs) -> Result<ExitCode, ApiError> {
    let row = RosterRow {
        line: 0,
        number: a.number.clone(),
        name: a.name.clone(),
        department: a.department.clone(),
        position: a.position.clone(),
        status: a.status.clone(),
        start_date: a.start_date.clone(),
        contract: a.contract.clone(),
        contract_end: a.contract_end.clone(),
        personal: personal_over(Personal::default(), &a.personal),
    };
    let done = exec(
        client,
        Command::AddEmployee { row: Box::new(row) },
        &a.comment,
    )?;
    match done.created {
        Some(id) => say(id),
        None => say(cat.t("emp.added")),
    }
    Ok(ExitCode::SUCCESS)
}

fn edit(
    client: &mut dyn Client,
    cat: &Catalog,
    a: &EditEmployeeArgs,
) -> Result<ExitCode, ApiError> {
    let p = &a.personal;
    let personal_given = [
        &p.id_number,
        &p.phone,
        &p.email,
        &p.address,
        &p.bank_account,
    ]
    .iter()
    .any(|v| v.is_some());
    if a.number.is_none() && a.name.is_none() && !personal_given {
        warn(format!("renshi: {}", cat.t("emp.edit_nothing")));
        return Ok(ExitCode::from(super::USAGE));
    }
    // The command carries the whole new set: what is not given is sent back
    // as it stands, so only what was given changes.
    let current = record(client, &a.id)?;
    let id = current.row.id;
    let base = match &current.personal {
        // Masked values sent back would overwrite the real ones with stars.
        Some(v) if v.masked => {
            warn(format!(
                "renshi: {}",
                cat.f("emp.edit_masked", &[("id", id.to_string())])
            ));
            return Ok(ExitCode::from(super::REFUSED));
        }
        Some(v) => v.data.clone(),
        None => Personal::default(),
    };
    exec(
        client,
        Command::EditEmployee {
            id,
            number: a.number.clone().unwrap_or(current.row.number),
            name: a.name.clone().unwrap_or(current.row.name),
            personal: Box::new(personal_over(base, p)),
        },
        &a.comment,
    )?;
    say(cat.f("emp.edited_done", &[("id", id.to_string())]));
    Ok(ExitCode::SUCCESS)
}
