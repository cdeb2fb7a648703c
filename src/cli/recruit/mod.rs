//! `renshi req …` and the signatures of requisitions: every step of
//! recruitment from the command line, as a department head over SSH or HR
//! at a terminal would type it. Candidates, interviews, offers and the hire
//! are in `candidates`; onboarding, probation, contracts and the report in
//! `employees`.

mod candidates;
mod employees;

pub use candidates::{candidate, feedback, hire, interview, offer};
pub use employees::{contract, onboarding, probation, report};

use super::args::*;
use super::list::{keep, print_items};
use super::print::{short, signed};
use crate::cli::print::{all, exec, indented, query, say, table, unexpected};
use crate::domain::recruit::{Recruit, ReqState};
use crate::domain::signoff::{Decision, Seen};
use crate::domain::*;
use crate::i18n::Catalog;
use crate::present::{recruit as show, timeline_text};
use crate::service::api::*;
use crate::transport::Client;
use std::process::ExitCode;

pub(super) fn run(client: &mut dyn Client, cmd: Recruit, comment: &str) -> Result<Done, ApiError> {
    exec(client, Command::Recruit(cmd), comment)
}

pub fn view(client: &mut dyn Client, id: ReqId) -> Result<ReqView, ApiError> {
    match query(client, Query::Requisition(id))? {
        Reply::Requisition(v) => Ok(*v),
        other => Err(unexpected(&other)),
    }
}

/// What the signer says they saw (see `print::as_typed`).
pub(super) fn seen(
    client: &mut dyn Client,
    id: ReqId,
    typed: Option<&str>,
) -> Result<Seen, ApiError> {
    Ok(super::print::as_typed(view(client, id)?.seen, typed))
}

pub fn sign(
    client: &mut dyn Client,
    cat: &Catalog,
    a: &SignArgs,
    id: ReqId,
    decision: Decision,
) -> Result<ExitCode, ApiError> {
    let seen = seen(client, id, a.seen.as_deref())?;
    let tag = short(&seen);
    run(
        client,
        Recruit::Sign {
            id,
            decision,
            seen,
            assign: a.assign.clone(),
        },
        &a.comment,
    )?;
    signed(cat, decision, &id, &tag);
    Ok(ExitCode::SUCCESS)
}

