//! `renshi employee …` on the demo: who sees whom, what each sees of
//! personal data, and that entering, editing, transferring and erasing do
//! what they say and nothing more.

mod daemon_support;
mod people_support;

use daemon_support::*;
use people_support::*;

fn has(text: &str, want: &str) {
    assert!(text.contains(want), "expected `{want}` in:\n{text}");
}

#[test]
fn the_directory_follows_who_asks_and_greps_and_prints_its_json_shape() {
    let (_dir, store, _) = demo_store();
    assert_eq!(employees(&store, Some("hr.li")).len(), 41);
    // A department head sees their own departments' people only.
    let civil = employees(&store, Some("head.civil"));
    assert!(!civil.is_empty() && civil.len() < 41);
    assert!(civil.iter().all(|e| e["dept"] == "DEP-06"), "{civil:?}");
    let (_, err) = expect(&store, 1, &["--as", "emp.liu", "employee", "list"]);
    has(&err, "You may not");
    let (out, _) = expect(
        &store,
        0,
        &["--as", "hr.li", "employees", "list", "--grep", "趙曉梅"],
    );
    has(&out, "EMP-0003");
    assert_eq!(out.lines().count(), 2, "{out}");
    let e = &employees(&store, Some("hr.li"))[2];
    for key in [
        "id",
        "number",
        "name",
        "dept",
        "dept_name",
        "position",
        "title",
        "status",
        "hired",
    ] {
        assert!(!e[key].is_null(), "{key} missing: {e}");
    }
    assert_eq!(e["id"], "EMP-0003");
    assert_eq!(e["status"], "regular");
}

#[test]
fn personal_data_is_shown_in_full_to_hr_and_masked_to_others() {
    let (_dir, store, _) = demo_store();
    let (hr, _) = expect(
        &store,
        0,
        &["--as", "hr.li", "employee", "show", "EMP-0003"],
    );
    has(&hr, "13800000003");
    assert!(!hr.contains("masked"), "{hr}");
    let (gm, _) = expect(
        &store,
        0,
        &["--as", "gm.wang", "employee", "show", "EMP-0003"],
    );
    has(&gm, "*******0003");
    has(&gm, "masked");
    assert!(!gm.contains("13800000003"), "{gm}");
    let (json, _) = expect(
        &store,
        0,
        &["--as", "gm.wang", "employee", "show", "EMP-0003", "--json"],
    );
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["personal_masked"], true);
    assert_eq!(v["personal"]["phone"], "*******0003");
    assert_eq!(v["contracts"][0]["kind"], "open_ended");
    assert_eq!(v["history"][0]["kind"], "joined");
}

#[test]
fn add_edit_transfer_and_erase_do_what_they_say() {
    let (_dir, store, _) = demo_store();
    let before = head(&store);
    let (out, _) = expect(
        &store,
        0,
        &[
            "--as",
            "hr.li",
            "employee",
            "add",
            "--name",
            "歐陽娜娜",
            "--position",
            "POS-012",
            "--start-date",
            "2026-05-04",
            "--number",
            "HX-2001",
            "--phone",
            "13911112222",
            "--email",
            "nana@example.com",
        ],
    );
    assert_eq!(out.trim(), "EMP-0042");
    // Only what is given changes: the phone stays, the e-mail changes.
    expect(
        &store,
        0,
        &[
            "--as",
            "hr.li",
            "employee",
            "edit",
            "EMP-0042",
            "--email",
            "nana@renshi.example",
        ],
    );
    let (json, _) = expect(
        &store,
        0,
        &["--as", "hr.li", "employee", "show", "EMP-0042", "--json"],
    );
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["personal"]["phone"], "13911112222");
    assert_eq!(v["personal"]["email"], "nana@renshi.example");
    assert_eq!(v["number"], "HX-2001");
    assert_eq!(v["name"], "歐陽娜娜");
    let (_, err) = expect(
        &store,
        2,
        &["--as", "hr.li", "employee", "edit", "EMP-0042"],
    );
    has(&err, "Nothing to change");

    // POS-003 (HR head) has no free seat: HR is refused, the general
    // manager needs a reason, and with one the move is recorded with it.
    let (_, err) = expect(
        &store,
        1,
        &[
            "--as", "hr.li", "employee", "transfer", "EMP-0042", "--to", "POS-003",
        ],
    );
    has(&err, "has no free seat");
    let (_, err) = expect(
        &store,
        1,
        &[
            "--as",
            "gm.wang",
            "employee",
            "transfer",
            "EMP-0042",
            "--to",
            "POS-003",
            "--over-headcount",
        ],
    );
    has(&err, "-m");
    let (out, _) = expect(
        &store,
        0,
        &[
            "--as",
            "gm.wang",
            "employee",
            "transfer",
            "EMP-0042",
            "--to",
            "POS-003",
            "--over-headcount",
            "-m",
            "Interim cover",
        ],
    );
    has(&out, "EMP-0042 moved to POS-003");
    let (shown, _) = expect(
        &store,
        0,
        &["--as", "hr.li", "employee", "show", "EMP-0042"],
    );
    has(&shown, "Interim cover");

    // Erasing needs the HR head and a legal ground; the record stays.
    let (_, err) = expect(
        &store,
        1,
        &[
            "--as",
            "hr.li",
            "employee",
            "erase",
            "EMP-0042",
            "-m",
            "PIPL art. 47",
        ],
    );
    has(&err, "You may not");
    expect(
        &store,
        1,
        &["--as", "hr.zhao", "employee", "erase", "EMP-0042"],
    );
    let (out, _) = expect(
        &store,
        0,
        &[
            "--as",
            "hr.zhao",
            "employee",
            "erase",
            "EMP-0042",
            "-m",
            "PIPL art. 47",
        ],
    );
    has(&out, "erased");
    let (json, _) = expect(
        &store,
        0,
        &["--as", "hr.li", "employee", "show", "EMP-0042", "--json"],
    );
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["personal"]["phone"], "");
    assert_eq!(v["erased"]["by"], "hr.zhao");
    // add, edit, transfer, erase: one event each (the edit one for the e-mail).
    assert_eq!(head(&store).0, before.0 + 4);
}

