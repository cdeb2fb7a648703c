//! `renshi course …`, `renshi session …`, `renshi result` and `renshi
//! employee training`: the catalog, sessions with their attendees and
//! results, and one person's training and evaluations over time.

use super::{
    denied, hours_text, kind_text, resolve_all, result_text, run, stage_text, standing_text,
    tenths, training_report,
};
use crate::cli::args::{
    AddCourseArgs, CourseCmd, EditCourseArgs, ListArgs, ResultArgs, SessionCmd,
};
use crate::cli::json::review as js;
use crate::cli::list::{keep, print_items};
use crate::cli::print::{all, indented, json, query, say, table, unexpected};
use crate::domain::review::{Review, TrainingResult};
use crate::domain::*;
use crate::i18n::Catalog;
use crate::service::api::*;
use crate::transport::Client;
use std::process::ExitCode;

fn courses(client: &mut dyn Client) -> Result<Vec<CourseRow>, ApiError> {
    all(client, Query::Courses, |r| match r {
        Reply::Courses(p) => Some(p),
        _ => None,
    })
}

/// One course of the catalog, or the domain's "no such course".
fn course_row(client: &mut dyn Client, id: CourseId) -> Result<CourseRow, ApiError> {
    courses(client)?
        .into_iter()
        .find(|c| c.id == id)
        .ok_or_else(|| crate::domain::commands::not_found("kind.course", id).into())
}

fn sessions(
    client: &mut dyn Client,
    course: Option<CourseId>,
) -> Result<Vec<SessionRow>, ApiError> {
    all(
        client,
        |page| Query::Sessions { course, page },
        |r| match r {
            Reply::Sessions(p) => Some(p),
            _ => None,
        },
    )
}

pub(super) fn session_view(
    client: &mut dyn Client,
    id: SessionId,
) -> Result<SessionView, ApiError> {
    match query(client, Query::Session(id))? {
        Reply::Session(v) => Ok(*v),
        other => Err(unexpected(&other)),
    }
}

