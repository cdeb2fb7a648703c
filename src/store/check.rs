//! Checking an audit export or a backup line by line, as `audit verify
//! --file` and `restore` do: the file is hostile until checked, so lines are
//! read within a bound (`MAX_LINE`), every body is rebuilt from its line and
//! hashed, each event must follow the one before it, and the file must end
//! where its header and (for a backup) its trailer say.

use super::codec::{self, BODY_V1, BODY_V2, BODY_V3, Body, Hash};
use super::export::*;
use super::{CLOCK_TOLERANCE, MAX_VALUE};
use crate::domain::ids::hex_bytes::{from_hex, to_hex};
use crate::domain::{EmployeeId, PersonalRecord};
use chrono::{DateTime, Utc};
use sha2::{Digest, Sha256};
use std::io::BufRead;

/// What is wrong with a file, and where: its line (from 1) and the event
/// that line holds, when it holds one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileError {
    pub line: u64,
    pub seq: Option<u64>,
    pub problem: Problem,
}

/// Each problem is one catalog message (`key`), with its arguments (`args`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    Unreadable(String),
    TooLong,
    NotText,
    NotAFile,
    UnknownVersion(u32),
    NotALine(String),
    Hex(&'static str),
    Time,
    OutOfOrder {
        expected: u64,
    },
    Link,
    HashDiffers,
    Disagrees(&'static str),
    Codec(u8),
    Content(String),
    ClockBack {
        at: String,
        latest: String,
    },
    Extra,
    CutShort {
        expected: u64,
        found: u64,
    },
    HeadDiffers,
    NoTrailer,
    TrailerDiffers(&'static str),
    ChecksumDiffers,
    /// The event at a kept head's number is another one.
    KeptDiffers {
        seq: u64,
    },
    /// No event of the file is the kept head (given as a bare hash).
    KeptMissing,
    /// The file ends before the kept head's number.
    KeptBeyond {
        seq: u64,
        events: u64,
    },
    /// A personal record again, or before one it should follow.
    PersonalOrder {
        id: String,
    },
    /// A personal record the log contradicts (read on restore, once the log
    /// has rebuilt the company).
    PersonalNotErased {
        id: String,
    },
    PersonalErasedUnlogged {
        id: String,
    },
    PersonalBadField {
        id: String,
        field: &'static str,
    },
}

impl Problem {
    pub fn key(&self) -> &'static str {
        match self {
            Problem::Unreadable(_) => "file.unreadable",
            Problem::TooLong => "file.too_long",
            Problem::NotText => "file.not_text",
            Problem::NotAFile => "file.not_a_file",
            Problem::UnknownVersion(_) => "file.unknown_version",
            Problem::NotALine(_) => "file.not_a_line",
            Problem::Hex(_) => "file.hex",
            Problem::Time => "file.time",
            Problem::OutOfOrder { .. } => "file.out_of_order",
            Problem::Link => "file.link",
            Problem::HashDiffers => "file.hash_differs",
            Problem::Disagrees(_) => "file.disagrees",
            Problem::Codec(_) => "file.codec",
            Problem::Content(_) => "file.content",
            Problem::ClockBack { .. } => "file.clock_back",
            Problem::Extra => "file.extra",
            Problem::CutShort { .. } => "file.cut_short",
            Problem::HeadDiffers => "file.head_differs",
            Problem::NoTrailer => "file.no_trailer",
            Problem::TrailerDiffers(_) => "file.trailer_differs",
            Problem::ChecksumDiffers => "file.checksum_differs",
            Problem::KeptDiffers { .. } => "file.kept_differs",
            Problem::KeptMissing => "file.kept_missing",
            Problem::KeptBeyond { .. } => "file.kept_beyond",
            Problem::PersonalOrder { .. } => "file.personal_order",
            Problem::PersonalNotErased { .. } => "file.personal_not_erased",
            Problem::PersonalErasedUnlogged { .. } => "file.personal_erased_unlogged",
            Problem::PersonalBadField { .. } => "file.personal_bad_field",
        }
    }

    pub fn args(&self) -> Vec<(&'static str, String)> {
        match self {
            Problem::Unreadable(d) | Problem::NotALine(d) | Problem::Content(d) => {
                vec![("detail", d.clone())]
            }
            Problem::TooLong => vec![("max", MAX_LINE.to_string())],
            Problem::UnknownVersion(v) => vec![("version", v.to_string())],
            Problem::Hex(f) | Problem::Disagrees(f) | Problem::TrailerDiffers(f) => {
                vec![("field", (*f).to_string())]
            }
            Problem::OutOfOrder { expected } => vec![("expected", expected.to_string())],
            Problem::Codec(c) => vec![("codec", c.to_string())],
            Problem::ClockBack { at, latest } => {
                vec![("at", at.clone()), ("latest", latest.clone())]
            }
            Problem::CutShort { expected, found } => vec![
                ("expected", expected.to_string()),
                ("found", found.to_string()),
            ],
            Problem::KeptDiffers { seq } => vec![("seq", seq.to_string())],
            Problem::PersonalOrder { id }
            | Problem::PersonalNotErased { id }
            | Problem::PersonalErasedUnlogged { id } => vec![("id", id.clone())],
            Problem::PersonalBadField { id, field } => {
                vec![("id", id.clone()), ("field", (*field).to_string())]
            }
            Problem::KeptBeyond { seq, events } => {
                vec![("seq", seq.to_string()), ("events", events.to_string())]
            }
            _ => Vec::new(),
        }
    }
}

/// Reads lines of at most `MAX_LINE` bytes: a longer one is refused after
/// that many bytes, never held whole.
pub struct Lines<R> {
    reader: R,
    /// The number of the line last read, from 1.
    pub number: u64,
    /// Bytes read so far, for progress.
    pub read: u64,
}

impl<R: BufRead> Lines<R> {
    pub fn new(reader: R) -> Lines<R> {
        Lines {
            reader,
            number: 0,
            read: 0,
        }
    }

    /// Reads the next line into `buf`, without its newline; false at the
    /// end of the file.
    pub fn next_line(&mut self, buf: &mut Vec<u8>) -> Result<bool, FileError> {
        use std::io::Read;
        buf.clear();
        self.number += 1;
        let fail = |problem| FileError {
            line: self.number,
            seq: None,
            problem,
        };
        let n = (&mut self.reader)
            .take(MAX_LINE as u64 + 1)
            .read_until(b'\n', buf)
            .map_err(|e| fail(Problem::Unreadable(e.to_string())))?;
        self.read += n as u64;
        if n == 0 {
            return Ok(false);
        }
        if buf.last() == Some(&b'\n') {
            buf.pop();
        } else if buf.len() > MAX_LINE {
            return Err(fail(Problem::TooLong));
        }
        Ok(true)
    }
}

/// An event as checked: its body rebuilt byte for byte, and decoded when
/// that needs no company (codecs 2 and 3; codec 1 is read against the
/// company as it stood, see `legacy`).
pub struct Checked {
    pub seq: u64,
    pub hash: Hash,
    pub body: Vec<u8>,
    pub decoded: Option<Body>,
}

/// What one line was.
pub enum Item {
    /// The header, of a backup or of an audit export.
    Header {
        backup: bool,
    },
    Event(Box<Checked>),
    Personal(EmployeeId, Box<PersonalRecord>),
    End,
}

/// What a whole file held.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    pub backup: bool,
    pub company: String,
    pub events: u64,
    pub head: Hash,
    /// Events in codecs 1 and 2 (bincode), whose content an outsider cannot read.
    pub binary: u64,
    pub personal: u64,
    /// The event that was the kept head, when one was asked for.
    pub kept: Option<u64>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Stage {
    Header,
    Events,
    Personal,
    Done,
}

/// Checks one file, fed its lines in order.
pub struct Checker {
    stage: Stage,
    summary: Summary,
    line: u64,
    /// The header's count and head.
    declared: (u64, Hash),
    expected: u64,
    prev: Hash,
    latest: Option<DateTime<Utc>>,
    /// Every byte of the file so far, for a backup's trailer.
    sum: Sha256,
    /// A head kept outside the machine (`audit head`): its number, when
    /// known, and its hash.
    kept: Option<(Option<u64>, Hash)>,
    /// The employee of the last personal record read.
    last_personal: Option<EmployeeId>,
    /// The company's name as the last event that named it says.
    named: Option<String>,
}

impl Default for Checker {
    fn default() -> Self {
        Checker::new()
    }
}

fn hash_of(field: &'static str, text: &str) -> Result<Hash, Problem> {
    from_hex(text).ok_or(Problem::Hex(field))
}

impl Checker {
    pub fn new() -> Checker {
        Checker {
            stage: Stage::Header,
            summary: Summary {
                backup: false,
                company: String::new(),
                events: 0,
                head: [0; 32],
                binary: 0,
                personal: 0,
                kept: None,
            },
            line: 0,
            declared: (0, [0; 32]),
            expected: 1,
            prev: [0; 32],
            latest: None,
            sum: Sha256::new(),
            kept: None,
            last_personal: None,
            named: None,
        }
    }

    /// The file must hold this head, kept outside the machine: the event
    /// of that number (or, for a bare hash, some event) must be it.
    pub fn expect_head(&mut self, seq: Option<u64>, hash: Hash) {
        self.kept = Some((seq, hash));
    }

    /// Whether the header read says the file is a backup.
    pub fn is_backup(&self) -> bool {
        self.summary.backup
    }

    /// Checks the next line (`number`, from 1, as `Lines` counts).
    pub fn feed(&mut self, number: u64, line: &[u8]) -> Result<Item, FileError> {
        self.feed_parsed(number, line, None, Summed::Here)
    }

    /// `feed`, with what the line says on its own already read by
    /// `parse_event` (on another thread), used if the line is an event's.
    fn feed_parsed(
        &mut self,
        number: u64,
        line: &[u8],
        parsed: Option<Parsed>,
        summed: Summed,
    ) -> Result<Item, FileError> {
        self.line = number;
        let seq = (self.stage == Stage::Events).then_some(self.expected);
        let at = |problem| FileError {
            line: number,
            seq,
            problem,
        };
        let item = if self.stage == Stage::Events {
            let parsed = parsed.unwrap_or_else(|| parse_event(line));
            self.event(parsed).map(|c| Item::Event(Box::new(c)))
        } else {
            let text = std::str::from_utf8(line).map_err(|_| at(Problem::NotText))?;
            match self.stage {
                Stage::Header => self.header(text),
                Stage::Personal => self.personal_or_end(text, &summed),
                Stage::Events | Stage::Done => Err(Problem::Extra),
            }
        }
        .map_err(at)?;
        if !matches!(item, Item::End) && matches!(summed, Summed::Here) {
            self.sum.update(line);
            self.sum.update(b"\n");
        }
        if self.stage == Stage::Events && self.expected > self.declared.0 {
            self.end_of_events().map_err(at)?;
        }
        Ok(item)
    }

    /// Called at the end of the file: whether it ended where it should.
    pub fn finish(self) -> Result<Summary, FileError> {
        let fail = |problem| FileError {
            line: self.line + 1,
            seq: None,
            problem,
        };
        match self.stage {
            Stage::Header => Err(fail(Problem::NotAFile)),
            Stage::Events => Err(fail(Problem::CutShort {
                expected: self.declared.0,
                found: self.expected - 1,
            })),
            Stage::Personal => Err(fail(Problem::NoTrailer)),
            Stage::Done => match (self.kept, self.summary.kept) {
                (Some((Some(seq), _)), None) => Err(fail(Problem::KeptBeyond {
                    seq,
                    events: self.summary.events,
                })),
                (Some((None, _)), None) => Err(fail(Problem::KeptMissing)),
                _ => Ok(self.summary),
            },
        }
    }

    fn header(&mut self, text: &str) -> Result<Item, Problem> {
        let (backup, version, company, events, seq, hash) =
            if let Ok(h) = serde_json::from_str::<BackupHeader>(text) {
                (
                    true,
                    h.renshi_backup,
                    h.company,
                    h.events,
                    h.head_seq,
                    h.head_hash,
                )
            } else if let Ok(h) = serde_json::from_str::<ExportHeader>(text) {
                let e = h.renshi_audit_export;
                (false, e, h.company, h.events, h.head_seq, h.head_hash)
            } else {
                return Err(Problem::NotAFile);
            };
        if version != EXPORT_VERSION {
            return Err(Problem::UnknownVersion(version));
        }
        if events != seq {
            return Err(Problem::Disagrees("events"));
        }
        self.declared = (events, hash_of("head_hash", &hash)?);
        self.summary.backup = backup;
        self.summary.company = company;
        self.stage = Stage::Events;
        if events == 0 {
            self.end_of_events()?;
        }
        Ok(Item::Header { backup })
    }

    fn end_of_events(&mut self) -> Result<(), Problem> {
        if self.prev != self.declared.1 {
            return Err(Problem::HeadDiffers);
        }
        // The header's name is the one the log ends with (codec-1 events,
        // read without the company, cannot say; nor can an empty log).
        if let Some(named) = &self.named
            && *named != self.summary.company
        {
            return Err(Problem::Disagrees("company"));
        }
        self.summary.events = self.declared.0;
        self.summary.head = self.prev;
        self.stage = if self.summary.backup {
            Stage::Personal
        } else {
            Stage::Done
        };
        Ok(())
    }

    /// The checks of an event line that need the lines before it, in the
    /// order a single reading makes them, after what `parse_event` found.
    fn event(&mut self, parsed: Parsed) -> Result<Checked, Problem> {
        let own = parsed?;
        if own.seq != self.expected {
            return Err(Problem::OutOfOrder {
                expected: self.expected,
            });
        }
        let (hash, prev) = own.hashes?;
        if prev != self.prev {
            return Err(Problem::Link);
        }
        let OwnBody {
            body,
            decoded,
            codec,
        } = own.body?;
        if codec != BODY_V3 {
            self.summary.binary += 1;
        }
        let line_seq = own.seq;
        if let crate::domain::Event::CompanyNamed { name } = &decoded.event {
            self.named = Some(name.clone());
        }
        let at = decoded.env.at;
        if let Some(latest) = self.latest
            && latest
                .checked_sub_signed(CLOCK_TOLERANCE)
                .is_some_and(|l| at < l)
        {
            return Err(Problem::ClockBack {
                at: time_text(at),
                latest: time_text(latest),
            });
        }
        self.latest = Some(self.latest.map_or(at, |l| l.max(at)));
        if let Some((kept_seq, kept_hash)) = self.kept {
            match kept_seq {
                Some(n) if n == line_seq && hash != kept_hash => {
                    return Err(Problem::KeptDiffers { seq: line_seq });
                }
                Some(n) if n == line_seq => self.summary.kept = Some(n),
                None if hash == kept_hash => self.summary.kept = Some(line_seq),
                _ => {}
            }
        }
        self.prev = hash;
        self.expected += 1;
        Ok(Checked {
            seq: line_seq,
            hash,
            decoded: (codec != BODY_V1).then_some(decoded),
            body,
        })
    }

    fn personal_or_end(&mut self, text: &str, summed: &Summed) -> Result<Item, Problem> {
        if let Ok(p) = serde_json::from_str::<PersonalLine>(text) {
            // A backup writes them in id order, each once: a record twice
            // (the second would silently win) or out of order was altered.
            if self.last_personal.is_some_and(|last| p.personal <= last) {
                return Err(Problem::PersonalOrder {
                    id: p.personal.to_string(),
                });
            }
            self.last_personal = Some(p.personal);
            self.summary.personal += 1;
            return Ok(Item::Personal(p.personal, Box::new(p.record)));
        }
        let t: Trailer =
            serde_json::from_str(text).map_err(|e| Problem::NotALine(e.to_string()))?;
        let sum: Hash = match summed {
            Summed::Here => std::mem::take(&mut self.sum).finalize().into(),
            Summed::Ahead { before, lines } => {
                let mut sum = Sha256::clone(before);
                for line in *lines {
                    sum.update(line);
                    sum.update(b"\n");
                }
                sum.finalize().into()
            }
        };
        let mismatch = [
            ("renshi_backup_end", t.renshi_backup_end == BACKUP_VERSION),
            ("events", t.events == self.summary.events),
            ("personal", t.personal == self.summary.personal),
            ("head_hash", t.head_hash == to_hex(&self.summary.head)),
        ]
        .into_iter()
        .find(|(_, ok)| !ok);
        if let Some((field, _)) = mismatch {
            return Err(Problem::TrailerDiffers(field));
        }
        if hash_of("sha256", &t.sha256)? != sum {
            return Err(Problem::ChecksumDiffers);
        }
        self.stage = Stage::Done;
        Ok(Item::End)
    }
}

/// Where the checksum over the lines before the trailer comes from: the
/// checker's own, line by line, or one kept while batches are read ahead
/// (what came before the batch, and the batch's lines before this one).
enum Summed<'a> {
    Here,
    Ahead {
        before: &'a Sha256,
        lines: &'a [Vec<u8>],
    },
}

