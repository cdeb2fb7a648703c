//! `renshi offboard …` and `renshi equipment …`: a separation case from the
//! command line, each person ticking their own step of the checklist as
//! they would over SSH. Reading a case (list, show, what to do next) is in
//! `show`; amounts, the settlement and the equipment in `money`.

mod money;
mod show;

use super::args::*;
use super::people::resolve;
use super::print::{exec, query, say, unexpected};
use crate::domain::offboard::{Offboard, SepKind};
use crate::domain::*;
use crate::i18n::Catalog;
use crate::service::api::*;
use crate::transport::Client;
use chrono::NaiveDate;
use std::process::ExitCode;

pub use money::equipment;

pub(super) fn run(client: &mut dyn Client, cmd: Offboard, comment: &str) -> Result<Done, ApiError> {
    exec(client, Command::Offboard(cmd), comment)
}

pub(super) fn view(client: &mut dyn Client, id: SepId) -> Result<SepView, ApiError> {
    match query(client, Query::Separation(id))? {
        Reply::Separation(v) => Ok(*v),
        other => Err(unexpected(&other)),
    }
}

/// The case as it stands after a command that went through, for the line
/// that reports it. The command is done whatever this answers: a case the
/// asker could not read back (a lost connection) is reported without it,
/// never as a failure.
pub(super) fn after(client: &mut dyn Client, id: SepId) -> Option<SepView> {
    view(client, id).ok()
}

/// The company's today: the day its time zone has now.
pub(super) fn today(client: &mut dyn Client) -> Result<NaiveDate, ApiError> {
    let zone = super::print::zone(client)?;
    Ok(crate::domain::time::day_in(zone, chrono::Utc::now()))
}

/// A step's title in the language of the command line.
pub(super) fn title<'a>(cat: &Catalog, s: &'a StepView) -> &'a str {
    s.template.title(cat.lang.code())
}

/// The step `given` names (key or number), as the domain reads it.
fn step_named<'a>(v: &'a SepView, given: &str) -> Option<&'a StepView> {
    let given = given.trim();
    v.steps
        .iter()
        .find(|s| s.template.key == given || s.no.to_string() == given)
}

pub fn offboard(
    client: &mut dyn Client,
    cat: &Catalog,
    cmd: &OffboardCmd,
) -> Result<ExitCode, ApiError> {
    match cmd {
        OffboardCmd::Start(a) => start(client, a)?,
        OffboardCmd::List { list, all } => return show::list(client, cat, list, *all),
        OffboardCmd::Show { id, json } => return show::show(client, cat, *id, *json),
        OffboardCmd::Tick {
            id,
            step,
            to,
            comment,
        } => {
            let handover_to = match to {
                Some(t) => Some(resolve(client, t)?),
                None => None,
            };
            run(
                client,
                Offboard::Tick {
                    case: *id,
                    step: step.clone(),
                    handover_to,
                },
                comment,
            )?;
            step_done(client, cat, *id, step, "cli.sep_ticked")?;
        }
        OffboardCmd::Skip { id, step, comment } => {
            run(
                client,
                Offboard::Skip {
                    case: *id,
                    step: step.clone(),
                },
                comment,
            )?;
            step_done(client, cat, *id, step, "cli.sep_skipped")?;
        }
        OffboardCmd::Ack { id, step } => {
            run(
                client,
                Offboard::Acknowledge {
                    case: *id,
                    step: step.clone(),
                },
                "",
            )?;
            step_done(client, cat, *id, step, "cli.sep_acked")?;
        }
        OffboardCmd::Return(a) => money::settle_item(client, cat, a)?,
        OffboardCmd::Settle(a) => money::settle(client, cat, a)?,
        OffboardCmd::Close { id } => {
            run(client, Offboard::Close { case: *id }, "")?;
            match after(client, *id) {
                Some(v) => say(cat.f(
                    "cli.sep_closed",
                    &[
                        ("case", id.to_string()),
                        ("name", v.row.name.clone()),
                        ("employee", v.row.employee.to_string()),
                        ("last_day", v.row.last_day.to_string()),
                    ],
                )),
                None => say(cat.t("msg.saved")),
            }
        }
        OffboardCmd::Withdraw { id, comment } => {
            run(client, Offboard::Withdraw { case: *id }, comment)?;
            match after(client, *id) {
                Some(v) => say(cat.f(
                    "cli.sep_withdrawn",
                    &[
                        ("case", id.to_string()),
                        ("name", v.row.name.clone()),
                        ("employee", v.row.employee.to_string()),
                    ],
                )),
                None => say(cat.t("msg.saved")),
            }
        }
        OffboardCmd::Certificate { id } => {
            let data = match query(client, Query::Certificate(*id))? {
                Reply::Certificate(d) => d,
                other => return Err(unexpected(&other)),
            };
            // The renderer writes every value out on one line itself; the
            // template's own line breaks stay.
            let text = crate::present::offboard::certificate(cat.lang, &data);
            println!("{}", text.trim_end_matches('\n'));
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn start(client: &mut dyn Client, a: &StartArgs) -> Result<(), ApiError> {
    let employee = resolve(client, &a.employee)?;
    let notice = match a.notice {
        Some(d) => d,
        None => today(client)?,
    };
    let done = run(
        client,
        Offboard::Start {
            employee,
            kind: a.kind,
            notice,
            last_day: a.last_day,
            reason: a.reason.clone(),
        },
        "",
    )?;
    say(done.created.unwrap_or_default());
    Ok(())
}

/// "SEP-0001: HR talk and contract review done (1/6)." after a step changed.
fn step_done(
    client: &mut dyn Client,
    cat: &Catalog,
    id: SepId,
    given: &str,
    key: &str,
) -> Result<(), ApiError> {
    let Some(v) = after(client, id) else {
        say(cat.t("msg.saved"));
        return Ok(());
    };
    let name = step_named(&v, given).map_or_else(|| given.to_string(), |s| title(cat, s).into());
    say(cat.f(
        key,
        &[
            ("case", id.to_string()),
            ("step", name),
            ("done", v.row.done.to_string()),
            ("steps", v.row.steps.to_string()),
        ],
    ));
    Ok(())
}

/// The kind as people read it.
pub(super) fn kind_text(cat: &Catalog, k: SepKind) -> String {
    cat.t(&format!("sep_kind.{}", k.key())).to_string()
}
