//! The store: an append-only, hash-chained event log in sled, written one
//! batch per group of commands and fsynced before any of them counts.
//!
//! The log is the whole truth; the company is rebuilt from it, starting from
//! a snapshot (`snapshot`) when one matches the log. Beside sled lie two small
//! files: the marker that says "this directory is a renshi store, format N"
//! (checked before sled may touch a directory), and the head file, written
//! after every durable commit, so a log cut short is caught even when the
//! cut takes sled's own record of its last event with it.

pub mod check;
pub mod codec;
mod error;
pub mod export;
mod files;
mod head;
mod legacy;
mod migrate;
mod open;
pub mod outbox;
mod personal;
pub mod restore;
pub mod snapshot;
mod verify;

pub use codec::{Envelope, Hash};
pub use error::StoreError;
pub use files::is_store;
use files::*;
use open::{event_hash, last_event};
pub use verify::KeptHeadFailure;

use crate::domain::recruit::CandidateRecord;
use crate::domain::{Beside, Company, EmployeeId, Event, PersonalRecord, RequestId};
use chrono::{DateTime, Utc};
use head::HeadFile;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::fs::File;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, RwLock, RwLockReadGuard};

const META_FORMAT: &[u8] = b"meta/format";
const META_DEMO: &[u8] = b"meta/demo";
/// The last event's (seq, hash), written with every commit.
const META_HEAD: &[u8] = b"meta/head";
const EV: &[u8] = b"ev/";
/// Request ids already answered: a retried command gets the first answer.
const RQ: &[u8] = b"rq/";
pub const MARKER: &str = "RENSHI_STORE";
/// Format 1 wrote exactly this; later formats name their number.
const MARKER_V1: &str = "renshi store: open it with renshi, not by hand\n";
/// No single stored value may exceed this (the domain's limits keep events
/// far below it); see `sync` for why values stay small.
pub const MAX_VALUE: usize = 64 * 1024;
/// Timestamps may step back this much between events (clock adjustments)
/// before `verify` calls the order broken.
pub const CLOCK_TOLERANCE: chrono::TimeDelta = chrono::TimeDelta::minutes(5);

/// The log's last event.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Head {
    pub seq: u64,
    pub hash: Hash,
    pub at: DateTime<Utc>,
}

impl Head {
    fn empty() -> Head {
        Head {
            seq: 0,
            hash: [0; 32],
            at: DateTime::<Utc>::UNIX_EPOCH,
        }
    }
}

/// One entry of the audit log.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recorded {
    pub seq: u64,
    pub hash: Hash,
    pub prev: Hash,
    pub env: Envelope,
    pub event: Event,
}

/// One command's part of a batch: its envelope, its events, and the request
/// id whose retries it answers.
pub struct Commit<'a> {
    pub env: Envelope,
    pub events: &'a [Event],
    /// Records kept beside the log (never in it) so that they can be erased
    /// without breaking the chain; written in the same batch.
    pub beside: &'a Beside,
    pub request: Option<RequestId>,
    pub created: Option<String>,
}

/// What a request id answers when it comes again.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answer {
    pub seq: u64,
    pub created: Option<String>,
}

#[derive(Debug, PartialEq, Eq)]
pub enum VerifyFailure {
    /// The event at `seq` does not match its hash, its predecessor or the head.
    Broken { seq: u64, reason: String },
    /// The log could not be read at all (a full disk while reopening, say):
    /// nothing is known about the chain, so nothing is said about it.
    Unavailable(StoreError),
}

/// How the company was loaded, for the daemon's log.
#[derive(Debug, Default)]
pub struct LoadReport {
    pub from_snapshot: bool,
    pub replayed: u64,
    /// Why the snapshot was not used, when there was one.
    pub rebuilt_because: Option<String>,
}

