//! Bringing an older store up to this format. A new store is written beside
//! the old one and swapped in only when complete; the old directory is kept
//! as a backup, so a failed or interrupted migration loses nothing.

use super::legacy::SealedV1;
use super::*;

/// Format 1 kept current-state records beside the log and wrapped each
/// event in an extra encoding. Its events are carried over byte for byte
/// (their hashes hold); the records are dropped, the log rebuilds them.
pub fn from_v1(path: &Path) -> Result<String, StoreError> {
    let new = sibling(path, "migrating");
    if new.exists() {
        // Left by a migration that was interrupted: the old store is intact.
        std::fs::remove_dir_all(&new).map_err(|e| io(&new, e))?;
    }
    {
        let old = open_sled(path, cache_bytes())?;
        let demo = old
            .get(META_DEMO)
            .map_err(|e| StoreError::from_sled(path, e))?
            .is_some_and(|v| v.as_ref() == [1]);
        let fresh = Store::create(&new, demo)?;
        let guard = fresh.inner()?;
        let fresh_inner = guard
            .as_ref()
            .ok_or_else(|| io(&new, "the new store did not open"))?;
        let fresh_db = &fresh_inner.db;
        let mut head = Head::empty();
        let mut batch = sled::Batch::default();
        let mut in_batch = 0;
        for kv in old.scan_prefix(EV) {
            let (k, v) = kv.map_err(|e| StoreError::from_sled(path, e))?;
            let seq = key_seq(&k);
            let bad = |e: String| corrupt(path, format!("event {seq} of its format-1 log: {e}"));
            let sealed: SealedV1 = match v.split_first() {
                Some((1, rest)) => codec::decode(rest).map_err(bad)?,
                _ => return Err(bad("unknown encoding".into())),
            };
            let (_, _, at) =
                legacy::header(sealed.body.get(1..).unwrap_or_default()).map_err(bad)?;
            let mut value = sealed.hash.to_vec();
            value.extend_from_slice(&sealed.body);
            batch.insert(ev_key(seq), value);
            head = Head {
                seq,
                hash: sealed.hash,
                at,
            };
            in_batch += 1;
            if in_batch == 1000 {
                fresh_db
                    .apply_batch(std::mem::take(&mut batch))
                    .map_err(|e| StoreError::from_sled(&new, e))?;
                in_batch = 0;
            }
        }
        batch.insert(META_DEMO, &[u8::from(demo)]);
        batch.insert(META_HEAD, head_value(head.seq, &head.hash));
        fresh_db
            .apply_batch(batch)
            .map_err(|e| StoreError::from_sled(&new, e))?;
        fresh_inner.sync(&new)?;
        fresh.head_file.write(&head, true)?;
        drop(guard);
    }
    let backup = free_sibling(path, "format1-backup");
    std::fs::rename(path, &backup).map_err(|e| io(path, e))?;
    std::fs::rename(&new, path).map_err(|e| io(path, e))?;
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        File::open(parent)
            .and_then(|d| d.sync_all())
            .map_err(|e| io(parent, e))?;
    }
    Ok(format!(
        "The store {} was brought up from format 1 to format {}; the old files are kept in {}.",
        path.display(),
        codec::FORMAT_VERSION,
        backup.display()
    ))
}

fn sibling(path: &Path, suffix: &str) -> PathBuf {
    PathBuf::from(format!("{}.{suffix}", path.display()))
}

fn free_sibling(path: &Path, suffix: &str) -> PathBuf {
    let first = sibling(path, suffix);
    if !first.exists() {
        return first;
    }
    (2..)
        .map(|n| sibling(path, &format!("{suffix}-{n}")))
        .find(|p| !p.exists())
        .unwrap_or(first)
}
