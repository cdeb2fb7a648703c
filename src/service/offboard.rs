//! Read models of offboarding: separation cases as rows and checklists as
//! each person may see them, the equipment an employee holds, a closed
//! case's certificate, and the steps that wait in people's inboxes.

use super::api::*;
use crate::domain::commands::Ctx;
use crate::domain::offboard::{self, CaseStep, Offboard, SepState, SeparationCase, StepState};
use crate::domain::people::{employee, mask};
use crate::domain::*;
use chrono::{DateTime, NaiveDate, Utc};

pub fn row(company: &Company, c: &SeparationCase, today: NaiveDate) -> SepRow {
    let e = company.employees.get(&c.employee);
    let position = e.and_then(|e| company.positions.get(&e.position));
    // A closed or withdrawn case has nothing next.
    let next = c.next_due().filter(|_| c.state == SepState::Open);
    SepRow {
        id: c.id,
        employee: c.employee,
        name: e.map(|e| e.name.clone()).unwrap_or_default(),
        number: e.map(|e| e.number.clone()).unwrap_or_default(),
        position_title: position.map(|p| p.title.clone()).unwrap_or_default(),
        dept_name: position
            .map(|p| company.dept_name(p.dept))
            .unwrap_or_default(),
        kind: c.kind,
        state: c.state,
        notice: c.notice,
        last_day: c.last_day,
        started_by: c.started_by.clone(),
        started: c.started,
        steps: c.steps.len() as u32,
        done: c.done() as u32,
        next_step: next.map(|s| s.template.clone()),
        next_due: next.map(|s| s.due),
        overdue: if c.state == SepState::Open {
            c.steps
                .iter()
                .filter(|s| s.is_open() && s.due < today)
                .count() as u32
        } else {
            0
        },
    }
}

/// The cases `me` may see, newest first.
pub fn cases(
    company: &Company,
    me: &User,
    today: NaiveDate,
    open: bool,
    page: PageReq,
) -> Page<SepRow> {
    let seen: Vec<&SeparationCase> = company
        .separations
        .values()
        .rev()
        .filter(|c| !open || c.state == SepState::Open)
        .filter(|c| offboard::sees_case(company, me, c))
        .collect();
    Page::of(
        seen.len(),
        seen.into_iter().map(|c| row(company, c, today)),
        page,
    )
}

fn step_view(
    company: &Company,
    me: &User,
    c: &SeparationCase,
    no: usize,
    s: &CaseStep,
    today: NaiveDate,
) -> StepView {
    StepView {
        no: no as u32 + 1,
        template: s.template.clone(),
        due: s.due,
        overdue: c.state == SepState::Open && s.is_open() && s.due < today,
        state: s.state.clone(),
        by: s.by.clone(),
        at: s.at,
        // A talk's note tells why as much as the reason does: those kept
        // from the reason read the notes of their own steps only.
        note: if offboard::sees_reason(company, me, c)
            || offboard::owns(company, me, c, s.template.owner)
        {
            s.note.clone()
        } else {
            String::new()
        },
        handover_to: s.handover_to.map(|id| {
            let name = company
                .employees
                .get(&id)
                .map(|e| e.name.clone())
                .unwrap_or_default();
            (id, name)
        }),
        acknowledged: s.acknowledged,
        responsible: offboard::responsible(company, c, s.template.owner),
        waiting: c.waiting_for(s),
        cannot_tick: offboard::may_tick(company, me, c, s).err(),
    }
}

/// One case with its checklist, as `me` may see it; `ctx` decides whether
/// closing or withdrawing it would go through now.
pub fn case(company: &Company, me: &User, id: SepId, ctx: &Ctx) -> Result<SepView, DomainError> {
    let c = offboard::case(company, me, id)?;
    let today = ctx.today;
    let money = offboard::sees_money(me, c);
    let try_cmd = |cmd: Offboard, comment: &str| {
        crate::domain::commands::decide(company, me, &Command::Offboard(cmd), comment, ctx).err()
    };
    let open = c.state == SepState::Open;
    Ok(SepView {
        row: row(company, c, today),
        reason: offboard::sees_reason(company, me, c).then(|| c.reason.clone()),
        steps: c
            .steps
            .iter()
            .enumerate()
            .map(|(i, s)| step_view(company, me, c, i, s, today))
            .collect(),
        items: offboard::items(company, c.employee).to_vec(),
        settlement: c.settlement.clone().filter(|_| money),
        settlement_hidden: c.settlement.is_some() && !money,
        ended_by: c.ended_by.clone(),
        ended: c.ended,
        withdrawn_because: if offboard::sees_reason(company, me, c) {
            c.withdrawn_because.clone()
        } else {
            String::new()
        },
        // A reason is taken for granted here: the question is whether the
        // case lets it happen, not whether a comment was typed yet.
        cannot_close: if open {
            try_cmd(Offboard::Close { case: id }, "")
        } else {
            None
        },
        cannot_withdraw: if open {
            try_cmd(Offboard::Withdraw { case: id }, "-")
        } else {
            None
        },
    })
}

