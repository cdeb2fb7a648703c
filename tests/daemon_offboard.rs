//! Offboarding through `renshi serve`: two closes of the same case race
//! through the daemon (two terminals of the HR head, one key each); one
//! separates the employee, the other hears why not, and the seat comes free
//! exactly once — in the ledger the daemon answers with and in the log it
//! rebuilds from.

mod daemon_support;

use daemon_support::*;
use renshi::domain::offboard::{Offboard, SepKind, SepState};
use renshi::domain::{Command as Cmd, DomainError, EmployeeId, EmployeeStatus, PositionId, SepId};
use renshi::service::api::{ApiError, PageReq, Query, Reply, SepView};
use renshi::transport::remote::Remote;
use std::path::Path;
use std::sync::{Arc, Barrier};
use std::thread;

fn case(r: &mut Remote, id: SepId) -> SepView {
    match query(r, Query::Separation(id)) {
        Reply::Separation(v) => *v,
        other => panic!("Separation answered {other:?}"),
    }
}

fn filled(r: &mut Remote, p: PositionId) -> u32 {
    match query(r, Query::Position(p)) {
        Reply::Position(d) => d.row.filled,
        other => panic!("Position answered {other:?}"),
    }
}

fn position_of(r: &mut Remote, e: EmployeeId) -> (PositionId, EmployeeStatus) {
    match query(r, Query::Employee(e)) {
        Reply::Employee(v) => (v.row.position, v.row.status),
        other => panic!("Employee answered {other:?}"),
    }
}

/// Takes a new case for `employee` through every step, last day today.
fn ready_to_close(socket: &Path, employee: EmployeeId, to: EmployeeId) -> SepId {
    let today = chrono::Utc::now().date_naive();
    let mut hr = remote(socket, Some("hr.li"), false);
    let done = exec(
        &mut hr,
        Cmd::Offboard(Offboard::Start {
            employee,
            kind: SepKind::Retirement,
            // A day back, so the company's day (whatever its zone) is past it.
            notice: today - chrono::TimeDelta::days(2),
            last_day: today - chrono::TimeDelta::days(1),
            reason: "Retires.".into(),
        }),
        "",
    )
    .expect("start");
    let id: SepId = done.created.unwrap().parse().unwrap();
    let tick = |step: &str, to: Option<EmployeeId>| Offboard::Tick {
        case: id,
        step: step.into(),
        handover_to: to,
    };
    let steps = [
        ("hr.li", tick("hr_talk", None)),
        ("head.civil", tick("dept_talk", None)),
        ("head.civil", tick("handover", Some(to))),
        ("admin.sun", tick("equipment", None)),
        ("hr.li", tick("agreement", None)),
        (
            "fin.zhou",
            Offboard::Settle {
                case: id,
                currency: "CNY".into(),
                last_pay: 900_000,
                leave_paid: 0,
                compensation: 0,
                deductions: 0,
                paid_on: today - chrono::TimeDelta::days(1),
            },
        ),
    ];
    for (login, cmd) in steps {
        let mut r = remote(socket, Some(login), false);
        exec(&mut r, Cmd::Offboard(cmd.clone()), "")
            .unwrap_or_else(|e| panic!("{login} {cmd:?}: {e:?}"));
    }
    id
}

#[test]
fn two_closes_of_one_case_at_once_free_the_seat_exactly_once() {
    let (_dir, store, socket) = demo_store();
    let _daemon = Daemon::start(Path::new(BIN), &store, &socket, None);
    let mut hr = remote(&socket, Some("hr.zhao"), false);
    let open: Vec<_> = match query(
        &mut hr,
        Query::Separations {
            open: true,
            page: PageReq::FIRST,
        },
    ) {
        Reply::Separations(p) => p.items,
        other => panic!("{other:?}"),
    };
    // The civil engineers who stay: one takes the work over, two leave.
    let pick = |name: &str| -> EmployeeId {
        match query(
            &mut remote(&socket, Some("hr.li"), false),
            Query::Employees(PageReq::FIRST),
        ) {
            Reply::Employees(p) => p
                .items
                .iter()
                .find(|e| e.name == name)
                .map(|e| e.id)
                .unwrap(),
            other => panic!("{other:?}"),
        }
    };
    assert!(!open.is_empty(), "the demo has open cases");
    let colleague = pick("陳靜");
    let cases = [
        ready_to_close(&socket, pick("Michael Tan"), colleague),
        ready_to_close(&socket, pick("黃磊"), colleague),
    ];
    for id in cases {
        let employee = case(&mut hr, id).row.employee;
        let (position, status) = position_of(&mut hr, employee);
        assert_eq!(status, EmployeeStatus::Active);
        let before = filled(&mut hr, position);
        let barrier = Arc::new(Barrier::new(2));
        let closers: Vec<_> = (0..2)
            .map(|_| {
                let mut r = remote(&socket, Some("hr.zhao"), false);
                let b = barrier.clone();
                thread::spawn(move || {
                    b.wait();
                    exec(&mut r, Cmd::Offboard(Offboard::Close { case: id }), "")
                })
            })
            .collect();
        let results: Vec<_> = closers.into_iter().map(|h| h.join().unwrap()).collect();
        assert_eq!(
            results.iter().filter(|r| r.is_ok()).count(),
            1,
            "{id}: one close counts: {results:?}"
        );
        match results.iter().find(|r| r.is_err()).unwrap() {
            Err(ApiError::Domain(e @ DomainError::CaseNotOpen { .. })) => {
                assert!(e.to_string().contains(&id.to_string()), "{e}")
            }
            other => panic!("{id}: a clear refusal, got {other:?}"),
        }
        assert_eq!(case(&mut hr, id).row.state, SepState::Closed);
        assert_eq!(position_of(&mut hr, employee).1, EmployeeStatus::Separated);
        assert_eq!(
            filled(&mut hr, position),
            before - 1,
            "{id}: the seat is free exactly once"
        );
    }
    // The log says the same: one close per case, and it verifies.
    let out = ok(renshi(&store)
        .env("RENSHI_SOCKET", &socket)
        .args(["--as", "hr.zhao", "audit", "verify"]));
    assert!(!out.is_empty());
}
