//! What people see in the terminal interface: every screen rendered to plain
//! text (insta snapshots, in English and Chinese, at 80×24 and 120×40), and
//! plain assertions for the behaviour that matters — signing really signs,
//! the footer only offers what the user may do, forms validate as typed, and
//! Chinese rows line up with their headers by display width.
//!
//! Regenerate after an intended change with
//! `INSTA_UPDATE=always cargo test --test tui_snapshots`, then read the diff.

mod tui_support;

use ratatui::crossterm::event::KeyCode;
use renshi::i18n::{Catalog, Lang};
use renshi::tui::app::Modal;
use renshi::tui::screens::ScreenId as Screen;
use tui_support::*;
use unicode_width::UnicodeWidthStr;

const LANGS: [(Lang, &str); 2] = [(Lang::En, "en"), (Lang::ZhHans, "zh_hans")];

// ---------------------------------------------------------------- snapshots

#[test]
fn inbox_of_the_board() {
    for (lang, tag) in LANGS {
        let t = Tui::new("board.chen", lang);
        insta::assert_snapshot!(format!("inbox_board_{tag}_80x24"), t.small());
    }
    let t = Tui::new("board.chen", Lang::ZhHant);
    insta::assert_snapshot!("inbox_board_zh_hant_80x24", t.small());
    let t = Tui::new("board.chen", Lang::En);
    insta::assert_snapshot!("inbox_board_en_120x40", t.screen(120, 40));
}

#[test]
fn organisation_with_civil_works_selected() {
    for (lang, tag) in LANGS {
        let mut t = Tui::new("gm.wang", lang);
        t.ch('2');
        assert_eq!(t.app.screen, Screen::Org);
        t.select_dept("土建部");
        insta::assert_snapshot!(format!("org_civil_gm_{tag}_80x24"), t.small());
        if lang == Lang::En {
            insta::assert_snapshot!("org_civil_gm_en_120x40", t.screen(120, 40));
        }
    }
    let mut t = Tui::new("gm.wang", Lang::ZhHant);
    t.ch('2');
    t.select_dept("土建部");
    insta::assert_snapshot!("org_civil_gm_zh_hant_80x24", t.small());
}

#[test]
fn headcount_plans_list() {
    for (lang, tag) in LANGS {
        let mut t = Tui::new("gm.wang", lang);
        t.ch('3');
        assert_eq!(t.app.screen, Screen::Plans);
        insta::assert_snapshot!(format!("plans_gm_{tag}_80x24"), t.small());
    }
    let mut t = Tui::new("gm.wang", Lang::ZhHans);
    t.ch('3');
    insta::assert_snapshot!("plans_gm_zh_hans_120x40", t.screen(120, 40));
}

#[test]
fn plan_detail_and_approve_form_for_the_board() {
    for (lang, tag) in LANGS {
        let mut t = Tui::new("board.chen", lang);
        t.key(KeyCode::Enter);
        assert_eq!(t.app.screen, Screen::Plan);
        assert_eq!(
            t.app
                .data
                .plan
                .as_ref()
                .map(|p| p.id.to_string())
                .as_deref(),
            Some("HP-0001")
        );
        insta::assert_snapshot!(format!("plan_hp0001_board_{tag}_80x24"), t.small());
        if lang == Lang::En {
            insta::assert_snapshot!("plan_hp0001_board_en_120x40", t.screen(120, 40));
        }
        t.ch('a');
        assert!(matches!(t.app.modal, Modal::Form(_)));
        insta::assert_snapshot!(format!("approve_form_board_{tag}_80x24"), t.small());
    }
}

#[test]
fn add_change_form_on_the_draft() {
    for (lang, tag) in LANGS {
        let mut t = Tui::new("gm.wang", lang);
        open_draft(&mut t);
        insta::assert_snapshot!(format!("plan_hp0002_gm_{tag}_80x24"), t.small());
        t.ch('+');
        assert!(matches!(t.app.modal, Modal::Form(_)));
        insta::assert_snapshot!(format!("add_line_form_gm_{tag}_80x24"), t.small());
        // The other kind of change shows other fields.
        t.key(KeyCode::Right);
        insta::assert_snapshot!(format!("add_line_form_headcount_gm_{tag}_80x24"), t.small());
    }
}

