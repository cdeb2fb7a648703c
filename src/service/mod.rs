//! Runs a request for a caller: authorize, decide, store, publish; and
//! answers queries from the published company (an `Arc` swapped after each
//! durable commit), so queries never wait for the disk or for a writer.
//! Commands go through group commit (`commit`).

pub mod api;
mod backup;
mod commit;
mod dashboard;
pub use backup::{kept_head, verify_failure};
/// The dashboard computed from a company, uncached (benchmarks measure it).
pub use dashboard::dashboard as dashboard_of;
mod notify;
mod offboard;
mod people;
mod recruit;
mod review;
pub mod seed;
mod timeline;
mod views;

use crate::domain::auth::{self, Access};
use crate::domain::commands;
use crate::domain::time::day_in;
use crate::domain::{Beside, Command, Company, DomainError, Event, RequestId, Templates, User};
use crate::store::{Head, LoadReport, Store};
use api::*;
use chrono::{DateTime, Utc};
use commit::{Queue, Work};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Condvar, Mutex, RwLock};

/// A snapshot is written after this many events, so a start replays few.
const SNAPSHOT_EVERY: u64 = 1000;

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

pub struct Service {
    store: Arc<Store>,
    published: RwLock<Arc<Company>>,
    templates: Templates,
    settings: crate::domain::recruit::Settings,
    checklist: crate::domain::offboard::Checklist,
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
    /// The daemon's mailer, when it was started with one.
    mailer: RwLock<Option<Mailer>>,
    /// The dashboard of the published company, for the day it was made:
    /// every open dashboard reloads after each commit, and all of them, and
    /// the reloads after a commit that changed nothing they show, share one
    /// computation per published company.
    dashboard: Mutex<Option<dashboard::Made>>,
}

