//! `renshi inbox`, `renshi user …`, `renshi delegate`, `renshi undelegate`.

use super::UserCmd;
use super::print::{all, exec, json, pad, say};
use crate::domain::*;
use crate::i18n::Catalog;
use crate::service::api::*;
use crate::transport::Client;
use std::process::ExitCode;

pub fn inbox(client: &mut dyn Client, cat: &Catalog, as_json: bool) -> Result<ExitCode, ApiError> {
    let items = all(client, Query::Inbox, |r| match r {
        Reply::Inbox(p) => Some(p),
        _ => None,
    })?;
    if as_json {
        return json(&items);
    }
    if items.is_empty() {
        say(cat.t("inbox.empty"));
    }
    let zone = super::print::zone(client)?;
    for i in items {
        say(format!(
            "{}  {}  {}  {}",
            i.plan,
            crate::present::when(i.since, zone),
            crate::present::inbox_what(cat, &i.kind),
            crate::domain::text::visible_line(&i.title)
        ));
    }
    Ok(ExitCode::SUCCESS)
}

pub fn user(client: &mut dyn Client, cat: &Catalog, cmd: &UserCmd) -> Result<ExitCode, ApiError> {
    match cmd {
        UserCmd::List => {
            let users = all(client, Query::Users, |r| match r {
                Reply::Users(p) => Some(p),
                _ => None,
            })?;
            for u in users {
                let roles: Vec<&str> = u.roles.iter().map(|g| cat.role(g.role.key())).collect();
                say(format!(
                    "{}  {}  {}",
                    pad(&u.login, 12),
                    pad(&crate::domain::text::visible_line(&u.display_name), 24),
                    roles.join(", ")
                ));
            }
            Ok(ExitCode::SUCCESS)
        }
        UserCmd::Add {
            login,
            name,
            roles,
            depts,
        } => {
            let mut grants = Vec::new();
            for r in roles {
                let Some(role) = Role::from_key(r) else {
                    super::print::warn(format!(
                        "renshi: {}",
                        cat.f("cli.bad_role", &[("role", r.clone())])
                    ));
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
            say(login);
            Ok(ExitCode::SUCCESS)
        }
    }
}

pub fn delegate(
    client: &mut dyn Client,
    to: &str,
    until: chrono::NaiveDate,
    comment: &str,
) -> Result<ExitCode, ApiError> {
    let done = exec(
        client,
        Command::GrantDelegation {
            to: to.to_string(),
            until,
        },
        comment,
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
