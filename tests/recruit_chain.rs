//! The recruitment chain through the service, on the test clock: from a
//! department head's requisition to the formal contract, with the ledger,
//! the inboxes and the waiting times checked at every step, and every bad
//! input of issue #11 refused with nothing written.

mod common;

use common::recruit::*;
use common::*;
use renshi::domain::recruit::{ProbationOutcome, Recommend, Recruit, ReqState, Stage, Verdict};
use renshi::domain::signoff::Decision;
use renshi::domain::*;
use renshi::service::Caller;
use renshi::service::api::{CaseRef, InboxKind, PageReq, Query, Reply, ReqView};

fn inbox(svc: &renshi::service::Service, login: &str) -> Vec<(InboxKind, CaseRef)> {
    match svc.query(&Caller::new(login), Query::Inbox(PageReq::FIRST)) {
        Ok(Reply::Inbox(p)) => p.items.into_iter().map(|i| (i.kind, i.case)).collect(),
        other => panic!("{other:?}"),
    }
}

fn has(svc: &renshi::service::Service, login: &str, case: CaseRef) -> bool {
    inbox(svc, login).iter().any(|(_, c)| *c == case)
}

fn view(svc: &renshi::service::Service, login: &str, id: ReqId) -> ReqView {
    match svc.query(&Caller::new(login), Query::Requisition(id)) {
        Ok(Reply::Requisition(v)) => *v,
        other => panic!("{other:?}"),
    }
}

fn ledger(svc: &renshi::service::Service, p: PositionId) -> (u32, u32, u32) {
    let l = svc.company().ledger(p);
    (l.approved + l.overridden, l.filled, l.reserved)
}

fn events(svc: &renshi::service::Service) -> u64 {
    svc.head().seq
}

/// The demo, where two engineer seats are free (10 approved, 6 filled, 2
/// reserved by the demo's requisitions).
fn setup() -> (tempfile::TempDir, renshi::service::Service, PositionId) {
    let (dir, svc) = demo();
    let engineer = position_id(&company(&svc), "Civil Engineer");
    assert_eq!(svc.company().ledger(engineer).free(), 2);
    (dir, svc, engineer)
}

fn raise(position: PositionId, count: u32) -> Recruit {
    Recruit::Raise {
        position,
        count,
        reason: "Second shift 夜班.".into(),
        start: today() + days(30),
        notes: String::new(),
    }
}

fn sign(svc: &renshi::service::Service, login: &str, id: ReqId, d: Decision, comment: &str) {
    step(
        svc,
        login,
        Recruit::Sign {
            id,
            decision: d,
            seen: req_seen(svc, id),
            assign: (login == "hr.zhao" && d == Decision::Approve).then(|| "hr.li".into()),
        },
        comment,
    );
}

