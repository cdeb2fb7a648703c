//! Durable commands through the daemon's socket (1 and 32 concurrent clients)
//! beside the same command in embedded mode, and the daemon's resident memory
//! with 100,000 employees. Runs the real `renshi serve` binary.
//!
//! `cargo bench --bench socket`

use renshi::domain::*;
use renshi::service::api::{Query, Reply, Request};
use renshi::service::{Caller, Service};
use renshi::store::Store;
use renshi::transport::remote::Remote;
use renshi::transport::wire::Hello;
use renshi::transport::{Client, Embedded};
use std::path::{Path, PathBuf};
use std::process::{Child, Command as Proc};
use std::sync::{Arc, Barrier};
use std::time::{Duration, Instant};

const PER_CLIENT_1: usize = 300;
const CLIENTS: usize = 32;
const PER_CLIENT_32: usize = 40;
const EMPLOYEES: u32 = 100_000;

type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

fn edit(i: usize) -> Request {
    Request::execute(
        Command::EditPlan {
            id: PlanId(2),
            title: format!("行政精簡 Admin streamlining r{i}"),
            note: "bench".into(),
        },
        "",
    )
}

fn timed(client: &mut dyn Client, n: usize, offset: usize) -> Result<Vec<Duration>> {
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        let t = Instant::now();
        client.call(edit(offset + i))?;
        out.push(t.elapsed());
    }
    Ok(out)
}

fn stats(mut v: Vec<Duration>) -> (Duration, Duration) {
    v.sort();
    let pick = |q: f64| v[((v.len() as f64 - 1.0) * q).round() as usize];
    (pick(0.5), pick(0.99))
}

struct Daemon(Child, PathBuf);

impl Drop for Daemon {
    fn drop(&mut self) {
        let _ = Proc::new("kill")
            .arg("-TERM")
            .arg(self.0.id().to_string())
            .status();
        let _ = self.0.wait();
        let _ = std::fs::remove_file(&self.1);
    }
}

fn start_daemon(store: &Path) -> Result<Daemon> {
    let sock = PathBuf::from(format!("{}.sock", store.display()));
    let child = Proc::new(env!("CARGO_BIN_EXE_renshi"))
        .args(["serve", "--store"])
        .arg(store)
        .stderr(std::process::Stdio::null())
        .spawn()?;
    let d = Daemon(child, sock.clone());
    for _ in 0..200 {
        if std::os::unix::net::UnixStream::connect(&sock).is_ok() {
            return Ok(d);
        }
        std::thread::sleep(Duration::from_millis(25));
    }
    Err("the daemon did not start".into())
}

fn demo_hello() -> Hello {
    Hello {
        as_user: Some("gm.wang".into()),
        subscribe: false,
    }
}

fn rss_kib(pid: u32) -> Result<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status"))?;
    let line = status
        .lines()
        .find(|l| l.starts_with("VmRSS:"))
        .ok_or("no VmRSS")?;
    Ok(line.split_whitespace().nth(1).ok_or("bad VmRSS")?.parse()?)
}

