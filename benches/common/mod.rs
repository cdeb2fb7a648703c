//! What the benchmarks share: latency summaries, a daemon they start and
//! stop, resident memory of a process, and stores of a given size built
//! through the service API (seed commits in batches, as an import would).
#![allow(dead_code)] // each bench uses a different subset

use renshi::domain::*;
use renshi::service::Service;
use renshi::store::Store;
use std::path::{Path, PathBuf};
use std::process::{Child, Command as Proc};
use std::time::{Duration, Instant};

pub type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

pub struct Summary {
    pub n: usize,
    pub min: Duration,
    pub median: Duration,
    pub p99: Duration,
    pub max: Duration,
}

pub fn summary(mut v: Vec<Duration>) -> Summary {
    v.sort();
    let at = |q: f64| v[((v.len() - 1) as f64 * q).round() as usize];
    Summary {
        n: v.len(),
        min: v[0],
        median: at(0.5),
        p99: at(0.99),
        max: v[v.len() - 1],
    }
}

pub fn ms(d: Duration) -> String {
    format!("{:9.3}", d.as_secs_f64() * 1000.0)
}

pub fn row(name: &str, s: &Summary) {
    println!(
        "  {name:<46} {} {} {} {}  (n={})",
        ms(s.min),
        ms(s.median),
        ms(s.p99),
        ms(s.max),
        s.n
    );
}

pub fn header(title: &str) {
    println!("{title}");
    println!(
        "  {:<46} {:>9} {:>9} {:>9} {:>9}   (ms)",
        "", "min", "median", "p99", "max"
    );
}

/// Where the stores go: $RENSHI_BENCH_DIR (point it at the disk to measure),
/// else the system's temporary directory.
pub fn bench_dir() -> Result<tempfile::TempDir> {
    let base = std::env::var_os("RENSHI_BENCH_DIR").map_or_else(std::env::temp_dir, Into::into);
    let mut dir = tempfile::Builder::new()
        .prefix("renshi-bench")
        .tempdir_in(base)?;
    // RENSHI_BENCH_KEEP=1 leaves the stores behind, to look at them.
    if std::env::var_os("RENSHI_BENCH_KEEP").is_some() {
        dir.disable_cleanup(true);
        eprintln!("keeping {}", dir.path().display());
    }
    Ok(dir)
}

pub struct Daemon {
    pub child: Child,
    pub socket: PathBuf,
}

impl Drop for Daemon {
    fn drop(&mut self) {
        let _ = Proc::new("kill")
            .arg("-TERM")
            .arg(self.child.id().to_string())
            .status();
        let _ = self.child.wait();
        let _ = std::fs::remove_file(&self.socket);
    }
}

/// Starts `renshi serve` on `store` and returns once it accepts connections,
/// with how long that took.
/// The benches connect many clients as one OS user: more than the daemon
/// allows one user by default.
pub fn start_daemon(store: &Path) -> Result<(Daemon, Duration)> {
    let socket = PathBuf::from(format!("{}.sock", store.display()));
    let t = Instant::now();
    let child = Proc::new(env!("CARGO_BIN_EXE_renshi"))
        .args(["serve", "--max-per-user", "256", "--store"])
        .arg(store)
        .stderr(std::process::Stdio::null())
        .spawn()?;
    let d = Daemon { child, socket };
    for _ in 0..6000 {
        if std::os::unix::net::UnixStream::connect(&d.socket).is_ok() {
            return Ok((d, t.elapsed()));
        }
        std::thread::sleep(Duration::from_millis(2));
    }
    Err("the daemon did not start".into())
}

/// Resident memory of a process, in MiB: now and at its peak.
pub fn rss_mib(pid: u32) -> Result<(f64, f64)> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status"))?;
    let kib = |key: &str| -> Result<f64> {
        let line = status
            .lines()
            .find(|l| l.starts_with(key))
            .ok_or("no such line")?;
        Ok(line
            .split_whitespace()
            .nth(1)
            .ok_or("bad line")?
            .parse::<f64>()?)
    };
    Ok((kib("VmRSS:")? / 1024.0, kib("VmHWM:")? / 1024.0))
}

