//! What an employee hired through recruitment carries on their record:
//! where they came from, their onboarding (training, start of work), the
//! probation and its assessment step by step, and the formal contract; and
//! the actions on them: assess (`a`), record training (`o`) and the start of
//! work (`w`), record the formal contract (`c`), and open the assessment of
//! someone on probation who came from a roster (`p`).

use super::record;
use crate::domain::auth::roles_for;
use crate::domain::recruit::{ProbationOutcome, Recruit, Settings, Verdict};
use crate::domain::*;
use crate::present::{signature_text, step_name};
use crate::service::api::EmployeeView;
use crate::tui::app::App;
use crate::tui::forms::Form;
use crate::tui::keymap::Action;
use crate::tui::screens::ScreenId;
use crate::tui::theme::Theme;
use crate::tui::widgets::detail::Doc;
use chrono::{Months, NaiveDate, TimeDelta};
use ratatui::style::Style;

fn view(app: &App) -> Option<&EmployeeView> {
    record::view(app).filter(|_| app.screen == ScreenId::Employee)
}

fn has(app: &App, roles: &[Role]) -> bool {
    app.data
        .me
        .as_ref()
        .is_some_and(|m| m.roles.iter().any(|g| roles.contains(&g.role)))
}

/// On probation with no assessment open: entered from a roster, not hired
/// through a requisition, so nothing opened it.
fn unreviewed(v: &EmployeeView) -> bool {
    v.row.status == EmployeeStatus::Probation
        && v.hiring
            .as_ref()
            .and_then(|h| h.probation.as_ref())
            .is_none()
}

/// The day the probation ends as far as the record knows: the end of their
/// latest probation contract, else the company's usual length from the hire.
fn probation_end(v: &EmployeeView) -> NaiveDate {
    let contract = v
        .contracts
        .iter()
        .rev()
        .find(|c| c.kind == ContractKind::Probation)
        .and_then(|c| c.end);
    contract.unwrap_or_else(|| {
        let months = Settings::builtin().map_or(3, |s| s.default_probation_months);
        v.row
            .hired
            .checked_add_months(Months::new(months))
            .and_then(|d| d.pred_opt())
            .unwrap_or(v.row.hired)
    })
}

pub fn offers(app: &App, action: Action) -> Option<bool> {
    let v = view(app);
    let h = v.and_then(|v| v.hiring.as_ref());
    let onboarding = has(app, &[Role::HrStaff, Role::HrHead, Role::DeptHead]);
    Some(match action {
        Action::Assess => v.is_some_and(|v| v.review_seen.is_some() && v.cannot_assess.is_none()),
        Action::OpenReview => {
            v.is_some_and(unreviewed)
                && command(app, action).is_some_and(|c| has(app, roles_for(&c)))
        }
        Action::Train => onboarding && h.is_some_and(|h| h.req.is_some()),
        Action::StartWork => {
            onboarding && h.is_some_and(|h| h.req.is_some() && h.started.is_none())
        }
        Action::FormalContract => {
            app.is_hr()
                && h.is_some_and(|h| {
                    h.contract_no.is_none()
                        && h.probation
                            .as_ref()
                            .is_some_and(|p| p.outcome == ProbationOutcome::Passed)
                })
        }
        _ => return None,
    })
}

fn command(app: &App, action: Action) -> Option<Command> {
    let v = view(app)?;
    let employee = v.row.id;
    let today = crate::domain::time::day_in(app.zone(), app.now);
    let r = match action {
        Action::Assess => Recruit::Assess {
            employee,
            verdict: Verdict::Pass,
            seen: v.review_seen.clone()?,
        },
        Action::Train => Recruit::Train {
            employee,
            what: String::new(),
            trainer: String::new(),
            on: today,
        },
        Action::StartWork => Recruit::StartWork {
            employee,
            on: today,
        },
        Action::FormalContract => Recruit::FormalContract {
            employee,
            start: today,
            end: None,
            number: String::new(),
        },
        Action::OpenReview => Recruit::OpenReview {
            employee,
            end: probation_end(v),
        },
        _ => return None,
    };
    Some(Command::Recruit(r))
}

/// True when `action` is one of these (handled, or nothing to do it to).
pub fn on(app: &mut App, action: Action) -> bool {
    if !matches!(
        action,
        Action::Assess
            | Action::Train
            | Action::StartWork
            | Action::FormalContract
            | Action::OpenReview
    ) {
        return false;
    }
    if action == Action::Assess
        && let Some(e) = view(app).and_then(|v| v.cannot_assess.clone())
    {
        let why = app.cat.domain_error(&e);
        app.error(why);
        return true;
    }
    if let Some(cmd) = command(app, action) {
        app.if_allowed(cmd, action);
    }
    true
}

