//! Evaluation and training as people use them in the terminal, on the demo
//! company's running annual evaluation (CYC-01) and its training catalog:
//! a cycle's people and one evaluation at 80×24 in the three languages;
//! a department head scoring through the form (five keystrokes for five
//! criteria) and submitting; the HR head signing (a return needs a
//! comment); the employee acknowledging with a remark; the employee not
//! seeing scores before sign-off; HR opening a cycle; a training result
//! recorded; the gaps; an employee's record; long mixed-script names.
//!
//! Regenerate snapshots with `INSTA_UPDATE=always cargo test --test tui_review`.

mod tui_support;

use ratatui::crossterm::event::KeyCode;
use renshi::domain::review::{Review, Score};
use renshi::domain::*;
use renshi::i18n::{Catalog, Lang};
use renshi::service::Caller;
use renshi::service::api::{EvalView, Query, Reply, Request, SessionView};
use renshi::tui::app::Modal;
use renshi::tui::frame::footer_entries;
use renshi::tui::keymap::Action;
use renshi::tui::screens::ScreenId;
use renshi::tui::screens::review;
use tui_support::*;
use unicode_width::UnicodeWidthStr;

const LANGS: [(Lang, &str); 3] = [
    (Lang::En, "en"),
    (Lang::ZhHans, "zh_hans"),
    (Lang::ZhHant, "zh_hant"),
];

/// The demo's evaluations: 劉洋's signed off and waiting for him (emp.liu),
/// 陳靜's waiting for the HR head, Michael Tan's scored and not sent.
const LIU: EvalId = EvalId(1);
const CHEN: EvalId = EvalId(2);

fn offered(t: &Tui) -> Vec<Action> {
    footer_entries(&t.app).into_iter().map(|e| e.1).collect()
}

fn form_open(t: &Tui) -> bool {
    matches!(t.app.modal, Modal::Form(_))
}

fn ask(t: &Tui, q: Query) -> Reply {
    t.svc
        .handle(&Caller::new("hr.zhao"), Request::Query(q))
        .unwrap_or_else(|e| panic!("{e:?}"))
}

fn eval(t: &Tui, id: EvalId) -> EvalView {
    match ask(t, Query::Evaluation(id)) {
        Reply::Evaluation(v) => *v,
        other => panic!("{other:?}"),
    }
}

/// The evaluation of `employee` (by staff number) in CYC-01, if scored.
fn eval_of(t: &Tui, number: &str) -> Option<EvalView> {
    let Reply::Evaluations(p) = ask(
        t,
        Query::Evaluations {
            cycle: Some(CycleId(1)),
            page: renshi::service::api::PageReq::FIRST,
        },
    ) else {
        panic!("no evaluations")
    };
    let row = p.items.into_iter().find(|r| r.number == number)?;
    row.id.map(|id| eval(t, id))
}

fn run(t: &Tui, login: &str, cmd: Review, comment: &str) -> Option<String> {
    match t.svc.handle(
        &Caller::new(login),
        Request::execute(Command::Review(cmd), comment),
    ) {
        Ok(Reply::Done(d)) => d.created,
        other => panic!("{login}: {other:?}"),
    }
}

/// The Review tab's cycles, then the running cycle's people.
fn cycle_people(t: &mut Tui) {
    t.ch('0');
    assert_eq!(t.app.screen, ScreenId::Review, "{}", t.small());
    t.key(KeyCode::Enter);
    assert_eq!(t.app.screen, ScreenId::Cycle, "{}", t.small());
}

/// Moves down a cycle's people to the one numbered `number`.
fn select_person(t: &mut Tui, number: &str) {
    t.key(KeyCode::Home);
    for _ in 0..review::people::shown(&t.app).len() {
        if review::people::selected(&t.app).is_some_and(|r| r.number == number) {
            return;
        }
        t.ch('j');
    }
    panic!("nobody numbered {number}\n{}", t.small());
}

/// Opens the inbox item about `case` (its id as written).
fn open_item(t: &mut Tui, case: &str) {
    t.ch('1');
    let at = t
        .app
        .data
        .inbox
        .rows()
        .iter()
        .position(|i| i.case.to_string() == case)
        .unwrap_or_else(|| panic!("no inbox item {case}\n{}", t.small()));
    t.key(KeyCode::Home);
    for _ in 0..at {
        t.ch('j');
    }
    t.key(KeyCode::Enter);
}

