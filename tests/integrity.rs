//! Integrity (#7), one test per class: a commit is durable or absent, also on
//! a full disk; a log cut short is caught; a retried request is answered with
//! its first result; errors say what they mean; the company's day decides;
//! stores written by earlier versions open and verify; the log's clock never
//! runs backwards unnoticed.

mod common;
mod daemon_support;

use common::ok as done;
use common::{HP1, HP2, days, demo, refused, seen};
use daemon_support::*;
use renshi::domain::recruit::Recruit;
use renshi::domain::*;
use renshi::service::api::{ApiError, Done, Query, Reply, Request};
use renshi::service::{Caller, Service};
use renshi::store::{Store, StoreError, VerifyFailure, codec};
use renshi::transport::Client;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};
use std::process::Command as Process;

fn draft(title: &str) -> Command {
    Command::DraftPlan {
        title: title.into(),
        note: String::new(),
    }
}

/// A small tmpfs mounted for one test and unmounted when it ends.
struct Tmpfs(PathBuf);

impl Tmpfs {
    fn mount(dir: &Path, size: &str) -> Tmpfs {
        let at = dir.join("disk");
        std::fs::create_dir(&at).unwrap();
        sys(
            "mount",
            &[
                "-t",
                "tmpfs",
                "-o",
                &format!("size={size}"),
                "tmpfs",
                at.to_str().unwrap(),
            ],
        );
        Tmpfs(at)
    }

    /// Writes a file until the disk refuses more; removing it frees the disk.
    fn fill(&self) -> PathBuf {
        use std::io::Write;
        let p = self.0.join("filler");
        let mut f = std::fs::File::create(&p).unwrap();
        while f.write_all(&[0x5a; 4096]).is_ok() {}
        p
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Process::new("umount").arg(&self.0).status();
    }
}

fn cli(store: &Path, args: &[&str]) -> std::process::Output {
    output(renshi(store).args(args))
}

