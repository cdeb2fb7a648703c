//! Runs a request for a caller: load, authorize, decide, store, and answer
//! queries from the in-memory company. One writer at a time; readers share.

pub mod api;
pub mod seed;
mod views;

use crate::domain::auth::{self, Access};
use crate::domain::commands::{self, Ctx};
use crate::domain::{Command, Company, DomainError, Event, Templates, User};
use crate::store::{Envelope, Store, VerifyFailure};
use api::*;
use chrono::{DateTime, Utc};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Mutex, RwLock, RwLockReadGuard, RwLockWriteGuard};

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
    store: Store,
    company: RwLock<Company>,
    templates: Templates,
    clock: fn() -> DateTime<Utc>,
    /// Taken before the state's write lock, so at most one writer ever waits
    /// on it: a stream of commands cannot starve readers (std's RwLock lets a
    /// waiting writer go first).
    commit: Mutex<()>,
    /// Who hears about commits: the daemon forwards these to connected TUIs.
    subscribers: Mutex<Vec<Sender<u64>>>,
}

impl Service {
    pub fn open(store: Store) -> Result<Service, ApiError> {
        let company = store.load()?;
        let templates = Templates::builtin().map_err(ApiError::Protocol)?;
        Ok(Service {
            store,
            company: RwLock::new(company),
            templates,
            clock: Utc::now,
            commit: Mutex::new(()),
            subscribers: Mutex::new(Vec::new()),
        })
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

    fn read(&self) -> Result<RwLockReadGuard<'_, Company>, ApiError> {
        self.company
            .read()
            .map_err(|_| ApiError::Protocol("internal state lock poisoned; restart renshi".into()))
    }

    fn commit_turn(&self) -> Result<std::sync::MutexGuard<'_, ()>, ApiError> {
        self.commit
            .lock()
            .map_err(|_| ApiError::Protocol("internal commit lock poisoned; restart renshi".into()))
    }

    fn write(&self) -> Result<RwLockWriteGuard<'_, Company>, ApiError> {
        self.company
            .write()
            .map_err(|_| ApiError::Protocol("internal state lock poisoned; restart renshi".into()))
    }

    pub fn handle(&self, caller: &Caller, req: Request) -> Result<Reply, ApiError> {
        match req {
            Request::Execute { command, comment } => {
                self.execute(caller, &command, &comment).map(Reply::Done)
            }
            Request::Query(q) => self.query(caller, q),
        }
    }

    pub fn execute(&self, caller: &Caller, cmd: &Command, comment: &str) -> Result<Done, ApiError> {
        let _turn = self.commit_turn()?;
        let mut company = self.write()?;
        let actor = user(&company, &caller.login)?.clone();
        let now = self.now();
        let ctx = Ctx {
            now,
            templates: &self.templates,
        };
        let events = commands::decide(&company, &actor, cmd, comment, &ctx)?;
        let created = created_id(&events);
        let env = Envelope {
            at: now,
            actor: actor.login.clone(),
            via: caller.via.clone(),
            comment: comment.trim().to_string(),
        };
        let seq = self.record(&mut company, &env, &events)?;
        Ok(Done { seq, created })
    }

    /// Applies events in memory and commits them; if the store refuses, the
    /// in-memory company is reloaded so it never shows what was not stored.
    fn record(
        &self,
        company: &mut Company,
        env: &Envelope,
        events: &[Event],
    ) -> Result<u64, ApiError> {
        for e in events {
            company.apply(e);
        }
        match self.store.commit(env, events, company) {
            Ok(seq) => {
                self.publish(seq);
                Ok(seq)
            }
            Err(err) => {
                if let Ok(fresh) = self.store.load() {
                    *company = fresh;
                }
                Err(err.into())
            }
        }
    }

    /// Writes seed events (a new store's opening figures) as one commit.
    pub fn seed(&self, actor: &str, comment: &str, events: &[Event]) -> Result<u64, ApiError> {
        let _turn = self.commit_turn()?;
        let mut company = self.write()?;
        let env = Envelope {
            at: self.now(),
            actor: actor.to_string(),
            via: None,
            comment: comment.to_string(),
        };
        self.record(&mut company, &env, events)
    }

    pub fn query(&self, caller: &Caller, q: Query) -> Result<Reply, ApiError> {
        let company = self.read()?;
        let me = user(&company, &caller.login)?;
        let see = |a: Access| auth::can_see(&company, me, a);
        let today = self.now().date_naive();
        Ok(match q {
            Query::Whoami => Reply::Me(Me {
                login: me.login.clone(),
                display_name: me.display_name.clone(),
                roles: me.roles.clone(),
                company: company.name.clone(),
                store: self.store.path().display().to_string(),
                demo: self.store.is_demo(),
            }),
            Query::Inbox => Reply::Inbox(views::inbox(&company, me, today)),
            Query::Departments => {
                see(Access::Org)?;
                Reply::Departments(views::departments(&company))
            }
            Query::Positions {
                dept,
                offset,
                limit,
            } => {
                see(Access::Org)?;
                if let Some(d) = dept {
                    commands::dept(&company, d)?;
                }
                Reply::Positions(views::positions(&company, dept, offset, limit))
            }
            Query::Position(id) => {
                see(Access::Org)?;
                let staff_ok = see(Access::Staff(id)).is_ok();
                Reply::Position(views::position(&company, id, staff_ok)?)
            }
            Query::Plans { state } => {
                see(Access::PlanList)?;
                let rows = company
                    .plans
                    .values()
                    .filter(|p| state.is_none_or(|s| p.state == s))
                    .filter(|p| see(Access::Plan(p.id)).is_ok())
                    .map(views::plan_row)
                    .collect();
                Reply::Plans(rows)
            }
            Query::Plan(id) => {
                see(Access::Plan(id))?;
                Reply::Plan(Box::new(views::plan(&company, me, id, today)?))
            }
            Query::May(cmd) => {
                auth::can(&company, me, &cmd, today)?;
                Reply::Allowed
            }
            Query::Users => {
                see(Access::Users)?;
                Reply::Users(company.users.values().cloned().collect())
            }
            Query::Audit { from, limit } => {
                see(Access::Audit)?;
                let limit = limit.min(1000);
                let from = match from {
                    0 => self.store.event_count().saturating_sub(limit as u64) + 1,
                    n => n,
                };
                Reply::Audit(self.store.events(from, limit)?)
            }
            Query::Verify => {
                see(Access::Audit)?;
                drop(company);
                let events = self.store.verify(|_| {}).map_err(
                    |VerifyFailure::Broken { seq, reason }| ApiError::AuditBroken { seq, reason },
                )?;
                Reply::Verified { events }
            }
        })
    }
}

fn user<'a>(company: &'a Company, login: &str) -> Result<&'a User, DomainError> {
    company
        .users
        .get(login)
        .ok_or_else(|| DomainError::NotRegistered {
            login: login.to_string(),
        })
}

fn created_id(events: &[Event]) -> Option<String> {
    events.iter().find_map(|e| match e {
        Event::PlanDrafted { plan } => Some(plan.id.to_string()),
        Event::DepartmentCreated { dept } => Some(dept.id.to_string()),
        Event::DelegationGranted { delegation } => Some(delegation.id.to_string()),
        Event::UserRegistered { user } => Some(user.login.clone()),
        _ => None,
    })
}