#[test]
fn a_requisition_goes_from_request_to_formal_contract() {
    let (_dir, svc, engineer) = setup();
    let start = now();
    let (approved, filled, reserved) = ledger(&svc, engineer);
    assert_eq!(approved - filled - reserved, 2, "two seats free");

    let req: ReqId = created(&step(&svc, "head.civil", raise(engineer, 1), "Please."));
    assert_eq!(
        ledger(&svc, engineer).2,
        reserved + 1,
        "submitting reserves"
    );
    assert!(has(&svc, "div.eng", CaseRef::Req(req)));
    assert!(
        !has(&svc, "gm.wang", CaseRef::Req(req)),
        "not the GM's turn yet"
    );

    // Each signer takes a while: the requisition says how long.
    set_now(start + days(2));
    sign(&svc, "div.eng", req, Decision::Approve, "");
    assert!(has(&svc, "gm.wang", CaseRef::Req(req)));
    set_now(start + days(3));
    sign(&svc, "gm.wang", req, Decision::Approve, "");
    set_now(start + days(3) + chrono::TimeDelta::hours(5));
    sign(&svc, "hr.zhao", req, Decision::Approve, "");
    let v = view(&svc, "head.civil", req);
    assert_eq!(v.row.state, ReqState::Open);
    assert_eq!(v.row.runner.as_deref(), Some("hr.li"));
    let took: Vec<(String, i64)> = v
        .step_times
        .iter()
        .map(|t| (t.step.clone(), t.seconds / 3600))
        .collect();
    assert_eq!(
        took,
        vec![
            ("division_head".to_string(), 48),
            ("general_manager".to_string(), 24),
            ("hr_head".to_string(), 5),
        ]
    );
    assert_eq!(
        ledger(&svc, engineer).2,
        reserved + 1,
        "approval keeps the seat"
    );

    // Candidates and a joint interview, with blind feedback.
    let can: CandidateId = created(&step(
        &svc,
        "hr.li",
        Recruit::AddCandidate {
            req,
            name: "Jordan Lee 李志強".into(),
            contact: "jordan@example.com".into(),
            source: "referral".into(),
            notes: "Ten years on high-rise sites.".into(),
        },
        "",
    ));
    assert!(has(&svc, "hr.li", CaseRef::Candidate(can)), "to interview");
    let int: InterviewId = created(&step(
        &svc,
        "hr.li",
        Recruit::Schedule {
            candidate: can,
            at: now(),
            place: "Room A".into(),
            interviewers: vec!["hr.li".into(), "head.civil".into()],
        },
        "",
    ));
    assert!(has(&svc, "head.civil", CaseRef::Interview(int)));
    step(
        &svc,
        "hr.li",
        Recruit::Feedback {
            interview: int,
            score: 5,
            recommend: Recommend::Hire,
        },
        "Excellent.",
    );
    // head.civil has not given theirs: hr.li's score is hidden from them.
    let hidden = &view(&svc, "head.civil", req).candidates[0].interviews[0];
    assert!(
        hidden.feedback.is_empty() && hidden.hidden == 1,
        "{hidden:?}"
    );
    let own = &view(&svc, "hr.li", req).candidates[0].interviews[0];
    assert_eq!(own.feedback.len(), 1, "one's own feedback is shown");
    // The offer waits for complete interviews.
    let offer = Recruit::Offer {
        candidate: can,
        start: today() + days(20),
        probation_months: None,
    };
    assert!(matches!(
        refuse(&svc, "hr.li", offer.clone(), ""),
        DomainError::InterviewOpen { .. }
    ));
    step(
        &svc,
        "head.civil",
        Recruit::Feedback {
            interview: int,
            score: 4,
            recommend: Recommend::Hire,
        },
        "",
    );
    let shown = &view(&svc, "head.civil", req).candidates[0].interviews[0];
    assert_eq!(shown.feedback.len(), 2, "both shown once given");
    assert!(!has(&svc, "head.civil", CaseRef::Interview(int)));

    let offered_start = match &offer {
        Recruit::Offer { start, .. } => *start,
        _ => unreachable!(),
    };
    step(&svc, "hr.li", offer, "");
    step(
        &svc,
        "hr.li",
        Recruit::Answer {
            candidate: can,
            accepted: true,
        },
        "",
    );
    assert_eq!(
        ledger(&svc, engineer).2,
        reserved + 1,
        "an accepted offer keeps the seat"
    );
    set_now(start + days(20));
    let hired = step(
        &svc,
        "hr.li",
        Recruit::Hire {
            candidate: can,
            number: "HX-5001".into(),
            legal_name: "李志強".into(),
            personal: Box::new(Personal {
                id_number: "110101199001010011".into(),
                phone: "13900001234".into(),
                bank_account: "6222 0000 0000 5001".into(),
                date_of_birth: "1990-01-01".into(),
                emergency_contact: "李母 13900001235".into(),
                ..Personal::default()
            }),
            probation_end: None,
        },
        "",
    );
    let emp: EmployeeId = created(&hired);
    assert_eq!(
        ledger(&svc, engineer),
        (approved, filled + 1, reserved),
        "the hire turns the reserved seat into a filled one"
    );
    let c = company(&svc);
    let e = &c.employees[&emp];
    assert_eq!(e.status, EmployeeStatus::Probation);
    assert_eq!(c.requisitions[&req].state, ReqState::Filled);
    assert_eq!(c.candidates[&can].stage, Stage::Hired);
    let probation = e.hiring.as_ref().unwrap().probation.clone().unwrap();
    assert_eq!(
        probation.start, offered_start,
        "probation starts on the offer's day"
    );
    assert_eq!(
        probation.end,
        offered_start
            .checked_add_months(chrono::Months::new(3))
            .unwrap()
            - days(1),
        "the default probation of data/recruitment.toml"
    );
    assert!(
        has(&svc, "head.civil", CaseRef::Employee(emp)),
        "onboarding"
    );

    // Onboarding (not before the first day), then the assessment appears
    // 30 days before the end.
    assert_eq!(
        refuse(
            &svc,
            "head.civil",
            Recruit::StartWork {
                employee: emp,
                on: today(),
            },
            "",
        )
        .key(),
        "err.before_hire"
    );
    set_today(offered_start);
    step(
        &svc,
        "head.civil",
        Recruit::Train {
            employee: emp,
            what: "Site safety 工地安全".into(),
            trainer: "張偉".into(),
            on: today(),
        },
        "",
    );
    step(
        &svc,
        "head.civil",
        Recruit::StartWork {
            employee: emp,
            on: today(),
        },
        "",
    );
    let due = |svc: &renshi::service::Service, login: &str| {
        inbox(svc, login)
            .into_iter()
            .any(|(k, c)| c == CaseRef::Employee(emp) && matches!(k, InboxKind::Assess { .. }))
    };
    set_today(probation.end - days(31));
    assert!(!due(&svc, "head.civil"), "not yet 30 days before");
    for before in [30, 14, 0, -3] {
        set_today(probation.end - days(before));
        assert!(due(&svc, "head.civil"), "{before} days before the end");
        assert!(!due(&svc, "hr.zhao"), "HR assesses after the department");
        assert!(
            inbox(&svc, "hr.zhao")
                .iter()
                .any(|(k, c)| *c == CaseRef::Employee(emp)
                    && matches!(
                        k,
                        InboxKind::ProbationDue {
                            waiting_for: Role::DeptHead,
                            ..
                        }
                    )),
            "HR follows it meanwhile"
        );
    }
    step(
        &svc,
        "head.civil",
        Recruit::Assess {
            employee: emp,
            verdict: Verdict::Pass,
            seen: review_seen(&svc, emp),
        },
        "Reliable.",
    );
    assert!(due(&svc, "hr.zhao"));
    // No formal contract before both passed.
    let contract = Recruit::FormalContract {
        employee: emp,
        start: today(),
        end: None,
        number: "LC-2027-042".into(),
    };
    assert!(matches!(
        refuse(&svc, "hr.li", contract.clone(), ""),
        DomainError::ProbationNotPassed { .. }
    ));
    step(
        &svc,
        "hr.zhao",
        Recruit::Assess {
            employee: emp,
            verdict: Verdict::Pass,
            seen: review_seen(&svc, emp),
        },
        "",
    );
    assert!(
        inbox(&svc, "hr.li")
            .iter()
            .any(|(k, c)| *c == CaseRef::Employee(emp) && *k == InboxKind::FormalContract)
    );
    step(&svc, "hr.li", contract, "");
    let c = company(&svc);
    let e = &c.employees[&emp];
    assert_eq!(e.status, EmployeeStatus::Active, "regular now");
    assert_eq!(e.contracts.last().unwrap().kind, ContractKind::OpenEnded);
    assert_eq!(
        e.hiring
            .as_ref()
            .unwrap()
            .probation
            .as_ref()
            .unwrap()
            .outcome,
        ProbationOutcome::Passed
    );
    assert_eq!(ledger(&svc, engineer), (approved, filled + 1, reserved));
    assert!(svc.store().verify(|_| {}).is_ok(), "the chain holds");

    // The report counts the fill and each step.
    let report = match svc.query(&Caller::new("gm.wang"), Query::RecruitReport) {
        Ok(Reply::RecruitReport(r)) => r,
        other => panic!("{other:?}"),
    };
    let civ = report
        .depts
        .iter()
        .find(|d| d.dept_name.contains("Civil"))
        .unwrap();
    assert!(civ.filled >= 2, "the demo's and this one: {civ:?}");
    assert!(
        report
            .steps
            .windows(2)
            .all(|w| w[0].mean_hours >= w[1].mean_hours)
    );
}

