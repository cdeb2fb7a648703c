//! Helpers shared by the integration tests: a demo store in a temporary
//! directory, a per-thread clock the tests can move, and short ways to run
//! commands as a demo user.
#![allow(dead_code)] // each test binary uses a different subset

pub mod recruit;

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use renshi::domain::signoff::Seen;
use renshi::domain::{Command, Company, DeptId, DomainError, PlanId, Position, PositionId};
use renshi::service::api::{ApiError, Done};
use renshi::service::{Caller, Service};
use renshi::store::Store;
use std::cell::Cell;
use tempfile::TempDir;

thread_local! {
    // Each test runs on its own thread, and `Service::execute` reads the clock on
    // the caller's thread, so tests can move time without disturbing each other.
    static NOW: Cell<DateTime<Utc>> = Cell::new(start());
}

/// The day the tests start on: after every hire date in data/demo.toml.
pub fn start() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2027, 3, 1, 9, 0, 0).unwrap()
}

pub fn now() -> DateTime<Utc> {
    NOW.with(Cell::get)
}

pub fn today() -> NaiveDate {
    now().date_naive()
}

pub fn set_now(t: DateTime<Utc>) {
    NOW.with(|c| c.set(t));
}

/// Moves the clock to 09:00 on `day`.
pub fn set_today(day: NaiveDate) {
    set_now(Utc.from_utc_datetime(&day.and_hms_opt(9, 0, 0).unwrap()));
}

pub fn days(n: i64) -> chrono::TimeDelta {
    chrono::TimeDelta::days(n)
}

/// A freshly seeded demo store (HP-0001 submitted, HP-0002 draft) behind a
/// service on the test clock. Keep the `TempDir` alive as long as the service.
pub fn demo() -> (TempDir, Service) {
    set_now(start());
    let dir = tempfile::tempdir().unwrap();
    let store = Store::create(&dir.path().join("store"), true).unwrap();
    let svc = Service::open(store).unwrap().with_clock(now);
    svc.seed_demo("admin").unwrap();
    (dir, svc)
}

pub const HP1: PlanId = PlanId(1);
pub const HP2: PlanId = PlanId(2);

pub fn run(svc: &Service, login: &str, cmd: Command, comment: &str) -> Result<Done, ApiError> {
    svc.execute(&Caller::new(login), &cmd, comment)
}

/// Runs a command that must succeed.
pub fn ok(svc: &Service, login: &str, cmd: Command, comment: &str) -> Done {
    match run(svc, login, cmd.clone(), comment) {
        Ok(done) => done,
        Err(e) => panic!("{login} could not run {cmd:?}: {e:?}"),
    }
}

/// Runs a command that must be refused with a domain error, and checks that
/// nothing was written: same audit-log length, same records.
pub fn refused(svc: &Service, login: &str, cmd: Command, comment: &str) -> DomainError {
    let count = svc.store().event_count();
    let before = company(svc);
    let result = run(svc, login, cmd.clone(), comment);
    assert_eq!(
        svc.store().event_count(),
        count,
        "a refused command wrote to the audit log: {login} {cmd:?}"
    );
    assert_eq!(
        company(svc),
        before,
        "a refused command changed the company: {login} {cmd:?}"
    );
    assert_eq!(
        svc.store().load().unwrap().0,
        before,
        "a refused command changed what the log rebuilds: {login} {cmd:?}"
    );
    match result {
        Err(ApiError::Domain(e)) => e,
        other => panic!("{login} {cmd:?}: expected a domain error, got {other:?}"),
    }
}

/// The company as the service publishes it.
pub fn company(svc: &Service) -> Company {
    (*svc.company()).clone()
}

/// What a signer sees of a plan now: the round and digest a signature binds to.
pub fn seen(svc: &Service, id: PlanId) -> Seen {
    let c = svc.company();
    let plan = &c.plans[&id];
    Seen {
        round: plan.signoff.round,
        digest: renshi::domain::plans::digest(plan).hex(),
    }
}

pub fn dept_id(c: &Company, name_part: &str) -> DeptId {
    let found: Vec<_> = c
        .departments
        .values()
        .filter(|d| d.name.contains(name_part))
        .collect();
    assert_eq!(
        found.len(),
        1,
        "department matching `{name_part}`: {found:?}"
    );
    found[0].id
}

pub fn position<'a>(c: &'a Company, title_part: &str) -> &'a Position {
    let found: Vec<_> = c
        .positions
        .values()
        .filter(|p| p.title.contains(title_part))
        .collect();
    assert_eq!(
        found.len(),
        1,
        "position matching `{title_part}`: {found:?}"
    );
    found[0]
}

pub fn position_id(c: &Company, title_part: &str) -> PositionId {
    position(c, title_part).id
}

/// The id a `DraftPlan` reported.
pub fn plan_id(done: &Done) -> PlanId {
    done.created
        .as_deref()
        .expect("DraftPlan reports the id it created")
        .parse()
        .unwrap()
}

/// The id of the one employee whose name contains `name_part`.
pub fn employee_id(c: &Company, name_part: &str) -> renshi::domain::EmployeeId {
    let found: Vec<_> = c
        .employees
        .values()
        .filter(|e| e.name.contains(name_part))
        .collect();
    assert_eq!(found.len(), 1, "one employee named like {name_part}");
    found[0].id
}
