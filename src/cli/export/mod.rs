//! `renshi export LIST --format csv|json [-o FILE]`. Each list is one `List`
//! in `LISTS` (see `lists.rs`): its name, its CSV columns, and how to read
//! it page by page; the formats, the file and the progress are here, once.
//!
//! CSV is written for spreadsheets (`roster_csv::CsvWriter`: BOM, CRLF,
//! formula cells made inert). JSON is one array of the documented `--json`
//! shapes. A file is written beside its target under a temporary name (mode
//! 0600: a roster holds personal data), synced, then renamed over it: an
//! export that fails leaves nothing half-written.

mod lists;
mod review;

use super::ExportArgs;
use super::ExportFormat;
use super::print::warn;
use super::progress::Progress;
use crate::i18n::Catalog;
use crate::roster_csv::CsvWriter;
use crate::service::api::ApiError;
use crate::transport::Client;
use serde::Serialize;
use std::io::{self, BufWriter, Write};
use std::path::Path;
use std::process::ExitCode;

/// One list `renshi export` can write.
pub struct List {
    pub name: &'static str,
    /// The CSV header; every item's cells come in this order.
    pub columns: &'static [&'static str],
    /// Reads the whole list, handing each item to the sink.
    pub read: fn(&mut dyn Client, &mut Sink) -> Result<(), Failed>,
}

/// Every list there is; a new one is a `List` in `lists.rs` and a line here.
const LISTS: &[&List] = &[
    &lists::EMPLOYEES,
    &lists::POSITIONS,
    &lists::DEPARTMENTS,
    &lists::PLANS,
    &review::TRAINING,
    &review::EVALUATIONS,
];

pub fn names() -> Vec<&'static str> {
    LISTS.iter().map(|l| l.name).collect()
}

enum Writer {
    Csv(Box<CsvWriter<Box<dyn Write>>>),
    Json { out: Box<dyn Write>, first: bool },
}

/// Where a list's items go, in the chosen format, with progress.
pub struct Sink {
    /// Begun at the first item (or at the end of an empty list), so a list
    /// the asker may not read leaves nothing, not even a header.
    start: Option<(Box<dyn Write>, ExportFormat, &'static [&'static str])>,
    writer: Option<Writer>,
    progress: Progress,
    count: u64,
    /// Set when personal data was withheld because the asker sees it masked.
    pub masked: bool,
}

impl Sink {
    /// How many items the list has in all, once known (for the bar).
    pub fn total(&mut self, n: u64) {
        self.progress.total(n);
    }

    /// One item: its CSV cells (in the list's column order) or its JSON
    /// shape, whichever the format needs; the other is never built.
    pub fn item<C, J>(
        &mut self,
        cells: impl FnOnce() -> C,
        json: impl FnOnce() -> J,
    ) -> io::Result<()>
    where
        C: AsRef<[String]>,
        J: Serialize,
    {
        self.begin()?;
        match &mut self.writer {
            Some(Writer::Csv(w)) => w.row(cells().as_ref())?,
            Some(Writer::Json { out, first }) => {
                out.write_all(if *first { b"[\n" } else { b",\n" })?;
                *first = false;
                serde_json::to_writer_pretty(&mut *out, &json()).map_err(io::Error::other)?;
            }
            None => return Err(io::Error::other("the export was already finished")),
        }
        self.count += 1;
        if self.count.is_multiple_of(1024) {
            self.progress.set(self.count);
        }
        Ok(())
    }

    fn begin(&mut self) -> io::Result<()> {
        if let Some((out, format, columns)) = self.start.take() {
            self.writer = Some(match format {
                ExportFormat::Csv => Writer::Csv(Box::new(CsvWriter::new(out, columns)?)),
                ExportFormat::Json => Writer::Json { out, first: true },
            });
        }
        Ok(())
    }

    fn finish(&mut self) -> io::Result<()> {
        self.begin()?;
        self.progress.done();
        match self.writer.take() {
            Some(Writer::Csv(w)) => w.finish()?.flush(),
            Some(Writer::Json { mut out, first }) => {
                out.write_all(if first { b"[]\n" } else { b"\n]\n" })?;
                out.flush()
            }
            None => Ok(()),
        }
    }
}

/// Why reading a list into the sink stopped: the output could not be
/// written, or the service said no.
pub enum Failed {
    Io(io::Error),
    Api(ApiError),
}

impl From<io::Error> for Failed {
    fn from(e: io::Error) -> Self {
        Failed::Io(e)
    }
}

impl From<ApiError> for Failed {
    fn from(e: ApiError) -> Self {
        Failed::Api(e)
    }
}

/// The OS's words alone: tempfile adds the temporary file's name, which
/// means nothing to the person exporting.
fn os_words(e: &io::Error) -> String {
    match e.raw_os_error() {
        Some(n) => io::Error::from_raw_os_error(n).to_string(),
        None if e.get_ref().is_some() => io::Error::from(e.kind()).to_string(),
        None => e.to_string(),
    }
}

pub fn export(
    client: &mut dyn Client,
    cat: &Catalog,
    a: &ExportArgs,
) -> Result<ExitCode, ApiError> {
    let Some(list) = LISTS.iter().find(|l| l.name == a.list) else {
        return Ok(ExitCode::from(super::USAGE));
    };
    let shown = |p: &Path| p.display().to_string();
    let cannot = |path: &str, e: &io::Error| {
        let detail = os_words(e);
        warn(format!(
            "renshi: {}",
            cat.f(
                "export.cannot_write",
                &[("path", path.to_string()), ("detail", detail)]
            )
        ));
        ExitCode::from(super::USAGE)
    };
    // The temporary file is made first: a path that cannot be written is
    // said before anything is read.
    let (out, temp): (Box<dyn Write>, _) = match &a.output {
        None => (Box::new(BufWriter::new(io::stdout().lock())), None),
        Some(path) => {
            let dir = match path.parent() {
                Some(d) if !d.as_os_str().is_empty() => d,
                _ => Path::new("."),
            };
            if let Err(e) = std::fs::metadata(dir) {
                return Ok(cannot(&shown(path), &e));
            }
            match tempfile::Builder::new()
                .prefix(".renshi-export-")
                .tempfile_in(dir)
            {
                Ok(t) => match t.reopen() {
                    Ok(f) => (Box::new(BufWriter::new(f)) as Box<dyn Write>, Some(t)),
                    Err(e) => return Ok(cannot(&shown(path), &e)),
                },
                Err(e) => return Ok(cannot(&shown(path), &e)),
            }
        }
    };
    let mut sink = Sink {
        start: Some((out, a.format, list.columns)),
        writer: None,
        progress: Progress::new(cat.t("export.progress"), None, false),
        count: 0,
        masked: false,
    };
    let target = a.output.as_deref().map_or_else(|| "-".to_string(), shown);
    match (list.read)(client, &mut sink) {
        Ok(()) => {}
        Err(Failed::Io(e)) => return Ok(cannot(&target, &e)),
        Err(Failed::Api(e)) => return Err(e),
    }
    if let Err(e) = sink.finish() {
        return Ok(cannot(&target, &e));
    }
    if let (Some(t), Some(path)) = (temp, &a.output) {
        if let Err(e) = t.as_file().sync_all() {
            return Ok(cannot(&target, &e));
        }
        if let Err(e) = t.persist(path) {
            return Ok(cannot(&target, &e.error));
        }
        warn(cat.f(
            "export.written",
            &[("n", sink.count.to_string()), ("path", target.clone())],
        ));
    }
    if sink.masked {
        warn(cat.t("export.masked"));
    }
    Ok(ExitCode::SUCCESS)
}