pub struct Store {
    path: PathBuf,
    /// sled, once opened. It is opened on first use, not at `open_lazy`: a
    /// command that only reads a current snapshot never pays for it. `None`
    /// again while a failed write is being recovered from (see `reopen`).
    inner: RwLock<Option<Inner>>,
    /// Whether sled has been opened and the log checked against the head file.
    checked: std::sync::atomic::AtomicBool,
    /// The log's last event: the head file's until sled is opened.
    head: Mutex<Head>,
    head_file: HeadFile,
    /// From the marker; for stores whose marker does not say, from sled.
    demo: Mutex<Option<bool>>,
    /// What opening did that a person should hear of (a migration, a repair).
    pub notes: Vec<String>,
    /// sled's cache, in bytes.
    cache: u64,
    /// Opened to rebuild a lost head file (`audit verify --accept-log`): an
    /// unreadable head file is let through, to be written after the chain
    /// has been walked.
    accept_log: bool,
    /// Tests make this many coming writes fail after sled took the batch
    /// but before it was durable (see `fail_next_writes`).
    failures: std::sync::atomic::AtomicU32,
}

struct Inner {
    db: sled::Db,
    /// sled's `flush` does not fsync; we do it ourselves through this handle.
    data_file: File,
    /// When `blobs/` last changed, as last seen by `sync`.
    blobs_seen: Mutex<Option<std::time::SystemTime>>,
}

impl Inner {
    fn open(path: &Path, cache: u64) -> Result<Inner, StoreError> {
        let db = open_sled(path, cache)?;
        let data_file = File::open(path.join("db")).map_err(|e| io(path, e))?;
        Ok(Inner {
            db,
            data_file,
            blobs_seen: Mutex::new(None),
        })
    }

    /// Makes everything written so far durable. sled's flush writes but does
    /// not fsync, and values it keeps as separate files under `blobs/` (over
    /// about 128 KiB, which renshi's values never reach) it does not sync at
    /// all: those are fsynced here too, should one ever appear.
    fn sync(&self, path: &Path) -> Result<(), StoreError> {
        self.db
            .flush()
            .map_err(|e| StoreError::from_sled(path, e))?;
        self.data_file
            .sync_data()
            .map_err(|e| StoreError::from_io(path, &e))?;
        // `blobs/` changes only when sled adds or removes a file there: its
        // modification time, remembered, spares each commit reading it.
        let blobs = path.join("blobs");
        let changed = std::fs::metadata(&blobs).and_then(|m| m.modified()).ok();
        let mut seen = self.blobs_seen.lock().unwrap_or_else(|p| p.into_inner());
        if changed.is_some() && changed != *seen {
            if let Ok(entries) = std::fs::read_dir(&blobs) {
                let mut any = false;
                for entry in entries.flatten() {
                    any = true;
                    sync_blob(&entry.path()).map_err(|e| StoreError::from_io(path, &e))?;
                }
                if any {
                    File::open(&blobs)
                        .and_then(|d| d.sync_all())
                        .map_err(|e| StoreError::from_io(path, &e))?;
                }
            }
            *seen = changed;
        }
        Ok(())
    }
}

fn io(path: &Path, e: impl ToString) -> StoreError {
    StoreError::Io {
        path: path.display().to_string(),
        detail: e.to_string(),
    }
}

fn corrupt(path: &Path, e: impl ToString) -> StoreError {
    StoreError::Corrupt {
        path: path.display().to_string(),
        detail: e.to_string(),
    }
}

impl Store {
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Whether this is a demo store, for a decision that grants something
    /// (`--as`): from sled's own record, not from the marker file, which is
    /// plain text anyone who can write the directory could edit.
    pub fn is_demo_for_rights(&self) -> Result<bool, StoreError> {
        // Once sled has been opened, the flag is sled's record already.
        if !self.checked.load(std::sync::atomic::Ordering::SeqCst) {
            self.ready()?;
        }
        Ok(self.demo.lock().ok().and_then(|d| *d).unwrap_or(false))
    }

    /// Whether this is a demo store, to say so on screen: the marker's word
    /// while sled is not open.
    pub fn is_demo(&self) -> bool {
        if let Some(d) = self.demo.lock().ok().and_then(|d| *d) {
            return d;
        }
        // An older marker does not say: sled's record does.
        let _ = self.ready();
        self.demo.lock().ok().and_then(|d| *d).unwrap_or(false)
    }

    /// Opens sled if it is not yet, checking the log: what a write or a
    /// reader of the log needs first. Returns the log's head.
    pub fn ready(&self) -> Result<Head, StoreError> {
        drop(self.inner()?);
        Ok(self.head())
    }

