//! Recruitment through `renshi serve`: two people who may sign the same
//! step of a requisition press approve at the same moment; one signature
//! counts, the other hears clearly why not, and the ledger and the audit log
//! hold. The same through two CLI processes.

mod daemon_support;

use daemon_support::*;
use renshi::domain::recruit::{Recruit, ReqState};
use renshi::domain::{Command as Cmd, Decision, DomainError, ReqId};
use renshi::service::api::{ApiError, Query, Reply, ReqView};
use renshi::transport::Client;
use renshi::transport::remote::Remote;
use std::path::Path;
use std::sync::{Arc, Barrier};
use std::thread;

fn bin() -> &'static Path {
    Path::new(BIN)
}

fn req(r: &mut Remote, id: ReqId) -> ReqView {
    match query(r, Query::Requisition(id)) {
        Reply::Requisition(v) => *v,
        other => panic!("Requisition answered {other:?}"),
    }
}

#[test]
fn two_signers_of_one_requisition_step_at_once_one_wins_one_is_told_why_not() {
    let (_dir, store, socket) = demo_store();
    let _daemon = Daemon::start(bin(), &store, &socket, None);
    // The general manager lets fin.zhou sign for them: two people may now
    // sign the general manager's step of any requisition.
    let mut gm = remote(&socket, Some("gm.wang"), false);
    exec(
        &mut gm,
        Cmd::GrantDelegation {
            to: "fin.zhou".into(),
            until: chrono::Utc::now().date_naive() + chrono::TimeDelta::days(30),
        },
        "Travelling",
    )
    .expect("delegate");
    // head.civil raises requisitions for civil engineers (two seats free).
    let mut head = remote(&socket, Some("head.civil"), false);
    let mut div = remote(&socket, Some("div.eng"), false);
    for round in 0..4 {
        let done = exec(
            &mut head,
            Cmd::Recruit(Recruit::Raise {
                position: renshi::domain::PositionId(12),
                count: 1,
                reason: format!("race {round}"),
                start: chrono::Utc::now().date_naive() + chrono::TimeDelta::days(60),
                notes: String::new(),
            }),
            "",
        );
        let id: ReqId = match done {
            Ok(d) => d.created.unwrap().parse().unwrap(),
            // The engineers' seats ran out: the race has been run enough.
            Err(ApiError::Domain(DomainError::SeatsShort { .. })) => break,
            Err(e) => panic!("{e:?}"),
        };
        let seen = req(&mut div, id).seen;
        exec(
            &mut div,
            Cmd::Recruit(Recruit::Sign {
                id,
                decision: Decision::Approve,
                seen,
                assign: None,
            }),
            "",
        )
        .expect("the division head signs first");
        let barrier = Arc::new(Barrier::new(2));
        let signers: Vec<_> = ["gm.wang", "fin.zhou"]
            .into_iter()
            .map(|who| {
                let mut r = remote(&socket, Some(who), false);
                let seen = req(&mut r, id).seen;
                let b = barrier.clone();
                thread::spawn(move || {
                    b.wait();
                    let result = exec(
                        &mut r,
                        Cmd::Recruit(Recruit::Sign {
                            id,
                            decision: Decision::Approve,
                            seen,
                            assign: None,
                        }),
                        "ok",
                    );
                    (who, result)
                })
            })
            .collect();
        let results: Vec<_> = signers.into_iter().map(|h| h.join().unwrap()).collect();
        let winners: Vec<_> = results.iter().filter(|(_, r)| r.is_ok()).collect();
        assert_eq!(winners.len(), 1, "{id}: one signature counts: {results:?}");
        let (_, loser) = results.iter().find(|(_, r)| r.is_err()).unwrap();
        match loser {
            // The step moved on to the HR head, or the general manager's
            // step was signed in the GM's name already: either says why.
            Err(ApiError::Domain(
                e @ (DomainError::NotYourTurn { .. } | DomainError::FourEyes { .. }),
            )) => assert!(e.to_string().contains(&id.to_string()), "{e}"),
            other => panic!("{id}: a clear refusal, got {other:?}"),
        }
        let v = req(&mut gm, id);
        assert_eq!(
            v.row.state,
            ReqState::Submitted,
            "{id} waits for the HR head"
        );
        assert_eq!(
            v.timeline
                .iter()
                .filter(|e| matches!(e, renshi::service::api::TimelineEntry::Signed(_)))
                .count(),
            2,
            "{id}: two signatures, not three"
        );
    }

    // Two CLI processes: one exits 0, the other 1 with the reason (on the
    // supervisors' one free seat).
    {
        let id = raised_supervisor(&mut head);
        let seen = req(&mut div, id).seen;
        exec(
            &mut div,
            Cmd::Recruit(Recruit::Sign {
                id,
                decision: Decision::Approve,
                seen,
                assign: None,
            }),
            "",
        )
        .unwrap();
        let spawn = |who: &str| {
            let mut c = renshi(&store);
            c.args(["--socket"]).arg(&socket).args([
                "--as",
                who,
                "approve",
                &id.to_string(),
                "-m",
                "ok",
            ]);
            thread::spawn(move || output(&mut c))
        };
        let (a, b) = (spawn("gm.wang"), spawn("fin.zhou"));
        let outs = [a.join().unwrap(), b.join().unwrap()];
        assert_eq!(
            outs.iter().filter(|o| o.status.success()).count(),
            1,
            "{outs:?}"
        );
        let lost = outs.iter().find(|o| !o.status.success()).unwrap();
        assert_eq!(lost.status.code(), Some(1), "refused, not broken: {lost:?}");
        assert!(text(&lost.stderr).contains(&id.to_string()), "{lost:?}");
    }
    // The log holds.
    let mut admin = remote(&socket, Some("admin"), false);
    match admin.call(renshi::service::api::Request::Query(Query::Verify)) {
        Ok(Reply::Verified { .. }) => {}
        other => panic!("the audit log does not verify: {other:?}"),
    }
}

fn raised_supervisor(head: &mut Remote) -> ReqId {
    let done = exec(
        head,
        Cmd::Recruit(Recruit::Raise {
            position: renshi::domain::PositionId(13),
            count: 1,
            reason: "cli race".into(),
            start: chrono::Utc::now().date_naive() + chrono::TimeDelta::days(60),
            notes: String::new(),
        }),
        "",
    )
    .expect("a supervisor's seat is free in the demo");
    done.created.unwrap().parse().unwrap()
}
