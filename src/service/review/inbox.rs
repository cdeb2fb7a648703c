//! What training and evaluation put in front of people.

use super::*;

/// What training and evaluation put in `me`'s inbox: evaluations to sign,
/// to score again, to acknowledge, a self-assessment asked for; for a
/// department head, people to evaluate and their training gaps; for HR,
/// certificates that expire within 30 days.
pub fn inbox(company: &Company, me: &User, today: NaiveDate) -> Vec<InboxItem> {
    let mut items = Vec::new();
    // Most evaluations wait for a role the reader does not hold: those are
    // passed over without asking the chain, unless someone delegated to them.
    let delegate = crate::domain::auth::signs_for_someone(company, me, today);
    for id in &company.index.submitted {
        let Ok(sheet) = review::sheet(company, *id) else {
            continue;
        };
        let step = sheet.eval.signoff.current().map(|(_, s)| s.role);
        if !delegate && !step.is_some_and(|r| me.has(r)) {
            continue;
        }
        if me.employee == Some(sheet.eval.employee) {
            continue;
        }
        if let Ok(cap) = sign::capacity(company, &sheet, me, today) {
            items.push(eval_item(
                company,
                sheet.eval,
                InboxKind::SignEvaluation {
                    for_whom: cap.for_whom(),
                },
            ));
        }
    }
    if let Some(own) = me.employee {
        for ev in company
            .index
            .emp_evals
            .get(&own)
            .into_iter()
            .flat_map(|s| s.iter())
            .filter_map(|id| company.evaluations.get(id))
            .filter(|ev| ev.state == EvalState::SignedOff)
        {
            items.push(eval_item(company, ev, InboxKind::AcknowledgeEvaluation));
        }
        let dept = company
            .employees
            .get(&own)
            .and_then(|e| company.position_dept(e.position));
        let running = dept.and_then(|d| review::cycle_for(company, d, today));
        if let Some(c) = running.filter(|c| c.self_assessment) {
            let ev = company
                .index
                .evals
                .get(&(c.id, own))
                .and_then(|id| company.evaluations.get(id));
            let asked = company
                .employees
                .get(&own)
                .is_some_and(|e| e.status.holds_seat() && review::in_scope(company, c, e));
            if asked && ev.is_none_or(|ev| ev.own.is_none() && ev.state == EvalState::Draft) {
                items.push(InboxItem {
                    kind: InboxKind::SelfAssess,
                    case: CaseRef::Cycle(c.id),
                    title: c.name.clone(),
                    since: c.at,
                });
            }
        }
    }
    // Returned to whoever scored it.
    for ev in company
        .index
        .returned
        .iter()
        .filter_map(|id| company.evaluations.get(id))
        .filter(|ev| ev.evaluator == me.login)
    {
        items.push(eval_item(company, ev, InboxKind::ReviseEvaluation));
    }
    if me.has(Role::DeptHead) {
        items.extend(head_items(company, me, today));
    }
    if review::is_hr(me) {
        items.extend(expiring(company, today));
    }
    items
}

fn eval_item(company: &Company, ev: &Evaluation, kind: InboxKind) -> InboxItem {
    let name = company
        .employees
        .get(&ev.employee)
        .map(|e| e.name.clone())
        .unwrap_or_default();
    let cycle = company
        .cycles
        .get(&ev.cycle)
        .map(|c| c.name.clone())
        .unwrap_or_default();
    InboxItem {
        kind,
        case: CaseRef::Eval(ev.id),
        title: format!("{name} · {cycle}"),
        since: ev.since,
    }
}

/// A department head's people: those the running cycle still waits to
/// have scored, and each required course some of them lack.
fn head_items(company: &Company, me: &User, today: NaiveDate) -> Vec<InboxItem> {
    let mut items = Vec::new();
    let people: Vec<&Employee> = company
        .index
        .dept_positions
        .iter()
        .filter(|(d, _)| {
            me.roles.iter().any(|g| {
                g.role == Role::DeptHead && g.depts.iter().any(|r| company.is_within(**d, *r))
            })
        })
        .flat_map(|(_, ps)| ps.iter())
        .filter_map(|p| company.index.holders.get(p))
        .flat_map(|h| h.iter())
        .filter_map(|id| company.employees.get(id))
        .filter(|e| me.employee != Some(e.id))
        .collect();
    // Each running cycle that still waits for some of them.
    let running = company
        .cycles
        .values()
        .filter(|c| c.closed.is_none() && c.from <= today);
    for c in running {
        let waiting = people
            .iter()
            .filter(|e| review::in_scope(company, c, e))
            .filter(|e| {
                company
                    .index
                    .evals
                    .get(&(c.id, e.id))
                    .and_then(|id| company.evaluations.get(id))
                    .is_none_or(|ev| ev.scores.is_empty())
            })
            .count() as u32;
        if waiting > 0 {
            items.push(InboxItem {
                kind: InboxKind::ScoreEvaluations { count: waiting },
                case: CaseRef::Cycle(c.id),
                title: c.name.clone(),
                since: c.at,
            });
        }
    }
    let mut gaps: std::collections::BTreeMap<CourseId, u32> = Default::default();
    for e in &people {
        for st in review::statuses(company, e, today) {
            if matches!(st.standing, Standing::Missing | Standing::Expired) {
                *gaps.entry(st.course).or_default() += 1;
            }
        }
    }
    for (course, count) in gaps {
        if let Some(c) = company.courses.get(&course) {
            items.push(InboxItem {
                kind: InboxKind::TrainingGaps { count },
                case: CaseRef::Course(course),
                title: c.title.clone(),
                since: c.at,
            });
        }
    }
    items
}

/// Certificates of required courses that run out within 30 days, one item
/// per course, waiting since the first of them came into the window.
fn expiring(company: &Company, today: NaiveDate) -> Vec<InboxItem> {
    let soon = today + TimeDelta::days(review::EXPIRY_NOTICE_DAYS);
    let mut per: std::collections::BTreeMap<CourseId, (u32, NaiveDate)> = Default::default();
    for (until, e, course) in company.index.expiries.range(
        (today, EmployeeId(0), CourseId(0))..=(soon, EmployeeId(u32::MAX), CourseId(u32::MAX)),
    ) {
        let required = company.employees.get(e).is_some_and(|e| {
            e.status.holds_seat()
                && company
                    .index
                    .required
                    .get(&e.position)
                    .is_some_and(|r| r.contains(course))
        });
        if required {
            let entry = per.entry(*course).or_insert((0, *until));
            entry.0 += 1;
        }
    }
    per.into_iter()
        .filter_map(|(course, (count, first))| {
            let c = company.courses.get(&course)?;
            let noticed = first - TimeDelta::days(review::EXPIRY_NOTICE_DAYS);
            Some(InboxItem {
                kind: InboxKind::CertificatesExpire { count, first },
                case: CaseRef::Course(course),
                title: c.title.clone(),
                since: noticed.and_hms_opt(0, 0, 0).map_or(c.at, |t| t.and_utc()),
            })
        })
        .collect()
}
