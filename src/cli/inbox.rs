//! `renshi inbox`: the items in full, `--brief` for a login banner, and
//! `--count` for a shell prompt.

use super::args::ListArgs;
use super::list::{keep, print_items};
use super::print::{all, say};
use crate::i18n::Catalog;
use crate::present::{age, inbox_command, inbox_what, when};
use crate::service::api::*;
use crate::transport::Client;
use std::process::ExitCode;

/// How many items wait: one page of one item carries the total, so a
/// prompt costs one small round trip whatever the inbox holds.
pub fn count(client: &mut dyn Client) -> Result<ExitCode, ApiError> {
    let page = PageReq {
        cursor: 0,
        limit: 1,
    };
    match client.call(Request::Query(Query::Inbox(page)))? {
        Reply::Inbox(p) => {
            say(p.total.to_string());
            Ok(ExitCode::SUCCESS)
        }
        other => Err(ApiError::Protocol(format!("unexpected reply {other:?}"))),
    }
}

/// How many ids the greeting names before it says "…".
const GREETING_IDS: usize = 3;

/// `renshi: 3 items wait for you: REQ-0012 (2d), HP-0003 (5h), SEP-0001 (1d)`,
/// oldest first; nothing at all when nothing waits, so a login stays quiet.
pub fn greeting(client: &mut dyn Client, cat: &Catalog) -> Result<ExitCode, ApiError> {
    let page = PageReq {
        cursor: 0,
        limit: GREETING_IDS as u32,
    };
    let p = match client.call(Request::Query(Query::Inbox(page)))? {
        Reply::Inbox(p) => p,
        other => return Err(ApiError::Protocol(format!("unexpected reply {other:?}"))),
    };
    if p.total == 0 {
        return Ok(ExitCode::SUCCESS);
    }
    let now = chrono::Utc::now();
    let mut ids: Vec<String> = p
        .items
        .iter()
        .map(|i| format!("{} ({})", i.case, age(cat, i.since, now)))
        .collect();
    if p.total as usize > ids.len() {
        ids.push("…".into());
    }
    say(cat.f(
        "inbox.greeting",
        &[("n", p.total.to_string()), ("ids", ids.join(", "))],
    ));
    Ok(ExitCode::SUCCESS)
}

pub fn inbox(
    client: &mut dyn Client,
    cat: &Catalog,
    list: &ListArgs,
    brief: bool,
) -> Result<ExitCode, ApiError> {
    let items = all(client, Query::Inbox, |r| match r {
        Reply::Inbox(p) => Some(p),
        _ => None,
    })?;
    let zone = super::print::zone(client)?;
    let cells = |i: &InboxItem| {
        vec![
            i.case.to_string(),
            when(i.since, zone),
            inbox_what(cat, &i.kind),
            i.title.clone(),
        ]
    };
    let items = keep(items, &list.matcher(), cells);
    if list.json {
        return print_items(items.iter().map(super::json::inbox).collect());
    }
    if brief {
        // When nothing waits, nothing is printed: a login banner stays quiet.
        let now = chrono::Utc::now();
        for i in &items {
            say(format!(
                "{}  {}  {}  {}",
                i.case,
                inbox_what(cat, &i.kind),
                age(cat, i.since, now),
                inbox_command(i)
            ));
        }
        return Ok(ExitCode::SUCCESS);
    }
    if items.is_empty() {
        say(cat.t("inbox.empty"));
    }
    for i in &items {
        say(cells(i).join("  "));
    }
    Ok(ExitCode::SUCCESS)
}
