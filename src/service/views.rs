//! Read models: what the queries answer, built from the published company.

use super::api::*;
use super::timeline::timeline;
use crate::domain::plans::{self, check_line, signing_capacity};
use crate::domain::signoff::Seen;
use crate::domain::time::day_in;
use crate::domain::*;
use crate::store::Recorded;
use chrono::NaiveDate;
use std::collections::HashMap;

fn hex(h: &[u8]) -> String {
    h.iter().map(|b| format!("{b:02x}")).collect()
}

/// A log entry as `me` may read it: the feedback of a round they interview
/// in stays blind until they give theirs, in the log as on the round.
pub fn audit_entry(r: Recorded, company: &Company, me: &User) -> AuditEntry {
    let withheld = match &r.event {
        Event::FeedbackGiven { interview, by, .. }
            if *by != me.login
                && company
                    .interviews
                    .get(interview)
                    .is_some_and(|i| i.blind_for(&me.login)) =>
        {
            Some(*interview)
        }
        _ => None,
    };
    let (event, comment) = match withheld {
        Some(_) => (None, String::new()),
        // The evaluated employee reads their scores once signed off, in
        // the log too (the HR head's own evaluation, say).
        None if own_scores_unread(&r.event, company, me) => (None, String::new()),
        None => (Some(older_contact(r.event, company, me)), r.env.comment),
    };
    AuditEntry {
        seq: r.seq,
        at: r.env.at,
        actor: r.env.actor,
        via: r.env.via,
        comment,
        event,
        withheld,
        hash: hex(&r.hash),
        prev: hex(&r.prev),
    }
}

/// Whether `event` scores (or signs) an evaluation of `me` not yet signed off.
fn own_scores_unread(event: &Event, company: &Company, me: &User) -> bool {
    let id = match event {
        Event::EvaluationScored { id, .. } | Event::EvaluationSigned { id, .. } => id,
        _ => return false,
    };
    company.evaluations.get(id).is_some_and(|ev| {
        me.employee == Some(ev.employee) && !crate::domain::review::sees_scores(company, me, ev)
    })
}

/// A candidate as a log from before format 6 holds them, contact included:
/// shown as the candidate's view shows it (masked for all but HR, gone once
/// erased). The export still carries what the hash covers.
fn older_contact(mut event: Event, company: &Company, me: &User) -> Event {
    if let Event::CandidateAdded {
        id, contact, notes, ..
    } = &mut event
    {
        let erased = company
            .candidate_records
            .get(id)
            .is_some_and(|r| r.erased.is_some());
        if erased {
            contact.clear();
            notes.clear();
        } else if !auth::reads_contact(me) {
            *contact = crate::domain::people::mask("phone", contact);
        }
    }
    event
}

/// Refuses a whole-log export to someone the log would show feedback they
/// may not see yet (the lines carry what the hashes cover, so nothing in
/// them can be left out).
pub fn export_allowed(company: &Company, me: &User) -> Result<(), DomainError> {
    match company
        .interviews
        .values()
        .find(|i| i.blind_for(&me.login) && !i.feedback.is_empty())
    {
        Some(i) => Err(DomainError::FeedbackFirst {
            interview: i.id.to_string(),
        }),
        None => Ok(()),
    }
}

pub fn inbox(
    company: &Company,
    me: &User,
    today: NaiveDate,
    settings: &crate::domain::recruit::Settings,
    page: PageReq,
) -> Page<InboxItem> {
    let items = inbox_items(company, me, today, settings);
    Page::of(items.len(), items.into_iter(), page)
}

/// Everything in `me`'s inbox, oldest first.
pub fn inbox_items(
    company: &Company,
    me: &User,
    today: NaiveDate,
    settings: &crate::domain::recruit::Settings,
) -> Vec<InboxItem> {
    let hr = me.has(Role::HrStaff) || me.has(Role::HrHead);
    let mut items: Vec<InboxItem> = company
        .plans
        .values()
        .filter_map(|p| {
            let item = |kind| InboxItem {
                kind,
                case: CaseRef::Plan(p.id),
                title: p.title.clone(),
                since: p.since,
            };
            match p.state {
                PlanState::Submitted => {
                    if let Some(pending) = &p.signoff.pending_paper {
                        let recorded_by = crate::domain::sign::recorder(pending);
                        let second = hr
                            && recorded_by != me.login
                            && pending.signer != me.login
                            && p.author != me.login;
                        // It waits since the paper was recorded.
                        return second.then(|| InboxItem {
                            since: pending.at,
                            ..item(InboxKind::ConfirmPaper { recorded_by })
                        });
                    }
                    let cap = signing_capacity(company, p, me, today).ok()?;
                    Some(item(InboxKind::SignPlan {
                        for_whom: cap.for_whom(),
                    }))
                }
                PlanState::Returned if p.author == me.login => Some(item(InboxKind::RevisePlan)),
                // The author hears of the decision for a while after it.
                PlanState::Approved | PlanState::Rejected if p.author == me.login => {
                    let s = p.signoff.signatures.last()?;
                    let shown_until =
                        day_in(company.tz(), s.at) + chrono::TimeDelta::days(DECISION_NOTICE_DAYS);
                    if today > shown_until {
                        return None;
                    }
                    let (by, at) = (s.signer.clone(), s.at);
                    Some(item(if p.state == PlanState::Approved {
                        InboxKind::PlanApproved { by, at }
                    } else {
                        InboxKind::PlanRejected { by, at }
                    }))
                }
                _ => None,
            }
        })
        .collect();
    items.extend(super::recruit::inbox(company, me, today, settings));
    items.extend(super::offboard::inbox(company, me, today));
    items.extend(super::review::inbox(company, me, today));
    // Oldest first: what has waited longest is at the top.
    items.sort_by_key(|i| (i.since, i.case));
    items
}

