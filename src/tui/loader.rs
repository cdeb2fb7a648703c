//! The one thread that talks to the service. The interface hands it jobs and
//! goes on handling keys; answers come back as messages, so a slow daemon or
//! a long verify never freezes the screen.
//!
//! Loads that pile up while one is in flight are folded: of several loads of
//! the same thing (the selected position, while an arrow key is held) only
//! the last is fetched. Commands are never folded and run in order.

use super::keymap::Action;
use crate::domain::{EmployeeId, PlanId, PositionId, ReqId, SepId};
use crate::service::api::{ApiError, CaseRef, PEOPLE_PAGE, Page, PageReq, Query, Reply, Request};
use crate::transport::{Client, Link};
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender, channel};
use std::time::{Duration, Instant};

/// Something a screen shows, fetched by the loader.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Want {
    Me,
    Inbox,
    Depts,
    /// The positions of one department (the organisation screen's right pane).
    DeptPositions(crate::domain::DeptId),
    /// Every position (forms choose among them), page after page.
    AllPositions,
    Position(PositionId),
    Plans,
    Plan(PlanId),
    /// A page of the audit log: the latest entries (`before` 0), or those
    /// just older than entry `before`, when the user reads past the end.
    Audit {
        before: u64,
    },
    Users,
    Delegations,
    /// A page of the employee directory, from the employee after `after`
    /// (0: from the first). Read a page at a time, so the first shows at once.
    People {
        after: u64,
    },
    /// One employee's record.
    Employee(EmployeeId),
    /// Every requisition the user may see, newest first.
    Reqs,
    Req(ReqId),
    /// The requisition that holds an inbox item's candidate or interview.
    ReqOf(CaseRef),
    /// Time-to-fill and time per step.
    RecruitReport,
    /// The separation cases the user may see: the open ones, or every one.
    Seps {
        all: bool,
    },
    /// One case with its checklist.
    Sep(SepId),
    /// What the administration department issued to an employee.
    Equipment(EmployeeId),
    /// A closed case's certificate of separation.
    Certificate(SepId),
    /// Whom a form's field names, as typed: an id (`EMP-0014`) or a staff
    /// number (`HX-1014`), looked up so the form can say who it is.
    Person(String),
    /// The dashboard's figures.
    Dashboard,
    /// Evaluation and training (`screens::review::load`).
    Review(super::screens::review::Load),
}

impl Want {
    /// Loads of the same slot replace each other while waiting.
    fn slot(&self) -> u8 {
        match self {
            Want::Me => 0,
            Want::Inbox => 1,
            Want::Depts => 2,
            Want::DeptPositions(_) => 3,
            Want::AllPositions => 4,
            Want::Position(_) => 5,
            Want::Plans => 6,
            Want::Plan(_) => 7,
            Want::Audit { before: 0 } => 8,
            Want::Audit { .. } => 11,
            Want::Users => 9,
            Want::Delegations => 10,
            // A new read of the directory never replaces the next page of
            // the one under way, nor the other way round.
            Want::People { after: 0 } => 12,
            Want::People { .. } => 13,
            Want::Employee(_) => 14,
            Want::Reqs => 15,
            Want::Req(_) | Want::ReqOf(_) => 16,
            Want::RecruitReport => 17,
            Want::Seps { .. } => 18,
            Want::Sep(_) => 19,
            Want::Equipment(_) => 20,
            Want::Certificate(_) => 21,
            Want::Person(_) => 22,
            Want::Dashboard => 23,
            Want::Review(load) => 100 + load.slot(),
        }
    }

    fn queries(&self) -> Query {
        let first = PageReq::FIRST;
        match self {
            Want::Me => Query::Whoami,
            Want::Inbox => Query::Inbox(first),
            Want::Depts => Query::Departments(PageReq::FIRST),
            Want::DeptPositions(d) => Query::Positions {
                dept: Some(*d),
                page: PageReq::FIRST,
            },
            Want::AllPositions => Query::Positions {
                dept: None,
                page: PageReq::FIRST,
            },
            Want::Position(id) => Query::Position(*id),
            Want::Plans => Query::Plans {
                state: None,
                page: PageReq::FIRST,
            },
            Want::Plan(id) => Query::Plan(*id),
            Want::Audit { before: 0 } => Query::Audit {
                from: 0,
                limit: AUDIT_PAGE,
            },
            Want::Audit { before } => Query::Audit {
                from: before.saturating_sub(u64::from(AUDIT_PAGE)).max(1),
                limit: u32::try_from(before.saturating_sub(1))
                    .unwrap_or(AUDIT_PAGE)
                    .min(AUDIT_PAGE),
            },
            Want::Users => Query::Users(PageReq::FIRST),
            Want::Delegations => Query::Delegations {
                all: false,
                page: PageReq::FIRST,
            },
            Want::People { after } => Query::Employees(PageReq {
                cursor: *after,
                limit: PEOPLE_PAGE,
            }),
            Want::Employee(id) => Query::Employee(*id),
            Want::Reqs => Query::Requisitions {
                state: None,
                page: PageReq::FIRST,
            },
            Want::Req(id) => Query::Requisition(*id),
            Want::RecruitReport => Query::RecruitReport,
            Want::ReqOf(CaseRef::Req(id)) => Query::Requisition(*id),
            Want::ReqOf(CaseRef::Interview(id)) => Query::Interview(*id),
            Want::Seps { all } => Query::Separations {
                open: !all,
                page: PageReq::FIRST,
            },
            Want::Sep(id) => Query::Separation(*id),
            Want::Equipment(id) => Query::Equipment(*id),
            Want::Certificate(id) => Query::Certificate(*id),
            Want::Dashboard => Query::Dashboard,
            // As the CLI finds people: a number written as an id is the id.
            Want::Person(text) => match EmployeeId::written_out(text) {
                Some(id) => Query::Employee(id),
                None => Query::EmployeeByNumber(text.trim().to_string()),
            },
            Want::Review(load) => load.query(PageReq::FIRST),
            // A candidate's requisition is found by a walk (`req_of`).
            Want::ReqOf(_) => Query::Requisitions {
                state: None,
                page: PageReq::FIRST,
            },
        }
    }
}

