//! Offboarding's part of the authorization policy, as a table: every
//! offboarding command and query against one demo user per role. Commands
//! are decided in full (`Query::Check`: authorization and the case's rules,
//! nothing written), since who may tick a step is the case's to say.
//!
//! A row gives the cell for each role in this order: admin, hr_staff,
//! hr_head, dept_head, division_head, general_manager, board, admin_dept,
//! finance, employee. Cells: "ok", "denied:<roles>", or an error's key.

mod common;

use common::*;
use renshi::domain::offboard::{ItemFate, Offboard, SepKind};
use renshi::domain::*;
use renshi::service::api::{ApiError, PageReq, Query, Reply};
use renshi::service::{Caller, Service};

const LOGINS: [&str; 10] = [
    "admin",
    "hr.li",
    "hr.zhao",
    "head.civil",
    "div.eng",
    "gm.wang",
    "board.chen",
    "admin.sun",
    "fin.zhou",
    "emp.liu",
];

const OK: &str = "ok";
/// Whoever may not see a case is not told it exists.
const NF: &str = "err.not_found";
const STEP: &str = "err.not_your_step";
const LEAVER: &str = "err.not_leaving";
const KIND: &str = "err.kind_not_yours";
const START: &str = "denied:employee,dept_head,hr_staff,hr_head";
const ADM: &str = "denied:admin_dept";
const FIN: &str = "denied:finance";
const HRH: &str = "denied:hr_head";
const HR: &str = "denied:hr_staff,hr_head";
const ITEMS: &str = "denied:admin_dept,hr_staff,hr_head,dept_head";
const CERT: &str = "denied:hr_staff,hr_head,employee";

#[rustfmt::skip]
const COMMANDS: &[(&str, [&str; 10])] = &[
    ("Start",       [START, OK, OK, KIND, START, START, START, START, START, START]),
    ("Tick",        [NF, OK, OK, STEP, STEP, STEP, NF, STEP, STEP, NF]),
    ("Skip",        [NF, STEP, OK, OK, STEP, STEP, NF, STEP, STEP, NF]),
    ("Acknowledge", [NF, LEAVER, LEAVER, LEAVER, LEAVER, LEAVER, NF, LEAVER, LEAVER, OK]),
    ("IssueItem",   [ADM, ADM, ADM, ADM, ADM, ADM, ADM, OK, ADM, ADM]),
    ("SettleItem",  [NF, ADM, ADM, ADM, ADM, ADM, NF, OK, ADM, NF]),
    ("Settle",      [NF, FIN, FIN, FIN, FIN, FIN, NF, FIN, OK, NF]),
    ("Close",       [NF, HRH, OK, HRH, HRH, HRH, NF, HRH, HRH, NF]),
    ("Withdraw",    [NF, OK, OK, HR, HR, HR, NF, HR, HR, NF]),
];

#[rustfmt::skip]
const QUERIES: &[(&str, [&str; 10])] = &[
    ("Separation",  [NF, OK, OK, OK, OK, OK, NF, OK, OK, NF]),
    ("Equipment",   [ITEMS, OK, OK, OK, OK, OK, ITEMS, OK, ITEMS, ITEMS]),
    ("Certificate", [NF, OK, OK, CERT, CERT, CERT, NF, CERT, CERT, NF]),
];

fn tick(case: SepId, step: &str) -> Offboard {
    Offboard::Tick {
        case,
        step: step.into(),
        handover_to: None,
    }
}

fn start(svc: &Service, login: &str, employee: EmployeeId, kind: SepKind) -> SepId {
    let done = ok(
        svc,
        login,
        Command::Offboard(Offboard::Start {
            employee,
            kind,
            notice: today(),
            last_day: today(),
            reason: "Table case.".into(),
        }),
        "",
    );
    done.created.unwrap().parse().unwrap()
}

/// A case with every step done, waiting for the HR head.
fn completed(svc: &Service, employee: EmployeeId) -> SepId {
    let c = company(svc);
    let case = start(svc, "hr.li", employee, SepKind::Retirement);
    let act = |login: &str, cmd: Offboard| ok(svc, login, Command::Offboard(cmd), "");
    act("hr.li", tick(case, "hr_talk"));
    act("head.civil", tick(case, "dept_talk"));
    act(
        "head.civil",
        Offboard::Tick {
            case,
            step: "handover".into(),
            handover_to: Some(employee_id(&c, "陳靜")),
        },
    );
    act("admin.sun", tick(case, "equipment"));
    act("hr.li", tick(case, "agreement"));
    act(
        "fin.zhou",
        Offboard::Settle {
            case,
            currency: "CNY".into(),
            last_pay: 1000,
            leave_paid: 0,
            compensation: 0,
            deductions: 0,
            paid_on: today(),
        },
    );
    case
}

struct World {
    svc: Service,
    _dir: tempfile::TempDir,
    a: SepId,
    b: SepId,
    c: SepId,
    d: SepId,
    e: SepId,
    huang: EmployeeId,
    wu: EmployeeId,
}

fn world() -> World {
    let (dir, svc) = demo();
    let c = company(&svc);
    let huang = employee_id(&c, "黃磊");
    let liu = employee_id(&c, "劉洋");
    ok(
        &svc,
        "admin.sun",
        Command::Offboard(Offboard::IssueItem {
            employee: huang,
            tag: "AUTH-1".into(),
            what: "Laptop".into(),
            on: today(),
        }),
        "",
    );
    let a = start(&svc, "hr.li", huang, SepKind::Dismissal);
    let b = start(&svc, "emp.liu", liu, SepKind::Resignation);
    ok(&svc, "hr.li", Command::Offboard(tick(b, "hr_talk")), "");
    // The demo's contract not renewed waits for finance.
    let seeded = c
        .separations
        .values()
        .find(|s| s.kind == SepKind::ContractNotRenewed)
        .expect("the demo's case waiting for the settlement")
        .id;
    let d = completed(&svc, employee_id(&c, "Michael Tan"));
    ok(
        &svc,
        "hr.zhao",
        Command::Offboard(Offboard::Close { case: d }),
        "",
    );
    let e = completed(&svc, employee_id(&c, "Sarah Wong"));
    World {
        svc,
        _dir: dir,
        a,
        b,
        c: seeded,
        d,
        e,
        huang,
        wu: employee_id(&c, "吳剛"),
    }
}

