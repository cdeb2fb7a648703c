//! `renshi candidate …`, `interview …`, `feedback`, `offer …` and `hire`:
//! HR's steps from an application to the hire, and the interviewer's.

use super::run;
use crate::cli::args::*;
use crate::cli::people::personal_over;
use crate::cli::print::{indented, query, say, unexpected};
use crate::domain::recruit::Recruit;
use crate::domain::*;
use crate::i18n::Catalog;
use crate::present::recruit as show;
use crate::service::api::*;
use crate::transport::Client;
use chrono::TimeZone;
use std::process::ExitCode;

pub(super) fn show_candidate(cat: &Catalog, c: &CandidateView, zone: chrono_tz::Tz, indent: &str) {
    say(format!(
        "{indent}{}  {}  [{} {}]  {}",
        c.id,
        c.name,
        cat.t(&format!("stage.{}", c.stage.key())),
        crate::present::day(c.since, zone),
        c.contact,
    ));
    if !c.source.is_empty() {
        say(format!(
            "{indent}  {}",
            crate::present::fact(cat, "field.source", c.source.clone())
        ));
    }
    if !c.notes.is_empty() {
        indented(&format!("{indent}  "), &c.notes);
    }
    if let Some(e) = &c.erased {
        say(format!(
            "{indent}  {}",
            cat.f(
                "cand.erased_on",
                &[
                    ("by", e.by.clone()),
                    ("at", crate::present::day(e.at, zone)),
                ]
            )
        ));
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
                return crate::cli::print::json(&c);
            }
            let zone = crate::cli::print::zone(client)?;
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
        CandidateCmd::Erase { id, comment } => {
            run(client, Recruit::EraseCandidate { candidate: *id }, comment)?;
            say(cat.f("cand.erased", &[("id", id.to_string())]));
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// A candidate, through the requisition that holds them (its access rules
/// and masking apply); the candidate's requisition comes from its interviews
/// or, failing that, a walk of the requisitions the asker may see.
fn find_candidate(client: &mut dyn Client, id: CandidateId) -> Result<CandidateView, ApiError> {
    match query(client, Query::Candidate(id))? {
        Reply::Candidate(c) => Ok(*c),
        other => Err(unexpected(&other)),
    }
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
            let zone = crate::cli::print::zone(client)?;
            let now = chrono::Utc::now().with_timezone(&zone);
            let at = match at {
                When::At(t) => *t,
                When::Today(time) => now.date_naive().and_time(*time),
                // To the minute, as the other forms give it.
                When::Now => {
                    use chrono::Timelike;
                    let t = now.naive_local();
                    t.with_second(0)
                        .and_then(|t| t.with_nanosecond(0))
                        .unwrap_or(t)
                }
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
                return crate::cli::print::json(&d);
            }
            let zone = crate::cli::print::zone(client)?;
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
