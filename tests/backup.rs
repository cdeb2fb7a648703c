//! `renshi backup` and `renshi restore`: a round trip gives the same company
//! and the same chain head, also for a backup taken through the daemon while
//! eight clients write; a backup cut short, altered, or restored over files,
//! and a backup that cannot be written or may not be taken, are refused in
//! words and leave nothing behind.

mod daemon_support;

use daemon_support::*;
use renshi::domain::{Command as Cmd, Company};
use renshi::service::Service;
use renshi::store::Store;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

fn company(store: &Path) -> Company {
    let svc = Service::open(Store::open(store).unwrap()).unwrap();
    (*svc.company()).clone()
}

/// Equal companies, or the first place they differ (a whole company printed
/// twice would bury it).
fn same(a: &Company, b: &Company) {
    if a == b {
        return;
    }
    let (x, y): (Vec<char>, Vec<char>) = (
        format!("{a:?}").chars().collect(),
        format!("{b:?}").chars().collect(),
    );
    let at = x.iter().zip(&y).take_while(|(p, q)| p == q).count();
    let around = |v: &[char]| -> String {
        v[at.saturating_sub(200)..(at + 200).min(v.len())]
            .iter()
            .collect()
    };
    panic!(
        "the companies differ at character {at}:\n  {}\n  {}",
        around(&x),
        around(&y)
    );
}

fn head_line(file: &Path) -> serde_json::Value {
    let text = std::fs::read_to_string(file).unwrap();
    serde_json::from_str(text.lines().last().unwrap()).unwrap()
}

/// A demo store and its backup.
fn backed_up() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let (dir, store, _) = demo_store();
    let file = dir.path().join("backup.jsonl");
    let said = ok(renshi(&store).arg("backup").arg(&file));
    // The 41 employees' records and the 3 candidates'.
    assert!(said.contains("44 personal records"), "{said}");
    (dir, store, file)
}

/// Names in `dir` other than `keep`: what a failed restore must not leave.
fn left_over(dir: &Path, keep: &[&str]) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| !keep.contains(&n.as_str()))
        .collect()
}

/// `restore` must fail with exit 3, say `needle`, and leave nothing.
fn refused(file: &Path, needle: &str) {
    let dir = file.parent().unwrap();
    let before = left_over(dir, &[]);
    let target = dir.join("restored");
    let out = output(renshi(&target).arg("restore").arg(file));
    assert_eq!(out.status.code(), Some(3), "{}", text(&out.stderr));
    let said = text(&out.stderr);
    assert!(said.contains("Nothing was restored into"), "{said}");
    assert!(said.contains(needle), "{said}");
    assert!(
        !target.exists(),
        "a failed restore made {}",
        target.display()
    );
    assert_eq!(left_over(dir, &[]), before, "a failed restore left files");
}

#[test]
fn a_backup_restores_to_the_same_company_and_head() {
    let (dir, store, file) = backed_up();
    let target = dir.path().join("restored");
    let said = ok(renshi(&target).arg("restore").arg(&file));
    assert!(said.contains("as in the backup"), "{said}");
    let (a, b) = (Store::open(&store).unwrap(), Store::open(&target).unwrap());
    assert_eq!(a.head().seq, b.head().seq);
    assert_eq!(a.head().hash, b.head().hash);
    assert_eq!(b.verify(|_| {}), Ok(a.head().seq));
    drop((a, b));
    let restored = company(&target);
    assert_eq!(restored.personal.len(), 41);
    assert_eq!(restored.candidate_records.len(), 3);
    same(&restored, &company(&store));
    // A restored store is a real one: `--as` is not honoured on it.
    let out = output(renshi(&target).args(["--as", "gm.wang", "inbox"]));
    assert!(!out.status.success());
    // And it works: a command goes on from the restored head.
    let admin = ok(renshi(&target).args(["user", "list"]));
    assert!(admin.contains("gm.wang"), "{admin}");
}

#[test]
fn a_backup_restores_into_an_empty_directory() {
    let (dir, _store, file) = backed_up();
    let target = dir.path().join("empty");
    std::fs::create_dir(&target).unwrap();
    ok(renshi(&target).arg("restore").arg(&file));
    assert!(renshi::store::is_store(&target));
}

