//! Views of training and evaluation: the catalog, sessions, where people
//! stand, cycles, evaluations and one person's record, each filtered to
//! what the asker may see, and the inbox items the flow puts in front of
//! people.

use super::api::*;
use crate::domain::recruit::ProbationOutcome;
use crate::domain::review::{
    self, Course, CourseKind, Cycle, EvalState, Evaluation, Standing, sees_person,
};
use crate::domain::sign::{self, Signable};
use crate::domain::signoff::Seen;
use crate::domain::*;
use chrono::{NaiveDate, TimeDelta};

/// Whether the asker sees everyone's training and evaluations.
fn sees_all(me: &User) -> bool {
    review::is_hr(me) || me.has(Role::GeneralManager)
}

fn dept_name(company: &Company, e: &Employee) -> String {
    company
        .position_dept(e.position)
        .map(|d| company.dept_name(d))
        .unwrap_or_default()
}

fn position_title(company: &Company, e: &Employee) -> String {
    company
        .positions
        .get(&e.position)
        .map(|p| p.title.clone())
        .unwrap_or_default()
}

pub fn courses(company: &Company, me: &User, today: NaiveDate, page: PageReq) -> Page<CourseRow> {
    let all = sees_all(me);
    let rows = company
        .courses
        .values()
        .rev()
        .map(|c| course_row(company, c, all.then_some(today)));
    Page::of(company.courses.len(), rows, page)
}

fn course_row(company: &Company, c: &Course, counts_on: Option<NaiveDate>) -> CourseRow {
    CourseRow {
        id: c.id,
        title: c.title.clone(),
        tenths: c.tenths,
        kind: c.kind,
        required_for: c
            .required_for
            .iter()
            .map(|p| {
                let title = company.positions.get(p).map(|p| p.title.clone());
                (*p, title.unwrap_or_default())
            })
            .collect(),
        renew_months: c.renew_months,
        closed: c.closed,
        sessions: company
            .sessions
            .values()
            .filter(|s| s.course == c.id)
            .count() as u32,
        standing: counts_on.map(|today| course_counts(company, c, today)),
    }
}

/// Where the holders of every position requiring `c` stand on it: the
/// holders and the course's passes, both in employee order, walked once.
pub fn course_counts(company: &Company, c: &Course, today: NaiveDate) -> StandingCounts {
    let mut counts = StandingCounts::default();
    walk(company, c, today, |_| true, |_, st, _| counts.add(st));
    counts
}

/// Every open course's counts added up.
pub fn training_counts(company: &Company, today: NaiveDate) -> StandingCounts {
    let mut all = StandingCounts::default();
    for c in company.courses.values() {
        let n = course_counts(company, c, today);
        all.done += n.done;
        all.expiring += n.expiring;
        all.expired += n.expired;
        all.missing += n.missing;
    }
    all
}

/// Calls `each` with every holder of a position (that `positions` lets
/// through) requiring the open course `c`, where they stand, and until when
/// their pass counts. A position's holders and the course's passes are both
/// in employee order: one walk of each, starting at the first holder, so a
/// company's worth of people costs a merge, not a lookup apiece.
fn walk(
    company: &Company,
    c: &Course,
    today: NaiveDate,
    positions: impl Fn(PositionId) -> bool,
    mut each: impl FnMut(EmployeeId, Standing, Option<NaiveDate>),
) {
    if c.closed {
        return;
    }
    let soon = today + TimeDelta::days(review::EXPIRY_NOTICE_DAYS);
    for p in c.required_for.iter().filter(|p| positions(**p)) {
        let Some(holders) = company.index.holders.get(p) else {
            continue;
        };
        let (Some(first), Some(last)) = (holders.get_min(), holders.get_max()) else {
            continue;
        };
        let mut passes = company
            .index
            .passes
            .range((c.id, *first)..=(c.id, *last))
            .peekable();
        for e in holders {
            while passes.peek().is_some_and(|((_, p), _)| p < e) {
                passes.next();
            }
            let passed = passes
                .peek()
                .filter(|((_, p), _)| p == e)
                .map(|(_, on)| **on);
            let until = passed.and_then(|on| review::expiry(c, on));
            let standing = match (passed, until) {
                (None, _) => Standing::Missing,
                (Some(_), Some(until)) if until < today => Standing::Expired,
                (Some(_), Some(until)) if until <= soon => Standing::Expiring,
                _ => Standing::Done,
            };
            each(*e, standing, until);
        }
    }
}

