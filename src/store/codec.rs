//! The one place that knows how stored values are encoded. Store files are
//! outside data too: every decode is bounded, so a damaged length cannot make
//! renshi allocate what it declares.
//!
//! An event is kept as `hash ‖ body`, and the body starts with fixed fields
//! (codec, sequence, time, previous hash) at fixed offsets, so walking the
//! chain needs no decoding at all. The rest of the body is compact JSON
//! (codec 3) for every event written now, so that someone without renshi can
//! read what was hashed (see `export`); bodies of codecs 1 and 2 (bincode)
//! written by older renshis stay as they are, byte for byte, and are read as
//! before. Records that are not events (request answers, personal records)
//! are bincode 2.

use crate::domain::time::instant;
use crate::domain::{Company, Event, RequestId};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize, de::DeserializeOwned};

/// Version of the store layout. 1: stop 4's records and events; 2: events
/// only, fixed chain fields, integer times, a head file and a snapshot; 3:
/// new events in codec 3 (JSON); 4: personal records in buckets of employees
/// (`personal`); 5: a date of birth and an emergency contact in each; 6:
/// candidates' contacts kept beside the log too. An older store becomes
/// format 6 when this renshi first opens its log (the log is not
/// rewritten), so that an older renshi refuses it by its number instead of
/// calling codec-3 events broken or its records garbled.
pub const FORMAT_VERSION: u32 = 6;
/// The first byte of an event body: which encoding the rest is in. Bodies of
/// codec 1 (migrated from format 1) are kept byte for byte, so their hashes hold.
pub const BODY_V1: u8 = 1;
/// Fixed header, then bincode 2 of `Rest`.
pub const BODY_V2: u8 = 2;
/// Fixed header, then the compact JSON text of `Rest` (UTF-8).
pub const BODY_V3: u8 = 3;
/// No stored value may make a decode claim more memory than this.
const LIMIT: usize = 64 << 20;

pub type Hash = [u8; 32];

/// codec, seq, time (µs), previous hash.
pub const HEADER: usize = 1 + 8 + 8 + 32;

fn config() -> impl bincode::config::Config {
    bincode::config::standard().with_limit::<LIMIT>()
}

pub fn encode<T: Serialize>(value: &T) -> Result<Vec<u8>, String> {
    bincode::serde::encode_to_vec(value, config()).map_err(|e| e.to_string())
}

pub fn decode<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, String> {
    let (v, used) =
        bincode::serde::decode_from_slice(bytes, config()).map_err(|e| e.to_string())?;
    if used != bytes.len() {
        return Err(format!(
            "{} unexpected bytes after the value",
            bytes.len() - used
        ));
    }
    Ok(v)
}

/// Who and why, shared by all events of one command.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Envelope {
    #[serde(with = "instant")]
    pub at: DateTime<Utc>,
    /// The renshi user the command ran as.
    pub actor: String,
    /// The OS login that ran it when different (a demo store's `--as`).
    pub via: Option<String>,
    pub comment: String,
    pub request: Option<RequestId>,
}

/// The part of a v2 or v3 body after the fixed header: the stored shape of
/// every event, held to `tests/stored_schema.rs` (bincode's shape for codec 2,
/// the JSON texts of `tests/fixtures/events-v3.jsonl` for codec 3).
#[derive(Serialize, Deserialize)]
pub struct Rest {
    pub actor: String,
    pub via: Option<String>,
    pub comment: String,
    pub request: Option<RequestId>,
    pub event: Event,
}

/// The fixed fields of a body, read without decoding the rest.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Header {
    pub codec: u8,
    pub seq: u64,
    pub at_micros: i64,
    pub prev: Hash,
}

/// The fixed fields of a codec-2 or codec-3 body (codec 1 has none: see
/// `legacy::header`).
pub fn header(body: &[u8]) -> Option<Header> {
    let codec = *body.first()?;
    if !matches!(codec, BODY_V2 | BODY_V3) || body.len() < HEADER {
        return None;
    }
    Some(Header {
        codec,
        seq: u64::from_be_bytes(body[1..9].try_into().ok()?),
        at_micros: i64::from_be_bytes(body[9..17].try_into().ok()?),
        prev: body[17..49].try_into().ok()?,
    })
}

/// The fixed header every codec-2 and codec-3 body starts with.
pub fn body_header(codec: u8, seq: u64, at_micros: i64, prev: &Hash) -> Vec<u8> {
    let mut body = Vec::with_capacity(256);
    body.push(codec);
    body.extend_from_slice(&seq.to_be_bytes());
    body.extend_from_slice(&at_micros.to_be_bytes());
    body.extend_from_slice(prev);
    body
}

/// A new event's body, in codec 3.
pub fn encode_body(
    seq: u64,
    prev: &Hash,
    env: &Envelope,
    event: &Event,
) -> Result<Vec<u8>, String> {
    let mut body = body_header(BODY_V3, seq, env.at.timestamp_micros(), prev);
    let rest = RestRef {
        actor: &env.actor,
        via: &env.via,
        comment: &env.comment,
        request: &env.request,
        event,
    };
    serde_json::to_writer(&mut body, &rest).map_err(|e| e.to_string())?;
    Ok(body)
}

/// `Rest` by reference, to encode without cloning the event; the same
/// fields in the same order, so the same JSON.
#[derive(Serialize)]
struct RestRef<'a> {
    actor: &'a String,
    via: &'a Option<String>,
    comment: &'a String,
    request: &'a Option<RequestId>,
    event: &'a Event,
}

/// The JSON text of a codec-3 body: exactly what was hashed after the header.
pub fn content(body: &[u8]) -> Option<&str> {
    if body.first() != Some(&BODY_V3) {
        return None;
    }
    std::str::from_utf8(body.get(HEADER..)?).ok()
}