#[test]
fn a_returned_requisition_is_edited_and_resubmitted_in_a_new_round() {
    let (_dir, svc, engineer) = setup();
    let req: ReqId = created(&step(&svc, "head.civil", raise(engineer, 2), ""));
    assert!(matches!(
        refuse(
            &svc,
            "div.eng",
            Recruit::Sign {
                id: req,
                decision: Decision::Return,
                seen: req_seen(&svc, req),
                assign: None,
            },
            "",
        ),
        DomainError::CommentRequired
    ));
    sign(
        &svc,
        "div.eng",
        req,
        Decision::Return,
        "One is enough for now.",
    );
    assert!(has(&svc, "head.civil", CaseRef::Req(req)));
    let reserved = ledger(&svc, engineer).2;
    step(
        &svc,
        "head.civil",
        Recruit::Edit {
            id: req,
            count: 1,
            reason: "One engineer.".into(),
            start: today() + days(30),
            notes: String::new(),
        },
        "",
    );
    assert_eq!(
        ledger(&svc, engineer).2,
        reserved - 1,
        "the edit frees a seat"
    );
    step(
        &svc,
        "head.civil",
        Recruit::Resubmit { id: req },
        "Down to one.",
    );
    let v = view(&svc, "head.civil", req);
    assert_eq!(v.round, 2);
    assert_eq!(v.row.state, ReqState::Submitted);
    // Both rounds stay in the history.
    assert_eq!(
        v.timeline
            .iter()
            .filter(|e| matches!(e, renshi::service::api::TimelineEntry::Submitted { .. }))
            .count(),
        2
    );
    // A digest of the first round no longer signs.
    let old = renshi::domain::signoff::Seen {
        round: 1,
        digest: v.seen.digest.clone(),
    };
    assert!(matches!(
        refuse(
            &svc,
            "div.eng",
            Recruit::Sign {
                id: req,
                decision: Decision::Approve,
                seen: old,
                assign: None,
            },
            ""
        ),
        DomainError::ChangedSinceSeen { .. }
    ));
    sign(&svc, "div.eng", req, Decision::Approve, "");
    // Rejected: the seat is free again.
    sign(&svc, "gm.wang", req, Decision::Reject, "Not this year.");
    assert_eq!(ledger(&svc, engineer).2, reserved - 2);
    assert!(matches!(
        refuse(&svc, "head.civil", Recruit::Cancel { id: req }, "too late"),
        DomainError::ReqClosed { .. }
    ));
}

