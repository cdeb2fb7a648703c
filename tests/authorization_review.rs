//! Training and evaluation's part of the authorization policy, as a table:
//! every command and query of the flow against one demo user per role.
//! Commands are decided in full (`Query::Check`: authorization and the
//! evaluation's own rules, nothing written), since whose evaluation it is
//! and who signs now is the case's to say.
//!
//! A row gives the cell for each role in this order: admin, hr_staff,
//! hr_head, dept_head, division_head, general_manager, board, admin_dept,
//! finance, employee. Cells: "ok", "denied:<roles>", or an error's key.

mod common;

use common::*;
use renshi::domain::review::{self, CourseKind, Review, Score, template};
use renshi::domain::signoff::{Decision, Seen};
use renshi::domain::*;
use renshi::service::api::{ApiError, PageReq, Query, Reply};
use renshi::service::{Caller, Service};

const LOGINS: [&str; 10] = [
    "admin",
    "hr.li",
    "hr.zhao",
    "head.civil",
    "div.eng",
    "gm.wang",
    "board.chen",
    "admin.sun",
    "fin.zhou",
    "emp.liu",
];

const OK: &str = "ok";
/// Whoever may not see a person's evaluation is not told it exists.
const NF: &str = "err.not_found";
const HR: &str = "denied:hr_staff,hr_head";
const HRH: &str = "denied:hr_head";
const TRAIN: &str = "denied:hr_staff,hr_head,dept_head";
const TURN: &str = "err.not_your_turn";
const AUTHOR: &str = "err.four_eyes_author";
const MINE: &str = "err.not_your_evaluation";
const NOEMP: &str = "err.no_employee_record";
const SENT: &str = "err.evaluation_not_draft";
/// A draft is its evaluator's to send (here head.civil's).
const DRAFT: &str = "err.not_your_draft";
const REPORT: &str = "denied:hr_staff,hr_head,general_manager,dept_head,division_head";
const DASH: &str = "denied:hr_staff,hr_head,general_manager,board";
const STAFF: &str = REPORT;

#[rustfmt::skip]
const COMMANDS: &[(&str, [&str; 10])] = &[
    ("AddCourse",   [HR, OK, OK, HR, HR, HR, HR, HR, HR, HR]),
    ("EditCourse",  [HR, OK, OK, HR, HR, HR, HR, HR, HR, HR]),
    ("CloseCourse", [HR, OK, OK, HR, HR, HR, HR, HR, HR, HR]),
    ("PlanSession", [TRAIN, OK, OK, OK, TRAIN, TRAIN, TRAIN, TRAIN, TRAIN, TRAIN]),
    ("Enroll",      [TRAIN, OK, OK, OK, TRAIN, TRAIN, TRAIN, TRAIN, TRAIN, TRAIN]),
    ("RecordResult",[TRAIN, OK, OK, OK, TRAIN, TRAIN, TRAIN, TRAIN, TRAIN, TRAIN]),
    ("OpenCycle",   [HR, OK, OK, HR, HR, HR, HR, HR, HR, HR]),
    ("CloseCycle",  [HRH, HRH, OK, HRH, HRH, HRH, HRH, HRH, HRH, HRH]),
    ("Score",       [TRAIN, OK, OK, OK, TRAIN, TRAIN, TRAIN, TRAIN, TRAIN, TRAIN]),
    ("SelfAssess",  [NOEMP, OK, OK, OK, OK, OK, NOEMP, SENT, OK, SENT]),
    ("Submit",      [NF, DRAFT, DRAFT, OK, TRAIN, TRAIN, NF, NF, NF, NF]),
    ("Sign",        [NF, TURN, OK, AUTHOR, TURN, TURN, NF, NF, NF, NF]),
    ("Acknowledge", [NF, MINE, MINE, MINE, MINE, MINE, NF, NF, NF, OK]),
];

#[rustfmt::skip]
const QUERIES: &[(&str, [&str; 10])] = &[
    ("Courses",          [OK, OK, OK, OK, OK, OK, OK, OK, OK, OK]),
    ("Sessions",         [OK, OK, OK, OK, OK, OK, OK, OK, OK, OK]),
    ("Session",          [NF, OK, OK, OK, OK, OK, NF, NF, NF, OK]),
    ("TrainingReport",   [REPORT, OK, OK, OK, OK, OK, REPORT, REPORT, REPORT, REPORT]),
    ("Cycles",           [OK, OK, OK, OK, OK, OK, OK, OK, OK, OK]),
    ("Evaluations",      [OK, OK, OK, OK, OK, OK, OK, OK, OK, OK]),
    ("Evaluation",       [NF, OK, OK, OK, OK, OK, NF, NF, NF, OK]),
    ("EvaluationReport", [REPORT, OK, OK, OK, OK, OK, REPORT, REPORT, REPORT, REPORT]),
    ("ReviewRecord",     [STAFF, OK, OK, OK, OK, OK, STAFF, STAFF, STAFF, OK]),
    ("Dashboard",        [DASH, OK, OK, DASH, DASH, OK, OK, DASH, DASH, DASH]),
];

