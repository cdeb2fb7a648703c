//! What the people tests share: stores (the demo, or a company with seats
//! for many people whose HR is the OS login running the tests), the audit
//! log's head, and running the real binary against them.
#![allow(dead_code)] // each test binary uses a different subset

use crate::daemon_support::{output, renshi, text};
use renshi::domain::*;
use renshi::service::Service;
use renshi::store::Store;
use std::path::Path;
use std::process::Output;

/// A company of 20 positions of `seats` seats each (POS-001 … POS-020 in
/// DEP-01 … DEP-04), no employees; the OS login is its admin and HR staff.
pub fn company(path: &Path, seats: u32) {
    let svc = Service::open(Store::create(path, false).unwrap()).unwrap();
    let now = svc.now();
    let login = renshi::cli::os_login();
    let mut events = vec![
        Event::UserRegistered {
            login: login.clone(),
            display_name: login.clone(),
            roles: vec![
                RoleGrant {
                    role: Role::Admin,
                    depts: Vec::new(),
                },
                RoleGrant {
                    role: Role::HrStaff,
                    depts: Vec::new(),
                },
            ],
            employee: None,
        },
        Event::ZoneSet {
            zone: "Asia/Shanghai".into(),
        },
    ];
    for d in 1..=4u32 {
        events.push(Event::DepartmentCreated {
            id: DeptId(d),
            name: format!("部門 {d}"),
            parent: (d > 1).then_some(DeptId(1)),
        });
    }
    for p in 1..=20u32 {
        events.push(Event::PositionCreated {
            id: PositionId(p),
            dept: DeptId((p - 1) % 4 + 1),
            title: format!("職位 {p}"),
            duties: "Does the work of the position.".into(),
            approved: seats,
            plan: None,
            at: now,
        });
    }
    svc.seed(&login, "test", &events).unwrap();
}

/// `renshi --store STORE ARGS` (as the OS login, or `--as` on a demo).
pub fn run(store: &Path, args: &[&str]) -> Output {
    output(renshi(store).args(args))
}

/// Runs and checks the exit code; returns (stdout, stderr).
pub fn expect(store: &Path, code: i32, args: &[&str]) -> (String, String) {
    let out = run(store, args);
    assert_eq!(
        out.status.code(),
        Some(code),
        "renshi {}\nstdout: {}\nstderr: {}",
        args.join(" "),
        text(&out.stdout),
        text(&out.stderr)
    );
    (text(&out.stdout), text(&out.stderr))
}

/// The audit log's last event: its number and hash.
pub fn head(store: &Path) -> (u64, String) {
    let (out, _) = expect(store, 0, &["audit", "log", "--limit", "1", "--json"]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let last = &v["items"][0];
    (
        last["seq"].as_u64().unwrap(),
        last["hash"].as_str().unwrap().to_string(),
    )
}

/// `employee list --json` items.
pub fn employees(store: &Path, as_user: Option<&str>) -> Vec<serde_json::Value> {
    let mut args = vec![];
    if let Some(u) = as_user {
        args.extend(["--as", u]);
    }
    args.extend(["employee", "list", "--json"]);
    let (out, _) = expect(store, 0, &args);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    v["items"].as_array().unwrap().clone()
}