#[test]
fn help_screen() {
    for (lang, tag) in LANGS {
        let mut t = Tui::new("board.chen", lang);
        t.ch('?');
        assert!(matches!(t.app.modal, Modal::Help(_)));
        insta::assert_snapshot!(format!("help_{tag}_80x24"), t.small());
    }
    let mut t = Tui::new("board.chen", Lang::En);
    t.ch('?');
    insta::assert_snapshot!("help_en_120x40", t.screen(120, 40));
}

#[test]
fn employee_is_refused_the_plans() {
    for (lang, tag) in LANGS {
        let mut t = Tui::new("emp.liu", lang);
        insta::assert_snapshot!(format!("inbox_emp_{tag}_80x24"), t.small());
        t.ch('3');
        insta::assert_snapshot!(format!("plans_emp_{tag}_80x24"), t.small());
    }
}

#[test]
fn submit_confirmation() {
    for (lang, tag) in LANGS {
        let mut t = Tui::new("gm.wang", lang);
        open_draft(&mut t);
        t.ch('s');
        assert!(matches!(t.app.modal, Modal::Form(_)));
        insta::assert_snapshot!(format!("confirm_submit_gm_{tag}_80x24"), t.small());
    }
}

/// Submitting takes an optional word to the signers (typed in Chinese here).
#[test]
fn submit_with_a_comment_submits() {
    let mut t = Tui::new("gm.wang", Lang::En);
    open_draft(&mut t);
    t.ch('s').typed("答覆董事會：已縮減").key(KeyCode::Enter);
    assert!(matches!(t.app.modal, Modal::None), "{}", t.small());
    assert!(t.small().contains("[Submitted]"), "{}", t.small());
}

/// gm.wang: plans screen, down to HP-0002 (the draft), open it.
fn open_draft(t: &mut Tui) {
    t.ch('3');
    let i = t
        .app
        .data
        .plans
        .rows()
        .iter()
        .position(|p| p.id.to_string() == "HP-0002")
        .expect("HP-0002 in the list");
    for _ in 0..i {
        t.ch('j');
    }
    t.key(KeyCode::Enter);
    assert_eq!(t.app.screen, Screen::Plan);
    assert_eq!(
        t.app
            .data
            .plan
            .as_ref()
            .map(|p| p.id.to_string())
            .as_deref(),
        Some("HP-0002")
    );
}

// ---------------------------------------------------------------- behaviour

#[test]
fn board_approves_from_the_inbox_and_the_inbox_empties() {
    let mut t = Tui::new("board.chen", Lang::En);
    let before = t.small();
    assert!(before.contains("1 Inbox (1)"), "{before}");
    assert!(
        line_with(&before, "HP-0001").contains("3d"),
        "age of the waiting plan:\n{before}"
    );

    t.key(KeyCode::Enter)
        .ch('a')
        .typed("Agreed at the board meeting")
        .key(KeyCode::Enter);
    assert!(
        matches!(t.app.modal, Modal::None),
        "the form closes after signing"
    );
    let after = t.small();
    insta::assert_snapshot!("plan_hp0001_after_approve_en_80x24", after);
    assert!(after.contains("[Approved]"), "{after}");
    assert!(after.contains("Approved and recorded."), "{after}");
    assert!(after.contains("1 Inbox (0)"), "{after}");
    assert!(
        after.contains("board.chen"),
        "the signer is in the timeline:\n{after}"
    );
    // At 80 columns the signature line wraps: its end must still show, on the
    // next row of the timeline box; a wider terminal shows it on one line.
    let signed = line_with(&after, "Approved: board.chen");
    let next = after
        .lines()
        .skip_while(|l| *l != signed)
        .nth(1)
        .unwrap_or_default();
    let joined = format!("{signed} {next}").replace('│', " ");
    let words: Vec<&str> = joined.split_whitespace().collect();
    assert!(
        words.join(" ").contains("Agreed at the board meeting"),
        "the whole comment is in the timeline:\n{after}"
    );
    let wide = t.screen(120, 40);
    assert!(
        wide.contains("Agreed at the board meeting"),
        "the comment is in the timeline:\n{wide}"
    );
    assert!(
        !t.footer(80, 24).contains("Approve"),
        "nothing left to approve"
    );

    t.ch('1');
    let inbox = t.small();
    assert!(inbox.contains("Nothing waits for you"), "{inbox}");

    // The approved headcount reached the organisation: Civil Engineer 10 → 12.
    t.ch('2');
    t.select_dept("土建部");
    let org = t.small();
    let row = line_with(&org, "Civil Engineer");
    assert!(row.split_whitespace().any(|w| w == "12"), "{org}");
}

