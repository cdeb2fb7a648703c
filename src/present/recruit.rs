//! Recruitment as people read it: audit-log lines and employee-history
//! entries of the recruitment events.

use super::signed_line;
use crate::domain::Event;
use crate::i18n::Catalog;
use crate::service::api::{DeptFill, InterviewView, StepStat, StepTime};
use chrono::{DateTime, Utc};
use chrono_tz::Tz;

/// What an audit-log line of a recruitment event says after its kind.
pub fn event_detail(cat: &Catalog, e: &Event) -> String {
    match e {
        Event::RequisitionRaised {
            id,
            position,
            count,
            ..
        } => format!("{id} {position} × {count}"),
        Event::RequisitionEdited { id, count, .. } => format!("{id} × {count}"),
        Event::RequisitionResubmitted { id, .. } => id.to_string(),
        Event::RequisitionSigned { id, signature } | Event::ReqPaperRecorded { id, signature } => {
            signed_line(cat, id, signature)
        }
        Event::ReqPaperDiscarded { id, by } | Event::RequisitionCancelled { id, by, .. } => {
            format!("{id} ({by})")
        }
        Event::RequisitionAssigned { id, to, .. } => format!("{id} → {to}"),
        Event::SeatsOverridden {
            position, seats, ..
        } => format!("{position} +{seats}"),
        Event::CandidateAdded { id, req, name, .. }
        | Event::CandidateApplied { id, req, name, .. } => format!("{id} {name} ({req})"),
        Event::CandidateDataErased { id, .. } => id.to_string(),
        Event::InterviewScheduled {
            id,
            candidate,
            round,
            ..
        } => format!("{id} {candidate} #{round}"),
        Event::FeedbackGiven { interview, by, .. } => format!("{interview} ({by})"),
        Event::OfferMade {
            candidate, start, ..
        } => format!("{candidate} {start}"),
        Event::OfferAnswered {
            candidate,
            accepted,
            ..
        } => format!(
            "{candidate} {}",
            cat.t(if *accepted {
                "stage.accepted"
            } else {
                "stage.declined"
            })
        ),
        Event::CandidateDropped { candidate, .. } => candidate.to_string(),
        Event::CandidateHired {
            candidate,
            employee,
            ..
        } => format!("{candidate} → {employee}"),
        Event::ProbationStarted { employee, end, .. } => format!("{employee} ≤ {end}"),
        Event::TrainingRecorded { employee, what, .. } => format!("{employee} {what}"),
        Event::WorkStarted { employee, on, .. } => format!("{employee} {on}"),
        Event::ProbationAssessed {
            employee,
            signature,
            ..
        } => signed_line(cat, employee, signature),
        Event::FormalContractSigned {
            employee, number, ..
        } => format!("{employee} {number}"),
        Event::InterviewCancelled { interview, by, .. } => format!("{interview} ({by})"),
        _ => String::new(),
    }
}

/// "general manager · gm.wang · 2d 4h" (or "waiting 3h" for the open step).
pub fn step_time(cat: &Catalog, t: &StepTime, now: DateTime<Utc>) -> String {
    let key = format!("step.{}", t.step);
    let step = cat.t(&key);
    match (&t.by, t.ended) {
        (Some(by), Some(_)) => format!("#{} {step} · {by} · {}", t.round, duration(cat, t.seconds)),
        _ => format!(
            "#{} {step} · {}",
            t.round,
            cat.f("req.waiting", &[("age", super::age(cat, t.started, now))])
        ),
    }
}

/// A span of time as people say it: "3d 4h", "5h 10m", "12m".
pub fn duration(cat: &Catalog, seconds: i64) -> String {
    let mins = seconds.max(0) / 60;
    let (d, h, m) = (mins / (24 * 60), mins / 60 % 24, mins % 60);
    if d > 0 {
        format!(
            "{} {}",
            cat.f("age.days", &[("n", d.to_string())]),
            cat.f("age.hours", &[("n", h.to_string())])
        )
    } else if h > 0 {
        format!(
            "{} {}",
            cat.f("age.hours", &[("n", h.to_string())]),
            cat.f("age.minutes", &[("n", m.to_string())])
        )
    } else {
        cat.f("age.minutes", &[("n", m.to_string())])
    }
}