fn plan_titles(store: &Path) -> Vec<String> {
    let out = ok(renshi(store).args(["--as", "gm.wang", "plan", "list", "--json"]));
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    v["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["title"].as_str().unwrap().to_string())
        .collect()
}

fn verified_count(store: &Path) -> u64 {
    let out = ok(renshi(store).args(["audit", "verify"]));
    out.chars()
        .filter(char::is_ascii_digit)
        .collect::<String>()
        .parse()
        .unwrap()
}

fn last_logged(store: &Path) -> u64 {
    let out = ok(renshi(store).args(["audit", "log", "--limit", "1", "--json"]));
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    v["items"][0]["seq"].as_u64().unwrap()
}

#[test]
fn a_full_disk_saves_nothing_says_so_and_the_daemon_recovers_by_itself() {
    if !can_run(
        "a full disk",
        &[("root", is_root()), ("mount", find_tool("mount").is_some())],
        "it mounts a small tmpfs: run as root",
    ) {
        return;
    }
    let dir = shared_dir("rs-full");
    let disk = Tmpfs::mount(dir.path(), "6m");
    let store = disk.0.join("store");
    ok(renshi(&store).args(["init", "--demo"]));
    let socket = disk.0.join("store.sock");
    let daemon = Daemon::start(Path::new(BIN), &store, &socket, None);
    // The disk fills while the daemon works, not before it opened the store
    // (that case is `a_daemon_started_on_a_full_disk_waits_for_room`).
    assert!(
        wait_until(std::time::Duration::from_secs(20), || daemon
            .log()
            .contains("store opened for writing")),
        "{}",
        daemon.log()
    );
    let filler = disk.fill();

    // Commands go on until one does not fit; it is refused as a full disk.
    let mut failed = None;
    for i in 0..5000 {
        let title = format!("while full {i} {}", "x".repeat(60));
        let out = cli(
            &store,
            &["--as", "gm.wang", "plan", "draft", "--title", &title],
        );
        if !out.status.success() {
            failed = Some((title, out));
            break;
        }
    }
    let (title, out) = failed.expect("the disk never filled");
    let msg = text(&out.stderr);
    assert_eq!(out.status.code(), Some(3), "{msg}");
    assert!(
        msg.contains("No space left") && msg.contains("nothing was saved"),
        "{msg}"
    );
    assert!(!msg.contains("damaged"), "{msg}");

    // Eight at once while full: none is acknowledged.
    let burst: Vec<_> = (0..8)
        .map(|i| {
            let store = store.clone();
            std::thread::spawn(move || {
                cli(
                    &store,
                    &[
                        "--as",
                        "gm.wang",
                        "plan",
                        "draft",
                        "--title",
                        &format!("burst {i}"),
                    ],
                )
            })
        })
        .collect();
    for b in burst {
        let out = b.join().unwrap();
        assert!(
            !out.status.success(),
            "a burst command was acknowledged on a full disk"
        );
    }

    // Nothing of it shows: the published state is what was durable.
    let titles = plan_titles(&store);
    assert!(
        !titles.contains(&title),
        "the failed draft shows in plan list"
    );
    assert!(!titles.iter().any(|t| t.starts_with("burst")));

    // Space again: the same daemon saves, and the log has no gap and no ghost.
    std::fs::remove_file(filler).unwrap();
    ok(renshi(&store).args(["--as", "gm.wang", "plan", "draft", "--title", "after"]));
    let titles = plan_titles(&store);
    assert!(titles.contains(&"after".to_string()));
    assert!(!titles.contains(&title));
    assert!(!titles.iter().any(|t| t.starts_with("burst")));
    assert_eq!(verified_count(&store), last_logged(&store));
    drop(daemon);

    // Embedded, without a daemon: the same refusal, and nothing half-written.
    let filler = disk.fill();
    let before = verified_count_or_refusal(&store);
    let mut refused_once = false;
    for i in 0..2000 {
        let out = cli(
            &store,
            &[
                "--as",
                "gm.wang",
                "plan",
                "draft",
                "--title",
                &format!("embedded {i}"),
            ],
        );
        if !out.status.success() {
            let msg = text(&out.stderr);
            assert!(msg.contains("No space left"), "{msg}");
            assert!(
                !msg.contains("damaged") && !msg.contains("backtrace"),
                "{msg}"
            );
            refused_once = true;
            break;
        }
    }
    assert!(refused_once);
    std::fs::remove_file(filler).unwrap();
    let after = verified_count(&store);
    assert!(after >= before.unwrap_or(0));
    assert_eq!(after, last_logged(&store));
}

/// A daemon may start on a disk that is already full (its log on that disk
/// too): it serves what it can, refuses commands as a full disk, and saves
/// again once there is room, without a restart.
#[test]
fn a_daemon_started_on_a_full_disk_waits_for_room() {
    if !can_run(
        "a daemon on a full disk",
        &[("root", is_root()), ("mount", find_tool("mount").is_some())],
        "it mounts a small tmpfs: run as root",
    ) {
        return;
    }
    let dir = shared_dir("rs-full-start");
    let disk = Tmpfs::mount(dir.path(), "6m");
    let store = disk.0.join("store");
    ok(renshi(&store).args(["init", "--demo"]));
    let socket = disk.0.join("store.sock");
    let filler = disk.fill();
    let mut daemon = Daemon::start(Path::new(BIN), &store, &socket, None);

    let out = cli(
        &store,
        &["--as", "gm.wang", "plan", "draft", "--title", "while full"],
    );
    let msg = text(&out.stderr);
    assert_eq!(out.status.code(), Some(3), "{msg}");
    assert!(msg.contains("No space left"), "{msg}");
    assert!(
        !msg.contains("demo store"),
        "a full disk is not a real store: {msg}"
    );
    assert!(daemon.running(), "the daemon gave up: {}", daemon.log());

    std::fs::remove_file(filler).unwrap();
    ok(renshi(&store).args(["--as", "gm.wang", "plan", "draft", "--title", "room again"]));
    assert!(daemon.running(), "{}", daemon.log());
    let titles = plan_titles(&store);
    assert!(titles.contains(&"room again".to_string()));
    assert!(!titles.contains(&"while full".to_string()));
    drop(daemon);
    assert_eq!(verified_count(&store), last_logged(&store));
}

/// The count `audit verify` gives, or `None` when even opening needs space.
fn verified_count_or_refusal(store: &Path) -> Option<u64> {
    let out = cli(store, &["audit", "verify"]);
    out.status.success().then(|| {
        text(&out.stdout)
            .chars()
            .filter(char::is_ascii_digit)
            .collect::<String>()
            .parse()
            .unwrap()
    })
}

/// Drops the log's last event and sled's record of it together, as cutting
/// the db file short does: sled's own view is whole, the head file is not.
#[test]
fn a_log_cut_short_together_with_its_last_record_is_caught() {
    let (dir, svc) = demo();
    let path = dir.path().join("store");
    done(&svc, "gm.wang", draft("the last one"), "");
    let count = svc.store().event_count();
    drop(svc);
    {
        let db = sled::open(&path).unwrap();
        let prev = db
            .get([b"ev/".as_slice(), &(count - 1).to_be_bytes()].concat())
            .unwrap()
            .unwrap();
        db.remove([b"ev/".as_slice(), &count.to_be_bytes()].concat())
            .unwrap();
        let mut head = (count - 1).to_be_bytes().to_vec();
        head.extend_from_slice(&prev[..32]);
        db.insert(b"meta/head", head).unwrap();
        db.flush().unwrap();
    }
    match Store::open(&path) {
        Err(StoreError::Truncated {
            log_end, recorded, ..
        }) => assert_eq!((log_end, recorded), (count - 1, count)),
        Err(other) => panic!("expected a truncation, got {other:?}"),
        Ok(_) => panic!("a log cut short opened as if whole"),
    }
    // The command line says it in words and names the file.
    let out = output(renshi(&path).args(["audit", "verify"]));
    let msg = text(&out.stderr);
    assert_eq!(out.status.code(), Some(3), "{msg}");
    assert!(msg.contains("lost events") && msg.contains("HEAD"), "{msg}");
}

/// A log cut short together with its head file must not open as whole:
/// without the head file nothing says where the log ended, so the store is
/// refused (reads too), until someone who knows walks the chain and accepts
/// the log's own end explicitly.
#[test]
fn a_lost_head_file_is_refused_until_the_log_is_walked_and_accepted() {
    let (dir, svc) = demo();
    let path = dir.path().join("store");
    done(&svc, "gm.wang", draft("before the loss"), "");
    let count = svc.store().event_count();
    drop(svc);
    for damage in ["remove", "empty", "garble"] {
        match damage {
            "remove" => std::fs::remove_file(path.join("HEAD")).unwrap(),
            "empty" => std::fs::write(path.join("HEAD"), b"").unwrap(),
            _ => std::fs::write(path.join("HEAD"), b"\xff not a head").unwrap(),
        }
        for args in [
            &["audit", "verify"][..],
            &["--as", "gm.wang", "plan", "list"],
        ] {
            let out = output(renshi(&path).args(args));
            let msg = text(&out.stderr);
            assert_eq!(out.status.code(), Some(3), "{damage} {args:?}: {msg}");
            assert!(
                msg.contains("HEAD") && msg.contains("--accept-log"),
                "{msg}"
            );
        }
        // Refusing rewrote nothing: it is refused again, the same way.
        assert!(matches!(
            Store::open(&path),
            Err(StoreError::HeadUnreadable { .. })
        ));
        let out = output(renshi(&path).args(["audit", "verify", "--accept-log"]));
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        assert!(
            text(&out.stdout).contains(&count.to_string()),
            "{}",
            text(&out.stdout)
        );
        let out = output(renshi(&path).args(["audit", "verify"]));
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    }
}

/// The same, by cutting sled's `db` file itself (its snapshots removed, so
/// sled recovers from the file alone).
#[test]
fn a_db_file_cut_short_is_caught() {
    let (dir, svc) = demo();
    let path = dir.path().join("store");
    drop(svc);
    let before = std::fs::read(path.join("db")).unwrap();
    {
        let svc = Service::open(Store::open(&path).unwrap()).unwrap();
        svc.execute(&Caller::new("gm.wang"), &draft("cut me off"), "")
            .unwrap();
    }
    let after = std::fs::read(path.join("db")).unwrap();
    let first_change = before
        .iter()
        .zip(&after)
        .position(|(a, b)| a != b)
        .unwrap_or(before.len().min(after.len()));
    for entry in std::fs::read_dir(&path).unwrap().flatten() {
        let name = entry.file_name().to_string_lossy().to_string();
        if name.starts_with("snap.") || name == "snapshot" {
            std::fs::remove_file(entry.path()).unwrap();
        }
    }
    let f = std::fs::OpenOptions::new()
        .write(true)
        .open(path.join("db"))
        .unwrap();
    f.set_len(first_change as u64).unwrap();
    drop(f);
    match Store::open(&path) {
        Err(StoreError::Truncated { .. }) => {}
        Err(other) => panic!("expected a truncation, got {other:?}"),
        Ok(s) => panic!(
            "a db file cut at byte {first_change} opened with {} events",
            s.event_count()
        ),
    }
}

#[test]
fn a_retried_request_is_answered_with_its_first_result() {
    let (dir, svc) = demo();
    let count = svc.store().event_count();
    let id = RequestId([42; 16]);
    let send = |svc: &Service| {
        svc.handle(
            &Caller::new("gm.wang"),
            Request::Execute {
                command: draft("once"),
                comment: String::new(),
                request: id,
            },
        )
    };
    let first = send(&svc).unwrap();
    let again = send(&svc).unwrap();
    assert_eq!(first, again);
    let Reply::Done(Done { created, .. }) = &first else {
        panic!("{first:?}")
    };
    assert_eq!(created.as_deref(), Some("HP-0003"));
    assert_eq!(svc.store().event_count(), count + 1, "ran once");

    // Across a restart too: the answer is stored with the command.
    let path = dir.path().join("store");
    drop(svc);
    let svc = Service::open(Store::open(&path).unwrap()).unwrap();
    assert_eq!(send(&svc).unwrap(), first);
    assert_eq!(svc.store().event_count(), count + 1);
    // A new id is a new command.
    let other = svc
        .handle(
            &Caller::new("gm.wang"),
            Request::Execute {
                command: draft("once"),
                comment: String::new(),
                request: RequestId([43; 16]),
            },
        )
        .unwrap();
    assert_ne!(other, first);
    // Someone else sending the same id is not answered with gm.wang's
    // result: it is their own command, authorized as theirs.
    let replayed = svc.handle(
        &Caller::new("hr.li"),
        Request::Execute {
            command: draft("once"),
            comment: String::new(),
            request: id,
        },
    );
    assert!(
        matches!(replayed, Err(ApiError::Domain(_))),
        "hr.li may not draft plans, whatever id they send: {replayed:?}"
    );
}

#[test]
fn a_retry_through_the_daemon_does_not_run_twice() {
    let (_dir, store, socket) = demo_store();
    let _daemon = Daemon::start(Path::new(BIN), &store, &socket, None);
    let mut gm = remote(&socket, Some("gm.wang"), false);
    let req = Request::Execute {
        command: draft("sent twice"),
        comment: String::new(),
        request: RequestId([9; 16]),
    };
    let first = gm.call(req.clone()).unwrap();
    // A second connection, as after "not answering" and a reconnect.
    let mut again = remote(&socket, Some("gm.wang"), false);
    assert_eq!(again.call(req).unwrap(), first);
    let titles = plan_titles(&store);
    assert_eq!(titles.iter().filter(|t| *t == "sent twice").count(), 1);
}

#[test]
fn errors_say_what_they_mean() {
    let (dir, svc) = demo();
    // A missing record is not found, whoever asks.
    assert_eq!(
        refused(
            &svc,
            "hr.li",
            Command::RevokeDelegation {
                id: DelegationId(99)
            },
            ""
        ),
        DomainError::NotFound {
            kind: "kind.delegation".into(),
            id: "DLG-099".into()
        }
    );
    // Revoking twice is refused, not recorded twice.
    done(
        &svc,
        "board.chen",
        Command::GrantDelegation {
            to: "hr.zhao".into(),
            until: common::today() + days(3),
        },
        "",
    );
    let revoke = Command::RevokeDelegation {
        id: DelegationId(1),
    };
    done(&svc, "board.chen", revoke.clone(), "");
    assert_eq!(
        refused(&svc, "board.chen", revoke, ""),
        DomainError::AlreadyRevoked {
            id: "DLG-001".into()
        }
    );
    // A damaged data file is named, in words.
    let path = dir.path().join("store");
    drop(svc);
    let mut bytes = std::fs::read(path.join("db")).unwrap();
    for b in bytes.iter_mut().take(4096).skip(64) {
        *b ^= 0xa5;
    }
    std::fs::write(path.join("db"), bytes).unwrap();
    let out = output(renshi(&path).args(["audit", "verify"]));
    let msg = text(&out.stderr);
    assert_eq!(out.status.code(), Some(3), "{msg}");
    assert!(msg.contains("damaged") || msg.contains("broken"), "{msg}");
    for word in ["backtrace", "offset None", "Corruption {", "()"] {
        assert!(!msg.contains(word), "`{word}` in: {msg}");
    }
}

#[test]
fn today_is_the_companys_today() {
    use chrono::{TimeZone, Utc};
    // The demo company keeps Beijing time.
    let (_dir, svc) = demo();
    assert_eq!(svc.company().tz(), chrono_tz::Asia::Shanghai);
    let first_of_march = chrono::NaiveDate::from_ymd_opt(2027, 3, 1).unwrap();
    common::set_now(Utc.with_ymd_and_hms(2027, 3, 1, 9, 0, 0).unwrap());
    done(
        &svc,
        "board.chen",
        Command::GrantDelegation {
            to: "hr.zhao".into(),
            until: first_of_march,
        },
        "",
    );
    // 23:30 UTC on 1 March is 07:30 on 2 March in Beijing: the delegation
    // "until 1 March" has ended there, though UTC still says 1 March.
    common::set_now(Utc.with_ymd_and_hms(2027, 3, 1, 23, 30, 0).unwrap());
    let sign = Command::SignPlan {
        id: HP1,
        decision: Decision::Approve,
        seen: seen(&svc, HP1),
    };
    assert!(matches!(
        refused(&svc, "hr.zhao", sign.clone(), ""),
        DomainError::NotYourTurn { .. }
    ));
    // 15:30 UTC is 23:30 in Beijing: still 1 March, still holds.
    common::set_now(Utc.with_ymd_and_hms(2027, 3, 1, 15, 30, 0).unwrap());
    done(&svc, "hr.zhao", sign, "for the chair");
    // A delegation that ended yesterday, by the company's calendar, is refused.
    common::set_now(Utc.with_ymd_and_hms(2027, 3, 1, 16, 30, 0).unwrap());
    assert_eq!(
        refused(
            &svc,
            "board.lin",
            Command::GrantDelegation {
                to: "hr.zhao".into(),
                until: first_of_march,
            },
            ""
        ),
        DomainError::DelegationEnded
    );
}

#[test]
fn a_store_written_by_format_1_opens_migrates_and_verifies() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("store");
    copy_dir(Path::new("tests/fixtures/store-v1"), &path);
    let store = Store::open(&path).unwrap();
    assert!(
        store.notes.iter().any(|n| n.contains("format 1")),
        "{:?}",
        store.notes
    );
    assert_eq!(store.verify(|_| {}), Ok(96));
    let svc = Service::open(store).unwrap();
    let c = svc.company();
    assert_eq!(c.plans.len(), 3);
    assert_eq!(c.plans[&HP1].state, PlanState::Approved);
    assert_eq!(c.plans[&HP2].state, PlanState::Draft);
    let returned = &c.plans[&PlanId(3)];
    assert_eq!(returned.state, PlanState::Returned);
    assert_eq!(returned.items.len(), 1);
    assert_eq!(returned.items[0].no, LineNo(1));
    assert_eq!(returned.signoff.signatures[0].comment, "too many");
    assert_eq!(c.delegations.len(), 1);
    assert_eq!(c.employees.len(), 40);
    // The old files are kept, and the store goes on in the new format.
    assert!(dir.path().join("store.format1-backup").is_dir());
    svc.execute(
        &Caller::new("gm.wang"),
        &Command::RemovePlanLine {
            id: PlanId(3),
            no: LineNo(1),
        },
        "",
    )
    .unwrap();
    assert_eq!(svc.store().verify(|_| {}), Ok(97));
    drop(svc);
    assert_eq!(Store::open(&path).unwrap().verify(|_| {}), Ok(97));
}

