//! The daemon's log, on stderr: under systemd that is the journal, and each
//! line then starts with its syslog level (`<4>` a warning), which journald
//! reads as the entry's priority (`journalctl -p warning -u renshi`).

use std::io::Write;

#[derive(Clone, Copy)]
pub enum Level {
    Error = 3,
    Warning = 4,
    Info = 6,
}

pub fn info(msg: impl AsRef<str>) {
    write(Level::Info, msg.as_ref());
}

pub fn warning(msg: impl AsRef<str>) {
    write(Level::Warning, msg.as_ref());
}

pub fn error(msg: impl AsRef<str>) {
    write(Level::Error, msg.as_ref());
}

/// Best effort: stderr may be a file on the very disk that is full, and a
/// log line that cannot be written must not take a thread down with it
/// (`eprintln!` panics when the write fails). Lines carry what clients sent
/// (a demo `--as` name, a frame's complaint): written out, so no client
/// forges a line or an escape.
fn write(level: Level, msg: &str) {
    let msg = crate::domain::text::visible_line(msg);
    let prefix = if std::env::var_os("JOURNAL_STREAM").is_some() {
        format!("<{}>", level as u8)
    } else {
        String::new()
    };
    let _ = writeln!(std::io::stderr(), "{prefix}renshi serve: {msg}");
}
