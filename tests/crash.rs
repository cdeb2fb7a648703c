//! Crash durability with real processes.
//!
//! DEPENDS ON THE CLI: `renshi init --demo --store DIR` and
//! `renshi --store DIR --as gm.wang plan draft --title T`, which prints the
//! created plan id (HP-0003) on stdout and exits 0. Until those subcommands
//! exist these tests fail (they still compile: they use only std::process).
//!
//! A commit that reports success must survive the process being killed right
//! after, and a process killed at any moment must leave a store that opens,
//! verifies, and holds each command wholly or not at all.

use renshi::domain::{Company, PlanId};
use renshi::store::Store;
use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

const ITERATIONS: usize = 20;
/// Only a guard against a hung child; nothing here measures time.
const HANG_GUARD: Duration = Duration::from_secs(120);

fn renshi(store: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_renshi"));
    cmd.arg("--store")
        .arg(store)
        .env_remove("RENSHI_STORE")
        .env_remove("RENSHI_SOCKET")
        .env("RENSHI_LANG", "en")
        .env("NO_COLOR", "1")
        .stdin(Stdio::null());
    cmd
}

fn init_demo(store: &Path) {
    let out = renshi(store)
        .args(["init", "--demo"])
        .output()
        .expect("run renshi init");
    assert!(
        out.status.success(),
        "renshi init --demo failed ({}): {}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
}

fn spawn_draft(store: &Path, title: &str) -> Child {
    renshi(store)
        .args(["--as", "gm.wang", "plan", "draft", "--title", title])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn renshi plan draft")
}

fn kill(child: &mut Child) -> String {
    // It may have exited already; killing a finished child is not an error here.
    let _ = child.kill();
    let _ = child.wait();
    let mut err = String::new();
    if let Some(mut e) = child.stderr.take() {
        let _ = e.read_to_string(&mut err);
    }
    err
}

fn open(store: &Path) -> (Store, Company) {
    let s = Store::open(store).unwrap_or_else(|e| panic!("reopen after kill: {e:?}"));
    let c = s.load().unwrap().0;
    (s, c)
}

fn plans_titled<'a>(c: &'a Company, title: &str) -> Vec<&'a renshi::domain::Plan> {
    c.plans.values().filter(|p| p.title == title).collect()
}

#[test]
fn a_reported_draft_survives_an_immediate_kill() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    init_demo(&store);
    let start = open(&store).0.event_count();

    for n in 0..ITERATIONS {
        let title = format!("crash-{n}");
        let mut child = spawn_draft(&store, &title);
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let mut line = String::new();
            let _ = BufReader::new(stdout).read_line(&mut line);
            let _ = tx.send(line);
        });
        let line = rx.recv_timeout(HANG_GUARD);
        let stderr = kill(&mut child);
        let line = line.unwrap_or_else(|_| panic!("{title}: no report from renshi"));
        let reported: PlanId = line
            .split_whitespace()
            .find_map(|w| w.starts_with("HP-").then(|| w.parse().ok()).flatten())
            .unwrap_or_else(|| panic!("{title}: no plan id in {line:?}; stderr: {stderr}"));

        let (s, c) = open(&store);
        let found = plans_titled(&c, &title);
        assert_eq!(
            found.len(),
            1,
            "{title} reported {reported} but is not stored"
        );
        assert_eq!(found[0].id, reported);
        assert_eq!(found[0].author, "gm.wang");
        assert_eq!(s.event_count(), start + n as u64 + 1);
        assert_eq!(s.verify(|_| {}), Ok(s.event_count()));
    }
}

#[test]
fn a_writer_killed_at_any_moment_leaves_whole_commands() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    init_demo(&store);
    let start = open(&store).0.event_count();

    for n in 0..ITERATIONS {
        let title = format!("maybe-{n}");
        let mut child = spawn_draft(&store, &title);
        // Kill after a varying pause: before, during or after the commit.
        std::thread::sleep(Duration::from_millis(n as u64 * 3));
        kill(&mut child);

        let (s, c) = open(&store);
        let drafted = c
            .plans
            .values()
            .filter(|p| p.title.starts_with("maybe-"))
            .count() as u64;
        assert!(plans_titled(&c, &title).len() <= 1);
        // Every stored draft has exactly its one event, and the chain holds.
        assert_eq!(
            s.event_count(),
            start + drafted,
            "iteration {n}: records and audit log disagree"
        );
        assert_eq!(s.verify(|_| {}), Ok(s.event_count()), "iteration {n}");
    }
}
