//! One durable command beside the floor of any durable sled write and beside
//! SQLite: `cargo bench --bench durable_command`.
//!
//! (a) one `EditPlan` through `Service::execute` on a demo store: authorize,
//!     decide on a copy, append a hash-chained event, flush, fsync, publish;
//! (b) a one-key sled `apply_batch` of a value of the same size, `flush`, and
//!     `sync_data` on sled's `db` file: what (a) does at the least;
//! (c) a one-row SQLite commit, WAL journal, `synchronous=FULL`.
//!
//! All three run in one process on one file system, interleaved, so a noisy
//! moment hits each. Nothing is asserted; the numbers are for the README.

mod common;

use common::*;
use renshi::domain::{Command, PlanId};
use renshi::service::{Caller, Service};
use renshi::store::Store;
use std::fs::File;
use std::time::Instant;

const WARM_UP: usize = 50;
const RUNS: usize = 1000;

fn main() -> Result<()> {
    let dir = bench_dir()?;
    let where_ = dir.path().display().to_string();

    let svc = Service::open(Store::create(&dir.path().join("store"), true)?)?;
    svc.seed_demo("admin")?;
    let gm = Caller::new("gm.wang");
    let edit = |i: usize| Command::EditPlan {
        id: PlanId(2),
        title: format!("行政精簡 Admin streamlining r{i}"),
        note: "Equipment return moves to the offboarding checklist.".into(),
    };
    svc.execute(&gm, &edit(0), "")?;
    let value_len = svc
        .store()
        .raw_event(svc.store().event_count())
        .map_or(0, |v| v.len());

    let sled_dir = dir.path().join("bare");
    let db = sled::open(&sled_dir)?;
    let db_file = File::open(sled_dir.join("db"))?;
    let value = vec![0x5a_u8; value_len];
    let bare = |i: usize| -> Result<()> {
        let mut batch = sled::Batch::default();
        batch.insert(&(i as u64).to_be_bytes(), value.as_slice());
        db.apply_batch(batch)?;
        db.flush()?;
        db_file.sync_data()?;
        Ok(())
    };

    let sqlite = rusqlite::Connection::open(dir.path().join("bench.sqlite"))?;
    sqlite.pragma_update(None, "journal_mode", "WAL")?;
    sqlite.pragma_update(None, "synchronous", "FULL")?;
    sqlite.execute(
        "CREATE TABLE ev (seq INTEGER PRIMARY KEY, body BLOB NOT NULL)",
        [],
    )?;
    let lite = |i: usize| -> Result<()> {
        sqlite.execute(
            "INSERT INTO ev (seq, body) VALUES (?1, ?2)",
            rusqlite::params![i as i64, value],
        )?;
        Ok(())
    };

    // Each runs first, second and third in turn: a write right after
    // another's fsync is not always the same as one after a pause.
    let mut times: [Vec<std::time::Duration>; 3] = Default::default();
    for i in 1..=WARM_UP + RUNS {
        for k in 0..3 {
            let which = (i + k) % 3;
            let t = Instant::now();
            match which {
                0 => {
                    svc.execute(&gm, &edit(i), "")?;
                }
                1 => bare(i)?,
                _ => lite(i)?,
            }
            if i > WARM_UP {
                times[which].push(t.elapsed());
            }
        }
    }
    let [a, b, c] = times;
    assert_eq!(svc.store().verify(|_| {}), Ok(svc.store().event_count()));
    let (a, b, c) = (summary(a), summary(b), summary(c));
    header(&format!(
        "durable commit latency in {where_} ({value_len} bytes per commit, interleaved)"
    ));
    row("(a) Service::execute(EditPlan)", &a);
    row("(b) sled apply_batch(1 key) + flush + fsync", &b);
    row("(c) SQLite WAL synchronous=FULL, 1 row", &c);
    let ratio = |x: &Summary, y: &Summary| x.median.as_secs_f64() / y.median.as_secs_f64();
    println!(
        "  median ratios: (a)/(b) = {:.2}×   (a)/(c) = {:.2}×",
        ratio(&a, &b),
        ratio(&a, &c)
    );
    Ok(())
}
