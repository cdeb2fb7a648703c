//! Runs one CLI subcommand through the client and prints the answer.

use super::{AuditCmd, Cmd, DeptCmd, LineArgs, PlanCmd, UserCmd, decision_from};
use crate::domain::commands::parse_headcount;
use crate::domain::signoff::Decision;
use crate::domain::*;
use crate::i18n::Catalog;
use crate::service::api::*;
use crate::transport::Client;
use serde::Serialize;
use std::process::ExitCode;
use unicode_width::UnicodeWidthStr;

fn query(client: &mut dyn Client, q: Query) -> Result<Reply, ApiError> {
    client.call(Request::Query(q))
}

fn exec(client: &mut dyn Client, command: Command, comment: &str) -> Result<Done, ApiError> {
    match client.call(Request::Execute {
        command,
        comment: comment.to_string(),
    })? {
        Reply::Done(d) => Ok(d),
        other => Err(unexpected(&other)),
    }
}

fn unexpected(r: &Reply) -> ApiError {
    ApiError::Protocol(format!("unexpected reply {r:?}"))
}

fn json<T: Serialize>(v: &T) -> Result<ExitCode, ApiError> {
    let s = serde_json::to_string_pretty(v).map_err(|e| ApiError::Protocol(e.to_string()))?;
    println!("{s}");
    Ok(ExitCode::SUCCESS)
}

/// Pads to a display width, so CJK text lines up in a terminal.
pub fn pad(s: &str, width: usize) -> String {
    let w = s.width();
    format!("{s}{}", " ".repeat(width.saturating_sub(w)))
}

fn table(head: &[&str], rows: &[Vec<String>]) {
    let mut widths: Vec<usize> = head.iter().map(|h| h.width()).collect();
    for r in rows {
        for (i, c) in r.iter().enumerate() {
            widths[i] = widths[i].max(c.width());
        }
    }
    let line = |cells: Vec<String>| {
        let parts: Vec<String> = cells
            .iter()
            .enumerate()
            .map(|(i, c)| pad(c, widths[i]))
            .collect();
        println!("{}", parts.join("  ").trim_end());
    };
    line(head.iter().map(|s| s.to_string()).collect());
    for r in rows {
        line(r.clone());
    }
}

