//! renshi at the size of a large company, and of the largest employer on
//! earth: `cargo bench --bench scale`.
//!
//! (A) 100,000 employees on 1,000 positions and a log of 1,000,000 events:
//!     cold start and first frame of an embedded interface, `renshi
//!     positions` as a whole process, a position's detail, `audit verify` of
//!     the whole log (time and peak memory), and a daemon's memory before and
//!     after a verify.
//! (B) 2,000,000 employees on 10,000 positions: build, disk per employee,
//!     daemon start and memory, and the first frame of an interface that
//!     connects to it. Set RENSHI_BENCH_SKIP_HUGE=1 to leave it out
//!     (RENSHI_BENCH_SKIP_LARGE=1 leaves out (A)).
//!
//! Stores are built through `Service::seed` in batches. Nothing is asserted.

mod common;

use common::*;
use renshi::domain::PositionId;
use renshi::i18n::{Catalog, Lang};
use renshi::service::api::{Query, Request};
use renshi::service::{Caller, Service};
use renshi::store::Store;
use renshi::transport::remote::Remote;
use renshi::transport::wire::Hello;
use renshi::transport::{Client, Embedded};
use renshi::tui::app::App;
use renshi::tui::keymap::Keymap;
use renshi::tui::render_text;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Opens the store in this process, as `renshi` does without a daemon, and
/// draws the first 80×24 frame once the inbox it shows has arrived.
fn embedded_first_frame(path: &Path, admin: &str) -> Result<(Duration, Duration)> {
    let t = Instant::now();
    let svc = Arc::new(Service::open(Store::open_lazy(path)?)?);
    let opened = t.elapsed();
    let mut app = App::new(
        Box::new(Embedded::new(svc, Caller::new(admin))),
        Keymap::builtin(),
        Catalog::load(Lang::En),
    );
    app.refresh();
    app.settle();
    let frame = render_text(&app, 80, 24);
    let first = t.elapsed();
    if !frame.contains("Inbox") {
        return Err("the first frame shows no inbox".into());
    }
    Ok((opened, first))
}

fn remote_first_frame(socket: &Path) -> Result<Duration> {
    let t = Instant::now();
    let client = Remote::connect(
        socket,
        Hello {
            as_user: None,
            subscribe: true,
        },
    )
    .map_err(|e| format!("{e:?}"))?;
    let mut app = App::new(Box::new(client), Keymap::builtin(), Catalog::load(Lang::En));
    app.refresh();
    app.settle();
    let frame = render_text(&app, 80, 24);
    if !frame.contains("Inbox") {
        return Err("the first frame shows no inbox".into());
    }
    Ok(t.elapsed())
}

