//! Rebuilding a store from a backup (`renshi restore`). The new store is made
//! in a hidden directory beside the target and renamed into place only when
//! every line has been checked and written, so a backup that is cut short or
//! altered leaves nothing behind: not half a store, not an empty directory.
//!
//! Every body is rebuilt from its line exactly (see `check`), so the restored
//! log has the same hashes, link for link, and the same head. Lines are
//! parsed and hashed a batch ahead on other threads (`check::check_lines`);
//! this one checks them in order and replays them (the company is rebuilt
//! as they go, and saved as the new store's snapshot at the end); another
//! writes the events to sled, made durable once per large batch.

use super::check::{Checker, FileError, Item, Problem, check_lines};
use super::*;
use std::io::BufRead;

/// Events handed to sled at once: sled takes small batches much faster than
/// large ones (measured: 1,000 events a batch wrote 1M events in half the
/// time 20,000 did, and the reader's own work slowed less beside it).
const CHUNK_EVENTS: usize = 1_000;
/// …or fewer, once their bytes reach this.
const CHUNK_BYTES: usize = 1 << 20;
/// Events between two fsyncs: a restore cut short is thrown away whole, so
/// only the end must be durable; the batches in between bound what waits
/// in memory for the disk.
const DURABLE_EVERY: u64 = 50_000;

/// Events for the writer (sequence number and stored value, `hash ‖ body`,
/// made by the reader, which has time to spare), and whether to fsync after.
struct Chunk {
    events: Vec<(u64, Vec<u8>)>,
    durable: bool,
}

#[derive(Debug)]
pub enum RestoreError {
    /// The backup is not whole or not a backup: where and why.
    File(FileError),
    /// An audit export was given: it holds no personal records.
    IsExport,
    Store(StoreError),
}

impl From<StoreError> for RestoreError {
    fn from(e: StoreError) -> Self {
        RestoreError::Store(e)
    }
}

impl From<FileError> for RestoreError {
    fn from(e: FileError) -> Self {
        RestoreError::File(e)
    }
}

/// What was restored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Restored {
    pub events: u64,
    pub head: Hash,
    pub personal: u64,
    /// Personal records of people the log does not know (taken while the
    /// backup was being written, for someone added after its last event).
    pub skipped: u64,
    /// The event that was the kept head, when one was asked for.
    pub kept: Option<u64>,
}

impl Store {
    /// Appends events already checked (their bodies exact, their hashes
    /// computed) in one sled batch; `durable` fsyncs everything so far.
    fn append_checked(&self, events: Vec<(u64, Vec<u8>)>, durable: bool) -> Result<(), StoreError> {
        let Some((seq, hash)) = events
            .last()
            .and_then(|(seq, v)| Some((*seq, codec::split_value(v)?.0)))
        else {
            return Ok(());
        };
        let mut batch = sled::Batch::default();
        for (seq, value) in events {
            batch.insert(ev_key(seq), value);
        }
        batch.insert(META_HEAD, head_value(seq, &hash));
        let guard = self.inner()?;
        let inner = guard
            .as_ref()
            .ok_or_else(|| io(&self.path, "the store is being reopened"))?;
        inner
            .db
            .apply_batch(batch)
            .map_err(|e| StoreError::from_sled(&self.path, e))?;
        if durable {
            inner.sync(&self.path)?;
        }
        if let Ok(mut h) = self.head.lock() {
            h.seq = seq;
            h.hash = hash;
        }
        Ok(())
    }

    fn put_beside(&self, company: &Company) -> Result<(), StoreError> {
        let mut batch = sled::Batch::default();
        let guard = self.inner()?;
        let inner = guard
            .as_ref()
            .ok_or_else(|| io(&self.path, "the store is being reopened"))?;
        let people = company.personal.iter().map(|(id, r)| (*id, r));
        personal::put(&self.path, &inner.db, &mut batch, people)?;
        let candidates = company.candidate_records.iter().map(|(id, r)| (*id, r));
        personal::put(&self.path, &inner.db, &mut batch, candidates)?;
        inner
            .db
            .apply_batch(batch)
            .map_err(|e| StoreError::from_sled(&self.path, e))?;
        inner.sync(&self.path)
    }
}

/// Where the new store is built: hidden, beside the target, on the same
/// file system (so the last step is a rename).
fn building(target: &Path) -> PathBuf {
    let name = target
        .file_name()
        .map_or_else(|| "store".into(), |n| n.to_string_lossy().into_owned());
    target.with_file_name(format!(".{name}.restoring-{}", std::process::id()))
}

/// Restores the backup read from `reader` into `target`, which must be an
/// empty or absent directory. `progress` gets the bytes read so far.
pub fn restore(
    reader: impl BufRead,
    kept: Option<(Option<u64>, Hash)>,
    target: &Path,
    mut progress: impl FnMut(u64),
) -> Result<Restored, RestoreError> {
    files::private_files();
    if let Ok(to) = std::fs::read_link(target) {
        return Err(StoreError::Symlink {
            path: target.display().to_string(),
            to: to.display().to_string(),
        }
        .into());
    }
    if target.exists() {
        let mut entries = std::fs::read_dir(target).map_err(|e| io(target, e))?;
        if entries.next().is_some() {
            return Err(StoreError::NotEmpty {
                path: target.display().to_string(),
            }
            .into());
        }
    }
    let tmp = building(target);
    if tmp.exists() {
        std::fs::remove_dir_all(&tmp).map_err(|e| io(&tmp, e))?;
    }
    let result = build(reader, kept, &tmp, &mut progress).and_then(|restored| {
        // An empty target directory is replaced; rename(2) allows that.
        std::fs::rename(&tmp, target).map_err(|e| StoreError::from_io(target, &e))?;
        if let Some(parent) = target.parent().filter(|p| !p.as_os_str().is_empty()) {
            File::open(parent)
                .and_then(|d| d.sync_all())
                .map_err(|e| io(parent, e))?;
        }
        Ok(restored)
    });
    if result.is_err() {
        let _ = std::fs::remove_dir_all(&tmp);
    }
    result
}

