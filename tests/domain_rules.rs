//! The rules of the headcount-plan flow (DESIGN ① and the sign-off mechanism),
//! exercised through `Service` on a demo store. Every refused command is run
//! through `refused`, which also checks that nothing was written.

mod common;

use common::*;
use renshi::domain::auth::Access;
use renshi::domain::signoff::{Capacity, Outcome, Seen, Signature, SignoffCase};
use renshi::domain::*;
use renshi::service::Caller;
use renshi::service::api::{ApiError, InboxKind, PageReq, Query, Reply};

fn sign(svc: &renshi::service::Service, id: PlanId, decision: Decision) -> Command {
    Command::SignPlan {
        id,
        decision,
        seen: seen(svc, id),
    }
}

fn draft(svc: &renshi::service::Service, title: &str) -> PlanId {
    plan_id(&ok(
        svc,
        "gm.wang",
        Command::DraftPlan {
            title: title.into(),
            note: String::new(),
        },
        "",
    ))
}

fn add(svc: &renshi::service::Service, id: PlanId, line: PlanLine) {
    ok(svc, "gm.wang", Command::AddPlanLine { id, line }, "");
}

fn submit(svc: &renshi::service::Service, id: PlanId) {
    ok(svc, "gm.wang", Command::SubmitPlan { id }, "");
}

fn new_position(dept: DeptId, title: &str, headcount: u32) -> PlanLine {
    PlanLine::NewPosition {
        dept,
        title: title.into(),
        duties: "Duties.".into(),
        headcount,
    }
}

fn inbox(svc: &renshi::service::Service, login: &str) -> Vec<(InboxKind, PlanId)> {
    match svc
        .query(&Caller::new(login), Query::Inbox(PageReq::FIRST))
        .unwrap()
    {
        // The plan items: recruitment's have tests of their own.
        Reply::Inbox(items) => items
            .items
            .into_iter()
            .filter_map(|i| match i.case {
                renshi::service::api::CaseRef::Plan(p) => Some((i.kind, p)),
                _ => None,
            })
            .collect(),
        other => panic!("inbox answered {other:?}"),
    }
}

fn plan_view(
    svc: &renshi::service::Service,
    login: &str,
    id: PlanId,
) -> renshi::service::api::PlanView {
    match svc.query(&Caller::new(login), Query::Plan(id)).unwrap() {
        Reply::Plan(view) => *view,
        other => panic!("plan query answered {other:?}"),
    }
}

#[test]
fn approved_plan_creates_and_resizes_positions_with_history() {
    let (_dir, svc) = demo();
    let c0 = company(&svc);
    let civ = dept_id(&c0, "Civil Works");
    let supervisor = position_id(&c0, "Site Supervisor");
    let clerk = position_id(&c0, "Office Clerk");

    let id = draft(&svc, "2027 測量 Surveying");
    assert_eq!(id, PlanId(3), "the demo holds HP-0001 and HP-0002");
    add(&svc, id, new_position(civ, "  測量員 Surveyor  ", 3));
    add(
        &svc,
        id,
        PlanLine::SetHeadcount {
            position: supervisor,
            headcount: 7,
        },
    );
    add(
        &svc,
        id,
        PlanLine::ChangeDuties {
            position: clerk,
            duties: "Keeps the asset register.".into(),
        },
    );
    submit(&svc, id);
    assert_eq!(
        company(&svc).positions,
        c0.positions,
        "a submitted plan changes nothing yet"
    );
    assert_eq!(company(&svc).plans[&id].state, PlanState::Submitted);

    set_now(start() + days(2));
    let before = svc.store().event_count();
    let done = ok(&svc, "board.chen", sign(&svc, id, Decision::Approve), "");
    assert_eq!(
        svc.store().event_count(),
        before + 4,
        "one signature and one event per line"
    );
    assert_eq!(done.seq, svc.store().event_count());

    let c = company(&svc);
    assert_eq!(c.plans[&id].state, PlanState::Approved);
    let surveyor = position(&c, "Surveyor");
    assert_eq!(surveyor.id, PositionId(21), "after the 20 demo positions");
    assert_eq!(surveyor.title, "測量員 Surveyor", "titles are trimmed");
    assert_eq!(surveyor.dept, civ);
    assert_eq!(surveyor.approved, 3);
    assert!(!surveyor.closed);
    assert_eq!(
        surveyor.history,
        vec![HeadcountChange {
            at: now(),
            approved: 3,
            plan: Some(id)
        }]
    );

    let sup = &c.positions[&supervisor];
    assert_eq!(sup.approved, 7);
    assert_eq!(sup.history.len(), 2);
    assert_eq!(sup.history[0], c0.positions[&supervisor].history[0]);
    assert_eq!(
        sup.history[1],
        HeadcountChange {
            at: now(),
            approved: 7,
            plan: Some(id)
        }
    );
    assert_eq!(
        c.ledger(supervisor),
        Ledger {
            approved: 7,
            filled: 5,
            reserved: 0,
            overridden: 0
        }
    );
    assert_eq!(c.ledger(supervisor).free(), 2);

    assert_eq!(c.positions[&clerk].duties, "Keeps the asset register.");
    assert_eq!(
        c.positions[&clerk].history, c0.positions[&clerk].history,
        "changing duties is not a headcount change"
    );

    // The query API shows the same history.
    match svc
        .query(&Caller::new("hr.li"), Query::Position(supervisor))
        .unwrap()
    {
        Reply::Position(detail) => {
            assert_eq!(detail.history, sup.history);
            assert_eq!(detail.row.approved, 7);
            assert_eq!(detail.row.free, 2);
        }
        other => panic!("position query answered {other:?}"),
    }

    // A second plan closes the new, empty position.
    let close = draft(&svc, "Close surveying");
    add(
        &svc,
        close,
        PlanLine::ClosePosition {
            position: surveyor.id,
        },
    );
    submit(&svc, close);
    ok(&svc, "board.lin", sign(&svc, close, Decision::Approve), "");
    let c = company(&svc);
    let closed = &c.positions[&surveyor.id];
    assert!(closed.closed);
    assert_eq!(closed.approved, 0);
    assert_eq!(
        closed.history.last(),
        Some(&HeadcountChange {
            at: now(),
            approved: 0,
            plan: Some(close)
        })
    );
    // A closed position takes no more lines, and its title is free again.
    assert_eq!(
        refused(
            &svc,
            "gm.wang",
            Command::AddPlanLine {
                id: HP2,
                line: PlanLine::SetHeadcount {
                    position: surveyor.id,
                    headcount: 1
                }
            },
            ""
        ),
        DomainError::PositionClosed {
            position: surveyor.id.to_string()
        }
    );
    add(&svc, HP2, new_position(civ, "測量員 Surveyor", 1));
}

