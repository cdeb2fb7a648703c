//! Recruitment's part of the authorization policy, as a table: every
//! recruitment command and query against one demo user per role (the same
//! users as `authorization.rs`), and who reads candidates' contacts and the
//! unmasked ID numbers of new hires.
//!
//! A row gives the cell for each role in this order: admin, hr_staff,
//! hr_head, dept_head, division_head, general_manager, board, admin_dept,
//! finance, employee. Cells: "ok", "denied:<roles>", or an error's key.

mod common;

use common::recruit::*;
use common::*;
use renshi::domain::auth::{self, Access};
use renshi::domain::recruit::{Recommend, Recruit, Verdict};
use renshi::domain::signoff::{Decision, Templates};
use renshi::domain::*;
use renshi::service::Caller;
use renshi::service::api::{Query, Reply};
use std::collections::BTreeMap;

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
const HR: &str = "denied:hr_staff,hr_head";
const HEAD: &str = "denied:dept_head";
const HR_HEAD: &str = "denied:hr_head";
const GM: &str = "denied:general_manager";
const ONBOARD: &str = "denied:hr_staff,hr_head,dept_head";
const ASSESS: &str = "denied:dept_head,hr_head";
const CHAIN: &str = "denied:division_head,general_manager,hr_head";
const NOT_ON: &str = "err.not_interviewer";
/// Who may not see the requisition is not told its panel either.
const NO_ROUND: &str = "err.not_found";

/// `auth::can` for each command (see `commands`). fin.zhou signs for the
/// board through a delegation, so the chain lets them try.
#[rustfmt::skip]
const COMMANDS: &[(&str, [&str; 10])] = &[
    ("Raise",         [HEAD, HEAD, HEAD, OK, HEAD, HEAD, HEAD, HEAD, HEAD, HEAD]),
    ("Edit",          [HEAD, HEAD, HEAD, OK, HEAD, HEAD, HEAD, HEAD, HEAD, HEAD]),
    ("Resubmit",      [HEAD, HEAD, HEAD, OK, HEAD, HEAD, HEAD, HEAD, HEAD, HEAD]),
    ("Cancel",        [HEAD, HEAD, HEAD, OK, HEAD, HEAD, HEAD, HEAD, HEAD, HEAD]),
    ("Sign",          [CHAIN, OK, OK, OK, OK, OK, CHAIN, CHAIN, OK, CHAIN]),
    ("RecordPaper",   [HR, OK, OK, HR, HR, HR, HR, HR, HR, HR]),
    ("ConfirmPaper",  [HR, OK, OK, HR, HR, HR, HR, HR, HR, HR]),
    ("DiscardPaper",  [HR, OK, OK, HR, HR, HR, HR, HR, HR, HR]),
    ("Assign",        [HR_HEAD, HR_HEAD, OK, HR_HEAD, HR_HEAD, HR_HEAD, HR_HEAD, HR_HEAD, HR_HEAD, HR_HEAD]),
    ("Override",      [GM, GM, GM, GM, GM, OK, GM, GM, GM, GM]),
    ("AddCandidate",  [HR, OK, OK, HR, HR, HR, HR, HR, HR, HR]),
    ("Schedule",      [HR, OK, OK, HR, HR, HR, HR, HR, HR, HR]),
    ("CancelInterview",[HR, OK, OK, HR, HR, HR, HR, HR, HR, HR]),
    ("Feedback",      [NO_ROUND, OK, NOT_ON, OK, NOT_ON, NOT_ON, NO_ROUND, NO_ROUND, NO_ROUND, NO_ROUND]),
    ("Offer",         [HR, OK, OK, HR, HR, HR, HR, HR, HR, HR]),
    ("Answer",        [HR, OK, OK, HR, HR, HR, HR, HR, HR, HR]),
    ("Drop",          [HR, OK, OK, HR, HR, HR, HR, HR, HR, HR]),
    ("Hire",          [HR, OK, OK, HR, HR, HR, HR, HR, HR, HR]),
    ("Train",         [ONBOARD, OK, OK, OK, ONBOARD, ONBOARD, ONBOARD, ONBOARD, ONBOARD, ONBOARD]),
    ("StartWork",     [ONBOARD, OK, OK, OK, ONBOARD, ONBOARD, ONBOARD, ONBOARD, ONBOARD, ONBOARD]),
    ("Assess",        [ASSESS, ASSESS, OK, OK, OK, ASSESS, ASSESS, ASSESS, OK, ASSESS]),
    ("OpenReview",    [HR, OK, OK, HR, HR, HR, HR, HR, HR, HR]),
    ("FormalContract",[HR, OK, OK, HR, HR, HR, HR, HR, HR, HR]),
    ("EraseCandidate",[HR_HEAD, HR_HEAD, OK, HR_HEAD, HR_HEAD, HR_HEAD, HR_HEAD, HR_HEAD, HR_HEAD, HR_HEAD]),
];