/// How many audit entries one load brings.
pub const AUDIT_PAGE: u32 = 500;

/// What to do with the answer to a command (or an action-like query).
#[derive(Clone, Debug, PartialEq)]
pub enum Then {
    /// A form was saved: close it, or show the refusal in it.
    Form,
    /// A confirmation was answered: say `ok` (a catalog key) or the error;
    /// `leave`: the open plan is gone, go back to the list.
    Confirmed { ok: &'static str, leave: bool },
    /// The chain was walked.
    Verified,
    /// The user may run the command: do `action` again, now allowed.
    Allowed(Action),
}

pub enum Job {
    Load(Want),
    Run(Then, Request),
    ActAs(String),
}

/// What comes back from the loader, in order.
#[derive(Debug)]
pub enum Answer {
    Loaded(Want, Result<Reply, ApiError>),
    Ran(Then, Result<Reply, ApiError>),
    ActedAs(String, Result<(), ApiError>),
    /// A load made needless by a later one of the same thing.
    Skipped,
    /// Someone committed: what is on screen may be stale.
    Changed,
    Link(Link),
}

pub struct Loader {
    jobs: Sender<Job>,
    /// Jobs handed over and not yet answered.
    pub outstanding: usize,
}

/// How often the loader looks at the link and at change notices when idle.
const TICK: Duration = Duration::from_millis(100);
/// How often a lost daemon is tried again.
const RETRY: Duration = Duration::from_secs(1);

impl Loader {
    /// Starts the loader thread; its answers go to `answers`, wrapped by `wrap`.
    pub fn start<T: Send + 'static>(
        client: Box<dyn Client>,
        answers: Sender<T>,
        wrap: fn(Answer) -> T,
    ) -> Loader {
        let (jobs, rx) = channel();
        std::thread::spawn(move || work(client, rx, answers, wrap));
        Loader {
            jobs,
            outstanding: 0,
        }
    }

    /// Hands a job over; false when the loader is gone (it never should be).
    pub fn send(&mut self, job: Job) -> bool {
        let ok = self.jobs.send(job).is_ok();
        if ok {
            self.outstanding += 1;
        }
        ok
    }

    /// An answer to a job arrived (notices and link changes do not count).
    pub fn answered(&mut self, answer: &Answer) {
        if matches!(
            answer,
            Answer::Loaded(..) | Answer::Ran(..) | Answer::ActedAs(..) | Answer::Skipped
        ) {
            self.outstanding = self.outstanding.saturating_sub(1);
        }
    }
}

fn work<T>(
    mut client: Box<dyn Client>,
    jobs: Receiver<Job>,
    out: Sender<T>,
    wrap: fn(Answer) -> T,
) {
    let send = |a: Answer| out.send(wrap(a)).is_ok();
    let mut changes = client.changes();
    let mut link = client.link();
    let mut last_try = Instant::now();
    loop {
        let first = match jobs.recv_timeout(TICK) {
            Ok(j) => Some(j),
            Err(RecvTimeoutError::Timeout) => None,
            Err(RecvTimeoutError::Disconnected) => return,
        };
        let mut batch: Vec<Job> = first.into_iter().collect();
        batch.extend(jobs.try_iter());
        let (batch, skipped) = fold(batch);
        for _ in 0..skipped {
            if !send(Answer::Skipped) {
                return;
            }
        }
        for job in batch {
            let answer = match job {
                Job::Load(want) => {
                    let result = load(client.as_mut(), &want);
                    Answer::Loaded(want, result)
                }
                Job::Run(then, req) => Answer::Ran(then, client.call(req)),
                Job::ActAs(login) => {
                    let r = client.act_as(&login);
                    Answer::ActedAs(login, r)
                }
            };
            if !send(answer) {
                return;
            }
        }
        if client.link() == Link::Lost && last_try.elapsed() >= RETRY {
            last_try = Instant::now();
            client.reconnect();
        }
        let now = client.link();
        if now != link {
            link = now;
            if !send(Answer::Link(now)) {
                return;
            }
        }
        let c = client.changes();
        if c != changes {
            changes = c;
            if !send(Answer::Changed) {
                return;
            }
        }
    }
}