#[test]
fn the_department_assesses_and_hr_decides_an_extension_or_the_end() {
    let (_dir, svc) = demo();
    let emp = EmployeeId(41);
    let c = company(&svc);
    let position = c.employees[&emp].position;
    let (_, filled, _) = ledger(&svc, position);
    let end = c.employees[&emp]
        .hiring
        .as_ref()
        .unwrap()
        .probation
        .as_ref()
        .unwrap()
        .end;
    let start = c.employees[&emp].hired;
    // Six months counted as a contract counts them: through the day before.
    let limit = start.checked_add_months(chrono::Months::new(6)).unwrap() - days(1);
    let assess = |verdict| Recruit::Assess {
        employee: emp,
        verdict,
        seen: review_seen(&svc, emp),
    };
    let extend = |until| assess(Verdict::Extend(until));
    assert!(matches!(
        refuse(&svc, "head.civil", extend(limit + days(1)), "More time."),
        DomainError::ProbationPastLimit { .. }
    ));
    assert!(matches!(
        refuse(&svc, "head.civil", extend(end - days(1)), "More time."),
        DomainError::EndBeforeStart { .. }
    ));
    assert_eq!(
        refuse(&svc, "head.civil", extend(limit), "").key(),
        "err.reason_required",
        "an extension says why"
    );
    // The department's verdict goes to HR: nothing changes yet.
    step(
        &svc,
        "head.civil",
        extend(limit),
        "Needs another month on site.",
    );
    let p = |svc: &renshi::service::Service| {
        company(svc).employees[&emp]
            .hiring
            .clone()
            .unwrap()
            .probation
            .unwrap()
    };
    assert_eq!(p(&svc).end, end, "one assessor does not extend alone");
    // HR may not confirm what the department did not pass.
    assert_eq!(
        refuse(&svc, "hr.zhao", assess(Verdict::Pass), "").key(),
        "err.not_passed_before"
    );
    step(
        &svc,
        "hr.zhao",
        extend(limit),
        "Agreed with the department.",
    );
    assert_eq!(p(&svc).end, limit);
    assert_eq!(p(&svc).first_end, Some(end));
    let c = company(&svc);
    assert_eq!(
        c.employees[&emp].contracts.last().unwrap().end,
        Some(limit),
        "the probation contract runs to the new end"
    );
    assert!(matches!(
        refuse(&svc, "head.civil", extend(limit), "Again."),
        DomainError::ExtendedOnce { .. }
    ));
    // Not passed: the department's verdict, then HR's, ends it.
    step(
        &svc,
        "head.civil",
        assess(Verdict::Fail),
        "Safety rules broken twice.",
    );
    assert_eq!(
        company(&svc).employees[&emp].status,
        EmployeeStatus::Probation,
        "one assessor does not end an employment alone"
    );
    let done = step(&svc, "hr.zhao", assess(Verdict::Fail), "Confirmed.");
    // Not passed opens a separation case: the employment ends when it closes.
    let case: SepId = created(&done);
    let c = company(&svc);
    assert_eq!(
        c.separations[&case].kind,
        renshi::domain::offboard::SepKind::ProbationNotPassed
    );
    assert_eq!(c.employees[&emp].status, EmployeeStatus::Probation);
    assert_eq!(
        ledger(&svc, position).1,
        filled,
        "held until the case closes"
    );
    assert_eq!(
        c.employees[&emp]
            .hiring
            .as_ref()
            .and_then(|h| h.probation.as_ref())
            .map(|p| p.outcome),
        Some(ProbationOutcome::Failed)
    );
}

