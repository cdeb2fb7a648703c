//! Commands and the decision that turns one into events or a reason why not.
//! `decide` is pure: it reads the company, never changes it.

use super::auth;
use super::error::DomainError;
use super::events::Event;
use super::ids::*;
use super::model::*;
use super::signoff::{Capacity, Decision, Signature, SignoffCase, Templates};
use super::state::Company;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

pub const MAX_NAME: usize = 60;
pub const MAX_TITLE: usize = 80;
pub const MAX_TEXT: usize = 2000;
pub const MAX_HEADCOUNT: u32 = 10_000;
pub const PLAN_CHAIN: &str = "headcount_plan";

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Command {
    RegisterUser {
        login: String,
        display_name: String,
        roles: Vec<RoleGrant>,
        employee: Option<EmployeeId>,
    },
    CreateDepartment {
        name: String,
        parent: Option<DeptId>,
    },
    MoveDepartment {
        id: DeptId,
        parent: Option<DeptId>,
    },
    RenameDepartment {
        id: DeptId,
        name: String,
    },
    DraftPlan {
        title: String,
        note: String,
    },
    EditPlan {
        id: PlanId,
        title: String,
        note: String,
    },
    AddPlanLine {
        id: PlanId,
        line: PlanLine,
    },
    ReplacePlanLine {
        id: PlanId,
        index: usize,
        line: PlanLine,
    },
    RemovePlanLine {
        id: PlanId,
        index: usize,
    },
    SubmitPlan {
        id: PlanId,
    },
    SignPlan {
        id: PlanId,
        decision: Decision,
    },
    /// HR records a sign-off given on paper; the signature names the signer and the paper.
    RecordPaperSignoff {
        id: PlanId,
        signer: String,
        decision: Decision,
        paper_ref: String,
    },
    GrantDelegation {
        to: String,
        until: NaiveDate,
    },
    RevokeDelegation {
        id: DelegationId,
    },
}

pub struct Ctx<'a> {
    pub now: DateTime<Utc>,
    pub templates: &'a Templates,
}