fn fits(t: &Tui, w: u16, h: u16) {
    for line in t.screen(w, h).lines() {
        assert!(line.width() <= w as usize, "{line}");
    }
}

// ---------------------------------------------------------------- snapshots

#[test]
fn a_cycles_people_in_three_languages() {
    for (lang, tag) in LANGS {
        let mut t = Tui::seeded_in("head.civil", lang);
        cycle_people(&mut t);
        let screen = t.small();
        // Civil Works only, scored or not, with stage and grade.
        assert!(line_with(&screen, "HX-1015").contains("4.05"), "{screen}");
        assert!(!screen.contains("HX-1007"), "{screen}");
        assert!(
            line_with(&screen, "HX-1019")
                .contains(&Catalog::load(lang).t("eval_stage.not_started").to_string())
        );
        fits(&t, 80, 24);
        insta::assert_snapshot!(format!("people_head_civil_{tag}_80x24"), screen);
    }
}

#[test]
fn one_evaluation_in_three_languages() {
    for (lang, tag) in LANGS {
        let mut t = Tui::seeded_in("emp.liu", lang);
        open_item(&mut t, "EV-0001");
        assert_eq!(t.app.screen, ScreenId::Evaluation, "{}", t.small());
        let screen = t.small();
        // His own scores beside his head's, the weighted result, who signed.
        assert!(screen.contains("4.05"), "{screen}");
        assert!(screen.contains("▰▰▰▰▰ 5"), "{screen}");
        assert!(offered(&t).contains(&Action::Acknowledge), "{screen}");
        assert!(!offered(&t).contains(&Action::Approve), "{screen}");
        fits(&t, 80, 24);
        insta::assert_snapshot!(format!("evaluation_emp_{tag}_80x24"), screen);
        // The sign-off below scrolls into view.
        t.ch('J');
        assert!(t.small().contains("hr.zhao"), "{}", t.small());
        // Esc goes back to the inbox it came from.
        t.key(KeyCode::Esc);
        assert_eq!(t.app.screen, ScreenId::Inbox, "{}", t.small());
    }
}

#[test]
fn the_training_views_at_80x24_and_120x40() {
    let mut t = Tui::new("hr.li", Lang::En);
    t.ch('0').ch('t');
    assert_eq!(t.app.screen, ScreenId::Courses, "{}", t.small());
    // Site safety lacks five people and eight passes run out soon.
    let screen = t.small();
    assert!(
        line_with(&screen, "Site safety").starts_with("│⚠"),
        "{screen}"
    );
    insta::assert_snapshot!("courses_hr_en_80x24", screen);
    t.ch('g');
    assert_eq!(t.app.screen, ScreenId::Gaps, "{}", t.small());
    let screen = t.small();
    assert!(
        line_with(&screen, "Sarah Wong").contains("missing"),
        "{screen}"
    );
    insta::assert_snapshot!("gaps_hr_en_80x24", screen);
    let wide = t.screen(120, 40);
    for line in wide.lines() {
        assert!(line.width() <= 120, "{line}");
    }
    insta::assert_snapshot!("gaps_hr_en_120x40", wide);
}

// ---------------------------------------------------------------- behaviour