#[test]
fn approve_in_chinese_too() {
    let mut t = Tui::new("board.chen", Lang::ZhHans);
    t.key(KeyCode::Enter)
        .ch('a')
        .typed("同意，董事会决议")
        .key(KeyCode::Enter);
    let after = t.small();
    let cat = Catalog::load(Lang::ZhHans);
    assert!(
        after.contains(&format!("[{}]", cat.t("state.approved"))),
        "{after}"
    );
    assert!(
        after.contains(&cat.f("tab.inbox", &[("n", "0".into())])),
        "{after}"
    );
    assert!(after.contains("同意，董事会决议"), "{after}");
}

#[test]
fn footer_offers_approve_only_to_who_may_sign() {
    // The board member on the submitted plan.
    let mut board = Tui::new("board.chen", Lang::En);
    board.key(KeyCode::Enter);
    let f = board.footer(80, 24);
    assert!(f.contains("a Approve"), "board footer: {f}");
    assert!(f.contains("r Reject"), "board footer: {f}");
    assert!(!f.contains("Submit"), "board footer: {f}");

    // The general manager, its author, on the same plan.
    let mut gm = Tui::new("gm.wang", Lang::En);
    gm.ch('3').key(KeyCode::Enter);
    assert_eq!(
        gm.app
            .data
            .plan
            .as_ref()
            .map(|p| p.id.to_string())
            .as_deref(),
        Some("HP-0001")
    );
    let f = gm.footer(80, 24);
    assert!(!f.contains("Approve"), "gm footer: {f}");
    assert!(!f.contains("Reject"), "gm footer: {f}");
    // …and pressing `a` anyway is refused by the service, not merely hidden.
    gm.ch('a');
    let s = gm.small();
    assert!(!s.contains("[Approved]"), "{s}");
    // The status line (above the footer) says why: the author does not sign.
    let status = s.lines().rev().nth(1).unwrap_or_default();
    assert!(
        status.contains("gm.wang authored HP-0001"),
        "the refusal says why, on the status line:\n{s}"
    );

    // HR sees the plan and may record a paper sign-off, but not sign it.
    let mut hr = Tui::new("hr.zhao", Lang::En);
    hr.ch('3').key(KeyCode::Enter);
    assert_eq!(
        hr.app
            .data
            .plan
            .as_ref()
            .map(|p| p.id.to_string())
            .as_deref(),
        Some("HP-0001")
    );
    let f = hr.footer(80, 24);
    assert!(!f.contains("Approve"), "hr footer: {f}");
    assert!(f.contains("p Record paper sign-off"), "hr footer: {f}");
    hr.ch('p');
    assert!(matches!(hr.app.modal, Modal::Form(_)));
    insta::assert_snapshot!("paper_form_hr_en_80x24", hr.small());

    // The employee never gets as far as a plan: the list itself is refused.
    let mut emp = Tui::new("emp.liu", Lang::En);
    emp.ch('3').key(KeyCode::Enter);
    assert_eq!(emp.app.screen, Screen::Plans);
    assert!(emp.app.data.plan.is_none());
    let s = emp.small();
    assert!(s.contains("You may not see headcount plans"), "{s}");
    assert!(!emp.footer(80, 24).contains("Approve"));
    assert!(!emp.footer(80, 24).contains("New plan"));
}

