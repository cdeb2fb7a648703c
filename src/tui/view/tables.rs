//! The inbox and the plan list: one table each, selection kept in view.

use super::theme::Theme;
use super::{Hits, ListHit, offset_for};
use crate::domain::PlanState;
use crate::present::{age, inbox_what};
use crate::tui::app::App;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::widgets::{Block, Borders, Paragraph, Row, Table, TableState, Wrap};

/// One row of a `ListTable`: its cells as text, and a style for the row.
pub struct Cells {
    pub cells: Vec<String>,
    pub style: Option<ratatui::style::Style>,
}

impl Cells {
    pub fn new(cells: Vec<String>) -> Cells {
        Cells { cells, style: None }
    }

    pub fn styled(mut self, style: ratatui::style::Style) -> Cells {
        self.style = Some(style);
        self
    }
}

/// A bordered list with a header row: columns are (catalog key, width), so a
/// header can never disagree with its widths. A cell longer than its column
/// ends in "…", never in the middle of a word with nothing to say so.
pub struct ListTable<'a> {
    pub title: &'a str,
    pub columns: &'a [(&'a str, Constraint)],
    pub rows: Vec<Cells>,
    pub sel: usize,
    pub focused: bool,
    /// For the organisation screen: this is the positions list.
    pub right: bool,
}

impl ListTable<'_> {
    /// Draws the table with the selection in view and records where its rows are.
    pub fn draw(self, f: &mut Frame, app: &App, theme: &Theme, area: Rect, hits: &mut Hits) {
        let block = Block::default()
            .borders(Borders::ALL)
            .title(self.title.to_string())
            .border_style(if self.focused {
                theme.accent
            } else {
                theme.dim
            });
        let inner = block.inner(area);
        let visible = inner.height.saturating_sub(1) as usize;
        let offset = offset_for(self.sel, visible);
        let mut state = TableState::default().with_offset(offset);
        if self.focused {
            state.select(Some(self.sel));
        }
        // The widths ratatui would give the columns, computed here so every
        // cell can be cut to its own.
        let widths: Vec<u16> = Layout::horizontal(self.columns.iter().map(|(_, w)| *w))
            .spacing(1)
            .split(Rect::new(0, 0, inner.width, 1))
            .iter()
            .map(|r| r.width)
            .collect();
        let fitted = |cells: Vec<String>| -> Row<'static> {
            Row::new(
                cells
                    .into_iter()
                    .zip(&widths)
                    .map(|(c, w)| super::fit(&c, *w as usize)),
            )
        };
        let header = fitted(
            self.columns
                .iter()
                .map(|(k, _)| {
                    if k.is_empty() {
                        String::new()
                    } else {
                        app.cat.t(k).to_string()
                    }
                })
                .collect(),
        );
        let rows: Vec<Row> = self
            .rows
            .into_iter()
            .map(|r| {
                let style = r.style;
                let row = fitted(r.cells);
                match style {
                    Some(s) => row.style(s),
                    None => row,
                }
            })
            .collect();
        let table = Table::new(rows, widths.iter().map(|w| Constraint::Length(*w)))
            .header(header.style(theme.accent))
            .row_highlight_style(theme.selected)
            .block(block);
        f.render_stateful_widget(table, area, &mut state);
        hits.lists.push(ListHit {
            area: Rect::new(
                inner.x,
                inner.y + 1,
                inner.width,
                inner.height.saturating_sub(1),
            ),
            offset,
            right: self.right,
        });
        hits.page = hits.page.max(visible.max(1));
    }
}

pub fn empty(f: &mut Frame, theme: &Theme, area: Rect, title: &str, text: &str) {
    let p = Paragraph::new(text.to_string())
        .style(theme.dim)
        .wrap(Wrap { trim: true })
        .block(
            Block::default()
                .borders(Borders::ALL)
                .title(title.to_string()),
        );
    f.render_widget(p, area);
}

pub fn inbox(f: &mut Frame, app: &App, theme: &Theme, area: Rect, hits: &mut Hits) {
    let cat = &app.cat;
    let title = cat.t("inbox.title");
    if app.data.inbox.is_empty() {
        return empty(f, theme, area, title, cat.t("inbox.empty"));
    }
    let rows = app
        .data
        .inbox
        .iter()
        .map(|i| {
            Cells::new(vec![
                i.plan.to_string(),
                inbox_what(cat, &i.kind),
                i.title.clone(),
                age(cat, i.since, app.now),
            ])
        })
        .collect();
    ListTable {
        title,
        columns: &[
            ("col.id", Constraint::Length(8)),
            ("col.what", Constraint::Length(16)),
            ("col.title", Constraint::Fill(1)),
            ("col.waiting", Constraint::Length(8)),
        ],
        rows,
        sel: app.sel_inbox,
        focused: true,
        right: false,
    }
    .draw(f, app, theme, area, hits);
}

pub fn plans(f: &mut Frame, app: &App, theme: &Theme, area: Rect, hits: &mut Hits) {
    let cat = &app.cat;
    let title = cat.t("plans.title");
    if let Some(denied) = &app.data.plans_denied {
        return empty(f, theme, area, title, denied);
    }
    if app.data.plans.is_empty() {
        return empty(f, theme, area, title, cat.t("plans.empty"));
    }
    let rows = app
        .data
        .plans
        .iter()
        .map(|p| {
            Cells::new(vec![
                p.id.to_string(),
                cat.t(&format!("state.{}", p.state.key())).to_string(),
                p.title.clone(),
                p.waiting_for
                    .map(|r| cat.role(r.key()).to_string())
                    .unwrap_or_default(),
                // Only a plan that waits for someone has a waiting time.
                if matches!(p.state, PlanState::Submitted | PlanState::Returned) {
                    age(cat, p.since, app.now)
                } else {
                    String::new()
                },
            ])
        })
        .collect();
    ListTable {
        title,
        columns: &[
            ("col.id", Constraint::Length(8)),
            ("col.state", Constraint::Length(10)),
            ("col.title", Constraint::Fill(1)),
            ("col.waiting_for", Constraint::Length(11)),
            ("col.waiting", Constraint::Length(7)),
        ],
        rows,
        sel: app.sel_plan,
        focused: true,
        right: false,
    }
    .draw(f, app, theme, area, hits);
}

pub fn audit(f: &mut Frame, app: &App, theme: &Theme, area: Rect, hits: &mut Hits) {
    let cat = &app.cat;
    let title = cat.t("audit.title");
    if let Some(denied) = &app.data.audit_denied {
        return empty(f, theme, area, title, denied);
    }
    let rows = app
        .data
        .audit
        .iter()
        .map(|r| {
            let who = match &r.via {
                Some(v) => format!("{} ({v})", r.actor),
                None => r.actor.clone(),
            };
            let mut what = crate::present::event_text(cat, &r.event);
            if !r.comment.is_empty() {
                what.push_str(" — ");
                what.push_str(&r.comment);
            }
            Cells::new(vec![
                r.seq.to_string(),
                crate::present::when_short(r.at, app.zone()),
                who,
                what,
            ])
        })
        .collect();
    ListTable {
        title,
        columns: &[
            ("col.seq", Constraint::Length(6)),
            ("col.when", Constraint::Length(11)),
            ("col.who", Constraint::Length(16)),
            ("col.what", Constraint::Fill(1)),
        ],
        rows,
        sel: app.sel_audit,
        focused: true,
        right: false,
    }
    .draw(f, app, theme, area, hits);
}