#[test]
fn a_store_written_by_format_2_opens_and_verifies() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("store");
    copy_dir(Path::new("tests/fixtures/store-v2"), &path);
    let store = Store::open(&path).unwrap();
    assert_eq!(store.notes, Vec::<String>::new());
    assert_eq!(store.verify(|_| {}), Ok(108));
    let svc = Service::open(store).unwrap();
    let c = svc.company();
    let p3 = &c.plans[&PlanId(3)];
    assert_eq!(p3.state, PlanState::Approved);
    assert_eq!(
        p3.items.iter().map(|i| i.no.0).collect::<Vec<_>>(),
        [2, 3],
        "line 1 was removed; the others keep their numbers"
    );
    assert_eq!(p3.submissions.len(), 2);
    assert_eq!(p3.submissions[0].comment, "請審批 please");
    let paper = p3.signoff.signatures[1].paper.as_ref().unwrap();
    assert_eq!(
        (paper.recorded_by.as_str(), paper.confirmed_by.as_deref()),
        ("hr.li", Some("hr.zhao"))
    );
    assert_eq!(c.plans[&HP1].state, PlanState::Approved);
    assert!(c.delegations[&DelegationId(1)].revoked);
    assert!(c.departments.contains_key(&DeptId(10)));
    assert!(c.users.contains_key("new.one"));
    assert_eq!(c.tz(), chrono_tz::Asia::Shanghai);
    // Rebuilt from the log alone, it is the same company.
    std::fs::remove_file(path.join("snapshot")).unwrap();
    let (rebuilt, report) = svc.store().load().unwrap();
    assert!(!report.from_snapshot);
    assert_eq!(&rebuilt, &*c);
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap().flatten() {
        std::fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
    }
}

