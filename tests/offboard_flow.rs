//! Offboarding through the service (issue #12): every path a separation case
//! takes — the employee's resignation, the department's advice, a failed
//! probation, a withdrawal, steps not applicable — with each owner ticking
//! their own step, the gates between steps, the equipment item by item, the
//! settlement, and the close that frees the seat exactly once.

mod common;

use common::recruit::{created, review_seen, step};
use common::*;
use renshi::domain::offboard::{ItemFate, Money, Offboard, SepKind, SepState, StepState};
use renshi::domain::recruit::{Recruit, Verdict};
use renshi::domain::*;
use renshi::service::Caller;
use renshi::service::api::{InboxKind, PageReq, Query, Reply};

fn act(svc: &renshi::service::Service, login: &str, cmd: Offboard, note: &str) -> SepId {
    let done = ok(svc, login, Command::Offboard(cmd), note);
    done.created
        .as_deref()
        .and_then(|s| s.parse().ok())
        .unwrap_or(SepId(0))
}

fn refuse(svc: &renshi::service::Service, login: &str, cmd: Offboard, note: &str) -> String {
    refused(svc, login, Command::Offboard(cmd), note)
        .key()
        .to_string()
}

fn start(employee: EmployeeId, kind: SepKind, last_in: i64) -> Offboard {
    Offboard::Start {
        employee,
        kind,
        notice: today(),
        last_day: today() + days(last_in),
        reason: "Moving abroad.".into(),
    }
}

fn tick(case: SepId, step: &str) -> Offboard {
    Offboard::Tick {
        case,
        step: step.into(),
        handover_to: None,
    }
}

fn settle(case: SepId, last_pay: i64, deductions: i64) -> Offboard {
    Offboard::Settle {
        case,
        currency: "CNY".into(),
        last_pay,
        leave_paid: 300_000,
        compensation: 0,
        deductions,
        paid_on: today(),
    }
}

fn filled(svc: &renshi::service::Service, p: PositionId) -> u32 {
    svc.company().ledger(p).filled
}

fn inbox(svc: &renshi::service::Service, login: &str) -> Vec<(InboxKind, String)> {
    match svc
        .query(&Caller::new(login), Query::Inbox(PageReq::FIRST))
        .unwrap()
    {
        Reply::Inbox(p) => p
            .items
            .into_iter()
            .map(|i| (i.kind, i.case.to_string()))
            .collect(),
        other => panic!("{other:?}"),
    }
}

fn step_keys(items: &[(InboxKind, String)], case: SepId) -> Vec<String> {
    items
        .iter()
        .filter(|(_, c)| *c == case.to_string())
        .filter_map(|(k, _)| match k {
            InboxKind::OffboardStep { step, .. } => Some(step.key.clone()),
            InboxKind::AcknowledgeStep { step } => Some(format!("ack:{}", step.key)),
            InboxKind::StepOverdue { step, .. } => Some(format!("overdue:{}", step.key)),
            InboxKind::CloseSeparation => Some("close".into()),
            _ => None,
        })
        .collect()
}

