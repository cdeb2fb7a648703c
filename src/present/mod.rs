//! Sentences built from catalog text and data, shared by the front ends (TUI and CLI).

pub mod offboard;
pub mod people;
pub mod recruit;

use crate::domain::offboard::StepKind;
use crate::domain::signoff::{Signature, StepTemplate};
use crate::domain::{Event, PlanLine};
use crate::i18n::Catalog;
use crate::service::api::{
    AuditEntry, CaseRef, InboxItem, InboxKind, LineView, PlanView, TimelineEntry,
};
use chrono::{DateTime, Utc};
use chrono_tz::Tz;

pub fn line_text(cat: &Catalog, l: &LineView) -> String {
    let pos = l.position_title.clone().unwrap_or_default();
    match &l.line {
        PlanLine::NewPosition {
            title, headcount, ..
        } => cat.f(
            "line.new_position",
            &[
                ("title", title.clone()),
                ("dept", l.dept_name.clone()),
                ("n", headcount.to_string()),
            ],
        ),
        PlanLine::SetHeadcount {
            position,
            headcount,
        } => cat.f(
            "line.set_headcount",
            &[
                ("id", position.to_string()),
                ("title", pos),
                (
                    "from",
                    l.current.map_or_else(|| "?".into(), |c| c.to_string()),
                ),
                ("n", headcount.to_string()),
                (
                    "occupied",
                    l.occupied.map_or_else(|| "?".into(), |c| c.to_string()),
                ),
            ],
        ),
        PlanLine::ChangeDuties { position, .. } => cat.f(
            "line.change_duties",
            &[("id", position.to_string()), ("title", pos)],
        ),
        PlanLine::ClosePosition { position } => cat.f(
            "line.close_position",
            &[("id", position.to_string()), ("title", pos)],
        ),
    }
}

pub fn step_name(cat: &Catalog, steps: &[StepTemplate], i: usize) -> String {
    steps.get(i).map_or_else(
        || format!("#{}", i + 1),
        |s| cat.t(&format!("step.{}", s.key)).to_string(),
    )
}

/// The company's time zone as the service named it (UTC if unknown).
pub fn zone(name: &str) -> Tz {
    name.parse().unwrap_or(Tz::UTC)
}

/// An instant as the company reads it: its own date and hour, and the zone.
pub fn when(at: DateTime<Utc>, zone: Tz) -> String {
    at.with_timezone(&zone)
        .format("%Y-%m-%d %H:%M %Z")
        .to_string()
}

/// The same without the year and zone, for tables under a header that names the zone.
pub fn when_short(at: DateTime<Utc>, zone: Tz) -> String {
    at.with_timezone(&zone).format("%m-%d %H:%M").to_string()
}

/// The company's calendar day of an instant.
pub fn day(at: DateTime<Utc>, zone: Tz) -> String {
    at.with_timezone(&zone).format("%Y-%m-%d").to_string()
}

pub fn signature_text(cat: &Catalog, s: &Signature, steps: &[StepTemplate], zone: Tz) -> String {
    let mut out = format!(
        "{}  {}  {}",
        when(s.at, zone),
        step_name(cat, steps, s.step),
        signed_by(cat, s)
    );
    if let Some(w) = &s.for_whom {
        out.push_str(&cat.f("sig.for", &[("whom", w.clone())]));
    }
    if let Some(p) = &s.paper {
        out.push_str(&paper_text(cat, p));
    }
    if !s.comment.is_empty() {
        out.push_str(" — ");
        out.push_str(&s.comment);
    }
    out
}

/// "3d", "5h", "12m": how long something has waited.
pub fn age(cat: &Catalog, since: DateTime<Utc>, now: DateTime<Utc>) -> String {
    let mins = (now - since).num_minutes().max(0);
    if mins >= 24 * 60 {
        cat.f("age.days", &[("n", (mins / (24 * 60)).to_string())])
    } else if mins >= 60 {
        cat.f("age.hours", &[("n", (mins / 60).to_string())])
    } else {
        cat.f("age.minutes", &[("n", mins.to_string())])
    }
}