/// What an event line says on its own (`parse_event`): everything but its
/// place among the lines before it. Each part keeps its first problem, so
/// the problem told is the one a single reading in order would meet first.
type Parsed = Result<Box<Own>, Problem>;

struct Own {
    seq: u64,
    /// Its hash and the previous event's, as the line writes them.
    hashes: Result<(Hash, Hash), Problem>,
    body: Result<OwnBody, Problem>,
}

struct OwnBody {
    body: Vec<u8>,
    decoded: Body,
    codec: u8,
}

/// Reads an event line and checks what it says by itself: its text, its
/// body rebuilt and hashed, its fields against what the body says. Needs
/// nothing of the lines before it, so lines can be read on several threads.
fn parse_event(line: &[u8]) -> Parsed {
    let text = std::str::from_utf8(line).map_err(|_| Problem::NotText)?;
    let line: EventIn = serde_json::from_str(text).map_err(|e| Problem::NotALine(e.to_string()))?;
    let hashes = hash_of("hash", &line.hash).and_then(|h| Ok((h, hash_of("prev", &line.prev)?)));
    let body = match &hashes {
        Ok((hash, prev)) => own_body(&line, hash, prev),
        Err(e) => Err(e.clone()),
    };
    Ok(Box::new(Own {
        seq: line.seq,
        hashes,
        body,
    }))
}