#[test]
fn a_backup_taken_while_eight_clients_write_restores_to_its_head() {
    let (dir, store, socket) = demo_store();
    let _daemon = Daemon::start(Path::new(BIN), &store, &socket, None);
    let stop = Arc::new(AtomicBool::new(false));
    let writers: Vec<_> = (0..8)
        .map(|i| {
            let mut r = remote(&socket, Some("gm.wang"), false);
            let stop = stop.clone();
            std::thread::spawn(move || {
                let mut n = 0u64;
                while !stop.load(Ordering::SeqCst) {
                    n += 1;
                    let title = format!("writer {i} plan {n}");
                    let draft = Cmd::DraftPlan {
                        title,
                        note: "备注 note".into(),
                    };
                    exec(&mut r, draft, "").expect("a draft while the backup runs");
                }
                n
            })
        })
        .collect();
    // Let the writers get going, then back up through the daemon.
    std::thread::sleep(Duration::from_millis(300));
    let file = dir.path().join("live.jsonl");
    ok(renshi(&store).arg("backup").arg(&file));
    std::thread::sleep(Duration::from_millis(200));
    stop.store(true, Ordering::SeqCst);
    let written: u64 = writers.into_iter().map(|w| w.join().unwrap()).sum();
    assert!(written > 8, "the writers wrote while the backup ran");

    let trailer = head_line(&file);
    let seq = trailer["events"].as_u64().unwrap();
    let hash = trailer["head_hash"].as_str().unwrap().to_string();
    let target = dir.path().join("restored");
    ok(renshi(&target).arg("restore").arg(&file));
    drop(_daemon);

    let original = Store::open(&store).unwrap();
    assert!(
        original.head().seq > seq,
        "the log went on after the backup's head"
    );
    let at_head = original.events(seq, 1).unwrap();
    let hex: String = at_head[0].hash.iter().map(|b| format!("{b:02x}")).collect();
    assert_eq!(hex, hash, "the backup's head is the original's event {seq}");
    // The company the original log makes up to that event, with the
    // personal records (which the writers did not touch).
    let mut expected = Company::default();
    let mut from = 1;
    while from <= seq {
        for r in original.events(from, 1000).unwrap() {
            if r.seq <= seq {
                expected.apply(&r.event);
            }
            from = r.seq + 1;
        }
    }
    drop(original);
    let now = company(&store);
    expected.personal = now.personal;
    expected.candidate_records = now.candidate_records;
    let restored = company(&target);
    assert_eq!(Store::open(&target).unwrap().head().seq, seq);
    same(&restored, &expected);
}

#[test]
fn a_backup_cut_short_is_refused_naming_the_line_and_nothing_is_left() {
    let (_dir, _store, file) = backed_up();
    let text_in = std::fs::read_to_string(&file).unwrap();
    let lines: Vec<&str> = text_in.lines().collect();
    let cut = file.with_file_name("cut.jsonl");
    // Everything but the trailer: the personal records all there.
    std::fs::write(&cut, lines[..lines.len() - 1].join("\n") + "\n").unwrap();
    refused(
        &cut,
        &format!("line {}: the file ends without its last line", lines.len()),
    );
}

#[test]
fn a_backup_cut_inside_the_events_is_refused() {
    let (_dir, _store, file) = backed_up();
    let text_in = std::fs::read_to_string(&file).unwrap();
    let cut = file.with_file_name("cut.jsonl");
    std::fs::write(&cut, &text_in[..text_in.len() / 3]).unwrap();
    refused(&cut, "cut.jsonl, line ");
}

