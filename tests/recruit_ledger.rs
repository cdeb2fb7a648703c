//! The ledger holds whatever people do: random sequences of requisitions,
//! signatures, cancellations, candidates, offers, hires, probation verdicts,
//! overrides and headcount plans, from the people who would do them, never
//! leave a position with more seats filled and reserved than approved plus
//! the general manager's recorded override, and the audit log verifies after
//! them, and rebuilds the same ledger when the store is opened again.

mod common;

use common::recruit::*;
use common::*;
use proptest::prelude::*;
use renshi::domain::recruit::{Recommend, Recruit, ReqState, Stage, Verdict};
use renshi::domain::signoff::Decision;
use renshi::domain::*;
use renshi::service::{Caller, Service};

#[derive(Clone, Debug)]
enum Op {
    Raise { count: u32, supervisor: bool },
    Sign { req: usize, decision: u8 },
    Resubmit { req: usize },
    Cancel { req: usize },
    Candidate { req: usize },
    Interview { candidate: usize },
    Offer { candidate: usize },
    Answer { candidate: usize, accept: bool },
    Hire { candidate: usize },
    Assess { employee: usize, verdict: u8 },
    Override { seats: u32 },
    Plan { headcount: u32 },
}

fn op() -> impl Strategy<Value = Op> {
    // Weighted so that sequences often get as far as hires and verdicts.
    prop_oneof![
        2 => (1u32..4, any::<bool>()).prop_map(|(count, supervisor)| Op::Raise { count, supervisor }),
        6 => (0usize..8, 0u8..8).prop_map(|(req, decision)| Op::Sign { req, decision }),
        1 => (0usize..8).prop_map(|req| Op::Resubmit { req }),
        1 => (0usize..8).prop_map(|req| Op::Cancel { req }),
        3 => (0usize..8).prop_map(|req| Op::Candidate { req }),
        3 => (0usize..12).prop_map(|candidate| Op::Interview { candidate }),
        3 => (0usize..12).prop_map(|candidate| Op::Offer { candidate }),
        3 => (0usize..12, any::<bool>()).prop_map(|(candidate, accept)| Op::Answer { candidate, accept }),
        3 => (0usize..12).prop_map(|candidate| Op::Hire { candidate }),
        2 => (0usize..6, 0u8..4).prop_map(|(employee, verdict)| Op::Assess { employee, verdict }),
        1 => (1u32..3).prop_map(|seats| Op::Override { seats }),
        1 => (4u32..12).prop_map(|headcount| Op::Plan { headcount }),
    ]
}

/// Runs one step; a refusal is an answer like any other here.
fn attempt(svc: &Service, login: &str, cmd: Recruit, comment: &str) {
    let _ = run(svc, login, Command::Recruit(cmd), comment);
}