fn own_body(line: &EventIn, hash: &Hash, prev: &Hash) -> Result<OwnBody, Problem> {
    let micros = parse_time(&line.at).ok_or(Problem::Time)?;
    let body = match (line.codec, &line.content, &line.body) {
        (BODY_V3, Some(content), None) => {
            let mut body = codec::body_header(BODY_V3, line.seq, micros, prev);
            body.extend_from_slice(content.as_bytes());
            body
        }
        (BODY_V1 | BODY_V2, None, Some(hex)) => {
            if hex.len() > 2 * MAX_VALUE || hex.len() % 2 != 0 {
                return Err(Problem::Hex("body"));
            }
            hex_body(hex).ok_or(Problem::Hex("body"))?
        }
        (BODY_V1 | BODY_V2 | BODY_V3, _, _) => return Err(Problem::Codec(line.codec)),
        (other, _, _) => return Err(Problem::Codec(other)),
    };
    if body.len() + 32 > MAX_VALUE {
        return Err(Problem::Content(format!(
            "{} bytes, more than an event may be",
            body.len()
        )));
    }
    if Sha256::digest(&body).as_slice() != hash {
        return Err(Problem::HashDiffers);
    }
    let decoded = codec::decode_body(&body, None).map_err(Problem::Content)?;
    // What the line says beside the hashed bytes must be what they say.
    let env = &decoded.env;
    let checks: [(&'static str, bool); 6] = [
        ("seq", decoded.seq == line.seq),
        ("prev", decoded.prev == *prev),
        ("at", env.at.timestamp_micros() == micros),
        ("actor", env.actor == line.actor),
        ("via", env.via.as_deref() == line.via.as_deref()),
        ("comment", env.comment == line.comment),
    ];
    if let Some((field, _)) = checks.iter().find(|(_, ok)| !ok) {
        return Err(Problem::Disagrees(field));
    }
    if line.codec != BODY_V3 {
        let shown = serde_json::to_value(&decoded.event).ok();
        if line.event.is_some() && line.event != shown {
            return Err(Problem::Disagrees("event"));
        }
    }
    Ok(OwnBody {
        body,
        decoded,
        codec: line.codec,
    })
}

fn hex_body(text: &str) -> Option<Vec<u8>> {
    const_hex::decode(text).ok()
}

/// Checks a whole file from `reader`; `progress` gets the bytes read so far.
pub fn check_file(
    reader: impl BufRead,
    kept: Option<(Option<u64>, Hash)>,
    mut progress: impl FnMut(u64),
) -> Result<Summary, FileError> {
    let mut checker = Checker::new();
    if let Some((seq, hash)) = kept {
        checker.expect_head(seq, hash);
    }
    // Nothing else runs: every core reads lines.
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get().min(8));
    check_lines(reader, cores, &mut checker, &mut progress, |_, _| {
        Ok::<(), FileError>(())
    })?;
    checker.finish()
}