/// An interview round as lines: when, where, who, and the feedback shown.
pub fn interview_lines(cat: &Catalog, i: &InterviewView, zone: Tz) -> Vec<String> {
    let mut out = vec![format!(
        "{} #{} {} · {} · {}",
        i.id,
        i.round,
        super::when(i.at, zone),
        i.place,
        i.interviewers.join(", ")
    )];
    for f in &i.feedback {
        let mut line = cat.f(
            "fb.line",
            &[
                ("by", f.by.clone()),
                ("score", f.score.to_string()),
                (
                    "recommend",
                    cat.t(&format!("recommend.{}", f.recommend.key()))
                        .to_string(),
                ),
            ],
        );
        // A note's own lines stay under its interviewer's, so no line of
        // it can pass for another interviewer's verdict.
        let mut note = f.note.lines();
        if let Some(first) = note.next() {
            line.push_str(" — ");
            line.push_str(first);
        }
        out.push(format!("  {line}"));
        out.extend(note.map(|l| format!("      | {l}")));
    }
    if let Some(c) = &i.cancelled {
        out.push(format!(
            "  {}",
            cat.f(
                "int.cancelled_by",
                &[("by", c.by.clone()), ("reason", c.reason.clone())]
            )
        ));
        return out;
    }
    if !i.awaiting.is_empty() {
        out.push(format!(
            "  {}",
            cat.f("fb.awaiting", &[("who", i.awaiting.join(", "))])
        ));
    }
    if i.hidden > 0 {
        out.push(format!(
            "  {}",
            cat.f("fb.hidden", &[("n", i.hidden.to_string())])
        ));
    }
    out
}

/// What an employee's record says of their hiring: where they came from,
/// onboarding, the probation and its assessment, the formal contract.
pub fn hiring_lines(
    cat: &Catalog,
    h: &crate::domain::recruit::Hiring,
    seen: Option<&crate::domain::signoff::Seen>,
) -> Vec<String> {
    let mut out = Vec::new();
    if let (Some(req), Some(can)) = (h.req, h.candidate) {
        out.push(cat.f(
            "emp.recruited",
            &[("req", req.to_string()), ("candidate", can.to_string())],
        ));
    }
    for t in &h.training {
        out.push(format!(
            "{}: {} · {} · {}",
            cat.t("field.training"),
            t.what,
            t.trainer,
            t.on
        ));
    }
    if let Some(on) = h.started {
        out.push(cat.f("emp.started_work", &[("on", on.to_string())]));
    }
    if let Some(p) = &h.probation {
        out.push(cat.f(
            "prob.line",
            &[
                ("start", p.start.to_string()),
                ("end", p.end.to_string()),
                (
                    "outcome",
                    cat.t(&format!("prob.{}", p.outcome.key())).to_string(),
                ),
            ],
        ));
        for s in p.review.signatures.iter() {
            let step = p
                .review
                .steps
                .get(s.step)
                .map(|x| cat.t(&format!("step.{}", x.key)).to_string())
                .unwrap_or_default();
            let mut l = format!(
                "  #{} {step}: {} ({})",
                s.round,
                cat.t(&format!("verdict.{}", s.decision.key())),
                s.signer
            );
            if !s.comment.is_empty() {
                l.push_str(" — ");
                l.push_str(s.comment.lines().next().unwrap_or_default());
            }
            out.push(l);
        }
        if let (Some(seen), crate::domain::recruit::ProbationOutcome::Pending) = (seen, p.outcome) {
            let digest: String = seen.digest.chars().take(16).collect();
            out.push(cat.f(
                "prob.seen",
                &[("round", seen.round.to_string()), ("digest", digest)],
            ));
        }
    }
    if let Some(no) = &h.contract_no {
        out.push(cat.f("emp.formal_contract", &[("number", no.clone())]));
    }
    out
}

/// A department's row of the recruitment report: open, filled, mean and
/// longest days to fill (a dash while none filled).
pub fn report_dept_cells(d: &DeptFill) -> Vec<String> {
    let days = |d: Option<f64>| d.map_or_else(|| "—".to_string(), |d| format!("{d:.1}"));
    vec![
        d.dept_name.clone(),
        d.open.to_string(),
        d.filled.to_string(),
        days(d.mean_days_to_fill),
        days(d.max_days_to_fill),
    ]
}

/// A step's row of the recruitment report: how often, how long on average
/// and at most, and how many wait at it now.
pub fn report_step_cells(cat: &Catalog, s: &StepStat) -> Vec<String> {
    vec![
        cat.t(&s.step).to_string(),
        s.dept_name.clone(),
        s.count.to_string(),
        format!("{:.1}", s.mean_hours),
        format!("{:.1}", s.max_hours),
        s.waiting.to_string(),
    ]
}
