//! End to end through a real terminal: the built `renshi` binary runs inside
//! tmux at 80×24, keys go in with `send-keys`, the screen comes back with
//! `capture-pane`. The general manager drafts a plan that raises a position's
//! headcount and submits it; a board member approves it from the inbox; the
//! CLI then shows the new approved headcount and an intact audit log.
//!
//! tmux is required (CI installs it): without it this test fails, it does not skip.

use std::path::Path;
use std::time::Duration;

const POLL: Duration = Duration::from_millis(100);

mod tmux_support;

use tmux_support::{Tmux, cli, text};

/// The approved headcount of a position, from `renshi positions --json`.
fn approved(home: &Path, store: &str, position: u64) -> i64 {
    let out = cli(home, &["--store", store, "positions", "--json"]);
    assert!(out.status.success(), "{}", text(&out));
    let rows: serde_json::Value = serde_json::from_slice(&out.stdout).expect("positions --json");
    rows["items"]
        .as_array()
        .and_then(|a| {
            let id = format!("POS-{position:03}");
            a.iter().find(|r| r["id"].as_str() == Some(id.as_str()))
        })
        .and_then(|r| r["approved"].as_i64())
        .unwrap_or_else(|| panic!("no position {position} in {rows}"))
}

#[test]
fn gm_drafts_and_submits_board_approves_cli_sees_the_new_headcount() {
    let dir = tempfile::tempdir().expect("tempdir");
    let home = dir.path().to_path_buf();
    let store_path = home.join("store");
    let store = store_path.display().to_string();
    // Checked first: without tmux the test fails here, saying so.
    let tmux = Tmux::new(&home);

    // A demo store, made by the CLI (no terminal needed).
    let out = cli(&home, &["init", "--demo", "--store", &store]);
    assert!(out.status.success(), "renshi init --demo: {}", text(&out));
    // POS-013 施工員 Site Supervisor starts at 6 with 5 filled.
    assert_eq!(approved(&home, &store, 13), 6);

    // ---- The general manager drafts a plan, adds a change, submits it.
    let rc_gm = home.join("gm.rc");
    tmux.start("gm", &["--store", &store, "--as", "gm.wang"], &rc_gm);
    // The running cycle asks him to assess himself: one item.
    tmux.wait_for("gm", "1 Inbox (1)");
    tmux.keys("gm", &["3"]);
    tmux.wait_for("gm", "HP-0002");
    tmux.keys("gm", &["n"]);
    tmux.wait_for("gm", "New headcount plan");
    tmux.type_text("gm", "E2E 施工員擴編 more supervisors");
    tmux.wait_for("gm", "E2E 施工員擴編 more supervisors");
    tmux.keys("gm", &["Enter"]);
    let s = tmux.wait_for("gm", "Plan created");
    assert!(s.contains("HP-0003 E2E 施工員擴編 more supervisors"), "{s}");
    assert!(s.contains("[Draft]"), "{s}");

    tmux.keys("gm", &["+"]);
    tmux.wait_for("gm", "Add a change");
    tmux.keys("gm", &["Right"]);
    tmux.wait_for("gm", "◀ Change headcount ▶");
    tmux.keys("gm", &["Tab"]);
    // Cycle the position choice to POS-013; each → shows the next option.
    let position_line = |s: &str| {
        s.lines()
            .find(|l| l.contains("Position "))
            .unwrap_or_default()
            .to_string()
    };
    let mut shown = position_line(&tmux.wait_for("gm", "◀ POS-001"));
    for _ in 0..40 {
        if shown.contains("POS-013") {
            break;
        }
        tmux.keys("gm", &["Right"]);
        let before = shown.clone();
        shown = position_line(
            &tmux.wait_until("gm", "the next position", |s| position_line(s) != before),
        );
    }
    assert!(
        shown.contains("POS-013") && shown.contains("Site Supervisor"),
        "{shown}"
    );
    tmux.keys("gm", &["Tab"]);
    tmux.type_text("gm", "7");
    tmux.keys("gm", &["Enter"]);
    let s = tmux.wait_for("gm", "Site Supervisor: headcount 6 → 7");
    assert!(!s.contains("Add a change"), "the form closed:\n{s}");

    tmux.keys("gm", &["s"]);
    tmux.wait_for("gm", "Submit for sign-off");
    tmux.keys("gm", &["Enter"]);
    let s = tmux.wait_for("gm", "Submitted for sign-off.");
    assert!(s.contains("[Submitted]"), "{s}");
    assert!(s.contains("Board approval  ← waiting"), "{s}");
    tmux.keys("gm", &["q"]);
    assert_eq!(
        tmux.wait_exit("gm", &rc_gm),
        0,
        "renshi as gm.wang exited with an error"
    );

    // ---- A board member finds it in the inbox (after HP-0001) and approves it.
    let rc_board = home.join("board.rc");
    tmux.start(
        "board",
        &["--store", &store, "--as", "board.chen"],
        &rc_board,
    );
    // The board starts on the dashboard; its inbox is a key away.
    tmux.wait_for("board", "1 Inbox (2)");
    tmux.keys("board", &["1"]);
    let s = tmux.wait_for("board", "HP-0003");
    let rows: Vec<&str> = s.lines().filter(|l| l.contains("HP-000")).collect();
    assert_eq!(rows.len(), 2, "two plans wait, oldest first:\n{s}");
    assert!(
        rows[0].contains("HP-0001") && rows[1].contains("HP-0003"),
        "{s}"
    );
    tmux.keys("board", &["j", "Enter"]);
    let s = tmux.wait_for(
        "board",
        "HP-0003 E2E 施工員擴編 more supervisors  [Submitted]",
    );
    assert!(s.contains("a Approve"), "the footer offers Approve:\n{s}");
    tmux.keys("board", &["a"]);
    tmux.wait_for("board", "Your signature is binding");
    tmux.type_text("board", "Agreed for 2027");
    tmux.wait_for("board", "Agreed for 2027");
    tmux.keys("board", &["Enter"]);
    let s = tmux.wait_for("board", "Approved and recorded.");
    assert!(
        s.contains("HP-0003 E2E 施工員擴編 more supervisors  [Approved]"),
        "{s}"
    );
    // Short enough to stay on the signature's line at 80 columns.
    assert!(s.contains("Approved: board.chen — Agreed for 2027"), "{s}");
    assert!(s.contains("1 Inbox (1)"), "HP-0001 still waits:\n{s}");
    assert!(
        !s.contains("a Approve"),
        "nothing left to approve here:\n{s}"
    );
    tmux.keys("board", &["q"]);
    assert_eq!(
        tmux.wait_exit("board", &rc_board),
        0,
        "renshi as board.chen exited with an error"
    );

    // ---- The CLI sees the new approved headcount, and the audit log holds.
    assert_eq!(
        approved(&home, &store, 13),
        7,
        "POS-013's approved headcount after the plan"
    );
    let out = cli(&home, &["--store", &store, "positions"]);
    assert!(out.status.success(), "{}", text(&out));
    let table = String::from_utf8_lossy(&out.stdout);
    let row = table
        .lines()
        .find(|l| l.starts_with("POS-013"))
        .unwrap_or_else(|| panic!("{table}"));
    let nums: Vec<&str> = row.split_whitespace().rev().take(4).collect();
    assert_eq!(
        nums,
        ["2", "0", "5", "7"],
        "free, reserved, filled, approved of: {row}"
    );

    let out = cli(&home, &["--store", &store, "audit", "verify"]);
    assert!(out.status.success(), "audit verify: {}", text(&out));
}

