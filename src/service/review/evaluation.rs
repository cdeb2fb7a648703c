//! Cycles with their completion, evaluations as lists and as one sheet,
//! and a cycle's report.

use super::*;

pub fn eval_row(company: &Company, me: &User, ev: &Evaluation) -> EvalRow {
    let e = company.employees.get(&ev.employee);
    let open = review::sees_scores(company, me, ev);
    EvalRow {
        id: Some(ev.id),
        kind: EvalKind::Periodic,
        cycle: Some(ev.cycle),
        period: company
            .cycles
            .get(&ev.cycle)
            .map(|c| c.name.clone())
            .unwrap_or_default(),
        employee: ev.employee,
        name: e.map(|e| e.name.clone()).unwrap_or_default(),
        number: e.map(|e| e.number.clone()).unwrap_or_default(),
        dept_name: e.map(|e| dept_name(company, e)).unwrap_or_default(),
        stage: if ev.scores.is_empty() && ev.state == EvalState::Draft {
            EvalStage::NotStarted
        } else {
            ev.state.into()
        },
        result: (open && !ev.scores.is_empty()).then_some(ev.result),
        grade: (open && !ev.scores.is_empty()).then(|| ev.grade.clone()),
        evaluator: ev.evaluator.clone(),
        since: Some(ev.since),
    }
}

pub fn cycle_row(company: &Company, c: &Cycle) -> CycleRow {
    CycleRow {
        id: c.id,
        name: c.name.clone(),
        from: c.from,
        to: c.to,
        template: c.template.name.clone(),
        criteria: c.template.criteria.clone(),
        grades: c.template.grades.clone(),
        self_assessment: c.self_assessment,
        depts: c
            .depts
            .iter()
            .map(|d| (*d, company.dept_name(*d)))
            .collect(),
        closed: c.closed,
        expected: expected(company, c),
        states: company
            .index
            .cycle_states
            .get(&c.id)
            .copied()
            .unwrap_or_default(),
    }
}

/// How many people the cycle evaluates: the holders of the positions of
/// its departments (of every department when it names none).
fn expected(company: &Company, c: &Cycle) -> u32 {
    if c.depts.is_empty() {
        return company.index.holders.values().map(|h| h.len() as u32).sum();
    }
    company
        .index
        .dept_positions
        .iter()
        .filter(|(d, _)| c.depts.iter().any(|root| company.is_within(**d, *root)))
        .flat_map(|(_, ps)| ps.iter())
        .filter_map(|p| company.index.holders.get(p))
        .map(|h| h.len() as u32)
        .sum()
}

pub fn cycles(company: &Company, page: PageReq) -> Page<CycleRow> {
    let rows = company.cycles.values().rev().map(|c| cycle_row(company, c));
    Page::of(company.cycles.len(), rows, page)
}

pub fn evaluations(
    company: &Company,
    me: &User,
    cycle: Option<CycleId>,
    page: PageReq,
) -> Result<Page<EvalRow>, DomainError> {
    let Some(cid) = cycle else {
        // Every evaluation the asker may see, newest first; only the page
        // asked for becomes rows.
        let seen: Vec<&Evaluation> = company
            .evaluations
            .values()
            .rev()
            .filter(|ev| {
                company
                    .employees
                    .get(&ev.employee)
                    .is_some_and(|e| sees_person(company, me, e))
            })
            .collect();
        let rows = seen.iter().map(|ev| eval_row(company, me, ev));
        return Ok(Page::of(seen.len(), rows, page));
    };
    let c = review::cycle(company, cid)?;
    // Everyone the cycle evaluates whom the asker sees, scored or not; an
    // employee who is no head nor HR sees their own line only.
    let mut people: Vec<&Employee> = people_seen(company, me)
        .chain(
            me.employee
                .filter(|_| !sees_all(me))
                .and_then(|id| company.employees.get(&id)),
        )
        .filter(|e| review::in_scope(company, c, e))
        .collect();
    people.sort_by_key(|e| e.id);
    people.dedup_by_key(|e| e.id);
    // Only the page asked for becomes rows.
    let rows = people.iter().map(|e| {
        match company
            .index
            .evals
            .get(&(cid, e.id))
            .and_then(|id| company.evaluations.get(id))
        {
            Some(ev) => eval_row(company, me, ev),
            None => EvalRow {
                id: None,
                kind: EvalKind::Periodic,
                cycle: Some(cid),
                period: c.name.clone(),
                employee: e.id,
                name: e.name.clone(),
                number: e.number.clone(),
                dept_name: dept_name(company, e),
                stage: EvalStage::NotStarted,
                result: None,
                grade: None,
                evaluator: String::new(),
                since: None,
            },
        }
    });
    Ok(Page::of(people.len(), rows, page))
}

