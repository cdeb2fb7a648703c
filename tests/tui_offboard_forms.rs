//! Offboarding's forms as each owner fills them in the terminal: the
//! handover naming a colleague by staff number, an item taken back, the
//! settlement with its total, the close and the certificate, a case started
//! and withdrawn, the leaver's acknowledgement, and equipment issued.
//!
//! Regenerate snapshots with `INSTA_UPDATE=always cargo test --test tui_offboard_forms`.

mod offboard_support;
mod tui_support;

use offboard_support::*;
use ratatui::crossterm::event::KeyCode;
use renshi::domain::offboard::{Offboard, SepKind, SepState, StepState};
use renshi::domain::*;
use renshi::i18n::Lang;
use renshi::service::Caller;
use renshi::service::api::Request;
use renshi::tui::app::Modal;
use renshi::tui::keymap::Action;
use renshi::tui::screens::ScreenId;
use renshi::tui::screens::offboard;
use tui_support::*;

#[test]
fn the_handover_names_the_colleague_by_staff_number_and_shows_who_it_is() {
    let mut t = Tui::new("head.civil", Lang::En);
    open(&mut t, 3);
    select_step(&mut t, 3);
    t.ch('t');
    assert!(form_open(&t), "{}", t.small());
    // Nobody named: the form says so and sends nothing.
    t.key(KeyCode::Enter);
    assert!(form_open(&t));
    assert!(
        t.small().contains("Taken over by must not be empty"),
        "{}",
        t.small()
    );
    // A number nobody has is said under the field.
    t.typed("HX-9999");
    assert!(t.small().contains("HX-9999"), "{}", t.small());
    t.key(KeyCode::Enter);
    assert!(form_open(&t));
    assert!(
        t.small().contains("There is no employee numbered HX-9999"),
        "{}",
        t.small()
    );
    for _ in 0.."HX-9999".len() {
        t.key(KeyCode::Backspace);
    }
    t.typed("HX-1021");
    assert!(
        t.small().contains("→ 吳剛 (HX-1021, EMP-0021)"),
        "{}",
        t.small()
    );
    t.key(KeyCode::Tab).typed("drawings and site diary");
    t.key(KeyCode::Enter);
    assert!(!form_open(&t), "{}", t.small());
    let s = step(&sep(&t, 3), "handover");
    assert_eq!(s.state, StepState::Done);
    assert_eq!(s.handover_to.map(|(id, _)| id), Some(EmployeeId(21)));
    assert_eq!(s.note, "drawings and site diary");
    assert!(t.small().contains("吳剛"), "{}", t.small());
}

#[test]
fn the_administration_department_takes_the_laptop_back_and_the_step_is_done() {
    let mut t = Tui::new("admin.sun", Lang::En);
    open(&mut t, 2);
    // `t` on the equipment step opens the item form while items are out.
    t.ch('t');
    assert!(form_open(&t), "{}", t.small());
    assert!(t.small().contains("IT-0107"), "{}", t.small());
    // Charging needs an amount and a reason; a bad amount is refused as typed.
    t.key(KeyCode::Tab).key(KeyCode::Left);
    t.key(KeyCode::Tab).typed("12.345");
    assert!(t.small().contains("is no amount in CNY"), "{}", t.small());
    t.key(KeyCode::Esc).key(KeyCode::Esc);
    assert!(!form_open(&t));
    t.ch('r');
    assert!(form_open(&t), "{}", t.small());
    t.key(KeyCode::Tab).key(KeyCode::Right);
    t.key(KeyCode::Enter);
    assert!(!form_open(&t), "{}", t.small());
    assert!(t.small().contains("Item recorded."), "{}", t.small());
    let v = sep(&t, 2);
    assert!(v.items.iter().all(|i| !i.outstanding()));
    assert_eq!(step(&v, "equipment").state, StepState::Done);
}

