//! The catalog with its counts, sessions, and the gaps in required training.

use super::*;

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
fn course_counts(company: &Company, c: &Course, today: NaiveDate) -> StandingCounts {
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

/// A session as a row: its counts over the attendees the asker may see, so
/// a head or an attendee does not learn who else failed from a total.
fn session_row(company: &Company, me: &User, s: &review::Session) -> SessionRow {
    let all = sees_all(me);
    let seen: Vec<EmployeeId> = if all {
        Vec::new()
    } else {
        visible_attendees(company, me, s).map(|e| e.id).collect()
    };
    let counted = |e: &EmployeeId| all || seen.contains(e);
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
        attendees: s.attendees.iter().filter(|e| counted(e)).count() as u32,
        passed: s
            .results
            .iter()
            .filter(|(e, r)| r.passed && counted(e))
            .count() as u32,
        failed: s
            .results
            .iter()
            .filter(|(e, r)| !r.passed && counted(e))
            .count() as u32,
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
        .map(|s| session_row(company, me, s))
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
        row: session_row(company, me, s),
        others: (s.attendees.len() - attendees.len()) as u32,
        attendees,
    })
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