/// Every bad input of the issue gets its own refusal, and nothing is written.
#[test]
fn bad_input_is_refused_and_writes_nothing() {
    let (_dir, svc, engineer) = setup();
    let c = company(&svc);
    let other_dept = position_id(&c, "Cost Engineer");
    let full = position_id(&c, "Site Supervisor");
    let req: ReqId = created(&step(&svc, "head.civil", raise(engineer, 1), ""));
    let before = events(&svc);
    let expect = |login: &str, cmd: Recruit, comment: &str, key: &str| {
        let e = refuse(&svc, login, cmd.clone(), comment);
        assert_eq!(e.key(), key, "{cmd:?}: {e}");
        assert_eq!(events(&svc), before, "{cmd:?} wrote nothing");
    };
    expect(
        "head.civil",
        raise(other_dept, 1),
        "",
        "err.not_your_department",
    );
    expect("head.civil", raise(engineer, 0), "", "err.bad_count");
    expect("head.civil", raise(engineer, 2), "", "err.seats_short");
    expect("head.civil", raise(full, 2), "", "err.seats_short");
    let mut past = raise(engineer, 1);
    if let Recruit::Raise { start, .. } = &mut past {
        *start = today() - days(1);
    }
    expect("head.civil", past, "", "err.start_in_past");
    let sign_as = |id| Recruit::Sign {
        id,
        decision: Decision::Approve,
        seen: req_seen(&svc, id),
        assign: None,
    };
    expect("gm.wang", sign_as(req), "", "err.not_your_turn");
    expect("head.civil", sign_as(req), "", "err.four_eyes_author");
    sign(&svc, "div.eng", req, Decision::Approve, "");
    let before = events(&svc);
    let expect = |login: &str, cmd: Recruit, comment: &str, key: &str| {
        let e = refuse(&svc, login, cmd.clone(), comment);
        assert_eq!(e.key(), key, "{cmd:?}: {e}");
        assert_eq!(events(&svc), before, "{cmd:?} wrote nothing");
    };
    // Twice: div.eng signed the first step and may not sign another.
    expect("div.eng", sign_as(req), "", "err.four_eyes_signed");
    // On a cancelled one.
    let other: ReqId = created(&step(&svc, "head.civil", raise(engineer, 1), ""));
    step(
        &svc,
        "head.civil",
        Recruit::Cancel { id: other },
        "Postponed.",
    );
    let before = events(&svc);
    let e = refuse(&svc, "div.eng", sign_as(other), "");
    assert_eq!(e.key(), "err.not_awaiting_signature");
    assert_eq!(events(&svc), before);
    // Interviews: a score outside 1–5, feedback from someone not on the round.
    let int = InterviewId(3);
    for (login, score, key) in [
        ("head.civil", 0, "err.bad_score"),
        ("head.civil", 6, "err.bad_score"),
        ("gm.wang", 4, "err.not_interviewer"),
    ] {
        let e = refuse(
            &svc,
            login,
            Recruit::Feedback {
                interview: int,
                score,
                recommend: Recommend::Hire,
            },
            "",
        );
        assert_eq!(e.key(), key);
    }
    // An offer with no seat left on its requisition (REQ-0002 offered its one).
    let e = refuse(
        &svc,
        "hr.li",
        Recruit::Offer {
            candidate: CandidateId(2),
            start: today() + days(10),
            probation_months: None,
        },
        "",
    );
    assert_eq!(
        e.key(),
        "err.interview_open",
        "CAN-0002's round still waits"
    );
    // A probation end before its start; a contract without a pass.
    let e = refuse(
        &svc,
        "hr.li",
        Recruit::FormalContract {
            employee: EmployeeId(41),
            start: today(),
            end: None,
            number: "LC-1".into(),
        },
        "",
    );
    assert_eq!(e.key(), "err.probation_not_passed");
    let sarah = employee_id(&company(&svc), "Sarah Wong");
    let hired = company(&svc).employees[&sarah].hired;
    let e = refuse(
        &svc,
        "hr.li",
        Recruit::OpenReview {
            employee: sarah,
            end: hired - days(1),
        },
        "",
    );
    assert_eq!(e.key(), "err.end_before_start");
    assert_eq!(events(&svc), before, "nothing was written by any refusal");
}