#[test]
fn finance_records_the_settlement_seeing_the_total_and_the_hr_head_closes() {
    let mut fin = Tui::new("fin.zhou", Lang::En);
    on_service_clock(&mut fin);
    open(&mut fin, 1);
    fin.ch('s');
    assert!(form_open(&fin), "{}", fin.small());
    fin.typed("12,000.50").key(KeyCode::Tab).typed("1500");
    fin.key(KeyCode::Tab).key(KeyCode::Tab).typed("2000");
    assert!(
        fin.small().contains("Total to pay: 11,500.50 CNY"),
        "{}",
        fin.small()
    );
    insta::assert_snapshot!("settle_form_fin_en_80x24", fin.small());
    // More deducted than paid is refused in the form.
    fin.typed("0000");
    assert!(
        fin.small().contains("deductions exceed the pay"),
        "{}",
        fin.small()
    );
    for _ in 0..4 {
        fin.key(KeyCode::Backspace);
    }
    fin.key(KeyCode::Enter);
    assert!(!form_open(&fin), "{}", fin.small());
    let v = sep(&fin, 1);
    let s = v.settlement.clone().expect("recorded");
    assert_eq!(s.total, 1_150_050);
    assert_eq!(step(&v, "settlement").state, StepState::Done);
    let tall = fin.screen(80, 40);
    assert!(
        line_with(&tall, "Total").contains("11,500.50 CNY"),
        "{tall}"
    );

    // The administration department sees that it is recorded, not the figures.
    let mut admin = fin.beside("admin.sun");
    open(&mut admin, 1);
    let tall = admin.screen(80, 40);
    assert!(tall.contains("Recorded, not shown to you."), "{tall}");

    // The HR head closes it, after a confirmation, and prints the certificate.
    let mut head = fin.beside("hr.zhao");
    open(&mut head, 1);
    assert!(
        offered(&head).contains(&Action::CloseCase),
        "{}",
        head.small()
    );
    head.ch('C');
    assert!(
        matches!(head.app.modal, Modal::Confirm(_)),
        "{}",
        head.small()
    );
    assert!(
        head.small().contains("cannot be undone"),
        "{}",
        head.small()
    );
    head.key(KeyCode::Enter);
    assert_eq!(sep(&head, 1).row.state, SepState::Closed);
    assert!(head.small().contains("[Closed]"), "{}", head.small());
    assert!(
        offered(&head).contains(&Action::Certificate),
        "{}",
        head.small()
    );
    head.ch('P');
    assert!(
        matches!(head.app.modal, Modal::Reader(_)),
        "{}",
        head.small()
    );
    let cert = head.small();
    assert!(cert.contains("CERTIFICATE OF SEPARATION"), "{cert}");
    assert!(cert.contains("郭小川"), "{cert}");
    // Nothing more can be ticked on a closed case: the reason is said.
    head.key(KeyCode::Esc).ch('t');
    assert!(head.small().contains("no longer open"), "{}", head.small());
}

#[test]
fn a_case_is_started_from_the_list_and_a_kind_not_theirs_is_refused() {
    let mut t = Tui::new("head.civil", Lang::En);
    on_service_clock(&mut t);
    t.ch('9');
    assert!(offered(&t).contains(&Action::StartSeparation));
    t.ch('N');
    assert!(form_open(&t), "{}", t.small());
    t.typed("HX-1016");
    assert!(
        t.small().contains("→ 陳靜 (HX-1016, EMP-0016)"),
        "{}",
        t.small()
    );
    // A department head advises; his own resignation is the other kind offered.
    t.key(KeyCode::Tab).key(KeyCode::Left);
    t.key(KeyCode::Tab).key(KeyCode::Tab).typed("2026-10-01");
    assert!(t.small().contains("is before the notice"), "{}", t.small());
    for _ in 0.."2026-10-01".len() {
        t.key(KeyCode::Backspace);
    }
    t.typed("2026-12-31")
        .key(KeyCode::Tab)
        .typed("cost cutting");
    t.key(KeyCode::Enter);
    assert!(form_open(&t), "the domain refuses the kind:\n{}", t.small());
    assert!(
        t.small().contains("You may not open a case of this kind"),
        "{}",
        t.small()
    );
    t.key(KeyCode::BackTab)
        .key(KeyCode::BackTab)
        .key(KeyCode::BackTab)
        .key(KeyCode::Right);
    t.key(KeyCode::Enter);
    assert!(!form_open(&t), "{}", t.small());
    // The new case opens at once.
    assert_eq!(t.app.screen, ScreenId::Separation, "{}", t.small());
    let v = offboard::checklist::view(&t.app).cloned().expect("opened");
    assert_eq!(v.row.kind, SepKind::AdvisedResignation);
    assert_eq!(v.row.name, "陳靜");
    assert!(
        t.small().contains("Separation case opened."),
        "{}",
        t.small()
    );
}

