//! A separation case from start to close through real terminals: the built
//! `renshi` binary in tmux on a demo store, one terminal per person, each
//! ticking their own step as the checklist names them. HR (hr.li) opens the
//! case and ticks the talk and the agreement; the department head
//! (head.civil) the department's talk and the handover, naming the colleague
//! by staff number; the administration department (admin.sun) the
//! equipment; finance (fin.zhou) records the settlement; the HR head
//! (hr.zhao, in Chinese on a larger terminal) closes it and prints the
//! certificate. The CLI then finds the employee separated and the audit log
//! intact.
//!
//! tmux is required (CI installs it): without it this test fails, saying so.

mod tmux_support;

use std::path::Path;
use tmux_support::{Tmux, cli, text};

/// The company's today (the demo's zone): the last working day is today,
/// so the case may close at once.
fn today() -> String {
    chrono::Utc::now()
        .with_timezone(&chrono_tz::Asia::Shanghai)
        .date_naive()
        .to_string()
}

/// The line of the screen that holds all of `needles`, if any.
fn line<'a>(screen: &'a str, needles: &[&str]) -> Option<&'a str> {
    screen
        .lines()
        .find(|l| needles.iter().all(|n| l.contains(n)))
}

/// Starts `renshi --as login` (and `extra` arguments) and waits for its inbox.
fn open(tmux: &Tmux, home: &Path, store: &str, login: &str, extra: &[&str], size: (u16, u16)) {
    let rc = home.join(format!("{login}.rc"));
    let mut args = vec!["--store", store, "--as", login];
    args.extend_from_slice(extra);
    tmux.start_sized(&session(login), &args, &rc, size);
}

/// tmux reads a `.` in a target as a pane: sessions are named without.
fn session(login: &str) -> String {
    login.replace('.', "_")
}

fn quit(tmux: &Tmux, home: &Path, login: &str) {
    let s = session(login);
    tmux.keys(&s, &["q"]);
    let rc = home.join(format!("{login}.rc"));
    assert_eq!(
        tmux.wait_exit(&s, &rc),
        0,
        "renshi as {login} exited with an error"
    );
}

/// Ticks the selected step with an empty note and waits for its row to
/// say who did it.
fn tick(tmux: &Tmux, s: &str, step: &str, by: &str) {
    tmux.keys(s, &["t"]);
    tmux.wait_for(s, "Tick the step");
    tmux.keys(s, &["Enter"]);
    let done = format!("Done {by}");
    tmux.wait_until(s, &format!("{step} done by {by}"), |scr| {
        line(scr, &[step, &done]).is_some()
    });
}

/// Opens the newest case (the one just started: the list is newest first).
fn open_newest(tmux: &Tmux, s: &str) {
    tmux.wait_for(s, "Inbox (");
    tmux.keys(s, &["9"]);
    tmux.wait_for(s, "SEP-0004");
    tmux.keys(s, &["Home", "Enter"]);
    tmux.wait_for(s, "SEP-0004 陳靜 (HX-1016)");
}

