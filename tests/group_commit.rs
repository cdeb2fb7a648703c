//! Group commit and the snapshot (#8): commands decided together are the
//! same as the acknowledged ones run one by one; a failed batch acknowledges
//! none and leaves the state as it was; a snapshot that does not match the
//! log is noticed and the company rebuilt, equal to the replayed one.

mod common;

use chrono::{DateTime, TimeZone, Utc};
use common::{HP1, HP2, demo};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use renshi::domain::signoff::Seen;
use renshi::domain::*;
use renshi::service::api::{ApiError, Done};
use renshi::service::{Caller, Service};
use renshi::store::Store;
use std::sync::{Arc, Barrier};

/// A clock that never moves, on every thread: states compare exactly.
fn fixed() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2027, 3, 1, 9, 0, 0).unwrap()
}

fn fresh() -> (tempfile::TempDir, Service) {
    let dir = tempfile::tempdir().unwrap();
    let svc = Service::open(Store::create(&dir.path().join("store"), true).unwrap())
        .unwrap()
        .with_clock(fixed);
    svc.seed_demo("admin").unwrap();
    (dir, svc)
}

/// One of a few kinds of command, with a small number that varies it; some
/// are refused depending on what ran before (a second approval, an edit of a
/// submitted plan), which is the point.
fn command(svc: &Service, kind: u8, n: u32) -> (&'static str, Command) {
    let c = svc.company();
    let clerk = c
        .positions
        .values()
        .find(|p| p.title.contains("Office Clerk"))
        .map(|p| p.id)
        .unwrap();
    let seen = |id: PlanId| Seen {
        round: c.plans.get(&id).map_or(0, |p| p.signoff.round),
        digest: c
            .plans
            .get(&id)
            .map_or_else(String::new, |p| plans::digest(p).hex()),
    };
    match kind % 6 {
        0 => (
            "gm.wang",
            Command::DraftPlan {
                title: format!("plan {n}"),
                note: String::new(),
            },
        ),
        1 => (
            "gm.wang",
            Command::EditPlan {
                id: HP2,
                title: format!("edit {n}"),
                note: String::new(),
            },
        ),
        2 => (
            "gm.wang",
            Command::AddPlanLine {
                id: HP2,
                line: PlanLine::SetHeadcount {
                    position: clerk,
                    headcount: 3 + n % 5,
                },
            },
        ),
        3 => ("gm.wang", Command::SubmitPlan { id: HP2 }),
        4 => (
            if n.is_multiple_of(2) {
                "board.chen"
            } else {
                "board.lin"
            },
            Command::SignPlan {
                id: if n.is_multiple_of(3) { HP1 } else { HP2 },
                decision: Decision::Approve,
                seen: seen(if n.is_multiple_of(3) { HP1 } else { HP2 }),
            },
        ),
        _ => (
            "admin",
            Command::CreateDepartment {
                name: format!("部門 {}", n % 7),
                parent: None,
            },
        ),
    }
}

