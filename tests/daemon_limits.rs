//! Nobody can stop or jam the daemon: every test runs a real `renshi serve`
//! and misbehaves towards it as a local user could — frames that declare
//! huge lengths inside, hundreds of malformed frames, peers that trickle a
//! byte a second or never speak, floods of connections, half-sent large
//! frames — and checks that the daemon lives, holds bounded memory, says
//! "busy" when it is, and serves everyone else.

mod daemon_support;

use daemon_support::*;
use renshi::domain::{Command as Cmd, DeptId, PlanId, PlanLine, RequestId};
use renshi::service::api::{ApiError, PageReq, Query, Reply, Request};
use renshi::transport::Client;
use renshi::transport::remote::{ConnectError, Remote};
use renshi::transport::wire::{self, Call, FrameError, ServerMsg};
use std::io::Write;
use std::os::unix::net::UnixStream;
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::thread;
use std::time::{Duration, Instant};

fn bin() -> &'static Path {
    Path::new(BIN)
}

/// The connections one OS user may hold (`Limits::default().per_user`).
const PER_USER: usize = 32;

/// `body` with the length prefix of the string `marker` (one byte, as bincode
/// writes short lengths) replaced by `len` as a full 8-byte varint.
fn with_huge_len(body: &[u8], marker: &str, len: u64) -> Vec<u8> {
    let m = marker.as_bytes();
    let at = body
        .windows(m.len())
        .position(|w| w == m)
        .unwrap_or_else(|| panic!("{marker} is not in the frame"))
        - 1;
    assert_eq!(usize::from(body[at]), m.len(), "the byte before {marker}");
    let mut out = body[..at].to_vec();
    out.push(253);
    out.extend_from_slice(&len.to_le_bytes());
    out.extend_from_slice(&body[at + 1..]);
    out
}

fn hello_claiming(len: u64) -> Vec<u8> {
    let h = wire::hello_frame(&hello(Some("MARKER-LOGIN"), false)).unwrap();
    with_huge_len(&h, "MARKER-LOGIN", len)
}

fn draft_claiming(len: u64) -> Vec<u8> {
    let call = Call {
        id: 1,
        request: Request::Execute {
            command: Cmd::DraftPlan {
                title: "MARKER-TITLE".into(),
                note: String::new(),
            },
            comment: String::new(),
            request: RequestId([3; 16]),
        },
    };
    with_huge_len(&wire::encode(&call).unwrap(), "MARKER-TITLE", len)
}

/// A string two levels further down: a plan line inside a command inside a request.
fn line_claiming(len: u64) -> Vec<u8> {
    let call = Call {
        id: 2,
        request: Request::Execute {
            command: Cmd::AddPlanLine {
                id: PlanId(2),
                line: PlanLine::NewPosition {
                    dept: DeptId(5),
                    title: "t".into(),
                    duties: "MARKER-DUTIES".into(),
                    headcount: 1,
                },
            },
            comment: String::new(),
            request: RequestId([4; 16]),
        },
    };
    with_huge_len(&wire::encode(&call).unwrap(), "MARKER-DUTIES", len)
}

fn served(socket: &Path, what: &str) {
    let mut fresh = remote(socket, Some("board.lin"), false);
    assert!(
        matches!(
            query(&mut fresh, Query::Inbox(PageReq::FIRST)),
            Reply::Inbox(_)
        ),
        "after {what}"
    );
}

/// The daemon's resident memory, in KiB.
fn rss_kib(daemon: &Daemon) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{}/status", daemon.pid())).unwrap();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .expect("VmRSS in /proc/PID/status")
}

