//! The command line's own checks: what the catalogs and the inbox tell
//! people to type is what this command line takes.

use super::*;

/// The command `inbox --brief` gives for each kind of item parses, with
/// its placeholders filled as a reader would.
#[test]
fn every_inbox_item_names_a_command_this_line_takes() {
    use crate::domain::offboard::{Checklist, StepTemplate};
    use crate::service::api::{CaseRef, InboxItem, InboxKind};
    let steps = Checklist::builtin().expect("the checklist").steps;
    let step = |s: &StepTemplate| Box::new(s.clone());
    let at = chrono::Utc::now();
    let day = at.date_naive();
    let mut kinds = vec![
        (
            InboxKind::SignPlan { for_whom: None },
            CaseRef::Plan(PlanId(1)),
        ),
        (InboxKind::RevisePlan, CaseRef::Plan(PlanId(1))),
        (
            InboxKind::ConfirmPaper {
                recorded_by: "hr.li".into(),
            },
            CaseRef::Plan(PlanId(1)),
        ),
        (
            InboxKind::ConfirmPaper {
                recorded_by: "hr.li".into(),
            },
            CaseRef::Req(ReqId(1)),
        ),
        (
            InboxKind::PlanApproved { by: "x".into(), at },
            CaseRef::Plan(PlanId(1)),
        ),
        (
            InboxKind::PlanRejected { by: "x".into(), at },
            CaseRef::Plan(PlanId(1)),
        ),
        (
            InboxKind::SignReq { for_whom: None },
            CaseRef::Req(ReqId(1)),
        ),
        (InboxKind::ReviseReq, CaseRef::Req(ReqId(1))),
        (
            InboxKind::ReqDecided {
                decision: crate::domain::Decision::Approve,
                by: "x".into(),
                at,
            },
            CaseRef::Req(ReqId(1)),
        ),
        (InboxKind::AssignReq, CaseRef::Req(ReqId(1))),
        (
            InboxKind::GiveFeedback { at },
            CaseRef::Interview(InterviewId(1)),
        ),
        (
            InboxKind::MoveCandidate {
                stage: crate::domain::recruit::Stage::Applied,
            },
            CaseRef::Candidate(CandidateId(1)),
        ),
        (InboxKind::Onboard, CaseRef::Employee(EmployeeId(1))),
        (
            InboxKind::Assess {
                end: day,
                for_whom: None,
            },
            CaseRef::Employee(EmployeeId(1)),
        ),
        (InboxKind::FormalContract, CaseRef::Employee(EmployeeId(1))),
        (
            InboxKind::ContractEnds { end: day },
            CaseRef::Employee(EmployeeId(1)),
        ),
        (InboxKind::FindCandidates, CaseRef::Req(ReqId(1))),
        (
            InboxKind::ProbationDue {
                end: day,
                waiting_for: Role::HrHead,
            },
            CaseRef::Employee(EmployeeId(1)),
        ),
        (
            InboxKind::CloseCandidate,
            CaseRef::Candidate(CandidateId(1)),
        ),
        (InboxKind::CloseSeparation, CaseRef::Sep(SepId(1))),
        (
            InboxKind::SignEvaluation { for_whom: None },
            CaseRef::Eval(EvalId(1)),
        ),
        (InboxKind::AcknowledgeEvaluation, CaseRef::Eval(EvalId(1))),
        (InboxKind::ReviseEvaluation, CaseRef::Eval(EvalId(1))),
        (InboxKind::SelfAssess, CaseRef::Cycle(CycleId(1))),
        (
            InboxKind::ScoreEvaluations { count: 3 },
            CaseRef::Cycle(CycleId(1)),
        ),
        (
            InboxKind::TrainingGaps { count: 2 },
            CaseRef::Course(CourseId(1)),
        ),
        (
            InboxKind::CertificatesExpire {
                count: 2,
                first: day,
            },
            CaseRef::Course(CourseId(1)),
        ),
    ];
    for s in &steps {
        kinds.push((
            InboxKind::OffboardStep {
                step: step(s),
                due: day,
            },
            CaseRef::Sep(SepId(1)),
        ));
        kinds.push((
            InboxKind::AcknowledgeStep { step: step(s) },
            CaseRef::Sep(SepId(1)),
        ));
        kinds.push((
            InboxKind::StepOverdue {
                step: step(s),
                due: day,
            },
            CaseRef::Sep(SepId(1)),
        ));
    }
    for (kind, case) in kinds {
        // Exhaustive: a new kind does not compile until it is listed above.
        match kind {
            InboxKind::SignPlan { .. }
            | InboxKind::RevisePlan
            | InboxKind::ConfirmPaper { .. }
            | InboxKind::PlanApproved { .. }
            | InboxKind::PlanRejected { .. }
            | InboxKind::SignReq { .. }
            | InboxKind::ReviseReq
            | InboxKind::ReqDecided { .. }
            | InboxKind::AssignReq
            | InboxKind::GiveFeedback { .. }
            | InboxKind::MoveCandidate { .. }
            | InboxKind::Onboard
            | InboxKind::Assess { .. }
            | InboxKind::FormalContract
            | InboxKind::ContractEnds { .. }
            | InboxKind::FindCandidates
            | InboxKind::ProbationDue { .. }
            | InboxKind::CloseCandidate
            | InboxKind::OffboardStep { .. }
            | InboxKind::AcknowledgeStep { .. }
            | InboxKind::StepOverdue { .. }
            | InboxKind::CloseSeparation
            | InboxKind::SignEvaluation { .. }
            | InboxKind::AcknowledgeEvaluation
            | InboxKind::SelfAssess
            | InboxKind::ReviseEvaluation
            | InboxKind::ScoreEvaluations { .. }
            | InboxKind::TrainingGaps { .. }
            | InboxKind::CertificatesExpire { .. } => {}
        }
        let item = InboxItem {
            kind,
            case,
            title: String::new(),
            since: at,
        };
        let command = crate::present::inbox_command(&item)
            .replace("AMOUNT", "12,345.60")
            .replace("SCORE", "4")
            .replace("RECOMMENDATION", "hire")
            .replace("VERDICT", "pass");
        let words = shlex::split(&command).expect("one line of words");
        if let Err(e) = Cli::try_parse_from(&words) {
            panic!("{command}: {e}");
        }
    }
}

