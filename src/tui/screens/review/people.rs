//! A cycle's people: everyone the cycle evaluates whom the user sees, those
//! not scored yet too, each with where their evaluation stands, its result
//! and grade (when the user may read them) and who scored it. Above them,
//! the cycle: its period, its criteria and weights, and how far it has come.
//! Enter opens an evaluation (on someone not scored yet, the scoring form);
//! `s` scores the selected person.

use super::{Load, actions, cycle, result_text, stage_name, want};
use crate::domain::{CycleId, EmployeeId};
use crate::service::api::{CycleRow, EvalRow, EvalStage};
use crate::tui::app::{App, Loaded};
use crate::tui::keymap::{Action, Layer};
use crate::tui::screens::{Entry, Hits, Nav, ScreenId, Screens};
use crate::tui::theme::Theme;
use crate::tui::widgets::table::{fit_with, message};
use crate::tui::widgets::{Cells, ListTable};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

#[derive(Clone, Debug)]
pub struct State {
    /// The cycle shown.
    pub id: Option<CycleId>,
    pub nav: Nav,
    /// The person selected, found again after each reload.
    pub follow: Option<EmployeeId>,
    /// Where Esc goes.
    pub back: ScreenId,
}

impl Default for State {
    fn default() -> State {
        State {
            id: None,
            nav: Nav::default(),
            follow: None,
            back: ScreenId::Review,
        }
    }
}

pub const ENTRY: Entry = Entry {
    id: ScreenId::Cycle,
    layer: Layer::Cycle,
    key: None,
    tab: ScreenId::Review,
    label: |app| app.cat.t("tab.review").to_string(),
    short: Some("tab.review_short"),
    wants: |app| {
        let mut w = vec![want(Load::Cycles)];
        w.extend(app.ui.review.people.id.map(|c| want(Load::People(c))));
        w
    },
    loaded: crate::tui::screens::nothing_loaded,
    nav: |s, _| Some(&s.review.people.nav),
    nav_mut: |s: &mut Screens, _| Some(&mut s.review.people.nav),
    rows: |app| shown(app).len(),
    moved: remember,
    on,
    offers: |app, a| match a {
        Action::Back => Some(true),
        Action::Open => Some(selected(app).is_some()),
        Action::Score => Some(selected(app).is_some_and(|r| actions::may_score_row(app, r))),
        Action::SubmitEvaluation => {
            Some(super::scores(app) && selected(app).is_some_and(|r| r.stage == EvalStage::Draft))
        }
        _ => None,
    },
    allowed: actions::allowed,
    draw,
};

/// The people of the cycle shown, once they have arrived.
pub fn rows(app: &App) -> &[EvalRow] {
    match &app.data.review.people {
        Loaded::Ready((c, rows)) if Some(*c) == app.ui.review.people.id => rows,
        _ => &[],
    }
}

/// The rows the filter lets through.
pub fn shown(app: &App) -> Vec<&EvalRow> {
    let all = rows(app);
    app.ui
        .review
        .people
        .nav
        .filter
        .pick(all, |r| {
            vec![
                r.number.clone(),
                r.name.clone(),
                r.dept_name.clone(),
                stage_name(app, r.stage),
                r.grade.clone().unwrap_or_default(),
                r.evaluator.clone(),
                r.id.map(|i| i.to_string()).unwrap_or_default(),
            ]
        })
        .into_iter()
        .filter_map(|i| all.get(i))
        .collect()
}

pub fn selected(app: &App) -> Option<&EvalRow> {
    shown(app).get(app.ui.review.people.nav.sel).copied()
}

/// The cycle shown, as the cycle list has it.
pub fn shown_cycle(app: &App) -> Option<&CycleRow> {
    app.ui.review.people.id.and_then(|id| cycle(app, id))
}

/// The selection moved: the person is remembered.
fn remember(app: &mut App) {
    app.ui.review.people.follow = selected(app).map(|r| r.employee);
}

/// The people arrived again: the person remembered is selected wherever
/// they now are; a cycle opened afresh starts on the first person still to
/// be scored (for whoever scores), or the first waiting for a signature.
pub fn reselect(app: &mut App) {
    let rows = shown(app);
    let at = match app.ui.review.people.follow {
        Some(e) => rows.iter().position(|r| r.employee == e),
        None if super::scores(app) => rows
            .iter()
            .position(|r| r.stage == EvalStage::NotStarted)
            .or_else(|| rows.iter().position(|r| r.stage == EvalStage::Draft)),
        None => None,
    };
    if let Some(i) = at {
        app.ui.review.people.nav.sel = i;
    }
    remember(app);
}

fn on(app: &mut App, action: Action) -> bool {
    match action {
        Action::Back => {
            let back = app.ui.review.people.back;
            super::go_back(app, back, ScreenId::Cycle);
        }
        Action::Open => {
            let Some(r) = selected(app).cloned() else {
                return true;
            };
            match r.id {
                Some(id) => super::open_evaluation(app, id),
                None => actions::score_row(app, &r),
            }
        }
        Action::Score => {
            if let Some(r) = selected(app).cloned() {
                actions::score_row(app, &r);
            }
        }
        Action::SubmitEvaluation => actions::submit_row(app),
        _ => return false,
    }
    true
}

