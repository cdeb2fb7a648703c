//! The people screen as a person uses it: the directory at 80×24 in the
//! three languages, filtered by pinyin as it is typed, sorted by a column,
//! an employee's record, a department head's smaller directory, a directory
//! larger than a page, and the forms that enter, edit, move and erase.
//!
//! Regenerate snapshots with `INSTA_UPDATE=always cargo test --test tui_people`.

mod tui_support;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use renshi::domain::*;
use renshi::i18n::Lang;
use renshi::service::Caller;
use renshi::service::api::{PEOPLE_PAGE, Reply, Request};
use renshi::tui::app::{Loaded, Modal};
use renshi::tui::frame::footer_entries;
use renshi::tui::keymap::{Action, Layer};
use renshi::tui::screens::ScreenId;
use renshi::tui::screens::people;
use std::time::Duration;
use tui_support::*;

const LANGS: [(Lang, &str); 3] = [
    (Lang::En, "en"),
    (Lang::ZhHans, "zh_hans"),
    (Lang::ZhHant, "zh_hant"),
];

fn exec(t: &Tui, login: &str, command: Command, comment: &str) -> Reply {
    t.svc
        .handle(&Caller::new(login), Request::execute(command, comment))
        .unwrap_or_else(|e| panic!("{login}: {e:?}"))
}

/// The employee with `name` in the demo, by the service.
fn employee(t: &Tui, name: &str) -> EmployeeId {
    let dir = people::directory(&t.app).expect("the directory is read");
    dir.rows
        .iter()
        .find(|r| r.name == name)
        .map(|r| r.id)
        .unwrap_or_else(|| panic!("no {name} in the directory"))
}

fn offered(t: &Tui) -> Vec<Action> {
    footer_entries(&t.app).into_iter().map(|e| e.1).collect()
}

/// The names in the directory, top to bottom, as shown.
fn names(t: &Tui) -> Vec<String> {
    (0..people::rows(&t.app))
        .filter_map(|i| people::row_at(&t.app, i))
        .map(|r| r.name.clone())
        .collect()
}

/// An employee's staff number, as the directory has it.
fn number(t: &Tui, name: &str) -> String {
    let id = employee(t, name);
    people::directory(&t.app)
        .and_then(|d| d.rows.iter().find(|r| r.id == id))
        .map(|r| r.number.clone())
        .unwrap_or_default()
}

// ---------------------------------------------------------------- snapshots

#[test]
fn the_directory_in_three_languages() {
    for (lang, tag) in LANGS {
        let mut t = Tui::new("hr.zhao", lang);
        t.ch('6');
        assert_eq!(t.app.screen, ScreenId::People);
        insta::assert_snapshot!(format!("people_hr_{tag}_80x24"), t.small());
    }
}

#[test]
fn a_pinyin_search_typed_letter_by_letter() {
    let mut t = Tui::new("hr.zhao", Lang::En);
    t.ch('6').ch('/').typed("liuyang");
    insta::assert_snapshot!("people_pinyin_liuyang_en_80x24", t.small());
    assert_eq!(names(&t), ["劉洋"], "{}", t.small());
    // The initials find the same person.
    t.key(KeyCode::Esc).ch('/').typed("ly");
    assert!(names(&t).contains(&"劉洋".to_string()), "{}", t.small());
}

#[test]
fn a_department_head_sees_their_departments_only() {
    let mut t = Tui::new("head.civil", Lang::ZhHant);
    t.ch('6');
    let screen = t.small();
    insta::assert_snapshot!("people_head_civil_zh_hant_80x24", screen);
    let rows = people::directory(&t.app).map_or(0, |d| d.rows.len());
    assert_eq!(
        rows, 12,
        "土建部 has twelve people (one hired through REQ-0001)"
    );
    assert!(screen.contains("所屬部門員工"), "{screen}");
    // A head may read, not change.
    let keys = offered(&t);
    for a in [
        Action::AddEmployee,
        Action::EditEmployee,
        Action::TransferEmployee,
        Action::ErasePersonal,
    ] {
        assert!(!keys.contains(&a), "{a:?} offered to a head");
    }
}