/// What an inbox item asks of its reader.
pub fn inbox_what(cat: &Catalog, kind: &InboxKind) -> String {
    match kind {
        InboxKind::SignPlan { for_whom: None } => cat.t("inbox.sign_plan").to_string(),
        InboxKind::SignPlan { for_whom: Some(w) } => {
            cat.f("inbox.sign_plan_for", &[("whom", w.clone())])
        }
        InboxKind::RevisePlan => cat.t("inbox.revise_plan").to_string(),
        InboxKind::ConfirmPaper { recorded_by } => {
            cat.f("inbox.confirm_paper", &[("by", recorded_by.clone())])
        }
        InboxKind::PlanApproved { by, .. } => cat.f("inbox.plan_approved", &[("by", by.clone())]),
        InboxKind::PlanRejected { by, .. } => cat.f("inbox.plan_rejected", &[("by", by.clone())]),
        InboxKind::SignReq { for_whom: None } => cat.t("inbox.sign_req").to_string(),
        InboxKind::SignReq { for_whom: Some(w) } => {
            cat.f("inbox.sign_req_for", &[("whom", w.clone())])
        }
        InboxKind::ReviseReq => cat.t("inbox.revise_req").to_string(),
        InboxKind::ReqDecided { decision, by, .. } => cat.f(
            "inbox.req_decided",
            &[
                ("by", by.clone()),
                (
                    "decision",
                    cat.t(&format!("decision.{}", decision.key())).to_string(),
                ),
            ],
        ),
        InboxKind::AssignReq => cat.t("inbox.assign_req").to_string(),
        InboxKind::GiveFeedback { .. } => cat.t("inbox.give_feedback").to_string(),
        InboxKind::MoveCandidate { stage } => {
            cat.t(&format!("inbox.move_{}", stage.key())).to_string()
        }
        InboxKind::Onboard => cat.t("inbox.onboard").to_string(),
        InboxKind::Assess { end, for_whom } => {
            let mut t = cat.f("inbox.assess", &[("end", end.to_string())]);
            if let Some(w) = for_whom {
                t.push_str(&cat.f("sig.for", &[("whom", w.clone())]));
            }
            t
        }
        InboxKind::FormalContract => cat.t("inbox.formal_contract").to_string(),
        InboxKind::ContractEnds { end } => {
            cat.f("inbox.contract_ends", &[("end", end.to_string())])
        }
        InboxKind::FindCandidates => cat.t("inbox.find_candidates").to_string(),
        InboxKind::CloseCandidate => cat.t("inbox.close_candidate").to_string(),
        InboxKind::ProbationDue { end, waiting_for } => cat.f(
            "inbox.probation_due",
            &[
                ("end", end.to_string()),
                ("role", cat.role(waiting_for.key()).to_string()),
            ],
        ),
        InboxKind::OffboardStep { step, due } => cat.f(
            "inbox.offboard_step",
            &[
                ("step", step.title(cat.lang.code()).to_string()),
                ("due", due.to_string()),
            ],
        ),
        InboxKind::AcknowledgeStep { step } => cat.f(
            "inbox.acknowledge_step",
            &[("step", step.title(cat.lang.code()).to_string())],
        ),
        InboxKind::StepOverdue { step, due } => cat.f(
            "inbox.step_overdue",
            &[
                ("step", step.title(cat.lang.code()).to_string()),
                ("due", due.to_string()),
            ],
        ),
        InboxKind::CloseSeparation => cat.t("inbox.close_separation").to_string(),
        InboxKind::SignEvaluation { for_whom: None } => cat.t("inbox.sign_evaluation").to_string(),
        InboxKind::SignEvaluation { for_whom: Some(w) } => {
            cat.f("inbox.sign_evaluation_for", &[("whom", w.clone())])
        }
        InboxKind::AcknowledgeEvaluation => cat.t("inbox.acknowledge_evaluation").to_string(),
        InboxKind::SelfAssess => cat.t("inbox.self_assess").to_string(),
        InboxKind::ReviseEvaluation => cat.t("inbox.revise_evaluation").to_string(),
        InboxKind::ScoreEvaluations { count } => {
            cat.f("inbox.score_evaluations", &[("count", count.to_string())])
        }
        InboxKind::TrainingGaps { count } => {
            cat.f("inbox.training_gaps", &[("count", count.to_string())])
        }
        InboxKind::CertificatesExpire { count, first } => cat.f(
            "inbox.certificates_expire",
            &[("count", count.to_string()), ("first", first.to_string())],
        ),
    }
}

