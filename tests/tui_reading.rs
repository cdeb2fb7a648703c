//! Reading, finding and writing in the interface, as a newcomer does it:
//! long mixed-script text read in full by scrolling, every list filtered as
//! it is typed, comments written over several lines and pasted, messages
//! and audit entries opened whole, and an interface that keeps answering
//! keys while the service is slow. Rendered at 80×24 in the three languages.
//!
//! Regenerate snapshots with `INSTA_UPDATE=always cargo test --test tui_reading`.

mod tui_support;

use ratatui::crossterm::event::KeyCode;
use renshi::domain::signoff::Decision;
use renshi::domain::*;
use renshi::i18n::{Catalog, Lang};
use renshi::service::Caller;
use renshi::service::api::{Reply, Request};
use renshi::transport::Client;
use renshi::tui::app::{App, Modal};
use renshi::tui::keymap::Keymap;
use renshi::tui::screens::ScreenId;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex};
use tui_support::*;

const LANGS: [(Lang, &str); 3] = [
    (Lang::En, "en"),
    (Lang::ZhHans, "zh_hans"),
    (Lang::ZhHant, "zh_hant"),
];

/// Duties that mix Chinese and Latin and run over several lines at 80 columns.
const DUTIES: &str = "負責土建工程的投標 (bids and tenders) 與現場施工管理，協調 subcontractors 與監理單位，確保 quality、safety 與 schedule 三項目標；每週向 project manager 匯報進度，並在 BIM 模型中更新 as-built 資料。Leads weekly site meetings and signs off daily logs.";

/// What the board says when it sends the plan back: long, mixed, with a line break.
const RETURN: &str = "請補充 BIM 團隊的招聘時程 (recruitment timeline) 與預算依據；\nthe board also wants the Q3 site list and 各工地的人力配置 before it signs.";

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

/// HP-0002 (gm.wang's draft) gains a change of duties with `DUTIES`.
fn long_duties(t: &mut Tui) {
    exec(
        t,
        "gm.wang",
        Command::AddPlanLine {
            id: PlanId(2),
            line: PlanLine::ChangeDuties {
                position: PositionId(12),
                duties: DUTIES.into(),
            },
        },
        "",
    );
    t.app.refresh();
    t.app.settle();
}

/// The rows of the plan's detail pane in one frame, without the borders.
fn pane_rows(frame: &str, title: &str) -> Vec<String> {
    let mut rows = Vec::new();
    let mut inside = false;
    for line in frame.lines() {
        if line.starts_with(&format!("┌{title}")) {
            inside = true;
            continue;
        }
        if inside && line.starts_with('└') {
            break;
        }
        if inside {
            rows.push(
                line.trim_start_matches('│')
                    .trim_end_matches('│')
                    .to_string(),
            );
        }
    }
    rows
}

/// The whole pane, read by scrolling with J until it moves no more: each
/// frame's rows are laid after the rows already read, over their overlap.
fn scroll_through(t: &mut Tui) -> String {
    let title = t.app.cat.t("plan.detail").to_string();
    let mut doc: Vec<String> = pane_rows(&t.small(), &title);
    for _ in 0..30 {
        t.ch('J');
        let rows = pane_rows(&t.small(), &title);
        let overlap = (0..=rows.len().min(doc.len()))
            .rev()
            .find(|n| doc[doc.len() - n..] == rows[..*n])
            .unwrap_or(0);
        if overlap == rows.len() {
            break;
        }
        doc.extend_from_slice(&rows[overlap..]);
    }
    doc.join("\n")
}

/// `text` appears whole in what was read: only line breaks and spaces may
/// differ (wrapping moves them), never a character.
fn read_whole(text: &str, read: &str) -> Result<(), String> {
    let squash = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    if squash(read).contains(&squash(text)) {
        Ok(())
    } else {
        Err(format!("not read whole:\n{read}"))
    }
}

