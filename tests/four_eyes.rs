//! Four eyes on every sign-off, as a class: nobody signs a case they authored,
//! in any of the ways a signature can be given (in person, through a
//! delegation, holding both roles, named on paper, recording the paper), and
//! nobody signs two steps of one round; a paper sign-off needs the HR head or
//! a second HR person; and a signature is bound to what the signer saw.
//! These are rules of the sign-off mechanism, proved here on headcount plans.

mod common;

use common::*;
use renshi::domain::signoff::Seen;
use renshi::domain::*;
use renshi::i18n::{Catalog, Lang};

fn sign(svc: &renshi::service::Service, id: PlanId, decision: Decision) -> Command {
    Command::SignPlan {
        id,
        decision,
        seen: seen(svc, id),
    }
}

fn paper(svc: &renshi::service::Service, id: PlanId, signer: &str) -> Command {
    Command::RecordPaperSignoff {
        id,
        signer: signer.into(),
        decision: Decision::Approve,
        paper_ref: "BD-2027-01".into(),
        seen: seen(svc, id),
    }
}

fn grant(svc: &renshi::service::Service, from: &str, to: &str) {
    ok(
        svc,
        from,
        Command::GrantDelegation {
            to: to.into(),
            until: today() + days(30),
        },
        "",
    );
}

/// Registers `login` with `roles` (as the admin), for the dual-role cases.
fn register(svc: &renshi::service::Service, login: &str, roles: &[Role]) {
    ok(
        svc,
        "admin",
        Command::RegisterUser {
            login: login.into(),
            display_name: login.into(),
            roles: roles
                .iter()
                .map(|r| RoleGrant {
                    role: *r,
                    depts: vec![],
                })
                .collect(),
            employee: None,
        },
        "",
    );
}

/// A submitted plan drafted by `author`, changing the Office Clerk's headcount.
fn plan_by(svc: &renshi::service::Service, author: &str) -> PlanId {
    let id = plan_id(&ok(
        svc,
        author,
        Command::DraftPlan {
            title: format!("by {author}"),
            note: String::new(),
        },
        "",
    ));
    let clerk = position_id(&company(svc), "Office Clerk");
    ok(
        svc,
        author,
        Command::AddPlanLine {
            id,
            line: PlanLine::SetHeadcount {
                position: clerk,
                headcount: 6,
            },
        },
        "",
    );
    ok(svc, author, Command::SubmitPlan { id }, "");
    id
}

fn authored_by(e: &DomainError, who: &str) -> bool {
    matches!(e, DomainError::FourEyes { login, signed_step: None, .. } if login == who)
}

#[test]
fn the_author_cannot_sign_in_any_way() {
    let (_dir, svc) = demo();

    // Holding both roles: a general manager who also sits on the board.
    register(&svc, "gm.board", &[Role::GeneralManager, Role::Board]);
    let own = plan_by(&svc, "gm.board");
    let e = refused(&svc, "gm.board", sign(&svc, own, Decision::Approve), "");
    assert!(authored_by(&e, "gm.board"), "{e:?}");
    // Rejecting or returning is signing too.
    let e = refused(&svc, "gm.board", sign(&svc, own, Decision::Return), "why");
    assert!(authored_by(&e, "gm.board"), "{e:?}");

    // In person, through a delegation from a board member.
    grant(&svc, "board.chen", "gm.wang");
    let e = refused(&svc, "gm.wang", sign(&svc, HP1, Decision::Approve), "");
    assert!(authored_by(&e, "gm.wang"), "{e:?}");

    // As the signer named on paper, whoever records it.
    let e = refused(&svc, "hr.zhao", paper(&svc, own, "gm.board"), "");
    assert!(authored_by(&e, "gm.board"), "{e:?}");

    // Signing for the author through the author's own delegation.
    grant(&svc, "gm.board", "hr.li");
    let e = refused(&svc, "hr.li", sign(&svc, own, Decision::Approve), "");
    assert!(authored_by(&e, "gm.board"), "{e:?}");

    // Recording the paper of one's own plan: an HR head who drafted it.
    register(&svc, "hr.gm", &[Role::HrHead, Role::GeneralManager]);
    let hr_own = plan_by(&svc, "hr.gm");
    let e = refused(&svc, "hr.gm", paper(&svc, hr_own, "board.lin"), "");
    assert!(authored_by(&e, "hr.gm"), "{e:?}");

    // Someone else signs it: four eyes is not a lock-out.
    ok(&svc, "board.lin", sign(&svc, own, Decision::Approve), "");
    assert_eq!(company(&svc).plans[&own].state, PlanState::Approved);
}