#[test]
fn a_resignation_runs_owner_by_owner_to_a_close_that_frees_the_seat_once() {
    let (_dir, svc) = demo();
    let c = company(&svc);
    let liu = employee_id(&c, "劉洋");
    let colleague = employee_id(&c, "陳靜");
    let engineer = position_id(&c, "Civil Engineer");
    let seats = filled(&svc, engineer);
    ok(
        &svc,
        "admin.sun",
        Command::Offboard(Offboard::IssueItem {
            employee: liu,
            tag: "IT-9001".into(),
            what: "Laptop".into(),
            on: today() - days(300),
        }),
        "",
    );
    // The employee resigns themselves.
    let case = act(&svc, "emp.liu", start(liu, SepKind::Resignation, 14), "");
    assert_eq!(
        company(&svc).employees[&liu].status,
        EmployeeStatus::Active,
        "a case does not end the employment by opening"
    );
    assert_eq!(
        step_keys(&inbox(&svc, "hr.li"), case),
        ["hr_talk"],
        "the agreement waits for the HR talk"
    );
    assert_eq!(
        step_keys(&inbox(&svc, "head.civil"), case),
        ["dept_talk", "handover"]
    );
    assert_eq!(step_keys(&inbox(&svc, "admin.sun"), case), ["equipment"]);
    assert!(
        step_keys(&inbox(&svc, "fin.zhou"), case).is_empty(),
        "the settlement waits for the handover and the equipment"
    );

    act(
        &svc,
        "hr.li",
        tick(case, "hr_talk"),
        "Contract ends by resignation.",
    );
    assert_eq!(step_keys(&inbox(&svc, "emp.liu"), case), ["ack:hr_talk"]);
    act(
        &svc,
        "emp.liu",
        Offboard::Acknowledge {
            case,
            step: "hr_talk".into(),
        },
        "",
    );
    assert_eq!(
        refuse(
            &svc,
            "emp.liu",
            Offboard::Acknowledge {
                case,
                step: "hr_talk".into()
            },
            ""
        ),
        "err.acknowledged"
    );
    act(&svc, "head.civil", tick(case, "2"), "");
    assert_eq!(
        refuse(&svc, "head.civil", tick(case, "handover"), ""),
        "err.handover_to_needed"
    );
    assert_eq!(
        refuse(
            &svc,
            "head.civil",
            Offboard::Tick {
                case,
                step: "handover".into(),
                handover_to: Some(liu),
            },
            ""
        ),
        "err.bad_handover",
        "nobody hands their work over to themselves"
    );
    act(
        &svc,
        "head.civil",
        Offboard::Tick {
            case,
            step: "handover".into(),
            handover_to: Some(colleague),
        },
        "Drawings and site diary.",
    );
    assert_eq!(
        refuse(&svc, "admin.sun", tick(case, "equipment"), ""),
        "err.equipment_outstanding"
    );
    assert_eq!(
        refuse(&svc, "fin.zhou", settle(case, 1_200_000, 0), ""),
        "err.step_gated"
    );
    act(
        &svc,
        "admin.sun",
        Offboard::SettleItem {
            case,
            tag: "it-9001".into(),
            fate: ItemFate::Returned,
        },
        "",
    );
    let c = company(&svc);
    let sep = &c.separations[&case];
    assert_eq!(
        sep.step("equipment").unwrap().state,
        StepState::Done,
        "the last item back completes the equipment step"
    );
    assert_eq!(
        sep.step("equipment").unwrap().by.as_deref(),
        Some("admin.sun")
    );
    act(&svc, "fin.zhou", settle(case, 1_200_000, 50_000), "");
    let s = company(&svc).separations[&case].settlement.clone().unwrap();
    assert_eq!(s.total, 1_200_000 + 300_000 - 50_000);
    assert_eq!(
        refuse(&svc, "hr.zhao", Offboard::Close { case }, ""),
        "err.steps_open",
        "the agreement is still open"
    );
    act(
        &svc,
        "hr.li",
        tick(case, "agreement"),
        "Signed, ref. SA-2027-03.",
    );
    assert!(
        step_keys(&inbox(&svc, "hr.zhao"), case).is_empty(),
        "no close is offered before the last day"
    );
    assert_eq!(
        refuse(&svc, "hr.zhao", Offboard::Close { case }, ""),
        "err.before_last_day",
        "they still work until their last day"
    );
    assert_eq!(
        refuse(
            &svc,
            "hr.li",
            Offboard::Withdraw { case },
            "Changed their mind."
        ),
        "err.agreement_signed"
    );
    set_today(today() + days(14));
    assert_eq!(step_keys(&inbox(&svc, "hr.zhao"), case), ["close"]);
    assert_eq!(filled(&svc, engineer), seats, "the seat is held to the end");
    ok(
        &svc,
        "hr.zhao",
        Command::Offboard(Offboard::Close { case }),
        "",
    );
    let c = company(&svc);
    assert_eq!(c.separations[&case].state, SepState::Closed);
    let e = &c.employees[&liu];
    assert_eq!(e.status, EmployeeStatus::Separated);
    assert!(matches!(
        e.history.last().unwrap().change,
        Change::Separated { case: k, .. } if k == case
    ));
    assert_eq!(filled(&svc, engineer), seats - 1, "the seat is free again");
    assert_eq!(
        refuse(&svc, "hr.zhao", Offboard::Close { case }, ""),
        "err.case_not_open"
    );
    assert_eq!(filled(&svc, engineer), seats - 1, "and only once");
    assert_eq!(
        refuse(&svc, "head.civil", tick(case, "handover"), ""),
        "err.case_not_open",
        "a closed case no longer changes"
    );
    // The log rebuilds the same company, seat and all.
    assert_eq!(svc.store().load().unwrap().0, company(&svc));
    assert!(
        c.users["emp.liu"].disabled,
        "whoever leaves leaves renshi too: their login would keep its rights"
    );
    // The certificate is HR's to print (the person's login is gone).
    for login in ["hr.li"] {
        match svc.query(&Caller::new(login), Query::Certificate(case)) {
            Ok(Reply::Certificate(cert)) => {
                assert_eq!(cert.name, "劉洋");
                assert_eq!(cert.last_day, today());
                assert!(
                    cert.id_number.is_empty() || cert.id_number.contains('*'),
                    "the ID number is masked: {}",
                    cert.id_number
                );
            }
            other => panic!("{login}: {other:?}"),
        }
    }
    assert!(
        svc.query(&Caller::new("head.civil"), Query::Certificate(case))
            .is_err()
    );
}