#[test]
fn a_backup_with_one_byte_changed_in_an_event_is_refused_naming_it() {
    let (_dir, _store, file) = backed_up();
    let mut bytes = std::fs::read(&file).unwrap();
    // In event 20's content (line 21), the first byte of its comment.
    let lines: Vec<usize> = bytes
        .iter()
        .enumerate()
        .filter(|(_, b)| **b == b'\n')
        .map(|(i, _)| i)
        .collect();
    let start = lines[19] + 1;
    let line = &bytes[start..lines[20]];
    let at = start
        + line
            .windows(14)
            .position(|w| w == br#"\"comment\":\""#)
            .unwrap()
        + 14;
    bytes[at] ^= 0x01;
    let bad = file.with_file_name("altered.jsonl");
    std::fs::write(&bad, bytes).unwrap();
    refused(
        &bad,
        "line 21 (event 20): its content does not match its hash",
    );
}

#[test]
fn a_backup_with_a_personal_record_changed_is_refused() {
    let (_dir, _store, file) = backed_up();
    let text_in = std::fs::read_to_string(&file).unwrap();
    let bad = file.with_file_name("personal.jsonl");
    std::fs::write(&bad, text_in.replacen("13800000040", "13800000041", 1)).unwrap();
    refused(&bad, "the file's checksum does not match");
}

#[test]
fn an_export_is_not_restored_as_a_backup() {
    let (dir, store, _) = demo_store();
    let file = dir.path().join("export.jsonl");
    ok(renshi(&store).args(["audit", "export", "-o"]).arg(&file));
    refused(&file, "is an audit export, not a backup");
}

#[test]
fn a_restore_into_a_directory_that_holds_files_is_refused_and_touches_nothing() {
    let (dir, _store, file) = backed_up();
    let target = dir.path().join("busy");
    std::fs::create_dir(&target).unwrap();
    std::fs::write(target.join("notes.txt"), "mine").unwrap();
    let out = output(renshi(&target).arg("restore").arg(&file));
    assert_eq!(out.status.code(), Some(3));
    let said = text(&out.stderr);
    assert!(said.contains("already holds files"), "{said}");
    assert_eq!(left_over(&target, &[]), vec!["notes.txt".to_string()]);
    assert_eq!(
        std::fs::read_to_string(target.join("notes.txt")).unwrap(),
        "mine"
    );
    let hidden: Vec<String> = left_over(dir.path(), &[])
        .into_iter()
        .filter(|n| n.contains("restoring"))
        .collect();
    assert!(hidden.is_empty(), "{hidden:?}");
}

#[test]
fn a_backup_to_a_place_that_cannot_be_written_says_so_and_writes_nothing() {
    let (dir, store, _) = demo_store();
    let blocker = dir.path().join("a-file");
    std::fs::write(&blocker, "x").unwrap();
    let out = output(renshi(&store).arg("backup").arg(blocker.join("b.jsonl")));
    assert_eq!(out.status.code(), Some(3));
    let said = text(&out.stderr);
    assert!(said.contains("Could not write"), "{said}");
    assert!(said.contains("Nothing was written"), "{said}");
    assert_eq!(
        left_over(dir.path(), &[])
            .into_iter()
            .filter(|n| n.contains("b.jsonl"))
            .count(),
        0
    );
}

#[test]
fn a_backup_the_asker_may_not_take_writes_nothing() {
    let (dir, store, _) = demo_store();
    let file = dir.path().join("board.jsonl");
    // The board reads the audit log, but not everyone's personal records.
    ok(renshi(&store).args(["--as", "board.chen", "audit", "export"]));
    let out = output(
        renshi(&store)
            .args(["--as", "board.chen", "backup"])
            .arg(&file),
    );
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("take a backup"),
        "{}",
        text(&out.stderr)
    );
    let left: Vec<String> = left_over(dir.path(), &[])
        .into_iter()
        .filter(|n| n.contains("board"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn a_backup_passes_audit_verify_file_and_the_python_verifier() {
    let (_dir, _store, file) = backed_up();
    let said = ok(renshi(Path::new("/nonexistent"))
        .args(["audit", "verify", "--file"])
        .arg(&file));
    assert!(
        said.contains("The backup") && said.contains("44 personal records"),
        "{said}"
    );
    let py = find_tool("python3");
    if can_run(
        "a_backup_passes_audit_verify_file_and_the_python_verifier",
        &[("python3", py.is_some())],
        "install python3; .ci/run does",
    ) {
        let out = output(
            std::process::Command::new(py.unwrap())
                .arg("tests/verify_audit_export.py")
                .arg(&file),
        );
        assert!(out.status.success(), "{}", text(&out.stderr));
        assert!(
            text(&out.stdout).contains("44 personal records"),
            "{}",
            text(&out.stdout)
        );
    }
}

/// `audit head` of `store`: SEQ:HASH.
fn kept(store: &Path) -> (u64, String) {
    let head = ok(renshi(store).args(["audit", "head"]));
    let (seq, hash) = head.trim().split_once(':').expect("SEQ:HASH");
    (seq.parse().unwrap(), hash.to_string())
}

#[test]
fn a_backup_is_checked_and_restored_against_a_head_kept_outside() {
    let (dir, store, file) = backed_up();
    let (seq, hash) = kept(&store);
    let head = format!("{seq}:{hash}");
    // The file alone, against the head, by number and by bare hash.
    for given in [head.as_str(), hash.as_str()] {
        let said = ok(renshi(&store)
            .args(["audit", "verify", "--file"])
            .arg(&file)
            .args(["--head", given]));
        assert!(
            said.contains(&format!("It holds the kept head (event {seq})")),
            "{said}"
        );
    }
    // A head the file does not hold: another hash at that number…
    let forged = format!("{}:{}", seq - 3, hash);
    let out = output(
        renshi(&store)
            .args(["audit", "verify", "--file"])
            .arg(&file)
            .args(["--head", &forged]),
    );
    assert_eq!(out.status.code(), Some(3));
    let said = text(&out.stderr);
    assert!(
        said.contains(&format!("event {} is not the one that was kept", seq - 3)),
        "{said}"
    );
    // …a number past its end, and a hash of no event of it.
    for (given, needle) in [
        (format!("{}:{hash}", seq + 2), "events were lost"),
        ("ab".repeat(32), "no event of the file is the kept head"),
    ] {
        let out = output(
            renshi(&store)
                .args(["audit", "verify", "--file"])
                .arg(&file)
                .args(["--head", &given]),
        );
        assert_eq!(out.status.code(), Some(3));
        assert!(text(&out.stderr).contains(needle), "{}", text(&out.stderr));
    }
    // A restore against the kept head goes in; against another, nothing does.
    let target = dir.path().join("restored");
    let out = output(
        renshi(&target)
            .arg("restore")
            .arg(&file)
            .args(["--head", &forged]),
    );
    assert_eq!(out.status.code(), Some(3));
    assert!(text(&out.stderr).contains("Nothing was restored into"));
    assert!(!target.exists(), "a refused restore made the store");
    let said = ok(renshi(&target)
        .arg("restore")
        .arg(&file)
        .args(["--head", &head]));
    assert!(said.contains("It holds the kept head"), "{said}");
    assert_eq!(kept(&target), (seq, hash));
}

#[test]
fn a_backup_with_a_personal_record_twice_is_refused_by_the_record() {
    let (_dir, _store, file) = backed_up();
    let text_in = std::fs::read_to_string(&file).unwrap();
    let lines: Vec<&str> = text_in.lines().collect();
    let first = lines
        .iter()
        .position(|l| l.starts_with("{\"personal\""))
        .expect("a personal line");
    // A second record for the same person, right after the first: it would
    // win on restore, whatever the checksum (anyone can recompute that).
    let mut changed = lines.clone();
    let forged = lines[first].replacen("\"phone\":\"", "\"phone\":\"9", 1);
    changed.insert(first + 1, &forged);
    let bad = file.with_file_name("twice.jsonl");
    std::fs::write(&bad, changed.join("\n") + "\n").unwrap();
    refused(&bad, "comes twice or out of order");
}

#[test]
fn a_restore_through_a_symbolic_link_is_refused_naming_where_it_points() {
    let (dir, _store, file) = backed_up();
    let real = dir.path().join("real");
    std::fs::create_dir(&real).unwrap();
    for (name, to) in [
        ("link", real.clone()),
        ("dangling", dir.path().join("nowhere")),
    ] {
        let link = dir.path().join(name);
        std::os::unix::fs::symlink(&to, &link).unwrap();
        let out = output(renshi(&link).arg("restore").arg(&file));
        assert_eq!(out.status.code(), Some(3));
        let said = text(&out.stderr);
        assert!(said.contains("is a symbolic link"), "{said}");
        assert!(said.contains(&to.display().to_string()), "{said}");
        assert!(std::fs::read_link(&link).is_ok(), "the link was replaced");
    }
    assert_eq!(std::fs::read_dir(&real).unwrap().count(), 0);
    // Given the directory itself, it goes in.
    ok(renshi(&real).arg("restore").arg(&file));
}

/// A demo store where the HR head erased `id` (an `employee` or a
/// `candidate`), and the text of its backup (`erased.jsonl` beside it).
fn erased_backup(what: &str, id: &str) -> (tempfile::TempDir, PathBuf, String) {
    let (dir, store, _) = demo_store();
    ok(renshi(&store).args(["--as", "hr.zhao", what, "erase", id, "-m", "PIPL art. 47"]));
    let file = dir.path().join("erased.jsonl");
    ok(renshi(&store).arg("backup").arg(&file));
    let text = std::fs::read_to_string(&file).unwrap();
    (dir, store, text)
}

/// The backup's line of the record of `id`, kept outside the chain under
/// `key` (`personal`, `candidate`).
fn record_line(text: &str, key: &str, id: &str) -> String {
    text.lines()
        .find(|l| l.starts_with(&format!("{{\"{key}\":\"{id}\"")))
        .unwrap()
        .to_string()
}

#[test]
fn a_backup_whose_personal_records_the_log_contradicts_is_refused() {
    let (dir, store, text_in) = erased_backup("employee", "EMP-0002");
    let line_of = |id: &str| record_line(&text_in, "personal", id);
    let erased = line_of("EMP-0002");
    assert!(erased.contains("\"erased\":{"), "{erased}");
    let alive = line_of("EMP-0001");
    // The checksum is anyone's to recompute; these are refused before it.
    let forged = alive.replace("EMP-0001", "EMP-0002");
    for (name, from, to, needle) in [
        (
            "unerased",
            erased.clone(),
            forged,
            "the log erased the personal data of EMP-0002",
        ),
        (
            "erased",
            alive.clone(),
            erased.replace("EMP-0002", "EMP-0001"),
            "says it was erased, but the log never erased it",
        ),
        (
            "escape",
            alive.clone(),
            alive.replace("13800000001", "\\u001b]0;owned\\u0007"),
            "breaks the rules for text in `phone`",
        ),
    ] {
        let bad = dir.path().join(format!("{name}.jsonl"));
        std::fs::write(&bad, text_in.replacen(&from, &to, 1)).unwrap();
        refused(&bad, needle);
        // A field's text needs no log to judge: checking the file says so too.
        if name == "escape" {
            let out = output(renshi(&store).args(["audit", "verify", "--file"]).arg(&bad));
            assert_ne!(out.status.code(), Some(0));
            assert!(text(&out.stderr).contains(needle), "{}", text(&out.stderr));
        }
    }
}

/// A candidate's contact and CV notes live beside the log like employees'
/// personal data: no event holds them, a backup carries them in records of
/// their own, and an erasure there survives a restore.
#[test]
fn a_candidates_contact_is_kept_outside_the_chain_and_restored() {
    let (dir, store, _) = demo_store();
    let added = ok(renshi(&store).args([
        "--as",
        "hr.li",
        "candidate",
        "add",
        "REQ-0002",
        "--name",
        "Ada 林",
        "--contact",
        "ada@example.org",
        "--notes",
        "Ten years of tunnels",
    ]));
    let id = added.trim().to_string();
    ok(renshi(&store).args([
        "--as",
        "hr.zhao",
        "candidate",
        "erase",
        "CAN-0001",
        "-m",
        "PIPL art. 47",
    ]));
    let file = dir.path().join("candidates.jsonl");
    ok(renshi(&store).arg("backup").arg(&file));
    let text_in = std::fs::read_to_string(&file).unwrap();
    let (events, records): (Vec<&str>, Vec<&str>) = text_in
        .lines()
        .filter(|l| l.starts_with("{\"seq\"") || l.starts_with("{\"candidate\""))
        .partition(|l| l.starts_with("{\"seq\""));
    for l in &events {
        assert!(
            !l.contains("ada@example.org") && !l.contains("Ten years"),
            "{l}"
        );
    }
    let ada = records
        .iter()
        .find(|l| l.contains(&format!("\"{id}\"")))
        .expect("her record");
    assert!(
        ada.contains("ada@example.org") && ada.contains("Ten years"),
        "{ada}"
    );
    let first = records.iter().find(|l| l.contains("\"CAN-0001\"")).unwrap();
    assert!(
        first.contains("\"contact\":\"\"") && first.contains("\"erased\":{"),
        "{first}"
    );
    let target = dir.path().join("restored");
    ok(renshi(&target).arg("restore").arg(&file));
    let restored = company(&target);
    same(&restored, &company(&store));
    let can = |n: u32| renshi::domain::CandidateId(n);
    assert_eq!(
        restored.candidate_records[&can(4)].contact,
        "ada@example.org"
    );
    assert!(restored.candidate_records[&can(1)].erased.is_some());
    assert!(restored.candidate_records[&can(1)].contact.is_empty());
}

#[test]
fn a_backup_whose_candidate_records_the_log_contradicts_is_refused() {
    let (dir, _store, text_in) = erased_backup("candidate", "CAN-0001");
    let line_of = |id: &str| record_line(&text_in, "candidate", id);
    let erased = line_of("CAN-0001");
    let alive = line_of("CAN-0002");
    assert!(alive.contains("\"erased\":null"), "{alive}");
    for (name, from, to, needle) in [
        (
            "unerased",
            erased.clone(),
            alive.replace("CAN-0002", "CAN-0001"),
            "the log erased the personal data of CAN-0001",
        ),
        (
            "erased",
            alive.clone(),
            erased.replace("CAN-0001", "CAN-0002"),
            "says it was erased, but the log never erased it",
        ),
        (
            "escape",
            alive.clone(),
            alive.replacen("\"contact\":\"", "\"contact\":\"\\u001b]0;owned\\u0007", 1),
            "breaks the rules for text in `contact`",
        ),
        (
            "order",
            alive.clone(),
            format!("{alive}\n{alive}"),
            "comes twice or out of order",
        ),
    ] {
        let bad = dir.path().join(format!("{name}.jsonl"));
        std::fs::write(&bad, text_in.replacen(&from, &to, 1)).unwrap();
        refused(&bad, needle);
    }
}