#[test]
fn a_record_with_contracts_personal_data_and_history() {
    let mut t = Tui::new("hr.zhao", Lang::En);
    t.ch('6');
    let id = employee(&t, "劉洋");
    exec(
        &t,
        "hr.li",
        Command::EditEmployee {
            id,
            number: "A-1015".into(),
            name: "劉洋".into(),
            personal: Box::new(Personal {
                id_number: "110101199003071234".into(),
                phone: "13800138000".into(),
                email: "liu.yang@example.com".into(),
                address: "北京市朝阳区建国路 88 号".into(),
                bank_account: String::new(),
                ..Personal::default()
            }),
        },
        "",
    );
    exec(
        &t,
        "gm.wang",
        Command::TransferEmployee {
            id,
            to: "POS-011".parse().unwrap(),
            over_headcount: true,
        },
        "張偉 leads the new site; 劉洋 stands in as head until March",
    );
    t.ch('/')
        .typed("liuyang")
        .key(KeyCode::Enter)
        .key(KeyCode::Enter);
    assert_eq!(t.app.screen, ScreenId::Employee);
    let screen = t.small();
    insta::assert_snapshot!("people_record_hr_en_80x24", screen);
    // HR reads personal data in full.
    assert!(screen.contains("110101199003071234"), "{screen}");
    // The history goes on below; End shows its last entry.
    assert!(screen.contains("▼"), "{screen}");
    t.key(KeyCode::End);
    let screen = t.small();
    assert!(screen.contains("approved headcount"), "{screen}");
    assert!(screen.contains("stands in as head"), "{screen}");
    // The general manager may read the record, personal data masked.
    let mut gm = t.beside("gm.wang");
    gm.ch('6')
        .ch('/')
        .typed("liuyang")
        .key(KeyCode::Enter)
        .key(KeyCode::Enter);
    let screen = gm.small();
    assert!(screen.contains("************1234"), "{screen}");
    assert!(!screen.contains("110101199003071234"), "{screen}");
    assert!(screen.contains("Masked"), "{screen}");
    // Esc goes back to the directory, the filter kept.
    t.key(KeyCode::Esc);
    assert_eq!(t.app.screen, ScreenId::People);
    assert_eq!(t.app.ui.people.nav.filter.text(), "liuyang");
}

// ---------------------------------------------------------------- finding

#[test]
fn pinyin_and_initials_find_traditional_names() {
    let mut t = Tui::new("hr.zhao", Lang::En);
    t.ch('6');
    for q in ["zhangwei", "zw", "張偉", "张伟"] {
        t.key(KeyCode::Esc).ch('/').typed(q);
        assert_eq!(
            names(&t).first().map(String::as_str),
            Some("張偉"),
            "{q}:\n{}",
            t.small()
        );
    }
    // Number, department and position are searched too.
    let sarah = number(&t, "Sarah Wong");
    t.key(KeyCode::Esc).ch('/').typed(&sarah);
    assert_eq!(names(&t).first().map(String::as_str), Some("Sarah Wong"));
    t.key(KeyCode::Esc).ch('/').typed("施工员");
    // Four, and one hired through the demo's REQ-0001.
    assert_eq!(names(&t).len(), 5, "five site supervisors:\n{}", t.small());
    // Backspace widens the search again.
    t.key(KeyCode::Esc).ch('/').typed("liuy");
    let narrow = names(&t);
    t.key(KeyCode::Backspace);
    let wide = names(&t);
    assert!(wide.len() > narrow.len(), "{narrow:?} then {wide:?}");
    assert!(wide.contains(&"劉小紅".to_string()), "{wide:?}");
}

