//! `renshi approve|reject|return ID`: a plan, a requisition or an
//! evaluation, by its id.

use super::SignArgs;
use super::SignTarget;
use crate::domain::signoff::Decision;
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
        SignTarget::Eval(id) => super::review::sign(client, cat, a, id, decision),
    }
}