#[test]
fn bad_input_gets_its_own_refusal_and_writes_nothing() {
    let (_dir, svc) = demo();
    let c = company(&svc);
    let liu = employee_id(&c, "劉洋");
    let case = act(&svc, "hr.li", start(liu, SepKind::MutualAgreement, 10), "");
    let expect = |login: &str, cmd: Offboard, note: &str, key: &str| {
        assert_eq!(
            refuse(&svc, login, cmd.clone(), note),
            key,
            "{login} {cmd:?}"
        );
    };
    expect(
        "hr.li",
        Offboard::Start {
            employee: employee_id(&c, "黃磊"),
            kind: SepKind::Retirement,
            notice: today(),
            last_day: today() - days(1),
            reason: "Retires.".into(),
        },
        "",
        "err.last_day_before_notice",
    );
    expect(
        "hr.li",
        start(liu, SepKind::Dismissal, 5),
        "",
        "err.case_open",
    );
    expect(
        "hr.li",
        Offboard::Start {
            employee: employee_id(&c, "黃磊"),
            kind: SepKind::Retirement,
            notice: today(),
            last_day: today(),
            reason: "  ".into(),
        },
        "",
        "err.empty_field",
    );
    expect("hr.li", tick(case, "agreement"), "", "err.step_gated");
    expect("admin.sun", tick(case, "hr_talk"), "", "err.not_your_step");
    expect("head.civil", tick(case, "hr_talk"), "", "err.not_your_step");
    expect("hr.li", tick(case, "dept_talk"), "", "err.not_your_step");
    expect("emp.liu", tick(case, "dept_talk"), "", "err.own_separation");
    expect("hr.li", tick(case, "farewell"), "", "err.no_such_step");
    expect("hr.li", tick(case, "9"), "", "err.no_such_step");
    expect(
        "hr.li",
        Offboard::Skip {
            case,
            step: "hr_talk".into(),
        },
        "",
        "err.reason_required",
    );
    expect("hr.zhao", Offboard::Close { case }, "", "err.steps_open");
    expect(
        "admin.sun",
        Offboard::SettleItem {
            case,
            tag: "NOPE-1".into(),
            fate: ItemFate::Returned,
        },
        "",
        "err.no_such_item",
    );
    expect(
        "hr.li",
        Offboard::Withdraw { case },
        "",
        "err.reason_required",
    );
    expect(
        "emp.liu",
        Offboard::Withdraw { case },
        "I stay.",
        "err.denied",
    );
    // Money: open the settlement's gates, then try bad figures.
    act(
        &svc,
        "head.civil",
        Offboard::Tick {
            case,
            step: "handover".into(),
            handover_to: Some(employee_id(&c, "陳靜")),
        },
        "",
    );
    expect(
        "admin.sun",
        Offboard::IssueItem {
            employee: liu,
            tag: "IT-1".into(),
            what: "Phone".into(),
            on: today() + days(1),
        },
        "",
        "err.in_future",
    );
    ok(
        &svc,
        "admin.sun",
        Command::Offboard(Offboard::IssueItem {
            employee: liu,
            tag: "IT-1".into(),
            what: "Phone".into(),
            on: today(),
        }),
        "",
    );
    expect(
        "admin.sun",
        Offboard::IssueItem {
            employee: employee_id(&c, "黃磊"),
            tag: "ｉｔ-1".into(),
            what: "Phone".into(),
            on: today(),
        },
        "",
        "err.duplicate_tag",
    );
    expect(
        "admin.sun",
        Offboard::SettleItem {
            case,
            tag: "IT-1".into(),
            fate: ItemFate::Charged(Money {
                minor: -5,
                currency: "CNY".into(),
            }),
        },
        "Lost.",
        "err.bad_amount",
    );
    expect(
        "admin.sun",
        Offboard::SettleItem {
            case,
            tag: "IT-1".into(),
            fate: ItemFate::Charged(Money {
                minor: 0,
                currency: "CNY".into(),
            }),
        },
        "Lost.",
        "err.nothing_charged",
    );
    // The last item back completes the equipment step, and the settlement may follow.
    act(
        &svc,
        "admin.sun",
        Offboard::SettleItem {
            case,
            tag: "it-1".into(),
            fate: ItemFate::Returned,
        },
        "",
    );
    expect("fin.zhou", settle(case, -1, 0), "", "err.bad_amount");
    // A hostile client's figures near i64::MAX cannot overflow the total.
    expect("fin.zhou", settle(case, i64::MAX, 0), "", "err.bad_amount");
    expect(
        "fin.zhou",
        settle(case, 100, 500_000),
        "",
        "err.settlement_negative",
    );
    expect(
        "fin.zhou",
        Offboard::Settle {
            case,
            currency: "yuan".into(),
            last_pay: 1,
            leave_paid: 0,
            compensation: 0,
            deductions: 0,
            paid_on: today(),
        },
        "",
        "err.bad_currency",
    );
    assert!(matches!(
        renshi::domain::offboard::parse_amount("abc", "CNY"),
        Err(DomainError::BadAmount { .. })
    ));
}