#[test]
fn mixed_script_duties_are_read_in_full_by_scrolling() {
    for (lang, name) in LANGS {
        let mut t = Tui::new("gm.wang", lang);
        long_duties(&mut t);
        t.ch('3');
        let i = t
            .app
            .data
            .plans
            .rows()
            .iter()
            .position(|p| p.id == PlanId(2))
            .expect("HP-0002 listed");
        for _ in 0..i {
            t.ch('j');
        }
        t.key(KeyCode::Enter);
        // The new change is the last line.
        t.key(KeyCode::End);
        let first = t.small();
        insta::assert_snapshot!(format!("long_duties_{name}_80x24"), first);
        // More than fits: the pane says so, and scrolling shows the rest.
        assert!(first.contains('▼'), "{first}");
        let read = scroll_through(&mut t);
        read_whole(DUTIES, &read).unwrap_or_else(|e| panic!("{name}: {e}"));
        for line in read.lines() {
            assert!(!line.contains("……"), "two ellipses: {line}");
            assert!(!line.trim_start().starts_with(['。', '，', '；']), "{line}");
        }
    }
}

#[test]
fn a_return_comment_is_read_in_full_by_the_author() {
    for (lang, name) in LANGS {
        let mut t = Tui::new("gm.wang", lang);
        let seen = {
            let Reply::Plan(v) = t
                .svc
                .handle(
                    &Caller::new("board.chen"),
                    Request::Query(renshi::service::api::Query::Plan(PlanId(1))),
                )
                .expect("plan")
            else {
                panic!("not a plan")
            };
            v.seen
        };
        exec(
            &t,
            "board.chen",
            Command::SignPlan {
                id: PlanId(1),
                decision: Decision::Return,
                seen,
            },
            RETURN,
        );
        t.app.refresh();
        t.app.settle();
        // The returned plan waits in the author's inbox, after the older
        // self-assessment the running cycle asks of him.
        t.ch('1').ch('j').key(KeyCode::Enter);
        assert_eq!(t.app.screen, ScreenId::Plan, "{}", t.small());
        let read = scroll_through(&mut t);
        insta::assert_snapshot!(format!("return_comment_{name}_80x24"), t.small());
        for part in RETURN.split('\n') {
            read_whole(part, &read).unwrap_or_else(|e| panic!("{name}: {e}"));
        }
    }
}

#[test]
fn every_list_filters_as_it_is_typed() {
    let mut t = Tui::new("admin", Lang::En);
    // Plans: by title.
    t.ch('3').ch('/').typed("streamlin");
    let s = t.small();
    assert!(s.contains("HP-0002") && !s.contains("HP-0001"), "{s}");
    assert!(s.contains("1 of 2"), "{s}");
    t.key(KeyCode::Enter);
    assert!(t.small().contains("HP-0002"));
    t.key(KeyCode::Esc);
    assert!(t.small().contains("HP-0001"), "Esc clears the filter");
    // The audit log: by who.
    t.ch('4').ch('/').typed("board.chen");
    let s = t.small();
    assert!(s.contains("board.chen") && !s.contains("gm.wang"), "{s}");
    t.key(KeyCode::Esc);
    // The department tree: by name, full-width letters count as ASCII.
    t.ch('2').ch('/').typed("ｃｉｖｉｌ");
    let s = t.small();
    assert!(
        s.contains("土建部 Civil Works") && !s.contains("財務部"),
        "{s}"
    );
    t.key(KeyCode::Enter);
    // Positions of the department found: by id.
    t.key(KeyCode::Right).ch('/').typed("POS-013");
    let s = t.small();
    assert!(
        s.contains("施工員") && !s.contains("土建工程師 Civil"),
        "{s}"
    );
    t.key(KeyCode::Esc);
    // Users: by role.
    t.ch('5').ch('/').typed("board");
    let s = t.small();
    assert!(
        s.contains("board.chen") && s.contains("board.lin") && !s.contains("hr.li"),
        "{s}"
    );
    // Nothing matches: said so, and how to get out.
    t.typed("zzz");
    assert!(t.small().contains("Nothing matches"), "{}", t.small());
}

