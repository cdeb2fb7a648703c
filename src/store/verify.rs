//! Walking the chain: each event's hash, its link to the one before, its
//! time, and the end of the log against both records of its last event
//! (sled's and the head file). Nothing but fixed fields is read and no
//! company is built, so memory does not grow with the log.
//!
//! The log is cut into as many ranges as there are cores, walked at once;
//! each range checks its own links and the joins between ranges are checked
//! after. The failure reported is the first in the log, as a single walk
//! would find it.

use super::*;
use std::sync::atomic::{AtomicU64, Ordering};

/// What one range found.
struct Walked {
    first: u64,
    last: u64,
    /// The hash the range's first event names as the one before it.
    first_prev: Hash,
    last_hash: Hash,
    /// The earliest and latest times in the range.
    earliest: DateTime<Utc>,
    latest: DateTime<Utc>,
    /// The first thing wrong in the range, if any.
    failure: Option<(u64, String)>,
    /// Where the hash looked for (`audit verify --head`) was met.
    found: Option<u64>,
}

/// Ranges below this many events are not worth a thread of their own.
const MIN_RANGE: u64 = 50_000;

/// Whether `at` lies further before `latest` than clocks may step back.
/// (Checked arithmetic: a hostile time near the end of the calendar must
/// not overflow.)
fn too_early(at: DateTime<Utc>, latest: DateTime<Utc>) -> bool {
    latest
        .checked_sub_signed(CLOCK_TOLERANCE)
        .is_some_and(|l| at < l)
}

fn time_of(at: i64) -> DateTime<Utc> {
    DateTime::from_timestamp_micros(at).unwrap_or_default()
}

fn walk(
    path: &Path,
    db: &sled::Db,
    (first, last): (u64, u64),
    find: Option<Hash>,
    done: &AtomicU64,
) -> Walked {
    let mut w = Walked {
        first,
        last,
        first_prev: [0; 32],
        last_hash: [0; 32],
        earliest: DateTime::<Utc>::MAX_UTC,
        latest: DateTime::<Utc>::UNIX_EPOCH,
        failure: None,
        found: None,
    };
    let mut expected = first;
    let mut prev: Option<Hash> = None;
    let fail = |seq: u64, reason: String| Some((seq, reason));
    for kv in db.range(ev_key(first)..=ev_key(last)) {
        let (k, v) = match kv {
            Ok(kv) => kv,
            Err(e) => {
                w.failure = fail(expected, StoreError::from_sled(path, e).to_string());
                return w;
            }
        };
        if key_seq(&k) != expected {
            w.failure = fail(expected, "the event is missing or out of order".into());
            return w;
        }
        let Some((hash, body)) = codec::split_value(&v) else {
            w.failure = fail(expected, "the event is cut short".into());
            return w;
        };
        if Sha256::digest(body).as_slice() != hash {
            w.failure = fail(expected, "its content does not match its hash".into());
            return w;
        }
        if find == Some(hash) && w.found.is_none() {
            w.found = Some(expected);
        }
        let (seq, link, at) = match codec::header(body) {
            Some(h) => (h.seq, h.prev, time_of(h.at_micros)),
            None if body.first() == Some(&codec::BODY_V1) => match legacy::header(&body[1..]) {
                Ok(h) => h,
                Err(e) => {
                    w.failure = fail(expected, format!("it is unreadable: {e}"));
                    return w;
                }
            },
            None => {
                w.failure = fail(expected, "it is unreadable".into());
                return w;
            }
        };
        let follows = match prev {
            None => {
                w.first_prev = link;
                true
            }
            Some(p) => p == link,
        };
        if seq != expected || !follows {
            w.failure = fail(expected, "it does not follow the event before it".into());
            return w;
        }
        if too_early(at, w.latest) {
            w.failure = fail(expected, went_back(at, w.latest));
            return w;
        }
        w.latest = w.latest.max(at);
        w.earliest = w.earliest.min(at);
        w.last_hash = hash;
        prev = Some(hash);
        expected += 1;
        if expected.is_multiple_of(1024) {
            done.fetch_add(1024, Ordering::Relaxed);
        }
    }
    if expected != last + 1 {
        w.failure = fail(expected, "the event is missing or out of order".into());
    }
    w
}

fn went_back(at: DateTime<Utc>, latest: DateTime<Utc>) -> String {
    format!(
        "its time {} is before the time of an earlier event ({})",
        at.format("%Y-%m-%d %H:%M:%S UTC"),
        latest.format("%Y-%m-%d %H:%M:%S UTC")
    )
}

/// The first event of `first..=last` whose time is more than the tolerance
/// before `before` (the latest time of everything ahead of the range).
fn first_before(
    db: &sled::Db,
    first: u64,
    last: u64,
    before: DateTime<Utc>,
) -> Option<(u64, String)> {
    db.range(ev_key(first)..=ev_key(last))
        .flatten()
        .find_map(|(k, v)| {
            let (_, body) = codec::split_value(&v)?;
            let at = match codec::header(body) {
                Some(h) => time_of(h.at_micros),
                None => legacy::header(body.get(1..)?).ok()?.2,
            };
            too_early(at, before).then(|| (key_seq(&k), went_back(at, before)))
        })
}

impl Store {
    /// Walks the chain from the first event (see the module's comment).
    /// `progress` gets the count so far. Commits that land during the walk
    /// only add events after the end read at its start, checked next time.
    pub fn verify(&self, progress: impl FnMut(u64)) -> Result<u64, VerifyFailure> {
        self.verify_finding(None, progress).map(|(end, _)| end)
    }

