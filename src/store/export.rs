//! The audit export and the backup: JSON lines that someone without renshi
//! can check (README, "Audit export and backup", documents every field and
//! `tests/verify_audit_export.py` checks a file with Python alone).
//!
//! A file is a header line, one line per event in log order, and for a
//! backup the personal records and a trailer. An event line carries what its
//! hash covers exactly: for codec 3 the JSON text after the fixed header
//! (`content`), from which and the line's `seq`, `at` and `prev` the body is
//! rebuilt byte for byte; for codecs 1 and 2 (bincode) the body itself in hex
//! beside a readable `event`. Restoring rebuilds every body from its line, so
//! the restored log has the same hashes and the same head.

use super::codec::{self, Hash};
use super::*;
use crate::domain::ids::hex_bytes::to_hex;
use crate::domain::recruit::CandidateRecord;
use crate::domain::{CandidateId, EmployeeId, PersonalRecord};
use std::borrow::Cow;

/// Version of the file shapes; a reader refuses numbers it does not know.
pub const EXPORT_VERSION: u32 = 1;
pub const BACKUP_VERSION: u32 = 1;
/// No line renshi writes comes near this: an event's body is at most
/// `MAX_VALUE` (64 KiB), which escaped into a line at most doubles, beside a
/// few short fields. A reader refuses a longer line without reading it whole.
pub const MAX_LINE: usize = 1 << 20;

/// The first line of an audit export.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExportHeader {
    pub renshi_audit_export: u32,
    pub company: String,
    pub events: u64,
    pub head_seq: u64,
    pub head_hash: String,
}

/// The first line of a backup: the export's, under another name, so a backup
/// is never mistaken for an export or the other way round.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BackupHeader {
    pub renshi_backup: u32,
    pub company: String,
    pub events: u64,
    pub head_seq: u64,
    pub head_hash: String,
}

/// A backup's personal record: kept outside the hash chain (so it can be
/// erased), carried in the backup so a restore brings it back.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PersonalLine {
    pub personal: EmployeeId,
    pub record: PersonalRecord,
}

/// A backup's record of what a candidate told about themselves (their
/// contact, CV notes): kept outside the chain like `PersonalLine`, after
/// the employees' records.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CandidateLine {
    pub candidate: CandidateId,
    pub record: CandidateRecord,
}

/// A backup's last line: a file cut short anywhere lacks it, and `sha256`
/// (of every byte before this line) catches a byte changed outside the
/// chain's protection (the header, the personal records).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Trailer {
    pub renshi_backup_end: u32,
    pub events: u64,
    /// Records kept outside the chain: employees' and candidates'.
    pub personal: u64,
    pub head_hash: String,
    pub sha256: String,
}

/// An event line as written: the order of fields is the order on the line.
#[derive(Serialize)]
struct EventOut<'a> {
    seq: u64,
    at: String,
    actor: &'a str,
    via: Option<&'a str>,
    comment: &'a str,
    hash: String,
    prev: String,
    codec: u8,
    #[serde(skip_serializing_if = "Option::is_none")]
    content: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    body: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    event: Option<&'a crate::domain::Event>,
}

/// An event line as read back (see `check`). Text is borrowed from the
/// line where it holds no escapes: a restore reads a million of these.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventIn<'a> {
    pub seq: u64,
    #[serde(borrow)]
    pub at: Cow<'a, str>,
    #[serde(borrow)]
    pub actor: Cow<'a, str>,
    #[serde(borrow)]
    pub via: Option<Cow<'a, str>>,
    #[serde(borrow)]
    pub comment: Cow<'a, str>,
    #[serde(borrow)]
    pub hash: Cow<'a, str>,
    #[serde(borrow)]
    pub prev: Cow<'a, str>,
    pub codec: u8,
    #[serde(default, borrow)]
    pub content: Option<Cow<'a, str>>,
    #[serde(default, borrow)]
    pub body: Option<Cow<'a, str>>,
    #[serde(default)]
    pub event: Option<serde_json::Value>,
}

/// Times on a line: always six decimals and `Z`, so the microseconds that
/// were hashed can be read back exactly (by Python's `strptime` too).
pub fn time_text(at: DateTime<Utc>) -> String {
    at.format("%Y-%m-%dT%H:%M:%S%.6fZ").to_string()
}

