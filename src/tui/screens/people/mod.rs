//! People: every employee the user may see (HR and the general manager
//! everyone, a department head their departments' people), read a page at
//! a time in the background. `/` filters as the user types, by name, pinyin
//! (`zhangwei`, `zw`), number, department and position, best match first;
//! `s`/`S` sort by any column; Enter opens a record (`record`); `n`, `e`,
//! `t` and `x` enter, edit, transfer and erase (`actions`).

pub mod actions;
pub mod directory;
pub mod hiring;
pub mod order;
pub mod record;

use super::{Entry, Hits, Nav, ScreenId, Screens};
use crate::domain::{EmployeeStatus, Role};
use crate::find::people::Finder;
use crate::present::people::status_text;
use crate::service::api::{EmployeeRow, Page};
use crate::tui::app::{App, Loaded};
use crate::tui::keymap::{Action, Layer};
use crate::tui::loader::Want;
use crate::tui::theme::Theme;
use crate::tui::widgets::table::{Window, message};
use crate::tui::widgets::{Cells, ListTable};
use directory::{Change, Directory};
use order::Sort;
use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use std::cell::Cell;

#[derive(Clone, Debug, Default)]
pub struct State {
    pub nav: Nav,
    pub sort: Sort,
    /// Every row, in the order `sort` asks for.
    order: Vec<u32>,
    /// The rows the filter found, best first, and the filter they are for.
    finder: Finder,
    query: Option<String>,
    /// The employee to select once the directory is read again (one just
    /// entered).
    pub select: Option<crate::domain::EmployeeId>,
    /// A form that opens when what it offers has arrived: the action and
    /// whom it is about.
    pending: Option<(Action, Option<crate::domain::EmployeeId>)>,
    /// A refresh came while a read was under way: read again after it.
    /// (`Cell`s: what to load is decided where the app is only read.)
    again: Cell<bool>,
    /// The app's `data_gen` when the last read began: the directory is
    /// read again only when it may have changed since.
    read_gen: Cell<Option<u64>>,
}

pub const ENTRY: Entry = Entry {
    id: ScreenId::People,
    layer: Layer::People,
    key: Some(Action::ScreenPeople),
    tab: ScreenId::People,
    label: |app| app.cat.t("tab.people").to_string(),
    short: None,
    wants,
    loaded: actions::loaded,
    nav: |s, _| Some(&s.people.nav),
    nav_mut: |s: &mut Screens, _| Some(&mut s.people.nav),
    rows,
    moved: |app| search(app, false, None),
    on,
    offers: actions::offers,
    allowed: actions::allowed,
    draw,
};

/// Reads the directory from its start when it may have changed since it
/// was read; while a read is under way, once more when it ends, so a change
/// made meanwhile is not missed and reads do not pile up.
fn wants(app: &App) -> Vec<Want> {
    let s = &app.ui.people;
    let current = s.read_gen.get() == Some(app.data_gen);
    match &app.data.people {
        Loaded::Ready(d) if d.reading() => {
            if !current {
                s.again.set(true);
            }
            Vec::new()
        }
        Loaded::Ready(_) if current => Vec::new(),
        _ => {
            s.read_gen.set(Some(app.data_gen));
            vec![Want::People { after: 0 }]
        }
    }
}

/// A page of the directory arrived (from `after`; 0: the first).
pub fn arrived(app: &mut App, after: u64, page: Page<EmployeeRow>) {
    let keep = app.ui.people.select.or(selected(app).map(|r| r.id));
    if !matches!(app.data.people, Loaded::Ready(_)) {
        app.data.people = Loaded::Ready(Directory::default());
    }
    let Loaded::Ready(dir) = &mut app.data.people else {
        return;
    };
    let change = dir.take(after, page);
    let next = dir.next;
    let sort = app.ui.people.sort;
    match change {
        Change::Nothing => {}
        Change::Appended(from) => order::merge_new(dir, sort, &mut app.ui.people.order, from),
        Change::Replaced => app.ui.people.order = order::sorted(dir, sort),
    }
    if change != Change::Nothing {
        search(app, true, keep);
    }
    if change == Change::Replaced {
        app.ui.people.select = None;
    }
    match next {
        Some(after) => app.load(Want::People { after }),
        None if app.ui.people.again.replace(false) => {
            app.ui.people.read_gen.set(Some(app.data_gen));
            app.load(Want::People { after: 0 });
        }
        None => {}
    }
}

/// The directory as read so far.
pub fn directory(app: &App) -> Option<&Directory> {
    app.data.people.ready()
}

fn filtering(app: &App) -> bool {
    app.ui.people.nav.filter.active()
}

/// How many rows the directory shows now (those the filter found).
pub fn rows(app: &App) -> usize {
    if filtering(app) {
        app.ui.people.finder.found().len()
    } else {
        app.ui.people.order.len()
    }
}

/// The row shown at `i` (in the filter's order when one is typed).
pub fn row_at(app: &App, i: usize) -> Option<&EmployeeRow> {
    let s = &app.ui.people;
    let row = if filtering(app) {
        s.finder.found().get(i)
    } else {
        s.order.get(i)
    };
    directory(app)?.rows.get(*row? as usize)
}

pub fn selected(app: &App) -> Option<&EmployeeRow> {
    row_at(app, app.ui.people.nav.sel)
}

