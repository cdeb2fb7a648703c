//! Organisation: the department tree, its positions with their headcount
//! ledger, and the selected position's duties, history and staff.

use super::tables::{Cells, ListTable};
use super::theme::Theme;
use super::{Hits, ListHit, offset_for};
use crate::tui::app::App;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, List, ListItem, ListState, Paragraph, Wrap};

pub fn draw(f: &mut Frame, app: &App, theme: &Theme, area: Rect, hits: &mut Hits) {
    if app.data.depts.is_empty() {
        let title = app.cat.t("org.departments");
        return super::tables::empty(f, theme, area, title, app.cat.t("org.no_departments"));
    }
    let tree_w = (area.width * 3 / 8).clamp(20, 40);
    let [left, right] =
        Layout::horizontal([Constraint::Length(tree_w), Constraint::Fill(1)]).areas(area);
    tree(f, app, theme, left, hits);
    let n = app.dept_positions().len() as u16;
    let [top, bottom] = Layout::vertical([
        Constraint::Length((n + 3).min(right.height / 2).max(4)),
        Constraint::Fill(1),
    ])
    .areas(right);
    positions(f, app, theme, top, hits);
    detail(f, app, theme, bottom);
}

fn tree(f: &mut Frame, app: &App, theme: &Theme, area: Rect, hits: &mut Hits) {
    let items: Vec<ListItem> = app
        .data
        .depts
        .iter()
        .map(|d| {
            let indent = "  ".repeat(d.depth as usize);
            ListItem::new(Line::from(vec![
                Span::raw(format!("{indent}{}", d.name)),
                Span::styled(format!(" {}/{}", d.filled, d.approved), theme.dim),
            ]))
        })
        .collect();
    let focused = !app.org_focus_right;
    let block = Block::default()
        .borders(Borders::ALL)
        .title(app.cat.t("org.departments").to_string())
        .title_bottom(Line::from(app.cat.t("org.tree_counts").to_string()))
        .border_style(if focused { theme.accent } else { theme.dim });
    let inner = block.inner(area);
    let offset = offset_for(app.sel_dept, inner.height as usize);
    let mut state = ListState::default()
        .with_offset(offset)
        .with_selected(Some(app.sel_dept));
    let list = List::new(items).block(block).highlight_style(if focused {
        theme.selected
    } else {
        theme.accent
    });
    f.render_stateful_widget(list, area, &mut state);
    hits.lists.push(ListHit {
        area: inner,
        offset,
        right: false,
    });
}

fn positions(f: &mut Frame, app: &App, theme: &Theme, area: Rect, hits: &mut Hits) {
    let cat = &app.cat;
    let rows: Vec<Cells> = app
        .dept_positions()
        .into_iter()
        .map(|p| {
            let free = if p.closed {
                cat.t("org.closed").to_string()
            } else {
                p.free.to_string()
            };
            let style = if p.free < 0 {
                theme.error
            } else {
                ratatui::style::Style::new()
            };
            Cells::new(vec![
                p.title.clone(),
                p.approved.to_string(),
                p.filled.to_string(),
                p.reserved.to_string(),
                free,
            ])
            .styled(style)
        })
        .collect();
    // The department's id is what the command line takes (`--new-in DEP-06`).
    let title = app
        .data
        .depts
        .get(app.sel_dept)
        .map_or_else(String::new, |d| format!("{} · {}", d.name, d.id));
    ListTable {
        title: &title,
        columns: &[
            ("col.position", Constraint::Fill(1)),
            ("col.approved", Constraint::Length(4)),
            ("col.filled", Constraint::Length(4)),
            ("col.reserved", Constraint::Length(4)),
            ("col.free", Constraint::Length(6)),
        ],
        rows,
        sel: app.sel_pos,
        focused: app.org_focus_right,
        right: true,
    }
    .draw(f, app, theme, area, hits);
}

fn detail(f: &mut Frame, app: &App, theme: &Theme, area: Rect) {
    let cat = &app.cat;
    let Some(d) = &app.data.position else {
        let block = Block::default().borders(Borders::ALL);
        f.render_widget(
            Paragraph::new(cat.t("org.no_position"))
                .style(theme.dim)
                .block(block),
            area,
        );
        return;
    };
    let mut lines = Vec::new();
    if d.row.closed {
        lines.push(Line::from(Span::styled(
            cat.t("org.position_closed").to_string(),
            theme.error,
        )));
    }
    lines.extend([
        Line::from(Span::styled(cat.t("org.duties").to_string(), theme.accent)),
        Line::from(d.row.duties.clone()),
        Line::from(Span::styled(cat.t("org.history").to_string(), theme.accent)),
    ]);
    for h in d.history.iter().rev() {
        let by = h
            .plan
            .map_or_else(|| cat.t("org.opening").to_string(), |p| p.to_string());
        lines.push(Line::from(format!(
            "  {}  {:>5}  {}",
            crate::present::day(h.at, app.zone()),
            h.approved,
            by
        )));
    }
    match &d.staff {
        Some(staff) => {
            lines.push(Line::from(Span::styled(
                cat.t("org.staff").to_string(),
                theme.accent,
            )));
            let names: Vec<String> = staff
                .iter()
                .map(|s| {
                    // Non-breaking spaces keep "Sarah Wong (probation)" on one line.
                    let name = match s.status {
                        crate::domain::EmployeeStatus::Probation => {
                            format!("{}{}", s.name, cat.t("org.on_probation"))
                        }
                        _ => s.name.clone(),
                    };
                    name.replace(' ', "\u{a0}")
                })
                .collect();
            lines.push(Line::from(names.join("、")));
        }
        None => lines.push(Line::from(Span::styled(
            cat.t("org.staff_hidden").to_string(),
            theme.dim,
        ))),
    }
    let block = Block::default()
        .borders(Borders::ALL)
        .title(format!("{} {}", d.row.id, d.row.title));
    f.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(block),
        area,
    );
}