/// Of several loads for one slot, keeps the last; returns the jobs to run
/// and how many were dropped.
fn fold(batch: Vec<Job>) -> (Vec<Job>, usize) {
    let mut out: Vec<Job> = Vec::with_capacity(batch.len());
    let mut skipped = 0;
    for job in batch {
        if let Job::Load(w) = &job
            && let Some(i) = out
                .iter()
                .rposition(|j| matches!(j, Job::Load(x) if x.slot() == w.slot()))
        {
            out[i] = job;
            skipped += 1;
            continue;
        }
        out.push(job);
    }
    (out, skipped)
}

/// One load; lists that are shown or chosen from whole are read to their end.
fn load(client: &mut dyn Client, want: &Want) -> Result<Reply, ApiError> {
    if let Want::ReqOf(case) = want {
        return req_of(client, *case).map(super::visible::reply);
    }
    if let Want::Review(load) = want {
        return super::screens::review::load::fetch(client, *load).map(super::visible::reply);
    }
    let mut reply = client.call(Request::Query(want.queries()))?;
    // Lists filtered on screen are read whole, so `/` finds every row.
    if matches!(
        want,
        Want::Depts
            | Want::AllPositions
            | Want::Users
            | Want::Plans
            | Want::Inbox
            | Want::Delegations
            | Want::Reqs
            | Want::Seps { .. }
    ) {
        while let Some(cursor) = next_of(&reply) {
            let page = PageReq {
                cursor,
                limit: PageReq::FIRST.limit,
            };
            let q = match want.queries() {
                Query::Departments(_) => Query::Departments(page),
                Query::Positions { dept, .. } => Query::Positions { dept, page },
                Query::Users(_) => Query::Users(page),
                Query::Plans { state, .. } => Query::Plans { state, page },
                Query::Inbox(_) => Query::Inbox(page),
                Query::Delegations { all, .. } => Query::Delegations { all, page },
                Query::Requisitions { state, .. } => Query::Requisitions { state, page },
                Query::Separations { open, .. } => Query::Separations { open, page },
                other => other,
            };
            let more = client.call(Request::Query(q))?;
            reply = append(reply, more)?;
        }
    }
    Ok(super::visible::reply(reply))
}

fn next_of(reply: &Reply) -> Option<u64> {
    match reply {
        Reply::Departments(p) => p.next,
        Reply::Positions(p) => p.next,
        Reply::Users(p) => p.next,
        Reply::Plans(p) => p.next,
        Reply::Inbox(p) => p.next,
        Reply::Delegations(p) => p.next,
        Reply::Requisitions(p) => p.next,
        Reply::Separations(p) => p.next,
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
        (Reply::Departments(mut a), Reply::Departments(b)) => {
            a.items.extend(b.items);
            a.next = b.next;
            Reply::Departments(a)
        }
        (Reply::Positions(a), Reply::Positions(b)) => Reply::Positions(join(a, b)),
        (Reply::Users(a), Reply::Users(b)) => Reply::Users(join(a, b)),
        (Reply::Plans(a), Reply::Plans(b)) => Reply::Plans(join(a, b)),
        (Reply::Inbox(a), Reply::Inbox(b)) => Reply::Inbox(join(a, b)),
        (Reply::Delegations(a), Reply::Delegations(b)) => Reply::Delegations(join(a, b)),
        (Reply::Requisitions(a), Reply::Requisitions(b)) => Reply::Requisitions(join(a, b)),
        (Reply::Separations(a), Reply::Separations(b)) => Reply::Separations(join(a, b)),
        (_, other) => return Err(ApiError::Protocol(format!("unexpected reply {other:?}"))),
    })
}

/// The requisition an inbox item is about: an interview and a candidate
/// each name theirs.
fn req_of(client: &mut dyn Client, case: CaseRef) -> Result<Reply, ApiError> {
    let id = match case {
        CaseRef::Req(id) => id,
        CaseRef::Interview(i) => match client.call(Request::Query(Query::Interview(i)))? {
            Reply::Interview(d) => d.req,
            other => return Err(ApiError::Protocol(format!("unexpected reply {other:?}"))),
        },
        CaseRef::Candidate(c) => match client.call(Request::Query(Query::Candidate(c)))? {
            Reply::Candidate(v) => v.req,
            other => return Err(ApiError::Protocol(format!("unexpected reply {other:?}"))),
        },
        CaseRef::Plan(_)
        | CaseRef::Employee(_)
        | CaseRef::Sep(_)
        | CaseRef::Course(_)
        | CaseRef::Cycle(_)
        | CaseRef::Eval(_) => {
            return Err(ApiError::Protocol(format!("{case} is no recruitment case")));
        }
    };
    client.call(Request::Query(Query::Requisition(id)))
}