#[test]
fn reject_and_return_need_a_comment_and_return_allows_a_second_round() {
    let (_dir, svc) = demo();
    for decision in [Decision::Reject, Decision::Return] {
        for comment in ["", "   \n"] {
            assert_eq!(
                refused(&svc, "board.chen", sign(&svc, HP1, decision), comment),
                DomainError::CommentRequired,
                "{decision:?} with comment {comment:?}"
            );
        }
    }

    let civ_eng = position_id(&company(&svc), "Civil Engineer");
    ok(
        &svc,
        "board.chen",
        sign(&svc, HP1, Decision::Return),
        "  Put the BIM team in its own plan  ",
    );
    let c = company(&svc);
    let plan = &c.plans[&HP1];
    assert_eq!(plan.state, PlanState::Returned);
    assert_eq!(plan.signoff.next, None);
    assert_eq!(plan.signoff.signatures.len(), 1);
    let s = &plan.signoff.signatures[0];
    assert_eq!(
        (s.round, s.decision, s.signer.as_str(), s.comment.as_str()),
        (
            1,
            Decision::Return,
            "board.chen",
            "Put the BIM team in its own plan"
        )
    );
    assert_eq!(c.positions[&civ_eng].approved, 10, "nothing applied");
    assert!(inbox(&svc, "gm.wang").contains(&(InboxKind::RevisePlan, HP1)));
    assert_eq!(
        refused(&svc, "board.lin", sign(&svc, HP1, Decision::Approve), ""),
        DomainError::NotAwaitingSignature {
            plan: "HP-0001".into(),
            state: "returned".into()
        }
    );

    // The general manager revises and resubmits: round 2.
    ok(
        &svc,
        "gm.wang",
        Command::EditPlan {
            id: HP1,
            title: "2027 工程擴編 (rev. 2)".into(),
            note: "Civil engineers only.".into(),
        },
        "",
    );
    ok(
        &svc,
        "gm.wang",
        Command::RemovePlanLine {
            id: HP1,
            no: LineNo(2),
        },
        "",
    );
    submit(&svc, HP1);
    let plan = company(&svc).plans[&HP1].clone();
    assert_eq!(plan.state, PlanState::Submitted);
    assert_eq!(plan.signoff.round, 2);
    assert_eq!(plan.signoff.next, Some(0));
    assert_eq!(plan.items.len(), 1);
    assert!(!inbox(&svc, "gm.wang").contains(&(InboxKind::RevisePlan, HP1)));

    // board.chen signed in round 1; round 2 is a new round.
    ok(&svc, "board.chen", sign(&svc, HP1, Decision::Approve), "");
    let c = company(&svc);
    let plan = &c.plans[&HP1];
    assert_eq!(plan.state, PlanState::Approved);
    let rounds: Vec<_> = plan
        .signoff
        .signatures
        .iter()
        .map(|s| (s.round, s.decision))
        .collect();
    assert_eq!(rounds, [(1, Decision::Return), (2, Decision::Approve)]);
    assert_eq!(c.positions[&civ_eng].approved, 12);
    assert!(
        !c.positions.values().any(|p| p.title.contains("BIM")),
        "the removed line was not applied"
    );
}

#[test]
fn a_rejected_plan_is_final() {
    let (_dir, svc) = demo();
    let before = company(&svc).positions;
    ok(
        &svc,
        "board.lin",
        sign(&svc, HP1, Decision::Reject),
        "Not this year",
    );
    let c = company(&svc);
    assert_eq!(c.plans[&HP1].state, PlanState::Rejected);
    assert_eq!(c.positions, before);
    let not_editable = DomainError::PlanNotEditable {
        plan: "HP-0001".into(),
        state: "rejected".into(),
    };
    assert_eq!(
        refused(
            &svc,
            "gm.wang",
            Command::EditPlan {
                id: HP1,
                title: "again".into(),
                note: String::new()
            },
            ""
        ),
        not_editable
    );
    assert_eq!(
        refused(&svc, "gm.wang", Command::SubmitPlan { id: HP1 }, ""),
        not_editable
    );
}

#[test]
fn signing_out_of_turn_is_refused() {
    let (_dir, svc) = demo();
    assert_eq!(
        refused(&svc, "board.chen", sign(&svc, HP2, Decision::Approve), ""),
        DomainError::NotAwaitingSignature {
            plan: "HP-0002".into(),
            state: "draft".into()
        }
    );
    let not_your_turn = DomainError::NotYourTurn {
        plan: "HP-0001".into(),
        step: "board".into(),
        role: "board".into(),
    };
    for login in ["hr.zhao", "admin", "head.civil", "div.eng"] {
        assert_eq!(
            refused(&svc, login, sign(&svc, HP1, Decision::Approve), ""),
            not_your_turn,
            "{login}"
        );
    }
    // The general manager drafted it: refused as its author, told who can sign.
    assert_eq!(
        refused(&svc, "gm.wang", sign(&svc, HP1, Decision::Approve), ""),
        DomainError::FourEyes {
            case: "HP-0001".into(),
            login: "gm.wang".into(),
            signed_step: None,
            others: vec!["board.chen".into(), "board.lin".into()],
            role: "board".into(),
        }
    );
    assert_eq!(
        refused(&svc, "emp.liu", sign(&svc, HP1, Decision::Approve), ""),
        DomainError::Denied {
            action: "action.sign_plan".into(),
            need: "board".into()
        }
    );
    assert_eq!(
        refused(&svc, "gm.wang", Command::SubmitPlan { id: HP1 }, ""),
        DomainError::PlanNotEditable {
            plan: "HP-0001".into(),
            state: "submitted".into()
        },
        "a submitted plan cannot be submitted again"
    );

    ok(&svc, "board.chen", sign(&svc, HP1, Decision::Approve), "");
    let approved = DomainError::NotAwaitingSignature {
        plan: "HP-0001".into(),
        state: "approved".into(),
    };
    assert_eq!(
        refused(&svc, "board.chen", sign(&svc, HP1, Decision::Approve), ""),
        approved,
        "signing twice"
    );
    assert_eq!(
        refused(&svc, "board.lin", sign(&svc, HP1, Decision::Approve), ""),
        approved
    );
    assert_eq!(
        refused(
            &svc,
            "board.lin",
            sign(&svc, HP1, Decision::Reject),
            "too late"
        ),
        approved
    );
    assert_eq!(
        refused(
            &svc,
            "gm.wang",
            Command::AddPlanLine {
                id: HP1,
                line: new_position(DeptId(1), "Late", 1)
            },
            ""
        ),
        DomainError::PlanNotEditable {
            plan: "HP-0001".into(),
            state: "approved".into()
        }
    );
}

