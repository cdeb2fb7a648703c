//! `renshi inbox --count` as a shell prompt runs it: the whole process
//! (start, connect to the daemon, one query, print, exit), timed from the
//! outside, for a signer with items waiting and for one with none; and
//! `inbox --brief` for a login banner. Target: 20 ms for the count.
//!
//! `cargo bench --bench inbox_count`

mod common;

use common::*;
use std::path::Path;
use std::process::{Command as Proc, Stdio};
use std::time::{Duration, Instant};

const RUNS: usize = 200;

fn timed(socket: &Path, store: &Path, args: &[&str]) -> Result<Vec<Duration>> {
    let mut out = Vec::with_capacity(RUNS);
    for _ in 0..RUNS {
        let t = Instant::now();
        let status = Proc::new(env!("CARGO_BIN_EXE_renshi"))
            .arg("--store")
            .arg(store)
            .env("RENSHI_SOCKET", socket)
            .env("RENSHI_LANG", "en")
            .args(args)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()?;
        out.push(t.elapsed());
        if !status.success() {
            return Err(format!("renshi {args:?} failed: {status}").into());
        }
    }
    Ok(out)
}

fn main() -> Result<()> {
    let dir = bench_dir()?;
    let store = dir.path().join("store");
    let init = Proc::new(env!("CARGO_BIN_EXE_renshi"))
        .arg("--store")
        .arg(&store)
        .args(["init", "--demo"])
        .stdout(Stdio::null())
        .status()?;
    if !init.success() {
        return Err("renshi init --demo failed".into());
    }
    let (daemon, _) = start_daemon(&store)?;
    header(&format!(
        "inbox through the daemon, whole process ({RUNS} runs each)"
    ));
    for (name, args) in [
        (
            "inbox --count (hr.li, 5 items)",
            &["--as", "hr.li", "inbox", "--count"][..],
        ),
        (
            "inbox --count (emp.liu, none)",
            &["--as", "emp.liu", "inbox", "--count"][..],
        ),
        (
            "inbox --brief (hr.li)",
            &["--as", "hr.li", "inbox", "--brief"][..],
        ),
    ] {
        row(name, &summary(timed(&daemon.socket, &store, args)?));
    }
    Ok(())
}
