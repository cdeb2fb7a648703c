//! What may be done from the case list (open a case) and to a case and its
//! selected step: tick it, rule it out, acknowledge it, settle an item,
//! record the settlement, issue an item, print the certificate, close or
//! withdraw the case. The footer offers an action when the service's view
//! of the case says it applies to this user now; a key pressed anyway is
//! answered with the service's reason (`cannot_tick`, `cannot_close`,
//! `cannot_withdraw`) instead of a form that would be refused.

use super::checklist::view;
use super::steps::{mine, selected, why};
use super::{equipment, start_kinds};
use crate::domain::offboard::{Offboard, SepState, StepKind, StepState};
use crate::domain::*;
use crate::service::api::{SepView, StepView};
use crate::tui::app::{App, Confirm, Modal};
use crate::tui::forms::{Form, default_currency};
use crate::tui::keymap::Action;
use crate::tui::loader::Want;
use crate::tui::widgets::Detail;
use crate::tui::widgets::detail::Doc;
use crate::tui::widgets::popup::Reader;

/// `N` on the list: the form to open a case, with the kinds this user may
/// open; the domain says why when a kind is not theirs for this employee.
pub fn start(app: &mut App) {
    let kinds = start_kinds(app);
    if kinds.is_empty() {
        let why = DomainError::Denied {
            action: "action.start_separation".into(),
            need: "employee,dept_head,hr_staff,hr_head".into(),
        };
        let text = app.cat.domain_error(&why);
        return app.error(text);
    }
    let today = time::day_in(app.zone(), app.now);
    let form = Form::start_separation(&app.cat, &kinds, today);
    app.open_form(form);
}

/// The service refuses every step of an open case to the one who leaves:
/// that is how the screen knows the user is them.
fn leaving(v: &SepView) -> bool {
    v.steps
        .iter()
        .any(|s| matches!(s.cannot_tick, Some(DomainError::OwnSeparation { .. })))
}

fn is_open(v: &SepView) -> bool {
    v.row.state == SepState::Open
}

/// The HR head may rule out a step that is another's; gates do not matter
/// to a step that will not be done.
fn may_skip(app: &App, s: &StepView) -> bool {
    s.state == StepState::Pending
        && match &s.cannot_tick {
            None | Some(DomainError::StepGated { .. }) => true,
            Some(DomainError::NotYourStep { .. }) => app.has_role(Role::HrHead),
            Some(_) => false,
        }
}

/// Why the leaving employee may not acknowledge `s`, in the domain's words.
fn cannot_acknowledge(v: &SepView, s: &StepView) -> Option<DomainError> {
    let (case, step) = (v.row.id.to_string(), s.template.key.clone());
    if !s.template.acknowledged {
        Some(DomainError::NoAcknowledgement { case, step })
    } else if s.state != StepState::Done {
        Some(DomainError::StepNotDone { case, step })
    } else if s.acknowledged.is_some() {
        Some(DomainError::Acknowledged { case, step })
    } else {
        None
    }
}

fn outstanding(v: &SepView) -> Vec<(String, String)> {
    v.items
        .iter()
        .filter(|i| i.outstanding())
        .map(|i| (i.tag.clone(), i.what.clone()))
        .collect()
}

fn settlement_step(v: &SepView) -> Option<&StepView> {
    v.steps
        .iter()
        .find(|s| s.template.kind == StepKind::Settlement)
}

