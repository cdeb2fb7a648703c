//! What may be done in evaluation and training, and the forms it opens:
//! scoring a person (or oneself), submitting an evaluation for sign-off,
//! signing it, acknowledging it, opening a cycle, recording a training
//! result. On an evaluation the footer offers what the service's view of
//! it says this user may do now (`EvalView::may`); elsewhere the service is
//! asked first (`Query::May`), and it decides again when the form is saved.

use super::evaluation::{self, subject};
use super::{Load, course, people, want};
use crate::domain::review::{Review, template};
use crate::domain::signoff::Decision;
use crate::domain::*;
use crate::service::api::{EvalRow, EvalStage, EvalView};
use crate::tui::app::{App, Confirm, Modal};
use crate::tui::forms::Form;
use crate::tui::keymap::{Action, Layer};

/// A form that opens once what it needs has arrived.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Pending {
    /// Scoring again from the list: the scores given before are read first.
    Score(EvalId),
}

/// The first key bound to `action` on the evaluation, as the footer shows it.
pub fn key_of(app: &App, action: Action) -> String {
    app.keys
        .grouped(&[Layer::Evaluation])
        .into_iter()
        .find(|(_, a, _)| *a == action)
        .map(|(k, _, _)| {
            k.split(crate::tui::keymap::KEY_SEPARATOR)
                .next()
                .unwrap_or("")
                .to_string()
        })
        .unwrap_or_default()
}

/// Whether the footer offers scoring the person on `r`: someone not yet
/// scored or scored and not yet submitted, to whoever scores (or to the
/// employee on their own line, when the cycle asks for a self-assessment).
pub fn may_score_row(app: &App, r: &EvalRow) -> bool {
    let open = matches!(r.stage, EvalStage::NotStarted | EvalStage::Draft);
    let running = people::shown_cycle(app).is_some_and(|c| c.closed.is_none());
    if super::only_own(app) || super::is_own(app, r.employee) {
        return open && running && people::shown_cycle(app).is_some_and(|c| c.self_assessment);
    }
    open && running && super::scores(app)
}

/// `s` (or Enter on someone not scored yet): the scoring form, once the
/// service says the user may score at all. The user's own line is their
/// self-assessment.
pub fn score_row(app: &mut App, r: &EvalRow) {
    let Some(cycle) = people::shown_cycle(app).cloned() else {
        return;
    };
    let cmd = if super::only_own(app) || super::is_own(app, r.employee) {
        Review::SelfAssess {
            cycle: cycle.id,
            scores: Vec::new(),
        }
    } else {
        Review::Score {
            cycle: cycle.id,
            employee: r.employee,
            scores: Vec::new(),
        }
    };
    app.if_allowed(Command::Review(cmd), Action::Score);
}

/// The service said yes.
pub fn allowed(app: &mut App, action: Action) {
    match (app.screen, action) {
        (crate::tui::screens::ScreenId::Cycle, Action::Score) => score_form_for_row(app),
        (_, Action::NewCycle) => {
            let templates = match template::builtin() {
                Ok(t) => t,
                Err(e) => return app.error(e),
            };
            let form = Form::open_cycle(&app.cat, templates, super::today(app));
            app.open_form(form);
        }
        (_, Action::RecordResult) => {
            let (Some(s), Some(a)) = (
                course::selected_session(app).cloned(),
                course::attendee_or_first(app).cloned(),
            ) else {
                return;
            };
            let title = course::course(app)
                .map(|c| c.title.clone())
                .unwrap_or_default();
            let subject = format!(
                "{} {} ({}) · {} {title} · {}",
                a.employee, a.name, a.number, s.id, s.on
            );
            let form = Form::record_result(&app.cat, s.id, a.employee, subject);
            app.open_form(form);
        }
        _ => {}
    }
}

/// The scoring form for the selected person of the cycle: at once for
/// someone not scored yet; after their evaluation is read, for someone
/// scored before (the form starts from those scores).
fn score_form_for_row(app: &mut App) {
    let (Some(r), Some(c)) = (
        people::selected(app).cloned(),
        people::shown_cycle(app).cloned(),
    ) else {
        return;
    };
    // One's own line is the self-assessment, from the cycle's criteria: the
    // evaluation itself holds no scores its employee may read yet.
    let own = super::only_own(app) || super::is_own(app, r.employee);
    if let Some(id) = r.id
        && !own
    {
        app.ui.review.pending = Some(Pending::Score(id));
        app.load(want(Load::Eval(id)));
        return;
    }
    let subject = format!("{} ({}) · {} {}", r.name, r.number, c.id, c.name);
    let form = Form::score_evaluation(
        &app.cat,
        c.id,
        (!own).then_some(r.employee),
        &c.criteria,
        &c.grades,
        &[],
        subject,
    );
    app.open_form(form);
}

