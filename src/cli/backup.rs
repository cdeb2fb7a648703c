//! `renshi audit head`, `renshi audit export`, `renshi backup`: the log (and
//! for a backup the personal records) written as JSON lines, page by page
//! through whichever client (embedded or the daemon), up to the head read
//! first, so the file is one consistent prefix of the log while others write.

use super::print::{query, say, unexpected, warn};
use super::progress::Progress;
use crate::domain::ids::hex_bytes::from_hex;
use crate::i18n::Catalog;
use crate::service::api::*;
use crate::store::export::{header_line, trailer_line};
use crate::transport::Client;
use sha2::{Digest, Sha256};
use std::fs::File;
use std::io::{BufWriter, Write};
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn log_head(client: &mut dyn Client) -> Result<LogHead, ApiError> {
    match query(client, Query::AuditHead)? {
        Reply::AuditHead(h) => Ok(h),
        other => Err(unexpected(&other)),
    }
}

pub fn head(client: &mut dyn Client, cat: &Catalog) -> Result<ExitCode, ApiError> {
    let h = log_head(client)?;
    let kept = format!("{}:{}", h.seq, h.hash);
    say(&kept);
    warn(cat.f("audit.head_keep", &[("head", kept)]));
    Ok(ExitCode::SUCCESS)
}

/// Where the lines go: standard output, or a file written beside its
/// target and renamed over it once complete, so a failure leaves nothing
/// (and an older file of that name as it was).
struct Out {
    w: Box<dyn Write>,
    /// The file being written, its final name, and a handle to fsync it by.
    file: Option<(PathBuf, PathBuf, File)>,
    /// Of every byte written, for a backup's trailer.
    sum: Sha256,
}

impl Out {
    fn open(to: Option<&Path>) -> std::io::Result<Out> {
        let Some(to) = to else {
            return Ok(Out {
                w: Box::new(BufWriter::with_capacity(1 << 16, std::io::stdout().lock())),
                file: None,
                sum: Sha256::new(),
            });
        };
        let name = to
            .file_name()
            .map_or_else(|| "export".into(), |n| n.to_string_lossy().into_owned());
        let tmp = to.with_file_name(format!(".{name}.writing-{}", std::process::id()));
        // A backup holds every personal record in the clear, an export the
        // whole log: readable by whoever wrote it, nobody else.
        let f = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(&tmp)?;
        let handle = f.try_clone()?;
        Ok(Out {
            w: Box::new(BufWriter::with_capacity(1 << 20, f)),
            file: Some((tmp, to.to_path_buf(), handle)),
            sum: Sha256::new(),
        })
    }

    fn line(&mut self, text: &str) -> std::io::Result<()> {
        self.sum.update(text.as_bytes());
        self.sum.update(b"\n");
        self.w.write_all(text.as_bytes())?;
        self.w.write_all(b"\n")
    }

    /// Makes the file durable and puts it in place.
    fn finish(mut self) -> std::io::Result<()> {
        self.w.flush()?;
        if let Some((tmp, to, handle)) = self.file.take() {
            let placed = handle.sync_all().and_then(|()| std::fs::rename(&tmp, &to));
            if let Err(e) = placed {
                let _ = std::fs::remove_file(&tmp);
                return Err(e);
            }
            if let Some(dir) = to.parent().filter(|p| !p.as_os_str().is_empty()) {
                File::open(dir)?.sync_all()?;
            }
        }
        Ok(())
    }
}

impl Drop for Out {
    fn drop(&mut self) {
        if let Some((tmp, _, _)) = self.file.take() {
            let _ = std::fs::remove_file(tmp);
        }
    }
}

/// Why the output could not be written, said once with the file's name.
fn write_failed(cat: &Catalog, to: Option<&Path>, e: &std::io::Error) -> ExitCode {
    let file = to.map_or_else(|| "-".to_string(), |p| p.display().to_string());
    warn(format!(
        "renshi: {}",
        cat.f("err.output", &[("file", file), ("detail", e.to_string())])
    ));
    ExitCode::from(super::TROUBLE)
}

