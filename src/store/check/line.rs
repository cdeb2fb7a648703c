//! What an event line says on its own, checked without the lines before
//! it, so that lines can be read on several threads (`ahead`).

use super::{Problem, hash_of};
use crate::store::MAX_VALUE;
use crate::store::codec::{self, BODY_V1, BODY_V2, BODY_V3, Body, Hash};
use crate::store::export::{EventIn, parse_time};
use sha2::{Digest, Sha256};

/// What an event line says on its own (`parse_event`): everything but its
/// place among the lines before it. Each part keeps its first problem, so
/// the problem told is the one a single reading in order would meet first.
pub(super) type Parsed = Result<Box<Own>, Problem>;

pub(super) struct Own {
    pub seq: u64,
    /// Its hash and the previous event's, as the line writes them.
    pub hashes: Result<(Hash, Hash), Problem>,
    pub body: Result<OwnBody, Problem>,
}

pub(super) struct OwnBody {
    pub body: Vec<u8>,
    pub decoded: Body,
    pub codec: u8,
}

/// Reads an event line and checks what it says by itself: its text, its
/// body rebuilt and hashed, its fields against what the body says. Needs
/// nothing of the lines before it, so lines can be read on several threads.
pub(super) fn parse_event(line: &[u8]) -> Parsed {
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
