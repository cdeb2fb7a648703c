//! `renshi session …`, `renshi result` and `renshi employee training`:
//! sessions with their attendees and results, and one person's training and
//! evaluations over time.

use super::{kind_text, resolve_all, result_text, run, stage_text, standing_text};
use crate::cli::args::{ListArgs, ResultArgs, SessionCmd};
use crate::cli::json::review as js;
use crate::cli::list::{keep, print_items};
use crate::cli::print::{indented, json, query, say, table, unexpected};
use crate::domain::review::{Review, TrainingResult};
use crate::domain::*;
use crate::i18n::Catalog;
use crate::service::api::*;
use crate::transport::Client;
use std::process::ExitCode;

use super::training::sessions;
fn session_view(client: &mut dyn Client, id: SessionId) -> Result<SessionView, ApiError> {
    match query(client, Query::Session(id))? {
        Reply::Session(v) => Ok(*v),
        other => Err(unexpected(&other)),
    }
}

pub fn session(
    client: &mut dyn Client,
    cat: &Catalog,
    cmd: &SessionCmd,
) -> Result<ExitCode, ApiError> {
    match cmd {
        SessionCmd::List { list, course } => return list_sessions(client, cat, list, *course),
        SessionCmd::Show { id, json } => return show_session(client, cat, *id, *json),
        SessionCmd::Plan {
            course,
            on,
            trainer,
            attendees,
            comment,
        } => {
            let attendees = resolve_all(client, attendees)?;
            let done = run(
                client,
                Review::PlanSession {
                    course: *course,
                    on: *on,
                    trainer: trainer.clone(),
                    attendees,
                },
                comment,
            )?;
            say(done.created.unwrap_or_default());
        }
        SessionCmd::Enroll {
            session,
            employees,
            comment,
        } => {
            let ids = resolve_all(client, employees)?;
            run(
                client,
                Review::Enroll {
                    session: *session,
                    employees: ids.clone(),
                },
                comment,
            )?;
            say(cat.f(
                "cli.ts_enrolled",
                &[
                    ("session", session.to_string()),
                    (
                        "employees",
                        ids.iter()
                            .map(ToString::to_string)
                            .collect::<Vec<_>>()
                            .join(", "),
                    ),
                ],
            ));
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn list_sessions(
    client: &mut dyn Client,
    cat: &Catalog,
    list: &ListArgs,
    course: Option<CourseId>,
) -> Result<ExitCode, ApiError> {
    let rows = sessions(client, course)?;
    let cells = |s: &SessionRow| {
        vec![
            s.id.to_string(),
            s.on.to_string(),
            format!("{} {}", s.course, s.course_title),
            s.trainer.clone(),
            s.attendees.to_string(),
            s.passed.to_string(),
            s.failed.to_string(),
        ]
    };
    let rows = keep(rows, &list.matcher(), cells);
    if list.json {
        return print_items(rows.iter().map(js::session_row).collect());
    }
    if rows.is_empty() {
        say(cat.t("cli.ts_none"));
        return Ok(ExitCode::SUCCESS);
    }
    let shown: Vec<Vec<String>> = rows.iter().map(cells).collect();
    table(
        &[
            cat.t("col.id"),
            cat.t("cli.ts_col_on"),
            cat.t("cli.ts_col_course"),
            cat.t("cli.ts_col_trainer"),
            cat.t("cli.ts_col_attendees"),
            cat.t("cli.ts_col_passed"),
            cat.t("cli.ts_col_failed"),
        ],
        &shown,
    );
    Ok(ExitCode::SUCCESS)
}

fn outcome_text(cat: &Catalog, r: Option<&TrainingResult>) -> String {
    match r {
        None => cat.t("cli.ts_no_result").to_string(),
        Some(r) => {
            let mut t = cat
                .t(if r.passed {
                    "cli.ts_passed"
                } else {
                    "cli.ts_failed"
                })
                .to_string();
            if let Some(s) = r.score {
                t.push_str(&format!(" ({s})"));
            }
            t
        }
    }
}

fn show_session(
    client: &mut dyn Client,
    cat: &Catalog,
    id: SessionId,
    as_json: bool,
) -> Result<ExitCode, ApiError> {
    let v = session_view(client, id)?;
    if as_json {
        return json(&js::session(&v));
    }
    let r = &v.row;
    say(format!("{}  {} {}", r.id, r.course, r.course_title));
    say(format!(
        "  {}",
        crate::present::fact(cat, "cli.ts_col_on", r.on.to_string())
    ));
    say(format!(
        "  {}",
        crate::present::fact(cat, "cli.ts_col_trainer", r.trainer.clone())
    ));
    say(cat.f(
        "cli.ts_attendees",
        &[
            ("attendees", r.attendees.to_string()),
            ("passed", r.passed.to_string()),
            ("failed", r.failed.to_string()),
        ],
    ));
    let rows: Vec<Vec<String>> = v
        .attendees
        .iter()
        .map(|a| {
            let res = a.result.as_ref();
            vec![
                format!("  {}", a.employee),
                format!("{} {}", a.number, a.name),
                a.dept_name.clone(),
                outcome_text(cat, res),
                res.map(|r| r.certificate.clone()).unwrap_or_default(),
            ]
        })
        .collect();
    if !rows.is_empty() {
        table(
            &[
                "",
                cat.t("cli.crs_col_employee"),
                cat.t("col.dept"),
                cat.t("cli.ts_col_result"),
                cat.t("cli.ts_col_certificate"),
            ],
            &rows,
        );
    }
    for a in &v.attendees {
        if let Some(res) = a.result.as_ref().filter(|r| !r.note.is_empty()) {
            say(cat.f("cli.ts_note_of", &[("employee", a.employee.to_string())]));
            indented("    ", &res.note);
        }
    }
    if v.others > 0 {
        say(cat.f("cli.ts_others", &[("n", v.others.to_string())]));
    }
    let open: Vec<&AttendeeRow> = v.attendees.iter().filter(|a| a.result.is_none()).collect();
    if !open.is_empty() {
        say(cat.t("cli.rv_next"));
        for a in open.iter().take(3) {
            say(format!("  renshi result {id} {} --passed", a.employee));
        }
        say(format!("  renshi session enroll {id} EMP-…"));
    }
    Ok(ExitCode::SUCCESS)
}

pub fn result(
    client: &mut dyn Client,
    cat: &Catalog,
    a: &ResultArgs,
) -> Result<ExitCode, ApiError> {
    let score = super::training_score(a.score.as_deref())?;
    let employee = crate::cli::people::resolve(client, &a.employee)?;
    run(
        client,
        Review::RecordResult {
            session: a.session,
            employee,
            passed: a.passed,
            score,
            certificate: a.certificate.clone(),
        },
        &a.comment,
    )?;
    say(cat.f(
        if a.passed {
            "cli.ts_result_passed"
        } else {
            "cli.ts_result_failed"
        },
        &[
            ("session", a.session.to_string()),
            ("employee", employee.to_string()),
        ],
    ));
    Ok(ExitCode::SUCCESS)
}

/// `renshi employee training EMP`: required courses, training, evaluations.
pub fn record(
    client: &mut dyn Client,
    cat: &Catalog,
    given: &str,
    as_json: bool,
) -> Result<ExitCode, ApiError> {
    let id = crate::cli::people::resolve(client, given)?;
    let r = match query(client, Query::ReviewRecord(id))? {
        Reply::ReviewRecord(r) => *r,
        other => return Err(unexpected(&other)),
    };
    if as_json {
        return json(&js::review_record(&r));
    }
    say(format!("{}  {}  {}", r.employee, r.name, r.position_title));
    say(cat.t("cli.rec_required"));
    if r.required.is_empty() {
        say(format!("  {}", cat.t("cli.rec_none_required")));
    } else {
        let rows: Vec<Vec<String>> = r
            .required
            .iter()
            .map(|q| {
                vec![
                    format!("  {}", q.course),
                    q.title.clone(),
                    standing_text(cat, q.standing),
                    q.passed.map(|d| d.to_string()).unwrap_or_default(),
                    q.valid_until.map(|d| d.to_string()).unwrap_or_default(),
                ]
            })
            .collect();
        table(
            &[
                "",
                cat.t("cli.crs_col_title"),
                cat.t("cli.crs_col_standing"),
                cat.t("cli.rec_col_passed"),
                cat.t("cli.crs_col_valid_until"),
            ],
            &rows,
        );
    }
    say(cat.t("cli.rec_training"));
    if r.training.is_empty() {
        say(format!("  {}", cat.t("cli.rec_no_training")));
    } else {
        let rows: Vec<Vec<String>> = r
            .training
            .iter()
            .map(|t| {
                vec![
                    format!("  {}", t.on),
                    t.session.map(|s| s.to_string()).unwrap_or_default(),
                    t.title.clone(),
                    kind_text(cat, t.kind),
                    t.trainer.clone(),
                    match t.passed {
                        None => cat.t("cli.ts_no_result").to_string(),
                        Some(p) => {
                            let mut s = cat
                                .t(if p { "cli.ts_passed" } else { "cli.ts_failed" })
                                .to_string();
                            if let Some(n) = t.score {
                                s.push_str(&format!(" ({n})"));
                            }
                            s
                        }
                    },
                    t.certificate.clone(),
                    t.valid_until.map(|d| d.to_string()).unwrap_or_default(),
                ]
            })
            .collect();
        table(
            &[
                "",
                cat.t("cli.ts_col_session"),
                cat.t("cli.crs_col_title"),
                cat.t("cli.crs_col_kind"),
                cat.t("cli.ts_col_trainer"),
                cat.t("cli.ts_col_result"),
                cat.t("cli.ts_col_certificate"),
                cat.t("cli.crs_col_valid_until"),
            ],
            &rows,
        );
    }
    say(cat.t("cli.rec_evaluations"));
    if r.evaluations.is_empty() {
        say(format!("  {}", cat.t("cli.ev_none")));
    } else {
        let rows: Vec<Vec<String>> = r
            .evaluations
            .iter()
            .map(|e| {
                vec![
                    format!("  {}", e.id.map(|i| i.to_string()).unwrap_or_default()),
                    e.period.clone(),
                    stage_text(cat, e.stage),
                    e.result.map(result_text).unwrap_or_default(),
                    e.grade.clone().unwrap_or_default(),
                    e.evaluator.clone(),
                ]
            })
            .collect();
        table(
            &[
                "",
                cat.t("cli.ev_col_period"),
                cat.t("cli.ev_col_stage"),
                cat.t("cli.ev_col_result"),
                cat.t("cli.ev_col_grade"),
                cat.t("cli.ev_col_evaluator"),
            ],
            &rows,
        );
    }
    Ok(ExitCode::SUCCESS)
}