/// Lines read and parsed at once: enough that starting threads costs
/// nothing beside the work, few enough that two batches are small in memory.
const BATCH_BYTES: usize = 4 << 20;

/// Lines read in a row, the number of the first, and why reading stopped
/// after them (a read failure, a line too long) or that the file ended.
struct Batch {
    lines: Vec<Vec<u8>>,
    first: u64,
    failed: Option<FileError>,
    end: bool,
}

impl<R: BufRead> Lines<R> {
    fn batch(&mut self) -> Batch {
        let mut batch = Batch {
            lines: Vec::new(),
            first: self.number + 1,
            failed: None,
            end: true,
        };
        let mut bytes = 0;
        loop {
            let mut line = Vec::new();
            match self.next_line(&mut line) {
                Ok(true) => {
                    bytes += line.len();
                    batch.lines.push(line);
                    if bytes >= BATCH_BYTES {
                        batch.end = false;
                        return batch;
                    }
                }
                Ok(false) => return batch,
                Err(e) => {
                    batch.failed = Some(e);
                    return batch;
                }
            }
        }
    }
}

/// `parse_event` of every line, on `threads` threads.
/// Lines that turn out not to be events' (the header, personal records)
/// are read again in order; reading them here costs little.
fn parse_all(lines: &[Vec<u8>], threads: usize) -> Vec<Parsed> {
    let per = lines.len().div_ceil(threads.max(1)).max(1);
    std::thread::scope(|scope| {
        let parts: Vec<_> = lines
            .chunks(per)
            .map(|part| {
                let handle = scope.spawn(|| part.iter().map(|l| parse_event(l)).collect());
                (part.len(), handle)
            })
            .collect();
        let mut all = Vec::with_capacity(lines.len());
        for (len, handle) in parts {
            match handle.join() {
                Ok(parsed) => all.extend::<Vec<Parsed>>(parsed),
                Err(_) => all.extend(std::iter::repeat_with(stopped).take(len)),
            }
        }
        all
    })
}

