//! Evaluation and training through the service (issue #13): a course that
//! positions require, its sessions and results, where each holder stands as
//! the clock moves (done, expiring, expired), who is told; an evaluation
//! cycle from opening to the employee's acknowledgement, returned and
//! scored again, closed; the bad input the issue names; and the dashboard's
//! figures following what happened. Every refusal is checked to write
//! nothing (`refused` compares the log, the company and its rebuilt copy).

mod common;

use common::recruit::created;
use common::*;
use renshi::domain::review::{self, CourseKind, Review, Score, Standing, template};
use renshi::domain::signoff::{Decision, Seen};
use renshi::domain::*;
use renshi::service::Caller;
use renshi::service::Service;
use renshi::service::api::*;

fn act(svc: &Service, login: &str, cmd: Review, note: &str) -> Done {
    ok(svc, login, Command::Review(cmd), note)
}

fn refuse(svc: &Service, login: &str, cmd: Review) -> DomainError {
    refused(svc, login, Command::Review(cmd), "")
}

fn ask(svc: &Service, login: &str, q: Query) -> Result<Reply, ApiError> {
    svc.query(&Caller::new(login), q)
}

fn inbox(svc: &Service, login: &str) -> Vec<InboxItem> {
    match ask(svc, login, Query::Inbox(PageReq::FIRST)) {
        Ok(Reply::Inbox(p)) => p.items,
        other => panic!("{other:?}"),
    }
}

fn record(svc: &Service, login: &str, id: EmployeeId) -> ReviewRecord {
    match ask(svc, login, Query::ReviewRecord(id)) {
        Ok(Reply::ReviewRecord(r)) => *r,
        other => panic!("{other:?}"),
    }
}

fn view(svc: &Service, login: &str, id: EvalId) -> EvalView {
    match ask(svc, login, Query::Evaluation(id)) {
        Ok(Reply::Evaluation(v)) => *v,
        other => panic!("{login}: {other:?}"),
    }
}

fn dashboard(svc: &Service) -> Dashboard {
    match ask(svc, "gm.wang", Query::Dashboard) {
        Ok(Reply::Dashboard(d)) => *d,
        other => panic!("{other:?}"),
    }
}

fn seen_of(svc: &Service, id: EvalId) -> Seen {
    let c = company(svc);
    let ev = &c.evaluations[&id];
    Seen {
        round: ev.signoff.round,
        digest: review::eval_digest(ev).hex(),
    }
}

fn all(n: u8) -> Vec<Score> {
    let t = template::named("annual").unwrap();
    t.criteria
        .iter()
        .map(|c| Score {
            key: c.key.clone(),
            score: n,
            comment: String::new(),
        })
        .collect()
}

fn standing(svc: &Service, who: EmployeeId, course: CourseId) -> Standing {
    let r = record(svc, "hr.li", who);
    r.required
        .iter()
        .find(|s| s.course == course)
        .map(|s| s.standing)
        .unwrap_or_else(|| panic!("{course} is not required of {who}: {r:?}"))
}

/// A course required of the bid specialists, renewed yearly.
fn scaffolding(svc: &Service) -> CourseId {
    let c = company(svc);
    let done = act(
        svc,
        "hr.li",
        Review::AddCourse {
            title: "Working at height".into(),
            tenths: 35,
            kind: CourseKind::Safety,
            required_for: vec![position_id(&c, "Bid Specialist")],
            renew_months: Some(12),
        },
        "",
    );
    created(&done)
}