    pub fn head(&self) -> Head {
        self.head.lock().map_or_else(|p| *p.into_inner(), |h| *h)
    }

    /// Number of events in the log.
    pub fn event_count(&self) -> u64 {
        self.head().seq
    }

    /// The company as the log makes it: from the snapshot when it matches the
    /// log, then every newer event; from the first event otherwise.
    pub fn load(&self) -> Result<(Company, LoadReport), StoreError> {
        // Not yet opened, and the snapshot is of exactly the head the head
        // file records: nothing newer to replay, sled need not be opened.
        if !self.checked.load(std::sync::atomic::Ordering::SeqCst) {
            let head = self.head();
            if let Ok(Some(snap)) = snapshot::read(&self.path)
                && head.seq > 0
                && (snap.seq, snap.hash) == (head.seq, head.hash)
            {
                let mut company = snap.company;
                company.reindex();
                let report = LoadReport {
                    from_snapshot: true,
                    ..LoadReport::default()
                };
                return Ok((company, report));
            }
        }
        let guard = self.inner()?;
        let Some(inner) = guard.as_ref() else {
            return Err(io(&self.path, "the store is being reopened"));
        };
        let head = self.head();
        let mut report = LoadReport::default();
        let mut company = Company::default();
        let mut from = 1;
        match snapshot::read(&self.path) {
            Ok(None) => {}
            Ok(Some(snap)) => {
                let matches = snap.seq <= head.seq
                    && (snap.seq == 0
                        || event_hash(&self.path, &inner.db, snap.seq)? == Some(snap.hash));
                if matches {
                    company = snap.company;
                    company.reindex();
                    from = snap.seq + 1;
                    report.from_snapshot = true;
                } else {
                    report.rebuilt_because = Some(format!(
                        "the snapshot (event {}) does not match the log",
                        snap.seq
                    ));
                }
            }
            Err(reason) => report.rebuilt_because = Some(reason),
        }
        for kv in inner.db.range(ev_key(from)..=ev_key(head.seq)) {
            let (k, v) = kv.map_err(|e| StoreError::from_sled(&self.path, e))?;
            let seq = key_seq(&k);
            let bad = |e: String| corrupt(&self.path, format!("event {seq} of its log: {e}"));
            let (_, body) = codec::split_value(&v).ok_or_else(|| bad("cut short".into()))?;
            let decoded = codec::decode_body(body, Some(&company)).map_err(bad)?;
            company.apply(&decoded.event);
            report.replayed += 1;
        }
        // Personal records are not in the log: sled's own are the truth.
        company.personal = personal::load(&self.path, &inner.db)?;
        // An older log held candidates' contacts itself (replayed into the
        // same map); what the store kept beside it, such as an erasure, wins.
        company
            .candidate_records
            .extend(personal::load::<CandidateRecord>(&self.path, &inner.db)?);
        Ok((company, report))
    }

    /// Keeps `company`, as of `head`, for the next start.
    pub fn write_snapshot(&self, company: &Company, head: Head) -> Result<(), StoreError> {
        snapshot::write(&self.path, company, head.seq, head.hash)
    }

    /// Removes the snapshot (and any half-written new one): the next start
    /// replays the log instead. For when the snapshot must not keep what it
    /// holds (erased data) and a new one cannot be written.
    pub fn drop_snapshot(&self) -> Result<(), StoreError> {
        snapshot::remove(&self.path)
    }

    /// Keeps a company encoded already (`snapshot::encode`), as of `head`.
    pub fn write_encoded_snapshot(
        &self,
        encoded: &snapshot::Encoded,
        head: Head,
    ) -> Result<(), StoreError> {
        snapshot::write_encoded(&self.path, encoded, head.seq, head.hash)
    }

    /// The first answer to a request id of `actor`, if a command with it was
    /// committed. Ids are kept per actor: someone else's id, replayed, is a
    /// new command of theirs (and authorized as one), never the first answer.
    pub fn answered(&self, actor: &str, id: &RequestId) -> Result<Option<Answer>, StoreError> {
        let guard = self.inner()?;
        let Some(inner) = guard.as_ref() else {
            return Ok(None);
        };
        let Some(v) = inner
            .db
            .get(rq_key(actor, id))
            .map_err(|e| StoreError::from_sled(&self.path, e))?
        else {
            return Ok(None);
        };
        codec::decode(&v)
            .map(Some)
            .map_err(|e| corrupt(&self.path, format!("a request record: {e}")))
    }

