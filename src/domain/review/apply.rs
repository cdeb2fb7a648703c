//! Applying the events of evaluation and training, and the lookups kept
//! beside them: who passed which course when, which certificates expire
//! when, and each employee's evaluation per cycle.

use super::training::expiry;
use super::*;
use crate::domain::signoff::{Outcome, SignoffCase};

pub fn apply(company: &mut Company, event: &Event) {
    match event {
        Event::CourseAdded {
            id,
            title,
            tenths,
            kind,
            required_for,
            renew_months,
            by,
            at,
        } => {
            company.courses.insert(
                *id,
                Course {
                    id: *id,
                    title: title.clone(),
                    tenths: *tenths,
                    kind: *kind,
                    required_for: required_for.clone(),
                    renew_months: *renew_months,
                    closed: false,
                    by: by.clone(),
                    at: *at,
                },
            );
            reindex(company);
        }
        Event::CourseEdited {
            id,
            title,
            tenths,
            kind,
            required_for,
            renew_months,
            ..
        } => {
            if let Some(c) = company.courses.get_mut(id) {
                c.title = title.clone();
                c.tenths = *tenths;
                c.kind = *kind;
                c.required_for = required_for.clone();
                c.renew_months = *renew_months;
            }
            reindex(company);
        }
        Event::CourseClosed { id, .. } => {
            if let Some(c) = company.courses.get_mut(id) {
                c.closed = true;
            }
            reindex(company);
        }
        Event::SessionPlanned {
            id,
            course,
            on,
            trainer,
            attendees,
            by,
            at,
        } => {
            for e in attendees {
                company.index.attended.entry(*e).or_default().insert(*id);
            }
            company.sessions.insert(
                *id,
                Session {
                    id: *id,
                    course: *course,
                    on: *on,
                    trainer: trainer.clone(),
                    attendees: attendees.clone(),
                    results: Vec::new(),
                    by: by.clone(),
                    at: *at,
                },
            );
        }
        Event::AttendeesEnrolled {
            session, employees, ..
        } => {
            for e in employees {
                company
                    .index
                    .attended
                    .entry(*e)
                    .or_default()
                    .insert(*session);
            }
            if let Some(s) = company.sessions.get_mut(session) {
                s.attendees.extend(employees.iter().copied());
            }
        }
        Event::TrainingResultSet {
            session,
            employee,
            passed,
            score,
            certificate,
            note,
            by,
            at,
        } => {
            let result = TrainingResult {
                passed: *passed,
                score: *score,
                certificate: certificate.clone(),
                note: note.clone(),
                by: by.clone(),
                at: *at,
            };
            let Some(s) = company.sessions.get_mut(session) else {
                return;
            };
            s.results.retain(|(e, _)| e != employee);
            s.results.push((*employee, result));
            let course = s.course;
            note_result(company, *employee, course);
        }
        Event::CycleOpened {
            id,
            name,
            from,
            to,
            template,
            self_assessment,
            depts,
            by,
            at,
        } => {
            company.cycles.insert(
                *id,
                Cycle {
                    id: *id,
                    name: name.clone(),
                    from: *from,
                    to: *to,
                    template: template.clone(),
                    self_assessment: *self_assessment,
                    depts: depts.clone(),
                    by: by.clone(),
                    at: *at,
                    closed: None,
                },
            );
        }
        Event::CycleClosed { id, at, .. } => {
            if let Some(c) = company.cycles.get_mut(id) {
                c.closed = Some(*at);
            }
        }
        Event::EvaluationScored {
            id,
            cycle,
            employee,
            scores,
            result,
            grade,
            by,
            at,
        } => {
            let ev = evaluation_mut(company, *id, *cycle, *employee, *at);
            // Counted once it holds scores: a self-assessment alone is not
            // an evaluation scored.
            let first = ev.scores.is_empty();
            ev.scores = scores.clone();
            ev.result = *result;
            ev.grade = grade.clone();
            ev.evaluator = by.clone();
            ev.signoff.author = by.clone();
            ev.since = *at;
            if first {
                company.index.cycle_states.entry(*cycle).or_default()[EvalState::Draft.slot()] += 1;
            }
        }
        Event::SelfAssessed {
            id,
            cycle,
            employee,
            scores,
            at,
        } => {
            let ev = evaluation_mut(company, *id, *cycle, *employee, *at);
            ev.own = Some(scores.clone());
        }
        Event::EvaluationSubmitted { id, chain, at, .. } => {
            if let Some(ev) = company.evaluations.get_mut(id) {
                ev.signoff.start_round(chain);
                ev.since = *at;
            }
            set_state(company, *id, EvalState::Submitted);
        }
        Event::EvaluationSigned { id, signature } => {
            let Some(ev) = company.evaluations.get_mut(id) else {
                return;
            };
            ev.since = signature.at;
            let state = match ev.signoff.record(signature.clone()) {
                Outcome::Next(_) => EvalState::Submitted,
                Outcome::Approved => EvalState::SignedOff,
                // Returned or rejected, the scores go back to whoever scores.
                _ => EvalState::Draft,
            };
            set_state(company, *id, state);
        }
        Event::EvaluationAcknowledged { id, remark, at } => {
            if let Some(ev) = company.evaluations.get_mut(id) {
                ev.remark = remark.clone();
                ev.acknowledged = Some(*at);
                ev.since = *at;
            }
            set_state(company, *id, EvalState::Acknowledged);
        }
        _ => {}
    }
}

