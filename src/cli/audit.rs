//! `renshi audit verify`, `renshi audit log` (the export, the head and the
//! checks of a file are in `export` and `restore`).

use super::args::ListArgs;
use super::list::print_items;
use super::print::{query, say, unexpected};
use crate::find::Matcher;
use crate::i18n::Catalog;
use crate::service::api::*;
use crate::transport::Client;
use chrono::NaiveDate;
use std::collections::VecDeque;
use std::process::ExitCode;

pub fn verify(client: &mut dyn Client, cat: &Catalog) -> Result<ExitCode, ApiError> {
    // The daemon walks the chain in one request: how far is not told.
    let bar = super::progress::Progress::new(cat.t("audit.verifying"), None, false);
    let reply = query(client, Query::Verify);
    bar.done();
    match reply? {
        Reply::Verified { events } => {
            say(cat.f("audit.verified", &[("count", events.to_string())]));
            Ok(ExitCode::SUCCESS)
        }
        other => Err(unexpected(&other)),
    }
}

/// Verifies a store opened here, without loading the company.
pub fn verify_store(store: &crate::store::Store, cat: &Catalog) -> Result<ExitCode, ApiError> {
    use crate::store::VerifyFailure;
    let bar =
        super::progress::Progress::new(cat.t("audit.verifying"), Some(store.head().seq), false);
    let result = store.verify(|n| bar.set(n));
    bar.done();
    match result {
        Ok(events) => {
            say(cat.f("audit.verified", &[("count", events.to_string())]));
            Ok(ExitCode::SUCCESS)
        }
        Err(VerifyFailure::Broken { seq, reason }) => Err(ApiError::AuditBroken { seq, reason }),
        Err(VerifyFailure::Unavailable(e)) => Err(e.into()),
    }
}

/// Walks the chain of a store whose head file was lost, and writes a new
/// one from the log only if the whole chain holds.
pub fn accept_log(store: &crate::store::Store, cat: &Catalog) -> Result<ExitCode, ApiError> {
    let code = verify_store(store, cat)?;
    let head = store.accept_log()?;
    say(cat.f("cli.head_rewritten", &[("seq", head.seq.to_string())]));
    Ok(code)
}

fn page(client: &mut dyn Client, from: u64, limit: u32) -> Result<Vec<AuditEntry>, ApiError> {
    match query(client, Query::Audit { from, limit })? {
        Reply::Audit(rows) => Ok(rows),
        other => Err(unexpected(&other)),
    }
}

/// The entries `--grep` and `--since` let through: from `from` the first
/// `limit`, or without it the latest `limit`, walking the log page by page.
fn filtered(
    client: &mut dyn Client,
    from: Option<u64>,
    limit: u32,
    keep: impl Fn(&AuditEntry) -> bool,
) -> Result<Vec<AuditEntry>, ApiError> {
    let mut out: VecDeque<AuditEntry> = VecDeque::new();
    let mut cursor = from.unwrap_or(1);
    loop {
        let rows = page(client, cursor, MAX_PAGE)?;
        let Some(last) = rows.last().map(|r| r.seq) else {
            break;
        };
        for r in rows.into_iter().filter(|r| keep(r)) {
            out.push_back(r);
            if out.len() > limit as usize {
                if from.is_some() {
                    out.pop_back();
                    return Ok(out.into());
                }
                out.pop_front();
            }
        }
        cursor = last + 1;
    }
    Ok(out.into())
}

pub fn log(
    client: &mut dyn Client,
    cat: &Catalog,
    from: Option<u64>,
    limit: u32,
    since: Option<NaiveDate>,
    list: &ListArgs,
) -> Result<ExitCode, ApiError> {
    let zone = super::print::zone(client)?;
    let matcher: Matcher = list.matcher();
    let cells = |r: &AuditEntry| {
        let via = r
            .via
            .as_ref()
            .map(|v| format!(" ({v})"))
            .unwrap_or_default();
        vec![
            format!("{:>6}", r.seq),
            crate::present::when(r.at, zone),
            format!("{}{via}", r.actor),
            crate::present::entry_text(cat, r),
        ]
    };
    let rows = if matcher.is_empty() && since.is_none() {
        page(client, from.unwrap_or(0), limit)?
    } else {
        let start = since.map(|d| crate::domain::time::start_of(zone, d));
        filtered(client, from, limit, |r| {
            start.is_none_or(|s| r.at >= s) && {
                let mut c = cells(r);
                c.push(r.comment.clone());
                matcher.matches_any(c.iter().map(String::as_str))
            }
        })?
    };
    if list.json {
        return print_items(rows.iter().map(super::json::audit).collect());
    }
    for r in &rows {
        say(crate::domain::text::visible_line(&cells(r).join("  ")));
        if !r.comment.is_empty() {
            super::print::indented("        — ", &r.comment);
        }
    }
    Ok(ExitCode::SUCCESS)
}