#[test]
fn the_refusal_names_who_can_sign_and_says_when_nobody_can() {
    let (_dir, svc) = demo();
    let e = refused(&svc, "gm.wang", sign(&svc, HP1, Decision::Approve), "");
    let DomainError::FourEyes { others, .. } = &e else {
        panic!("{e:?}")
    };
    assert_eq!(others, &["board.chen", "board.lin"]);
    let en = Catalog::load(Lang::En).domain_error(&e);
    assert!(en.contains("board.chen, board.lin"), "{en}");

    // With only one other board member, the message says exactly who.
    register(&svc, "gm.board", &[Role::GeneralManager, Role::Board]);
    let own = plan_by(&svc, "gm.board");
    let e = refused(&svc, "gm.board", sign(&svc, own, Decision::Approve), "");
    let DomainError::FourEyes { others, .. } = &e else {
        panic!("{e:?}")
    };
    assert_eq!(others, &["board.chen", "board.lin"]);

    // A company whose only board member wrote the plan: nobody can; the
    // refusal says so and what to do, in each language.
    let dir = tempfile::tempdir().unwrap();
    let solo = renshi::service::Service::open(
        renshi::store::Store::create(&dir.path().join("s"), false).unwrap(),
    )
    .unwrap()
    .with_clock(now);
    let admin = |login: &str, roles: Vec<Role>| Event::UserRegistered {
        login: login.into(),
        display_name: login.into(),
        roles: roles
            .into_iter()
            .map(|role| RoleGrant {
                role,
                depts: vec![],
            })
            .collect(),
        employee: None,
    };
    solo.seed(
        "admin",
        "test",
        &[
            admin("admin", vec![Role::Admin]),
            admin("solo", vec![Role::GeneralManager, Role::Board]),
            Event::DepartmentCreated {
                id: DeptId(1),
                name: "總部 HQ".into(),
                parent: None,
            },
            Event::PositionCreated {
                id: PositionId(1),
                dept: DeptId(1),
                title: "Office Clerk".into(),
                duties: "Files.".into(),
                approved: 1,
                plan: None,
                at: now(),
            },
        ],
    )
    .unwrap();
    let id = plan_by(&solo, "solo");
    let lonely = refused(&solo, "solo", sign(&solo, id, Decision::Approve), "");
    assert!(
        matches!(&lonely, DomainError::FourEyes { others, .. } if others.is_empty()),
        "{lonely:?}"
    );
    for (lang, words) in [
        (Lang::En, ["Nobody else", "Board", "paper"]),
        (Lang::ZhHans, ["没有其他人", "董事", "纸质"]),
        (Lang::ZhHant, ["沒有其他人", "董事", "紙本"]),
    ] {
        let text = Catalog::load(lang).domain_error(&lonely);
        for w in words {
            assert!(text.contains(w) && !text.contains('{'), "{lang:?}: {text}");
        }
    }
    let one = DomainError::FourEyes {
        case: id.to_string(),
        login: "solo".into(),
        signed_step: None,
        others: vec!["board.lin".into()],
        role: "board".into(),
    };
    assert!(
        Catalog::load(Lang::En)
            .domain_error(&one)
            .contains("Only board.lin can sign it now")
    );
}

#[test]
fn a_paper_signoff_needs_the_hr_head_or_a_second_hr_person() {
    let (_dir, svc) = demo();
    // HR staff records: nothing is signed yet.
    ok(
        &svc,
        "hr.li",
        paper(&svc, HP1, "board.lin"),
        "at the board meeting",
    );
    let c = company(&svc);
    assert!(c.plans[&HP1].signoff.signatures.is_empty());
    assert_eq!(c.plans[&HP1].state, PlanState::Submitted);
    // A second record while one waits is refused.
    assert!(matches!(
        refused(&svc, "hr.zhao", paper(&svc, HP1, "board.chen"), ""),
        DomainError::PaperPending { .. }
    ));
    // The clerk cannot confirm their own record.
    let confirm = |svc: &renshi::service::Service| Command::ConfirmPaperSignoff {
        id: HP1,
        seen: seen(svc, HP1),
    };
    assert!(matches!(
        refused(&svc, "hr.li", confirm(&svc), ""),
        DomainError::SecondPersonNeeded { recorded_by } if recorded_by == "hr.li"
    ));
    // Nor can someone outside HR.
    assert!(matches!(
        refused(&svc, "board.chen", confirm(&svc), ""),
        DomainError::Denied { .. }
    ));
    // The second person confirms: now it is a signature naming all three.
    ok(&svc, "hr.zhao", confirm(&svc), "");
    let c = company(&svc);
    assert_eq!(c.plans[&HP1].state, PlanState::Approved);
    let s = &c.plans[&HP1].signoff.signatures[0];
    let p = s.paper.as_ref().unwrap();
    assert_eq!(
        (
            s.signer.as_str(),
            p.recorded_by.as_str(),
            p.confirmed_by.as_deref()
        ),
        ("board.lin", "hr.li", Some("hr.zhao"))
    );

    // Discarding a wrong record needs a reason, and leaves the step open.
    let (_dir2, svc) = demo();
    ok(&svc, "hr.li", paper(&svc, HP1, "board.lin"), "");
    assert_eq!(
        refused(
            &svc,
            "hr.zhao",
            Command::DiscardPaperSignoff { id: HP1 },
            ""
        ),
        DomainError::ReasonRequired {
            action: "action.discard_paper".into()
        }
    );
    ok(
        &svc,
        "hr.zhao",
        Command::DiscardPaperSignoff { id: HP1 },
        "wrong meeting",
    );
    assert!(company(&svc).plans[&HP1].signoff.pending_paper.is_none());
    // A signature in person, meanwhile, takes the step and drops any record.
    ok(&svc, "hr.li", paper(&svc, HP1, "board.lin"), "");
    ok(&svc, "board.chen", sign(&svc, HP1, Decision::Approve), "");
    let c = company(&svc);
    assert!(c.plans[&HP1].signoff.pending_paper.is_none());
    assert_eq!(c.plans[&HP1].signoff.signatures[0].signer, "board.chen");
}