/// Filters again when the filter's text changed (a key typed), or when the
/// rows or their order did (`fresh`; `keep`: the employee to keep selected,
/// found again wherever they now are). Typing another letter searches only
/// what the last one found.
fn search(app: &mut App, fresh: bool, keep: Option<crate::domain::EmployeeId>) {
    let text = app.ui.people.nav.filter.text();
    let State {
        finder,
        order,
        query,
        nav,
        ..
    } = &mut app.ui.people;
    if fresh {
        finder.forget();
        *query = None;
    }
    if !nav.filter.active() {
        finder.forget();
        *query = None;
    } else if query.as_deref() != Some(text.as_str()) {
        if let Some(dir) = app.data.people.ready() {
            finder.find(&dir.index, order, &text);
        }
        *query = Some(text);
    }
    if let Some(id) = keep {
        let at = (0..rows(app)).find(|i| row_at(app, *i).is_some_and(|r| r.id == id));
        if let Some(i) = at {
            app.ui.people.nav.sel = i;
        }
    }
    let last = rows(app).saturating_sub(1);
    app.ui.people.nav.sel = app.ui.people.nav.sel.min(last);
}

/// Sorts by another column (`s`) or the other way (`S`).
fn resort(app: &mut App, sort: Sort) {
    let keep = selected(app).map(|r| r.id);
    app.ui.people.sort = sort;
    if let Some(dir) = directory(app) {
        app.ui.people.order = order::sorted(dir, sort);
    }
    search(app, true, keep);
}

/// The whole directory sorted by `sort`, its first row selected: how the
/// dashboard opens it, the people behind a figure on top.
pub fn sort_by(app: &mut App, sort: Sort) {
    app.ui.people.nav.filter.clear();
    resort(app, sort);
    app.ui.people.nav.sel = 0;
}

fn on(app: &mut App, action: Action) -> bool {
    let sort = app.ui.people.sort;
    match action {
        Action::SortNext => resort(
            app,
            Sort {
                column: sort.column.next(),
                reverse: false,
            },
        ),
        Action::SortReverse => resort(
            app,
            Sort {
                reverse: !sort.reverse,
                ..sort
            },
        ),
        Action::Open => {
            if let Some(id) = selected(app).map(|r| r.id) {
                record::open(app, id);
            }
        }
        other => return actions::on(app, other, selected(app).map(|r| r.id)),
    }
    true
}

/// Whether the service shows this user the whole company (HR and the
/// general manager) rather than their own departments: only the words on
/// screen depend on it, the service decides what is in the list.
fn sees_everyone(app: &App) -> bool {
    app.data.me.as_ref().is_some_and(|m| {
        m.roles
            .iter()
            .any(|g| matches!(g.role, Role::HrStaff | Role::HrHead | Role::GeneralManager))
    })
}

fn draw(f: &mut Frame, app: &App, theme: &Theme, area: Rect, hits: &mut Hits) {
    let cat = &app.cat;
    let mut title = if sees_everyone(app) {
        cat.t("people.title").to_string()
    } else {
        cat.t("people.title_scoped").to_string()
    };
    let dir = match &app.data.people {
        Loaded::Waiting => return message(f, theme, area, &title, cat.t("list.loading")),
        Loaded::Denied(why) => return message(f, theme, area, &title, why),
        Loaded::Ready(d) => d,
    };
    if dir.rows.is_empty() && !dir.reading() {
        let why = if sees_everyone(app) {
            "people.empty"
        } else {
            "people.empty_scoped"
        };
        return message(f, theme, area, &title, cat.t(why));
    }
    let dash = theme.glyphs.dash;
    if filtering(app) {
        title = format!("{title} {dash} {}", cat.t("people.ranked"));
    }
    if dir.reading() {
        let args = [
            ("read", dir.read_so_far().to_string()),
            ("total", dir.total.to_string()),
        ];
        title = format!("{title} {dash} {}", cat.f("people.reading", &args));
    }
    let sel = app.ui.people.nav.sel;
    let window = ListTable::window(theme, area, sel);
    let cells: Vec<Cells> = window
        .clone()
        .filter_map(|i| row_at(app, i))
        .map(|r| {
            let cells = Cells::new(vec![
                r.number.clone(),
                r.name.clone(),
                r.dept_name.clone(),
                r.title.clone(),
                status_text(&app.cat, r.status),
                r.hired.to_string(),
            ]);
            if r.status == EmployeeStatus::Separated {
                cells.styled(theme.dim)
            } else {
                cells
            }
        })
        .collect();
    let sort = app.ui.people.sort;
    ListTable {
        title,
        columns: &[
            ("col.number", Constraint::Length(10)),
            ("col.name", Constraint::Fill(1)),
            ("col.department", Constraint::Fill(1)),
            ("col.position", Constraint::Fill(1)),
            ("col.status", Constraint::Length(9)),
            ("col.start", Constraint::Length(10)),
        ],
        rows: cells,
        sel,
        focused: true,
        pane: 0,
        filter: Some(&app.ui.people.nav.filter),
        total: dir.rows.len(),
    }
    .draw_window(
        f,
        cat,
        theme,
        area,
        hits,
        Window {
            first: window.start,
            count: rows(app),
            sort: (!filtering(app)).then_some((sort.column.index(), sort.reverse)),
        },
    );
}