/// Forges the log from event `at` on: that event's time set back by
/// `back`, every later event re-linked, both records of the head rewritten —
/// a chain that is whole except for its clock.
fn set_clock_back(path: &Path, at: u64, back: chrono::TimeDelta) {
    let db = sled::open(path).unwrap();
    let key = |seq: u64| [b"ev/".as_slice(), &seq.to_be_bytes()].concat();
    let mut prev = {
        let v = db.get(key(at - 1)).unwrap().unwrap();
        <[u8; 32]>::try_from(&v[..32]).unwrap()
    };
    let mut seq = at;
    while let Some(v) = db.get(key(seq)).unwrap() {
        let (_, body) = codec::split_value(&v).unwrap();
        let mut b = codec::decode_body(body, None).unwrap();
        if seq == at {
            b.env.at -= back;
        }
        let body = codec::encode_body(seq, &prev, &b.env, &b.event).unwrap();
        let hash: [u8; 32] = Sha256::digest(&body).into();
        db.insert(key(seq), [hash.as_slice(), &body].concat())
            .unwrap();
        prev = hash;
        seq += 1;
    }
    let last = seq - 1;
    db.insert(
        b"meta/head",
        [last.to_be_bytes().as_slice(), &prev].concat(),
    )
    .unwrap();
    db.flush().unwrap();
    let hex: String = prev.iter().map(|b| format!("{b:02x}")).collect();
    std::fs::write(
        path.join("HEAD"),
        format!("renshi-head 1\n{last:020} {hex}\n"),
    )
    .unwrap();
}