pub fn run(client: &mut dyn Client, cmd: &Cmd, cat: &Catalog) -> Result<ExitCode, ApiError> {
    match cmd {
        Cmd::Demo | Cmd::Init { .. } | Cmd::Serve { .. } => Ok(ExitCode::SUCCESS),
        Cmd::Inbox { json: as_json } => {
            let Reply::Inbox(items) = query(client, Query::Inbox)? else {
                return Err(ApiError::Protocol("inbox".into()));
            };
            if *as_json {
                return json(&items);
            }
            if items.is_empty() {
                println!("{}", cat.t("inbox.empty"));
            }
            for i in items {
                let what = crate::present::inbox_what(cat, &i.kind);
                println!(
                    "{}  {}  {}  {}",
                    i.plan,
                    i.since.format("%Y-%m-%d %H:%M"),
                    what,
                    i.title
                );
            }
            Ok(ExitCode::SUCCESS)
        }
        Cmd::Positions {
            json: as_json,
            dept,
        } => {
            let Reply::Positions(page) = query(
                client,
                Query::Positions {
                    dept: *dept,
                    offset: 0,
                    limit: 0,
                },
            )?
            else {
                return Err(ApiError::Protocol("positions".into()));
            };
            if *as_json {
                return json(&page.items);
            }
            let rows: Vec<Vec<String>> = page
                .items
                .iter()
                .map(|p| {
                    vec![
                        p.id.to_string(),
                        p.dept_name.clone(),
                        p.title.clone(),
                        p.approved.to_string(),
                        p.filled.to_string(),
                        p.reserved.to_string(),
                        if p.closed {
                            cat.t("org.closed").into()
                        } else {
                            p.free.to_string()
                        },
                    ]
                })
                .collect();
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
        Cmd::Departments { json: as_json } => {
            let Reply::Departments(rows) = query(client, Query::Departments)? else {
                return Err(ApiError::Protocol("departments".into()));
            };
            if *as_json {
                return json(&rows);
            }
            for d in rows {
                println!("{}{}  {}", "  ".repeat(d.depth), d.id, d.name);
            }
            Ok(ExitCode::SUCCESS)
        }
        Cmd::Plan(p) => plan(client, p, cat),
        Cmd::Department(d) => {
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
            println!(
                "{}",
                done.created
                    .unwrap_or_else(|| cat.t("msg.saved").to_string())
            );
            Ok(ExitCode::SUCCESS)
        }
        Cmd::Delegate { to, until, comment } => {
            let done = exec(
                client,
                Command::GrantDelegation {
                    to: to.clone(),
                    until: *until,
                },
                comment,
            )?;
            println!("{}", done.created.unwrap_or_default());
            Ok(ExitCode::SUCCESS)
        }
        Cmd::Undelegate { id } => {
            exec(client, Command::RevokeDelegation { id: *id }, "")?;
            println!("{}", cat.t("msg.saved"));
            Ok(ExitCode::SUCCESS)
        }
        Cmd::Approve(a) => sign(client, a.id, Decision::Approve, &a.comment, cat),
        Cmd::Reject(a) => sign(client, a.id, Decision::Reject, &a.comment, cat),
        Cmd::Return(a) => sign(client, a.id, Decision::Return, &a.comment, cat),
        Cmd::Audit(AuditCmd::Verify) => {
            let Reply::Verified { events } = query(client, Query::Verify)? else {
                return Err(ApiError::Protocol("verify".into()));
            };
            println!(
                "{}",
                cat.f("audit.verified", &[("count", events.to_string())])
            );
            Ok(ExitCode::SUCCESS)
        }
        Cmd::Audit(AuditCmd::Log {
            from,
            limit,
            json: as_json,
        }) => {
            let Reply::Audit(rows) = query(
                client,
                Query::Audit {
                    from: from.unwrap_or(0),
                    limit: *limit,
                },
            )?
            else {
                return Err(ApiError::Protocol("audit".into()));
            };
            if *as_json {
                return json(&rows);
            }
            for r in rows {
                let via = r.via.map(|v| format!(" ({v})")).unwrap_or_default();
                let comment = if r.comment.is_empty() {
                    String::new()
                } else {
                    format!(" — {}", r.comment)
                };
                println!(
                    "{:>6}  {}  {}{}  {}{}",
                    r.seq,
                    r.at.format("%Y-%m-%d %H:%M:%S"),
                    r.actor,
                    via,
                    crate::present::event_text(cat, &r.event),
                    comment
                );
            }
            Ok(ExitCode::SUCCESS)
        }
        Cmd::User(UserCmd::List) => {
            let Reply::Users(users) = query(client, Query::Users)? else {
                return Err(ApiError::Protocol("users".into()));
            };
            for u in users {
                let roles: Vec<&str> = u.roles.iter().map(|g| cat.role(g.role.key())).collect();
                println!(
                    "{}  {}  {}",
                    pad(&u.login, 12),
                    pad(&u.display_name, 24),
                    roles.join(", ")
                );
            }
            Ok(ExitCode::SUCCESS)
        }
        Cmd::User(UserCmd::Add {
            login,
            name,
            roles,
            depts,
        }) => {
            let mut grants = Vec::new();
            for r in roles {
                let Some(role) = Role::from_key(r) else {
                    eprintln!("renshi: {}", cat.f("cli.bad_role", &[("role", r.clone())]));
                    return Ok(ExitCode::from(2));
                };
                grants.push(RoleGrant {
                    role,
                    depts: if role.is_scoped() {
                        depts.clone()
                    } else {
                        Vec::new()
                    },
                });
            }
            exec(
                client,
                Command::RegisterUser {
                    login: login.clone(),
                    display_name: name.clone(),
                    roles: grants,
                    employee: None,
                },
                "",
            )?;
            println!("{login}");
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn sign(
    client: &mut dyn Client,
    id: PlanId,
    decision: Decision,
    comment: &str,
    cat: &Catalog,
) -> Result<ExitCode, ApiError> {
    exec(client, Command::SignPlan { id, decision }, comment)?;
    signed(cat, decision, id);
    Ok(ExitCode::SUCCESS)
}

/// "HP-0001 approved." and the like, for a signature given or recorded.
fn signed(cat: &Catalog, decision: Decision, id: PlanId) {
    let key = format!("cli.signed_{}", decision.key());
    println!("{}", cat.f(&key, &[("id", id.to_string())]));
}

fn plan(client: &mut dyn Client, p: &PlanCmd, cat: &Catalog) -> Result<ExitCode, ApiError> {
    match p {
        PlanCmd::List { json: as_json } => {
            let Reply::Plans(rows) = query(client, Query::Plans { state: None })? else {
                return Err(ApiError::Protocol("plans".into()));
            };
            if *as_json {
                return json(&rows);
            }
            let rows: Vec<Vec<String>> = rows
                .iter()
                .map(|r| {
                    vec![
                        r.id.to_string(),
                        cat.t(&format!("state.{}", r.state.key())).to_string(),
                        r.title.clone(),
                        r.author.clone(),
                        r.waiting_for
                            .map(|w| cat.role(w.key()).to_string())
                            .unwrap_or_default(),
                    ]
                })
                .collect();
            table(
                &[
                    cat.t("col.id"),
                    cat.t("col.state"),
                    cat.t("col.title"),
                    cat.t("col.author"),
                    cat.t("col.waiting_for"),
                ],
                &rows,
            );
            Ok(ExitCode::SUCCESS)
        }
        PlanCmd::Show { id, json: as_json } => {
            let Reply::Plan(v) = query(client, Query::Plan(*id))? else {
                return Err(ApiError::Protocol("plan".into()));
            };
            if *as_json {
                return json(&v);
            }
            println!(
                "{}  {}  [{}]",
                v.id,
                v.title,
                cat.t(&format!("state.{}", v.state.key()))
            );
            if !v.note.is_empty() {
                println!("{}", v.note);
            }
            for (i, l) in v.lines.iter().enumerate() {
                println!("  {}. {}", i + 1, crate::present::line_text(cat, l));
                for d in crate::present::line_detail(cat, l) {
                    println!("     {d}");
                }
            }
            for s in &v.signatures {
                println!("  {}", crate::present::signature_text(cat, s, &v.steps));
            }
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
            println!("{}", done.created.unwrap_or_default());
            Ok(ExitCode::SUCCESS)
        }
        PlanCmd::AddLine(a) => {
            let line = match line_from(a) {
                Ok(l) => l,
                Err(e) => {
                    eprintln!("renshi: {}", cat.domain_error(&e));
                    return Ok(ExitCode::from(2));
                }
            };
            exec(client, Command::AddPlanLine { id: a.id, line }, "")?;
            println!("{}", a.id);
            Ok(ExitCode::SUCCESS)
        }
        PlanCmd::RemoveLine { id, line } => {
            exec(
                client,
                Command::RemovePlanLine {
                    id: *id,
                    index: line.saturating_sub(1),
                },
                "",
            )?;
            Ok(ExitCode::SUCCESS)
        }
        PlanCmd::Submit { id, comment } => {
            exec(client, Command::SubmitPlan { id: *id }, comment)?;
            println!("{}", cat.f("cli.submitted", &[("id", id.to_string())]));
            Ok(ExitCode::SUCCESS)
        }
        PlanCmd::Paper {
            id,
            signer,
            decision,
            paper_ref,
            comment,
        } => {
            let Some(decision) = decision_from(decision) else {
                eprintln!(
                    "renshi: {}",
                    cat.f("cli.bad_decision", &[("decision", decision.clone())])
                );
                return Ok(ExitCode::from(2));
            };
            exec(
                client,
                Command::RecordPaperSignoff {
                    id: *id,
                    signer: signer.clone(),
                    decision,
                    paper_ref: paper_ref.clone(),
                },
                comment,
            )?;
            signed(cat, decision, *id);
            Ok(ExitCode::SUCCESS)
        }
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
