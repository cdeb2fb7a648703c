//! `renshi onboarding …`, `probation …`, `contract sign` and `report
//! recruitment`: what follows the hire, and how long it all took.

use super::run;
use crate::cli::args::*;
use crate::cli::people::resolve;
use crate::cli::print::short;
use crate::cli::print::{query, say, table, unexpected};
use crate::domain::recruit::{Recruit, Verdict};
use crate::domain::signoff::Seen;
use crate::domain::*;
use crate::i18n::Catalog;
use crate::present::recruit as show;
use crate::service::api::*;
use crate::transport::Client;
use std::process::ExitCode;

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
                    crate::cli::print::warn(format!("renshi: {}", cat.t("prob.until_needed")));
                    return Ok(ExitCode::from(2));
                }
            };
            let v = crate::cli::people::record(client, &id.to_string())?;
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
    let ReportCmd::Recruitment { json } = cmd else {
        return crate::cli::review::report(client, cat, cmd);
    };
    let r = match query(client, Query::RecruitReport)? {
        Reply::RecruitReport(r) => r,
        other => return Err(unexpected(&other)),
    };
    if *json {
        return crate::cli::print::json(&r);
    }
    say(cat.t("report.fill_title"));
    let rows: Vec<Vec<String>> = r.depts.iter().map(show::report_dept_cells).collect();
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
        .map(|s| show::report_step_cells(cat, s))
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
