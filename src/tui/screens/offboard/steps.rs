//! A case's steps as a table (number, title in the user's language, who
//! ticks it, when it is due, how it stands, whether the employee has
//! acknowledged it), and the pane below it: the selected step in full, the
//! equipment, the settlement, and whether the case may close.

use super::checklist::view;
use super::equipment;
use crate::domain::offboard::{SepState, StepState, format_amount};
use crate::domain::{DomainError, Role};
use crate::service::api::{SepView, StepView};
use crate::tui::app::App;
use crate::tui::keymap::{Action, Layer};
use crate::tui::screens::Hits;
use crate::tui::theme::Theme;
use crate::tui::widgets::detail::Doc;
use crate::tui::widgets::{Cells, ListTable};
use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::Style;
use unicode_width::UnicodeWidthStr;

/// The steps the filter lets through, in the checklist's order.
pub fn shown(app: &App) -> Vec<&StepView> {
    let Some(v) = view(app) else {
        return Vec::new();
    };
    let lang = app.cat.lang.code();
    app.ui
        .sep
        .nav
        .filter
        .pick(&v.steps, |s| {
            vec![
                s.no.to_string(),
                s.template.title(lang).to_string(),
                s.template.key.clone(),
                s.responsible.join(" "),
                state_short(app, s, true),
            ]
        })
        .into_iter()
        .filter_map(|i| v.steps.get(i))
        .collect()
}

pub fn selected(app: &App) -> Option<&StepView> {
    shown(app).get(app.ui.sep.nav.sel).copied()
}

/// The selection moved: the step is remembered by its key.
pub fn remember(app: &mut App) {
    app.ui.sep.follow = selected(app).map(|s| s.template.key.clone());
    app.ui.sep.detail.scroll = 0;
}

/// The case arrived again: the step remembered (or the inbox item's) is
/// selected wherever it now is.
/// A case opened without one starts on the first step that is the user's
/// to tick, else the first still open.
pub fn reselect(app: &mut App) {
    let rows = shown(app);
    let at = match &app.ui.sep.follow {
        Some(key) => rows.iter().position(|s| &s.template.key == key),
        None => rows
            .iter()
            .position(|s| mine(s))
            .or_else(|| rows.iter().position(|s| s.state == StepState::Pending)),
    };
    if let Some(i) = at {
        app.ui.sep.nav.sel = i;
    }
    remember(app);
}

/// The first key bound to `action` on this screen, as the footer shows it.
pub fn key_of(app: &App, action: Action) -> String {
    app.keys
        .grouped(&[Layer::Separation])
        .into_iter()
        .find(|(_, a, _)| *a == action)
        .map(|(k, _, _)| k)
        .unwrap_or_default()
}

/// Who ticks the step, or that nobody can (no user holds the role for
/// this employee's department): said, not left blank.
fn responsible(app: &App, s: &StepView) -> String {
    if s.responsible.is_empty() {
        app.cat.t("sep.nobody").to_string()
    } else {
        s.responsible.join(", ")
    }
}

/// Whether the user may tick the step now (the service's word).
pub fn mine(s: &StepView) -> bool {
    s.state == StepState::Pending && s.cannot_tick.is_none()
}

/// How a step stands, short enough for the table (`dated`: with the day).
fn state_short(app: &App, s: &StepView, dated: bool) -> String {
    let cat = &app.cat;
    let on =
        s.at.filter(|_| dated)
            .map(|a| a.with_timezone(&app.zone()).format("%m-%d").to_string())
            .unwrap_or_default();
    let by = s.by.clone().unwrap_or_default();
    match s.state {
        StepState::Pending if !s.waiting.is_empty() => cat.t("sep.state_gated").to_string(),
        StepState::Pending => cat.t("step_state.pending").to_string(),
        StepState::Done => cat.f("sep.state_done", &[("by", by), ("on", on)]),
        StepState::NotApplicable => cat.f("sep.state_na", &[("by", by), ("on", on)]),
    }
    .trim_end()
    .to_string()
}

/// The employee's acknowledgement: given, awaited, or not asked for.
fn ack(app: &App, theme: &Theme, s: &StepView) -> String {
    match (s.template.acknowledged, &s.state, s.acknowledged) {
        (true, _, Some(_)) => theme.glyphs.check.to_string(),
        (true, StepState::Done, None) => app.cat.t("sep.ack_waiting").to_string(),
        _ => String::new(),
    }
}