#[test]
fn verify_refuses_a_clock_that_runs_backwards_and_says_where() {
    let (dir, svc) = demo();
    for i in 0..3 {
        common::set_now(common::start() + days(1 + i));
        done(&svc, "gm.wang", draft(&format!("day {i}")), "");
    }
    let count = svc.store().event_count();
    drop(svc);
    let path = dir.path().join("store");
    // Ten minutes before the event ahead of it: past the tolerance.
    set_clock_back(&path, count - 1, chrono::TimeDelta::minutes(10) + days(1));
    let s = Store::open(&path).unwrap();
    assert!(matches!(
        s.verify(|_| {}),
        Err(VerifyFailure::Broken { seq, reason }) if seq == count - 1 && reason.contains("before the time")
    ));
    drop(s);
    let (dir2, svc) = demo();
    done(&svc, "gm.wang", draft("a"), "");
    common::set_now(common::start() + chrono::TimeDelta::minutes(3));
    done(&svc, "gm.wang", draft("b"), "");
    let count = svc.store().event_count();
    drop(svc);
    let path2 = dir2.path().join("store");
    set_clock_back(&path2, count, chrono::TimeDelta::minutes(4));
    assert_eq!(
        Store::open(&path2).unwrap().verify(|_| {}),
        Ok(count),
        "a minute back is inside the tolerance"
    );
}