/// The shipped plan chain has one board step, so "already signed" needs a
/// longer chain: run `decide` directly with a two-step board chain.
#[test]
fn a_signer_cannot_sign_two_steps_of_one_round() {
    let (_dir, svc) = demo();
    let mut c = company(&svc);
    let templates = Templates::parse(
        r#"
        [[chain]]
        name = "headcount_plan"
        steps = [ { key = "board", role = "board" }, { key = "board_2", role = "board" } ]
        "#,
    )
    .unwrap();
    let ctx = Ctx {
        now: now(),
        today: today(),
        templates: &templates,
        settings: &renshi::domain::recruit::Settings::default(),
        checklist: &renshi::domain::offboard::Checklist::builtin().expect("data/offboarding.toml"),
    };
    let step = |c: &mut Company, login: &str, cmd: Command, comment: &str| {
        let actor = c.users[login].clone();
        let events = decide(c, &actor, &cmd, comment, &ctx)?.events;
        for e in &events {
            c.apply(e);
        }
        Ok::<_, DomainError>(events)
    };
    let approve = |c: &Company| Command::SignPlan {
        id: HP2,
        decision: Decision::Approve,
        seen: Seen {
            round: c.plans[&HP2].signoff.round,
            digest: plans::digest(&c.plans[&HP2]).hex(),
        },
    };
    let four_eyes = |r: Result<Vec<Event>, DomainError>, who: &str| match r {
        Err(DomainError::FourEyes {
            login, signed_step, ..
        }) => {
            assert_eq!(login, who);
            assert_eq!(
                signed_step.as_deref(),
                Some("board"),
                "the step signed before"
            );
        }
        other => panic!("expected four eyes for {who}, got {other:?}"),
    };

    step(&mut c, "gm.wang", Command::SubmitPlan { id: HP2 }, "").unwrap();
    assert_eq!(c.plans[&HP2].signoff.steps.len(), 2);
    assert_eq!(
        {
            let cmd = approve(&c);
            step(&mut c, "board.chen", cmd, "")
        }
        .unwrap()
        .len(),
        1
    );
    assert_eq!(c.plans[&HP2].state, PlanState::Submitted);
    assert_eq!(c.plans[&HP2].signoff.next, Some(1));
    four_eyes(
        {
            let cmd = approve(&c);
            step(&mut c, "board.chen", cmd, "")
        },
        "board.chen",
    );

    // Through a delegation from board.chen, fin.zhou would sign for her again.
    let mut with_delegation = c.clone();
    let delegation = Event::DelegationGranted {
        id: DelegationId(1),
        from: "board.chen".into(),
        to: "fin.zhou".into(),
        until: today(),
    };
    with_delegation.apply(&delegation);
    four_eyes(
        {
            let cmd = approve(&with_delegation);
            step(&mut with_delegation, "fin.zhou", cmd, "")
        },
        "board.chen",
    );

    // The other way round: fin.zhou signs step 1 for board.chen, who then may
    // not sign step 2 herself, nor fin.zhou a second time.
    let mut c2 = company(&svc);
    c2.apply(&delegation);
    step(&mut c2, "gm.wang", Command::SubmitPlan { id: HP2 }, "").unwrap();
    let events = {
        let cmd = approve(&c2);
        step(&mut c2, "fin.zhou", cmd, "")
    }
    .unwrap();
    assert!(
        matches!(&events[0], Event::PlanSigned { signature, .. }
            if signature.for_whom.as_deref() == Some("board.chen")),
        "{events:?}"
    );
    four_eyes(
        {
            let cmd = approve(&c2);
            step(&mut c2, "board.chen", cmd, "")
        },
        "board.chen",
    );
    four_eyes(
        {
            let cmd = approve(&c2);
            step(&mut c2, "fin.zhou", cmd, "")
        },
        "fin.zhou",
    );
    {
        let cmd = approve(&c2);
        step(&mut c2, "board.lin", cmd, "")
    }
    .unwrap();
    assert_eq!(c2.plans[&HP2].state, PlanState::Approved);

    let events = {
        let cmd = approve(&c);
        step(&mut c, "board.lin", cmd, "")
    }
    .unwrap();
    assert!(
        matches!(events.as_slice(), [Event::PlanSigned { .. }, Event::DutiesChanged { plan, .. }] if *plan == HP2),
        "{events:?}"
    );
    assert_eq!(c.plans[&HP2].state, PlanState::Approved);
}

#[test]
fn headcount_cannot_go_below_filled_and_reserved_seats() {
    let (_dir, svc) = demo();
    let c = company(&svc);
    let civ_eng = position(&c, "Civil Engineer").clone();
    // Five active engineers and one on probation hold seats, and the
    // demo's two requisitions for engineers reserve two more.
    assert_eq!(
        c.ledger(civ_eng.id),
        Ledger {
            approved: 10,
            filled: 6,
            reserved: 2,
            overridden: 0
        }
    );
    let line = |headcount| Command::AddPlanLine {
        id: HP2,
        line: PlanLine::SetHeadcount {
            position: civ_eng.id,
            headcount,
        },
    };
    assert_eq!(
        refused(&svc, "gm.wang", line(4), ""),
        DomainError::HeadcountBelowOccupied {
            position: civ_eng.id.to_string(),
            title: "土建工程師 Civil Engineer".into(),
            requested: 4,
            occupied: 8,
            short: 4,
        }
    );
    assert!(matches!(
        refused(&svc, "gm.wang", line(0), ""),
        DomainError::HeadcountBelowOccupied { short: 8, .. }
    ));
    assert!(
        matches!(
            refused(&svc, "gm.wang", line(7), ""),
            DomainError::HeadcountBelowOccupied { short: 1, .. }
        ),
        "the reserved seats count too"
    );
    ok(&svc, "gm.wang", line(8), "");
    assert_eq!(
        refused(&svc, "gm.wang", line(7), ""),
        DomainError::DuplicateLine {
            position: civ_eng.id.to_string()
        },
        "one line per position"
    );
    assert_eq!(
        refused(
            &svc,
            "gm.wang",
            Command::ReplacePlanLine {
                id: HP2,
                no: LineNo(2),
                line: PlanLine::SetHeadcount {
                    position: civ_eng.id,
                    headcount: 10_001
                }
            },
            ""
        ),
        DomainError::BadHeadcount {
            text: "10001".into(),
            max: 10_000
        }
    );
    assert_eq!(
        refused(
            &svc,
            "gm.wang",
            Command::RemovePlanLine {
                id: HP2,
                no: LineNo(3)
            },
            ""
        ),
        DomainError::NoSuchLine {
            plan: "HP-0002".into(),
            line: 3
        }
    );
}

