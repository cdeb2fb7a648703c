//! `renshi serve` as a real process: many clients at once, live change
//! notices, crashes and restarts, hostile or broken peers, shutdown, and the
//! identity the daemon takes from the socket's peer credentials.
//!
//! Every test starts its own daemon on a store in a fresh directory under
//! /tmp; the `Daemon` guard kills it and removes its socket when the test
//! ends, passed or failed. Waits are bounded; nothing measures speed.

mod daemon_support;

use daemon_support::*;
use renshi::domain::{Command as Cmd, Decision, DeptId, DomainError, PlanId, PlanLine, PlanState};
use renshi::service::api::{API_VERSION, ApiError, PageReq, Query, Reply};
use renshi::transport::remote::{ConnectError, Remote};
use renshi::transport::wire::{self, ServerMsg};
use renshi::transport::{Client, Link};
use std::collections::{HashMap, HashSet};
use std::io::Write;
use std::os::unix::net::UnixStream;
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Barrier};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

fn bin() -> &'static Path {
    Path::new(BIN)
}

/// Every plan, page by page.
fn plans(r: &mut Remote) -> Vec<renshi::service::api::PlanRow> {
    let mut all = Vec::new();
    let mut page = PageReq::FIRST;
    loop {
        match query(r, Query::Plans { state: None, page }) {
            Reply::Plans(p) => {
                all.extend(p.items);
                match p.next {
                    Some(next) => page.cursor = next,
                    None => return all,
                }
            }
            other => panic!("Plans answered {other:?}"),
        }
    }
}

fn plan(r: &mut Remote, id: PlanId) -> renshi::service::api::PlanView {
    match query(r, Query::Plan(id)) {
        Reply::Plan(p) => *p,
        other => panic!("Plan answered {other:?}"),
    }
}

fn verified(r: &mut Remote) -> u64 {
    match r.call(renshi::service::api::Request::Query(Query::Verify)) {
        Ok(Reply::Verified { events }) => events,
        other => panic!("the audit log does not verify: {other:?}"),
    }
}

/// A plan drafted, given one line and submitted by gm.wang: it waits for the board.
fn submitted_plan(gm: &mut Remote, title: &str) -> PlanId {
    let id = created_plan(
        &exec(
            gm,
            Cmd::DraftPlan {
                title: title.into(),
                note: String::new(),
            },
            "",
        )
        .expect("draft"),
    );
    exec(
        gm,
        Cmd::AddPlanLine {
            id,
            line: PlanLine::NewPosition {
                dept: DeptId(5),
                title: format!("{title} engineer"),
                duties: "build".into(),
                headcount: 1,
            },
        },
        "",
    )
    .expect("add a line");
    exec(gm, Cmd::SubmitPlan { id }, "").expect("submit");
    id
}

// ---------------------------------------------------------------- concurrency

#[test]
fn two_board_members_signing_at_the_same_moment_one_wins_one_is_told_why_not() {
    let (_dir, store, socket) = demo_store();
    let _daemon = Daemon::start(bin(), &store, &socket, None);
    let mut gm = remote(&socket, Some("gm.wang"), false);

    // HP-0001 waits for the board in the demo; four more are made to.
    let mut ids = vec![PlanId(1)];
    for round in 1..=4 {
        ids.push(submitted_plan(&mut gm, &format!("race {round}")));
    }
    for id in ids {
        let barrier = Arc::new(Barrier::new(2));
        let signers: Vec<_> = ["board.chen", "board.lin"]
            .into_iter()
            .map(|who| {
                // Connected before the barrier, so both requests leave together.
                let mut r = remote(&socket, Some(who), false);
                let seen = plan(&mut r, id).seen;
                let b = barrier.clone();
                thread::spawn(move || {
                    b.wait();
                    let result = exec(
                        &mut r,
                        Cmd::SignPlan {
                            id,
                            decision: Decision::Approve,
                            seen,
                        },
                        "ok",
                    );
                    (who, result)
                })
            })
            .collect();
        let results: Vec<_> = signers.into_iter().map(|h| h.join().unwrap()).collect();
        let winners: Vec<_> = results.iter().filter(|(_, r)| r.is_ok()).collect();
        assert_eq!(
            winners.len(),
            1,
            "{id}: exactly one signature counts: {results:?}"
        );
        let winner = winners[0].0;
        let (_, loser) = results.iter().find(|(w, _)| *w != winner).unwrap();
        match loser {
            Err(e @ ApiError::Domain(DomainError::NotAwaitingSignature { .. })) => {
                let msg = e.to_string();
                assert!(
                    msg.contains(&id.to_string()) && msg.contains("not waiting"),
                    "{msg}"
                );
            }
            other => panic!(
                "{id}: the second signer should hear that the plan no longer waits, got {other:?}"
            ),
        }
        let view = plan(&mut gm, id);
        assert_eq!(view.state, PlanState::Approved, "{id}");
        assert_eq!(view.signatures.len(), 1, "{id}: {:?}", view.signatures);
        assert_eq!(view.signatures[0].signer, winner);
    }

    // The same race between two CLI processes: one exits 0, the other 1 with the reason.
    let id = submitted_plan(&mut gm, "race cli");
    let spawn = |who: &str| {
        let mut c = renshi(&store);
        c.args(["--as", who, "approve", &id.to_string(), "-m", "ok"]);
        thread::spawn(move || output(&mut c))
    };
    let (a, b) = (spawn("board.chen"), spawn("board.lin"));
    let outs = [a.join().unwrap(), b.join().unwrap()];
    let won: Vec<_> = outs.iter().filter(|o| o.status.success()).collect();
    assert_eq!(won.len(), 1, "{outs:?}");
    assert!(text(&won[0].stdout).contains("approved"), "{outs:?}");
    let lost = outs.iter().find(|o| !o.status.success()).unwrap();
    assert_eq!(lost.status.code(), Some(1), "refused, not broken: {lost:?}");
    assert!(text(&lost.stderr).contains("not waiting"), "{lost:?}");
}