pub fn draw(f: &mut Frame, app: &App, theme: &Theme, v: &SepView, area: Rect, hits: &mut Hits) {
    let cat = &app.cat;
    let lang = cat.lang.code();
    let wide = area.width >= 110;
    let warn = theme.glyphs.warn;
    let rows: Vec<Cells> = shown(app)
        .into_iter()
        .map(|s| {
            let mut cells = vec![
                if s.overdue {
                    warn.to_string()
                } else {
                    String::new()
                },
                s.no.to_string(),
                s.template.title(lang).to_string(),
                responsible(app, s),
                s.due.to_string(),
                state_short(app, s, wide),
                ack(app, theme, s),
            ];
            if wide {
                cells.push(note_short(s));
            }
            let cells = Cells::new(cells);
            if s.overdue {
                cells.styled(theme.error)
            } else if mine(s) {
                cells.styled(theme.key)
            } else if s.state != StepState::Pending {
                cells.styled(theme.dim)
            } else {
                cells
            }
        })
        .collect();
    let mut columns = vec![
        ("", Constraint::Length(1)),
        ("sep.col_no", Constraint::Length(2)),
        ("sep.col_step", Constraint::Fill(4)),
        ("sep.col_responsible", Constraint::Fill(2)),
        ("sep.col_due", Constraint::Length(10)),
        ("sep.col_state", Constraint::Fill(3)),
        ("sep.col_ack", Constraint::Length(4)),
    ];
    if wide {
        columns.push(("field.note", Constraint::Fill(4)));
    }
    ListTable {
        title: cat.f(
            "sep.steps_title",
            &[
                ("done", v.row.done.to_string()),
                ("total", v.row.steps.to_string()),
            ],
        ),
        columns: &columns,
        rows,
        sel: app.ui.sep.nav.sel,
        focused: true,
        pane: 0,
        filter: Some(&app.ui.sep.nav.filter),
        total: v.steps.len(),
    }
    .draw(f, cat, theme, area, hits);
}

/// The note on one line, or whom the work went to.
fn note_short(s: &StepView) -> String {
    let note = s.note.split_whitespace().collect::<Vec<_>>().join(" ");
    match &s.handover_to {
        Some((id, name)) if note.is_empty() => format!("→ {name} ({id})"),
        Some((_, name)) => format!("→ {name}: {note}"),
        None => note,
    }
}

/// Labels and values in two columns, the values lined up by display width.
pub fn facts(doc: &mut Doc, rows: &[(String, String)], style: Style) {
    let w = rows.iter().map(|(l, _)| l.width()).max().unwrap_or(0);
    for (label, value) in rows {
        let pad = " ".repeat(w - label.width());
        doc.push_indented(format!("  {label}{pad}  {value}"), style, w + 4);
    }
}

/// The pane (`width` columns inside): the selected step in full, then the
/// equipment, the settlement, and whether the case may close now.
pub fn pane(app: &App, theme: &Theme, v: &SepView, width: usize) -> Doc {
    let mut doc = Doc::default();
    if let Some(s) = selected(app) {
        step_doc(app, theme, v, s, &mut doc);
        doc.blank();
    }
    equipment::items_doc(app, theme, &v.items, width, &mut doc);
    doc.blank();
    settlement_doc(app, theme, v, &mut doc);
    closing_doc(app, theme, v, &mut doc);
    doc
}

fn step_doc(app: &App, theme: &Theme, v: &SepView, s: &StepView, doc: &mut Doc) {
    let cat = &app.cat;
    let zone = app.zone();
    let lang = cat.lang.code();
    let label = |k: &str| cat.t(k).to_string();
    let mut rows = vec![
        (label("sep.col_responsible"), responsible(app, s)),
        (
            label("sep.col_due"),
            if s.overdue {
                format!("{}  {} {}", s.due, theme.glyphs.warn, cat.t("sep.overdue"))
            } else {
                s.due.to_string()
            },
        ),
    ];
    let when =
        s.at.map(|a| crate::present::when(a, zone))
            .unwrap_or_default();
    let by = s.by.clone().unwrap_or_default();
    let state = match s.state {
        StepState::Pending => cat.t("step_state.pending").to_string(),
        StepState::Done => cat.f("sep.done_by", &[("by", by), ("at", when)]),
        StepState::NotApplicable => cat.f("sep.na_by", &[("by", by), ("at", when)]),
    };
    rows.push((label("sep.col_state"), state));
    if let Some((id, name)) = &s.handover_to {
        rows.push((label("sep.handed_to"), format!("{name} ({id})")));
    }
    if s.template.acknowledged && s.state == StepState::Done {
        let a = match s.acknowledged {
            Some(at) => cat.f("sep.ack_on", &[("at", crate::present::when(at, zone))]),
            None => cat.t("sep.ack_not_yet").to_string(),
        };
        rows.push((label("sep.col_ack"), a));
    }
    if !s.waiting.is_empty() {
        rows.push((label("sep.waits_for"), titles(v, &s.waiting, lang)));
    }
    facts(doc, &rows, Style::new());
    if !s.note.is_empty() {
        let key = if s.state == StepState::NotApplicable {
            "sep.why_na"
        } else {
            "field.note"
        };
        doc.push(format!("  {}", cat.t(key)), theme.accent);
        doc.push_indented(format!("    {}", s.note), Style::new(), 4);
    }
    if v.row.state != SepState::Open || s.state != StepState::Pending {
        return;
    }
    match &s.cannot_tick {
        None => {
            let key = key_of(app, Action::TickStep);
            doc.push(
                format!("  {}", cat.f("sep.yours", &[("key", key)])),
                theme.key,
            );
        }
        Some(e) => doc.push_indented(format!("  {}", why(app, v, e)), theme.dim, 4),
    }
}