/// An evaluation arrived: a scoring form waiting for it opens.
pub fn eval_arrived(app: &mut App, id: EvalId) {
    if app.ui.review.pending != Some(Pending::Score(id)) {
        return;
    }
    app.ui.review.pending = None;
    let Some(v) = arrived_eval(app, id).cloned() else {
        return;
    };
    score_form(app, &v);
}

fn arrived_eval(app: &App, id: EvalId) -> Option<&EvalView> {
    app.data
        .review
        .eval
        .ready()
        .filter(|v| v.row.id == Some(id))
}

/// The scoring form on an evaluation, starting from its scores.
fn score_form(app: &mut App, v: &EvalView) {
    let Some(cycle) = v.row.cycle else {
        return;
    };
    let criteria: Vec<_> = v.criteria.iter().map(|c| c.criterion.clone()).collect();
    let own = super::only_own(app);
    let given: Vec<_> = v
        .criteria
        .iter()
        .filter_map(|c| if own { c.own.clone() } else { c.score.clone() })
        .collect();
    let form = Form::score_evaluation(
        &app.cat,
        cycle,
        (!own).then_some(v.row.employee),
        &criteria,
        &v.grades,
        &given,
        subject(v),
    );
    app.open_form(form);
}

// ---- the evaluation screen ------------------------------------------

pub fn offers_eval(app: &App, action: Action) -> Option<bool> {
    let may = evaluation::view(app).map(|v| v.may).unwrap_or_default();
    Some(match action {
        Action::Back => true,
        // The pane scrolls with the list keys.
        Action::Up | Action::Down | Action::ScrollDown | Action::ScrollUp => true,
        Action::Approve | Action::Reject | Action::Return => may.sign,
        Action::Score => may.score,
        Action::SubmitEvaluation => may.submit,
        Action::Acknowledge => may.acknowledge,
        _ => return None,
    })
}

fn decision(action: Action) -> Decision {
    match action {
        Action::Reject => Decision::Reject,
        Action::Return => Decision::Return,
        _ => Decision::Approve,
    }
}

pub fn on_eval(app: &mut App, action: Action) -> bool {
    let page = app.page;
    let d = &mut app.ui.review.eval.detail;
    match action {
        Action::Back => {
            let back = app.ui.review.eval.back;
            super::go_back(app, back, crate::tui::screens::ScreenId::Evaluation);
            return true;
        }
        Action::Up => d.up(1),
        Action::Down => d.down(1),
        Action::PageUp | Action::ScrollUp => d.up(page.max(2) / 2),
        Action::PageDown | Action::ScrollDown => d.down(page.max(2) / 2),
        Action::First => d.scroll = 0,
        Action::Last => d.to_end(),
        Action::Approve
        | Action::Reject
        | Action::Return
        | Action::Score
        | Action::SubmitEvaluation
        | Action::Acknowledge => {
            if let Some(v) = evaluation::view(app).cloned() {
                act(app, &v, action);
            }
        }
        _ => return false,
    }
    true
}

/// Says why the user may not do `action` to `v` now, in the domain's words.
fn refusal(app: &App, v: &EvalView, action: Action) -> Option<DomainError> {
    let id = v.row.id.map(|i| i.to_string()).unwrap_or_default();
    let may = v.may;
    let denied = |action: &str, need: &str| DomainError::Denied {
        action: action.into(),
        need: need.into(),
    };
    let yes = match action {
        Action::Approve | Action::Reject | Action::Return => may.sign,
        Action::Score => may.score,
        Action::SubmitEvaluation => may.submit,
        Action::Acknowledge => may.acknowledge,
        _ => true,
    };
    if yes {
        return None;
    }
    Some(match action {
        Action::Approve | Action::Reject | Action::Return => match v.row.stage {
            EvalStage::Submitted => denied("action.sign_evaluation", "hr_head"),
            _ => DomainError::NotAwaitingSignature {
                plan: id,
                state: format!("eval_stage.{}", v.row.stage.key()),
            },
        },
        Action::Score | Action::SubmitEvaluation => match v.row.stage {
            EvalStage::NotStarted | EvalStage::Draft if action == Action::SubmitEvaluation => {
                if super::scores(app) {
                    DomainError::NotScoredYet { id }
                } else {
                    denied("action.submit_evaluation", "dept_head,hr_staff,hr_head")
                }
            }
            EvalStage::NotStarted | EvalStage::Draft => {
                denied("action.score_evaluation", "dept_head,hr_staff,hr_head")
            }
            _ => DomainError::EvaluationNotDraft { id },
        },
        _ => match v.row.stage {
            EvalStage::Acknowledged => DomainError::AlreadyAcknowledged { id },
            EvalStage::SignedOff => DomainError::NotYourEvaluation { id },
            _ => DomainError::NotSignedOffYet { id },
        },
    })
}