#[test]
fn a_filtered_list_in_each_screen_and_language() {
    // (screen key, what is typed after `/`, snapshot name)
    let cases: [(&[char], &str, &str); 5] = [
        (&['5'], "hr", "users"),
        (&['3'], "2027", "plans"),
        (&['4'], "HP-0001", "audit"),
        // 简体 typed, 繁體 found.
        (&['2'], "土建", "tree"),
        (&['2', 'l'], "施工员", "positions"),
    ];
    for (lang, name) in LANGS {
        for (keys, typed, what) in cases {
            let mut t = Tui::new("admin", lang);
            for k in keys {
                t.ch(*k);
            }
            if what == "positions" {
                // The positions of 土建部 Civil Works.
                t.key(KeyCode::Left)
                    .ch('/')
                    .typed("civil")
                    .key(KeyCode::Enter)
                    .key(KeyCode::Right);
            }
            t.ch('/').typed(typed);
            let s = t.small();
            if what == "positions" {
                assert!(s.contains("施工員"), "{name}: 施工员 finds 施工員:\n{s}");
                assert!(!s.contains("土建工程師 Civil Engineer  "), "{s}");
            }
            insta::assert_snapshot!(format!("{what}_filtered_{name}_80x24"), s);
        }
    }
}

#[test]
fn comments_are_written_over_several_lines_and_pasting_never_signs() {
    let mut t = Tui::new("board.chen", Lang::En);
    t.key(KeyCode::Enter).ch('b');
    assert!(matches!(t.app.modal, Modal::Form(_)));
    t.typed("Needs the BIM budget")
        .ctrl('j')
        .typed("and the site list.");
    // A pasted comment with line breaks goes in whole: no Enter is taken.
    t.paste("\nSecond thought:\r\nalso 人力配置\n");
    let Modal::Form(f) = &t.app.modal else {
        panic!("the paste signed: {}", t.small())
    };
    let comment = f.text_of(renshi::tui::forms::FieldId::Comment);
    assert_eq!(
        comment,
        "Needs the BIM budget\nand the site list.\nSecond thought:\nalso 人力配置\n"
    );
    insta::assert_snapshot!("editor_return_en_80x24", t.small());
    for (lang, name) in [(Lang::ZhHans, "zh_hans"), (Lang::ZhHant, "zh_hant")] {
        let mut z = Tui::new("board.chen", lang);
        z.key(KeyCode::Enter)
            .ch('b')
            .typed("請補充預算")
            .ctrl('j')
            .typed("and the BIM 團隊 plan.");
        insta::assert_snapshot!(format!("editor_return_{name}_80x24"), z.small());
    }
    // Editing keys: delete a word, the line's start, undo.
    t.typed("extra").ctrl('w');
    let Modal::Form(f) = &t.app.modal else {
        panic!()
    };
    assert!(
        f.text_of(renshi::tui::forms::FieldId::Comment)
            .ends_with("人力配置\n")
    );
    // Ctrl-C in a form leaves the form (after a warning, as Esc), not renshi.
    t.ctrl('c');
    assert!(!t.app.quit, "Ctrl-C quit renshi from a form");
    t.ctrl('c');
    assert!(matches!(t.app.modal, Modal::None), "{}", t.small());
    assert!(!t.app.quit);
}

#[test]
fn a_long_message_is_read_whole_with_bang() {
    let mut t = Tui::new("board.chen", Lang::En);
    let long = format!("{} — and the end is here: FIN.", "word ".repeat(40));
    t.app.error(long.clone());
    let s = t.small();
    assert!(s.contains("(! reads all)"), "{s}");
    assert!(!s.contains("FIN."), "{s}");
    t.ch('!');
    let s = t.small();
    assert!(s.contains("FIN."), "{s}");
    t.key(KeyCode::Esc);
    assert!(matches!(t.app.modal, Modal::None));
}

#[test]
fn an_audit_entry_opens_in_full() {
    let mut t = Tui::new("board.chen", Lang::En);
    t.ch('4').key(KeyCode::Enter);
    let s = t.small();
    assert!(matches!(t.app.modal, Modal::Reader(_)), "{s}");
    insta::assert_snapshot!("audit_entry_en_80x24", s);
    assert!(s.contains("Previous hash"), "{s}");
}