/// The demo's evaluations and training, by what the table needs of them.
struct World {
    svc: Service,
    _dir: tempfile::TempDir,
    huang: EmployeeId,
    liu: EmployeeId,
    sarah: EmployeeId,
    /// 劉洋's, signed off and waiting for him.
    signed: EvalId,
    /// 陳靜's, waiting for the HR head.
    waiting: EvalId,
    /// Michael Tan's, scored and not sent.
    draft: EvalId,
}

fn world() -> World {
    let (dir, svc) = demo();
    let c = company(&svc);
    let eval = |name: &str| c.index.evals[&(CycleId(1), employee_id(&c, name))];
    World {
        huang: employee_id(&c, "黃磊"),
        liu: employee_id(&c, "劉洋"),
        sarah: employee_id(&c, "Sarah Wong"),
        signed: eval("劉洋"),
        waiting: eval("陳靜"),
        draft: eval("Michael Tan"),
        svc,
        _dir: dir,
    }
}

fn scores(n: u8) -> Vec<Score> {
    template::named("annual")
        .unwrap()
        .criteria
        .iter()
        .map(|c| Score {
            key: c.key.clone(),
            score: n,
            comment: String::new(),
        })
        .collect()
}

fn command(w: &World, row: &str) -> Review {
    let c = company(&w.svc);
    let course = |title: &str| {
        c.courses
            .values()
            .find(|x| x.title.contains(title))
            .map(|x| x.id)
            .unwrap()
    };
    let safety = course("Site safety");
    // The refresher planned ahead, and the session 劉洋 passed.
    let ahead = c.sessions.values().find(|s| s.on > today()).unwrap().id;
    let passed = c
        .sessions
        .values()
        .find(|s| s.course == safety && s.attendees.contains(&w.liu))
        .unwrap()
        .id;
    match row {
        "AddCourse" => Review::AddCourse {
            title: "First aid".into(),
            tenths: 40,
            kind: CourseKind::Safety,
            required_for: vec![],
            renew_months: Some(24),
        },
        "EditCourse" => Review::EditCourse {
            course: safety,
            title: "施工安全培訓 Site safety".into(),
            tenths: 90,
            kind: CourseKind::Safety,
            required_for: c.courses[&safety].required_for.clone(),
            renew_months: Some(12),
        },
        "CloseCourse" => Review::CloseCourse { course: safety },
        "PlanSession" => Review::PlanSession {
            course: safety,
            on: today() + days(3),
            trainer: "張偉".into(),
            attendees: vec![w.sarah],
        },
        "Enroll" => Review::Enroll {
            session: ahead,
            employees: vec![w.sarah],
        },
        "RecordResult" => Review::RecordResult {
            session: passed,
            employee: w.liu,
            passed: true,
            score: Some(95),
            certificate: "C-X".into(),
        },
        "OpenCycle" => Review::OpenCycle {
            name: "Mid-year".into(),
            from: today(),
            to: today() + days(60),
            template: template::named("annual").unwrap(),
            self_assessment: false,
            depts: vec![],
        },
        "CloseCycle" => Review::CloseCycle { cycle: CycleId(1) },
        "Score" => Review::Score {
            cycle: CycleId(1),
            employee: w.huang,
            scores: scores(4),
        },
        "SelfAssess" => Review::SelfAssess {
            cycle: CycleId(1),
            scores: scores(4),
        },
        "Submit" => Review::Submit { id: w.draft },
        "Sign" => {
            let ev = &c.evaluations[&w.waiting];
            Review::Sign {
                id: w.waiting,
                decision: Decision::Approve,
                seen: Seen {
                    round: ev.signoff.round,
                    digest: review::eval_digest(ev).hex(),
                },
            }
        }
        "Acknowledge" => Review::Acknowledge { id: w.signed },
        other => panic!("no row {other}"),
    }
}

fn cell(result: Result<Reply, ApiError>) -> String {
    match result {
        Ok(_) => OK.into(),
        Err(ApiError::Domain(DomainError::Denied { need, .. })) => format!("denied:{need}"),
        Err(ApiError::Domain(e)) => e.key().into(),
        Err(other) => format!("{other:?}"),
    }
}

