//! Rosters too long for one request. A request frame holds at most 1 MiB, a
//! roster of 100,000 people some 20 MiB: the client sends the rows in
//! chunks (`StageRows`), the connection holds them, and one `ImportStaged`
//! turns them into a single `ImportEmployees`, decided and written as one
//! commit, or checked without writing (`--dry-run`).
//!
//! What a connection holds is bounded, since any local user may connect:
//! - only someone who may import stages anything: every chunk is
//!   authorized before its rows are kept;
//! - rows are kept encoded (the wire's compact form, about the size of the
//!   CSV they came from), and their bytes are reserved from a budget per OS
//!   user and one for everyone (`Limits::staged_bytes*`); a client over it
//!   is told so and its rows are dropped;
//! - at most `MAX_ROWS` rows, as one import takes;
//! - rows left untouched for `STAGE_IDLE` are dropped (an empty chunk does
//!   not count as a touch), so are rows staged longer than `STAGE_LIFETIME`
//!   however busy, and all of a connection's rows when it closes (they are
//!   the connection's);
//! - one roster at a time is unpacked for deciding in a process, so the
//!   memory decoded rows take is that of one import, whoever sends more.
//!
//! Every chunk names the index of its first row: a chunk lost with a
//! connection (the client retries on a new one) is noticed at the next
//! chunk or at `ImportStaged`, which then imports nothing.

use super::codec;
use super::limits::{Ledger, Limits, Reservation};
use super::wire::CALL_LIMIT;
use crate::domain::people::{MAX_ROWS, RosterRow};
use crate::domain::{Command, DomainError};
use crate::service::api::{ApiError, Busy, Query, Reply, Request};
use crate::service::{Caller, Service};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Staged rows no chunk or import has touched for this long are dropped.
pub const STAGE_IDLE: Duration = Duration::from_secs(120);
/// A roster takes seconds to send; rows staged longer than this, chunk
/// after chunk, are someone holding memory, and are dropped.
pub const STAGE_LIFETIME: Duration = Duration::from_secs(30 * 60);

/// Held while a staged roster is unpacked and decided.
static UNPACKING: Mutex<()> = Mutex::new(());

/// The staging budget of a daemon, from its limits.
pub fn ledger(limits: &Limits) -> Arc<Ledger> {
    Ledger::new(Limits {
        frame_bytes: limits.staged_bytes,
        frame_bytes_per_user: limits.staged_bytes_per_user,
        ..limits.clone()
    })
}

/// One chunk as a connection keeps it: encoded for the daemon (its bytes
/// are what the budget counts), as it came in-process, where the rows are
/// the process's own memory anyway and encoding them only to decode them
/// again took a tenth of a 100,000-row import.
enum Chunk {
    Encoded(Vec<u8>),
    Rows(Vec<RosterRow>),
}

pub struct Stage {
    chunks: Vec<Chunk>,
    rows: u64,
    held: Vec<Reservation>,
    /// The daemon's budget and the OS user whose rows these are; `None`
    /// in-process, where the rows are the process's own memory anyway.
    budget: Option<(Arc<Ledger>, u32)>,
    touched: Instant,
    /// When the first row of what is staged arrived.
    started: Instant,
}

impl Stage {
    /// For a client in this process.
    pub fn unbounded() -> Stage {
        Stage::new(None)
    }

    /// For a connection of `uid` to the daemon.
    pub fn bounded(ledger: Arc<Ledger>, uid: u32) -> Stage {
        Stage::new(Some((ledger, uid)))
    }

    fn new(budget: Option<(Arc<Ledger>, u32)>) -> Stage {
        Stage {
            chunks: Vec::new(),
            rows: 0,
            held: Vec::new(),
            budget,
            touched: Instant::now(),
            started: Instant::now(),
        }
    }

    pub fn rows(&self) -> u64 {
        self.rows
    }

