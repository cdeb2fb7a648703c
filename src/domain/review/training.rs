//! The training catalog, its sessions and results, and where each holder of
//! a position stands on the courses it requires.

use super::*;
use crate::domain::commands::MAX_TITLE;
use crate::domain::model::EmployeeStatus;
use crate::domain::people::employee;
use crate::domain::text;
use chrono::{Months, TimeDelta};

/// HR hears of a certificate this many days before it expires.
pub const EXPIRY_NOTICE_DAYS: i64 = 30;
const MAX_TENTHS: u32 = 10_000;
const MAX_RENEW_MONTHS: u32 = 240;
const MAX_CERTIFICATE: usize = 40;
pub const MAX_ATTENDEES: usize = 500;

pub(super) fn decide(
    company: &Company,
    actor: &User,
    cmd: &Review,
    comment: &str,
    ctx: &Ctx,
) -> Result<Vec<Event>, DomainError> {
    let by = actor.login.clone();
    match cmd {
        Review::AddCourse {
            title,
            tenths,
            kind,
            required_for,
            renew_months,
        } => Ok(vec![Event::CourseAdded {
            id: CourseId(company.courses.get_max().map_or(1, |(k, _)| k.0 + 1)),
            title: course_title(company, title, None)?,
            tenths: hours(*tenths)?,
            kind: *kind,
            required_for: positions(company, required_for)?,
            renew_months: renewal(*renew_months)?,
            by,
            at: ctx.now,
        }]),
        Review::EditCourse {
            course: id,
            title,
            tenths,
            kind,
            required_for,
            renew_months,
        } => {
            let old = open_course(company, *id)?;
            let title = course_title(company, title, Some(*id))?;
            let (tenths, required_for, renew_months) = (
                hours(*tenths)?,
                positions(company, required_for)?,
                renewal(*renew_months)?,
            );
            if (&title, tenths, *kind, &required_for, renew_months)
                == (
                    &old.title,
                    old.tenths,
                    old.kind,
                    &old.required_for,
                    old.renew_months,
                )
            {
                return Err(DomainError::NothingChanged { id: id.to_string() });
            }
            Ok(vec![Event::CourseEdited {
                id: *id,
                title,
                tenths,
                kind: *kind,
                required_for,
                renew_months,
                by,
                at: ctx.now,
            }])
        }
        Review::CloseCourse { course: id } => {
            open_course(company, *id)?;
            Ok(vec![Event::CourseClosed {
                id: *id,
                by,
                at: ctx.now,
            }])
        }
        Review::PlanSession {
            course,
            on,
            trainer,
            attendees,
        } => {
            open_course(company, *course)?;
            in_range(*on, ctx)?;
            let attendees = enrol(company, actor, &[], attendees, *on)?;
            Ok(vec![Event::SessionPlanned {
                id: SessionId(company.sessions.get_max().map_or(1, |(k, _)| k.0 + 1)),
                course: *course,
                on: *on,
                trainer: text::line("field.trainer", trainer, MAX_TITLE, false)?,
                attendees,
                by,
                at: ctx.now,
            }])
        }
        Review::Enroll {
            session: id,
            employees,
        } => {
            let s = session(company, *id)?;
            open_course(company, s.course)?;
            // Adding people to a session already held says they attended:
            // HR's correction of the list, with the reason why.
            if s.on < ctx.today && (!is_hr(actor) || comment.trim().is_empty()) {
                return Err(DomainError::ReasonRequired {
                    action: "action.enroll_held".into(),
                });
            }
            if let Some(e) = employees.iter().find(|e| s.attendees.contains(e)) {
                return Err(DomainError::AlreadyEnrolled {
                    employee: e.to_string(),
                    session: id.to_string(),
                });
            }
            let added = enrol(company, actor, &s.attendees, employees, s.on)?;
            Ok(vec![Event::AttendeesEnrolled {
                session: *id,
                employees: added,
                by,
                at: ctx.now,
            }])
        }
        Review::RecordResult {
            session: id,
            employee: who,
            passed,
            score,
            certificate,
        } => {
            let s = session(company, *id)?;
            let e = employee(company, *who)?;
            if actor.employee == Some(*who) {
                return Err(DomainError::OwnTraining);
            }
            department_or_hr(company, actor, e)?;
            if !s.attendees.contains(who) {
                return Err(DomainError::NotAttendee {
                    employee: format!("{} {}", e.id, e.name),
                    session: id.to_string(),
                });
            }
            if s.on > ctx.today {
                return Err(DomainError::InFuture {
                    on: s.on.to_string(),
                    today: ctx.today.to_string(),
                });
            }
            if let Some(n) = score
                && *n > 100
            {
                return Err(DomainError::BadTrainingScore {
                    text: n.to_string(),
                });
            }
            if s.on < e.hired {
                return Err(DomainError::BeforeHire {
                    id: e.id.to_string(),
                    on: s.on.to_string(),
                    hired: e.hired.to_string(),
                });
            }
            let certificate = text::line("field.certificate", certificate, MAX_CERTIFICATE, true)?;
            if !*passed && !certificate.is_empty() {
                return Err(DomainError::CertificateWithoutPass { certificate });
            }
            // A result already recorded is changed only with the reason why
            // (the log keeps both), and never to itself.
            if let Some(old) = s.result(*who) {
                if (
                    old.passed,
                    old.score,
                    old.certificate.as_str(),
                    old.note.as_str(),
                ) == (*passed, *score, certificate.as_str(), comment)
                {
                    return Err(DomainError::SameResult {
                        employee: e.id.to_string(),
                        session: id.to_string(),
                    });
                }
                if comment.trim().is_empty() {
                    return Err(DomainError::ReasonRequired {
                        action: "action.change_result".into(),
                    });
                }
            }
            Ok(vec![Event::TrainingResultSet {
                session: *id,
                employee: *who,
                passed: *passed,
                score: *score,
                certificate,
                note: comment.to_string(),
                by,
                at: ctx.now,
            }])
        }
        _ => Ok(Vec::new()),
    }
}