#[test]
fn a_pass_counts_until_its_renewal_and_the_right_people_are_told() {
    let (_dir, svc) = demo();
    let course = scaffolding(&svc);
    let c = company(&svc);
    let (anna, zeng) = (employee_id(&c, "Anna Liu"), employee_id(&c, "曾浩"));
    assert_eq!(standing(&svc, anna, course), Standing::Missing);
    let session: SessionId = created(&act(
        &svc,
        "hr.li",
        Review::PlanSession {
            course,
            on: today(),
            trainer: "外聘講師 External".into(),
            attendees: vec![anna, zeng],
        },
        "",
    ));
    for (who, passed) in [(anna, true), (zeng, false)] {
        act(
            &svc,
            "hr.li",
            Review::RecordResult {
                session,
                employee: who,
                passed,
                score: Some(if passed { 90 } else { 40 }),
                certificate: if passed {
                    "WAH-1".into()
                } else {
                    String::new()
                },
            },
            "practical test",
        );
    }
    assert_eq!(standing(&svc, anna, course), Standing::Done);
    assert_eq!(standing(&svc, zeng, course), Standing::Missing);
    let r = record(&svc, "hr.li", anna);
    let line = &r.training[0];
    assert_eq!((line.passed, line.score), (Some(true), Some(90)));
    assert_eq!(line.certificate, "WAH-1");
    let a_year = today().checked_add_months(chrono::Months::new(12)).unwrap();
    assert_eq!(line.valid_until, Some(a_year - days(1)));

    // HR hears of the certificate 30 days before it runs out, not earlier.
    let expiring = |svc: &Service| {
        inbox(svc, "hr.li")
            .into_iter()
            .find(|i| i.case == CaseRef::Course(course))
    };
    set_today(today() + days(365 - 32));
    assert_eq!(standing(&svc, anna, course), Standing::Done);
    assert!(expiring(&svc).is_none());
    set_today(today() + days(3));
    assert_eq!(standing(&svc, anna, course), Standing::Expiring);
    let item = expiring(&svc).expect("HR is told of the expiring certificate");
    assert!(
        matches!(item.kind, InboxKind::CertificatesExpire { count: 1, first } if first == r.training[0].valid_until.unwrap()),
        "{item:?}"
    );
    // Once it ran out, it is a gap like a course never taken.
    set_today(today() + days(40));
    assert_eq!(standing(&svc, anna, course), Standing::Expired);
    assert!(expiring(&svc).is_none());
}

#[test]
fn a_department_head_sees_the_gaps_of_their_people_only() {
    let (_dir, svc) = demo();
    let gaps = |login: &str| -> Vec<(CaseRef, u32)> {
        inbox(&svc, login)
            .into_iter()
            .filter_map(|i| match i.kind {
                InboxKind::TrainingGaps { count } => Some((i.case, count)),
                _ => None,
            })
            .collect()
    };
    // The demo's site safety course: Civil Works' people who never passed it.
    let civil = gaps("head.civil");
    assert_eq!(civil.len(), 1, "{civil:?}");
    let (case, before) = civil[0];
    assert!(before >= 3, "{civil:?}");
    assert!(gaps("hr.li").is_empty(), "HR is told of expiries, not gaps");
    // Training one of them closes one gap.
    let CaseRef::Course(course) = case else {
        panic!("{case:?}")
    };
    let c = company(&svc);
    let missing = employee_id(&c, "Sarah Wong");
    let before_standing = standing(&svc, missing, course);
    let session: SessionId = created(&act(
        &svc,
        "head.civil",
        Review::PlanSession {
            course,
            on: today(),
            trainer: "張偉".into(),
            attendees: vec![missing],
        },
        "",
    ));
    act(
        &svc,
        "head.civil",
        Review::RecordResult {
            session,
            employee: missing,
            passed: true,
            score: None,
            certificate: "S-9".into(),
        },
        "",
    );
    assert_ne!(before_standing, Standing::Done);
    assert_eq!(standing(&svc, missing, course), Standing::Done);
    assert_eq!(gaps("head.civil"), vec![(case, before - 1)]);
    // The gaps report: HR sees the whole company, the head their own.
    let report = |login: &str| match ask(&svc, login, Query::TrainingReport(PageReq::FIRST)) {
        Ok(Reply::TrainingReport(r)) => r,
        other => panic!("{other:?}"),
    };
    let whole = report("hr.li");
    let civil = report("head.civil");
    assert!(
        whole.counts.gaps() > civil.counts.gaps(),
        "{whole:?} {civil:?}"
    );
    assert!(
        civil
            .gaps
            .items
            .iter()
            .all(|g| g.dept_name.contains("Civil"))
    );
    assert!(matches!(
        ask(&svc, "emp.liu", Query::TrainingReport(PageReq::FIRST)),
        Err(ApiError::Domain(DomainError::Denied { .. }))
    ));
}

