//! `renshi offboard …` and `renshi equipment …` as people type them, on the
//! demo: a separation case from start to close with every responsible
//! person acting as themselves (`--as`), what the employee's record, the
//! position's seats and the audit log say afterwards, the JSON shapes
//! against their schemas, and bad input refused with a clear message and
//! nothing written.

mod daemon_support;
mod people_support;

use chrono::{NaiveDate, TimeDelta};
use daemon_support::*;
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

/// How many seats of `position` are filled, as the general manager sees them.
fn filled(store: &Path, position: &str) -> u64 {
    let all = json_as(store, "gm.wang", &["positions", "--json"]);
    items(&all)
        .into_iter()
        .find(|p| p["id"] == position)
        .and_then(|p| p["filled"].as_u64())
        .unwrap_or_else(|| panic!("no {position} in {all}"))
}

/// 劉洋 (EMP-0015, HX-1015, the demo login emp.liu) of Civil Works leaves
/// on a resignation HR recorded; returns the case's id.
fn start(store: &Path) -> String {
    let id = ok_as(
        store,
        "hr.li",
        &[
            "offboard",
            "start",
            "HX-1015",
            "--kind",
            "resignation",
            "--notice",
            &day(-30),
            "--last-day",
            &day(0),
            "--reason",
            "Moving to Chengdu",
        ],
    )
    .trim()
    .to_string();
    assert!(id.starts_with("SEP-"), "offboard start printed {id:?}");
    id
}