#[test]
fn withdrawing_asks_why_and_the_employee_stays() {
    let mut t = Tui::new("hr.li", Lang::ZhHant);
    open(&mut t, 3);
    assert!(offered(&t).contains(&Action::WithdrawCase));
    t.ch('W');
    assert!(form_open(&t), "{}", t.small());
    t.key(KeyCode::Enter);
    assert!(form_open(&t), "no reason, nothing sent");
    assert_eq!(sep(&t, 3).row.state, SepState::Open);
    t.typed("改變主意，留任 stays after all");
    t.key(KeyCode::Enter);
    assert!(!form_open(&t), "{}", t.small());
    let v = sep(&t, 3);
    assert_eq!(v.row.state, SepState::Withdrawn);
    assert!(t.small().contains("改變主意"), "{}", t.small());
    // Withdrawn cases leave the open list; `a` shows them, dim.
    t.key(KeyCode::Esc);
    assert!(!t.small().contains("SEP-0003"), "{}", t.small());
    t.ch('a');
    assert!(
        line_with(&t.small(), "SEP-0003").contains("已撤回"),
        "{}",
        t.small()
    );
}

#[test]
fn the_leaving_employee_acknowledges_a_done_step() {
    let t = Tui::new("hr.li", Lang::En);
    let hr = Caller::new("hr.li");
    let day = |m, d| chrono::NaiveDate::from_ymd_opt(2026, m, d).unwrap();
    let run = |cmd| {
        t.svc
            .handle(
                &hr,
                Request::execute(Command::Offboard(cmd), "spoke at length"),
            )
            .expect("runs")
    };
    // 劉洋 (emp.liu) resigns; HR holds the talk.
    run(Offboard::Start {
        employee: EmployeeId(15),
        kind: SepKind::Resignation,
        notice: day(11, 20),
        last_day: day(12, 20),
        reason: "further study".into(),
    });
    run(Offboard::Tick {
        case: SepId(4),
        step: "hr_talk".into(),
        handover_to: None,
    });
    let mut me = t.beside("emp.liu");
    let at = me
        .app
        .data
        .inbox
        .rows()
        .iter()
        .position(|i| i.case.to_string() == "SEP-0004")
        .unwrap_or_else(|| panic!("the talk waits for him:\n{}", me.small()));
    for _ in 0..at {
        me.ch('j');
    }
    me.key(KeyCode::Enter);
    assert_eq!(me.app.screen, ScreenId::Separation, "{}", me.small());
    assert!(
        offered(&me).contains(&Action::Acknowledge),
        "{}",
        me.small()
    );
    assert!(!offered(&me).contains(&Action::TickStep));
    me.ch('a');
    assert!(matches!(me.app.modal, Modal::Confirm(_)), "{}", me.small());
    me.key(KeyCode::Enter);
    assert!(step(&sep(&me, 4), "hr_talk").acknowledged.is_some());
    assert!(me.small().contains("Acknowledged."), "{}", me.small());
    // Twice is refused, in the domain's words.
    me.ch('a');
    assert!(me.small().contains("acknowledged step"), "{}", me.small());
}