/// Runs `renshi ARGS` to the end; its wall time and peak resident memory.
pub fn run_measured(args: &[&str]) -> Result<(Duration, f64, String)> {
    let t = Instant::now();
    let mut child = Proc::new(env!("CARGO_BIN_EXE_renshi"))
        .args(args)
        .env("RENSHI_LANG", "en")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()?;
    let pid = child.id();
    // Read while it runs: a full pipe would stop it.
    let reader = child.stdout.take().map(|mut o| {
        std::thread::spawn(move || {
            use std::io::Read;
            let mut out = String::new();
            let _ = o.read_to_string(&mut out);
            out
        })
    });
    let mut peak = 0.0f64;
    loop {
        if let Ok((_, hwm)) = rss_mib(pid) {
            peak = peak.max(hwm);
        }
        if let Some(status) = child.try_wait()? {
            let wall = t.elapsed();
            let out = reader
                .map(|r| r.join().unwrap_or_default())
                .unwrap_or_default();
            if !status.success() {
                return Err(format!("renshi {args:?} failed").into());
            }
            return Ok((wall, peak, out));
        }
        std::thread::sleep(Duration::from_millis(1));
    }
}

pub fn du_mib(path: &Path) -> f64 {
    fn walk(p: &Path) -> u64 {
        use std::os::unix::fs::MetadataExt;
        let Ok(m) = std::fs::symlink_metadata(p) else {
            return 0;
        };
        if m.is_dir() {
            std::fs::read_dir(p)
                .map(|d| d.flatten().map(|e| walk(&e.path())).sum())
                .unwrap_or(0)
        } else {
            m.blocks() * 512
        }
    }
    walk(path) as f64 / (1024.0 * 1024.0)
}

/// A company of `employees` people on `positions` positions (20 departments),
/// with `extra` further events (plan edits) so the log has the length wanted.
/// Built through `Service::seed` in batches of 10,000 events.
pub fn build_company(
    path: &Path,
    admin: &str,
    employees: u32,
    positions: u32,
    extra: u64,
) -> Result<Duration> {
    let t = Instant::now();
    let svc = Service::open(Store::create(path, false)?)?;
    let now = svc.now();
    let mut events = vec![
        renshi::service::seed::admin_user(admin),
        Event::ZoneSet {
            zone: "Asia/Shanghai".into(),
        },
        Event::CompanyNamed {
            name: "Bench 公司".into(),
        },
        Event::PlanDrafted {
            id: PlanId(1),
            title: "bench".into(),
            note: String::new(),
            author: admin.into(),
            at: now,
        },
    ];
    for d in 1..=20u32 {
        events.push(Event::DepartmentCreated {
            id: DeptId(d),
            name: format!("部門 Dept {d}"),
            parent: (d > 1).then_some(DeptId(1)),
        });
    }
    let per = employees.div_ceil(positions).max(1);
    for p in 1..=positions {
        events.push(Event::PositionCreated {
            id: PositionId(p),
            dept: DeptId(p % 20 + 1),
            title: format!("崗位 Position {p}"),
            duties: "Duties of a position, about one line of text long.".into(),
            approved: per,
            plan: None,
            at: now,
        });
    }
    svc.seed(admin, "bench", &events)?;
    let hired = chrono::NaiveDate::from_ymd_opt(2020, 1, 1).ok_or("date")?;
    let mut next = 1u32;
    while next <= employees {
        let last = (next + 9_999).min(employees);
        let batch: Vec<Event> = (next..=last)
            .map(|e| Event::EmployeeHired {
                id: EmployeeId(e),
                name: format!("員工 Employee {e:07}"),
                position: PositionId((e - 1) / per + 1),
                status: EmployeeStatus::Active,
                hired,
            })
            .collect();
        svc.seed(admin, "bench", &batch)?;
        next = last + 1;
    }
    let mut left = extra;
    let mut n = 0u64;
    while left > 0 {
        let k = left.min(10_000);
        let batch: Vec<Event> = (0..k)
            .map(|i| Event::PlanEdited {
                id: PlanId(1),
                title: format!("bench plan, edit {}", n + i),
                note: "an edit to make the log long".into(),
            })
            .collect();
        svc.seed(admin, "bench", &batch)?;
        n += k;
        left -= k;
    }
    drop(svc);
    let built = t.elapsed();
    // Let the kernel write the build out now, not during the measurements.
    let _ = Proc::new("sync").status();
    std::thread::sleep(Duration::from_secs(1));
    Ok(built)
}
