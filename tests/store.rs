//! The sled store: reopening, tamper evidence, locking, and refusing
//! directories that are not renshi stores.

mod common;

use common::*;
use renshi::domain::{Command, Decision};
use renshi::service::api::{ApiError, Query, Reply};
use renshi::service::{Caller, Service};
use renshi::store::{Store, StoreError, VerifyFailure, codec};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Everything under `dir`: relative path → file bytes (None for directories).
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Option<Vec<u8>>> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<PathBuf, Option<Vec<u8>>>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let rel = path.strip_prefix(root).unwrap().to_path_buf();
            if path.is_dir() {
                out.insert(rel, None);
                walk(root, &path, out);
            } else {
                out.insert(rel, Some(std::fs::read(&path).unwrap()));
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(dir, dir, &mut out);
    out
}

/// What changed between two snapshots, one line per path ("" when nothing).
fn changes(
    before: &BTreeMap<PathBuf, Option<Vec<u8>>>,
    after: &BTreeMap<PathBuf, Option<Vec<u8>>>,
) -> String {
    let size = |v: &Option<Vec<u8>>| {
        v.as_ref()
            .map_or("dir".to_string(), |b| format!("{} bytes", b.len()))
    };
    let mut out = Vec::new();
    for (path, old) in before {
        match after.get(path) {
            None => out.push(format!("removed {}", path.display())),
            Some(new) if new != old => out.push(format!(
                "changed {} ({} -> {})",
                path.display(),
                size(old),
                size(new)
            )),
            Some(_) => {}
        }
    }
    for (path, new) in after {
        if !before.contains_key(path) {
            out.push(format!("added {} ({})", path.display(), size(new)));
        }
    }
    out.join("; ")
}

fn not_a_store(path: &Path) -> StoreError {
    StoreError::NotAStore {
        path: path.display().to_string(),
    }
}

/// A demo store with some history beyond the seed: an approval, a delegation,
/// an edit.
fn busy_demo() -> (tempfile::TempDir, Service) {
    let (dir, svc) = demo();
    ok(
        &svc,
        "board.chen",
        Command::SignPlan {
            id: HP1,
            decision: Decision::Approve,
            seen: seen(&svc, HP1),
        },
        "",
    );
    ok(
        &svc,
        "board.lin",
        Command::GrantDelegation {
            to: "gm.wang".into(),
            until: today() + days(10),
        },
        "",
    );
    ok(
        &svc,
        "gm.wang",
        Command::EditPlan {
            id: HP2,
            title: "行政精簡 v2".into(),
            note: "n".into(),
        },
        "second try",
    );
    (dir, svc)
}

#[test]
fn reopening_keeps_everything() {
    let (dir, svc) = busy_demo();
    let path = dir.path().join("store");
    let company = svc.store().load().unwrap().0;
    let count = svc.store().event_count();
    let log = svc.store().events(1, count as usize).unwrap();
    assert_eq!(log.len() as u64, count);
    assert_eq!(svc.store().verify(|_| {}), Ok(count));
    drop(svc);

    let store = Store::open(&path).unwrap();
    assert!(store.is_demo());
    assert_eq!(store.event_count(), count);
    assert_eq!(store.load().unwrap().0, company);
    assert_eq!(store.events(1, count as usize).unwrap(), log);
    assert_eq!(store.verify(|_| {}), Ok(count));

    // The reopened store continues the chain where it left off.
    let svc = Service::open(store).unwrap().with_clock(now);
    let done = ok(
        &svc,
        "gm.wang",
        Command::DraftPlan {
            title: "after reopening".into(),
            note: String::new(),
        },
        "",
    );
    assert_eq!(done.seq, count + 1);
    assert_eq!(svc.store().verify(|_| {}), Ok(count + 1));
    assert_eq!(
        svc.store().events(count + 1, 1).unwrap()[0].prev,
        svc.store().events(count, 1).unwrap()[0].hash
    );
}

/// Cutting events off the end leaves a chain that is whole as far as it goes;
/// the head recorded with every commit still tells that events are missing.
#[test]
fn a_log_cut_short_at_its_end_fails_verify() {
    let (_dir, svc) = busy_demo();
    let store = svc.store();
    let count = store.event_count();
    assert_eq!(store.verify(|_| {}), Ok(count));
    store.remove_raw_event(count).unwrap();
    match store.verify(|_| {}) {
        Err(VerifyFailure::Broken { seq, .. }) => assert_eq!(seq, count, "the missing last event"),
        Ok(n) => panic!("verify passed ({n} events) with event {count} removed"),
        Err(other) => panic!("{other:?}"),
    }
    store.remove_raw_event(count - 1).unwrap();
    assert!(store.verify(|_| {}).is_err(), "two events cut off");
}