/// Who may see what was issued to someone: the administration department
/// and HR, the heads over them, and the person.
pub fn equipment(
    company: &Company,
    me: &User,
    id: EmployeeId,
    today: NaiveDate,
) -> Result<EquipmentView, DomainError> {
    let e = employee(company, id)?;
    let in_scope = auth::can_see(company, me, auth::Access::Employee(id), today).is_ok();
    if !(me.has(Role::AdminDept) || in_scope) {
        return Err(DomainError::Denied {
            action: "action.view_equipment".into(),
            need: "admin_dept,hr_staff,hr_head,dept_head".into(),
        });
    }
    Ok(EquipmentView {
        employee: id,
        name: e.name.clone(),
        items: offboard::items(company, id).to_vec(),
    })
}

/// A closed case's certificate: for HR and the person it is about.
pub fn certificate(
    company: &Company,
    me: &User,
    id: SepId,
    today: NaiveDate,
) -> Result<CertificateData, DomainError> {
    let c = offboard::case(company, me, id)?;
    let hr = me.has(Role::HrStaff) || me.has(Role::HrHead);
    if !hr && me.employee != Some(c.employee) {
        return Err(DomainError::Denied {
            action: "action.certificate".into(),
            need: "hr_staff,hr_head,employee".into(),
        });
    }
    if c.state != SepState::Closed {
        return Err(DomainError::NoCertificate {
            case: id.to_string(),
        });
    }
    let e = employee(company, c.employee)?;
    let position = company.positions.get(&e.position);
    let id_number = company
        .personal
        .get(&e.id)
        .filter(|r| r.erased.is_none())
        .map(|r| mask("id_number", &r.data.id_number))
        .unwrap_or_default();
    Ok(CertificateData {
        case: id,
        company: company.name.clone(),
        name: e.name.clone(),
        number: e.number.clone(),
        id_number,
        position: position.map(|p| p.title.clone()).unwrap_or_default(),
        department: position
            .map(|p| company.dept_name(p.dept))
            .unwrap_or_default(),
        hired: e.hired,
        last_day: c.last_day,
        issued: today,
        kind: c.kind,
    })
}

/// When a step became the owner's to do: when the case opened, or when the
/// last step it waited for was done.
fn ready_since(c: &SeparationCase, s: &CaseStep) -> DateTime<Utc> {
    s.template
        .after
        .iter()
        .filter_map(|k| c.step(k).and_then(|g| g.at))
        .max()
        .unwrap_or(c.started)
        .max(c.started)
}

/// Offboarding's inbox entries for `me`: their steps whose gates are open,
/// the steps they acknowledge as the leaver, the cases ready to close (the
/// HR head), and for HR, other people's overdue steps.
pub fn inbox(company: &Company, me: &User, today: NaiveDate) -> Vec<InboxItem> {
    let hr = me.has(Role::HrStaff) || me.has(Role::HrHead);
    let mut out = Vec::new();
    for id in company.index.open_cases.values() {
        let Some(c) = company.separations.get(id) else {
            continue;
        };
        let title = company
            .employees
            .get(&c.employee)
            .map(|e| format!("{} ({})", e.name, e.number))
            .unwrap_or_default();
        let item = |kind, since| InboxItem {
            kind,
            case: CaseRef::Sep(c.id),
            title: title.clone(),
            since,
        };
        let leaver = me.employee == Some(c.employee);
        for s in &c.steps {
            let mine = offboard::owns(company, me, c, s.template.owner);
            if s.is_open() && c.waiting_for(s).is_empty() && mine {
                out.push(item(
                    InboxKind::OffboardStep {
                        step: Box::new(s.template.clone()),
                        due: s.due,
                    },
                    ready_since(c, s),
                ));
            } else if s.is_open()
                && hr
                && !mine
                && !leaver
                && s.due < today
                // A step held back by another is not its owner's delay: the
                // one holding it is (and shows as overdue itself).
                && c.waiting_for(s).is_empty()
            {
                // It has waited since it fell due.
                let overdue_since =
                    crate::domain::time::start_of(company.tz(), s.due + chrono::TimeDelta::days(1));
                out.push(item(
                    InboxKind::StepOverdue {
                        step: Box::new(s.template.clone()),
                        due: s.due,
                    },
                    overdue_since,
                ));
            }
            if leaver
                && s.template.acknowledged
                && s.state == StepState::Done
                && s.acknowledged.is_none()
            {
                out.push(item(
                    InboxKind::AcknowledgeStep {
                        step: Box::new(s.template.clone()),
                    },
                    s.at.unwrap_or(c.started),
                ));
            }
        }
        // Only when this HR head may close it now: not before the last day,
        // nor a case they opened or overruled (another HR head closes that).
        if me.has(Role::HrHead) && offboard::may_close(company, me, c, today).is_ok() {
            let since = c
                .steps
                .iter()
                .filter_map(|s| s.at)
                .max()
                .unwrap_or(c.started);
            out.push(item(InboxKind::CloseSeparation, since));
        }
    }
    out
}
