//! `renshi evaluation …` and `approve|reject|return EV-…`: each employee
//! scored by their department, signed off along `evaluation`, and
//! acknowledged by the employee with a remark.

use super::{result_text, run, scores, stage_text};
use crate::cli::args::{EvaluationCmd, ListArgs, ScoreArgs, SignArgs};
use crate::cli::json::review as js;
use crate::cli::list::{keep, print_items};
use crate::cli::print::{
    all, as_typed, indented, json, query, say, short, signed, table, unexpected, warn,
};
use crate::domain::review::Review;
use crate::domain::signoff::Decision;
use crate::domain::*;
use crate::i18n::Catalog;
use crate::present::{fact, signature_text, step_name, when};
use crate::service::api::*;
use crate::transport::Client;
use std::process::ExitCode;

pub(super) fn view(client: &mut dyn Client, id: EvalId) -> Result<EvalView, ApiError> {
    match query(client, Query::Evaluation(id))? {
        Reply::Evaluation(v) => Ok(*v),
        other => Err(unexpected(&other)),
    }
}

/// `--score quality=N --score delivery=N …` for every criterion.
pub(super) fn score_words(keys: impl Iterator<Item = String>) -> String {
    keys.map(|k| format!("--score {k}=N"))
        .collect::<Vec<_>>()
        .join(" ")
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
