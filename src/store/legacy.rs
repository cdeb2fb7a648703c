//! Events written by format 1 (stop 4's renshi), frozen as they were encoded
//! then, and their reading as today's events. Their bodies stay in the log
//! byte for byte, so the hash chain written then still verifies.
//!
//! Format 1 addressed plan lines by their position in a list; today's lines
//! have numbers of their own. Replaying, the company as it stood before the
//! event says which numbered line the position meant; for display alone, the
//! position + 1 is what people were shown at the time.

use super::codec::{Body, Envelope, Hash};
use crate::domain::digest::Digest;
use crate::domain::signoff::{ChainTemplate, Decision, Paper, Signature, StepTemplate};
use crate::domain::*;
use chrono::{DateTime, NaiveDate, Utc};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct SealedV1 {
    pub body: Vec<u8>,
    pub hash: Hash,
}

#[derive(Deserialize)]
struct RecordedV1 {
    seq: u64,
    at: DateTime<Utc>,
    actor: String,
    via: Option<String>,
    comment: String,
    event: EventV1,
    prev: Hash,
}

#[derive(Deserialize)]
enum RoleV1 {
    Admin,
    HrStaff,
    HrHead,
    DeptHead,
    DivisionHead,
    GeneralManager,
    Board,
    AdminDept,
    Finance,
    Employee,
}

impl From<RoleV1> for Role {
    fn from(r: RoleV1) -> Role {
        match r {
            RoleV1::Admin => Role::Admin,
            RoleV1::HrStaff => Role::HrStaff,
            RoleV1::HrHead => Role::HrHead,
            RoleV1::DeptHead => Role::DeptHead,
            RoleV1::DivisionHead => Role::DivisionHead,
            RoleV1::GeneralManager => Role::GeneralManager,
            RoleV1::Board => Role::Board,
            RoleV1::AdminDept => Role::AdminDept,
            RoleV1::Finance => Role::Finance,
            RoleV1::Employee => Role::Employee,
        }
    }
}

#[derive(Deserialize)]
struct GrantV1 {
    role: RoleV1,
    depts: Vec<u32>,
}

#[derive(Deserialize)]
struct UserV1 {
    login: String,
    display_name: String,
    roles: Vec<GrantV1>,
    employee: Option<u32>,
}

#[derive(Deserialize)]
struct DeptV1 {
    id: u32,
    name: String,
    parent: Option<u32>,
}

#[derive(Deserialize)]
struct HistoryV1 {
    at: DateTime<Utc>,
    #[allow(dead_code)] // equal to the position's own figure at creation
    approved: u32,
    plan: Option<u32>,
}

#[derive(Deserialize)]
struct PositionV1 {
    id: u32,
    dept: u32,
    title: String,
    duties: String,
    approved: u32,
    #[allow(dead_code)] // always false at creation
    closed: bool,
    history: Vec<HistoryV1>,
}

#[derive(Deserialize)]
enum StatusV1 {
    Probation,
    Active,
    Separated,
}

#[derive(Deserialize)]
struct EmployeeV1 {
    id: u32,
    name: String,
    position: u32,
    status: StatusV1,
    hired: NaiveDate,
}

#[derive(Deserialize)]
enum LineV1 {
    NewPosition {
        dept: u32,
        title: String,
        duties: String,
        headcount: u32,
    },
    SetHeadcount {
        position: u32,
        headcount: u32,
    },
    ChangeDuties {
        position: u32,
        duties: String,
    },
    ClosePosition {
        position: u32,
    },
}

impl From<LineV1> for PlanLine {
    fn from(l: LineV1) -> PlanLine {
        match l {
            LineV1::NewPosition {
                dept,
                title,
                duties,
                headcount,
            } => PlanLine::NewPosition {
                dept: DeptId(dept),
                title,
                duties,
                headcount,
            },
            LineV1::SetHeadcount {
                position,
                headcount,
            } => PlanLine::SetHeadcount {
                position: PositionId(position),
                headcount,
            },
            LineV1::ChangeDuties { position, duties } => PlanLine::ChangeDuties {
                position: PositionId(position),
                duties,
            },
            LineV1::ClosePosition { position } => PlanLine::ClosePosition {
                position: PositionId(position),
            },
        }
    }
}

#[derive(Deserialize)]
enum DecisionV1 {
    Approve,
    Reject,
    Return,
}

#[derive(Deserialize)]
struct StepV1 {
    key: String,
    role: RoleV1,
    scoped: bool,
}

#[derive(Deserialize)]
struct ChainV1 {
    name: String,
    steps: Vec<StepV1>,
}