/// The service said yes: the form opens. True when it was one of these.
pub fn allowed(app: &mut App, action: Action) -> bool {
    let Some(v) = view(app).cloned() else {
        return false;
    };
    let today = crate::domain::time::day_in(app.zone(), app.now);
    let subject = format!("{} ({})", v.row.name, v.row.number);
    let id = v.row.id;
    let form = match action {
        Action::Assess => match v.review_seen.clone() {
            Some(seen) => Form::assess(&app.cat, id, seen, subject),
            None => return true,
        },
        // Nothing of onboarding comes before the day they join.
        Action::Train => Form::train(id, today.max(v.row.hired), subject),
        Action::StartWork => Form::start_work(id, today.max(v.row.hired), subject),
        Action::FormalContract => {
            // The formal contract starts the day after the probation ends.
            let start = v
                .hiring
                .as_ref()
                .and_then(|h| h.probation.as_ref())
                .map_or(today, |p| p.end + TimeDelta::days(1));
            Form::formal_contract(&app.cat, id, start, subject)
        }
        Action::OpenReview => Form::open_review(id, v.row.hired, probation_end(&v), subject),
        _ => return false,
    };
    app.open_form(form);
    true
}

/// The record's section about the hire, probation and onboarding.
pub fn doc(app: &App, theme: &Theme, v: &EmployeeView, doc: &mut Doc) {
    let cat = &app.cat;
    let unreviewed = unreviewed(v).then(|| format!("  {}", cat.t("rq.no_review")));
    let Some(h) = &v.hiring else {
        if let Some(line) = unreviewed {
            doc.blank();
            doc.push(cat.t("rq.hiring"), theme.accent);
            doc.push(line, theme.dim);
        }
        return;
    };
    let plain = Style::new();
    let zone = app.zone();
    doc.blank();
    doc.push(cat.t("rq.hiring"), theme.accent);
    if let Some(line) = unreviewed {
        doc.push(line, theme.dim);
    }
    if let (Some(req), Some(c)) = (h.req, h.candidate) {
        let text = cat.f(
            "emp.recruited",
            &[("req", req.to_string()), ("candidate", c.to_string())],
        );
        doc.push_indented(format!("  {text}"), plain, 4);
    }
    if let Some(p) = &h.probation {
        let outcome = cat
            .t(&format!("rq.outcome_{}", p.outcome.key()))
            .to_string();
        let mut text = cat.f(
            "rq.probation",
            &[
                ("start", p.start.to_string()),
                ("end", p.end.to_string()),
                ("outcome", outcome),
            ],
        );
        if let Some(first) = p.first_end {
            text.push_str(&cat.f("rq.extended_from", &[("end", first.to_string())]));
        }
        doc.push_indented(format!("  {text}"), plain, 4);
        // Every assessment given (an extension starts a new round), then
        // the steps of the current round still to sign.
        let r = &p.review;
        for s in &r.signatures {
            let text = signature_text(cat, s, &r.steps, zone);
            doc.push_indented(format!("    {text}"), plain, 6);
        }
        if p.outcome == ProbationOutcome::Pending {
            for (i, _) in r.steps.iter().enumerate() {
                let signed = r
                    .signatures
                    .iter()
                    .any(|s| s.step == i && s.round == r.round);
                if signed {
                    continue;
                }
                let (tail, style) = if r.next == Some(i) {
                    (format!("  {}", cat.t("plan.waiting")), theme.key)
                } else {
                    (String::new(), theme.dim)
                };
                doc.push(
                    format!("    {}. {}{tail}", i + 1, step_name(cat, &r.steps, i)),
                    style,
                );
            }
        }
    }
    doc.push(format!("  {}", cat.t("rq.onboarding")), plain);
    if h.training.is_empty() {
        doc.push(format!("    {}", cat.t("rq.no_training")), theme.dim);
    }
    for t in &h.training {
        let text = cat.f(
            "rq.training_line",
            &[
                ("on", t.on.to_string()),
                ("what", t.what.clone()),
                ("trainer", t.trainer.clone()),
            ],
        );
        doc.push_indented(format!("    {text}"), plain, 6);
    }
    let started = match h.started {
        Some(d) => cat.f("emp.started_work", &[("on", d.to_string())]),
        None => cat.t("rq.not_started").to_string(),
    };
    doc.push_indented(format!("    {started}"), plain, 6);
    if let Some(no) = &h.contract_no {
        let text = cat.f("emp.formal_contract", &[("number", no.clone())]);
        doc.push_indented(format!("  {text}"), plain, 4);
    }
}
