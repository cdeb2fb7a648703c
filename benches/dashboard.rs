//! The dashboard at the size of a large company: `cargo bench --bench dashboard`.
//!
//! 100,000 employees on 1,000 positions and a log of 1,000,000 events: 5,000
//! requisitions at every stage with candidates and interviews, 1,000
//! probations, 500 open separation cases, two courses every position
//! requires (one renewed yearly) passed by 70% of the company in sessions of
//! 500, and an evaluation cycle over everyone with 60,000 evaluations in
//! every state. Measured as the daemon answers (in process, from the
//! published company): the dashboard, the training gaps' first page, the
//! cycle's report and the HR staff's inbox. Nothing is asserted.

mod common;

use common::*;
use renshi::domain::offboard::{Checklist, SepKind};
use renshi::domain::review::{CourseKind, EvalState, Score, template};
use renshi::domain::signoff::{Decision, Signature, Templates};
use renshi::domain::*;
use renshi::service::api::{PageReq, Query, Reply};
use renshi::service::{Caller, Service};
use renshi::store::Store;
use std::time::Instant;

const EMPLOYEES: u32 = 100_000;
const POSITIONS: u32 = 1_000;
const EVENTS: u64 = 1_000_000;
const REQS: u32 = 5_000;
const RUNS: usize = 200;

fn user(login: &str, role: Role, depts: Vec<DeptId>) -> Event {
    Event::UserRegistered {
        login: login.into(),
        display_name: login.into(),
        roles: vec![RoleGrant { role, depts }],
        employee: None,
    }
}

fn signature(step: usize, signer: &str, at: chrono::DateTime<chrono::Utc>) -> Signature {
    Signature {
        round: 1,
        step,
        decision: Decision::Approve,
        signer: signer.into(),
        for_whom: None,
        paper: None,
        at,
        comment: String::new(),
        seen: renshi::domain::digest::Hasher::new("bench").finish(),
    }
}

/// Requisitions, probations and separations, as the dashboard counts them.
fn people_work(now: chrono::DateTime<chrono::Utc>) -> Result<Vec<Event>> {
    let templates = Templates::builtin()?;
    let chain = templates.get("requisition")?;
    let probation = templates.get("probation_review")?;
    let today = now.date_naive();
    let mut out = Vec::new();
    let (mut can, mut int) = (1u32, 1u32);
    for i in 1..=REQS {
        let id = ReqId(i);
        let at = now - chrono::TimeDelta::hours(i64::from(i % 3000));
        out.push(Event::RequisitionRaised {
            id,
            position: PositionId(i % POSITIONS + 1),
            count: 1,
            reason: "Another site opens.".into(),
            start: today + chrono::TimeDelta::days(60),
            notes: String::new(),
            author: "head".into(),
            chain: chain.clone(),
            at,
            comment: String::new(),
        });
        if i % 4 == 0 {
            continue;
        }
        for (step, who) in ["div", "gm", "hrhead"].into_iter().enumerate() {
            let at = at + chrono::TimeDelta::hours(5 * (1 + step as i64));
            out.push(Event::RequisitionSigned {
                id,
                signature: signature(step, who, at),
            });
        }
        out.push(Event::RequisitionAssigned {
            id,
            to: "hr".into(),
            by: "hrhead".into(),
            at,
        });
        out.push(Event::CandidateAdded {
            id: CandidateId(can),
            req: id,
            name: format!("候選人 Candidate {can}"),
            contact: String::new(),
            source: String::new(),
            notes: String::new(),
            by: "hr".into(),
            at,
        });
        out.push(Event::InterviewScheduled {
            id: InterviewId(int),
            candidate: CandidateId(can),
            round: 1,
            at: at + chrono::TimeDelta::days(1),
            place: "Room A".into(),
            interviewers: vec!["hr".into()],
            by: "hr".into(),
            recorded: at,
        });
        can += 1;
        int += 1;
    }
    for e in 1..=1_000u32 {
        out.push(Event::ProbationStarted {
            employee: EmployeeId(e * 97 % EMPLOYEES + 1),
            start: today - chrono::TimeDelta::days(80),
            end: today + chrono::TimeDelta::days(i64::from(e % 60)),
            chain: probation.clone(),
            at: now,
        });
    }
    let steps = Checklist::builtin()?.steps;
    for s in 1..=500u32 {
        out.push(Event::SeparationStarted {
            id: SepId(s),
            employee: EmployeeId(s * 181 % EMPLOYEES + 1),
            kind: SepKind::Resignation,
            reason: "Moving on.".into(),
            notice: today - chrono::TimeDelta::days(20),
            last_day: today + chrono::TimeDelta::days(i64::from(s % 30)),
            steps: steps.clone(),
            by: "hr".into(),
            at: now,
        });
    }
    Ok(out)
}

