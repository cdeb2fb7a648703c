//! A requisition's candidates as a pipeline: a column per stage, from
//! applied to hired, and one muted column for those who left it (rejected,
//! declined, withdrawn). ←/→ move between columns that have someone in
//! them, ↑/↓ within one; the candidate selected is followed across reloads,
//! so one who moves on (an offer made) stays selected in their new column.

use crate::domain::CandidateId;
use crate::domain::recruit::Stage;
use crate::service::api::CandidateView;
use crate::tui::app::App;
use crate::tui::screens::Hits;
use crate::tui::theme::Theme;
use crate::tui::widgets::table::{fit_with, offset_for};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

/// The columns, left to right; the last holds everyone no longer running.
pub const COLUMNS: usize = 6;
const CLOSED: usize = 5;

pub fn column_of(stage: Stage) -> usize {
    match stage {
        Stage::Applied => 0,
        Stage::Interviewing => 1,
        Stage::Offered => 2,
        Stage::Accepted => 3,
        Stage::Hired => 4,
        Stage::Declined | Stage::Rejected | Stage::Withdrawn => CLOSED,
    }
}

/// A column's short name (a catalog key): narrow columns need few letters.
fn column_key(col: usize) -> &'static str {
    [
        "rq.col_applied",
        "rq.col_interviewing",
        "rq.col_offered",
        "rq.col_accepted",
        "rq.col_hired",
        "rq.col_closed",
    ]
    .get(col)
    .copied()
    .unwrap_or("rq.col_closed")
}

/// The candidates the filter lets through.
pub fn shown(app: &App) -> Vec<&CandidateView> {
    let Some(v) = super::detail::view(app) else {
        return Vec::new();
    };
    app.ui
        .req
        .nav
        .filter
        .pick(&v.candidates, |c| {
            vec![
                c.id.to_string(),
                c.name.clone(),
                c.source.clone(),
                app.cat.t(&format!("stage.{}", c.stage.key())).to_string(),
            ]
        })
        .into_iter()
        .filter_map(|i| v.candidates.get(i))
        .collect()
}

/// The candidates of one column, in the order they came.
pub fn column(app: &App, col: usize) -> Vec<&CandidateView> {
    shown(app)
        .into_iter()
        .filter(|c| column_of(c.stage) == col)
        .collect()
}

pub fn selected(app: &App) -> Option<&CandidateView> {
    column(app, app.ui.req.col).get(app.ui.req.nav.sel).copied()
}

/// Moves the selection to the next column with someone in it.
pub fn step(app: &mut App, right: bool) {
    let from = app.ui.req.col;
    let mut to = from;
    loop {
        to = if right {
            to + 1
        } else {
            match to.checked_sub(1) {
                Some(t) => t,
                None => return,
            }
        };
        if to >= COLUMNS {
            return;
        }
        if !column(app, to).is_empty() {
            break;
        }
    }
    app.ui.req.col = to;
    app.ui.req.nav.sel = 0;
    remember(app);
}

/// The selection moved: the candidate selected is the one to follow.
pub fn remember(app: &mut App) {
    app.ui.req.follow = selected(app).map(|c| c.id);
    app.ui.req.detail = Default::default();
}

/// After a reload: selects the candidate followed wherever they are now,
/// or else the first column with someone in it.
pub fn reselect(app: &mut App) {
    if let Some(id) = app.ui.req.follow
        && select(app, id)
    {
        return;
    }
    if column(app, app.ui.req.col).is_empty()
        && let Some(col) = (0..COLUMNS).find(|c| !column(app, *c).is_empty())
    {
        app.ui.req.col = col;
        app.ui.req.nav.sel = 0;
    }
    let rows = column(app, app.ui.req.col).len();
    app.ui.req.nav.sel = app.ui.req.nav.sel.min(rows.saturating_sub(1));
    app.ui.req.follow = selected(app).map(|c| c.id);
}

/// Selects a candidate; false when they are not shown.
pub fn select(app: &mut App, id: CandidateId) -> bool {
    let Some(stage) = shown(app).iter().find(|c| c.id == id).map(|c| c.stage) else {
        return false;
    };
    let col = column_of(stage);
    let Some(row) = column(app, col).iter().position(|c| c.id == id) else {
        return false;
    };
    app.ui.req.col = col;
    app.ui.req.nav.sel = row;
    app.ui.req.follow = Some(id);
    true
}

/// Rows the pipeline wants: its tallest column, a header and the borders.
pub fn height(app: &App) -> u16 {
    if super::detail::view(app).is_none_or(|v| v.candidates.is_empty()) {
        return 3;
    }
    let tallest = (0..COLUMNS)
        .map(|c| column(app, c).len())
        .max()
        .unwrap_or(0)
        .max(1);
    tallest as u16 + 3
}

pub fn draw(f: &mut Frame, app: &App, theme: &Theme, area: Rect, hits: &mut Hits) {
    let cat = &app.cat;
    let total = super::detail::view(app).map_or(0, |v| v.candidates.len());
    let mut title = cat.f("rq.pipeline", &[("n", total.to_string())]);
    let filter = &app.ui.req.nav.filter;
    if filter.active() || filter.editing {
        title = format!("{title} /{}", filter.input.text());
    }
    let block = theme.block(title, area).border_style(theme.accent);
    let inner = block.inner(area);
    f.render_widget(block, area);
    if total == 0 {
        let text = fit_with(
            cat.t("rq.no_candidates"),
            inner.width as usize,
            theme.glyphs.ellipsis,
        );
        f.render_widget(Paragraph::new(text).style(theme.dim), inner);
        return;
    }
    let cols = Layout::horizontal([Constraint::Fill(1); COLUMNS])
        .spacing(1)
        .split(inner);
    let ell = theme.glyphs.ellipsis;
    let visible = inner.height.saturating_sub(1) as usize;
    for (i, rect) in cols.iter().enumerate() {
        let people = column(app, i);
        let here = i == app.ui.req.col;
        let w = rect.width as usize;
        let head_style = if here { theme.selected } else { theme.accent };
        let head = format!("{} {}", cat.t(column_key(i)), people.len());
        let mut lines = vec![Line::from(Span::styled(
            fit_with(&head, w, ell),
            head_style,
        ))];
        let offset = if here {
            offset_for(app.ui.req.nav.sel, visible)
        } else {
            0
        };
        for (row, c) in people.iter().enumerate().skip(offset).take(visible) {
            let style = if here && row == app.ui.req.nav.sel {
                theme.selected
            } else if i == CLOSED {
                theme.dim
            } else {
                Style::new()
            };
            let mut name = c.name.clone();
            if i == CLOSED {
                // Who left, and how: the column holds three stages.
                let how = cat.t(&format!("stage.{}", c.stage.key())).to_string();
                name = format!("{name} ({how})");
            }
            lines.push(Line::from(Span::styled(fit_with(&name, w, ell), style)));
        }
        f.render_widget(Paragraph::new(lines), *rect);
    }
    hits.page = hits.page.max(visible.max(1));
}
