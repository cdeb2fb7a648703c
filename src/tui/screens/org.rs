//! Organisation: the department tree, the selected department's positions
//! with their headcount ledger, and the selected position's duties, history
//! and staff in a pane that scrolls.

use super::{Entry, Hits, Nav, ScreenId, Screens};
use crate::domain::DeptId;
use crate::service::api::{DeptRow, PositionRow};
use crate::tui::app::{App, Loaded};
use crate::tui::keymap::{Action, Layer};
use crate::tui::loader::Want;
use crate::tui::theme::Theme;
use crate::tui::widgets::detail::Doc;
use crate::tui::widgets::table::{ListHit, fit_with, message, offset_for};
use crate::tui::widgets::{Cells, Detail, ListTable};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{List, ListItem, ListState};
use unicode_width::UnicodeWidthStr;

#[derive(Clone, Debug, Default)]
pub struct State {
    pub tree: Nav,
    pub positions: Nav,
    /// The positions list has the focus (not the tree).
    pub right: bool,
    pub detail: Detail,
}

pub const ENTRY: Entry = Entry {
    id: ScreenId::Org,
    layer: Layer::Org,
    key: Some(Action::ScreenOrg),
    tab: ScreenId::Org,
    label: |app| app.cat.t("tab.org").to_string(),
    short: Some("tab.org_short"),
    wants,
    loaded,
    nav: |s, _| {
        Some(if s.org.right {
            &s.org.positions
        } else {
            &s.org.tree
        })
    },
    nav_mut: |s: &mut Screens, _| {
        Some(if s.org.right {
            &mut s.org.positions
        } else {
            &mut s.org.tree
        })
    },
    rows: |app| {
        if app.ui.org.right {
            positions(app).len()
        } else {
            depts(app).len()
        }
    },
    moved,
    on,
    offers: |app, a| match a {
        Action::FocusLeft => Some(app.ui.org.right),
        Action::FocusRight => Some(!app.ui.org.right && !positions(app).is_empty()),
        Action::ScrollDown | Action::ScrollUp => Some(app.data.position.is_some()),
        _ => None,
    },
    allowed: super::nothing_allowed,
    draw,
};

/// The departments the tree's filter lets through, in tree order.
fn depts(app: &App) -> Vec<&DeptRow> {
    let all = app.data.depts.rows();
    app.ui
        .org
        .tree
        .filter
        .pick(all, |d| vec![d.id.to_string(), d.name.clone()])
        .into_iter()
        .filter_map(|i| all.get(i))
        .collect()
}

pub fn selected_dept(app: &App) -> Option<DeptId> {
    depts(app).get(app.ui.org.tree.sel).map(|d| d.id)
}

/// The selected department's positions, if they are the ones loaded.
fn positions(app: &App) -> Vec<&PositionRow> {
    let Loaded::Ready((dept, all)) = &app.data.dept_positions else {
        return Vec::new();
    };
    if Some(*dept) != selected_dept(app) {
        return Vec::new();
    }
    app.ui
        .org
        .positions
        .filter
        .pick(all, |p| vec![p.id.to_string(), p.title.clone()])
        .into_iter()
        .filter_map(|i| all.get(i))
        .collect()
}

/// The position the user last looked at (a new plan line starts there).
pub fn selected_position(app: &App) -> Option<&PositionRow> {
    positions(app).get(app.ui.org.positions.sel).copied()
}

fn wants(app: &App) -> Vec<Want> {
    let mut w = vec![Want::Depts];
    if let Some(d) = selected_dept(app) {
        w.push(Want::DeptPositions(d));
    }
    if let Some(p) = selected_position(app) {
        w.push(Want::Position(p.id));
    }
    w
}