/// The microseconds a line's time names, if it is one.
pub fn parse_time(text: &str) -> Option<i64> {
    DateTime::parse_from_rfc3339(text)
        .ok()
        .map(|t| t.with_timezone(&Utc).timestamp_micros())
}

/// One page of event lines, and where the next one starts.
pub struct ExportPage {
    pub lines: Vec<String>,
    pub next: Option<u64>,
}

/// The line of one stored event (`hash ‖ body`).
pub fn event_line(seq: u64, value: &[u8]) -> Result<String, String> {
    let (hash, body) = codec::split_value(value).ok_or("the event is cut short")?;
    let decoded = codec::decode_body(body, None)?;
    if decoded.seq != seq {
        return Err(format!("it says it is event {}", decoded.seq));
    }
    let content = codec::content(body);
    let old = content.is_none();
    let line = EventOut {
        seq,
        at: time_text(decoded.env.at),
        actor: &decoded.env.actor,
        via: decoded.env.via.as_deref(),
        comment: &decoded.env.comment,
        hash: to_hex(&hash),
        prev: to_hex(&decoded.prev),
        codec: body.first().copied().unwrap_or_default(),
        content,
        body: old.then(|| to_hex(body)),
        event: old.then_some(&decoded.event),
    };
    serde_json::to_string(&line).map_err(|e| e.to_string())
}

pub fn header_line(backup: bool, company: &str, seq: u64, hash: &Hash) -> String {
    let text = if backup {
        serde_json::to_string(&BackupHeader {
            renshi_backup: BACKUP_VERSION,
            company: company.to_string(),
            events: seq,
            head_seq: seq,
            head_hash: to_hex(hash),
        })
    } else {
        serde_json::to_string(&ExportHeader {
            renshi_audit_export: EXPORT_VERSION,
            company: company.to_string(),
            events: seq,
            head_seq: seq,
            head_hash: to_hex(hash),
        })
    };
    // Plain strings and numbers always serialize.
    text.unwrap_or_default()
}

pub fn personal_line(id: EmployeeId, record: &PersonalRecord) -> Result<String, String> {
    serde_json::to_string(&PersonalLine {
        personal: id,
        record: record.clone(),
    })
    .map_err(|e| e.to_string())
}

pub fn candidate_line(id: CandidateId, record: &CandidateRecord) -> Result<String, String> {
    serde_json::to_string(&CandidateLine {
        candidate: id,
        record: record.clone(),
    })
    .map_err(|e| e.to_string())
}

pub fn trailer_line(events: u64, personal: u64, head: &Hash, sum: &Hash) -> String {
    serde_json::to_string(&Trailer {
        renshi_backup_end: BACKUP_VERSION,
        events,
        personal,
        head_hash: to_hex(head),
        sha256: to_hex(sum),
    })
    .unwrap_or_default()
}

impl Store {
    /// Event lines from `from` up to `upto` (both included), stopping after
    /// the line that brings the page to `max_bytes`, so a page fits a frame.
    pub fn export_page(
        &self,
        from: u64,
        upto: u64,
        max_bytes: usize,
    ) -> Result<ExportPage, StoreError> {
        let guard = self.inner()?;
        let inner = guard
            .as_ref()
            .ok_or_else(|| io(&self.path, "the store is being reopened"))?;
        let from = from.max(1);
        let mut lines = Vec::new();
        let mut bytes = 0;
        let mut expected = from;
        if from <= upto {
            for kv in inner.db.range(ev_key(from)..=ev_key(upto)) {
                let (k, v) = kv.map_err(|e| StoreError::from_sled(&self.path, e))?;
                let bad =
                    |e: String| corrupt(&self.path, format!("event {expected} of its log: {e}"));
                if key_seq(&k) != expected {
                    return Err(bad("it is missing".into()));
                }
                let line = event_line(expected, &v).map_err(bad)?;
                bytes += line.len() + 1;
                lines.push(line);
                expected += 1;
                if bytes >= max_bytes {
                    break;
                }
            }
            if lines.is_empty() || (expected <= upto && bytes < max_bytes) {
                return Err(corrupt(
                    &self.path,
                    format!("event {expected} of its log: it is missing"),
                ));
            }
        }
        Ok(ExportPage {
            lines,
            next: (expected <= upto).then_some(expected),
        })
    }
}
