//! Managing from the interface: users (add, edit roles, disable), one's
//! delegations (grant, end), and a plan's author withdrawing or deleting it;
//! an overtaken plan shown as such. At 80×24, in the three languages where
//! the text is the point.
//!
//! Regenerate snapshots with `INSTA_UPDATE=always cargo test --test tui_manage`.

mod tui_support;

use ratatui::crossterm::event::KeyCode;
use renshi::domain::signoff::Decision;
use renshi::domain::*;
use renshi::i18n::Lang;
use renshi::service::Caller;
use renshi::service::api::{Query, Reply, Request};
use renshi::tui::app::Modal;
use renshi::tui::screens::ScreenId;
use tui_support::*;

const LANGS: [(Lang, &str); 3] = [
    (Lang::En, "en"),
    (Lang::ZhHans, "zh_hans"),
    (Lang::ZhHant, "zh_hant"),
];

fn exec(t: &Tui, login: &str, command: Command, comment: &str) -> Reply {
    t.svc
        .handle(
            &Caller::new(login),
            Request::Execute {
                command,
                comment: comment.into(),
                request: RequestId::random(),
            },
        )
        .unwrap_or_else(|e| panic!("{login}: {e:?}"))
}

fn seen(t: &Tui, login: &str, id: PlanId) -> signoff::Seen {
    match t
        .svc
        .handle(&Caller::new(login), Request::Query(Query::Plan(id)))
    {
        Ok(Reply::Plan(v)) => v.seen,
        other => panic!("{other:?}"),
    }
}

#[test]
fn an_admin_adds_a_user_edits_their_roles_and_disables_them() {
    let mut t = Tui::new("admin", Lang::En);
    t.ch('5').ch('n');
    assert!(matches!(t.app.modal, Modal::Form(_)), "{}", t.small());
    // A login outside the OS alphabet is refused as it is typed.
    t.typed("zhang wei");
    assert!(t.small().contains("a-z, 0-9"), "{}", t.small());
    for _ in 0.."zhang wei".chars().count() {
        t.key(KeyCode::Backspace);
    }
    t.typed("zhang.wei")
        .key(KeyCode::Tab)
        .typed("張偉 Zhang Wei");
    // Roles: move to 部门主管 Department head and tick it; a department is asked for.
    t.key(KeyCode::Tab);
    for _ in 0..3 {
        t.key(KeyCode::Right);
    }
    t.ch(' ');
    let s = t.small();
    assert!(s.contains("[x] Department head"), "{s}");
    assert!(s.contains("Department"), "a head needs a department:\n{s}");
    insta::assert_snapshot!("add_user_en_80x24", s);
    t.key(KeyCode::Enter);
    assert!(matches!(t.app.modal, Modal::None), "{}", t.small());
    let s = t.small();
    assert!(s.contains("zhang.wei") && s.contains("User added."), "{s}");

    // Edit: add the employee role too.
    t.ch('/').typed("zhang.wei").key(KeyCode::Enter).ch('e');
    assert!(matches!(t.app.modal, Modal::Form(_)), "{}", t.small());
    t.key(KeyCode::Tab);
    for _ in 0..9 {
        t.key(KeyCode::Right);
    }
    t.ch(' ').key(KeyCode::Enter);
    let user = t
        .app
        .data
        .users
        .rows()
        .iter()
        .find(|u| u.login == "zhang.wei")
        .cloned()
        .expect("listed");
    let roles: Vec<Role> = user.roles.iter().map(|g| g.role).collect();
    assert_eq!(roles, [Role::DeptHead, Role::Employee], "{}", t.small());
    assert!(
        !user.roles[0].depts.is_empty(),
        "the head keeps a department"
    );

    // Disable, after a confirmation; the list says so.
    t.ch('d');
    assert!(matches!(t.app.modal, Modal::Confirm(_)), "{}", t.small());
    t.key(KeyCode::Enter);
    let s = t.small();
    assert!(s.contains("[disabled]"), "{s}");

    // Nobody but an admin is offered any of it.
    let mut gm = t.beside("gm.wang");
    gm.ch('5');
    let footer = gm.footer(80, 24);
    assert!(!footer.contains("Add user"), "{footer}");
    gm.ch('n');
    assert!(matches!(gm.app.modal, Modal::None), "{}", gm.small());
}

