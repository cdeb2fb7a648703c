//! The one place that knows how stored values are encoded (bincode 2 through
//! serde). Store files are outside data too: every decode is bounded, so a
//! damaged length cannot make renshi allocate what it declares.
//!
//! An event is kept as `hash ‖ body`, and the body starts with fixed fields
//! (codec, sequence, time, previous hash) at fixed offsets, so walking the
//! chain needs no decoding at all; the rest of the body is bincode.

use crate::domain::time::instant;
use crate::domain::{Company, Event, RequestId};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize, de::DeserializeOwned};

/// Version of the store layout. 1: stop 4's records and events; 2: events
/// only, fixed chain fields, integer times, a head file and a snapshot.
pub const FORMAT_VERSION: u32 = 2;
/// The first byte of an event body: which encoding the rest is in. Bodies of
/// codec 1 (migrated from format 1) are kept byte for byte, so their hashes hold.
pub const BODY_V1: u8 = 1;
pub const BODY_V2: u8 = 2;
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

/// The part of a v2 body after the fixed header: the stored shape of every
/// event, held to `tests/stored_schema.rs`.
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

pub fn header(body: &[u8]) -> Option<Header> {
    let codec = *body.first()?;
    if codec != BODY_V2 || body.len() < HEADER {
        return None;
    }
    Some(Header {
        codec,
        seq: u64::from_be_bytes(body[1..9].try_into().ok()?),
        at_micros: i64::from_be_bytes(body[9..17].try_into().ok()?),
        prev: body[17..49].try_into().ok()?,
    })
}

pub fn encode_body(
    seq: u64,
    prev: &Hash,
    env: &Envelope,
    event: &Event,
) -> Result<Vec<u8>, String> {
    let mut body = Vec::with_capacity(128);
    body.push(BODY_V2);
    body.extend_from_slice(&seq.to_be_bytes());
    body.extend_from_slice(&env.at.timestamp_micros().to_be_bytes());
    body.extend_from_slice(prev);
    let rest = Rest {
        actor: env.actor.clone(),
        via: env.via.clone(),
        comment: env.comment.clone(),
        request: env.request,
        event: event.clone(),
    };
    bincode::serde::encode_into_std_write(&rest, &mut body, config()).map_err(|e| e.to_string())?;
    Ok(body)
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
        Some(&BODY_V2) => {
            let h = header(body).ok_or("the event is cut short")?;
            let rest: Rest = decode(&body[HEADER..])?;
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
        assert_eq!((h.seq, h.prev), (5, [9; 32]));
        let back = decode_body(&body, None).unwrap();
        assert_eq!(back.event, ev);
        assert_eq!(back.env.comment, "人事");
        assert_eq!(back.env.at.timestamp_micros(), env.at.timestamp_micros());
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
