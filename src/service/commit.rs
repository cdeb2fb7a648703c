//! Group commit: whoever finds no commit in progress leads one, taking
//! every command queued meanwhile; each is decided in order on a copy of the
//! published company, all are written in one batch with one fsync, and only
//! then is the copy published and each command acknowledged.

use super::api::{ApiError, Done};
use super::{Caller, Service, Snap, user};
use crate::domain::Beside;
use crate::domain::commands::{self, Ctx};
use crate::domain::time::day_in;
use crate::domain::{Command, Company, Event, RequestId};
use crate::store::{Commit, Envelope};
use chrono::{DateTime, Utc};
use std::collections::{HashMap, VecDeque};
use std::sync::atomic::Ordering;
use std::sync::{Arc, MutexGuard};

/// The most commands one group commit takes.
const MAX_GROUP: usize = 256;

pub(super) enum Work {
    Command {
        command: Command,
        comment: String,
        request: Option<RequestId>,
    },
    /// A new store's opening figures, written as they are.
    Seed {
        comment: String,
        events: Vec<Event>,
        beside: Beside,
    },
}

struct Job {
    ticket: u64,
    caller: Caller,
    /// Read on the caller's thread, so a test's clock holds for its commands.
    now: DateTime<Utc>,
    work: Work,
}

/// Each job's answer, by ticket.
type Answers = Vec<(u64, Result<Done, ApiError>)>;

/// A command decided in a group, waiting for the group's write.
struct Accepted {
    ticket: u64,
    env: Envelope,
    events: Vec<Event>,
    beside: Beside,
    request: Option<RequestId>,
    created: Option<String>,
}

#[derive(Default)]
pub(super) struct Queue {
    jobs: VecDeque<Job>,
    leading: bool,
    done: HashMap<u64, Result<Done, ApiError>>,
    next_ticket: u64,
}

impl Service {
    fn lock_queue(&self) -> MutexGuard<'_, Queue> {
        self.queue.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Queues the work and waits for its answer, leading a group commit
    /// when no one else is.
    pub(super) fn run(&self, caller: Caller, work: Work) -> Result<Done, ApiError> {
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
                let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    self.commit_group(&group)
                }));
                let results = match outcome {
                    Ok((results, accepted)) => {
                        free_aside((group, accepted));
                        results
                    }
                    Err(_) => group
                        .iter()
                        .map(|j| {
                            (
                                j.ticket,
                                Err(ApiError::Protocol(
                                    "internal error while committing; nothing was saved".into(),
                                )),
                            )
                        })
                        .collect(),
                };
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
    fn commit_group(&self, group: &[Job]) -> (Answers, Vec<Accepted>) {
        // Commands are decided on the company as the log has it: sled is
        // opened now if it was not (a process that began from a snapshot),
        // and anything another process wrote meanwhile is read first.
        let _writing = self.writing.lock().unwrap_or_else(|p| p.into_inner());
        if let Err(e) = self.catch_up() {
            let failed = group.iter().map(|j| (j.ticket, Err(e.clone()))).collect();
            return (failed, Vec::new());
        }
        let mut state = (*self.company()).clone();
        let mut results: Vec<(u64, Result<Done, ApiError>)> = Vec::new();
        // The same request twice in one group rides on the first: (ticket, first's ticket).
        let mut riders: Vec<(u64, u64)> = Vec::new();
        let mut accepted: Vec<Accepted> = Vec::new();
        // A roster, accepted and not yet applied to `state` (see below).
        let mut unapplied: Option<usize> = None;
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
            if let Some(i) = unapplied.take() {
                apply(&mut state, &accepted[i]);
            }
            match self.decide(&state, job) {
                Ok((env, events, beside)) => {
                    let roster = events
                        .iter()
                        .any(|e| matches!(e, Event::EmployeesImported { .. }));
                    let created = created_id(&events);
                    accepted.push(Accepted {
                        ticket: job.ticket,
                        env,
                        events,
                        beside,
                        request,
                        created,
                    });
                    let last = accepted.len() - 1;
                    if roster {
                        unapplied = Some(last);
                    } else {
                        apply(&mut state, &accepted[last]);
                    }
                }
                Err(e) => results.push((job.ticket, Err(e))),
            }
        }
        let commits: Vec<Commit> = accepted
            .iter()
            .map(|a| Commit {
                env: a.env.clone(),
                events: &a.events,
                beside: &a.beside,
                request: a.request,
                created: a.created.clone(),
            })
            .collect();
        let when = snapshot_after(accepted.iter().flat_map(|a| &a.events));
        // A roster is applied to the company, and the company encoded for
        // the snapshot, while its commit is written: the commit leaves a
        // core idle, and a roster of 100,000 took some 0.1 s to apply and as
        // long to encode, after the commit and before the process could end.
        let (written, early) = std::thread::scope(|scope| {
            let aside = unapplied.map(|i| {
                let (state, roster, dir) = (&mut state, &accepted[i], self.store.path());
                scope.spawn(move || {
                    apply(state, roster);
                    if when == Snap::Soon {
                        crate::store::snapshot::encode(dir, state).ok()
                    } else {
                        None
                    }
                })
            });
            let written = self.store.commit(&commits);
            let early =
                aside.and_then(|a| a.join().unwrap_or_else(|p| std::panic::resume_unwind(p)));
            (written, early)
        });
        match written {
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
                    match when {
                        Snap::Here => self.snapshot_now(),
                        when => self.snapshot_with(when, early),
                    }
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
        (results, accepted)
    }

    fn decide(
        &self,
        state: &Company,
        job: &Job,
    ) -> Result<(Envelope, Vec<Event>, Beside), ApiError> {
        let envelope = |comment: String, request| Envelope {
            at: job.now,
            actor: job.caller.login.clone(),
            via: job.caller.via.clone(),
            comment,
            request,
        };
        match &job.work {
            Work::Seed {
                comment,
                events,
                beside,
            } => Ok((
                envelope(comment.clone(), None),
                events.clone(),
                beside.clone(),
            )),
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
                    settings: &self.settings,
                    checklist: &self.checklist,
                };
                let decided = commands::decide(state, actor, command, comment, &ctx)?;
                Ok((
                    envelope(decided.comment, *request),
                    decided.events,
                    decided.beside,
                ))
            }
        }
    }
}

