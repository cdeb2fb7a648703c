//! `renshi req …`, `candidate`, `interview`, `feedback`, `offer`, `hire`,
//! `onboarding`, `probation`, `contract` and `report recruitment`: every step
//! of recruitment from the command line, as a department head over SSH or HR
//! at a terminal would type it.

use super::args::*;
use super::list::{keep, print_items};
use super::people::{personal_over, resolve};
use super::plans::{short, signed};
use super::print::{all, exec, indented, query, say, table, unexpected};
use crate::domain::recruit::{Recruit, ReqState, Verdict};
use crate::domain::signoff::{Decision, Seen};
use crate::domain::*;
use crate::i18n::Catalog;
use crate::present::{recruit as show, timeline_text};
use crate::service::api::*;
use crate::transport::Client;
use chrono::TimeZone;
use std::process::ExitCode;

fn run(client: &mut dyn Client, cmd: Recruit, comment: &str) -> Result<Done, ApiError> {
    exec(client, Command::Recruit(cmd), comment)
}

pub fn view(client: &mut dyn Client, id: ReqId) -> Result<ReqView, ApiError> {
    match query(client, Query::Requisition(id))? {
        Reply::Requisition(v) => Ok(*v),
        other => Err(unexpected(&other)),
    }
}

/// What the signer says they saw: the digest they typed, or the requisition
/// as it is now (printed back, so they know which version they signed).
fn seen(client: &mut dyn Client, id: ReqId, typed: Option<&str>) -> Result<Seen, ApiError> {
    let v = view(client, id)?;
    Ok(Seen {
        round: v.seen.round,
        digest: typed.map_or(v.seen.digest, str::to_string),
    })
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
                return super::print::json(&super::json::recruit::req_view(cat, &v));
            }
            let zone = super::print::zone(client)?;
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
    let zone = super::print::zone(client)?;
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
        return print_items(rows.iter().map(super::json::recruit::req_row).collect());
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
        show_candidate(cat, c, zone, "  ");
    }
}

fn show_candidate(cat: &Catalog, c: &CandidateView, zone: chrono_tz::Tz, indent: &str) {
    say(format!(
        "{indent}{}  {}  [{} {}]  {}",
        c.id,
        c.name,
        cat.t(&format!("stage.{}", c.stage.key())),
        crate::present::day(c.since, zone),
        c.contact,
    ));
    if !c.source.is_empty() {
        say(format!("{indent}  {}: {}", cat.t("field.source"), c.source));
    }
    if !c.notes.is_empty() {
        indented(&format!("{indent}  "), &c.notes);
    }
    if let Some(o) = &c.offer {
        say(format!(
            "{indent}  {}",
            cat.f(
                "cand.offer",
                &[
                    ("start", o.start.to_string()),
                    ("months", o.probation_months.to_string()),
                ],
            )
        ));
    }
    if let Some(e) = c.employee {
        say(format!("{indent}  → {e}"));
    }
    if let Some(h) = c.history.last().filter(|h| !h.reason.is_empty()) {
        indented(&format!("{indent}  "), &format!("{} — {}", h.by, h.reason));
    }
    for i in &c.interviews {
        for line in show::interview_lines(cat, i, zone) {
            say(format!("{indent}  {line}"));
        }
    }
}