    /// Walks the whole chain like `verify`, and proves that it holds a head
    /// kept outside the machine: the event `seq` (when given) has `hash`, or,
    /// for a bare hash, some event has it. A broken chain is said first.
    pub fn verify_head(
        &self,
        seq: Option<u64>,
        hash: Hash,
        progress: impl FnMut(u64),
    ) -> Result<Result<(u64, u64), KeptHeadFailure>, VerifyFailure> {
        let (end, found) = self.verify_finding(Some(hash), progress)?;
        Ok(match (seq, found) {
            (Some(seq), Some(at)) if at == seq => Ok((seq, end)),
            (Some(seq), _) if seq > end => Err(KeptHeadFailure::Gone { seq, end }),
            (Some(seq), _) => Err(KeptHeadFailure::Differs { seq }),
            (None, Some(at)) => Ok((at, end)),
            (None, None) => Err(KeptHeadFailure::NotFound { end }),
        })
    }

    fn verify_finding(
        &self,
        find: Option<Hash>,
        mut progress: impl FnMut(u64),
    ) -> Result<(u64, Option<u64>), VerifyFailure> {
        let broken = |seq: u64, reason: String| VerifyFailure::Broken { seq, reason };
        let unavailable = VerifyFailure::Unavailable;
        let guard = self.inner().map_err(unavailable)?;
        let Some(inner) = guard.as_ref() else {
            return Err(unavailable(io(&self.path, "the store is being reopened")));
        };
        let db = &inner.db;
        let recorded = match db.get(META_HEAD) {
            Ok(Some(v)) => parse_head(&v).ok_or_else(|| {
                broken(1, "the record of the log's last event is unreadable".into())
            })?,
            Ok(None) => {
                return Err(broken(
                    1,
                    "the record of the log's last event is missing".into(),
                ));
            }
            Err(e) => return Err(unavailable(StoreError::from_sled(&self.path, e))),
        };
        // Walking to rebuild a lost head file: the log's own record of its
        // last event is what the chain is checked against.
        let file = match self.head_file.read() {
            Err(_) if self.accept_log => recorded,
            other => other.map_err(|r| {
                broken(
                    recorded.0.max(1),
                    format!("the head file {} is {r}", self.head_file.path().display()),
                )
            })?,
        };
        let end = last_event(&self.path, db).map_err(unavailable)?.seq;

        let cores = std::thread::available_parallelism().map_or(1, |n| n.get()) as u64;
        let parts = (end / MIN_RANGE).clamp(1, cores.min(8));
        let size = end.div_ceil(parts).max(1);
        let done = AtomicU64::new(0);
        let walked: Vec<Walked> = std::thread::scope(|scope| {
            let workers: Vec<_> = (0..parts)
                .map(|i| (1 + i * size, ((i + 1) * size).min(end)))
                .filter(|(a, b)| a <= b)
                .map(|(a, b)| {
                    let done = &done;
                    let path = self.path.as_path();
                    scope.spawn(move || walk(path, db, (a, b), find, done))
                })
                .collect();
            while !workers.iter().all(|w| w.is_finished()) {
                progress(done.load(Ordering::Relaxed));
                std::thread::sleep(std::time::Duration::from_millis(50));
            }
            workers.into_iter().filter_map(|w| w.join().ok()).collect()
        });

        // Ranges in log order: each must start where the one before ended,
        // and the first thing wrong anywhere is the one said.
        let mut prev_hash: Hash = [0; 32];
        let mut latest = DateTime::<Utc>::UNIX_EPOCH;
        for w in &walked {
            let mut failure = w.failure.clone();
            if w.first_prev != prev_hash && failure.as_ref().is_none_or(|(s, _)| *s > w.first) {
                failure = Some((w.first, "it does not follow the event before it".into()));
            }
            if too_early(w.earliest, latest)
                && let Some(f) = first_before(db, w.first, w.last, latest)
                && failure.as_ref().is_none_or(|(s, _)| *s > f.0)
            {
                failure = Some(f);
            }
            if let Some((seq, reason)) = failure {
                return Err(broken(seq, reason));
            }
            prev_hash = w.last_hash;
            latest = latest.max(w.latest);
        }

        for ((seq, hash), whose) in [
            (recorded, "the store's record of its last event".to_string()),
            (
                file,
                format!("its head file {}", self.head_file.path().display()),
            ),
        ] {
            if seq == 0 {
                continue;
            }
            let logged = event_hash(&self.path, db, seq).map_err(unavailable)?;
            if seq > end {
                return Err(broken(
                    seq.max(end + 1),
                    format!("the log ends at event {end}, but {whose} names event {seq}"),
                ));
            }
            if logged != Some(hash) {
                return Err(broken(
                    seq,
                    format!("event {seq} differs from what {whose} recorded"),
                ));
            }
        }
        // Neither record may be missing from a log that has events.
        if end > 0 && (recorded.0 == 0 || file.0 == 0) {
            return Err(broken(
                end,
                "the log has events, but a record of its last event says it has none".into(),
            ));
        }
        progress(end);
        Ok((end, walked.iter().find_map(|w| w.found)))
    }
}

/// How a log fails a kept head (see `Store::verify_head`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeptHeadFailure {
    Gone { seq: u64, end: u64 },
    Differs { seq: u64 },
    NotFound { end: u64 },
}
