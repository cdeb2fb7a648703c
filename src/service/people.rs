//! Views of the people flow: the directory and an employee's record, with
//! personal data masked for whoever may not read it.

use super::api::*;
use crate::domain::auth;
use crate::domain::people::{employee, mask};
use crate::domain::*;

pub fn row(company: &Company, e: &Employee) -> EmployeeRow {
    let dept = company.position_dept(e.position).unwrap_or(DeptId(0));
    EmployeeRow {
        id: e.id,
        number: e.number.clone(),
        name: e.name.clone(),
        dept,
        dept_name: company.dept_name(dept),
        position: e.position,
        title: company
            .positions
            .get(&e.position)
            .map_or_else(|| e.position.to_string(), |p| p.title.clone()),
        status: e.status,
        hired: e.hired,
    }
}

/// One page of the directory as `me` may see it.
pub fn directory(company: &Company, me: &User, page: PageReq) -> Page<EmployeeRow> {
    let limit = page.limit.clamp(1, PEOPLE_PAGE) as usize;
    let from = EmployeeId(u32::try_from(page.cursor).unwrap_or(u32::MAX));
    let visible =
        |e: &&Employee| auth::sees_employee(company, me, company.position_dept(e.position));
    let all_visible = auth::sees_employee(company, me, None);
    let total = if all_visible {
        company.employees.len()
    } else {
        company.employees.values().filter(visible).count()
    };
    let mut items = Vec::with_capacity(limit.min(total));
    let mut next = None;
    for e in company
        .employees
        .range(from..)
        .map(|(_, e)| e)
        .filter(visible)
    {
        if items.len() == limit {
            next = Some(u64::from(e.id.0));
            break;
        }
        items.push(row(company, e));
    }
    Page {
        items,
        total: total as u64,
        next,
    }
}

pub fn record(
    company: &Company,
    me: &User,
    id: EmployeeId,
    today: chrono::NaiveDate,
) -> Result<EmployeeView, DomainError> {
    let e = employee(company, id)?;
    let cannot_assess = match crate::domain::recruit::review(company, id) {
        Ok(case) => crate::domain::sign::capacity(company, &case, me, today).err(),
        Err(e) => Some(e),
    };
    Ok(EmployeeView {
        hiring: e.hiring.as_deref().cloned(),
        review_seen: super::recruit::review_seen(company, id),
        cannot_assess,
        row: row(company, e),
        contracts: e.contracts.clone(),
        history: e.history.clone(),
        titles: history_titles(company, &e.history),
        personal: personal(company, me, id),
    })
}

/// Someone's personal data as `me` may read it: in full, or masked.
fn personal(company: &Company, me: &User, id: EmployeeId) -> Option<PersonalView> {
    let full = auth::reads_personal(me, id);
    company.personal.get(&id).map(|r| {
        let mut data = r.data.clone();
        if !full {
            for f in Personal::FIELDS {
                if let Some(v) = data.get_mut(f) {
                    *v = mask(f, v);
                }
            }
        }
        PersonalView {
            data,
            masked: !full,
            erased: r.erased.clone(),
        }
    })
}

/// One page of the roster as `me` may see it: the directory's rows with
/// their latest contract and personal data (masked as in `record`).
pub fn roster(company: &Company, me: &User, page: PageReq) -> Page<RosterRecord> {
    let rows = directory(
        company,
        me,
        PageReq {
            cursor: page.cursor,
            limit: page.limit.min(ROSTER_PAGE),
        },
    );
    Page {
        items: rows
            .items
            .into_iter()
            .map(|row| {
                let contract = company
                    .employees
                    .get(&row.id)
                    .and_then(|e| e.contracts.last().cloned());
                let personal = personal(company, me, row.id);
                RosterRecord {
                    row,
                    contract,
                    personal,
                }
            })
            .collect(),
        total: rows.total,
        next: rows.next,
    }
}

fn history_titles(company: &Company, history: &[EmployeeChange]) -> Vec<(PositionId, String)> {
    let mut ids: Vec<PositionId> = history
        .iter()
        .flat_map(|h| match &h.change {
            Change::Joined { position, .. } => vec![*position],
            Change::Transferred { from, to, .. } => vec![*from, *to],
            _ => Vec::new(),
        })
        .collect();
    ids.sort();
    ids.dedup();
    ids.into_iter()
        .filter_map(|id| company.positions.get(&id).map(|p| (id, p.title.clone())))
        .collect()
}
