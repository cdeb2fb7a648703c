//! Roster files as CSV: reading one into rows for an import, and writing
//! CSV that a spreadsheet opens with Chinese text intact.
//!
//! A file is hostile until read: everything here is bounded. The file may be
//! at most `MAX_FILE` bytes, a row at most `MAX_RECORD` as read (a quote that
//! is opened and never closed would otherwise make the rest of the file one
//! value) and a value at most `MAX_FIELD` bytes. What is wrong with a row is
//! reported with its line and column, every row at once; what is wrong with
//! the file as a whole (its header, its size) stops the reading.

use crate::domain::RowProblem;
use crate::domain::people::{COLUMNS, MAX_ROWS, RosterRow};
use std::borrow::Cow;
use std::io::{self, Read, Write};
use std::path::Path;

/// The largest roster file read: 200,000 rows of some 300 bytes.
pub const MAX_FILE: u64 = 64 << 20;
/// The longest row, as read. No documented column holds more than 200
/// characters, so a real row is well under this.
pub const MAX_RECORD: u64 = 64 << 10;
/// The longest value: four bytes for each of the 200 characters an address may hold, and more.
pub const MAX_FIELD: usize = 1024;
/// Row problems beyond this are counted, not listed (as the domain does).
const MAX_PROBLEMS: usize = 1000;
/// Columns an import cannot do without.
pub const REQUIRED: [&str; 3] = ["name", "position", "start_date"];

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// What keeps a file from being read at all; nothing of it is imported.
#[derive(Debug, PartialEq, Eq)]
pub enum FileError {
    Open {
        path: String,
        detail: String,
    },
    TooLarge {
        max_mib: u64,
    },
    Empty,
    HeaderNotUtf8,
    HeaderTooLong,
    Header {
        unknown: Vec<String>,
        missing: Vec<String>,
        twice: Vec<String>,
    },
    TooManyRows {
        max: usize,
    },
    /// Lines end with a lone CR (as old Mac programs wrote): the whole file
    /// reads as one line.
    CrOnly,
    Read {
        line: u64,
        detail: String,
    },
}

impl FileError {
    pub fn key(&self) -> &'static str {
        match self {
            FileError::Open { .. } => "err.csv_open",
            FileError::TooLarge { .. } => "err.csv_too_large",
            FileError::Empty => "err.empty_roster",
            FileError::HeaderNotUtf8 => "err.csv_header_not_utf8",
            FileError::HeaderTooLong => "err.csv_header_too_long",
            FileError::Header { .. } => "err.csv_header",
            FileError::TooManyRows { .. } => "err.csv_too_many_rows",
            FileError::CrOnly => "err.csv_cr_only",
            FileError::Read { .. } => "err.csv_read",
        }
    }

    pub fn args(&self) -> Vec<(&'static str, String)> {
        let list = |v: &[String]| {
            if v.is_empty() {
                "-".to_string()
            } else {
                v.join(", ")
            }
        };
        match self {
            FileError::Open { path, detail } => {
                vec![("path", path.clone()), ("detail", detail.clone())]
            }
            FileError::TooLarge { max_mib } => vec![("max", max_mib.to_string())],
            FileError::Empty | FileError::HeaderNotUtf8 | FileError::CrOnly => vec![],
            FileError::HeaderTooLong => vec![("max", (MAX_RECORD >> 10).to_string())],
            FileError::Header {
                unknown,
                missing,
                twice,
            } => vec![
                ("unknown", list(unknown)),
                ("missing", list(missing)),
                ("twice", list(twice)),
                ("columns", COLUMNS.join(", ")),
            ],
            FileError::TooManyRows { max } => vec![("max", max.to_string())],
            FileError::Read { line, detail } => {
                vec![("line", line.to_string()), ("detail", detail.clone())]
            }
        }
    }
}

/// A roster as read: the rows that could be read, and what is wrong with
/// the others (line, column, what). Only `rows` go on to the domain.
#[derive(Debug, Default)]
pub struct Roster {
    pub rows: Vec<RosterRow>,
    pub problems: Vec<RowProblem>,
    /// Problems beyond those listed.
    pub more: u32,
}