/// One entry of a plan's timeline: when, what, who, and what they said.
pub fn timeline_text(cat: &Catalog, e: &TimelineEntry, steps: &[StepTemplate], zone: Tz) -> String {
    let said = |out: &mut String, comment: &str| {
        if !comment.is_empty() {
            out.push_str(" — ");
            out.push_str(comment);
        }
    };
    match e {
        TimelineEntry::Submitted {
            round,
            by,
            at,
            comment,
            resubmitted,
        } => {
            let key = if *resubmitted {
                "plan.timeline_resubmitted"
            } else {
                "plan.timeline_submitted"
            };
            let mut out = format!(
                "{}  {}",
                when(*at, zone),
                cat.f(key, &[("by", by.clone()), ("round", round.to_string())])
            );
            said(&mut out, comment);
            out
        }
        TimelineEntry::Signed(s) => signature_text(cat, s, steps, zone),
        TimelineEntry::Withdrawn(w) => {
            let mut out = format!(
                "{}  {}",
                when(w.at, zone),
                cat.f("plan.timeline_withdrawn", &[("by", w.by.clone())])
            );
            said(&mut out, &w.comment);
            out
        }
    }
}

/// What the plan as a whole must say when another approved plan overtook
/// it, and what the reader can do about it; `None` when it was not.
pub fn overtaken_text(cat: &Catalog, v: &PlanView) -> Option<String> {
    if v.overtaken_by.is_empty() && !v.lines.iter().any(|l| l.overtaken) {
        return None;
    }
    let by: Vec<String> = v.overtaken_by.iter().map(|p| p.to_string()).collect();
    let mut out = cat.f(
        "plan.overtaken",
        &[("id", v.id.to_string()), ("by", by.join(", "))],
    );
    let advice = if v.can_sign.is_some() {
        "plan.overtaken_signer"
    } else if v.can_withdraw {
        "plan.overtaken_author"
    } else {
        "plan.overtaken_other"
    };
    // Sentences follow each other with a space in English, none in Chinese.
    if !out.ends_with(['。', '！', '？']) {
        out.push(' ');
    }
    out.push_str(&cat.f(advice, &[("id", v.id.to_string())]));
    Some(out)
}

/// "Open plans changing the same positions: HP-0004." or `None`.
pub fn conflicts_text(cat: &Catalog, conflicts: &[crate::domain::PlanId]) -> Option<String> {
    if conflicts.is_empty() {
        return None;
    }
    let ids: Vec<String> = conflicts.iter().map(|p| p.to_string()).collect();
    Some(cat.f("plan.conflicts", &[("plans", ids.join(", "))]))
}

/// "Approved: board.chen" in the catalog's word order and punctuation.
fn signed_by(cat: &Catalog, s: &Signature) -> String {
    cat.f(
        "sig.by",
        &[
            (
                "decision",
                cat.t(&format!("decision.{}", s.decision.key())).to_string(),
            ),
            ("signer", s.signer.clone()),
        ],
    )
}

/// "HP-0003 approved by X (for Y) (on paper, …)".
fn signed_line(cat: &Catalog, case: &dyn std::fmt::Display, s: &Signature) -> String {
    let mut t = format!("{case} {}", signed_by(cat, s));
    if let Some(w) = &s.for_whom {
        t.push_str(&cat.f("sig.for", &[("whom", w.clone())]));
    }
    if let Some(p) = &s.paper {
        t.push_str(&paper_text(cat, p));
    }
    t
}

/// " (on paper, ref. X, recorded by Y, confirmed by Z)".
fn paper_text(cat: &Catalog, p: &crate::domain::signoff::Paper) -> String {
    let args = [("ref", p.reference.clone()), ("by", p.recorded_by.clone())];
    match &p.confirmed_by {
        None => cat.f("sig.paper", &args),
        Some(c) => cat.f(
            "sig.paper_confirmed",
            &[args[0].clone(), args[1].clone(), ("confirmed", c.clone())],
        ),
    }
}

/// "Label: value", with the colon of the language (full-width in Chinese).
pub fn fact(cat: &Catalog, label: &str, value: impl Into<String>) -> String {
    cat.f(
        "rq.fact",
        &[("label", cat.t(label).to_string()), ("value", value.into())],
    )
}

/// An audit-log entry as the asker may read it: the event, or why it is
/// withheld from them.
pub fn entry_text(cat: &Catalog, e: &AuditEntry) -> String {
    match (&e.event, e.withheld) {
        (Some(event), _) => event_text(cat, event),
        (None, interview) => cat.f(
            "audit.withheld",
            &[(
                "interview",
                interview.map(|i| i.to_string()).unwrap_or_default(),
            )],
        ),
    }
}