    fn clear(&mut self) {
        self.chunks = Vec::new();
        self.held.clear();
        self.rows = 0;
    }

    /// Drops rows left waiting longer than `STAGE_IDLE`; the connection
    /// calls this whenever it waits for a frame.
    pub fn expire_idle(&mut self) {
        self.expire_idle_at(Instant::now());
    }

    /// `expire_idle` as of `now`: tests look ahead instead of setting the
    /// clock back, which a machine up for less than the lifetime cannot do.
    fn expire_idle_at(&mut self, now: Instant) {
        let since = |t: Instant| now.saturating_duration_since(t);
        if self.rows > 0
            && (since(self.touched) >= STAGE_IDLE || since(self.started) >= STAGE_LIFETIME)
        {
            self.clear();
        }
    }

    /// Answers `req`: staging requests here, anything else by the service.
    pub fn handle(
        &mut self,
        service: &Service,
        caller: &Caller,
        req: Request,
    ) -> Result<Reply, ApiError> {
        match req {
            Request::StageRows { first, rows } => {
                // Refused before a byte of it is kept: nobody who may not
                // import fills the daemon's memory with rows.
                let may = Query::May(Command::ImportEmployees { rows: Vec::new() });
                if let Err(e) = service.query(caller, may) {
                    self.clear();
                    return Err(e);
                }
                self.expire_idle();
                if !rows.is_empty() {
                    self.touched = Instant::now();
                }
                let result = self.add(first, rows);
                if result.is_err() {
                    self.clear();
                }
                result
            }
            Request::ImportStaged {
                rows,
                dry_run,
                comment,
                request,
            } => {
                let result = self.import(service, caller, rows, dry_run, comment, request);
                self.clear();
                result
            }
            other => service.handle(caller, other),
        }
    }

    fn add(&mut self, first: u64, rows: Vec<RosterRow>) -> Result<Reply, ApiError> {
        // A new roster starts at row 0, whatever was left from an earlier one.
        if first == 0 {
            self.clear();
            self.started = Instant::now();
        }
        if first != self.rows {
            return Err(ApiError::StageLost {
                staged: self.rows,
                expected: first,
            });
        }
        let total = self.rows + rows.len() as u64;
        if total > MAX_ROWS as u64 {
            return Err(DomainError::RosterTooLong {
                rows: u32::try_from(total).unwrap_or(u32::MAX),
                max: MAX_ROWS as u32,
            }
            .into());
        }
        if let Some((ledger, uid)) = &self.budget {
            let bytes = codec::encode(&rows).map_err(ApiError::Protocol)?;
            let r = ledger.reserve(*uid, bytes.len()).map_err(|b| {
                ApiError::Busy(match b {
                    Busy::YoursArriving(n) => Busy::YoursStaged(n),
                    Busy::Arriving(n) => Busy::Staged(n),
                    other => other,
                })
            })?;
            self.held.push(r);
            self.chunks.push(Chunk::Encoded(bytes));
        } else {
            self.chunks.push(Chunk::Rows(rows));
        }
        self.rows = total;
        Ok(Reply::Staged { rows: self.rows })
    }