impl Service {
    pub fn open(store: Store) -> Result<Service, ApiError> {
        let (company, loaded) = store.load()?;
        let templates = Templates::builtin().map_err(ApiError::Protocol)?;
        let settings = crate::domain::recruit::Settings::builtin().map_err(ApiError::Protocol)?;
        let checklist =
            crate::domain::offboard::Checklist::builtin().map_err(ApiError::Protocol)?;
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
            settings,
            checklist,
            clock: Utc::now,
            queue: Mutex::new(Queue::default()),
            turn: Condvar::new(),
            subscribers: Mutex::new(Vec::new()),
            snapshot_seq: Arc::new(AtomicU64::new(snapshot_seq)),
            snapshotting: Arc::new(AtomicBool::new(false)),
            company_seq: AtomicU64::new(head.seq),
            writing: Mutex::new(()),
            loaded,
            mailer: RwLock::new(None),
            dashboard: Mutex::new(None),
        };
        service.maybe_snapshot(Snap::IfDue);
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
                .submit(caller, command, comment, Some(request))
                .map(Reply::Done),
            Request::Query(q) => self.query(caller, q),
            // Staged rows belong to a connection, which holds them
            // (`transport::stage`); the service alone has none.
            Request::StageRows { .. } | Request::ImportStaged { .. } => Err(ApiError::Protocol(
                "rows can be staged only through a client connection".into(),
            )),
        }
    }

    /// What `request` of `caller` was answered, if it already ran: a retry
    /// whose staged rows went with a lost connection still learns that the
    /// first try committed.
    pub fn answered(&self, caller: &Caller, request: &RequestId) -> Result<Option<Done>, ApiError> {
        Ok(self.store.answered(&caller.login, request)?.map(|a| Done {
            seq: a.seq,
            created: a.created,
        }))
    }

    pub fn execute(&self, caller: &Caller, cmd: &Command, comment: &str) -> Result<Done, ApiError> {
        self.submit(caller, cmd.clone(), comment.to_string(), None)
    }

    /// Takes the command whole: a roster of 100,000 rows is not copied on
    /// its way to the commit.
    fn submit(
        &self,
        caller: &Caller,
        command: Command,
        comment: String,
        request: Option<RequestId>,
    ) -> Result<Done, ApiError> {
        self.run(
            caller.clone(),
            Work::Command {
                command,
                comment,
                request: request.filter(|r| r.0 != [0; 16]),
            },
        )
    }

    /// Writes seed events (a new store's opening figures) as one commit.
    pub fn seed(&self, actor: &str, comment: &str, events: &[Event]) -> Result<u64, ApiError> {
        self.seed_with(actor, comment, events, Beside::default())
    }

    /// The same, with records to keep beside the log.
    pub fn seed_with(
        &self,
        actor: &str,
        comment: &str,
        events: &[Event],
        beside: Beside,
    ) -> Result<u64, ApiError> {
        self.run(
            Caller::new(actor),
            Work::Seed {
                comment: comment.to_string(),
                events: events.to_vec(),
                beside,
            },
        )
        .map(|d| d.seq)
    }

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

    /// Writes a snapshot once enough events have gathered since the last
    /// one, so the next start is quick (see `Snap` for when and where).
    pub(super) fn maybe_snapshot(&self, when: Snap) {
        self.snapshot_with(when, None);
    }

    /// `maybe_snapshot`, with the published company perhaps encoded
    /// already (`early`, see `commit_group`).
    pub(super) fn snapshot_with(&self, when: Snap, early: Option<Early>) {
        let head = self.store.head();
        let since = head
            .seq
            .saturating_sub(self.snapshot_seq.load(Ordering::SeqCst));
        if since == 0 || (when == Snap::IfDue && since < SNAPSHOT_EVERY) {
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
            if store.head() == head {
                let written = match &early {
                    Some(encoded) => store.write_encoded_snapshot(encoded, head),
                    None => store.write_snapshot(&company, head),
                };
                match written {
                    Ok(()) => done.store(head.seq, Ordering::SeqCst),
                    // After an erasure the old snapshot must not keep the
                    // erased data: without room for a new one, none at all
                    // (the next start replays the log). Nothing is printed:
                    // an embedded interface owns the terminal; removing
                    // needs no free space.
                    Err(_) if when == Snap::Here => {
                        let _ = store.drop_snapshot();
                    }
                    Err(_) => {}
                }
            }
            busy.store(false, Ordering::SeqCst);
        };
        if when == Snap::Here {
            write();
        } else {
            std::thread::spawn(write);
        }
    }

    /// Writes a snapshot of the published company here and now, after one
    /// being written in the background (of an older company) has finished.
    fn snapshot_now(&self) {
        while self.snapshotting.load(Ordering::SeqCst) {
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        self.maybe_snapshot(Snap::Here);
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
                employee: me.employee,
            }),
            Query::Inbox(page) => {
                Reply::Inbox(views::inbox(&company, me, today, &self.settings, page))
            }
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
                Reply::Audit(
                    entries
                        .into_iter()
                        .map(|r| views::audit_entry(r, &company, me))
                        .collect(),
                )
            }
            Query::Delegations { all, page } => {
                if all {
                    see(Access::AllDelegations)?;
                }
                Reply::Delegations(views::delegations(&company, me, all, today, page))
            }
            Query::Employees(page) => {
                see(Access::People)?;
                Reply::Employees(people::directory(&company, me, page))
            }
            Query::Employee(id) => {
                see(Access::Employee(id))?;
                Reply::Employee(Box::new(people::record(&company, me, id, today)?))
            }
            Query::EmployeeByNumber(number) => {
                let id = company
                    .by_number(number.trim())
                    .map(|e| e.id)
                    .ok_or_else(|| commands::not_found("kind.staff_number", number.trim()))?;
                see(Access::Employee(id))?;
                Reply::Employee(Box::new(people::record(&company, me, id, today)?))
            }
            Query::Requisitions { state, page } => {
                see(Access::ReqList)?;
                Reply::Requisitions(recruit::requisitions(&company, me, today, state, page))
            }
            Query::Candidate(id) => {
                let c = crate::domain::recruit::candidate(&company, id)?;
                see(Access::Req(c.req))?;
                Reply::Candidate(Box::new(recruit::candidate_view(&company, me, c)))
            }
            Query::Requisition(id) => {
                see(Access::Req(id))?;
                Reply::Requisition(Box::new(recruit::requisition(
                    &company, me, id, now, today,
                )?))
            }
            Query::Separations { open, page } => {
                Reply::Separations(offboard::cases(&company, me, today, open, page))
            }
            Query::Separation(id) => {
                let ctx = commands::Ctx {
                    now,
                    today,
                    templates: &self.templates,
                    settings: &self.settings,
                    checklist: &self.checklist,
                };
                Reply::Separation(Box::new(offboard::case(&company, me, id, &ctx)?))
            }
            Query::Equipment(id) => Reply::Equipment(offboard::equipment(&company, me, id, today)?),
            Query::Certificate(id) => {
                Reply::Certificate(offboard::certificate(&company, me, id, today)?)
            }
            Query::MailStatus => {
                Reply::MailStatus(Box::new(self.mail_status(&company, me, today)?))
            }
            Query::Interview(id) => {
                Reply::Interview(Box::new(recruit::interview(&company, me, id, today)?))
            }
            Query::RecruitReport => {
                see(Access::RecruitReport)?;
                Reply::RecruitReport(recruit::report(&company, now))
            }
            Query::Roster(page) => {
                see(Access::People)?;
                Reply::Roster(people::roster(&company, me, page))
            }
            Query::Check { command, comment } => {
                let ctx = commands::Ctx {
                    now,
                    today,
                    templates: &self.templates,
                    settings: &self.settings,
                    checklist: &self.checklist,
                };
                let decided = commands::decide(&company, me, &command, &comment, &ctx)?;
                Reply::Checked {
                    events: decided.events.len() as u64,
                    created: commit::created_id(&decided.events),
                }
            }
            Query::Verify => {
                see(Access::Audit)?;
                drop(company);
                let result = self.store.verify(|_| {});
                release_memory();
                let events = result.map_err(backup::verify_failure)?;
                Reply::Verified { events }
            }
            Query::AuditHead => {
                see(Access::Audit)?;
                Reply::AuditHead(backup::head(&self.store, &company)?)
            }
            Query::Export { from, upto } => {
                see(Access::Audit)?;
                views::export_allowed(&company, me)?;
                Reply::Export(backup::export(&self.store, from, upto)?)
            }
            Query::VerifyHead { seq, hash } => {
                see(Access::Audit)?;
                drop(company);
                let result = backup::verify_head(&self.store, seq, hash);
                release_memory();
                result?
            }
            Query::Courses(page) => Reply::Courses(review::courses(&company, me, today, page)),
            Query::Sessions { course, page } => {
                Reply::Sessions(review::sessions(&company, me, course, page)?)
            }
            Query::Session(id) => Reply::Session(Box::new(review::session(&company, me, id)?)),
            Query::TrainingReport(page) => {
                see(Access::ReviewReport)?;
                Reply::TrainingReport(review::training_report(&company, me, today, page))
            }
            Query::Cycles(page) => Reply::Cycles(review::cycles(&company, page)),
            Query::Evaluations { cycle, page } => {
                Reply::Evaluations(review::evaluations(&company, me, cycle, page)?)
            }
            Query::Evaluation(id) => {
                Reply::Evaluation(Box::new(review::evaluation(&company, me, id, today)?))
            }
            Query::EvaluationReport(cycle) => {
                see(Access::ReviewReport)?;
                Reply::EvaluationReport(Box::new(review::evaluation_report(
                    &company, me, cycle, today,
                )?))
            }
            Query::ReviewRecord(id) => {
                see(Access::Employee(id))?;
                Reply::ReviewRecord(Box::new(review::record(&company, me, id, today)?))
            }
            Query::Dashboard => {
                see(Access::Dashboard)?;
                Reply::Dashboard(Box::new(self.dashboard(&company, now, today)))
            }
            Query::PersonalRecords(page) => {
                see(Access::Backup)?;
                Reply::PersonalRecords(backup::personal(&company, page)?)
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
            self.snapshot_now();
        }
        // A background snapshot holds the store until its thread ends, a
        // moment after it says it is done: wait for it, so that whoever opens
        // the store next (this process again, or another) finds it closed.
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        while Arc::strong_count(&self.store) > 1 && std::time::Instant::now() < deadline {
            std::thread::sleep(std::time::Duration::from_millis(2));
        }
        // Freeing a large company (100,000 employees: some 40 ms) is left to
        // a thread of its own, as `free_aside` does: a command line that ends
        // here need not wait for it.
        if let Ok(mut p) = self.published.write() {
            let company = std::mem::take(&mut *p);
            if company.employees.len() >= 1000 {
                std::thread::spawn(move || drop(company));
            }
        }
    }
}

/// The published company, encoded for a snapshot already.
pub(super) type Early = crate::store::snapshot::Encoded;

/// When a snapshot is written.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Snap {
    /// In the background, once `SNAPSHOT_EVERY` events have gathered.
    IfDue,
    /// In the background, now: after a commit large in rows, not in events
    /// (a roster), whose snapshot the process would otherwise write at its
    /// end, with everyone waiting.
    Soon,
    /// Here and now (an erasure, the end of the process).
    Here,
}

/// Gives memory freed after a long walk of the log back to the system at
/// once, rather than when the allocator next gets round to it: a daemon
/// should not stay as large as its largest verify.
fn release_memory() {
    // SAFETY: mi_collect only frees pages that hold no live allocation (and
    // does nothing where renshi runs with another allocator, as in tests).
    unsafe {
        libmimalloc_sys::mi_collect(true);
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
