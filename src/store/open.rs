//! Opening a store: refusing what is not one, converting an older format,
//! and checking the log's end against the head file before anything is
//! read or written. sled itself is opened only when something needs it.

use super::files::*;
use super::*;

impl Store {
    /// Creates a new store in an empty or absent directory.
    pub fn create(path: &Path, demo: bool) -> Result<Store, StoreError> {
        private_files();
        if path.exists() {
            let mut entries = std::fs::read_dir(path).map_err(|e| io(path, e))?;
            if entries.next().is_some() {
                return Err(StoreError::NotEmpty {
                    path: path.display().to_string(),
                });
            }
        }
        std::fs::create_dir_all(path).map_err(|e| StoreError::from_io(path, &e))?;
        set_mode(path, 0o700)?;
        write_marker(path, demo)?;
        let inner = Inner::open(path, cache_bytes())?;
        let mut batch = sled::Batch::default();
        batch.insert(META_FORMAT, &codec::FORMAT_VERSION.to_be_bytes());
        batch.insert(META_DEMO, &[u8::from(demo)]);
        batch.insert(META_HEAD, head_value(0, &[0; 32]));
        inner
            .db
            .apply_batch(batch)
            .map_err(|e| StoreError::from_sled(path, e))?;
        inner.sync(path)?;
        let head_file = HeadFile::create(path)?;
        head_file.write(&Head::empty(), true)?;
        let store = Store::unopened(path, head_file, Some(demo), Vec::new());
        store.first_open_with(inner)?;
        for entry in std::fs::read_dir(path).map_err(|e| io(path, e))?.flatten() {
            if entry.path().is_file() {
                set_mode(&entry.path(), 0o600)?;
            }
        }
        Ok(store)
    }