/// Who runs each instance through `decide` to show it is valid: the table
/// means something only if an allowed actor would succeed.
const VALID_AS: &[(&str, &str, &str)] = &[
    ("Raise", "head.civil", ""),
    ("Edit", "head.civil", ""),
    ("Resubmit", "head.civil", "Now with the site plan."),
    ("Cancel", "head.civil", "The site was postponed."),
    ("Sign", "div.eng", ""),
    ("RecordPaper", "hr.li", ""),
    ("ConfirmPaper", "hr.zhao", ""),
    ("DiscardPaper", "hr.zhao", "Wrong paper."),
    ("Assign", "hr.zhao", ""),
    ("Override", "gm.wang", "Urgent: the metro contract starts."),
    ("AddCandidate", "hr.li", ""),
    ("Schedule", "hr.li", ""),
    ("CancelInterview", "hr.li", "Scheduled twice by mistake."),
    ("Feedback", "head.civil", "Solid site experience."),
    ("Offer", "hr.li", ""),
    ("Answer", "hr.li", ""),
    ("Drop", "hr.li", "Another candidate fits better."),
    ("Hire", "hr.li", ""),
    ("Train", "head.civil", ""),
    ("StartWork", "head.civil", ""),
    ("Assess", "head.civil", ""),
    ("OpenReview", "hr.li", ""),
    ("FormalContract", "hr.li", ""),
    (
        "EraseCandidate",
        "hr.zhao",
        "PIPL art. 47: asked to be forgotten.",
    ),
];

/// The role each demo login stands for, in the table's order.
const ROLES: [&str; 10] = [
    "admin",
    "hr_staff",
    "hr_head",
    "dept_head",
    "division_head",
    "general_manager",
    "board",
    "admin_dept",
    "finance",
    "employee",
];

/// The demo (where REQ-0003 waits for the division head, CAN-0002 waits for
/// head.civil's feedback on INT-0003, CAN-0003 holds an offer and EMP-0041
/// is on probation), plus what the instances below need: a delegation, seats,
/// a returned requisition (REQ-0004), one with a paper sign-off waiting for a
/// second person (REQ-0005), an open one with a candidate through interviews
/// (CAN-0004) and one who accepted (CAN-0005), EMP-0041's probation passed,
/// and a review opened for another employee on probation.
struct World {
    _dir: tempfile::TempDir,
    svc: renshi::service::Service,
    ids: Ids,
}

struct Ids {
    engineer: PositionId,
    returned: ReqId,
    paper: ReqId,
    open: ReqId,
    interviewed: CandidateId,
    accepted: CandidateId,
    passed: EmployeeId,
    reviewed: EmployeeId,
    roster_probation: EmployeeId,
    /// A round of CAN-0002 scheduled ahead, nobody's feedback on it yet.
    unheld: InterviewId,
}

const REQ_WAITING: ReqId = ReqId(3);
const REQ_RUNNING: ReqId = ReqId(2);
const CAN_WAITING: CandidateId = CandidateId(2);
const CAN_OFFERED: CandidateId = CandidateId(3);
const INT_WAITING: InterviewId = InterviewId(3);
const HIRED: EmployeeId = EmployeeId(41);

