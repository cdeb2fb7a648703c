//! The evaluation cycles, the tab's home: the running cycle first, then
//! those still to begin, then the closed ones, each newest first; how far
//! each has come (signed off of all it evaluates) and how it stands.
//! Enter opens a cycle's people; HR opens a new cycle with `N`.

use super::{Load, actions, bar, offers_view, running, switch_view, today, want};
use crate::service::api::CycleRow;
use crate::tui::app::{App, Loaded};
use crate::tui::keymap::{Action, Layer};
use crate::tui::screens::{Entry, Hits, ScreenId, Screens};
use crate::tui::theme::Theme;
use crate::tui::widgets::table::message;
use crate::tui::widgets::{Cells, ListTable};
use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};

pub const ENTRY: Entry = Entry {
    id: ScreenId::Review,
    layer: Layer::Review,
    key: Some(Action::ScreenReview),
    tab: ScreenId::Review,
    label: |app| app.cat.t("tab.review").to_string(),
    short: Some("tab.review_short"),
    wants: |_| vec![want(Load::Cycles)],
    loaded: crate::tui::screens::nothing_loaded,
    nav: |s, _| Some(&s.review.cycles),
    nav_mut: |s: &mut Screens, _| Some(&mut s.review.cycles),
    rows: |app| shown(app).len(),
    moved: crate::tui::screens::nothing_moved,
    on,
    offers: |app, a| match a {
        Action::Open => Some(!shown(app).is_empty()),
        Action::NewCycle => Some(app.is_hr()),
        other => offers_view(app, other),
    },
    allowed: actions::allowed,
    draw,
};

/// How a cycle stands today, as its catalog key.
pub fn state_key(app: &App, c: &CycleRow) -> &'static str {
    if c.closed.is_some() {
        "rv.cycle_closed"
    } else if running(app).is_some_and(|r| r.id == c.id) {
        "rv.cycle_running"
    } else if c.from > today(app) {
        "rv.cycle_upcoming"
    } else {
        "rv.cycle_open"
    }
}

/// The order of the list: the running cycle, the others still open, the
/// closed ones; newest first within each.
fn rank(app: &App, c: &CycleRow) -> u8 {
    match state_key(app, c) {
        "rv.cycle_running" => 0,
        "rv.cycle_closed" => 2,
        _ => 1,
    }
}

/// The cycles the filter lets through, in the list's order.
pub fn shown(app: &App) -> Vec<&CycleRow> {
    let all = app.data.review.cycles.rows();
    let mut rows: Vec<&CycleRow> = app
        .ui
        .review
        .cycles
        .filter
        .pick(all, |c| {
            vec![
                c.id.to_string(),
                c.name.clone(),
                c.template.clone(),
                app.cat.t(state_key(app, c)).to_string(),
            ]
        })
        .into_iter()
        .filter_map(|i| all.get(i))
        .collect();
    // Stable: the service's newest-first order stays within each rank.
    rows.sort_by_key(|c| rank(app, c));
    rows
}

/// How many of those it evaluates are signed off (acknowledged or not).
fn signed_off(c: &CycleRow) -> u32 {
    c.states[2] + c.states[3]
}

/// How many have scores at all.
pub fn scored(c: &CycleRow) -> u32 {
    c.states.iter().sum()
}

fn on(app: &mut App, action: Action) -> bool {
    match action {
        Action::Open => {
            if let Some(id) = shown(app).get(app.ui.review.cycles.sel).map(|c| c.id) {
                super::open_cycle(app, Some(id));
            }
        }
        Action::NewCycle => actions::new_cycle(app),
        other => return switch_view(app, other),
    }
    true
}

/// The cycles arrived: the running one opens if that was asked for.
pub fn arrived(app: &mut App) {
    if std::mem::take(&mut app.ui.review.current)
        && app.screen == ScreenId::Review
        && let Some(id) = running(app).map(|c| c.id)
    {
        super::open_cycle(app, Some(id));
    }
}

fn draw(f: &mut Frame, app: &App, theme: &Theme, area: Rect, hits: &mut Hits) {
    let cat = &app.cat;
    let title = cat.t("rv.cycles_title");
    let all = match &app.data.review.cycles {
        Loaded::Waiting => return message(f, theme, area, title, cat.t("list.loading")),
        Loaded::Denied(why) => return message(f, theme, area, title, why),
        Loaded::Ready(r) if r.is_empty() => {
            let empty = if app.is_hr() {
                "rv.no_cycles_hr"
            } else {
                "rv.no_cycles"
            };
            return message(f, theme, area, title, cat.t(empty));
        }
        Loaded::Ready(r) => r,
    };
    let wide = area.width >= 110;
    let rows = shown(app)
        .into_iter()
        .map(|c| {
            let mut cells = vec![c.id.to_string(), c.name.clone()];
            if wide {
                cells.push(c.template.clone());
            }
            cells.extend([
                c.from.to_string(),
                c.to.to_string(),
                bar(theme, signed_off(c), c.expected, 6),
            ]);
            if wide {
                cells.push(cat.f(
                    "rv.scored_of",
                    &[
                        ("scored", scored(c).to_string()),
                        ("expected", c.expected.to_string()),
                    ],
                ));
            }
            cells.push(cat.t(state_key(app, c)).to_string());
            let cells = Cells::new(cells);
            match state_key(app, c) {
                "rv.cycle_running" => cells.styled(theme.key),
                "rv.cycle_closed" => cells.styled(theme.dim),
                _ => cells,
            }
        })
        .collect();
    let mut columns = vec![
        ("col.id", Constraint::Length(6)),
        ("rv.col_cycle", Constraint::Fill(3)),
    ];
    if wide {
        columns.push(("rv.col_template", Constraint::Length(10)));
    }
    columns.extend([
        ("rv.col_from", Constraint::Length(10)),
        ("rv.col_to", Constraint::Length(10)),
        ("rv.col_signed_off", Constraint::Length(12)),
    ]);
    if wide {
        columns.push(("rv.col_scored", Constraint::Length(14)));
    }
    columns.push(("col.state", Constraint::Fill(1)));
    ListTable {
        title: title.to_string(),
        columns: &columns,
        rows,
        sel: app.ui.review.cycles.sel,
        focused: true,
        pane: 0,
        filter: Some(&app.ui.review.cycles.filter),
        total: all.len(),
    }
    .draw(f, cat, theme, area, hits);
}
