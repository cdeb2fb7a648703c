//! `renshi user …`: list, add, edit, disable, enable.

use super::UserCmd;
use super::list::{keep, print_items};
use super::print::{all, exec, say, table, warn};
use crate::domain::*;
use crate::i18n::Catalog;
use crate::service::api::*;
use crate::transport::Client;
use std::process::ExitCode;

fn users(client: &mut dyn Client) -> Result<Vec<User>, ApiError> {
    all(client, Query::Users, |r| match r {
        Reply::Users(p) => Some(p),
        _ => None,
    })
}

/// Role keys as typed, with their departments; `None` after saying what is
/// wrong (a usage error).
fn grants(cat: &Catalog, roles: &[String], depts: &[DeptId]) -> Option<Vec<RoleGrant>> {
    let mut out = Vec::new();
    for r in roles {
        let Some(role) = Role::from_key(r.trim()) else {
            warn(format!(
                "renshi: {}",
                cat.f("cli.bad_role", &[("role", r.clone())])
            ));
            return None;
        };
        let mut d = if role.is_scoped() {
            depts.to_vec()
        } else {
            Vec::new()
        };
        d.sort();
        d.dedup();
        out.push(RoleGrant { role, depts: d });
    }
    if !depts.is_empty() && !out.iter().any(|g| g.role.is_scoped()) {
        warn(format!("renshi: {}", cat.t("cli.dept_without_scope")));
        return None;
    }
    Some(out)
}

pub fn user(client: &mut dyn Client, cat: &Catalog, cmd: &UserCmd) -> Result<ExitCode, ApiError> {
    match cmd {
        UserCmd::List { list } => {
            let cells = |u: &User| {
                let roles: Vec<String> = u
                    .roles
                    .iter()
                    .map(|g| {
                        let name = cat.role(g.role.key()).to_string();
                        if g.depts.is_empty() {
                            name
                        } else {
                            let d: Vec<String> = g.depts.iter().map(|d| d.to_string()).collect();
                            format!("{name} ({})", d.join(" "))
                        }
                    })
                    .collect();
                vec![
                    u.login.clone(),
                    u.display_name.clone(),
                    roles.join(", "),
                    if u.disabled {
                        cat.t("user.disabled").to_string()
                    } else {
                        String::new()
                    },
                ]
            };
            let rows = keep(users(client)?, &list.matcher(), |u| {
                let mut c = cells(u);
                c.extend(u.roles.iter().map(|g| g.role.key().to_string()));
                c
            });
            if list.json {
                return print_items(rows.iter().map(super::json::user).collect());
            }
            let shown: Vec<Vec<String>> = rows.iter().map(cells).collect();
            table(
                &[
                    cat.t("col.login"),
                    cat.t("col.name"),
                    cat.t("col.roles"),
                    cat.t("col.state"),
                ],
                &shown,
            );
            Ok(ExitCode::SUCCESS)
        }
        UserCmd::Add {
            login,
            name,
            roles,
            depts,
            employee,
        } => {
            let Some(grants) = grants(cat, roles, depts) else {
                return Ok(ExitCode::from(super::USAGE));
            };
            exec(
                client,
                Command::RegisterUser {
                    login: login.clone(),
                    display_name: name.clone(),
                    roles: grants,
                    employee: *employee,
                },
                "",
            )?;
            say(login);
            Ok(ExitCode::SUCCESS)
        }
        UserCmd::Edit {
            login,
            name,
            roles,
            depts,
        } => {
            if name.is_none() && roles.is_empty() && depts.is_empty() {
                warn(format!("renshi: {}", cat.t("cli.edit_nothing")));
                return Ok(ExitCode::from(super::USAGE));
            }
            let Some(current) = users(client)?.into_iter().find(|u| u.login == login.trim()) else {
                return Err(DomainError::NotFound {
                    kind: "kind.user".into(),
                    id: login.clone(),
                }
                .into());
            };
            let new_roles = if roles.is_empty() {
                // Keep the roles; new departments go to the scoped ones.
                let mut kept = current.roles.clone();
                if !depts.is_empty() {
                    if !kept.iter().any(|g| g.role.is_scoped()) {
                        warn(format!("renshi: {}", cat.t("cli.dept_without_scope")));
                        return Ok(ExitCode::from(super::USAGE));
                    }
                    let mut d = depts.clone();
                    d.sort();
                    d.dedup();
                    for g in kept.iter_mut().filter(|g| g.role.is_scoped()) {
                        g.depts = d.clone();
                    }
                }
                kept
            } else {
                // Departments not given again stay with a scoped role kept.
                let depts = if depts.is_empty() {
                    current
                        .roles
                        .iter()
                        .find(|g| g.role.is_scoped())
                        .map(|g| g.depts.clone())
                        .unwrap_or_default()
                } else {
                    depts.clone()
                };
                let Some(g) = grants(cat, roles, &depts) else {
                    return Ok(ExitCode::from(super::USAGE));
                };
                g
            };
            exec(
                client,
                Command::EditUser {
                    login: current.login.clone(),
                    display_name: name.clone().unwrap_or(current.display_name),
                    roles: new_roles,
                },
                "",
            )?;
            say(cat.f("cli.user_edited", &[("login", current.login)]));
            Ok(ExitCode::SUCCESS)
        }
        UserCmd::Disable { login, comment } => {
            exec(
                client,
                Command::DisableUser {
                    login: login.clone(),
                },
                comment,
            )?;
            say(cat.f("cli.user_disabled", &[("login", login.clone())]));
            Ok(ExitCode::SUCCESS)
        }
        UserCmd::Enable { login, comment } => {
            exec(
                client,
                Command::EnableUser {
                    login: login.clone(),
                },
                comment,
            )?;
            say(cat.f("cli.user_enabled", &[("login", login.clone())]));
            Ok(ExitCode::SUCCESS)
        }
    }
}