#[derive(Deserialize)]
struct SignatureV1 {
    round: u32,
    step: u64,
    decision: DecisionV1,
    signer: String,
    for_whom: Option<String>,
    paper_ref: Option<String>,
    recorded_by: Option<String>,
    at: DateTime<Utc>,
    comment: String,
}

#[derive(Deserialize)]
#[allow(dead_code)] // a new plan's state and sign-off are always the same: draft, idle
struct PlanV1 {
    id: u32,
    title: String,
    note: String,
    author: String,
    state: u32,
    lines: Vec<LineV1>,
    signoff: (String, Vec<StepV1>, u32, Option<u64>, Vec<SignatureV1>),
    created: DateTime<Utc>,
    since: DateTime<Utc>,
}

#[derive(Deserialize)]
struct DelegationV1 {
    id: u32,
    from: String,
    to: String,
    until: NaiveDate,
    #[allow(dead_code)] // always false when granted
    revoked: bool,
}

#[derive(Deserialize)]
enum EventV1 {
    CompanyNamed {
        name: String,
    },
    DepartmentCreated {
        dept: DeptV1,
    },
    DepartmentMoved {
        id: u32,
        parent: Option<u32>,
    },
    DepartmentRenamed {
        id: u32,
        name: String,
    },
    PositionCreated {
        position: PositionV1,
    },
    HeadcountSet {
        position: u32,
        approved: u32,
        plan: Option<u32>,
        at: DateTime<Utc>,
    },
    DutiesChanged {
        position: u32,
        duties: String,
        plan: u32,
    },
    PositionClosed {
        position: u32,
        plan: u32,
        at: DateTime<Utc>,
    },
    UserRegistered {
        user: UserV1,
    },
    EmployeeHired {
        employee: EmployeeV1,
    },
    PlanDrafted {
        plan: PlanV1,
    },
    PlanEdited {
        id: u32,
        title: String,
        note: String,
    },
    PlanLineAdded {
        id: u32,
        line: LineV1,
    },
    PlanLineReplaced {
        id: u32,
        index: u64,
        line: LineV1,
    },
    PlanLineRemoved {
        id: u32,
        index: u64,
    },
    PlanSubmitted {
        id: u32,
        chain: ChainV1,
        at: DateTime<Utc>,
    },
    PlanSigned {
        id: u32,
        signature: SignatureV1,
    },
    DelegationGranted {
        delegation: DelegationV1,
    },
    DelegationRevoked {
        id: u32,
    },
}

/// Reads a format-1 body (after its codec byte). `before` is the company as
/// it stood before this event, when replaying; `None` when only displaying.
pub fn decode_body(bytes: &[u8], before: Option<&Company>) -> Result<Body, String> {
    let r: RecordedV1 = super::codec::decode(bytes)?;
    let event = convert(r.event, &r.comment, before);
    Ok(Body {
        seq: r.seq,
        prev: r.prev,
        env: Envelope {
            at: r.at,
            actor: r.actor,
            via: r.via,
            comment: r.comment,
            request: None,
        },
        event,
    })
}

/// The fixed fields of a format-1 body, for walking the chain.
pub fn header(bytes: &[u8]) -> Result<(u64, Hash, DateTime<Utc>), String> {
    let r: RecordedV1 = super::codec::decode(bytes)?;
    Ok((r.seq, r.prev, r.at))
}

/// The number of the line that sat at `index` in a plan's list.
fn line_no(before: Option<&Company>, plan: u32, index: u64) -> LineNo {
    before
        .and_then(|c| c.plans.get(&PlanId(plan)))
        .and_then(|p| p.items.get(index as usize))
        .map_or(LineNo(index as u32 + 1), |i| i.no)
}

