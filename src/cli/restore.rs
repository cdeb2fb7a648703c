//! `renshi restore`, `renshi audit verify --file` and `--head`: reading an
//! export or a backup (hostile until checked, see `store::check`), and
//! proving a head kept outside the machine.

use super::print::{say, warn};
use super::progress::Progress;
use super::{KeptHeadArg, TROUBLE};
use crate::domain::ids::hex_bytes::to_hex;
use crate::i18n::Catalog;
use crate::service::api::*;
use crate::store::Store;
use crate::store::check::{FileError, check_file};
use crate::store::restore::{RestoreError, restore as restore_into};
use crate::transport::Client;
use std::io::BufReader;
use std::path::Path;
use std::process::ExitCode;

/// A file's problem in words: the file, the line, the event, what is wrong.
pub fn file_error(cat: &Catalog, file: &Path, e: &FileError) -> String {
    let problem = cat.f(e.problem.key(), &e.problem.args());
    let mut args = vec![
        ("file", file.display().to_string()),
        ("line", e.line.to_string()),
        ("problem", problem),
    ];
    match e.seq {
        Some(seq) => {
            args.push(("seq", seq.to_string()));
            cat.f("err.file_event", &args)
        }
        None => cat.f("err.file_line", &args),
    }
}

/// Opens a file to read, with its size for progress; says why not.
fn open(cat: &Catalog, file: &Path) -> Result<(std::fs::File, u64), ExitCode> {
    let opened = std::fs::File::open(file).and_then(|f| {
        let meta = f.metadata()?;
        if meta.is_dir() {
            return Err(std::io::Error::other(cat.t("err.is_directory")));
        }
        Ok((f, meta.len()))
    });
    opened.map_err(|e| {
        warn(format!(
            "renshi: {}",
            cat.f(
                "err.input",
                &[
                    ("file", file.display().to_string()),
                    ("detail", e.to_string())
                ]
            )
        ));
        ExitCode::from(TROUBLE)
    })
}

pub fn verify_file(cat: &Catalog, file: &Path, kept: Option<KeptHeadArg>) -> ExitCode {
    let (f, size) = match open(cat, file) {
        Ok(f) => f,
        Err(code) => return code,
    };
    let bar = Progress::new(cat.t("progress.verify_file"), Some(size), true);
    let kept = kept.map(|k| (k.seq, k.hash));
    let checked = check_file(BufReader::with_capacity(1 << 20, f), kept, |n| bar.set(n));
    bar.done();
    match checked {
        Ok(s) => {
            let name = file.display().to_string();
            let key = if s.backup {
                "audit.backup_verified"
            } else {
                "audit.file_verified"
            };
            say(cat.f(
                key,
                &[
                    ("file", name),
                    ("count", s.events.to_string()),
                    ("head", format!("{}:{}", s.events, to_hex(&s.head))),
                    ("personal", s.personal.to_string()),
                ],
            ));
            if s.binary > 0 {
                say(cat.f("audit.file_binary", &[("count", s.binary.to_string())]));
            }
            if let Some(seq) = s.kept {
                say(cat.f("audit.file_holds_head", &[("seq", seq.to_string())]));
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            warn(format!("renshi: {}", file_error(cat, file, &e)));
            ExitCode::from(TROUBLE)
        }
    }
}

/// `renshi restore FILE --store DIR`.
pub fn restore(
    cat: &Catalog,
    file: &Path,
    kept: Option<KeptHeadArg>,
    target: &Path,
) -> Result<ExitCode, ApiError> {
    let (f, size) = match open(cat, file) {
        Ok(f) => f,
        Err(code) => return Ok(code),
    };
    let bar = Progress::new(cat.t("progress.restore"), Some(size), true);
    let kept = kept.map(|k| (k.seq, k.hash));
    let result = restore_into(BufReader::with_capacity(1 << 20, f), kept, target, |n| {
        bar.set(n)
    });
    bar.done();
    let path = target.display().to_string();
    let why = match result {
        Ok(r) => {
            say(cat.f(
                "cli.restored",
                &[
                    ("path", path),
                    ("events", r.events.to_string()),
                    ("personal", r.personal.to_string()),
                    ("head", format!("{}:{}", r.events, to_hex(&r.head))),
                ],
            ));
            if let Some(seq) = r.kept {
                say(cat.f("audit.file_holds_head", &[("seq", seq.to_string())]));
            }
            if r.skipped > 0 {
                say(cat.f("cli.restored_skipped", &[("count", r.skipped.to_string())]));
            }
            return Ok(ExitCode::SUCCESS);
        }
        Err(RestoreError::File(e)) => file_error(cat, file, &e),
        Err(RestoreError::IsExport) => cat.f(
            "err.restore_export",
            &[("file", file.display().to_string())],
        ),
        Err(RestoreError::Store(e)) => cat.error(&ApiError::Store(e)),
    };
    warn(format!(
        "renshi: {}",
        cat.f("err.restore_refused", &[("path", path), ("why", why)])
    ));
    Ok(ExitCode::from(TROUBLE))
}

fn head_verified(cat: &Catalog, seq: u64, events: u64) -> ExitCode {
    say(cat.f(
        "audit.head_verified",
        &[("seq", seq.to_string()), ("count", events.to_string())],
    ));
    ExitCode::SUCCESS
}

/// `audit verify --head` through the daemon.
pub fn verify_head(
    client: &mut dyn Client,
    cat: &Catalog,
    kept: KeptHeadArg,
) -> Result<ExitCode, ApiError> {
    let bar = Progress::new(cat.t("audit.verifying"), None, false);
    let reply = super::print::query(
        client,
        Query::VerifyHead {
            seq: kept.seq,
            hash: kept.hash,
        },
    );
    bar.done();
    match reply? {
        Reply::HeadVerified { seq, events } => Ok(head_verified(cat, seq, events)),
        other => Err(super::print::unexpected(&other)),
    }
}

/// `audit verify --head` on a store opened here.
pub fn verify_head_store(
    store: &Store,
    cat: &Catalog,
    kept: KeptHeadArg,
) -> Result<ExitCode, ApiError> {
    let bar = Progress::new(cat.t("audit.verifying"), Some(store.head().seq), false);
    let result = store.verify_head(kept.seq, kept.hash, |n| bar.set(n));
    bar.done();
    let (seq, events) = result
        .map_err(crate::service::verify_failure)?
        .map_err(crate::service::kept_head)?;
    Ok(head_verified(cat, seq, events))
}