#[test]
fn sorting_by_any_column_either_way() {
    let mut t = Tui::new("hr.zhao", Lang::En);
    t.ch('6');
    assert!(t.small().contains("Number▲"));
    // The selection stays with its employee; Home goes to the top.
    t.ch('s').key(KeyCode::Home);
    let screen = t.small();
    assert!(screen.contains("Name▲"), "{screen}");
    // By reading: Anna Liu (anna) first, 曹陽 (cao yang) before 陳靜 (chen jing).
    let by_name = names(&t);
    assert_eq!(
        by_name.first().map(String::as_str),
        Some("Anna Liu"),
        "{screen}"
    );
    let pos = |n: &str| by_name.iter().position(|x| x == n);
    assert!(pos("曹陽") < pos("陳靜"), "{screen}");
    t.ch('S').key(KeyCode::Home);
    assert!(t.small().contains("Name▼"), "{}", t.small());
    assert_ne!(names(&t).first().map(String::as_str), Some("Anna Liu"));
    // Five more presses come round to the number again.
    for _ in 0..5 {
        t.ch('s');
    }
    assert!(t.small().contains("Number▲"), "{}", t.small());
    // A filter ranks by match; the header says so, not a sort.
    t.ch('/').typed("chen");
    let screen = t.small();
    assert!(screen.contains("best match first"), "{screen}");
    assert!(!screen.contains("Number▲"), "{screen}");
}

#[test]
fn a_directory_larger_than_a_page_shows_its_first_page_at_once() {
    let t = Tui::new("hr.zhao", Lang::En);
    let extra = 2 * PEOPLE_PAGE + 40;
    let events: Vec<Event> = (0..extra)
        .map(|i| Event::EmployeeHired {
            id: EmployeeId(41 + i),
            name: format!("測試員 Tester {i:05}"),
            position: "POS-012".parse().unwrap(),
            status: EmployeeStatus::Active,
            hired: chrono::NaiveDate::from_ymd_opt(2020, 1, 1).unwrap(),
        })
        .collect();
    t.svc.seed("admin", "test", &events).expect("seed");
    let mut t = t.beside("hr.zhao");
    renshi::tui::on_key(
        &mut t.app,
        KeyEvent::new(KeyCode::Char('6'), KeyModifiers::NONE),
    );
    // One answer at a time, until the first page is in.
    for _ in 0..20 {
        if matches!(t.app.data.people, Loaded::Ready(_)) {
            break;
        }
        t.app.wait(Duration::from_secs(10));
    }
    let dir = people::directory(&t.app).expect("the first page");
    assert_eq!(dir.rows.len(), PEOPLE_PAGE as usize);
    assert!(dir.reading());
    let screen = t.small();
    assert!(
        screen.contains(&format!("5000 of {} read", 40 + extra)),
        "{screen}"
    );
    t.app.settle();
    let dir = people::directory(&t.app).expect("the whole directory");
    assert_eq!(dir.rows.len(), (40 + extra) as usize);
    assert!(!dir.reading());
    assert!(!t.small().contains("read…"), "{}", t.small());
    // The last row is found like the first, and first.
    t.ch('/').typed(&format!("tester {:05}", extra - 1));
    assert_eq!(
        people::selected(&t.app).map(|r| r.name.clone()),
        Some(format!("測試員 Tester {:05}", extra - 1)),
        "{}",
        t.small()
    );
    // Coming back to the tab reads nothing again when nothing changed.
    t.ch('1').ch('6');
    assert!(!people::directory(&t.app).is_some_and(|d| d.reading()));
}

#[test]
fn an_employee_who_may_not_see_staff_is_told_so() {
    let mut t = Tui::new("emp.liu", Lang::En);
    t.ch('6');
    assert!(matches!(t.app.data.people, Loaded::Denied(_)));
    assert!(t.small().contains("may not"), "{}", t.small());
}

// ---------------------------------------------------------------- forms

