//! The inbox and the plan list: one table each, selection kept in view.

use super::theme::Theme;
use super::{Hits, ListHit, offset_for};
use crate::service::api::InboxKind;
use crate::tui::app::App;
use crate::tui::text::age;
use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::widgets::{Block, Borders, Paragraph, Row, Table, TableState, Wrap};

/// Draws a bordered table with a header row and records where its rows are.
#[allow(clippy::too_many_arguments)]
pub fn table(
    f: &mut Frame,
    theme: &Theme,
    area: Rect,
    title: &str,
    header: Row<'static>,
    rows: Vec<Row<'static>>,
    widths: &[Constraint],
    sel: usize,
    focused: bool,
    hits: &mut Hits,
    right: bool,
) {
    let block = Block::default()
        .borders(Borders::ALL)
        .title(title.to_string())
        .border_style(if focused { theme.accent } else { theme.dim });
    let inner = block.inner(area);
    let visible = inner.height.saturating_sub(1) as usize;
    let offset = offset_for(sel, visible);
    let mut state = TableState::default().with_offset(offset);
    if focused {
        state.select(Some(sel));
    }
    let table = Table::new(rows, widths.to_vec())
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
        right,
    });
    hits.page = hits.page.max(visible.max(1));
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
            let what = match &i.kind {
                InboxKind::SignPlan { for_whom: None } => cat.t("inbox.sign_plan").to_string(),
                InboxKind::SignPlan { for_whom: Some(w) } => {
                    cat.f("inbox.sign_plan_for", &[("whom", w.clone())])
                }
                InboxKind::RevisePlan => cat.t("inbox.revise_plan").to_string(),
            };
            Row::new(vec![
                i.plan.to_string(),
                what,
                i.title.clone(),
                age(cat, i.since, app.now),
            ])
        })
        .collect();
    let header = Row::new(vec![
        cat.t("col.id").to_string(),
        cat.t("col.what").to_string(),
        cat.t("col.title").to_string(),
        cat.t("col.waiting").to_string(),
    ]);
    let widths = [
        Constraint::Length(8),
        Constraint::Length(16),
        Constraint::Fill(1),
        Constraint::Length(8),
    ];
    table(
        f,
        theme,
        area,
        title,
        header,
        rows,
        &widths,
        app.sel_inbox,
        true,
        hits,
        false,
    );
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
            Row::new(vec![
                p.id.to_string(),
                cat.t(&format!("state.{}", p.state.key())).to_string(),
                p.title.clone(),
                p.waiting_for
                    .map(|r| cat.role(r.key()).to_string())
                    .unwrap_or_default(),
                age(cat, p.since, app.now),
            ])
        })
        .collect();
    let header = Row::new(vec![
        cat.t("col.id").to_string(),
        cat.t("col.state").to_string(),
        cat.t("col.title").to_string(),
        cat.t("col.waiting_for").to_string(),
        cat.t("col.waiting").to_string(),
    ]);
    let widths = [
        Constraint::Length(8),
        Constraint::Length(10),
        Constraint::Fill(1),
        Constraint::Length(12),
        Constraint::Length(6),
    ];
    table(
        f,
        theme,
        area,
        title,
        header,
        rows,
        &widths,
        app.sel_plan,
        true,
        hits,
        false,
    );
}