#[test]
fn a_head_scores_with_five_keystrokes_and_submits() {
    let mut t = Tui::new("head.civil", Lang::En);
    cycle_people(&mut t);
    select_person(&mut t, "HX-1019");
    assert!(offered(&t).contains(&Action::Score), "{}", t.small());
    t.ch('s');
    assert!(form_open(&t), "{}", t.small());
    // Nothing chosen: Enter sends nothing and says what to do.
    t.key(KeyCode::Enter);
    assert!(form_open(&t));
    assert!(t.small().contains("Nothing is chosen yet"), "{}", t.small());
    // One digit per criterion, each moving on to the next.
    t.typed("4354");
    assert!(
        t.small().contains("4 of 5 criteria scored."),
        "{}",
        t.small()
    );
    t.typed("4");
    let screen = t.small();
    assert!(
        screen.contains("Weighted result 3.95: grade B."),
        "{screen}"
    );
    insta::assert_snapshot!("score_form_head_en_80x24", screen);
    // Tab reaches the last criterion's comment.
    t.key(KeyCode::Tab).typed("Reads up on BIM 建模.");
    t.key(KeyCode::Enter);
    assert!(!form_open(&t), "{}", t.small());
    assert!(t.small().contains("Scores saved."), "{}", t.small());
    let v = eval_of(&t, "HX-1019").expect("scored");
    let scores: Vec<u8> = v
        .criteria
        .iter()
        .filter_map(|c| c.score.as_ref().map(|s| s.score))
        .collect();
    assert_eq!(scores, [4, 3, 5, 4, 4]);
    assert_eq!(
        v.criteria[4].score.as_ref().map(|s| s.comment.as_str()),
        Some("Reads up on BIM 建模.")
    );
    assert_eq!(v.row.result, Some(395));
    assert!(
        line_with(&t.small(), "HX-1019").contains("3.95"),
        "{}",
        t.small()
    );
    // `S` sends it for sign-off, after asking.
    assert!(offered(&t).contains(&Action::SubmitEvaluation));
    t.ch('S');
    assert!(matches!(t.app.modal, Modal::Confirm(_)), "{}", t.small());
    assert!(
        t.small()
            .contains("Send EV-0006 (黃磊, result 3.95, grade B)"),
        "{}",
        t.small()
    );
    t.key(KeyCode::Enter);
    assert!(
        t.small().contains("Submitted for sign-off."),
        "{}",
        t.small()
    );
    let v = eval_of(&t, "HX-1019").expect("scored");
    assert_eq!(v.row.stage, renshi::service::api::EvalStage::Submitted);
    // Scored again from the list, the form starts from the scores given.
    select_person(&mut t, "HX-1017");
    t.ch('s');
    assert!(form_open(&t), "{}", t.small());
    assert!(t.small().contains("Weighted result 3.40"), "{}", t.small());
    t.key(KeyCode::Esc);
    // His own line is his self-assessment (`a_head_assesses_himself_…`).
}

#[test]
fn the_hr_head_signs_and_a_return_needs_a_comment() {
    let mut t = Tui::new("hr.zhao", Lang::En);
    open_item(&mut t, "EV-0002");
    assert_eq!(t.app.screen, ScreenId::Evaluation, "{}", t.small());
    for a in [Action::Approve, Action::Reject, Action::Return] {
        assert!(offered(&t).contains(&a), "{}", t.small());
    }
    assert!(
        t.small().contains("It waits for your signature"),
        "{}",
        t.small()
    );
    t.ch('b');
    assert!(form_open(&t), "{}", t.small());
    t.key(KeyCode::Enter);
    assert!(form_open(&t), "a return needs a comment\n{}", t.small());
    assert_eq!(
        eval(&t, CHEN).row.stage,
        renshi::service::api::EvalStage::Submitted
    );
    // Changed mind: Esc twice drops the form; approval needs no comment.
    t.typed("x").key(KeyCode::Esc).key(KeyCode::Esc);
    assert!(!form_open(&t), "{}", t.small());
    t.ch('a');
    assert!(
        t.small().contains("Your signature is binding"),
        "{}",
        t.small()
    );
    assert!(t.footer(80, 24).contains("Enter Sign"), "{}", t.small());
    t.typed("Fair and well argued.");
    t.key(KeyCode::Enter);
    assert!(!form_open(&t), "{}", t.small());
    let v = eval(&t, CHEN);
    assert_eq!(v.row.stage, renshi::service::api::EvalStage::SignedOff);
    assert_eq!(
        v.signatures.last().map(|s| s.comment.as_str()),
        Some("Fair and well argued.")
    );
    let screen = t.small();
    assert!(screen.contains("Approved: hr.zhao"), "{screen}");
    assert!(!offered(&t).contains(&Action::Approve), "{screen}");
    // HR staff read it but do not sign.
    let mut li = t.beside("hr.li");
    li.ch('0');
    review::open_evaluation(&mut li.app, CHEN);
    li.app.settle();
    assert!(!offered(&li).contains(&Action::Approve), "{}", li.small());
}

