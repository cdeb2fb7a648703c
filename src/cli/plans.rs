//! `renshi plan …` and the signatures: `approve`, `reject`, `return`.

use super::list::{keep, print_items};
use super::print::{all, exec, indented, json, query, say, table, unexpected, warn};
use super::print::{short, signed};
use super::{LineArgs, PlanCmd, SignArgs};
use crate::domain::commands::parse_headcount;
use crate::domain::signoff::{Decision, Seen};
use crate::domain::text::visible_line;
use crate::domain::*;
use crate::i18n::Catalog;
use crate::service::api::*;
use crate::transport::Client;
use std::process::ExitCode;

fn view(client: &mut dyn Client, id: PlanId) -> Result<PlanView, ApiError> {
    match query(client, Query::Plan(id))? {
        Reply::Plan(v) => Ok(*v),
        other => Err(unexpected(&other)),
    }
}

/// What the signer says they saw (see `print::as_typed`).
fn seen(client: &mut dyn Client, id: PlanId, typed: Option<&str>) -> Result<Seen, ApiError> {
    Ok(super::print::as_typed(view(client, id)?.seen, typed))
}

/// Signs a plan; `approve`, `reject` and `return` come here through `sign::sign`.
pub fn sign(
    client: &mut dyn Client,
    cat: &Catalog,
    a: &SignArgs,
    id: PlanId,
    decision: Decision,
) -> Result<ExitCode, ApiError> {
    let seen = seen(client, id, a.seen.as_deref())?;
    let tag = short(&seen);
    exec(client, Command::SignPlan { id, decision, seen }, &a.comment)?;
    signed(cat, decision, &id, &tag);
    Ok(ExitCode::SUCCESS)
}

