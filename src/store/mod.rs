//! sled-backed store: current-state records plus an append-only, hash-chained
//! event log, written together in one atomic batch and fsynced before a commit
//! counts. Everything lives in one sled tree: a single-tree batch is atomic and
//! avoids the multi-tree transactions that made sled's first flush stall.

pub mod codec;
mod error;

pub use error::StoreError;

use crate::domain::events::RecordKey;
use crate::domain::{Company, Event};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::fs::File;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

const META_FORMAT: &[u8] = b"meta/format";
const META_DEMO: &[u8] = b"meta/demo";
/// The last event's (seq, hash), written with every commit: a log cut short at
/// the end would otherwise still verify.
const META_HEAD: &[u8] = b"meta/head";
/// A plain file that says "this directory is a renshi store". It is checked
/// before sled is allowed to touch a directory, because sled writes to any
/// directory it opens and would damage another program's files.
pub const MARKER: &str = "RENSHI_STORE";
const MARKER_TEXT: &str = "renshi store: open it with renshi, not by hand\n";
const EV: &[u8] = b"ev/";
const REC: &[u8] = b"rc/";

pub type Hash = [u8; 32];

/// One entry of the audit log.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Recorded {
    pub seq: u64,
    pub at: DateTime<Utc>,
    /// The renshi user the command ran as.
    pub actor: String,
    /// The OS login that ran it when different (a demo store's `--as`).
    pub via: Option<String>,
    pub comment: String,
    pub event: Event,
    pub prev: Hash,
}

#[derive(Serialize, Deserialize)]
struct Sealed {
    body: Vec<u8>,
    hash: Hash,
}

/// Who and why, shared by all events of one command.
#[derive(Clone, Debug)]
pub struct Envelope {
    pub at: DateTime<Utc>,
    pub actor: String,
    pub via: Option<String>,
    pub comment: String,
}

#[derive(Debug, PartialEq, Eq)]
pub enum VerifyFailure {
    /// The event at `seq` does not match its hash or its predecessor.
    Broken { seq: u64, reason: String },
}

pub struct Store {
    path: PathBuf,
    db: sled::Db,
    /// sled's `flush` does not fsync; we do it ourselves through this handle.
    data_file: File,
    head: Mutex<(u64, Hash)>,
    demo: bool,
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
    /// Creates a new store in an empty or absent directory.
    pub fn create(path: &Path, demo: bool) -> Result<Store, StoreError> {
        if path.exists() {
            let mut entries = std::fs::read_dir(path).map_err(|e| io(path, e))?;
            if entries.next().is_some() {
                return Err(StoreError::NotEmpty {
                    path: path.display().to_string(),
                });
            }
        }
        std::fs::create_dir_all(path).map_err(|e| io(path, e))?;
        write_marker(path)?;
        let db = open_sled(path)?;
        let mut batch = sled::Batch::default();
        batch.insert(META_FORMAT, &codec::FORMAT_VERSION.to_be_bytes());
        batch.insert(META_DEMO, &[u8::from(demo)]);
        batch.insert(META_HEAD, head_value(0, &[0; 32]));
        db.apply_batch(batch).map_err(|e| io(path, e))?;
        let store = Store::from_db(path, db, demo)?;
        store.sync()?;
        Ok(store)
    }