/// The tree arrived: its selected department's positions are next; they
/// arrived: the selected position's detail is next.
fn loaded(app: &mut App, want: &Want) {
    match want {
        Want::Depts => {
            let have = match &app.data.dept_positions {
                Loaded::Ready((d, _)) => Some(*d),
                _ => None,
            };
            if let Some(d) = selected_dept(app).filter(|d| Some(*d) != have) {
                app.load(Want::DeptPositions(d));
            }
        }
        Want::DeptPositions(_) => {
            let shown = app.data.position.as_ref().map(|p| p.row.id);
            match selected_position(app).map(|p| p.id) {
                Some(id) if Some(id) != shown => app.load(Want::Position(id)),
                Some(_) => {}
                None => app.data.position = None,
            }
        }
        _ => {}
    }
}

fn moved(app: &mut App) {
    app.ui.org.detail = Detail::default();
    if app.ui.org.right {
        if let Some(id) = selected_position(app).map(|p| p.id) {
            app.load(Want::Position(id));
        }
        return;
    }
    app.ui.org.positions = Nav::default();
    app.data.position = None;
    if let Some(d) = selected_dept(app) {
        app.load(Want::DeptPositions(d));
    }
}

fn on(app: &mut App, action: Action) -> bool {
    let page = app.page;
    let any = !positions(app).is_empty();
    let s = &mut app.ui.org;
    match action {
        Action::FocusLeft => s.right = false,
        Action::FocusRight => s.right = any,
        Action::ScrollDown => s.detail.down(page.max(2) / 2),
        Action::ScrollUp => s.detail.up(page.max(2) / 2),
        _ => return false,
    }
    true
}

fn draw(f: &mut Frame, app: &App, theme: &Theme, area: Rect, hits: &mut Hits) {
    let cat = &app.cat;
    match &app.data.depts {
        Loaded::Waiting => {
            return message(
                f,
                theme,
                area,
                cat.t("org.departments"),
                cat.t("list.loading"),
            );
        }
        Loaded::Denied(why) => return message(f, theme, area, cat.t("org.departments"), why),
        Loaded::Ready(d) if d.is_empty() => {
            return message(
                f,
                theme,
                area,
                cat.t("org.departments"),
                cat.t("org.no_departments"),
            );
        }
        Loaded::Ready(_) => {}
    }
    let tree_w = (area.width * 3 / 8).clamp(20, 40);
    let [left, right] =
        Layout::horizontal([Constraint::Length(tree_w), Constraint::Fill(1)]).areas(area);
    tree(f, app, theme, left, hits);
    let n = positions(app).len() as u16;
    let [top, bottom] = Layout::vertical([
        Constraint::Length((n + 3).min(right.height / 2).max(4)),
        Constraint::Fill(1),
    ])
    .areas(right);
    position_list(f, app, theme, top, hits);
    detail(f, app, theme, bottom, hits);
}

fn tree(f: &mut Frame, app: &App, theme: &Theme, area: Rect, hits: &mut Hits) {
    let cat = &app.cat;
    let shown = depts(app);
    // Names are cut to leave the figures whole, right-aligned in a column.
    let inner_w = area.width.saturating_sub(2) as usize;
    let figures: Vec<String> = shown
        .iter()
        .map(|d| format!("{}/{}", d.total.filled, d.total.approved))
        .collect();
    let fig_w = figures.iter().map(|f| f.width()).max().unwrap_or(0);
    let items: Vec<ListItem> = shown
        .iter()
        .zip(&figures)
        .map(|(d, fig)| {
            let indent = "  ".repeat((d.depth as usize).min(inner_w / 4));
            let room = inner_w.saturating_sub(indent.width() + fig_w + 1);
            let name = fit_with(&d.name, room, theme.glyphs.ellipsis);
            let pad = " ".repeat(room.saturating_sub(name.width()) + 1 + fig_w - fig.width());
            ListItem::new(Line::from(vec![
                Span::raw(format!("{indent}{name}{pad}")),
                Span::styled(fig.clone(), theme.dim),
            ]))
        })
        .collect();
    let focused = !app.ui.org.right;
    let filter = &app.ui.org.tree.filter;
    let mut block = theme
        .block(cat.t("org.departments").to_string(), area)
        .border_style(if focused { theme.accent } else { theme.dim });
    block = match filter.line(cat, theme, shown.len(), app.data.depts.rows().len()) {
        Some(line) => block.title_bottom(line),
        None => block.title_bottom(Line::from(cat.t("org.tree_counts").to_string())),
    };
    // The company as a whole, under the tree's title.
    if let Some(c) = &app.data.company {
        block = block.title_top(
            Line::from(Span::styled(
                format!(" {}/{} ", c.filled, c.approved),
                theme.dim,
            ))
            .right_aligned(),
        );
    }
    let inner = block.inner(area);
    let sel = app.ui.org.tree.sel;
    let offset = offset_for(sel, inner.height as usize);
    let mut state = ListState::default()
        .with_offset(offset)
        .with_selected(Some(sel));
    let list = List::new(items).block(block).highlight_style(if focused {
        theme.selected
    } else {
        theme.accent
    });
    f.render_stateful_widget(list, area, &mut state);
    hits.lists.push(ListHit {
        area: inner,
        offset,
        pane: 0,
    });
}

