//! `renshi audit verify`, `renshi audit log`.

use super::print::{json, query, say, unexpected};
use crate::i18n::Catalog;
use crate::service::api::*;
use crate::transport::Client;
use std::process::ExitCode;

pub fn verify(client: &mut dyn Client, cat: &Catalog) -> Result<ExitCode, ApiError> {
    match query(client, Query::Verify)? {
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
    match store.verify(|_| {}) {
        Ok(events) => {
            say(cat.f("audit.verified", &[("count", events.to_string())]));
            Ok(ExitCode::SUCCESS)
        }
        Err(VerifyFailure::Broken { seq, reason }) => Err(ApiError::AuditBroken { seq, reason }),
        Err(VerifyFailure::Unavailable(e)) => Err(e.into()),
    }
}

pub fn log(
    client: &mut dyn Client,
    cat: &Catalog,
    from: Option<u64>,
    limit: u32,
    as_json: bool,
) -> Result<ExitCode, ApiError> {
    let rows = match query(
        client,
        Query::Audit {
            from: from.unwrap_or(0),
            limit,
        },
    )? {
        Reply::Audit(rows) => rows,
        other => return Err(unexpected(&other)),
    };
    if as_json {
        return json(&rows);
    }
    let zone = super::print::zone(client)?;
    for r in rows {
        let via = r.via.map(|v| format!(" ({v})")).unwrap_or_default();
        say(format!(
            "{:>6}  {}  {}{}  {}",
            r.seq,
            crate::present::when(r.at, zone),
            r.actor,
            via,
            crate::domain::text::visible_line(&crate::present::event_text(cat, &r.event)),
        ));
        if !r.comment.is_empty() {
            super::print::indented("        — ", &r.comment);
        }
    }
    Ok(ExitCode::SUCCESS)
}
