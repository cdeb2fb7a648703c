//! Evaluation and training as people type them, on the demo: a whole
//! evaluation from the cycle HR opens to the employee's remark, each person
//! acting as themselves (`--as`); a course, a session and its results, and
//! one person's record; every report and listing's JSON against its schema;
//! and the bad input of issue #13 refused with a clear message, a non-zero
//! exit and nothing written.

mod daemon_support;
mod people_support;

use chrono::{NaiveDate, TimeDelta};
use people_support::*;
use serde_json::Value;
use std::path::Path;

fn has(text: &str, want: &str) {
    assert!(text.contains(want), "expected `{want}` in:\n{text}");
}

/// The demo company's today (its zone is Asia/Shanghai).
fn today() -> NaiveDate {
    chrono::Utc::now()
        .with_timezone(&chrono_tz::Asia::Shanghai)
        .date_naive()
}

fn day(offset: i64) -> String {
    (today() + TimeDelta::days(offset)).to_string()
}

/// `renshi --as WHO ARGS…`, which must succeed; its stdout.
fn ok_as(store: &Path, who: &str, args: &[&str]) -> String {
    let mut all = vec!["--as", who];
    all.extend(args);
    expect(store, 0, &all).0
}

fn json_as(store: &Path, who: &str, args: &[&str]) -> Value {
    let out = ok_as(store, who, args);
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("not JSON ({e}): {out}"))
}

/// The log's last event, as the demo's admin reads it.
fn last_event(store: &Path) -> Value {
    json_as(store, "admin", &["audit", "log", "--limit", "1", "--json"])["items"][0].clone()
}

/// Runs a command that must be refused with exit `code`, say `want` on
/// standard error, print nothing, and leave the log as it was.
fn refused(store: &Path, code: i32, who: &str, args: &[&str], want: &str) {
    let before = last_event(store);
    let mut all = vec!["--as", who];
    all.extend(args);
    let (out, err) = expect(store, code, &all);
    has(&err, want);
    assert!(!err.contains("panicked"), "{err}");
    assert!(out.is_empty(), "a refusal printed on stdout: {out}");
    assert_eq!(
        last_event(store),
        before,
        "a refused command wrote: {args:?}"
    );
}

fn check(schema_file: &str, value: &Value) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/json")
        .join(schema_file);
    let schema: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let validator = jsonschema::validator_for(&schema)
        .unwrap_or_else(|e| panic!("{schema_file} is not a schema: {e}"));
    let errors: Vec<String> = validator
        .iter_errors(value)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .take(10)
        .collect();
    assert!(errors.is_empty(), "{schema_file}:\n{errors:#?}\n{value:#}");
}

fn items(v: &Value) -> Vec<Value> {
    v["items"].as_array().cloned().unwrap_or_default()
}

/// The one line of a command's stdout that is an id with `prefix`.
fn created(out: &str, prefix: &str) -> String {
    let id = out.trim().to_string();
    assert!(
        id.starts_with(prefix),
        "expected a new {prefix} id, got {id:?}"
    );
    id
}

/// An employee's id by their name, as HR finds them.
fn employee_named(store: &Path, name: &str) -> String {
    let all = json_as(
        store,
        "hr.li",
        &["employee", "list", "--grep", name, "--json"],
    );
    items(&all)
        .into_iter()
        .find(|e| e["name"] == name)
        .and_then(|e| e["id"].as_str().map(str::to_string))
        .unwrap_or_else(|| panic!("no {name} in {all}"))
}

/// Every criterion of the annual template, each with the score given.
fn annual(scores: [u8; 5]) -> Vec<String> {
    ["quality", "delivery", "safety", "teamwork", "growth"]
        .iter()
        .zip(scores)
        .flat_map(|(k, s)| ["--score".to_string(), format!("{k}={s}")])
        .collect()
}

fn strs(v: &[String]) -> Vec<&str> {
    v.iter().map(String::as_str).collect()
}

