//! The store's directory outside sled: the marker that says what it is,
//! private file modes, sled's cache size, and opening sled itself.

use super::*;

/// Everything a store holds is personal data: files made by this process
/// are for its own user only. (The daemon's socket sets its mode itself.)
pub(super) fn private_files() {
    use nix::sys::stat::{Mode, umask};
    umask(Mode::from_bits_truncate(0o077));
}

pub(super) fn marker_text(demo: bool) -> String {
    format!(
        "renshi store, format {}: open it with renshi, not by hand\ndemo: {}\n",
        codec::FORMAT_VERSION,
        if demo { "yes" } else { "no" }
    )
}

/// Whether the marker says the store is a demo; `None` when it does not say.
pub(super) fn marker_demo(path: &Path) -> Option<bool> {
    let text = std::fs::read_to_string(path.join(MARKER)).ok()?;
    match text.lines().nth(1)? {
        "demo: yes" => Some(true),
        "demo: no" => Some(false),
        _ => None,
    }
}

/// The format a directory's marker names, without letting sled near it.
pub(super) fn marker_format(path: &Path) -> Option<u32> {
    let text = std::fs::read_to_string(path.join(MARKER)).ok()?;
    if text == MARKER_V1 {
        return Some(1);
    }
    text.strip_prefix("renshi store, format ")?
        .split(':')
        .next()?
        .parse()
        .ok()
}

/// Whether `path` is a renshi store, decided without letting sled near it.
pub fn is_store(path: &Path) -> bool {
    marker_format(path).is_some() && path.join("conf").is_file() && path.join("db").is_file()
}

pub(super) fn cache_bytes() -> u64 {
    // sled's default cache is 1 GiB and a daemon keeps what it touched. The
    // company lives in memory anyway; sled's cache only serves log reads
    // and the tail the next commit writes to. 4 MiB measured: a daemon at
    // 100k employees ends a full verify at 100 MiB, against 122 with 16.
    let mib = std::env::var("RENSHI_CACHE_MIB")
        .ok()
        .and_then(|v| v.trim().parse::<u64>().ok())
        .filter(|m| *m >= 1)
        .unwrap_or(4);
    mib << 20
}

/// sled writes each snapshot of its own to `snap.N.generating` and renames
/// it when done; one cut short (a full disk while it was written) is left
/// behind, and sled then refuses the whole directory as corrupt. Such files
/// are removed before opening, while holding the lock sled itself takes (so
/// no running sled is writing one).
pub(super) fn clear_unfinished_snapshots(path: &Path) -> Result<(), StoreError> {
    let db = match File::open(path.join("db")) {
        Ok(f) => f,
        Err(_) => return Ok(()),
    };
    match db.try_lock() {
        Ok(()) => {}
        Err(std::fs::TryLockError::WouldBlock) => {
            return Err(StoreError::Locked {
                path: path.display().to_string(),
            });
        }
        Err(std::fs::TryLockError::Error(e)) => return Err(StoreError::from_io(path, &e)),
    }
    for entry in std::fs::read_dir(path).map_err(|e| io(path, e))?.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with("snap.") && name.ends_with(".generating") {
            std::fs::remove_file(entry.path()).map_err(|e| StoreError::from_io(path, &e))?;
        }
    }
    Ok(())
}

/// How long opening waits for a lock held by someone else. A process that
/// is just closing the store, or a child forked by another thread of this
/// process that still holds a copy of the lock until it runs its program,
/// lets go within milliseconds; a running daemon does not.
const LOCK_WAIT: std::time::Duration = std::time::Duration::from_secs(1);

pub(super) fn open_sled(path: &Path, cache: u64) -> Result<sled::Db, StoreError> {
    let start = std::time::Instant::now();
    loop {
        match open_sled_once(path, cache) {
            Err(StoreError::Locked { .. }) if start.elapsed() < LOCK_WAIT => {
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
            other => return other,
        }
    }
}

thread_local! {
    static QUIET_PANICS: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// sled panics on some damaged files (a `db` cut short). The panic is caught
/// and turned into words; this keeps the panic hook from printing Rust's
/// panic text and backtrace first, on the thread that opens sled only.
fn quiet_panics<T>(f: impl FnOnce() -> T) -> std::thread::Result<T> {
    static HOOK: std::sync::Once = std::sync::Once::new();
    HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !QUIET_PANICS.with(std::cell::Cell::get) {
                previous(info);
            }
        }));
    });
    QUIET_PANICS.with(|q| q.set(true));
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
    QUIET_PANICS.with(|q| q.set(false));
    result
}

fn open_sled_once(path: &Path, cache: u64) -> Result<sled::Db, StoreError> {
    clear_unfinished_snapshots(path)?;
    let config = sled::Config::new().path(path).cache_capacity(cache);
    // sled can panic on files it does not understand; a foreign directory must
    // give an error, not a crash.
    let opened = quiet_panics(move || config.open());
    match opened {
        Ok(Ok(db)) => Ok(db),
        Ok(Err(sled::Error::Io(e)))
            if e.kind() == std::io::ErrorKind::Other && e.to_string().contains("lock") =>
        {
            Err(StoreError::Locked {
                path: path.display().to_string(),
            })
        }
        Ok(Err(e)) => Err(StoreError::from_sled(path, e)),
        Err(_) => Err(corrupt(
            path,
            "sled's data file is cut short or damaged and could not be read",
        )),
    }
}

pub(super) fn set_mode(path: &Path, mode: u32) -> Result<(), StoreError> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).map_err(|e| io(path, e))
}

pub(super) fn write_marker(path: &Path, demo: bool) -> Result<(), StoreError> {
    use std::io::Write;
    // Written beside and renamed over: the marker of an existing store is
    // rewritten when its format goes up, and a crash must leave the old or
    // the new one, never an empty file that says "not a store".
    let tmp = path.join(format!("{MARKER}.new"));
    let mut f = File::create(&tmp).map_err(|e| io(path, e))?;
    f.write_all(marker_text(demo).as_bytes())
        .map_err(|e| StoreError::from_io(path, &e))?;
    f.sync_all().map_err(|e| StoreError::from_io(path, &e))?;
    std::fs::rename(&tmp, path.join(MARKER)).map_err(|e| StoreError::from_io(path, &e))?;
    File::open(path)
        .and_then(|d| d.sync_all())
        .map_err(|e| StoreError::from_io(path, &e))
}
