//! The training catalog: each course with its kind, length, how often a
//! pass is renewed, how many sessions it had, and (for those who see
//! everyone) how many holders of the positions that require it lack it or
//! let it expire, and how many passes run out soon. Closed courses are dim.
//! Enter opens a course's sessions.

use super::{Load, actions, offers_view, switch_view, want};
use crate::service::api::CourseRow;
use crate::tui::app::{App, Loaded};
use crate::tui::keymap::{Action, Layer};
use crate::tui::screens::{Entry, Hits, ScreenId, Screens};
use crate::tui::theme::Theme;
use crate::tui::widgets::table::message;
use crate::tui::widgets::{Cells, ListTable};
use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};

pub const ENTRY: Entry = Entry {
    id: ScreenId::Courses,
    layer: Layer::Review,
    key: None,
    tab: ScreenId::Review,
    label: |app| app.cat.t("tab.review").to_string(),
    short: Some("tab.review_short"),
    wants: |_| vec![want(Load::Courses)],
    loaded: crate::tui::screens::nothing_loaded,
    nav: |s, _| Some(&s.review.courses),
    nav_mut: |s: &mut Screens, _| Some(&mut s.review.courses),
    rows: |app| shown(app).len(),
    moved: crate::tui::screens::nothing_moved,
    on,
    offers: |app, a| match a {
        Action::Open => Some(!shown(app).is_empty()),
        Action::NewCycle => Some(false),
        other => offers_view(app, other),
    },
    allowed: actions::allowed,
    draw,
};

pub fn kind_name(app: &App, c: &CourseRow) -> String {
    kind_name_of(app, c.kind)
}

pub fn kind_name_of(app: &App, kind: crate::domain::review::CourseKind) -> String {
    app.cat
        .t(&format!("course_kind.{}", kind.key()))
        .to_string()
}

/// Tenths of an hour as hours: 15 → "1.5 h", 40 → "4 h".
pub fn hours(app: &App, tenths: u32) -> String {
    let h = if tenths.is_multiple_of(10) {
        (tenths / 10).to_string()
    } else {
        format!("{}.{}", tenths / 10, tenths % 10)
    };
    app.cat.f("rv.hours", &[("h", h)])
}

/// How long a pass counts: "24 mo", or for good.
pub fn renewal(app: &App, months: Option<u32>) -> String {
    match months {
        Some(m) => app.cat.f("rv.months", &[("n", m.to_string())]),
        None => app.cat.t("rv.no_renewal").to_string(),
    }
}

/// The courses the filter lets through: the open ones first.
pub fn shown(app: &App) -> Vec<&CourseRow> {
    let all = app.data.review.courses.rows();
    let mut rows: Vec<&CourseRow> = app
        .ui
        .review
        .courses
        .filter
        .pick(all, |c| {
            let mut t = vec![c.id.to_string(), c.title.clone(), kind_name(app, c)];
            t.extend(c.required_for.iter().map(|(_, title)| title.clone()));
            t
        })
        .into_iter()
        .filter_map(|i| all.get(i))
        .collect();
    rows.sort_by_key(|c| c.closed);
    rows
}

fn on(app: &mut App, action: Action) -> bool {
    match action {
        Action::Open => {
            if let Some(id) = shown(app).get(app.ui.review.courses.sel).map(|c| c.id) {
                super::open_course(app, id);
            }
        }
        other => return switch_view(app, other),
    }
    true
}

fn draw(f: &mut Frame, app: &App, theme: &Theme, area: Rect, hits: &mut Hits) {
    let cat = &app.cat;
    let title = cat.t("rv.courses_title");
    let all = match &app.data.review.courses {
        Loaded::Waiting => return message(f, theme, area, title, cat.t("list.loading")),
        Loaded::Denied(why) => return message(f, theme, area, title, why),
        Loaded::Ready(r) if r.is_empty() => {
            return message(f, theme, area, title, cat.t("rv.no_courses"));
        }
        Loaded::Ready(r) => r,
    };
    let wide = area.width >= 110;
    // The counts only for those who see everyone's standing.
    let counted = all.iter().any(|c| c.standing.is_some());
    let warn = theme.glyphs.warn;
    let rows = shown(app)
        .into_iter()
        .map(|c| {
            let gaps = c.standing.map_or(0, |s| s.gaps());
            let mut cells = vec![
                if gaps > 0 {
                    warn.to_string()
                } else {
                    String::new()
                },
                c.id.to_string(),
                c.title.clone(),
                kind_name(app, c),
                hours(app, c.tenths),
                renewal(app, c.renew_months),
            ];
            if wide {
                let required: Vec<&str> = c.required_for.iter().map(|(_, t)| t.as_str()).collect();
                cells.push(required.join(", "));
                cells.push(c.sessions.to_string());
            }
            if counted {
                cells.push(c.standing.map(|s| s.gaps().to_string()).unwrap_or_default());
                cells.push(
                    c.standing
                        .map(|s| s.expiring.to_string())
                        .unwrap_or_default(),
                );
            }
            let cells = Cells::new(cells);
            if c.closed {
                cells.styled(theme.dim)
            } else if gaps > 0 {
                cells.styled(theme.error)
            } else {
                cells
            }
        })
        .collect();
    let mut columns = vec![
        ("", Constraint::Length(1)),
        ("col.id", Constraint::Length(7)),
        ("rv.col_course", Constraint::Fill(3)),
        ("rv.col_kind", Constraint::Length(12)),
        ("rv.col_hours", Constraint::Length(6)),
        ("rv.col_renew", Constraint::Length(7)),
    ];
    if wide {
        columns.push(("rv.col_required_for", Constraint::Fill(2)));
        columns.push(("rv.col_sessions", Constraint::Length(8)));
    }
    if counted {
        columns.push(("rv.col_gaps", Constraint::Length(5)));
        columns.push(("rv.col_expiring", Constraint::Length(8)));
    }
    ListTable {
        title: title.to_string(),
        columns: &columns,
        rows,
        sel: app.ui.review.courses.sel,
        focused: true,
        pane: 0,
        filter: Some(&app.ui.review.courses.filter),
        total: all.len(),
    }
    .draw(f, cat, theme, area, hits);
}