#[test]
fn an_occupied_position_cannot_be_closed() {
    let (_dir, svc) = demo();
    let supervisor = position_id(&company(&svc), "Site Supervisor");
    assert_eq!(
        refused(
            &svc,
            "gm.wang",
            Command::AddPlanLine {
                id: HP2,
                line: PlanLine::ClosePosition {
                    position: supervisor
                }
            },
            ""
        ),
        DomainError::CloseOccupied {
            position: supervisor.to_string(),
            occupied: 5
        }
    );
}

#[test]
fn position_titles_are_unique_within_a_department() {
    let (_dir, svc) = demo();
    let c = company(&svc);
    let civ = dept_id(&c, "Civil Works");
    let mep = dept_id(&c, "M&E");
    let add_line = |line| Command::AddPlanLine { id: HP2, line };
    let dup = |title: &str| DomainError::DuplicateTitle {
        title: title.into(),
        dept: "土建部 Civil Works".into(),
    };

    // Against existing positions, also with stray spaces.
    for title in ["施工員 Site Supervisor", "  施工員 Site Supervisor "] {
        assert_eq!(
            refused(&svc, "gm.wang", add_line(new_position(civ, title, 1)), ""),
            dup("施工員 Site Supervisor")
        );
    }
    // The same title in another department is fine.
    add(&svc, HP2, new_position(mep, "施工員 Site Supervisor", 1));

    // Within the same plan.
    add(&svc, HP2, new_position(civ, "測量員 Surveyor", 2));
    assert_eq!(
        refused(
            &svc,
            "gm.wang",
            add_line(new_position(civ, " 測量員 Surveyor", 1)),
            ""
        ),
        dup("測量員 Surveyor")
    );
    // Replacing a line with itself is not a clash with itself.
    ok(
        &svc,
        "gm.wang",
        Command::ReplacePlanLine {
            id: HP2,
            no: LineNo(3),
            line: new_position(civ, "測量員 Surveyor", 3),
        },
        "",
    );

    // Two plans racing for one title: the second approval re-checks and fails.
    let a = draft(&svc, "A");
    let b = draft(&svc, "B");
    add(&svc, a, new_position(civ, "無人機操作員 Drone Pilot", 1));
    add(&svc, b, new_position(civ, "無人機操作員 Drone Pilot", 2));
    submit(&svc, a);
    submit(&svc, b);
    ok(&svc, "board.chen", sign(&svc, a, Decision::Approve), "");
    assert_eq!(
        refused(&svc, "board.chen", sign(&svc, b, Decision::Approve), ""),
        dup("無人機操作員 Drone Pilot")
    );
    let c = company(&svc);
    assert_eq!(c.plans[&b].state, PlanState::Submitted);
    assert_eq!(position(&c, "Drone Pilot").approved, 1);
}

#[test]
fn names_must_be_present_and_not_too_long() {
    let (_dir, svc) = demo();
    let c = company(&svc);
    let gmo = dept_id(&c, "GM Office");
    let civ = dept_id(&c, "Civil Works");
    let draft_cmd = |title: String, note: String| Command::DraftPlan { title, note };
    let empty = |f: &str| DomainError::EmptyField { field: f.into() };
    let long = |f: &str, max| DomainError::TooLong {
        field: f.into(),
        max,
    };

    assert_eq!(
        refused(&svc, "gm.wang", draft_cmd(" \t".into(), String::new()), ""),
        empty("field.plan_title")
    );
    assert_eq!(
        refused(
            &svc,
            "gm.wang",
            draft_cmd("x".repeat(81), String::new()),
            ""
        ),
        long("field.plan_title", 80)
    );
    // Lengths count characters, not bytes: 80 CJK characters are 240 bytes.
    ok(
        &svc,
        "gm.wang",
        draft_cmd("人".repeat(80), String::new()),
        "",
    );
    assert_eq!(
        refused(&svc, "gm.wang", draft_cmd("T".into(), "n".repeat(2001)), ""),
        long("field.note", 2000)
    );
    assert_eq!(
        refused(
            &svc,
            "gm.wang",
            draft_cmd("T".into(), String::new()),
            &"c".repeat(2001)
        ),
        long("field.comment", 2000)
    );
    for (name, want) in [
        (String::new(), empty("field.dept_name")),
        ("部".repeat(61), long("field.dept_name", 60)),
    ] {
        assert_eq!(
            refused(
                &svc,
                "admin",
                Command::CreateDepartment {
                    name: name.clone(),
                    parent: Some(gmo)
                },
                ""
            ),
            want
        );
        assert_eq!(
            refused(
                &svc,
                "gm.wang",
                Command::RenameDepartment { id: civ, name },
                ""
            ),
            want
        );
    }
    assert_eq!(
        refused(
            &svc,
            "gm.wang",
            Command::AddPlanLine {
                id: HP2,
                line: new_position(civ, "  ", 1)
            },
            ""
        ),
        empty("field.position_title")
    );
    assert_eq!(
        refused(
            &svc,
            "gm.wang",
            Command::AddPlanLine {
                id: HP2,
                line: new_position(civ, &"t".repeat(81), 1)
            },
            ""
        ),
        long("field.position_title", 80)
    );
    assert_eq!(
        refused(
            &svc,
            "admin",
            Command::RegisterUser {
                login: " ".into(),
                display_name: "Nobody".into(),
                roles: vec![],
                employee: None
            },
            ""
        ),
        empty("field.login")
    );
}