#[test]
fn training_refuses_what_the_issue_names_and_writes_nothing() {
    let (_dir, svc) = demo();
    let course = scaffolding(&svc);
    let c = company(&svc);
    let anna = employee_id(&c, "Anna Liu");
    let liu = employee_id(&c, "劉洋");
    let session: SessionId = created(&act(
        &svc,
        "hr.li",
        Review::PlanSession {
            course,
            on: today(),
            trainer: "T".into(),
            attendees: vec![anna],
        },
        "",
    ));
    let result = |employee, score| Review::RecordResult {
        session,
        employee,
        passed: true,
        score,
        certificate: String::new(),
    };
    // A result for someone who did not attend.
    let e = refuse(&svc, "hr.li", result(liu, None));
    assert!(matches!(e, DomainError::NotAttendee { .. }), "{e:?}");
    assert!(e.to_string().contains(&session.to_string()), "{e}");
    let e = refuse(&svc, "hr.li", result(anna, Some(101)));
    assert!(matches!(e, DomainError::BadTrainingScore { .. }), "{e:?}");
    // A department head trains their own people only.
    let e = refuse(
        &svc,
        "head.civil",
        Review::Enroll {
            session,
            employees: vec![employee_id(&c, "何芳")],
        },
    );
    assert!(matches!(e, DomainError::NotYourDepartment { .. }), "{e:?}");
    // A result is recorded after the session, not before.
    let later: SessionId = created(&act(
        &svc,
        "hr.li",
        Review::PlanSession {
            course,
            on: today() + days(7),
            trainer: "T".into(),
            attendees: vec![anna],
        },
        "",
    ));
    let e = refuse(
        &svc,
        "hr.li",
        Review::RecordResult {
            session: later,
            employee: anna,
            passed: true,
            score: None,
            certificate: String::new(),
        },
    );
    assert!(matches!(e, DomainError::InFuture { .. }), "{e:?}");
    // A session in a closed course.
    act(&svc, "hr.li", Review::CloseCourse { course }, "");
    let e = refuse(
        &svc,
        "hr.li",
        Review::PlanSession {
            course,
            on: today(),
            trainer: "T".into(),
            attendees: vec![anna],
        },
    );
    assert!(matches!(e, DomainError::CourseClosed { .. }), "{e:?}");
    let e = refuse(
        &svc,
        "hr.li",
        Review::AddCourse {
            title: "x".into(),
            tenths: 0,
            kind: CourseKind::Other,
            required_for: vec![],
            renew_months: None,
        },
    );
    assert!(matches!(e, DomainError::BadHours { .. }), "{e:?}");
    // The employee is not one who plans training.
    let e = refuse(
        &svc,
        "emp.liu",
        Review::AddCourse {
            title: "x".into(),
            tenths: 10,
            kind: CourseKind::Other,
            required_for: vec![],
            renew_months: None,
        },
    );
    assert!(matches!(e, DomainError::Denied { .. }), "{e:?}");
}

fn open_cycle(svc: &Service, civil: DeptId) -> CycleId {
    created(&act(
        svc,
        "hr.li",
        Review::OpenCycle {
            name: "Q1 2027".into(),
            from: today(),
            to: today() + days(30),
            template: template::named("annual").unwrap(),
            self_assessment: false,
            depts: vec![civil],
        },
        "",
    ))
}