fn stopped() -> Parsed {
    Err(Problem::Unreadable("a checking thread stopped".into()))
}

/// What is read of a batch ahead of the checks in order: each line parsed,
/// and the checksum over the file through the batch's last line.
fn ahead(lines: &[Vec<u8>], mut sum: Sha256, threads: usize) -> (Vec<Parsed>, Sha256) {
    std::thread::scope(|scope| {
        let summing = scope.spawn(move || {
            for line in lines {
                sum.update(line);
                sum.update(b"\n");
            }
            sum
        });
        let parsed = parse_all(lines, threads);
        let sum = summing.join().unwrap_or_default();
        (parsed, sum)
    })
}

/// Feeds every line of `reader` to `checker` in order and hands each item
/// to `each`. What a line says on its own, and the file's checksum, are
/// read a batch ahead on other threads (`parsers` of them) while the batch
/// before is checked in order here.
pub fn check_lines<E: From<FileError>>(
    reader: impl BufRead,
    parsers: usize,
    checker: &mut Checker,
    progress: &mut impl FnMut(u64),
    mut each: impl FnMut(u64, Item) -> Result<(), E>,
) -> Result<(), E> {
    let mut lines = Lines::new(reader);
    let mut batch = lines.batch();
    let mut before = Sha256::new();
    let (mut parsed, mut after) = ahead(&batch.lines, before.clone(), parsers);
    loop {
        let next = (!batch.end).then(|| lines.batch());
        let (done, read) = std::thread::scope(|scope| {
            let read = next
                .as_ref()
                .map(|n| scope.spawn(|| ahead(&n.lines, after.clone(), parsers)));
            let mut done = Ok(());
            let numbered = (batch.first..).zip(batch.lines.iter().zip(parsed));
            for (i, (number, (line, p))) in numbered.enumerate() {
                let summed = Summed::Ahead {
                    before: &before,
                    lines: &batch.lines[..i],
                };
                done = checker
                    .feed_parsed(number, line, Some(p), summed)
                    .map_err(E::from)
                    .and_then(|item| each(number, item));
                if done.is_err() {
                    break;
                }
            }
            (done, read.map(|h| h.join()))
        });
        done?;
        if let Some(e) = batch.failed {
            return Err(e.into());
        }
        progress(lines.read);
        let Some(next) = next else {
            return Ok(());
        };
        (parsed, before, after) = match read {
            Some(Ok((parsed, sum))) => (parsed, after, sum),
            _ => {
                let (parsed, sum) = ahead(&next.lines, after.clone(), parsers);
                (parsed, after, sum)
            }
        };
        batch = next;
    }
}