fn world() -> World {
    let (dir, svc) = demo();
    let c = company(&svc);
    let engineer = position_id(&c, "Civil Engineer");
    ok(
        &svc,
        "board.chen",
        Command::GrantDelegation {
            to: "fin.zhou".into(),
            until: today() + days(30),
        },
        "",
    );
    step(
        &svc,
        "gm.wang",
        Recruit::Override {
            position: engineer,
            seats: 6,
        },
        "Two new sites.",
    );
    let raise = |count| Recruit::Raise {
        position: engineer,
        count,
        reason: "Site work.".into(),
        start: today() + days(40),
        notes: String::new(),
    };
    let returned: ReqId = created(&step(&svc, "head.civil", raise(1), ""));
    step(
        &svc,
        "div.eng",
        Recruit::Sign {
            id: returned,
            decision: Decision::Return,
            seen: req_seen(&svc, returned),
            assign: None,
        },
        "Which site?",
    );
    let paper: ReqId = created(&step(&svc, "head.civil", raise(1), ""));
    step(
        &svc,
        "hr.li",
        Recruit::RecordPaper {
            id: paper,
            signer: "div.eng".into(),
            decision: Decision::Approve,
            paper_ref: "RS-7".into(),
            seen: req_seen(&svc, paper),
        },
        "",
    );
    let open: ReqId = created(&step(&svc, "head.civil", raise(2), ""));
    for login in ["div.eng", "gm.wang", "hr.zhao"] {
        step(
            &svc,
            login,
            Recruit::Sign {
                id: open,
                decision: Decision::Approve,
                seen: req_seen(&svc, open),
                assign: (login == "hr.zhao").then(|| "hr.li".to_string()),
            },
            "",
        );
    }
    let candidate = |name: &str| -> CandidateId {
        let can = created(&step(
            &svc,
            "hr.li",
            Recruit::AddCandidate {
                req: open,
                name: name.into(),
                contact: "13900009999".into(),
                source: String::new(),
                notes: String::new(),
            },
            "",
        ));
        let int: InterviewId = created(&step(
            &svc,
            "hr.li",
            Recruit::Schedule {
                candidate: can,
                at: now(),
                place: "Room B".into(),
                interviewers: vec!["hr.li".into(), "head.civil".into()],
            },
            "",
        ));
        for login in ["hr.li", "head.civil"] {
            step(
                &svc,
                login,
                Recruit::Feedback {
                    interview: int,
                    score: 4,
                    recommend: Recommend::Hire,
                },
                "",
            );
        }
        can
    };
    let interviewed = candidate("甲");
    let accepted = candidate("乙");
    step(
        &svc,
        "hr.li",
        Recruit::Offer {
            candidate: accepted,
            start: today() + days(20),
            probation_months: None,
        },
        "",
    );
    step(
        &svc,
        "hr.li",
        Recruit::Answer {
            candidate: accepted,
            accepted: true,
        },
        "",
    );
    for login in ["head.civil", "hr.zhao"] {
        step(
            &svc,
            login,
            Recruit::Assess {
                employee: HIRED,
                verdict: Verdict::Pass,
                seen: review_seen(&svc, HIRED),
            },
            "",
        );
    }
    let c = company(&svc);
    let reviewed = employee_id(&c, "鄭凱");
    step(
        &svc,
        "hr.li",
        Recruit::OpenReview {
            employee: reviewed,
            end: c.employees[&reviewed].hired + days(90),
        },
        "",
    );
    let roster_probation = employee_id(&c, "Sarah Wong");
    let unheld: InterviewId = created(&step(
        &svc,
        "hr.li",
        Recruit::Schedule {
            candidate: CAN_WAITING,
            at: now() + days(1),
            place: "Room D".into(),
            interviewers: vec!["hr.li".into(), "head.civil".into()],
        },
        "",
    ));
    World {
        _dir: dir,
        svc,
        ids: Ids {
            engineer,
            returned,
            paper,
            open,
            interviewed,
            accepted,
            passed: HIRED,
            reviewed,
            roster_probation,
            unheld,
        },
    }
}

/// The forms a hire needs.
fn hire_forms() -> Personal {
    Personal {
        id_number: "110101199901010011".into(),
        phone: "13900003001".into(),
        bank_account: "6222 0000 0000 3001".into(),
        date_of_birth: "1999-01-01".into(),
        emergency_contact: "乙母 13900003002".into(),
        ..Personal::default()
    }
}