/// One audit-log event as a sentence: what happened and to which record.
pub fn event_text(cat: &Catalog, e: &Event) -> String {
    let detail = match e {
        Event::CompanyNamed { name } | Event::ZoneSet { zone: name } => name.clone(),
        Event::DepartmentCreated { id, name, .. } => format!("{id} {name}"),
        Event::DepartmentMoved { id, parent } => format!(
            "{id} → {}",
            parent.map_or_else(|| "—".to_string(), |p| p.to_string())
        ),
        Event::DepartmentRenamed { id, name } => format!("{id} {name}"),
        Event::PositionCreated {
            id,
            title,
            approved,
            ..
        } => format!("{id} {title} ({approved})"),
        Event::HeadcountSet {
            position,
            approved,
            plan,
            ..
        } => format!(
            "{position} = {approved}{}",
            plan.map(|p| format!(" ({p})")).unwrap_or_default()
        ),
        Event::DutiesChanged { position, plan, .. }
        | Event::PositionClosed { position, plan, .. } => format!("{position} ({plan})"),
        Event::UserRegistered {
            login,
            display_name,
            ..
        } => format!("{login} {display_name}"),
        Event::EmployeeHired { id, name, .. } => format!("{id} {name}"),
        Event::PlanDrafted { id, title, .. } | Event::PlanEdited { id, title, .. } => {
            format!("{id} {title}")
        }
        Event::PlanSubmitted { id, .. } => id.to_string(),
        // Format-1 events read without their plan's history carry no number.
        Event::PlanLineAdded { id, no, .. } if no.0 == 0 => id.to_string(),
        Event::PlanLineAdded { id, no, .. }
        | Event::PlanLineReplaced { id, no, .. }
        | Event::PlanLineRemoved { id, no } => format!("{id} #{no}"),
        Event::PlanSigned { id, signature: s }
        | Event::PaperSignoffRecorded { id, signature: s } => signed_line(cat, id, s),
        Event::PaperSignoffDiscarded { id, by } => format!("{id} ({by})"),
        Event::DelegationGranted {
            id,
            from,
            to,
            until,
        } => format!("{id} {from} → {to} ≤ {until}"),
        Event::DelegationRevoked { id } => id.to_string(),
        Event::PlanDeleted { id } => id.to_string(),
        Event::PlanWithdrawn { id, by, .. } => format!("{id} ({by})"),
        Event::UserEdited {
            login,
            display_name,
            ..
        } => format!("{login} {display_name}"),
        Event::UserDisabled { login }
        | Event::UserEnabled { login }
        | Event::UserMailSet { login, .. } => login.clone(),
        Event::EmployeeAdded {
            id,
            number,
            name,
            position,
            ..
        } => format!("{id} {number} {name} → {position}"),
        Event::EmployeesImported { rows, .. } => match (rows.first(), rows.last()) {
            (Some(first), Some(last)) => format!(
                "{} × {}–{} ({}–{})",
                rows.len(),
                first.id,
                last.id,
                first.number,
                last.number
            ),
            _ => String::new(),
        },
        Event::EmployeeEdited {
            id, number, name, ..
        } => format!("{id} {number} {name}"),
        Event::PersonalDataSet { id, fields, .. } => format!("{id} ({})", fields.join(", ")),
        Event::EmployeeTransferred { id, from, to, .. } => format!("{id} {from} → {to}"),
        Event::PersonalDataErased { id, by, .. } => format!("{id} ({by})"),
        Event::CourseAdded { id, title, .. } | Event::CourseEdited { id, title, .. } => {
            format!("{id} {title}")
        }
        Event::CourseClosed { id, .. } => id.to_string(),
        Event::SessionPlanned {
            id,
            course,
            on,
            attendees,
            ..
        } => format!("{id} {course} {on} × {}", attendees.len()),
        Event::AttendeesEnrolled {
            session, employees, ..
        } => format!(
            "{session} + {}",
            employees
                .iter()
                .map(|e| e.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Event::TrainingResultSet {
            session,
            employee,
            passed,
            ..
        } => format!("{session} {employee} {}", if *passed { "✓" } else { "✗" }),
        Event::CycleOpened { id, name, .. } => format!("{id} {name}"),
        Event::CycleClosed { id, .. } => id.to_string(),
        Event::EvaluationScored {
            id,
            cycle,
            employee,
            ..
        }
        | Event::SelfAssessed {
            id,
            cycle,
            employee,
            ..
        } => format!("{id} {cycle} {employee}"),
        Event::EvaluationSubmitted { id, .. } | Event::EvaluationAcknowledged { id, .. } => {
            id.to_string()
        }
        Event::EvaluationSigned { id, signature } => signed_line(cat, id, signature),
        _ if offboard::is_offboarding(e) => offboard::event_detail(cat, e),
        _ => recruit::event_detail(cat, e),
    };
    format!("{} · {detail}", cat.t(e.key()))
}

/// The full text behind a plan line, for whoever signs it: the duties of a new
/// position, or the duties now and as proposed.
pub fn line_detail(cat: &Catalog, l: &LineView) -> Vec<String> {
    let mut out = duties_detail(cat, l);
    if l.overtaken {
        out.push(
            cat.f(
                "line.overtaken",
                &[
                    (
                        "by",
                        l.overtaken_by
                            .map_or_else(|| "?".to_string(), |p| p.to_string()),
                    ),
                    (
                        "now",
                        l.now_approved
                            .map_or_else(|| "?".to_string(), |n| n.to_string()),
                    ),
                ],
            ),
        );
        if matches!(l.line, PlanLine::ChangeDuties { .. }) {
            out.push(format!(
                "{}{}",
                cat.t("line.duties_now"),
                l.now_duties.clone().unwrap_or_default()
            ));
        }
    }
    if !l.also_in.is_empty() {
        let plans: Vec<String> = l.also_in.iter().map(|p| p.to_string()).collect();
        out.push(cat.f("line.also_in", &[("plans", plans.join(", "))]));
    }
    out
}

fn duties_detail(cat: &Catalog, l: &LineView) -> Vec<String> {
    match &l.line {
        PlanLine::NewPosition { duties, .. } => {
            vec![format!("{}{duties}", cat.t("line.duties"))]
        }
        PlanLine::ChangeDuties { duties, .. } => vec![
            format!(
                "{}{}",
                // After submission the change is judged against what stood
                // then, which is no longer "now" once a plan is approved.
                cat.t(if l.at_submission {
                    "line.duties_then"
                } else {
                    "line.duties_now"
                }),
                l.current_duties.clone().unwrap_or_default()
            ),
            format!("{}{duties}", cat.t("line.duties_new")),
        ],
        PlanLine::SetHeadcount { .. } | PlanLine::ClosePosition { .. } => Vec::new(),
    }
}

/// The command that acts on an inbox item, as its reader would type it
/// over SSH: the action itself where one command does it, else the `show`
/// that ends with the exact commands (a form to fill in is not guessed).
pub fn inbox_command(item: &InboxItem) -> String {
    let case = item.case;
    let act = match (&item.kind, case) {
        (InboxKind::SignPlan { .. } | InboxKind::SignReq { .. }, _) => format!("approve {case}"),
        (InboxKind::ConfirmPaper { .. }, CaseRef::Plan(_)) => format!("plan confirm-paper {case}"),
        (InboxKind::ConfirmPaper { .. }, _) => format!("req confirm-paper {case}"),
        // The handover names a colleague and the equipment goes item by
        // item: `show` gives those commands with their values.
        (InboxKind::OffboardStep { step, .. }, _) => match step.kind {
            StepKind::Settlement => format!("offboard settle {case} --last-pay AMOUNT"),
            StepKind::Handover | StepKind::Equipment => format!("offboard show {case}"),
            StepKind::Task | StepKind::Agreement => {
                format!("offboard tick {case} {}", step.key)
            }
        },
        (InboxKind::AcknowledgeStep { step }, _) => format!("offboard ack {case} {}", step.key),
        (InboxKind::CloseSeparation, _) => format!("offboard close {case}"),
        // clap lists the values a placeholder may take when it is run as is.
        (InboxKind::GiveFeedback { .. }, _) => {
            format!("feedback {case} --score SCORE --recommend RECOMMENDATION")
        }
        (InboxKind::Assess { .. }, CaseRef::Employee(_)) => {
            format!("probation assess {case} VERDICT")
        }
        (InboxKind::SignEvaluation { .. }, _) => format!("approve {case}"),
        (InboxKind::AcknowledgeEvaluation, _) => format!("evaluation ack {case}"),
        (InboxKind::ScoreEvaluations { .. }, _) => format!("evaluation list --cycle {case}"),
        (_, CaseRef::Plan(_)) => format!("plan show {case}"),
        (_, CaseRef::Req(_)) => format!("req show {case}"),
        (_, CaseRef::Candidate(_)) => format!("candidate show {case}"),
        (_, CaseRef::Interview(_)) => format!("interview show {case}"),
        (_, CaseRef::Employee(_)) => format!("employee show {case}"),
        (_, CaseRef::Sep(_)) => format!("offboard show {case}"),
        (_, CaseRef::Course(_)) => format!("course show {case}"),
        (_, CaseRef::Cycle(_)) => format!("cycle show {case}"),
        (_, CaseRef::Eval(_)) => format!("evaluation show {case}"),
    };
    format!("renshi {act}")
}
