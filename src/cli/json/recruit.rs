//! JSON of recruitment: the API's own shapes (snake_case, ids as people
//! write them, digests in hex), with a refusal given as `{code, message}`
//! in the chosen language rather than as the error's inner form.

use super::{Problem, problem};
use crate::i18n::Catalog;
use crate::service::api::{ReqRow, ReqView};
use serde_json::Value;

pub fn req_row(r: &ReqRow) -> Value {
    serde_json::to_value(r).unwrap_or(Value::Null)
}

pub fn req_view(cat: &Catalog, v: &ReqView) -> Value {
    let mut out = serde_json::to_value(v).unwrap_or(Value::Null);
    if let Value::Object(m) = &mut out {
        let why: Option<Problem> = v.cannot_sign.as_ref().map(|e| problem(cat, e));
        m.insert(
            "cannot_sign".into(),
            serde_json::to_value(why).unwrap_or(Value::Null),
        );
    }
    out
}