#[test]
fn one_evaluation_from_scoring_to_the_employees_acknowledgement() {
    let (_dir, svc) = demo();
    let c = company(&svc);
    let civil = dept_id(&c, "Civil");
    let liu = employee_id(&c, "劉洋");
    let cycle = open_cycle(&svc, civil);
    let score = |scores| Review::Score {
        cycle,
        employee: liu,
        scores,
    };
    // Bad scores: out of range, missing, unknown.
    let mut bad = all(4);
    bad[1].score = 6;
    let e = refuse(&svc, "head.civil", score(bad));
    assert!(
        matches!(&e, DomainError::BadCriterionScore { key, text } if key == "delivery" && text == "6"),
        "{e:?}"
    );
    let e = refuse(&svc, "head.civil", score(all(4)[1..].to_vec()));
    assert!(matches!(e, DomainError::CriteriaMissing { .. }), "{e:?}");
    let mut unknown = all(4);
    unknown[0].key = "charm".into();
    let e = refuse(&svc, "head.civil", score(unknown));
    assert!(matches!(e, DomainError::UnknownCriterion { .. }), "{e:?}");
    // Nobody scores themselves.
    let e = refuse(&svc, "emp.liu", score(all(5)));
    assert!(
        matches!(e, DomainError::Denied { .. } | DomainError::OwnEvaluation),
        "{e:?}"
    );

    let id: EvalId = created(&act(&svc, "head.civil", score(all(4)), ""));
    let v = view(&svc, "head.civil", id);
    assert_eq!(
        (v.row.result, v.row.grade.as_deref()),
        (Some(400), Some("B"))
    );
    assert!(v.may.submit && v.may.score && !v.may.sign);
    // Before sign-off the employee sees that it exists, not the scores.
    let mine = view(&svc, "emp.liu", id);
    assert!(mine.scores_hidden && mine.criteria.is_empty());
    assert_eq!((mine.row.result, mine.row.grade), (None, None));
    let e = refuse(&svc, "emp.liu", Review::Acknowledge { id });
    assert!(matches!(e, DomainError::NotSignedOffYet { .. }), "{e:?}");

    act(&svc, "head.civil", Review::Submit { id }, "");
    let e = refuse(&svc, "head.civil", score(all(5)));
    assert!(matches!(e, DomainError::EvaluationNotDraft { .. }), "{e:?}");
    assert!(
        inbox(&svc, "hr.zhao")
            .iter()
            .any(|i| i.case == CaseRef::Eval(id)
                && matches!(i.kind, InboxKind::SignEvaluation { .. })),
        "the HR head is asked to sign"
    );
    // Returned: back to the head, who scores it again.
    act(
        &svc,
        "hr.zhao",
        Review::Sign {
            id,
            decision: Decision::Return,
            seen: seen_of(&svc, id),
        },
        "Delivery was late twice this quarter.",
    );
    assert!(
        inbox(&svc, "head.civil")
            .iter()
            .any(|i| i.case == CaseRef::Eval(id) && i.kind == InboxKind::ReviseEvaluation)
    );
    let mut again = all(4);
    again[1].score = 3;
    act(&svc, "head.civil", score(again), "");
    act(&svc, "head.civil", Review::Submit { id }, "");
    // A signature bound to the first round no longer holds.
    act(
        &svc,
        "hr.zhao",
        Review::Sign {
            id,
            decision: Decision::Approve,
            seen: seen_of(&svc, id),
        },
        "",
    );
    let mine = view(&svc, "emp.liu", id);
    assert!(!mine.scores_hidden);
    assert_eq!(mine.row.result, Some(375));
    assert_eq!(mine.row.stage, EvalStage::SignedOff);
    assert!(mine.may.acknowledge);
    assert!(
        inbox(&svc, "emp.liu")
            .iter()
            .any(|i| i.case == CaseRef::Eval(id) && i.kind == InboxKind::AcknowledgeEvaluation)
    );
    // Someone else's evaluation is not theirs to acknowledge.
    let e = refuse(&svc, "hr.li", Review::Acknowledge { id });
    assert!(matches!(e, DomainError::NotYourEvaluation { .. }), "{e:?}");
    act(
        &svc,
        "emp.liu",
        Review::Acknowledge { id },
        "I will improve delivery.",
    );
    let mine = view(&svc, "emp.liu", id);
    assert_eq!(mine.row.stage, EvalStage::Acknowledged);
    assert_eq!(mine.remark, "I will improve delivery.");
    assert_eq!(mine.row.result, Some(375), "the remark changes no score");
    let e = refuse(&svc, "emp.liu", Review::Acknowledge { id });
    assert!(
        matches!(e, DomainError::AlreadyAcknowledged { .. }),
        "{e:?}"
    );
    // The record shows it over time, with the demo's annual evaluation.
    let r = record(&svc, "emp.liu", liu);
    assert!(r.evaluations.iter().any(|e| e.id == Some(id)));
    assert!(r.evaluations.len() >= 2, "{:?}", r.evaluations);
}

