//! Offboarding as people use it in the terminal: the separation cases and a
//! case's checklist at 80×24 in the three languages (the demo's three
//! cases: one just started, one with the handover done and a laptop still
//! out, one waiting for finance), and each owner's key presses on their own
//! step, down to the close and the certificate.
//!
//! Regenerate snapshots with `INSTA_UPDATE=always cargo test --test tui_offboard`.

mod tui_support;

use ratatui::crossterm::event::KeyCode;
use renshi::domain::offboard::{Offboard, SepKind, SepState, StepState};
use renshi::domain::*;
use renshi::i18n::Lang;
use renshi::service::Caller;
use renshi::service::api::{Query, Reply, Request, SepView};
use renshi::tui::app::Modal;
use renshi::tui::frame::footer_entries;
use renshi::tui::keymap::Action;
use renshi::tui::screens::ScreenId;
use renshi::tui::screens::offboard;
use tui_support::*;

const LANGS: [(Lang, &str); 3] = [
    (Lang::En, "en"),
    (Lang::ZhHans, "zh_hans"),
    (Lang::ZhHant, "zh_hant"),
];

fn offered(t: &Tui) -> Vec<Action> {
    footer_entries(&t.app).into_iter().map(|e| e.1).collect()
}

fn form_open(t: &Tui) -> bool {
    matches!(t.app.modal, Modal::Form(_))
}

fn sep(t: &Tui, id: u32) -> SepView {
    match t.svc.handle(
        &Caller::new("hr.zhao"),
        Request::Query(Query::Separation(SepId(id))),
    ) {
        Ok(Reply::Separation(v)) => *v,
        other => panic!("{other:?}"),
    }
}

fn step(v: &SepView, key: &str) -> renshi::service::api::StepView {
    v.steps
        .iter()
        .find(|s| s.template.key == key)
        .cloned()
        .unwrap_or_else(|| panic!("no step {key}"))
}

/// Opens the Offboarding tab, moves down to case `id` and opens it.
fn open(t: &mut Tui, id: u32) {
    t.ch('9');
    assert_eq!(t.app.screen, ScreenId::Offboard, "{}", t.small());
    let want = SepId(id);
    for _ in 0..offboard::rows(&t.app).len() {
        if offboard::rows(&t.app)[t.app.ui.offboard.nav.sel].id == want {
            t.key(KeyCode::Enter);
            assert_eq!(t.app.screen, ScreenId::Separation, "{}", t.small());
            return;
        }
        t.ch('j');
    }
    panic!("no {want} in the list\n{}", t.small());
}

/// Selects the step numbered `no` in the open checklist.
fn select_step(t: &mut Tui, no: u32) {
    t.key(KeyCode::Home);
    for _ in 1..no {
        t.ch('j');
    }
    let sel = offboard::checklist::view(&t.app)
        .and_then(|v| v.steps.get(t.app.ui.sep.nav.sel))
        .map(|s| s.no);
    assert_eq!(sel, Some(no), "{}", t.small());
}

/// The service's "today" in the tests: forms that default to today then
/// agree with it (the interface's own clock runs three days later).
fn on_service_clock(t: &mut Tui) {
    t.app.clock = seeded;
    t.app.now = seeded();
}

// ---------------------------------------------------------------- snapshots

/// A fourth case, opened late: its last day has passed and no step is
/// done, so every step is overdue.
fn late_case(t: &Tui) {
    let day = |m, d| chrono::NaiveDate::from_ymd_opt(2026, m, d).unwrap();
    let out = t.svc.handle(
        &Caller::new("hr.li"),
        Request::execute(
            Command::Offboard(Offboard::Start {
                employee: EmployeeId(16),
                kind: SepKind::Retirement,
                notice: day(10, 1),
                last_day: day(11, 10),
                reason: "retires at sixty".into(),
            }),
            "",
        ),
    );
    assert!(out.is_ok(), "{out:?}");
}

#[test]
fn the_open_cases_in_three_languages() {
    for (lang, tag) in LANGS {
        let t = Tui::seeded_in("hr.li", lang);
        late_case(&t);
        let mut t = t.beside("hr.li");
        t.app.cat = renshi::i18n::Catalog::load(lang);
        t.ch('9');
        let screen = t.small();
        // The late case is marked, by a sign that needs no colour.
        assert!(line_with(&screen, "SEP-0004").starts_with("│⚠"), "{screen}");
        assert!(
            !line_with(&screen, "SEP-0003").starts_with("│⚠"),
            "{screen}"
        );
        insta::assert_snapshot!(format!("cases_hr_{tag}_80x24"), screen);
        // `a` shows every case; the list says which it shows.
        t.ch('a');
        assert!(t.app.ui.offboard.all);
        t.ch('a');
        assert!(!t.app.ui.offboard.all);
    }
}