/// One valid instance of each recruitment command, by name.
fn commands(w: &World) -> BTreeMap<&'static str, Recruit> {
    let i = &w.ids;
    let svc = &w.svc;
    let list = [
        (
            "Raise",
            Recruit::Raise {
                position: i.engineer,
                count: 1,
                reason: "A third site.".into(),
                start: today() + days(30),
                notes: String::new(),
            },
        ),
        (
            "Edit",
            Recruit::Edit {
                id: i.returned,
                count: 1,
                reason: "The airport site.".into(),
                start: today() + days(40),
                notes: String::new(),
            },
        ),
        ("Resubmit", Recruit::Resubmit { id: i.returned }),
        ("Cancel", Recruit::Cancel { id: REQ_WAITING }),
        (
            "Sign",
            Recruit::Sign {
                id: REQ_WAITING,
                decision: Decision::Approve,
                seen: req_seen(svc, REQ_WAITING),
                assign: None,
            },
        ),
        (
            "RecordPaper",
            Recruit::RecordPaper {
                id: REQ_WAITING,
                signer: "div.eng".into(),
                decision: Decision::Approve,
                paper_ref: "RS-8".into(),
                seen: req_seen(svc, REQ_WAITING),
            },
        ),
        (
            "ConfirmPaper",
            Recruit::ConfirmPaper {
                id: i.paper,
                seen: req_seen(svc, i.paper),
            },
        ),
        ("DiscardPaper", Recruit::DiscardPaper { id: i.paper }),
        (
            "Assign",
            Recruit::Assign {
                id: REQ_RUNNING,
                to: "hr.zhao".into(),
            },
        ),
        (
            "Override",
            Recruit::Override {
                position: i.engineer,
                seats: 1,
            },
        ),
        (
            "AddCandidate",
            Recruit::AddCandidate {
                req: i.open,
                name: "丙".into(),
                contact: "bing@example.com".into(),
                source: "referral".into(),
                notes: String::new(),
            },
        ),
        (
            "Schedule",
            Recruit::Schedule {
                candidate: CAN_WAITING,
                at: now() + days(2),
                place: "Room C".into(),
                interviewers: vec!["hr.li".into(), "head.civil".into()],
            },
        ),
        (
            "CancelInterview",
            Recruit::CancelInterview {
                interview: i.unheld,
            },
        ),
        (
            "Feedback",
            Recruit::Feedback {
                interview: INT_WAITING,
                score: 4,
                recommend: Recommend::Hire,
            },
        ),
        (
            "Offer",
            Recruit::Offer {
                candidate: i.interviewed,
                start: today() + days(25),
                probation_months: Some(3),
            },
        ),
        (
            "Answer",
            Recruit::Answer {
                candidate: CAN_OFFERED,
                accepted: true,
            },
        ),
        (
            "Drop",
            Recruit::Drop {
                candidate: i.interviewed,
                withdrawn: false,
            },
        ),
        (
            "Hire",
            Recruit::Hire {
                candidate: i.accepted,
                number: "HX-3001".into(),
                legal_name: "乙某".into(),
                personal: Box::new(hire_forms()),
                probation_end: None,
            },
        ),
        (
            "Train",
            Recruit::Train {
                employee: i.passed,
                what: "Quality procedures".into(),
                trainer: "張偉".into(),
                on: today(),
            },
        ),
        (
            "StartWork",
            Recruit::StartWork {
                employee: i.reviewed,
                on: today(),
            },
        ),
        (
            "Assess",
            Recruit::Assess {
                employee: i.reviewed,
                verdict: Verdict::Pass,
                seen: review_seen(svc, i.reviewed),
            },
        ),
        (
            "OpenReview",
            Recruit::OpenReview {
                employee: i.roster_probation,
                end: company(svc).employees[&i.roster_probation].hired + days(90),
            },
        ),
        (
            "FormalContract",
            Recruit::FormalContract {
                employee: i.passed,
                start: today(),
                end: None,
                number: "LC-2027-001".into(),
            },
        ),
        (
            "EraseCandidate",
            Recruit::EraseCandidate {
                candidate: i.interviewed,
            },
        ),
    ];
    let named: BTreeMap<_, _> = list.into_iter().collect();
    assert_eq!(named.len(), 24, "one instance of each recruitment command");
    for (name, cmd) in &named {
        assert_eq!(*name, variant(cmd));
    }
    named
}

/// The variant's name. Exhaustive: a new recruitment command fails to
/// compile here until the table has it.
fn variant(cmd: &Recruit) -> &'static str {
    match cmd {
        Recruit::Raise { .. } => "Raise",
        Recruit::Edit { .. } => "Edit",
        Recruit::Resubmit { .. } => "Resubmit",
        Recruit::Sign { .. } => "Sign",
        Recruit::RecordPaper { .. } => "RecordPaper",
        Recruit::ConfirmPaper { .. } => "ConfirmPaper",
        Recruit::DiscardPaper { .. } => "DiscardPaper",
        Recruit::Assign { .. } => "Assign",
        Recruit::Cancel { .. } => "Cancel",
        Recruit::Override { .. } => "Override",
        Recruit::AddCandidate { .. } => "AddCandidate",
        Recruit::Schedule { .. } => "Schedule",
        Recruit::CancelInterview { .. } => "CancelInterview",
        Recruit::Feedback { .. } => "Feedback",
        Recruit::Offer { .. } => "Offer",
        Recruit::Answer { .. } => "Answer",
        Recruit::Drop { .. } => "Drop",
        Recruit::Hire { .. } => "Hire",
        Recruit::Train { .. } => "Train",
        Recruit::StartWork { .. } => "StartWork",
        Recruit::Assess { .. } => "Assess",
        Recruit::OpenReview { .. } => "OpenReview",
        Recruit::FormalContract { .. } => "FormalContract",
        Recruit::EraseCandidate { .. } => "EraseCandidate",
    }
}

