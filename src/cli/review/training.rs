//! `renshi course …`: the catalog, who must take each course and who is
//! up to date.
use super::{denied, hours_text, kind_text, run, standing_text, tenths, training_report};
use crate::cli::args::{AddCourseArgs, CourseCmd, EditCourseArgs, ListArgs};
use crate::cli::json::review as js;
use crate::cli::list::{keep, print_items};
use crate::cli::print::{all, json, say, table};
use crate::domain::review::Review;
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

pub(super) fn sessions(
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