#[test]
fn the_employee_acknowledges_with_a_remark() {
    let mut t = Tui::new("emp.liu", Lang::En);
    open_item(&mut t, "EV-0001");
    assert!(
        t.small().contains("then press A to acknowledge"),
        "{}",
        t.small()
    );
    t.ch('A');
    assert!(form_open(&t), "{}", t.small());
    assert!(
        t.footer(80, 24).contains("Enter Acknowledge"),
        "{}",
        t.small()
    );
    t.typed("Thanks; I will take the BIM course.");
    t.key(KeyCode::Enter);
    assert!(!form_open(&t), "{}", t.small());
    let v = eval(&t, LIU);
    assert_eq!(v.row.stage, renshi::service::api::EvalStage::Acknowledged);
    assert_eq!(v.remark, "Thanks; I will take the BIM course.");
    let screen = t.small();
    assert!(screen.contains("[acknowledged]"), "{screen}");
    assert!(!offered(&t).contains(&Action::Acknowledge), "{screen}");
    t.ch('J').ch('J');
    assert!(
        t.small().contains("Thanks; I will take the BIM course."),
        "{}",
        t.small()
    );
    // A second time the key is answered with why not.
    t.ch('A');
    assert!(!form_open(&t));
    assert_eq!(
        t.app.last_message.as_deref(),
        Some("EV-0001 was already acknowledged."),
        "{}",
        t.small()
    );
}

#[test]
fn an_employee_does_not_see_the_scores_before_sign_off() {
    let t = Tui::new("hr.li", Lang::En);
    let day = |m, d| chrono::NaiveDate::from_ymd_opt(2026, m, d).unwrap();
    let template = renshi::domain::review::template::named("annual").unwrap();
    let cycle: CycleId = run(
        &t,
        "hr.li",
        Review::OpenCycle {
            name: "Site review November".into(),
            from: day(11, 1),
            to: day(12, 15),
            template: template.clone(),
            self_assessment: false,
            depts: Vec::new(),
        },
        "",
    )
    .and_then(|c| c.parse().ok())
    .expect("a cycle");
    let scores = template
        .criteria
        .iter()
        .map(|c| Score {
            key: c.key.clone(),
            score: 2,
            comment: "must improve".into(),
        })
        .collect();
    let id: EvalId = run(
        &t,
        "head.civil",
        Review::Score {
            cycle,
            employee: EmployeeId(15),
            scores,
        },
        "",
    )
    .and_then(|c| c.parse().ok())
    .expect("an evaluation");
    run(&t, "head.civil", Review::Submit { id }, "");
    let mut liu = t.beside("emp.liu");
    liu.ch('0');
    assert_eq!(liu.app.screen, ScreenId::Review, "{}", liu.small());
    // The new cycle runs: it comes first.
    assert!(
        line_with(&liu.small(), "Site review November").contains("running"),
        "{}",
        liu.small()
    );
    liu.key(KeyCode::Enter);
    let screen = liu.small();
    let row = line_with(&screen, "HX-1015");
    assert!(row.contains("waiting for sign-off"), "{screen}");
    assert!(!row.contains("2.00") && !row.contains(" D "), "{screen}");
    assert_eq!(review::people::shown(&liu.app).len(), 1, "{screen}");
    liu.key(KeyCode::Enter);
    assert_eq!(liu.app.screen, ScreenId::Evaluation, "{}", liu.small());
    let screen = liu.small();
    assert!(
        screen.contains("The scores are shown to you once the evaluation is signed off."),
        "{screen}"
    );
    for hidden in ["2.00", "▰", "must improve", "grade"] {
        assert!(!screen.contains(hidden), "{hidden} shows\n{screen}");
    }
    // Not even the interface holds them.
    let v = review::evaluation::view(&liu.app).expect("the evaluation");
    assert!(v.scores_hidden && v.criteria.is_empty() && v.row.result.is_none());
    insta::assert_snapshot!("evaluation_hidden_emp_en_80x24", screen);
    // Signed off, they show.
    run(
        &t,
        "hr.zhao",
        Review::Sign {
            id,
            decision: renshi::domain::signoff::Decision::Approve,
            seen: eval(&t, id).seen,
        },
        "",
    );
    liu.ctrl('r');
    assert!(liu.small().contains("2.00"), "{}", liu.small());
}