/// Authorizes and validates `cmd` for `actor`; on success returns the events to record.
pub fn decide(
    company: &Company,
    actor: &User,
    cmd: &Command,
    comment: &str,
    ctx: &Ctx,
) -> Result<Vec<Event>, DomainError> {
    auth::can(company, actor, cmd, ctx.now.date_naive())?;
    check_len("field.comment", comment, MAX_TEXT, true)?;
    match cmd {
        Command::RegisterUser {
            login,
            display_name,
            roles,
            employee,
        } => {
            let login = login.trim();
            check_len("field.login", login, 32, false)?;
            if !login
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'))
            {
                return Err(DomainError::Denied {
                    action: "action.register_user".into(),
                    need: "login: a-z 0-9 . _ -".into(),
                });
            }
            check_len("field.display_name", display_name, MAX_NAME, false)?;
            if company.users.contains_key(login) {
                return Err(DomainError::DuplicateLogin {
                    login: login.into(),
                });
            }
            for g in roles {
                for d in &g.depts {
                    dept(company, *d)?;
                }
            }
            if let Some(e) = employee
                && !company.employees.contains_key(e)
            {
                return Err(not_found("kind.employee", e));
            }
            Ok(vec![Event::UserRegistered {
                user: User {
                    login: login.into(),
                    display_name: display_name.trim().into(),
                    roles: roles.clone(),
                    employee: *employee,
                },
            }])
        }
        Command::CreateDepartment { name, parent } => {
            let name = check_len("field.dept_name", name, MAX_NAME, false)?;
            if let Some(p) = parent {
                dept(company, *p)?;
            }
            unique_dept_name(company, name, *parent, None)?;
            Ok(vec![Event::DepartmentCreated {
                dept: Department {
                    id: company.next_dept_id(),
                    name: name.into(),
                    parent: *parent,
                },
            }])
        }
        Command::MoveDepartment { id, parent } => {
            let d = dept(company, *id)?;
            if let Some(p) = parent {
                dept(company, *p)?;
                if company.is_within(*p, *id) {
                    return Err(DomainError::DepartmentCycle {
                        dept: d.name.clone(),
                        parent: company.dept_name(*p),
                    });
                }
            }
            unique_dept_name(company, &d.name, *parent, Some(*id))?;
            Ok(vec![Event::DepartmentMoved {
                id: *id,
                parent: *parent,
            }])
        }
        Command::RenameDepartment { id, name } => {
            let d = dept(company, *id)?;
            let name = check_len("field.dept_name", name, MAX_NAME, false)?;
            unique_dept_name(company, name, d.parent, Some(*id))?;
            Ok(vec![Event::DepartmentRenamed {
                id: *id,
                name: name.into(),
            }])
        }
        Command::DraftPlan { title, note } => {
            let title = check_len("field.plan_title", title, MAX_TITLE, false)?;
            let note = check_len("field.note", note, MAX_TEXT, true)?;
            Ok(vec![Event::PlanDrafted {
                plan: Plan {
                    id: company.next_plan_id(),
                    title: title.into(),
                    note: note.into(),
                    author: actor.login.clone(),
                    state: PlanState::Draft,
                    lines: Vec::new(),
                    signoff: SignoffCase::idle(PLAN_CHAIN),
                    created: ctx.now,
                    since: ctx.now,
                },
            }])
        }
        Command::EditPlan { id, title, note } => {
            editable_plan(company, *id)?;
            let title = check_len("field.plan_title", title, MAX_TITLE, false)?;
            let note = check_len("field.note", note, MAX_TEXT, true)?;
            Ok(vec![Event::PlanEdited {
                id: *id,
                title: title.into(),
                note: note.into(),
            }])
        }
        Command::AddPlanLine { id, line } => {
            let plan = editable_plan(company, *id)?;
            let line = normalize_line(line);
            check_line(company, plan, &line, None)?;
            Ok(vec![Event::PlanLineAdded { id: *id, line }])
        }
        Command::ReplacePlanLine { id, index, line } => {
            let plan = editable_plan(company, *id)?;
            line_index(plan, *index)?;
            let line = normalize_line(line);
            check_line(company, plan, &line, Some(*index))?;
            Ok(vec![Event::PlanLineReplaced {
                id: *id,
                index: *index,
                line,
            }])
        }
        Command::RemovePlanLine { id, index } => {
            let plan = editable_plan(company, *id)?;
            line_index(plan, *index)?;
            Ok(vec![Event::PlanLineRemoved {
                id: *id,
                index: *index,
            }])
        }
        Command::SubmitPlan { id } => {
            let plan = editable_plan(company, *id)?;
            if plan.lines.is_empty() {
                return Err(DomainError::PlanEmpty {
                    plan: id.to_string(),
                });
            }
            for (i, line) in plan.lines.iter().enumerate() {
                check_line(company, plan, line, Some(i))?;
            }
            Ok(vec![Event::PlanSubmitted {
                id: *id,
                chain: ctx.templates.get(PLAN_CHAIN)?.clone(),
                at: ctx.now,
            }])
        }
        Command::SignPlan { id, decision } => {
            let plan = plan(company, *id)?;
            let for_whom = match signing_capacity(company, plan, actor, ctx.now.date_naive())? {
                Capacity::Own => None,
                Capacity::For(who) => Some(who),
            };
            let signature = signature(plan, *decision, &actor.login, for_whom, comment, ctx)?;
            signed_events(company, plan, signature, ctx)
        }
        Command::RecordPaperSignoff {
            id,
            signer,
            decision,
            paper_ref,
        } => {
            let plan = plan(company, *id)?;
            let paper_ref = check_len("field.paper_ref", paper_ref, MAX_TITLE, false)?;
            let who = company
                .users
                .get(signer.trim())
                .ok_or_else(|| not_found("kind.user", signer.trim()))?;
            let for_whom = match signing_capacity(company, plan, who, ctx.now.date_naive()) {
                Ok(Capacity::Own) => None,
                Ok(Capacity::For(p)) => Some(p),
                Err(e @ DomainError::NotAwaitingSignature { .. }) => return Err(e),
                Err(e) => {
                    return Err(DomainError::PaperSignerCannotSign {
                        login: who.login.clone(),
                        reason: Box::new(e),
                    });
                }
            };
            let mut sig = signature(plan, *decision, &who.login, for_whom, comment, ctx)?;
            sig.paper_ref = Some(paper_ref.into());
            sig.recorded_by = Some(actor.login.clone());
            signed_events(company, plan, sig, ctx)
        }
        Command::GrantDelegation { to, until } => {
            let to = to.trim();
            if to == actor.login {
                return Err(DomainError::DelegationToSelf);
            }
            if !company.users.contains_key(to) {
                return Err(not_found("kind.user", to));
            }
            if *until < ctx.now.date_naive() {
                return Err(DomainError::DelegationEnded);
            }
            Ok(vec![Event::DelegationGranted {
                delegation: Delegation {
                    id: company.next_delegation_id(),
                    from: actor.login.clone(),
                    to: to.into(),
                    until: *until,
                    revoked: false,
                },
            }])
        }
        Command::RevokeDelegation { id } => {
            if !company.delegations.contains_key(id) {
                return Err(not_found("kind.delegation", id));
            }
            Ok(vec![Event::DelegationRevoked { id: *id }])
        }
    }
}