#[test]
fn the_logs_clock_never_runs_backwards_when_the_machines_does() {
    let (_dir, svc) = demo();
    done(&svc, "gm.wang", draft("now"), "");
    common::set_now(common::start() - days(30));
    done(&svc, "gm.wang", draft("set back a month"), "");
    let n = svc.store().event_count();
    let log = svc.store().events(n - 1, 2).unwrap();
    assert!(log[1].env.at >= log[0].env.at);
    assert_eq!(svc.store().verify(|_| {}), Ok(n));
}

/// A log long enough to be walked in several ranges at once: a break is
/// still reported at exactly its event, at a join of two ranges too.
#[test]
fn a_long_log_walked_in_ranges_reports_the_first_break_exactly() {
    let (dir, svc) = demo();
    let batch: Vec<Event> = (0..10_000)
        .map(|i| Event::PlanEdited {
            id: HP2,
            title: format!("edit {i}"),
            note: String::new(),
        })
        .collect();
    for _ in 0..12 {
        svc.seed("admin", "long", &batch).unwrap();
    }
    let count = svc.store().event_count();
    assert!(count > 120_000);
    assert_eq!(svc.store().verify(|_| {}), Ok(count));
    drop(svc);
    let path = dir.path().join("store");
    let store = Store::open(&path).unwrap();
    // The first event of each possible range, one inside, and the last.
    for seq in [60_001, 60_000, count / 2 + 1, 100_003, count] {
        let original = store.raw_event(seq).unwrap();
        let mut bytes = original.clone();
        let at = bytes.len() - 3;
        bytes[at] ^= 0x10;
        store.overwrite_raw_event(seq, &bytes).unwrap();
        match store.verify(|_| {}) {
            Err(VerifyFailure::Broken { seq: found, .. }) => assert_eq!(found, seq),
            other => panic!("event {seq} changed, verify said {other:?}"),
        }
        // Two breaks: the first is the one said.
        let earlier = seq - 7;
        let kept = store.raw_event(earlier).unwrap();
        let mut b2 = kept.clone();
        b2[40] ^= 0x01;
        store.overwrite_raw_event(earlier, &b2).unwrap();
        match store.verify(|_| {}) {
            Err(VerifyFailure::Broken { seq: found, .. }) => assert_eq!(found, earlier),
            other => panic!("{other:?}"),
        }
        store.overwrite_raw_event(earlier, &kept).unwrap();
        store.overwrite_raw_event(seq, &original).unwrap();
    }
    assert_eq!(store.verify(|_| {}), Ok(count));
}

