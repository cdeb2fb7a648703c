//! What a durable command costs, next to the floor sled sets for the same
//! write: `cargo bench --bench durable_command`.
//!
//! (a) one `EditPlan` through `Service::execute` on a demo store: authorize,
//!     decide, append a hash-chained event, rewrite the plan record, flush, fsync;
//! (b) a bare sled insert of a value of the same size, `Db::flush`, and
//!     `sync_data` on sled's `db` file — what (a) does at the least.
//!
//! Both run in the same process on the same file system, alternating, so a
//! noisy moment hits both. Latencies only; nothing is asserted. The stores go
//! in a temporary directory under $RENSHI_BENCH_DIR (default: the system's
//! temporary directory): point it at the disk you want to measure.

use renshi::domain::{Command, PlanId};
use renshi::service::{Caller, Service};
use renshi::store::Store;
use std::fs::File;
use std::time::{Duration, Instant};

const WARM_UP: usize = 30;
const RUNS: usize = 300;
const PLAN: PlanId = PlanId(2);

struct Summary {
    min: Duration,
    median: Duration,
    p99: Duration,
    max: Duration,
}

fn summary(mut samples: Vec<Duration>) -> Summary {
    samples.sort();
    let at = |q: f64| samples[((samples.len() - 1) as f64 * q).round() as usize];
    Summary {
        min: samples[0],
        median: at(0.5),
        p99: at(0.99),
        max: samples[samples.len() - 1],
    }
}

fn ms(d: Duration) -> String {
    format!("{:8.3}", d.as_secs_f64() * 1000.0)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let base = std::env::var_os("RENSHI_BENCH_DIR").map_or_else(std::env::temp_dir, Into::into);
    let dir = tempfile::tempdir_in(&base)?;

    // (a) The service on a demo store.
    let store = Store::create(&dir.path().join("store"), true)?;
    let svc = Service::open(store)?;
    svc.seed_demo("admin")?;
    let gm = Caller::new("gm.wang");
    let edit = |i: usize| Command::EditPlan {
        id: PLAN,
        title: if i.is_multiple_of(2) {
            "行政精簡 Admin streamlining".into()
        } else {
            "行政精簡 Admin streamlining (rev.)".into()
        },
        note: "Equipment return moves to the offboarding checklist.".into(),
    };
    svc.execute(&gm, &edit(1), "")?;

    // (b) A bare sled database; its value is as large as what one EditPlan writes.
    let last = svc.store().event_count();
    let event_bytes = svc.store().raw_event(last).map_or(0, |v| v.len());
    let value = vec![0x5a_u8; event_bytes];
    let sled_dir = dir.path().join("bare");
    let db = sled::open(&sled_dir)?;
    let db_file = File::open(sled_dir.join("db"))?;
    let bare = |i: usize| -> Result<(), Box<dyn std::error::Error>> {
        db.insert((i as u64).to_be_bytes(), value.as_slice())?;
        db.flush()?;
        db_file.sync_data()?;
        Ok(())
    };

    let mut service_times = Vec::with_capacity(RUNS);
    let mut bare_times = Vec::with_capacity(RUNS);
    for i in 0..WARM_UP + RUNS {
        let t = Instant::now();
        svc.execute(&gm, &edit(i), "")?;
        let a = t.elapsed();
        let t = Instant::now();
        bare(i)?;
        let b = t.elapsed();
        if i >= WARM_UP {
            service_times.push(a);
            bare_times.push(b);
        }
    }
    assert_eq!(svc.store().verify(|_| {}), Ok(svc.store().event_count()));

    let a = summary(service_times);
    let b = summary(bare_times);
    println!(
        "durable command latency in {}: {RUNS} runs after {WARM_UP} warm-up, in ms ({} bytes written per command)",
        base.display(),
        value.len()
    );
    println!(
        "{:<44} {:>8} {:>8} {:>8} {:>8}",
        "", "min", "median", "p99", "max"
    );
    for (name, s) in [
        ("(a) Service::execute(EditPlan)", &a),
        ("(b) sled insert + flush + fsync(db)", &b),
    ] {
        println!(
            "{name:<44} {} {} {} {}",
            ms(s.min),
            ms(s.median),
            ms(s.p99),
            ms(s.max)
        );
    }
    println!(
        "{:<44} {:>8} {} {}",
        "(a) − (b)",
        "",
        ms(a.median.saturating_sub(b.median)),
        ms(a.p99.saturating_sub(b.p99))
    );
    Ok(())
}
