//! The command line as a script sees it: exit codes, --help, --grep, --state,
//! --since, and one documented JSON shape per listing, checked against the
//! JSON Schemas in tests/fixtures/json/ on a demo store that has been through
//! every kind of event.

use clap::CommandFactory;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_renshi")
}

struct Demo {
    _dir: tempfile::TempDir,
    store: PathBuf,
}

fn demo() -> Demo {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("demo");
    let out = Command::new(bin())
        .args(["init", "--demo", "--store"])
        .arg(&store)
        .env("LANG", "C.UTF-8")
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    Demo { _dir: dir, store }
}

impl Demo {
    fn run(&self, args: &[&str]) -> Output {
        Command::new(bin())
            .args(args)
            .env("RENSHI_STORE", &self.store)
            .env_remove("RENSHI_SOCKET")
            .env_remove("RENSHI_LANG")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", "C.UTF-8")
            .output()
            .unwrap()
    }

    /// Runs and checks the exit code; returns stdout.
    fn code(&self, want: i32, args: &[&str]) -> String {
        let out = self.run(args);
        assert_eq!(
            out.status.code(),
            Some(want),
            "renshi {}\nstdout: {}\nstderr: {}",
            args.join(" "),
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn ok(&self, args: &[&str]) -> String {
        self.code(0, args)
    }

    fn stderr(&self, want: i32, args: &[&str]) -> String {
        let out = self.run(args);
        assert_eq!(out.status.code(), Some(want), "{args:?}: {out:?}");
        String::from_utf8_lossy(&out.stderr).into_owned()
    }
}

#[test]
fn every_option_and_subcommand_has_a_description() {
    fn walk(cmd: &clap::Command, path: &str, missing: &mut Vec<String>) {
        for a in cmd.get_arguments() {
            let id = a.get_id().as_str();
            if id == "help" || id == "version" {
                continue;
            }
            if a.get_help().is_none_or(|h| h.to_string().trim().is_empty()) {
                missing.push(format!("{path} {id}"));
            }
        }
        for s in cmd.get_subcommands() {
            if s.get_name() == "help" {
                continue;
            }
            let here = format!("{path} {}", s.get_name());
            if s.get_about()
                .is_none_or(|h| h.to_string().trim().is_empty())
            {
                missing.push(here.clone());
            }
            walk(s, &here, missing);
        }
    }
    let mut missing = Vec::new();
    walk(&renshi::cli::Cli::command(), "renshi", &mut missing);
    assert!(missing.is_empty(), "no description in --help: {missing:?}");
}

#[test]
fn exit_codes_say_done_refused_usage_or_store_trouble() {
    let d = demo();
    d.ok(&["--as", "gm.wang", "plan", "list"]);
    // 1: a right or a rule.
    d.code(1, &["--as", "emp.liu", "plan", "list"]);
    d.code(1, &["--as", "gm.wang", "plan", "show", "HP-0099"]);
    d.code(1, &["--as", "board.chen", "reject", "HP-0001"]);
    d.code(1, &["--as", "gm.wang", "plan", "withdraw", "HP-0001"]);
    // 2: usage. An unknown demo login lists the ones that work.
    let err = d.stderr(2, &["--as", "nobody", "inbox"]);
    assert!(
        err.contains("nobody") && err.contains("gm.wang") && err.contains("board.chen"),
        "{err}"
    );
    let err = d.stderr(2, &["--as", "admin", "audit", "log", "--from", "0"]);
    assert!(err.contains("numbered from 1"), "{err}");
    d.code(2, &["--as", "admin", "audit", "log", "--limit", "0"]);
    let err = d.stderr(
        2,
        &["--as", "gm.wang", "plan", "remove-line", "HP-0002", "0"],
    );
    assert!(err.contains("(1, 2, …)"), "{err}");
    d.code(
        2,
        &["--as", "gm.wang", "plan", "list", "--state", "pending"],
    );
    d.code(
        2,
        &["--as", "gm.wang", "plan", "list", "--since", "yesterday"],
    );
    d.code(
        2,
        &[
            "--as", "admin", "user", "add", "x.y", "--name", "X", "--role", "boss",
        ],
    );
    d.code(
        2,
        &[
            "--as", "admin", "user", "add", "x.y", "--name", "X", "--role", "board", "--dept",
            "DEP-01",
        ],
    );
    d.code(2, &["--as", "admin", "user", "edit", "emp.liu"]);
    d.code(2, &["no-such-command"]);
    d.code(2, &["--lang", "fr", "inbox"]);
    // 3: the store cannot be used.
    let none = d.store.with_file_name("no-store-here");
    let out = Command::new(bin())
        .args(["inbox", "--store"])
        .arg(&none)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{out:?}");
}

#[test]
fn grep_state_and_since_find_rows_in_every_listing() {
    let d = demo();
    // Simplified finds traditional, full-width digits count as ASCII.
    let out = d.ok(&["--as", "gm.wang", "positions", "--grep", "施工员"]);
    assert!(out.contains("POS-013") && !out.contains("POS-012"), "{out}");
    let out = d.ok(&["--as", "gm.wang", "positions", "--grep", "ＰＯＳ－０１２"]);
    assert!(out.contains("POS-012") && !out.contains("POS-013"), "{out}");
    let out = d.ok(&["--as", "gm.wang", "departments", "--grep", "土建部"]);
    assert!(out.contains("DEP-06") && !out.contains("DEP-07"), "{out}");
    let out = d.ok(&["--as", "gm.wang", "plan", "list", "--grep", "工程扩编"]);
    assert!(out.contains("HP-0001") && !out.contains("HP-0002"), "{out}");
    let out = d.ok(&["--as", "gm.wang", "plan", "list", "--state", "draft"]);
    assert!(out.contains("HP-0002") && !out.contains("HP-0001"), "{out}");
    let out = d.ok(&[
        "--as",
        "gm.wang",
        "plan",
        "list",
        "--since",
        "2999-01-01",
        "--json",
    ]);
    assert_eq!(items(&out).len(), 0, "{out}");
    let out = d.ok(&[
        "--as",
        "gm.wang",
        "plan",
        "list",
        "--since",
        "2000-01-01",
        "--json",
    ]);
    assert_eq!(items(&out).len(), 2, "{out}");
    let out = d.ok(&["--as", "board.chen", "inbox", "--grep", "engineering"]);
    assert!(out.contains("HP-0001"), "{out}");
    let out = d.ok(&["--as", "board.chen", "inbox", "--grep", "nothing-like-this"]);
    assert!(!out.contains("HP-0001"), "{out}");
    let out = d.ok(&[
        "--as",
        "admin",
        "user",
        "list",
        "--grep",
        "ｈｒ．",
        "--json",
    ]);
    let logins: Vec<String> = items(&out)
        .iter()
        .map(|u| u["login"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(logins, ["hr.li", "hr.zhao"]);
    // The audit log is searched whole, not only its latest page.
    let out = d.ok(&[
        "--as",
        "admin",
        "audit",
        "log",
        "--grep",
        "资料员",
        "--json",
    ]);
    let found = items(&out);
    assert_eq!(found.len(), 1, "{out}");
    assert_eq!(found[0]["event"]["kind"], "position_created");
    let out = d.ok(&["--as", "admin", "audit", "log", "--since", "2999-01-01"]);
    assert!(out.trim().is_empty(), "{out}");
    d.ok(&[
        "--as",
        "board.chen",
        "delegate",
        "--to",
        "fin.zhou",
        "--until",
        "2999-12-31",
    ]);
    let out = d.ok(&["--as", "fin.zhou", "delegate", "list", "--grep", "陈董事"]);
    assert!(out.contains("DLG-001"), "{out}");
}

fn items(json: &str) -> Vec<serde_json::Value> {
    let v: serde_json::Value = serde_json::from_str(json).unwrap();
    v["items"].as_array().unwrap().clone()
}

fn check(schema_file: &str, json: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/json")
        .join(schema_file);
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let validator = jsonschema::validator_for(&schema)
        .unwrap_or_else(|e| panic!("{schema_file} is not a schema: {e}"));
    let value: serde_json::Value = serde_json::from_str(json)
        .unwrap_or_else(|e| panic!("not JSON ({e}) against {schema_file}:\n{json}"));
    let errors: Vec<String> = validator
        .iter_errors(&value)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .take(10)
        .collect();
    assert!(
        errors.is_empty(),
        "{schema_file}:\n{}\n{json}",
        errors.join("\n")
    );
}

#[test]
fn every_listing_prints_its_documented_json_shape() {
    let d = demo();
    // A company that has been through every kind of event the CLI can cause.
    d.ok(&["--as", "gm.wang", "plan", "draft", "--title", "Faster"]); // HP-0003
    d.ok(&[
        "--as",
        "gm.wang",
        "plan",
        "add-line",
        "HP-0003",
        "--headcount-of",
        "POS-012",
        "--headcount",
        "12",
    ]);
    d.ok(&[
        "--as",
        "gm.wang",
        "plan",
        "add-line",
        "HP-0003",
        "--duties-of",
        "POS-002",
        "--duties",
        "Runs the office.",
    ]);
    d.ok(&["--as", "gm.wang", "plan", "remove-line", "HP-0003", "2"]);
    d.ok(&[
        "--as",
        "gm.wang",
        "plan",
        "submit",
        "HP-0003",
        "-m",
        "sites start early",
    ]);
    d.ok(&["--as", "board.chen", "approve", "HP-0003", "-m", "yes"]);
    d.ok(&["--as", "gm.wang", "plan", "draft", "--title", "Later"]); // HP-0004
    d.ok(&[
        "--as",
        "gm.wang",
        "plan",
        "add-line",
        "HP-0004",
        "--new-in",
        "DEP-08",
        "--title",
        "測量員 Surveyor",
        "--duties",
        "Surveys.",
        "--headcount",
        "1",
    ]);
    d.ok(&["--as", "gm.wang", "plan", "submit", "HP-0004"]);
    d.ok(&["--as", "board.lin", "return", "HP-0004", "-m", "later"]);
    d.ok(&[
        "--as", "gm.wang", "plan", "withdraw", "HP-0004", "-m", "dropped",
    ]);
    d.ok(&["--as", "gm.wang", "plan", "draft", "--title", "Gone"]); // HP-0005
    d.ok(&["--as", "gm.wang", "plan", "delete", "HP-0005"]);
    d.ok(&["--as", "gm.wang", "plan", "draft", "--title", "Bids"]); // HP-0006
    d.ok(&[
        "--as",
        "gm.wang",
        "plan",
        "add-line",
        "HP-0006",
        "--headcount-of",
        "POS-020",
        "--headcount",
        "4",
    ]);
    d.ok(&["--as", "gm.wang", "plan", "submit", "HP-0006"]);
    d.ok(&[
        "--as",
        "hr.li",
        "plan",
        "paper",
        "HP-0001",
        "--signer",
        "board.lin",
        "--decision",
        "reject",
        "--ref",
        "BD-7",
        "-m",
        "overtaken",
    ]);
    d.ok(&[
        "--as",
        "board.chen",
        "delegate",
        "--to",
        "fin.zhou",
        "--until",
        "2999-12-31",
    ]);
    d.ok(&["--as", "board.chen", "undelegate", "DLG-001"]);
    d.ok(&[
        "--as",
        "board.lin",
        "delegate",
        "--to",
        "board.chen",
        "--until",
        "2999-12-31",
    ]);
    d.ok(&[
        "--as",
        "admin",
        "department",
        "add",
        "安全部 Safety",
        "--parent",
        "DEP-01",
    ]);
    d.ok(&[
        "--as",
        "admin",
        "department",
        "rename",
        "DEP-10",
        "安全部 HSE",
    ]);
    d.ok(&[
        "--as",
        "admin",
        "department",
        "move",
        "DEP-10",
        "--parent",
        "DEP-05",
    ]);
    d.ok(&[
        "--as",
        "admin",
        "user",
        "add",
        "zhang.san",
        "--name",
        "張三",
        "--role",
        "dept_head",
        "--dept",
        "DEP-10",
    ]);
    d.ok(&[
        "--as",
        "admin",
        "user",
        "edit",
        "zhang.san",
        "--role",
        "dept_head",
        "--role",
        "employee",
    ]);
    d.ok(&[
        "--as",
        "admin",
        "user",
        "disable",
        "zhang.san",
        "-m",
        "left",
    ]);
    d.ok(&["--as", "admin", "user", "disable", "emp.liu"]);
    d.ok(&["--as", "admin", "user", "enable", "emp.liu"]);

    check(
        "inbox.schema.json",
        &d.ok(&["--as", "gm.wang", "inbox", "--json"]),
    );
    check(
        "inbox.schema.json",
        &d.ok(&["--as", "hr.zhao", "inbox", "--json"]),
    );
    check(
        "inbox.schema.json",
        &d.ok(&["--as", "board.chen", "inbox", "--json"]),
    );
    let kinds: Vec<String> = ["gm.wang", "hr.zhao", "board.chen"]
        .iter()
        .flat_map(|who| items(&d.ok(&["--as", who, "inbox", "--json"])))
        .map(|i| i["kind"].as_str().unwrap().to_string())
        .collect();
    for k in ["plan_approved", "confirm_paper", "sign_plan"] {
        assert!(kinds.iter().any(|x| x == k), "no {k} in {kinds:?}");
    }
    check(
        "positions.schema.json",
        &d.ok(&["--as", "gm.wang", "positions", "--json"]),
    );
    check(
        "departments.schema.json",
        &d.ok(&["--as", "gm.wang", "departments", "--json"]),
    );
    let plans = d.ok(&["--as", "gm.wang", "plan", "list", "--json"]);
    check("plans.schema.json", &plans);
    let states: Vec<String> = items(&plans)
        .iter()
        .map(|p| p["state"].as_str().unwrap_or("").to_string())
        .collect();
    assert_eq!(
        states,
        ["submitted", "draft", "approved", "withdrawn", "submitted"]
    );
    for id in ["HP-0001", "HP-0002", "HP-0003", "HP-0004", "HP-0006"] {
        check(
            "plan.schema.json",
            &d.ok(&["--as", "board.chen", "plan", "show", id, "--json"]),
        );
    }
    let audit = d.ok(&[
        "--as", "admin", "audit", "log", "--from", "1", "--limit", "500", "--json",
    ]);
    check("audit.schema.json", &audit);
    // No Rust enum name anywhere: every "kind" is snake_case, no key is CamelCase.
    assert!(
        !audit.contains("\"SetHeadcount\"") && !audit.contains("\"Approve\""),
        "{audit}"
    );
    check(
        "users.schema.json",
        &d.ok(&["--as", "admin", "user", "list", "--json"]),
    );
    check(
        "delegations.schema.json",
        &d.ok(&["--as", "admin", "delegate", "list", "--all", "--json"]),
    );
    check(
        "delegations.schema.json",
        &d.ok(&["--as", "board.chen", "delegate", "list", "--json"]),
    );
    // Offboarding: the demo's three cases, as HR, the administration
    // department (no reason, no figures) and finance see them.
    let cases = d.ok(&["--as", "hr.zhao", "offboard", "list", "--all", "--json"]);
    check("separations.schema.json", &cases);
    assert!(items(&cases).len() >= 3, "{cases}");
    for case in items(&cases) {
        let id = case["id"].as_str().unwrap();
        for who in ["hr.zhao", "admin.sun", "fin.zhou"] {
            check(
                "separation.schema.json",
                &d.ok(&["--as", who, "offboard", "show", id, "--json"]),
            );
        }
        check(
            "equipment.schema.json",
            &d.ok(&[
                "--as",
                "admin.sun",
                "equipment",
                "list",
                case["employee"].as_str().unwrap(),
                "--json",
            ]),
        );
    }
}

#[test]
fn the_schemas_are_strict() {
    // A test that could not fail would prove nothing: the shapes renshi used
    // to print are refused.
    check_fails(
        "positions.schema.json",
        r#"[{"id":"POS-001","dept":"DEP-01","dept_name":"x","title":"t","duties":"d","approved":1,"filled":1,"reserved":0,"free":0,"closed":false}]"#,
    );
    check_fails(
        "audit.schema.json",
        r#"{"items":[{"seq":1,"at":"2027-03-01T09:00:00Z","actor":"a","via":null,"comment":"","event":{"plan_line_added":{"id":"HP-0001","no":1,"line":{"SetHeadcount":{"position":"POS-001","headcount":2}}}},"hash":"00","prev":"00"}]}"#,
    );
    check_fails(
        "plans.schema.json",
        r#"{"items":[{"id":"HP-0001","title":"t","author":"a","state":"Submitted","lines":1,"since":"2027-03-01T09:00:00Z","waiting_for":null,"conflicts":[],"overtaken_by":[]}]}"#,
    );
}

fn check_fails(schema_file: &str, json: &str) {
    let result = std::panic::catch_unwind(|| check(schema_file, json));
    assert!(result.is_err(), "{schema_file} accepted {json}");
}

#[test]
fn confirming_a_paper_signoff_says_it_was_confirmed() {
    let d = demo();
    let recorded = d.ok(&[
        "--as",
        "hr.li",
        "plan",
        "paper",
        "HP-0001",
        "--signer",
        "board.lin",
        "--decision",
        "return",
        "--ref",
        "BD-2026-14",
        "-m",
        "Split the BIM team out",
    ]);
    assert!(recorded.contains("recorded"), "{recorded}");
    let confirmed = d.ok(&["--as", "hr.zhao", "plan", "confirm-paper", "HP-0001"]);
    assert!(
        confirmed.contains("confirmed") && confirmed.contains("plan show HP-0001"),
        "{confirmed}"
    );
}
