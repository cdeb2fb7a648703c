//! How the command line talks: every line of text goes through the terminal
//! sanitizer (stored text may hold anything an older store or a file let in),
//! tables line up by display width, and `--json` is printed exactly as it is.

use crate::domain::signoff::Seen;
use crate::domain::text::visible;
use crate::i18n::Catalog;
use crate::service::api::{ApiError, Done, Page, PageReq, Reply, Request};
use crate::transport::Client;
use serde::Serialize;
use std::process::ExitCode;
use unicode_width::UnicodeWidthStr;

/// Prints one line (or several, for multi-line text) as a terminal may show it.
pub fn say(text: impl AsRef<str>) {
    println!("{}", visible(text.as_ref()));
}

/// Like `say`, on standard error: messages, refusals, progress.
pub fn warn(text: impl AsRef<str>) {
    eprintln!("{}", visible(text.as_ref()));
}

/// Multi-line text under a heading line, each line indented, so a line of
/// someone's text can never pass for a line of renshi's own output.
pub fn indented(indent: &str, text: &str) {
    for l in text.lines() {
        say(format!("{indent}{l}"));
    }
}

pub fn json<T: Serialize>(v: &T) -> Result<ExitCode, ApiError> {
    let s = serde_json::to_string_pretty(v).map_err(|e| ApiError::Protocol(e.to_string()))?;
    println!("{s}");
    Ok(ExitCode::SUCCESS)
}

/// Pads to a display width, so CJK text lines up in a terminal.
pub fn pad(s: &str, width: usize) -> String {
    let w = s.width();
    format!("{s}{}", " ".repeat(width.saturating_sub(w)))
}

/// Columns as wide as their widest cell; cells are made visible first, so
/// the widths are those of what is shown.
pub fn table(head: &[&str], rows: &[Vec<String>]) {
    let shown: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            r.iter()
                .map(|c| crate::domain::text::visible_line(c).into_owned())
                .collect()
        })
        .collect();
    let mut widths: Vec<usize> = head.iter().map(|h| h.width()).collect();
    for r in &shown {
        for (i, c) in r.iter().enumerate() {
            if let Some(w) = widths.get_mut(i) {
                *w = (*w).max(c.width());
            }
        }
    }
    let line = |cells: Vec<String>| {
        let parts: Vec<String> = cells
            .iter()
            .enumerate()
            .map(|(i, c)| pad(c, widths.get(i).copied().unwrap_or(0)))
            .collect();
        println!("{}", parts.join("  ").trim_end());
    };
    line(head.iter().map(|s| s.to_string()).collect());
    for r in shown {
        line(r);
    }
}

pub fn query(client: &mut dyn Client, q: crate::service::api::Query) -> Result<Reply, ApiError> {
    client.call(Request::Query(q))
}

pub fn exec(
    client: &mut dyn Client,
    command: crate::domain::Command,
    comment: &str,
) -> Result<Done, ApiError> {
    match client.call(Request::execute(command, comment))? {
        Reply::Done(d) => Ok(d),
        other => Err(unexpected(&other)),
    }
}

pub fn unexpected(r: &Reply) -> ApiError {
    ApiError::Protocol(format!("unexpected reply {r:?}"))
}

/// The company's time zone, in which every time is shown.
pub fn zone(client: &mut dyn Client) -> Result<chrono_tz::Tz, ApiError> {
    match query(client, crate::service::api::Query::Whoami)? {
        Reply::Me(me) => Ok(crate::present::zone(&me.zone)),
        other => Err(unexpected(&other)),
    }
}

/// Every page of a list, one request per page.
pub fn all<T>(
    client: &mut dyn Client,
    ask: impl Fn(PageReq) -> crate::service::api::Query,
    take: impl Fn(Reply) -> Option<Page<T>>,
) -> Result<Vec<T>, ApiError> {
    let mut out = Vec::new();
    let mut page = PageReq::FIRST;
    loop {
        let reply = query(client, ask(page))?;
        let p =
            take(reply).ok_or_else(|| ApiError::Protocol("unexpected reply to a list".into()))?;
        out.extend(p.items);
        match p.next {
            Some(next) => page.cursor = next,
            None => return Ok(out),
        }
    }
}

/// The digest as people see and type it (`--seen`).
pub fn short(seen: &Seen) -> String {
    seen.digest
        .chars()
        .take(crate::domain::digest::Digest::SHORT)
        .collect()
}

/// "HP-0001 approved (seen 7f3a…)." and the like, for a signature given or recorded.
pub fn signed(
    cat: &Catalog,
    decision: crate::domain::signoff::Decision,
    id: &dyn std::fmt::Display,
    seen: &str,
) {
    let key = format!("cli.signed_{}", decision.key());
    say(cat.f(&key, &[("id", id.to_string()), ("seen", seen.to_string())]));
}

/// What the signer says they saw: the digest they typed with `--seen`, or,
/// without it, the case as it is now (printed back with the signature, so
/// they know which version they signed). The round is always the case's.
pub fn as_typed(now: Seen, typed: Option<&str>) -> Seen {
    Seen {
        round: now.round,
        digest: typed.map_or(now.digest, str::to_string),
    }
}