#[test]
fn negative_headcount_is_refused_as_it_is_typed() {
    let mut t = Tui::new("gm.wang", Lang::En);
    open_draft(&mut t);
    t.ch('+');
    // New position: kind, department, title, duties, headcount.
    for _ in 0..4 {
        t.key(KeyCode::Tab);
    }
    t.typed("-3");
    let s = t.small();
    insta::assert_snapshot!("add_line_form_bad_headcount_en_80x24", s);
    assert!(s.contains("is not a headcount"), "{s}");
    // Saving is refused and the form stays open.
    t.key(KeyCode::Enter);
    assert!(matches!(t.app.modal, Modal::Form(_)));
    assert_eq!(t.app.data.plan.as_ref().map(|p| p.lines.len()), Some(1));

    let mut z = Tui::new("gm.wang", Lang::ZhHans);
    open_draft(&mut z);
    z.ch('+');
    for _ in 0..4 {
        z.key(KeyCode::Tab);
    }
    z.typed("-3");
    let s = z.small();
    let cat = Catalog::load(Lang::ZhHans);
    let msg = cat.t("err.bad_headcount");
    let fixed = msg.split('{').next().unwrap_or(msg).trim();
    let probe = if fixed.is_empty() { "-3" } else { fixed };
    assert!(s.contains("-3") && s.contains(probe), "{s}");
}

#[test]
fn change_headcount_through_the_form_adds_a_line() {
    let mut t = Tui::new("gm.wang", Lang::En);
    open_draft(&mut t);
    t.ch('+').key(KeyCode::Right).key(KeyCode::Tab);
    // Cycle to the Civil Engineer position.
    for _ in 0..40 {
        if line_with(&t.small(), "Position").contains("Civil Engineer") {
            break;
        }
        t.key(KeyCode::Right);
    }
    t.key(KeyCode::Tab).typed("11").key(KeyCode::Enter);
    assert!(matches!(t.app.modal, Modal::None), "{}", t.small());
    let s = t.small();
    assert!(s.contains("Civil Engineer: headcount 10 → 11"), "{s}");
}

#[test]
fn chinese_rows_line_up_with_their_headers() {
    // Plans list in Chinese: the state column holds Chinese, the title starts after it.
    let mut t = Tui::new("gm.wang", Lang::ZhHans);
    t.ch('3');
    let cat = Catalog::load(Lang::ZhHans);
    let s = t.small();
    let header = line_with_all(&s, &[cat.t("col.id"), cat.t("col.state")]);
    let row = line_with(&s, "HP-0001");
    assert_eq!(
        column(header, cat.t("col.title")),
        column(row, "2027 工程"),
        "title column:\n{s}"
    );
    assert_eq!(
        column(header, cat.t("col.state")),
        column(row, cat.t("state.submitted")),
        "{s}"
    );
    let waits = cat.role("board");
    assert_eq!(
        column(header, cat.t("col.waiting_for")),
        column(row, waits),
        "{s}"
    );

    // Organisation: numbers after Chinese position titles sit under their headers.
    t.ch('2');
    t.select_dept("土建部");
    let s = t.small();
    let header = line_with_all(&s, &[cat.t("col.position"), cat.t("col.approved")]);
    let row = line_with(&s, "土建工程師");
    let appr = column(header, cat.t("col.approved"));
    let ten = row[..]
        .find(" 10")
        .map(|i| row[..i + 1].width())
        .expect("approved 10 in row");
    assert_eq!(appr, ten, "approved column:\n{s}");
    // The box's right border is at the same display column on every body line.
    let right_edges: Vec<usize> = s
        .lines()
        .skip(2)
        .take(10)
        .filter(|l| l.ends_with('│') || l.ends_with('┐') || l.ends_with('┘'))
        .map(|l| l.width())
        .collect();
    assert!(
        right_edges.windows(2).all(|w| w[0] == w[1]),
        "{right_edges:?}\n{s}"
    );

    // The inbox in Traditional Chinese: the title column after a Chinese "what".
    let t = Tui::new("board.chen", Lang::ZhHant);
    let cat = Catalog::load(Lang::ZhHant);
    let s = t.small();
    let header = line_with_all(&s, &[cat.t("col.id"), cat.t("col.what")]);
    let row = line_with(&s, "HP-0001");
    assert_eq!(
        column(header, cat.t("col.what")),
        column(row, cat.t("inbox.sign_plan")),
        "{s}"
    );
    assert_eq!(
        column(header, cat.t("col.title")),
        column(row, "2027"),
        "{s}"
    );
}