/// One signer's turn on a requisition in their own terminal: the inbox
/// shows it, Enter opens it, `a` and Enter approve it; the screen then says
/// it waits for the next step (or is open), and the program quits cleanly.
fn sign_in_terminal(tmux: &Tmux, home: &Path, store: &str, login: &str, req: &str, then: &str) {
    let rc = home.join(format!("{login}.rc"));
    // tmux reads a `.` in a target as a pane: the session is named without.
    let session = &login.replace('.', "_");
    tmux.start(session, &["--store", store, "--as", login], &rc);
    // The general manager and HR start on the dashboard: the inbox is `1`.
    tmux.wait_for(session, "1 Inbox (");
    tmux.keys(session, &["1"]);
    let s = tmux.wait_for(session, req);
    assert!(s.contains("Sign requisition"), "{login}'s inbox:\n{s}");
    let rows: Vec<&str> = s.lines().filter(|l| l.contains("│")).collect();
    let at = rows
        .iter()
        .filter(|l| l.contains("-0"))
        .position(|l| l.contains(req))
        .unwrap_or_else(|| panic!("{req} in the inbox:\n{s}"));
    for _ in 0..at {
        tmux.keys(session, &["j"]);
    }
    tmux.keys(session, &["Enter"]);
    tmux.wait_for(session, &format!("{req} "));
    tmux.keys(session, &["a"]);
    tmux.wait_for(session, "Approve");
    tmux.keys(session, &["Enter"]);
    let s = tmux.wait_for(session, then);
    assert!(!s.contains("Error"), "{s}");
    tmux.keys(session, &["Escape", "q"]);
    assert_eq!(
        tmux.wait_exit(session, &rc),
        0,
        "renshi as {login} exited with an error"
    );
}