fn apply(svc: &Service, op: &Op, n: &mut u32) {
    let c = company(svc);
    let reqs: Vec<ReqId> = c.requisitions.keys().copied().collect();
    let cands: Vec<CandidateId> = c.candidates.keys().copied().collect();
    let pick = |v: &[ReqId], i: usize| v.get(i % v.len().max(1)).copied();
    let pick_c = |i: usize| cands.get(i % cands.len().max(1)).copied();
    *n += 1;
    match op {
        Op::Raise { count, supervisor } => {
            let title = if *supervisor {
                "Site Supervisor"
            } else {
                "Civil Engineer"
            };
            attempt(
                svc,
                "head.civil",
                Recruit::Raise {
                    position: position_id(&c, title),
                    count: *count,
                    reason: format!("need {n}"),
                    start: today() + days(30),
                    notes: String::new(),
                },
                "",
            );
        }
        Op::Sign { req, decision } => {
            let Some(id) = pick(&reqs, *req) else { return };
            let r = &c.requisitions[&id];
            let Some((_, s)) = r.signoff.current() else {
                return;
            };
            let login = match s.role {
                Role::DivisionHead => "div.eng",
                Role::GeneralManager => "gm.wang",
                _ => "hr.zhao",
            };
            let decision = match decision {
                0 => Decision::Reject,
                1 => Decision::Return,
                _ => Decision::Approve,
            };
            attempt(
                svc,
                login,
                Recruit::Sign {
                    id,
                    decision,
                    seen: req_seen(svc, id),
                    assign: (login == "hr.zhao" && decision == Decision::Approve)
                        .then(|| "hr.li".into()),
                },
                "because",
            );
        }
        Op::Resubmit { req } => {
            if let Some(id) = pick(&reqs, *req) {
                attempt(svc, "head.civil", Recruit::Resubmit { id }, "again");
            }
        }
        Op::Cancel { req } => {
            if let Some(id) = pick(&reqs, *req) {
                attempt(svc, "head.civil", Recruit::Cancel { id }, "not needed");
            }
        }
        Op::Candidate { req } => {
            if let Some(id) = pick(&reqs, *req) {
                attempt(
                    svc,
                    "hr.li",
                    Recruit::AddCandidate {
                        req: id,
                        name: format!("候選人 {n}"),
                        contact: "13900000000".into(),
                        source: String::new(),
                        notes: String::new(),
                    },
                    "",
                );
            }
        }
        Op::Interview { candidate } => {
            let Some(id) = pick_c(*candidate) else { return };
            let Ok(done) = run(
                svc,
                "hr.li",
                Command::Recruit(Recruit::Schedule {
                    candidate: id,
                    at: now(),
                    place: "Room".into(),
                    interviewers: vec!["hr.li".into(), "head.civil".into()],
                }),
                "",
            ) else {
                return;
            };
            let int: InterviewId = created(&done);
            for login in ["hr.li", "head.civil"] {
                attempt(
                    svc,
                    login,
                    Recruit::Feedback {
                        interview: int,
                        score: 4,
                        recommend: Recommend::Hire,
                    },
                    "",
                );
            }
        }
        Op::Offer { candidate } => {
            if let Some(id) = pick_c(*candidate) {
                attempt(
                    svc,
                    "hr.li",
                    Recruit::Offer {
                        candidate: id,
                        start: today() + days(10),
                        probation_months: None,
                    },
                    "",
                );
            }
        }
        Op::Answer { candidate, accept } => {
            if let Some(id) = pick_c(*candidate) {
                attempt(
                    svc,
                    "hr.li",
                    Recruit::Answer {
                        candidate: id,
                        accepted: *accept,
                    },
                    "",
                );
            }
        }
        Op::Hire { candidate } => {
            if let Some(id) = pick_c(*candidate) {
                attempt(
                    svc,
                    "hr.li",
                    Recruit::Hire {
                        candidate: id,
                        number: format!("P-{n}"),
                        legal_name: String::new(),
                        personal: Box::new(Personal {
                            id_number: format!("11010119900101{n:04}"),
                            phone: "13900000000".into(),
                            bank_account: "6222 0000".into(),
                            date_of_birth: "1990-01-01".into(),
                            emergency_contact: "家人 13900000001".into(),
                            ..Personal::default()
                        }),
                        probation_end: None,
                    },
                    "",
                );
            }
        }
        Op::Assess { employee, verdict } => {
            let on_review: Vec<EmployeeId> = c
                .employees
                .values()
                .filter(|e| e.hiring.as_ref().is_some_and(|h| h.probation.is_some()))
                .map(|e| e.id)
                .collect();
            let Some(id) = on_review.get(employee % on_review.len().max(1)).copied() else {
                return;
            };
            let Some(p) = renshi::domain::recruit::review(&c, id).ok() else {
                return;
            };
            let Some((_, s)) = p.probation.review.current() else {
                return;
            };
            let login = if s.role == Role::HrHead {
                "hr.zhao"
            } else {
                "head.civil"
            };
            let verdict = match verdict {
                0 => Verdict::Fail,
                1 => Verdict::Extend(p.probation.end + days(20)),
                _ => Verdict::Pass,
            };
            attempt(
                svc,
                login,
                Recruit::Assess {
                    employee: id,
                    verdict,
                    seen: review_seen(svc, id),
                },
                "assessed",
            );
        }
        Op::Override { seats } => attempt(
            svc,
            "gm.wang",
            Recruit::Override {
                position: position_id(&c, "Civil Engineer"),
                seats: *seats,
            },
            "urgent",
        ),
        Op::Plan { headcount } => {
            let Ok(done) = run(
                svc,
                "gm.wang",
                Command::DraftPlan {
                    title: format!("plan {n}"),
                    note: String::new(),
                },
                "",
            ) else {
                return;
            };
            let id = plan_id(&done);
            let _ = run(
                svc,
                "gm.wang",
                Command::AddPlanLine {
                    id,
                    line: PlanLine::SetHeadcount {
                        position: position_id(&c, "Civil Engineer"),
                        headcount: *headcount,
                    },
                },
                "",
            );
            if run(svc, "gm.wang", Command::SubmitPlan { id }, "").is_ok() {
                let _ = run(
                    svc,
                    "board.chen",
                    Command::SignPlan {
                        id,
                        decision: Decision::Approve,
                        seen: seen(svc, id),
                    },
                    "",
                );
            }
        }
    }
}