#[test]
fn a_case_goes_from_start_to_close_with_each_owner_ticking_their_step() {
    let dir = tempfile::tempdir().expect("tempdir");
    let home = dir.path().to_path_buf();
    let store_path = home.join("store");
    let store = store_path.display().to_string();
    let tmux = Tmux::new(&home);
    let out = cli(&home, &["init", "--demo", "--store", &store]);
    assert!(out.status.success(), "renshi init --demo: {}", text(&out));
    let today = today();

    // ---- HR opens the case for 陳靜 (HX-1016), her last day today.
    open(&tmux, &home, &store, "hr.li", &[], (80, 24));
    let s = session("hr.li");
    tmux.wait_for(&s, "Inbox (");
    tmux.keys(&s, &["9"]);
    tmux.wait_for(&s, "Separation cases: open");
    tmux.keys(&s, &["N"]);
    tmux.wait_for(&s, "Start a separation case");
    tmux.type_text(&s, "HX-1016");
    tmux.wait_for(&s, "→ 陳靜 (HX-1016, EMP-0016)");
    tmux.keys(&s, &["Tab", "Right"]);
    tmux.wait_for(&s, "◀ Resignation ▶");
    tmux.keys(&s, &["Tab", "Tab"]);
    tmux.type_text(&s, &today);
    tmux.keys(&s, &["Tab"]);
    tmux.type_text(&s, "E2E 隨家人遷居 moving with the family");
    tmux.wait_for(&s, "moving with the family");
    tmux.keys(&s, &["Enter"]);
    let scr = tmux.wait_for(&s, "Separation case opened.");
    assert!(
        scr.contains("SEP-0004 陳靜 (HX-1016) · Resignation  [Open]"),
        "{scr}"
    );
    // She lands on her own step, the HR talk; then the agreement, four down.
    assert!(scr.contains("1. HR talk and contract review"), "{scr}");
    tick(&tmux, &s, "HR talk", "hr.li");
    tmux.keys(&s, &["j", "j", "j", "j"]);
    tmux.wait_for(&s, "5. Separation agreement");
    tick(&tmux, &s, "Separation agreement", "hr.li");
    quit(&tmux, &home, "hr.li");

    // ---- The department head: the talk, then the handover to 吳剛.
    open(&tmux, &home, &store, "head.civil", &[], (80, 24));
    let s = session("head.civil");
    open_newest(&tmux, &s);
    tmux.wait_for(&s, "2. Department talk");
    tick(&tmux, &s, "Department talk", "head.civil");
    tmux.keys(&s, &["j"]);
    tmux.wait_for(&s, "3. Work handover");
    tmux.keys(&s, &["t"]);
    tmux.wait_for(&s, "Tick the handover");
    tmux.type_text(&s, "HX-1021");
    tmux.wait_for(&s, "→ 吳剛 (HX-1021, EMP-0021)");
    tmux.keys(&s, &["Tab"]);
    tmux.type_text(&s, "圖紙與日誌 drawings and diaries");
    tmux.wait_for(&s, "drawings and diaries");
    tmux.keys(&s, &["Enter"]);
    tmux.wait_until(&s, "the handover done", |scr| {
        line(scr, &["Work handover", "Done head.civil"]).is_some()
    });
    quit(&tmux, &home, "head.civil");

    // ---- The administration department: nothing was issued to her.
    open(&tmux, &home, &store, "admin.sun", &[], (80, 24));
    let s = session("admin.sun");
    open_newest(&tmux, &s);
    let scr = tmux.wait_for(&s, "4. Office equipment returned");
    assert!(scr.contains("Reason: recorded, not shown to you."), "{scr}");
    tick(&tmux, &s, "Office equipment", "admin.sun");
    quit(&tmux, &home, "admin.sun");

    // ---- Finance records the settlement, seeing the total first.
    open(&tmux, &home, &store, "fin.zhou", &[], (80, 24));
    let s = session("fin.zhou");
    open_newest(&tmux, &s);
    tmux.wait_for(&s, "6. Final settlement");
    tmux.keys(&s, &["s"]);
    tmux.wait_for(&s, "Record the final settlement");
    tmux.type_text(&s, "8000");
    tmux.keys(&s, &["Tab"]);
    tmux.type_text(&s, "1000.5");
    tmux.wait_for(&s, "Total to pay: 9,000.50 CNY");
    tmux.keys(&s, &["Enter"]);
    tmux.wait_for(&s, "Settlement recorded.");
    quit(&tmux, &home, "fin.zhou");

    // ---- The HR head closes it, in Chinese on a larger terminal, and
    // prints the certificate.
    open(
        &tmux,
        &home,
        &store,
        "hr.zhao",
        &["--lang", "zh-Hans"],
        (120, 40),
    );
    let s = session("hr.zhao");
    tmux.wait_for(&s, "待办 (");
    tmux.keys(&s, &["9"]);
    tmux.wait_for(&s, "离岗案：办理中");
    tmux.keys(&s, &["Home", "Enter"]);
    let scr = tmux.wait_for(&s, "SEP-0004 陳靜 (HX-1016)");
    assert!(scr.contains("按 C 办结此案"), "{scr}");
    tmux.keys(&s, &["C"]);
    tmux.wait_for(&s, "办结 SEP-0004？");
    tmux.keys(&s, &["Enter"]);
    tmux.wait_for(&s, "[已办结]");
    tmux.keys(&s, &["P"]);
    let cert = tmux.wait_for(&s, "离职证明");
    assert!(cert.contains("陳靜") && cert.contains("HX-1016"), "{cert}");
    assert!(
        cert.contains(&format!("双方劳动关系已于 {today} 解除")),
        "{cert}"
    );
    // Esc alone: a key right behind it would read as Alt and that key.
    tmux.keys(&s, &["Escape"]);
    tmux.wait_until(&s, "the certificate closed", |scr| !scr.contains("兹证明"));
    quit(&tmux, &home, "hr.zhao");

    // ---- The CLI finds her separated, and the log holds.
    let out = cli(
        &home,
        &[
            "--store", &store, "--as", "hr.li", "employee", "show", "HX-1016", "--json",
        ],
    );
    assert!(out.status.success(), "{}", text(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("employee show --json");
    assert_eq!(v["status"].as_str(), Some("separated"), "{v}");
    let out = cli(&home, &["--store", &store, "audit", "verify"]);
    assert!(out.status.success(), "audit verify: {}", text(&out));
}
