//! Recruitment at the size of a large company: `cargo bench --bench recruit`.
//!
//! 100,000 employees on 1,000 positions, and 10,000 open recruitment cases:
//! requisitions waiting for the division head or the general manager, open
//! ones with candidates in interviews waiting for feedback, returned ones,
//! and 1,000 employees whose probation ends within 30 days. Measured as the
//! daemon answers them (in process, from the published company): the inbox
//! of each kind of user, and the recruitment report. Nothing is asserted.

mod common;

use common::*;
use renshi::domain::recruit::Recommend;
use renshi::domain::signoff::{ChainTemplate, Decision, Signature, Templates};
use renshi::domain::*;
use renshi::service::api::{PageReq, Query, Reply};
use renshi::service::{Caller, Service};
use renshi::store::Store;
use std::time::{Duration, Instant};

const EMPLOYEES: u32 = 100_000;
const POSITIONS: u32 = 1_000;
const CASES: u32 = 10_000;
const RUNS: usize = 40;

fn user(login: &str, role: Role, depts: Vec<DeptId>) -> Event {
    Event::UserRegistered {
        login: login.into(),
        display_name: login.into(),
        roles: vec![RoleGrant { role, depts }],
        employee: None,
    }
}

fn signature(
    step: usize,
    signer: &str,
    decision: Decision,
    at: chrono::DateTime<chrono::Utc>,
) -> Signature {
    Signature {
        round: 1,
        step,
        decision,
        signer: signer.into(),
        for_whom: None,
        paper: None,
        at,
        comment: String::new(),
        seen: renshi::domain::digest::Hasher::new("bench").finish(),
    }
}

/// The open cases, as events: what people would have done over months.
fn cases(
    chain: &ChainTemplate,
    probation: &ChainTemplate,
    now: chrono::DateTime<chrono::Utc>,
) -> Vec<Event> {
    let mut out = Vec::new();
    let today = now.date_naive();
    let (mut can, mut int) = (1u32, 1u32);
    for i in 1..=CASES {
        let id = ReqId(i);
        let at = now - chrono::TimeDelta::hours(i64::from(i % 2000));
        out.push(Event::RequisitionRaised {
            id,
            position: PositionId(i % POSITIONS + 1),
            count: 1 + i % 3,
            reason: "Another site opens; the team needs people who know it.".into(),
            start: today + chrono::TimeDelta::days(60),
            notes: String::new(),
            author: "head".into(),
            chain: chain.clone(),
            at,
            comment: String::new(),
        });
        let sign = |step, who: &str, d| Event::RequisitionSigned {
            id,
            signature: signature(step, who, d, at + chrono::TimeDelta::hours(1 + step as i64)),
        };
        match i % 10 {
            // Waits for the division head.
            0..=3 => {}
            // Waits for the general manager.
            4 | 5 => out.push(sign(0, "div", Decision::Approve)),
            // Returned for revision.
            6 => out.push(sign(0, "div", Decision::Return)),
            // Open, with candidates in interviews waiting for feedback.
            _ => {
                out.push(sign(0, "div", Decision::Approve));
                out.push(sign(1, "gm", Decision::Approve));
                out.push(sign(2, "hrhead", Decision::Approve));
                out.push(Event::RequisitionAssigned {
                    id,
                    to: "hr".into(),
                    by: "hrhead".into(),
                    at,
                });
                for k in 0..2 {
                    out.push(Event::CandidateAdded {
                        id: CandidateId(can),
                        req: id,
                        name: format!("候選人 Candidate {can}"),
                        contact: "13900000000".into(),
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
                        interviewers: vec!["hr".into(), "head".into()],
                        by: "hr".into(),
                        recorded: at,
                    });
                    if k == 0 {
                        out.push(Event::FeedbackGiven {
                            interview: InterviewId(int),
                            by: "hr".into(),
                            score: 4,
                            recommend: Recommend::Hire,
                            note: String::new(),
                            at,
                        });
                    }
                    can += 1;
                    int += 1;
                }
            }
        }
    }
    // Probations ending within 30 days, each waiting for its assessments.
    for e in 1..=1_000u32 {
        out.push(Event::ProbationStarted {
            employee: EmployeeId(e * 97 % EMPLOYEES + 1),
            start: today - chrono::TimeDelta::days(80),
            end: today + chrono::TimeDelta::days(i64::from(e % 30)),
            chain: probation.clone(),
            at: now,
        });
    }
    out
}