#[test]
fn hr_enters_an_employee_with_a_contract_and_personal_data() {
    let mut t = Tui::new("hr.zhao", Lang::En);
    t.ch('6');
    assert!(offered(&t).contains(&Action::AddEmployee));
    t.ch('n');
    assert!(matches!(t.app.modal, Modal::Form(_)), "{}", t.small());
    t.typed("A-2001")
        .key(KeyCode::Tab)
        .typed("歐陽娜娜 Nana")
        .key(KeyCode::Tab)
        // POS-013 is full since the demo's hire through REQ-0001.
        .typed("POS-015")
        .key(KeyCode::Tab)
        .key(KeyCode::Right)
        .key(KeyCode::Tab);
    // A day that is not one is refused as it is typed.
    for _ in 0..10 {
        t.key(KeyCode::Backspace);
    }
    t.typed("2026-13-01");
    assert!(t.small().contains("is not a day"), "{}", t.small());
    for _ in 0..10 {
        t.key(KeyCode::Backspace);
    }
    t.typed("2026-12-01").key(KeyCode::Tab).key(KeyCode::Right);
    // A probation contract has an end: shown once a contract is chosen.
    t.key(KeyCode::Tab).typed("2027-05-31");
    t.key(KeyCode::Tab).typed("110101200001011234");
    t.key(KeyCode::Tab).typed("2000-01-01");
    t.key(KeyCode::Tab).typed("13900000000");
    insta::assert_snapshot!("people_add_form_hr_en_80x24", t.small());
    t.key(KeyCode::Enter);
    assert!(matches!(t.app.modal, Modal::None), "{}", t.small());
    assert!(t.small().contains("Employee entered."), "{}", t.small());
    // The new employee is selected in the directory.
    assert_eq!(
        people::selected(&t.app).map(|r| r.name.as_str()),
        Some("歐陽娜娜 Nana")
    );
    t.ch('/').typed("ouyang");
    assert_eq!(names(&t), ["歐陽娜娜 Nana"], "{}", t.small());
    t.key(KeyCode::Enter).key(KeyCode::Enter);
    let screen = t.small();
    assert!(screen.contains("probation contract"), "{screen}");
    assert!(screen.contains("2026-12-01 to 2027-05-31"), "{screen}");
    assert!(screen.contains("13900000000"), "{screen}");
    assert!(screen.contains("joined as POS-015"), "{screen}");
}

#[test]
fn hr_edits_details_prefilled_with_what_is_recorded() {
    let mut t = Tui::new("hr.li", Lang::En);
    t.ch('6');
    let id = employee(&t, "陳靜");
    exec(
        &t,
        "hr.li",
        Command::EditEmployee {
            id,
            number: "A-1016".into(),
            name: "陳靜".into(),
            personal: Box::new(Personal {
                phone: "13700000000".into(),
                ..Personal::default()
            }),
        },
        "",
    );
    t.ch('/').typed("chenjing").key(KeyCode::Enter).ch('e');
    let Modal::Form(form) = &t.app.modal else {
        panic!("no form:\n{}", t.small());
    };
    assert_eq!(
        form.text_of(renshi::tui::forms::FieldId::StaffNumber),
        "A-1016"
    );
    assert_eq!(
        form.text_of(renshi::tui::forms::FieldId::Phone),
        "13700000000"
    );
    // A name emptied is refused before saving.
    t.key(KeyCode::Tab).ctrl('u');
    t.key(KeyCode::Enter);
    assert!(t.small().contains("must not be empty"), "{}", t.small());
    t.typed("陳靜怡").key(KeyCode::Enter);
    assert!(matches!(t.app.modal, Modal::None), "{}", t.small());
    t.key(KeyCode::Esc)
        .ch('/')
        .typed("chenjingyi")
        .key(KeyCode::Enter);
    t.key(KeyCode::Enter);
    let screen = t.small();
    assert!(screen.contains("details changed: Name"), "{screen}");
}