#[test]
fn an_overdue_checklist_marks_each_late_step() {
    let t = Tui::new("hr.li", Lang::En);
    late_case(&t);
    let mut t = t.beside("hr.li");
    open(&mut t, 4);
    let screen = t.small();
    assert!(screen.contains("[Open] ⚠ 6 steps overdue"), "{screen}");
    assert!(line_with(&screen, "HR talk").starts_with("│⚠"), "{screen}");
    insta::assert_snapshot!("checklist_overdue_hr_en_80x24", screen);
}

#[test]
fn a_checklist_with_the_handover_done_and_a_laptop_out_in_three_languages() {
    for (lang, tag) in LANGS {
        let mut t = Tui::seeded_in("admin.sun", lang);
        open(&mut t, 2);
        // The administration department lands on its own step.
        assert_eq!(
            offboard::checklist::view(&t.app)
                .and_then(|v| v.steps.get(t.app.ui.sep.nav.sel))
                .map(|s| s.template.key.as_str()),
            Some("equipment")
        );
        insta::assert_snapshot!(format!("checklist_admin_{tag}_80x24"), t.small());
        t.ch('J');
        assert!(t.small().contains("IT-0107"), "{}", t.small());
    }
}

#[test]
fn a_case_just_started_and_one_waiting_for_finance_at_a_larger_size() {
    let mut t = Tui::seeded_in("hr.li", Lang::ZhHant);
    open(&mut t, 3);
    insta::assert_snapshot!("checklist_started_hr_zh_hant_80x24", t.small());
    let mut f = Tui::seeded_in("fin.zhou", Lang::En);
    open(&mut f, 1);
    let screen = f.screen(120, 40);
    for line in screen.lines() {
        assert!(unicode_width::UnicodeWidthStr::width(line) <= 120, "{line}");
    }
    insta::assert_snapshot!("checklist_finance_en_120x40", screen);
}

// ---------------------------------------------------------------- behaviour

#[test]
fn ticking_a_step_sends_it_and_the_list_shows_the_progress() {
    let mut t = Tui::new("hr.li", Lang::En);
    t.ch('9');
    assert!(
        line_with(&t.small(), "SEP-0003").contains("▱▱▱▱▱▱ 0/6"),
        "{}",
        t.small()
    );
    open(&mut t, 3);
    // hr.li lands on the HR talk, hers to tick; `t` and Enter tick it with
    // no note.
    assert!(offered(&t).contains(&Action::TickStep), "{}", t.small());
    t.ch('t');
    assert!(form_open(&t), "{}", t.small());
    t.key(KeyCode::Enter);
    assert!(!form_open(&t), "{}", t.small());
    assert!(t.small().contains("Step ticked."), "{}", t.small());
    let s = step(&sep(&t, 3), "hr_talk");
    assert_eq!(s.state, StepState::Done);
    assert_eq!(s.by.as_deref(), Some("hr.li"));
    assert!(
        line_with(&t.small(), "HR talk").contains("Done hr.li"),
        "{}",
        t.small()
    );
    t.key(KeyCode::Esc);
    assert_eq!(t.app.screen, ScreenId::Offboard, "{}", t.small());
    assert!(
        line_with(&t.small(), "SEP-0003").contains("▰▱▱▱▱▱ 1/6"),
        "{}",
        t.small()
    );
}

#[test]
fn a_gated_step_says_what_it_waits_for_and_opens_no_form() {
    let mut t = Tui::new("hr.li", Lang::En);
    open(&mut t, 3);
    select_step(&mut t, 5);
    // Offered, so the user finds out why not by pressing it.
    assert!(offered(&t).contains(&Action::TickStep), "{}", t.small());
    t.ch('t');
    assert!(!form_open(&t), "{}", t.small());
    assert_eq!(
        t.app.last_message.as_deref(),
        Some("Step Separation agreement of SEP-0003 waits for HR talk and contract review first."),
        "{}",
        t.small()
    );
    // Not hers at all: the reason, in the same words as the pane.
    select_step(&mut t, 2);
    assert!(!offered(&t).contains(&Action::TickStep), "{}", t.small());
    t.ch('t');
    assert!(!form_open(&t));
    assert_eq!(
        t.app.last_message.as_deref(),
        Some("Step Department talk of SEP-0003 is for Department head to tick."),
        "{}",
        t.small()
    );
}

