//! Who uses renshi: registered users with their roles, and delegations of
//! signing ("X may sign for Y until D").

use super::commands::{Command, Ctx, MAX_NAME, dept, not_found, user};
use super::error::DomainError;
use super::events::Event;
use super::model::*;
use super::state::Company;
use super::text;

pub const MAX_LOGIN: usize = 32;

/// A login for a new user. Logins are OS logins: a narrow alphabet keeps
/// them unambiguous in every terminal, log line and command. Lower case only,
/// so `ROOT` cannot stand beside `root`; a letter or `_` first, so a login
/// is never taken for an option (`-rf`) in an admin's `usermod … LOGIN`.
pub fn new_login(text: &str) -> Result<String, DomainError> {
    let login = text::line("field.login", text, MAX_LOGIN, false)?;
    let mut chars = login.chars();
    let first = chars
        .next()
        .is_some_and(|c| c.is_ascii_lowercase() || c == '_');
    let rest =
        chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '.' | '_' | '-'));
    if first && rest {
        Ok(login)
    } else {
        Err(DomainError::BadLogin { login })
    }
}

pub fn decide(
    company: &Company,
    actor: &User,
    cmd: &Command,
    ctx: &Ctx,
) -> Result<Vec<Event>, DomainError> {
    match cmd {
        Command::RegisterUser {
            login,
            display_name,
            roles,
            employee,
        } => {
            let login = new_login(login)?;
            let display_name = text::line("field.display_name", display_name, MAX_NAME, false)?;
            if company.users.contains_key(&login) {
                return Err(DomainError::DuplicateLogin { login });
            }
            check_roles(company, roles)?;
            if let Some(e) = employee
                && !company.employees.contains_key(e)
            {
                return Err(not_found("kind.employee", e));
            }
            Ok(vec![Event::UserRegistered {
                login,
                display_name,
                roles: roles.clone(),
                employee: *employee,
            }])
        }
        Command::EditUser {
            login,
            display_name,
            roles,
        } => {
            let who = user(company, login)?;
            let display_name = text::line("field.display_name", display_name, MAX_NAME, false)?;
            check_roles(company, roles)?;
            // An admin keeps the right to undo their own mistake.
            if who.login == actor.login
                && who.has(Role::Admin)
                && !roles.iter().any(|g| g.role == Role::Admin)
            {
                return Err(DomainError::OwnAccount);
            }
            Ok(vec![Event::UserEdited {
                login: who.login.clone(),
                display_name,
                roles: roles.clone(),
            }])
        }
        Command::DisableUser { login } => {
            let who = user(company, login)?;
            if who.login == actor.login {
                return Err(DomainError::OwnAccount);
            }
            if who.disabled {
                return Err(DomainError::UserAlreadyDisabled {
                    login: who.login.clone(),
                });
            }
            Ok(vec![Event::UserDisabled {
                login: who.login.clone(),
            }])
        }
        Command::EnableUser { login } => {
            let who = user(company, login)?;
            if !who.disabled {
                return Err(DomainError::UserNotDisabled {
                    login: who.login.clone(),
                });
            }
            Ok(vec![Event::UserEnabled {
                login: who.login.clone(),
            }])
        }
        Command::GrantDelegation { to, until } => {
            let to = user(company, to)?;
            if to.login == actor.login {
                return Err(DomainError::DelegationToSelf);
            }
            if to.disabled {
                return Err(DomainError::UserDisabled {
                    login: to.login.clone(),
                });
            }
            if *until < ctx.today {
                return Err(DomainError::DelegationEnded);
            }
            Ok(vec![Event::DelegationGranted {
                id: company.next_delegation_id(),
                from: actor.login.clone(),
                to: to.login.clone(),
                until: *until,
            }])
        }
        Command::RevokeDelegation { id } => {
            let d = company
                .delegations
                .get(id)
                .ok_or_else(|| not_found("kind.delegation", id))?;
            if d.revoked {
                return Err(DomainError::AlreadyRevoked { id: id.to_string() });
            }
            Ok(vec![Event::DelegationRevoked { id: *id }])
        }
        Command::SetMail {
            login,
            address,
            language,
            off,
        } => {
            let who = user(company, login)?;
            let mut mail = who.mail.clone();
            if let Some(a) = address {
                mail.address = match a.trim() {
                    "" => None,
                    a => Some(mail_address(a)?),
                };
            }
            if let Some(l) = language {
                mail.language = Some(mail_language(l)?);
            }
            if let Some(off) = off {
                mail.off = *off;
            }
            if mail == who.mail {
                return Err(DomainError::MailUnchanged {
                    login: who.login.clone(),
                });
            }
            Ok(vec![Event::UserMailSet {
                login: who.login.clone(),
                address: mail.address,
                language: mail.language,
                off: mail.off,
                at: ctx.now,
            }])
        }
        _ => Ok(Vec::new()),
    }
}

/// The languages a mail can be written in (the catalogs' own codes).
pub const MAIL_LANGUAGES: [&str; 3] = ["en", "zh-Hans", "zh-Hant"];

fn mail_language(text: &str) -> Result<String, DomainError> {
    MAIL_LANGUAGES
        .iter()
        .find(|l| l.eq_ignore_ascii_case(text.trim()))
        .map(|l| l.to_string())
        .ok_or_else(|| DomainError::BadLanguage {
            language: text.trim().chars().take(40).collect(),
        })
}