#[test]
fn a_transfer_without_a_free_seat_shows_the_numbers_and_the_gm_may_override() {
    for login in ["hr.li", "gm.wang"] {
        let mut t = Tui::new(login, Lang::En);
        t.ch('6')
            .ch('/')
            .typed("liuyang")
            .key(KeyCode::Enter)
            .ch('t');
        assert!(matches!(t.app.modal, Modal::Form(_)), "{}", t.small());
        // The civil head's one seat is taken.
        t.typed("POS-011").key(KeyCode::Enter);
        let screen = t.small();
        assert!(
            screen.contains("1 approved, 1 filled, 0"),
            "{login}:\n{screen}"
        );
        if login == "hr.li" {
            assert!(!screen.contains("As general manager"), "{screen}");
            continue;
        }
        insta::assert_snapshot!("people_transfer_over_gm_en_80x24", screen);
        // No reason, no move.
        t.key(KeyCode::Enter);
        assert!(
            t.small().contains("The reason must not be empty"),
            "{}",
            t.small()
        );
        t.typed("Stands in for 張偉 until March")
            .key(KeyCode::Enter);
        assert!(matches!(t.app.modal, Modal::None), "{}", t.small());
        assert!(t.small().contains("Employee transferred."));
        t.key(KeyCode::Enter).key(KeyCode::End);
        let screen = t.small();
        assert!(screen.contains("approved headcount"), "{screen}");
        assert!(screen.contains("Stands in for 張偉"), "{screen}");
    }
}

#[test]
fn only_the_hr_head_erases_personal_data_and_must_say_why() {
    let mut staff = Tui::new("hr.li", Lang::En);
    staff.ch('6');
    assert!(!offered(&staff).contains(&Action::ErasePersonal));
    // Pressed anyway: the service refuses, no form opens.
    staff.ch('x');
    assert!(matches!(staff.app.modal, Modal::None));
    assert!(staff.small().contains("HR head"), "{}", staff.small());
    let mut t = Tui::new("hr.zhao", Lang::ZhHant);
    t.ch('6').ch('/').typed("zhangwei").key(KeyCode::Enter);
    assert!(offered(&t).contains(&Action::ErasePersonal));
    t.ch('x');
    insta::assert_snapshot!("people_erase_form_zh_hant_80x24", t.small());
    t.key(KeyCode::Enter);
    assert!(t.small().contains("刪除依據不能空白"), "{}", t.small());
    t.typed("本人依個資法請求刪除").key(KeyCode::Enter);
    assert!(matches!(t.app.modal, Modal::None), "{}", t.small());
    t.key(KeyCode::Enter);
    let screen = t.small();
    assert!(
        screen.contains("已於 2026-11-20 由 hr.zhao 刪除"),
        "{screen}"
    );
    assert!(screen.contains("個人資料已刪除"), "{screen}");
}

#[test]
fn long_mixed_script_names_line_up_by_display_width() {
    let mut t = Tui::new("hr.zhao", Lang::ZhHans);
    t.ch('6');
    let id = employee(&t, "Emily Chen");
    let no = number(&t, "Emily Chen");
    exec(
        &t,
        "hr.zhao",
        Command::EditEmployee {
            id,
            number: no.clone(),
            name: "歐陽娜娜 Emily Chen-Montgomery 陳".into(),
            personal: Box::default(),
        },
        "",
    );
    // Changed at another terminal: Ctrl-R reads the directory again.
    t.ctrl('r');
    assert!(t.small().contains("歐陽娜娜 Emily"), "{}", t.small());
    for (w, h) in [(80, 24), (120, 40)] {
        let screen = t.screen(w, h);
        let header = line_with(&screen, "工号");
        let row = line_with(&screen, &no);
        for col in ["部门", "岗位", "状态"] {
            let at = column(header, col);
            let cell = row
                .char_indices()
                .find(|(i, _)| unicode_width::UnicodeWidthStr::width(&row[..*i]) == at)
                .map(|(i, _)| &row[i..]);
            assert!(
                cell.is_some(),
                "{col} at {at} falls inside a wide character:\n{row}"
            );
        }
        if w == 120 {
            insta::assert_snapshot!("people_long_names_zh_hans_120x40", screen);
        }
    }
}