/// Whether `user` may sign `plan` now, and for whom; the error says why not.
pub fn signing_capacity(
    company: &Company,
    plan: &Plan,
    user: &User,
    today: NaiveDate,
) -> Result<Capacity, DomainError> {
    if plan.state != PlanState::Submitted {
        return Err(DomainError::NotAwaitingSignature {
            plan: plan.id.to_string(),
            state: plan.state.key().into(),
        });
    }
    let depts = company.plan_depts(plan);
    let cap = plan
        .signoff
        .capacity(company, user, &depts, today)
        .map_err(|e| match e {
            DomainError::NotYourTurn { step, role, .. } => DomainError::NotYourTurn {
                plan: plan.id.to_string(),
                step,
                role,
            },
            other => other,
        })?;
    let principal = match &cap {
        Capacity::Own => &user.login,
        Capacity::For(p) => p,
    };
    if plan.signoff.signed_this_round(&user.login) || plan.signoff.signed_this_round(principal) {
        return Err(DomainError::AlreadySigned {
            plan: plan.id.to_string(),
        });
    }
    Ok(cap)
}

fn signature(
    plan: &Plan,
    decision: Decision,
    signer: &str,
    for_whom: Option<String>,
    comment: &str,
    ctx: &Ctx,
) -> Result<Signature, DomainError> {
    if decision.needs_comment() && comment.trim().is_empty() {
        return Err(DomainError::CommentRequired);
    }
    Ok(Signature {
        round: plan.signoff.round,
        step: plan.signoff.next.unwrap_or(0),
        decision,
        signer: signer.into(),
        for_whom,
        paper_ref: None,
        recorded_by: None,
        at: ctx.now,
        comment: comment.trim().into(),
    })
}

/// The signature, and when it completes the chain with approval, the changes it applies.
fn signed_events(
    company: &Company,
    plan: &Plan,
    signature: Signature,
    ctx: &Ctx,
) -> Result<Vec<Event>, DomainError> {
    let approves = plan.signoff.outcome_of(signature.decision) == super::signoff::Outcome::Approved;
    let mut events = vec![Event::PlanSigned {
        id: plan.id,
        signature,
    }];
    if approves {
        events.extend(apply_plan(company, plan, ctx)?);
    }
    Ok(events)
}

/// Re-checks every line against the company as it is now (seats may have been
/// filled since submission) and turns the plan into position changes.
fn apply_plan(company: &Company, plan: &Plan, ctx: &Ctx) -> Result<Vec<Event>, DomainError> {
    let mut events = Vec::new();
    let mut next = company.next_position_id();
    for (i, line) in plan.lines.iter().enumerate() {
        check_line(company, plan, line, Some(i))?;
        events.push(match line {
            PlanLine::NewPosition {
                dept,
                title,
                duties,
                headcount,
            } => {
                let id = next;
                next = PositionId(next.0 + 1);
                Event::PositionCreated {
                    position: Position {
                        id,
                        dept: *dept,
                        title: title.clone(),
                        duties: duties.clone(),
                        approved: *headcount,
                        closed: false,
                        history: vec![HeadcountChange {
                            at: ctx.now,
                            approved: *headcount,
                            plan: Some(plan.id),
                        }],
                    },
                }
            }
            PlanLine::SetHeadcount {
                position,
                headcount,
            } => Event::HeadcountSet {
                position: *position,
                approved: *headcount,
                plan: Some(plan.id),
                at: ctx.now,
            },
            PlanLine::ChangeDuties { position, duties } => Event::DutiesChanged {
                position: *position,
                duties: duties.clone(),
                plan: plan.id,
            },
            PlanLine::ClosePosition { position } => Event::PositionClosed {
                position: *position,
                plan: plan.id,
                at: ctx.now,
            },
        });
    }
    Ok(events)
}