/// The general manager's override is the only way past the headcount, and it
/// is recorded with its reason where the ledger and the audit log show it.
#[test]
fn only_the_general_manager_overrides_and_the_reason_is_kept() {
    let (_dir, svc) = demo();
    let full = position_id(&company(&svc), "Site Supervisor");
    let e = refuse(&svc, "head.civil", raise(full, 2), "");
    assert_eq!(e.key(), "err.seats_short", "one seat is free, not two");
    for login in ["hr.zhao", "div.eng", "head.civil"] {
        let e = refuse(
            &svc,
            login,
            Recruit::Override {
                position: full,
                seats: 1,
            },
            "urgent",
        );
        assert_eq!(e.key(), "err.denied", "{login}");
    }
    let e = refuse(
        &svc,
        "gm.wang",
        Recruit::Override {
            position: full,
            seats: 1,
        },
        "",
    );
    assert_eq!(e.key(), "err.reason_required");
    step(
        &svc,
        "gm.wang",
        Recruit::Override {
            position: full,
            seats: 1,
        },
        "Night shift on the metro site.",
    );
    let p = &company(&svc).positions[&full];
    assert_eq!(p.overridden, 1);
    assert_eq!(p.overrides[0].reason, "Night shift on the metro site.");
    step(&svc, "head.civil", raise(full, 2), "");
    let l = company(&svc).ledger(full);
    assert_eq!(l.free(), 0);
    assert!(
        l.occupied() > l.approved,
        "over the headcount, by the recorded override"
    );
}

/// An auditor who sits on a round reads the log like anyone on it: the
/// others' feedback stays withheld until they give theirs, and a whole-log
/// export (whose lines cannot leave anything out) is refused until then.
#[test]
fn an_interviewer_who_reads_the_audit_log_sees_no_feedback_before_giving_theirs() {
    let (_dir, svc, _) = setup();
    let can = CandidateId(2);
    let int: InterviewId = created(&step(
        &svc,
        "hr.li",
        Recruit::Schedule {
            candidate: can,
            at: now(),
            place: "Room B".into(),
            interviewers: vec!["hr.zhao".into(), "head.civil".into()],
        },
        "",
    ));
    step(
        &svc,
        "head.civil",
        Recruit::Feedback {
            interview: int,
            score: 2,
            recommend: Recommend::NoHire,
        },
        "Weak on drainage 排水.",
    );
    let audit =
        |login: &str| match svc.query(&Caller::new(login), Query::Audit { from: 0, limit: 5 }) {
            Ok(Reply::Audit(rows)) => rows,
            other => panic!("{other:?}"),
        };
    let export = |login: &str| {
        svc.query(
            &Caller::new(login),
            Query::Export {
                from: 1,
                upto: svc.head().seq,
            },
        )
    };
    let last = |login: &str| audit(login).pop().expect("an entry");
    // hr.zhao sits on the round and has not given feedback.
    let hidden = last("hr.zhao");
    assert_eq!(hidden.event, None);
    assert_eq!(hidden.withheld, Some(int));
    assert_eq!(hidden.comment, "", "the note is the comment: withheld too");
    assert!(
        !hidden.hash.is_empty(),
        "the chain still shows the entry is there"
    );
    match export("hr.zhao") {
        Err(renshi::service::api::ApiError::Domain(DomainError::FeedbackFirst { interview })) => {
            assert_eq!(interview, int.to_string())
        }
        other => panic!("{other:?}"),
    }
    // An auditor not on the round reads it in full.
    let board = last("board.chen");
    assert!(matches!(
        board.event,
        Some(Event::FeedbackGiven { score: 2, .. })
    ));
    assert_eq!(board.comment, "Weak on drainage 排水.");
    assert!(export("board.chen").is_ok());
    // Once hr.zhao gives theirs, the log is theirs to read whole.
    step(
        &svc,
        "hr.zhao",
        Recruit::Feedback {
            interview: int,
            score: 3,
            recommend: Recommend::Hold,
        },
        "",
    );
    let rows = audit("hr.zhao");
    assert!(
        rows.iter()
            .all(|r| r.withheld.is_none() && r.event.is_some())
    );
    assert!(export("hr.zhao").is_ok());
}

/// A candidate's contact and CV notes are erased once, for a stated reason;
/// their name and stages stay, and the view says who erased them and when.
#[test]
fn a_candidates_contact_is_erased_once_for_a_reason() {
    let (_dir, svc, _) = setup();
    let can = CandidateId(3);
    let candidate = |svc: &renshi::service::Service| {
        let req = svc.company().candidates[&can].req;
        view(svc, "hr.li", req)
            .candidates
            .into_iter()
            .find(|c| c.id == can)
            .expect("the candidate")
    };
    assert!(!candidate(&svc).contact.is_empty());
    let before = events(&svc);
    let erase = Recruit::EraseCandidate { candidate: can };
    assert!(matches!(
        refuse(&svc, "hr.zhao", erase.clone(), "  "),
        DomainError::ReasonRequired { .. }
    ));
    assert_eq!(events(&svc), before, "nothing written");
    step(&svc, "hr.zhao", erase.clone(), "PIPL art. 47");
    let c = candidate(&svc);
    assert_eq!((c.contact.as_str(), c.notes.as_str()), ("", ""));
    assert_eq!(c.erased.as_ref().map(|e| e.by.as_str()), Some("hr.zhao"));
    assert_eq!(c.stage, Stage::Offered, "the stages stay");
    let after = events(&svc);
    assert!(matches!(
        refuse(&svc, "hr.zhao", erase, "again"),
        DomainError::AlreadyErased { .. }
    ));
    assert_eq!(events(&svc), after);
    assert!(svc.store().verify(|_| {}).is_ok());
}