/// The open positions of `dept` itself.
fn own_figures(company: &Company, dept: DeptId) -> Figures {
    let mut f = Figures::default();
    for p in company.positions_of(dept).filter(|p| !p.closed) {
        let l = company.ledger(p.id);
        // Seats one could still fill: a position beyond its headcount
        // (a general manager's override) has none, and does not take
        // another position's free seat away from the total.
        f.add(&Figures {
            positions: 1,
            approved: l.approved,
            filled: l.filled,
            reserved: l.reserved,
            free: l.free().max(0),
        });
    }
    f
}

/// Each department's own figures, and those of its whole branch.
pub type DeptFigures = HashMap<DeptId, Figures>;

pub fn figures(company: &Company, tree: &[(usize, &Department)]) -> (DeptFigures, DeptFigures) {
    let own: HashMap<DeptId, Figures> = tree
        .iter()
        .map(|(_, d)| (d.id, own_figures(company, d.id)))
        .collect();
    // Tree order puts every department before those below it: walked
    // backwards, a branch is summed before the department it hangs from.
    let mut branch = own.clone();
    for (_, d) in tree.iter().rev() {
        if let (Some(parent), Some(f)) = (d.parent, branch.get(&d.id).copied())
            && let Some(up) = branch.get_mut(&parent)
        {
            up.add(&f);
        }
    }
    (own, branch)
}

/// The department tree with each department's own figures and those of its
/// whole branch, and the company's.
pub fn departments(company: &Company, page: PageReq) -> DeptPage {
    let tree = company.dept_tree();
    let (own, branch) = figures(company, &tree);
    let mut company_total = Figures::default();
    for f in own.values() {
        company_total.add(f);
    }
    let total = tree.len();
    let rows = tree.into_iter().map(|(depth, d)| {
        let mine = own.get(&d.id).copied().unwrap_or_default();
        DeptRow {
            id: d.id,
            name: d.name.clone(),
            parent: d.parent,
            depth: depth as u32,
            positions: mine.positions,
            approved: mine.approved,
            filled: mine.filled,
            own: mine,
            total: branch.get(&d.id).copied().unwrap_or_default(),
        }
    });
    let p = Page::of(total, rows, page);
    DeptPage {
        items: p.items,
        total: p.total,
        next: p.next,
        company: company_total,
    }
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
        overridden: l.overridden,
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

/// What two open plans may both change: a position, or a new position's
/// title in a department.
#[derive(Clone, PartialEq, Eq, Hash)]
enum Touch {
    Position(PositionId),
    New(DeptId, String),
}

fn touches(p: &Plan) -> impl Iterator<Item = Touch> + '_ {
    p.lines().map(|l| match l {
        PlanLine::NewPosition { dept, title, .. } => Touch::New(*dept, title.trim().to_lowercase()),
        other => Touch::Position(other.position().unwrap_or(PositionId(0))),
    })
}

/// Which open plans touch what, built once for a list.
pub struct OpenPlans(HashMap<Touch, Vec<PlanId>>);

impl OpenPlans {
    pub fn of(company: &Company) -> OpenPlans {
        let mut map: HashMap<Touch, Vec<PlanId>> = HashMap::new();
        for p in company.plans.values().filter(|p| p.state.open()) {
            for t in touches(p) {
                let ids = map.entry(t).or_default();
                if ids.last() != Some(&p.id) {
                    ids.push(p.id);
                }
            }
        }
        OpenPlans(map)
    }

