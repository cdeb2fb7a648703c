//! The JSON the command line prints (`--json`), one documented shape for
//! every listing (docs/json.md; checked by tests/fixtures/json/*.schema.json):
//!
//! - field names are snake_case; ids are written as people write them
//!   (`HP-0001`, `POS-012`); states, roles and decisions by their keys;
//! - a kind of thing that comes in variants carries `"kind"` beside its own
//!   fields (`{"kind": "set_headcount", "position": "POS-012", ...}`), never a
//!   Rust enum name;
//! - instants are RFC 3339 in UTC (`2027-03-01T09:00:00Z`), calendar days
//!   `YYYY-MM-DD` in the company's calendar; hashes and digests are hex;
//! - numbers people see count from 1 (lines, steps).
//!
//! These types are the CLI's own: the API's types may grow without the
//! printed shape changing, and the printed shape changes only here.

use crate::domain::signoff::{Signature, StepTemplate};
use crate::domain::*;
use crate::i18n::Catalog;
use crate::service::api::*;
use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use serde_json::{Value, json};

mod inbox;
mod notify;
pub mod offboard;
mod people;
mod plans;
pub mod recruit;
pub mod review;
pub use inbox::*;
pub use notify::*;
pub use people::*;
pub use plans::*;

fn ids<T: ToString>(v: &[T]) -> Vec<String> {
    v.iter().map(ToString::to_string).collect()
}

/// A refusal: its catalog key and the sentence in the chosen language.
#[derive(Serialize)]
pub struct Problem {
    pub code: &'static str,
    pub message: String,
}

fn problem(cat: &Catalog, e: &DomainError) -> Problem {
    Problem {
        code: e.key(),
        message: cat.domain_error(e),
    }
}

#[derive(Serialize)]
pub struct PositionJson {
    pub id: String,
    pub dept: String,
    pub dept_name: String,
    pub title: String,
    pub duties: String,
    pub approved: u32,
    pub filled: u32,
    pub reserved: u32,
    pub overridden: u32,
    pub free: i64,
    pub closed: bool,
}

pub fn position(p: &PositionRow) -> PositionJson {
    PositionJson {
        id: p.id.to_string(),
        dept: p.dept.to_string(),
        dept_name: p.dept_name.clone(),
        title: p.title.clone(),
        duties: p.duties.clone(),
        approved: p.approved,
        filled: p.filled,
        reserved: p.reserved,
        overridden: p.overridden,
        free: p.free,
        closed: p.closed,
    }
}

#[derive(Serialize)]
pub struct FiguresJson {
    pub positions: u32,
    pub approved: u32,
    pub filled: u32,
    pub reserved: u32,
    pub free: i64,
}

pub fn figures(f: &Figures) -> FiguresJson {
    FiguresJson {
        positions: f.positions,
        approved: f.approved,
        filled: f.filled,
        reserved: f.reserved,
        free: f.free,
    }
}

#[derive(Serialize)]
pub struct DeptJson {
    pub id: String,
    pub name: String,
    pub parent: Option<String>,
    /// 0 for a top-level department.
    pub depth: u32,
    /// Its own open positions.
    pub own: FiguresJson,
    /// With all its sub-departments.
    pub total: FiguresJson,
}

pub fn department(d: &DeptRow) -> DeptJson {
    DeptJson {
        id: d.id.to_string(),
        name: d.name.clone(),
        parent: d.parent.map(|p| p.to_string()),
        depth: d.depth,
        own: figures(&d.own),
        total: figures(&d.total),
    }
}

/// `departments --json`: the tree and the company's figures.
#[derive(Serialize)]
pub struct DepartmentsJson {
    pub items: Vec<DeptJson>,
    pub company: FiguresJson,
}

#[derive(Serialize)]
pub struct GrantJson {
    pub role: &'static str,
    pub depts: Vec<String>,
}

fn grants(roles: &[RoleGrant]) -> Vec<GrantJson> {
    roles
        .iter()
        .map(|g| GrantJson {
            role: g.role.key(),
            depts: ids(&g.depts),
        })
        .collect()
}

#[derive(Serialize)]
pub struct UserJson {
    pub login: String,
    pub name: String,
    pub roles: Vec<GrantJson>,
    pub employee: Option<String>,
    pub disabled: bool,
}

