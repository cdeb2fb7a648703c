//! `renshi import employees` and `renshi export` as a user runs them: a
//! roster goes in whole or not at all, every bad row is named by line and
//! column, nothing is written when anything is wrong (the audit log's head
//! stays where it was), exports import again, and the daemon takes rosters
//! far larger than one request frame.

mod daemon_support;
mod people_support;

use daemon_support::*;
use people_support::*;
use std::path::{Path, PathBuf};

const HEADER: &str = "number,name,department,position,status,start_date,contract,contract_end,id_number,phone,email,address,bank_account";
/// What an export writes: every column, the two personal ones of format 5 last.
const EXPORT_HEADER: &str = "number,name,department,position,status,start_date,contract,contract_end,id_number,phone,email,address,bank_account,date_of_birth,emergency_contact";

fn file(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

/// Imports `path` as HR on the demo and expects a refusal (exit 1) that
/// wrote nothing; returns what was said.
fn refused(store: &Path, path: &Path) -> String {
    let before = head(store);
    let people = employees(store, Some("hr.li")).len();
    let (_, err) = expect(
        store,
        1,
        &[
            "--as",
            "hr.li",
            "import",
            "employees",
            path.to_str().unwrap(),
        ],
    );
    assert_eq!(
        head(store),
        before,
        "a refused import wrote to the log: {err}"
    );
    assert_eq!(employees(store, Some("hr.li")).len(), people);
    err
}

fn has(err: &str, want: &str) {
    assert!(err.contains(want), "expected `{want}` in:\n{err}");
}

#[test]
fn a_missing_required_column_is_named_with_the_valid_ones() {
    let (dir, store, _) = demo_store();
    let f = file(dir.path(), "r.csv", b"name,position\nX,POS-012\n");
    let err = refused(&store, &f);
    has(&err, "missing: start_date");
    has(&err, "The columns are: number, name, department, position");
}

#[test]
fn an_unknown_column_is_named() {
    let (dir, store, _) = demo_store();
    let f = file(
        dir.path(),
        "r.csv",
        b"name,position,start_date,salary\nX,POS-012,2024-01-01,9000\n",
    );
    let err = refused(&store, &f);
    has(&err, "unknown: salary");
    has(&err, "bank_account");
}

#[test]
fn a_bad_date_is_named_by_line_and_column() {
    let (dir, store, _) = demo_store();
    let f = file(
        dir.path(),
        "r.csv",
        b"name,position,start_date\nA,POS-012,2024-01-01\nB,POS-012,2024-02-30\n",
    );
    let err = refused(&store, &f);
    has(&err, "One problem");
    has(&err, "line 3, `start_date`: `2024-02-30` is not a day");
}

#[test]
fn an_unknown_department_is_named() {
    let (dir, store, _) = demo_store();
    let f = file(
        dir.path(),
        "r.csv",
        "name,department,position,start_date\nA,無此部門,POS-012,2024-01-01\n".as_bytes(),
    );
    let err = refused(&store, &f);
    has(
        &err,
        "line 2, `department`: There is no department 無此部門",
    );
}

#[test]
fn an_unknown_position_is_named() {
    let (dir, store, _) = demo_store();
    let f = file(
        dir.path(),
        "r.csv",
        b"name,position,start_date\nA,POS-099,2024-01-01\n",
    );
    let err = refused(&store, &f);
    has(&err, "line 2, `position`: There is no position POS-099");
}

#[test]
fn a_number_twice_in_the_file_names_both_lines() {
    let (dir, store, _) = demo_store();
    let f = file(
        dir.path(),
        "r.csv",
        b"number,name,position,start_date\nA-1,A,POS-012,2024-01-01\nA-1,B,POS-012,2024-01-01\n",
    );
    let err = refused(&store, &f);
    has(
        &err,
        "line 3, `number`: The staff number A-1 is also on line 2 of this file",
    );
}

#[test]
fn a_number_the_store_has_names_its_holder() {
    let (dir, store, _) = demo_store();
    let f = file(
        dir.path(),
        "r.csv",
        b"number,name,position,start_date\nHX-1001,A,POS-012,2024-01-01\n",
    );
    let err = refused(&store, &f);
    has(
        &err,
        "line 2, `number`: The staff number HX-1001 is already EMP-0001's",
    );
}

#[test]
fn more_people_than_free_seats_is_refused_at_the_first_row_past_them() {
    let (dir, store, _) = demo_store();
    // POS-013 (施工員) has 5 approved and 4 filled: one free seat.
    let f = file(
        dir.path(),
        "r.csv",
        b"name,position,start_date\nA,POS-013,2024-01-01\nB,POS-013,2024-01-01\n",
    );
    let err = refused(&store, &f);
    has(&err, "line 3, `position`: POS-013");
    has(
        &err,
        "2 rows want a seat, but it has 1 free (6 approved, 5 filled",
    );
}

#[test]
fn invalid_utf8_is_named_by_line_and_column() {
    let (dir, store, _) = demo_store();
    let f = file(
        dir.path(),
        "r.csv",
        b"name,position,start_date\nA,POS-012,2024-01-01\n\xb3\xc2\xd0\xa1,POS-012,2024-01-01\n",
    );
    let err = refused(&store, &f);
    has(&err, "line 3, `name`: the value is not UTF-8 text");
}

#[test]
fn a_ten_megabyte_value_is_refused_by_line_and_column_without_reading_it_all() {
    let (dir, store, _) = demo_store();
    let mut bytes = b"name,position,start_date\n\"".to_vec();
    bytes.extend(std::iter::repeat_n(b'x', 10 << 20));
    bytes.extend(b"\",POS-012,2024-01-01\n");
    let f = file(dir.path(), "r.csv", &bytes);
    let err = refused(&store, &f);
    has(&err, "line 2, `name`: this row runs past 64 KiB");
}

#[test]
fn every_problem_of_a_file_is_told_at_once() {
    let (dir, store, _) = demo_store();
    let f = file(
        dir.path(),
        "r.csv",
        b"name,position,start_date\nA,POS-012,2024-13-01\nB,POS-099,2024-01-01\nC\xff,POS-012,2024-01-01\nD,POS-012,2024-01-01\n",
    );
    let err = refused(&store, &f);
    has(&err, "3 problems to fix");
    has(&err, "line 2, `start_date`");
    has(&err, "line 3, `position`");
    has(&err, "line 4, `name`");
}

#[test]
fn dry_run_checks_against_the_store_and_writes_nothing() {
    let (dir, store, _) = demo_store();
    let f = file(
        dir.path(),
        "r.csv",
        "name,position,start_date\n新人甲,POS-012,2024-01-01\n新人乙,POS-015,2024-01-01\n"
            .as_bytes(),
    );
    let path = f.to_str().unwrap();
    let before = head(&store);
    let (out, _) = expect(
        &store,
        0,
        &["--as", "hr.li", "import", "employees", path, "--dry-run"],
    );
    has(&out, "All 2 rows can be imported (as EMP-0042 … EMP-0043)");
    has(&out, "Nothing was written");
    assert_eq!(head(&store), before);
    // A dry run sees the store: a third row for POS-015 would find no seat.
    let over = file(
        dir.path(),
        "over.csv",
        b"name,position,start_date\nA,POS-015,2024-01-01\nB,POS-015,2024-01-01\n",
    );
    let (_, err) = expect(
        &store,
        1,
        &[
            "--as",
            "hr.li",
            "import",
            "employees",
            over.to_str().unwrap(),
            "--dry-run",
        ],
    );
    has(&err, "line 3, `position`: POS-015");
    assert_eq!(head(&store), before);
    let (out, _) = expect(&store, 0, &["--as", "hr.li", "import", "employees", path]);
    has(&out, "Imported 2 employees: EMP-0042 … EMP-0043.");
    // Rows share their events: two rows are one event.
    assert_eq!(head(&store).0, before.0 + 1);
}

#[test]
fn only_hr_may_import() {
    let (dir, store, _) = demo_store();
    let f = file(
        dir.path(),
        "r.csv",
        b"name,position,start_date\nA,POS-012,2024-01-01\n",
    );
    let before = head(&store);
    for who in ["emp.liu", "head.civil", "gm.wang"] {
        let (_, err) = expect(
            &store,
            1,
            &["--as", who, "import", "employees", f.to_str().unwrap()],
        );
        has(&err, "You may not import a roster");
        let (_, err) = expect(
            &store,
            1,
            &[
                "--as",
                who,
                "import",
                "employees",
                f.to_str().unwrap(),
                "--dry-run",
            ],
        );
        has(&err, "You may not import a roster");
    }
    assert_eq!(head(&store), before);
}

#[test]
fn an_export_that_cannot_be_written_says_so_and_leaves_nothing() {
    let (dir, store, _) = demo_store();
    let (_, err) = expect(
        &store,
        2,
        &[
            "--as",
            "hr.li",
            "export",
            "employees",
            "-o",
            "/nonexistent-renshi-dir/roster.csv",
        ],
    );
    has(&err, "Cannot write /nonexistent-renshi-dir/roster.csv");
    has(&err, "No such file or directory");
    // A directory in the way is not replaced.
    let (_, err) = expect(
        &store,
        2,
        &[
            "--as",
            "hr.li",
            "export",
            "employees",
            "-o",
            dir.path().to_str().unwrap(),
        ],
    );
    has(&err, "Cannot write");
    // An export refused half-way keeps the old file as it was, and leaves no
    // temporary file behind.
    let out = dir.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let old = file(&out, "roster.csv", b"the previous export");
    expect(
        &store,
        1,
        &[
            "--as",
            "emp.liu",
            "export",
            "employees",
            "-o",
            old.to_str().unwrap(),
        ],
    );
    assert_eq!(std::fs::read(&old).unwrap(), b"the previous export");
    let names: Vec<_> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, vec![std::ffi::OsString::from("roster.csv")]);
}