fn check(what: &str, table: &[(&str, [&str; 10])], actual: impl Fn(&str, &str) -> String) {
    let mut wrong = Vec::new();
    for (row, cells) in table {
        for (i, want) in cells.iter().enumerate() {
            let got = actual(row, LOGINS[i]);
            if got != *want {
                wrong.push(format!(
                    "{row:<16} × {:<11} expected {want:<45} got {got}",
                    LOGINS[i]
                ));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "{} mismatches in the {what} table:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

/// The variant's name. Exhaustive: a new command fails to compile here
/// until it has a row.
fn variant(cmd: &Review) -> &'static str {
    match cmd {
        Review::AddCourse { .. } => "AddCourse",
        Review::EditCourse { .. } => "EditCourse",
        Review::CloseCourse { .. } => "CloseCourse",
        Review::PlanSession { .. } => "PlanSession",
        Review::Enroll { .. } => "Enroll",
        Review::RecordResult { .. } => "RecordResult",
        Review::OpenCycle { .. } => "OpenCycle",
        Review::CloseCycle { .. } => "CloseCycle",
        Review::Score { .. } => "Score",
        Review::SelfAssess { .. } => "SelfAssess",
        Review::Submit { .. } => "Submit",
        Review::Sign { .. } => "Sign",
        Review::Acknowledge { .. } => "Acknowledge",
    }
}

#[test]
fn training_and_evaluation_command_policy() {
    let w = world();
    for (row, _) in COMMANDS {
        assert_eq!(variant(&command(&w, row)), *row);
    }
    assert_eq!(COMMANDS.len(), 13, "every command has a row");
    check("command", COMMANDS, |row, login| {
        cell(w.svc.query(
            &Caller::new(login),
            Query::Check {
                command: Command::Review(command(&w, row)),
                // A result recorded again needs its reason.
                comment: "Table case.".into(),
            },
        ))
    });
}

#[test]
fn training_and_evaluation_query_policy() {
    let w = world();
    let c = company(&w.svc);
    let session = c
        .sessions
        .values()
        .find(|s| s.attendees.contains(&w.liu))
        .unwrap()
        .id;
    check("query", QUERIES, |row, login| {
        let q = match row {
            "Courses" => Query::Courses(PageReq::FIRST),
            "Sessions" => Query::Sessions {
                course: None,
                page: PageReq::FIRST,
            },
            "Session" => Query::Session(session),
            "TrainingReport" => Query::TrainingReport(PageReq::FIRST),
            "Cycles" => Query::Cycles(PageReq::FIRST),
            "Evaluations" => Query::Evaluations {
                cycle: Some(CycleId(1)),
                page: PageReq::FIRST,
            },
            "Evaluation" => Query::Evaluation(w.signed),
            "EvaluationReport" => Query::EvaluationReport(None),
            "ReviewRecord" => Query::ReviewRecord(w.liu),
            "Dashboard" => Query::Dashboard,
            other => panic!("no row {other}"),
        };
        cell(w.svc.query(&Caller::new(login), q))
    });
}

/// The lists hold exactly what each may open one by one, and the scores of
/// an evaluation not yet signed off reach no one but those who handle it.
#[test]
fn lists_show_what_each_may_open_and_scores_wait_for_the_sign_off() {
    let w = world();
    let c = company(&w.svc);
    for login in LOGINS {
        let listed: Vec<EvalId> = match w
            .svc
            .query(
                &Caller::new(login),
                Query::Evaluations {
                    cycle: None,
                    page: PageReq::FIRST,
                },
            )
            .unwrap()
        {
            Reply::Evaluations(p) => p.items.iter().filter_map(|r| r.id).collect(),
            other => panic!("{other:?}"),
        };
        let visible: Vec<EvalId> = c
            .evaluations
            .keys()
            .rev()
            .filter(|id| {
                w.svc
                    .query(&Caller::new(login), Query::Evaluation(**id))
                    .is_ok()
            })
            .copied()
            .collect();
        assert_eq!(listed, visible, "{login}");
    }
    // Before sign-off, the evaluated employee reads no score in any answer
    // that carries one: a new cycle, 劉洋 scored and sent for sign-off.
    let cycle: CycleId = common::recruit::created(&ok(
        &w.svc,
        "hr.li",
        Command::Review(Review::OpenCycle {
            name: "Mid-year".into(),
            from: today(),
            to: today() + days(60),
            template: template::named("annual").unwrap(),
            self_assessment: false,
            depts: vec![],
        }),
        "",
    ));
    let id: EvalId = common::recruit::created(&ok(
        &w.svc,
        "head.civil",
        Command::Review(Review::Score {
            cycle,
            employee: w.liu,
            scores: scores(2),
        }),
        "",
    ));
    ok(
        &w.svc,
        "head.civil",
        Command::Review(Review::Submit { id }),
        "",
    );
    let ask = |login: &str, q| w.svc.query(&Caller::new(login), q).unwrap();
    let rows = |login: &str| match ask(
        login,
        Query::Evaluations {
            cycle: Some(cycle),
            page: PageReq::FIRST,
        },
    ) {
        Reply::Evaluations(p) => p.items,
        other => panic!("{other:?}"),
    };
    let mine = rows("emp.liu");
    assert_eq!(mine.len(), 1);
    assert_eq!((mine[0].result, mine[0].grade.clone()), (None, None));
    let theirs = rows("head.civil");
    let row = theirs.iter().find(|r| r.id == Some(id)).unwrap();
    assert_eq!(row.result, Some(200));
    match ask("emp.liu", Query::ReviewRecord(w.liu)) {
        Reply::ReviewRecord(r) => {
            let row = r.evaluations.iter().find(|r| r.id == Some(id)).unwrap();
            assert_eq!((row.result, row.grade.clone()), (None, None));
        }
        other => panic!("{other:?}"),
    }
    match ask("emp.liu", Query::Evaluation(id)) {
        Reply::Evaluation(v) => {
            assert!(v.scores_hidden && v.criteria.is_empty() && v.row.result.is_none())
        }
        other => panic!("{other:?}"),
    }
}