pub fn user(u: &User) -> UserJson {
    UserJson {
        login: u.login.clone(),
        name: u.display_name.clone(),
        roles: grants(&u.roles),
        employee: u.employee.map(|e| e.to_string()),
        disabled: u.disabled,
    }
}

#[derive(Serialize)]
pub struct DelegationJson {
    pub id: String,
    pub from: String,
    pub from_name: String,
    pub to: String,
    pub to_name: String,
    pub until: NaiveDate,
    pub state: &'static str,
    pub side: &'static str,
}

pub fn delegation(d: &DelegationRow) -> DelegationJson {
    DelegationJson {
        id: d.id.to_string(),
        from: d.from.clone(),
        from_name: d.from_name.clone(),
        to: d.to.clone(),
        to_name: d.to_name.clone(),
        until: d.until,
        state: match d.state {
            DelegationState::Active => "active",
            DelegationState::Ended => "ended",
            DelegationState::Revoked => "revoked",
        },
        side: match d.side {
            DelegationSide::Given => "given",
            DelegationSide::Received => "received",
            DelegationSide::Others => "others",
        },
    }
}

#[derive(Serialize)]
pub struct AuditJson {
    pub seq: u64,
    pub at: DateTime<Utc>,
    pub actor: String,
    /// The OS login behind a demo identity (`--as`).
    pub via: Option<String>,
    pub comment: String,
    /// `null` when withheld from the asker.
    pub event: Value,
    /// The interview whose feedback this is, when withheld from the asker
    /// until they give their own.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub withheld: Option<String>,
    /// SHA-256 of this entry and of the one before, hex.
    pub hash: String,
    pub prev: String,
}

pub fn audit(e: &AuditEntry) -> AuditJson {
    AuditJson {
        seq: e.seq,
        at: e.at,
        actor: e.actor.clone(),
        via: e.via.clone(),
        comment: e.comment.clone(),
        event: e.event.as_ref().map_or(Value::Null, event),
        withheld: e.withheld.map(|i| i.to_string()),
        hash: e.hash.clone(),
        prev: e.prev.clone(),
    }
}

/// An event as serde writes it for people (`{"offer_made": {fields}}`),
/// turned into `{"kind": "offer_made", fields}`: recruitment's events are
/// printed with the fields and names they are stored with.
fn tagged(e: &Event) -> Value {
    let mut v = fields_of(e);
    // A signature reads as everywhere else in JSON: steps counted from 1.
    let sig = match e {
        Event::RequisitionSigned { signature, .. }
        | Event::ReqPaperRecorded { signature, .. }
        | Event::ProbationAssessed { signature, .. }
        | Event::EvaluationSigned { signature, .. } => Some(signature),
        _ => None,
    };
    if let (Some(sig), Value::Object(m)) = (sig, &mut v) {
        m.insert("signature".into(), json_of(signature(sig)));
    }
    v
}

fn fields_of(e: &Event) -> Value {
    match json_of(e) {
        Value::Object(m) => match m.into_iter().next() {
            Some((kind, Value::Object(mut fields))) => {
                fields.insert("kind".into(), Value::String(kind));
                Value::Object(fields)
            }
            Some((kind, _)) => json!({ "kind": kind }),
            None => Value::Null,
        },
        Value::String(kind) => json!({ "kind": kind }),
        _ => Value::Null,
    }
}

fn json_of<T: Serialize>(v: T) -> Value {
    serde_json::to_value(v).unwrap_or(Value::Null)
}