#[test]
fn every_screen_is_translated() {
    // No catalog key (`section.name`) may reach the screen in any language.
    for lang in Lang::ALL {
        let mut t = Tui::new("gm.wang", lang);
        let mut screens = vec![t.small()];
        t.ch('2');
        t.select_dept("土建部");
        screens.push(t.small());
        open_draft(&mut t);
        screens.push(t.small());
        t.ch('+');
        screens.push(t.small());
        t.key(KeyCode::Esc).ch('?');
        screens.push(t.screen(120, 40));
        for s in &screens {
            for word in s.split(|c: char| c.is_whitespace() || "()[]│─┌┐└┘".contains(c))
            {
                let looks_like_key = word.split_once('.').is_some_and(|(a, b)| {
                    !a.is_empty()
                        && !b.is_empty()
                        && a.chars().all(|c| c.is_ascii_lowercase() || c == '_')
                        && b.chars().all(|c| c.is_ascii_lowercase() || c == '_')
                        && !matches!(a, "board" | "gm" | "hr" | "head" | "emp")
                });
                assert!(!looks_like_key, "untranslated `{word}` ({lang:?}):\n{s}");
            }
        }
    }
}

/// On a demo store `u` lists the demo users; choosing one switches who acts,
/// and the header, inbox and footer follow.
#[test]
fn demo_user_picker_switches_who_acts() {
    for (lang, tag) in LANGS {
        let mut t = Tui::new("admin", lang);
        t.ch('u');
        assert!(matches!(t.app.modal, Modal::Picker { .. }));
        insta::assert_snapshot!(format!("picker_admin_{tag}_80x24"), t.small());
        // board.chen is the seventh demo user.
        for _ in 0..6 {
            t.ch('j');
        }
        t.key(KeyCode::Enter);
        assert!(matches!(t.app.modal, Modal::None));
        let screen = t.small();
        assert!(screen.contains("(board.chen)"), "{screen}");
        assert_eq!(
            t.app.data.inbox.rows().len(),
            1,
            "the board's plan waits: {screen}"
        );
        // A board member starts on the dashboard, as at sign-in.
        assert_eq!(t.app.screen, Screen::Dashboard);
    }
}

/// Esc leaves the picker without switching.
#[test]
fn demo_user_picker_can_be_left() {
    let mut t = Tui::new("gm.wang", Lang::En);
    t.ch('u').ch('j').key(KeyCode::Esc);
    assert!(matches!(t.app.modal, Modal::None));
    assert!(t.small().contains("(gm.wang)"));
}

