//! Rebuilding a store from a backup (`renshi restore`). The new store is made
//! in a hidden directory beside the target and renamed into place only when
//! every line has been checked and written, so a backup that is cut short or
//! altered leaves nothing behind: not half a store, not an empty directory.
//!
//! Every body is rebuilt from its line exactly (see `check`), so the restored
//! log has the same hashes, link for link, and the same head. Events go to
//! sled in large batches, each made durable once; the company is rebuilt as
//! they go, and saved as the new store's snapshot at the end.

use super::check::{Checker, FileError, Item, Lines, Problem};
use super::*;
use crate::domain::PersonalRecord;
use std::io::BufRead;

/// Events written to sled in one batch (and one fsync).
const BATCH_EVENTS: usize = 20_000;
/// …or fewer, once their bytes reach this.
const BATCH_BYTES: usize = 16 << 20;

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
}

impl Store {
    /// Appends events already checked (their bodies exact, their hashes
    /// computed) in one batch, made durable before it returns.
    fn append_checked(&self, events: &[(u64, Hash, Vec<u8>)]) -> Result<(), StoreError> {
        let Some(&(seq, hash, _)) = events.last() else {
            return Ok(());
        };
        let mut batch = sled::Batch::default();
        for (seq, hash, body) in events {
            let mut value = Vec::with_capacity(32 + body.len());
            value.extend_from_slice(hash);
            value.extend_from_slice(body);
            batch.insert(ev_key(*seq), value);
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
        inner.sync(&self.path)?;
        if let Ok(mut h) = self.head.lock() {
            h.seq = seq;
            h.hash = hash;
        }
        Ok(())
    }

    fn put_personal(&self, records: &[(EmployeeId, PersonalRecord)]) -> Result<(), StoreError> {
        let mut batch = sled::Batch::default();
        for (id, record) in records {
            let v = codec::encode(record).map_err(|e| io(&self.path, e))?;
            batch.insert(pd_key(*id), v);
        }
        let guard = self.inner()?;
        let inner = guard
            .as_ref()
            .ok_or_else(|| io(&self.path, "the store is being reopened"))?;
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
    target: &Path,
    mut progress: impl FnMut(u64),
) -> Result<Restored, RestoreError> {
    files::private_files();
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
    let result = build(reader, &tmp, &mut progress).and_then(|restored| {
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
    tmp: &Path,
    progress: &mut impl FnMut(u64),
) -> Result<Restored, RestoreError> {
    let store = Store::create(tmp, false)?;
    let mut lines = Lines::new(reader);
    let mut checker = Checker::new();
    let mut company = Company::default();
    let mut batch: Vec<(u64, Hash, Vec<u8>)> = Vec::with_capacity(BATCH_EVENTS);
    let mut bytes = 0;
    let mut personal = Vec::new();
    let mut skipped = 0;
    let mut line = Vec::new();
    while lines.next_line(&mut line)? {
        let number = lines.number;
        match checker.feed(number, &line)? {
            Item::Header if !checker.is_backup() => return Err(RestoreError::IsExport),
            Item::Header => {}
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
                batch.push((c.seq, c.hash, c.body));
                if batch.len() >= BATCH_EVENTS || bytes >= BATCH_BYTES {
                    store.append_checked(&batch)?;
                    batch.clear();
                    bytes = 0;
                    progress(lines.read);
                }
            }
            Item::Personal(id, record) => {
                if company.employees.contains_key(&id) {
                    personal.push((id, *record));
                } else {
                    skipped += 1;
                }
            }
            Item::End => {}
        }
    }
    store.append_checked(&batch)?;
    progress(lines.read);
    let summary = checker.finish()?;
    store.put_personal(&personal)?;
    let restored = Restored {
        events: summary.events,
        head: summary.head,
        personal: personal.len() as u64,
        skipped,
    };
    company.personal = personal.into_iter().collect();
    let head = store.head();
    store.write_snapshot(&company, head)?;
    store.head_file.write(&head, true)?;
    Ok(restored)
}