#[test]
fn issued_equipment_shows_on_the_record_and_the_checklist() {
    let mut t = Tui::new("admin.sun", Lang::En);
    on_service_clock(&mut t);
    open(&mut t, 3);
    assert!(offered(&t).contains(&Action::IssueItem), "{}", t.small());
    t.ch('i');
    assert!(form_open(&t), "{}", t.small());
    t.typed("IT-0420")
        .key(KeyCode::Tab)
        .typed("筆記型電腦 Dell 7440");
    t.key(KeyCode::Enter);
    assert!(!form_open(&t), "{}", t.small());
    assert!(t.small().contains("Item issued."), "{}", t.small());
    assert!(sep(&t, 3).items.iter().any(|i| i.tag == "IT-0420"));
    // The same tag twice is refused, in the form.
    t.ch('i').typed("it-0420").key(KeyCode::Tab).typed("again");
    t.key(KeyCode::Enter);
    assert!(form_open(&t));
    assert!(t.small().contains("is out already"), "{}", t.small());

    // HR sees it on 楊帆's record, and is not offered to issue anything.
    let mut hr = t.beside("hr.li");
    hr.ch('6')
        .ch('/')
        .typed("楊帆")
        .key(KeyCode::Enter)
        .key(KeyCode::Enter);
    assert_eq!(hr.app.screen, ScreenId::Employee, "{}", hr.small());
    assert!(!offered(&hr).contains(&Action::IssueItem));
    for _ in 0..6 {
        hr.ch('J');
    }
    assert!(hr.small().contains("IT-0420"), "{}", hr.small());
}

#[test]
fn an_employee_resigns_from_the_terminal_and_sees_only_their_own_case() {
    let mut me = Tui::new("emp.liu", Lang::ZhHant);
    on_service_clock(&mut me);
    me.ch('9');
    assert!(offboard::rows(&me.app).is_empty(), "{}", me.small());
    assert!(offered(&me).contains(&Action::StartSeparation));
    me.ch('N');
    assert!(form_open(&me), "{}", me.small());
    // Their own number finds them; the one kind they may open is chosen.
    me.typed("HX-1015");
    assert!(
        me.small().contains("→ 劉洋（HX-1015，EMP-0015）"),
        "{}",
        me.small()
    );
    me.key(KeyCode::Tab)
        .key(KeyCode::Tab)
        .key(KeyCode::Tab)
        .typed("2026-12-31")
        .key(KeyCode::Tab)
        .typed("進修 further study");
    me.key(KeyCode::Enter);
    assert!(!form_open(&me), "{}", me.small());
    assert_eq!(me.app.screen, ScreenId::Separation, "{}", me.small());
    // Nothing on it is theirs to tick: the service says why.
    me.ch('t');
    assert!(
        me.app
            .last_message
            .as_deref()
            .is_some_and(|m| m.contains("SEP-0004")),
        "{}",
        me.small()
    );
    me.key(KeyCode::Esc);
    let ids: Vec<String> = offboard::rows(&me.app)
        .iter()
        .map(|r| r.id.to_string())
        .collect();
    assert_eq!(ids, ["SEP-0004"], "{}", me.small());
    // Someone else's staff number is not theirs to look up.
    me.ch('N').typed("HX-1001");
    assert!(me.small().contains("您無權查看在職人員"), "{}", me.small());
}

#[test]
fn a_colleague_the_head_may_not_look_up_is_named_by_id_and_the_service_decides() {
    let mut t = Tui::new("head.civil", Lang::En);
    open(&mut t, 3);
    select_step(&mut t, 3);
    t.ch('t').typed("EMP-0026");
    // Said as a note, not as a problem: the id goes to the service as typed.
    assert!(t.small().contains("You may not"), "{}", t.small());
    t.key(KeyCode::Enter);
    // EMP-0026 works in another department: the service says so, and
    // nothing is recorded.
    assert!(t.small().contains("same department"), "{}", t.small());
    let s = step(&sep(&t, 3), "handover");
    assert_eq!(s.handover_to, None);
}