    /// Opens an existing store, refusing anything that is not one of ours and
    /// bringing an older format up to this one first, and checks its log
    /// against the head file at once.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        let store = Store::open_lazy(path)?;
        store.ready()?;
        Ok(store)
    }

    /// Like `open`, but sled is opened (and the log checked) only when
    /// something needs it: a command that reads a snapshot matching the
    /// head file never opens it at all.
    pub fn open_lazy(path: &Path) -> Result<Store, StoreError> {
        private_files();
        let not_a_store = || StoreError::NotAStore {
            path: path.display().to_string(),
        };
        if !path.exists() {
            return Err(StoreError::NoStore {
                path: path.display().to_string(),
            });
        }
        if marker_format(path).is_none() {
            return Err(not_a_store());
        }
        owned_by_me(path)?;
        // The marker says a store was here: sled's files gone is damage, and
        // "not a store" would invite making a new one over what is left.
        if let Some(gone) = ["conf", "db"].iter().find(|f| !path.join(f).is_file()) {
            return Err(corrupt(path, format!("its data file `{gone}` is missing")));
        }
        let mut notes = Vec::new();
        match marker_format(path) {
            Some(1) => notes.push(migrate::from_v1(path)?),
            // Formats 2 to 5 become 6 when sled is first opened (`check`).
            Some(2..=5 | codec::FORMAT_VERSION) => {}
            Some(found) => {
                return Err(StoreError::Unsupported {
                    path: path.display().to_string(),
                    found,
                    supported: codec::FORMAT_VERSION,
                });
            }
            None => return Err(not_a_store()),
        }
        let head_file = HeadFile::open(path)?;
        Ok(Store::unopened(path, head_file, marker_demo(path), notes))
    }

    pub(super) fn unopened(
        path: &Path,
        head_file: HeadFile,
        demo: Option<bool>,
        notes: Vec<String>,
    ) -> Store {
        let head = head_file.read().map_or_else(
            |_| Head::empty(),
            |(seq, hash)| Head {
                seq,
                hash,
                at: DateTime::<Utc>::UNIX_EPOCH,
            },
        );
        Store {
            path: path.to_path_buf(),
            inner: RwLock::new(None),
            checked: std::sync::atomic::AtomicBool::new(false),
            head: Mutex::new(head),
            head_file,
            demo: Mutex::new(demo),
            notes,
            failures: std::sync::atomic::AtomicU32::new(0),
            cache: cache_bytes(),
            accept_log: false,
        }
    }

    /// A store opened to walk its log once (`audit verify` without a
    /// daemon): sled's cache is kept small, the walk reads each event once.
    pub fn open_for_walking(path: &Path) -> Result<Store, StoreError> {
        let mut store = Store::open_lazy(path)?;
        store.cache = 2 << 20;
        Ok(store)
    }

    /// A daemon's store: opened like `open_lazy` so the daemon answers from
    /// the snapshot at once, but refused at once when another process has it
    /// open. The daemon then calls `ready` on a thread of its own.
    pub fn open_for_serving(path: &Path) -> Result<Store, StoreError> {
        let store = Store::open_lazy(path)?;
        if let Ok(db) = File::open(path.join("db")) {
            match db.try_lock() {
                Ok(()) => drop(db),
                Err(std::fs::TryLockError::WouldBlock) => {
                    return Err(StoreError::Locked {
                        path: path.display().to_string(),
                    });
                }
                Err(std::fs::TryLockError::Error(e)) => {
                    return Err(StoreError::from_io(path, &e));
                }
            }
        }
        Ok(store)
    }

    /// Like `open_for_walking`, for `audit verify --accept-log`: a store
    /// whose head file is missing or unreadable opens, so its chain can be
    /// walked; `accept_log` then writes a new head file from the log.
    pub fn open_accepting_log(path: &Path) -> Result<Store, StoreError> {
        let mut store = Store::open_for_walking(path)?;
        store.accept_log = true;
        Ok(store)
    }

    /// Writes the head file anew from the log's last event (after a walk
    /// of the whole chain found it intact).
    pub fn accept_log(&self) -> Result<Head, StoreError> {
        let head = self.ready()?;
        self.head_file.create_if_missing()?;
        self.head_file.write(&head, true)?;
        Ok(head)
    }

    /// Opens a store, naming a full disk as what keeps it from opening.
    pub fn open_existing(path: &Path) -> Result<Store, StoreError> {
        Store::open(path).map_err(|e| match e {
            StoreError::DiskFull { path } => StoreError::NoSpace { path },
            other => other,
        })
    }

    /// The first open of sled: its format and demo records, and the log's
    /// end against the head file (which may trail the log by the commit
    /// being written when a process died, never lead it).
    pub(super) fn first_open(&self) -> Result<Inner, StoreError> {
        let inner = Inner::open(&self.path, self.cache)?;
        self.check(&inner)?;
        Ok(inner)
    }

    /// `create` opened sled itself.
    pub(super) fn first_open_with(&self, inner: Inner) -> Result<(), StoreError> {
        self.check(&inner)?;
        if let Ok(mut g) = self.inner.write() {
            *g = Some(inner);
        }
        Ok(())
    }

    pub(super) fn check(&self, inner: &Inner) -> Result<(), StoreError> {
        use std::sync::atomic::Ordering;
        let path = self.path.as_path();
        let db = &inner.db;
        // The marker says it is a store: a missing format record is damage.
        let format = db
            .get(META_FORMAT)
            .map_err(|e| StoreError::from_sled(path, e))?
            .ok_or_else(|| corrupt(path, "its data file `db` has lost the store's records"))?;
        let found = <[u8; 4]>::try_from(format.as_ref())
            .map(u32::from_be_bytes)
            .map_err(|_| corrupt(path, "its format record is unreadable"))?;
        let demo = db
            .get(META_DEMO)
            .map_err(|e| StoreError::from_sled(path, e))?
            .is_some_and(|v| v.as_ref() == [1]);
        if (2..=5).contains(&found) {
            // Format 3 added a codec for new events, format 4 keeps personal
            // records in buckets, format 5 adds two personal fields, format 6
            // keeps candidates' contacts beside the log (its older candidates
            // keep theirs in the log, which is never rewritten): the
            // store's number goes up before any can be written, sled's record
            // first (durably, in one batch with the records rewritten), then
            // the marker, so an older renshi refuses the store instead of
            // calling its new events unreadable or its records garbled. Cut
            // between the two, the next open does the rest.
            let mut batch = sled::Batch::default();
            batch.insert(META_FORMAT, &codec::FORMAT_VERSION.to_be_bytes());
            let batch = match found {
                5 => batch,
                4 => personal::from_format_4(path, db, batch)?,
                _ => personal::from_singles(path, db, batch)?,
            };
            db.apply_batch(batch)
                .map_err(|e| StoreError::from_sled(path, e))?;
            inner.sync(path)?;
            write_marker(path, demo)?;
        } else if found != codec::FORMAT_VERSION {
            return Err(StoreError::Unsupported {
                path: path.display().to_string(),
                found,
                supported: codec::FORMAT_VERSION,
            });
        }
        if let Ok(mut d) = self.demo.lock() {
            *d = Some(demo);
        }
        let head = last_event(path, db)?;
        let file = &self.head_file;
        match file.read() {
            // Without its head file the end of the log cannot be checked: a
            // log cut short together with the file would open as whole. Only
            // an explicit `audit verify --accept-log` writes a new one.
            Err(_) if self.accept_log => {}
            Err(reason) => {
                return Err(StoreError::HeadUnreadable {
                    path: path.display().to_string(),
                    file: file.path().display().to_string(),
                    reason,
                });
            }
            Ok((seq, _)) if seq > head.seq => {
                return Err(StoreError::Truncated {
                    path: path.display().to_string(),
                    file: file.path().display().to_string(),
                    log_end: head.seq,
                    recorded: seq,
                });
            }
            Ok((seq, hash)) => {
                let logged = if seq == 0 {
                    Some([0; 32])
                } else {
                    event_hash(path, db, seq)?
                };
                if logged != Some(hash) {
                    return Err(StoreError::HeadMismatch {
                        path: path.display().to_string(),
                        file: file.path().display().to_string(),
                        seq,
                    });
                }
                if seq < head.seq {
                    file.write(&head, true)?;
                }
            }
        }
        if let Ok(mut h) = self.head.lock() {
            *h = head;
        }
        self.checked.store(true, Ordering::SeqCst);
        Ok(())
    }

    /// The open database, or why there is none: after a failed write it is
    /// reopened before anything else may read or write.
    pub(super) fn inner(&self) -> Result<RwLockReadGuard<'_, Option<Inner>>, StoreError> {
        if self.inner.read().map_or(true, |g| g.is_none()) {
            if self.checked.load(std::sync::atomic::Ordering::SeqCst) {
                self.reopen()?;
            } else {
                let mut guard = self
                    .inner
                    .write()
                    .map_err(|_| io(&self.path, "the store's lock was poisoned"))?;
                if guard.is_none() {
                    *guard = Some(self.first_open()?);
                }
            }
        }
        let guard = self
            .inner
            .read()
            .map_err(|_| io(&self.path, "the store's lock was poisoned"))?;
        if guard.is_none() {
            return Err(io(&self.path, "the store is being reopened"));
        }
        Ok(guard)
    }

    /// After a failed write, sled's memory may hold what never reached the
    /// disk, and sled refuses further writes. Closing it and opening the
    /// files again gives exactly what is on disk; anything found there past
    /// the last commit that was reported as done was never acknowledged and
    /// is removed, so a failed commit stays absent. Fails (and is tried again
    /// on the next use) while the disk is still full.
    pub(super) fn reopen(&self) -> Result<(), StoreError> {
        let head = self.head();
        let mut guard = self
            .inner
            .write()
            .map_err(|_| io(&self.path, "the store's lock was poisoned"))?;
        *guard = None;
        let inner = Inner::open(&self.path, self.cache).map_err(|e| match e {
            StoreError::DiskFull { path } => StoreError::NoSpace { path },
            other => other,
        })?;
        let end = last_event(&self.path, &inner.db)?;
        if end.seq > head.seq {
            let mut batch = sled::Batch::default();
            for seq in head.seq + 1..=end.seq {
                batch.remove(ev_key(seq));
            }
            batch.insert(META_HEAD, head_value(head.seq, &head.hash));
            inner
                .db
                .apply_batch(batch)
                .map_err(|e| StoreError::from_sled(&self.path, e))?;
            inner.sync(&self.path)?;
        }
        *guard = Some(inner);
        Ok(())
    }
}

