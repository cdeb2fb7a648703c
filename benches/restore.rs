//! `renshi restore` of a 1,000,000-event backup beside `renshi audit verify`
//! of the same log, in the same run: `cargo bench --bench restore`. Target:
//! restore at most 5× verify (a restore reads, checks and hashes every
//! event as verify does, and also parses its line, rebuilds the company and
//! writes the store).
//!
//! The store is the one `benches/scale.rs` measures (100,000 employees on
//! 1,000 positions, 1,000,000 events), built through `Service::seed`. Each
//! command runs as a whole process, several times; nothing is asserted.

mod common;

use common::*;
use std::time::Duration;

fn main() -> Result<()> {
    const EMPLOYEES: u32 = 100_000;
    const EVENTS: u64 = 1_000_000;
    let admin = renshi::cli::os_login();
    let dir = bench_dir()?;
    let path = dir.path().join("large");
    let built = build_company(
        &path,
        &admin,
        EMPLOYEES,
        1_000,
        EVENTS - u64::from(EMPLOYEES) - 1_100,
    )?;
    let store = path.display().to_string();
    println!(
        "{EMPLOYEES} employees, {EVENTS} events: built in {built:.1?}, {:.0} MiB on disk",
        du_mib(&path)
    );
    let file = dir.path().join("backup.jsonl");
    let file_s = file.display().to_string();
    let (wall, peak, _) = run_measured(&["--store", &store, "backup", &file_s])?;
    let size = std::fs::metadata(&file)?.len() as f64 / (1024.0 * 1024.0);
    println!(
        "  `renshi backup`: {:.3} s, peak memory {peak:.1} MiB, {size:.0} MiB of lines",
        wall.as_secs_f64()
    );

    let mut verify = Vec::new();
    let mut restore = Vec::new();
    let mut check = Vec::new();
    for round in 0..3 {
        let (wall, peak, _) = run_measured(&["--store", &store, "audit", "verify"])?;
        verify.push(wall);
        println!(
            "  round {round}: `audit verify` {:.3} s ({peak:.0} MiB)",
            wall.as_secs_f64()
        );
        let target = dir.path().join(format!("restored-{round}"));
        let target_s = target.display().to_string();
        let (wall, peak, _) = run_measured(&["--store", &target_s, "restore", &file_s])?;
        restore.push(wall);
        println!(
            "  round {round}: `restore` {:.3} s ({peak:.0} MiB)",
            wall.as_secs_f64()
        );
        std::fs::remove_dir_all(&target)?;
        let (wall, _, _) = run_measured(&["audit", "verify", "--file", &file_s])?;
        check.push(wall);
    }
    let median = |v: Vec<Duration>| summary(v).median;
    let (v, r, c) = (median(verify), median(restore), median(check));
    println!(
        "  median: `audit verify` {:.3} s, `restore` {:.3} s ({:.2}× verify, target ≤ 5×), \
         `audit verify --file` of the backup {:.3} s",
        v.as_secs_f64(),
        r.as_secs_f64(),
        r.as_secs_f64() / v.as_secs_f64(),
        c.as_secs_f64()
    );
    Ok(())
}