#[test]
fn hr_opens_a_cycle_through_the_form() {
    let mut t = Tui::new("hr.li", Lang::En);
    t.ch('0');
    assert!(offered(&t).contains(&Action::NewCycle), "{}", t.small());
    t.ch('N');
    assert!(form_open(&t), "{}", t.small());
    // This year, the annual template, no self-assessment: as offered.
    assert!(t.small().contains("2026-01-01"), "{}", t.small());
    assert!(
        t.small().contains("annual: Quality of work 30%"),
        "{}",
        t.small()
    );
    t.key(KeyCode::Enter);
    assert!(form_open(&t), "a cycle needs a name\n{}", t.small());
    t.typed("2027 上半年 first half");
    t.key(KeyCode::Tab).key(KeyCode::Tab);
    // An end before the start is said as it is typed.
    for _ in 0..10 {
        t.key(KeyCode::Backspace);
    }
    t.typed("2025-12-31");
    assert!(t.small().contains("2025-12-31"), "{}", t.small());
    t.key(KeyCode::Enter);
    assert!(form_open(&t), "{}", t.small());
    for _ in 0..10 {
        t.key(KeyCode::Backspace);
    }
    t.typed("2026-06-30");
    t.key(KeyCode::Tab).key(KeyCode::Tab).key(KeyCode::Right);
    assert!(t.small().contains("yes: each employee"), "{}", t.small());
    t.key(KeyCode::Enter);
    assert!(!form_open(&t), "{}", t.small());
    // The new cycle opens with its people.
    assert_eq!(t.app.screen, ScreenId::Cycle, "{}", t.small());
    assert_eq!(t.app.ui.review.people.id, Some(CycleId(2)));
    let screen = t.small();
    assert!(screen.contains("CYC-02 2027 上半年 first half"), "{screen}");
    assert!(screen.contains("with self-assessment"), "{screen}");
}

#[test]
fn a_training_result_is_recorded_on_the_course() {
    let mut t = Tui::new("hr.li", Lang::En);
    t.ch('0').ch('t');
    let at = review::courses::shown(&t.app)
        .iter()
        .position(|c| c.title.contains("Site safety"))
        .expect("the safety course");
    for _ in 0..at {
        t.ch('j');
    }
    t.key(KeyCode::Enter);
    assert_eq!(t.app.screen, ScreenId::Course, "{}", t.small());
    // The session where Sarah Wong failed.
    let at = review::course::sessions(&t.app)
        .iter()
        .position(|s| s.failed == 1)
        .expect("a session with a failure");
    for _ in 0..at {
        t.ch('j');
    }
    assert!(t.small().contains("Sarah Wong"), "{}", t.small());
    insta::assert_snapshot!("course_hr_en_80x24", t.small());
    t.key(KeyCode::Enter);
    assert!(t.app.ui.review.course.right);
    let at = review::course::attendees(&t.app)
        .iter()
        .position(|a| a.name == "Sarah Wong")
        .expect("Sarah Wong");
    for _ in 0..at {
        t.ch('j');
    }
    t.key(KeyCode::Enter);
    assert!(form_open(&t), "{}", t.small());
    // Passed or not is chosen, never assumed.
    t.key(KeyCode::Enter);
    assert!(form_open(&t));
    t.key(KeyCode::Right);
    t.key(KeyCode::Tab).typed("101");
    assert!(
        t.small().contains("`101` is not a training score"),
        "{}",
        t.small()
    );
    t.key(KeyCode::Backspace);
    t.key(KeyCode::Tab).typed("SS-2026-130");
    t.key(KeyCode::Tab).typed("Second attempt.");
    t.key(KeyCode::Enter);
    assert!(!form_open(&t), "{}", t.small());
    assert!(t.small().contains("Result recorded."), "{}", t.small());
    let session = review::course::selected_session(&t.app)
        .expect("session")
        .id;
    let Reply::Session(v) = ask(&t, Query::Session(session)) else {
        panic!()
    };
    let v: SessionView = *v;
    let r = v
        .attendees
        .iter()
        .find(|a| a.name == "Sarah Wong")
        .and_then(|a| a.result.clone())
        .expect("a result");
    assert!(r.passed);
    assert_eq!(r.score, Some(10));
    assert_eq!(r.certificate, "SS-2026-130");
    assert_eq!(r.note, "Second attempt.");
}