#[test]
fn evaluations_refuse_what_the_issue_names() {
    let (_dir, svc) = demo();
    let c = company(&svc);
    let civil = dept_id(&c, "Civil");
    // Weights that do not add up.
    let mut t = template::named("annual").unwrap();
    template::reweigh(&mut t, "quality", 40).unwrap();
    let e = refuse(
        &svc,
        "hr.li",
        Review::OpenCycle {
            name: "Bad weights".into(),
            from: today(),
            to: today() + days(30),
            template: t,
            self_assessment: false,
            depts: vec![],
        },
    );
    assert!(
        matches!(e, DomainError::WeightsNot100 { sum: 110, .. }),
        "{e:?}"
    );
    let cycle = open_cycle(&svc, civil);
    // Someone outside the evaluator's departments (an accountant), and
    // someone outside the cycle's.
    let accountant = employee_id(&c, "何芳");
    let e = refuse(
        &svc,
        "head.civil",
        Review::Score {
            cycle,
            employee: accountant,
            scores: all(3),
        },
    );
    assert!(matches!(e, DomainError::NotYourDepartment { .. }), "{e:?}");
    let e = refuse(
        &svc,
        "hr.li",
        Review::Score {
            cycle,
            employee: accountant,
            scores: all(3),
        },
    );
    assert!(matches!(e, DomainError::OutsideCycle { .. }), "{e:?}");
    // No self-assessment in a cycle that asks for none.
    let e = refuse(
        &svc,
        "emp.liu",
        Review::SelfAssess {
            cycle,
            scores: all(5),
        },
    );
    assert!(matches!(e, DomainError::NoSelfAssessment { .. }), "{e:?}");
    // A closed cycle takes no more scores.
    act(&svc, "hr.zhao", Review::CloseCycle { cycle }, "");
    let e = refuse(
        &svc,
        "head.civil",
        Review::Score {
            cycle,
            employee: employee_id(&c, "陳靜"),
            scores: all(3),
        },
    );
    assert!(matches!(e, DomainError::CycleClosed { .. }), "{e:?}");
}

#[test]
fn a_department_head_sees_their_departments_evaluations_only() {
    let (_dir, svc) = demo();
    let list = |login: &str| match ask(
        &svc,
        login,
        Query::Evaluations {
            cycle: Some(CycleId(1)),
            page: PageReq::FIRST,
        },
    ) {
        Ok(Reply::Evaluations(p)) => p,
        other => panic!("{other:?}"),
    };
    let hr = list("hr.li");
    let head = list("head.civil");
    let me = list("emp.liu");
    assert!(
        hr.total > head.total && head.total > me.total,
        "{} {} {}",
        hr.total,
        head.total,
        me.total
    );
    assert!(head.items.iter().all(|r| r.dept_name.contains("Civil")));
    assert_eq!(me.total, 1);
    // The demo's David Wu (M&E) is no business of Civil Works' head.
    let wu = employee_id(&company(&svc), "David Wu");
    let ev = company(&svc).index.evals[&(CycleId(1), wu)];
    assert!(matches!(
        ask(&svc, "head.civil", Query::Evaluation(ev)),
        Err(ApiError::Domain(DomainError::NotFound { .. }))
    ));
    // Nor is it the employee's: another's evaluation does not exist for them.
    assert!(matches!(
        ask(&svc, "emp.liu", Query::Evaluation(ev)),
        Err(ApiError::Domain(DomainError::NotFound { .. }))
    ));
}