/// What a written file holds, for the summary.
struct Written {
    events: u64,
    personal: u64,
    head: LogHead,
}

enum Failed {
    Api(ApiError),
    Io(std::io::Error),
}

impl From<ApiError> for Failed {
    fn from(e: ApiError) -> Self {
        Failed::Api(e)
    }
}

impl From<std::io::Error> for Failed {
    fn from(e: std::io::Error) -> Self {
        Failed::Io(e)
    }
}

fn write_all(
    client: &mut dyn Client,
    cat: &Catalog,
    to: Option<&Path>,
    backup: bool,
) -> Result<Written, Failed> {
    // Asked before anything is created: a refusal writes nothing.
    if backup {
        personal_page(
            client,
            PageReq {
                cursor: 0,
                limit: 1,
            },
        )?;
    }
    let head = log_head(client)?;
    let hash = from_hex::<32>(&head.hash)
        .ok_or_else(|| ApiError::Protocol("the daemon sent a head that is not a hash".into()))?;
    let mut out = Out::open(to)?;
    out.line(&header_line(backup, &head.company, head.seq, &hash))?;
    let key = if backup {
        "progress.backup"
    } else {
        "progress.export"
    };
    let bar = Progress::new(cat.t(key), Some(head.seq), false);
    let mut from = 1;
    while from <= head.seq {
        let page = match query(
            client,
            Query::Export {
                from,
                upto: head.seq,
            },
        )? {
            Reply::Export(p) => p,
            other => return Err(unexpected(&other).into()),
        };
        let count = page.lines.len() as u64;
        for l in &page.lines {
            out.line(l)?;
        }
        from = match page.next {
            Some(next) if next == from + count => next,
            None if from + count == head.seq + 1 => from + count,
            _ => {
                return Err(ApiError::Protocol(format!(
                    "the export's page from event {from} did not reach where it said"
                ))
                .into());
            }
        };
        bar.set(from - 1);
    }
    bar.done();
    let mut personal = 0;
    if backup {
        let bar = Progress::new(cat.t("progress.personal"), None, false);
        let mut cursor = 0;
        loop {
            let page = personal_page(
                client,
                PageReq {
                    cursor,
                    limit: MAX_PAGE,
                },
            )?;
            for l in &page.items {
                out.line(l)?;
                personal += 1;
            }
            bar.set(personal);
            match page.next {
                Some(next) => cursor = next,
                None => break,
            }
        }
        bar.done();
        let sum: [u8; 32] = out.sum.clone().finalize().into();
        out.line(&trailer_line(head.seq, personal, &hash, &sum))?;
    }
    out.finish()?;
    Ok(Written {
        events: head.seq,
        personal,
        head,
    })
}

fn personal_page(client: &mut dyn Client, page: PageReq) -> Result<Page<String>, ApiError> {
    match query(client, Query::PersonalRecords(page))? {
        Reply::PersonalRecords(p) => Ok(p),
        other => Err(unexpected(&other)),
    }
}

/// `renshi audit export [-o FILE]` and `renshi backup FILE`.
pub fn export(
    client: &mut dyn Client,
    cat: &Catalog,
    to: Option<&Path>,
    backup: bool,
) -> Result<ExitCode, ApiError> {
    match write_all(client, cat, to, backup) {
        Ok(w) => {
            if let Some(file) = to {
                let args = vec![
                    ("file", file.display().to_string()),
                    ("events", w.events.to_string()),
                    ("personal", w.personal.to_string()),
                    ("head", format!("{}:{}", w.head.seq, w.head.hash)),
                ];
                let key = if backup {
                    "cli.backed_up"
                } else {
                    "cli.exported"
                };
                say(cat.f(key, &args));
            }
            Ok(ExitCode::SUCCESS)
        }
        Err(Failed::Api(e)) => Err(e),
        Err(Failed::Io(e)) => Ok(write_failed(cat, to, &e)),
    }
}