#[test]
fn huge_lengths_inside_frames_are_refused_and_the_daemon_keeps_serving() {
    let (_dir, store, socket) = demo_store();
    let mut daemon = Daemon::start(bin(), &store, &socket, None);
    // (what, whether the hello goes first, the frame)
    let cases: Vec<(&str, bool, Vec<u8>)> = vec![
        (
            "a hello whose login claims 1 TiB",
            false,
            hello_claiming(1 << 40),
        ),
        (
            "a hello whose login claims 2^62 bytes",
            false,
            hello_claiming(1 << 62),
        ),
        (
            "a hello whose login claims more than isize::MAX",
            false,
            hello_claiming(u64::MAX),
        ),
        ("a plan title claiming 1 TiB", true, draft_claiming(1 << 40)),
        (
            "a plan title claiming u64::MAX",
            true,
            draft_claiming(u64::MAX),
        ),
        (
            "a line's duties claiming 1 TiB",
            true,
            line_claiming(1 << 40),
        ),
        (
            "a line's duties claiming isize::MAX + 1",
            true,
            line_claiming(isize::MAX as u64 + 1),
        ),
    ];
    for (what, after_hello, frame) in cases {
        let mut s = raw(&socket, Duration::from_secs(5));
        if after_hello {
            raw_hello(&mut s);
        }
        wire::write_frame(&s, &frame).unwrap();
        let e = assert_refused_then_closed(&mut s, what);
        assert!(matches!(e, ApiError::Protocol(_)), "{what}: {e:?}");
        assert!(
            daemon.running(),
            "{what} brought the daemon down:\n{}",
            daemon.log()
        );
        served(&socket, what);
    }
    assert!(!daemon.log().contains("panicked"), "{}", daemon.log());
}

/// A hello that made yesterday's daemon panic leaked that connection's slot;
/// after a few hundred of them nobody, root included, was let in. Hundreds of
/// malformed frames later, everyone is still served.
#[test]
fn hundreds_of_malformed_frames_leak_no_connection_slot() {
    let (_dir, store, socket) = demo_store();
    let mut daemon = Daemon::start(bin(), &store, &socket, None);
    const ROUNDS: usize = 600; // more than the daemon's 512 connections in all
    for i in 0..ROUNDS {
        let mut s = raw(&socket, Duration::from_secs(10));
        let what = match i % 4 {
            0 => {
                wire::write_frame(&s, &hello_claiming(u64::MAX)).unwrap();
                "a hello claiming more than isize::MAX"
            }
            1 => {
                wire::write_frame(&s, &hello_claiming(1 << 40)).unwrap();
                "a hello claiming 1 TiB"
            }
            2 => {
                s.write_all(&u32::MAX.to_be_bytes()).unwrap();
                "a 4 GiB frame length"
            }
            _ => {
                wire::write_frame(&s, &[0xff; 40]).unwrap();
                "garbage"
            }
        };
        let e = assert_refused_then_closed(&mut s, what);
        assert!(
            !e.to_string().contains("busy"),
            "round {i} ({what}): slots have leaked: {e}\n{}",
            daemon.log()
        );
    }
    assert!(daemon.running(), "{}", daemon.log());
    let mut admin = remote(&socket, None, false);
    assert!(matches!(query(&mut admin, Query::Whoami), Reply::Me(_)));
    served(&socket, "600 malformed frames");
    assert!(!daemon.log().contains("panicked"), "{}", daemon.log());
}

/// Sends `bytes` one a second from another thread until the daemon hangs up;
/// returns how long after the first byte it did.
fn trickle(mut s: UnixStream, bytes: Vec<u8>, what: &'static str) -> thread::JoinHandle<Duration> {
    let mut watch = s.try_clone().unwrap();
    watch
        .set_read_timeout(Some(wire::FRAME_TIMEOUT * 3))
        .unwrap();
    let start = Instant::now();
    thread::spawn(move || {
        for b in bytes {
            if s.write_all(&[b]).is_err() {
                break;
            }
            thread::sleep(Duration::from_secs(1));
        }
    });
    thread::spawn(move || {
        let msgs = until_closed(&mut watch, what);
        assert!(
            msgs.iter().all(|m| matches!(m, ServerMsg::Refused(_))),
            "{what}: {msgs:?}"
        );
        start.elapsed()
    })
}