#[test]
fn a_case_runs_from_start_to_close_each_person_doing_their_own_step() {
    let (_dir, store, _) = demo_store();
    let s = store.as_path();
    let position = json_as(s, "hr.li", &["employee", "show", "EMP-0015", "--json"])["position"]
        .as_str()
        .unwrap()
        .to_string();
    let seats = filled(s, &position);

    // The administration department issued a laptop and a phone.
    let issued = ok_as(
        s,
        "admin.sun",
        &[
            "equipment",
            "issue",
            "EMP-0015",
            "--tag",
            "LT-9001",
            "--item",
            "ThinkPad X1",
            "--on",
            "2025-01-06",
        ],
    );
    has(&issued, "LT-9001 issued to EMP-0015");
    ok_as(
        s,
        "admin.sun",
        &[
            "equipment",
            "issue",
            "EMP-0015",
            "--tag",
            "PH-9002",
            "--item",
            "Site phone",
        ],
    );
    let held = json_as(s, "admin.sun", &["equipment", "list", "EMP-0015", "--json"]);
    check("equipment.schema.json", &held);
    assert_eq!(items(&held).len(), 2, "{held}");
    assert!(items(&held).iter().all(|i| i["fate"].is_null()), "{held}");

    let id = start(s);
    let id = id.as_str();
    let listed = ok_as(s, "hr.li", &["offboard", "list"]);
    has(&listed, id);
    has(&listed, "0/6");
    has(&listed, "劉洋");

    // HR talks with them; they acknowledge it.
    has(
        &ok_as(
            s,
            "hr.li",
            &[
                "offboard",
                "tick",
                id,
                "hr_talk",
                "-m",
                "Contract ends cleanly",
            ],
        ),
        "HR talk and contract review, done (1/6",
    );
    has(
        &ok_as(s, "emp.liu", &["offboard", "ack", id, "hr_talk"]),
        "you acknowledged HR talk",
    );
    // The department head talks, and hands the work to 陳靜 (by staff number).
    ok_as(
        s,
        "head.civil",
        &["offboard", "tick", id, "2", "-m", "Thanked for six years"],
    );
    has(
        &ok_as(
            s,
            "head.civil",
            &[
                "offboard",
                "tick",
                id,
                "handover",
                "--to",
                "HX-1016",
                "-m",
                "Drawings to 陳靜",
            ],
        ),
        "Work handover, done (3/6",
    );
    ok_as(s, "emp.liu", &["offboard", "ack", id, "3"]);

    // The administration department sees what to take back, and takes it.
    let shown = ok_as(s, "admin.sun", &["offboard", "show", id]);
    has(&shown, &format!("renshi offboard return {id} LT-9001"));
    has(&shown, &format!("renshi offboard return {id} PH-9002"));
    assert!(!shown.contains("Moving to Chengdu"), "{shown}");
    has(
        &ok_as(s, "admin.sun", &["offboard", "return", id, "LT-9001"]),
        "LT-9001 returned",
    );
    let back = ok_as(
        s,
        "admin.sun",
        &[
            "offboard",
            "return",
            id,
            "PH-9002",
            "--charged",
            "1,200.50",
            "-m",
            "Lost on site",
        ],
    );
    has(&back, "PH-9002 charged 1,200.50 CNY");
    has(&back, "the equipment step");

    // Finance settles: amounts as people type them, the total printed.
    has(
        &ok_as(s, "fin.zhou", &["offboard", "show", id]),
        &format!("renshi offboard settle {id} --last-pay AMOUNT"),
    );
    let settled = ok_as(
        s,
        "fin.zhou",
        &[
            "offboard",
            "settle",
            id,
            "--last-pay",
            "12,345.60",
            "--leave",
            "2000",
            "--deductions",
            "1200.50",
        ],
    );
    has(&settled, "total 13,145.10 CNY");

    // HR signs the agreement; the HR head is told to close, and closes.
    ok_as(s, "hr.li", &["offboard", "tick", id, "agreement"]);
    ok_as(s, "emp.liu", &["offboard", "ack", id, "agreement"]);
    let ready = ok_as(s, "hr.zhao", &["offboard", "show", id]);
    has(&ready, "Checklist (6/6 done)");
    has(&ready, "Total: 13,145.10 CNY");
    has(&ready, &format!("renshi offboard close {id}"));
    has(
        &ok_as(s, "hr.zhao", &["offboard", "close", id]),
        "劉洋 (EMP-0015) is separated",
    );

    // The record, the seat (freed exactly once) and the lists.
    let record = json_as(s, "hr.li", &["employee", "show", "EMP-0015", "--json"]);
    check("employee.schema.json", &record);
    assert_eq!(record["status"], "separated", "{record}");
    let kinds: Vec<&str> = record["history"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|h| h["kind"].as_str())
        .collect();
    assert!(kinds.contains(&"separation_started") && kinds.contains(&"separated"));
    has(
        &ok_as(s, "hr.li", &["employee", "show", "EMP-0015"]),
        "Status: separated\n",
    );
    assert_eq!(filled(s, &position), seats - 1);
    refused(
        s,
        1,
        "hr.zhao",
        &["offboard", "close", id],
        "no longer changes",
    );
    refused(
        s,
        1,
        "hr.li",
        &["offboard", "tick", id, "hr_talk"],
        "no longer changes",
    );
    assert_eq!(filled(s, &position), seats - 1);
    let open = json_as(s, "hr.zhao", &["offboard", "list", "--json"]);
    check("separations.schema.json", &open);
    assert!(items(&open).iter().all(|r| r["id"] != id), "{open}");
    let every = json_as(s, "hr.zhao", &["offboard", "list", "--all", "--json"]);
    check("separations.schema.json", &every);
    let row = items(&every).into_iter().find(|r| r["id"] == id).unwrap();
    assert_eq!(
        (row["state"].as_str(), row["done"].as_u64()),
        (Some("closed"), Some(6))
    );

    // The case as JSON: minor units beside the currency; finance's figures
    // hidden from the administration department.
    let v = json_as(s, "hr.zhao", &["offboard", "show", id, "--json"]);
    check("separation.schema.json", &v);
    assert_eq!(v["settlement"]["total"], 1_314_510, "{v}");
    assert_eq!(v["settlement"]["currency"], "CNY");
    assert_eq!(v["ended_by"], "hr.zhao");
    let phone = items(&v)
        .into_iter()
        .find(|i| i["tag"] == "PH-9002")
        .unwrap();
    assert_eq!(phone["charged"]["minor"], 120_050, "{phone}");
    assert_eq!(v["steps"][2]["handover_to"]["id"], "EMP-0016", "{v}");
    assert!(v["steps"][0]["acknowledged"].is_string(), "{v}");
    let admin = json_as(s, "admin.sun", &["offboard", "show", id, "--json"]);
    check("separation.schema.json", &admin);
    assert!(admin["settlement"].is_null() && admin["settlement_hidden"] == true);
    assert!(admin["reason"].is_null(), "{admin}");
    check(
        "equipment.schema.json",
        &json_as(s, "admin.sun", &["equipment", "list", "EMP-0015", "--json"]),
    );

    // The certificate, for HR and the person, in the language asked for.
    let cert = ok_as(s, "hr.li", &["offboard", "certificate", id]);
    has(&cert, "CERTIFICATE OF SEPARATION");
    has(&cert, "劉洋 (staff number HX-1015");
    has(&cert, &format!("Separation case {id}."));
    has(
        &ok_as(
            s,
            "hr.li",
            &["offboard", "certificate", id, "--lang", "zh-Hant"],
        ),
        "離職證明",
    );
    // Whoever left leaves renshi too: HR hands them the certificate.
    refused(
        s,
        1,
        "emp.liu",
        &["offboard", "certificate", id],
        "disabled",
    );
    refused(
        s,
        1,
        "head.civil",
        &["offboard", "certificate", id],
        "You may not",
    );

    // The audit log names each person with their step.
    let log = json_as(
        s,
        "admin",
        &["audit", "log", "--grep", id, "--limit", "100", "--json"],
    );
    check("audit.schema.json", &log);
    let by_kind = |kind: &str| -> Vec<String> {
        items(&log)
            .iter()
            .filter(|e| e["event"]["kind"] == kind)
            .map(|e| e["actor"].as_str().unwrap_or("").to_string())
            .collect()
    };
    assert_eq!(by_kind("separation_started"), ["hr.li"]);
    assert_eq!(
        by_kind("separation_step_done"),
        ["hr.li", "head.civil", "head.civil", "hr.li"]
    );
    assert_eq!(by_kind("separation_step_acknowledged").len(), 3);
    assert_eq!(by_kind("equipment_settled"), ["admin.sun", "admin.sun"]);
    assert_eq!(by_kind("settlement_recorded"), ["fin.zhou"]);
    assert_eq!(by_kind("separation_closed"), ["hr.zhao"]);
    for who in ["hr.li", "hr.zhao", "admin.sun", "fin.zhou", "head.civil"] {
        check("inbox.schema.json", &json_as(s, who, &["inbox", "--json"]));
    }
}

