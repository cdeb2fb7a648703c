//! Checking an audit export or a backup line by line, as `audit verify
//! --file` and `restore` do: the file is hostile until checked, so lines are
//! read within a bound (`MAX_LINE`), every body is rebuilt from its line and
//! hashed, each event must follow the one before it, and the file must end
//! where its header and (for a backup) its trailer say.
//!
//! What a line says on its own is read in `line`, a batch ahead and on
//! other threads (`ahead`); the `Checker` here makes the checks that need
//! the lines before it, in file order.

use super::CLOCK_TOLERANCE;
use super::codec::{BODY_V1, BODY_V3, Body, Hash};
use super::export::*;
use crate::domain::ids::hex_bytes::{from_hex, to_hex};
use crate::domain::people::check_fields;
use crate::domain::recruit::{CandidateRecord, check_record_fields};
use crate::domain::{CandidateId, EmployeeId, PersonalRecord};
use chrono::{DateTime, Utc};
use sha2::{Digest, Sha256};

mod ahead;
mod line;

pub use ahead::check_file;
pub(super) use ahead::check_lines;
use line::{OwnBody, Parsed};

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
    /// A personal record with a field that breaks the text rules (checked by
    /// `audit verify --file` too: it needs no log).
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

/// The checksum over the lines before the trailer, kept while batches are
/// read ahead: the state before the batch, and the batch's lines before the
/// one being checked.
struct Summed<'a> {
    before: &'a Sha256,
    lines: &'a [Vec<u8>],
}

impl Summed<'_> {
    fn through(&self) -> Hash {
        add_lines(self.before.clone(), self.lines).finalize().into()
    }
}

/// The checksum `sum` continued over `lines`, each with its newline, as
/// the file holds them.
fn add_lines(mut sum: Sha256, lines: &[Vec<u8>]) -> Sha256 {
    for line in lines {
        sum.update(line);
        sum.update(b"\n");
    }
    sum
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
    Candidate(CandidateId, Box<CandidateRecord>),
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
    /// A head kept outside the machine (`audit head`): its number, when
    /// known, and its hash.
    kept: Option<(Option<u64>, Hash)>,
    /// The employee of the last personal record read.
    last_personal: Option<EmployeeId>,
    /// The candidate of the last candidate's record read (they follow the
    /// employees' records).
    last_candidate: Option<CandidateId>,
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
            kept: None,
            last_personal: None,
            last_candidate: None,
            named: None,
        }
    }

    /// The file must hold this head, kept outside the machine: the event
    /// of that number (or, for a bare hash, some event) must be it.
    pub fn expect_head(&mut self, seq: Option<u64>, hash: Hash) {
        self.kept = Some((seq, hash));
    }

    /// Checks the next line (`number`, from 1), given what `parse_event`
    /// read of it on its own (used if it is an event's line) and the file's
    /// checksum up to it (used if it is the trailer).
    fn feed(
        &mut self,
        number: u64,
        line: &[u8],
        parsed: Parsed,
        summed: Summed,
    ) -> Result<Item, FileError> {
        self.line = number;
        let seq = (self.stage == Stage::Events).then_some(self.expected);
        let at = |problem| FileError {
            line: number,
            seq,
            problem,
        };
        // An event's line was read as text already, by `parse_event`.
        let text = || std::str::from_utf8(line).map_err(|_| Problem::NotText);
        let item = match self.stage {
            Stage::Events => self.event(parsed).map(|c| Item::Event(Box::new(c))),
            Stage::Header => text().and_then(|t| self.header(t)),
            Stage::Personal => text().and_then(|t| self.personal_or_end(t, &summed)),
            Stage::Done => text().and(Err(Problem::Extra)),
        }
        .map_err(at)?;
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
            if self.last_candidate.is_some()
                || self.last_personal.is_some_and(|last| p.personal <= last)
            {
                return Err(Problem::PersonalOrder {
                    id: p.personal.to_string(),
                });
            }
            if let Err(field) = check_fields(&p.record.data) {
                return Err(Problem::PersonalBadField {
                    id: p.personal.to_string(),
                    field,
                });
            }
            self.last_personal = Some(p.personal);
            self.summary.personal += 1;
            return Ok(Item::Personal(p.personal, Box::new(p.record)));
        }
        if let Ok(c) = serde_json::from_str::<CandidateLine>(text) {
            if self.last_candidate.is_some_and(|last| c.candidate <= last) {
                return Err(Problem::PersonalOrder {
                    id: c.candidate.to_string(),
                });
            }
            if let Err(field) = check_record_fields(&c.record) {
                return Err(Problem::PersonalBadField {
                    id: c.candidate.to_string(),
                    field,
                });
            }
            self.last_candidate = Some(c.candidate);
            self.summary.personal += 1;
            return Ok(Item::Candidate(c.candidate, Box::new(c.record)));
        }
        let t: Trailer =
            serde_json::from_str(text).map_err(|e| Problem::NotALine(e.to_string()))?;
        let sum = summed.through();
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
