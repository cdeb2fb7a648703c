//! The company as of one event, kept in a file so a start does not replay the
//! whole log. It is only ever a shortcut: tagged with the event's sequence and
//! hash and checksummed, it is used when it matches the log and ignored (the
//! log replayed instead) when it is stale, damaged, missing, or of another
//! shape than this renshi's `Company`.

use super::StoreError;
use super::codec::Hash;
use crate::domain::Company;
use sha2::{Digest, Sha256};
use std::fs::{File, OpenOptions};
use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;
use std::path::Path;

pub const NAME: &str = "snapshot";
const MAGIC: &[u8; 8] = b"RNSHSNAP";
/// The shape of `Company` as encoded here. Bump it whenever that shape
/// changes; `tests/stored_schema.rs` holds the shape it stands for.
pub const SCHEMA: u32 = 9;
const HEADER: usize = 8 + 4 + 8 + 32 + 8 + 32;

pub struct Snapshot {
    pub seq: u64,
    pub hash: Hash,
    pub company: Company,
}

fn config() -> impl bincode::config::Config {
    // The payload's checksum is verified before it is decoded, so this bound
    // only has to allow the largest company, not guard against damage.
    bincode::config::standard().with_limit::<{ 8 << 30 }>()
}

/// A company encoded for a snapshot, not yet tied to an event: encoding
/// can start before the commit that makes its head is durable (a roster's
/// import encodes it while sled writes), the file is written after.
pub struct Encoded {
    payload: Vec<u8>,
    digest: Hash,
}

/// Encodes `company` as a snapshot's payload, with its checksum.
pub fn encode(dir: &Path, company: &Company) -> Result<Encoded, StoreError> {
    let payload = bincode::serde::encode_to_vec(company, config()).map_err(|e| StoreError::Io {
        path: dir.display().to_string(),
        detail: format!("the snapshot could not be encoded: {e}"),
    })?;
    let digest = Sha256::digest(&payload).into();
    Ok(Encoded { payload, digest })
}

/// Writes a new snapshot beside the old one and renames it over it, so a
/// crash leaves either the old or the new, never half of one.
pub fn write(dir: &Path, company: &Company, seq: u64, hash: Hash) -> Result<(), StoreError> {
    write_encoded(dir, &encode(dir, company)?, seq, hash)
}

/// `write`, of a company encoded already: the company as of event `seq`.
pub fn write_encoded(
    dir: &Path,
    encoded: &Encoded,
    seq: u64,
    hash: Hash,
) -> Result<(), StoreError> {
    let payload = &encoded.payload;
    let mut header = Vec::with_capacity(HEADER);
    header.extend_from_slice(MAGIC);
    header.extend_from_slice(&SCHEMA.to_be_bytes());
    header.extend_from_slice(&seq.to_be_bytes());
    header.extend_from_slice(&hash);
    header.extend_from_slice(&(payload.len() as u64).to_be_bytes());
    header.extend_from_slice(&encoded.digest);
    let tmp = dir.join(format!("{NAME}.new"));
    let io = |e: std::io::Error| StoreError::from_io(dir, &e);
    let mut f = OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(&tmp)
        .map_err(io)?;
    // The header, then the payload where it lies (not copied behind it).
    f.write_all(&header).map_err(io)?;
    f.write_all(payload).map_err(io)?;
    f.sync_all().map_err(io)?;
    std::fs::rename(&tmp, dir.join(NAME)).map_err(io)?;
    File::open(dir).and_then(|d| d.sync_all()).map_err(io)
}

/// Removes the snapshot and a new one left half-written; removing needs no
/// free space, so this works on a full disk.
pub fn remove(dir: &Path) -> Result<(), StoreError> {
    for name in [NAME.to_string(), format!("{NAME}.new")] {
        match std::fs::remove_file(dir.join(name)) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                return Err(StoreError::from_io(dir, &e));
            }
            _ => {}
        }
    }
    File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(|e| StoreError::from_io(dir, &e))
}

/// The snapshot, `None` when there is none, or why it cannot be used.
pub fn read(dir: &Path) -> Result<Option<Snapshot>, String> {
    let bytes = match std::fs::read(dir.join(NAME)) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(format!("the snapshot could not be read ({e})")),
    };
    let damaged = || "the snapshot is damaged".to_string();
    if bytes.len() < HEADER || &bytes[..8] != MAGIC {
        return Err(damaged());
    }
    let num = |at: usize| {
        bytes[at..at + 8]
            .try_into()
            .map(u64::from_be_bytes)
            .map_err(|_| damaged())
    };
    let schema = u32::from_be_bytes(bytes[8..12].try_into().map_err(|_| damaged())?);
    if schema != SCHEMA {
        return Err(format!(
            "the snapshot was written by another renshi (shape {schema}, this one reads {SCHEMA})"
        ));
    }
    let seq = num(12)?;
    let hash: Hash = bytes[20..52].try_into().map_err(|_| damaged())?;
    let len = usize::try_from(num(52)?).map_err(|_| damaged())?;
    let sum = &bytes[60..92];
    let payload = &bytes[HEADER..];
    if payload.len() != len || Sha256::digest(payload).as_slice() != sum {
        return Err(damaged());
    }
    let (company, used): (Company, usize) =
        bincode::serde::decode_from_slice(payload, config()).map_err(|_| damaged())?;
    if used != payload.len() {
        return Err(damaged());
    }
    Ok(Some(Snapshot { seq, hash, company }))
}