#[test]
fn a_board_member_lets_a_colleague_sign_and_ends_it_early() {
    let mut t = Tui::new("board.chen", Lang::En);
    t.ch('7');
    assert!(t.small().contains("No delegations"), "{}", t.small());
    assert!(t.footer(80, 24).contains("Let someone sign"));
    // Who may not delegate is not offered it.
    let mut admin = t.beside("admin");
    admin.ch('7');
    assert!(
        !admin.footer(80, 24).contains("Let someone sign"),
        "{}",
        admin.footer(80, 24)
    );
    t.ch('n')
        .typed("board.lin")
        .key(KeyCode::Tab)
        .typed("2099-13-01");
    assert!(t.small().contains("not a day"), "{}", t.small());
    for _ in 0.."13-01".len() {
        t.key(KeyCode::Backspace);
    }
    t.typed("12-31")
        .key(KeyCode::Tab)
        .typed("Abroad until March");
    t.key(KeyCode::Enter);
    assert!(matches!(t.app.modal, Modal::None), "{}", t.small());
    let s = t.small();
    assert!(
        s.contains("DLG-001") && s.contains("board.lin") && s.contains("active"),
        "{s}"
    );
    // The colleague sees it from the other side, and cannot end it.
    let mut lin = t.beside("board.lin");
    lin.ch('7');
    assert!(lin.small().contains("DLG-001"), "{}", lin.small());
    assert!(
        !lin.footer(80, 24).contains("End delegation"),
        "{}",
        lin.small()
    );
    // The giver ends it.
    t.ch('-').key(KeyCode::Enter);
    let s = t.small();
    assert!(s.contains("revoked"), "{s}");
    for (lang, name) in LANGS {
        let mut x = Tui::new("board.chen", lang);
        exec(
            &x,
            "board.chen",
            Command::GrantDelegation {
                to: "board.lin".into(),
                until: chrono::NaiveDate::from_ymd_opt(2099, 12, 31).unwrap(),
            },
            "",
        );
        x.ch('7');
        insta::assert_snapshot!(format!("delegations_{name}_80x24"), x.small());
    }
}

#[test]
fn the_author_withdraws_a_submitted_plan_and_deletes_a_draft() {
    let mut t = Tui::new("gm.wang", Lang::En);
    t.ch('3').key(KeyCode::Enter);
    assert_eq!(t.app.screen, ScreenId::Plan);
    assert!(t.small().contains("HP-0001"), "{}", t.small());
    assert!(
        t.footer(120, 40).contains("Withdraw"),
        "{}",
        t.screen(120, 40)
    );
    t.ch('w');
    // A withdrawal needs a word to the signers.
    t.key(KeyCode::Enter);
    assert!(
        matches!(t.app.modal, Modal::Form(_)),
        "saved without a comment"
    );
    t.typed("Redrafted for 2028").key(KeyCode::Enter);
    let s = t.small();
    assert!(
        s.contains("[Withdrawn]") && s.contains("Redrafted for 2028"),
        "{s}"
    );
    // The draft HP-0002 can be deleted, after a confirmation.
    t.key(KeyCode::Esc).ch('j').key(KeyCode::Enter);
    assert!(t.small().contains("HP-0002"), "{}", t.small());
    t.ch('D');
    assert!(matches!(t.app.modal, Modal::Confirm(_)), "{}", t.small());
    t.key(KeyCode::Enter);
    assert_eq!(t.app.screen, ScreenId::Plans, "{}", t.small());
    let s = t.small();
    assert!(
        !s.contains("HP-0002") && s.contains("Draft deleted."),
        "{s}"
    );
    // Someone else's plan offers neither.
    let mut board = t.beside("board.chen");
    board.ch('3').key(KeyCode::Enter);
    let footer = board.footer(120, 40);
    assert!(
        !footer.contains("Withdraw") && !footer.contains("Delete"),
        "{footer}"
    );
}

#[test]
fn an_overtaken_plan_says_so_and_what_to_do() {
    for (lang, name) in LANGS {
        let mut t = Tui::new("board.chen", lang);
        // HP-0003 raises the civil engineers too, from the same 8.
        let Reply::Done(d) = exec(
            &t,
            "gm.wang",
            Command::DraftPlan {
                title: "Another plan for civil engineers".into(),
                note: String::new(),
            },
            "",
        ) else {
            panic!()
        };
        let id: PlanId = d.created.expect("created").parse().expect("an id");
        exec(
            &t,
            "gm.wang",
            Command::AddPlanLine {
                id,
                line: PlanLine::SetHeadcount {
                    position: PositionId(12),
                    headcount: 9,
                },
            },
            "",
        );
        exec(&t, "gm.wang", Command::SubmitPlan { id }, "");
        // The list marks the conflict before anything is approved.
        t.app.refresh();
        t.app.settle();
        t.ch('3');
        let s = t.screen(120, 40);
        assert!(s.contains(&id.to_string()), "{s}");
        // HP-0001 is approved: HP-0003 is overtaken.
        let s1 = seen(&t, "board.chen", PlanId(1));
        exec(
            &t,
            "board.chen",
            Command::SignPlan {
                id: PlanId(1),
                decision: Decision::Approve,
                seen: s1,
            },
            "",
        );
        t.app.refresh();
        t.app.settle();
        t.ch('1');
        t.app.open_plan(id);
        t.app.settle();
        let s = t.small();
        insta::assert_snapshot!(format!("overtaken_{name}_80x24"), s);
        // Approving it is refused with the plan that overtook it.
        t.ch('a').key(KeyCode::Enter);
        let s = t.small();
        assert!(s.contains("HP-0001"), "{s}");
    }
}