/// Two courses every position requires, passed by 70% in sessions of 500,
/// and a cycle over everyone with 60% evaluated, in every state.
fn review_work(now: chrono::DateTime<chrono::Utc>) -> Result<Vec<Event>> {
    let today = now.date_naive();
    let every: Vec<PositionId> = (1..=POSITIONS).map(PositionId).collect();
    let mut out = Vec::new();
    for (c, renew) in [(1u32, Some(12)), (2, None)] {
        out.push(Event::CourseAdded {
            id: CourseId(c),
            title: format!("課程 Course {c}"),
            tenths: 40,
            kind: CourseKind::Safety,
            required_for: every.clone(),
            renew_months: renew,
            by: "hr".into(),
            at: now,
        });
    }
    let mut session = 1u32;
    for course in [CourseId(1), CourseId(2)] {
        for first in (1..=EMPLOYEES * 7 / 10).step_by(500) {
            let attendees: Vec<EmployeeId> = (first..first + 500).map(EmployeeId).collect();
            // Spread over fourteen months: some passes expire soon, some did.
            let on = today - chrono::TimeDelta::days(i64::from(session * 37 % 430));
            out.push(Event::SessionPlanned {
                id: SessionId(session),
                course,
                on,
                trainer: "Trainer".into(),
                attendees: attendees.clone(),
                by: "hr".into(),
                at: now,
            });
            for e in attendees {
                out.push(Event::TrainingResultSet {
                    session: SessionId(session),
                    employee: e,
                    passed: e.0 % 10 != 0,
                    score: Some(80),
                    certificate: format!("C-{}", e.0),
                    note: String::new(),
                    by: "hr".into(),
                    at: now,
                });
            }
            session += 1;
        }
    }
    let t = template::named("annual")?;
    out.push(Event::CycleOpened {
        id: CycleId(1),
        name: "Annual".into(),
        from: today - chrono::TimeDelta::days(20),
        to: today + chrono::TimeDelta::days(40),
        template: t.clone(),
        self_assessment: false,
        depts: Vec::new(),
        by: "hr".into(),
        at: now,
    });
    let chain = Templates::builtin()?.get("evaluation")?.clone();
    let scores: Vec<Score> = t
        .criteria
        .iter()
        .map(|c| Score {
            key: c.key.clone(),
            score: 4,
            comment: String::new(),
        })
        .collect();
    for e in 1..=EMPLOYEES * 6 / 10 {
        let id = EvalId(e);
        out.push(Event::EvaluationScored {
            id,
            cycle: CycleId(1),
            employee: EmployeeId(e),
            scores: scores.clone(),
            result: 400,
            grade: "B".into(),
            by: "head".into(),
            at: now,
        });
        let state = [EvalState::Draft, EvalState::Submitted, EvalState::SignedOff][e as usize % 3];
        if state == EvalState::Draft {
            continue;
        }
        out.push(Event::EvaluationSubmitted {
            id,
            chain: chain.clone(),
            by: "head".into(),
            at: now,
        });
        if state == EvalState::SignedOff {
            out.push(Event::EvaluationSigned {
                id,
                signature: signature(0, "hrhead", now),
            });
        }
    }
    Ok(out)
}