/// Step keys as the checklist names them in the user's language.
pub fn titles(v: &SepView, keys: &[String], lang: &str) -> String {
    keys.iter()
        .map(|k| {
            v.steps
                .iter()
                .find(|s| &s.template.key == k)
                .map_or(k.as_str(), |s| s.template.title(lang))
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// A refusal about this case in the user's words: its steps named by
/// their titles rather than their keys.
pub fn why(app: &App, v: &SepView, e: &DomainError) -> String {
    let lang = app.cat.lang.code();
    let title = |k: &str| titles(v, &[k.to_string()], lang);
    let list = |ks: &str| {
        let keys: Vec<String> = ks.split(", ").map(str::to_string).collect();
        titles(v, &keys, lang)
    };
    let mut e = e.clone();
    match &mut e {
        DomainError::StepDone { step, .. }
        | DomainError::NotYourStep { step, .. }
        | DomainError::NoAcknowledgement { step, .. }
        | DomainError::StepNotDone { step, .. }
        | DomainError::Acknowledged { step, .. } => *step = title(step),
        DomainError::StepGated { step, waiting, .. } => {
            *step = title(step);
            *waiting = list(waiting);
        }
        DomainError::StepsOpen { steps, .. } => *steps = list(steps),
        _ => {}
    }
    app.cat.domain_error(&e)
}

fn settlement_doc(app: &App, theme: &Theme, v: &SepView, doc: &mut Doc) {
    let cat = &app.cat;
    doc.push(cat.t("sep.settlement"), theme.accent);
    let Some(s) = &v.settlement else {
        let key = if v.settlement_hidden {
            "sep.settlement_hidden"
        } else {
            "sep.settlement_none"
        };
        doc.push(format!("  {}", cat.t(key)), theme.dim);
        return;
    };
    let c = &s.currency;
    let amounts = [
        ("sepf.last_pay", s.last_pay),
        ("sepf.leave_paid", s.leave_paid),
        ("sepf.compensation", s.compensation),
        ("sepf.deductions", -s.deductions),
    ];
    let figures: Vec<String> = amounts
        .iter()
        .map(|(_, m)| format_amount(*m, c))
        .chain([format_amount(s.total, c)])
        .collect();
    // Amounts right-aligned on their decimal point, the currency after.
    let w = figures.iter().map(|t| t.width()).max().unwrap_or(0);
    let mut rows: Vec<(String, String)> = amounts
        .iter()
        .zip(&figures)
        .map(|((k, _), t)| (cat.t(k).to_string(), format!("{t:>w$} {c}")))
        .collect();
    rows.push((
        cat.t("sep.total").to_string(),
        format!("{:>w$} {c}", figures[4]),
    ));
    rows.push((cat.t("sepf.paid_on").to_string(), s.paid_on.to_string()));
    facts(doc, &rows, Style::new());
}

/// For the HR head: whether the case may close now, and why not.
fn closing_doc(app: &App, theme: &Theme, v: &SepView, doc: &mut Doc) {
    if v.row.state != SepState::Open || !app.has_role(Role::HrHead) {
        return;
    }
    doc.blank();
    match &v.cannot_close {
        None => {
            let key = key_of(app, Action::CloseCase);
            doc.push(app.cat.f("sep.may_close", &[("key", key)]), theme.key);
        }
        Some(e) => doc.push_indented(why(app, v, e), theme.dim, 2),
    }
}
