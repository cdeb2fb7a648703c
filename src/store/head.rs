//! The head file: the log's last event (sequence and hash) in a small text
//! file beside sled's files. It is rewritten in place after every durable
//! commit and fsynced at most once a second (and on close), so it costs a
//! commit almost nothing; after a power loss it may trail the log by the last
//! second's commits, which `verify` treats like commits made after it was
//! read. What it catches: a log cut short, which takes sled's own record of
//! its last event with it.

use super::{Hash, Head, StoreError};
use std::fs::{File, OpenOptions};
use std::os::unix::fs::{FileExt, OpenOptionsExt};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{Duration, Instant};

pub const NAME: &str = "HEAD";
const TAG: &str = "renshi-head 1";
/// Fixed length, so every rewrite covers the whole previous content.
const LEN: usize = TAG.len() + 1 + 20 + 1 + 64 + 1;
const SYNC_EVERY: Duration = Duration::from_secs(1);

pub struct HeadFile {
    path: PathBuf,
    /// `None` while the file is missing (until `create_if_missing`).
    file: Mutex<Option<File>>,
    last_sync: Mutex<Option<Instant>>,
}

impl HeadFile {
    pub fn create(dir: &Path) -> Result<HeadFile, StoreError> {
        let path = dir.join(NAME);
        let file = OpenOptions::new()
            .read(true)
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(&path)
            .map_err(|e| StoreError::from_io(&path, &e))?;
        Ok(HeadFile {
            path,
            file: Mutex::new(Some(file)),
            last_sync: Mutex::new(None),
        })
    }

    /// Makes a new, empty head file if there is none.
    pub fn create_if_missing(&self) -> Result<(), StoreError> {
        let mut f = self.file.lock().unwrap_or_else(|p| p.into_inner());
        if f.is_none() {
            *f = Some(
                OpenOptions::new()
                    .read(true)
                    .write(true)
                    .create(true)
                    .truncate(false)
                    .mode(0o600)
                    .open(&self.path)
                    .map_err(|e| StoreError::from_io(&self.path, &e))?,
            );
        }
        Ok(())
    }

    /// Opens it if it is there; a missing file is reported by `read`.
    pub fn open(dir: &Path) -> Result<HeadFile, StoreError> {
        let path = dir.join(NAME);
        let file = match OpenOptions::new().read(true).write(true).open(&path) {
            Ok(f) => Some(f),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => return Err(StoreError::from_io(&path, &e)),
        };
        Ok(HeadFile {
            path,
            file: Mutex::new(file),
            last_sync: Mutex::new(None),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The recorded (seq, hash), or what is wrong with the file in words.
    pub fn read(&self) -> Result<(u64, Hash), String> {
        let guard = self.file.lock().unwrap_or_else(|p| p.into_inner());
        let Some(f) = guard.as_ref() else {
            return Err("missing".into());
        };
        let mut buf = vec![0u8; LEN];
        let n = f
            .read_at(&mut buf, 0)
            .map_err(|e| format!("unreadable ({e})"))?;
        let text = std::str::from_utf8(&buf[..n]).map_err(|_| "not text".to_string())?;
        parse(text).ok_or_else(|| "not a head file of this renshi".into())
    }

    /// Records `head`; `durable` fsyncs now, otherwise at most once a second.
    pub fn write(&self, head: &Head, durable: bool) -> Result<(), StoreError> {
        let guard = self.file.lock().unwrap_or_else(|p| p.into_inner());
        let Some(f) = guard.as_ref() else {
            // Recreated on the next open; the log itself is durable already.
            return Ok(());
        };
        let text = format(head.seq, &head.hash);
        f.write_all_at(text.as_bytes(), 0)
            .map_err(|e| StoreError::from_io(&self.path, &e))?;
        let due = self
            .last_sync
            .lock()
            .map_or(true, |t| t.is_none_or(|t| t.elapsed() >= SYNC_EVERY));
        if durable || due {
            Self::sync_file(f, &self.path)?;
            if let Ok(mut t) = self.last_sync.lock() {
                *t = Some(Instant::now());
            }
        }
        Ok(())
    }

    pub fn sync(&self) -> Result<(), StoreError> {
        let guard = self.file.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(f) = guard.as_ref() {
            Self::sync_file(f, &self.path)?;
        }
        Ok(())
    }

    fn sync_file(f: &File, path: &Path) -> Result<(), StoreError> {
        f.sync_data().map_err(|e| StoreError::from_io(path, &e))
    }
}

fn format(seq: u64, hash: &Hash) -> String {
    let hex: String = hash.iter().map(|b| format!("{b:02x}")).collect();
    format!("{TAG}\n{seq:020} {hex}\n")
}

fn parse(text: &str) -> Option<(u64, Hash)> {
    let rest = text.strip_prefix(TAG)?.strip_prefix('\n')?;
    let (seq, hex) = rest.trim_end().split_once(' ')?;
    let seq = seq.parse().ok()?;
    if hex.len() != 64 {
        return None;
    }
    let mut hash = [0u8; 32];
    for (i, b) in hash.iter_mut().enumerate() {
        *b = u8::from_str_radix(hex.get(2 * i..2 * i + 2)?, 16).ok()?;
    }
    Some((seq, hash))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn head_text_round_trips_at_a_fixed_length() {
        let t = format(42, &[0xab; 32]);
        assert_eq!(t.len(), LEN);
        assert_eq!(parse(&t), Some((42, [0xab; 32])));
        assert_eq!(parse("renshi-head 1\n12 zz\n"), None);
    }
}