#[test]
fn refusals_come_in_the_chosen_language() {
    let (_dir, store, _) = demo_store();
    let (_, err) = expect(
        &store,
        1,
        &[
            "--lang", "zh-Hant", "--as", "hr.li", "employee", "transfer", "EMP-0003", "--to",
            "POS-001",
        ],
    );
    has(&err, "沒有空缺");
    let (_, err) = expect(
        &store,
        1,
        &[
            "--lang", "zh-Hans", "--as", "emp.liu", "employee", "show", "EMP-0003",
        ],
    );
    assert!(!err.is_ascii(), "{err}");
}

fn check(schema_file: &str, json: &str) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/json")
        .join(schema_file);
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let value: serde_json::Value = serde_json::from_str(json).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&value)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{schema_file}:\n{errors:#?}\n{json}");
}

#[test]
fn every_employee_shape_matches_its_documented_schema() {
    let (_dir, store, _) = demo_store();
    // Through every kind of history entry first.
    expect(
        &store,
        0,
        &[
            "--as", "hr.li", "employee", "edit", "EMP-0040", "--name", "劉洋", "--phone",
            "110 1100",
        ],
    );
    expect(
        &store,
        0,
        &[
            "--as",
            "gm.wang",
            "employee",
            "transfer",
            "EMP-0040",
            "--to",
            "POS-001",
            "--over-headcount",
            "-m",
            "Cover",
        ],
    );
    expect(
        &store,
        0,
        &[
            "--as", "hr.zhao", "employee", "erase", "EMP-0040", "-m", "Asked",
        ],
    );
    let (list, _) = expect(&store, 0, &["--as", "hr.li", "employee", "list", "--json"]);
    check("employees.schema.json", &list);
    for who in ["hr.li", "gm.wang"] {
        for id in ["EMP-0003", "EMP-0040"] {
            let (one, _) = expect(&store, 0, &["--as", who, "employee", "show", id, "--json"]);
            check("employee.schema.json", &one);
        }
        let (all, _) = expect(
            &store,
            0,
            &["--as", who, "export", "employees", "--format", "json"],
        );
        check("export_employees.schema.json", &all);
    }
}

#[test]
fn an_employee_is_named_by_staff_number_as_well_as_by_id() {
    let (_dir, store, _) = demo_store();
    // HX-1003 is EMP-0003's staff number in the demo.
    let (by_number, _) = expect(&store, 0, &["--as", "hr.li", "employee", "show", "HX-1003"]);
    let (by_id, _) = expect(
        &store,
        0,
        &["--as", "hr.li", "employee", "show", "EMP-0003"],
    );
    assert_eq!(by_number, by_id);
    has(&by_number, "HX-1003");
    // An unknown number is named in the refusal.
    let (_, err) = expect(&store, 1, &["--as", "hr.li", "employee", "show", "HX-9999"]);
    has(&err, "There is no employee numbered HX-9999.");
    // Someone who may not see the employee is refused by number too.
    let (_, err) = expect(
        &store,
        1,
        &["--as", "board.chen", "employee", "show", "HX-1003"],
    );
    has(&err, "You may not see");
    // Edits and erasures take the number as well.
    let (out, _) = expect(
        &store,
        0,
        &[
            "--as",
            "hr.li",
            "employee",
            "edit",
            "HX-1003",
            "--phone",
            "13900000000",
        ],
    );
    has(&out, "EMP-0003");
    let (shown, _) = expect(
        &store,
        0,
        &["--as", "hr.li", "employee", "show", "EMP-0003"],
    );
    has(&shown, "13900000000");
    // A bare number is a staff number, not an id: many companies number
    // their staff 10023. EMP-0005 renumbered `2` is found by `2`, not EMP-0002.
    expect(
        &store,
        0,
        &[
            "--as", "hr.li", "employee", "edit", "EMP-0005", "--number", "2",
        ],
    );
    let (two, _) = expect(&store, 0, &["--as", "hr.li", "employee", "show", "2"]);
    let (five, _) = expect(
        &store,
        0,
        &["--as", "hr.li", "employee", "show", "EMP-0005"],
    );
    assert_eq!(two, five);
    // A number written as another's id is refused.
    let (_, err) = expect(
        &store,
        1,
        &[
            "--as", "hr.li", "employee", "edit", "EMP-0005", "--number", "emp-0002",
        ],
    );
    has(&err, "is written as an employee id");
}