fn build(
    reader: impl BufRead,
    kept: Option<(Option<u64>, Hash)>,
    tmp: &Path,
    progress: &mut impl FnMut(u64),
) -> Result<Restored, RestoreError> {
    let store = Store::create(tmp, false)?;
    let (tx, rx) = std::sync::mpsc::sync_channel::<Chunk>(8);
    let (read, written) = std::thread::scope(|scope| {
        let writer = scope.spawn(|| {
            for chunk in rx {
                store.append_checked(chunk.events, chunk.durable)?;
            }
            Ok::<(), StoreError>(())
        });
        let read = replay(reader, kept, &tx, progress);
        drop(tx);
        let written = writer
            .join()
            .unwrap_or_else(|_| Err(io(tmp, "the writing thread stopped")));
        (read, written)
    });
    // A write that failed stopped the reader: its error is the one to tell.
    written?;
    let (company, summary, skipped) = read?;
    store.put_beside(&company)?;
    let head = store.head();
    store.write_snapshot(&company, head)?;
    store.head_file.write(&head, true)?;
    Ok(Restored {
        events: summary.events,
        head: summary.head,
        personal: (company.personal.len() + company.candidate_records.len()) as u64,
        skipped,
        kept: summary.kept,
    })
}

/// Reads, checks and replays every line, handing events to the writer;
/// gives the company (with its personal records), what the file held, and
/// how many personal records were of nobody in the log.
fn replay(
    reader: impl BufRead,
    kept: Option<(Option<u64>, Hash)>,
    tx: &std::sync::mpsc::SyncSender<Chunk>,
    progress: &mut impl FnMut(u64),
) -> Result<(Company, super::check::Summary, u64), RestoreError> {
    let stopped = || RestoreError::Store(io(Path::new("restore"), "the writer stopped"));
    let mut checker = Checker::new();
    if let Some((seq, hash)) = kept {
        checker.expect_head(seq, hash);
    }
    let mut company = Company::default();
    let mut chunk = Vec::with_capacity(CHUNK_EVENTS);
    let mut bytes = 0;
    let mut skipped = 0;
    // One thread reads lines ahead: sled's writing threads need the rest (a
    // restore with every core reading took 5.2–5.5 s instead of 4.7).
    check_lines(reader, 1, &mut checker, progress, |number, item| {
        match item {
            Item::Header { backup: false } => return Err(RestoreError::IsExport),
            Item::Header { .. } | Item::End => {}
            Item::Event(c) => {
                let event = match c.decoded {
                    Some(body) => body.event,
                    None => {
                        codec::decode_body(&c.body, Some(&company))
                            .map_err(|e| FileError {
                                line: number,
                                seq: Some(c.seq),
                                problem: Problem::Content(e),
                            })?
                            .event
                    }
                };
                company.apply(&event);
                bytes += c.body.len();
                let mut value = Vec::with_capacity(32 + c.body.len());
                value.extend_from_slice(&c.hash);
                value.extend_from_slice(&c.body);
                chunk.push((c.seq, value));
                if chunk.len() >= CHUNK_EVENTS || bytes >= CHUNK_BYTES {
                    let durable =
                        c.seq / DURABLE_EVERY != (c.seq - chunk.len() as u64) / DURABLE_EVERY;
                    let events = std::mem::replace(&mut chunk, Vec::with_capacity(CHUNK_EVENTS));
                    tx.send(Chunk { events, durable }).map_err(|_| stopped())?;
                    bytes = 0;
                }
            }
            Item::Personal(id, record) => {
                if company.employees.contains_key(&id) {
                    // The checksum over these lines is anyone's to recompute:
                    // the log is what says whose data was erased.
                    let checked = crate::domain::people::check_record(&company, id, &record);
                    against_log(number, id.to_string(), checked)?;
                    company.personal.insert(id, *record);
                } else {
                    skipped += 1;
                }
            }
            Item::Candidate(id, record) => {
                if company.candidates.contains_key(&id) {
                    let checked = crate::domain::recruit::check_record(&company, id, &record);
                    against_log(number, id.to_string(), checked)?;
                    company.candidate_records.insert(id, *record);
                } else {
                    skipped += 1;
                }
            }
        }
        Ok::<(), RestoreError>(())
    })?;
    tx.send(Chunk {
        events: chunk,
        durable: true,
    })
    .map_err(|_| stopped())?;
    let summary = checker.finish()?;
    Ok((company, summary, skipped))
}

/// A record kept outside the chain that the log contradicts (`who` erased
/// there but not here, or the other way round) is refused.
fn against_log(
    line: u64,
    who: String,
    checked: Result<(), crate::domain::people::RecordProblem>,
) -> Result<(), RestoreError> {
    use crate::domain::people::RecordProblem;
    let problem = match checked {
        Ok(()) => return Ok(()),
        Err(RecordProblem::NotErased) => Problem::PersonalNotErased { id: who },
        Err(RecordProblem::ErasedUnlogged) => Problem::PersonalErasedUnlogged { id: who },
    };
    Err(FileError {
        line,
        seq: None,
        problem,
    }
    .into())
}
