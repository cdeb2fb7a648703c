//! `renshi report dashboard|training|evaluations`: the company at a glance,
//! the gaps in required training, and a cycle's completion. `report
//! recruitment` is recruitment's (`cli::recruit`).

use super::{cycle::evaluation_report, standing_text, training_report};
use crate::cli::args::{ListArgs, ReportCmd};
use crate::cli::json::review as js;
use crate::cli::list::keep;
use crate::cli::print::{json, query, say, table, unexpected};
use crate::i18n::Catalog;
use crate::present::fact;
use crate::service::api::*;
use crate::transport::Client;
use std::process::ExitCode;

pub fn report(
    client: &mut dyn Client,
    cat: &Catalog,
    cmd: &ReportCmd,
) -> Result<ExitCode, ApiError> {
    match cmd {
        ReportCmd::Recruitment { .. } => crate::cli::recruit::report(client, cat, cmd),
        ReportCmd::Dashboard { json } => dashboard(client, cat, *json),
        ReportCmd::Training { list } => training(client, cat, list),
        ReportCmd::Evaluations { cycle, json } => evaluation_report(client, cat, *cycle, *json),
    }
}

fn dashboard(client: &mut dyn Client, cat: &Catalog, as_json: bool) -> Result<ExitCode, ApiError> {
    let d = match query(client, Query::Dashboard)? {
        Reply::Dashboard(d) => *d,
        other => return Err(unexpected(&other)),
    };
    if as_json {
        return json(&js::dashboard(cat, &d));
    }
    let n = |v: u32| v.to_string();
    say(cat.f("cli.dash_title", &[("today", d.today.to_string())]));
    say("");
    say(cat.t("cli.dash_seats"));
    let mut rows: Vec<Vec<String>> = d
        .seats
        .iter()
        .map(|s| {
            vec![
                format!("  {}", s.dept),
                s.name.clone(),
                n(s.figures.approved),
                n(s.figures.filled),
                n(s.figures.reserved),
                s.figures.free.to_string(),
            ]
        })
        .collect();
    rows.push(vec![
        String::new(),
        cat.t("cli.dash_company").to_string(),
        n(d.company.approved),
        n(d.company.filled),
        n(d.company.reserved),
        d.company.free.to_string(),
    ]);
    table(
        &[
            "",
            cat.t("col.dept"),
            cat.t("cli.dash_col_approved"),
            cat.t("cli.dash_col_filled"),
            cat.t("cli.dash_col_reserved"),
            cat.t("col.free"),
        ],
        &rows,
    );
    say("");
    let line = |label: &str, value: String| say(format!("  {}", fact(cat, label, value)));
    say(cat.t("cli.dash_recruitment"));
    line(
        "cli.dash_req_ages",
        cat.f(
            "cli.dash_ages",
            &[
                ("a", n(d.req_ages[0])),
                ("b", n(d.req_ages[1])),
                ("c", n(d.req_ages[2])),
                ("d", n(d.req_ages[3])),
            ],
        ),
    );
    line("cli.dash_signing", n(d.reqs_signing));
    line(
        "cli.dash_funnel",
        format!(
            "{} → {} → {} → {}",
            d.funnel.applied, d.funnel.interviewed, d.funnel.offered, d.funnel.hired
        ),
    );
    line(
        "cli.dash_days_to_fill",
        d.days_to_fill.map_or_else(|| "—".into(), n),
    );
    line(
        "cli.dash_hires",
        d.hires_by_month
            .iter()
            .map(|h| h.to_string())
            .collect::<Vec<_>>()
            .join(" "),
    );
    if !d.steps.is_empty() {
        say(format!("  {}", cat.t("cli.dash_steps")));
        let rows: Vec<Vec<String>> = d
            .steps
            .iter()
            .map(|s| {
                vec![
                    format!("    {}", cat.t(&s.step)),
                    n(s.count),
                    n(s.mean_hours),
                    n(s.waiting),
                ]
            })
            .collect();
        table(
            &[
                "",
                cat.t("col.count"),
                cat.t("col.mean_hours"),
                cat.t("col.waiting_now"),
            ],
            &rows,
        );
    }
    say("");
    say(cat.t("cli.dash_people"));
    let within = |w: [u32; 2]| {
        cat.f(
            "cli.dash_within",
            &[("thirty", n(w[0])), ("sixty", n(w[1]))],
        )
    };
    line("cli.dash_probation_ends", within(d.probation_ends));
    line("cli.dash_contract_ends", within(d.contract_ends));
    line(
        "cli.dash_separations",
        cat.f(
            "cli.dash_separations_open",
            &[
                ("open", n(d.separations_open)),
                ("overdue", n(d.separation_steps_overdue)),
            ],
        ),
    );
    line(
        "cli.dash_training",
        cat.f(
            "cli.crs_counts",
            &[
                ("done", n(d.training.done)),
                ("expiring", n(d.training.expiring)),
                ("expired", n(d.training.expired)),
                ("missing", n(d.training.missing)),
            ],
        ),
    );
    match &d.cycle {
        Some(c) => line(
            "cli.dash_cycle",
            cat.f(
                "cli.dash_cycle_progress",
                &[
                    ("id", c.id.to_string()),
                    ("name", c.name.clone()),
                    ("signed_off", n(c.states[2] + c.states[3])),
                    ("scored", n(c.states.iter().sum())),
                    ("expected", n(c.expected)),
                ],
            ),
        ),
        None => line("cli.dash_cycle", cat.t("cli.dash_no_cycle").to_string()),
    }
    Ok(ExitCode::SUCCESS)
}

fn training(client: &mut dyn Client, cat: &Catalog, list: &ListArgs) -> Result<ExitCode, ApiError> {
    let (counts, gaps) = training_report(client)?;
    let cells = |g: &GapRow| {
        vec![
            g.employee.to_string(),
            format!("{} {}", g.number, g.name),
            g.dept_name.clone(),
            g.position_title.clone(),
            format!("{} {}", g.course, g.course_title),
            standing_text(cat, g.standing),
            g.valid_until.map(|d| d.to_string()).unwrap_or_default(),
        ]
    };
    let gaps = keep(gaps, &list.matcher(), cells);
    if list.json {
        return json(&js::TrainingReportJson {
            counts: js::counts(&counts),
            items: gaps.iter().map(js::gap).collect(),
        });
    }
    say(cat.f(
        "cli.crs_counts",
        &[
            ("done", counts.done.to_string()),
            ("expiring", counts.expiring.to_string()),
            ("expired", counts.expired.to_string()),
            ("missing", counts.missing.to_string()),
        ],
    ));
    if gaps.is_empty() {
        say(cat.t("cli.rpt_no_gaps"));
        return Ok(ExitCode::SUCCESS);
    }
    let shown: Vec<Vec<String>> = gaps.iter().map(cells).collect();
    table(
        &[
            cat.t("col.id"),
            cat.t("cli.crs_col_employee"),
            cat.t("col.dept"),
            cat.t("col.position"),
            cat.t("cli.rpt_col_course"),
            cat.t("cli.crs_col_standing"),
            cat.t("cli.crs_col_valid_until"),
        ],
        &shown,
    );
    Ok(ExitCode::SUCCESS)
}