/// Once a requisition stops recruiting, nobody is asked for feedback that
/// can no longer lead to an offer, and its runner is asked to close the
/// candidates still in the running instead of leaving them waiting.
#[test]
fn candidates_left_on_a_filled_requisition_go_to_the_runner_to_close() {
    let (_dir, svc, _) = setup();
    // REQ-0002 (one seat): CAN-0002 interviewing, INT-0003 waiting for
    // head.civil's feedback; CAN-0003 holds the offer.
    let (req, waiting, offered, int) = (ReqId(2), CandidateId(2), CandidateId(3), InterviewId(3));
    assert!(has(&svc, "head.civil", CaseRef::Interview(int)));
    step(
        &svc,
        "hr.li",
        Recruit::Answer {
            candidate: offered,
            accepted: true,
        },
        "",
    );
    let start = company(&svc).candidates[&offered]
        .offer
        .as_ref()
        .unwrap()
        .start;
    set_today(start);
    step(
        &svc,
        "hr.li",
        Recruit::Hire {
            candidate: offered,
            number: "HX-5002".into(),
            legal_name: String::new(),
            personal: Box::new(Personal {
                id_number: "110101199202020022".into(),
                phone: "13900002222".into(),
                bank_account: "6222 0000 0000 5002".into(),
                date_of_birth: "1992-02-02".into(),
                emergency_contact: "羅父 13900002223".into(),
                ..Personal::default()
            }),
            probation_end: None,
        },
        "",
    );
    assert_eq!(company(&svc).requisitions[&req].state, ReqState::Filled);
    assert!(
        !has(&svc, "head.civil", CaseRef::Interview(int)),
        "no feedback asked once the seat is filled"
    );
    let close = inbox(&svc, "hr.li")
        .into_iter()
        .find(|(_, c)| *c == CaseRef::Candidate(waiting))
        .map(|(k, _)| k);
    assert_eq!(close, Some(InboxKind::CloseCandidate));
    step(
        &svc,
        "hr.li",
        Recruit::Drop {
            candidate: waiting,
            withdrawn: false,
        },
        "The seat went to another candidate.",
    );
    assert!(!has(&svc, "hr.li", CaseRef::Candidate(waiting)));
}

/// A paper sign-off waits for its second HR person from when it was
/// recorded: the inbox's age says how long they have left it, not how long
/// the requisition has been out.
#[test]
fn a_paper_signoff_waits_from_when_it_was_recorded() {
    let (_dir, svc, engineer) = setup();
    let start = now();
    let req: ReqId = created(&step(&svc, "head.civil", raise(engineer, 1), ""));
    set_now(start + days(3));
    step(
        &svc,
        "hr.li",
        Recruit::RecordPaper {
            id: req,
            signer: "div.eng".into(),
            decision: Decision::Approve,
            paper_ref: "Memo 2026-114".into(),
            seen: req_seen(&svc, req),
        },
        "",
    );
    let item = match svc.query(&Caller::new("hr.zhao"), Query::Inbox(PageReq::FIRST)) {
        Ok(Reply::Inbox(p)) => p
            .items
            .into_iter()
            .find(|i| i.case == CaseRef::Req(req))
            .expect("the paper to confirm"),
        other => panic!("{other:?}"),
    };
    assert!(matches!(item.kind, InboxKind::ConfirmPaper { .. }));
    assert_eq!(item.since, start + days(3));
}