#[test]
fn an_inbox_item_on_a_course_opens_its_gaps_and_esc_shows_them_all() {
    let mut t = Tui::new("head.civil", Lang::En);
    open_item(&mut t, "CRS-001");
    assert_eq!(t.app.screen, ScreenId::Gaps, "{}", t.small());
    let screen = t.small();
    assert!(
        screen.contains("Gaps in required training: CRS-001"),
        "{screen}"
    );
    assert!(
        review::gaps::shown(&t.app)
            .iter()
            .all(|g| g.course == CourseId(1))
    );
    t.key(KeyCode::Esc);
    assert_eq!(t.app.ui.review.gaps.course, None);
    // Enter opens the gap's course.
    t.key(KeyCode::Enter);
    assert_eq!(t.app.screen, ScreenId::Course, "{}", t.small());
    // The tab's key from elsewhere comes back here; within the tab, home.
    t.ch('1').ch('0');
    assert_eq!(t.app.screen, ScreenId::Course, "{}", t.small());
    t.ch('0');
    assert_eq!(t.app.screen, ScreenId::Review, "{}", t.small());
}

#[test]
fn the_record_shows_training_and_evaluations_over_time() {
    let mut t = Tui::new("hr.li", Lang::En);
    renshi::tui::screens::people::record::open(&mut t.app, EmployeeId(15));
    t.app.settle();
    for _ in 0..6 {
        t.key(KeyCode::PageDown);
    }
    let screen = t.screen(80, 40);
    assert!(screen.contains("Training"), "{screen}");
    assert!(screen.contains("Site safety: expiring"), "{screen}");
    assert!(
        screen.contains("EV-0001 · Annual evaluation 2026 · signed off"),
        "{screen}"
    );
}

#[test]
fn the_footer_and_help_come_from_the_key_table() {
    let mut t = Tui::new("hr.li", Lang::En);
    t.ch('0');
    let footer = t.footer(80, 24);
    for want in [
        "Enter Open",
        "t Training",
        "g Gaps",
        "N Open a cycle",
        "? Help",
    ] {
        assert!(footer.contains(want), "{footer}");
    }
    assert!(!footer.contains("e Evaluations"), "{footer}");
    t.ch('?');
    assert!(
        t.small().contains("Evaluation and training"),
        "{}",
        t.small()
    );
    let help: Vec<String> = renshi::tui::help::doc(&t.app)
        .paras
        .into_iter()
        .map(|p| p.text)
        .collect();
    for want in ["An evaluation", "A cycle's people", "A course"] {
        assert!(help.iter().any(|l| l == want), "{help:#?}");
    }
    assert!(
        help.iter()
            .any(|l| l.contains("A ") && l.contains("Acknowledge"))
    );
    t.key(KeyCode::Esc);
    // A department head opens no cycle.
    let mut head = t.beside("head.civil");
    head.ch('0');
    assert!(!offered(&head).contains(&Action::NewCycle));
    head.ch('N');
    assert!(!form_open(&head));
}