fn open_course(company: &Company, id: CourseId) -> Result<&Course, DomainError> {
    let c = course(company, id)?;
    if c.closed {
        return Err(DomainError::CourseClosed {
            course: format!("{} {}", c.id, c.title),
        });
    }
    Ok(c)
}

/// A title no other open course of the catalog has.
fn course_title(
    company: &Company,
    title: &str,
    own: Option<CourseId>,
) -> Result<String, DomainError> {
    let title = text::line("field.course_title", title, MAX_TITLE, false)?;
    let folded = text::fold(&title);
    if let Some(other) = company
        .courses
        .values()
        .find(|c| !c.closed && Some(c.id) != own && text::fold(&c.title) == folded)
    {
        return Err(DomainError::DuplicateCourse {
            title,
            id: other.id.to_string(),
        });
    }
    Ok(title)
}

/// A session's day within ten years before today and two after: a typo
/// of a century is refused, not recorded.
fn in_range(on: NaiveDate, ctx: &Ctx) -> Result<(), DomainError> {
    let earliest = ctx.today.checked_sub_months(Months::new(120));
    let latest = ctx.today.checked_add_months(Months::new(24));
    if earliest.is_some_and(|d| on < d) || latest.is_some_and(|d| on > d) {
        return Err(DomainError::DayOutOfRange {
            on: on.to_string(),
            today: ctx.today.to_string(),
        });
    }
    Ok(())
}

fn hours(tenths: u32) -> Result<u32, DomainError> {
    if tenths == 0 || tenths > MAX_TENTHS {
        return Err(DomainError::BadHours {
            text: format!("{}.{}", tenths / 10, tenths % 10),
        });
    }
    Ok(tenths)
}

fn renewal(months: Option<u32>) -> Result<Option<u32>, DomainError> {
    match months {
        Some(m) if m == 0 || m > MAX_RENEW_MONTHS => Err(DomainError::BadRenewal {
            text: m.to_string(),
            max: MAX_RENEW_MONTHS,
        }),
        other => Ok(other),
    }
}

/// Existing open positions, each once, in id order.
fn positions(company: &Company, ids: &[PositionId]) -> Result<Vec<PositionId>, DomainError> {
    let mut out = Vec::new();
    for id in ids {
        let p = company
            .positions
            .get(id)
            .ok_or_else(|| not_found("kind.position", id))?;
        if p.closed {
            return Err(DomainError::PositionClosed {
                position: format!("{} {}", p.id, p.title),
            });
        }
        out.push(*id);
    }
    out.sort();
    out.dedup();
    Ok(out)
}

