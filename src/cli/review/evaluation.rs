//! `renshi cycle …`, `renshi evaluation …` and `approve|reject|return EV-…`:
//! a cycle opened from a template of data/evaluation.toml, each employee
//! scored by their department, signed off along `evaluation`, and
//! acknowledged by the employee with a remark.

use super::{denied, result_text, run, scores, stage_text};
use crate::cli::args::{CycleCmd, EvaluationCmd, ListArgs, OpenCycleArgs, ScoreArgs, SignArgs};
use crate::cli::json::review as js;
use crate::cli::list::{keep, print_items};
use crate::cli::print::{
    all, as_typed, indented, json, query, say, short, signed, table, unexpected, warn,
};
use crate::domain::review::{Review, template};
use crate::domain::signoff::Decision;
use crate::domain::*;
use crate::i18n::Catalog;
use crate::present::{fact, signature_text, step_name, when};
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

pub(super) fn view(client: &mut dyn Client, id: EvalId) -> Result<EvalView, ApiError> {
    match query(client, Query::Evaluation(id))? {
        Reply::Evaluation(v) => Ok(*v),
        other => Err(unexpected(&other)),
    }
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

/// `--score quality=N --score delivery=N …` for every criterion.
fn score_words(keys: impl Iterator<Item = String>) -> String {
    keys.map(|k| format!("--score {k}=N"))
        .collect::<Vec<_>>()
        .join(" ")
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

pub fn evaluation(
    client: &mut dyn Client,
    cat: &Catalog,
    cmd: &EvaluationCmd,
) -> Result<ExitCode, ApiError> {
    match cmd {
        EvaluationCmd::List { list, cycle } => return list_evaluations(client, cat, list, *cycle),
        EvaluationCmd::Show { id, json } => return show(client, cat, *id, *json),
        EvaluationCmd::Score(a) => score(client, cat, a)?,
        EvaluationCmd::SelfAssess(a) => {
            let scores = scores(&a.scores.scores, &a.scores.notes)?;
            let done = run(
                client,
                Review::SelfAssess {
                    cycle: a.cycle,
                    scores,
                },
                "",
            )?;
            say(cat.f(
                "cli.ev_self_saved",
                &[
                    ("id", done.created.unwrap_or_default()),
                    ("cycle", a.cycle.to_string()),
                ],
            ));
        }
        EvaluationCmd::Submit { id, comment } => {
            run(client, Review::Submit { id: *id }, comment)?;
            say(cat.f("cli.ev_submitted", &[("id", id.to_string())]));
        }
        EvaluationCmd::Ack { id, comment } => {
            run(client, Review::Acknowledge { id: *id }, comment)?;
            say(cat.f("cli.ev_acked", &[("id", id.to_string())]));
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn score(client: &mut dyn Client, cat: &Catalog, a: &ScoreArgs) -> Result<(), ApiError> {
    let scores = scores(&a.scores.scores, &a.scores.notes)?;
    let employee = crate::cli::people::resolve(client, &a.employee)?;
    let done = run(
        client,
        Review::Score {
            cycle: a.cycle,
            employee,
            scores,
        },
        &a.comment,
    )?;
    let id = done.created.unwrap_or_default();
    // The result as the service weighed it; the scores are saved whatever
    // this answers.
    let weighed = id
        .parse::<EvalId>()
        .ok()
        .and_then(|e| view(client, e).ok())
        .and_then(|v| Some((v.row.result?, v.row.grade?)));
    match weighed {
        Some((result, grade)) => say(cat.f(
            "cli.ev_scored",
            &[
                ("id", id),
                ("employee", employee.to_string()),
                ("result", result_text(result)),
                ("grade", grade),
            ],
        )),
        None => say(cat.f(
            "cli.ev_scored_plain",
            &[("id", id), ("employee", employee.to_string())],
        )),
    }
    Ok(())
}

fn list_evaluations(
    client: &mut dyn Client,
    cat: &Catalog,
    list: &ListArgs,
    cycle: Option<CycleId>,
) -> Result<ExitCode, ApiError> {
    let rows = all(
        client,
        |page| Query::Evaluations { cycle, page },
        |r| match r {
            Reply::Evaluations(p) => Some(p),
            _ => None,
        },
    )?;
    let zone = crate::cli::print::zone(client)?;
    let cells = |e: &EvalRow| {
        vec![
            e.id.map(|i| i.to_string()).unwrap_or_else(|| "—".into()),
            format!("{} {} {}", e.employee, e.number, e.name),
            e.dept_name.clone(),
            e.period.clone(),
            stage_text(cat, e.stage),
            e.result.map(result_text).unwrap_or_default(),
            e.grade.clone().unwrap_or_default(),
            e.evaluator.clone(),
            e.since
                .map(|s| crate::present::day(s, zone))
                .unwrap_or_default(),
        ]
    };
    let rows = keep(rows, &list.matcher(), |e| {
        let mut c = cells(e);
        c.push(e.stage.key().to_string());
        c
    });
    if list.json {
        return print_items(rows.iter().map(js::eval_row).collect());
    }
    if rows.is_empty() {
        say(cat.t("cli.ev_none"));
        return Ok(ExitCode::SUCCESS);
    }
    let shown: Vec<Vec<String>> = rows.iter().map(cells).collect();
    table(
        &[
            cat.t("col.id"),
            cat.t("cli.crs_col_employee"),
            cat.t("col.dept"),
            cat.t("cli.ev_col_period"),
            cat.t("cli.ev_col_stage"),
            cat.t("cli.ev_col_result"),
            cat.t("cli.ev_col_grade"),
            cat.t("cli.ev_col_evaluator"),
            cat.t("col.since"),
        ],
        &shown,
    );
    Ok(ExitCode::SUCCESS)
}

/// The commands the asker can run on an evaluation now.
pub fn next_commands(v: &EvalView) -> Vec<String> {
    let mut out = Vec::new();
    let Some(id) = v.row.id else {
        return out;
    };
    if v.may.score
        && let Some(cycle) = v.row.cycle
    {
        out.push(format!(
            "renshi evaluation score {cycle} {} {}",
            v.row.employee,
            score_words(v.criteria.iter().map(|c| c.criterion.key.clone()))
        ));
    }
    if v.may.submit {
        out.push(format!("renshi evaluation submit {id}"));
    }
    if v.may.sign {
        out.push(format!("renshi approve {id}"));
        out.push(format!("renshi return {id} -m \"…\""));
        out.push(format!("renshi reject {id} -m \"…\""));
    }
    if v.may.acknowledge {
        out.push(format!("renshi evaluation ack {id} -m \"…\""));
    }
    out
}

fn show(
    client: &mut dyn Client,
    cat: &Catalog,
    id: EvalId,
    as_json: bool,
) -> Result<ExitCode, ApiError> {
    let v = view(client, id)?;
    let next = next_commands(&v);
    if as_json {
        return json(&js::eval_view(cat, &v, next));
    }
    let zone = crate::cli::print::zone(client)?;
    let r = &v.row;
    say(format!(
        "{id}  {} {} ({})  {}  [{}]",
        r.employee,
        r.name,
        r.number,
        r.cycle
            .map_or_else(|| r.period.clone(), |c| format!("{c} {}", r.period)),
        stage_text(cat, r.stage)
    ));
    let line = |label: &str, value: String| say(format!("  {}", fact(cat, label, value)));
    line("col.dept", r.dept_name.clone());
    if !r.evaluator.is_empty() {
        line(
            "cli.ev_col_evaluator",
            match r.since {
                Some(at) => format!("{}, {}", r.evaluator, when(at, zone)),
                None => r.evaluator.clone(),
            },
        );
    }
    if v.scores_hidden {
        say(format!("  {}", cat.t("cli.ev_scores_hidden")));
    } else {
        say(cat.t("cli.ev_scores"));
        let own = v.criteria.iter().any(|c| c.own.is_some());
        let rows: Vec<Vec<String>> = v
            .criteria
            .iter()
            .map(|c| {
                let mut row = vec![
                    format!("  {}", c.criterion.title(cat.lang.code())),
                    c.criterion.key.clone(),
                    format!("{}%", c.criterion.weight),
                    c.score
                        .as_ref()
                        .map_or_else(|| "—".into(), |s| s.score.to_string()),
                ];
                if own {
                    row.push(
                        c.own
                            .as_ref()
                            .map_or_else(|| "—".into(), |s| s.score.to_string()),
                    );
                }
                row
            })
            .collect();
        let criterion = format!("  {}", cat.t("cli.cyc_col_criterion"));
        let mut head = vec![
            criterion.as_str(),
            cat.t("cli.cyc_col_key"),
            cat.t("cli.cyc_col_weight"),
            cat.t("cli.ev_col_score"),
        ];
        if own {
            head.push(cat.t("cli.ev_col_own"));
        }
        table(&head, &rows);
        for c in &v.criteria {
            for (label, s) in [("cli.ev_note_of", &c.score), ("cli.ev_own_note_of", &c.own)] {
                if let Some(s) = s.as_ref().filter(|s| !s.comment.is_empty()) {
                    say(format!(
                        "  {}",
                        cat.f(
                            label,
                            &[("criterion", c.criterion.title(cat.lang.code()).to_string())]
                        )
                    ));
                    indented("    ", &s.comment);
                }
            }
        }
        if let (Some(result), Some(grade)) = (r.result, &r.grade) {
            say(format!(
                "  {}",
                cat.f(
                    "cli.ev_weighted",
                    &[("result", result_text(result)), ("grade", grade.clone())]
                )
            ));
        }
    }
    if !v.steps.is_empty() {
        say(cat.f(
            "cli.ev_digest",
            &[
                ("round", v.seen.round.to_string()),
                ("digest", short(&v.seen)),
            ],
        ));
        say(cat.t("cli.ev_signoff"));
        for s in &v.signatures {
            indented("  ", &signature_text(cat, s, &v.steps, zone));
        }
        if let Some(n) = &v.next_step {
            let i = v.steps.iter().position(|s| s == n).unwrap_or(0);
            say(format!(
                "  {}",
                cat.f(
                    "cli.ev_waits_for",
                    &[
                        ("step", step_name(cat, &v.steps, i)),
                        ("role", cat.role(n.role.key()).to_string()),
                    ]
                )
            ));
        }
    }
    if let Some(at) = v.acknowledged {
        say(format!(
            "  {}",
            cat.f("cli.ev_acknowledged_at", &[("at", when(at, zone))])
        ));
        if !v.remark.is_empty() {
            say(format!("  {}", cat.t("cli.ev_remark")));
            indented("    ", &v.remark);
        }
    }
    if !next.is_empty() {
        say(cat.t("cli.rv_next"));
        for c in next {
            say(format!("  {c}"));
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `approve|reject|return EV-0001`: the digest typed with `--seen`, or the
/// evaluation as it is now (printed back with the signature).
pub fn sign(
    client: &mut dyn Client,
    cat: &Catalog,
    a: &SignArgs,
    id: EvalId,
    decision: Decision,
) -> Result<ExitCode, ApiError> {
    if a.assign.is_some() {
        warn(format!("renshi: {}", cat.t("cli.ev_no_assign")));
        return Ok(ExitCode::from(crate::cli::USAGE));
    }
    let seen = as_typed(view(client, id)?.seen, a.seen.as_deref());
    let tag = short(&seen);
    run(client, Review::Sign { id, decision, seen }, &a.comment)?;
    signed(cat, decision, &id, &tag);
    Ok(ExitCode::SUCCESS)
}