/// A store that lost one of sled's files is damaged, not "not a store":
/// that would invite making a new one over what is left.
#[test]
fn a_store_missing_a_data_file_is_called_damaged() {
    for gone in ["db", "conf"] {
        let (_dir, store, _socket) = demo_store();
        std::fs::remove_file(store.join(gone)).unwrap();
        let out = cli(&store, &["plan", "list"]);
        let msg = text(&out.stderr);
        assert_eq!(out.status.code(), Some(3), "{msg}");
        assert!(msg.contains("damaged") && msg.contains(gone), "{msg}");
        assert!(!msg.contains("not a renshi store"), "{msg}");
    }
}

#[test]
fn a_store_written_by_format_3_keeps_its_personal_data_in_the_current_format() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("store");
    copy_dir(Path::new("tests/fixtures/store-v3"), &path);
    let store = Store::open(&path).unwrap();
    let marker = std::fs::read_to_string(path.join("RENSHI_STORE")).unwrap();
    assert!(marker.starts_with("renshi store, format 6"), "{marker}");
    assert_eq!(store.verify(|_| {}), Ok(89));
    let svc = Service::open(store).unwrap();
    let c = svc.company();
    // Format 3 kept each person's record on its own; every one came over.
    assert_eq!(c.personal.len(), c.employees.len());
    let first = &c.personal[&EmployeeId(1)];
    assert_eq!(first.data.id_number, "11010119900301001X");
    assert_eq!(first.data.bank_account, "6222 0000 0000 0001");
    // A change to one person after the move is kept beside the others.
    svc.execute(
        &Caller::new("hr.zhao"),
        &Command::ErasePersonalData { id: EmployeeId(2) },
        "left the company in 2019; asked for erasure",
    )
    .unwrap();
    drop(svc);
    let svc = Service::open(Store::open(&path).unwrap()).unwrap();
    let c = svc.company();
    std::fs::remove_file(path.join("snapshot")).unwrap();
    let (rebuilt, _) = svc.store().load().unwrap();
    assert_eq!(&rebuilt, &*c);
    assert_eq!(rebuilt.personal[&EmployeeId(1)].data.phone, "13800000001");
    let erased = &rebuilt.personal[&EmployeeId(2)];
    assert!(erased.erased.is_some() && erased.data.id_number.is_empty());
    assert_eq!(rebuilt.personal.len(), rebuilt.employees.len());
}

