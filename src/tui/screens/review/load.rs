//! What the review screens ask the service for (`Load`, carried by the
//! loader as `Want::Review`), how a list is read to its end so `/` finds
//! every row, and where each answer lands (`Data`).

use crate::domain::{CourseId, CycleId, EmployeeId, EvalId, SessionId};
use crate::service::api::{
    ApiError, CourseRow, CycleRow, EvalRow, EvalView, Page, PageReq, Query, Reply, ReviewRecord,
    SessionRow, SessionView, TrainingReport,
};
use crate::transport::Client;
use crate::tui::app::Loaded;

/// One thing a review screen shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Load {
    /// Every evaluation cycle, newest first.
    Cycles,
    /// Everyone a cycle evaluates whom the user sees, scored or not.
    People(CycleId),
    Eval(EvalId),
    /// The training catalog.
    Courses,
    /// The sessions of one course the user may see.
    Sessions(CourseId),
    /// One session with its attendees' results.
    Session(SessionId),
    /// Gaps in required training.
    Gaps,
    /// One employee's training and evaluations (their record).
    Record(EmployeeId),
}

impl Load {
    /// Loads of the same slot replace each other while they wait (the
    /// loader adds its own offset).
    pub fn slot(self) -> u8 {
        match self {
            Load::Cycles => 0,
            Load::People(_) => 1,
            Load::Eval(_) => 2,
            Load::Courses => 3,
            Load::Sessions(_) => 4,
            Load::Session(_) => 5,
            Load::Gaps => 6,
            Load::Record(_) => 7,
        }
    }

    pub fn query(self, page: PageReq) -> Query {
        match self {
            Load::Cycles => Query::Cycles(page),
            Load::People(cycle) => Query::Evaluations {
                cycle: Some(cycle),
                page,
            },
            Load::Eval(id) => Query::Evaluation(id),
            Load::Courses => Query::Courses(page),
            Load::Sessions(course) => Query::Sessions {
                course: Some(course),
                page,
            },
            Load::Session(id) => Query::Session(id),
            Load::Gaps => Query::TrainingReport(page),
            Load::Record(id) => Query::ReviewRecord(id),
        }
    }
}

/// Asks for `load`; a list is read page after page to its end.
pub fn fetch(client: &mut dyn Client, load: Load) -> Result<Reply, ApiError> {
    let ask = |client: &mut dyn Client, page| {
        client.call(crate::service::api::Request::Query(load.query(page)))
    };
    let mut reply = ask(client, PageReq::FIRST)?;
    while let Some(cursor) = next_of(&reply) {
        let page = PageReq {
            cursor,
            limit: PageReq::FIRST.limit,
        };
        let more = ask(client, page)?;
        reply = append(reply, more)?;
    }
    Ok(reply)
}

fn next_of(reply: &Reply) -> Option<u64> {
    match reply {
        Reply::Cycles(p) => p.next,
        Reply::Evaluations(p) => p.next,
        Reply::Courses(p) => p.next,
        Reply::Sessions(p) => p.next,
        Reply::TrainingReport(r) => r.gaps.next,
        _ => None,
    }
}

fn append(into: Reply, more: Reply) -> Result<Reply, ApiError> {
    fn join<T>(mut a: Page<T>, b: Page<T>) -> Page<T> {
        a.items.extend(b.items);
        a.next = b.next;
        a
    }
    Ok(match (into, more) {
        (Reply::Cycles(a), Reply::Cycles(b)) => Reply::Cycles(join(a, b)),
        (Reply::Evaluations(a), Reply::Evaluations(b)) => Reply::Evaluations(join(a, b)),
        (Reply::Courses(a), Reply::Courses(b)) => Reply::Courses(join(a, b)),
        (Reply::Sessions(a), Reply::Sessions(b)) => Reply::Sessions(join(a, b)),
        (Reply::TrainingReport(a), Reply::TrainingReport(b)) => {
            Reply::TrainingReport(TrainingReport {
                counts: a.counts,
                gaps: join(a.gaps, b.gaps),
            })
        }
        (_, other) => return Err(ApiError::Protocol(format!("unexpected reply {other:?}"))),
    })
}

/// What the service last said about evaluation and training.
#[derive(Clone, Debug, Default)]
pub struct Data {
    pub cycles: Loaded<Vec<CycleRow>>,
    /// A cycle's people, and which cycle they are.
    pub people: Loaded<(CycleId, Vec<EvalRow>)>,
    /// The evaluation last opened.
    pub eval: Loaded<EvalView>,
    pub courses: Loaded<Vec<CourseRow>>,
    /// One course's sessions.
    pub sessions: Loaded<(CourseId, Vec<SessionRow>)>,
    /// The session selected on the course screen.
    pub session: Option<SessionView>,
    pub gaps: Loaded<TrainingReport>,
    /// The training and evaluations of the employee whose record is open.
    pub record: Loaded<ReviewRecord>,
}

impl Data {
    /// Files an answer; `Err` says it was not one for `load`.
    pub fn store(&mut self, load: Load, reply: Reply) -> Result<(), String> {
        match (load, reply) {
            (Load::Cycles, Reply::Cycles(p)) => self.cycles = Loaded::Ready(p.items),
            (Load::People(c), Reply::Evaluations(p)) => self.people = Loaded::Ready((c, p.items)),
            (Load::Eval(_), Reply::Evaluation(v)) => self.eval = Loaded::Ready(*v),
            (Load::Courses, Reply::Courses(p)) => self.courses = Loaded::Ready(p.items),
            (Load::Sessions(c), Reply::Sessions(p)) => {
                self.sessions = Loaded::Ready((c, p.items));
            }
            (Load::Session(_), Reply::Session(v)) => self.session = Some(*v),
            (Load::Gaps, Reply::TrainingReport(r)) => self.gaps = Loaded::Ready(r),
            (Load::Record(_), Reply::ReviewRecord(r)) => self.record = Loaded::Ready(*r),
            (_, other) => return Err(format!("unexpected reply {other:?}")),
        }
        Ok(())
    }

    /// The user may not see it; `why` says so where it would have been.
    pub fn denied(&mut self, load: Load, why: String) {
        match load {
            Load::Cycles => self.cycles = Loaded::Denied(why),
            Load::People(_) => self.people = Loaded::Denied(why),
            Load::Eval(_) => self.eval = Loaded::Denied(why),
            Load::Courses => self.courses = Loaded::Denied(why),
            Load::Sessions(_) => self.sessions = Loaded::Denied(why),
            Load::Session(_) => self.session = None,
            Load::Gaps => self.gaps = Loaded::Denied(why),
            Load::Record(_) => self.record = Loaded::Denied(why),
        }
    }
}
