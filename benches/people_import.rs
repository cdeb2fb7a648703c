//! A 100,000-row roster through `renshi import employees`, beside SQLite
//! importing the same file, and the same company exported back to CSV:
//! `cargo bench --bench people_import`.
//!
//! (a) `renshi --store S import employees roster.csv`, the whole process, on
//!     an embedded store with seats enough (200 positions of 600): read and
//!     check the file, stage it, decide every row, one durable commit;
//! (b) the same through a daemon (`--socket`): the rows travel in chunks;
//! (c) SQLite, two ways when it can: the `sqlite3` shell's `.import --csv`
//!     (whole process) and, always, rusqlite doing the same (read the CSV,
//!     insert every row with one prepared statement in one transaction), each
//!     into a table with a primary key (the staff number) and one index
//!     (the position);
//! (d) `renshi --store S export employees -o out.csv`, the whole process.
//!
//! Each is run `RUNS` times (`RENSHI_BENCH_RUNS`) on a fresh store,
//! interleaved; medians are printed. Targets: (a) ≤ 2 × SQLite, (d) ≤ 1 s.
//! The store shared by every worktree's builds may be rebuilt under a
//! running bench: `RENSHI_BENCH_BIN` names a copy of renshi to measure.

mod common;

use common::*;
use renshi::domain::*;
use renshi::service::Service;
use renshi::store::Store;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command as Proc;
use std::time::{Duration, Instant};

const ROWS: u32 = 100_000;
const POSITIONS: u32 = 200;
const SEATS: u32 = 600;
const RUNS: usize = 3;

/// A company with no employees and seats for all of them; the OS login
/// running the bench is its admin and HR, as the import needs.
fn empty_company(path: &Path, login: &str) -> Result<()> {
    let svc = Service::open(Store::create(path, false)?)?;
    let now = svc.now();
    let mut events = vec![
        Event::UserRegistered {
            login: login.to_string(),
            display_name: login.to_string(),
            roles: vec![
                RoleGrant {
                    role: Role::Admin,
                    depts: Vec::new(),
                },
                RoleGrant {
                    role: Role::HrStaff,
                    depts: Vec::new(),
                },
            ],
            employee: None,
        },
        Event::ZoneSet {
            zone: "Asia/Shanghai".into(),
        },
    ];
    for d in 1..=20u32 {
        events.push(Event::DepartmentCreated {
            id: DeptId(d),
            name: format!("部門 Dept {d}"),
            parent: (d > 1).then_some(DeptId(1)),
        });
    }
    for p in 1..=POSITIONS {
        events.push(Event::PositionCreated {
            id: PositionId(p),
            dept: DeptId(p % 20 + 1),
            title: format!("崗位 Position {p}"),
            duties: "Duties of a position, about one line of text long.".into(),
            approved: SEATS,
            plan: None,
            at: now,
        });
    }
    svc.seed(login, "bench", &events)?;
    Ok(())
}

/// A roster as HR keeps one: every column, Chinese names and addresses,
/// personal data on every row (about 230 bytes a row).
fn write_roster(path: &Path) -> Result<u64> {
    let mut w = std::io::BufWriter::new(std::fs::File::create(path)?);
    w.write_all("\u{feff}".as_bytes())?;
    // The thirteen columns each row below fills (date of birth and emergency
    // contact, optional, are left out), as measured since the bench began.
    w.write_all(renshi::domain::people::COLUMNS[..13].join(",").as_bytes())?;
    w.write_all(b"\r\n")?;
    const SURNAMES: [&str; 8] = ["王", "李", "張", "劉", "陳", "楊", "黃", "趙"];
    for i in 1..=ROWS {
        let position = (i - 1) % POSITIONS + 1;
        writeln!(
            w,
            "HX-{i:06},{}小明{i},DEP-{:02},POS-{position:03},{},20{:02}-{:02}-{:02},{},{},11010119{:02}0101{i:04},138{i:08},staff{i}@example.com,\"北京市朝陽區示範路 {i} 號, {}樓\",6222 0000 {i:08}\r",
            SURNAMES[i as usize % 8],
            position % 20 + 1,
            if i % 10 == 0 { "probation" } else { "regular" },
            10 + i % 15,
            i % 12 + 1,
            i % 28 + 1,
            if i % 10 == 0 {
                "probation"
            } else {
                "fixed_term"
            },
            if i % 3 == 0 { "2029-12-31" } else { "" },
            60 + i % 40,
            i % 30 + 1,
        )?;
    }
    w.flush()?;
    Ok(std::fs::metadata(path)?.len())
}

/// The renshi measured: `RENSHI_BENCH_BIN` if set (a copy of a build that
/// nothing else overwrites), else the one cargo built for the bench.
fn bin() -> String {
    std::env::var("RENSHI_BENCH_BIN").unwrap_or_else(|_| env!("CARGO_BIN_EXE_renshi").into())
}