/// An event as `{"kind": ..., fields}`. Exhaustive: a new event does not
/// compile until its printed shape is written here (and in docs/json.md).
pub fn event(e: &Event) -> Value {
    let s = |id: &dyn ToString| id.to_string();
    match e {
        Event::CompanyNamed { name } => json!({"kind": "company_named", "name": name}),
        Event::ZoneSet { zone } => json!({"kind": "zone_set", "zone": zone}),
        Event::DepartmentCreated { id, name, parent } => json!({
            "kind": "department_created", "id": s(id), "name": name,
            "parent": parent.map(|p| p.to_string()),
        }),
        Event::DepartmentMoved { id, parent } => json!({
            "kind": "department_moved", "id": s(id), "parent": parent.map(|p| p.to_string()),
        }),
        Event::DepartmentRenamed { id, name } => {
            json!({"kind": "department_renamed", "id": s(id), "name": name})
        }
        Event::PositionCreated {
            id,
            dept,
            title,
            duties,
            approved,
            plan,
            at,
        } => json!({
            "kind": "position_created", "id": s(id), "dept": s(dept), "title": title,
            "duties": duties, "approved": approved, "plan": plan.map(|p| p.to_string()),
            "at": at,
        }),
        Event::HeadcountSet {
            position,
            approved,
            plan,
            at,
        } => json!({
            "kind": "headcount_set", "position": s(position), "approved": approved,
            "plan": plan.map(|p| p.to_string()), "at": at,
        }),
        Event::DutiesChanged {
            position,
            duties,
            plan,
        } => json!({
            "kind": "duties_changed", "position": s(position), "duties": duties, "plan": s(plan),
        }),
        Event::PositionClosed { position, plan, at } => json!({
            "kind": "position_closed", "position": s(position), "plan": s(plan), "at": at,
        }),
        Event::UserRegistered {
            login,
            display_name,
            roles,
            employee,
        } => json!({
            "kind": "user_registered", "login": login, "name": display_name,
            "roles": json_of(grants(roles)), "employee": employee.map(|e| e.to_string()),
        }),
        Event::EmployeeHired {
            id,
            name,
            position,
            status,
            hired,
        } => json!({
            "kind": "employee_hired", "id": s(id), "name": name, "position": s(position),
            "status": status.key(), "hired": hired,
        }),
        Event::PlanDrafted {
            id,
            title,
            note,
            author,
            at,
        } => json!({
            "kind": "plan_drafted", "id": s(id), "title": title, "note": note,
            "author": author, "at": at,
        }),
        Event::PlanEdited { id, title, note } => {
            json!({"kind": "plan_edited", "id": s(id), "title": title, "note": note})
        }
        Event::PlanLineAdded { id, no, line } => json!({
            "kind": "plan_line_added", "id": s(id), "no": no.0, "change": json_of(change(line)),
        }),
        Event::PlanLineReplaced { id, no, line } => json!({
            "kind": "plan_line_replaced", "id": s(id), "no": no.0,
            "change": json_of(change(line)),
        }),
        Event::PlanLineRemoved { id, no } => {
            json!({"kind": "plan_line_removed", "id": s(id), "no": no.0})
        }
        Event::PlanSubmitted {
            id,
            chain,
            at,
            comment,
            baseline,
        } => json!({
            "kind": "plan_submitted", "id": s(id), "at": at, "comment": comment,
            "chain": {
                "name": chain.name,
                "steps": json_of(chain.steps.iter().enumerate().map(|(i, st)| step(i, st)).collect::<Vec<_>>()),
            },
            "baseline": baseline.iter().map(|(no, b)| json!({
                "no": no.0, "approved": b.approved, "duties": b.duties,
            })).collect::<Vec<_>>(),
        }),
        Event::PlanSigned { id, signature: sig } => json!({
            "kind": "plan_signed", "id": s(id), "signature": json_of(signature(sig)),
        }),
        Event::PaperSignoffRecorded { id, signature: sig } => json!({
            "kind": "paper_signoff_recorded", "id": s(id), "signature": json_of(signature(sig)),
        }),
        Event::PaperSignoffDiscarded { id, by } => {
            json!({"kind": "paper_signoff_discarded", "id": s(id), "by": by})
        }
        Event::DelegationGranted {
            id,
            from,
            to,
            until,
        } => json!({
            "kind": "delegation_granted", "id": s(id), "from": from, "to": to, "until": until,
        }),
        Event::DelegationRevoked { id } => json!({"kind": "delegation_revoked", "id": s(id)}),
        Event::PlanDeleted { id } => json!({"kind": "plan_deleted", "id": s(id)}),
        Event::PlanWithdrawn {
            id,
            by,
            at,
            comment,
        } => json!({
            "kind": "plan_withdrawn", "id": s(id), "by": by, "at": at, "comment": comment,
        }),
        Event::UserEdited {
            login,
            display_name,
            roles,
        } => json!({
            "kind": "user_edited", "login": login, "name": display_name,
            "roles": json_of(grants(roles)),
        }),
        Event::UserDisabled { login } => json!({"kind": "user_disabled", "login": login}),
        Event::UserEnabled { login } => json!({"kind": "user_enabled", "login": login}),
        Event::EmployeeAdded {
            id,
            number,
            name,
            position,
            status,
            hired,
            contract,
            personal,
            imported,
            by,
            at,
        } => json!({
            "kind": "employee_added", "id": s(id), "number": number, "name": name,
            "position": s(position), "status": status.key(), "hired": hired,
            "contract": json_of(contract), "personal_fields": personal, "imported": imported,
            "by": by, "at": at,
        }),
        Event::EmployeesImported { rows, by, at } => json!({
            "kind": "employees_imported", "by": by, "at": at,
            "rows": rows.iter().map(|r| json!({
                "id": s(&r.id), "number": r.number, "name": r.name,
                "position": s(&r.position), "status": r.status.key(), "hired": r.hired,
                "contract": json_of(&r.contract), "personal_fields": r.personal,
            })).collect::<Vec<_>>(),
        }),
        Event::EmployeeEdited {
            id,
            number,
            name,
            by,
            at,
        } => json!({
            "kind": "employee_edited", "id": s(id), "number": number, "name": name,
            "by": by, "at": at,
        }),
        Event::PersonalDataSet { id, fields, by, at } => json!({
            "kind": "personal_data_set", "id": s(id), "fields": fields, "by": by, "at": at,
        }),
        Event::EmployeeTransferred {
            id,
            from,
            to,
            over_headcount,
            by,
            at,
        } => json!({
            "kind": "employee_transferred", "id": s(id), "from": s(from), "to": s(to),
            "over_headcount": over_headcount, "by": by, "at": at,
        }),
        Event::PersonalDataErased { id, by, at } => json!({
            "kind": "personal_data_erased", "id": s(id), "by": by, "at": at,
        }),
        Event::RequisitionRaised { .. }
        | Event::RequisitionEdited { .. }
        | Event::RequisitionResubmitted { .. }
        | Event::RequisitionSigned { .. }
        | Event::ReqPaperRecorded { .. }
        | Event::ReqPaperDiscarded { .. }
        | Event::RequisitionAssigned { .. }
        | Event::RequisitionCancelled { .. }
        | Event::SeatsOverridden { .. }
        | Event::CandidateAdded { .. }
        | Event::CandidateApplied { .. }
        | Event::CandidateDataErased { .. }
        | Event::InterviewScheduled { .. }
        | Event::FeedbackGiven { .. }
        | Event::OfferMade { .. }
        | Event::OfferAnswered { .. }
        | Event::CandidateDropped { .. }
        | Event::CandidateHired { .. }
        | Event::ProbationStarted { .. }
        | Event::TrainingRecorded { .. }
        | Event::WorkStarted { .. }
        | Event::ProbationAssessed { .. }
        | Event::FormalContractSigned { .. }
        | Event::InterviewCancelled { .. }
        | Event::SeparationStarted { .. }
        | Event::SeparationStepDone { .. }
        | Event::SeparationStepAcknowledged { .. }
        | Event::EquipmentIssued { .. }
        | Event::EquipmentSettled { .. }
        | Event::SettlementRecorded { .. }
        | Event::SeparationClosed { .. }
        | Event::SeparationWithdrawn { .. }
        | Event::UserMailSet { .. }
        | Event::CourseAdded { .. }
        | Event::CourseEdited { .. }
        | Event::CourseClosed { .. }
        | Event::SessionPlanned { .. }
        | Event::AttendeesEnrolled { .. }
        | Event::TrainingResultSet { .. }
        | Event::CycleOpened { .. }
        | Event::CycleClosed { .. }
        | Event::EvaluationScored { .. }
        | Event::SelfAssessed { .. }
        | Event::EvaluationSubmitted { .. }
        | Event::EvaluationSigned { .. }
        | Event::EvaluationAcknowledged { .. } => tagged(e),
    }
}
