//! The audit export as an outsider checks it: `renshi audit export` read by
//! `tests/verify_audit_export.py` (Python's standard library only) and by
//! `renshi audit verify --file`, with one byte changed, from stores of every
//! format, through the daemon; and a head kept outside the machine.

mod daemon_support;

use daemon_support::*;
use renshi::store::{Store, codec};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};
use std::process::Command;

const SCRIPT: &str = "tests/verify_audit_export.py";

/// python3, or `None` after saying the test was skipped (failing instead
/// under RENSHI_REQUIRE_ALL_TESTS=1).
fn python(test: &str) -> Option<PathBuf> {
    let found = find_tool("python3");
    can_run(
        test,
        &[("python3", found.is_some())],
        "install python3; .ci/run does",
    )
    .then_some(found)
    .flatten()
}

fn verify_py(py: &Path, file: &Path) -> std::process::Output {
    output(Command::new(py).arg(SCRIPT).arg(file))
}

/// A demo store and its export, written with `-o`.
fn exported() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let (dir, store, _) = demo_store();
    let file = dir.path().join("export.jsonl");
    ok(renshi(&store).args(["audit", "export", "-o"]).arg(&file));
    (dir, store, file)
}

/// The export with one byte changed inside event 10's hashed content.
fn altered(file: &Path) -> PathBuf {
    let text = std::fs::read_to_string(file).unwrap();
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    // Line 11 is event 10 (line 1 is the header).
    let line = &mut lines[10];
    let at = line
        .find(r#"\"comment\":\""#)
        .expect("a content with a comment")
        + 14;
    let byte = line.as_bytes()[at];
    line.replace_range(at..at + 1, if byte == b'x' { "y" } else { "x" });
    let to = file.with_extension("altered.jsonl");
    std::fs::write(&to, lines.join("\n") + "\n").unwrap();
    to
}

#[test]
fn a_fresh_export_passes_the_python_verifier() {
    let Some(py) = python("a_fresh_export_passes_the_python_verifier") else {
        return;
    };
    let (_dir, _store, file) = exported();
    let out = verify_py(&py, &file);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let said = text(&out.stdout);
    assert!(said.contains(" events verified, head "), "{said}");
    assert_eq!(said.lines().count(), 1, "one line: {said}");
}

#[test]
fn one_changed_byte_fails_the_python_verifier_naming_the_event() {
    let Some(py) = python("one_changed_byte_fails_the_python_verifier_naming_the_event") else {
        return;
    };
    let (_dir, _store, file) = exported();
    let out = verify_py(&py, &altered(&file));
    assert!(!out.status.success());
    let said = text(&out.stderr);
    assert!(said.contains("line 11 (event 10)"), "{said}");
    assert!(said.contains("does not match its hash"), "{said}");
}

#[test]
fn audit_verify_file_passes_a_fresh_export_without_a_store() {
    let (dir, store, file) = exported();
    std::fs::remove_dir_all(&store).unwrap();
    let said = ok(renshi(&dir.path().join("none"))
        .args(["audit", "verify", "--file"])
        .arg(&file));
    assert!(said.contains("is intact"), "{said}");
    assert!(!dir.path().join("none").exists(), "no store was made");
}

#[test]
fn audit_verify_file_fails_one_changed_byte_naming_the_event() {
    let (_dir, store, file) = exported();
    let out = output(
        renshi(&store)
            .args(["audit", "verify", "--file"])
            .arg(altered(&file)),
    );
    assert_eq!(out.status.code(), Some(3));
    let said = text(&out.stderr);
    assert!(said.contains("line 11 (event 10)"), "{said}");
    assert!(said.contains("does not match its hash"), "{said}");
}

#[test]
fn a_line_beside_what_was_hashed_that_says_otherwise_is_refused() {
    let (_dir, store, file) = exported();
    let text_in = std::fs::read_to_string(&file).unwrap();
    // The actor outside the content is changed; the content and hash hold.
    let forged = text_in.replacen(r#""actor":""#, r#""actor":"x"#, 1);
    let bad = file.with_extension("forged.jsonl");
    std::fs::write(&bad, forged).unwrap();
    let out = output(renshi(&store).args(["audit", "verify", "--file"]).arg(&bad));
    assert_eq!(out.status.code(), Some(3));
    let said = text(&out.stderr);
    assert!(said.contains("line 2 (event 1)"), "{said}");
    assert!(
        said.contains("`actor` is not what its hashed content says"),
        "{said}"
    );
    if let Some(py) = python("a_line_beside_what_was_hashed_that_says_otherwise_is_refused") {
        let out = verify_py(&py, &bad);
        assert!(!out.status.success());
        assert!(
            text(&out.stderr)
                .contains("line 2 (event 1): its actor is not what its hashed content says"),
            "{}",
            text(&out.stderr)
        );
    }
}

#[test]
fn an_export_cut_short_is_refused() {
    let (_dir, store, file) = exported();
    let text_in = std::fs::read_to_string(&file).unwrap();
    let cut: Vec<&str> = text_in.lines().take(30).collect();
    let bad = file.with_extension("cut.jsonl");
    std::fs::write(&bad, cut.join("\n") + "\n").unwrap();
    let out = output(renshi(&store).args(["audit", "verify", "--file"]).arg(&bad));
    assert_eq!(out.status.code(), Some(3));
    let said = text(&out.stderr);
    assert!(
        said.contains("line 31: the file ends after event 29"),
        "{said}"
    );
}

#[test]
fn a_line_of_100_mb_is_refused_not_read_whole() {
    let (dir, store, file) = exported();
    let header = std::fs::read_to_string(&file)
        .unwrap()
        .lines()
        .next()
        .unwrap()
        .to_string();
    let bad = dir.path().join("huge.jsonl");
    {
        use std::io::Write;
        let mut f = std::io::BufWriter::new(std::fs::File::create(&bad).unwrap());
        writeln!(f, "{header}").unwrap();
        let chunk = vec![b'x'; 1 << 20];
        for _ in 0..100 {
            f.write_all(&chunk).unwrap();
        }
    }
    let out = output(renshi(&store).args(["audit", "verify", "--file"]).arg(&bad));
    assert_eq!(out.status.code(), Some(3));
    let said = text(&out.stderr);
    assert!(said.contains("line 2"), "{said}");
    assert!(said.contains("longer than 1048576 bytes"), "{said}");
}

#[test]
fn an_export_to_a_place_that_cannot_be_written_says_so_and_writes_nothing() {
    let (dir, store, _) = demo_store();
    // A path under a regular file: no user, root included, can create it.
    let blocker = dir.path().join("a-file");
    std::fs::write(&blocker, "x").unwrap();
    let to = blocker.join("export.jsonl");
    let out = output(renshi(&store).args(["audit", "export", "-o"]).arg(&to));
    assert_eq!(out.status.code(), Some(3));
    let said = text(&out.stderr);
    assert!(said.contains("Could not write"), "{said}");
    assert!(said.contains("Nothing was written"), "{said}");
    assert!(text(&out.stdout).is_empty());
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("export"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn an_export_through_the_daemon_is_the_embedded_one() {
    let (dir, store, socket) = demo_store();
    let embedded = ok(renshi(&store).args(["audit", "export"]));
    let _daemon = Daemon::start(Path::new(BIN), &store, &socket, None);
    let through = ok(renshi(&store).args(["audit", "export"]));
    assert_eq!(through, embedded);
    // And to a file, through the daemon.
    let file = dir.path().join("e.jsonl");
    ok(renshi(&store).args(["audit", "export", "-o"]).arg(&file));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), embedded);
}

fn kept_head(store: &Path) -> String {
    let head = ok(renshi(store).args(["audit", "head"]));
    let head = head.trim().to_string();
    let (seq, hash) = head.split_once(':').expect("SEQ:HASH");
    assert!(seq.parse::<u64>().unwrap() > 10);
    assert_eq!(hash.len(), 64);
    head
}

#[test]
fn a_kept_head_verifies_as_seq_hash_and_as_the_bare_hash() {
    let (_dir, store, _) = demo_store();
    let head = kept_head(&store);
    // More events after it do not matter.
    ok(renshi(&store).args(["--as", "gm.wang", "plan", "draft", "--title", "later"]));
    let said = ok(renshi(&store).args(["audit", "verify", "--head", &head]));
    assert!(said.contains("as it was kept"), "{said}");
    let bare = head.split_once(':').unwrap().1;
    let said = ok(renshi(&store).args(["audit", "verify", "--head", bare]));
    assert!(
        said.contains(&format!("event {}", head.split(':').next().unwrap())),
        "{said}"
    );
}

/// Rewrites the log from event `at` on, consistently: the comment of event
/// `at` changed, every later event re-linked, both records of the head
/// rewritten. `audit verify` alone cannot tell; a kept head can.
fn rewrite_from(path: &Path, at: u64) {
    let db = sled::open(path).unwrap();
    let key = |seq: u64| [b"ev/".as_slice(), &seq.to_be_bytes()].concat();
    let mut prev = <[u8; 32]>::try_from(&db.get(key(at - 1)).unwrap().unwrap()[..32]).unwrap();
    let mut seq = at;
    while let Some(v) = db.get(key(seq)).unwrap() {
        let (_, body) = codec::split_value(&v).unwrap();
        let mut b = codec::decode_body(body, None).unwrap();
        if seq == at {
            b.env.comment = "rewritten".into();
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
    let _ = std::fs::remove_file(path.join("snapshot"));
}

#[test]
fn a_kept_head_fails_once_an_earlier_event_was_rewritten() {
    let (_dir, store, _) = demo_store();
    let head = kept_head(&store);
    let seq: u64 = head.split(':').next().unwrap().parse().unwrap();
    rewrite_from(&store, 5);
    // The rewritten chain is whole in itself…
    ok(renshi(&store).args(["audit", "verify"]));
    // …but it does not hold the head that was kept.
    let out = output(renshi(&store).args(["audit", "verify", "--head", &head]));
    assert_eq!(out.status.code(), Some(3));
    let said = text(&out.stderr);
    assert!(
        said.contains(&format!(
            "Event {seq} of the log is not the one that was kept"
        )),
        "{said}"
    );
    let bare = head.split_once(':').unwrap().1;
    let out = output(renshi(&store).args(["audit", "verify", "--head", bare]));
    assert_eq!(out.status.code(), Some(3));
    assert!(
        text(&out.stderr).contains("No event of the log"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn a_kept_head_past_the_end_of_the_log_says_events_were_lost() {
    let (_dir, store, _) = demo_store();
    let head = kept_head(&store);
    let (seq, hash) = head.split_once(':').unwrap();
    let later = format!("{}:{hash}", seq.parse::<u64>().unwrap() + 5);
    let out = output(renshi(&store).args(["audit", "verify", "--head", &later]));
    assert_eq!(out.status.code(), Some(3));
    assert!(
        text(&out.stderr).contains("events were lost"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn a_kept_head_through_the_daemon() {
    let (_dir, store, socket) = demo_store();
    let head = kept_head(&store);
    let _daemon = Daemon::start(Path::new(BIN), &store, &socket, None);
    assert_eq!(kept_head(&store), head);
    let said = ok(renshi(&store).args(["audit", "verify", "--head", &head]));
    assert!(said.contains("as it was kept"), "{said}");
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap().flatten() {
        std::fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
    }
}

/// A store of an older format: it opens, verifies and exports, and its old
/// bodies check out in the chain, by renshi and by the Python script.
fn old_store_exports(format: u32, events: u64) {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    copy_dir(
        Path::new(&format!("tests/fixtures/store-v{format}")),
        &store,
    );
    assert_eq!(Store::open(&store).unwrap().verify(|_| {}), Ok(events));
    let marker = std::fs::read_to_string(store.join("RENSHI_STORE")).unwrap();
    assert!(marker.starts_with("renshi store, format 6"), "{marker}");
    let file = dir.path().join("old.jsonl");
    // The fixtures were written by whoever made them; the demo's
    // administrator reads them, whichever login runs the test.
    ok(renshi(&store)
        .args(["--as", "admin", "audit", "export", "-o"])
        .arg(&file));
    let said = ok(renshi(&store)
        .args(["audit", "verify", "--file"])
        .arg(&file));
    assert!(
        said.contains(&format!("{events} events were written by an older renshi")),
        "{said}"
    );
    let lines = std::fs::read_to_string(&file).unwrap();
    let line: serde_json::Value = serde_json::from_str(lines.lines().nth(1).unwrap()).unwrap();
    assert_eq!(line["codec"], format);
    assert!(
        line["body"].is_string() && line["event"].is_object(),
        "{line}"
    );
    if let Some(py) = python(&format!("a_format_{format}_store_exports")) {
        let out = verify_py(&py, &file);
        assert!(out.status.success(), "{}", text(&out.stderr));
        assert!(
            text(&out.stdout).contains(&format!("{events} in renshi's older binary encoding")),
            "{}",
            text(&out.stdout)
        );
    }
}

#[test]
fn a_format_1_store_opens_verifies_and_exports() {
    old_store_exports(1, 96);
}

#[test]
fn a_format_2_store_opens_verifies_and_exports() {
    old_store_exports(2, 108);
}

#[test]
fn new_events_after_old_ones_are_codec_3_and_the_chain_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    copy_dir(Path::new("tests/fixtures/store-v2"), &store);
    ok(renshi(&store).args(["--as", "gm.wang", "plan", "draft", "--title", "新 new"]));
    let s = Store::open(&store).unwrap();
    assert_eq!(s.verify(|_| {}), Ok(109));
    let raw = s.raw_event(109).unwrap();
    assert_eq!(raw[32], codec::BODY_V3);
    assert_eq!(s.raw_event(108).unwrap()[32], codec::BODY_V2);
    drop(s);
    let file = dir.path().join("mixed.jsonl");
    ok(renshi(&store)
        .args(["--as", "admin", "audit", "export", "-o"])
        .arg(&file));
    let said = ok(renshi(&store)
        .args(["audit", "verify", "--file"])
        .arg(&file));
    assert!(said.contains("109 events"), "{said}");
    if let Some(py) = python("new_events_after_old_ones_are_codec_3_and_the_chain_goes_on") {
        let out = verify_py(&py, &file);
        assert!(out.status.success(), "{}", text(&out.stderr));
    }
}

#[test]
fn over_ssh_the_export_comes_on_standard_output_only() {
    use renshi::cli::ssh::forced_cli;
    use std::ffi::OsString;
    let admin = || vec![OsString::from("renshi")];
    assert!(forced_cli("audit export".as_ref(), admin(), false).is_ok());
    assert!(forced_cli("audit head".as_ref(), admin(), false).is_ok());
    for refused in [
        "audit export -o /home/x/.ssh/rc",
        "audit export --output=x",
        "audit verify --file x",
        "backup /tmp/x",
        "restore /tmp/x",
    ] {
        let stop = forced_cli(refused.as_ref(), admin(), false).unwrap_err();
        assert!(
            stop.message.contains("not available over SSH"),
            "{refused}: {}",
            stop.message
        );
    }
}

#[test]
fn a_header_naming_another_company_is_refused() {
    let (_dir, store, file) = exported();
    let text_in = std::fs::read_to_string(&file).unwrap();
    let header = text_in.lines().next().unwrap();
    let v: serde_json::Value = serde_json::from_str(header).unwrap();
    let name = v["company"].as_str().unwrap().to_string();
    assert!(!name.is_empty(), "{header}");
    let forged = text_in.replacen(
        &format!("\"company\":{}", serde_json::to_string(&name).unwrap()),
        "\"company\":\"Another Co.\"",
        1,
    );
    assert_ne!(forged, text_in);
    let bad = file.with_extension("company.jsonl");
    std::fs::write(&bad, forged).unwrap();
    let out = output(renshi(&store).args(["audit", "verify", "--file"]).arg(&bad));
    assert_eq!(out.status.code(), Some(3));
    let said = text(&out.stderr);
    assert!(said.contains("company"), "{said}");
    if let Some(py) = python("a_header_naming_another_company_is_refused") {
        let out = verify_py(&py, &bad);
        assert!(!out.status.success());
        assert!(
            text(&out.stderr).contains("names another company"),
            "{}",
            text(&out.stderr)
        );
    }
}