#[test]
fn bad_input_is_refused_with_a_clear_message_and_nothing_written() {
    let (_dir, store, _) = demo_store();
    let s = store.as_path();
    // Usage: an unknown kind, two fates at once.
    refused(
        s,
        2,
        "hr.li",
        &[
            "offboard",
            "start",
            "EMP-0015",
            "--kind",
            "sacked",
            "--last-day",
            "2030-01-01",
            "--reason",
            "x",
        ],
        "not a kind of separation",
    );
    refused(
        s,
        1,
        "hr.li",
        &[
            "offboard",
            "start",
            "EMP-0015",
            "--kind",
            "resignation",
            "--last-day",
            &day(-1),
            "--reason",
            "x",
        ],
        "is before the notice date",
    );
    let id = start(s);
    let id = id.as_str();
    refused(
        s,
        1,
        "emp.liu",
        &[
            "offboard",
            "start",
            "EMP-0015",
            "--kind",
            "resignation",
            "--last-day",
            &day(10),
            "--reason",
            "Again",
        ],
        &format!("has an open separation case already: {id}"),
    );
    refused(
        s,
        1,
        "head.civil",
        &[
            "offboard",
            "start",
            "HX-1017",
            "--kind",
            "dismissal",
            "--last-day",
            &day(10),
            "--reason",
            "x",
        ],
        "You may open: advised",
    );
    refused(
        s,
        1,
        "hr.li",
        &["offboard", "tick", id, "agreement"],
        "waits for hr_talk first",
    );
    refused(
        s,
        1,
        "hr.li",
        &["offboard", "tick", id, "dept_talk"],
        "is for Department head to tick",
    );
    refused(
        s,
        1,
        "emp.liu",
        &["offboard", "tick", id, "hr_talk"],
        "your own separation case",
    );
    refused(
        s,
        1,
        "hr.li",
        &["offboard", "tick", id, "9"],
        "Its steps are: hr_talk, dept_talk",
    );
    refused(
        s,
        1,
        "head.civil",
        &["offboard", "tick", id, "handover"],
        "add `--to EMP-…`",
    );
    refused(
        s,
        1,
        "hr.li",
        &["offboard", "skip", id, "hr_talk"],
        "Give it with -m",
    );
    refused(
        s,
        1,
        "hr.zhao",
        &["offboard", "close", id],
        "cannot close while steps are open: hr_talk",
    );
    refused(
        s,
        1,
        "hr.li",
        &["offboard", "certificate", id],
        "is not closed",
    );
    // Amounts: a sign, letters, more decimals than the currency has, a
    // currency that is no code; told before anything is sent.
    ok_as(
        s,
        "admin.sun",
        &[
            "equipment",
            "issue",
            "EMP-0015",
            "--tag",
            "PH-9002",
            "--item",
            "Phone",
        ],
    );
    for bad in ["-5", "abc", "1.234"] {
        let want = format!("`{bad}` is no amount in CNY");
        refused(
            s,
            1,
            "fin.zhou",
            &["offboard", "settle", id, "--last-pay", bad],
            &want,
        );
        refused(
            s,
            1,
            "fin.zhou",
            &[
                "offboard",
                "settle",
                id,
                "--last-pay",
                "100",
                "--deductions",
                bad,
            ],
            &want,
        );
        refused(
            s,
            1,
            "admin.sun",
            &[
                "offboard",
                "return",
                id,
                "PH-9002",
                "--charged",
                bad,
                "-m",
                "Lost",
            ],
            &want,
        );
    }
    refused(
        s,
        1,
        "fin.zhou",
        &[
            "offboard",
            "settle",
            id,
            "--last-pay",
            "100",
            "--currency",
            "yuan",
        ],
        "is not a currency code",
    );
    refused(
        s,
        2,
        "admin.sun",
        &[
            "offboard",
            "return",
            id,
            "PH-9002",
            "--written-off",
            "--charged",
            "5",
        ],
        "cannot be used with",
    );
    refused(
        s,
        1,
        "admin.sun",
        &["offboard", "return", id, "PH-9002", "--written-off"],
        "Give it with -m",
    );
    refused(
        s,
        1,
        "admin.sun",
        &["offboard", "return", id, "XX-1"],
        "`renshi equipment list EMP-0015`",
    );
    // Settlement waits for the handover and the equipment.
    refused(
        s,
        1,
        "fin.zhou",
        &["offboard", "settle", id, "--last-pay", "100"],
        "waits for handover, equipment first",
    );
    // Once the agreement is signed, the case is not withdrawn.
    ok_as(s, "hr.li", &["offboard", "tick", id, "hr_talk"]);
    ok_as(s, "hr.li", &["offboard", "tick", id, "agreement"]);
    refused(
        s,
        1,
        "hr.li",
        &["offboard", "withdraw", id, "-m", "Changed their mind"],
        "can no longer be withdrawn",
    );
}