fn latency() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("demo");
    {
        let svc = Service::open(Store::create(&path, true)?)?;
        svc.seed_demo("admin")?;
    }

    let embedded = {
        let svc = Arc::new(Service::open(Store::open(&path)?)?);
        let mut c = Embedded::new(svc, Caller::new("gm.wang"));
        timed(&mut c, 20, 0)?;
        stats(timed(&mut c, PER_CLIENT_1, 100)?)
    };

    let _daemon = start_daemon(&path)?;
    let sock = PathBuf::from(format!("{}.sock", path.display()));
    let one = {
        let mut c = Remote::connect(&sock, demo_hello()).map_err(|e| format!("{e:?}"))?;
        timed(&mut c, 20, 0)?;
        stats(timed(&mut c, PER_CLIENT_1, 1000)?)
    };

    let barrier = Arc::new(Barrier::new(CLIENTS));
    let started = Instant::now();
    let handles: Vec<_> = (0..CLIENTS)
        .map(|k| {
            let (sock, barrier) = (sock.clone(), barrier.clone());
            std::thread::spawn(move || -> std::result::Result<Vec<Duration>, String> {
                let mut c = Remote::connect(&sock, demo_hello()).map_err(|e| format!("{e:?}"))?;
                barrier.wait();
                timed(&mut c, PER_CLIENT_32, 10_000 + k * 1000).map_err(|e| e.to_string())
            })
        })
        .collect();
    let mut all = Vec::new();
    for h in handles {
        all.extend(h.join().map_err(|_| "client thread panicked")??);
    }
    let wall = started.elapsed();
    let n32 = all.len();
    let thirty_two = stats(all);

    println!("durable command (EditPlan, fsynced), median / p99:");
    println!(
        "  embedded                 {:>9.3?} / {:>9.3?}",
        embedded.0, embedded.1
    );
    println!(
        "  socket, 1 client         {:>9.3?} / {:>9.3?}",
        one.0, one.1
    );
    println!(
        "  socket, {CLIENTS} clients       {:>9.3?} / {:>9.3?}   ({n32} commands in {wall:.2?}, {:.0}/s)",
        thirty_two.0,
        thirty_two.1,
        n32 as f64 / wall.as_secs_f64()
    );
    Ok(())
}

/// A company with 100k employees: 20 departments, 1,000 positions of 100 seats.
fn big_store(path: &Path, admin: &str) -> Result<()> {
    let svc = Service::open(Store::create(path, false)?)?;
    let now = svc.now();
    let mut events = vec![renshi::service::seed::admin_user(admin)];
    for d in 1..=20u32 {
        events.push(Event::DepartmentCreated {
            id: DeptId(d),
            name: format!("部門 {d}"),
            parent: (d > 1).then_some(DeptId(1)),
        });
    }
    for p in 1..=1000u32 {
        events.push(Event::PositionCreated {
            id: PositionId(p),
            dept: DeptId(p % 20 + 1),
            title: format!("崗位 {p}"),
            duties: "Duties of a position, about one line of text long.".into(),
            approved: 100,
            plan: None,
            at: now,
        });
    }
    svc.seed(admin, "bench", &events)?;
    for chunk in (1..=EMPLOYEES).collect::<Vec<_>>().chunks(5_000) {
        let events: Vec<Event> = chunk
            .iter()
            .map(|&e| Event::EmployeeHired {
                id: EmployeeId(e),
                name: format!("員工 Employee {e:06}"),
                position: PositionId((e - 1) / 100 + 1),
                status: EmployeeStatus::Active,
                hired: chrono::NaiveDate::from_ymd_opt(2020, 1, 1).unwrap_or_default(),
            })
            .collect();
        svc.seed(admin, "bench", &events)?;
    }
    Ok(())
}

fn memory() -> Result<()> {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("big");
    let admin = renshi::cli::os_login();
    let t = Instant::now();
    big_store(&path, &admin)?;
    let built = t.elapsed();
    let t = Instant::now();
    let daemon = start_daemon(&path)?;
    let ready = t.elapsed();
    let sock = PathBuf::from(format!("{}.sock", path.display()));
    let mut c = Remote::connect(
        &sock,
        Hello {
            as_user: None,
            subscribe: false,
        },
    )
    .map_err(|e| format!("{e:?}"))?;
    let t = Instant::now();
    let Reply::Positions(page) = c.call(Request::Query(Query::Positions {
        dept: None,
        page: renshi::service::api::PageReq::FIRST,
    }))?
    else {
        return Err("unexpected reply".into());
    };
    let list = t.elapsed();
    let filled: u32 = page.items.iter().map(|p| p.filled).sum();
    let rss = rss_kib(daemon.0.id())?;
    println!("daemon with {filled} employees, {} positions:", page.total);
    println!(
        "  store built in {built:.2?}; daemon ready in {ready:.2?}; all positions listed in {list:.2?}"
    );
    println!("  resident memory {:.1} MiB", rss as f64 / 1024.0);
    Ok(())
}

fn main() -> Result<()> {
    // `cargo test` runs benches with --test in some setups; keep that quick.
    if std::env::args().any(|a| a == "--test") {
        return Ok(());
    }
    latency()?;
    memory()
}