fn with<'a>(head: &[&'a str], tail: &'a [String]) -> Vec<&'a str> {
    let mut v = head.to_vec();
    v.extend(tail.iter().map(String::as_str));
    v
}

/// HR opens a cycle of the annual template with weights of its own.
fn open_cycle(store: &Path, name: &str, extra: &[&str]) -> String {
    let (from, to) = (day(-1), day(30));
    let mut args = vec![
        "cycle",
        "open",
        name,
        "--from",
        &from,
        "--to",
        &to,
        "--weight",
        "quality=35",
        "--weight",
        "growth=5",
    ];
    args.extend(extra);
    created(&ok_as(store, "hr.li", &args), "CYC-")
}

#[test]
fn an_evaluation_runs_from_the_cycle_to_the_employees_remark() {
    let (_dir, store, _) = daemon_support::demo_store();
    let s = store.as_path();
    let cycle = open_cycle(s, "Mid-year check", &["--self-assessment"]);
    let c = cycle.as_str();

    let shown = json_as(s, "hr.li", &["cycle", "show", c, "--json"]);
    check("cycle.schema.json", &shown);
    let weights: Vec<(String, u64)> = shown["cycle"]["criteria"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| {
            (
                k["key"].as_str().unwrap().to_string(),
                k["weight"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(weights[0], ("quality".into(), 35), "{shown}");
    assert_eq!(weights[4], ("growth".into(), 5), "{shown}");
    check(
        "cycles.schema.json",
        &json_as(s, "hr.li", &["cycle", "list", "--json"]),
    );
    has(&ok_as(s, "hr.li", &["cycle", "list"]), "Mid-year check");
    let text = ok_as(s, "head.civil", &["cycle", "show", c]);
    has(&text, "quality");
    has(&text, "35%");
    has(&text, &format!("renshi evaluation score {c} EMP-…"));

    // The head sees their people waiting to be evaluated.
    let waiting = json_as(
        s,
        "head.civil",
        &["evaluation", "list", "--cycle", c, "--json"],
    );
    check("evaluations.schema.json", &waiting);
    let liu = items(&waiting)
        .into_iter()
        .find(|r| r["employee"] == "EMP-0015")
        .unwrap_or_else(|| panic!("劉洋 is not listed: {waiting}"));
    assert_eq!(liu["stage"], "not_started", "{liu}");
    assert!(liu["id"].is_null());

    // 劉洋 assesses himself first.
    let own = annual([5, 4, 4, 4, 5]);
    has(
        &ok_as(s, "emp.liu", &with(&["evaluation", "self", c], &own)),
        "self-assessment",
    );

    // His head scores him, every criterion, with a word on one.
    let scores = annual([4, 5, 4, 3, 5]);
    let mut args = with(&["evaluation", "score", c, "HX-1015"], &scores);
    args.extend(["--note", "quality=Clean drawings, always on time"]);
    let out = ok_as(s, "head.civil", &args);
    // 35×4 + 25×5 + 20×4 + 15×3 + 5×5 = 415: 4.15, grade B.
    has(&out, "weighted result 4.15, grade B");
    let ev = out.split(':').next().unwrap().trim().to_string();
    let e = ev.as_str();
    assert!(e.starts_with("EV-"), "{out}");

    // The employee does not read the scores before they are signed off.
    let early = ok_as(s, "emp.liu", &["evaluation", "show", e]);
    has(&early, "shown to you once the evaluation is signed off");
    assert!(!early.contains("Clean drawings"), "{early}");
    let head_view = ok_as(s, "head.civil", &["evaluation", "show", e]);
    has(&head_view, "Clean drawings");
    has(&head_view, &format!("renshi evaluation submit {e}"));

    has(
        &ok_as(s, "head.civil", &["evaluation", "submit", e]),
        "sent for sign-off",
    );
    let hr_view = ok_as(s, "hr.zhao", &["evaluation", "show", e]);
    has(&hr_view, &format!("renshi approve {e}"));
    has(
        &ok_as(s, "hr.zhao", &["inbox", "--brief"]),
        &format!("renshi approve {e}"),
    );
    has(
        &ok_as(s, "hr.zhao", &["approve", e, "-m", "Fair and well argued"]),
        "approved",
    );

    // Now it is his to read and acknowledge, with a remark.
    has(
        &ok_as(s, "emp.liu", &["inbox", "--brief"]),
        &format!("renshi evaluation ack {e}"),
    );
    has(
        &ok_as(
            s,
            "emp.liu",
            &[
                "evaluation",
                "ack",
                e,
                "-m",
                "Thanks; more BIM next year, please",
            ],
        ),
        "you acknowledged",
    );
    let done = json_as(s, "emp.liu", &["evaluation", "show", e, "--json"]);
    check("evaluation.schema.json", &done);
    assert_eq!(done["row"]["stage"], "acknowledged", "{done}");
    assert_eq!(done["row"]["result"], 415, "{done}");
    assert_eq!(done["row"]["grade"], "B", "{done}");
    assert_eq!(done["remark"], "Thanks; more BIM next year, please");
    assert_eq!(done["criteria"][0]["score"]["score"], 4, "{done}");
    assert_eq!(done["criteria"][0]["own"]["score"], 5, "{done}");
    assert_eq!(done["signatures"][0]["decision"], "approve", "{done}");
    assert!(!done["acknowledged"].is_null());
    let text = ok_as(s, "emp.liu", &["evaluation", "show", e]);
    has(&text, "Clean drawings");
    has(&text, "Thanks; more BIM next year");

    // The log tells it in the documented shape, a signature's step from 1.
    let log = json_as(s, "admin", &["audit", "log", "--limit", "20", "--json"]);
    let kinds: Vec<String> = items(&log)
        .iter()
        .filter(|i| i["event"]["id"] == e)
        .map(|i| i["event"]["kind"].as_str().unwrap_or("").to_string())
        .collect();
    for k in [
        "self_assessed",
        "evaluation_scored",
        "evaluation_submitted",
        "evaluation_signed",
        "evaluation_acknowledged",
    ] {
        assert!(kinds.iter().any(|x| x == k), "no {k} in {kinds:?}");
    }
    let signed = items(&log)
        .into_iter()
        .find(|i| i["event"]["kind"] == "evaluation_signed")
        .unwrap();
    assert_eq!(signed["event"]["signature"]["step"], 1, "{signed}");

    // What is acknowledged stays so, and the remark cannot be changed.
    refused(
        s,
        1,
        "emp.liu",
        &["evaluation", "ack", e, "-m", "Changed my mind"],
        "already acknowledged",
    );

    // The cycle's report and the person's record.
    let report = json_as(
        s,
        "hr.zhao",
        &["report", "evaluations", "--cycle", c, "--json"],
    );
    check("cycle.schema.json", &report);
    assert!(report["depts"].is_array(), "{report}");
    let b = report["grades"]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["grade"] == "B")
        .cloned()
        .unwrap();
    assert!(b["count"].as_u64().unwrap() >= 1, "{report}");
    has(
        &ok_as(s, "hr.zhao", &["report", "evaluations", "--cycle", c]),
        "Mid-year check",
    );
    let record = json_as(
        s,
        "emp.liu",
        &["employee", "training", "EMP-0015", "--json"],
    );
    check("review_record.schema.json", &record);
    assert!(
        record["evaluations"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["id"] == e),
        "{record}"
    );
    check(
        "evaluations.schema.json",
        &json_as(s, "emp.liu", &["evaluation", "list", "--json"]),
    );
    let exported = json_as(s, "hr.zhao", &["export", "evaluations", "--format", "json"]);
    check("export_evaluations.schema.json", &exported);
    assert!(
        exported.as_array().unwrap().iter().any(|r| r["id"] == e),
        "{exported}"
    );

    // The HR head closes the cycle: nothing more is scored in it.
    has(&ok_as(s, "hr.zhao", &["cycle", "close", c]), "is closed");
    refused(
        s,
        1,
        "head.civil",
        &with(&["evaluation", "score", c, "HX-1016"], &scores),
        "is closed",
    );
}

#[test]
fn a_course_is_given_recorded_and_shows_on_the_persons_record() {
    let (_dir, store, _) = daemon_support::demo_store();
    let s = store.as_path();
    let position = json_as(s, "hr.li", &["employee", "show", "EMP-0015", "--json"])["position"]
        .as_str()
        .unwrap()
        .to_string();
    let course = created(
        &ok_as(
            s,
            "hr.li",
            &[
                "course",
                "add",
                "腳手架檢查 Scaffold inspection",
                "--hours",
                "2.5",
                "--kind",
                "safety",
                "--required-for",
                &position,
                "--renew-months",
                "12",
            ],
        ),
        "CRS-",
    );
    let k = course.as_str();
    let catalog = json_as(s, "hr.li", &["course", "list", "--json"]);
    check("courses.schema.json", &catalog);
    let row = items(&catalog)
        .into_iter()
        .find(|c| c["id"] == k)
        .unwrap_or_else(|| panic!("{k} not listed: {catalog}"));
    assert_eq!(row["tenths"], 25, "{row}");
    assert_eq!(row["kind"], "safety", "{row}");
    assert_eq!(row["renew_months"], 12, "{row}");
    has(
        &ok_as(s, "hr.li", &["course", "list", "--grep", "scaffold"]),
        k,
    );

    // 劉洋's head sees him missing it.
    let before = json_as(s, "head.civil", &["course", "show", k, "--json"]);
    check("course.schema.json", &before);
    assert!(
        before["gaps"]
            .as_array()
            .unwrap()
            .iter()
            .any(|g| g["employee"] == "EMP-0015" && g["standing"] == "missing"),
        "{before}"
    );
    // An employee sees the course, not who lacks it.
    let mine = json_as(s, "emp.liu", &["course", "show", k, "--json"]);
    check("course.schema.json", &mine);
    assert!(mine["gaps"].is_null(), "{mine}");

    let session = created(
        &ok_as(
            s,
            "hr.li",
            &[
                "session",
                "plan",
                k,
                "--on",
                &day(0),
                "--trainer",
                "王工 Wang",
                "--attendee",
                "HX-1015",
            ],
        ),
        "TS-",
    );
    let t = session.as_str();
    has(
        &ok_as(s, "hr.li", &["session", "enroll", t, "HX-1016"]),
        "EMP-0016",
    );
    has(
        &ok_as(
            s,
            "hr.li",
            &[
                "result",
                t,
                "HX-1015",
                "--passed",
                "--score",
                "91",
                "--certificate",
                "SC-2026-1",
                "-m",
                "Checked every clamp",
            ],
        ),
        "EMP-0015 passed",
    );
    has(
        &ok_as(
            s,
            "head.civil",
            &["result", t, "EMP-0016", "--failed", "--score", "48"],
        ),
        "did not pass",
    );
    let view = json_as(s, "hr.li", &["session", "show", t, "--json"]);
    check("session.schema.json", &view);
    assert_eq!(view["row"]["passed"], 1, "{view}");
    assert_eq!(view["row"]["failed"], 1, "{view}");
    let liu = view["attendees"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["employee"] == "EMP-0015")
        .cloned()
        .unwrap();
    assert_eq!(liu["result"]["score"], 91, "{view}");
    assert_eq!(liu["result"]["certificate"], "SC-2026-1", "{view}");
    assert_eq!(liu["result"]["note"], "Checked every clamp", "{view}");
    has(
        &ok_as(s, "hr.li", &["session", "show", t]),
        "Checked every clamp",
    );
    let listed = json_as(s, "hr.li", &["session", "list", "--course", k, "--json"]);
    check("sessions.schema.json", &listed);
    assert_eq!(items(&listed).len(), 1, "{listed}");

    // His record: the course done, valid for a year; the session on it.
    let record = json_as(s, "emp.liu", &["employee", "training", "HX-1015", "--json"]);
    check("review_record.schema.json", &record);
    let req = record["required"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["course"] == k)
        .cloned()
        .unwrap_or_else(|| panic!("{k} not required of him: {record}"));
    assert_eq!(req["standing"], "done", "{record}");
    assert!(
        record["training"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["session"] == t && r["passed"] == true),
        "{record}"
    );
    let text = ok_as(s, "emp.liu", &["employee", "training", "EMP-0015"]);
    has(&text, "腳手架檢查");
    has(&text, "SC-2026-1");
    // A colleague's record is not his to read.
    let (_, err) = expect(
        s,
        1,
        &["--as", "emp.liu", "employee", "training", "EMP-0016"],
    );
    assert!(!err.is_empty());

    // The reports, each against its schema.
    let gaps = json_as(s, "hr.li", &["report", "training", "--json"]);
    check("training_report.schema.json", &gaps);
    assert!(
        items(&gaps)
            .iter()
            .any(|g| g["employee"] == "EMP-0016" && g["course"] == k),
        "the failed attendee still lacks it: {gaps}"
    );
    has(&ok_as(s, "hr.li", &["report", "training"]), "missing");
    let dash = json_as(s, "gm.wang", &["report", "dashboard", "--json"]);
    check("dashboard.schema.json", &dash);
    let text = ok_as(s, "gm.wang", &["report", "dashboard"]);
    has(&text, "Seats by department");
    has(&text, "Required training");
    refused(
        s,
        1,
        "emp.liu",
        &["report", "dashboard"],
        "You may not see the dashboard",
    );
    let exported = json_as(s, "hr.li", &["export", "training", "--format", "json"]);
    check("export_training.schema.json", &exported);
    assert!(
        exported
            .as_array()
            .unwrap()
            .iter()
            .any(|l| l["session"] == t && l["employee"] == "EMP-0015"),
        "{exported}"
    );
    let csv = ok_as(s, "hr.li", &["export", "training"]);
    has(&csv, "session,course,course_title,on,trainer,employee");
    has(&csv, "SC-2026-1");

    // The course changes, then closes: no more sessions of it.
    has(
        &ok_as(
            s,
            "hr.li",
            &["course", "edit", k, "--hours", "3", "--no-renewal"],
        ),
        "saved",
    );
    let row = items(&json_as(s, "hr.li", &["course", "list", "--json"]))
        .into_iter()
        .find(|c| c["id"] == k)
        .unwrap();
    assert_eq!(row["tenths"], 30, "{row}");
    assert!(row["renew_months"].is_null(), "{row}");
    assert_eq!(row["required_for"][0]["id"], position.as_str(), "{row}");
    has(
        &ok_as(
            s,
            "hr.li",
            &["course", "close", k, "-m", "Merged into site safety"],
        ),
        "is closed",
    );
    assert!(
        !ok_as(s, "hr.li", &["course", "list"]).contains(k),
        "a closed course is listed only with --all"
    );
    has(&ok_as(s, "hr.li", &["course", "list", "--all"]), k);
    // Issue #13's bad input: a session in a closed course.
    refused(
        s,
        1,
        "hr.li",
        &[
            "session",
            "plan",
            k,
            "--on",
            &day(3),
            "--trainer",
            "王工",
            "--attendee",
            "HX-1015",
        ],
        "is closed",
    );
}

#[test]
fn bad_input_is_refused_clearly_and_nothing_is_written() {
    let (_dir, store, _) = daemon_support::demo_store();
    let s = store.as_path();
    let (from, to) = (day(-1), day(30));
    let open = |extra: &[&str]| {
        let mut v = vec![
            "cycle",
            "open",
            "Bad input check",
            "--from",
            &from,
            "--to",
            &to,
        ];
        v.extend(extra);
        v.into_iter().map(str::to_string).collect::<Vec<_>>()
    };
    // Weights that do not add up to 100 (30+25+20+15+10, quality 50: 120).
    let a = open(&["--weight", "quality=50"]);
    refused(s, 1, "hr.li", &strs(&a), "add up to 120, not 100");
    // A weight that is no weight, an unknown criterion, an unknown template.
    let a = open(&["--weight", "quality"]);
    refused(s, 2, "hr.li", &strs(&a), "is not a weight");
    let a = open(&["--weight", "quality=lots"]);
    refused(s, 2, "hr.li", &strs(&a), "whole percent from 1 to 100");
    let a = open(&["--weight", "charm=10"]);
    refused(s, 1, "hr.li", &strs(&a), "no criterion `charm`");
    let a = open(&["--template", "quarterly"]);
    refused(
        s,
        1,
        "hr.li",
        &strs(&a),
        "no evaluation template `quarterly`",
    );
    // A department head does not open cycles.
    let a = open(&[]);
    refused(s, 1, "head.civil", &strs(&a), "");

    let cycle = open_cycle(s, "Bad input check", &[]);
    let c = cycle.as_str();
    // A score outside 1–5, and one that is no number.
    let mut scores = annual([4, 4, 4, 4, 4]);
    scores[1] = "quality=7".into();
    refused(
        s,
        1,
        "head.civil",
        &with(&["evaluation", "score", c, "HX-1015"], &scores),
        "`7` is not a score for `quality`",
    );
    scores[1] = "quality=four".into();
    refused(
        s,
        1,
        "head.civil",
        &with(&["evaluation", "score", c, "HX-1015"], &scores),
        "`four` is not a score for `quality`",
    );
    scores[1] = "quality=4".into();
    // A criterion left out.
    refused(
        s,
        1,
        "head.civil",
        &with(&["evaluation", "score", c, "HX-1015"], &scores[..8]),
        "still without one: growth",
    );
    // Someone outside the evaluator's departments.
    let wu = employee_named(s, "David Wu");
    refused(
        s,
        1,
        "head.civil",
        &with(&["evaluation", "score", c, &wu], &scores),
        "is not one of your departments",
    );
    // Nobody scores themselves.
    refused(
        s,
        1,
        "emp.liu",
        &with(&["evaluation", "score", c, "HX-1015"], &scores),
        "",
    );

    // Acknowledging someone else's evaluation: the head of 劉洋's
    // department sees it, and is told whose it is to acknowledge.
    let ev = ok_as(
        s,
        "head.civil",
        &with(&["evaluation", "score", c, "HX-1015"], &scores),
    );
    let e = ev.split(':').next().unwrap().trim().to_string();
    ok_as(s, "head.civil", &["evaluation", "submit", &e]);
    ok_as(s, "hr.zhao", &["approve", &e]);
    refused(
        s,
        1,
        "head.civil",
        &["evaluation", "ack", &e],
        "only the evaluated employee acknowledges it",
    );
    // A colleague does not even learn it exists.
    refused(
        s,
        1,
        "emp.liu",
        &["evaluation", "ack", "EV-0004"],
        "EV-0004",
    );
    // An evaluation is signed without --assign (that is a requisition's).
    let (_, err) = expect(
        s,
        2,
        &["--as", "hr.zhao", "approve", &e, "--assign", "hr.li"],
    );
    has(&err, "--assign");

    // Training: hours that are no hours, a kind that is none, a result for
    // someone who did not attend, a score that is no score.
    refused(
        s,
        1,
        "hr.li",
        &[
            "course", "add", "Rigging", "--hours", "abc", "--kind", "safety",
        ],
        "`abc` is not a length in hours",
    );
    refused(
        s,
        1,
        "hr.li",
        &[
            "course", "add", "Rigging", "--hours", "0", "--kind", "safety",
        ],
        "is not a length in hours",
    );
    refused(
        s,
        2,
        "hr.li",
        &["course", "add", "Rigging", "--hours", "2", "--kind", "fun"],
        "is not a kind of course",
    );
    let course = created(
        &ok_as(
            s,
            "hr.li",
            &[
                "course", "add", "Rigging", "--hours", "2", "--kind", "safety",
            ],
        ),
        "CRS-",
    );
    let session = created(
        &ok_as(
            s,
            "hr.li",
            &[
                "session",
                "plan",
                &course,
                "--on",
                &day(0),
                "--trainer",
                "蔣欣",
                "--attendee",
                "HX-1015",
            ],
        ),
        "TS-",
    );
    refused(
        s,
        1,
        "hr.li",
        &["result", &session, "HX-1017", "--passed"],
        "did not attend",
    );
    refused(
        s,
        1,
        "hr.li",
        &[
            "result", &session, "HX-1015", "--passed", "--score", "ninety",
        ],
        "`ninety` is not a training score",
    );
    refused(
        s,
        1,
        "hr.li",
        &["result", &session, "HX-1015", "--passed", "--score", "120"],
        "`120` is not a training score",
    );
    refused(s, 2, "hr.li", &["result", &session, "HX-1015"], "--passed");
    refused(
        s,
        1,
        "hr.li",
        &[
            "result",
            &session,
            "HX-1015",
            "--failed",
            "--certificate",
            "C-9",
        ],
        "goes with a pass",
    );
    // In Chinese too, from the same catalogs.
    let (_, err) = expect(
        s,
        1,
        &[
            "--as",
            "hr.li",
            "--lang",
            "zh-Hant",
            "course",
            "add",
            "Rigging 2",
            "--hours",
            "abc",
            "--kind",
            "safety",
        ],
    );
    has(&err, "abc");
    assert!(!err.contains("is not a length"), "{err}");
}

#[test]
fn the_review_schemas_are_strict() {
    // A schema that accepted anything would prove nothing: shapes close to
    // the right one are refused.
    let refuses = |schema: &str, json: &str| {
        let v: Value = serde_json::from_str(json).unwrap();
        let result = std::panic::catch_unwind(|| check(schema, &v));
        assert!(result.is_err(), "{schema} accepted {json}");
    };
    let row = r#"{"id":"EV-0001","kind":"periodic","cycle":"CYC-01","period":"p","employee":"EMP-0001","name":"n","number":"HX-1","dept_name":"d","stage":"signed_off","result":385,"grade":"B","evaluator":"e","since":"2027-03-01T09:00:00Z"}"#;
    check(
        "evaluations.schema.json",
        &serde_json::from_str(&format!(r#"{{"items":[{row}]}}"#)).unwrap(),
    );
    for (from, to) in [
        (r#""signed_off""#, r#""SignedOff""#),
        ("385", "3.85"),
        (r#""EV-0001""#, r#""7""#),
        (r#""since""#, r#""when""#),
    ] {
        refuses(
            "evaluations.schema.json",
            &format!(r#"{{"items":[{}]}}"#, row.replacen(from, to, 1)),
        );
    }
    refuses(
        "courses.schema.json",
        r#"{"items":[{"id":"CRS-001","title":"t","hours":1.5,"kind":"safety","required_for":[],"renew_months":null,"closed":false,"sessions":0,"standing":null}]}"#,
    );
    refuses(
        "training_report.schema.json",
        r#"{"counts":{"done":1,"expiring":0,"expired":0,"missing":0},"items":[{"employee":"EMP-0001","name":"n","number":"x","dept_name":"d","position_title":"p","course":"CRS-001","course_title":"c","standing":"done","valid_until":null}]}"#,
    );
}