fn act(app: &mut App, v: &EvalView, action: Action) {
    if let Some(e) = refusal(app, v, action) {
        let text = app.cat.domain_error(&e);
        return app.error(text);
    }
    let Some(id) = v.row.id else {
        return;
    };
    match action {
        Action::Approve | Action::Reject | Action::Return => {
            let form = Form::sign_evaluation(id, decision(action), v.seen.clone(), subject(v));
            app.open_form(form);
        }
        Action::Score => score_form(app, v),
        Action::SubmitEvaluation => submit(app, id, v),
        Action::Acknowledge => {
            let form = Form::acknowledge_evaluation(id, subject(v));
            app.open_form(form);
        }
        _ => {}
    }
}

/// Asks before an evaluation goes for sign-off: its scores are fixed from
/// then on, unless a signer returns it.
fn submit(app: &mut App, id: EvalId, v: &EvalView) {
    let grade = match (v.row.result, &v.row.grade) {
        (Some(r), Some(g)) => app.cat.f(
            "rv.result_grade",
            &[("result", super::result_text(r)), ("grade", g.clone())],
        ),
        _ => String::new(),
    };
    let question = app.cat.f(
        "rv.confirm_submit",
        &[
            ("id", id.to_string()),
            ("name", v.row.name.clone()),
            ("grade", grade),
        ],
    );
    app.modal = Modal::Confirm(Confirm::Run {
        command: Command::Review(Review::Submit { id }),
        question,
        ok: "rv.submitted",
    });
}

/// `S` on a cycle's people: the selected person's evaluation, once read,
/// is asked about like the evaluation's own `S`.
pub fn submit_row(app: &mut App) {
    let Some(r) = people::selected(app).cloned() else {
        return;
    };
    let Some(id) = r.id.filter(|_| r.stage == EvalStage::Draft) else {
        let e = DomainError::NotScoredYet {
            id: r.id.map_or_else(|| r.name.clone(), |i| i.to_string()),
        };
        let text = app.cat.domain_error(&e);
        return app.error(text);
    };
    let grade = match (r.result, &r.grade) {
        (Some(res), Some(g)) => app.cat.f(
            "rv.result_grade",
            &[("result", super::result_text(res)), ("grade", g.clone())],
        ),
        _ => String::new(),
    };
    let question = app.cat.f(
        "rv.confirm_submit",
        &[
            ("id", id.to_string()),
            ("name", r.name.clone()),
            ("grade", grade),
        ],
    );
    app.modal = Modal::Confirm(Confirm::Run {
        command: Command::Review(Review::Submit { id }),
        question,
        ok: "rv.submitted",
    });
}

// ---- the tab's views and the course --------------------------------

/// `N`: HR opens a cycle, once the service agrees they may.
pub fn new_cycle(app: &mut App) {
    let today = super::today(app);
    let cmd = Review::OpenCycle {
        name: String::new(),
        from: today,
        to: today,
        template: crate::domain::review::EvalTemplate {
            name: String::new(),
            criteria: Vec::new(),
            grades: Vec::new(),
        },
        self_assessment: false,
        depts: Vec::new(),
    };
    app.if_allowed(Command::Review(cmd), Action::NewCycle);
}

/// `r` on a course: the selected attendee's result, once the service
/// agrees the user may record results.
pub fn record_result(app: &mut App) {
    let (Some((s, on)), Some(a)) = (
        course::selected_session(app).map(|s| (s.id, s.on)),
        course::attendee_or_first(app).map(|a| a.employee),
    ) else {
        return;
    };
    // A session still to come has no results yet: said at once.
    let today = super::today(app);
    if on > today {
        let e = DomainError::InFuture {
            on: on.to_string(),
            today: today.to_string(),
        };
        let text = app.cat.domain_error(&e);
        return app.error(text);
    }
    let cmd = Review::RecordResult {
        session: s,
        employee: a,
        passed: true,
        score: None,
        certificate: String::new(),
    };
    app.if_allowed(Command::Review(cmd), Action::RecordResult);
}

/// A form was saved: a cycle just opened is shown with its people.
pub fn saved(
    app: &mut App,
    form: &crate::tui::forms::ReviewForm,
    done: &crate::service::api::Done,
) -> &'static str {
    if let crate::tui::forms::ReviewForm::OpenCycle { .. } = form
        && let Some(id) = done
            .created
            .as_deref()
            .and_then(|s| s.parse::<CycleId>().ok())
    {
        super::open_cycle(app, Some(id));
    }
    form.done_key()
}
