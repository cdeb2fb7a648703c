//! What a terminal shows is what was typed, nothing more. Stored text may be
//! older than today's rule (or come from a file), so a store is seeded with
//! hostile text directly, as events, and every front end is read back: the
//! CLI's text output and the interface's frames hold no control, bidi or
//! zero-width character and show each written out; `--json` stays exact.
//! Commands, meanwhile, refuse such text at the domain boundary.

mod common;

use common::*;
use renshi::domain::*;
use renshi::i18n::{Catalog, Lang};
use renshi::service::Caller;
use renshi::transport::Embedded;
use renshi::tui::app::App;
use renshi::tui::keymap::Keymap;
use renshi::tui::{on_key, render_text};
use std::path::Path;
use std::process::Command as Process;
use std::sync::Arc;

/// (stored, as a terminal must show it)
const HOSTILE: &[(&str, &str)] = &[
    ("title\u{1b}]0;pwned\u{7}", "title\\u{1b}]0;pwned\\u{7}"),
    ("clear\u{1b}[2J", "clear\\u{1b}[2J"),
    ("hide\u{1b}[8mme", "hide\\u{1b}[8mme"),
    ("cr\rforged", "cr\\u{d}forged"),
    ("gpj.\u{202e}exe", "gpj.\\u{202e}exe"),
    ("iso\u{2066}late\u{2069}", "iso\\u{2066}late\\u{2069}"),
    ("zero\u{200b}width", "zero\\u{200b}width"),
];

fn has_hidden(s: &str) -> Option<char> {
    s.chars()
        .find(|c| *c != '\n' && renshi::domain::text::hidden(*c))
}

/// A demo store with one department, position, employee, user and plan per
/// hostile text, written as events the way an older store may hold them.
fn hostile_store(path: &Path) -> renshi::service::Service {
    let svc = renshi::service::Service::open(renshi::store::Store::create(path, true).unwrap())
        .unwrap()
        .with_clock(now);
    svc.seed_demo("admin").unwrap();
    let c = company(&svc);
    let mut events = Vec::new();
    for (i, (raw, _)) in HOSTILE.iter().enumerate() {
        let n = i as u32 + 100;
        events.push(Event::DepartmentCreated {
            id: DeptId(n),
            name: format!("D {raw}"),
            parent: None,
        });
        events.push(Event::PositionCreated {
            id: PositionId(n),
            dept: DeptId(n),
            title: format!("P {raw}"),
            duties: format!("duties {raw}\nsecond line {raw}"),
            approved: 2,
            plan: None,
            at: now(),
        });
        events.push(Event::EmployeeHired {
            id: EmployeeId(n),
            name: format!("E {raw}"),
            position: PositionId(n),
            status: EmployeeStatus::Active,
            hired: today(),
        });
        events.push(Event::PlanDrafted {
            id: PlanId(n),
            title: format!("HP {raw}"),
            note: format!("note {raw}"),
            author: "gm.wang".into(),
            at: now(),
        });
    }
    let next_plan = c.next_plan_id();
    assert!(next_plan.0 < 100);
    svc.seed("admin", "hostile \u{1b}[2J comment", &events)
        .unwrap();
    svc
}

#[test]
fn commands_refuse_hostile_text_in_every_field() {
    let (_dir, svc) = demo();
    let c = company(&svc);
    let civ = dept_id(&c, "Civil Works");
    for (raw, _) in HOSTILE {
        let draft = Command::DraftPlan {
            title: raw.to_string(),
            note: String::new(),
        };
        assert!(
            matches!(
                refused(&svc, "gm.wang", draft, ""),
                DomainError::BadCharacter { .. }
            ),
            "{raw:?} as a title"
        );
        let dept = Command::CreateDepartment {
            name: raw.to_string(),
            parent: None,
        };
        assert!(matches!(
            refused(&svc, "gm.wang", dept, ""),
            DomainError::BadCharacter { .. }
        ));
        let line = Command::AddPlanLine {
            id: HP2,
            line: PlanLine::NewPosition {
                dept: civ,
                title: "ok".into(),
                duties: format!("fine\n{raw}"),
                headcount: 1,
            },
        };
        assert!(matches!(
            refused(&svc, "gm.wang", line, ""),
            DomainError::BadCharacter { .. }
        ));
        // The comment of any command is held to the same rule.
        let edit = Command::EditPlan {
            id: HP2,
            title: "fine".into(),
            note: String::new(),
        };
        assert!(matches!(
            refused(&svc, "gm.wang", edit, raw),
            DomainError::BadCharacter { .. }
        ));
    }
    // Newlines belong to multi-line fields only.
    assert_eq!(
        refused(
            &svc,
            "gm.wang",
            Command::DraftPlan {
                title: "two\nlines".into(),
                note: "but a note\nmay have them".into(),
            },
            ""
        ),
        DomainError::OneLineOnly {
            field: "field.plan_title".into()
        }
    );
    ok(
        &svc,
        "gm.wang",
        Command::DraftPlan {
            title: "one line".into(),
            note: "a note\r\nover two lines".into(),
        },
        "and a\ncomment",
    );
}