#[test]
fn slow_senders_are_dropped_by_a_deadline_on_the_whole_frame() {
    let (_dir, store, socket) = demo_store();
    let mut daemon = Daemon::start(bin(), &store, &socket, None);
    // Forty bytes at one a second: every read makes progress, the frame never ends in time.
    let mut call = (40u32 - 4).to_be_bytes().to_vec();
    call.extend_from_slice(&[7; 36]);
    let mut after_hello = raw(&socket, Duration::from_secs(30));
    raw_hello(&mut after_hello);
    let slow_call = trickle(after_hello, call, "a call sent a byte a second");
    let hello = wire::hello_frame(&hello(None, false)).unwrap();
    let mut framed = (hello.len() as u32).to_be_bytes().to_vec();
    framed.extend_from_slice(&hello);
    let slow_hello = trickle(
        raw(&socket, Duration::from_secs(30)),
        framed,
        "a hello sent a byte a second",
    );

    // Meanwhile the others are served.
    thread::sleep(Duration::from_secs(2));
    served(&socket, "two slow senders started");

    let hello_took = slow_hello.join().expect("the slow hello was dropped");
    let call_took = slow_call.join().expect("the slow call was dropped");
    eprintln!("slow hello dropped after {hello_took:?}, slow call after {call_took:?}");
    assert!(
        hello_took <= wire::HELLO_TIMEOUT + Duration::from_secs(2),
        "a hello trickled in for {hello_took:?}"
    );
    assert!(
        call_took <= wire::FRAME_TIMEOUT + Duration::from_secs(3),
        "a call trickled in for {call_took:?}"
    );
    assert!(daemon.running(), "{}", daemon.log());
    served(&socket, "two slow senders dropped");
}

#[test]
fn idle_connections_without_a_hello_are_closed_on_the_hello_deadline() {
    let (_dir, store, socket) = demo_store();
    let _daemon = Daemon::start(bin(), &store, &socket, None);
    let start = Instant::now();
    let mut idle: Vec<UnixStream> = (0..20)
        .map(|_| raw(&socket, wire::FRAME_TIMEOUT * 2))
        .collect();
    for (i, s) in idle.iter_mut().enumerate() {
        let e = assert_refused_then_closed(s, &format!("idle connection {i}"));
        assert!(e.to_string().contains("hello"), "{e}");
    }
    let took = start.elapsed();
    eprintln!("20 idle connections closed after {took:?}");
    assert!(
        took <= wire::HELLO_TIMEOUT + Duration::from_secs(2),
        "idle connections were kept {took:?}"
    );
    served(&socket, "idle connections");
}

/// Opens connections as this process's OS user until the daemon refuses one,
/// signing each in so that it stays; returns them and the refusal.
fn fill_my_slots(socket: &Path) -> (Vec<UnixStream>, ApiError) {
    let mut held = Vec::new();
    for _ in 0..600 {
        let mut s = raw(socket, Duration::from_secs(10));
        // A refused connection may be closed before the hello is written.
        let _ = wire::write_frame(
            &s,
            &wire::hello_frame(&hello(Some("gm.wang"), false)).unwrap(),
        );
        let body = wire::read_frame(&mut s).expect("an answer to the hello");
        match wire::decode_server_msg(&body).expect("a server message") {
            ServerMsg::Welcome { .. } => held.push(s),
            ServerMsg::Refused(e) => return (held, e),
            other => panic!("{other:?}"),
        }
    }
    panic!("600 connections of one OS user were all let in")
}