#[test]
fn the_open_plan_comes_back_on_its_tab() {
    let mut t = Tui::new("board.chen", Lang::En);
    t.key(KeyCode::Enter);
    assert_eq!(t.app.screen, ScreenId::Plan);
    t.key(KeyCode::Down);
    t.ch('2');
    assert_eq!(t.app.screen, ScreenId::Org);
    t.ch('3');
    assert_eq!(
        t.app.screen,
        ScreenId::Plan,
        "the plans tab holds the open plan"
    );
    assert_eq!(t.app.ui.plan.nav.sel, 1, "where it was");
    t.key(KeyCode::Tab).key(KeyCode::BackTab);
    assert_eq!(t.app.screen, ScreenId::Plan, "Tab away and back");
    t.key(KeyCode::Esc);
    assert_eq!(
        t.app.screen,
        ScreenId::Inbox,
        "Esc goes back where it came from"
    );
    t.ch('3');
    assert_eq!(
        t.app.screen,
        ScreenId::Plans,
        "a closed plan is not brought back"
    );
}

#[test]
fn users_screen_in_each_language_and_refused_to_others() {
    for (lang, name) in LANGS {
        let mut t = Tui::new("admin", lang);
        t.ch('5');
        insta::assert_snapshot!(format!("users_{name}_80x24"), t.small());
    }
    let mut emp = Tui::new("emp.liu", Lang::En);
    emp.ch('5');
    let s = emp.small();
    assert!(
        !s.contains("board.chen"),
        "an employee sees no user list:\n{s}"
    );
}

#[test]
fn the_ascii_glyph_set_draws_nothing_of_ambiguous_width() {
    let mut t = Tui::new("board.chen", Lang::ZhHans);
    t.key(KeyCode::Enter);
    let theme = renshi::tui::theme::Theme::plain().with_glyphs(renshi::tui::widgets::glyphs::ASCII);
    let frame = renshi::tui::render_with(&t.app, 80, 24, &theme);
    let ambiguous: Vec<char> = frame
        .chars()
        .filter(|c| {
            unicode_width::UnicodeWidthChar::width(*c)
                != unicode_width::UnicodeWidthChar::width_cjk(*c)
        })
        .collect();
    assert!(ambiguous.is_empty(), "{ambiguous:?} in\n{frame}");
    assert!(frame.contains("+-"), "ASCII borders:\n{frame}");
}

/// A client that answers only when the test lets it: the service is "slow".
struct Gate {
    inner: renshi::transport::Embedded,
    open: Arc<Mutex<Receiver<()>>>,
}

impl Client for Gate {
    fn call(&mut self, req: Request) -> Result<Reply, renshi::service::api::ApiError> {
        if let Ok(rx) = self.open.lock() {
            let _ = rx.recv();
        }
        self.inner.call(req)
    }

    fn act_as(&mut self, login: &str) -> Result<(), renshi::service::api::ApiError> {
        self.inner.act_as(login)
    }
}

#[test]
fn keys_are_answered_while_the_service_is_slow() {
    let t = Tui::new("board.chen", Lang::En);
    let (tx, rx): (Sender<()>, Receiver<()>) = channel();
    let gate = Gate {
        inner: renshi::transport::Embedded::new(t.svc.clone(), Caller::new("board.chen")),
        open: Arc::new(Mutex::new(rx)),
    };
    let mut app = App::new(Box::new(gate), Keymap::builtin(), Catalog::load(Lang::En));
    app.clock = later;
    app.refresh();
    let key = |app: &mut App, c: KeyCode| {
        renshi::tui::on_key(
            app,
            ratatui::crossterm::event::KeyEvent::new(
                c,
                ratatui::crossterm::event::KeyModifiers::NONE,
            ),
        )
    };
    // Nothing has arrived; keys still switch screens and open help.
    key(&mut app, KeyCode::Char('2'));
    key(&mut app, KeyCode::Char('3'));
    assert_eq!(app.screen, ScreenId::Plans);
    let waiting = renshi::tui::render_text(&app, 80, 24);
    assert!(waiting.contains("Loading"), "{waiting}");
    key(&mut app, KeyCode::Char('?'));
    assert!(matches!(app.modal, Modal::Help(_)));
    key(&mut app, KeyCode::Esc);
    // The service answers: what was asked arrives.
    for _ in 0..64 {
        let _ = tx.send(());
    }
    app.settle();
    let s = renshi::tui::render_text(&app, 80, 24);
    assert!(s.contains("HP-0001") && s.contains("HP-0002"), "{s}");
}