/// Reads the JSON text of a codec-3 body. Bounded: a body is never longer
/// than a stored value may be, and serde_json allocates no more than the
/// text holds and nests at most 128 levels deep.
pub fn decode_content(text: &[u8]) -> Result<Rest, String> {
    if text.len() > super::MAX_VALUE {
        return Err(format!(
            "the event is {} bytes long, more than an event may be",
            text.len()
        ));
    }
    serde_json::from_slice(text).map_err(|e| format!("its content is unreadable ({e})"))
}

/// A decoded body: its fixed fields, its envelope and its event.
#[derive(Debug)]
pub struct Body {
    pub seq: u64,
    pub prev: Hash,
    pub env: Envelope,
    pub event: Event,
}

/// `before` is the company as it stood before this event when replaying:
/// format-1 events need it to be read as today's (see `legacy`).
pub fn decode_body(body: &[u8], before: Option<&Company>) -> Result<Body, String> {
    match body.first() {
        Some(&(BODY_V2 | BODY_V3)) => {
            let h = header(body).ok_or("the event is cut short")?;
            let rest: Rest = if h.codec == BODY_V3 {
                decode_content(&body[HEADER..])?
            } else {
                decode(&body[HEADER..])?
            };
            let at = DateTime::from_timestamp_micros(h.at_micros)
                .ok_or_else(|| format!("its time {} is out of range", h.at_micros))?;
            Ok(Body {
                seq: h.seq,
                prev: h.prev,
                env: Envelope {
                    at,
                    actor: rest.actor,
                    via: rest.via,
                    comment: rest.comment,
                    request: rest.request,
                },
                event: rest.event,
            })
        }
        Some(&BODY_V1) => super::legacy::decode_body(&body[1..], before),
        Some(other) => Err(format!(
            "the event is in encoding {other}, which this renshi does not know: use a newer renshi"
        )),
        None => Err("the event is empty".into()),
    }
}

/// A stored event: its hash, then its body.
pub fn split_value(value: &[u8]) -> Option<(Hash, &[u8])> {
    let hash: Hash = value.get(..32)?.try_into().ok()?;
    Some((hash, &value[32..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env_micros(env: &Envelope) -> Envelope {
        Envelope {
            at: crate::domain::time::to_micros(env.at),
            ..env.clone()
        }
    }

    #[test]
    fn bodies_round_trip_and_lengths_are_bounded() {
        let env = Envelope {
            at: Utc::now(),
            actor: "gm.wang".into(),
            via: None,
            comment: "人事".into(),
            request: Some(RequestId([7; 16])),
        };
        let ev = Event::CompanyNamed {
            name: "華夏".into(),
        };
        let body = encode_body(5, &[9; 32], &env, &ev).unwrap();
        let h = header(&body).unwrap();
        assert_eq!((h.codec, h.seq, h.prev), (BODY_V3, 5, [9; 32]));
        let back = decode_body(&body, None).unwrap();
        assert_eq!(back.event, ev);
        assert_eq!(back.env, env_micros(&env));
        // What an outsider reads: ids, names and the request id as text.
        assert_eq!(
            content(&body).unwrap(),
            r#"{"actor":"gm.wang","via":null,"comment":"人事","request":"07070707070707070707070707070707","event":{"company_named":{"name":"華夏"}}}"#
        );
        // Bodies of codec 2 (bincode) are still read.
        let mut v2 = body_header(BODY_V2, 5, env.at.timestamp_micros(), &[9; 32]);
        let rest = Rest {
            actor: env.actor.clone(),
            via: None,
            comment: env.comment.clone(),
            request: env.request,
            event: ev.clone(),
        };
        v2.extend(encode(&rest).unwrap());
        let back = decode_body(&v2, None).unwrap();
        assert_eq!((back.seq, back.event), (5, ev));
        assert_eq!(back.env, env_micros(&env));
        // Times in an event keep microseconds, as bincode (and so a
        // snapshot) does: replaying a codec-3 event gives the snapshot's company.
        let precise = DateTime::from_timestamp(1_800_000_000, 123_456_789).unwrap();
        let hired = Event::PlanDrafted {
            id: crate::domain::PlanId(1),
            title: "t".into(),
            note: String::new(),
            author: "gm.wang".into(),
            at: precise,
        };
        let body = encode_body(1, &[0; 32], &env, &hired).unwrap();
        assert!(
            content(&body)
                .unwrap()
                .contains(r#""at":"2027-01-15T08:00:00.123456Z""#)
        );
        let Event::PlanDrafted { at, .. } = decode_body(&body, None).unwrap().event else {
            panic!("the same event")
        };
        assert_eq!(at.timestamp_subsec_nanos(), 123_456_000);
        // A codec-3 body longer than any stored value is refused unread.
        let mut long = body_header(BODY_V3, 1, 0, &[0; 32]);
        long.extend(std::iter::repeat_n(b' ', crate::store::MAX_VALUE + 1));
        assert!(decode_body(&long, None).unwrap_err().contains("more than"));
        assert!(decode_body(&body[..body.len() - 1], None).is_err());
        // A string that claims 2^62 bytes must be refused, not allocated.
        let mut huge = vec![0u8];
        huge.push(253);
        huge.extend_from_slice(&(1u64 << 62).to_le_bytes());
        assert!(decode::<(u8, String)>(&huge).is_err());
        assert!(decode_body(&[BODY_V2, 1, 2], None).is_err());
        assert!(
            decode_body(&[77], None)
                .unwrap_err()
                .contains("newer renshi")
        );
    }
}