#[derive(Default)]
struct Tally {
    calls: u64,
    errors: Vec<String>,
    /// (plan, title) of every draft the daemon reported done.
    drafted: Vec<(PlanId, String)>,
    /// The plan an editor worked on, its last title and its line count.
    edited: Option<(PlanId, String, usize)>,
    seqs: Vec<u64>,
}

#[test]
fn thirty_two_clients_reading_and_writing_at_once_lose_nothing() {
    const CLIENTS: usize = 32;
    const LOAD: Duration = Duration::from_secs(3);
    let (_dir, store, socket) = demo_store();
    let _daemon = Daemon::start(bin(), &store, &socket, None);
    let start = Arc::new(Barrier::new(CLIENTS));

    // Everyone connects before anyone writes (a handshake can wait a long time
    // behind a steady stream of commands: the service's RwLock lets writers go first).
    let clients: Vec<(usize, Option<&'static str>, Remote)> = (0..CLIENTS)
        .map(|i| {
            let who = match i % 4 {
                0 | 1 => Some("gm.wang"),
                2 => None, // root, the demo's admin
                _ => Some(if i % 8 == 3 { "hr.zhao" } else { "emp.liu" }),
            };
            (i, who, remote(&socket, who, false))
        })
        .collect();
    let workers: Vec<JoinHandle<Tally>> = clients
        .into_iter()
        .map(|(i, who, mut r)| {
            let start = start.clone();
            thread::spawn(move || {
                let mut t = Tally::default();
                let note = |t: &mut Tally, what: String, res: Result<Option<u64>, ApiError>| {
                    t.calls += 1;
                    match res {
                        Ok(seq) => t.seqs.extend(seq),
                        Err(e) => t.errors.push(format!("client {i} {what}: {e}")),
                    }
                };
                if i % 4 == 1 {
                    let d = exec(
                        &mut r,
                        Cmd::DraftPlan {
                            title: format!("edit {i}"),
                            note: String::new(),
                        },
                        "",
                    );
                    let id = created_plan(d.as_ref().expect("an editor's draft"));
                    note(&mut t, "draft".into(), d.map(|d| Some(d.seq)));
                    t.edited = Some((id, format!("edit {i}"), 0));
                }
                start.wait();
                let until = Instant::now() + LOAD;
                let mut n = 0usize;
                while Instant::now() < until {
                    n += 1;
                    match i % 4 {
                        0 => {
                            let title = format!("load {i}-{n}");
                            let d = exec(
                                &mut r,
                                Cmd::DraftPlan {
                                    title: title.clone(),
                                    note: "load".into(),
                                },
                                "",
                            );
                            if let Ok(done) = &d {
                                t.drafted.push((created_plan(done), title));
                            }
                            note(&mut t, "draft".into(), d.map(|d| Some(d.seq)));
                        }
                        1 => {
                            let (id, _, lines) = t.edited.clone().unwrap();
                            if n.is_multiple_of(2) {
                                let title = format!("edit {i}-{n}");
                                let d = exec(
                                    &mut r,
                                    Cmd::EditPlan {
                                        id,
                                        title: title.clone(),
                                        note: "edited".into(),
                                    },
                                    "",
                                );
                                if d.is_ok() {
                                    t.edited = Some((id, title, lines));
                                }
                                note(&mut t, "edit".into(), d.map(|d| Some(d.seq)));
                            } else {
                                let line = PlanLine::NewPosition {
                                    dept: DeptId(6),
                                    title: format!("role {i}-{n}"),
                                    duties: "work".into(),
                                    headcount: 1,
                                };
                                let d = exec(&mut r, Cmd::AddPlanLine { id, line }, "");
                                if d.is_ok() {
                                    let (id, title, lines) = t.edited.clone().unwrap();
                                    t.edited = Some((id, title, lines + 1));
                                }
                                note(&mut t, "add-line".into(), d.map(|d| Some(d.seq)));
                            }
                        }
                        _ => {
                            let q = if who == Some("emp.liu") {
                                [
                                    Query::Whoami,
                                    Query::Inbox(PageReq::FIRST),
                                    Query::Departments(PageReq::FIRST),
                                ][n % 3]
                                    .clone()
                            } else {
                                [
                                    Query::Whoami,
                                    Query::Inbox(PageReq::FIRST),
                                    Query::Plans {
                                        state: None,
                                        page: PageReq::FIRST,
                                    },
                                    Query::Plan(PlanId(1)),
                                    Query::Positions {
                                        dept: None,
                                        page: PageReq {
                                            cursor: 0,
                                            limit: 20,
                                        },
                                    },
                                    Query::Departments(PageReq::FIRST),
                                    Query::Users(PageReq::FIRST),
                                    Query::Audit { from: 1, limit: 20 },
                                    Query::Verify,
                                ][n % 9]
                                    .clone()
                            };
                            let what = format!("{q:?}");
                            let res = r
                                .call(renshi::service::api::Request::Query(q))
                                .map(|_| None);
                            note(&mut t, what, res);
                        }
                    }
                }
                t
            })
        })
        .collect();
    let tallies: Vec<Tally> = workers.into_iter().map(|w| w.join().unwrap()).collect();

    let errors: Vec<&String> = tallies.iter().flat_map(|t| &t.errors).collect();
    assert!(
        errors.is_empty(),
        "{} failed calls, first: {:?}",
        errors.len(),
        &errors[..errors.len().min(5)]
    );
    assert!(
        tallies.iter().all(|t| t.calls > 0),
        "every client got to run"
    );

    // Every reported commit has its own place in the log, and the log holds it.
    let mut seqs: Vec<u64> = tallies
        .iter()
        .flat_map(|t| t.seqs.iter().copied())
        .collect();
    let n = seqs.len();
    seqs.sort_unstable();
    seqs.dedup();
    assert_eq!(
        seqs.len(),
        n,
        "two commands were given the same audit sequence number"
    );

    // The 32 clients were all of this OS user's share of connections; theirs
    // are given back as the daemon sees them close.
    let mut admin = remote_when_free(&socket, None);
    let events = verified(&mut admin);
    assert!(
        seqs.last().is_some_and(|s| *s <= events),
        "log of {events} events"
    );
    let all: HashMap<PlanId, (String, u32)> = plans(&mut admin)
        .into_iter()
        .map(|p| (p.id, (p.title, p.lines)))
        .collect();
    let drafted: Vec<&(PlanId, String)> = tallies.iter().flat_map(|t| &t.drafted).collect();
    assert!(!drafted.is_empty());
    for (id, title) in &drafted {
        assert_eq!(
            all.get(id).map(|p| &p.0),
            Some(title),
            "{id} was reported drafted"
        );
    }
    for (id, title, lines) in tallies.iter().filter_map(|t| t.edited.clone()) {
        assert_eq!(
            all.get(&id),
            Some(&(title, lines as u32)),
            "{id}: last edit and line count"
        );
    }

    // The same through the CLI, which finds the daemon beside the store.
    let listed: serde_json::Value =
        serde_json::from_str(&ok(renshi(&store).args(["plan", "list", "--json"]))).unwrap();
    // JSON names plans as people do: "HP-0042".
    let listed: HashSet<String> = listed["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap().to_string())
        .collect();
    for (id, _) in &drafted {
        assert!(
            listed.contains(&id.to_string()),
            "{id} missing from plan list"
        );
    }
    let verify = ok(renshi(&store).args(["audit", "verify"]));
    assert!(verify.contains(&events.to_string()), "{verify}");
}

/// Queries and handshakes must get their turn while commands keep coming: a
/// TUI's reload or a new login cannot wait for a burst of commits to end.
#[test]
fn queries_and_new_logins_are_served_while_commands_stream_in() {
    const WRITERS: usize = 8;
    const READERS: usize = 4;
    /// Replies each reader must get while the writers are still writing.
    const WANTED: u64 = 100;
    let (_dir, store, socket) = demo_store();
    let _daemon = Daemon::start(bin(), &store, &socket, None);
    let stop = Arc::new(AtomicBool::new(false));
    let commits = Arc::new(std::sync::atomic::AtomicU64::new(0));
    let answered: Arc<Vec<std::sync::atomic::AtomicU64>> =
        Arc::new((0..READERS).map(|_| Default::default()).collect());

    // Everyone connects first; the race under test is the newcomer's.
    let go = Arc::new(Barrier::new(WRITERS + READERS));
    let writing: Vec<Remote> = (0..WRITERS)
        .map(|_| remote(&socket, Some("gm.wang"), false))
        .collect();
    let reading: Vec<Remote> = (0..READERS)
        .map(|_| remote(&socket, Some("hr.zhao"), false))
        .collect();
    let writers: Vec<JoinHandle<Vec<String>>> = writing
        .into_iter()
        .enumerate()
        .map(|(w, mut r)| {
            let (stop, commits, go) = (stop.clone(), commits.clone(), go.clone());
            thread::spawn(move || {
                go.wait();
                let mut errors = Vec::new();
                let mut n = 0;
                while !stop.load(Ordering::SeqCst) && errors.is_empty() {
                    n += 1;
                    let title = format!("stream {w}-{n}");
                    match exec(
                        &mut r,
                        Cmd::DraftPlan {
                            title,
                            note: String::new(),
                        },
                        "",
                    ) {
                        Ok(_) => {
                            commits.fetch_add(1, Ordering::SeqCst);
                        }
                        Err(e) => errors.push(e.to_string()),
                    }
                }
                errors
            })
        })
        .collect();
    let readers: Vec<JoinHandle<Vec<String>>> = reading
        .into_iter()
        .enumerate()
        .map(|(i, mut r)| {
            let (stop, answered, go) = (stop.clone(), answered.clone(), go.clone());
            thread::spawn(move || {
                go.wait();
                let mut errors = Vec::new();
                let mut n = 0;
                while !stop.load(Ordering::SeqCst) && errors.is_empty() {
                    n += 1;
                    let q = [
                        Query::Whoami,
                        Query::Inbox(PageReq::FIRST),
                        Query::Departments(PageReq::FIRST),
                    ][n % 3]
                        .clone();
                    match r.call(renshi::service::api::Request::Query(q)) {
                        Ok(_) if !stop.load(Ordering::SeqCst) => {
                            answered[i].fetch_add(1, Ordering::SeqCst);
                        }
                        Ok(_) => {}
                        Err(e) => errors.push(e.to_string()),
                    }
                }
                errors
            })
        })
        .collect();

    // Once the commands stream, someone new logs in (the client gives up on a
    // greeting after FRAME_TIMEOUT) and the readers keep getting answers.
    let streaming = wait_until(Duration::from_secs(20), || {
        commits.load(Ordering::SeqCst) >= 50
    });
    let newcomer = Remote::connect(&socket, hello(Some("board.chen"), false));
    let counts = || {
        answered
            .iter()
            .map(|a| a.load(Ordering::SeqCst))
            .collect::<Vec<_>>()
    };
    let served = wait_until(Duration::from_secs(15), || {
        counts().iter().all(|c| *c >= WANTED)
    });
    let (seen, during) = (counts(), commits.load(Ordering::SeqCst));
    stop.store(true, Ordering::SeqCst);
    let errors: Vec<String> = writers
        .into_iter()
        .chain(readers)
        .flat_map(|h| h.join().unwrap())
        .collect();

    assert!(streaming, "the writers never got going");
    assert!(errors.is_empty(), "{errors:?}");
    if let Err(e) = newcomer {
        panic!(
            "a login during a stream of commands was not greeted in time: {e:?} \
             (the daemon answers a handshake's Whoami only between commits)"
        );
    }
    assert!(
        served,
        "queries starve while commands stream in: replies per reader {seen:?} \
         (wanted {WANTED} each) while {during} commands were committed"
    );
}

/// `audit verify` while someone commits must not cry tamper: a commit that lands
/// during the walk is either counted or not, never a "broken" log.
#[test]
fn audit_verify_during_commits_never_reports_a_broken_log() {
    const VERIFIERS: usize = 3;
    const ROUNDS: u64 = 40;
    let (_dir, store, socket) = demo_store();
    let _daemon = Daemon::start(bin(), &store, &socket, None);
    let stop = Arc::new(AtomicBool::new(false));
    // One writer: commands never queue behind each other, so reads get their turn.
    let mut w = remote(&socket, Some("gm.wang"), false);
    let flag = stop.clone();
    let writer = thread::spawn(move || {
        let mut n = 0u64;
        while !flag.load(Ordering::SeqCst) {
            n += 1;
            let title = format!("verify race {n}");
            if let Err(e) = exec(
                &mut w,
                Cmd::DraftPlan {
                    title,
                    note: String::new(),
                },
                "",
            ) {
                return Err(e.to_string());
            }
        }
        Ok(n)
    });
    let verifiers: Vec<JoinHandle<Vec<String>>> = (0..VERIFIERS)
        .map(|_| {
            let mut r = remote(&socket, None, false);
            thread::spawn(move || {
                let mut broken = Vec::new();
                for _ in 0..ROUNDS {
                    match r.call(renshi::service::api::Request::Query(Query::Verify)) {
                        Ok(Reply::Verified { .. }) => {}
                        other => broken.push(format!("{other:?}")),
                    }
                }
                broken
            })
        })
        .collect();
    let broken: Vec<String> = verifiers
        .into_iter()
        .flat_map(|v| v.join().unwrap())
        .collect();
    stop.store(true, Ordering::SeqCst);
    let commits = writer.join().unwrap().expect("the writer's commands");
    assert!(commits > 0);
    assert!(
        broken.is_empty(),
        "{} of {} verifications during {commits} commits reported a broken log, first: {}",
        broken.len(),
        VERIFIERS as u64 * ROUNDS,
        broken[0]
    );
    // And at rest the log is whole.
    ok(renshi(&store).args(["audit", "verify"]));
}

#[test]
fn a_subscribed_client_hears_of_every_commit_within_a_second() {
    let (_dir, store, socket) = demo_store();
    let _daemon = Daemon::start(bin(), &store, &socket, None);
    let watcher = remote(&socket, Some("board.chen"), true);
    let quiet = remote(&socket, Some("board.lin"), false);
    let mut gm = remote(&socket, Some("gm.wang"), false);
    for round in 0..3 {
        let before = watcher.changes();
        exec(
            &mut gm,
            Cmd::DraftPlan {
                title: format!("watched {round}"),
                note: String::new(),
            },
            "",
        )
        .expect("draft");
        assert!(
            wait_until(Duration::from_secs(1), || watcher.changes() > before),
            "round {round}: no change notice within a second of the commit (still {before})"
        );
    }
    // A CLI-style connection did not ask for notices and gets none.
    assert_eq!(quiet.changes(), 0);
    assert_eq!(quiet.link(), Link::Connected);
}

// --------------------------------------------------------------------- faults

#[test]
fn after_sigkill_under_load_a_restarted_daemon_has_every_reported_command() {
    const WRITERS: usize = 8;
    let (dir, store, socket) = demo_store();
    let mut first = Daemon::start(bin(), &store, &socket, None);

    // A second daemon must not steal a live socket.
    let other = dir.path().join("other");
    ok(renshi(&other).args(["init", "--demo"]));
    let mut intruder = Daemon::spawn(bin(), &other, &socket, None);
    let st = intruder.wait_exit(Duration::from_secs(20));
    assert!(!st.success(), "a second daemon started on a live socket");
    assert!(
        intruder.log().contains("already listens"),
        "{}",
        intruder.log()
    );
    let mut survivor = remote(&socket, Some("hr.zhao"), false);
    assert!(matches!(query(&mut survivor, Query::Whoami), Reply::Me(_)));

    let reported = Arc::new(std::sync::Mutex::new(Vec::<(PlanId, String)>::new()));
    // All connect before anyone writes: a handshake can wait a long time behind a
    // steady stream of commands (the service's RwLock lets writers go first).
    let go = Arc::new(Barrier::new(WRITERS));
    let writers: Vec<JoinHandle<Option<ApiError>>> = (0..WRITERS)
        .map(|w| {
            let mut r = remote(&socket, Some("gm.wang"), false);
            let reported = reported.clone();
            let go = go.clone();
            thread::spawn(move || {
                go.wait();
                let guard = Instant::now() + Duration::from_secs(30);
                for n in 0.. {
                    if Instant::now() > guard {
                        return None;
                    }
                    let title = format!("crash {w}-{n}");
                    match exec(
                        &mut r,
                        Cmd::DraftPlan {
                            title: title.clone(),
                            note: String::new(),
                        },
                        "",
                    ) {
                        Ok(done) => reported.lock().unwrap().push((created_plan(&done), title)),
                        Err(e) => return Some(e),
                    }
                }
                None
            })
        })
        .collect();
    assert!(
        wait_until(Duration::from_secs(20), || reported.lock().unwrap().len()
            >= 30),
        "the writers made no progress:\n{}",
        first.log()
    );
    first.sigkill();
    let ends: Vec<Option<ApiError>> = writers.into_iter().map(|w| w.join().unwrap()).collect();
    assert!(
        ends.iter().all(Option::is_some),
        "every writer noticed the daemon die: {ends:?}"
    );

    // The socket file is left behind, and nobody answers on it.
    assert!(socket.exists(), "SIGKILL leaves the socket file");
    assert!(UnixStream::connect(&socket).is_err());
    let mut second = Daemon::start(bin(), &store, &socket, None);
    assert!(second.running());

    let reported = reported.lock().unwrap().clone();
    let mut admin = remote(&socket, None, false);
    verified(&mut admin);
    let titles: HashMap<PlanId, String> = plans(&mut admin)
        .into_iter()
        .map(|p| (p.id, p.title))
        .collect();
    for (id, title) in &reported {
        assert_eq!(
            titles.get(id),
            Some(title),
            "{id} was reported drafted before the kill"
        );
    }
    // A client from before the crash reconnects by itself on its next call.
    assert!(matches!(
        query(&mut survivor, Query::Inbox(PageReq::FIRST)),
        Reply::Inbox(_)
    ));
    assert_eq!(survivor.link(), Link::Connected);
    ok(renshi(&store).args(["audit", "verify"]));
}

/// A well-behaved client that keeps asking while others misbehave.
struct Bystander {
    stop: Arc<AtomicBool>,
    handle: JoinHandle<(u64, Vec<String>)>,
}

impl Bystander {
    fn start(socket: &Path) -> Bystander {
        let mut r = remote(socket, Some("hr.zhao"), false);
        let stop = Arc::new(AtomicBool::new(false));
        let flag = stop.clone();
        let handle = thread::spawn(move || {
            let (mut calls, mut errors) = (0, Vec::new());
            while !flag.load(Ordering::SeqCst) {
                let q = if calls % 2 == 0 {
                    Query::Inbox(PageReq::FIRST)
                } else {
                    Query::Plans {
                        state: None,
                        page: PageReq::FIRST,
                    }
                };
                match r.call(renshi::service::api::Request::Query(q)) {
                    Ok(_) => calls += 1,
                    Err(e) => errors.push(e.to_string()),
                }
                thread::sleep(Duration::from_millis(20));
            }
            (calls, errors)
        });
        Bystander { stop, handle }
    }

    fn finish(self) {
        self.stop.store(true, Ordering::SeqCst);
        let (calls, errors) = self.handle.join().unwrap();
        assert!(
            errors.is_empty(),
            "the well-behaved client was disturbed: {errors:?}"
        );
        assert!(calls > 0);
    }
}

/// Does something wrong on a fresh connection; true when it was the first frame
/// (the daemon then answers with a refusal before closing).
type Misbehaviour = Box<dyn Fn(&mut UnixStream) -> bool>;

#[test]
fn garbage_and_giant_frames_drop_only_their_own_connection() {
    let (_dir, store, socket) = demo_store();
    let mut daemon = Daemon::start(bin(), &store, &socket, None);
    let bystander = Bystander::start(&socket);
    let limit = Duration::from_secs(5); // well below FRAME_TIMEOUT: refused unread, not timed out
    let huge = (1u32 << 30).to_be_bytes();

    let mut cases: Vec<(&str, Misbehaviour)> = vec![
        (
            "an HTTP request",
            Box::new(|s| {
                s.write_all(b"GET / HTTP/1.1\r\nHost: renshi\r\n\r\n")
                    .unwrap();
                true
            }),
        ),
        (
            "a small frame that is not a hello",
            Box::new(|s| {
                wire::write_frame(s, b"hello, daemon").unwrap();
                true
            }),
        ),
        (
            "a 1 GiB length as the first frame",
            Box::new(move |s| {
                s.write_all(&huge).unwrap();
                true
            }),
        ),
        (
            "a frame of garbage after the hello",
            Box::new(|s| {
                raw_hello(s);
                wire::write_frame(s, &[0xff; 64]).unwrap();
                false
            }),
        ),
        (
            "raw garbage bytes after the hello",
            Box::new(|s| {
                raw_hello(s);
                s.write_all(&[0, 0, 0, 7, 1, 2, 3, 4, 5, 6, 7, 0xde, 0xad, 0xbe, 0xef])
                    .unwrap();
                false
            }),
        ),
        (
            "a 1 GiB length after the hello",
            Box::new(move |s| {
                raw_hello(s);
                s.write_all(&huge).unwrap();
                false
            }),
        ),
    ];
    for (what, misbehave) in cases.drain(..) {
        let mut s = raw(&socket, limit);
        if misbehave(&mut s) {
            let e = assert_refused_then_closed(&mut s, what);
            assert!(matches!(e, ApiError::Protocol(_)), "{what}: {e:?}");
        } else {
            // After the hello the daemon may say why it hangs up, and says nothing else.
            let msgs = until_closed(&mut s, what);
            assert!(
                msgs.iter().all(|m| matches!(m, ServerMsg::Refused(_))),
                "{what}: {msgs:?}"
            );
        }
        assert!(
            daemon.running(),
            "{what} brought the daemon down:\n{}",
            daemon.log()
        );
        // A newcomer is served as usual.
        let mut fresh = remote(&socket, Some("board.lin"), false);
        assert!(
            matches!(
                query(&mut fresh, Query::Inbox(PageReq::FIRST)),
                Reply::Inbox(_)
            ),
            "after {what}"
        );
    }
    bystander.finish();
}

#[test]
fn half_sent_frames_and_silent_peers_are_dropped_after_the_frame_timeout() {
    let (_dir, store, socket) = demo_store();
    let mut daemon = Daemon::start(bin(), &store, &socket, None);
    let bystander = Bystander::start(&socket);
    // FRAME_TIMEOUT after the last byte, checked every 200 ms: this bounds the test.
    let limit = wire::FRAME_TIMEOUT + Duration::from_millis(2500);

    let stallers: Vec<JoinHandle<()>> = [0, 1, 2]
        .into_iter()
        .map(|kind| {
            let mut s = raw(&socket, limit);
            thread::spawn(move || {
                let what = match kind {
                    0 => "a peer that never speaks",
                    1 => {
                        // Half a hello: a length, then a few bytes of it.
                        s.write_all(&[0, 0, 0, 40, b'R', b'N']).unwrap();
                        "a half-sent hello"
                    }
                    _ => {
                        raw_hello(&mut s);
                        s.write_all(&[0, 0, 1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
                            .unwrap();
                        "a half-sent request"
                    }
                };
                let msgs = until_closed(&mut s, what);
                assert!(
                    msgs.iter().all(|m| matches!(m, ServerMsg::Refused(_))),
                    "{what}: {msgs:?}"
                );
            })
        })
        .collect();

    // While they stall, new clients are accepted and served.
    thread::sleep(Duration::from_millis(300));
    let mut newcomer = remote(&socket, Some("gm.wang"), false);
    exec(
        &mut newcomer,
        Cmd::DraftPlan {
            title: "during the stall".into(),
            note: String::new(),
        },
        "",
    )
    .expect("a command during the stall");

    for s in stallers {
        s.join().expect("a stalled peer was not dropped in time");
    }
    assert!(daemon.running(), "{}", daemon.log());
    bystander.finish();
}

#[test]
fn a_client_of_another_api_version_is_told_so() {
    let (_dir, store, socket) = demo_store();
    let _daemon = Daemon::start(bin(), &store, &socket, None);
    let mut body = wire::hello_frame(&hello(None, false)).unwrap();
    let other = API_VERSION + 1;
    body[4..8].copy_from_slice(&other.to_be_bytes());
    let mut s = raw(&socket, Duration::from_secs(5));
    wire::write_frame(&s, &body).unwrap();
    let msg = assert_refused_then_closed(&mut s, "another API version").to_string();
    assert!(
        msg.contains("version")
            && msg.contains(&other.to_string())
            && msg.contains(&API_VERSION.to_string()),
        "{msg}"
    );
}

// ------------------------------------------------------------------- shutdown

#[test]
fn sigterm_stops_the_daemon_cleanly_and_frees_the_store() {
    let (_dir, store, socket) = demo_store();
    let mut daemon = Daemon::start(bin(), &store, &socket, None);
    // Open connections, idle and subscribed, must not hold the shutdown up.
    let watcher = remote(&socket, Some("board.chen"), true);
    let mut idle = remote(&socket, Some("gm.wang"), false);
    exec(
        &mut idle,
        Cmd::DraftPlan {
            title: "before the stop".into(),
            note: String::new(),
        },
        "",
    )
    .expect("draft");

    daemon.signal(nix::sys::signal::Signal::SIGTERM);
    let status = daemon.wait_exit(Duration::from_secs(10));
    assert_eq!(status.code(), Some(0), "{}", daemon.log());
    assert!(!socket.exists(), "the socket file is removed on SIGTERM");
    assert!(
        wait_until(Duration::from_secs(5), || watcher.link() == Link::Lost),
        "a connected client notices the daemon is gone"
    );

    // The store is free again: the CLI opens it itself.
    let verify = ok(renshi(&store).args(["audit", "verify"]));
    assert!(verify.contains("intact"), "{verify}");
    let list = ok(renshi(&store).args(["plan", "list"]));
    assert!(list.contains("before the stop"), "{list}");
}

// ------------------------------------------------------------------- identity

#[test]
fn as_is_refused_by_the_daemon_on_a_real_store() {
    let dir = shared_dir("rs-d");
    let store = dir.path().join("store");
    ok(renshi(&store).arg("init"));
    let socket = dir.path().join("store.sock");
    let _daemon = Daemon::start(bin(), &store, &socket, None);

    match Remote::connect(&socket, hello(Some("gm.wang"), false)) {
        Err(ConnectError::Refused(e)) => assert!(e.to_string().contains("--as"), "{e}"),
        Err(e) => panic!("expected a refusal from the daemon, got {e:?}"),
        Ok(r) => panic!("--as accepted on a real store as {}", r.login),
    }
    let out = output(
        renshi(&store)
            .args(["--socket"])
            .arg(&socket)
            .args(["--as", "root", "inbox"]),
    );
    assert!(!out.status.success());
    assert!(text(&out.stderr).contains("--as"), "{}", text(&out.stderr));
    // Without --as the OS login (root, the store's admin) is served.
    ok(renshi(&store).arg("inbox"));
    let me = remote(&socket, None, false);
    assert_eq!(me.login, renshi::cli::os_login());
}

/// What a client sends reaches the daemon's log written out: a demo `--as`
/// name with an escape and a line break forges no line and colours nothing.
#[test]
fn a_client_cannot_forge_a_line_in_the_daemons_log() {
    let (_dir, store, socket) = demo_store();
    let daemon = Daemon::start(bin(), &store, &socket, None);
    let forged = "\u{1b}[31mEVIL\nrenshi serve: FAKE LINE\u{202e}";
    assert!(Remote::connect(&socket, hello(Some(forged), false)).is_err());
    assert!(wait_until(Duration::from_secs(10), || daemon
        .log()
        .contains("EVIL")));
    let log = daemon.log();
    assert!(
        !log.chars().any(|c| c == '\u{1b}' || c == '\u{202e}'),
        "{log:?}"
    );
    assert!(
        !log.lines().any(|l| l.starts_with("renshi serve: FAKE")),
        "{log}"
    );
    assert!(
        log.contains("\\u{1b}[31mEVIL\\nrenshi serve: FAKE"),
        "{log}"
    );
}

#[test]
fn the_daemon_knows_a_client_by_its_os_user() {
    let needs = [
        ("root", is_root()),
        ("useradd", find_tool("useradd").is_some()),
        ("userdel", find_tool("userdel").is_some()),
    ];
    if !can_run(
        "the daemon's OS identity",
        &needs,
        "it creates an OS user: run as root with the passwd package",
    ) {
        return;
    }
    let dir = shared_dir("rs-id");
    let exe = copy_binary(dir.path());
    let home = dir.path().join("home");
    std::fs::create_dir(&home).unwrap();
    let name = format!("rs-t-{}", std::process::id());
    let user = OsUser::create(&name, &home, &[]);

    let store = dir.path().join("store");
    ok(renshi_at(&exe).arg("--store").arg(&store).arg("init"));
    let socket = dir.path().join("store.sock");
    // The socket is given to the user's own group, so it may connect.
    let _daemon = Daemon::start(&exe, &store, &socket, Some(&name));

    let as_user = |args: &[&str]| {
        let mut c = renshi_at(&exe);
        c.arg("--store")
            .arg(&store)
            .args(args)
            .uid(user.uid)
            .gid(user.gid)
            .current_dir(dir.path())
            .env("HOME", &user.home)
            // Claims in the environment mean nothing: identity is the peer's uid.
            .env("USER", "root")
            .env("LOGNAME", "root");
        output(&mut c)
    };

    let out = as_user(&["inbox"]);
    let err = text(&out.stderr);
    assert!(
        !out.status.success(),
        "an unregistered login was served: {out:?}"
    );
    assert!(
        err.contains(&name) && err.contains("not registered"),
        "the refusal names the login: {err}"
    );

    ok(renshi_at(&exe).arg("--store").arg(&store).args([
        "user",
        "add",
        &name,
        "--name",
        "Test GM",
        "--role",
        "general_manager",
    ]));
    let out = as_user(&["inbox"]);
    assert!(out.status.success(), "{out:?}");
    let out = as_user(&["plan", "draft", "--title", "by the OS user"]);
    assert!(out.status.success(), "{out:?}");
    let id = text(&out.stdout).trim().to_string();
    assert!(id.starts_with("HP-"), "{id}");

    // The audit log records the command under that login.
    let verify = ok(renshi_at(&exe)
        .arg("--store")
        .arg(&store)
        .args(["audit", "verify"]));
    let events: String = verify.chars().filter(char::is_ascii_digit).collect();
    let log = ok(renshi_at(&exe)
        .arg("--store")
        .arg(&store)
        .args(["audit", "log", "--from", "1", "--limit", &events]));
    let drafted = log
        .lines()
        .find(|l| l.contains("plan drafted"))
        .unwrap_or_else(|| panic!("no plan drafted event in:\n{log}"));
    assert!(drafted.contains(&name), "{drafted}");
    assert!(!drafted.contains("root"), "{drafted}");
    drop(user);
}