fn command(w: &World, row: &str) -> (Offboard, &'static str) {
    match row {
        "Start" => (
            Offboard::Start {
                employee: w.wu,
                kind: SepKind::Resignation,
                notice: today(),
                last_day: today() + days(30),
                reason: "Leaves.".into(),
            },
            "",
        ),
        "Tick" => (tick(w.a, "hr_talk"), ""),
        "Skip" => (
            Offboard::Skip {
                case: w.a,
                step: "dept_talk".into(),
            },
            "Not needed.",
        ),
        "Acknowledge" => (
            Offboard::Acknowledge {
                case: w.b,
                step: "hr_talk".into(),
            },
            "",
        ),
        "IssueItem" => (
            Offboard::IssueItem {
                employee: w.wu,
                tag: "AUTH-2".into(),
                what: "Phone".into(),
                on: today(),
            },
            "",
        ),
        "SettleItem" => (
            Offboard::SettleItem {
                case: w.a,
                tag: "AUTH-1".into(),
                fate: ItemFate::Returned,
            },
            "",
        ),
        "Settle" => (
            Offboard::Settle {
                case: w.c,
                currency: "CNY".into(),
                last_pay: 800_000,
                leave_paid: 0,
                compensation: 0,
                deductions: 0,
                paid_on: today(),
            },
            "",
        ),
        "Close" => (Offboard::Close { case: w.e }, ""),
        "Withdraw" => (Offboard::Withdraw { case: w.a }, "Mistake."),
        other => panic!("no row {other}"),
    }
}

fn cell(result: Result<Reply, ApiError>) -> String {
    match result {
        Ok(_) => OK.into(),
        Err(ApiError::Domain(DomainError::Denied { need, .. })) => format!("denied:{need}"),
        Err(ApiError::Domain(e)) => e.key().into(),
        Err(other) => format!("{other:?}"),
    }
}

fn check(what: &str, table: &[(&str, [&str; 10])], actual: impl Fn(&str, &str) -> String) {
    let mut wrong = Vec::new();
    for (row, cells) in table {
        for (i, want) in cells.iter().enumerate() {
            let got = actual(row, LOGINS[i]);
            if got != *want {
                wrong.push(format!(
                    "{row:<12} × {:<11} expected {want:<45} got {got}",
                    LOGINS[i]
                ));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "{} mismatches in the {what} table:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

/// The variant's name. Exhaustive: a new Offboard command fails to compile
/// here until it has a row.
fn variant(cmd: &Offboard) -> &'static str {
    match cmd {
        Offboard::Start { .. } => "Start",
        Offboard::Tick { .. } => "Tick",
        Offboard::Skip { .. } => "Skip",
        Offboard::Acknowledge { .. } => "Acknowledge",
        Offboard::IssueItem { .. } => "IssueItem",
        Offboard::SettleItem { .. } => "SettleItem",
        Offboard::Settle { .. } => "Settle",
        Offboard::Close { .. } => "Close",
        Offboard::Withdraw { .. } => "Withdraw",
    }
}

#[test]
fn offboarding_command_policy() {
    let w = world();
    for (row, _) in COMMANDS {
        assert_eq!(variant(&command(&w, row).0), *row);
    }
    assert_eq!(COMMANDS.len(), 9, "every command has a row");
    check("command", COMMANDS, |row, login| {
        let (cmd, comment) = command(&w, row);
        cell(w.svc.query(
            &Caller::new(login),
            Query::Check {
                command: Command::Offboard(cmd),
                comment: comment.into(),
            },
        ))
    });
}

#[test]
fn offboarding_query_policy() {
    let w = world();
    check("query", QUERIES, |row, login| {
        let q = match row {
            "Separation" => Query::Separation(w.a),
            "Equipment" => Query::Equipment(w.huang),
            "Certificate" => Query::Certificate(w.d),
            other => panic!("no row {other}"),
        };
        cell(w.svc.query(&Caller::new(login), q))
    });
    // The list holds exactly the cases each may open one by one.
    for login in LOGINS {
        let listed: Vec<SepId> = match w
            .svc
            .query(
                &Caller::new(login),
                Query::Separations {
                    open: false,
                    page: PageReq::FIRST,
                },
            )
            .unwrap()
        {
            Reply::Separations(p) => p.items.iter().map(|r| r.id).collect(),
            other => panic!("{other:?}"),
        };
        let c = company(&w.svc);
        let visible: Vec<SepId> = c
            .separations
            .keys()
            .rev()
            .filter(|id| {
                w.svc
                    .query(&Caller::new(login), Query::Separation(**id))
                    .is_ok()
            })
            .copied()
            .collect();
        assert_eq!(listed, visible, "{login}");
        let expect_all = ["hr.li", "hr.zhao", "gm.wang", "admin.sun", "fin.zhou"];
        if expect_all.contains(&login) {
            assert_eq!(listed.len(), c.separations.len(), "{login} sees every case");
        }
        if login == "emp.liu" {
            assert_eq!(listed, [w.b], "an employee sees their own case only");
        }
    }
}