pub fn offers(app: &App, action: Action) -> Option<bool> {
    let v = view(app);
    let s = selected(app);
    let open = v.is_some_and(is_open);
    Some(match action {
        Action::Back | Action::ScrollDown | Action::ScrollUp => true,
        // A gated step is offered too: `t` says what it waits for.
        Action::TickStep => {
            open && s.is_some_and(|s| {
                mine(s) || matches!(s.cannot_tick, Some(DomainError::StepGated { .. }))
            })
        }
        Action::SkipStep => open && s.is_some_and(|s| may_skip(app, s)),
        Action::Acknowledge => match (v, s) {
            (Some(v), Some(s)) => open && leaving(v) && cannot_acknowledge(v, s).is_none(),
            _ => false,
        },
        Action::SettleItem => {
            open && equipment::issues(app) && v.is_some_and(|v| !outstanding(v).is_empty())
        }
        Action::RecordSettlement => open && v.and_then(settlement_step).is_some_and(mine),
        Action::IssueItem => open && equipment::issues(app),
        Action::Certificate => v.is_some_and(|v| v.row.state == SepState::Closed) && app.is_hr(),
        Action::CloseCase => open && v.is_some_and(|v| v.cannot_close.is_none()),
        Action::WithdrawCase => open && v.is_some_and(|v| v.cannot_withdraw.is_none()),
        _ => return None,
    })
}

/// "SEP-0003 楊帆 (HX-1018)": whom a form on the case is about, with the
/// step when it is about one.
fn subject(app: &App, v: &SepView, s: Option<&StepView>) -> String {
    let r = &v.row;
    let who = format!("{} {} ({})", r.id, r.name, r.number);
    match s {
        Some(s) => format!(
            "{who} · {}. {}",
            s.no,
            s.template.title(app.cat.lang.code())
        ),
        None => who,
    }
}

pub fn on(app: &mut App, action: Action) -> bool {
    let page = app.page;
    match action {
        Action::Back => super::close_sep(app),
        Action::ScrollDown => app.ui.sep.detail.down(page.max(2) / 2),
        Action::ScrollUp => app.ui.sep.detail.up(page.max(2) / 2),
        Action::TickStep
        | Action::SkipStep
        | Action::Acknowledge
        | Action::SettleItem
        | Action::RecordSettlement
        | Action::IssueItem
        | Action::Certificate
        | Action::CloseCase
        | Action::WithdrawCase => {
            if let Some(v) = view(app).cloned() {
                act(app, &v, action);
            }
        }
        _ => return false,
    }
    true
}

/// Says why not, in the user's words for this case.
fn refuse(app: &mut App, v: &SepView, e: &DomainError) {
    let text = why(app, v, e);
    app.error(text);
}

fn act(app: &mut App, v: &SepView, action: Action) {
    let s = selected(app).cloned();
    let id = v.row.id;
    let not_open = || DomainError::CaseNotOpen {
        case: id.to_string(),
        state: format!("sep_state.{}", v.row.state.key()),
    };
    if !is_open(v) && action != Action::Certificate {
        return refuse(app, v, &not_open());
    }
    match action {
        Action::TickStep => {
            if let Some(s) = s {
                tick(app, v, &s);
            }
        }
        Action::SkipStep => {
            let Some(s) = s else { return };
            match &s.cannot_tick {
                Some(e) if !may_skip(app, &s) => refuse(app, v, e),
                _ => {
                    let form = Form::skip_step(id, &s.template.key, subject(app, v, Some(&s)));
                    app.open_form(form);
                }
            }
        }
        Action::Acknowledge => {
            let Some(s) = s else { return };
            if !leaving(v) {
                let e = DomainError::NotLeaving {
                    case: id.to_string(),
                };
                return refuse(app, v, &e);
            }
            if let Some(e) = cannot_acknowledge(v, &s) {
                return refuse(app, v, &e);
            }
            let zone = app.zone();
            let question = app.cat.f(
                "sep.confirm_ack",
                &[
                    ("step", s.template.title(app.cat.lang.code()).to_string()),
                    ("case", id.to_string()),
                    ("by", s.by.clone().unwrap_or_default()),
                    (
                        "at",
                        s.at.map(|a| crate::present::when(a, zone))
                            .unwrap_or_default(),
                    ),
                ],
            );
            app.modal = Modal::Confirm(Confirm::Acknowledge {
                case: id,
                step: s.template.key.clone(),
                question,
            });
        }
        Action::SettleItem => {
            if outstanding(v).is_empty() {
                let text = app.cat.f("sep.no_items_out", &[("case", id.to_string())]);
                return app.error(text);
            }
            let cmd = Offboard::SettleItem {
                case: id,
                tag: String::new(),
                fate: offboard::ItemFate::Returned,
            };
            app.if_allowed(Command::Offboard(cmd), action);
        }
        Action::RecordSettlement => settle(app, v),
        Action::IssueItem => {
            let cmd = Offboard::IssueItem {
                employee: v.row.employee,
                tag: String::new(),
                what: String::new(),
                on: chrono::NaiveDate::MIN,
            };
            app.if_allowed(Command::Offboard(cmd), action);
        }
        Action::Certificate => {
            if v.row.state != SepState::Closed {
                let e = DomainError::NoCertificate {
                    case: id.to_string(),
                };
                return refuse(app, v, &e);
            }
            app.ui.sep.certificate = true;
            app.data.certificate = None;
            app.load(Want::Certificate(id));
        }
        Action::CloseCase => match &v.cannot_close {
            Some(e) => refuse(app, v, e),
            None => {
                let question = app.cat.f(
                    "sep.confirm_close",
                    &[
                        ("case", id.to_string()),
                        ("name", v.row.name.clone()),
                        ("last_day", v.row.last_day.to_string()),
                    ],
                );
                app.modal = Modal::Confirm(Confirm::CloseSeparation { case: id, question });
            }
        },
        Action::WithdrawCase => match &v.cannot_withdraw {
            Some(e) => refuse(app, v, e),
            None => {
                let form = Form::withdraw_case(id, subject(app, v, None));
                app.open_form(form);
            }
        },
        _ => {}
    }
}