/// Every position: filled + reserved ≤ approved + override, and a
/// requisition's reservation agrees with its candidates.
fn ledger_holds(c: &Company) -> Result<(), String> {
    for p in c.positions.values() {
        let l = c.ledger(p.id);
        if l.occupied() > l.approved + l.overridden {
            return Err(format!("{} holds {l:?}", p.id));
        }
    }
    for r in c.requisitions.values() {
        let count = |s: Stage| {
            r.candidates
                .iter()
                .filter(|id| c.candidates[*id].stage == s)
                .count() as u32
        };
        if r.offered != count(Stage::Offered) || r.accepted != count(Stage::Accepted) {
            return Err(format!("{} counts drifted: {r:?}", r.id));
        }
        if r.hired.len() as u32 + r.offered + r.accepted > r.count
            && r.state != ReqState::Cancelled
            && r.state != ReqState::Rejected
        {
            return Err(format!("{} promised more than it asked for", r.id));
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn no_sequence_breaks_the_ledger(ops in proptest::collection::vec(op(), 1..70)) {
        let (dir, svc) = demo();
        let mut n = 0;
        for op in &ops {
            apply(&svc, op, &mut n);
            let c = company(&svc);
            prop_assert!(ledger_holds(&c).is_ok(), "after {op:?}: {:?}", ledger_holds(&c));
        }
        prop_assert!(svc.store().verify(|_| {}).is_ok(), "the audit log verifies");
        if std::env::var_os("RENSHI_LEDGER_STATS").is_some() {
            let c = company(&svc);
            eprintln!(
                "reqs {} open {} cands {} hired {} failed {}",
                c.requisitions.len(),
                c.requisitions.values().filter(|r| r.state == ReqState::Open).count(),
                c.candidates.len(),
                c.candidates.values().filter(|x| x.stage == Stage::Hired).count(),
                c.employees.values().filter(|e| e.status == EmployeeStatus::Separated).count(),
            );
        }
        // The log rebuilds the same ledger.
        let before = company(&svc);
        drop(svc);
        let store = renshi::store::Store::open(&dir.path().join("store")).unwrap();
        let again = Service::open(store).unwrap().with_clock(now);
        let after = company(&again);
        for p in before.positions.keys() {
            prop_assert_eq!(before.ledger(*p), after.ledger(*p));
        }
        prop_assert_eq!(&before.requisitions, &after.requisitions);
        // Whoever looks, the inbox answers.
        for login in ["head.civil", "div.eng", "gm.wang", "hr.li", "hr.zhao"] {
            prop_assert!(again
                .query(&Caller::new(login), renshi::service::api::Query::Inbox(
                    renshi::service::api::PageReq::FIRST))
                .is_ok());
        }
    }
}