#[test]
fn long_mixed_script_names_do_not_break_the_layout() {
    let t = Tui::new("hr.li", Lang::ZhHans);
    let hr = Caller::new("hr.li");
    let name = "歐陽娜娜 Nana Ouyang-Rodríguez de la Cruz 長名字測試";
    let row = renshi::domain::people::RosterRow {
        number: "HX-LONG-0001".into(),
        name: name.into(),
        position: "POS-012".into(),
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
    let template = renshi::domain::review::template::named("annual").unwrap();
    let scores = template
        .criteria
        .iter()
        .map(|c| Score {
            key: c.key.clone(),
            score: 4,
            comment: "很好 very good ".repeat(8),
        })
        .collect();
    let ev: EvalId = run(
        &t,
        "hr.li",
        Review::Score {
            cycle: CycleId(1),
            employee: id,
            scores,
        },
        "",
    )
    .and_then(|c| c.parse().ok())
    .expect("scored");
    let mut t = t.beside("hr.li");
    t.app.cat = Catalog::load(Lang::ZhHans);
    cycle_people(&mut t);
    select_person(&mut t, "HX-LONG-0001");
    for (w, h) in [(60, 20), (80, 24), (140, 45)] {
        fits(&t, w, h);
    }
    assert!(
        line_with(&t.small(), "HX-LONG-0001").contains('…'),
        "{}",
        t.small()
    );
    t.key(KeyCode::Enter);
    assert_eq!(t.app.ui.review.eval.id, Some(ev));
    for (w, h) in [(60, 20), (80, 24), (140, 45)] {
        fits(&t, w, h);
    }
    let screen = t.small();
    assert!(
        line_with(&screen, "HX-LONG-0001").contains("[已评分，未提交]"),
        "{screen}"
    );
    insta::assert_snapshot!("evaluation_long_name_zh_hans_80x24", screen);
}

#[test]
fn an_employee_gives_a_self_assessment_when_the_cycle_asks() {
    let t = Tui::new("hr.li", Lang::En);
    let day = |m, d| chrono::NaiveDate::from_ymd_opt(2026, m, d).unwrap();
    let template = renshi::domain::review::template::named("annual").unwrap();
    run(
        &t,
        "hr.li",
        Review::OpenCycle {
            name: "Year end".into(),
            from: day(11, 15),
            to: day(12, 31),
            template,
            self_assessment: true,
            depts: Vec::new(),
        },
        "",
    );
    let mut liu = t.beside("emp.liu");
    cycle_people(&mut liu);
    // His own line only, not started: `s` is his self-assessment.
    assert_eq!(review::people::shown(&liu.app).len(), 1, "{}", liu.small());
    assert!(offered(&liu).contains(&Action::Score), "{}", liu.small());
    liu.ch('s');
    assert!(form_open(&liu), "{}", liu.small());
    assert!(
        liu.small().contains("Your self-assessment"),
        "{}",
        liu.small()
    );
    liu.typed("45345");
    liu.key(KeyCode::Enter);
    assert!(!form_open(&liu), "{}", liu.small());
    assert!(
        liu.small().contains("Your self-assessment is saved."),
        "{}",
        liu.small()
    );
    let id = review::people::selected(&liu.app)
        .and_then(|r| r.id)
        .expect("an evaluation now");
    let own: Vec<u8> = eval(&t, id)
        .criteria
        .iter()
        .filter_map(|c| c.own.as_ref().map(|s| s.score))
        .collect();
    assert_eq!(own, [4, 5, 3, 4, 5]);
}

/// A department head is an employee too: on his own line of the running
/// cycle (which asks for a self-assessment), `s` is his self-assessment,
/// not a score of himself.
#[test]
fn a_head_assesses_himself_on_his_own_line() {
    let t = Tui::new("head.civil", Lang::En);
    let mut head = t.beside("head.civil");
    cycle_people(&mut head);
    select_person(&mut head, "HX-1014");
    assert!(offered(&head).contains(&Action::Score), "{}", head.small());
    head.ch('s');
    assert!(form_open(&head), "{}", head.small());
    assert!(
        head.small().contains("Your self-assessment"),
        "{}",
        head.small()
    );
    head.typed("54444");
    head.key(KeyCode::Enter);
    assert!(!form_open(&head), "{}", head.small());
    let c = head.svc.company();
    let zhang = c
        .employees
        .values()
        .find(|e| e.name == "張偉")
        .map(|e| e.id)
        .unwrap();
    let ev = c.index.evals[&(CycleId(1), zhang)];
    let own: Vec<u8> = c.evaluations[&ev]
        .own
        .iter()
        .flatten()
        .map(|s| s.score)
        .collect();
    assert_eq!(own, [5, 4, 4, 4, 4]);
    assert!(c.evaluations[&ev].scores.is_empty(), "no score of himself");
}
