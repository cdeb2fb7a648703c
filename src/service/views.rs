//! Read models: what the queries answer, built from the in-memory company.

use super::api::*;
use crate::domain::commands::check_line;
use crate::domain::signoff::Capacity;
use crate::domain::*;
use chrono::NaiveDate;

pub fn inbox(company: &Company, me: &User, today: NaiveDate) -> Vec<InboxItem> {
    let mut items: Vec<InboxItem> = company
        .plans
        .values()
        .filter_map(|p| match p.state {
            PlanState::Submitted => {
                let depts = company.plan_depts(p);
                let cap = p.signoff.capacity(company, me, &depts, today).ok()?;
                let for_whom = match cap {
                    Capacity::Own => None,
                    Capacity::For(x) => Some(x),
                };
                let principal = for_whom.as_deref().unwrap_or(&me.login);
                if p.signoff.signed_this_round(principal) {
                    return None;
                }
                Some(InboxItem {
                    kind: InboxKind::SignPlan { for_whom },
                    plan: p.id,
                    title: p.title.clone(),
                    since: p.since,
                })
            }
            PlanState::Returned if p.author == me.login => Some(InboxItem {
                kind: InboxKind::RevisePlan,
                plan: p.id,
                title: p.title.clone(),
                since: p.since,
            }),
            _ => None,
        })
        .collect();
    // Oldest first: what has waited longest is at the top.
    items.sort_by_key(|i| (i.since, i.plan));
    items
}

pub fn departments(company: &Company) -> Vec<DeptRow> {
    company
        .dept_tree()
        .into_iter()
        .map(|(depth, d)| {
            let open = company
                .positions
                .values()
                .filter(|p| p.dept == d.id && !p.closed);
            let (mut positions, mut approved, mut filled) = (0, 0, 0);
            for p in open {
                positions += 1;
                approved += p.approved;
                filled += company.ledger(p.id).filled;
            }
            DeptRow {
                id: d.id,
                name: d.name.clone(),
                parent: d.parent,
                depth,
                positions,
                approved,
                filled,
            }
        })
        .collect()
}

pub fn position_row(company: &Company, p: &Position) -> PositionRow {
    let l = company.ledger(p.id);
    PositionRow {
        id: p.id,
        dept: p.dept,
        dept_name: company.dept_name(p.dept),
        title: p.title.clone(),
        duties: p.duties.clone(),
        approved: l.approved,
        filled: l.filled,
        reserved: l.reserved,
        free: l.free(),
        closed: p.closed,
    }
}

pub fn positions(
    company: &Company,
    dept: Option<DeptId>,
    offset: usize,
    limit: usize,
) -> Page<PositionRow> {
    let matching: Vec<&Position> = company
        .positions
        .values()
        .filter(|p| dept.is_none_or(|d| company.is_within(p.dept, d)))
        .collect();
    let limit = if limit == 0 { usize::MAX } else { limit };
    Page {
        total: matching.len(),
        offset,
        items: matching
            .into_iter()
            .skip(offset)
            .take(limit)
            .map(|p| position_row(company, p))
            .collect(),
    }
}

pub fn position(
    company: &Company,
    id: PositionId,
    staff_ok: bool,
) -> Result<PositionDetail, DomainError> {
    let p = company
        .positions
        .get(&id)
        .ok_or_else(|| DomainError::NotFound {
            kind: "kind.position".into(),
            id: id.to_string(),
        })?;
    let staff = staff_ok.then(|| {
        company
            .employees
            .values()
            .filter(|e| e.position == id && e.status.holds_seat())
            .map(|e| StaffRow {
                id: e.id,
                name: e.name.clone(),
                status: e.status,
                hired: e.hired,
            })
            .collect()
    });
    Ok(PositionDetail {
        row: position_row(company, p),
        history: p.history.clone(),
        staff,
    })
}

