//! Runs a request for a caller: authorize, decide, store, publish; and
//! answers queries from the published company.
//!
//! Commands go through group commit: whoever finds no commit in progress
//! leads one, taking every command that has queued up meanwhile. Each is
//! decided in order against the state the earlier ones leave, all are written
//! in one batch with one fsync, and only then is the new state published and
//! each command acknowledged. If the write fails, none is acknowledged and
//! the published state is exactly what it was. Queries read the published
//! state (an `Arc` swapped after each durable commit), so they never wait for
//! the disk or for a writer.

pub mod api;
pub mod seed;
mod views;

use crate::domain::auth::{self, Access};
use crate::domain::commands::{self, Ctx};
use crate::domain::time::day_in;
use crate::domain::{Command, Company, DomainError, Event, RequestId, Templates, User};
use crate::store::{Commit, Envelope, Head, LoadReport, Store, VerifyFailure};
use api::*;
use chrono::{DateTime, Utc};
use std::collections::{HashMap, VecDeque};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, RwLock};

/// A snapshot is written after this many events, so a start replays few.
const SNAPSHOT_EVERY: u64 = 1000;
/// The most commands one group commit takes.
const MAX_GROUP: usize = 256;

/// Who is asking: the renshi login, and the OS login behind it when they differ.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Caller {
    pub login: String,
    pub via: Option<String>,
}

impl Caller {
    pub fn new(login: impl Into<String>) -> Self {
        Caller {
            login: login.into(),
            via: None,
        }
    }
}

enum Work {
    Command {
        command: Command,
        comment: String,
        request: Option<RequestId>,
    },
    /// A new store's opening figures, written as they are.
    Seed { comment: String, events: Vec<Event> },
}

struct Job {
    ticket: u64,
    caller: Caller,
    /// Read on the caller's thread, so a test's clock holds for its commands.
    now: DateTime<Utc>,
    work: Work,
}

/// A command decided in a group, waiting for the group's write.
struct Accepted {
    ticket: u64,
    env: Envelope,
    events: Vec<Event>,
    request: Option<RequestId>,
    created: Option<String>,
}

#[derive(Default)]
struct Queue {
    jobs: VecDeque<Job>,
    leading: bool,
    done: HashMap<u64, Result<Done, ApiError>>,
    next_ticket: u64,
}

pub struct Service {
    store: Arc<Store>,
    published: RwLock<Arc<Company>>,
    templates: Templates,
    clock: fn() -> DateTime<Utc>,
    queue: Mutex<Queue>,
    turn: Condvar,
    /// Who hears about commits: the daemon forwards these to connected TUIs.
    subscribers: Mutex<Vec<Sender<u64>>>,
    snapshot_seq: Arc<AtomicU64>,
    snapshotting: Arc<AtomicBool>,
    /// The last event the published company reflects.
    company_seq: AtomicU64,
    /// Held by whoever brings the published company up to the log: the
    /// commit leader, or `warm_up` when a daemon started from its snapshot.
    writing: Mutex<()>,
    /// How the company was loaded at start.
    pub loaded: LoadReport,
}

impl Service {
    pub fn open(store: Store) -> Result<Service, ApiError> {
        let (company, loaded) = store.load()?;
        let templates = Templates::builtin().map_err(ApiError::Protocol)?;
        let head = store.head();
        let snapshot_seq = if loaded.from_snapshot {
            head.seq - loaded.replayed
        } else {
            0
        };
        let service = Service {
            store: Arc::new(store),
            published: RwLock::new(Arc::new(company)),
            templates,
            clock: Utc::now,
            queue: Mutex::new(Queue::default()),
            turn: Condvar::new(),
            subscribers: Mutex::new(Vec::new()),
            snapshot_seq: Arc::new(AtomicU64::new(snapshot_seq)),
            snapshotting: Arc::new(AtomicBool::new(false)),
            company_seq: AtomicU64::new(head.seq),
            writing: Mutex::new(()),
            loaded,
        };
        service.maybe_snapshot(false);
        Ok(service)
    }

    /// Tests fix the clock to make histories and ages predictable.
    pub fn with_clock(mut self, clock: fn() -> DateTime<Utc>) -> Self {
        self.clock = clock;
        self
    }

    /// A channel that receives the audit log's last sequence number after every commit.
    pub fn subscribe(&self) -> Receiver<u64> {
        let (tx, rx) = channel();
        if let Ok(mut subs) = self.subscribers.lock() {
            subs.push(tx);
        }
        rx
    }