/// The whole process, to its end; fails unless it exits 0.
fn renshi(args: &[&str]) -> Result<Duration> {
    let t = Instant::now();
    let out = Proc::new(bin())
        .args(args)
        .env("RENSHI_LANG", "en")
        .stdin(std::process::Stdio::null())
        .output()?;
    let wall = t.elapsed();
    if !out.status.success() {
        return Err(format!(
            "renshi {args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        )
        .into());
    }
    Ok(wall)
}

/// The rusqlite way: read the CSV, insert each row with one prepared
/// statement, in one transaction, into a table with a key and an index.
fn sqlite_rusqlite(db: &Path, roster: &Path) -> Result<Duration> {
    let t = Instant::now();
    let mut conn = rusqlite::Connection::open(db)?;
    conn.execute_batch(SCHEMA)?;
    let tx = conn.transaction()?;
    {
        let mut insert = tx.prepare(
            "INSERT INTO employees VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
        )?;
        let mut rdr = csv::ReaderBuilder::new().from_path(roster)?;
        let mut rec = csv::StringRecord::new();
        while rdr.read_record(&mut rec)? {
            insert.execute(rusqlite::params_from_iter(rec.iter()))?;
        }
    }
    tx.commit()?;
    drop(conn);
    Ok(t.elapsed())
}

const SCHEMA: &str = "CREATE TABLE employees (number TEXT PRIMARY KEY, name TEXT, department TEXT, \
    position TEXT, status TEXT, start_date TEXT, contract TEXT, contract_end TEXT, id_number TEXT, \
    phone TEXT, email TEXT, address TEXT, bank_account TEXT); \
    CREATE INDEX employees_position ON employees (position);";

/// The sqlite3 shell's own `.import`, the whole process.
fn sqlite_shell(db: &Path, roster: &Path) -> Result<Duration> {
    Proc::new("sqlite3").arg(db).arg(SCHEMA).status()?;
    let t = Instant::now();
    let status = Proc::new("sqlite3")
        .arg(db)
        .arg(format!(
            ".import --csv --skip 1 {} employees",
            roster.display()
        ))
        .status()?;
    if !status.success() {
        return Err("sqlite3 .import failed".into());
    }
    Ok(t.elapsed())
}

/// `renshi serve` on `store` (as `common::start_daemon`, with `bin()`).
fn serve(store: &Path) -> Result<Daemon> {
    let socket = PathBuf::from(format!("{}.sock", store.display()));
    let child = Proc::new(bin())
        .args(["serve", "--store"])
        .arg(store)
        .stderr(std::process::Stdio::null())
        .spawn()?;
    let d = Daemon { child, socket };
    for _ in 0..5000 {
        if std::os::unix::net::UnixStream::connect(&d.socket).is_ok() {
            return Ok(d);
        }
        std::thread::sleep(Duration::from_millis(2));
    }
    Err("the daemon did not start".into())
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn secs(d: Duration) -> String {
    format!("{:7.3} s", d.as_secs_f64())
}

fn main() -> Result<()> {
    let dir = bench_dir()?;
    let login = renshi::cli::os_login();
    let roster = dir.path().join("roster.csv");
    let bytes = write_roster(&roster)?;
    println!(
        "people_import: {ROWS} rows, {:.1} MiB of CSV, in {}",
        bytes as f64 / (1 << 20) as f64,
        dir.path().display()
    );
    // Left untouched, for profiling by hand (with RENSHI_BENCH_KEEP=1).
    empty_company(&dir.path().join("empty"), &login)?;
    let shell = Proc::new("sqlite3").arg("-version").output().is_ok();
    let roster_s = roster.display().to_string();
    let mut times: [Vec<Duration>; 5] = Default::default();
    let mut export_store = None::<PathBuf>;
    let runs = std::env::var("RENSHI_BENCH_RUNS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(RUNS);
    for run in 0..runs {
        let store = dir.path().join(format!("store{run}"));
        empty_company(&store, &login)?;
        let _ = Proc::new("sync").status();
        let s = store.display().to_string();
        times[0].push(renshi(&["--store", &s, "import", "employees", &roster_s])?);

        let remote = dir.path().join(format!("remote{run}"));
        empty_company(&remote, &login)?;
        let daemon = serve(&remote)?;
        let sock = daemon.socket.display().to_string();
        times[1].push(renshi(&[
            "--socket",
            &sock,
            "import",
            "employees",
            &roster_s,
        ])?);
        drop(daemon);

        times[2].push(sqlite_rusqlite(
            &dir.path().join(format!("rusqlite{run}.db")),
            &roster,
        )?);
        if shell {
            times[3].push(sqlite_shell(
                &dir.path().join(format!("shell{run}.db")),
                &roster,
            )?);
        }
        let out = dir.path().join(format!("export{run}.csv"));
        times[4].push(renshi(&[
            "--store",
            &s,
            "export",
            "employees",
            "-o",
            &out.display().to_string(),
        ])?);
        export_store = Some(store);
    }
    let [ours, daemon, lite, shell_t, export] = times;
    let (ours, daemon, lite, export) = (median(ours), median(daemon), median(lite), median(export));
    println!("  renshi import (embedded, whole process)   {}", secs(ours));
    println!(
        "  renshi import (through the daemon)        {}",
        secs(daemon)
    );
    println!("  SQLite, rusqlite (one transaction)        {}", secs(lite));
    let anchor = if shell_t.is_empty() {
        println!("  SQLite, sqlite3 .import                   (no sqlite3 shell here)");
        lite
    } else {
        let s = median(shell_t);
        println!("  SQLite, sqlite3 .import (whole process)   {}", secs(s));
        s
    };
    println!(
        "  renshi / SQLite                           {:7.2} ×   (target ≤ 2 ×)",
        ours.as_secs_f64() / anchor.as_secs_f64()
    );
    println!(
        "  renshi export employees, 100k rows        {}   (target ≤ 1 s)",
        secs(export)
    );
    if let Some(s) = export_store {
        println!("  store after the import: {:.1} MiB", du_mib(&s));
    }
    Ok(())
}
