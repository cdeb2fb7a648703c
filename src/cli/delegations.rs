//! `renshi delegate`, `renshi delegate list`, `renshi undelegate`.

use super::args::{DelegateArgs, DelegateCmd};
use super::list::{keep, print_items};
use super::print::{all, exec, say, table};
use crate::domain::*;
use crate::i18n::Catalog;
use crate::service::api::*;
use crate::transport::Client;
use std::process::ExitCode;

pub fn delegate(
    client: &mut dyn Client,
    cat: &Catalog,
    d: &DelegateArgs,
) -> Result<ExitCode, ApiError> {
    if let Some(DelegateCmd::List {
        list,
        all: everyone,
    }) = &d.list
    {
        let everyone = *everyone;
        let rows = all(
            client,
            |page| Query::Delegations {
                all: everyone,
                page,
            },
            |r| match r {
                Reply::Delegations(p) => Some(p),
                _ => None,
            },
        )?;
        let state = |s: DelegationState| match s {
            DelegationState::Active => cat.t("delegation.active"),
            DelegationState::Ended => cat.t("delegation.ended"),
            DelegationState::Revoked => cat.t("delegation.revoked"),
        };
        let cells = |r: &DelegationRow| {
            vec![
                r.id.to_string(),
                format!("{} {}", r.from, r.from_name),
                format!("{} {}", r.to, r.to_name),
                r.until.to_string(),
                state(r.state).to_string(),
            ]
        };
        let rows = keep(rows, &list.matcher(), cells);
        if list.json {
            return print_items(rows.iter().map(super::json::delegation).collect());
        }
        if rows.is_empty() {
            say(cat.t("delegation.none"));
            return Ok(ExitCode::SUCCESS);
        }
        let shown: Vec<Vec<String>> = rows.iter().map(cells).collect();
        table(
            &[
                cat.t("col.id"),
                cat.t("col.from"),
                cat.t("col.to"),
                cat.t("col.until"),
                cat.t("col.state"),
            ],
            &shown,
        );
        return Ok(ExitCode::SUCCESS);
    }
    // clap requires both without a subcommand; say so should that change.
    let (Some(to), Some(until)) = (&d.to, d.until) else {
        super::print::warn(format!("renshi: {}", cat.t("cli.delegate_usage")));
        return Ok(ExitCode::from(super::USAGE));
    };
    let done = exec(
        client,
        Command::GrantDelegation {
            to: to.clone(),
            until,
        },
        &d.comment,
    )?;
    say(done.created.unwrap_or_default());
    Ok(ExitCode::SUCCESS)
}

pub fn undelegate(
    client: &mut dyn Client,
    cat: &Catalog,
    id: DelegationId,
) -> Result<ExitCode, ApiError> {
    exec(client, Command::RevokeDelegation { id }, "")?;
    say(cat.t("msg.saved"));
    Ok(ExitCode::SUCCESS)
}