/// Rounds called off count for nothing: an offer needs a joint interview
/// that everyone on it gave feedback on, and a round with feedback is not
/// called off (the department's feedback still owed would go with it).
#[test]
fn an_offer_needs_a_round_that_was_held() {
    let (_dir, svc, _) = setup();
    // CAN-0002's INT-0003 has hr.li's feedback and waits for head.civil's.
    let (can, held) = (CandidateId(2), InterviewId(3));
    let before = events(&svc);
    assert!(matches!(
        refuse(
            &svc,
            "hr.li",
            Recruit::CancelInterview { interview: held },
            "not needed"
        ),
        DomainError::InterviewHeld { by, .. } if by == "hr.li"
    ));
    assert_eq!(events(&svc), before, "nothing written");
    // A fresh candidate whose only round is called off gets no offer.
    let req = company(&svc).candidates[&can].req;
    let fresh: CandidateId = created(&step(
        &svc,
        "hr.li",
        Recruit::AddCandidate {
            req,
            name: "Friend of HR".into(),
            contact: "13900007777".into(),
            source: String::new(),
            notes: String::new(),
        },
        "",
    ));
    let int: InterviewId = created(&step(
        &svc,
        "hr.li",
        Recruit::Schedule {
            candidate: fresh,
            at: now() + days(5),
            place: "Room E".into(),
            interviewers: vec!["hr.li".into(), "head.civil".into()],
        },
        "",
    ));
    step(
        &svc,
        "hr.li",
        Recruit::CancelInterview { interview: int },
        "Scheduled by mistake.",
    );
    let before = events(&svc);
    let offer = Recruit::Offer {
        candidate: fresh,
        start: today() + days(30),
        probation_months: None,
    };
    assert!(matches!(
        refuse(&svc, "hr.li", offer, ""),
        DomainError::NoInterviewHeld { candidate } if candidate == fresh.to_string()
    ));
    assert_eq!(events(&svc), before, "nothing written");
}

/// Someone hired through recruitment told renshi about themselves as a
/// candidate too: erasing the employee's personal data erases that as well.
#[test]
fn erasing_a_hired_employee_erases_them_as_a_candidate_too() {
    let (_dir, svc, _) = setup();
    let emp = EmployeeId(41);
    let can = company(&svc).employees[&emp]
        .hiring
        .as_ref()
        .and_then(|h| h.candidate)
        .expect("hired through a requisition");
    assert!(!company(&svc).candidate_records[&can].contact.is_empty());
    ok(
        &svc,
        "hr.zhao",
        Command::ErasePersonalData { id: emp },
        "PIPL art. 47",
    );
    let c = company(&svc);
    assert!(c.personal[&emp].erased.is_some());
    let record = &c.candidate_records[&can];
    assert!(record.erased.is_some() && record.contact.is_empty() && record.notes.is_empty());
    assert!(c.candidates[&can].erased.is_some());
}

/// The HR head who approves without naming a runner runs it: a requisition
/// never stands open with nobody to recruit for it.
#[test]
fn the_hr_head_who_names_nobody_runs_the_requisition() {
    let (_dir, svc, engineer) = setup();
    let req: ReqId = created(&step(&svc, "head.civil", raise(engineer, 1), ""));
    sign(&svc, "div.eng", req, Decision::Approve, "");
    sign(&svc, "gm.wang", req, Decision::Approve, "");
    step(
        &svc,
        "hr.zhao",
        Recruit::Sign {
            id: req,
            decision: Decision::Approve,
            seen: req_seen(&svc, req),
            assign: None,
        },
        "",
    );
    let v = view(&svc, "hr.zhao", req);
    assert_eq!(v.row.state, ReqState::Open);
    assert_eq!(v.row.runner.as_deref(), Some("hr.zhao"));
    assert!(
        inbox(&svc, "hr.zhao")
            .iter()
            .all(|(k, c)| !(*c == CaseRef::Req(req) && *k == InboxKind::AssignReq)),
        "nothing to assign"
    );
}

/// An assessment given early (on the hire day, say) hands the probation to
/// the next assessor at once, not when the reminder window opens weeks later.
#[test]
fn an_early_assessment_reaches_the_next_assessor_at_once() {
    let (_dir, svc, _) = setup();
    let c = company(&svc);
    let emp = employee_id(&c, "Sarah Wong");
    let hired = c.employees[&emp].hired;
    drop(c);
    // A week after she joined; her probation ends 90 days in, beyond the
    // 30-day reminder window.
    set_today(hired + days(7));
    step(
        &svc,
        "hr.li",
        Recruit::OpenReview {
            employee: emp,
            end: hired + days(90),
        },
        "",
    );
    // The department head of the employee assesses first; find them.
    let heads: Vec<String> = company(&svc)
        .users
        .values()
        .filter(|u| u.has(Role::DeptHead))
        .map(|u| u.login.clone())
        .collect();
    let assessed = heads.iter().any(|login| {
        run(
            &svc,
            login,
            Command::Recruit(Recruit::Assess {
                employee: emp,
                verdict: Verdict::Pass,
                seen: review_seen(&svc, emp),
            }),
            "",
        )
        .is_ok()
    });
    assert!(assessed, "a department head assessed");
    let item = inbox(&svc, "hr.zhao")
        .into_iter()
        .find(|(_, c)| *c == CaseRef::Employee(emp));
    assert!(
        matches!(item, Some((InboxKind::Assess { .. }, _))),
        "{item:?}"
    );
}
