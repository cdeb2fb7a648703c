//! Personal records, kept in sled beside the log (never in it) so that they
//! can be erased without breaking the chain: employees' personal data and
//! candidates' contacts. They are kept in buckets of a few dozen records by
//! id: a roster of 100,000 is some thousands of sled records rather than
//! 100,000 (sled's cost is per record far more than per byte), while a
//! change to one person rewrites a few kilobytes.

use super::*;
use crate::domain::CandidateId;
use crate::domain::recruit::CandidateRecord;
use serde::de::DeserializeOwned;
use std::collections::BTreeMap;

/// A kind of record kept beside the log, in buckets by id.
pub(super) trait Kept: Clone + Serialize + DeserializeOwned {
    type Id: Copy + Ord + Serialize + DeserializeOwned;
    /// Where its buckets are, by bucket number.
    const PREFIX: &'static [u8];
    /// Records per bucket: enough of the largest the domain allows stay
    /// below sled's 128 KiB threshold for a value of its own file (see
    /// `Inner::sync`).
    const BUCKET: u32;
    /// What a damaged bucket is called in a message.
    const WHAT: &'static str;
    fn number(id: Self::Id) -> u32;
}

impl Kept for PersonalRecord {
    type Id = EmployeeId;
    const PREFIX: &'static [u8] = b"pb/";
    /// The largest personal record is under 2 KiB.
    const BUCKET: u32 = 32;
    const WHAT: &'static str = "a bucket of personal records";
    fn number(id: EmployeeId) -> u32 {
        id.0
    }
}

impl Kept for CandidateRecord {
    type Id = CandidateId;
    const PREFIX: &'static [u8] = b"cb/";
    /// CV notes may take up to 8 KiB.
    const BUCKET: u32 = 12;
    const WHAT: &'static str = "a bucket of candidates' records";
    fn number(id: CandidateId) -> u32 {
        id.0
    }
}

/// Format 3 kept one record per employee under this prefix.
const PD: &[u8] = b"pd/";

type Bucket<R> = Vec<(<R as Kept>::Id, R)>;

fn bucket_key<R: Kept>(bucket: u32) -> Vec<u8> {
    let mut k = R::PREFIX.to_vec();
    k.extend_from_slice(&bucket.to_be_bytes());
    k
}

fn read_bucket<R: Kept>(path: &Path, db: &sled::Db, key: &[u8]) -> Result<Bucket<R>, StoreError> {
    match db.get(key).map_err(|e| StoreError::from_sled(path, e))? {
        Some(v) => codec::decode(&v).map_err(|e| corrupt(path, format!("{}: {e}", R::WHAT))),
        None => Ok(Vec::new()),
    }
}

/// Adds to `batch` the buckets that `records` change, each read from `db`
/// with the new records in place (a later record for the same id wins).
/// The caller holds the log's head lock, so no other commit writes between
/// the read and the batch. Records are borrowed: a roster's 100,000 are
/// encoded where they lie, not copied first.
pub(super) fn put<'a, R: Kept + 'a>(
    path: &Path,
    db: &sled::Db,
    batch: &mut sled::Batch,
    records: impl IntoIterator<Item = (R::Id, &'a R)>,
) -> Result<(), StoreError> {
    use std::borrow::Cow;
    let mut changed: BTreeMap<u32, BTreeMap<R::Id, &R>> = BTreeMap::new();
    for (id, record) in records {
        changed
            .entry(R::number(id) / R::BUCKET)
            .or_default()
            .insert(id, record);
    }
    for (bucket, records) in changed {
        let key = bucket_key::<R>(bucket);
        // Encoded as a `Bucket`: a `Cow` is written as what it holds.
        let mut all: BTreeMap<R::Id, Cow<R>> = read_bucket::<R>(path, db, &key)?
            .into_iter()
            .map(|(id, r)| (id, Cow::Owned(r)))
            .collect();
        all.extend(records.into_iter().map(|(id, r)| (id, Cow::Borrowed(r))));
        let all: Vec<(R::Id, Cow<R>)> = all.into_iter().collect();
        let v = codec::encode(&all).map_err(|e| io(path, e))?;
        batch.insert(key, v);
    }
    Ok(())
}

/// Every record of its kind in the store.
pub(super) fn load<R: Kept>(
    path: &Path,
    db: &sled::Db,
) -> Result<imbl::OrdMap<R::Id, R>, StoreError> {
    let mut out = imbl::OrdMap::new();
    for kv in db.scan_prefix(R::PREFIX) {
        let (_, v) = kv.map_err(|e| StoreError::from_sled(path, e))?;
        let bucket: Bucket<R> =
            codec::decode(&v).map_err(|e| corrupt(path, format!("{}: {e}", R::WHAT)))?;
        out.extend(bucket);
    }
    Ok(out)
}

/// Moves format 3's records, one per employee, into buckets, in one batch
/// with `also` (the new format number): cut short, the next open does it
/// again from the old records, which are removed only by that same batch.
pub(super) fn from_singles(
    path: &Path,
    db: &sled::Db,
    mut also: sled::Batch,
) -> Result<sled::Batch, StoreError> {
    let mut singles = Vec::new();
    for kv in db.scan_prefix(PD) {
        let (k, v) = kv.map_err(|e| StoreError::from_sled(path, e))?;
        let id = EmployeeId(
            k.get(PD.len()..)
                .and_then(|b| b.try_into().ok())
                .map_or(0, u32::from_be_bytes),
        );
        let record: RecordV4 = codec::decode(&v)
            .map_err(|e| corrupt(path, format!("the personal record of {id}: {e}")))?;
        also.remove(k);
        singles.push((id, PersonalRecord::from(record)));
    }
    put::<PersonalRecord>(path, db, &mut also, singles.iter().map(|(id, r)| (*id, r)))?;
    Ok(also)
}

/// A personal record as formats 3 and 4 encoded it: five fields, before the
/// date of birth and the emergency contact.
#[derive(serde::Deserialize)]
struct RecordV4 {
    data: PersonalV4,
    erased: Option<crate::domain::Erasure>,
}

#[derive(serde::Deserialize)]
struct PersonalV4 {
    id_number: String,
    phone: String,
    email: String,
    address: String,
    bank_account: String,
}

impl From<RecordV4> for PersonalRecord {
    fn from(r: RecordV4) -> Self {
        let d = r.data;
        PersonalRecord {
            data: crate::domain::Personal {
                id_number: d.id_number,
                phone: d.phone,
                email: d.email,
                address: d.address,
                bank_account: d.bank_account,
                date_of_birth: String::new(),
                emergency_contact: String::new(),
            },
            erased: r.erased,
        }
    }
}

/// Rewrites format 4's buckets in format 5's shape, in one batch with `also`
/// (the new format number): cut short, the next open starts again from the
/// format-4 buckets, which that same batch replaces.
pub(super) fn from_format_4(
    path: &Path,
    db: &sled::Db,
    mut also: sled::Batch,
) -> Result<sled::Batch, StoreError> {
    for kv in db.scan_prefix(PersonalRecord::PREFIX) {
        let (k, v) = kv.map_err(|e| StoreError::from_sled(path, e))?;
        let old: Vec<(EmployeeId, RecordV4)> = codec::decode(&v)
            .map_err(|e| corrupt(path, format!("{}: {e}", PersonalRecord::WHAT)))?;
        let new: Bucket<PersonalRecord> = old
            .into_iter()
            .map(|(id, r)| (id, PersonalRecord::from(r)))
            .collect();
        also.insert(k, codec::encode(&new).map_err(|e| io(path, e))?);
    }
    Ok(also)
}