fn cell(result: Result<(), DomainError>, action: &str) -> String {
    match result {
        Ok(()) => OK.into(),
        Err(DomainError::Denied { action: a, need }) if a != action => {
            format!("denied:{need} (action {a}, expected {action})")
        }
        Err(DomainError::Denied { need, .. }) => format!("denied:{need}"),
        Err(e) => e.key().into(),
    }
}

fn check(what: &str, table: &[(&str, [&str; 10])], actual: impl Fn(&str, &str) -> String) {
    let mut wrong = Vec::new();
    for (row, cells) in table {
        for (i, want) in cells.iter().enumerate() {
            let got = actual(row, LOGINS[i]);
            if got != *want {
                wrong.push(format!(
                    "{row:<15} × {:<16} expected {want:<45} got {got}",
                    ROLES[i]
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

#[test]
fn recruitment_command_policy() {
    let w = world();
    let c = company(&w.svc);
    let cmds = commands(&w);
    assert_eq!(COMMANDS.len(), cmds.len(), "every command has a row");
    check("command", COMMANDS, |row, login| {
        let cmd = Command::Recruit(cmds[row].clone());
        cell(
            auth::can(&c, &c.users[login], &cmd, today()),
            auth::action_key(&cmd),
        )
    });
}

#[test]
fn every_recruitment_instance_is_valid_for_an_allowed_actor() {
    let w = world();
    let c = company(&w.svc);
    let templates = Templates::builtin().unwrap();
    let settings = renshi::domain::recruit::Settings::default();
    let ctx = Ctx {
        now: now(),
        today: today(),
        templates: &templates,
        settings: &settings,
        checklist: &renshi::domain::offboard::Checklist::builtin().expect("data/offboarding.toml"),
    };
    let mut problems = Vec::new();
    for (name, cmd) in commands(&w) {
        let (_, login, comment) = VALID_AS.iter().find(|(n, _, _)| *n == name).unwrap();
        let row = COMMANDS.iter().find(|(n, _)| *n == name).unwrap();
        let i = LOGINS.iter().position(|l| l == login).unwrap();
        assert_eq!(row.1[i], OK, "{name}: {login} must be allowed by the table");
        if let Err(e) = decide(&c, &c.users[*login], &Command::Recruit(cmd), comment, &ctx) {
            problems.push(format!("{name} as {login}: {e:?}"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Who may see what recruitment reveals.
#[rustfmt::skip]
const ACCESS: &[(&str, [&str; 10])] = &[
    ("ReqList",       ["denied:hr_staff,hr_head,general_manager,dept_head,division_head", OK, OK, OK, OK, OK,
                       "denied:hr_staff,hr_head,general_manager,dept_head,division_head",
                       "denied:hr_staff,hr_head,general_manager,dept_head,division_head",
                       "denied:hr_staff,hr_head,general_manager,dept_head,division_head",
                       "denied:hr_staff,hr_head,general_manager,dept_head,division_head"]),
    // REQ-0003 is Civil Works': its heads, HR and the general manager see
    // it, and fin.zhou who signs for the board (not a step of it) does not.
    ("Req(REQ-0003)", ["denied:hr_staff,hr_head,general_manager,dept_head,division_head", OK, OK, OK, OK, OK,
                       "denied:hr_staff,hr_head,general_manager,dept_head,division_head",
                       "denied:hr_staff,hr_head,general_manager,dept_head,division_head",
                       "denied:hr_staff,hr_head,general_manager,dept_head,division_head",
                       "denied:hr_staff,hr_head,general_manager,dept_head,division_head"]),
    ("RecruitReport", ["denied:hr_staff,hr_head,general_manager,board", OK, OK,
                       "denied:hr_staff,hr_head,general_manager,board",
                       "denied:hr_staff,hr_head,general_manager,board", OK, OK,
                       "denied:hr_staff,hr_head,general_manager,board",
                       "denied:hr_staff,hr_head,general_manager,board",
                       "denied:hr_staff,hr_head,general_manager,board"]),
];

#[test]
fn recruitment_query_policy() {
    let w = world();
    let c = company(&w.svc);
    let accesses: BTreeMap<&str, Access> = [
        ("ReqList", Access::ReqList),
        ("Req(REQ-0003)", Access::Req(REQ_WAITING)),
        ("RecruitReport", Access::RecruitReport),
    ]
    .into_iter()
    .collect();
    check("query", ACCESS, |row, login| {
        cell(
            auth::can_see(&c, &c.users[login], accesses[row], today()),
            "",
        )
        .split(" (action")
        .next()
        .unwrap_or_default()
        .to_string()
    });
    // The service asks the same: the list holds only what may be seen.
    for login in LOGINS {
        let may = auth::can_see(&c, &c.users[login], Access::ReqList, today()).is_ok();
        let got = w.svc.query(
            &Caller::new(login),
            Query::Requisitions {
                state: None,
                page: renshi::service::api::PageReq::FIRST,
            },
        );
        match got {
            Ok(Reply::Requisitions(p)) => {
                assert!(may, "{login} listed requisitions");
                for r in &p.items {
                    assert!(
                        auth::can_see(&c, &c.users[login], Access::Req(r.id), today()).is_ok(),
                        "{login} was shown {}",
                        r.id
                    );
                }
            }
            Err(_) => assert!(!may, "{login} was refused the list"),
            Ok(other) => panic!("{other:?}"),
        }
    }
}

/// Candidates' contacts and the new hire's ID number and bank account are
/// HR's (and the person's own); everyone else who may see them sees them
/// masked, in the service's answers, never only in the interface.
#[test]
fn contacts_and_personal_data_are_masked_for_all_but_hr() {
    let w = world();
    let contact_of = |login: &str| -> Option<(String, bool)> {
        match w
            .svc
            .query(&Caller::new(login), Query::Requisition(w.ids.open))
        {
            Ok(Reply::Requisition(v)) => v
                .candidates
                .iter()
                .find(|c| c.id == w.ids.accepted)
                .map(|c| (c.contact.clone(), c.contact_masked)),
            _ => None,
        }
    };
    for login in ["hr.li", "hr.zhao"] {
        assert_eq!(
            contact_of(login),
            Some(("13900009999".to_string(), false)),
            "{login}"
        );
    }
    for login in ["head.civil", "div.eng", "gm.wang"] {
        let (shown, masked) = contact_of(login).expect("they see the requisition");
        assert!(masked && !shown.contains("1390000"), "{login}: {shown}");
    }
    for login in ["board.chen", "emp.liu", "admin"] {
        assert_eq!(contact_of(login), None, "{login} sees no requisition");
    }
    // One candidate asked for alone is authorized and masked as their
    // requisition shows them.
    for login in LOGINS {
        let alone = match w
            .svc
            .query(&Caller::new(login), Query::Candidate(w.ids.accepted))
        {
            Ok(Reply::Candidate(c)) => Some((c.contact.clone(), c.contact_masked)),
            Err(_) => None,
            Ok(other) => panic!("{other:?}"),
        };
        assert_eq!(alone, contact_of(login), "{login}");
    }
    // The hire's personal data, through the employee record.
    step(
        &w.svc,
        "hr.li",
        Recruit::Hire {
            candidate: w.ids.accepted,
            number: "HX-3001".into(),
            legal_name: String::new(),
            personal: Box::new(hire_forms()),
            probation_end: None,
        },
        "",
    );
    let c = company(&w.svc);
    let hired = c
        .employees
        .values()
        .find(|e| e.number == "HX-3001")
        .expect("hired")
        .id;
    let personal = |login: &str| match w.svc.query(&Caller::new(login), Query::Employee(hired)) {
        Ok(Reply::Employee(v)) => v.personal.map(|p| (p.data, p.masked)),
        _ => None,
    };
    let (full, masked) = personal("hr.li").unwrap();
    assert!(!masked && full.id_number == "110101199901010011");
    let (shown, masked) = personal("head.civil").unwrap();
    assert!(masked, "{shown:?}");
    assert!(!shown.id_number.contains("19990101") && !shown.bank_account.contains("0000 3001"));
    assert_eq!(shown.date_of_birth, "1999-**-**", "the year only");
    assert!(!shown.emergency_contact.contains("13900003002"));
    assert_eq!(personal("emp.liu"), None, "another employee sees nothing");
}
