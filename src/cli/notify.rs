//! `renshi notify …`: one's mail settings, and what the outbox holds.

use super::NotifyCmd;
use super::print::{exec, query, say, unexpected};
use crate::domain::Command;
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

pub fn notify(
    client: &mut dyn Client,
    cat: &Catalog,
    cmd: &NotifyCmd,
) -> Result<ExitCode, ApiError> {
    let (user, address, language, off) = match cmd {
        NotifyCmd::Status { json } => return show(client, cat, *json),
        NotifyCmd::Set {
            address,
            language,
            user,
        } => {
            if address.is_none() && language.is_none() {
                super::print::warn(format!("renshi: {}", cat.t("cli.notify_set_what")));
                return Ok(ExitCode::from(2));
            }
            (user, address.clone(), language.clone(), None)
        }
        NotifyCmd::On { user } => (user, None, None, Some(false)),
        NotifyCmd::Off { user } => (user, None, None, Some(true)),
    };
    let login = match user {
        Some(u) => u.clone(),
        None => whoami(client)?.login,
    };
    exec(
        client,
        Command::SetMail {
            login: login.clone(),
            address,
            language,
            off,
        },
        "",
    )?;
    let s = status(client)?;
    let prefs = if whoami(client)?.login == login {
        Some(s.mine)
    } else {
        None
    };
    match prefs {
        Some(p) => say(settings(cat, &p, s.mailer.is_some())),
        None => say(cat.f("cli.notify_set_for", &[("login", login)])),
    }
    Ok(ExitCode::SUCCESS)
}

fn language_name(cat: &Catalog, code: Option<&str>) -> String {
    cat.t(&format!("lang.{}", code.unwrap_or("en"))).to_string()
}

/// One line on the asker's own mail settings.
fn settings(cat: &Catalog, p: &crate::domain::MailPrefs, mailing: bool) -> String {
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
    if s.mail.is_empty() {
        say(cat.t("cli.notify_none"));
        return Ok(ExitCode::SUCCESS);
    }
    say("");
    for m in &s.mail {
        let about = match &m.about {
            MailAbout::Item { case, .. } => case.clone(),
            MailAbout::Digest { day } => cat.f("cli.notify_digest", &[("day", day.to_string())]),
        };
        say(format!(
            "#{}  {}  {}  {}  {}",
            m.id,
            m.to,
            crate::present::when_short(m.queued, zone),
            about,
            state(cat, m, zone)
        ));
        if let Some(e) = &m.error {
            say(format!(
                "      {}",
                cat.f("cli.notify_error", &[("error", e.clone())])
            ));
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn state(cat: &Catalog, m: &crate::store::outbox::Mail, zone: Tz) -> String {
    match &m.state {
        MailState::Sent { at } => cat.f(
            "cli.notify_sent",
            &[("at", crate::present::when_short(*at, zone))],
        ),
        MailState::Dropped { .. } => cat.t("cli.notify_dropped").to_string(),
        MailState::Waiting if m.attempts == 0 => cat.t("cli.notify_waiting").to_string(),
        MailState::Waiting => cat.f(
            "cli.notify_retrying",
            &[
                ("n", m.attempts.to_string()),
                ("next", crate::present::when_short(m.next, zone)),
            ],
        ),
    }
}