/// Lists longer than one page of the service: the plan list is read whole,
/// so its end and `/` reach the newest plan; the audit log is read a page at
/// a time, says how much of it is read, and reads older pages as the user
/// scrolls or filters past what is there.
#[test]
fn long_lists_are_read_past_their_first_page() {
    let mut t = Tui::new("gm.wang", Lang::En);
    let drafts = 1200;
    for i in 1..=drafts {
        let draft = Command::DraftPlan {
            title: format!("draft number {i}"),
            note: String::new(),
        };
        t.svc.execute(&Caller::new("gm.wang"), &draft, "").unwrap();
    }
    let newest = format!("draft number {drafts}");

    t.ch('3').key(KeyCode::End);
    assert!(t.small().contains(&newest), "{}", t.small());
    t.key(KeyCode::Home)
        .ch('/')
        .typed(&newest)
        .key(KeyCode::Enter);
    assert!(t.small().contains(&newest), "{}", t.small());

    // The log: the latest page, and a title that says there is more.
    let mut t = t.beside("hr.zhao");
    t.ch('4');
    let total = t.svc.store().event_count();
    let first = t.small();
    assert!(first.contains(&format!("of {total} read")), "{first}");
    assert!(!first.contains("draft number 3 "), "{first}");
    // A filter that matches only old entries reads on until it finds them.
    t.ch('/').typed("draft number 3 ");
    let found = t.small();
    assert!(found.contains("draft number 3"), "{found}");
    assert!(!found.contains("Nothing matches"), "{found}");
    t.key(KeyCode::Esc).key(KeyCode::Esc);
    // Scrolling to the end reads on, down to the first entry.
    for _ in 0..10 {
        t.key(KeyCode::End);
    }
    let all = t.app.data.audit.rows();
    assert_eq!(all.len() as u64, total);
    assert_eq!(all.last().map(|r| r.seq), Some(1));
    assert!(!t.small().contains(&format!("of {total} read")));
}

/// A filter is edited like any text: a typo is taken back with Backspace,
/// the cursor moves, Ctrl-U clears; the footer offers no line break.
#[test]
fn a_filter_being_typed_takes_the_editing_keys() {
    let mut t = Tui::new("gm.wang", Lang::En);
    t.ch('3').ch('/').typed("HP-0001x");
    assert!(t.small().contains("0 of"), "{}", t.small());
    t.key(KeyCode::Backspace);
    let fixed = t.small();
    assert!(
        fixed.contains("/ HP-0001") && !fixed.contains("0 of"),
        "{fixed}"
    );
    t.key(KeyCode::Home).ch('z');
    assert!(t.small().contains("/ zHP-0001"), "{}", t.small());
    t.key(KeyCode::Delete).key(KeyCode::Delete);
    assert!(t.small().contains("/ z-0001"), "{}", t.small());
    t.ctrl('e').ctrl('u');
    assert!(!t.small().contains("z-0001"), "{}", t.small());
    assert!(
        !t.footer(80, 24).contains("New line"),
        "{}",
        t.footer(80, 24)
    );
}

/// After End, Up and PageUp scroll back at once (the help is longer than
/// the screen at 80×24).
#[test]
fn a_reader_scrolls_back_from_its_end() {
    let mut t = Tui::new("gm.wang", Lang::En);
    t.ch('?');
    let top = t.small();
    t.key(KeyCode::End);
    let end = t.small();
    assert_ne!(top, end, "the help fits on one screen: nothing to test");
    t.key(KeyCode::Up);
    let up = t.small();
    assert_ne!(up, end, "Up after End did not scroll");
    t.key(KeyCode::End).key(KeyCode::PageUp);
    assert_ne!(t.small(), end, "PageUp after End did not scroll");
}