fn required_text(c: &CourseRow) -> String {
    c.required_for
        .iter()
        .map(|(id, title)| format!("{id} {title}"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn renew_text(cat: &Catalog, months: Option<u32>) -> String {
    match months {
        Some(n) => cat.f("cli.crs_renew_months", &[("n", n.to_string())]),
        None => cat.t("cli.crs_renew_never").to_string(),
    }
}

fn counts_text(cat: &Catalog, c: &StandingCounts) -> String {
    cat.f(
        "cli.crs_counts",
        &[
            ("done", c.done.to_string()),
            ("expiring", c.expiring.to_string()),
            ("expired", c.expired.to_string()),
            ("missing", c.missing.to_string()),
        ],
    )
}

pub fn course(
    client: &mut dyn Client,
    cat: &Catalog,
    cmd: &CourseCmd,
) -> Result<ExitCode, ApiError> {
    match cmd {
        CourseCmd::List { list, all } => return list_courses(client, cat, list, *all),
        CourseCmd::Show { id, json } => return show_course(client, cat, *id, *json),
        CourseCmd::Add(a) => add(client, a)?,
        CourseCmd::Edit(a) => edit(client, cat, a)?,
        CourseCmd::Close { id, comment } => {
            run(client, Review::CloseCourse { course: *id }, comment)?;
            say(cat.f("cli.crs_closed", &[("id", id.to_string())]));
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn add(client: &mut dyn Client, a: &AddCourseArgs) -> Result<(), ApiError> {
    let done = run(
        client,
        Review::AddCourse {
            title: a.title.clone(),
            tenths: tenths(&a.hours)?,
            kind: a.kind,
            required_for: a.required_for.clone(),
            renew_months: a.renew_months,
        },
        &a.comment,
    )?;
    say(done.created.unwrap_or_default());
    Ok(())
}

fn edit(client: &mut dyn Client, cat: &Catalog, a: &EditCourseArgs) -> Result<(), ApiError> {
    // Typed values are checked before the course is even read.
    let hours = a.hours.as_deref().map(tenths).transpose()?;
    let c = course_row(client, a.id)?;
    let required_for = if a.not_required {
        Vec::new()
    } else if a.required_for.is_empty() {
        c.required_for.iter().map(|(id, _)| *id).collect()
    } else {
        a.required_for.clone()
    };
    run(
        client,
        Review::EditCourse {
            course: a.id,
            title: a.title.clone().unwrap_or(c.title),
            tenths: hours.unwrap_or(c.tenths),
            kind: a.kind.unwrap_or(c.kind),
            required_for,
            renew_months: if a.no_renewal {
                None
            } else {
                a.renew_months.or(c.renew_months)
            },
        },
        &a.comment,
    )?;
    say(cat.f("cli.crs_edited", &[("id", a.id.to_string())]));
    Ok(())
}

fn list_courses(
    client: &mut dyn Client,
    cat: &Catalog,
    list: &ListArgs,
    every: bool,
) -> Result<ExitCode, ApiError> {
    let rows: Vec<CourseRow> = courses(client)?
        .into_iter()
        .filter(|c| every || !c.closed)
        .collect();
    let counted = rows.iter().any(|c| c.standing.is_some());
    let cells = |c: &CourseRow| {
        let mut v = vec![
            c.id.to_string(),
            c.title.clone(),
            kind_text(cat, c.kind),
            hours_text(c.tenths),
            c.required_for
                .iter()
                .map(|(id, _)| id.to_string())
                .collect::<Vec<_>>()
                .join(" "),
            renew_text(cat, c.renew_months),
            c.sessions.to_string(),
        ];
        if counted {
            let s = c.standing.unwrap_or_default();
            v.push(format!("{}/{}", s.done + s.expiring, s.total()));
            v.push(s.expiring.to_string());
            v.push(s.gaps().to_string());
        }
        if every {
            v.insert(
                2,
                cat.t(if c.closed {
                    "cli.crs_closed_state"
                } else {
                    "cli.crs_open_state"
                })
                .to_string(),
            );
        }
        v
    };
    let rows = keep(rows, &list.matcher(), |c| {
        let mut v = cells(c);
        v.push(c.kind.key().to_string());
        v.push(required_text(c));
        v
    });
    if list.json {
        return print_items(rows.iter().map(js::course).collect());
    }
    if rows.is_empty() {
        say(cat.t("cli.crs_none"));
        return Ok(ExitCode::SUCCESS);
    }
    let mut head = vec![
        cat.t("col.id"),
        cat.t("cli.crs_col_title"),
        cat.t("cli.crs_col_kind"),
        cat.t("cli.crs_col_hours"),
        cat.t("cli.crs_col_required"),
        cat.t("cli.crs_col_renew"),
        cat.t("cli.crs_col_sessions"),
    ];
    if counted {
        head.push(cat.t("cli.crs_col_holders"));
        head.push(cat.t("cli.crs_col_expiring"));
        head.push(cat.t("cli.crs_col_gaps"));
    }
    if every {
        head.insert(2, cat.t("col.state"));
    }
    let shown: Vec<Vec<String>> = rows.iter().map(cells).collect();
    table(&head, &shown);
    Ok(ExitCode::SUCCESS)
}

fn show_course(
    client: &mut dyn Client,
    cat: &Catalog,
    id: CourseId,
    as_json: bool,
) -> Result<ExitCode, ApiError> {
    let c = course_row(client, id)?;
    let runs = sessions(client, Some(id))?;
    // The people still needing it, for whoever sees others' training.
    let gaps = match training_report(client) {
        Ok((_, gaps)) => Some(
            gaps.into_iter()
                .filter(|g| g.course == id)
                .collect::<Vec<_>>(),
        ),
        Err(e) if denied(&e) => None,
        Err(e) => return Err(e),
    };
    if as_json {
        return json(&js::CourseViewJson {
            course: js::course(&c),
            sessions: runs.iter().map(js::session_row).collect(),
            gaps: gaps.as_ref().map(|g| g.iter().map(js::gap).collect()),
        });
    }
    let state = if c.closed {
        format!("  [{}]", cat.t("cli.crs_closed_state"))
    } else {
        String::new()
    };
    say(format!("{}  {}{state}", c.id, c.title));
    let line =
        |label: &str, value: String| say(format!("  {}", crate::present::fact(cat, label, value)));
    line("cli.crs_col_kind", kind_text(cat, c.kind));
    line(
        "cli.crs_col_hours",
        cat.f("cli.crs_hours", &[("hours", hours_text(c.tenths))]),
    );
    line(
        "cli.crs_col_required",
        if c.required_for.is_empty() {
            "—".to_string()
        } else {
            required_text(&c)
        },
    );
    line("cli.crs_col_renew", renew_text(cat, c.renew_months));
    if let Some(s) = &c.standing {
        line("cli.crs_col_holders", counts_text(cat, s));
    }
    say(cat.t("cli.crs_sessions"));
    if runs.is_empty() {
        say(format!("  {}", cat.t("cli.ts_none")));
    } else {
        for s in &runs {
            say(format!(
                "  {}  {}  {}  {}",
                s.id,
                s.on,
                s.trainer,
                cat.f(
                    "cli.ts_tally",
                    &[
                        ("attendees", s.attendees.to_string()),
                        ("passed", s.passed.to_string()),
                        ("failed", s.failed.to_string()),
                    ]
                )
            ));
        }
    }
    if let Some(gaps) = gaps {
        if gaps.is_empty() {
            say(cat.t("cli.crs_no_gaps"));
        } else {
            say(cat.t("cli.crs_gaps"));
            let rows: Vec<Vec<String>> = gaps
                .iter()
                .map(|g| {
                    vec![
                        format!("  {}", g.employee),
                        format!("{} {}", g.number, g.name),
                        g.dept_name.clone(),
                        standing_text(cat, g.standing),
                        g.valid_until.map(|d| d.to_string()).unwrap_or_default(),
                    ]
                })
                .collect();
            table(
                &[
                    "",
                    cat.t("cli.crs_col_employee"),
                    cat.t("col.dept"),
                    cat.t("cli.crs_col_standing"),
                    cat.t("cli.crs_col_valid_until"),
                ],
                &rows,
            );
        }
    }
    if !c.closed {
        say(cat.t("cli.rv_next"));
        say(format!(
            "  renshi session plan {id} --on YYYY-MM-DD --trainer NAME --attendee EMP-…"
        ));
    }
    Ok(ExitCode::SUCCESS)
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