    /// Other open plans touching what `p` touches, while `p` is open.
    fn conflicts(&self, p: &Plan) -> Vec<PlanId> {
        if !p.state.open() {
            return Vec::new();
        }
        let mut out: Vec<PlanId> = touches(p)
            .filter_map(|t| self.0.get(&t))
            .flatten()
            .copied()
            .filter(|id| *id != p.id)
            .collect();
        out.sort();
        out.dedup();
        out
    }
}

fn overtaken_by(company: &Company, p: &Plan) -> Vec<PlanId> {
    let mut by: Vec<PlanId> = plans::overtaken(company, p)
        .into_iter()
        .filter_map(|o| o.by)
        .collect();
    by.sort();
    by.dedup();
    by
}

pub fn plan_row(company: &Company, open: &OpenPlans, p: &Plan) -> PlanRow {
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
        conflicts: open.conflicts(p),
        overtaken_by: overtaken_by(company, p),
    }
}

/// Delegations given or received by `me` (`all`: every one), by id.
pub fn delegations(
    company: &Company,
    me: &User,
    all: bool,
    today: NaiveDate,
    page: PageReq,
) -> Page<DelegationRow> {
    let name = |login: &str| {
        company
            .users
            .get(login)
            .map_or_else(String::new, |u| u.display_name.clone())
    };
    let rows: Vec<DelegationRow> = company
        .delegations
        .values()
        .filter_map(|d| {
            let side = if d.from == me.login {
                DelegationSide::Given
            } else if d.to == me.login {
                DelegationSide::Received
            } else if all {
                DelegationSide::Others
            } else {
                return None;
            };
            let state = if d.revoked {
                DelegationState::Revoked
            } else if d.valid_on(today) {
                DelegationState::Active
            } else {
                DelegationState::Ended
            };
            Some(DelegationRow {
                id: d.id,
                from: d.from.clone(),
                from_name: name(&d.from),
                to: d.to.clone(),
                to_name: name(&d.to),
                until: d.until,
                state,
                side,
            })
        })
        .collect();
    Page::of(rows.len(), rows.into_iter(), page)
}

pub fn plan(
    company: &Company,
    me: &User,
    id: PlanId,
    today: NaiveDate,
) -> Result<PlanView, DomainError> {
    let p = plans::plan(company, id)?;
    let overtaken = plans::overtaken(company, p);
    let lines = p
        .items
        .iter()
        .map(|item| {
            let pos = item.line.position().and_then(|x| company.positions.get(&x));
            let dept = item.line.dept(|x| company.position_dept(x));
            // Signers judge a change against what stood when it was
            // submitted; a draft or a returned plan, which its author is
            // still shaping, against today.
            let baseline = item.baseline.as_ref().filter(|_| !p.state.editable());
            let (current, current_duties) = match (baseline, pos) {
                (Some(b), _) => (Some(b.approved), Some(b.duties.clone())),
                (None, Some(x)) => (Some(x.approved), Some(x.duties.clone())),
                (None, None) => (None, None),
            };
            let overtaking = overtaken.iter().find(|o| o.no == item.no);
            let problem = match overtaking {
                Some(o) => Some(DomainError::Overtaken {
                    plan: p.id.to_string(),
                    position: o.position.to_string(),
                    by: o.by.map_or_else(|| "?".to_string(), |b| b.to_string()),
                }),
                None if p.state.open() => check_line(company, p, &item.line, Some(item.no)).err(),
                None => None,
            };
            LineView {
                no: item.no,
                line: item.line.clone(),
                dept_name: dept.map(|d| company.dept_name(d)).unwrap_or_default(),
                position_title: pos.map(|x| x.title.clone()),
                current,
                occupied: pos.map(|x| company.ledger(x.id).occupied()),
                current_duties,
                at_submission: baseline.is_some(),
                now_approved: pos.map(|x| x.approved),
                now_duties: pos.map(|x| x.duties.clone()),
                overtaken: overtaking.is_some(),
                overtaken_by: overtaking.and_then(|o| o.by),
                also_in: pos.map_or_else(Vec::new, |x| other_open_plans(company, p.id, x.id)),
                problem,
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
    let mine = p.author == me.login;
    let may = |cmd: Command| auth::can(company, me, &cmd, today).is_ok();
    let can_withdraw = mine && p.state.withdrawable() && may(Command::WithdrawPlan { id });
    let can_delete = mine && p.state == PlanState::Draft && may(Command::DeletePlan { id });
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
        timeline: timeline(
            &p.author,
            &p.submissions,
            &p.signoff.signatures,
            p.withdrawal.as_ref(),
        ),
        overtaken_by: overtaken_by(company, p),
        conflicts: OpenPlans::of(company).conflicts(p),
        can_withdraw,
        can_delete,
        withdrawal: p.withdrawal.clone(),
    })
}

use crate::domain::{auth, commands};