pub fn candidate(
    client: &mut dyn Client,
    cat: &Catalog,
    cmd: &CandidateCmd,
) -> Result<ExitCode, ApiError> {
    match cmd {
        CandidateCmd::Add {
            req,
            name,
            contact,
            source,
            notes,
        } => {
            let done = run(
                client,
                Recruit::AddCandidate {
                    req: *req,
                    name: name.clone(),
                    contact: contact.clone(),
                    source: source.clone(),
                    notes: notes.clone(),
                },
                "",
            )?;
            say(done.created.unwrap_or_default());
        }
        CandidateCmd::Show { id, json } => {
            let c = find_candidate(client, *id)?;
            if *json {
                return super::print::json(&c);
            }
            let zone = super::print::zone(client)?;
            show_candidate(cat, &c, zone, "");
        }
        CandidateCmd::Reject { id, comment } | CandidateCmd::Withdraw { id, comment } => {
            let withdrawn = matches!(cmd, CandidateCmd::Withdraw { .. });
            run(
                client,
                Recruit::Drop {
                    candidate: *id,
                    withdrawn,
                },
                comment,
            )?;
            say(cat.t("msg.saved"));
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// A candidate, through the requisition that holds them (its access rules
/// and masking apply); the candidate's requisition comes from its interviews
/// or, failing that, a walk of the requisitions the asker may see.
fn find_candidate(client: &mut dyn Client, id: CandidateId) -> Result<CandidateView, ApiError> {
    let reqs = all(
        client,
        |page| Query::Requisitions { state: None, page },
        |r| match r {
            Reply::Requisitions(p) => Some(p),
            _ => None,
        },
    )?;
    for r in reqs.iter().filter(|r| r.candidates > 0) {
        let v = view(client, r.id)?;
        if let Some(c) = v.candidates.into_iter().find(|c| c.id == id) {
            return Ok(c);
        }
    }
    Err(ApiError::Domain(crate::domain::commands::not_found(
        "kind.candidate",
        id,
    )))
}

pub fn interview(
    client: &mut dyn Client,
    cat: &Catalog,
    cmd: &InterviewCmd,
) -> Result<ExitCode, ApiError> {
    match cmd {
        InterviewCmd::Schedule {
            candidate,
            at,
            place,
            interviewers,
        } => {
            let zone = super::print::zone(client)?;
            let at = match at {
                When::At(t) => *t,
                When::Today(time) => chrono::Utc::now()
                    .with_timezone(&zone)
                    .date_naive()
                    .and_time(*time),
            };
            let at = zone
                .from_local_datetime(&at)
                .earliest()
                .map(|t| t.with_timezone(&chrono::Utc))
                .ok_or_else(|| {
                    ApiError::Domain(DomainError::BadDate {
                        text: at.to_string(),
                    })
                })?;
            let done = run(
                client,
                Recruit::Schedule {
                    candidate: *candidate,
                    at,
                    place: place.clone(),
                    interviewers: interviewers.clone(),
                },
                "",
            )?;
            say(done.created.unwrap_or_default());
        }
        InterviewCmd::Cancel { id, comment } => {
            run(client, Recruit::CancelInterview { interview: *id }, comment)?;
            say(cat.f("int.cancelled", &[("id", id.to_string())]));
        }
        InterviewCmd::Show { id, json } => {
            let d = match query(client, Query::Interview(*id))? {
                Reply::Interview(d) => *d,
                other => return Err(unexpected(&other)),
            };
            if *json {
                return super::print::json(&d);
            }
            let zone = super::print::zone(client)?;
            say(format!(
                "{}  {}  {} ({})",
                d.interview.id, d.candidate, d.position_title, d.req
            ));
            if !d.cv_notes.is_empty() {
                indented("  ", &d.cv_notes);
            }
            for line in show::interview_lines(cat, &d.interview, zone) {
                say(line);
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub fn feedback(
    client: &mut dyn Client,
    cat: &Catalog,
    a: &FeedbackArgs,
) -> Result<ExitCode, ApiError> {
    run(
        client,
        Recruit::Feedback {
            interview: a.interview,
            score: a.score,
            recommend: a.recommend,
        },
        &a.comment,
    )?;
    say(cat.f("fb.given", &[("id", a.interview.to_string())]));
    Ok(ExitCode::SUCCESS)
}

pub fn offer(client: &mut dyn Client, cat: &Catalog, cmd: &OfferCmd) -> Result<ExitCode, ApiError> {
    let (recruit, comment) = match cmd {
        OfferCmd::Make {
            candidate,
            start,
            probation_months,
        } => (
            Recruit::Offer {
                candidate: *candidate,
                start: *start,
                probation_months: *probation_months,
            },
            "",
        ),
        OfferCmd::Accept { candidate } => (
            Recruit::Answer {
                candidate: *candidate,
                accepted: true,
            },
            "",
        ),
        OfferCmd::Decline { candidate, comment } => (
            Recruit::Answer {
                candidate: *candidate,
                accepted: false,
            },
            comment.as_str(),
        ),
    };
    let id = match &recruit {
        Recruit::Offer { candidate, .. } | Recruit::Answer { candidate, .. } => *candidate,
        _ => CandidateId(0),
    };
    let key = if matches!(recruit, Recruit::Offer { .. }) {
        "offer.made"
    } else {
        "offer.answered"
    };
    run(client, recruit, comment)?;
    say(cat.f(key, &[("candidate", id.to_string())]));
    Ok(ExitCode::SUCCESS)
}

pub fn hire(client: &mut dyn Client, cat: &Catalog, a: &HireArgs) -> Result<ExitCode, ApiError> {
    let done = run(
        client,
        Recruit::Hire {
            candidate: a.candidate,
            number: a.number.clone(),
            legal_name: a.legal_name.clone(),
            personal: Box::new(personal_over(Personal::default(), &a.personal)),
            probation_end: a.probation_end,
        },
        &a.comment,
    )?;
    let id = done.created.unwrap_or_default();
    say(cat.f("hire.done", &[("id", id)]));
    Ok(ExitCode::SUCCESS)
}

pub fn onboarding(
    client: &mut dyn Client,
    cat: &Catalog,
    cmd: &OnboardingCmd,
) -> Result<ExitCode, ApiError> {
    let (OnboardingCmd::Train { employee, .. } | OnboardingCmd::Start { employee, .. }) = cmd;
    let who = resolve(client, employee)?;
    let recruit = match cmd {
        OnboardingCmd::Train {
            what, trainer, on, ..
        } => Recruit::Train {
            employee: who,
            what: what.clone(),
            trainer: trainer.clone(),
            on: *on,
        },
        OnboardingCmd::Start { on, .. } => Recruit::StartWork {
            employee: who,
            on: *on,
        },
    };
    run(client, recruit, "")?;
    say(cat.f("onboard.recorded", &[("id", who.to_string())]));
    Ok(ExitCode::SUCCESS)
}

pub fn probation(
    client: &mut dyn Client,
    cat: &Catalog,
    cmd: &ProbationCmd,
) -> Result<ExitCode, ApiError> {
    match cmd {
        ProbationCmd::Assess {
            employee,
            verdict,
            until,
            comment,
            seen: typed,
        } => {
            let id = resolve(client, employee)?;
            let verdict = match (verdict.as_str(), until) {
                ("pass", _) => Verdict::Pass,
                ("fail", _) => Verdict::Fail,
                (_, Some(until)) => Verdict::Extend(*until),
                (_, None) => {
                    super::print::warn(format!("renshi: {}", cat.t("prob.until_needed")));
                    return Ok(ExitCode::from(2));
                }
            };
            let v = super::people::record(client, &id.to_string())?;
            let Some(now_seen) = v.review_seen else {
                return Err(ApiError::Domain(DomainError::NoReviewOpen {
                    id: id.to_string(),
                }));
            };
            let seen = Seen {
                round: now_seen.round,
                digest: typed.clone().unwrap_or(now_seen.digest),
            };
            let tag = short(&seen);
            run(
                client,
                Recruit::Assess {
                    employee: id,
                    verdict,
                    seen,
                },
                comment,
            )?;
            let verdict = cat
                .t(&format!("verdict.{}", verdict.decision().key()))
                .to_string();
            say(cat.f(
                "prob.assessed",
                &[
                    ("id", id.to_string()),
                    ("verdict", verdict.to_string()),
                    ("seen", tag),
                ],
            ));
        }
        ProbationCmd::Open { employee, end } => {
            let id = resolve(client, employee)?;
            run(
                client,
                Recruit::OpenReview {
                    employee: id,
                    end: *end,
                },
                "",
            )?;
            say(cat.t("msg.saved"));
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub fn contract(
    client: &mut dyn Client,
    cat: &Catalog,
    cmd: &ContractCmd,
) -> Result<ExitCode, ApiError> {
    let ContractCmd::Sign {
        employee,
        number,
        start,
        end,
        open_ended: _,
    } = cmd;
    let id = resolve(client, employee)?;
    run(
        client,
        Recruit::FormalContract {
            employee: id,
            start: *start,
            end: *end,
            number: number.clone(),
        },
        "",
    )?;
    say(cat.f("contract.signed", &[("id", id.to_string())]));
    Ok(ExitCode::SUCCESS)
}

pub fn report(
    client: &mut dyn Client,
    cat: &Catalog,
    cmd: &ReportCmd,
) -> Result<ExitCode, ApiError> {
    let ReportCmd::Recruitment { json } = cmd;
    let r = match query(client, Query::RecruitReport)? {
        Reply::RecruitReport(r) => r,
        other => return Err(unexpected(&other)),
    };
    if *json {
        return super::print::json(&r);
    }
    say(cat.t("report.fill_title"));
    let days = |d: Option<f64>| d.map_or_else(|| "—".to_string(), |d| format!("{d:.1}"));
    let rows: Vec<Vec<String>> = r
        .depts
        .iter()
        .map(|d| {
            vec![
                d.dept_name.clone(),
                d.open.to_string(),
                d.filled.to_string(),
                days(d.mean_days_to_fill),
                days(d.max_days_to_fill),
            ]
        })
        .collect();
    table(
        &[
            cat.t("col.dept"),
            cat.t("col.open"),
            cat.t("col.reqs_filled"),
            cat.t("col.mean_days"),
            cat.t("col.max_days"),
        ],
        &rows,
    );
    say("");
    say(cat.t("report.steps_title"));
    let rows: Vec<Vec<String>> = r
        .steps
        .iter()
        .map(|s| {
            vec![
                cat.t(&s.step).to_string(),
                s.dept_name.clone(),
                s.count.to_string(),
                format!("{:.1}", s.mean_hours),
                format!("{:.1}", s.max_hours),
                s.waiting.to_string(),
            ]
        })
        .collect();
    table(
        &[
            cat.t("col.step"),
            cat.t("col.dept"),
            cat.t("col.count"),
            cat.t("col.mean_hours"),
            cat.t("col.max_hours"),
            cat.t("col.waiting_now"),
        ],
        &rows,
    );
    Ok(ExitCode::SUCCESS)
}