fn main() -> Result<()> {
    let dir = bench_dir()?;
    let path = dir.path().join("store");
    println!("building {EMPLOYEES} employees on {POSITIONS} positions…");
    let built = build_company(&path, "admin", EMPLOYEES, POSITIONS, 0)?;
    let svc = Service::open(Store::open(&path)?)?;
    let templates = Templates::builtin()?;
    let everyone = vec![DeptId(1)];
    let users = vec![
        user("gm", Role::GeneralManager, vec![]),
        user("div", Role::DivisionHead, everyone.clone()),
        user("head", Role::DeptHead, vec![DeptId(5)]),
        user("hr", Role::HrStaff, vec![]),
        user("hrhead", Role::HrHead, vec![]),
    ];
    svc.seed("admin", "bench", &users)?;
    let t = Instant::now();
    let events = cases(
        templates.get("requisition")?,
        templates.get("probation_review")?,
        svc.now(),
    );
    for batch in events.chunks(10_000) {
        svc.seed("admin", "bench", batch)?;
    }
    println!(
        "built in {:.1} s, {} recruitment events seeded in {:.1} s",
        built.as_secs_f64(),
        events.len(),
        t.elapsed().as_secs_f64()
    );
    let c = svc.company();
    println!(
        "  {} requisitions, {} candidates, {} interviews, {} employees",
        c.requisitions.len(),
        c.candidates.len(),
        c.interviews.len(),
        c.employees.len()
    );
    drop(c);

    header("recruitment queries, answered from the published company");
    for login in ["div", "gm", "hrhead", "hr", "head"] {
        let caller = Caller::new(login);
        let mut times = Vec::with_capacity(RUNS);
        let mut items = 0;
        for _ in 0..RUNS {
            let t = Instant::now();
            match svc.query(&caller, Query::Inbox(PageReq::FIRST))? {
                Reply::Inbox(p) => items = p.total,
                other => return Err(format!("inbox answered {other:?}").into()),
            }
            times.push(t.elapsed());
        }
        row(
            &format!("inbox of {login} ({items} items)"),
            &summary(times),
        );
    }
    let gm = Caller::new("gm");
    let mut times: Vec<Duration> = Vec::with_capacity(RUNS);
    let mut steps = 0;
    for _ in 0..RUNS {
        let t = Instant::now();
        match svc.query(&gm, Query::RecruitReport)? {
            Reply::RecruitReport(r) => steps = r.steps.len(),
            other => return Err(format!("report answered {other:?}").into()),
        }
        times.push(t.elapsed());
    }
    row(
        &format!("recruitment report ({steps} step rows)"),
        &summary(times),
    );
    let mut times = Vec::with_capacity(RUNS);
    for _ in 0..RUNS {
        let t = Instant::now();
        svc.query(
            &gm,
            Query::Requisitions {
                state: None,
                page: PageReq::FIRST,
            },
        )?;
        times.push(t.elapsed());
    }
    row(
        "requisition list, first page (general manager)",
        &summary(times),
    );
    mail(std::sync::Arc::new(svc))
}

/// The notifier at this size: one look at every mail user's inbox (what it
/// costs the daemon's mail thread after a commit), and a command's latency
/// with and without that thread looking all the time. `/bin/true` is the
/// mailer, so sending costs a process start and nothing else.
fn mail(svc: std::sync::Arc<Service>) -> Result<()> {
    use renshi::notify::{MailConfig, Notifier};
    use std::sync::atomic::{AtomicBool, Ordering};
    header("mail: the notifier's look after a commit, and commands beside it");
    let logins = ["gm", "div", "head", "hr", "hrhead"];
    for login in logins {
        svc.execute(
            &Caller::new(login),
            &Command::SetMail {
                login: login.into(),
                address: Some(format!("{login}@example.com")),
                language: Some("zh-Hans".into()),
                off: None,
            },
            "",
        )?;
    }
    let config = MailConfig::new(
        "/bin/true".into(),
        Some("renshi@example.com"),
        23,
        Some("hr"),
    )?;
    let notifier = Notifier::new(svc.clone(), config.clone());
    notifier.look()?;
    let mut times = Vec::with_capacity(RUNS);
    for _ in 0..RUNS {
        let t = Instant::now();
        notifier.look()?;
        times.push(t.elapsed());
    }
    row(
        &format!("one look at {} mail users' inboxes", logins.len()),
        &summary(times),
    );
    // A cheap command, alternated so each one changes something.
    let command = |i: usize| Command::SetMail {
        login: "admin".into(),
        address: None,
        language: Some(if i.is_multiple_of(2) { "en" } else { "zh-Hant" }.into()),
        off: None,
    };
    // Spread over a few seconds, so the looking thread looks many times.
    let commands = |from: usize| -> Result<Vec<Duration>> {
        let mut times = Vec::with_capacity(RUNS * 5);
        for i in from..from + RUNS * 5 {
            let t = Instant::now();
            svc.execute(&Caller::new("admin"), &command(i), "")?;
            times.push(t.elapsed());
            std::thread::sleep(Duration::from_millis(10));
        }
        Ok(times)
    };
    row("a command, the notifier idle", &summary(commands(0)?));
    let stop = std::sync::Arc::new(AtomicBool::new(false));
    let looking = {
        let (svc, stop) = (svc.clone(), stop.clone());
        std::thread::spawn(move || {
            let n = Notifier::new(svc, config);
            let mut looks = 0u32;
            while !stop.load(Ordering::SeqCst) {
                let _ = n.look();
                looks += 1;
            }
            looks
        })
    };
    let busy = commands(RUNS * 5)?;
    stop.store(true, Ordering::SeqCst);
    let looks = looking.join().map_err(|_| "the looking thread panicked")?;
    row(
        &format!("a command, the notifier looking without pause ({looks} looks)"),
        &summary(busy),
    );
    Ok(())
}