    /// Appends the events of several commands in one atomic batch and makes
    /// it durable; returns each command's last sequence number. Nothing is
    /// changed when it fails: the head stays where it was.
    pub fn commit(&self, commits: &[Commit]) -> Result<Vec<u64>, StoreError> {
        let mut head = self
            .head
            .lock()
            .map_err(|_| io(&self.path, "the store's log head lock was poisoned"))?;
        let mut next = *head;
        let mut batch = sled::Batch::default();
        let mut last = Vec::with_capacity(commits.len());
        let mut personal = Vec::new();
        let mut candidates = Vec::new();
        for c in commits {
            let mut env = c.env.clone();
            // The log's clock never runs backwards: a machine clock set back
            // must not make honest events look tampered with.
            env.at = env.at.max(next.at);
            for event in c.events {
                let seq = next.seq + 1;
                let body = codec::encode_body(seq, &next.hash, &env, event)
                    .map_err(|e| io(&self.path, e))?;
                let hash: Hash = Sha256::digest(&body).into();
                let mut value = Vec::with_capacity(32 + body.len());
                value.extend_from_slice(&hash);
                value.extend_from_slice(&body);
                if value.len() > MAX_VALUE {
                    return Err(StoreError::TooLarge {
                        bytes: value.len(),
                        max: MAX_VALUE,
                    });
                }
                batch.insert(ev_key(seq), value);
                next = Head {
                    seq,
                    hash,
                    at: env.at,
                };
            }
            personal.extend(c.beside.people.iter().map(|(id, r)| (*id, r)));
            candidates.extend(c.beside.candidates.iter().map(|(id, r)| (*id, r)));
            if let Some(id) = &c.request {
                let answer = Answer {
                    seq: next.seq,
                    created: c.created.clone(),
                };
                let v = codec::encode(&answer).map_err(|e| io(&self.path, e))?;
                batch.insert(rq_key(&c.env.actor, id), v);
            }
            last.push(next.seq);
        }
        if next.seq == head.seq {
            return Ok(last);
        }
        batch.insert(META_HEAD, head_value(next.seq, &next.hash));
        let written = {
            let guard = self.inner()?;
            match guard.as_ref() {
                Some(inner) => personal::put(&self.path, &inner.db, &mut batch, personal)
                    .and_then(|()| personal::put(&self.path, &inner.db, &mut batch, candidates))
                    .and_then(|()| {
                        inner
                            .db
                            .apply_batch(batch)
                            .map_err(|e| StoreError::from_sled(&self.path, e))
                    })
                    .and_then(|()| self.injected_failure())
                    .and_then(|()| inner.sync(&self.path)),
                None => Err(io(&self.path, "the store is being reopened")),
            }
        };
        if let Err(e) = written {
            // The head has not moved: reopening drops whatever of this batch
            // sled kept in memory or got onto the disk.
            drop(head);
            let _ = self.reopen();
            return Err(e);
        }
        *head = next;
        self.head_file.write(&next, false)?;
        Ok(last)
    }

    /// Audit-log entries from `from` (1-based) on, at most `limit`.
    pub fn events(&self, from: u64, limit: usize) -> Result<Vec<Recorded>, StoreError> {
        let guard = self.inner()?;
        let Some(inner) = guard.as_ref() else {
            return Ok(Vec::new());
        };
        inner
            .db
            .range(ev_key(from.max(1))..=ev_key(u64::MAX))
            .take(limit)
            .map(|kv| {
                let (k, v) = kv.map_err(|e| StoreError::from_sled(&self.path, e))?;
                self.recorded(key_seq(&k), &v)
            })
            .collect()
    }

    fn recorded(&self, seq: u64, v: &[u8]) -> Result<Recorded, StoreError> {
        let bad = |e: String| corrupt(&self.path, format!("event {seq} of its log: {e}"));
        let (hash, body) = codec::split_value(v).ok_or_else(|| bad("cut short".into()))?;
        let b = codec::decode_body(body, None).map_err(bad)?;
        Ok(Recorded {
            seq: b.seq,
            hash,
            prev: b.prev,
            env: b.env,
            event: b.event,
        })
    }