pub fn plan(client: &mut dyn Client, p: &PlanCmd, cat: &Catalog) -> Result<ExitCode, ApiError> {
    match p {
        PlanCmd::List { list, state, since } => {
            let rows = all(
                client,
                |page| Query::Plans {
                    state: *state,
                    page,
                },
                |r| match r {
                    Reply::Plans(p) => Some(p),
                    _ => None,
                },
            )?;
            let zone = super::print::zone(client)?;
            let start = since.map(|d| crate::domain::time::start_of(zone, d));
            let rows: Vec<PlanRow> = rows
                .into_iter()
                .filter(|r| start.is_none_or(|s| r.since >= s))
                .collect();
            let cells = |r: &PlanRow| {
                let mut marks: Vec<String> = Vec::new();
                if !r.overtaken_by.is_empty() {
                    let by: Vec<String> = r.overtaken_by.iter().map(|p| p.to_string()).collect();
                    marks.push(cat.f("plans.overtaken_mark", &[("by", by.join(", "))]));
                }
                if !r.conflicts.is_empty() {
                    let with: Vec<String> = r.conflicts.iter().map(|p| p.to_string()).collect();
                    marks.push(cat.f("plans.conflict_mark", &[("plans", with.join(", "))]));
                }
                vec![
                    r.id.to_string(),
                    cat.t(&format!("state.{}", r.state.key())).to_string(),
                    r.title.clone(),
                    r.author.clone(),
                    r.waiting_for
                        .map(|w| cat.role(w.key()).to_string())
                        .unwrap_or_default(),
                    crate::present::day(r.since, zone),
                    marks.join("; "),
                ]
            };
            let rows = keep(rows, &list.matcher(), |r| {
                let mut c = cells(r);
                c.push(r.state.key().to_string());
                c
            });
            if list.json {
                return print_items(rows.iter().map(super::json::plan_row).collect());
            }
            let shown: Vec<Vec<String>> = rows.iter().map(cells).collect();
            table(
                &[
                    cat.t("col.id"),
                    cat.t("col.state"),
                    cat.t("col.title"),
                    cat.t("col.author"),
                    cat.t("col.waiting_for"),
                    cat.t("col.since"),
                    cat.t("col.notes"),
                ],
                &shown,
            );
            Ok(ExitCode::SUCCESS)
        }
        PlanCmd::Show { id, json: as_json } => {
            let v = view(client, *id)?;
            if *as_json {
                return json(&super::json::plan(cat, &v));
            }
            let zone = super::print::zone(client)?;
            show(cat, &v, zone);
            Ok(ExitCode::SUCCESS)
        }
        PlanCmd::Draft { title, note } => {
            let done = exec(
                client,
                Command::DraftPlan {
                    title: title.clone(),
                    note: note.clone(),
                },
                "",
            )?;
            say(done.created.unwrap_or_default());
            Ok(ExitCode::SUCCESS)
        }
        PlanCmd::AddLine(a) => {
            let line = match line_from(a) {
                Ok(l) => l,
                Err(e) => {
                    warn(format!("renshi: {}", cat.domain_error(&e)));
                    return Ok(ExitCode::from(2));
                }
            };
            exec(client, Command::AddPlanLine { id: a.id, line }, "")?;
            say(a.id.to_string());
            Ok(ExitCode::SUCCESS)
        }
        PlanCmd::RemoveLine { id, line } => {
            exec(client, Command::RemovePlanLine { id: *id, no: *line }, "")?;
            say(cat.t("msg.line_removed"));
            Ok(ExitCode::SUCCESS)
        }
        PlanCmd::Submit { id, comment } => {
            exec(client, Command::SubmitPlan { id: *id }, comment)?;
            say(cat.f("cli.submitted", &[("id", id.to_string())]));
            Ok(ExitCode::SUCCESS)
        }
        PlanCmd::Withdraw { id, comment } => {
            exec(client, Command::WithdrawPlan { id: *id }, comment)?;
            say(cat.f("cli.withdrawn", &[("id", id.to_string())]));
            Ok(ExitCode::SUCCESS)
        }
        PlanCmd::Delete { id } => {
            exec(client, Command::DeletePlan { id: *id }, "")?;
            say(cat.f("cli.deleted", &[("id", id.to_string())]));
            Ok(ExitCode::SUCCESS)
        }
        PlanCmd::Paper {
            id,
            signer,
            decision,
            paper_ref,
            seen: typed,
            comment,
        } => {
            let Some(decision) = Decision::from_key(decision) else {
                warn(format!(
                    "renshi: {}",
                    cat.f("cli.bad_decision", &[("decision", decision.clone())])
                ));
                return Ok(ExitCode::from(2));
            };
            let seen = seen(client, *id, typed.as_deref())?;
            exec(
                client,
                Command::RecordPaperSignoff {
                    id: *id,
                    signer: signer.clone(),
                    decision,
                    paper_ref: paper_ref.clone(),
                    seen,
                },
                comment,
            )?;
            // Recorded by HR staff, it counts only once a second person confirms it.
            let v = view(client, *id)?;
            if v.pending_paper.is_some() {
                say(cat.f("cli.paper_pending", &[("id", id.to_string())]));
            } else {
                say(cat.f("cli.paper_recorded", &[("id", id.to_string())]));
            }
            Ok(ExitCode::SUCCESS)
        }
        PlanCmd::ConfirmPaper { id, seen: typed } => {
            let seen = seen(client, *id, typed.as_deref())?;
            exec(client, Command::ConfirmPaperSignoff { id: *id, seen }, "")?;
            say(cat.f("cli.paper_confirmed", &[("id", id.to_string())]));
            Ok(ExitCode::SUCCESS)
        }
        PlanCmd::DiscardPaper { id, comment } => {
            exec(client, Command::DiscardPaperSignoff { id: *id }, comment)?;
            say(cat.t("msg.saved"));
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// A plan for reading and signing on a terminal: what it changes, in full,
/// against what stood when it was submitted, and what was said about it.
fn show(cat: &Catalog, v: &PlanView, zone: chrono_tz::Tz) {
    say(format!(
        "{}  {}  [{}]",
        v.id,
        visible_line(&v.title),
        cat.t(&format!("state.{}", v.state.key()))
    ));
    if !v.note.is_empty() {
        indented("", &v.note);
    }
    for l in &v.lines {
        say(format!(
            "  {}. {}",
            l.no,
            visible_line(&crate::present::line_text(cat, l))
        ));
        for d in crate::present::line_detail(cat, l) {
            indented("     ", &d);
        }
        if let Some(e) = &l.problem {
            indented("     ", &format!("⚠ {}", cat.domain_error(e)));
        }
    }
    for e in &v.timeline {
        indented("  ", &crate::present::timeline_text(cat, e, &v.steps, zone));
    }
    if let Some(text) = crate::present::conflicts_text(cat, &v.conflicts) {
        indented("  ", &text);
    }
    if let Some(text) = crate::present::overtaken_text(cat, v) {
        indented("  ", &format!("⚠ {text}"));
    }
    if let Some(p) = &v.pending_paper {
        say(format!(
            "  {}",
            cat.f(
                "plan.pending_paper",
                &[
                    ("signer", p.signer.clone()),
                    ("by", p.paper.recorded_by.clone())
                ]
            )
        ));
    }
    if v.state == PlanState::Submitted {
        let seen = short(&v.seen);
        say(cat.f(
            "plan.seen_hint",
            &[("id", v.id.to_string()), ("seen", seen)],
        ));
    }
}

fn line_from(a: &LineArgs) -> Result<PlanLine, DomainError> {
    let headcount = || {
        a.headcount
            .as_deref()
            .map(parse_headcount)
            .unwrap_or(Err(DomainError::EmptyField {
                field: "field.headcount".into(),
            }))
    };
    let text = |v: &Option<String>| v.clone().unwrap_or_default();
    match (a.new_in, a.headcount_of, a.duties_of, a.close) {
        (Some(dept), None, None, None) => Ok(PlanLine::NewPosition {
            dept,
            title: text(&a.title),
            duties: text(&a.duties),
            headcount: headcount()?,
        }),
        (None, Some(position), None, None) => Ok(PlanLine::SetHeadcount {
            position,
            headcount: headcount()?,
        }),
        (None, None, Some(position), None) => Ok(PlanLine::ChangeDuties {
            position,
            duties: text(&a.duties),
        }),
        (None, None, None, Some(position)) => Ok(PlanLine::ClosePosition { position }),
        _ => Err(DomainError::EmptyField {
            field: "field.line_kind".into(),
        }),
    }
}