fn position_list(f: &mut Frame, app: &App, theme: &Theme, area: Rect, hits: &mut Hits) {
    let cat = &app.cat;
    let rows: Vec<Cells> = positions(app)
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
                Style::new()
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
    let dept = depts(app).get(app.ui.org.tree.sel).copied();
    let title = dept.map_or_else(String::new, |d| {
        format!("{} {} {}", d.name, theme.glyphs.dot, d.id)
    });
    let total = match &app.data.dept_positions {
        Loaded::Ready((_, all)) => all.len(),
        _ => 0,
    };
    ListTable {
        title,
        columns: &[
            ("col.position", Constraint::Fill(1)),
            ("col.approved", Constraint::Length(4)),
            ("col.filled", Constraint::Length(4)),
            ("col.reserved", Constraint::Length(4)),
            ("col.free", Constraint::Length(6)),
        ],
        rows,
        sel: app.ui.org.positions.sel,
        focused: app.ui.org.right,
        pane: 1,
        filter: Some(&app.ui.org.positions.filter),
        total,
    }
    .draw(f, cat, theme, area, hits);
}

fn detail(f: &mut Frame, app: &App, theme: &Theme, area: Rect, hits: &mut Hits) {
    let cat = &app.cat;
    let Some(d) = &app.data.position else {
        message(f, theme, area, "", cat.t("org.no_position"));
        return;
    };
    let mut doc = Doc::default();
    if d.row.closed {
        doc.push(cat.t("org.position_closed"), theme.error);
    }
    doc.push(cat.t("org.duties"), theme.accent);
    doc.push_indented(d.row.duties.clone(), Style::new(), 0);
    doc.push(cat.t("org.history"), theme.accent);
    for h in d.history.iter().rev() {
        let by = h
            .plan
            .map_or_else(|| cat.t("org.opening").to_string(), |p| p.to_string());
        doc.push(
            format!(
                "  {}  {:>5}  {}",
                crate::present::day(h.at, app.zone()),
                h.approved,
                by
            ),
            Style::new(),
        );
    }
    match &d.staff {
        Some(staff) => {
            doc.push(cat.t("org.staff"), theme.accent);
            let names: Vec<String> = staff
                .iter()
                .map(|s| match s.status {
                    crate::domain::EmployeeStatus::Probation => {
                        format!("{}{}", s.name, cat.t("org.on_probation"))
                    }
                    _ => s.name.clone(),
                })
                .collect();
            doc.push(names.join("、"), Style::new());
        }
        None => doc.push(cat.t("org.staff_hidden"), theme.dim),
    }
    let title = format!("{} {}", d.row.id, d.row.title);
    let inner = app.ui.org.detail.draw(f, theme, area, title, &doc, false);
    hits.details.push(inner);
}
