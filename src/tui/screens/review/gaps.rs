//! Gaps in required training, for the people the user sees: who lacks a
//! course their position requires, whose pass expired, whose runs out
//! soon; missing and expired first, then by the day it runs out. Above,
//! how everyone stands. Opened for one course (from an inbox item or the
//! dashboard) it shows that course's gaps, and Esc shows them all. Enter
//! opens the selected gap's course.

use super::{Load, actions, offers_view, switch_view, want};
use crate::domain::CourseId;
use crate::domain::review::Standing;
use crate::service::api::GapRow;
use crate::tui::app::{App, Loaded};
use crate::tui::keymap::{Action, Layer};
use crate::tui::screens::{Entry, Hits, Nav, ScreenId, Screens};
use crate::tui::theme::Theme;
use crate::tui::widgets::table::{fit_with, message};
use crate::tui::widgets::{Cells, ListTable};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

#[derive(Clone, Debug, Default)]
pub struct State {
    pub nav: Nav,
    /// Only this course's gaps.
    pub course: Option<CourseId>,
}

pub const ENTRY: Entry = Entry {
    id: ScreenId::Gaps,
    layer: Layer::Review,
    key: None,
    tab: ScreenId::Review,
    label: |app| app.cat.t("tab.review").to_string(),
    short: Some("tab.review_short"),
    wants: |_| vec![want(Load::Gaps)],
    loaded: crate::tui::screens::nothing_loaded,
    nav: |s, _| Some(&s.review.gaps.nav),
    nav_mut: |s: &mut Screens, _| Some(&mut s.review.gaps.nav),
    rows: |app| shown(app).len(),
    moved: crate::tui::screens::nothing_moved,
    on,
    offers: |app, a| match a {
        Action::Open => Some(!shown(app).is_empty()),
        Action::NewCycle => Some(false),
        // Esc leaves one course's gaps for everyone's.
        Action::ClearFilter if app.ui.review.gaps.course.is_some() => Some(true),
        other => offers_view(app, other),
    },
    allowed: actions::allowed,
    draw,
};

pub fn standing_name(app: &App, s: Standing) -> String {
    app.cat.t(&format!("standing.{}", s.key())).to_string()
}

/// The gaps the filter (and the course, when one is chosen) let through.
pub fn shown(app: &App) -> Vec<&GapRow> {
    let all = app
        .data
        .review
        .gaps
        .ready()
        .map_or(&[][..], |r| r.gaps.items.as_slice());
    let course = app.ui.review.gaps.course;
    app.ui
        .review
        .gaps
        .nav
        .filter
        .pick(all, |g| {
            vec![
                g.number.clone(),
                g.name.clone(),
                g.dept_name.clone(),
                g.position_title.clone(),
                g.course.to_string(),
                g.course_title.clone(),
                standing_name(app, g.standing),
            ]
        })
        .into_iter()
        .filter_map(|i| all.get(i))
        .filter(|g| course.is_none_or(|c| g.course == c))
        .collect()
}

fn on(app: &mut App, action: Action) -> bool {
    match action {
        Action::Open => {
            if let Some(c) = shown(app).get(app.ui.review.gaps.nav.sel).map(|g| g.course) {
                super::open_course(app, c);
            }
        }
        Action::ClearFilter if app.ui.review.gaps.course.is_some() => {
            app.ui.review.gaps.course = None;
            app.ui.review.gaps.nav.sel = 0;
        }
        other => return switch_view(app, other),
    }
    true
}

fn draw(f: &mut Frame, app: &App, theme: &Theme, area: Rect, hits: &mut Hits) {
    let cat = &app.cat;
    let course_title = app.ui.review.gaps.course.map(|c| {
        app.data
            .review
            .gaps
            .ready()
            .and_then(|r| r.gaps.items.iter().find(|g| g.course == c))
            .map_or_else(|| c.to_string(), |g| format!("{c} {}", g.course_title))
    });
    let title = match &course_title {
        Some(t) => cat.f("rv.gaps_of", &[("course", t.clone())]),
        None => cat.t("rv.gaps_title").to_string(),
    };
    let report = match &app.data.review.gaps {
        Loaded::Waiting => return message(f, theme, area, &title, cat.t("list.loading")),
        Loaded::Denied(why) => return message(f, theme, area, &title, why),
        Loaded::Ready(r) => r,
    };
    let [head, list] = Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(area);
    let n = report.counts;
    let counts = cat.f(
        "rv.standing",
        &[
            ("done", n.done.to_string()),
            ("expiring", n.expiring.to_string()),
            ("expired", n.expired.to_string()),
            ("missing", n.missing.to_string()),
        ],
    );
    let line = cat.f("rv.gaps_head", &[("counts", counts)]);
    f.render_widget(
        Paragraph::new(Line::from(Span::styled(
            fit_with(&line, area.width as usize, theme.glyphs.ellipsis),
            theme.dim,
        ))),
        head,
    );
    let rows_all = shown(app);
    if report.gaps.items.is_empty()
        || (rows_all.is_empty() && !app.ui.review.gaps.nav.filter.active())
    {
        return message(f, theme, list, &title, cat.t("rv.no_gaps"));
    }
    let wide = area.width >= 110;
    let warn = theme.glyphs.warn;
    let rows = rows_all
        .into_iter()
        .map(|g| {
            let gap = matches!(g.standing, Standing::Missing | Standing::Expired);
            let mut cells = vec![
                if gap { warn.to_string() } else { String::new() },
                format!("{} {}", g.number, g.name),
            ];
            if wide {
                cells.push(g.dept_name.clone());
                cells.push(g.position_title.clone());
            }
            cells.extend([
                g.course_title.clone(),
                standing_name(app, g.standing),
                g.valid_until.map(|d| d.to_string()).unwrap_or_default(),
            ]);
            let cells = Cells::new(cells);
            if gap {
                cells.styled(theme.error)
            } else {
                cells
            }
        })
        .collect();
    let mut columns = vec![
        ("", Constraint::Length(1)),
        ("rv.col_employee", Constraint::Fill(3)),
    ];
    if wide {
        columns.push(("col.department", Constraint::Fill(2)));
        columns.push(("col.position", Constraint::Fill(2)));
    }
    columns.extend([
        ("rv.col_course", Constraint::Fill(3)),
        ("rv.col_standing", Constraint::Length(9)),
        ("col.until", Constraint::Length(10)),
    ]);
    let total = match app.ui.review.gaps.course {
        Some(c) => report.gaps.items.iter().filter(|g| g.course == c).count(),
        None => report.gaps.items.len(),
    };
    ListTable {
        title,
        columns: &columns,
        rows,
        sel: app.ui.review.gaps.nav.sel,
        focused: true,
        pane: 0,
        filter: Some(&app.ui.review.gaps.nav.filter),
        total,
    }
    .draw(f, cat, theme, list, hits);
}
