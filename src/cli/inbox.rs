//! `renshi inbox`.

use super::args::ListArgs;
use super::list::{keep, print_items};
use super::print::{all, say};
use crate::i18n::Catalog;
use crate::present::{inbox_what, when};
use crate::service::api::*;
use crate::transport::Client;
use std::process::ExitCode;

pub fn inbox(
    client: &mut dyn Client,
    cat: &Catalog,
    list: &ListArgs,
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
    if items.is_empty() {
        say(cat.t("inbox.empty"));
    }
    for i in &items {
        say(cells(i).join("  "));
    }
    Ok(ExitCode::SUCCESS)
}