#[test]
fn departments_cannot_form_a_cycle() {
    let (_dir, svc) = demo();
    let c = company(&svc);
    let gmo = dept_id(&c, "GM Office");
    let eng = dept_id(&c, "Engineering");
    let civ = dept_id(&c, "Civil Works");
    let biz = dept_id(&c, "Business");
    let mv = |id, parent| Command::MoveDepartment {
        id,
        parent: Some(parent),
    };
    let cycle = |dept: &str, parent: &str| DomainError::DepartmentCycle {
        dept: dept.into(),
        parent: parent.into(),
    };

    assert_eq!(
        refused(&svc, "gm.wang", mv(eng, civ), ""),
        cycle("工程事業部 Engineering", "土建部 Civil Works")
    );
    assert_eq!(
        refused(&svc, "gm.wang", mv(eng, eng), ""),
        cycle("工程事業部 Engineering", "工程事業部 Engineering")
    );
    assert_eq!(
        refused(&svc, "admin", mv(gmo, civ), ""),
        cycle("總經理室 GM Office", "土建部 Civil Works"),
        "a grandchild is below too"
    );
    assert_eq!(
        refused(
            &svc,
            "admin",
            Command::CreateDepartment {
                name: "人資部 HR".into(),
                parent: Some(gmo)
            },
            ""
        ),
        DomainError::DuplicateDepartment {
            name: "人資部 HR".into(),
            dept: "總經理室 GM Office".into()
        }
    );

    ok(&svc, "gm.wang", mv(civ, biz), "");
    assert_eq!(company(&svc).departments[&civ].parent, Some(biz));
    // Civil Works is no longer below Engineering, so this is no cycle now.
    ok(&svc, "gm.wang", mv(eng, civ), "");
    let c = company(&svc);
    assert_eq!(c.departments[&eng].parent, Some(civ));
    assert!(c.is_within(eng, biz));
    assert!(!c.is_within(civ, eng));
}

#[test]
fn an_unknown_login_gets_nothing() {
    let (_dir, svc) = demo();
    let count = svc.store().event_count();
    let nobody = Caller {
        login: "nobody".into(),
        via: Some("nobody".into()),
    };
    let not_registered = ApiError::Domain(DomainError::NotRegistered {
        login: "nobody".into(),
    });
    let cmd = Command::DraftPlan {
        title: "T".into(),
        note: String::new(),
    };
    assert_eq!(svc.execute(&nobody, &cmd, ""), Err(not_registered.clone()));
    for q in [
        Query::Whoami,
        Query::Inbox(PageReq::FIRST),
        Query::Departments(PageReq::FIRST),
        Query::Plan(HP1),
    ] {
        assert_eq!(svc.query(&nobody, q), Err(not_registered.clone()));
    }
    assert_eq!(svc.store().event_count(), count);
}

#[test]
fn a_delegate_signs_for_the_principal() {
    let (_dir, svc) = demo();
    let until = today() + days(7);
    let done = ok(
        &svc,
        "board.chen",
        Command::GrantDelegation {
            to: "fin.zhou".into(),
            until,
        },
        "away for a week",
    );
    assert_eq!(done.created.as_deref(), Some("DLG-001"));
    assert!(inbox(&svc, "fin.zhou").contains(&(
        InboxKind::SignPlan {
            for_whom: Some("board.chen".into())
        },
        HP1
    )));
    assert_eq!(
        plan_view(&svc, "fin.zhou", HP1).can_sign,
        Some(Some("board.chen".into()))
    );

    set_now(start() + days(3));
    let seen_digest = plans::digest(&company(&svc).plans[&HP1]);
    ok(
        &svc,
        "fin.zhou",
        sign(&svc, HP1, Decision::Approve),
        "for Director Chen",
    );
    let c = company(&svc);
    let plan = &c.plans[&HP1];
    assert_eq!(plan.state, PlanState::Approved);
    assert_eq!(
        plan.signoff.signatures,
        vec![Signature {
            round: 1,
            step: 0,
            decision: Decision::Approve,
            signer: "fin.zhou".into(),
            for_whom: Some("board.chen".into()),
            paper: None,
            at: now(),
            comment: "for Director Chen".into(),
            seen: seen_digest,
        }]
    );
    let last = svc
        .store()
        .events(svc.store().event_count() - 2, 1)
        .unwrap();
    assert!(
        matches!(&last[0].event, Event::PlanSigned { id, .. } if *id == HP1),
        "{last:?}"
    );
    assert_eq!(last[0].env.actor, "fin.zhou");
}

#[test]
fn an_expired_or_revoked_delegation_no_longer_signs() {
    let (_dir, svc) = demo();
    let until = today() + days(1);
    // hr.li may read plans and so attempt to sign; emp.liu only through the delegation.
    for to in ["hr.li", "emp.liu"] {
        ok(
            &svc,
            "board.chen",
            Command::GrantDelegation {
                to: to.into(),
                until,
            },
            "",
        );
    }

    set_today(until + days(1));
    assert_eq!(
        refused(&svc, "hr.li", sign(&svc, HP1, Decision::Approve), ""),
        DomainError::NotYourTurn {
            plan: "HP-0001".into(),
            step: "board".into(),
            role: "board".into()
        }
    );
    // emp.liu could attempt to sign only through the delegation.
    assert_eq!(
        refused(&svc, "emp.liu", sign(&svc, HP1, Decision::Approve), ""),
        DomainError::Denied {
            action: "action.sign_plan".into(),
            need: "board".into()
        }
    );
    assert!(inbox(&svc, "hr.li").is_empty());
    assert_eq!(plan_view(&svc, "hr.li", HP1).can_sign, None);

    // `until` itself is still inside the delegation.
    set_today(until);
    assert_eq!(
        plan_view(&svc, "hr.li", HP1).can_sign,
        Some(Some("board.chen".into()))
    );

    // Revoked: refused even within the dates.
    assert!(matches!(
        refused(
            &svc,
            "gm.wang",
            Command::RevokeDelegation {
                id: DelegationId(1)
            },
            ""
        ),
        DomainError::Denied { .. }
    ));
    ok(
        &svc,
        "board.chen",
        Command::RevokeDelegation {
            id: DelegationId(1),
        },
        "back early",
    );
    ok(
        &svc,
        "admin",
        Command::RevokeDelegation {
            id: DelegationId(2),
        },
        "",
    );
    assert_eq!(
        refused(&svc, "hr.li", sign(&svc, HP1, Decision::Approve), ""),
        DomainError::NotYourTurn {
            plan: "HP-0001".into(),
            step: "board".into(),
            role: "board".into()
        }
    );
    assert!(matches!(
        refused(&svc, "emp.liu", sign(&svc, HP1, Decision::Approve), ""),
        DomainError::Denied { .. }
    ));

    // Granting rules.
    let grant = |to: &str, until| Command::GrantDelegation {
        to: to.into(),
        until,
    };
    assert_eq!(
        refused(&svc, "board.chen", grant("gm.wang", today() - days(1)), ""),
        DomainError::DelegationEnded
    );
    assert_eq!(
        refused(&svc, "board.chen", grant("board.chen", today()), ""),
        DomainError::DelegationToSelf
    );
    assert_eq!(
        refused(&svc, "board.chen", grant("nobody", today()), ""),
        DomainError::NotFound {
            kind: "kind.user".into(),
            id: "nobody".into()
        }
    );
}