impl Roster {
    fn problem(&mut self, line: u64, column: &str, key: &str, args: Vec<(&str, String)>) {
        if self.problems.len() >= MAX_PROBLEMS {
            self.more += 1;
            return;
        }
        let text = format!("{key} {args:?}");
        self.problems.push(RowProblem {
            line: u32::try_from(line).unwrap_or(u32::MAX),
            column: column.to_string(),
            key: key.to_string(),
            args: args.into_iter().map(|(k, v)| (k.to_string(), v)).collect(),
            text,
        });
    }
}

/// Counts what passes through, strips a UTF-8 byte order mark at the start,
/// and ends the input early (as if the file ended) past the file's limit or
/// past a row's: the reader then reports where it stopped.
struct Bounded<R> {
    inner: R,
    total: u64,
    mark: u64,
    /// Set when the input was cut: `true` at the file's limit.
    cut: Option<bool>,
    /// The first bytes, read to look for a byte order mark, not yet passed on.
    head: Option<([u8; 3], usize, usize)>,
}

impl<R: Read> Bounded<R> {
    fn new(inner: R) -> Self {
        Bounded {
            inner,
            total: 0,
            mark: 0,
            cut: None,
            head: None,
        }
    }

    /// The start of a new row: its bytes are counted from here.
    fn mark(&mut self) {
        self.mark = self.total;
    }

    /// The first three bytes of the input, less a byte order mark.
    fn read_head(&mut self) -> io::Result<([u8; 3], usize, usize)> {
        let mut head = [0u8; 3];
        let mut got = 0;
        while got < 3 {
            match self.inner.read(&mut head[got..]) {
                Ok(0) => break,
                Ok(n) => got += n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
        let from = if head[..got] == *BOM { 3 } else { 0 };
        Ok((head, from, got))
    }
}

impl<R: Read> Read for Bounded<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.cut.is_some() || buf.is_empty() {
            return Ok(0);
        }
        let room_file = (MAX_FILE + 1).saturating_sub(self.total);
        let room_row = (MAX_RECORD + 1).saturating_sub(self.total - self.mark);
        if room_file == 0 || room_row == 0 {
            self.cut = Some(room_file == 0);
            return Ok(0);
        }
        let want = buf
            .len()
            .min(usize::try_from(room_file.min(room_row)).unwrap_or(usize::MAX));
        let head = match self.head {
            Some(h) => h,
            None => {
                let h = self.read_head()?;
                self.head = Some(h);
                h
            }
        };
        let n = match head {
            (bytes, from, to) if from < to => {
                let n = (to - from).min(want);
                buf[..n].copy_from_slice(&bytes[from..from + n]);
                self.head = Some((bytes, from + n, to));
                n
            }
            _ => self.inner.read(&mut buf[..want])?,
        };
        self.total += n as u64;
        Ok(n)
    }
}

/// Reads the roster at `path`; `progress` hears how many bytes are read.
pub fn read_file(path: &Path, progress: &mut dyn FnMut(u64)) -> Result<Roster, FileError> {
    let open = |e: io::Error| FileError::Open {
        path: path.display().to_string(),
        detail: e.to_string(),
    };
    let file = std::fs::File::open(path).map_err(open)?;
    let meta = file.metadata().map_err(open)?;
    if meta.is_dir() {
        return Err(open(io::Error::new(
            io::ErrorKind::IsADirectory,
            "it is a directory",
        )));
    }
    if meta.len() > MAX_FILE {
        return Err(FileError::TooLarge {
            max_mib: MAX_FILE >> 20,
        });
    }
    // Rows are large: made room for at once (a row takes 100 bytes of a
    // file at the least, as rosters go), not grown and copied as they come.
    let rows = usize::try_from(meta.len() / 100).unwrap_or(0);
    read_into(file, rows, progress)
}

/// The values of a row, the CR of a CRLF line end taken off the last.
fn cells(record: &csv::ByteRecord) -> impl Iterator<Item = &[u8]> {
    let last = record.len().saturating_sub(1);
    record
        .iter()
        .enumerate()
        .map(move |(i, f)| match f.strip_suffix(b"\r") {
            Some(f) if i == last => f,
            _ => f,
        })
}