#[test]
fn the_dashboard_follows_what_happens() {
    let (_dir, svc) = demo();
    let before = dashboard(&svc);
    let cycle = before.cycle.clone().expect("the demo's annual cycle runs");
    assert!(cycle.expected > 20, "{cycle:?}");
    // The demo: one draft, one waiting, two signed off, one acknowledged.
    assert_eq!(cycle.states, [1, 1, 2, 1], "{cycle:?}");
    assert!(
        before.training.missing > 0 && before.training.expiring > 0,
        "{before:?}"
    );
    assert!(before.seats.len() >= 4, "{:?}", before.seats);
    // The rows add up to the company, the top department's own seats too.
    let sum = |f: fn(&Figures) -> u32| before.seats.iter().map(|r| f(&r.figures)).sum::<u32>();
    assert_eq!(
        sum(|f| f.approved),
        before.company.approved,
        "{:?}",
        before.seats
    );
    assert_eq!(
        sum(|f| f.filled),
        before.company.filled,
        "{:?}",
        before.seats
    );
    // Everyone who joined in the last 12 months, HR's entries too.
    let c = company(&svc);
    let year = c
        .employees
        .values()
        .filter(|e| e.hired > today() - days(330) && e.hired <= today())
        .count() as u32;
    assert!(
        before.hires_by_month.iter().sum::<u32>() >= year,
        "{:?}",
        before.hires_by_month
    );
    assert!(before.funnel.applied >= before.funnel.interviewed);
    assert!(before.funnel.interviewed >= before.funnel.offered);
    assert!(before.funnel.offered >= before.funnel.hired);
    assert_eq!(before.separations_open, 3);
    // The HR head signs 陳靜's: one more complete.
    let c = company(&svc);
    let chen = employee_id(&c, "陳靜");
    let id = c.index.evals[&(cycle.id, chen)];
    act(
        &svc,
        "hr.zhao",
        Review::Sign {
            id,
            decision: Decision::Approve,
            seen: seen_of(&svc, id),
        },
        "",
    );
    let after = dashboard(&svc);
    assert_eq!(after.cycle.unwrap().states, [1, 0, 3, 1]);
    // Who may see it.
    for login in ["hr.li", "hr.zhao", "gm.wang", "board.chen"] {
        assert!(ask(&svc, login, Query::Dashboard).is_ok(), "{login}");
    }
    for login in ["emp.liu", "head.civil", "fin.zhou", "admin"] {
        assert!(
            matches!(
                ask(&svc, login, Query::Dashboard),
                Err(ApiError::Domain(DomainError::Denied { .. }))
            ),
            "{login}"
        );
    }
}

#[test]
fn the_probation_assessment_is_an_evaluation_of_kind_probation() {
    let (_dir, svc) = demo();
    let c = company(&svc);
    let on_probation = c
        .employees
        .values()
        .find(|e| e.hiring.as_ref().is_some_and(|h| h.probation.is_some()))
        .expect("the demo has a probation under review");
    let r = record(&svc, "hr.li", on_probation.id);
    let p = r
        .evaluations
        .iter()
        .find(|e| e.kind == EvalKind::Probation)
        .expect("the probation is listed with the evaluations");
    assert!(matches!(
        p.stage,
        EvalStage::ProbationPending | EvalStage::ProbationPassed | EvalStage::ProbationFailed
    ));
}

#[test]
fn the_log_rebuilds_the_same_training_and_evaluations() {
    let (_dir, svc) = demo();
    let course = scaffolding(&svc);
    act(&svc, "hr.li", Review::CloseCourse { course }, "");
    let rebuilt = svc.store().load().unwrap().0;
    let live = company(&svc);
    assert_eq!(rebuilt.index, live.index);
    assert_eq!(rebuilt.evaluations, live.evaluations);
    assert_eq!(rebuilt.sessions, live.sessions);
}