fn measure(svc: &Service, login: &str, q: &Query) -> Result<(Summary, Reply)> {
    let caller = Caller::new(login);
    let mut times = Vec::with_capacity(RUNS);
    let mut last = svc.query(&caller, q.clone())?;
    for _ in 0..RUNS {
        let t = Instant::now();
        last = svc.query(&caller, q.clone())?;
        times.push(t.elapsed());
    }
    Ok((summary(times), last))
}

fn main() -> Result<()> {
    let dir = bench_dir()?;
    let path = dir.path().join("store");
    let svc = {
        // Built once without the extra events to learn how many the work adds.
        let probe = Service::open(Store::create(&dir.path().join("probe"), false)?)?;
        let now = probe.now();
        drop(probe);
        let work = people_work(now)?.len() + review_work(now)?.len();
        let extra = EVENTS.saturating_sub(u64::from(EMPLOYEES) + work as u64 + 100);
        println!("building {EMPLOYEES} employees on {POSITIONS} positions, {extra} filler events…");
        let built = build_company(&path, "admin", EMPLOYEES, POSITIONS, extra)?;
        let svc = Service::open(Store::open(&path)?)?;
        svc.seed(
            "admin",
            "bench",
            &[
                user("gm", Role::GeneralManager, vec![]),
                user("div", Role::DivisionHead, vec![DeptId(1)]),
                user("head", Role::DeptHead, vec![DeptId(5)]),
                user("hr", Role::HrStaff, vec![]),
                user("hrhead", Role::HrHead, vec![]),
            ],
        )?;
        let t = Instant::now();
        let mut events = people_work(svc.now())?;
        events.extend(review_work(svc.now())?);
        for batch in events.chunks(10_000) {
            svc.seed("admin", "bench", batch)?;
        }
        println!(
            "built in {:.1} s, {} events of work seeded in {:.1} s, {} events in the log",
            built.as_secs_f64(),
            events.len(),
            t.elapsed().as_secs_f64(),
            svc.store().event_count()
        );
        svc
    };

    header("the dashboard and what it opens, from the published company");
    // The computation itself, from the published company each time; the
    // service keeps one per published company, which the query then reads.
    let company = svc.company();
    let (now, today) = (svc.now(), svc.now().date_naive());
    let mut times = Vec::with_capacity(RUNS);
    let mut d = renshi::service::dashboard_of(&company, now, today);
    for _ in 0..RUNS {
        let t = Instant::now();
        d = renshi::service::dashboard_of(&company, now, today);
        times.push(t.elapsed());
    }
    row("dashboard, computed", &summary(times));
    drop(company);
    let (s, _) = measure(&svc, "gm", &Query::Dashboard)?;
    row(
        "dashboard query, the published company's (general manager)",
        &s,
    );
    println!(
        "    {} departments, {} open requisitions, funnel {}/{}/{}/{}, training {}/{}/{}/{}, cycle {:?} of {}",
        d.seats.len(),
        d.req_ages.iter().sum::<u32>(),
        d.funnel.applied,
        d.funnel.interviewed,
        d.funnel.offered,
        d.funnel.hired,
        d.training.done,
        d.training.expiring,
        d.training.expired,
        d.training.missing,
        d.cycle.as_ref().map(|c| c.states),
        d.cycle.as_ref().map_or(0, |c| c.expected),
    );
    for (name, login, q) in [
        (
            "training gaps, first page (HR)",
            "hr",
            Query::TrainingReport(PageReq::FIRST),
        ),
        (
            "evaluation report (HR)",
            "hr",
            Query::EvaluationReport(None),
        ),
        (
            "inbox of the HR head",
            "hrhead",
            Query::Inbox(PageReq::FIRST),
        ),
        (
            "inbox of a department head",
            "head",
            Query::Inbox(PageReq::FIRST),
        ),
    ] {
        let (s, _) = measure(&svc, login, &q)?;
        row(name, &s);
    }
    Ok(())
}