#[test]
fn a_signature_is_refused_when_the_case_changed_since_it_was_shown() {
    let (_dir, svc) = demo();
    // What board.chen was shown (plan show / the TUI's plan view).
    let shown = seen(&svc, HP1);

    // Between showing and signing, the plan is returned and resubmitted with
    // another change.
    ok(
        &svc,
        "board.lin",
        sign(&svc, HP1, Decision::Return),
        "fewer",
    );
    let c = company(&svc);
    let civ = position_id(&c, "Civil Engineer");
    ok(
        &svc,
        "gm.wang",
        Command::ReplacePlanLine {
            id: HP1,
            no: LineNo(1),
            line: PlanLine::SetHeadcount {
                position: civ,
                headcount: 12,
            },
        },
        "",
    );
    ok(&svc, "gm.wang", Command::SubmitPlan { id: HP1 }, "now 12");
    let stale = Command::SignPlan {
        id: HP1,
        decision: Decision::Approve,
        seen: shown.clone(),
    };
    let e = refused(&svc, "board.chen", stale, "");
    assert!(
        matches!(&e, DomainError::ChangedSinceSeen { round: 2, .. }),
        "{e:?}"
    );
    // The same digest claimed for the new round is refused too: the digest
    // covers the round and the content.
    let forged = Command::SignPlan {
        id: HP1,
        decision: Decision::Approve,
        seen: Seen {
            round: 2,
            digest: shown.digest.clone(),
        },
    };
    assert!(matches!(
        refused(&svc, "board.chen", forged, ""),
        DomainError::ChangedSinceSeen { .. }
    ));
    // Too short a prefix binds nothing.
    let short = Command::SignPlan {
        id: HP1,
        decision: Decision::Approve,
        seen: Seen {
            round: 2,
            digest: seen(&svc, HP1).digest[..8].to_string(),
        },
    };
    assert!(matches!(
        refused(&svc, "board.chen", short, ""),
        DomainError::ChangedSinceSeen { .. }
    ));
    // What is on the screen now can be signed, by the 16-digit prefix people type.
    let now_seen = seen(&svc, HP1);
    ok(
        &svc,
        "board.chen",
        Command::SignPlan {
            id: HP1,
            decision: Decision::Approve,
            seen: Seen {
                round: now_seen.round,
                digest: now_seen.digest[..16].to_uppercase(),
            },
        },
        "",
    );
    let c = company(&svc);
    assert_eq!(c.positions[&civ].approved, 12);
    assert_eq!(
        c.plans[&HP1].signoff.signatures.last().unwrap().seen.hex(),
        now_seen.digest,
        "the signature records the digest it signed"
    );
}

#[test]
fn plan_lines_keep_their_numbers_when_others_are_removed() {
    let (_dir, svc) = demo();
    let c = company(&svc);
    let civ = dept_id(&c, "Civil Works");
    let id = plan_id(&ok(
        &svc,
        "gm.wang",
        Command::DraftPlan {
            title: "lines".into(),
            note: String::new(),
        },
        "",
    ));
    for t in ["A", "B", "C"] {
        ok(
            &svc,
            "gm.wang",
            Command::AddPlanLine {
                id,
                line: PlanLine::NewPosition {
                    dept: civ,
                    title: format!("Role {t}"),
                    duties: "Duties.".into(),
                    headcount: 1,
                },
            },
            "",
        );
    }
    ok(
        &svc,
        "gm.wang",
        Command::RemovePlanLine { id, no: LineNo(1) },
        "",
    );
    // "2" still means Role B, not the line that slid into second place.
    ok(
        &svc,
        "gm.wang",
        Command::RemovePlanLine { id, no: LineNo(2) },
        "",
    );
    let c = company(&svc);
    let left: Vec<(u32, String)> = c.plans[&id]
        .items
        .iter()
        .map(|i| match &i.line {
            PlanLine::NewPosition { title, .. } => (i.no.0, title.clone()),
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(left, [(3, "Role C".to_string())]);
    assert!(matches!(
        refused(
            &svc,
            "gm.wang",
            Command::RemovePlanLine { id, no: LineNo(2) },
            ""
        ),
        DomainError::NoSuchLine { line: 2, .. }
    ));
    // New lines never take an old number.
    ok(
        &svc,
        "gm.wang",
        Command::AddPlanLine {
            id,
            line: PlanLine::NewPosition {
                dept: civ,
                title: "Role D".into(),
                duties: "Duties.".into(),
                headcount: 1,
            },
        },
        "",
    );
    assert_eq!(company(&svc).plans[&id].items.last().unwrap().no, LineNo(4));
}