#[test]
fn a_department_head_advises_a_resignation_and_withdraws_it() {
    let (_dir, store, _) = demo_store();
    let s = store.as_path();
    let id = ok_as(
        s,
        "head.civil",
        &[
            "offboard",
            "start",
            "HX-1017",
            "--kind",
            "advised",
            "--last-day",
            &day(30),
            "--reason",
            "Missed three site inspections",
        ],
    )
    .trim()
    .to_string();
    let id = id.as_str();
    // Nobody outside HR, the department and the person sees it.
    refused(s, 1, "emp.liu", &["offboard", "show", id], id);
    refused(
        s,
        1,
        "head.civil",
        &["offboard", "withdraw", id],
        "Give it with -m",
    );
    has(
        &ok_as(
            s,
            "head.civil",
            &[
                "offboard",
                "withdraw",
                id,
                "-m",
                "Improved; stays on the metro job",
            ],
        ),
        "stays",
    );
    let shown = ok_as(s, "hr.li", &["offboard", "show", id]);
    has(&shown, "[Withdrawn]");
    has(&shown, "Withdrawn by: head.civil");
    has(&shown, "Improved; stays on the metro job");
    assert!(!shown.contains("You can do next"), "{shown}");
    let record = json_as(s, "hr.li", &["employee", "show", "HX-1017", "--json"]);
    check("employee.schema.json", &record);
    assert_eq!(record["status"], "regular");
    assert_eq!(
        record["history"].as_array().unwrap().last().unwrap()["kind"],
        "separation_withdrawn"
    );
    // In Chinese: the step titles from the checklist, the kinds from the catalog.
    let zh = ok_as(
        s,
        "hr.li",
        &["--lang", "zh-Hans", "offboard", "list", "--all"],
    );
    has(&zh, "部门劝辞");
    has(&zh, "已撤回");
    let zh = ok_as(s, "hr.li", &["--lang", "zh-Hant", "offboard", "show", id]);
    has(&zh, "人資部談話並審議勞動合同終了事宜");
}