/// The words of a command line that cannot be parsed are echoed by the
/// parser ("invalid value …"): they are outside text like any other.
#[test]
fn a_command_line_that_does_not_parse_is_echoed_written_out() {
    for args in [
        vec!["plan", "show", "HP-\u{1b}]0;PWN\u{7}\u{1b}[31mRED\u{202e}X"],
        vec!["\u{1b}[31mred\u{2066}"],
        vec!["plan", "list", "--state", "open\u{200b}\u{1b}[2J"],
    ] {
        let out = Process::new(env!("CARGO_BIN_EXE_renshi"))
            .args(&args)
            .env("RENSHI_LANG", "en")
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert_eq!(has_hidden(&err), None, "{args:?}: {err:?}");
        assert!(err.starts_with("renshi: "), "{err}");
        assert!(err.contains("\\u{"), "{args:?}: {err}");
    }
}

#[test]
fn the_cli_shows_hostile_text_written_out_and_json_exactly() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s");
    drop(hostile_store(&path));
    let run = |args: &[&str]| {
        let out = Process::new(env!("CARGO_BIN_EXE_renshi"))
            .arg("--store")
            .arg(&path)
            .args(["--as", "admin", "--lang", "en"])
            .args(args)
            .env_remove("SSH_ORIGINAL_COMMAND")
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    let mut shown = String::new();
    for args in [
        &["departments"][..],
        &["positions"],
        &["plan", "list"],
        &["plan", "show", "HP-0100"],
        &["plan", "show", "HP-0104"],
        &["user", "list"],
        &["audit", "log", "--limit", "40"],
    ] {
        let out = run(args);
        assert_eq!(
            has_hidden(&out),
            None,
            "{args:?} printed a hidden character:\n{out}"
        );
        shown.push_str(&out);
    }
    for (_, visible) in HOSTILE {
        assert!(shown.contains(visible), "{visible} is not shown:\n{shown}");
    }
    // A multi-line field keeps its lines, each indented under its heading.
    let show = run(&["plan", "show", "HP-0100"]);
    assert!(show.contains("note title"), "{show}");

    // JSON is exact: the stored text, escaped only as JSON escapes.
    let json: serde_json::Value = serde_json::from_str(&run(&["positions", "--json"])).unwrap();
    let titles: Vec<&str> = json["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|p| p["title"].as_str())
        .collect();
    for (raw, _) in HOSTILE {
        assert!(
            titles.contains(&format!("P {raw}").as_str()),
            "{raw:?} in {titles:?}"
        );
    }
}

#[test]
fn the_interface_shows_hostile_text_written_out() {
    let dir = tempfile::tempdir().unwrap();
    let svc = Arc::new(hostile_store(&dir.path().join("s")));
    let client = Embedded::new(svc, Caller::new("gm.wang"));
    let mut app = App::new(Box::new(client), Keymap::builtin(), Catalog::load(Lang::En));
    app.refresh();
    app.settle();
    let key = |app: &mut App, c: char| {
        on_key(
            app,
            ratatui::crossterm::event::KeyEvent::new(
                ratatui::crossterm::event::KeyCode::Char(c),
                ratatui::crossterm::event::KeyModifiers::NONE,
            ),
        );
        app.settle();
    };
    let mut frames = String::new();
    // The organisation (departments, positions, duties), the plan list, the
    // audit log, at a width that shows whole names.
    for screen in ['2', '3', '4'] {
        key(&mut app, screen);
        for _ in 0..12 {
            let frame = render_text(&app, 200, 50);
            assert_eq!(has_hidden(&frame), None, "a hidden character in:\n{frame}");
            frames.push_str(&frame);
            key(&mut app, 'j');
        }
    }
    let found = HOSTILE
        .iter()
        .filter(|(_, visible)| frames.contains(visible))
        .count();
    assert!(
        found >= HOSTILE.len() - 1,
        "only {found} of the hostile texts are shown written out:\n{frames}"
    );
}