/// How each column of the file maps to a roster field.
fn header(fields: &csv::ByteRecord) -> Result<Vec<&'static str>, FileError> {
    let mut map = Vec::new();
    let (mut unknown, mut twice) = (Vec::new(), Vec::new());
    for f in cells(fields) {
        let name = std::str::from_utf8(f)
            .map_err(|_| FileError::HeaderNotUtf8)?
            .trim()
            .to_ascii_lowercase();
        match COLUMNS.iter().find(|c| **c == name) {
            Some(c) if map.contains(c) => twice.push(name),
            Some(c) => map.push(*c),
            None => {
                unknown.push(if name.is_empty() {
                    "\"\"".to_string()
                } else {
                    crate::domain::text::visible_line(&name).into_owned()
                });
                map.push("");
            }
        }
    }
    let missing: Vec<String> = REQUIRED
        .iter()
        .filter(|r| !map.contains(r))
        .map(|r| r.to_string())
        .collect();
    if unknown.is_empty() && missing.is_empty() && twice.is_empty() {
        Ok(map)
    } else {
        Err(FileError::Header {
            unknown,
            missing,
            twice,
        })
    }
}

/// The column at `index` as people call it: its header name, or its number
/// past the header's end.
fn column_name(map: &[&'static str], index: usize) -> String {
    map.get(index)
        .map_or_else(|| format!("#{}", index + 1), |c| c.to_string())
}

/// Reads a roster from any reader (a file, or bytes in a test).
pub fn read(input: impl Read, progress: &mut dyn FnMut(u64)) -> Result<Roster, FileError> {
    read_into(input, 0, progress)
}

/// `read`, with room made for `rows` rows.
fn read_into(
    input: impl Read,
    rows: usize,
    progress: &mut dyn FnMut(u64),
) -> Result<Roster, FileError> {
    // Rows end at LF, so csv counts every line a row starts on the same
    // way; the CR of a CRLF is taken off the last value (`cells`).
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .terminator(csv::Terminator::Any(b'\n'))
        .from_reader(Bounded::new(input));
    let mut record = csv::ByteRecord::new();
    let read_err = |e: csv::Error, line: u64| FileError::Read {
        line,
        detail: e.to_string(),
    };
    let more = rdr
        .read_byte_record(&mut record)
        .map_err(|e| read_err(e, 1))?;
    if !more {
        return Err(FileError::Empty);
    }
    if let Some(at_file_limit) = rdr.get_ref().cut {
        return Err(if at_file_limit {
            FileError::TooLarge {
                max_mib: MAX_FILE >> 20,
            }
        } else {
            FileError::HeaderTooLong
        });
    }
    // A CR anywhere but at the very end of the header row (the CR of its
    // CRLF) is a line end that LF-terminated reading does not see.
    let last = record.len().saturating_sub(1);
    if record.iter().enumerate().any(|(i, f)| {
        let f = if i == last {
            f.strip_suffix(b"\r").unwrap_or(f)
        } else {
            f
        };
        f.contains(&b'\r')
    }) {
        return Err(FileError::CrOnly);
    }
    let map = header(&record)?;
    let mut roster = Roster::default();
    roster.rows.reserve(rows.min(MAX_ROWS + 1));
    let mut data_rows = 0usize;
    loop {
        rdr.get_mut().mark();
        let line_now = rdr.position().line();
        let more = rdr
            .read_byte_record(&mut record)
            .map_err(|e| read_err(e, line_now))?;
        let line = record.position().map_or(line_now, |p| p.line());
        if let Some(at_file_limit) = rdr.get_ref().cut {
            if at_file_limit {
                return Err(FileError::TooLarge {
                    max_mib: MAX_FILE >> 20,
                });
            }
            // Where the row was cut is the value that runs on; nothing after
            // it can be told apart from it, so reading stops here.
            let column = column_name(&map, record.len().saturating_sub(1));
            roster.problem(
                line,
                &column,
                "err.csv_row_too_long",
                vec![("max", (MAX_RECORD >> 10).to_string())],
            );
            break;
        }
        if !more {
            break;
        }
        if data_rows.is_multiple_of(4096) {
            progress(rdr.get_ref().total);
        }
        if record.iter().all(|f| f.iter().all(u8::is_ascii_whitespace)) {
            continue;
        }
        data_rows += 1;
        if data_rows > MAX_ROWS {
            return Err(FileError::TooManyRows { max: MAX_ROWS });
        }
        if let Some(row) = row(&mut roster, &map, &record, line) {
            roster.rows.push(row);
        }
    }
    progress(rdr.get_ref().total);
    Ok(roster)
}

/// One record as a roster row, or `None` after noting what is wrong with it.
fn row(
    roster: &mut Roster,
    map: &[&'static str],
    record: &csv::ByteRecord,
    line: u64,
) -> Option<RosterRow> {
    let extra_filled = cells(record).skip(map.len()).any(|f| !f.is_empty());
    if record.len() < map.len() || extra_filled {
        let column = column_name(map, record.len().min(map.len()));
        roster.problem(
            line,
            &column,
            "err.csv_field_count",
            vec![
                ("found", record.len().to_string()),
                ("want", map.len().to_string()),
            ],
        );
        return None;
    }
    let mut out = RosterRow {
        line: u32::try_from(line).unwrap_or(u32::MAX),
        ..RosterRow::default()
    };
    let mut ok = true;
    for (i, bytes) in cells(record).take(map.len()).enumerate() {
        let column = map[i];
        if bytes.len() > MAX_FIELD {
            roster.problem(
                line,
                column,
                "err.csv_field_too_long",
                vec![
                    ("bytes", bytes.len().to_string()),
                    ("max", MAX_FIELD.to_string()),
                ],
            );
            ok = false;
            continue;
        }
        let Ok(text) = std::str::from_utf8(bytes) else {
            roster.problem(line, column, "err.csv_not_utf8", vec![]);
            ok = false;
            continue;
        };
        if let Some(slot) = field(&mut out, column) {
            *slot = uninert(text).to_string();
        }
    }
    ok.then_some(out)
}

fn field<'r>(row: &'r mut RosterRow, column: &str) -> Option<&'r mut String> {
    Some(match column {
        "number" => &mut row.number,
        "name" => &mut row.name,
        "department" => &mut row.department,
        "position" => &mut row.position,
        "status" => &mut row.status,
        "start_date" => &mut row.start_date,
        "contract" => &mut row.contract,
        "contract_end" => &mut row.contract_end,
        other => return row.personal.get_mut(other),
    })
}