fn normalize_line(line: &PlanLine) -> PlanLine {
    match line {
        PlanLine::NewPosition {
            dept,
            title,
            duties,
            headcount,
        } => PlanLine::NewPosition {
            dept: *dept,
            title: title.trim().into(),
            duties: duties.trim().into(),
            headcount: *headcount,
        },
        PlanLine::ChangeDuties { position, duties } => PlanLine::ChangeDuties {
            position: *position,
            duties: duties.trim().into(),
        },
        other => other.clone(),
    }
}

/// Validates one line of `plan`; `own` is the line's index when it is already in the plan.
pub fn check_line(
    company: &Company,
    plan: &Plan,
    line: &PlanLine,
    own: Option<usize>,
) -> Result<(), DomainError> {
    let others = plan
        .lines
        .iter()
        .enumerate()
        .filter(|(i, _)| Some(*i) != own)
        .map(|(_, l)| l);
    match line {
        PlanLine::NewPosition {
            dept: d,
            title,
            duties,
            headcount,
        } => {
            let department = dept(company, *d)?;
            check_len("field.position_title", title, MAX_TITLE, false)?;
            // A position is set up with its duties (崗位職責) and at least one seat.
            check_len("field.duties", duties, MAX_TEXT, false)?;
            check_headcount(*headcount)?;
            if *headcount == 0 {
                return Err(DomainError::NoSeats);
            }
            let taken_now = company
                .positions
                .values()
                .any(|p| !p.closed && p.dept == *d && p.title.trim() == title.trim());
            let taken_in_plan = others.into_iter().any(|l| {
                matches!(l, PlanLine::NewPosition { dept, title: t, .. } if dept == d && t.trim() == title.trim())
            });
            if taken_now || taken_in_plan {
                return Err(DomainError::DuplicateTitle {
                    title: title.trim().into(),
                    dept: department.name.clone(),
                });
            }
            Ok(())
        }
        PlanLine::SetHeadcount {
            position,
            headcount,
        } => {
            let p = open_position(company, *position)?;
            no_other_line(others, line)?;
            check_headcount(*headcount)?;
            // Also catches a plan overtaken by another that already set this figure.
            if *headcount == p.approved {
                return Err(DomainError::NoChange {
                    position: position.to_string(),
                });
            }
            let occupied = company.ledger(*position).occupied();
            if *headcount < occupied {
                return Err(DomainError::HeadcountBelowOccupied {
                    position: position.to_string(),
                    title: p.title.clone(),
                    requested: *headcount,
                    occupied,
                    short: occupied - headcount,
                });
            }
            Ok(())
        }
        PlanLine::ChangeDuties { position, duties } => {
            let p = open_position(company, *position)?;
            no_other_line(others, line)?;
            check_len("field.duties", duties, MAX_TEXT, false)?;
            if p.duties.trim() == duties.trim() {
                return Err(DomainError::NoChange {
                    position: position.to_string(),
                });
            }
            Ok(())
        }
        PlanLine::ClosePosition { position } => {
            open_position(company, *position)?;
            no_other_line(others, line)?;
            let occupied = company.ledger(*position).occupied();
            if occupied > 0 {
                return Err(DomainError::CloseOccupied {
                    position: position.to_string(),
                    occupied,
                });
            }
            Ok(())
        }
    }
}