/// Plans other than `this` that are still open and change `position`.
fn other_open_plans(company: &Company, this: PlanId, position: PositionId) -> Vec<PlanId> {
    company
        .plans
        .values()
        .filter(|o| {
            o.id != this
                && matches!(
                    o.state,
                    PlanState::Draft | PlanState::Submitted | PlanState::Returned
                )
        })
        .filter(|o| {
            o.lines.iter().any(|l| match l {
                PlanLine::SetHeadcount { position: q, .. }
                | PlanLine::ChangeDuties { position: q, .. }
                | PlanLine::ClosePosition { position: q } => *q == position,
                PlanLine::NewPosition { .. } => false,
            })
        })
        .map(|o| o.id)
        .collect()
}

/// The approved headcount a line changes from: today's figure while the plan
/// is open, the figure just before the plan's own change once it was applied.
fn headcount_before(pos: &Position, plan: &Plan) -> u32 {
    let applied = pos.history.iter().position(|h| h.plan == Some(plan.id));
    match applied {
        Some(i) if i > 0 => pos.history[i - 1].approved,
        _ => pos.approved,
    }
}

pub fn plan_row(p: &Plan) -> PlanRow {
    PlanRow {
        id: p.id,
        title: p.title.clone(),
        author: p.author.clone(),
        state: p.state,
        lines: p.lines.len(),
        since: p.since,
        waiting_for: (p.state == PlanState::Submitted)
            .then(|| p.signoff.current().map(|(_, s)| s.role))
            .flatten(),
    }
}

pub fn plan(
    company: &Company,
    me: &User,
    id: PlanId,
    today: NaiveDate,
) -> Result<PlanView, DomainError> {
    let p = commands::plan(company, id)?;
    let lines = p
        .lines
        .iter()
        .enumerate()
        .map(|(i, line)| {
            let pos = match line {
                PlanLine::NewPosition { .. } => None,
                PlanLine::SetHeadcount { position, .. }
                | PlanLine::ChangeDuties { position, .. }
                | PlanLine::ClosePosition { position } => company.positions.get(position),
            };
            let dept = line.dept(|x| company.position_dept(x));
            let open = matches!(
                p.state,
                PlanState::Draft | PlanState::Returned | PlanState::Submitted
            );
            LineView {
                line: line.clone(),
                dept_name: dept.map(|d| company.dept_name(d)).unwrap_or_default(),
                position_title: pos.map(|x| x.title.clone()),
                current: pos.map(|x| headcount_before(x, p)),
                occupied: pos.map(|x| company.ledger(x.id).occupied()),
                current_duties: pos.map(|x| x.duties.clone()),
                also_in: pos.map_or_else(Vec::new, |x| other_open_plans(company, p.id, x.id)),
                problem: if open {
                    check_line(company, p, line, Some(i)).err()
                } else {
                    None
                },
            }
        })
        .collect();
    let sign = commands::signing_capacity(company, p, me, today);
    let can_sign = sign.as_ref().ok().map(|c| match c {
        Capacity::Own => None,
        Capacity::For(x) => Some(x.clone()),
    });
    let edit = Command::EditPlan {
        id,
        title: String::new(),
        note: String::new(),
    };
    let edit_refusal = match crate::domain::auth::can(company, me, &edit, today) {
        Err(e) => Some(e),
        Ok(()) if !p.state.editable() => Some(DomainError::PlanNotEditable {
            plan: id.to_string(),
            state: p.state.key().into(),
        }),
        Ok(()) => None,
    };
    Ok(PlanView {
        id: p.id,
        title: p.title.clone(),
        note: p.note.clone(),
        author: p.author.clone(),
        state: p.state,
        created: p.created,
        since: p.since,
        lines,
        steps: p.signoff.steps.clone(),
        next_step: p.signoff.next,
        round: p.signoff.round,
        signatures: p.signoff.signatures.clone(),
        can_edit: edit_refusal.is_none(),
        can_sign,
        sign_refusal: sign.err(),
        edit_refusal,
    })
}

use crate::domain::commands;