/// A mail address in the plain form every mailer takes: ASCII, one `@`, a
/// local part of letters, digits and `.`, `_`, `+`, `-`, and a host name.
/// Quoted local parts, comments, brackets, spaces, several addresses and
/// the characters a local mailer may read as a pipe, a file or a route
/// (`|`, `/`, `%`, `!`) are all refused: the address goes to `sendmail` as
/// an argument and into a header, and nothing in it may be read as an
/// option, another recipient or a delivery of its own.
pub fn mail_address(text: &str) -> Result<String, DomainError> {
    let address = text::line("field.mail_address", text, 254, false)?;
    let bad = || DomainError::BadMailAddress {
        address: address.clone(),
    };
    let (local, host) = address.split_once('@').ok_or_else(bad)?;
    let local_ok = !local.is_empty()
        && local.len() <= 64
        && !local.starts_with(['.', '-'])
        && !local.ends_with('.')
        && !local.contains("..")
        && local
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "._+-".contains(c));
    let host_ok = !host.is_empty()
        && host.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        });
    if local_ok && host_ok {
        Ok(address)
    } else {
        Err(bad())
    }
}

/// What the events of users and delegations do to the company.
pub(super) fn apply(company: &mut Company, event: &Event) {
    match event {
        Event::UserRegistered {
            login,
            display_name,
            roles,
            employee,
        } => {
            company.users.insert(
                login.clone(),
                User {
                    login: login.clone(),
                    display_name: display_name.clone(),
                    roles: roles.clone(),
                    employee: *employee,
                    disabled: false,
                    mail: MailPrefs::default(),
                },
            );
        }
        Event::DelegationGranted {
            id,
            from,
            to,
            until,
        } => {
            company.delegations.insert(
                *id,
                Delegation {
                    id: *id,
                    from: from.clone(),
                    to: to.clone(),
                    until: *until,
                    revoked: false,
                },
            );
        }
        Event::DelegationRevoked { id } => {
            if let Some(d) = company.delegations.get_mut(id) {
                d.revoked = true;
            }
        }
        Event::UserEdited {
            login,
            display_name,
            roles,
        } => {
            if let Some(u) = company.users.get_mut(login) {
                u.display_name = display_name.clone();
                u.roles = roles.clone();
            }
        }
        Event::UserDisabled { login } => {
            if let Some(u) = company.users.get_mut(login) {
                u.disabled = true;
            }
        }
        Event::UserEnabled { login } => {
            if let Some(u) = company.users.get_mut(login) {
                u.disabled = false;
            }
        }
        Event::UserMailSet {
            login,
            address,
            language,
            off,
            at,
        } => {
            if let Some(u) = company.users.get_mut(login) {
                let was_on = u.mail.wanted().is_some();
                let mut mail = MailPrefs {
                    address: address.clone(),
                    language: language.clone(),
                    off: *off,
                    since: u.mail.since,
                };
                if mail.wanted().is_some() && !was_on {
                    mail.since = Some(*at);
                }
                u.mail = mail;
            }
        }
        _ => {}
    }
}

/// Each role once; department and division heads name their departments.
fn check_roles(company: &Company, roles: &[RoleGrant]) -> Result<(), DomainError> {
    for (i, g) in roles.iter().enumerate() {
        if roles[..i].iter().any(|o| o.role == g.role) {
            return Err(DomainError::DuplicateRole {
                role: g.role.key().into(),
            });
        }
        if g.role.is_scoped() && g.depts.is_empty() {
            return Err(DomainError::ScopeNeeded {
                role: g.role.key().into(),
            });
        }
        for d in &g.depts {
            dept(company, *d)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn logins_are_lower_case_and_never_look_like_an_option() {
        for good in ["hr.li", "_svc", "a-b_c.9"] {
            assert_eq!(new_login(good).as_deref(), Ok(good));
        }
        for bad in ["ROOT", "Hr.li", "-rf", "9lives", ".hidden", "a b", "張偉"] {
            assert!(
                matches!(new_login(bad), Err(DomainError::BadLogin { .. })),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn mail_addresses_are_one_plain_recipient() {
        for good in [
            "hr.li@example.com",
            "a+b@mail-host",
            "x_y@a.b.c",
            "Li.Na@1.2.3.4",
        ] {
            assert_eq!(mail_address(good).as_deref(), Ok(good));
        }
        for bad in [
            "hr.li",
            "@example.com",
            "a@",
            "a@b@c",
            "a b@c.d",
            "\"a\"@c.d",
            "a@c.d, b@e.f",
            "<a@c.d>",
            "-oQ/tmp@c.d",
            "a..b@c.d",
            "a@-c.d",
            "a@c..d",
            "王@c.d",
            "|/bin/sh@c.d",
            "/tmp/x@c.d",
            "a%b@c.d",
            "a!b@c.d",
            "a`id`@c.d",
            "a@c.d\r\nBcc: e@f.g",
        ] {
            assert!(mail_address(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn languages_are_the_catalogs() {
        assert_eq!(mail_language("ZH-hans").as_deref(), Ok("zh-Hans"));
        assert!(matches!(
            mail_language("fr"),
            Err(DomainError::BadLanguage { .. })
        ));
    }
}