#[test]
fn the_offboarding_schemas_are_strict() {
    // Shapes a script must never be handed: an amount as text or a float, a
    // field the documentation does not name, an id that is not a case's.
    let refuses = |schema: &str, json: &str| {
        let v: Value = serde_json::from_str(json).unwrap();
        let result = std::panic::catch_unwind(|| check(schema, &v));
        assert!(result.is_err(), "{schema} accepted {json}");
    };
    let item = r#"{"tag":"LT-1","what":"x","issued":"2026-01-01","issued_by":"a","fate":"charged","charged":{"minor":"12.50","currency":"CNY"},"settled_by":"a","settled_on":"2026-01-02","note":""}"#;
    refuses(
        "equipment.schema.json",
        &format!(r#"{{"employee":"EMP-0001","name":"x","items":[{item}]}}"#),
    );
    let item = item.replace(r#""12.50""#, "12.5");
    refuses(
        "equipment.schema.json",
        &format!(r#"{{"employee":"EMP-0001","name":"x","items":[{item}]}}"#),
    );
    let row = r#"{"id":"REQ-0001","employee":"EMP-0001","name":"x","number":"1","position_title":"t","dept_name":"d","kind":"resignation","state":"open","notice":"2026-01-01","last_day":"2026-02-01","started_by":"a","started":"2026-01-01T00:00:00Z","steps":6,"done":0,"next_step":"hr_talk","next_step_title":"t","next_due":"2026-01-20","overdue":0}"#;
    refuses(
        "separations.schema.json",
        &format!(r#"{{"items":[{row}]}}"#),
    );
    let row = row.replace("REQ-0001", "SEP-0001");
    check(
        "separations.schema.json",
        &serde_json::from_str(&format!(r#"{{"items":[{row}]}}"#)).unwrap(),
    );
    let extra = row.replace(r#""overdue":0"#, r#""overdue":0,"reason":"x""#);
    refuses(
        "separations.schema.json",
        &format!(r#"{{"items":[{extra}]}}"#),
    );
}