#[test]
fn hr_records_a_paper_signoff_naming_signer_and_paper() {
    let (_dir, svc) = demo();
    let paper = |signer: &str, decision, paper_ref: &str| Command::RecordPaperSignoff {
        id: HP1,
        signer: signer.into(),
        decision,
        paper_ref: paper_ref.into(),
        seen: seen(&svc, HP1),
    };
    assert_eq!(
        refused(
            &svc,
            "hr.zhao",
            paper("board.lin", Decision::Approve, "  "),
            ""
        ),
        DomainError::EmptyField {
            field: "field.paper_ref".into()
        }
    );
    assert!(matches!(
        refused(&svc, "hr.zhao", paper("emp.liu", Decision::Approve, "P-1"), ""),
        DomainError::PaperSignerCannotSign { login, .. } if login == "emp.liu"
    ));
    // The plan's author cannot be named as its signer either.
    assert!(matches!(
        refused(&svc, "hr.zhao", paper("gm.wang", Decision::Approve, "P-1"), ""),
        DomainError::FourEyes { login, signed_step: None, .. } if login == "gm.wang"
    ));
    assert_eq!(
        refused(
            &svc,
            "hr.zhao",
            paper("nobody", Decision::Approve, "P-1"),
            ""
        ),
        DomainError::NotFound {
            kind: "kind.user".into(),
            id: "nobody".into()
        }
    );
    assert_eq!(
        refused(
            &svc,
            "hr.zhao",
            paper("board.lin", Decision::Reject, "P-1"),
            ""
        ),
        DomainError::CommentRequired
    );
    assert_eq!(
        refused(
            &svc,
            "gm.wang",
            paper("board.lin", Decision::Approve, "P-1"),
            ""
        ),
        DomainError::Denied {
            action: "action.record_paper".into(),
            need: "hr_staff,hr_head".into()
        }
    );
    assert_eq!(
        refused(
            &svc,
            "hr.zhao",
            Command::RecordPaperSignoff {
                id: HP2,
                signer: "board.lin".into(),
                decision: Decision::Approve,
                paper_ref: "P-1".into(),
                seen: seen(&svc, HP2),
            },
            ""
        ),
        DomainError::NotAwaitingSignature {
            plan: "HP-0002".into(),
            state: "draft".into()
        }
    );

    let civ_eng = position_id(&company(&svc), "Civil Engineer");
    ok(
        &svc,
        "hr.zhao",
        paper("board.lin", Decision::Approve, " BD-2027-014 "),
        "signed at the March board meeting",
    );
    // Even the HR head's record waits for a second HR person: one person
    // recording papers could otherwise take a case through every step.
    let c = company(&svc);
    assert_eq!(c.plans[&HP1].state, PlanState::Submitted);
    assert!(c.plans[&HP1].signoff.pending_paper.is_some());
    ok(
        &svc,
        "hr.li",
        Command::ConfirmPaperSignoff {
            id: HP1,
            seen: seen(&svc, HP1),
        },
        "",
    );
    let c = company(&svc);
    let plan = &c.plans[&HP1];
    assert_eq!(plan.state, PlanState::Approved);
    assert_eq!(c.positions[&civ_eng].approved, 12);
    let s = &plan.signoff.signatures[0];
    assert_eq!(s.signer, "board.lin");
    assert_eq!(s.for_whom, None);
    let p = s.paper.as_ref().expect("a paper signature");
    assert_eq!(p.reference, "BD-2027-014");
    assert_eq!(p.recorded_by, "hr.zhao");
    assert_eq!(p.confirmed_by.as_deref(), Some("hr.li"));
    assert_eq!(s.comment, "signed at the March board meeting");
    // The audit log names who entered it, and who confirmed it.
    let events = svc
        .store()
        .events(1, svc.store().event_count() as usize)
        .unwrap();
    let by = |f: fn(&Event) -> bool| {
        events
            .iter()
            .find(|r| f(&r.event))
            .map(|r| r.env.actor.clone())
    };
    assert_eq!(
        by(|e| matches!(e, Event::PaperSignoffRecorded { .. })).as_deref(),
        Some("hr.zhao")
    );
    assert_eq!(
        by(|e| matches!(e, Event::PlanSigned { .. })).as_deref(),
        Some("hr.li")
    );
}

#[test]
fn a_paper_signoff_through_a_delegation_says_for_whom() {
    let (_dir, svc) = demo();
    ok(
        &svc,
        "board.lin",
        Command::GrantDelegation {
            to: "div.eng".into(),
            until: today(),
        },
        "",
    );
    ok(
        &svc,
        "hr.li",
        Command::RecordPaperSignoff {
            id: HP1,
            signer: "div.eng".into(),
            decision: Decision::Return,
            paper_ref: "FAX-7".into(),
            seen: seen(&svc, HP1),
        },
        "returned by fax",
    );
    // Recorded by HR staff, it waits for a second person.
    assert!(company(&svc).plans[&HP1].signoff.signatures.is_empty());
    ok(
        &svc,
        "hr.zhao",
        Command::ConfirmPaperSignoff {
            id: HP1,
            seen: seen(&svc, HP1),
        },
        "",
    );
    let s = company(&svc).plans[&HP1].signoff.signatures[0].clone();
    let p = s.paper.clone().expect("a paper signature");
    assert_eq!(
        (
            s.signer.as_str(),
            s.for_whom.as_deref(),
            p.recorded_by.as_str(),
            p.confirmed_by.as_deref(),
        ),
        ("div.eng", Some("board.lin"), "hr.li", Some("hr.zhao"))
    );
}

