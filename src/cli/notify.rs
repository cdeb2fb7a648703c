//! `renshi notify …`: one's mail settings, and what the outbox holds.

use super::NotifyCmd;
use super::print::{exec, query, say, table, unexpected, warn};
use crate::domain::{Command, DomainError, MailPrefs};
use crate::i18n::Catalog;
use crate::service::api::*;
use crate::store::outbox::{MailAbout, MailState};
use crate::transport::Client;
use chrono_tz::Tz;
use std::process::ExitCode;

fn status(client: &mut dyn Client) -> Result<MailStatus, ApiError> {
    match query(client, Query::MailStatus)? {
        Reply::MailStatus(s) => Ok(*s),
        other => Err(unexpected(&other)),
    }
}

fn whoami(client: &mut dyn Client) -> Result<Me, ApiError> {
    match query(client, Query::Whoami)? {
        Reply::Me(me) => Ok(me),
        other => Err(unexpected(&other)),
    }
}

/// Someone's settings as the asker may know them: their own, or anyone's
/// for the administrator.
fn prefs_of(s: &MailStatus, me: &str, login: &str) -> Option<MailPrefs> {
    if login == me {
        return Some(s.mine.clone());
    }
    s.people
        .iter()
        .find(|(l, _)| l == login)
        .map(|(_, p)| p.clone())
}

pub fn notify(
    client: &mut dyn Client,
    cat: &Catalog,
    cmd: &NotifyCmd,
) -> Result<ExitCode, ApiError> {
    let (user, address, mut language, off) = match cmd {
        NotifyCmd::Status { json } => return show(client, cat, *json),
        NotifyCmd::Set {
            address,
            language,
            user,
        } => {
            if address.is_none() && language.is_none() {
                warn(format!("renshi: {}", cat.t("cli.notify_set_what")));
                return Ok(ExitCode::from(2));
            }
            (user, address.clone(), language.clone(), None)
        }
        NotifyCmd::On { user } => (user, None, None, Some(false)),
        NotifyCmd::Off { user } => (user, None, None, Some(true)),
    };
    let me = whoami(client)?.login;
    let login = user.clone().unwrap_or_else(|| me.clone());
    let before = prefs_of(&status(client)?, &me, &login);
    // A first address without a language: mail in the language this very
    // command speaks, which is the one its reader chose.
    if address.is_some()
        && language.is_none()
        && before.as_ref().is_none_or(|p| p.language.is_none())
    {
        language = Some(cat.lang.code().to_string());
    }
    let done = exec(
        client,
        Command::SetMail {
            login: login.clone(),
            address,
            language,
            off,
        },
        "",
    );
    match done {
        Ok(_) => {}
        // On when on, off when off: what was asked is so already.
        Err(ApiError::Domain(DomainError::MailUnchanged { .. })) if off.is_some() => {}
        Err(e) => return Err(e),
    }
    let s = status(client)?;
    let mailing = s.mailer.is_some();
    match prefs_of(&s, &me, &login) {
        Some(p) if login == me => say(settings(cat, &p, mailing)),
        Some(p) => say(format!(
            "{}: {}",
            login,
            settings_of(cat, &p).unwrap_or_else(|| cat.t("cli.notify_col_none").to_string())
        )),
        None => say(cat.f("cli.notify_set_for", &[("login", login)])),
    }
    Ok(ExitCode::SUCCESS)
}

fn language_name(cat: &Catalog, code: Option<&str>) -> String {
    cat.t(&format!("lang.{}", code.unwrap_or("en"))).to_string()
}

/// One line on the asker's own mail settings.
fn settings(cat: &Catalog, p: &MailPrefs, mailing: bool) -> String {
    let Some(address) = &p.address else {
        return cat.t("cli.notify_no_address").to_string();
    };
    let key = match (p.off, mailing) {
        (true, _) => "cli.notify_mine_off",
        (false, true) => "cli.notify_mine_on",
        (false, false) => "cli.notify_mine_idle",
    };
    cat.f(
        key,
        &[
            ("address", address.clone()),
            ("language", language_name(cat, p.language.as_deref())),
        ],
    )
}

/// Someone else's settings in a few words; `None` without an address.
fn settings_of(cat: &Catalog, p: &MailPrefs) -> Option<String> {
    let address = p.address.as_ref()?;
    let on = if p.off {
        cat.t("cli.notify_off")
    } else {
        cat.t("cli.notify_on")
    };
    Some(format!(
        "{address}, {}, {on}",
        language_name(cat, p.language.as_deref())
    ))
}

fn show(client: &mut dyn Client, cat: &Catalog, json: bool) -> Result<ExitCode, ApiError> {
    let s = status(client)?;
    if json {
        say(super::json::mail_status(&s).to_string());
        return Ok(ExitCode::SUCCESS);
    }
    let zone = super::print::zone(client)?;
    match &s.mailer {
        Some(m) => say(cat.f(
            "cli.notify_mailer",
            &[
                ("program", m.program.clone()),
                ("from", m.from.clone()),
                ("hour", format!("{:02}:00", m.digest_hour)),
            ],
        )),
        None => say(cat.t("cli.notify_no_mailer")),
    }
    say(settings(cat, &s.mine, s.mailer.is_some()));
    // The administrator sees who gets mail at all.
    let with_mail: Vec<Vec<String>> = s
        .people
        .iter()
        .filter_map(|(login, p)| Some(vec![login.clone(), settings_of(cat, p)?]))
        .collect();
    if !with_mail.is_empty() {
        say("");
        say(cat.t("cli.notify_people"));
        table(
            &[cat.t("cli.notify_col_user"), cat.t("cli.notify_col_mail")],
            &with_mail,
        );
    }
    say("");
    if s.mail.is_empty() {
        say(cat.t("cli.notify_none"));
        return Ok(ExitCode::SUCCESS);
    }
    let rows: Vec<Vec<String>> = s
        .mail
        .iter()
        .map(|m| {
            let about = match &m.about {
                MailAbout::Item { case, .. } => case.clone(),
                MailAbout::Digest { day } => {
                    cat.f("cli.notify_digest", &[("day", day.to_string())])
                }
                MailAbout::Items { cases } => cases.join(" "),
            };
            let mut what = state(cat, m, zone);
            if let Some(e) = &m.error {
                what = format!(
                    "{what}; {}",
                    cat.f("cli.notify_error", &[("error", e.clone())])
                );
            }
            vec![
                format!("#{}", m.id),
                m.to.clone(),
                crate::present::when(m.queued, zone),
                about,
                what,
            ]
        })
        .collect();
    table(
        &[
            "#",
            cat.t("cli.notify_col_to"),
            cat.t("cli.notify_col_queued"),
            cat.t("cli.notify_col_about"),
            cat.t("cli.notify_col_state"),
        ],
        &rows,
    );
    Ok(ExitCode::SUCCESS)
}

fn state(cat: &Catalog, m: &crate::store::outbox::Mail, zone: Tz) -> String {
    match &m.state {
        MailState::Sent { at } => cat.f(
            "cli.notify_sent",
            &[("at", crate::present::when(*at, zone))],
        ),
        MailState::Dropped { .. } => cat.t("cli.notify_dropped").to_string(),
        MailState::Waiting if m.attempts == 0 => cat.t("cli.notify_waiting").to_string(),
        MailState::Waiting => cat.f(
            "cli.notify_retrying",
            &[
                ("n", m.attempts.to_string()),
                ("next", crate::present::when(m.next, zone)),
            ],
        ),
    }
}
