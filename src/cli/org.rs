//! `renshi positions`, `renshi departments`, `renshi department …`.

use super::DeptCmd;
use super::args::ListArgs;
use super::list::{keep, print_items};
use super::print::{exec, query, say, table, unexpected};
use crate::domain::*;
use crate::i18n::Catalog;
use crate::service::api::*;
use crate::transport::Client;
use std::process::ExitCode;

pub fn positions(
    client: &mut dyn Client,
    cat: &Catalog,
    dept: Option<DeptId>,
    list: &ListArgs,
) -> Result<ExitCode, ApiError> {
    let items = super::print::all(
        client,
        |page| Query::Positions { dept, page },
        |r| match r {
            Reply::Positions(p) => Some(p),
            _ => None,
        },
    )?;
    let cells = |p: &PositionRow| {
        vec![
            p.id.to_string(),
            p.dept_name.clone(),
            p.title.clone(),
            // "10+1": the approved headcount and the general manager's override.
            match p.overridden {
                0 => p.approved.to_string(),
                n => format!("{}+{n}", p.approved),
            },
            p.filled.to_string(),
            p.reserved.to_string(),
            if p.closed {
                cat.t("org.closed").into()
            } else {
                p.free.to_string()
            },
        ]
    };
    // Duties are matched too, though the table has no room to show them.
    let items = keep(items, &list.matcher(), |p| {
        let mut c = cells(p);
        c.push(p.duties.clone());
        c.push(p.dept.to_string());
        c
    });
    if list.json {
        return print_items(items.iter().map(super::json::position).collect());
    }
    let rows: Vec<Vec<String>> = items.iter().map(cells).collect();
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

/// Every page of the tree, and the company's figures from the first.
fn all_departments(client: &mut dyn Client) -> Result<(Vec<DeptRow>, Figures), ApiError> {
    let mut out = Vec::new();
    let mut page = PageReq::FIRST;
    loop {
        let p = match query(client, Query::Departments(page))? {
            Reply::Departments(p) => p,
            other => return Err(unexpected(&other)),
        };
        out.extend(p.items);
        match p.next {
            Some(next) => page.cursor = next,
            None => return Ok((out, p.company)),
        }
    }
}

pub fn departments(
    client: &mut dyn Client,
    cat: &Catalog,
    list: &ListArgs,
) -> Result<ExitCode, ApiError> {
    let (rows, company) = all_departments(client)?;
    let rows = keep(rows, &list.matcher(), |d| {
        vec![d.id.to_string(), d.name.clone()]
    });
    if list.json {
        return super::print::json(&super::json::DepartmentsJson {
            items: rows.iter().map(super::json::department).collect(),
            company: super::json::figures(&company),
        });
    }
    // A department's figures include its sub-departments; its own are beside them.
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|d| {
            vec![
                d.id.to_string(),
                format!("{}{}", "  ".repeat(d.depth as usize), d.name),
                d.total.approved.to_string(),
                d.total.filled.to_string(),
                d.total.free.to_string(),
                format!("{}/{}", d.own.filled, d.own.approved),
            ]
        })
        .collect();
    table(
        &[
            cat.t("col.id"),
            cat.t("col.department"),
            cat.t("col.approved"),
            cat.t("col.filled"),
            cat.t("col.free"),
            cat.t("col.own"),
        ],
        &cells,
    );
    say(cat.f(
        "org.company_total",
        &[
            ("approved", company.approved.to_string()),
            ("filled", company.filled.to_string()),
            ("free", company.free.to_string()),
            ("positions", company.positions.to_string()),
        ],
    ));
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