/// The log's last event as sled holds it.
pub(super) fn last_event(path: &Path, db: &sled::Db) -> Result<Head, StoreError> {
    let Some(kv) = db.scan_prefix(EV).next_back() else {
        return Ok(Head::empty());
    };
    let (k, v) = kv.map_err(|e| StoreError::from_sled(path, e))?;
    let seq = key_seq(&k);
    let bad = || {
        corrupt(
            path,
            format!("the last event of its log ({seq}) is unreadable"),
        )
    };
    let (hash, body) = codec::split_value(&v).ok_or_else(bad)?;
    let at = match codec::header(body) {
        Some(h) => DateTime::from_timestamp_micros(h.at_micros).ok_or_else(bad)?,
        None => {
            legacy::header(body.get(1..).unwrap_or_default())
                .map_err(|_| bad())?
                .2
        }
    };
    Ok(Head { seq, hash, at })
}

pub(super) fn event_hash(path: &Path, db: &sled::Db, seq: u64) -> Result<Option<Hash>, StoreError> {
    let v = db
        .get(ev_key(seq))
        .map_err(|e| StoreError::from_sled(path, e))?;
    Ok(v.and_then(|v| codec::split_value(&v).map(|(h, _)| h)))
}

/// Only the account that owns a store opens it. Another (root above all)
/// would leave files in it that the owner cannot write, a snapshot or sled's
/// own, and the owner's daemon could then no longer open its store.
fn owned_by_me(path: &Path) -> Result<(), StoreError> {
    use std::os::unix::fs::MetadataExt;
    let owner = std::fs::metadata(path)
        .map_err(|e| StoreError::from_io(path, &e))?
        .uid();
    if owner == nix::unistd::geteuid().as_raw() {
        return Ok(());
    }
    let name = nix::unistd::User::from_uid(nix::unistd::Uid::from_raw(owner))
        .ok()
        .flatten()
        .map_or_else(|| format!("uid {owner}"), |u| u.name);
    Err(StoreError::NotOwner {
        path: path.display().to_string(),
        owner: name,
    })
}