fn convert(e: EventV1, comment: &str, before: Option<&Company>) -> Event {
    match e {
        EventV1::CompanyNamed { name } => Event::CompanyNamed { name },
        EventV1::DepartmentCreated { dept } => Event::DepartmentCreated {
            id: DeptId(dept.id),
            name: dept.name,
            parent: dept.parent.map(DeptId),
        },
        EventV1::DepartmentMoved { id, parent } => Event::DepartmentMoved {
            id: DeptId(id),
            parent: parent.map(DeptId),
        },
        EventV1::DepartmentRenamed { id, name } => Event::DepartmentRenamed {
            id: DeptId(id),
            name,
        },
        EventV1::PositionCreated { position: p } => {
            let first = p.history.first();
            Event::PositionCreated {
                id: PositionId(p.id),
                dept: DeptId(p.dept),
                title: p.title,
                duties: p.duties,
                approved: p.approved,
                plan: first.and_then(|h| h.plan).map(PlanId),
                at: first.map_or(DateTime::<Utc>::UNIX_EPOCH, |h| h.at),
            }
        }
        EventV1::HeadcountSet {
            position,
            approved,
            plan,
            at,
        } => Event::HeadcountSet {
            position: PositionId(position),
            approved,
            plan: plan.map(PlanId),
            at,
        },
        EventV1::DutiesChanged {
            position,
            duties,
            plan,
        } => Event::DutiesChanged {
            position: PositionId(position),
            duties,
            plan: PlanId(plan),
        },
        EventV1::PositionClosed { position, plan, at } => Event::PositionClosed {
            position: PositionId(position),
            plan: PlanId(plan),
            at,
        },
        EventV1::UserRegistered { user } => Event::UserRegistered {
            login: user.login,
            display_name: user.display_name,
            roles: user
                .roles
                .into_iter()
                .map(|g| RoleGrant {
                    role: g.role.into(),
                    depts: g.depts.into_iter().map(DeptId).collect(),
                })
                .collect(),
            employee: user.employee.map(EmployeeId),
        },
        EventV1::EmployeeHired { employee: e } => Event::EmployeeHired {
            id: EmployeeId(e.id),
            name: e.name,
            position: PositionId(e.position),
            status: match e.status {
                StatusV1::Probation => EmployeeStatus::Probation,
                StatusV1::Active => EmployeeStatus::Active,
                StatusV1::Separated => EmployeeStatus::Separated,
            },
            hired: e.hired,
        },
        EventV1::PlanDrafted { plan } => Event::PlanDrafted {
            id: PlanId(plan.id),
            title: plan.title,
            note: plan.note,
            author: plan.author,
            at: plan.created,
        },
        EventV1::PlanEdited { id, title, note } => Event::PlanEdited {
            id: PlanId(id),
            title,
            note,
        },
        EventV1::PlanLineAdded { id, line } => Event::PlanLineAdded {
            id: PlanId(id),
            no: before
                .and_then(|c| c.plans.get(&PlanId(id)))
                .map_or(LineNo(0), |p| LineNo(p.next_line)),
            line: line.into(),
        },
        EventV1::PlanLineReplaced { id, index, line } => Event::PlanLineReplaced {
            id: PlanId(id),
            no: line_no(before, id, index),
            line: line.into(),
        },
        EventV1::PlanLineRemoved { id, index } => Event::PlanLineRemoved {
            id: PlanId(id),
            no: line_no(before, id, index),
        },
        EventV1::PlanSubmitted { id, chain, at } => Event::PlanSubmitted {
            id: PlanId(id),
            chain: ChainTemplate {
                name: chain.name,
                steps: chain
                    .steps
                    .into_iter()
                    .map(|s| StepTemplate {
                        key: s.key,
                        role: s.role.into(),
                        scoped: s.scoped,
                    })
                    .collect(),
            },
            at,
            comment: comment.to_string(),
            baseline: before.map_or_else(Vec::new, |c| baseline(c, PlanId(id))),
        },
        EventV1::PlanSigned { id, signature: s } => Event::PlanSigned {
            id: PlanId(id),
            signature: Signature {
                round: s.round,
                step: s.step as usize,
                decision: match s.decision {
                    DecisionV1::Approve => Decision::Approve,
                    DecisionV1::Reject => Decision::Reject,
                    DecisionV1::Return => Decision::Return,
                },
                signer: s.signer,
                for_whom: s.for_whom,
                paper: s.paper_ref.map(|reference| Paper {
                    reference,
                    recorded_by: s.recorded_by.unwrap_or_default(),
                    confirmed_by: None,
                }),
                at: s.at,
                comment: s.comment,
                // Format 1 did not bind signatures to what was shown.
                seen: Digest([0; 32]),
            },
        },
        EventV1::DelegationGranted { delegation: d } => Event::DelegationGranted {
            id: DelegationId(d.id),
            from: d.from,
            to: d.to,
            until: d.until,
        },
        EventV1::DelegationRevoked { id } => Event::DelegationRevoked {
            id: DelegationId(id),
        },
    }
}

/// What stood for each line's position when the plan was submitted, as
/// today's submissions record it.
fn baseline(c: &Company, id: PlanId) -> Vec<(LineNo, Baseline)> {
    let Some(plan) = c.plans.get(&id) else {
        return Vec::new();
    };
    plan.items
        .iter()
        .filter_map(|i| {
            let p = c.positions.get(&i.line.position()?)?;
            Some((
                i.no,
                Baseline {
                    approved: p.approved,
                    duties: p.duties.clone(),
                },
            ))
        })
        .collect()
}
