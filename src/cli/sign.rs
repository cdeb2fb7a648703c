//! `renshi approve|reject|return ID`: a plan or a requisition, by its id,
//! and how a signature given is said back.

use super::SignArgs;
use super::SignTarget;
use super::print::say;
use crate::domain::signoff::{Decision, Seen};
use crate::i18n::Catalog;
use crate::service::api::ApiError;
use crate::transport::Client;
use std::process::ExitCode;

pub fn sign(
    client: &mut dyn Client,
    cat: &Catalog,
    a: &SignArgs,
    decision: Decision,
) -> Result<ExitCode, ApiError> {
    match a.id {
        SignTarget::Plan(id) => super::plans::sign(client, cat, a, id, decision),
        SignTarget::Req(id) => super::recruit::sign(client, cat, a, id, decision),
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
pub fn signed(cat: &Catalog, decision: Decision, id: &dyn std::fmt::Display, seen: &str) {
    let key = format!("cli.signed_{}", decision.key());
    say(cat.f(&key, &[("id", id.to_string()), ("seen", seen.to_string())]));
}