#[test]
fn a_changed_byte_breaks_verify_at_exactly_that_event() {
    let (_dir, svc) = busy_demo();
    let store = svc.store();
    let count = store.event_count();
    assert!(count > 10);
    for seq in [1, count / 2, count] {
        let original = store.raw_event(seq).unwrap();
        let mut bytes = original.clone();
        let middle = bytes.len() / 2;
        bytes[middle] ^= 0x20;
        store.overwrite_raw_event(seq, &bytes).unwrap();
        match store.verify(|_| {}) {
            Err(VerifyFailure::Broken { seq: at, .. }) => assert_eq!(
                at, seq,
                "flipped a byte in event {seq}; the events before it verify"
            ),
            Ok(n) => panic!("verify passed ({n} events) with event {seq} changed"),
            Err(other) => panic!("{other:?}"),
        }
        store.overwrite_raw_event(seq, &original).unwrap();
        assert_eq!(store.verify(|_| {}), Ok(count), "restored event {seq}");
    }

    // Through the service, the same break is reported to the auditor.
    let seq = count / 3;
    let mut bytes = store.raw_event(seq).unwrap();
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0x01;
    store.overwrite_raw_event(seq, &bytes).unwrap();
    assert!(matches!(
        svc.query(&Caller::new("admin"), Query::Verify),
        Err(ApiError::AuditBroken { seq: at, .. }) if at == seq
    ));
}

#[test]
fn a_rewritten_event_with_a_fresh_hash_breaks_the_chain_after_it() {
    let (_dir, svc) = busy_demo();
    let store = svc.store();
    let count = store.event_count();
    let seq = count / 2;
    let raw = store.raw_event(seq).unwrap();
    let (hash, body) = codec::split_value(&raw).unwrap();
    assert_eq!(
        Sha256::digest(body).as_slice(),
        hash,
        "a value is hash ‖ body"
    );
    let mut decoded = codec::decode_body(body, None).unwrap();
    assert_eq!(decoded.seq, seq);
    decoded.env.actor = "someone.else".into();
    let forged_body = codec::encode_body(seq, &decoded.prev, &decoded.env, &decoded.event).unwrap();
    let mut forged: Vec<u8> = Sha256::digest(&forged_body).to_vec();
    forged.extend_from_slice(&forged_body);
    store.overwrite_raw_event(seq, &forged).unwrap();
    match store.verify(|_| {}) {
        Err(VerifyFailure::Broken { seq: at, .. }) => assert_eq!(
            at,
            seq + 1,
            "event {seq} hashes correctly, but the next one names its old hash"
        ),
        Ok(n) => panic!("verify passed ({n} events) with a forged event {seq}"),
        Err(other) => panic!("{other:?}"),
    }
}

#[test]
fn events_returns_the_log_and_nothing_past_its_end() {
    // The log's keys are followed by other records in the same tree; asking
    // for more than is left must stop at the last event, not read records.
    let (_dir, svc) = busy_demo();
    let store = svc.store();
    let count = store.event_count();
    let all = store.events(1, 10_000).unwrap();
    assert_eq!(all.len() as u64, count);
    assert_eq!(
        all.iter().map(|r| r.seq).collect::<Vec<_>>(),
        (1..=count).collect::<Vec<_>>()
    );
    assert_eq!(store.events(count, 5).unwrap().len(), 1);
    assert_eq!(store.events(count + 1, 5).unwrap(), vec![]);
    assert_eq!(
        store.events(0, 2).unwrap(),
        all[..2].to_vec(),
        "seq counts from 1"
    );
    match svc.query(
        &Caller::new("hr.zhao"),
        Query::Audit {
            from: 1,
            limit: 1000,
        },
    ) {
        Ok(Reply::Audit(entries)) => assert_eq!(entries.len() as u64, count),
        other => panic!("audit query answered {other:?}"),
    }
}

#[test]
fn a_second_open_is_refused_while_the_store_is_open() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("store");
    let first = Store::create(&path, false).unwrap();
    assert_eq!(
        Store::open(&path).err(),
        Some(StoreError::Locked {
            path: path.display().to_string()
        })
    );
    assert_eq!(
        Store::open(&path).err().map(|e| e.key()),
        Some("err.store_locked")
    );
    drop(first);
    let again = Store::open(&path).unwrap();
    assert!(!again.is_demo());
    assert_eq!(again.event_count(), 0);
}