/// One plan may change a position's headcount and its duties, but not the
/// same thing twice, and closing it excludes any other change to it.
fn no_other_line<'a>(
    mut others: impl Iterator<Item = &'a PlanLine>,
    line: &PlanLine,
) -> Result<(), DomainError> {
    let target = |l: &PlanLine| match l {
        PlanLine::SetHeadcount { position, .. }
        | PlanLine::ChangeDuties { position, .. }
        | PlanLine::ClosePosition { position } => Some(*position),
        PlanLine::NewPosition { .. } => None,
    };
    let Some(position) = target(line) else {
        return Ok(());
    };
    let closes = |l: &PlanLine| matches!(l, PlanLine::ClosePosition { .. });
    let clash = |l: &&PlanLine| {
        target(l) == Some(position)
            && (std::mem::discriminant(*l) == std::mem::discriminant(line)
                || closes(l)
                || closes(line))
    };
    if others.any(|l| clash(&l)) {
        return Err(DomainError::DuplicateLine {
            position: position.to_string(),
        });
    }
    Ok(())
}

pub fn check_headcount(n: u32) -> Result<(), DomainError> {
    if n > MAX_HEADCOUNT {
        return Err(DomainError::BadHeadcount {
            text: n.to_string(),
            max: MAX_HEADCOUNT,
        });
    }
    Ok(())
}

/// Parses headcount as a person types it; the message says what is wrong.
pub fn parse_headcount(text: &str) -> Result<u32, DomainError> {
    let bad = || DomainError::BadHeadcount {
        text: text.trim().into(),
        max: MAX_HEADCOUNT,
    };
    if text.trim().is_empty() {
        return Err(DomainError::EmptyField {
            field: "field.headcount".into(),
        });
    }
    let n: u32 = text.trim().parse().map_err(|_| bad())?;
    check_headcount(n).map_err(|_| bad())?;
    Ok(n)
}

/// Trims and checks a text field; returns the trimmed text.
pub fn check_len<'a>(
    field: &str,
    text: &'a str,
    max: usize,
    may_be_empty: bool,
) -> Result<&'a str, DomainError> {
    let t = text.trim();
    if t.is_empty() && !may_be_empty {
        return Err(DomainError::EmptyField {
            field: field.into(),
        });
    }
    if t.chars().count() > max {
        return Err(DomainError::TooLong {
            field: field.into(),
            max,
        });
    }
    Ok(t)
}

fn unique_dept_name(
    company: &Company,
    name: &str,
    parent: Option<DeptId>,
    except: Option<DeptId>,
) -> Result<(), DomainError> {
    let clash = company
        .departments
        .values()
        .any(|d| d.parent == parent && Some(d.id) != except && d.name == name.trim());
    if clash {
        return Err(DomainError::DuplicateDepartment {
            name: name.trim().into(),
            dept: parent.map_or_else(|| company.name.clone(), |p| company.dept_name(p)),
        });
    }
    Ok(())
}

fn not_found(kind: &str, id: impl ToString) -> DomainError {
    DomainError::NotFound {
        kind: kind.into(),
        id: id.to_string(),
    }
}

pub fn dept(company: &Company, id: DeptId) -> Result<&Department, DomainError> {
    company
        .departments
        .get(&id)
        .ok_or_else(|| not_found("kind.department", id))
}

fn open_position(company: &Company, id: PositionId) -> Result<&Position, DomainError> {
    let p = company
        .positions
        .get(&id)
        .ok_or_else(|| not_found("kind.position", id))?;
    if p.closed {
        return Err(DomainError::PositionClosed {
            position: id.to_string(),
        });
    }
    Ok(p)
}

pub fn plan(company: &Company, id: PlanId) -> Result<&Plan, DomainError> {
    company
        .plans
        .get(&id)
        .ok_or_else(|| not_found("kind.plan", id))
}

fn editable_plan(company: &Company, id: PlanId) -> Result<&Plan, DomainError> {
    let p = plan(company, id)?;
    if !p.state.editable() {
        return Err(DomainError::PlanNotEditable {
            plan: id.to_string(),
            state: p.state.key().into(),
        });
    }
    Ok(p)
}

fn line_index(plan: &Plan, index: usize) -> Result<(), DomainError> {
    if index >= plan.lines.len() {
        return Err(DomainError::NoSuchLine {
            plan: plan.id.to_string(),
            line: index + 1,
        });
    }
    Ok(())
}