fn session_row(company: &Company, s: &review::Session) -> SessionRow {
    SessionRow {
        id: s.id,
        course: s.course,
        course_title: company
            .courses
            .get(&s.course)
            .map(|c| c.title.clone())
            .unwrap_or_default(),
        on: s.on,
        trainer: s.trainer.clone(),
        attendees: s.attendees.len() as u32,
        passed: s.results.iter().filter(|(_, r)| r.passed).count() as u32,
        failed: s.results.iter().filter(|(_, r)| !r.passed).count() as u32,
    }
}

/// The attendees of `s` the asker may see.
fn visible_attendees<'a>(
    company: &'a Company,
    me: &'a User,
    s: &'a review::Session,
) -> impl Iterator<Item = &'a Employee> + 'a {
    s.attendees
        .iter()
        .filter_map(|e| company.employees.get(e))
        .filter(move |e| sees_person(company, me, e))
}

pub fn sessions(
    company: &Company,
    me: &User,
    course: Option<CourseId>,
    page: PageReq,
) -> Result<Page<SessionRow>, DomainError> {
    if let Some(c) = course {
        review::course(company, c)?;
    }
    let all = sees_all(me);
    let rows: Vec<SessionRow> = company
        .sessions
        .values()
        .rev()
        .filter(|s| course.is_none_or(|c| s.course == c))
        .filter(|s| all || visible_attendees(company, me, s).next().is_some())
        .map(|s| session_row(company, s))
        .collect();
    Ok(Page::of(rows.len(), rows.into_iter(), page))
}

pub fn session(company: &Company, me: &User, id: SessionId) -> Result<SessionView, DomainError> {
    let s = review::session(company, id)?;
    let attendees: Vec<AttendeeRow> = visible_attendees(company, me, s)
        .map(|e| AttendeeRow {
            employee: e.id,
            name: e.name.clone(),
            number: e.number.clone(),
            dept_name: dept_name(company, e),
            result: s.result(e.id).cloned(),
        })
        .collect();
    if attendees.is_empty() && !sees_all(me) {
        return Err(commands::not_found("kind.session", id));
    }
    Ok(SessionView {
        row: session_row(company, s),
        others: (s.attendees.len() - attendees.len()) as u32,
        attendees,
    })
}

/// Employees the asker sees, in id order: everyone for HR and the general
/// manager, the holders of their departments' positions for scoped heads.
fn people_seen<'a>(
    company: &'a Company,
    me: &'a User,
) -> Box<dyn Iterator<Item = &'a Employee> + 'a> {
    if sees_all(me) {
        return Box::new(company.employees.values().filter(|e| e.status.holds_seat()));
    }
    let mut ids: Vec<EmployeeId> = company
        .index
        .dept_positions
        .iter()
        .filter(|(d, _)| sees_dept(company, me, **d))
        .flat_map(|(_, ps)| ps.iter())
        .filter_map(|p| company.index.holders.get(p))
        .flat_map(|h| h.iter().copied())
        .collect();
    ids.sort();
    Box::new(ids.into_iter().filter_map(|id| company.employees.get(&id)))
}

fn sees_dept(company: &Company, me: &User, dept: DeptId) -> bool {
    me.roles
        .iter()
        .any(|g| g.role.is_scoped() && g.depts.iter().any(|r| company.is_within(dept, *r)))
}

pub fn training_report(
    company: &Company,
    me: &User,
    today: NaiveDate,
    page: PageReq,
) -> TrainingReport {
    let all = sees_all(me);
    let mine = |p: PositionId| {
        all || company
            .positions
            .get(&p)
            .is_some_and(|p| sees_dept(company, me, p.dept))
    };
    let mut counts = StandingCounts::default();
    let mut gaps: Vec<(Standing, Option<NaiveDate>, EmployeeId, CourseId)> = Vec::new();
    for c in company.courses.values() {
        walk(company, c, today, mine, |e, standing, until| {
            counts.add(standing);
            if standing != Standing::Done {
                gaps.push((standing, until, e, c.id));
            }
        });
    }
    // Sorted as small tuples; only the page asked for becomes rows.
    gaps.sort_unstable();
    let rows = gaps.iter().filter_map(|(standing, until, id, course)| {
        let e = company.employees.get(id)?;
        Some(GapRow {
            employee: e.id,
            name: e.name.clone(),
            number: e.number.clone(),
            dept_name: dept_name(company, e),
            position_title: position_title(company, e),
            course: *course,
            course_title: company
                .courses
                .get(course)
                .map(|c| c.title.clone())
                .unwrap_or_default(),
            standing: *standing,
            valid_until: *until,
        })
    });
    TrainingReport {
        counts,
        gaps: Page::of(gaps.len(), rows, page),
    }
}

