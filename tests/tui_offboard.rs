//! Offboarding as people use it in the terminal: the separation cases and a
//! case's checklist at 80×24 in the three languages (the demo's three
//! cases: one just started, one with the handover done and a laptop still
//! out, one waiting for finance, and a late one), ticking a step, a gated
//! step's reason, the footer's keys, an inbox item, and long names.
//! Each owner's forms are in `tui_offboard_forms`.
//!
//! Regenerate snapshots with `INSTA_UPDATE=always cargo test --test tui_offboard`.

mod offboard_support;
mod tui_support;

use offboard_support::*;
use ratatui::crossterm::event::KeyCode;
use renshi::domain::offboard::{Offboard, SepKind, StepState};
use renshi::domain::*;
use renshi::i18n::Lang;
use renshi::service::Caller;
use renshi::service::api::{Reply, Request};
use renshi::tui::keymap::Action;
use renshi::tui::screens::ScreenId;
use renshi::tui::screens::offboard;
use tui_support::*;

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