/// The board reads the audit log (newest first) and verifies the chain from
/// the interface; an employee is told why not.
#[test]
fn audit_log_screen() {
    let mut t = Tui::new("board.chen", Lang::En);
    t.ch('4');
    assert_eq!(t.app.screen, Screen::Audit);
    // The demo's recruitment came after its plans: the plan is found by `/`.
    t.ch('/').typed("HP-0002");
    let screen = t.small();
    assert!(screen.contains("plan drafted · HP-0002"), "{screen}");
    t.key(KeyCode::Esc);
    let first = t.app.data.audit.rows().first().map(|r| r.seq);
    let last = t.app.data.audit.rows().last().map(|r| r.seq);
    assert!(first > last, "newest first: {first:?} before {last:?}");
    t.ch('v');
    let screen = t.small();
    assert!(screen.contains("The audit log is intact"), "{screen}");
    insta::assert_snapshot!("audit_board_en_80x24", screen);

    let mut e = Tui::new("emp.liu", Lang::ZhHans);
    e.ch('4');
    let screen = e.small();
    assert!(screen.contains("您无权查看审计日志"), "{screen}");
}

#[test]
fn a_paper_signoff_by_hr_staff_waits_for_a_second_person() {
    let mut li = Tui::new("hr.li", Lang::En);
    li.ch('3').key(KeyCode::Enter);
    assert!(li.footer(120, 40).contains("Record paper"));
    li.ch('p')
        .key(KeyCode::Tab)
        .key(KeyCode::Tab)
        .typed("BD-2027-03")
        .key(KeyCode::Enter);
    assert!(matches!(li.app.modal, Modal::None), "{}", li.small());
    let s = li.screen(120, 40);
    assert!(s.contains("waits for a second HR person"), "{s}");
    assert!(
        s.contains("[Submitted]"),
        "not signed by one clerk alone:\n{s}"
    );
    // The clerk who recorded it is not offered the confirmation.
    assert!(!li.footer(120, 40).contains("Confirm paper"));

    let mut zhao = li.beside("hr.zhao");
    let inbox = zhao.small();
    assert!(
        line_with(&inbox, "HP-0001").contains("Confirm a paper"),
        "the second person finds it in the inbox:\n{inbox}"
    );
    // The plan, not the probation assessment waiting above it.
    let at = zhao
        .app
        .data
        .inbox
        .rows()
        .iter()
        .position(|i| i.case.to_string() == "HP-0001")
        .expect("HP-0001 waits");
    zhao.key(KeyCode::Home);
    for _ in 0..at {
        zhao.ch('j');
    }
    zhao.key(KeyCode::Enter);
    assert!(zhao.footer(120, 40).contains("Confirm paper"));
    zhao.ch('c');
    assert!(zhao.small().contains("BD-2027-03"), "{}", zhao.small());
    // The question says what the paper decided, not only whose it is.
    let Modal::Confirm(renshi::tui::app::Confirm::ConfirmPaper { question, .. }) = &zhao.app.modal
    else {
        panic!("{}", zhao.small());
    };
    assert!(question.contains("On paper: Approved."), "{question}");
    assert!(!question.contains("Comment on paper"), "{question}");
    zhao.key(KeyCode::Enter);
    let s = zhao.screen(120, 40);
    assert!(s.contains("[Approved]"), "{s}");
    assert!(s.contains("recorded by hr.li, confirmed by"), "{s}");
}

#[test]
fn a_form_on_a_plan_that_changed_meanwhile_closes_and_says_so() {
    let mut chen = Tui::new("board.chen", Lang::En);
    chen.key(KeyCode::Enter).ch('a');
    assert!(matches!(chen.app.modal, Modal::Form(_)));
    // Meanwhile, at another terminal, the plan is returned and resubmitted.
    let mut lin = chen.beside("board.lin");
    lin.key(KeyCode::Enter)
        .ch('b')
        .typed("needs numbers")
        .key(KeyCode::Enter);
    let mut gm = chen.beside("gm.wang");
    gm.ch('3').key(KeyCode::Enter).ch('s').key(KeyCode::Enter);
    assert!(gm.small().contains("[Submitted]"), "{}", gm.small());

    chen.key(KeyCode::Enter);
    assert!(
        matches!(chen.app.modal, Modal::None),
        "the stale form closes"
    );
    let s = chen.small();
    assert!(s.contains("changed since it was shown"), "{s}");
    assert!(s.contains("[Submitted]"), "nothing was signed:\n{s}");
}
