//! Evaluation cycles: list, show, open, close, and a cycle's report.

use super::evaluation::score_words;
use super::{denied, result_text, run};
use crate::cli::args::{CycleCmd, ListArgs, OpenCycleArgs};
use crate::cli::json::review as js;
use crate::cli::list::{keep, print_items};
use crate::cli::print::{all, json, query, say, table, unexpected};
use crate::domain::review::{Review, template};
use crate::domain::*;
use crate::i18n::Catalog;
use crate::present::fact;
use crate::service::api::*;
use crate::transport::Client;
use std::process::ExitCode;

fn cycles(client: &mut dyn Client) -> Result<Vec<CycleRow>, ApiError> {
    all(client, Query::Cycles, |r| match r {
        Reply::Cycles(p) => Some(p),
        _ => None,
    })
}

fn cycle_row(client: &mut dyn Client, id: CycleId) -> Result<CycleRow, ApiError> {
    cycles(client)?
        .into_iter()
        .find(|c| c.id == id)
        .ok_or_else(|| crate::domain::commands::not_found("kind.cycle", id).into())
}

/// The report of one cycle, or `None` for those who may not read it.
fn report_of(
    client: &mut dyn Client,
    cycle: Option<CycleId>,
) -> Result<Option<EvaluationReport>, ApiError> {
    match query(client, Query::EvaluationReport(cycle)) {
        Ok(Reply::EvaluationReport(r)) => Ok(Some(*r)),
        Ok(other) => Err(unexpected(&other)),
        Err(e) if denied(&e) => Ok(None),
        Err(e) => Err(e),
    }
}

fn period(c: &CycleRow) -> String {
    format!("{} – {}", c.from, c.to)
}