/// The sign-off mechanism on its own, with the three-step recruitment chain.
#[test]
fn requisition_chain_signs_in_order_with_scoped_steps() {
    let (_dir, svc) = demo();
    let c = company(&svc);
    let templates = Templates::builtin().unwrap();
    let t = templates.get("requisition").unwrap();
    let keys: Vec<_> = t.steps.iter().map(|s| s.key.as_str()).collect();
    assert_eq!(keys, ["division_head", "general_manager", "hr_head"]);

    let civ = dept_id(&c, "Civil Works");
    let mep = dept_id(&c, "M&E");
    let tech = dept_id(&c, "Technical");
    let hr = dept_id(&c, "人資部");
    let day = today();
    let cap = |case: &SignoffCase, login: &str, subject: &[DeptId]| {
        case.capacity("", &c, &c.users[login], subject, day)
    };
    let turn = |step: &str| {
        Err(DomainError::NotYourTurn {
            plan: String::new(),
            step: step.into(),
            role: step.into(),
        })
    };
    let sig = |case: &SignoffCase, login: &str, decision| Signature {
        round: case.round,
        step: case.next.unwrap(),
        decision,
        signer: login.into(),
        for_whom: None,
        paper: None,
        at: now(),
        comment: String::new(),
        seen: renshi::domain::digest::Digest([0; 32]),
    };
    let four_eyes = |r: Result<Capacity, DomainError>, step: Option<&str>| {
        assert!(
            matches!(&r, Err(DomainError::FourEyes { signed_step, .. }) if signed_step.as_deref() == step),
            "{r:?}"
        );
    };

    let mut case = SignoffCase::idle("requisition", "head.civil");
    assert_eq!(case.current(), None);
    assert!(matches!(
        cap(&case, "div.eng", &[civ]),
        Err(DomainError::NotAwaitingSignature { .. })
    ));
    case.start_round(t);
    assert_eq!((case.round, case.next), (1, Some(0)));

    // Step 1: the division head, only for departments under their division.
    assert_eq!(cap(&case, "div.eng", &[civ]), Ok(Capacity::Own));
    assert_eq!(
        cap(&case, "div.eng", &[mep, tech]),
        Ok(Capacity::Own),
        "sub-departments of Engineering"
    );
    assert_eq!(cap(&case, "div.eng", &[hr]), turn("division_head"));
    assert_eq!(
        cap(&case, "div.eng", &[civ, hr]),
        turn("division_head"),
        "every department of the subject must be covered"
    );
    for login in ["gm.wang", "hr.zhao", "board.chen"] {
        assert_eq!(cap(&case, login, &[civ]), turn("division_head"), "{login}");
    }
    // The department head who raised it never signs it.
    four_eyes(cap(&case, "head.civil", &[civ]), None);
    // Someone covering the departments through a delegation signs for the head.
    let mut delegated = c.clone();
    delegated.delegations.insert(
        DelegationId(1),
        Delegation {
            id: DelegationId(1),
            from: "div.eng".into(),
            to: "admin.sun".into(),
            until: day,
            revoked: false,
        },
    );
    let admin_sun = &delegated.users["admin.sun"];
    assert_eq!(
        case.capacity("", &delegated, admin_sun, &[civ], day),
        Ok(Capacity::For("div.eng".into()))
    );
    assert!(
        case.capacity("", &delegated, admin_sun, &[hr], day)
            .is_err()
    );
    assert!(
        case.capacity("", &delegated, admin_sun, &[civ], day + days(1))
            .is_err()
    );

    assert_eq!(case.outcome_of(Decision::Approve), Outcome::Next(1));
    assert_eq!(case.outcome_of(Decision::Reject), Outcome::Rejected);
    assert_eq!(case.outcome_of(Decision::Return), Outcome::Returned);
    assert_eq!(
        case.record(sig(&case, "div.eng", Decision::Approve)),
        Outcome::Next(1)
    );
    assert_eq!(case.step_signed_by("div.eng"), Some(0));

    // Step 2: the general manager; the division head signed a step already.
    four_eyes(cap(&case, "div.eng", &[civ]), Some("division_head"));
    assert_eq!(cap(&case, "gm.wang", &[civ]), Ok(Capacity::Own));
    assert_eq!(
        cap(&case, "gm.wang", &[hr]),
        Ok(Capacity::Own),
        "unscoped step"
    );
    assert_eq!(
        case.record(sig(&case, "gm.wang", Decision::Approve)),
        Outcome::Next(2)
    );

    // Step 3: the HR head, not HR staff.
    assert_eq!(cap(&case, "hr.li", &[civ]), turn("hr_head"));
    assert_eq!(cap(&case, "hr.zhao", &[civ]), Ok(Capacity::Own));
    assert_eq!(case.outcome_of(Decision::Approve), Outcome::Approved);
    assert_eq!(
        case.record(sig(&case, "hr.zhao", Decision::Approve)),
        Outcome::Approved
    );
    assert_eq!(case.next, None);
    assert_eq!(case.current(), None);
    assert!(matches!(
        cap(&case, "hr.zhao", &[civ]),
        Err(DomainError::NotAwaitingSignature { .. })
    ));
    assert_eq!(case.signatures.len(), 3);

    // Return ends the round; a new round starts at step 1 and keeps the record.
    let mut case = SignoffCase::idle("requisition", "head.civil");
    case.start_round(t);
    case.record(sig(&case, "div.eng", Decision::Approve));
    assert_eq!(
        case.record(sig(&case, "gm.wang", Decision::Return)),
        Outcome::Returned
    );
    assert_eq!(case.next, None);
    case.start_round(t);
    assert_eq!((case.round, case.next), (2, Some(0)));
    assert_eq!(case.signatures.len(), 2);
    assert_eq!(case.step_signed_by("div.eng"), None);
    assert_eq!(cap(&case, "div.eng", &[civ]), Ok(Capacity::Own));
    case.record(sig(&case, "div.eng", Decision::Approve));
    assert_eq!(
        case.record(sig(&case, "gm.wang", Decision::Reject)),
        Outcome::Rejected
    );
    assert_eq!(case.next, None);
}

#[test]
fn plan_readers_follow_the_departments_a_plan_touches() {
    // A small check that the service filters the plan list by `can_see`.
    let (_dir, svc) = demo();
    let c = company(&svc);
    let list = |login: &str| match svc
        .query(
            &Caller::new(login),
            Query::Plans {
                state: None,
                page: PageReq::FIRST,
            },
        )
        .unwrap()
    {
        Reply::Plans(rows) => rows.items.into_iter().map(|r| r.id).collect::<Vec<_>>(),
        other => panic!("{other:?}"),
    };
    assert_eq!(list("gm.wang"), [HP1, HP2]);
    assert_eq!(list("head.civil"), [HP1], "HP-0002 touches Admin only");
    assert!(
        renshi::domain::auth::can_see(&c, &c.users["head.civil"], Access::Plan(HP2), today())
            .is_err()
    );
    assert!(matches!(
        svc.query(
            &Caller::new("emp.liu"),
            Query::Plans {
                state: None,
                page: PageReq::FIRST
            }
        ),
        Err(ApiError::Domain(DomainError::Denied { .. }))
    ));
}

