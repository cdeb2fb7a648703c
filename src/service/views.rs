//! Read models: what the queries answer, built from the published company.

use super::api::*;
use crate::domain::plans::{self, check_line, signing_capacity};
use crate::domain::signoff::Seen;
use crate::domain::*;
use crate::store::Recorded;
use chrono::NaiveDate;

fn hex(h: &[u8]) -> String {
    h.iter().map(|b| format!("{b:02x}")).collect()
}

pub fn audit_entry(r: Recorded) -> AuditEntry {
    AuditEntry {
        seq: r.seq,
        at: r.env.at,
        actor: r.env.actor,
        via: r.env.via,
        comment: r.env.comment,
        event: r.event,
        hash: hex(&r.hash),
        prev: hex(&r.prev),
    }
}

pub fn inbox(company: &Company, me: &User, today: NaiveDate, page: PageReq) -> Page<InboxItem> {
    let hr = me.has(Role::HrStaff) || me.has(Role::HrHead);
    let mut items: Vec<InboxItem> = company
        .plans
        .values()
        .filter_map(|p| {
            let item = |kind| InboxItem {
                kind,
                plan: p.id,
                title: p.title.clone(),
                since: p.since,
            };
            match p.state {
                PlanState::Submitted => {
                    if let Some(pending) = &p.signoff.pending_paper {
                        let recorded_by = pending
                            .paper
                            .as_ref()
                            .map(|x| x.recorded_by.clone())
                            .unwrap_or_default();
                        let second = hr
                            && recorded_by != me.login
                            && pending.signer != me.login
                            && p.author != me.login;
                        return second.then(|| item(InboxKind::ConfirmPaper { recorded_by }));
                    }
                    let cap = signing_capacity(company, p, me, today).ok()?;
                    Some(item(InboxKind::SignPlan {
                        for_whom: cap.for_whom(),
                    }))
                }
                PlanState::Returned if p.author == me.login => Some(item(InboxKind::RevisePlan)),
                _ => None,
            }
        })
        .collect();
    // Oldest first: what has waited longest is at the top.
    items.sort_by_key(|i| (i.since, i.plan));
    let total = items.len();
    Page::of(total, items.into_iter(), page)
}

pub fn departments(company: &Company, page: PageReq) -> Page<DeptRow> {
    let tree = company.dept_tree();
    let total = tree.len();
    let rows = tree.into_iter().map(|(depth, d)| {
        let (mut positions, mut approved, mut filled) = (0, 0, 0);
        for p in company.positions_of(d.id).filter(|p| !p.closed) {
            positions += 1;
            approved += p.approved;
            filled += company.ledger(p.id).filled;
        }
        DeptRow {
            id: d.id,
            name: d.name.clone(),
            parent: d.parent,
            depth: depth as u32,
            positions,
            approved,
            filled,
        }
    });
    Page::of(total, rows, page)
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

/// Positions of `dept` and the departments below it (all, without one), by id.
pub fn positions(company: &Company, dept: Option<DeptId>, page: PageReq) -> Page<PositionRow> {
    match dept {
        None => Page::of(
            company.positions.len(),
            company.positions.values().map(|p| position_row(company, p)),
            page,
        ),
        Some(root) => {
            let mut within: Vec<&Position> = company
                .dept_tree()
                .into_iter()
                .filter(|(_, d)| company.is_within(d.id, root))
                .flat_map(|(_, d)| company.positions_of(d.id))
                .collect();
            within.sort_by_key(|p| p.id);
            let total = within.len();
            Page::of(
                total,
                within.into_iter().map(|p| position_row(company, p)),
                page,
            )
        }
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
        .ok_or_else(|| commands::not_found("kind.position", id))?;
    let staff = staff_ok.then(|| {
        company
            .holders(id)
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
        .filter(|o| o.id != this && o.state.open())
        .filter(|o| o.lines().any(|l| l.position() == Some(position)))
        .map(|o| o.id)
        .collect()
}

pub fn plan_row(p: &Plan) -> PlanRow {
    PlanRow {
        id: p.id,
        title: p.title.clone(),
        author: p.author.clone(),
        state: p.state,
        lines: p.items.len() as u32,
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
    let p = plans::plan(company, id)?;
    let lines = p
        .items
        .iter()
        .map(|item| {
            let pos = item.line.position().and_then(|x| company.positions.get(&x));
            let dept = item.line.dept(|x| company.position_dept(x));
            // Signers judge a change against what stood when it was submitted.
            let (current, current_duties) = match (&item.baseline, pos) {
                (Some(b), _) => (Some(b.approved), Some(b.duties.clone())),
                (None, Some(x)) => (Some(x.approved), Some(x.duties.clone())),
                (None, None) => (None, None),
            };
            LineView {
                no: item.no,
                line: item.line.clone(),
                dept_name: dept.map(|d| company.dept_name(d)).unwrap_or_default(),
                position_title: pos.map(|x| x.title.clone()),
                current,
                occupied: pos.map(|x| company.ledger(x.id).occupied()),
                current_duties,
                also_in: pos.map_or_else(Vec::new, |x| other_open_plans(company, p.id, x.id)),
                problem: if p.state.open() {
                    check_line(company, p, &item.line, Some(item.no)).err()
                } else {
                    None
                },
            }
        })
        .collect();
    let sign = signing_capacity(company, p, me, today);
    let edit_refusal = if p.author != me.login {
        Some(DomainError::NotAuthor {
            case: id.to_string(),
            author: p.author.clone(),
        })
    } else if !p.state.editable() {
        Some(DomainError::PlanNotEditable {
            plan: id.to_string(),
            state: p.state.key().into(),
        })
    } else {
        None
    };
    let pending_paper = p.signoff.pending_paper.as_ref().and_then(|s| {
        Some(PendingPaper {
            signer: s.signer.clone(),
            decision: s.decision,
            paper: s.paper.clone()?,
            comment: s.comment.clone(),
        })
    });
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
        seen: Seen {
            round: p.signoff.round,
            digest: plans::digest(p).hex(),
        },
        submissions: p.submissions.clone(),
        signatures: p.signoff.signatures.clone(),
        pending_paper,
        can_edit: edit_refusal.is_none(),
        can_sign: sign.as_ref().ok().map(|c| c.for_whom()),
        sign_refusal: sign.err(),
        edit_refusal,
    })
}

use crate::domain::commands;