#[test]
fn the_footer_offers_each_owner_their_keys() {
    let mut t = Tui::new("hr.li", Lang::En);
    t.ch('9');
    let footer = t.footer(80, 24);
    for want in [
        "Enter Open",
        "N Start a case",
        "a Open / all cases",
        "? Help",
    ] {
        assert!(footer.contains(want), "{footer}");
    }
    let mut admin = t.beside("admin.sun");
    open(&mut admin, 2);
    let keys = offered(&admin);
    assert!(keys.contains(&Action::SettleItem), "{}", admin.small());
    assert!(!keys.contains(&Action::RecordSettlement));
    assert!(
        admin.footer(80, 24).contains("r Item back"),
        "{}",
        admin.small()
    );
    let mut fin = t.beside("fin.zhou");
    open(&mut fin, 1);
    assert!(offered(&fin).contains(&Action::RecordSettlement));
    assert!(!offered(&fin).contains(&Action::SettleItem));
    assert!(!offered(&fin).contains(&Action::CloseCase));
    // Help lists the checklist's keys from the same table.
    fin.ch('?');
    let help = fin.screen(80, 40);
    assert!(help.contains("A separation case"), "{help}");
    assert!(help.contains("Settlement"), "{help}");
}

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
    assert!(head.small().contains("is Closed"), "{}", head.small());
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
fn an_inbox_step_opens_the_case_with_that_step_selected() {
    let mut t = Tui::new("head.civil", Lang::ZhHans);
    let at = t
        .app
        .data
        .inbox
        .rows()
        .iter()
        .position(|i| i.title.starts_with("楊帆") && i.case.to_string() == "SEP-0003")
        .expect("the case's steps wait in the head's inbox");
    for _ in 0..at {
        t.ch('j');
    }
    t.key(KeyCode::Enter);
    assert_eq!(t.app.screen, ScreenId::Separation, "{}", t.small());
    let sel = offboard::checklist::view(&t.app)
        .and_then(|v| v.steps.get(t.app.ui.sep.nav.sel))
        .map(|s| s.template.key.clone());
    assert_eq!(sel.as_deref(), Some("dept_talk"), "{}", t.small());
    // Esc goes back to the inbox it came from.
    t.key(KeyCode::Esc);
    assert_eq!(t.app.screen, ScreenId::Inbox, "{}", t.small());
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
fn long_mixed_script_names_are_cut_and_never_break_the_columns() {
    let t = Tui::new("hr.li", Lang::ZhHans);
    let hr = Caller::new("hr.li");
    let day = |m, d| chrono::NaiveDate::from_ymd_opt(2026, m, d).unwrap();
    let name = "歐陽娜娜 Nana Ouyang-Rodríguez de la Cruz 長名字測試";
    let row = renshi::domain::people::RosterRow {
        number: "HX-LONG-0001".into(),
        name: name.into(),
        position: "POS-015".into(),
        status: "regular".into(),
        start_date: "2024-01-02".into(),
        ..Default::default()
    };
    let out = t.svc.handle(
        &hr,
        Request::execute(Command::AddEmployee { row: Box::new(row) }, ""),
    );
    let Ok(Reply::Done(done)) = out else {
        panic!("{out:?}")
    };
    let id: EmployeeId = done.created.expect("an id").parse().expect("EMP id");
    let out = t.svc.handle(
        &hr,
        Request::execute(
            Command::Offboard(Offboard::Start {
                employee: id,
                kind: SepKind::MutualAgreement,
                notice: day(11, 20),
                last_day: day(12, 31),
                reason: "一行又一行 line\nafter line of a reason that goes on and on".into(),
            }),
            "",
        ),
    );
    assert!(out.is_ok(), "{out:?}");
    let mut t = t.beside("hr.li");
    t.app.cat = renshi::i18n::Catalog::load(Lang::ZhHans);
    t.ch('9');
    for (w, h) in [(60, 20), (80, 24), (140, 45)] {
        for line in t.screen(w, h).lines() {
            assert!(
                unicode_width::UnicodeWidthStr::width(line) <= w as usize,
                "{line}"
            );
        }
    }
    assert!(
        line_with(&t.small(), "SEP-0004").contains('…'),
        "{}",
        t.small()
    );
    open(&mut t, 4);
    for (w, h) in [(60, 20), (80, 24), (140, 45)] {
        for line in t.screen(w, h).lines() {
            assert!(
                unicode_width::UnicodeWidthStr::width(line) <= w as usize,
                "{line}"
            );
        }
    }
    insta::assert_snapshot!("checklist_long_name_zh_hans_80x24", t.small());
}
