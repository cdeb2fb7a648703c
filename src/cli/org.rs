//! `renshi positions`, `renshi departments`, `renshi department …`.

use super::DeptCmd;
use super::print::{all, exec, json, say, table};
use crate::domain::*;
use crate::i18n::Catalog;
use crate::service::api::*;
use crate::transport::Client;
use std::process::ExitCode;

pub fn positions(
    client: &mut dyn Client,
    cat: &Catalog,
    dept: Option<DeptId>,
    as_json: bool,
) -> Result<ExitCode, ApiError> {
    let items = all(
        client,
        |page| Query::Positions { dept, page },
        |r| match r {
            Reply::Positions(p) => Some(p),
            _ => None,
        },
    )?;
    if as_json {
        return json(&items);
    }
    let rows: Vec<Vec<String>> = items
        .iter()
        .map(|p| {
            vec![
                p.id.to_string(),
                p.dept_name.clone(),
                p.title.clone(),
                p.approved.to_string(),
                p.filled.to_string(),
                p.reserved.to_string(),
                if p.closed {
                    cat.t("org.closed").into()
                } else {
                    p.free.to_string()
                },
            ]
        })
        .collect();
    table(
        &[
            cat.t("col.id"),
            cat.t("col.department"),
            cat.t("col.position"),
            cat.t("col.approved"),
            cat.t("col.filled"),
            cat.t("col.reserved"),
            cat.t("col.free"),
        ],
        &rows,
    );
    Ok(ExitCode::SUCCESS)
}

pub fn departments(client: &mut dyn Client, as_json: bool) -> Result<ExitCode, ApiError> {
    let rows = all(client, Query::Departments, |r| match r {
        Reply::Departments(p) => Some(p),
        _ => None,
    })?;
    if as_json {
        return json(&rows);
    }
    for d in rows {
        say(format!(
            "{}{}  {}",
            "  ".repeat(d.depth as usize),
            d.id,
            crate::domain::text::visible_line(&d.name)
        ));
    }
    Ok(ExitCode::SUCCESS)
}

pub fn department(
    client: &mut dyn Client,
    cat: &Catalog,
    d: &DeptCmd,
) -> Result<ExitCode, ApiError> {
    let cmd = match d {
        DeptCmd::Add { name, parent } => Command::CreateDepartment {
            name: name.clone(),
            parent: *parent,
        },
        DeptCmd::Rename { id, name } => Command::RenameDepartment {
            id: *id,
            name: name.clone(),
        },
        DeptCmd::Move { id, parent } => Command::MoveDepartment {
            id: *id,
            parent: *parent,
        },
    };
    let done = exec(client, cmd, "")?;
    say(done
        .created
        .unwrap_or_else(|| cat.t("msg.saved").to_string()));
    Ok(ExitCode::SUCCESS)
}