pub fn record(
    company: &Company,
    me: &User,
    id: EmployeeId,
    today: NaiveDate,
) -> Result<ReviewRecord, DomainError> {
    let e = people::employee(company, id)?;
    let required = review::statuses(company, e, today)
        .into_iter()
        .map(|st| RequiredRow {
            course: st.course,
            title: company
                .courses
                .get(&st.course)
                .map(|c| c.title.clone())
                .unwrap_or_default(),
            standing: st.standing,
            passed: st.passed,
            valid_until: st.valid_until,
        })
        .collect();
    let mut training: Vec<TrainingRecord> = company
        .index
        .attended
        .get(&id)
        .into_iter()
        .flat_map(|set| set.iter())
        .filter_map(|s| company.sessions.get(s))
        .map(|s| {
            let course = company.courses.get(&s.course);
            let r = s.result(id);
            TrainingRecord {
                session: Some(s.id),
                course: Some(s.course),
                title: course.map(|c| c.title.clone()).unwrap_or_default(),
                kind: course.map_or(CourseKind::Other, |c| c.kind),
                on: s.on,
                trainer: s.trainer.clone(),
                passed: r.map(|r| r.passed),
                score: r.and_then(|r| r.score),
                certificate: r.map(|r| r.certificate.clone()).unwrap_or_default(),
                note: r.map(|r| r.note.clone()).unwrap_or_default(),
                valid_until: r
                    .filter(|r| r.passed)
                    .and_then(|_| course.and_then(|c| review::expiry(c, s.on))),
            }
        })
        .collect();
    // Onboarding training recorded with the hire (recruitment step 7) is
    // the same kind of record: what, when, by whom, done.
    if let Some(h) = &e.hiring {
        training.extend(h.training.iter().map(|t| TrainingRecord {
            session: None,
            course: None,
            title: t.what.clone(),
            kind: CourseKind::Onboarding,
            on: t.on,
            trainer: t.trainer.clone(),
            passed: Some(true),
            score: None,
            certificate: String::new(),
            note: String::new(),
            valid_until: None,
        }));
    }
    training.sort_by_key(|t| std::cmp::Reverse(t.on));
    let mut evaluations: Vec<EvalRow> = company
        .index
        .emp_evals
        .get(&id)
        .into_iter()
        .flat_map(|set| set.iter().rev())
        .filter_map(|ev| company.evaluations.get(ev))
        .map(|ev| eval_row(company, me, ev))
        .collect();
    evaluations.extend(probation_row(company, e));
    Ok(ReviewRecord {
        employee: e.id,
        name: e.name.clone(),
        position_title: position_title(company, e),
        required,
        training,
        evaluations,
    })
}

/// The probation assessment, as the evaluation of kind "probation" it is.
fn probation_row(company: &Company, e: &Employee) -> Option<EvalRow> {
    let p = e.hiring.as_ref()?.probation.as_ref()?;
    let last = p.review.signatures.last();
    Some(EvalRow {
        id: None,
        kind: EvalKind::Probation,
        cycle: None,
        period: format!("{} – {}", p.start, p.end),
        employee: e.id,
        name: e.name.clone(),
        number: e.number.clone(),
        dept_name: dept_name(company, e),
        stage: match p.outcome {
            ProbationOutcome::Pending => EvalStage::ProbationPending,
            ProbationOutcome::Passed => EvalStage::ProbationPassed,
            _ => EvalStage::ProbationFailed,
        },
        result: None,
        grade: None,
        evaluator: last.map(|s| s.signer.clone()).unwrap_or_default(),
        since: last.map(|s| s.at),
    })
}

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
        && me.employee != Some(ev.employee);
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
        seen: Seen {
            round: ev.signoff.round,
            digest: sheet.digest(company).hex(),
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
        if let Some(c) = review::current_cycle(company, today).filter(|c| c.self_assessment) {
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
    if let Some(c) = review::current_cycle(company, today) {
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