#[test]
fn a_busy_daemon_says_busy_and_never_broken_pipe() {
    let (_dir, store, socket) = demo_store();
    let mut daemon = Daemon::start(bin(), &store, &socket, None);
    let (held, first) = fill_my_slots(&socket);
    assert!(first.to_string().contains("busy"), "{first}");

    // In process: the refusal every time, whether or not the hello got out.
    for i in 0..20 {
        match Remote::connect(&socket, hello(None, false)) {
            Err(ConnectError::Refused(e)) => {
                let msg = e.to_string();
                assert!(
                    msg.contains("the renshi daemon is busy") && msg.contains("try again"),
                    "attempt {i}: {msg}"
                );
            }
            Err(ConnectError::Unreachable(m)) => panic!("attempt {i}: {m}"),
            Ok(_) => panic!("attempt {i}: let in beyond the limit"),
        }
    }
    // The command line, with the socket given and found beside the store.
    for args in [
        vec!["--socket".to_string(), socket.display().to_string()],
        vec!["--store".to_string(), store.display().to_string()],
    ] {
        for _ in 0..3 {
            let out = output(renshi_at(bin()).args(&args).arg("inbox"));
            let err = text(&out.stderr);
            assert!(!out.status.success(), "{args:?}: {out:?}");
            assert!(out.status.code().is_some(), "killed by a signal: {out:?}");
            assert!(err.contains("busy"), "{args:?}: {err}");
            assert!(
                !err.contains("Broken pipe") && !err.contains("os error"),
                "{args:?}: {err}"
            );
        }
    }
    assert_eq!(held.len(), PER_USER, "one OS user's share");
    drop(held);
    assert!(
        wait_until(Duration::from_secs(5), || Remote::connect(
            &socket,
            hello(None, false)
        )
        .is_ok()),
        "the slots came back:\n{}",
        daemon.log()
    );
    assert!(daemon.running());
}

#[test]
fn an_idle_flood_by_one_os_user_leaves_the_daemon_to_the_others() {
    let needs = [
        ("root", is_root()),
        ("useradd", find_tool("useradd").is_some()),
        ("userdel", find_tool("userdel").is_some()),
    ];
    if !can_run(
        "an idle flood by one OS user",
        &needs,
        "it creates a second OS user: run as root with the passwd package",
    ) {
        return;
    }
    let dir = shared_dir("rs-fl");
    let exe = copy_binary(dir.path());
    let home = dir.path().join("home");
    std::fs::create_dir(&home).unwrap();
    let user = OsUser::create(&format!("rs-fl-{}", std::process::id()), &home, &[]);
    let store = dir.path().join("store");
    ok(renshi_at(&exe).arg("--store").arg(&store).arg("init"));
    ok(renshi_at(&exe).arg("--store").arg(&store).args([
        "user",
        "add",
        &user.name,
        "--name",
        "Second user",
        "--role",
        "employee",
    ]));
    let socket = dir.path().join("store.sock");
    let daemon = Daemon::start(&exe, &store, &socket, Some(&user.name));
    let rss_before = rss_kib(&daemon);

    // Root opens 600 connections and says nothing on any of them.
    let flood: Vec<UnixStream> = (0..600)
        .map(|_| raw(&socket, wire::FRAME_TIMEOUT * 2))
        .collect();
    let as_user = |args: &[&str]| {
        let mut c = renshi_at(&exe);
        c.arg("--socket")
            .arg(&socket)
            .args(args)
            .uid(user.uid)
            .gid(user.gid)
            .current_dir(dir.path())
            .env("HOME", &user.home);
        output(&mut c)
    };
    let out = as_user(&["inbox"]);
    assert!(
        out.status.success(),
        "the second user was not served during the flood: {out:?}\n{}",
        daemon.log()
    );
    let rss_flood = rss_kib(&daemon);

    // Of the flood, one user's share is held (until the hello deadline); the rest was told "busy".
    let (mut held, mut busy) = (0, 0);
    for mut s in flood {
        match until_closed(&mut s, "a flood connection").as_slice() {
            [ServerMsg::Refused(e)] if e.to_string().contains("busy") => busy += 1,
            [ServerMsg::Refused(e)] if e.to_string().contains("hello") => held += 1,
            other => panic!("{other:?}"),
        }
    }
    eprintln!(
        "idle flood of 600: {held} held, {busy} refused; daemon RSS {rss_before} KiB before, {rss_flood} KiB during"
    );
    assert_eq!(held, PER_USER);
    assert_eq!(busy, 600 - PER_USER);
    let mut admin = remote(&socket, None, false);
    assert!(matches!(query(&mut admin, Query::Whoami), Reply::Me(_)));
    drop(daemon);
    drop(user);
}