    /// For tests of failed writes: the next `n` commits fail as a disk would,
    /// after sled has taken the batch in memory and before it is durable.
    #[doc(hidden)]
    pub fn fail_next_writes(&self, n: u32) {
        self.failures.store(n, std::sync::atomic::Ordering::SeqCst);
    }

    fn injected_failure(&self) -> Result<(), StoreError> {
        use std::sync::atomic::Ordering;
        let left = self.failures.load(Ordering::SeqCst);
        if left > 0 {
            self.failures.store(left - 1, Ordering::SeqCst);
            return Err(io(&self.path, "a write failed (injected by a test)"));
        }
        Ok(())
    }

    /// For tests of tamper evidence: the raw bytes of an event.
    #[doc(hidden)]
    pub fn raw_event(&self, seq: u64) -> Option<Vec<u8>> {
        let guard = self.inner().ok()?;
        let inner = guard.as_ref()?;
        inner.db.get(ev_key(seq)).ok().flatten().map(|v| v.to_vec())
    }

    #[doc(hidden)]
    pub fn remove_raw_event(&self, seq: u64) -> Result<(), StoreError> {
        self.raw_write(|db| db.remove(ev_key(seq)).map(|_| ()))
    }

    #[doc(hidden)]
    pub fn overwrite_raw_event(&self, seq: u64, bytes: &[u8]) -> Result<(), StoreError> {
        self.raw_write(|db| db.insert(ev_key(seq), bytes).map(|_| ()))
    }

    fn raw_write(&self, f: impl FnOnce(&sled::Db) -> sled::Result<()>) -> Result<(), StoreError> {
        let guard = self.inner()?;
        let inner = guard
            .as_ref()
            .ok_or_else(|| io(&self.path, "the store is being reopened"))?;
        f(&inner.db).map_err(|e| StoreError::from_sled(&self.path, e))?;
        inner.sync(&self.path)
    }
}

impl Drop for Store {
    fn drop(&mut self) {
        // The head file is written after every commit but fsynced lazily;
        // a clean close makes it durable.
        let _ = self.head_file.sync();
    }
}

fn head_value(seq: u64, hash: &Hash) -> Vec<u8> {
    let mut v = seq.to_be_bytes().to_vec();
    v.extend_from_slice(hash);
    v
}

fn parse_head(v: &[u8]) -> Option<(u64, Hash)> {
    let seq = u64::from_be_bytes(v.get(..8)?.try_into().ok()?);
    let hash: Hash = v.get(8..40)?.try_into().ok()?;
    Some((seq, hash))
}

/// fsyncs one of sled's blob files. sled removes blobs it no longer needs,
/// from its own threads, at any moment: one gone since `blobs/` was listed
/// has nothing left to make durable, and is no failure of the commit.
fn sync_blob(file: &Path) -> std::io::Result<()> {
    match File::open(file).and_then(|f| f.sync_all()) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        other => other,
    }
}

fn ev_key(seq: u64) -> Vec<u8> {
    let mut k = EV.to_vec();
    k.extend_from_slice(&seq.to_be_bytes());
    k
}

fn key_seq(k: &[u8]) -> u64 {
    k.get(EV.len()..)
        .and_then(|b| b.try_into().ok())
        .map_or(0, u64::from_be_bytes)
}

fn rq_key(actor: &str, id: &RequestId) -> Vec<u8> {
    let mut k = RQ.to_vec();
    k.extend_from_slice(&id.0);
    k.extend_from_slice(actor.as_bytes());
    k
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_blob_sled_removed_meanwhile_is_no_failure_but_other_errors_are() {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let blob = dir.path().join("123");
        std::fs::write(&blob, b"x").expect("a blob");
        assert!(sync_blob(&blob).is_ok());
        std::fs::remove_file(&blob).expect("removed");
        assert!(sync_blob(&blob).is_ok(), "a vanished blob failed the sync");
        // Any other failure still fails it: a path through a file.
        let through = blob.join("x");
        std::fs::write(&blob, b"x").expect("a blob");
        assert!(sync_blob(&through).is_err());
    }
}