#[test]
fn a_search_in_a_choice_is_shortened_with_backspace() {
    let mut t = Tui::new("hr.zhao", Lang::En);
    t.ch('6');
    t.ch('n');
    t.key(KeyCode::Tab).key(KeyCode::Tab);
    // The position: a search that finds nothing, then taken back.
    assert_eq!(t.app.layers(), [Layer::Choice, Layer::Form]);
    t.typed("POS-013xy");
    assert!(t.small().contains("Nothing matches"), "{}", t.small());
    t.key(KeyCode::Backspace).key(KeyCode::Backspace);
    assert!(!t.small().contains("Nothing matches"), "{}", t.small());
    assert!(t.small().contains("POS-013"), "{}", t.small());
}

/// A form opened on a record names the person as the record now does: the
/// list behind it still holds the name from before an edit.
#[test]
fn a_transfer_after_an_edit_on_the_record_names_the_person_as_edited() {
    let mut t = Tui::new("hr.li", Lang::En);
    t.ch('6')
        .ch('/')
        .typed("chenjing")
        .key(KeyCode::Enter)
        .key(KeyCode::Enter);
    assert_eq!(t.app.screen, ScreenId::Employee, "{}", t.small());
    t.ch('e').key(KeyCode::Tab).ctrl('u');
    t.typed("陳靜 Jing Chen").key(KeyCode::Enter);
    assert!(matches!(t.app.modal, Modal::None), "{}", t.small());
    t.ch('t');
    let Modal::Form(_) = &t.app.modal else {
        panic!("no form:\n{}", t.small());
    };
    let screen = t.small();
    assert!(screen.contains("陳靜 Jing Chen ("), "{screen}");
}

/// At 80×24 a form with every problem shown is taller than the screen: it
/// scrolls to keep the field being typed in in view, and the keys at the
/// bottom of the screen stay in sight.
#[test]
fn a_form_taller_than_the_screen_keeps_the_focused_field_in_view() {
    let mut t = Tui::new("hr.li", Lang::En);
    t.ch('6').ch('n');
    assert!(matches!(t.app.modal, Modal::Form(_)), "{}", t.small());
    // A problem under nearly every field: a number too long, no name, a
    // date in the wrong form, a fixed term ending "soon", a phone and an
    // e-mail address that are not ones.
    t.ctrl('u').typed(&"名".repeat(70));
    t.key(KeyCode::Tab).key(KeyCode::Tab).key(KeyCode::Tab);
    t.key(KeyCode::Tab).ctrl('u').typed("2026/11/27");
    t.key(KeyCode::Tab).typed("fixed");
    t.key(KeyCode::Tab).typed("soon");
    t.key(KeyCode::Tab).key(KeyCode::Tab).typed("phone?");
    t.key(KeyCode::Tab).typed("mail");
    t.key(KeyCode::Enter);
    // Back to the first field, then to the last: the bank account.
    let Modal::Form(form) = &t.app.modal else {
        panic!("the form closed:\n{}", t.small());
    };
    let last = form.fields.len();
    for _ in 0..last * 2 {
        let Modal::Form(form) = &t.app.modal else {
            break;
        };
        if form.focus + 1 == form.fields.len() {
            break;
        }
        t.key(KeyCode::Tab);
    }
    t.typed("6222 CHECK");
    let screen = t.small();
    assert!(
        screen.contains("6222 CHECK"),
        "the field typed in is out of sight:\n{screen}"
    );
    let bottom = screen.lines().last().unwrap_or_default();
    assert!(bottom.contains("Esc"), "the keys are covered:\n{screen}");
}