/// Every command a message tells someone to run (in backticks, in any
/// language) is one this command line takes: a renamed subcommand must
/// not leave a message pointing at nothing.
#[test]
fn every_command_the_catalogs_name_parses() {
    let head = format!("7:{}", "ab".repeat(32));
    let samples = [
        ("{ $login }", "li.na"),
        ("{ $case }", "HP-0001"),
        ("{ $id }", "HP-0001"),
        ("{ $req }", "REQ-0001"),
        ("{ $candidate }", "CAN-0001"),
        ("{ $position }", "POS-001"),
        ("{ $interview }", "INT-0001"),
        ("SCORE", "4"),
        ("AMOUNT", "12345.60"),
        ("EMP-…", "EMP-0001"),
        ("LOGIN", "li.na"),
        ("{ $path }", "/tmp/store"),
        ("{ $head }", head.as_str()),
        ("NAME", "Li"),
        ("ROLE", "employee"),
        ("TEXT", "plan"),
        ("FILE", "/tmp/f"),
        ("DIR", "/tmp/d"),
    ];
    for lang in ["en", "zh-Hans", "zh-Hant"] {
        let path = format!("{}/data/i18n/{lang}.ftl", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&path).expect("the catalog");
        for command in text.split('`').skip(1).step_by(2) {
            let Some(rest) = command.strip_prefix("renshi ") else {
                continue;
            };
            let mut line = rest.to_string();
            // A case is whatever the command takes: a requisition's here,
            // a separation case's there, and an employee's equipment.
            if line.starts_with("req ") {
                line = line.replace("{ $case }", "REQ-0001");
            }
            if line.starts_with("offboard ") {
                line = line.replace("{ $case }", "SEP-0001");
            }
            if line.starts_with("equipment ") {
                line = line.replace("{ $id }", "EMP-0001");
            }
            if line.starts_with("evaluation ") {
                line = line.replace("{ $id }", "EV-0001");
                line = line.replace("{ $case }", "EV-0001");
            }
            for (var, value) in samples {
                line = line.replace(var, value);
            }
            // `[--parent DEP-01]` names an optional part: try it given.
            let line = line.replace(['[', ']'], "");
            let mut words = vec!["renshi".to_string()];
            words.extend(line.split_whitespace().map(str::to_string));
            if let Err(e) = Cli::try_parse_from(&words) {
                panic!("{lang}: `{command}` does not parse: {e}");
            }
        }
    }
}
