//! What every listing shares: `--grep` through the one matcher, and the
//! JSON envelope `{"items": [...]}`.

use super::args::ListArgs;
use crate::find::Matcher;
use crate::service::api::ApiError;
use serde::Serialize;
use std::process::ExitCode;

impl ListArgs {
    pub fn matcher(&self) -> Matcher {
        Matcher::new(self.grep.as_deref().unwrap_or(""))
    }
}

/// The rows whose cells (as the listing shows them, ids included) hold every
/// word of the query.
pub fn keep<T>(rows: Vec<T>, m: &Matcher, cells: impl Fn(&T) -> Vec<String>) -> Vec<T> {
    if m.is_empty() {
        return rows;
    }
    rows.into_iter()
        .filter(|r| {
            let c = cells(r);
            m.matches_any(c.iter().map(String::as_str))
        })
        .collect()
}

/// Every listing's JSON: the rows under `items`, in the order the text shows them.
#[derive(Serialize)]
pub struct Items<T: Serialize> {
    pub items: Vec<T>,
}

pub fn print_items<T: Serialize>(items: Vec<T>) -> Result<ExitCode, ApiError> {
    super::print::json(&Items { items })
}