/// Format 5 gives every personal record a date of birth and an emergency
/// contact: a format-4 store (the demo, mid-recruitment, one record erased)
/// opens with every record read as it was and the two new fields empty, its
/// old snapshot ignored rather than misread, and a change after the move kept.
#[test]
fn a_store_written_by_format_4_keeps_its_personal_data_in_the_current_format() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("store");
    copy_dir(Path::new("tests/fixtures/store-v4"), &path);
    let store = Store::open(&path).unwrap();
    let marker = std::fs::read_to_string(path.join("RENSHI_STORE")).unwrap();
    assert!(marker.starts_with("renshi store, format 6"), "{marker}");
    assert!(store.verify(|_| {}).is_ok());
    let svc = Service::open(store).unwrap();
    let c = svc.company();
    assert_eq!(c.personal.len(), c.employees.len());
    let first = c.personal[&EmployeeId(1)].clone();
    assert_eq!(first.data.phone, "13800000001");
    assert_eq!(first.data.bank_account, "6222 0000 0000 0001");
    assert_eq!(first.data.date_of_birth, "", "not known before format 5");
    let erased = &c.personal[&EmployeeId(2)];
    assert!(erased.erased.is_some() && erased.data.id_number.is_empty());
    // The recruitment the demo was in the middle of carries on.
    assert_eq!(c.requisitions.len(), 3);
    assert!(c.employees[&EmployeeId(41)].hiring.is_some());
    drop(c);
    svc.execute(
        &Caller::new("hr.li"),
        &Command::EditEmployee {
            id: EmployeeId(1),
            number: "HX-1001".into(),
            name: svc.company().employees[&EmployeeId(1)].name.clone(),
            personal: Box::new(Personal {
                date_of_birth: "1990-03-01".into(),
                emergency_contact: "王母 13900000001".into(),
                ..first.data.clone()
            }),
        },
        "",
    )
    .unwrap();
    drop(svc);
    let svc = Service::open(Store::open(&path).unwrap()).unwrap();
    std::fs::remove_file(path.join("snapshot")).unwrap();
    let (rebuilt, _) = svc.store().load().unwrap();
    assert_eq!(
        rebuilt.personal[&EmployeeId(1)].data.date_of_birth,
        "1990-03-01"
    );
    assert_eq!(rebuilt.personal[&EmployeeId(1)].data.phone, "13800000001");
    assert_eq!(rebuilt.personal.len(), rebuilt.employees.len());
    // Its candidates' contacts were written in the log, before format 6 kept
    // them beside it: they read as before, and can be erased all the same.
    let (id, record) = rebuilt
        .candidate_records
        .iter()
        .find(|(_, r)| !r.contact.is_empty())
        .map(|(id, r)| (*id, r.clone()))
        .expect("a candidate with a contact in the old log");
    assert_eq!(rebuilt.candidate_records.len(), rebuilt.candidates.len());
    assert!(record.erased.is_none());
    // The log's own copy reads as the candidate's view does: masked for all
    // but HR, and gone from every view once erased.
    let logged = |svc: &Service, login: &str| {
        let rows = match svc.query(
            &Caller::new(login),
            Query::Audit {
                from: 1,
                limit: 500,
            },
        ) {
            Ok(Reply::Audit(rows)) => rows,
            other => panic!("{other:?}"),
        };
        rows.into_iter()
            .find_map(|r| match r.event {
                Some(Event::CandidateAdded { id: c, contact, .. }) if c == id => Some(contact),
                _ => None,
            })
            .expect("the candidate's event")
    };
    assert_eq!(logged(&svc, "hr.zhao"), record.contact);
    let masked = logged(&svc, "board.chen");
    assert!(
        masked.starts_with('*') && masked != record.contact,
        "{masked}"
    );
    svc.execute(
        &Caller::new("hr.zhao"),
        &Command::Recruit(Recruit::EraseCandidate { candidate: id }),
        "asked for erasure after the rejection",
    )
    .unwrap();
    drop(svc);
    let svc = Service::open(Store::open(&path).unwrap()).unwrap();
    assert!(svc.company().candidate_records[&id].erased.is_some());
    assert_eq!(logged(&svc, "hr.zhao"), "");
    std::fs::remove_file(path.join("snapshot")).unwrap();
    let (rebuilt, _) = svc.store().load().unwrap();
    let erased = &rebuilt.candidate_records[&id];
    assert!(erased.erased.is_some() && erased.contact.is_empty() && erased.notes.is_empty());
    assert_eq!(svc.store().verify(|_| {}).map(|_| ()), Ok(()));
}

/// After an erasure the old snapshot must not keep the erased data: when a
/// new one cannot be written (here a directory stands where it is written),
/// the old one is removed and the next start replays the log.
#[test]
fn an_erasure_that_cannot_write_a_snapshot_leaves_none_holding_the_data() {
    let (dir, svc) = common::demo();
    let path = dir.path().join("store");
    drop(svc);
    let snapshot = path.join("snapshot");
    let contact = "13900000102";
    assert!(
        String::from_utf8_lossy(&std::fs::read(&snapshot).unwrap()).contains(contact),
        "the demo's snapshot holds CAN-0003's contact"
    );
    std::fs::create_dir(path.join("snapshot.new")).unwrap();
    let svc = Service::open(Store::open(&path).unwrap()).unwrap();
    svc.execute(
        &Caller::new("hr.zhao"),
        &Command::Recruit(Recruit::EraseCandidate {
            candidate: CandidateId(3),
        }),
        "PIPL art. 47",
    )
    .unwrap();
    let kept = std::fs::read(&snapshot).unwrap_or_default();
    assert!(!String::from_utf8_lossy(&kept).contains(contact));
    drop(svc);
    std::fs::remove_dir(path.join("snapshot.new")).unwrap();
    let svc = Service::open(Store::open(&path).unwrap()).unwrap();
    assert!(
        svc.company().candidate_records[&CandidateId(3)]
            .erased
            .is_some()
    );
}
