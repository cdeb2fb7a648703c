//! Durable commands through the daemon's socket: one client beside embedded
//! mode, 32 clients at once (group commit), the same with 32 idle interfaces
//! subscribed to change notices, and a reader's query latency while the 32
//! write. Runs the real `renshi serve` binary.
//!
//! `cargo bench --bench socket`

mod common;

use common::*;
use renshi::domain::*;
use renshi::service::api::{PageReq, Query, Request};
use renshi::service::{Caller, Service};
use renshi::store::Store;
use renshi::transport::remote::Remote;
use renshi::transport::wire::Hello;
use renshi::transport::{Client, Embedded};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Barrier};
use std::time::{Duration, Instant};

const PER_CLIENT_1: usize = 500;
const CLIENTS: usize = 32;
const LOAD: Duration = Duration::from_secs(4);

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

fn hello(subscribe: bool) -> Hello {
    Hello {
        as_user: Some("gm.wang".into()),
        subscribe,
    }
}

fn connect(socket: &Path, subscribe: bool) -> Result<Remote> {
    Ok(Remote::connect(socket, hello(subscribe)).map_err(|e| format!("{e:?}"))?)
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

/// `CLIENTS` writers for `LOAD`: every latency, and commands per second.
/// With `reader`, one more client queries (inbox, a plan) all the while.
fn load(socket: &Path, reader: bool) -> Result<(Summary, f64, Option<Summary>)> {
    let barrier = Arc::new(Barrier::new(CLIENTS + 1));
    let done = Arc::new(AtomicBool::new(false));
    let writers: Vec<_> = (0..CLIENTS)
        .map(|k| {
            let (socket, barrier) = (socket.to_path_buf(), barrier.clone());
            std::thread::spawn(move || -> std::result::Result<Vec<Duration>, String> {
                let c = connect(&socket, false).map_err(|e| e.to_string());
                // Everyone waits, connected or not, so no one waits forever.
                barrier.wait();
                let mut c = c?;
                let until = Instant::now() + LOAD;
                let mut out = Vec::new();
                let mut i = k * 1_000_000;
                while Instant::now() < until {
                    let t = Instant::now();
                    c.call(edit(i)).map_err(|e| e.to_string())?;
                    out.push(t.elapsed());
                    i += 1;
                }
                Ok(out)
            })
        })
        .collect();
    let reading = reader.then(|| {
        let (socket, done) = (socket.to_path_buf(), done.clone());
        std::thread::spawn(move || -> std::result::Result<Vec<Duration>, String> {
            let mut c = Remote::connect(
                &socket,
                Hello {
                    as_user: Some("board.chen".into()),
                    subscribe: false,
                },
            )
            .map_err(|e| format!("{e:?}"))?;
            let mut out = Vec::new();
            let mut n = 0;
            while !done.load(Ordering::SeqCst) {
                let q = if n % 2 == 0 {
                    Query::Inbox(PageReq::FIRST)
                } else {
                    Query::Plan(PlanId(1))
                };
                let t = Instant::now();
                c.call(Request::Query(q)).map_err(|e| e.to_string())?;
                out.push(t.elapsed());
                n += 1;
                std::thread::sleep(Duration::from_millis(1));
            }
            Ok(out)
        })
    });
    barrier.wait();
    let started = Instant::now();
    let mut all = Vec::new();
    for w in writers {
        all.extend(w.join().map_err(|_| "writer panicked")??);
    }
    let wall = started.elapsed();
    done.store(true, Ordering::SeqCst);
    let reads = match reading {
        Some(r) => Some(summary(r.join().map_err(|_| "reader panicked")??)),
        None => None,
    };
    let rate = all.len() as f64 / wall.as_secs_f64();
    Ok((summary(all), rate, reads))
}

fn main() -> Result<()> {
    let dir = bench_dir()?;
    let path = dir.path().join("demo");
    {
        let svc = Service::open(Store::create(&path, true)?)?;
        svc.seed_demo("admin")?;
    }
    let embedded = {
        let svc = Arc::new(Service::open(Store::open(&path)?)?);
        let mut c = Embedded::new(svc, Caller::new("gm.wang"));
        timed(&mut c, 50, 0)?;
        summary(timed(&mut c, PER_CLIENT_1, 100)?)
    };

    let (_daemon, _) = start_daemon(&path)?;
    let socket = _daemon.socket.clone();
    let one = {
        let mut c = connect(&socket, false)?;
        timed(&mut c, 50, 0)?;
        summary(timed(&mut c, PER_CLIENT_1, 1000)?)
    };
    let (many, rate, reads) = load(&socket, true)?;

    // 32 interfaces connected and subscribed, doing nothing but listening.
    let idle: Vec<Remote> = (0..32)
        .map(|_| {
            Remote::connect(
                &socket,
                Hello {
                    as_user: Some("emp.liu".into()),
                    subscribe: true,
                },
            )
            .map_err(|e| format!("{e:?}").into())
        })
        .collect::<Result<_>>()?;
    let (many_idle, rate_idle, _) = load(&socket, false)?;
    let heard: u64 = idle.iter().map(|c| c.changes()).min().unwrap_or(0);
    drop(idle);

    header("durable command (EditPlan, fsynced) through the daemon");
    row("embedded, 1 client", &embedded);
    row("socket, 1 client", &one);
    row(&format!("socket, {CLIENTS} clients ({rate:.0}/s)"), &many);
    row(
        &format!("  … with 32 idle TUIs subscribed ({rate_idle:.0}/s)"),
        &many_idle,
    );
    if let Some(r) = &reads {
        row("query (inbox / plan) while 32 write", r);
    }
    println!(
        "  32 idle TUIs cost {:.1}% of the throughput; the slowest heard {heard} change notices",
        (1.0 - rate_idle / rate) * 100.0
    );
    Ok(())
}