#[test]
fn concurrent_commands_equal_the_acknowledged_ones_run_one_by_one() {
    let mut runner = TestRunner::new(Config {
        cases: 24,
        ..Config::default()
    });
    let scripts = proptest::collection::vec(
        proptest::collection::vec((any::<u8>(), 0u32..20), 1..12),
        2..6,
    );
    runner
        .run(&scripts, |scripts| {
            let (_dir, svc) = fresh();
            let svc = Arc::new(svc);
            let barrier = Arc::new(Barrier::new(scripts.len()));
            let threads: Vec<_> = scripts
                .into_iter()
                .map(|script| {
                    let (svc, barrier) = (svc.clone(), barrier.clone());
                    std::thread::spawn(move || {
                        barrier.wait();
                        let mut acked: Vec<(u64, &'static str, Command)> = Vec::new();
                        for (kind, n) in script {
                            // Built from the state as this thread sees it: a
                            // signature may be stale by the time it is decided.
                            let (who, cmd) = command(&svc, kind, n);
                            if let Ok(Done { seq, .. }) = svc.execute(&Caller::new(who), &cmd, "") {
                                acked.push((seq, who, cmd));
                            }
                        }
                        acked
                    })
                })
                .collect();
            let mut acked: Vec<_> = threads
                .into_iter()
                .flat_map(|t| t.join().unwrap())
                .collect();
            acked.sort_by_key(|a| a.0);
            let together = (*svc.company()).clone();
            prop_assert_eq!(svc.store().verify(|_| {}), Ok(svc.store().event_count()));

            let (_dir2, one_by_one) = fresh();
            for (seq, who, cmd) in &acked {
                let done = one_by_one.execute(&Caller::new(*who), cmd, "");
                prop_assert!(
                    done.is_ok(),
                    "acknowledged {cmd:?} (seq {seq}) fails alone: {done:?}"
                );
            }
            prop_assert_eq!(&*one_by_one.company(), &together);
            prop_assert_eq!(one_by_one.store().event_count(), svc.store().event_count());
            Ok(())
        })
        .unwrap();
}

#[test]
fn a_failed_batch_acknowledges_none_and_changes_nothing() {
    let (_dir, svc) = demo();
    let svc = Arc::new(svc);
    let before = (*svc.company()).clone();
    let count = svc.store().event_count();
    // Every write fails for a while: whatever groups form, none may be acknowledged.
    svc.store().fail_next_writes(1000);
    let barrier = Arc::new(Barrier::new(8));
    let threads: Vec<_> = (0..8)
        .map(|i| {
            let (svc, barrier) = (svc.clone(), barrier.clone());
            std::thread::spawn(move || {
                barrier.wait();
                svc.execute(
                    &Caller::new("gm.wang"),
                    &Command::DraftPlan {
                        title: format!("lost {i}"),
                        note: String::new(),
                    },
                    "",
                )
            })
        })
        .collect();
    for t in threads {
        let r = t.join().unwrap();
        assert!(
            matches!(r, Err(ApiError::Store(_))),
            "a command in a failed batch was answered {r:?}"
        );
    }
    assert_eq!(&*svc.company(), &before, "the published state moved");
    assert_eq!(svc.store().event_count(), count);
    // The disk works again: the next commands go through, the log has no gap.
    svc.store().fail_next_writes(0);
    svc.execute(
        &Caller::new("gm.wang"),
        &Command::DraftPlan {
            title: "kept".into(),
            note: String::new(),
        },
        "",
    )
    .unwrap();
    assert_eq!(svc.store().event_count(), count + 1);
    assert_eq!(svc.store().verify(|_| {}), Ok(count + 1));
    let (rebuilt, _) = svc.store().load().unwrap();
    assert_eq!(&rebuilt, &*svc.company());
    assert!(!rebuilt.plans.values().any(|p| p.title.starts_with("lost")));
}

/// Drafts enough plans that the next start loads a snapshot.
fn busy(svc: &Service, n: usize) {
    for i in 0..n {
        svc.execute(
            &Caller::new("gm.wang"),
            &Command::DraftPlan {
                title: format!("draft {i}"),
                note: String::new(),
            },
            "",
        )
        .unwrap();
    }
}

#[test]
fn a_stale_missing_or_damaged_snapshot_is_noticed_and_rebuilt_to_the_same_company() {
    let (dir, svc) = demo();
    let path = dir.path().join("store");
    busy(&svc, 150);
    let company = (*svc.company()).clone();
    drop(svc); // writes a snapshot: 150 events since the last
    let snapshot = path.join("snapshot");
    assert!(snapshot.is_file(), "a clean close leaves a snapshot");

    let open = || Service::open(Store::open(&path).unwrap()).unwrap();
    // Matching: used, nothing replayed.
    let svc = open();
    assert!(svc.loaded.from_snapshot, "{:?}", svc.loaded);
    assert_eq!(svc.loaded.replayed, 0);
    assert_eq!(&*svc.company(), &company);
    let kept = std::fs::read(&snapshot).unwrap();

    // Stale (events after it): used, and the newer events replayed.
    busy(&svc, 3);
    let company = (*svc.company()).clone();
    drop(svc);
    std::fs::write(&snapshot, &kept).unwrap();
    let svc = open();
    assert!(svc.loaded.from_snapshot);
    assert_eq!(svc.loaded.replayed, 3);
    assert!(*svc.company() == company, "the replayed company differs");
    drop(svc);

    // From another log (its event's hash differs): rebuilt, and says why.
    let mut other = kept.clone();
    other[20] ^= 0xff; // inside the recorded hash of its last event
    std::fs::write(&snapshot, &other).unwrap();
    let svc = open();
    assert!(!svc.loaded.from_snapshot);
    assert!(svc.loaded.rebuilt_because.is_some());
    assert_eq!(&*svc.company(), &company);
    drop(svc);

    // Damaged payload: the checksum catches it.
    let mut damaged = std::fs::read(&snapshot).unwrap();
    let at = damaged.len() - 10;
    damaged[at] ^= 0x55;
    std::fs::write(&snapshot, &damaged).unwrap();
    let svc = open();
    assert!(!svc.loaded.from_snapshot);
    assert!(
        svc.loaded
            .rebuilt_because
            .as_deref()
            .is_some_and(|r| r.contains("damaged")),
        "{:?}",
        svc.loaded
    );
    assert_eq!(&*svc.company(), &company);
    drop(svc);

    // Missing: rebuilt from the log.
    std::fs::remove_file(&snapshot).unwrap();
    let svc = open();
    assert!(!svc.loaded.from_snapshot);
    assert_eq!(&*svc.company(), &company);
    // And the replayed company equals one rebuilt from nothing at all.
    let (rebuilt, _) = svc.store().load().unwrap();
    assert_eq!(&rebuilt, &company);
}

#[test]
fn a_process_that_began_from_the_snapshot_reads_without_sled_and_catches_up_before_writing() {
    let (dir, svc) = demo();
    let path = dir.path().join("store");
    busy(&svc, 2);
    drop(svc); // leaves a snapshot of exactly the head
    // A reader starts from the snapshot alone: sled is not opened, so a
    // writer elsewhere can hold the store meanwhile.
    let reader = Service::open(Store::open_lazy(&path).unwrap()).unwrap();
    assert!(reader.loaded.from_snapshot);
    let writer = Service::open(Store::open(&path).unwrap()).unwrap();
    let who = Caller::new("gm.wang");
    let n = reader.company().plans.len();
    writer
        .execute(
            &who,
            &Command::DraftPlan {
                title: "written elsewhere".into(),
                note: String::new(),
            },
            "",
        )
        .unwrap();
    drop(writer);
    // The reader writes next: it opens sled, reads what it missed, and
    // decides on the whole log (the new plan gets the next number).
    let done = reader
        .execute(
            &who,
            &Command::DraftPlan {
                title: "written here".into(),
                note: String::new(),
            },
            "",
        )
        .unwrap();
    let c = reader.company();
    assert_eq!(c.plans.len(), n + 2);
    assert_eq!(
        done.created.as_deref(),
        Some(format!("HP-{:04}", n + 2).as_str())
    );
    assert!(c.plans.values().any(|p| p.title == "written elsewhere"));
    assert_eq!(
        reader.store().verify(|_| {}),
        Ok(reader.store().event_count())
    );
}