pub fn req(client: &mut dyn Client, cat: &Catalog, cmd: &ReqCmd) -> Result<ExitCode, ApiError> {
    match cmd {
        ReqCmd::New(a) => {
            let done = run(
                client,
                Recruit::Raise {
                    position: a.position,
                    count: a.count,
                    reason: a.reason.clone(),
                    start: a.start,
                    notes: a.notes.clone(),
                },
                &a.comment,
            )?;
            say(done.created.unwrap_or_default());
        }
        ReqCmd::List { list, state } => return list_reqs(client, cat, list, *state),
        ReqCmd::Show { id, json } => {
            let v = view(client, *id)?;
            if *json {
                return crate::cli::print::json(&crate::cli::json::recruit::req_view(cat, &v));
            }
            let zone = crate::cli::print::zone(client)?;
            let now = chrono::Utc::now();
            show_req(cat, &v, zone, now);
        }
        ReqCmd::Edit {
            id,
            count,
            start,
            reason,
            notes,
        } => {
            let v = view(client, *id)?;
            run(
                client,
                Recruit::Edit {
                    id: *id,
                    count: count.unwrap_or(v.row.count),
                    start: start.unwrap_or(v.row.start),
                    reason: reason.clone().unwrap_or(v.reason),
                    notes: notes.clone().unwrap_or(v.notes),
                },
                "",
            )?;
            say(cat.t("msg.saved"));
        }
        ReqCmd::Resubmit { id, comment } => {
            run(client, Recruit::Resubmit { id: *id }, comment)?;
            say(cat.f("req.resubmitted", &[("id", id.to_string())]));
        }
        ReqCmd::Cancel { id, comment } => {
            run(client, Recruit::Cancel { id: *id }, comment)?;
            say(cat.f("req.cancelled", &[("id", id.to_string())]));
        }
        ReqCmd::Assign { id, to } => {
            run(
                client,
                Recruit::Assign {
                    id: *id,
                    to: to.clone(),
                },
                "",
            )?;
            say(cat.f(
                "req.assigned",
                &[("id", id.to_string()), ("to", to.clone())],
            ));
        }
        ReqCmd::Override {
            position,
            seats,
            comment,
        } => {
            run(
                client,
                Recruit::Override {
                    position: *position,
                    seats: *seats,
                },
                comment,
            )?;
            say(cat.t("msg.saved"));
        }
        ReqCmd::Paper {
            id,
            signer,
            decision,
            paper_ref,
            seen: typed,
            comment,
        } => {
            let seen = seen(client, *id, typed.as_deref())?;
            run(
                client,
                Recruit::RecordPaper {
                    id: *id,
                    signer: signer.clone(),
                    decision: *decision,
                    paper_ref: paper_ref.clone(),
                    seen,
                },
                comment,
            )?;
            if view(client, *id)?.pending_paper.is_some() {
                say(cat.f("req.paper_pending", &[("req", id.to_string())]));
            } else {
                say(cat.f("cli.paper_recorded", &[("id", id.to_string())]));
            }
        }
        ReqCmd::ConfirmPaper { id, seen: typed } => {
            let seen = seen(client, *id, typed.as_deref())?;
            run(client, Recruit::ConfirmPaper { id: *id, seen }, "")?;
            say(cat.f("req.paper_confirmed", &[("req", id.to_string())]));
        }
        ReqCmd::DiscardPaper { id, comment } => {
            run(client, Recruit::DiscardPaper { id: *id }, comment)?;
            say(cat.t("msg.saved"));
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn list_reqs(
    client: &mut dyn Client,
    cat: &Catalog,
    list: &ListArgs,
    state: Option<ReqState>,
) -> Result<ExitCode, ApiError> {
    let rows = all(
        client,
        |page| Query::Requisitions { state, page },
        |r| match r {
            Reply::Requisitions(p) => Some(p),
            _ => None,
        },
    )?;
    let zone = crate::cli::print::zone(client)?;
    let cells = |r: &ReqRow| {
        vec![
            r.id.to_string(),
            cat.t(&format!("req_state.{}", r.state.key())).to_string(),
            format!("{} {}", r.position, r.position_title),
            r.dept_name.clone(),
            format!("{}/{}", r.hired, r.count),
            r.seats.free.to_string(),
            // Whom it waits for: a signer's role, or while open its runner.
            r.waiting_for
                .map(|w| cat.role(w.key()).to_string())
                .or_else(|| r.runner.clone().filter(|_| r.state == ReqState::Open))
                .unwrap_or_default(),
            crate::present::day(r.since, zone),
        ]
    };
    let rows = keep(rows, &list.matcher(), |r| {
        let mut c = cells(r);
        c.push(r.state.key().to_string());
        c
    });
    if list.json {
        return print_items(
            rows.iter()
                .map(crate::cli::json::recruit::req_row)
                .collect(),
        );
    }
    if rows.is_empty() {
        say(cat.t("req.none"));
        return Ok(ExitCode::SUCCESS);
    }
    let shown: Vec<Vec<String>> = rows.iter().map(cells).collect();
    table(
        &[
            cat.t("col.id"),
            cat.t("col.state"),
            cat.t("col.position"),
            cat.t("col.dept"),
            cat.t("col.hired"),
            cat.t("col.free"),
            cat.t("col.waiting_for"),
            cat.t("col.since"),
        ],
        &shown,
    );
    Ok(ExitCode::SUCCESS)
}

/// A requisition for reading and signing on a terminal.
fn show_req(cat: &Catalog, v: &ReqView, zone: chrono_tz::Tz, now: chrono::DateTime<chrono::Utc>) {
    let r = &v.row;
    say(format!(
        "{}  {} {}  × {}  [{}]",
        r.id,
        r.position,
        r.position_title,
        r.count,
        cat.t(&format!("req_state.{}", r.state.key()))
    ));
    say(cat.f(
        "req.header",
        &[
            ("dept", r.dept_name.clone()),
            ("author", r.author.clone()),
            ("start", r.start.to_string()),
            ("runner", r.runner.clone().unwrap_or_else(|| "—".into())),
        ],
    ));
    say(cat.f(
        "req.seats",
        &[
            ("approved", r.seats.approved.to_string()),
            ("filled", r.seats.filled.to_string()),
            ("reserved", r.seats.reserved.to_string()),
            ("free", r.seats.free.to_string()),
            ("hired", r.hired.to_string()),
        ],
    ));
    say(cat.t("req.reason"));
    indented("  ", &v.reason);
    if !v.notes.is_empty() {
        say(cat.t("field.note"));
        indented("  ", &v.notes);
    }
    say(cat.f(
        "req.digest",
        &[
            ("round", v.seen.round.to_string()),
            ("digest", short(&v.seen)),
        ],
    ));
    say(cat.t("plan.timeline"));
    for e in &v.timeline {
        indented("  ", &timeline_text(cat, e, &v.steps, zone));
    }
    if !v.step_times.is_empty() {
        say(cat.t("req.step_times"));
        for t in &v.step_times {
            say(format!("  {}", show::step_time(cat, t, now)));
        }
    }
    match &v.cannot_sign {
        None => say(cat.f("req.you_may_sign", &[("id", r.id.to_string())])),
        Some(_) if r.state != ReqState::Submitted => {}
        Some(why) => say(format!(
            "{} {}",
            cat.t("req.not_yours"),
            cat.domain_error(why)
        )),
    }
    if v.candidates.is_empty() {
        return;
    }
    say(cat.t("req.candidates"));
    for c in &v.candidates {
        candidates::show_candidate(cat, c, zone, "  ");
    }
}