pub fn cycle(client: &mut dyn Client, cat: &Catalog, cmd: &CycleCmd) -> Result<ExitCode, ApiError> {
    match cmd {
        CycleCmd::List { list } => return list_cycles(client, cat, list),
        CycleCmd::Show { id, json } => return show_cycle(client, cat, *id, *json),
        CycleCmd::Open(a) => open(client, a)?,
        CycleCmd::Close { id, comment } => {
            run(client, Review::CloseCycle { cycle: *id }, comment)?;
            say(cat.f("cli.cyc_closed", &[("id", id.to_string())]));
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn open(client: &mut dyn Client, a: &OpenCycleArgs) -> Result<(), ApiError> {
    let mut t = template::named(&a.template)?;
    for (key, weight) in &a.weights {
        template::reweigh(&mut t, key, *weight)?;
    }
    let done = run(
        client,
        Review::OpenCycle {
            name: a.name.clone(),
            from: a.from,
            to: a.to,
            template: t,
            self_assessment: a.self_assessment,
            depts: a.depts.clone(),
        },
        &a.comment,
    )?;
    say(done.created.unwrap_or_default());
    Ok(())
}

fn state_text(cat: &Catalog, c: &CycleRow) -> String {
    cat.t(if c.closed.is_some() {
        "cli.cyc_closed_state"
    } else {
        "cli.cyc_open_state"
    })
    .to_string()
}

fn list_cycles(
    client: &mut dyn Client,
    cat: &Catalog,
    list: &ListArgs,
) -> Result<ExitCode, ApiError> {
    let rows = cycles(client)?;
    let cells = |c: &CycleRow| {
        vec![
            c.id.to_string(),
            c.name.clone(),
            state_text(cat, c),
            period(c),
            c.template.clone(),
            c.expected.to_string(),
            (c.states.iter().sum::<u32>()).to_string(),
            (c.states[2] + c.states[3]).to_string(),
            c.states[3].to_string(),
        ]
    };
    let rows = keep(rows, &list.matcher(), cells);
    if list.json {
        return print_items(rows.iter().map(|c| js::cycle(cat, c)).collect());
    }
    if rows.is_empty() {
        say(cat.t("cli.cyc_none"));
        return Ok(ExitCode::SUCCESS);
    }
    let shown: Vec<Vec<String>> = rows.iter().map(cells).collect();
    table(
        &[
            cat.t("col.id"),
            cat.t("cli.cyc_col_name"),
            cat.t("col.state"),
            cat.t("cli.ev_col_period"),
            cat.t("cli.cyc_col_template"),
            cat.t("cli.cyc_col_expected"),
            cat.t("cli.cyc_col_scored"),
            cat.t("cli.cyc_col_signed_off"),
            cat.t("cli.cyc_col_acknowledged"),
        ],
        &shown,
    );
    Ok(ExitCode::SUCCESS)
}

/// A cycle's header, criteria and grades, as `cycle show` and `report
/// evaluations` print them.
fn cycle_text(cat: &Catalog, c: &CycleRow) {
    say(format!("{}  {}  [{}]", c.id, c.name, state_text(cat, c)));
    let line = |label: &str, value: String| say(format!("  {}", fact(cat, label, value)));
    line("cli.ev_col_period", period(c));
    line("cli.cyc_col_template", c.template.clone());
    line(
        "cli.cyc_depts",
        if c.depts.is_empty() {
            cat.t("cli.cyc_all_depts").to_string()
        } else {
            c.depts
                .iter()
                .map(|(id, name)| format!("{id} {name}"))
                .collect::<Vec<_>>()
                .join(", ")
        },
    );
    line(
        "cli.cyc_self",
        cat.t(if c.self_assessment {
            "cli.rv_yes"
        } else {
            "cli.rv_no"
        })
        .to_string(),
    );
    say(cat.t("cli.cyc_criteria"));
    let rows: Vec<Vec<String>> = c
        .criteria
        .iter()
        .map(|k| {
            vec![
                format!("  {}", k.key),
                k.title(cat.lang.code()).to_string(),
                format!("{}%", k.weight),
            ]
        })
        .collect();
    let key = format!("  {}", cat.t("cli.cyc_col_key"));
    table(
        &[
            key.as_str(),
            cat.t("cli.cyc_col_criterion"),
            cat.t("cli.cyc_col_weight"),
        ],
        &rows,
    );
    say(format!(
        "  {}",
        fact(
            cat,
            "cli.cyc_grades",
            c.grades
                .iter()
                .map(|g| format!("{} ≥ {}", g.grade, result_text(g.min)))
                .collect::<Vec<_>>()
                .join(", "),
        )
    ));
    say(cat.f(
        "cli.cyc_progress",
        &[
            ("expected", c.expected.to_string()),
            ("draft", c.states[0].to_string()),
            ("submitted", c.states[1].to_string()),
            ("signed_off", c.states[2].to_string()),
            ("acknowledged", c.states[3].to_string()),
        ],
    ));
}

/// Per department: expected, scored, signed off; and the grades given.
fn report_text(cat: &Catalog, r: &EvaluationReport) {
    let rows: Vec<Vec<String>> = r
        .depts
        .iter()
        .map(|d| {
            vec![
                format!("  {}", d.dept),
                d.name.clone(),
                d.expected.to_string(),
                d.scored.to_string(),
                d.signed_off.to_string(),
            ]
        })
        .collect();
    if rows.is_empty() {
        say(format!("  {}", cat.t("cli.cyc_no_people")));
    } else {
        table(
            &[
                "",
                cat.t("col.dept"),
                cat.t("cli.cyc_col_expected"),
                cat.t("cli.cyc_col_scored"),
                cat.t("cli.cyc_col_signed_off"),
            ],
            &rows,
        );
    }
    say(format!(
        "  {}",
        fact(
            cat,
            "cli.cyc_grades_given",
            r.grades
                .iter()
                .map(|(g, n)| format!("{g} {n}"))
                .collect::<Vec<_>>()
                .join(", "),
        )
    ));
}

fn show_cycle(
    client: &mut dyn Client,
    cat: &Catalog,
    id: CycleId,
    as_json: bool,
) -> Result<ExitCode, ApiError> {
    let c = cycle_row(client, id)?;
    let report = report_of(client, Some(id))?;
    if as_json {
        return json(&js::cycle_view(cat, &c, report.as_ref()));
    }
    cycle_text(cat, &c);
    if let Some(r) = &report {
        report_text(cat, r);
    }
    say(cat.t("cli.rv_next"));
    say(format!("  renshi evaluation list --cycle {id}"));
    if c.closed.is_none() {
        let keys = || c.criteria.iter().map(|k| k.key.clone());
        if report.is_some() {
            say(format!(
                "  renshi evaluation score {id} EMP-… {}",
                score_words(keys())
            ));
        }
        if c.self_assessment {
            say(format!(
                "  renshi evaluation self {id} {}",
                score_words(keys())
            ));
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// The report of `report evaluations`: a cycle's header and its completion.
pub(super) fn evaluation_report(
    client: &mut dyn Client,
    cat: &Catalog,
    cycle: Option<CycleId>,
    as_json: bool,
) -> Result<ExitCode, ApiError> {
    let r = match query(client, Query::EvaluationReport(cycle))? {
        Reply::EvaluationReport(r) => *r,
        other => return Err(unexpected(&other)),
    };
    if as_json {
        return json(&js::cycle_view(cat, &r.cycle, Some(&r)));
    }
    cycle_text(cat, &r.cycle);
    report_text(cat, &r);
    Ok(ExitCode::SUCCESS)
}