#[test]
fn open_refuses_directories_that_are_not_stores_without_writing() {
    let dir = tempfile::tempdir().unwrap();

    // A directory with some unrelated file.
    let random = dir.path().join("random");
    std::fs::create_dir(&random).unwrap();
    std::fs::write(random.join("notes.txt"), b"\x00\x9f random bytes \xff").unwrap();
    // Something that looks like /etc.
    let etc = dir.path().join("etc");
    std::fs::create_dir_all(etc.join("ssh")).unwrap();
    std::fs::write(etc.join("passwd"), "root:x:0:0:root:/root:/bin/sh\n").unwrap();
    std::fs::write(etc.join("hosts"), "127.0.0.1 localhost\n").unwrap();
    std::fs::write(etc.join("ssh/sshd_config"), "PermitRootLogin no\n").unwrap();
    // An empty directory, a plain file, and nothing at all.
    let empty = dir.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    let file = dir.path().join("file");
    std::fs::write(&file, "just a file").unwrap();
    let absent = dir.path().join("absent");

    let before = snapshot(dir.path());
    for path in [&random, &etc, &empty, &file] {
        assert_eq!(Store::open(path).err(), Some(not_a_store(path)), "{path:?}");
    }
    // Nothing there at all: there is no store yet, which says how to make one.
    assert_eq!(
        Store::open(&absent).err(),
        Some(StoreError::NoStore {
            path: absent.display().to_string()
        })
    );
    assert_eq!(
        changes(&before, &snapshot(dir.path())),
        "",
        "open wrote into a foreign directory"
    );
    assert!(!absent.exists());
}

#[test]
fn open_leaves_a_foreign_directory_with_conf_and_db_files_alone() {
    // Files named `conf` and `db` are common; finding them does not make a
    // directory a renshi store, and opening must not rewrite them.
    let dir = tempfile::tempdir().unwrap();
    let cases: [(&str, &[u8], &[u8]); 2] = [
        ("short", b"a=1\n", b"some other program's database"),
        (
            "long",
            b"[server]\nport = 8080\nname = \"x\"\n",
            &[7u8; 5000],
        ),
    ];
    for (name, conf, db) in cases {
        let path = dir.path().join(name);
        std::fs::create_dir(&path).unwrap();
        std::fs::write(path.join("conf"), conf).unwrap();
        std::fs::write(path.join("db"), db).unwrap();
        let before = snapshot(&path);
        let result = std::panic::catch_unwind(|| Store::open(&path).err());
        assert_eq!(
            result.expect("Store::open panicked"),
            Some(not_a_store(&path)),
            "{name}"
        );
        assert_eq!(
            changes(&before, &snapshot(&path)),
            "",
            "{name}: open changed the directory"
        );
    }
}

#[test]
fn open_refuses_a_sled_database_that_is_not_a_store() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sled");
    {
        let db = sled::open(&path).unwrap();
        db.insert(b"key", b"value").unwrap();
        db.flush().unwrap();
    }
    assert_eq!(Store::open(&path).err(), Some(not_a_store(&path)));
    // It is still the other program's intact database.
    let db = sled::open(&path).unwrap();
    assert_eq!(db.get(b"key").unwrap().as_deref(), Some(&b"value"[..]));
    assert_eq!(db.len(), 1);
}

#[test]
fn create_refuses_a_non_empty_directory() {
    let dir = tempfile::tempdir().unwrap();
    let busy = dir.path().join("busy");
    std::fs::create_dir(&busy).unwrap();
    std::fs::write(busy.join("keep.txt"), "precious").unwrap();
    let before = snapshot(dir.path());
    assert_eq!(
        Store::create(&busy, true).err(),
        Some(StoreError::NotEmpty {
            path: busy.display().to_string()
        })
    );
    assert_eq!(changes(&before, &snapshot(dir.path())), "");

    // Nor over an existing store, open or not.
    let store_path = dir.path().join("a/b/store");
    let store = Store::create(&store_path, false).unwrap();
    assert!(matches!(
        Store::create(&store_path, true),
        Err(StoreError::NotEmpty { .. })
    ));
    drop(store);
    assert!(matches!(
        Store::create(&store_path, true),
        Err(StoreError::NotEmpty { .. })
    ));
    assert!(!Store::open(&store_path).unwrap().is_demo());

    // An empty existing directory is fine.
    let empty = dir.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    assert!(Store::create(&empty, true).unwrap().is_demo());
}

#[test]
fn a_store_of_another_format_version_is_unsupported() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("store");
    drop(Store::create(&path, false).unwrap());
    let set_format = |bytes: &[u8]| {
        let db = sled::open(&path).unwrap();
        db.insert(b"meta/format", bytes).unwrap();
        db.flush().unwrap();
    };

    set_format(&(codec::FORMAT_VERSION + 1).to_be_bytes());
    assert_eq!(
        Store::open(&path).err(),
        Some(StoreError::Unsupported {
            path: path.display().to_string(),
            found: codec::FORMAT_VERSION + 1,
            supported: codec::FORMAT_VERSION,
        })
    );

    set_format(&[0, 1]);
    assert!(matches!(
        Store::open(&path),
        Err(StoreError::Corrupt { .. })
    ));

    set_format(&codec::FORMAT_VERSION.to_be_bytes());
    assert_eq!(Store::open(&path).unwrap().event_count(), 0);
}
