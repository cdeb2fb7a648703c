//! The JSON shapes of employees: `employee list`, `employee show`, and the
//! records `export employees --format json` writes.

use crate::domain::*;
use crate::service::api::*;
use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use serde_json::{Value, json};

#[derive(Serialize)]
pub struct EmployeeJson {
    pub id: String,
    pub number: String,
    pub name: String,
    pub dept: String,
    pub dept_name: String,
    pub position: String,
    pub title: String,
    pub status: &'static str,
    pub hired: NaiveDate,
}

pub fn employee(e: &EmployeeRow) -> EmployeeJson {
    EmployeeJson {
        id: e.id.to_string(),
        number: e.number.clone(),
        name: e.name.clone(),
        dept: e.dept.to_string(),
        dept_name: e.dept_name.clone(),
        position: e.position.to_string(),
        title: e.title.clone(),
        status: e.status.key(),
        hired: e.hired,
    }
}

#[derive(Serialize)]
pub struct ContractJson {
    pub kind: &'static str,
    pub start: NaiveDate,
    pub end: Option<NaiveDate>,
}

pub fn contract(c: &Contract) -> ContractJson {
    ContractJson {
        kind: c.kind.key(),
        start: c.start,
        end: c.end,
    }
}

#[derive(Serialize)]
pub struct PersonalJson {
    pub id_number: String,
    pub phone: String,
    pub email: String,
    pub address: String,
    pub bank_account: String,
    pub date_of_birth: String,
    pub emergency_contact: String,
}

pub fn personal(p: &Personal) -> PersonalJson {
    PersonalJson {
        id_number: p.id_number.clone(),
        phone: p.phone.clone(),
        email: p.email.clone(),
        address: p.address.clone(),
        bank_account: p.bank_account.clone(),
        date_of_birth: p.date_of_birth.clone(),
        emergency_contact: p.emergency_contact.clone(),
    }
}

#[derive(Serialize)]
pub struct ErasureJson {
    pub by: String,
    pub at: DateTime<Utc>,
}

/// `employee show --json`: personal data as the service gives it, masked
/// values flagged by `personal_masked`.
#[derive(Serialize)]
pub struct EmployeeViewJson {
    #[serde(flatten)]
    pub row: EmployeeJson,
    pub contracts: Vec<ContractJson>,
    pub history: Vec<Value>,
    pub personal: Option<PersonalJson>,
    pub personal_masked: bool,
    pub erased: Option<ErasureJson>,
    /// Recruitment, onboarding and probation (`null` for those entered
    /// directly), as the service gives it.
    pub hiring: Option<crate::domain::recruit::Hiring>,
    /// What a probation assessment binds to while one is open.
    pub review_seen: Option<crate::domain::signoff::Seen>,
}

pub fn employee_view(v: &EmployeeView) -> EmployeeViewJson {
    EmployeeViewJson {
        row: employee(&v.row),
        contracts: v.contracts.iter().map(contract).collect(),
        history: v.history.iter().map(employee_change).collect(),
        personal: v.personal.as_ref().map(|p| personal(&p.data)),
        personal_masked: v.personal.as_ref().is_some_and(|p| p.masked),
        hiring: v.hiring.clone(),
        review_seen: v.review_seen.clone(),
        erased: v
            .personal
            .as_ref()
            .and_then(|p| p.erased.as_ref())
            .map(|e| ErasureJson {
                by: e.by.clone(),
                at: e.at,
            }),
    }
}

/// One entry of an employee's history: `at`, `by`, `kind` and its fields.
pub fn employee_change(c: &EmployeeChange) -> Value {
    let mut v = match &c.change {
        Change::Joined {
            position,
            status,
            imported,
        } => json!({
            "kind": "joined", "position": position.to_string(), "status": status.key(),
            "imported": imported,
        }),
        Change::Edited { fields } => json!({"kind": "edited", "fields": fields}),
        Change::PersonalChanged { fields } => json!({"kind": "personal_changed", "fields": fields}),
        Change::Transferred {
            from,
            to,
            over_headcount,
        } => json!({
            "kind": "transferred", "from": from.to_string(), "to": to.to_string(),
            "over_headcount": over_headcount,
        }),
        Change::PersonalErased => json!({"kind": "personal_erased"}),
        Change::Recruited { req, candidate } => json!({
            "kind": "recruited", "req": req.to_string(), "candidate": candidate.to_string(),
        }),
        Change::Trained { what } => json!({"kind": "trained", "what": what}),
        Change::StartedWork { on } => json!({"kind": "started_work", "on": on.to_string()}),
        Change::Assessed {
            step,
            decision,
            extend_to,
        } => json!({
            "kind": "assessed", "step": step, "decision": decision.key(),
            "extend_to": extend_to.map(|d| d.to_string()),
        }),
        Change::ProbationFailed => json!({"kind": "probation_failed"}),
        Change::FormalContract { number } => json!({"kind": "formal_contract", "number": number}),
        Change::SeparationStarted { case, kind } => json!({
            "kind": "separation_started", "case": case.to_string(), "separation_kind": kind.key(),
        }),
        Change::Separated { case, on } => json!({
            "kind": "separated", "case": case.to_string(), "on": on.to_string(),
        }),
        Change::SeparationWithdrawn { case } => json!({
            "kind": "separation_withdrawn", "case": case.to_string(),
        }),
    };
    if let Value::Object(m) = &mut v {
        m.insert("at".into(), json!(c.at));
        m.insert("by".into(), json!(c.by));
    }
    v
}

/// One record of `export employees --format json`. Personal data the asker
/// may read only masked is left out (`personal: null`, `personal_masked:
/// true`): an export never carries stars as if they were the values.
#[derive(Serialize)]
pub struct EmployeeRecordJson {
    #[serde(flatten)]
    pub row: EmployeeJson,
    pub contract: Option<ContractJson>,
    pub personal: Option<PersonalJson>,
    pub personal_masked: bool,
}

pub fn employee_record(r: &RosterRecord) -> EmployeeRecordJson {
    let masked = r.personal.as_ref().is_some_and(|p| p.masked);
    EmployeeRecordJson {
        row: employee(&r.row),
        contract: r.contract.as_ref().map(contract),
        personal: r
            .personal
            .as_ref()
            .filter(|p| !p.masked)
            .map(|p| personal(&p.data)),
        personal_masked: masked,
    }
}