/// What the attacker's trial found, each refused now with its own reason.
#[test]
fn a_cycle_takes_the_companys_template_and_only_its_weights() {
    let (_dir, svc) = demo();
    let open = |t: review::EvalTemplate, name: &str| Review::OpenCycle {
        name: name.into(),
        from: today(),
        to: today() + days(30),
        template: t,
        self_assessment: false,
        depts: vec![],
    };
    // A criterion the company does not have, or one fewer.
    let mut extra = template::named("annual").unwrap();
    extra.criteria[0].key = "bogus".into();
    let e = refuse(&svc, "hr.li", open(extra, "Tampered"));
    assert!(matches!(e, DomainError::BadTemplate { .. }), "{e:?}");
    let mut fewer = template::named("annual").unwrap();
    fewer.criteria.truncate(1);
    fewer.criteria[0].weight = 100;
    let e = refuse(&svc, "hr.li", open(fewer, "One criterion"));
    assert!(matches!(e, DomainError::BadTemplate { .. }), "{e:?}");
    let e = refuse(
        &svc,
        "hr.li",
        open(
            review::EvalTemplate {
                name: "nonexistent".into(),
                ..template::named("annual").unwrap()
            },
            "Unknown",
        ),
    );
    assert!(matches!(e, DomainError::UnknownTemplate { .. }), "{e:?}");
    // Titles and grades sent along are the company's, whatever was sent.
    let mut renamed = template::named("annual").unwrap();
    renamed.criteria[0].titles = vec![("en".into(), "Something else".into())];
    renamed.grades = vec![review::GradeBand {
        grade: "A".into(),
        min: 0,
    }];
    template::reweigh(&mut renamed, "quality", 20).unwrap();
    template::reweigh(&mut renamed, "growth", 20).unwrap();
    let id: CycleId = created(&act(&svc, "hr.li", open(renamed, "Reweighed"), ""));
    let c = company(&svc);
    let kept = &c.cycles[&id].template;
    let annual = template::named("annual").unwrap();
    assert_eq!(kept.grades, annual.grades);
    assert_eq!(kept.criteria[0].titles, annual.criteria[0].titles);
    assert_eq!((kept.criteria[0].weight, kept.criteria[4].weight), (20, 20));
    // A cycle that has not begun takes no scores yet.
    let later: CycleId = created(&act(
        &svc,
        "hr.li",
        Review::OpenCycle {
            name: "Next quarter".into(),
            from: today() + days(10),
            to: today() + days(40),
            template: template::named("annual").unwrap(),
            self_assessment: false,
            depts: vec![],
        },
        "",
    ));
    let e = refuse(
        &svc,
        "head.civil",
        Review::Score {
            cycle: later,
            employee: employee_id(&c, "黃磊"),
            scores: all(3),
        },
    );
    assert!(matches!(e, DomainError::CycleNotStarted { .. }), "{e:?}");
}

#[test]
fn training_results_are_nobodys_own_and_none_comes_before_the_person() {
    let (_dir, svc) = demo();
    let course = scaffolding(&svc);
    let c = company(&svc);
    let anna = employee_id(&c, "Anna Liu");
    let li = employee_id(&c, "李娜");
    let session: SessionId = created(&act(
        &svc,
        "hr.li",
        Review::PlanSession {
            course,
            on: today() - days(3),
            trainer: "T".into(),
            attendees: vec![anna, li],
        },
        "",
    ));
    let result = |employee, passed, certificate: &str| Review::RecordResult {
        session,
        employee,
        passed,
        score: None,
        certificate: certificate.into(),
    };
    // HR staff do not certify themselves.
    let e = refuse(&svc, "hr.li", result(li, true, "SELF-1"));
    assert!(matches!(e, DomainError::OwnTraining), "{e:?}");
    act(&svc, "hr.zhao", result(li, true, "C-1"), "");
    // A recorded result changes only with a reason, and never to itself.
    act(&svc, "hr.li", result(anna, true, "C-2"), "");
    let e = refused(
        &svc,
        "hr.zhao",
        Command::Review(result(anna, false, "")),
        "",
    );
    assert!(matches!(e, DomainError::ReasonRequired { .. }), "{e:?}");
    let e = refuse(&svc, "hr.li", result(anna, true, "C-2"));
    assert!(matches!(e, DomainError::SameResult { .. }), "{e:?}");
    act(
        &svc,
        "hr.zhao",
        result(anna, false, ""),
        "Certificate C-2 was issued by mistake: she missed the practical part.",
    );
    // Enrolling into a session already held is HR's correction, with the
    // reason; a head may not, and nobody hired later can have attended.
    let zeng = employee_id(&c, "曾浩");
    let enroll = Review::Enroll {
        session,
        employees: vec![zeng],
    };
    let e = refuse(&svc, "hr.li", enroll.clone());
    assert!(matches!(e, DomainError::ReasonRequired { .. }), "{e:?}");
    act(
        &svc,
        "hr.li",
        enroll.clone(),
        "He attended; the list missed him.",
    );
    let e = refused(&svc, "hr.li", Command::Review(enroll), "again");
    assert!(matches!(e, DomainError::AlreadyEnrolled { .. }), "{e:?}");
    let newcomer = employee_id(&c, "鄭凱");
    let hired = c.employees[&newcomer].hired;
    let e = refuse(
        &svc,
        "hr.li",
        Review::PlanSession {
            course,
            on: hired - days(1),
            trainer: "T".into(),
            attendees: vec![newcomer],
        },
    );
    assert!(matches!(e, DomainError::BeforeHire { .. }), "{e:?}");
    // A day a century off is a typo.
    let e = refuse(
        &svc,
        "hr.li",
        Review::PlanSession {
            course,
            on: chrono::NaiveDate::from_ymd_opt(1900, 1, 1).unwrap(),
            trainer: "T".into(),
            attendees: vec![anna],
        },
    );
    assert!(matches!(e, DomainError::DayOutOfRange { .. }), "{e:?}");
}