/// `t`: the step's own form, or the reason it is not the user's now. The
/// settlement is ticked by recording it, the equipment by settling what
/// is still out.
fn tick(app: &mut App, v: &SepView, s: &StepView) {
    if let Some(e) = &s.cannot_tick {
        return refuse(app, v, e);
    }
    match s.template.kind {
        StepKind::Settlement => settle(app, v),
        StepKind::Equipment if !outstanding(v).is_empty() => act(app, v, Action::SettleItem),
        kind => {
            let handover = kind == StepKind::Handover;
            let form = Form::tick_step(
                v.row.id,
                &s.template.key,
                handover,
                subject(app, v, Some(s)),
            );
            app.open_form(form);
        }
    }
}

/// `s`: finance records the final settlement, which ticks its step.
fn settle(app: &mut App, v: &SepView) {
    let Some(step) = settlement_step(v) else {
        return;
    };
    if let Some(e) = &step.cannot_tick {
        return refuse(app, v, e);
    }
    let today = time::day_in(app.zone(), app.now);
    let currency = v
        .items
        .iter()
        .find_map(|i| match &i.fate {
            Some(offboard::ItemFate::Charged(m)) => Some(m.currency.clone()),
            _ => None,
        })
        .unwrap_or_else(default_currency);
    let form = Form::settle(
        v.row.id,
        v.row.notice,
        today,
        &currency,
        subject(app, v, Some(step)),
    );
    app.open_form(form);
}

/// The service said yes: the item forms open.
pub fn allowed(app: &mut App, action: Action) {
    let Some(v) = view(app).cloned() else {
        return;
    };
    let form = match action {
        Action::SettleItem => {
            Form::settle_item(&app.cat, v.row.id, &outstanding(&v), subject(app, &v, None))
        }
        Action::IssueItem => equipment::issue_form(app, v.row.employee, subject(app, &v, None)),
        _ => return,
    };
    app.open_form(form);
}

/// The certificate asked for arrived: it opens in the reader, laid out
/// from the template in the user's language.
pub fn certificate_arrived(app: &mut App) {
    if !std::mem::take(&mut app.ui.sep.certificate) {
        return;
    }
    let Some(c) = app.data.certificate.take() else {
        return;
    };
    let text = crate::present::offboard::certificate(app.cat.lang, &c);
    let mut doc = Doc::default();
    doc.push(text, ratatui::style::Style::new());
    app.modal = Modal::Reader(Reader {
        title: app
            .cat
            .f("sep.certificate_title", &[("case", c.case.to_string())]),
        doc,
        detail: Detail::default(),
    });
}