#[test]
fn half_sent_large_frames_hold_bounded_memory_in_total() {
    let (_dir, store, socket) = demo_store();
    let mut daemon = Daemon::start(bin(), &store, &socket, None);
    let rss_before = rss_kib(&daemon);
    let signed_in = || {
        let mut s = raw(&socket, Duration::from_secs(10));
        s.set_write_timeout(Some(Duration::from_secs(10))).unwrap();
        raw_hello(&mut s);
        s
    };
    // Frames longer than a request may be: refused on their length alone.
    for _ in 0..10 {
        let mut s = signed_in();
        s.write_all(&wire::MAX_FRAME.to_be_bytes()).unwrap();
        let _ = s.write_all(&vec![1u8; 4 << 20]);
        let e = assert_refused_then_closed(&mut s, "an 8 MiB request");
        assert!(e.to_string().contains("larger than the limit"), "{e}");
    }
    // The longest requests, each sent but for its last byte and left hanging:
    // one user's budget takes 16 of them; the others are told the daemon is busy.
    let mut hanging = Vec::new();
    let mut busy = 0;
    for _ in 0..24 {
        let mut s = signed_in();
        s.write_all(&wire::MAX_CALL_FRAME.to_be_bytes()).unwrap();
        match s.write_all(&vec![1u8; wire::MAX_CALL_FRAME as usize - 1]) {
            Ok(()) => hanging.push(s),
            Err(_) => {
                let e = assert_refused_then_closed(&mut s, "a large request over budget");
                assert!(e.to_string().contains("busy"), "{e}");
                busy += 1;
            }
        }
    }
    thread::sleep(Duration::from_millis(500));
    let rss_during = rss_kib(&daemon);
    eprintln!(
        "10 × 8 MiB and 24 × 1 MiB half-sent frames: {} hanging, {busy} refused busy; \
         daemon RSS {rss_before} KiB before, {rss_during} KiB during",
        hanging.len()
    );
    // Some refusals arrive after the body was written into the socket buffer.
    let mut late_busy = 0;
    hanging.retain_mut(|s| {
        s.set_read_timeout(Some(Duration::from_millis(100)))
            .unwrap();
        match wire::read_frame(s) {
            Err(FrameError::Idle) => true,
            _ => {
                late_busy += 1;
                false
            }
        }
    });
    assert_eq!(hanging.len(), 16, "{busy} + {late_busy} refused");
    // 16 MiB of frames, and what the allocator keeps per connection thread
    // (mimalloc's arenas: 34–42 MiB in all, measured); an 8 MiB frame read
    // whole, ten times over, would be 80 MiB more.
    assert!(
        rss_during <= rss_before + 56 * 1024,
        "half-sent frames took the daemon from {rss_before} KiB to {rss_during} KiB"
    );
    served(&socket, "half-sent large frames");
    assert!(daemon.running(), "{}", daemon.log());
}

#[test]
fn a_signed_in_client_may_stay_idle_past_every_deadline() {
    let (_dir, store, socket) = demo_store();
    let _daemon = Daemon::start(bin(), &store, &socket, None);
    let mut watcher = remote(&socket, Some("board.chen"), true);
    thread::sleep(wire::FRAME_TIMEOUT + wire::HELLO_TIMEOUT);
    let before = watcher.changes();
    let mut gm = remote(&socket, Some("gm.wang"), false);
    exec(
        &mut gm,
        Cmd::DraftPlan {
            title: "after a long pause".into(),
            note: String::new(),
        },
        "",
    )
    .expect("draft");
    assert!(
        wait_until(Duration::from_secs(2), || watcher.changes() > before),
        "the idle subscriber heard nothing"
    );
    assert!(matches!(
        query(&mut watcher, Query::Inbox(PageReq::FIRST)),
        Reply::Inbox(_)
    ));
}