#[test]
fn a_draft_is_its_evaluators_and_nobody_signs_their_own_through_a_delegate() {
    let (_dir, svc) = demo();
    let c = company(&svc);
    let tan = employee_id(&c, "Michael Tan");
    let draft = c.index.evals[&(CycleId(1), tan)];
    // head.civil scored it; HR neither rescores nor sends it in his place.
    let e = refuse(
        &svc,
        "hr.li",
        Review::Score {
            cycle: CycleId(1),
            employee: tan,
            scores: all(5),
        },
    );
    assert!(matches!(e, DomainError::NotYourDraft { .. }), "{e:?}");
    let e = refuse(&svc, "hr.zhao", Review::Submit { id: draft });
    assert!(matches!(e, DomainError::NotYourDraft { .. }), "{e:?}");
    // The HR head's own evaluation, scored by HR staff.
    let zhao = employee_id(&c, "趙曉梅");
    let id: EvalId = created(&act(
        &svc,
        "hr.li",
        Review::Score {
            cycle: CycleId(1),
            employee: zhao,
            scores: all(2),
        },
        "",
    ));
    act(&svc, "hr.li", Review::Submit { id }, "");
    // Her scores stay hers to read once signed off, in the log too.
    let log = match ask(&svc, "hr.zhao", Query::Audit { from: 0, limit: 20 }) {
        Ok(Reply::Audit(entries)) => entries,
        other => panic!("{other:?}"),
    };
    assert!(
        !log.iter().any(|e| matches!(
            &e.event,
            Some(Event::EvaluationScored { id: scored, .. }) if *scored == id
        )),
        "the log shows the HR head her own scores"
    );
    assert!(view(&svc, "hr.zhao", id).seen.digest.is_empty());
    // She may not choose who signs it: her delegate is refused.
    ok(
        &svc,
        "hr.zhao",
        Command::GrantDelegation {
            to: "board.chen".into(),
            until: today() + days(10),
        },
        "",
    );
    let sign = |svc: &Service| Review::Sign {
        id,
        decision: Decision::Approve,
        seen: seen_of(svc, id),
    };
    let e = refuse(&svc, "board.chen", sign(&svc));
    assert!(matches!(e, DomainError::OwnEvaluation), "{e:?}");
    // Someone else's delegate outside HR signs what they may not otherwise
    // read: 陳靜's evaluation, waiting for the HR head.
    let chen = c.index.evals[&(CycleId(1), employee_id(&c, "陳靜"))];
    act(
        &svc,
        "board.chen",
        Review::Sign {
            id: chen,
            decision: Decision::Approve,
            seen: seen_of(&svc, chen),
        },
        "",
    );
    assert_eq!(
        company(&svc).evaluations[&chen].state,
        review::EvalState::SignedOff
    );
}