/// A plan overtaken by another that already set the same figure cannot be
/// approved as a change that changes nothing: the refusal names the plan
/// that overtook it, and the view says so on the line and as a whole.
#[test]
fn a_plan_overtaken_by_another_is_not_approved_as_a_no_op() {
    let (_dir, svc) = demo();
    let c = company(&svc);
    let civ_eng = position_id(&c, "Civil Engineer");
    // HP-0001 (submitted) raises Civil Engineer 10 → 12; a second plan does the same first.
    let id = draft(&svc, "Same figure, faster");
    add(
        &svc,
        id,
        PlanLine::SetHeadcount {
            position: civ_eng,
            headcount: 12,
        },
    );
    submit(&svc, id);
    ok(&svc, "board.chen", sign(&svc, id, Decision::Approve), "");
    let overtaken = DomainError::Overtaken {
        plan: HP1.to_string(),
        position: civ_eng.to_string(),
        by: id.to_string(),
    };
    let e = refused(&svc, "board.lin", sign(&svc, HP1, Decision::Approve), "");
    assert_eq!(e, overtaken);
    let view = plan_view(&svc, "board.lin", HP1);
    assert_eq!(
        view.lines[0].problem,
        Some(overtaken),
        "the plan view flags the line before anyone signs"
    );
    assert_eq!(view.overtaken_by, vec![id]);
    assert!(view.lines[0].overtaken && view.lines[0].overtaken_by == Some(id));
    // What the board judges still reads 10 → 12, not 12 → 12.
    assert_eq!(view.lines[0].current, Some(10));
    assert_eq!(view.lines[0].now_approved, Some(12));
    // Returning it is still possible, so the general manager can revise it.
    ok(
        &svc,
        "board.lin",
        sign(&svc, HP1, Decision::Return),
        "overtaken by another plan",
    );
}

#[test]
fn changes_must_change_something_and_new_positions_need_seats_and_duties() {
    let (_dir, svc) = demo();
    let c = company(&svc);
    let civ = dept_id(&c, "Civil Works");
    let supervisor = position_id(&c, "Site Supervisor");
    let approved = c.positions[&supervisor].approved;
    let duties = c.positions[&supervisor].duties.clone();
    let id = draft(&svc, "No-ops");
    let line = |l| Command::AddPlanLine { id, line: l };
    let no_change = DomainError::NoChange {
        position: supervisor.to_string(),
    };
    assert_eq!(
        refused(
            &svc,
            "gm.wang",
            line(PlanLine::SetHeadcount {
                position: supervisor,
                headcount: approved
            }),
            ""
        ),
        no_change
    );
    assert_eq!(
        refused(
            &svc,
            "gm.wang",
            line(PlanLine::ChangeDuties {
                position: supervisor,
                duties: format!("  {duties} ")
            }),
            ""
        ),
        no_change
    );
    assert_eq!(
        refused(
            &svc,
            "gm.wang",
            line(new_position(civ, "測量員 Surveyor", 0)),
            ""
        ),
        DomainError::NoSeats
    );
    let empty_duties = PlanLine::NewPosition {
        dept: civ,
        title: "測量員 Surveyor".into(),
        duties: "  ".into(),
        headcount: 1,
    };
    assert!(matches!(
        refused(&svc, "gm.wang", line(empty_duties), ""),
        DomainError::EmptyField { field } if field == "field.duties"
    ));
}

/// One plan may change a position's headcount and its duties together, but
/// not the same thing twice, and not close it while changing it otherwise.
#[test]
fn headcount_and_duties_of_one_position_may_change_in_one_plan() {
    let (_dir, svc) = demo();
    let c = company(&svc);
    let supervisor = position_id(&c, "Site Supervisor");
    let id = draft(&svc, "Both");
    add(
        &svc,
        id,
        PlanLine::SetHeadcount {
            position: supervisor,
            headcount: 7,
        },
    );
    add(
        &svc,
        id,
        PlanLine::ChangeDuties {
            position: supervisor,
            duties: "Supervises two sites.".into(),
        },
    );
    let dup = DomainError::DuplicateLine {
        position: supervisor.to_string(),
    };
    assert_eq!(
        refused(
            &svc,
            "gm.wang",
            Command::AddPlanLine {
                id,
                line: PlanLine::SetHeadcount {
                    position: supervisor,
                    headcount: 8
                }
            },
            ""
        ),
        dup
    );
    assert_eq!(
        refused(
            &svc,
            "gm.wang",
            Command::AddPlanLine {
                id,
                line: PlanLine::ClosePosition {
                    position: supervisor
                }
            },
            ""
        ),
        dup
    );
    submit(&svc, id);
    ok(&svc, "board.chen", sign(&svc, id, Decision::Approve), "");
    let after = company(&svc);
    assert_eq!(after.positions[&supervisor].approved, 7);
    assert_eq!(after.positions[&supervisor].duties, "Supervises two sites.");
}

/// A signer is told when another open plan changes the same position.
#[test]
fn plan_view_names_other_open_plans_on_the_same_position() {
    let (_dir, svc) = demo();
    let c = company(&svc);
    let civ_eng = position_id(&c, "Civil Engineer");
    let clerk = position_id(&c, "Office Clerk");
    let id = draft(&svc, "Rival");
    add(
        &svc,
        id,
        PlanLine::SetHeadcount {
            position: civ_eng,
            headcount: 9,
        },
    );
    let hp1 = plan_view(&svc, "board.chen", HP1);
    assert_eq!(
        hp1.lines[0].also_in,
        vec![id],
        "HP-0001 line 1 also changes {civ_eng}"
    );
    assert!(
        hp1.lines[1].also_in.is_empty(),
        "a new position clashes with nothing"
    );
    let rival = plan_view(&svc, "gm.wang", id);
    assert_eq!(rival.lines[0].also_in, vec![HP1]);
    // HP-0002 changes the clerk's duties; no other plan touches the clerk.
    let hp2 = plan_view(&svc, "gm.wang", HP2);
    assert!(
        hp2.lines.iter().all(|l| l.also_in.is_empty()),
        "{clerk} is only in HP-0002"
    );
    // Once HP-0001 is decided it no longer counts as open.
    ok(
        &svc,
        "board.chen",
        sign(&svc, HP1, Decision::Reject),
        "not now",
    );
    assert!(plan_view(&svc, "gm.wang", id).lines[0].also_in.is_empty());
}