    fn import(
        &mut self,
        service: &Service,
        caller: &Caller,
        expected: u64,
        dry_run: bool,
        comment: String,
        request: crate::domain::RequestId,
    ) -> Result<Reply, ApiError> {
        if self.rows != expected || expected == 0 {
            // The rows went with a lost connection; the first try may have
            // committed before the answer was lost.
            if !dry_run && let Some(done) = service.answered(caller, &request)? {
                return Ok(Reply::Done(done));
            }
            return Err(ApiError::StageLost {
                staged: self.rows,
                expected,
            });
        }
        let _one_at_a_time = UNPACKING.lock().unwrap_or_else(|p| p.into_inner());
        let mut rows: Vec<RosterRow> = Vec::with_capacity(self.rows as usize);
        for chunk in std::mem::take(&mut self.chunks) {
            match chunk {
                Chunk::Encoded(bytes) => rows.extend(
                    codec::decode::<Vec<RosterRow>, CALL_LIMIT>(&bytes)
                        .map_err(ApiError::Protocol)?,
                ),
                Chunk::Rows(part) => rows.extend(part),
            }
        }
        self.held.clear();
        let command = Command::ImportEmployees { rows };
        if dry_run {
            service.query(caller, Query::Check { command, comment })
        } else {
            service.handle(
                caller,
                Request::Execute {
                    command,
                    comment,
                    request,
                },
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(n: usize) -> Vec<RosterRow> {
        (0..n)
            .map(|i| RosterRow {
                line: i as u32 + 2,
                name: format!("Person {i}"),
                position: "POS-001".into(),
                start_date: "2024-01-01".into(),
                ..RosterRow::default()
            })
            .collect()
    }

    fn budget(per_user: usize) -> Arc<Ledger> {
        ledger(&Limits {
            staged_bytes: per_user * 2,
            staged_bytes_per_user: per_user,
            ..Limits::default()
        })
    }

    #[test]
    fn a_user_over_the_staging_budget_is_refused_and_the_room_comes_back() {
        let ledger = budget(4096);
        let mut stage = Stage::bounded(ledger.clone(), 7);
        let mut first = 0;
        let refused = loop {
            match stage.add(first, rows(20)) {
                Ok(_) => first += 20,
                Err(e) => break e,
            }
            assert!(first < 10_000, "the budget never ran out");
        };
        assert!(
            matches!(refused, ApiError::Busy(Busy::YoursStaged(_))),
            "{refused:?}"
        );
        assert!(ledger.usage(7).1 > 0);
        stage.clear();
        assert_eq!(ledger.usage(7), (0, 0));
        // Dropping a connection's stage gives its room back too.
        let mut stage = Stage::bounded(ledger.clone(), 7);
        stage.add(0, rows(20)).unwrap();
        drop(stage);
        assert_eq!(ledger.usage(7), (0, 0));
    }

    #[test]
    fn a_chunk_out_of_order_drops_what_was_staged() {
        let mut stage = Stage::unbounded();
        stage.add(0, rows(5)).unwrap();
        let e = stage.add(9, rows(5)).unwrap_err();
        assert_eq!(
            e,
            ApiError::StageLost {
                staged: 5,
                expected: 9
            }
        );
        // A new roster starts again at 0.
        assert!(matches!(
            stage.add(0, rows(3)),
            Ok(Reply::Staged { rows: 3 })
        ));
    }

    #[test]
    fn rows_beyond_one_import_are_refused() {
        let mut stage = Stage::unbounded();
        stage.rows = MAX_ROWS as u64;
        let e = stage.add(MAX_ROWS as u64, rows(1)).unwrap_err();
        assert!(
            matches!(e, ApiError::Domain(DomainError::RosterTooLong { .. })),
            "{e:?}"
        );
    }

    #[test]
    fn rows_kept_busy_past_their_lifetime_are_dropped() {
        let mut stage = Stage::unbounded();
        stage.add(0, rows(2)).unwrap();
        // Touched a moment before the lifetime ends: busy, but too old.
        stage.touched = stage.started + STAGE_LIFETIME - Duration::from_secs(1);
        stage.expire_idle_at(stage.started + STAGE_LIFETIME);
        assert_eq!(stage.rows(), 0);
    }

    #[test]
    fn idle_rows_are_dropped() {
        let mut stage = Stage::unbounded();
        stage.add(0, rows(2)).unwrap();
        stage.expire_idle_at(stage.touched + STAGE_IDLE - Duration::from_secs(1));
        assert_eq!(stage.rows(), 2, "dropped before its idle time");
        stage.expire_idle_at(stage.touched + STAGE_IDLE);
        assert_eq!(stage.rows(), 0);
    }
}