/// A roster with what spreadsheets and people put in one: Chinese, commas
/// and quotes in values, numbers that look like formulas, every column.
fn tricky_roster(rows: u32) -> String {
    roster_with_bad_date(rows, 0)
}

/// The same, with an impossible start date on row `bad` (line `bad + 1`).
fn roster_with_bad_date(rows: u32, bad: u32) -> String {
    let mut s = format!("\u{feff}{HEADER}\r\n");
    for i in 1..=rows {
        let position = (i - 1) % 20 + 1;
        let dept = (position - 1) % 4 + 1;
        s.push_str(&format!(
            "A-{i:04},\"王, \"\"小明\"\" {i}\",DEP-{dept:02},POS-{position:03},{},2024-01-{:02},{},{},1101011990{i:08},+86 138{i:08},p{i}@example.com,\"=HYPERLINK(\"\"x\"\") 路 {i} 號\",-6222 0000 {i:04}\r\n",
            if i % 3 == 0 { "probation" } else { "regular" },
            if i == bad { 99 } else { i % 28 + 1 },
            if i % 2 == 0 { "fixed_term" } else { "open_ended" },
            if i % 2 == 0 { "2029-12-31" } else { "" },
        ));
    }
    s
}

#[test]
fn an_export_imports_again_into_another_store_unchanged() {
    let dir = shared_dir("rs-p");
    let (a, b) = (dir.path().join("a"), dir.path().join("b"));
    company(&a, 10);
    company(&b, 10);
    let roster = file(dir.path(), "in.csv", tricky_roster(60).as_bytes());
    let (out, _) = expect(&a, 0, &["import", "employees", roster.to_str().unwrap()]);
    has(&out, "Imported 60 employees: EMP-0001 … EMP-0060.");
    let (ea, eb) = (dir.path().join("a.csv"), dir.path().join("b.csv"));
    expect(&a, 0, &["export", "employees", "-o", ea.to_str().unwrap()]);
    expect(&b, 0, &["import", "employees", ea.to_str().unwrap()]);
    expect(&b, 0, &["export", "employees", "-o", eb.to_str().unwrap()]);
    let (bytes_a, bytes_b) = (std::fs::read(&ea).unwrap(), std::fs::read(&eb).unwrap());
    assert_eq!(
        bytes_a, bytes_b,
        "the second store exports what the first did"
    );
    assert_eq!(employees(&a, None), employees(&b, None));
    // What a spreadsheet needs: a BOM, CRLF, quotes where needed, and no
    // cell that starts a formula.
    let text = String::from_utf8(bytes_a).unwrap();
    assert!(
        text.starts_with(&format!("\u{feff}{EXPORT_HEADER}\r\n")),
        "{text}"
    );
    assert!(text.contains("\"王, \"\"小明\"\" 1\""), "{text}");
    assert!(text.contains(",'+86 13800000001,"), "{text}");
    assert!(
        text.contains(",\"'=HYPERLINK(\"\"x\"\") 路 1 號\",'-6222 0000 0001,,\r\n"),
        "{text}"
    );
    assert!(!text.contains(",=") && !text.contains(",+"), "{text}");
    // The same people as JSON, personal data and contracts included.
    let (json, _) = expect(&a, 0, &["export", "employees", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let items = v.as_array().unwrap();
    assert_eq!(items.len(), 60);
    assert_eq!(items[0]["personal"]["phone"], "+86 13800000001");
    assert_eq!(items[0]["personal_masked"], false);
    assert_eq!(items[1]["contract"]["kind"], "fixed_term");
    assert_eq!(items[1]["contract"]["end"], "2029-12-31");
}

#[test]
fn masked_personal_data_is_never_exported() {
    let (_dir, store, _) = demo_store();
    let (csv, err) = expect(&store, 0, &["--as", "gm.wang", "export", "employees"]);
    has(&err, "left empty");
    // The general manager reads his own record in full, nobody else's.
    let lines: Vec<&str> = csv.lines().collect();
    assert!(lines[1].contains("13800000001"), "{}", lines[1]);
    assert!(lines[2].ends_with(",open_ended,,,,,,,,"), "{}", lines[2]);
    assert!(!csv.contains('*'), "{csv}");
    let (json, _) = expect(
        &store,
        0,
        &["--as", "gm.wang", "export", "employees", "--format", "json"],
    );
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v[1]["personal"], serde_json::Value::Null);
    assert_eq!(v[1]["personal_masked"], true);
    // HR exports in full, and is not told about masking.
    let (csv, err) = expect(&store, 0, &["--as", "hr.li", "export", "employees"]);
    assert!(!err.contains("left empty"), "{err}");
    assert!(csv.lines().nth(2).unwrap().contains("13800000002"));
}

#[test]
fn every_list_exports_as_csv_and_json() {
    let (_dir, store, _) = demo_store();
    for list in ["positions", "departments", "plans"] {
        let (csv, _) = expect(&store, 0, &["--as", "gm.wang", "export", list]);
        assert!(csv.starts_with("\u{feff}id,"), "{list}: {csv}");
        assert!(csv.contains("\r\n"), "{list}");
        let (json, _) = expect(
            &store,
            0,
            &["--as", "gm.wang", "export", list, "--format", "json"],
        );
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert!(!v.as_array().unwrap().is_empty(), "{list}: {json}");
        assert!(v[0]["id"].is_string(), "{list}: {json}");
    }
}

#[test]
fn a_roster_many_frames_long_goes_through_the_daemon_in_one_commit() {
    let dir = shared_dir("rs-p");
    let store = dir.path().join("store");
    company(&store, 700);
    let socket = dir.path().join("store.sock");
    let _daemon = Daemon::start(Path::new(BIN), &store, &socket, None);
    // About 3 MiB of rows: several chunks of at most 1 MiB each.
    let big = file(dir.path(), "big.csv", tricky_roster(12_000).as_bytes());
    let via = |args: &[&str]| {
        let mut all = vec!["--socket", socket.to_str().unwrap()];
        all.extend(args);
        all.into_iter().map(String::from).collect::<Vec<_>>()
    };
    let run_via = |code: i32, args: &[&str]| {
        let a = via(args);
        let a: Vec<&str> = a.iter().map(String::as_str).collect();
        expect(&store, code, &a)
    };
    let before = head(&store);
    // One bad row deep in the file is found, by its line.
    let bad = file(
        dir.path(),
        "bad.csv",
        roster_with_bad_date(12_000, 9_000).as_bytes(),
    );
    let (_, err) = run_via(1, &["import", "employees", bad.to_str().unwrap()]);
    has(&err, "One problem");
    has(&err, "line 9001, `start_date`: `2024-01-99`");
    assert_eq!(head(&store), before);
    let (out, _) = run_via(
        0,
        &["import", "employees", big.to_str().unwrap(), "--dry-run"],
    );
    has(&out, "All 12000 rows can be imported");
    assert_eq!(head(&store), before);
    let (out, _) = run_via(0, &["import", "employees", big.to_str().unwrap()]);
    has(&out, "Imported 12000 employees: EMP-0001 … EMP-12000.");
    // Rows share events, some hundreds of them, never one a row.
    let events = head(&store).0 - before.0;
    assert!((100..=1_000).contains(&events), "{events} events");
    // One commit: every event of the import carries the same instant.
    let (log, _) = run_via(
        0,
        &[
            "audit",
            "log",
            "--from",
            &(before.0 + 1).to_string(),
            "--limit",
            "500",
            "--json",
        ],
    );
    let v: serde_json::Value = serde_json::from_str(&log).unwrap();
    let items = v["items"].as_array().unwrap();
    assert!(items.len() > 1);
    assert!(items.iter().all(|e| e["at"] == items[0]["at"]));
    let (shown, _) = run_via(0, &["employee", "show", "EMP-12000"]);
    has(&shown, "A-12000");
}

#[test]
fn rows_out_of_order_or_left_on_another_connection_import_nothing() {
    use renshi::domain::RequestId;
    use renshi::domain::people::RosterRow;
    use renshi::service::api::{ApiError, Reply, Request};
    use renshi::transport::Client;
    let (_dir, store, socket) = demo_store();
    let _daemon = Daemon::start(Path::new(BIN), &store, &socket, None);
    let before = head(&store);
    let row = RosterRow {
        line: 2,
        name: "A".into(),
        position: "POS-012".into(),
        start_date: "2024-01-01".into(),
        ..RosterRow::default()
    };
    let stage = |first: u64| Request::StageRows {
        first,
        rows: vec![row.clone()],
    };
    let import = |rows: u64| Request::ImportStaged {
        rows,
        dry_run: false,
        comment: String::new(),
        request: RequestId::random(),
    };
    // Someone who may not import stages nothing: refused at the first chunk.
    let mut employee = remote(&socket, Some("emp.liu"), false);
    assert!(
        matches!(employee.call(stage(0)), Err(ApiError::Domain(_))),
        "an employee staged rows"
    );
    assert!(matches!(
        employee.call(import(1)),
        Err(ApiError::StageLost { staged: 0, .. })
    ));
    let mut r = remote(&socket, Some("hr.li"), false);
    assert_eq!(r.call(stage(0)), Ok(Reply::Staged { rows: 1 }));
    // A gap (a chunk lost on the way) drops everything staged.
    assert_eq!(
        r.call(stage(5)),
        Err(ApiError::StageLost {
            staged: 1,
            expected: 5
        })
    );
    assert_eq!(
        r.call(import(1)),
        Err(ApiError::StageLost {
            staged: 0,
            expected: 1
        })
    );
    // Rows belong to their connection: another one finds none.
    assert_eq!(r.call(stage(0)), Ok(Reply::Staged { rows: 1 }));
    let mut other = remote(&socket, Some("hr.li"), false);
    assert!(matches!(
        other.call(import(1)),
        Err(ApiError::StageLost { staged: 0, .. })
    ));
    assert_eq!(head(&store), before);
    // The first connection's row is still there, and goes in.
    assert!(matches!(r.call(import(1)), Ok(Reply::Done(_))));
    assert_eq!(head(&store).0, before.0 + 1);
}

#[test]
fn an_id_number_twice_in_the_file_or_already_recorded_is_refused_by_its_line() {
    let (dir, store, _) = demo_store();
    let roster = format!(
        "{HEADER}\n\
         A-1,甲,,POS-012,separated,2020-01-01,,,110101199001011234,,,,\n\
         A-2,乙,,POS-012,separated,2020-01-01,,,110101199001011234,,,,\n\
         A-3,丙,,POS-012,separated,2020-01-01,,,11010119900301001X,,,,\n"
    );
    let f = file(dir.path(), "ids.csv", roster.as_bytes());
    let err = refused(&store, &f);
    has(
        &err,
        "line 3, `id_number`: This ID number is also on line 2",
    );
    has(
        &err,
        "line 4, `id_number`: This ID number is already recorded for EMP-0001",
    );
    assert!(!err.contains("line 2,"), "{err}");
}

#[test]
fn a_file_with_carriage_returns_only_is_named_for_what_it_is() {
    let (dir, store, _) = demo_store();
    let roster = "number,name,position,start_date\rX-1,Anna,POS-012,2024-01-01\r";
    let f = file(dir.path(), "mac.csv", roster.as_bytes());
    let err = refused(&store, &f);
    has(&err, "end with a carriage return only");
    assert!(!err.contains("unknown:"), "{err}");
}

#[test]
fn a_staff_number_twice_is_told_even_when_its_first_row_is_wrong_too() {
    let (dir, store, _) = demo_store();
    let roster = format!(
        "{HEADER}\n\
         B-1,甲,,POS-012,separated,2020-13-01,,,,,,,\n\
         B-1,乙,,POS-012,separated,2020-01-01,,,,,,,\n\
         ,丙,,POS-099,separated,2020-01-01,,,,,,,\n\
         ,丁,,POS-012,separated,2020-01-01,,,,,,,\n"
    );
    let f = file(dir.path(), "twice.csv", roster.as_bytes());
    let err = refused(&store, &f);
    has(&err, "line 2, `start_date`");
    has(
        &err,
        "line 3, `number`: The staff number B-1 is also on line 2",
    );
    // Rows without a number are numbered by their ids, never told apart as twice.
    assert!(!err.contains("line 5, `number`"), "{err}");
    has(&err, "line 4, `position`");
}