/// An accepted command's events and personal records, applied to `state`.
fn apply(state: &mut Company, a: &Accepted) {
    for e in &a.events {
        state.apply(e);
    }
    a.beside.keep_in(state);
}

/// When the snapshot after a group's events is written: at once after an
/// erasure (the erased data must not linger in the snapshot file), soon after
/// a roster (large in rows, few in events), else once enough events gathered.
fn snapshot_after<'e>(events: impl Iterator<Item = &'e Event>) -> Snap {
    let mut when = Snap::IfDue;
    for e in events {
        match e {
            Event::PersonalDataErased { .. } | Event::CandidateDataErased { .. } => {
                return Snap::Here;
            }
            Event::EmployeesImported { .. } => when = Snap::Soon,
            _ => {}
        }
    }
    when
}

/// Frees what a group held (a roster's rows and events) on a thread of its
/// own when it is large: freeing a million small strings takes longer than
/// writing them did, and no caller needs to wait for it. A process that
/// ends first need not free them at all.
fn free_aside(held: (Vec<Job>, Vec<Accepted>)) {
    let rows: usize = held
        .0
        .iter()
        .map(|j| match &j.work {
            Work::Command {
                command: Command::ImportEmployees { rows },
                ..
            } => rows.len(),
            _ => 0,
        })
        .sum();
    if rows >= 1000 {
        std::thread::spawn(move || drop(held));
    }
}

pub(super) fn created_id(events: &[Event]) -> Option<String> {
    events.iter().find_map(|e| match e {
        Event::PlanDrafted { id, .. } => Some(id.to_string()),
        Event::DepartmentCreated { id, .. } => Some(id.to_string()),
        Event::DelegationGranted { id, .. } => Some(id.to_string()),
        Event::UserRegistered { login, .. } => Some(login.clone()),
        Event::EmployeeAdded { id, .. } => Some(id.to_string()),
        Event::EmployeesImported { rows, .. } => rows.first().map(|r| r.id.to_string()),
        Event::RequisitionRaised { id, .. } => Some(id.to_string()),
        Event::CandidateAdded { id, .. } | Event::CandidateApplied { id, .. } => {
            Some(id.to_string())
        }
        Event::InterviewScheduled { id, .. } => Some(id.to_string()),
        Event::SeparationStarted { id, .. } => Some(id.to_string()),
        Event::CourseAdded { id, .. } => Some(id.to_string()),
        Event::SessionPlanned { id, .. } => Some(id.to_string()),
        Event::CycleOpened { id, .. } => Some(id.to_string()),
        Event::EvaluationScored { id, .. } | Event::SelfAssessed { id, .. } => Some(id.to_string()),
        _ => None,
    })
}