    fn publish(&self, seq: u64) {
        if let Ok(mut subs) = self.subscribers.lock() {
            subs.retain(|tx| tx.send(seq).is_ok());
        }
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    pub fn now(&self) -> DateTime<Utc> {
        (self.clock)()
    }

    /// The company as of the last durable commit; it never changes under the reader.
    pub fn company(&self) -> Arc<Company> {
        match self.published.read() {
            Ok(c) => c.clone(),
            Err(poisoned) => poisoned.into_inner().clone(),
        }
    }

    pub fn handle(&self, caller: &Caller, req: Request) -> Result<Reply, ApiError> {
        match req {
            Request::Execute {
                command,
                comment,
                request,
            } => self
                .submit(caller, &command, &comment, Some(request))
                .map(Reply::Done),
            Request::Query(q) => self.query(caller, q),
        }
    }

    pub fn execute(&self, caller: &Caller, cmd: &Command, comment: &str) -> Result<Done, ApiError> {
        self.submit(caller, cmd, comment, None)
    }

    fn submit(
        &self,
        caller: &Caller,
        cmd: &Command,
        comment: &str,
        request: Option<RequestId>,
    ) -> Result<Done, ApiError> {
        self.run(
            caller.clone(),
            Work::Command {
                command: cmd.clone(),
                comment: comment.to_string(),
                request: request.filter(|r| r.0 != [0; 16]),
            },
        )
    }

    /// Writes seed events (a new store's opening figures) as one commit.
    pub fn seed(&self, actor: &str, comment: &str, events: &[Event]) -> Result<u64, ApiError> {
        self.run(
            Caller::new(actor),
            Work::Seed {
                comment: comment.to_string(),
                events: events.to_vec(),
            },
        )
        .map(|d| d.seq)
    }

    fn lock_queue(&self) -> MutexGuard<'_, Queue> {
        self.queue.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Queues the work and waits for its answer, leading a group commit
    /// when no one else is.
    fn run(&self, caller: Caller, work: Work) -> Result<Done, ApiError> {
        // Stored times keep microseconds: the state decided in memory must be
        // the state the log rebuilds, to the last digit.
        let now = crate::domain::time::to_micros(self.now());
        let mut q = self.lock_queue();
        let ticket = q.next_ticket;
        q.next_ticket += 1;
        q.jobs.push_back(Job {
            ticket,
            caller,
            now,
            work,
        });
        loop {
            if let Some(result) = q.done.remove(&ticket) {
                return result;
            }
            if !q.leading {
                q.leading = true;
                let n = q.jobs.len().min(MAX_GROUP);
                let group: Vec<Job> = q.jobs.drain(..n).collect();
                drop(q);
                // A panic inside must not leave everyone waiting for a leader.
                let results = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    self.commit_group(&group)
                }))
                .unwrap_or_else(|_| {
                    group
                        .iter()
                        .map(|j| {
                            (
                                j.ticket,
                                Err(ApiError::Protocol(
                                    "internal error while committing; nothing was saved".into(),
                                )),
                            )
                        })
                        .collect()
                });
                q = self.lock_queue();
                q.done.extend(results);
                q.leading = false;
                self.turn.notify_all();
                continue;
            }
            q = self.turn.wait(q).unwrap_or_else(|p| p.into_inner());
        }
    }

    /// Decides each job in order on a copy of the published company, writes
    /// the accepted ones in one durable batch, then publishes the copy.
    fn commit_group(&self, group: &[Job]) -> Vec<(u64, Result<Done, ApiError>)> {
        // Commands are decided on the company as the log has it: sled is
        // opened now if it was not (a process that began from a snapshot),
        // and anything another process wrote meanwhile is read first.
        let _writing = self.writing.lock().unwrap_or_else(|p| p.into_inner());
        if let Err(e) = self.catch_up() {
            return group.iter().map(|j| (j.ticket, Err(e.clone()))).collect();
        }
        let mut state = (*self.company()).clone();
        let mut results: Vec<(u64, Result<Done, ApiError>)> = Vec::new();
        // The same request twice in one group rides on the first: (ticket, first's ticket).
        let mut riders: Vec<(u64, u64)> = Vec::new();
        let mut accepted: Vec<Accepted> = Vec::new();
        for job in group {
            let request = match &job.work {
                Work::Command { request, .. } => *request,
                Work::Seed { .. } => None,
            };
            // A retried request: answer what it was answered the first time.
            if let Some(id) = request {
                match self.store.answered(&job.caller.login, &id) {
                    Ok(Some(a)) => {
                        results.push((
                            job.ticket,
                            Ok(Done {
                                seq: a.seq,
                                created: a.created,
                            }),
                        ));
                        continue;
                    }
                    Ok(None) => {}
                    Err(e) => {
                        results.push((job.ticket, Err(e.into())));
                        continue;
                    }
                }
                if let Some(first) = accepted
                    .iter()
                    .find(|a| a.request == Some(id) && a.env.actor == job.caller.login)
                {
                    riders.push((job.ticket, first.ticket));
                    continue;
                }
            }
            match self.decide(&state, job) {
                Ok((env, events)) => {
                    for e in &events {
                        state.apply(e);
                    }
                    let created = created_id(&events);
                    accepted.push(Accepted {
                        ticket: job.ticket,
                        env,
                        events,
                        request,
                        created,
                    });
                }
                Err(e) => results.push((job.ticket, Err(e))),
            }
        }
        let commits: Vec<Commit> = accepted
            .iter()
            .map(|a| Commit {
                env: a.env.clone(),
                events: &a.events,
                request: a.request,
                created: a.created.clone(),
            })
            .collect();
        match self.store.commit(&commits) {
            Ok(seqs) => {
                let head = self.store.head();
                if let Ok(mut p) = self.published.write() {
                    *p = Arc::new(state);
                }
                self.company_seq.store(head.seq, Ordering::SeqCst);
                for (a, seq) in accepted.iter().zip(seqs) {
                    results.push((
                        a.ticket,
                        Ok(Done {
                            seq,
                            created: a.created.clone(),
                        }),
                    ));
                }
                if !accepted.is_empty() {
                    self.publish(head.seq);
                    self.maybe_snapshot(false);
                }
            }
            Err(e) => {
                let e = ApiError::from(e);
                for a in &accepted {
                    results.push((a.ticket, Err(e.clone())));
                }
            }
        }
        for (ticket, first) in riders {
            if let Some((_, answer)) = results.iter().find(|(t, _)| *t == first) {
                let answer = answer.clone();
                results.push((ticket, answer));
            }
        }
        results
    }

    /// Makes the published company reflect the whole log, reloading it when
    /// the log has events it does not (written by another process before
    /// this one opened sled).
    /// Opens sled and reads what the log holds beyond the snapshot the
    /// company was loaded from. A daemon runs this on a thread of its own
    /// right after start, so it answers queries from the snapshot at once
    /// and the first command does not wait for sled.
    pub fn warm_up(&self) -> Result<(), ApiError> {
        let _writing = self.writing.lock().unwrap_or_else(|p| p.into_inner());
        self.catch_up()
    }

    fn catch_up(&self) -> Result<(), ApiError> {
        let head = self.store.ready()?;
        if head.seq != self.company_seq.load(Ordering::SeqCst) {
            let (company, _) = self.store.load()?;
            if let Ok(mut p) = self.published.write() {
                *p = Arc::new(company);
            }
            self.company_seq.store(head.seq, Ordering::SeqCst);
            self.publish(head.seq);
        }
        Ok(())
    }

    fn decide(&self, state: &Company, job: &Job) -> Result<(Envelope, Vec<Event>), ApiError> {
        let envelope = |comment: String, request| Envelope {
            at: job.now,
            actor: job.caller.login.clone(),
            via: job.caller.via.clone(),
            comment,
            request,
        };
        match &job.work {
            Work::Seed { comment, events } => Ok((envelope(comment.clone(), None), events.clone())),
            Work::Command {
                command,
                comment,
                request,
            } => {
                let actor = user(state, &job.caller.login)?;
                let ctx = Ctx {
                    now: job.now,
                    today: day_in(state.tz(), job.now),
                    templates: &self.templates,
                };
                let decided = commands::decide(state, actor, command, comment, &ctx)?;
                Ok((envelope(decided.comment, *request), decided.events))
            }
        }
    }

    /// Writes a snapshot in the background once enough events have gathered
    /// since the last one (`force`: any at all), so the next start is quick.
    fn maybe_snapshot(&self, force: bool) {
        let head = self.store.head();
        let since = head
            .seq
            .saturating_sub(self.snapshot_seq.load(Ordering::SeqCst));
        if since == 0 || (!force && since < SNAPSHOT_EVERY) {
            return;
        }
        if self.snapshotting.swap(true, Ordering::SeqCst) {
            return;
        }
        let (store, company, done, busy) = (
            self.store.clone(),
            self.company(),
            self.snapshot_seq.clone(),
            self.snapshotting.clone(),
        );
        let write = move || {
            // The published company matches the head read before it only
            // when no commit landed in between; otherwise try next time.
            if store.head() == head && store.write_snapshot(&company, head).is_ok() {
                done.store(head.seq, Ordering::SeqCst);
            }
            busy.store(false, Ordering::SeqCst);
        };
        if force {
            write();
        } else {
            std::thread::spawn(write);
        }
    }

    pub fn query(&self, caller: &Caller, q: Query) -> Result<Reply, ApiError> {
        let company = self.company();
        let me = user(&company, &caller.login)?;
        let now = self.now();
        let today = day_in(company.tz(), now);
        let see = |a: Access| auth::can_see(&company, me, a, today);
        Ok(match q {
            Query::Whoami => Reply::Me(Me {
                login: me.login.clone(),
                display_name: me.display_name.clone(),
                roles: me.roles.clone(),
                company: company.name.clone(),
                zone: company.tz().name().to_string(),
                demo: self.store.is_demo(),
            }),
            Query::Inbox(page) => Reply::Inbox(views::inbox(&company, me, today, page)),
            Query::Departments(page) => {
                see(Access::Org)?;
                Reply::Departments(views::departments(&company, page))
            }
            Query::Positions { dept, page } => {
                see(Access::Org)?;
                if let Some(d) = dept {
                    commands::dept(&company, d)?;
                }
                Reply::Positions(views::positions(&company, dept, page))
            }
            Query::Position(id) => {
                see(Access::Org)?;
                let staff_ok = see(Access::Staff(id)).is_ok();
                Reply::Position(views::position(&company, id, staff_ok)?)
            }
            Query::Plans { state, page } => {
                see(Access::PlanList)?;
                let open = views::OpenPlans::of(&company);
                let rows: Vec<PlanRow> = company
                    .plans
                    .values()
                    .filter(|p| state.is_none_or(|s| p.state == s))
                    .filter(|p| see(Access::Plan(p.id)).is_ok())
                    .map(|p| views::plan_row(&company, &open, p))
                    .collect();
                Reply::Plans(Page::of(rows.len(), rows.into_iter(), page))
            }
            Query::Plan(id) => {
                see(Access::Plan(id))?;
                Reply::Plan(Box::new(views::plan(&company, me, id, today)?))
            }
            Query::May(cmd) => {
                auth::can(&company, me, &cmd, today)?;
                Reply::Allowed
            }
            Query::Users(page) => {
                see(Access::Users)?;
                let total = company.users.len();
                Reply::Users(Page::of(total, company.users.values().cloned(), page))
            }
            Query::Audit { from, limit } => {
                see(Access::Audit)?;
                let limit = limit.clamp(1, MAX_PAGE);
                let from = match from {
                    0 => self.store.event_count().saturating_sub(u64::from(limit)) + 1,
                    n => n,
                };
                let entries = self.store.events(from, limit as usize)?;
                Reply::Audit(entries.into_iter().map(views::audit_entry).collect())
            }
            Query::Delegations { all, page } => {
                if all {
                    see(Access::AllDelegations)?;
                }
                Reply::Delegations(views::delegations(&company, me, all, today, page))
            }
            Query::Verify => {
                see(Access::Audit)?;
                drop(company);
                let result = self.store.verify(|_| {});
                release_memory();
                let events = result.map_err(|f| match f {
                    VerifyFailure::Broken { seq, reason } => ApiError::AuditBroken { seq, reason },
                    VerifyFailure::Unavailable(e) => ApiError::Store(e),
                })?;
                Reply::Verified { events }
            }
        })
    }

    /// The head of the log now, for tests and the snapshot.
    pub fn head(&self) -> Head {
        self.store.head()
    }
}