#[test]
fn a_requisition_goes_from_the_department_head_to_a_hire_across_terminals() {
    let dir = tempfile::tempdir().expect("tempdir");
    let home = dir.path().to_path_buf();
    let store_path = home.join("store");
    let store = store_path.display().to_string();
    let tmux = Tmux::new(&home);
    let out = cli(&home, &["init", "--demo", "--store", &store]);
    assert!(out.status.success(), "renshi init --demo: {}", text(&out));
    let run = |args: &[&str]| {
        let mut all = vec!["--store", store.as_str()];
        all.extend_from_slice(args);
        let o = cli(&home, &all);
        assert!(o.status.success(), "renshi {args:?}: {}", text(&o));
        String::from_utf8_lossy(&o.stdout).trim().to_string()
    };

    // ---- The department head raises a requisition from the Recruitment tab.
    let rc = home.join("head.rc");
    tmux.start("head", &["--store", &store, "--as", "head.civil"], &rc);
    tmux.wait_for("head", "1 Inbox");
    tmux.keys("head", &["8"]);
    tmux.wait_for("head", "REQ-0003");
    tmux.keys("head", &["n"]);
    let s = tmux.wait_for("head", "Position");
    // The form opens on the first of the head's positions; find the engineers'.
    let mut shown = s;
    for _ in 0..10 {
        if shown
            .lines()
            .any(|l| l.contains("Position") && l.contains("POS-012"))
        {
            break;
        }
        tmux.keys("head", &["Right"]);
        std::thread::sleep(POLL);
        shown = tmux.screen("head");
    }
    assert!(shown.contains("POS-012"), "{shown}");
    tmux.keys("head", &["Tab", "C-u"]);
    tmux.type_text("head", "1");
    tmux.keys("head", &["Tab"]);
    tmux.keys("head", &["C-u"]);
    tmux.type_text("head", "2031-03-01");
    tmux.keys("head", &["Tab"]);
    tmux.type_text("head", "E2E 夜班 night shift at the metro site");
    tmux.keys("head", &["Enter"]);
    let s = tmux.wait_for("head", "REQ-0004 ");
    assert!(!s.contains("Error"), "{s}");
    tmux.keys("head", &["Escape", "q"]);
    assert_eq!(tmux.wait_exit("head", &rc), 0);

    // ---- Three signers, each in their own terminal, in the chain's order.
    sign_in_terminal(
        &tmux,
        &home,
        &store,
        "div.eng",
        "REQ-0004",
        "General manager",
    );
    sign_in_terminal(&tmux, &home, &store, "gm.wang", "REQ-0004", "HR head");
    sign_in_terminal(&tmux, &home, &store, "hr.zhao", "REQ-0004", "Open");
    let shown: serde_json::Value = serde_json::from_str(&run(&[
        "--as", "hr.li", "req", "show", "REQ-0004", "--json",
    ]))
    .expect("req show --json");
    assert_eq!(shown["row"]["state"], "open", "{shown}");
    assert_eq!(shown["step_times"].as_array().map(Vec::len), Some(3));

    // ---- HR staff runs it: a candidate and an interview (the CLI, as HR does
    // at a desk), the interviewer's feedback in the department head's terminal.
    run(&[
        "--as", "hr.zhao", "req", "assign", "REQ-0004", "--to", "hr.li",
    ]);
    let can = run(&[
        "--as",
        "hr.li",
        "candidate",
        "add",
        "REQ-0004",
        "--name",
        "E2E 候選人",
        "--contact",
        "13900000888",
    ]);
    let int = run(&[
        "--as",
        "hr.li",
        "interview",
        "schedule",
        &can,
        "--at",
        "today 00:00",
        "--place",
        "Room E2E",
        "--with",
        "hr.li",
        "--with",
        "head.civil",
    ]);
    run(&[
        "--as",
        "hr.li",
        "feedback",
        &int,
        "--score",
        "4",
        "--recommend",
        "hire",
    ]);
    let rc = home.join("head2.rc");
    tmux.start("head2", &["--store", &store, "--as", "head.civil"], &rc);
    let s = tmux.wait_for("head2", "E2E 候選人");
    let rows: Vec<&str> = s.lines().filter(|l| l.contains("-0")).collect();
    let at = rows
        .iter()
        .position(|l| l.contains("E2E 候選人"))
        .unwrap_or_else(|| panic!("the interview in the inbox:\n{s}"));
    for _ in 0..at {
        tmux.keys("head2", &["j"]);
    }
    tmux.keys("head2", &["Enter"]);
    tmux.wait_for("head2", "REQ-0004 ");
    tmux.keys("head2", &["f"]);
    tmux.wait_for("head2", "Score");
    // Score and recommendation start unchosen: four steps to 4, one to "hire".
    tmux.keys(
        "head2",
        &["Right", "Right", "Right", "Right", "Tab", "Right", "Tab"],
    );
    tmux.type_text("head2", "能帶班 leads a crew");
    tmux.keys("head2", &["Enter"]);
    tmux.wait_until("head2", "the feedback saved", |s| !s.contains("Score"));
    tmux.keys("head2", &["Escape", "q"]);
    assert_eq!(tmux.wait_exit("head2", &rc), 0);

    // ---- The offer, its answer and the hire; the ledger follows each step.
    let free = |home: &Path| -> i64 {
        let o = cli(
            home,
            &["--store", &store, "--as", "gm.wang", "positions", "--json"],
        );
        let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("positions --json");
        v["items"]
            .as_array()
            .and_then(|a| a.iter().find(|p| p["id"] == "POS-012"))
            .and_then(|p| p["free"].as_i64())
            .expect("POS-012")
    };
    let before = free(&home);
    run(&[
        "--as",
        "hr.li",
        "offer",
        "make",
        &can,
        "--start",
        "2031-03-01",
    ]);
    run(&["--as", "hr.li", "offer", "accept", &can]);
    assert_eq!(
        free(&home),
        before,
        "the requisition held the seat all along"
    );
    let hired = run(&[
        "--as",
        "hr.li",
        "hire",
        &can,
        "--id-number",
        "110101199101010088",
        "--date-of-birth",
        "1991-01-01",
        "--phone",
        "13900000888",
        "--emergency-contact",
        "家人 13900000889",
        "--bank-account",
        "6222 0000 0000 0888",
    ]);
    assert!(hired.contains("EMP-"), "{hired}");
    assert_eq!(free(&home), before, "the reserved seat became a filled one");
    let verify = run(&["--as", "admin", "audit", "verify"]);
    assert!(!verify.is_empty(), "audit verify printed nothing");
}