pub fn evaluation(
    company: &Company,
    me: &User,
    id: EvalId,
    today: NaiveDate,
) -> Result<EvalView, DomainError> {
    let sheet = review::sheet(company, id)?;
    let may_sign = sign::capacity(company, &sheet, me, today).is_ok()
        && me.employee != Some(sheet.eval.employee);
    // A delegate who may sign it now sees what they sign.
    let ev = match review::evaluation(company, me, id) {
        Ok(ev) => ev,
        Err(_) if may_sign => sheet.eval,
        Err(e) => return Err(e),
    };
    let cycle = review::cycle(company, ev.cycle)?;
    let hidden = !review::sees_scores(company, me, ev) && !may_sign;
    let criteria = if hidden {
        Vec::new()
    } else {
        cycle
            .template
            .criteria
            .iter()
            .map(|c| CriterionRow {
                criterion: c.clone(),
                score: ev.scores.iter().find(|s| s.key == c.key).cloned(),
                own: ev.own.iter().flatten().find(|s| s.key == c.key).cloned(),
            })
            .collect()
    };
    let e = company.employees.get(&ev.employee);
    let runs = cycle.closed.is_none();
    let scorer = e.is_some_and(|e| review::department_or_hr(company, me, e).is_ok())
        && me.employee != Some(ev.employee)
        && review::holds_draft(company, me, ev).is_ok();
    let mut row = eval_row(company, me, ev);
    if may_sign {
        row.result = Some(ev.result);
        row.grade = Some(ev.grade.clone());
    }
    Ok(EvalView {
        row,
        criteria,
        grades: cycle.template.grades.clone(),
        scores_hidden: hidden,
        steps: ev.signoff.steps.clone(),
        signatures: ev.signoff.signatures.clone(),
        next_step: ev.signoff.current().map(|(_, s)| s.clone()),
        // The digest covers the scores: whoever may not read them does not
        // get it either (five scores are few enough to guess from it).
        seen: Seen {
            round: ev.signoff.round,
            digest: if hidden {
                String::new()
            } else {
                sheet.digest(company).hex()
            },
        },
        remark: ev.remark.clone(),
        acknowledged: ev.acknowledged,
        may: EvalMay {
            score: scorer && runs && ev.state == EvalState::Draft,
            submit: scorer && runs && ev.state == EvalState::Draft && !ev.scores.is_empty(),
            sign: may_sign,
            acknowledge: me.employee == Some(ev.employee) && ev.state == EvalState::SignedOff,
        },
    })
}

pub fn evaluation_report(
    company: &Company,
    me: &User,
    cycle: Option<CycleId>,
    today: NaiveDate,
) -> Result<EvaluationReport, DomainError> {
    let c = match cycle {
        Some(id) => review::cycle(company, id)?,
        // A head's report is of the cycle running over their departments.
        None if !sees_all(me) => me
            .roles
            .iter()
            .filter(|g| g.role.is_scoped())
            .flat_map(|g| g.depts.iter())
            .find_map(|d| review::cycle_for(company, *d, today))
            .ok_or_else(|| commands::not_found("kind.cycle", "—"))?,
        None => review::current_cycle(company, today)
            .ok_or_else(|| commands::not_found("kind.cycle", "—"))?,
    };
    let mut depts: std::collections::BTreeMap<DeptId, DeptCompletion> = Default::default();
    let mut grades: Vec<(String, u32)> = c
        .template
        .grades
        .iter()
        .map(|g| (g.grade.clone(), 0))
        .collect();
    // The departments both the asker and the cycle cover, decided once each.
    let all = sees_all(me);
    let covered: std::collections::BTreeSet<DeptId> = company
        .index
        .dept_positions
        .keys()
        .copied()
        .filter(|d| all || sees_dept(company, me, *d))
        .filter(|d| c.depts.is_empty() || c.depts.iter().any(|r| company.is_within(*d, *r)))
        .collect();
    let row = |depts: &mut std::collections::BTreeMap<DeptId, DeptCompletion>, d: DeptId| {
        depts.entry(d).or_insert_with(|| DeptCompletion {
            dept: d,
            name: company.dept_name(d),
            expected: 0,
            scored: 0,
            signed_off: 0,
        });
    };
    for d in &covered {
        let holders: u32 = company
            .positions_of(*d)
            .filter_map(|p| company.index.holders.get(&p.id))
            .map(|h| h.len() as u32)
            .sum();
        if holders > 0 {
            row(&mut depts, *d);
            if let Some(r) = depts.get_mut(d) {
                r.expected = holders;
            }
        }
    }
    // The cycle's evaluations, in one walk of its part of the index.
    let range = (c.id, EmployeeId(0))..=(c.id, EmployeeId(u32::MAX));
    for ((_, who), id) in company.index.evals.range(range) {
        let (Some(ev), Some(e)) = (company.evaluations.get(id), company.employees.get(who)) else {
            continue;
        };
        let Some(d) = company.position_dept(e.position) else {
            continue;
        };
        if ev.scores.is_empty() || !e.status.holds_seat() || !covered.contains(&d) {
            continue;
        }
        let Some(r) = depts.get_mut(&d) else {
            continue;
        };
        r.scored += 1;
        if ev.state.complete() {
            r.signed_off += 1;
            if let Some(g) = grades.iter_mut().find(|(g, _)| *g == ev.grade) {
                g.1 += 1;
            }
        }
    }
    Ok(EvaluationReport {
        cycle: cycle_row(company, c),
        depts: depts.into_values().collect(),
        grades,
    })
}