impl Drop for Service {
    fn drop(&mut self) {
        // What this process wrote is kept in the snapshot for the next
        // start, which then need not open sled to read (see Store::load).
        let head = self.store.head();
        if head.seq > self.snapshot_seq.load(Ordering::SeqCst)
            && self.company_seq.load(Ordering::SeqCst) == head.seq
        {
            while self.snapshotting.load(Ordering::SeqCst) {
                std::thread::sleep(std::time::Duration::from_millis(5));
            }
            self.maybe_snapshot(true);
        }
    }
}

/// Gives memory freed after a long walk of the log back to the system: glibc
/// keeps it otherwise, and a daemon would stay as large as its largest verify.
fn release_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        unsafe extern "C" {
            fn malloc_trim(pad: usize) -> i32;
        }
        // SAFETY: malloc_trim only returns free heap pages to the kernel.
        unsafe {
            malloc_trim(0);
        }
    }
}

/// The registered, enabled user behind a login: a disabled user is refused
/// every query and command (and so a connection to the daemon).
fn user<'a>(company: &'a Company, login: &str) -> Result<&'a User, DomainError> {
    let u = company
        .users
        .get(login)
        .ok_or_else(|| DomainError::NotRegistered {
            login: login.to_string(),
        })?;
    if u.disabled {
        return Err(DomainError::UserDisabled {
            login: login.to_string(),
        });
    }
    Ok(u)
}

fn created_id(events: &[Event]) -> Option<String> {
    events.iter().find_map(|e| match e {
        Event::PlanDrafted { id, .. } => Some(id.to_string()),
        Event::DepartmentCreated { id, .. } => Some(id.to_string()),
        Event::DelegationGranted { id, .. } => Some(id.to_string()),
        Event::UserRegistered { login, .. } => Some(login.clone()),
        _ => None,
    })
}