fn large(admin: &str) -> Result<()> {
    const EMPLOYEES: u32 = 100_000;
    const EVENTS: u64 = 1_000_000;
    let dir = bench_dir()?;
    let path = dir.path().join("large");
    let built = build_company(
        &path,
        admin,
        EMPLOYEES,
        1_000,
        EVENTS - u64::from(EMPLOYEES) - 1_100,
    )?;
    let store = path.display().to_string();
    println!(
        "(A) {EMPLOYEES} employees, {EVENTS} events: built in {:.1?}, {:.0} MiB on disk",
        built,
        du_mib(&path)
    );

    // Each in a fresh process, as a person starting renshi would: this one
    // has built the store and carries its heap.
    let mut first = Vec::new();
    let mut opened = Vec::new();
    for _ in 0..7 {
        let out = std::process::Command::new(std::env::current_exe()?)
            .args(["__first_frame", &store, admin])
            .output()?;
        let text = String::from_utf8_lossy(&out.stdout);
        let mut nums = text
            .split_whitespace()
            .filter_map(|n| n.parse::<u64>().ok());
        match (nums.next(), nums.next()) {
            (Some(o), Some(f)) => {
                opened.push(Duration::from_micros(o));
                first.push(Duration::from_micros(f));
            }
            _ => return Err(format!("first frame: {text}").into()),
        }
    }
    header("  cold start, embedded");
    row("Service::open (snapshot + newer events)", &summary(opened));
    row(
        "first frame (open, load inbox and org, draw)",
        &summary(first),
    );

    let mut positions = Vec::new();
    for _ in 0..15 {
        let (wall, _, out) = run_measured(&["--store", &store, "positions"])?;
        if out.lines().count() < 1_000 {
            return Err("`renshi positions` listed too little".into());
        }
        positions.push(wall);
    }
    row(
        "`renshi positions` (whole process, 1,000 rows)",
        &summary(positions),
    );

    let svc = Service::open(Store::open(&path)?)?;
    let caller = Caller::new(admin);
    let mut detail = Vec::new();
    for i in 0..2_000u32 {
        let id = PositionId(i * 7 % 1_000 + 1);
        let t = Instant::now();
        svc.handle(&caller, Request::Query(Query::Position(id)))?;
        detail.push(t.elapsed());
    }
    row("a position's detail (100 holders each)", &summary(detail));
    drop(svc);

    let (wall, peak, out) = run_measured(&["--store", &store, "audit", "verify"])?;
    println!(
        "  `renshi audit verify`, {EVENTS} events: {:.3} s, peak memory {peak:.1} MiB ({})",
        wall.as_secs_f64(),
        out.trim()
    );
    // The floor: sled alone opening the store and reading every key once.
    let t = Instant::now();
    let (open, read) = {
        let db = sled::Config::new()
            .path(&path)
            .cache_capacity(2 << 20)
            .open()?;
        let opened = t.elapsed();
        let mut bytes = 0usize;
        for kv in db.iter() {
            bytes += kv?.1.len();
        }
        std::hint::black_box(bytes);
        (opened, t.elapsed() - opened)
    };
    println!(
        "    beside it, sled alone: open {:.3} s, read every key {:.3} s",
        open.as_secs_f64(),
        read.as_secs_f64()
    );

    let (daemon, ready) = start_daemon(&path)?;
    let (rss, _) = rss_mib(daemon.child.id())?;
    let mut c = Remote::connect(
        &daemon.socket,
        Hello {
            as_user: None,
            subscribe: false,
        },
    )
    .map_err(|e| format!("{e:?}"))?;
    let t = Instant::now();
    c.call(Request::Query(Query::Verify))?;
    let verified = t.elapsed();
    std::thread::sleep(Duration::from_millis(200));
    let (after, peak) = rss_mib(daemon.child.id())?;
    println!(
        "  daemon: ready in {:.0} ms, {rss:.1} MiB; verify through it {:.3} s; then {after:.1} MiB (peak {peak:.1})",
        ready.as_secs_f64() * 1000.0,
        verified.as_secs_f64()
    );
    Ok(())
}

fn huge(admin: &str) -> Result<()> {
    const EMPLOYEES: u32 = 2_000_000;
    const POSITIONS: u32 = 10_000;
    let dir = bench_dir()?;
    let path = dir.path().join("huge");
    let built = build_company(&path, admin, EMPLOYEES, POSITIONS, 0)?;
    let disk = du_mib(&path);
    println!(
        "(B) {EMPLOYEES} employees on {POSITIONS} positions: built in {:.1?}, {disk:.0} MiB on disk, {:.0} bytes per employee",
        built,
        disk * 1024.0 * 1024.0 / f64::from(EMPLOYEES)
    );
    // The first start after the build also waits for the disk to take the
    // build's writes; a restart is what a running installation sees.
    let (daemon, first) = start_daemon(&path)?;
    drop(daemon);
    let mut starts = Vec::new();
    for _ in 0..4 {
        let (daemon, ready) = start_daemon(&path)?;
        starts.push(ready);
        drop(daemon);
    }
    let (daemon, ready) = start_daemon(&path)?;
    starts.push(ready);
    starts.sort();
    let ready = starts[starts.len() / 2];
    let (rss, peak) = rss_mib(daemon.child.id())?;
    let mut frames = Vec::new();
    for _ in 0..7 {
        frames.push(remote_first_frame(&daemon.socket)?);
    }
    println!(
        "  daemon ready in {:.3} s (median of 5 restarts; {:.3} s the first time after the build); {rss:.0} MiB resident (peak {peak:.0})",
        ready.as_secs_f64(),
        first.as_secs_f64()
    );
    header("  an interface connecting to it");
    row("first frame (connect, load, draw)", &summary(frames));
    Ok(())
}

fn main() -> Result<()> {
    let admin = renshi::cli::os_login();
    let args: Vec<String> = std::env::args().collect();
    if args.get(1).map(String::as_str) == Some("__first_frame") {
        let (o, f) = embedded_first_frame(Path::new(&args[2]), &args[3])?;
        println!("{} {}", o.as_micros(), f.as_micros());
        return Ok(());
    }
    if std::env::var_os("RENSHI_BENCH_SKIP_LARGE").is_none() {
        large(&admin)?;
    }
    if std::env::var_os("RENSHI_BENCH_SKIP_HUGE").is_none() {
        huge(&admin)?;
    }
    Ok(())
}