/// Moves an evaluation to `state`, keeping the cycle's counts and the set
/// of those waiting for a signature.
fn set_state(company: &mut Company, id: EvalId, state: EvalState) {
    let Some(ev) = company.evaluations.get_mut(&id) else {
        return;
    };
    let (old, cycle) = (ev.state, ev.cycle);
    ev.state = state;
    let counts = company.index.cycle_states.entry(cycle).or_default();
    counts[old.slot()] = counts[old.slot()].saturating_sub(1);
    counts[state.slot()] += 1;
    if state == EvalState::Submitted {
        company.index.submitted.insert(id);
    } else {
        company.index.submitted.remove(&id);
    }
    if state == EvalState::Draft && old == EvalState::Submitted {
        company.index.returned.insert(id);
    } else {
        company.index.returned.remove(&id);
    }
}

/// The evaluation `id`, made when it is the cycle's first word on the employee.
fn evaluation_mut(
    company: &mut Company,
    id: EvalId,
    cycle: CycleId,
    employee: EmployeeId,
    at: chrono::DateTime<chrono::Utc>,
) -> &mut Evaluation {
    company.index.evals.insert((cycle, employee), id);
    company
        .index
        .emp_evals
        .entry(employee)
        .or_default()
        .insert(id);
    company.evaluations.entry(id).or_insert_with(|| Evaluation {
        id,
        cycle,
        employee,
        evaluator: String::new(),
        scores: Vec::new(),
        result: 0,
        grade: String::new(),
        own: None,
        state: EvalState::Draft,
        signoff: SignoffCase::idle(EVALUATION_CHAIN, ""),
        remark: String::new(),
        acknowledged: None,
        since: at,
    })
}

/// Recomputes `employee`'s last pass of `course` from the sessions they
/// attended, and the certificate's expiry that follows from it.
fn note_result(company: &mut Company, employee: EmployeeId, course: CourseId) {
    let last = company
        .index
        .attended
        .get(&employee)
        .into_iter()
        .flat_map(|set| set.iter())
        .filter_map(|s| company.sessions.get(s))
        .filter(|s| s.course == course && s.result(employee).is_some_and(|r| r.passed))
        .map(|s| s.on)
        .max();
    let old = company.index.passes.get(&(course, employee)).copied();
    let c = company.courses.get(&course).cloned();
    if let (Some(on), Some(c)) = (old, &c)
        && let Some(until) = expiry(c, on)
    {
        company.index.expiries.remove(&(until, employee, course));
    }
    match last {
        Some(on) => {
            company.index.passes.insert((course, employee), on);
            if let Some(until) = c.as_ref().and_then(|c| expiry(c, on)) {
                company.index.expiries.insert((until, employee, course));
            }
        }
        None => {
            company.index.passes.remove(&(course, employee));
        }
    }
}

/// Rebuilds every training and evaluation lookup from the records: after
/// loading, and when a course's requirements or renewal change.
pub fn reindex(company: &mut Company) {
    let index = &mut company.index;
    index.required.clear();
    index.passes.clear();
    index.expiries.clear();
    index.attended.clear();
    index.evals.clear();
    index.emp_evals.clear();
    index.submitted.clear();
    index.returned.clear();
    index.cycle_states.clear();
    for c in company.courses.values().filter(|c| !c.closed) {
        for p in &c.required_for {
            index.required.entry(*p).or_default().insert(c.id);
        }
    }
    for s in company.sessions.values() {
        for e in &s.attendees {
            index.attended.entry(*e).or_default().insert(s.id);
        }
        for (e, r) in &s.results {
            if !r.passed {
                continue;
            }
            let best = index.passes.entry((s.course, *e)).or_insert(s.on);
            *best = (*best).max(s.on);
        }
    }
    for (&(course, e), &on) in &index.passes {
        if let Some(until) = company.courses.get(&course).and_then(|c| expiry(c, on)) {
            index.expiries.insert((until, e, course));
        }
    }
    for ev in company.evaluations.values() {
        index.evals.insert((ev.cycle, ev.employee), ev.id);
        index
            .emp_evals
            .entry(ev.employee)
            .or_default()
            .insert(ev.id);
        if !ev.scores.is_empty() {
            index.cycle_states.entry(ev.cycle).or_default()[ev.state.slot()] += 1;
        }
        if ev.state == EvalState::Submitted {
            index.submitted.insert(ev.id);
        }
        if ev.state == EvalState::Draft && !ev.signoff.signatures.is_empty() {
            index.returned.insert(ev.id);
        }
    }
}