/// First characters that make a spreadsheet read a cell as a formula (and
/// the quote that marks one made inert).
const TRIGGERS: [char; 7] = ['=', '+', '-', '@', '\t', '\r', '\''];

fn plain_integer(s: &str) -> bool {
    let digits = s.strip_prefix('-').unwrap_or(s);
    !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
}

/// A cell a spreadsheet shows as text, never runs: one that starts like a
/// formula gets a leading `'`. Plain whole numbers (`-2`) stay numbers.
pub fn inert(cell: &str) -> Cow<'_, str> {
    match cell.chars().next() {
        Some(c) if TRIGGERS.contains(&c) && !plain_integer(cell) => Cow::Owned(format!("'{cell}")),
        _ => Cow::Borrowed(cell),
    }
}

/// Undoes `inert`, so an exported roster imports as it was: a leading `'`
/// before a formula character (or before another `'`) is dropped.
pub fn uninert(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(TRIGGERS) => rest,
        _ => cell,
    }
}

/// Writes CSV as spreadsheets read it: a UTF-8 byte order mark first (or CJK
/// text turns to mojibake), CRLF line ends, fields quoted where needed, and
/// every cell made inert.
pub struct CsvWriter<W: Write> {
    out: csv::Writer<W>,
}

impl<W: Write> CsvWriter<W> {
    pub fn new(mut w: W, header: &[&str]) -> io::Result<Self> {
        w.write_all(BOM)?;
        let mut out = csv::WriterBuilder::new()
            .terminator(csv::Terminator::CRLF)
            .quote_style(csv::QuoteStyle::Necessary)
            .from_writer(w);
        out.write_record(header).map_err(io_error)?;
        Ok(CsvWriter { out })
    }

    pub fn row<S: AsRef<str>>(&mut self, cells: &[S]) -> io::Result<()> {
        for c in cells {
            self.out
                .write_field(inert(c.as_ref()).as_bytes())
                .map_err(io_error)?;
        }
        self.out
            .write_record(std::iter::empty::<&[u8]>())
            .map_err(io_error)
    }

    pub fn finish(self) -> io::Result<W> {
        self.out.into_inner().map_err(|e| e.into_error())
    }
}

fn io_error(e: csv::Error) -> io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(e) => e,
        other => io::Error::other(format!("{other:?}")),
    }
}

#[cfg(test)]
mod tests;