/// A stage's style: what waits on the scorer stands out, what is done is dim.
fn stage_style(theme: &Theme, s: EvalStage) -> Option<Style> {
    match s {
        EvalStage::Draft => Some(theme.key),
        EvalStage::SignedOff | EvalStage::Acknowledged => Some(theme.dim),
        _ => None,
    }
}

fn draw(f: &mut Frame, app: &App, theme: &Theme, area: Rect, hits: &mut Hits) {
    let cat = &app.cat;
    let Some(id) = app.ui.review.people.id else {
        return;
    };
    let title = shown_cycle(app).map_or_else(|| id.to_string(), |c| format!("{} {}", c.id, c.name));
    let [head, list] = Layout::vertical([Constraint::Length(2), Constraint::Fill(1)]).areas(area);
    if let Some(c) = shown_cycle(app) {
        draw_head(f, app, theme, c, head);
    }
    let all = match &app.data.review.people {
        Loaded::Denied(why) => return message(f, theme, list, &title, why),
        Loaded::Ready((c, rows)) if *c == id => rows,
        _ => return message(f, theme, list, &title, cat.t("list.loading")),
    };
    if all.is_empty() {
        return message(f, theme, list, &title, cat.t("rv.nobody"));
    }
    let wide = area.width >= 110;
    let rows = shown(app)
        .into_iter()
        .map(|r| {
            let mut cells = vec![format!("{} {}", r.number, r.name)];
            cells.push(r.dept_name.clone());
            cells.push(stage_name(app, r.stage));
            cells.push(r.result.map(result_text).unwrap_or_default());
            cells.push(r.grade.clone().unwrap_or_default());
            if wide {
                cells.push(r.evaluator.clone());
                cells.push(r.id.map(|i| i.to_string()).unwrap_or_default());
            }
            let cells = Cells::new(cells);
            match stage_style(theme, r.stage) {
                Some(s) => cells.styled(s),
                None => cells,
            }
        })
        .collect();
    let mut columns = vec![
        // The number first: a long name is cut, never the number.
        ("rv.col_employee", Constraint::Fill(1)),
        ("col.department", Constraint::Fill(1)),
        ("rv.col_stage", Constraint::Fill(1)),
        ("rv.col_result", Constraint::Length(6)),
        ("rv.col_grade", Constraint::Length(5)),
    ];
    if wide {
        columns.push(("rv.col_evaluator", Constraint::Fill(1)));
        columns.push(("col.id", Constraint::Length(7)));
    }
    ListTable {
        title,
        columns: &columns,
        rows,
        sel: app.ui.review.people.nav.sel,
        focused: true,
        pane: 0,
        filter: Some(&app.ui.review.people.nav.filter),
        total: all.len(),
    }
    .draw(f, cat, theme, list, hits);
}

/// Two lines: the period, template and how far the cycle has come; its
/// criteria and weights.
fn draw_head(f: &mut Frame, app: &App, theme: &Theme, c: &CycleRow, area: Rect) {
    let cat = &app.cat;
    let lang = cat.lang.code();
    let state = cat.t(super::cycles::state_key(app, c));
    // The people the user sees once they are read (a head's department),
    // the whole cycle's until then.
    let counts = match rows(app) {
        [] => (
            c.expected as usize,
            super::cycles::scored(c) as usize,
            (c.states[2] + c.states[3]) as usize,
        ),
        rows => {
            let count = |keep: fn(EvalStage) -> bool| {
                let mut who: Vec<EmployeeId> = rows
                    .iter()
                    .filter(|r| keep(r.stage))
                    .map(|r| r.employee)
                    .collect();
                who.sort();
                who.dedup();
                who.len()
            };
            (
                count(|_| true),
                count(|s| s != EvalStage::NotStarted),
                count(|s| matches!(s, EvalStage::SignedOff | EvalStage::Acknowledged)),
            )
        }
    };
    let first = cat.f(
        "rv.cycle_head",
        &[
            ("from", c.from.to_string()),
            ("to", c.to.to_string()),
            ("expected", counts.0.to_string()),
            ("scored", counts.1.to_string()),
            ("signed", counts.2.to_string()),
        ],
    );
    let criteria: Vec<String> = c
        .criteria
        .iter()
        .map(|k| format!("{} {}%", k.title(lang), k.weight))
        .collect();
    let template = if c.self_assessment {
        cat.f("rv.template_self", &[("template", c.template.clone())])
    } else {
        c.template.clone()
    };
    let second = cat.f(
        "rv.template_line",
        &[
            ("template", template),
            (
                "criteria",
                criteria.join(&format!(" {} ", theme.glyphs.dot)),
            ),
        ],
    );
    let width = area.width as usize;
    let ell = theme.glyphs.ellipsis;
    let tag = format!("[{state}] ");
    let room = width.saturating_sub(tag.width());
    let lines = vec![
        Line::from(vec![
            Span::styled(tag, theme.key),
            Span::styled(fit_with(&first, room, ell), theme.dim),
        ]),
        Line::from(Span::raw(fit_with(&second, width, ell))),
    ];
    f.render_widget(Paragraph::new(lines), area);
}