#[test]
fn who_may_open_which_case() {
    let (_dir, svc) = demo();
    let c = company(&svc);
    let liu = employee_id(&c, "劉洋");
    let mep = employee_id(&c, "David Wu");
    let civil = employee_id(&c, "黃磊");
    // An employee resigns themselves, and only resigns.
    assert_eq!(
        refuse(&svc, "emp.liu", start(liu, SepKind::Dismissal, 5), ""),
        "err.kind_not_yours"
    );
    assert_eq!(
        refuse(&svc, "emp.liu", start(civil, SepKind::Resignation, 5), ""),
        "err.denied",
        "nobody resigns for a colleague"
    );
    // A department head advises in their departments only.
    assert_eq!(
        refuse(&svc, "head.civil", start(civil, SepKind::Dismissal, 5), ""),
        "err.kind_not_yours"
    );
    assert_eq!(
        refuse(
            &svc,
            "head.civil",
            start(mep, SepKind::AdvisedResignation, 5),
            ""
        ),
        "err.not_your_department"
    );
    assert_eq!(
        refuse(&svc, "admin.sun", start(civil, SepKind::Dismissal, 5), ""),
        "err.denied"
    );
    let case = act(
        &svc,
        "head.civil",
        start(civil, SepKind::AdvisedResignation, 5),
        "",
    );
    assert_eq!(
        company(&svc).separations[&case].kind,
        SepKind::AdvisedResignation
    );
    // Others do not learn of it: the case is not there for them.
    match svc.query(&Caller::new("emp.liu"), Query::Separation(case)) {
        Err(renshi::service::api::ApiError::Domain(e)) => assert_eq!(e.key(), "err.not_found"),
        other => panic!("{other:?}"),
    }
    match svc
        .query(
            &Caller::new("emp.liu"),
            Query::Separations {
                open: false,
                page: PageReq::FIRST,
            },
        )
        .unwrap()
    {
        Reply::Separations(p) => assert!(p.items.is_empty(), "{:?}", p.items),
        other => panic!("{other:?}"),
    }
    // Finance sees the case but not why they leave.
    match svc
        .query(&Caller::new("fin.zhou"), Query::Separation(case))
        .unwrap()
    {
        Reply::Separation(v) => assert_eq!(v.reason, None),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_withdrawn_case_keeps_the_employee_and_a_new_one_can_follow() {
    let (_dir, svc) = demo();
    let liu = employee_id(&company(&svc), "劉洋");
    let case = act(&svc, "emp.liu", start(liu, SepKind::Resignation, 30), "");
    act(&svc, "hr.li", tick(case, "hr_talk"), "");
    act(
        &svc,
        "emp.liu",
        Offboard::Withdraw { case },
        "I was offered a raise.",
    );
    let c = company(&svc);
    assert_eq!(c.separations[&case].state, SepState::Withdrawn);
    assert_eq!(
        c.separations[&case].withdrawn_because,
        "I was offered a raise."
    );
    assert_eq!(c.employees[&liu].status, EmployeeStatus::Active);
    assert!(matches!(
        c.employees[&liu].history.last().unwrap().change,
        Change::SeparationWithdrawn { .. }
    ));
    assert_eq!(
        refuse(&svc, "hr.li", tick(case, "agreement"), ""),
        "err.case_not_open"
    );
    let again = act(&svc, "emp.liu", start(liu, SepKind::Resignation, 30), "");
    assert_ne!(again, case);
}

#[test]
fn steps_not_applicable_count_as_done_for_gates_and_the_close() {
    let (_dir, svc) = demo();
    let c = company(&svc);
    let liu = employee_id(&c, "劉洋");
    let case = act(
        &svc,
        "hr.li",
        start(liu, SepKind::Dismissal, 0),
        "Gross misconduct.",
    );
    act(
        &svc,
        "head.civil",
        Offboard::Skip {
            case,
            step: "dept_talk".into(),
        },
        "Dismissed on the spot; no talk.",
    );
    act(
        &svc,
        "hr.zhao",
        Offboard::Skip {
            case,
            step: "hr_talk".into(),
        },
        "Dismissal letter handed over instead.",
    );
    // With the HR talk out of the way the agreement's gate is open.
    act(
        &svc,
        "hr.li",
        Offboard::Skip {
            case,
            step: "agreement".into(),
        },
        "No agreement on a dismissal.",
    );
    act(
        &svc,
        "head.civil",
        Offboard::Tick {
            case,
            step: "handover".into(),
            handover_to: Some(employee_id(&c, "陳靜")),
        },
        "",
    );
    act(
        &svc,
        "admin.sun",
        tick(case, "equipment"),
        "Nothing was issued.",
    );
    act(&svc, "fin.zhou", settle(case, 500_000, 0), "");
    ok(
        &svc,
        "hr.zhao",
        Command::Offboard(Offboard::Close { case }),
        "",
    );
    let c = company(&svc);
    let sep = &c.separations[&case];
    assert_eq!(
        sep.step("agreement").unwrap().state,
        StepState::NotApplicable
    );
    assert_eq!(
        sep.step("agreement").unwrap().note,
        "No agreement on a dismissal."
    );
    assert_eq!(c.employees[&liu].status, EmployeeStatus::Separated);
}

#[test]
fn a_failed_probation_opens_a_case_that_ends_the_employment_when_it_closes() {
    let (_dir, svc) = demo();
    let c = company(&svc);
    // The demo's supervisor on probation (hired through REQ-0001).
    let (emp, e) = c
        .employees
        .iter()
        .find(|(_, e)| e.status == EmployeeStatus::Probation && e.hiring.is_some())
        .map(|(id, e)| (*id, e.clone()))
        .expect("the demo has a hire on probation");
    let seats = filled(&svc, e.position);
    let end = e.hiring.as_ref().unwrap().probation.as_ref().unwrap().end;
    let assess = |svc: &renshi::service::Service, login: &str| {
        step(
            svc,
            login,
            Recruit::Assess {
                employee: emp,
                verdict: Verdict::Fail,
                seen: review_seen(svc, emp),
            },
            "Safety rules broken twice.",
        )
    };
    assess(&svc, "head.civil");
    let done = assess(&svc, "hr.zhao");
    let case: SepId = created(&done);
    let c = company(&svc);
    let sep = &c.separations[&case];
    assert_eq!(sep.kind, SepKind::ProbationNotPassed);
    assert_eq!(sep.employee, emp);
    assert_eq!(sep.reason, "Safety rules broken twice.");
    assert_eq!(sep.last_day, end.max(today()));
    assert_eq!(
        c.employees[&emp].status,
        EmployeeStatus::Probation,
        "the handover and the settlement still happen before they go"
    );
    assert_eq!(filled(&svc, emp_position(&c, emp)), seats);
    assert_eq!(
        refuse(
            &svc,
            "hr.zhao",
            Offboard::Withdraw { case },
            "Second chance."
        ),
        "err.not_withdrawable"
    );
    // The log rebuilds the case and the unfinished employment.
    assert_eq!(svc.store().load().unwrap().0, company(&svc));
}

fn emp_position(c: &Company, id: EmployeeId) -> PositionId {
    c.employees[&id].position
}

#[test]
fn hr_hears_of_steps_overdue_with_their_owners() {
    let (_dir, svc) = demo();
    let liu = employee_id(&company(&svc), "劉洋");
    let case = act(&svc, "hr.li", start(liu, SepKind::Retirement, 20), "");
    set_today(today() + days(15));
    let hr = step_keys(&inbox(&svc, "hr.li"), case);
    assert!(
        hr.contains(&"overdue:dept_talk".to_string()),
        "the department talk was due five days before the last: {hr:?}"
    );
    assert!(
        !step_keys(&inbox(&svc, "fin.zhou"), case)
            .iter()
            .any(|k| k.starts_with("overdue")),
        "only HR follows others' steps up"
    );
    match svc
        .query(
            &Caller::new("hr.li"),
            Query::Separations {
                open: true,
                page: PageReq::FIRST,
            },
        )
        .unwrap()
    {
        Reply::Separations(p) => {
            let row = p.items.iter().find(|r| r.id == case).unwrap();
            assert_eq!(row.overdue, 2, "the two talks: {row:?}");
            assert_eq!(row.done, 0);
            assert_eq!(row.steps, 6);
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_separation_is_never_one_persons_decision() {
    let (_dir, svc) = demo();
    let c = company(&svc);
    let colleague = employee_id(&c, "陳靜");
    // Everything but the close, by the owners; `skip_talk` rules the
    // department's talk out as the HR head instead of the department head.
    let ready = |employee: EmployeeId, opener: &str, skip_talk: &str| {
        let case = act(
            &svc,
            opener,
            start(employee, SepKind::Dismissal, 0),
            "Misconduct.",
        );
        act(&svc, "hr.li", tick(case, "hr_talk"), "");
        act(
            &svc,
            skip_talk,
            Offboard::Skip {
                case,
                step: "dept_talk".into(),
            },
            "No talk on a dismissal.",
        );
        act(
            &svc,
            "head.civil",
            Offboard::Tick {
                case,
                step: "handover".into(),
                handover_to: Some(colleague),
            },
            "",
        );
        act(&svc, "admin.sun", tick(case, "equipment"), "");
        act(&svc, "hr.li", tick(case, "agreement"), "");
        act(&svc, "fin.zhou", settle(case, 100_000, 0), "");
        case
    };
    let own = ready(employee_id(&c, "黃磊"), "hr.zhao", "head.civil");
    assert_eq!(
        refuse(&svc, "hr.zhao", Offboard::Close { case: own }, ""),
        "err.close_own_case"
    );
    let overruled = ready(employee_id(&c, "Michael Tan"), "hr.li", "hr.zhao");
    assert_eq!(
        refuse(&svc, "hr.zhao", Offboard::Close { case: overruled }, ""),
        "err.close_overruled"
    );
    // A probation case is the assessors' decision, not anyone's by hand.
    assert_eq!(
        refuse(
            &svc,
            "hr.li",
            start(employee_id(&c, "吳剛"), SepKind::ProbationNotPassed, 5),
            ""
        ),
        "err.probation_by_assessment"
    );
}

#[test]
fn a_failed_probation_cannot_be_withdrawn_around() {
    let (_dir, svc) = demo();
    let c = company(&svc);
    let emp = c
        .employees
        .values()
        .find(|e| e.status == EmployeeStatus::Probation && e.hiring.is_some())
        .map(|e| e.id)
        .expect("the demo's hire on probation");
    let case = act(&svc, "hr.li", start(emp, SepKind::Resignation, 20), "");
    for login in ["head.civil", "hr.zhao"] {
        step(
            &svc,
            login,
            Recruit::Assess {
                employee: emp,
                verdict: Verdict::Fail,
                seen: review_seen(&svc, emp),
            },
            "Not suitable.",
        );
    }
    assert_eq!(
        company(&svc).index.open_cases.get(&emp),
        Some(&case),
        "the open case ends the employment; no second one opens"
    );
    assert_eq!(
        refuse(&svc, "hr.li", Offboard::Withdraw { case }, "Stays."),
        "err.not_withdrawable"
    );
}

#[test]
fn equipment_handovers_and_tags_are_held_to_what_they_mean() {
    let (_dir, svc) = demo();
    let c = company(&svc);
    let liu = employee_id(&c, "劉洋");
    let issue = |employee: EmployeeId, tag: &str, on: chrono::NaiveDate| Offboard::IssueItem {
        employee,
        tag: tag.into(),
        what: "Laptop".into(),
        on,
    };
    assert_eq!(
        refuse(&svc, "admin.sun", issue(liu, "ІТ-0107", today()), ""),
        "err.bad_tag",
        "a Cyrillic look-alike is no tag"
    );
    assert_eq!(
        refuse(&svc, "admin.sun", issue(liu, "A\u{2800}B", today()), ""),
        "err.bad_character"
    );
    let hired = c.employees[&liu].hired;
    assert_eq!(
        refuse(&svc, "admin.sun", issue(liu, "IT-1", hired - days(1)), ""),
        "err.before_hire"
    );
    // The year a case may run is counted in months: a day more is refused.
    let year = |last: chrono::NaiveDate| Offboard::Start {
        employee: liu,
        kind: SepKind::Retirement,
        notice: today(),
        last_day: last,
        reason: "Retires.".into(),
    };
    let limit = today().checked_add_months(chrono::Months::new(12)).unwrap();
    assert_eq!(
        refuse(&svc, "hr.li", year(limit + days(1)), ""),
        "err.last_day_too_far"
    );
    let case = act(&svc, "hr.li", year(limit), "");
    // The work stays in the department, with someone who stays.
    let other_dept = employee_id(&c, "David Wu");
    let leaving = c
        .separations
        .values()
        .find(|s| s.kind == SepKind::AdvisedResignation)
        .unwrap()
        .employee;
    for to in [other_dept, leaving] {
        assert_eq!(
            refuse(
                &svc,
                "head.civil",
                Offboard::Tick {
                    case,
                    step: "handover".into(),
                    handover_to: Some(to),
                },
                ""
            ),
            "err.bad_handover",
            "{to}"
        );
    }
    // Once the equipment is settled, nothing new is issued to slip past it.
    act(&svc, "admin.sun", tick(case, "equipment"), "Nothing out.");
    assert_eq!(
        refuse(&svc, "admin.sun", issue(liu, "IT-2", today()), ""),
        "err.equipment_settled_first"
    );
    // Those kept from the reason are kept from the talks' notes too.
    act(
        &svc,
        "hr.li",
        tick(case, "hr_talk"),
        "SECRET: caught stealing",
    );
    match svc
        .query(&Caller::new("admin.sun"), Query::Separation(case))
        .unwrap()
    {
        Reply::Separation(v) => {
            assert_eq!(v.reason, None);
            assert!(
                v.steps.iter().all(|s| !s.note.contains("SECRET")),
                "{:?}",
                v.steps
            );
            assert_eq!(v.steps[3].note, "Nothing out.", "their own step's note");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn an_hr_head_who_fails_what_the_department_passed_does_not_close_alone() {
    let (_dir, svc) = demo();
    let c = company(&svc);
    let emp = c
        .employees
        .values()
        .find(|e| e.status == EmployeeStatus::Probation && e.hiring.is_some())
        .map(|e| e.id)
        .expect("the demo's hire on probation");
    let assess = |login: &str, verdict: Verdict| {
        step(
            &svc,
            login,
            Recruit::Assess {
                employee: emp,
                verdict,
                seen: review_seen(&svc, emp),
            },
            "Assessed.",
        )
    };
    assess("head.civil", Verdict::Pass);
    let case: SepId = created(&assess("hr.zhao", Verdict::Fail));
    let colleague = employee_id(&c, "陳靜");
    act(&svc, "hr.li", tick(case, "hr_talk"), "");
    act(&svc, "head.civil", tick(case, "dept_talk"), "");
    act(
        &svc,
        "head.civil",
        Offboard::Tick {
            case,
            step: "handover".into(),
            handover_to: Some(colleague),
        },
        "",
    );
    act(&svc, "admin.sun", tick(case, "equipment"), "");
    act(&svc, "hr.li", tick(case, "agreement"), "");
    act(&svc, "fin.zhou", settle(case, 100_000, 0), "");
    set_today(company(&svc).separations[&case].last_day);
    assert_eq!(
        refuse(&svc, "hr.zhao", Offboard::Close { case }, ""),
        "err.close_own_case",
        "the department passed them: the HR head's fail was one person's decision"
    );
}

#[test]
fn a_handover_that_no_longer_holds_is_done_again_before_the_close() {
    let (_dir, svc) = demo();
    let c = company(&svc);
    let liu = employee_id(&c, "劉洋");
    let first = employee_id(&c, "陳靜");
    let second = employee_id(&c, "黃磊");
    let case = act(&svc, "hr.li", start(liu, SepKind::Retirement, 0), "");
    let hand_to = |to: EmployeeId| Offboard::Tick {
        case,
        step: "handover".into(),
        handover_to: Some(to),
    };
    act(&svc, "hr.li", tick(case, "hr_talk"), "");
    act(&svc, "head.civil", tick(case, "dept_talk"), "");
    act(&svc, "head.civil", hand_to(first), "");
    act(&svc, "admin.sun", tick(case, "equipment"), "");
    act(&svc, "hr.li", tick(case, "agreement"), "");
    act(&svc, "fin.zhou", settle(case, 100_000, 0), "");
    // The leaver stays where the case's steps were given out.
    let elsewhere = position_id(&c, "M&E Engineer");
    assert_eq!(
        refused(
            &svc,
            "hr.li",
            Command::TransferEmployee {
                id: liu,
                to: elsewhere,
                over_headcount: false,
            },
            ""
        )
        .key(),
        "err.case_open"
    );
    // The colleague who took the work over moves to another department.
    ok(
        &svc,
        "gm.wang",
        Command::TransferEmployee {
            id: first,
            to: elsewhere,
            over_headcount: true,
        },
        "Needed on the M&E side.",
    );
    assert_eq!(
        refuse(&svc, "hr.zhao", Offboard::Close { case }, ""),
        "err.handover_gone"
    );
    act(&svc, "head.civil", hand_to(second), "To 黃磊 instead.");
    ok(
        &svc,
        "hr.zhao",
        Command::Offboard(Offboard::Close { case }),
        "",
    );
    assert_eq!(
        company(&svc).separations[&case]
            .step("handover")
            .unwrap()
            .handover_to,
        Some(second)
    );
}

#[test]
fn department_steps_fall_to_the_division_head_then_hr_where_no_head_acts() {
    let (_dir, svc) = demo();
    let c = company(&svc);
    // M&E has no department head in renshi; the Engineering division head
    // over it does its steps. Finance has neither: HR does.
    let mep = employee_id(&c, "David Wu");
    let fin = employee_id(&c, "何芳");
    let a = act(&svc, "hr.li", start(mep, SepKind::MutualAgreement, 10), "");
    let b = act(&svc, "hr.li", start(fin, SepKind::MutualAgreement, 10), "");
    let owners = |case: SepId| match svc
        .query(&Caller::new("hr.zhao"), Query::Separation(case))
        .unwrap()
    {
        Reply::Separation(v) => v.steps[1].responsible.clone(),
        other => panic!("{other:?}"),
    };
    assert_eq!(owners(a), ["div.eng"]);
    assert_eq!(owners(b), ["hr.li", "hr.zhao"]);
    act(&svc, "div.eng", tick(a, "dept_talk"), "");
    assert_eq!(
        refuse(&svc, "head.civil", tick(a, "handover"), ""),
        "err.not_found",
        "another department's head does not even see the case"
    );
    act(&svc, "hr.li", tick(b, "dept_talk"), "");
}