/// The employees of `wanted` not yet among `already`: each with the
/// company, and each one whose training `actor` records.
fn enrol(
    company: &Company,
    actor: &User,
    already: &[EmployeeId],
    wanted: &[EmployeeId],
    on: NaiveDate,
) -> Result<Vec<EmployeeId>, DomainError> {
    let mut out: Vec<EmployeeId> = Vec::new();
    for id in wanted {
        let e = employee(company, *id)?;
        if !e.status.holds_seat() {
            return Err(DomainError::EmployeeLeft { id: id.to_string() });
        }
        department_or_hr(company, actor, e)?;
        if on < e.hired {
            return Err(DomainError::BeforeHire {
                id: e.id.to_string(),
                on: on.to_string(),
                hired: e.hired.to_string(),
            });
        }
        if !already.contains(id) && !out.contains(id) {
            out.push(*id);
        }
    }
    if already.len() + out.len() > MAX_ATTENDEES {
        return Err(DomainError::TooManyAttendees { max: MAX_ATTENDEES });
    }
    if already.is_empty() && out.is_empty() {
        return Err(DomainError::EmptyField {
            field: "field.attendees".into(),
        });
    }
    Ok(out)
}

/// The most tenths of an hour a typed length may carry before the domain
/// judges it (1000 h); more is refused by the domain's words.
const MAX_TYPED_TENTHS: u64 = 100_000;

/// Hours as people type them, to a tenth (`1.5`, `8`, `0.5`; `1,5` too),
/// in tenths of an hour. Anything else is the domain's `BadHours`, naming
/// what was typed; the domain judges the range.
pub fn parse_hours(text: &str) -> Result<u32, DomainError> {
    let bad = || DomainError::BadHours {
        text: text.trim().to_string(),
    };
    let t: String = text
        .trim()
        .chars()
        .map(|c| match c {
            // Full-width digits and point, as an IME may type them.
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
            '．' | ',' => '.',
            c => c,
        })
        .collect();
    let (whole, tenth) = match t.split_once('.') {
        Some((w, f)) if f.len() == 1 => (w, f),
        Some(_) => return Err(bad()),
        None => (t.as_str(), "0"),
    };
    if whole.is_empty()
        || whole.len() > 6
        || !whole.chars().all(|c| c.is_ascii_digit())
        || !tenth.chars().all(|c| c.is_ascii_digit())
    {
        return Err(bad());
    }
    let n =
        whole.parse::<u64>().map_err(|_| bad())? * 10 + tenth.parse::<u64>().map_err(|_| bad())?;
    if n > MAX_TYPED_TENTHS {
        return Err(bad());
    }
    u32::try_from(n).map_err(|_| bad())
}

/// `1.5` for 15 tenths.
pub fn hours_text(tenths: u32) -> String {
    if tenths.is_multiple_of(10) {
        (tenths / 10).to_string()
    } else {
        format!("{}.{}", tenths / 10, tenths % 10)
    }
}

/// Where `e` stands on `course`, which their position requires.
pub fn standing(company: &Company, e: EmployeeId, course: &Course, today: NaiveDate) -> Status {
    let passed = company.index.passes.get(&(course.id, e)).copied();
    let valid_until = passed.and_then(|p| expiry(course, p));
    let standing = match (passed, valid_until) {
        (None, _) => Standing::Missing,
        (Some(_), Some(until)) if until < today => Standing::Expired,
        (Some(_), Some(until)) if until <= today + TimeDelta::days(EXPIRY_NOTICE_DAYS) => {
            Standing::Expiring
        }
        _ => Standing::Done,
    };
    Status {
        course: course.id,
        standing,
        passed,
        valid_until,
    }
}

/// The last day a pass on `on` counts, for a course that is renewed.
pub fn expiry(course: &Course, on: NaiveDate) -> Option<NaiveDate> {
    course
        .renew_months
        .and_then(|m| on.checked_add_months(Months::new(m)))
        .map(|d| d - TimeDelta::days(1))
}

/// Every course `e`'s position requires, with where they stand.
pub fn statuses(company: &Company, e: &Employee, today: NaiveDate) -> Vec<Status> {
    if !e.status.holds_seat() || e.status == EmployeeStatus::Separated {
        return Vec::new();
    }
    company
        .index
        .required
        .get(&e.position)
        .into_iter()
        .flat_map(|set| set.iter())
        .filter_map(|c| company.courses.get(c))
        .map(|c| standing(company, e.id, c, today))
        .collect()
}