    /// Opens an existing store, refusing anything that is not one of ours.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        let not_a_store = || StoreError::NotAStore {
            path: path.display().to_string(),
        };
        if !is_store(path) {
            return Err(not_a_store());
        }
        let db = open_sled(path)?;
        let format = db
            .get(META_FORMAT)
            .map_err(|e| corrupt(path, e))?
            .ok_or_else(not_a_store)?;
        let found = <[u8; 4]>::try_from(format.as_ref())
            .map(u32::from_be_bytes)
            .map_err(|_| corrupt(path, "format marker"))?;
        if found != codec::FORMAT_VERSION {
            return Err(StoreError::Unsupported {
                path: path.display().to_string(),
                found,
                supported: codec::FORMAT_VERSION,
            });
        }
        let demo = db
            .get(META_DEMO)
            .map_err(|e| corrupt(path, e))?
            .is_some_and(|v| v.as_ref() == [1]);
        Store::from_db(path, db, demo)
    }

    fn from_db(path: &Path, db: sled::Db, demo: bool) -> Result<Store, StoreError> {
        let data_file = File::open(path.join("db")).map_err(|e| io(path, e))?;
        let head = match db.scan_prefix(EV).next_back() {
            None => (0, [0; 32]),
            Some(kv) => {
                let (_, v) = kv.map_err(|e| corrupt(path, e))?;
                let sealed: Sealed = codec::decode(&v).map_err(|e| corrupt(path, e))?;
                let body: Recorded = codec::decode(&sealed.body).map_err(|e| corrupt(path, e))?;
                (body.seq, sealed.hash)
            }
        };
        Ok(Store {
            path: path.to_path_buf(),
            db,
            data_file,
            head: Mutex::new(head),
            demo,
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn is_demo(&self) -> bool {
        self.demo
    }

    /// Number of events in the log.
    pub fn event_count(&self) -> u64 {
        self.head.lock().map_or(0, |h| h.0)
    }

    /// Reads every current-state record into a company.
    pub fn load(&self) -> Result<Company, StoreError> {
        let mut c = Company::default();
        for kv in self.db.scan_prefix(REC) {
            let (k, v) = kv.map_err(|e| corrupt(&self.path, e))?;
            let bad = |e: String| {
                corrupt(
                    &self.path,
                    format!("record {}: {e}", String::from_utf8_lossy(&k)),
                )
            };
            match k.get(REC.len()) {
                Some(b'c') => c.name = codec::decode(&v).map_err(bad)?,
                Some(b'd') => {
                    let d: crate::domain::Department = codec::decode(&v).map_err(bad)?;
                    c.departments.insert(d.id, d);
                }
                Some(b'p') => {
                    let p: crate::domain::Position = codec::decode(&v).map_err(bad)?;
                    c.positions.insert(p.id, p);
                }
                Some(b'e') => {
                    let e: crate::domain::Employee = codec::decode(&v).map_err(bad)?;
                    c.employees.insert(e.id, e);
                }
                Some(b'u') => {
                    let u: crate::domain::User = codec::decode(&v).map_err(bad)?;
                    c.users.insert(u.login.clone(), u);
                }
                Some(b'h') => {
                    let p: crate::domain::Plan = codec::decode(&v).map_err(bad)?;
                    c.plans.insert(p.id, p);
                }
                Some(b'g') => {
                    let d: crate::domain::Delegation = codec::decode(&v).map_err(bad)?;
                    c.delegations.insert(d.id, d);
                }
                _ => return Err(bad("unknown record kind".into())),
            }
        }
        c.reindex();
        Ok(c)
    }

    /// Appends the events of one command and rewrites the records they touched
    /// (read from `after`, the company with the events applied) in one atomic
    /// batch, then makes it durable. Returns the sequence number of the last event.
    pub fn commit(
        &self,
        env: &Envelope,
        events: &[Event],
        after: &Company,
    ) -> Result<u64, StoreError> {
        let mut head = self
            .head
            .lock()
            .map_err(|_| io(&self.path, "the store's log head lock was poisoned"))?;
        let (mut seq, mut prev) = *head;
        let mut batch = sled::Batch::default();
        let mut touched = Vec::new();
        for event in events {
            seq += 1;
            let body = codec::encode(&Recorded {
                seq,
                at: env.at,
                actor: env.actor.clone(),
                via: env.via.clone(),
                comment: env.comment.clone(),
                event: event.clone(),
                prev,
            })
            .map_err(|e| io(&self.path, e))?;
            let hash: Hash = Sha256::digest(&body).into();
            let sealed = codec::encode(&Sealed { body, hash }).map_err(|e| io(&self.path, e))?;
            batch.insert(ev_key(seq), sealed);
            prev = hash;
            batch.insert(META_HEAD, head_value(seq, &hash));
            touched.push(event.touches());
        }
        touched.sort();
        touched.dedup();
        for key in &touched {
            if let Some(value) = record_value(after, key).map_err(|e| io(&self.path, e))? {
                batch.insert(rec_key(key), value);
            }
        }
        self.db.apply_batch(batch).map_err(|e| io(&self.path, e))?;
        self.sync()?;
        *head = (seq, prev);
        Ok(seq)
    }

    /// sled's flush writes but does not fsync; a reported commit must survive power loss.
    fn sync(&self) -> Result<(), StoreError> {
        self.db.flush().map_err(|e| io(&self.path, e))?;
        self.data_file.sync_data().map_err(|e| io(&self.path, e))
    }

    /// Audit-log entries from `from` (1-based) on, at most `limit`.
    pub fn events(&self, from: u64, limit: usize) -> Result<Vec<Recorded>, StoreError> {
        self.db
            .range(ev_key(from.max(1))..=ev_key(u64::MAX))
            .take(limit)
            .map(|kv| {
                let (_, v) = kv.map_err(|e| corrupt(&self.path, e))?;
                let sealed: Sealed = codec::decode(&v).map_err(|e| corrupt(&self.path, e))?;
                codec::decode(&sealed.body).map_err(|e| corrupt(&self.path, e))
            })
            .collect()
    }

    /// Walks the chain from the first event. `progress` gets the count so far.
    ///
    /// The recorded head is read before the walk: commits that land during it
    /// only add events after the head, which the walk checks like any other,
    /// while a log cut short before the head still fails.
    pub fn verify(&self, mut progress: impl FnMut(u64)) -> Result<u64, VerifyFailure> {
        let head = self.db.get(META_HEAD).map_err(|e| VerifyFailure::Broken {
            seq: 1,
            reason: e.to_string(),
        })?;
        let recorded = match head.as_deref().map(parse_head) {
            None => None,
            Some(Some(h)) => Some(h),
            Some(None) => {
                return Err(VerifyFailure::Broken {
                    seq: 1,
                    reason: "the record of the log's last event is unreadable".into(),
                });
            }
        };
        let mut prev: Hash = [0; 32];
        let mut expected = 1u64;
        let mut head_seen = false;
        for kv in self.db.scan_prefix(EV) {
            let broken = |reason: String| VerifyFailure::Broken {
                seq: expected,
                reason,
            };
            let (k, v) = kv.map_err(|e| broken(e.to_string()))?;
            if k.as_ref() != ev_key(expected).as_slice() {
                return Err(broken("missing or out of order".into()));
            }
            let sealed: Sealed =
                codec::decode(&v).map_err(|e| broken(format!("unreadable: {e}")))?;
            let hash: Hash = Sha256::digest(&sealed.body).into();
            if hash != sealed.hash {
                return Err(broken("content does not match its hash".into()));
            }
            let body: Recorded =
                codec::decode(&sealed.body).map_err(|e| broken(format!("unreadable: {e}")))?;
            if body.seq != expected || body.prev != prev {
                return Err(broken("does not follow the event before it".into()));
            }
            prev = hash;
            if recorded.is_some_and(|(s, h)| s == expected && h == hash) {
                head_seen = true;
            }
            if expected.is_multiple_of(1000) {
                progress(expected);
            }
            expected += 1;
        }
        let last = expected - 1;
        let intact = match recorded {
            // A new store records head 0; no record at all means it was removed.
            None => false,
            Some((0, _)) => true,
            Some(_) => head_seen,
        };
        if !intact {
            let seq = recorded.map_or(expected, |(s, _)| s.max(expected));
            return Err(VerifyFailure::Broken {
                seq,
                reason: format!(
                    "the log ends at event {last}, but the store recorded a different last event"
                ),
            });
        }
        Ok(last)
    }

    /// For tests of tamper evidence: the raw bytes of an event.
    #[doc(hidden)]
    pub fn raw_event(&self, seq: u64) -> Option<Vec<u8>> {
        self.db.get(ev_key(seq)).ok().flatten().map(|v| v.to_vec())
    }

    #[doc(hidden)]
    pub fn remove_raw_event(&self, seq: u64) -> Result<(), StoreError> {
        self.db.remove(ev_key(seq)).map_err(|e| io(&self.path, e))?;
        self.sync()
    }

    #[doc(hidden)]
    pub fn overwrite_raw_event(&self, seq: u64, bytes: &[u8]) -> Result<(), StoreError> {
        self.db
            .insert(ev_key(seq), bytes)
            .map_err(|e| io(&self.path, e))?;
        self.sync()
    }
}

fn open_sled(path: &Path) -> Result<sled::Db, StoreError> {
    let p = path.to_path_buf();
    // sled can panic on files it does not understand; a foreign directory must
    // give an error, not a crash.
    let opened = std::panic::catch_unwind(move || sled::Config::new().path(p).open());
    match opened {
        Ok(Ok(db)) => Ok(db),
        Ok(Err(sled::Error::Io(e)))
            if e.kind() == std::io::ErrorKind::Other && e.to_string().contains("lock") =>
        {
            Err(StoreError::Locked {
                path: path.display().to_string(),
            })
        }
        Ok(Err(sled::Error::Io(e)))
            if matches!(
                e.kind(),
                std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::NotFound
            ) =>
        {
            Err(io(path, e))
        }
        Ok(Err(e)) => Err(corrupt(path, e)),
        Err(_) => Err(corrupt(path, "its files could not be read")),
    }
}

fn write_marker(path: &Path) -> Result<(), StoreError> {
    use std::io::Write;
    let mut f = File::create(path.join(MARKER)).map_err(|e| io(path, e))?;
    f.write_all(MARKER_TEXT.as_bytes())
        .map_err(|e| io(path, e))?;
    f.sync_all().map_err(|e| io(path, e))
}

/// Whether `path` is a renshi store, decided without letting sled near it.
pub fn is_store(path: &Path) -> bool {
    std::fs::read_to_string(path.join(MARKER)).is_ok_and(|t| t == MARKER_TEXT)
        && path.join("conf").is_file()
        && path.join("db").is_file()
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

fn ev_key(seq: u64) -> Vec<u8> {
    let mut k = EV.to_vec();
    k.extend_from_slice(&seq.to_be_bytes());
    k
}

fn rec_key(key: &RecordKey) -> Vec<u8> {
    let mut k = REC.to_vec();
    match key {
        RecordKey::Company => k.push(b'c'),
        RecordKey::Dept(id) => {
            k.push(b'd');
            k.extend_from_slice(&id.0.to_be_bytes());
        }
        RecordKey::Position(id) => {
            k.push(b'p');
            k.extend_from_slice(&id.0.to_be_bytes());
        }
        RecordKey::Employee(id) => {
            k.push(b'e');
            k.extend_from_slice(&id.0.to_be_bytes());
        }
        RecordKey::User(login) => {
            k.push(b'u');
            k.extend_from_slice(login.as_bytes());
        }
        RecordKey::Plan(id) => {
            k.push(b'h');
            k.extend_from_slice(&id.0.to_be_bytes());
        }
        RecordKey::Delegation(id) => {
            k.push(b'g');
            k.extend_from_slice(&id.0.to_be_bytes());
        }
    }
    k
}

fn record_value(c: &Company, key: &RecordKey) -> Result<Option<Vec<u8>>, String> {
    match key {
        RecordKey::Company => codec::encode(&c.name).map(Some),
        RecordKey::Dept(id) => c.departments.get(id).map(codec::encode).transpose(),
        RecordKey::Position(id) => c.positions.get(id).map(codec::encode).transpose(),
        RecordKey::Employee(id) => c.employees.get(id).map(codec::encode).transpose(),
        RecordKey::User(login) => c.users.get(login).map(codec::encode).transpose(),
        RecordKey::Plan(id) => c.plans.get(id).map(codec::encode).transpose(),
        RecordKey::Delegation(id) => c.delegations.get(id).map(codec::encode).transpose(),
    }
}
