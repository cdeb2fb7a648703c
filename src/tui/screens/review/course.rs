//! One course: what it is and who must have it (two lines), its sessions on
//! the left (newest first: the day, the trainer, how many passed of those
//! who attended) and the selected session's attendees on the right with
//! their results. ←/→ move between the two; `r` (or Enter on an attendee)
//! records the selected attendee's result.

use super::{Load, actions, courses, want};
use crate::domain::{CourseId, SessionId};
use crate::service::api::{AttendeeRow, CourseRow, SessionRow, SessionView};
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

#[derive(Clone, Debug)]
pub struct State {
    pub id: Option<CourseId>,
    pub sessions: Nav,
    pub attendees: Nav,
    /// The attendees have the focus (not the sessions).
    pub right: bool,
    /// The session selected, found again after each reload.
    pub follow: Option<SessionId>,
    pub back: ScreenId,
}

impl Default for State {
    fn default() -> State {
        State {
            id: None,
            sessions: Nav::default(),
            attendees: Nav::default(),
            right: false,
            follow: None,
            back: ScreenId::Courses,
        }
    }
}

pub const ENTRY: Entry = Entry {
    id: ScreenId::Course,
    layer: Layer::Course,
    key: None,
    tab: ScreenId::Review,
    label: |app| app.cat.t("tab.review").to_string(),
    short: Some("tab.review_short"),
    wants,
    loaded: crate::tui::screens::nothing_loaded,
    nav: |s, _| {
        let c = &s.review.course;
        Some(if c.right { &c.attendees } else { &c.sessions })
    },
    nav_mut: |s: &mut Screens, _| {
        let c = &mut s.review.course;
        Some(if c.right {
            &mut c.attendees
        } else {
            &mut c.sessions
        })
    },
    rows: |app| {
        if app.ui.review.course.right {
            attendees(app).len()
        } else {
            sessions(app).len()
        }
    },
    moved,
    on,
    offers: |app, a| match a {
        Action::Back => Some(true),
        Action::FocusLeft => Some(app.ui.review.course.right),
        Action::FocusRight => Some(!app.ui.review.course.right && !attendees(app).is_empty()),
        Action::Open => Some(if app.ui.review.course.right {
            attendee(app).is_some() && super::scores(app)
        } else {
            !attendees(app).is_empty()
        }),
        Action::RecordResult => Some(
            attendee_or_first(app).is_some()
                && super::scores(app)
                && selected_session(app).is_some_and(|s| s.on <= super::today(app)),
        ),
        _ => None,
    },
    allowed: actions::allowed,
    draw,
};

fn wants(app: &App) -> Vec<crate::tui::loader::Want> {
    let mut w = vec![want(Load::Courses)];
    if let Some(c) = app.ui.review.course.id {
        w.push(want(Load::Sessions(c)));
    }
    if let Some(s) = selected_session(app) {
        w.push(want(Load::Session(s.id)));
    }
    w
}

pub fn course(app: &App) -> Option<&CourseRow> {
    let id = app.ui.review.course.id?;
    app.data.review.courses.rows().iter().find(|c| c.id == id)
}

/// The course's sessions the filter lets through, newest first.
pub fn sessions(app: &App) -> Vec<&SessionRow> {
    let all = match &app.data.review.sessions {
        Loaded::Ready((c, rows)) if Some(*c) == app.ui.review.course.id => rows.as_slice(),
        _ => &[],
    };
    app.ui
        .review
        .course
        .sessions
        .filter
        .pick(all, |s| {
            vec![s.id.to_string(), s.on.to_string(), s.trainer.clone()]
        })
        .into_iter()
        .filter_map(|i| all.get(i))
        .collect()
}

pub fn selected_session(app: &App) -> Option<&SessionRow> {
    sessions(app)
        .get(app.ui.review.course.sessions.sel)
        .copied()
}

/// The selected session's view, once it has arrived.
pub fn session(app: &App) -> Option<&SessionView> {
    let id = selected_session(app)?.id;
    app.data.review.session.as_ref().filter(|v| v.row.id == id)
}

/// The selected session's attendees the filter lets through.
pub fn attendees(app: &App) -> Vec<&AttendeeRow> {
    let Some(v) = session(app) else {
        return Vec::new();
    };
    app.ui
        .review
        .course
        .attendees
        .filter
        .pick(&v.attendees, |a| {
            vec![a.number.clone(), a.name.clone(), a.dept_name.clone()]
        })
        .into_iter()
        .filter_map(|i| v.attendees.get(i))
        .collect()
}

pub fn attendee(app: &App) -> Option<&AttendeeRow> {
    if !app.ui.review.course.right {
        return None;
    }
    attendees(app)
        .get(app.ui.review.course.attendees.sel)
        .copied()
}

/// The attendee `r` records for: the one selected, or (from the sessions)
/// the first without a result.
pub fn attendee_or_first(app: &App) -> Option<&AttendeeRow> {
    attendee(app).or_else(|| {
        let all = attendees(app);
        all.iter()
            .find(|a| a.result.is_none())
            .or(all.first())
            .copied()
    })
}

/// Another session was selected: its attendees are read.
fn moved(app: &mut App) {
    if app.ui.review.course.right {
        return;
    }
    app.ui.review.course.follow = selected_session(app).map(|s| s.id);
    app.ui.review.course.attendees = Nav::default();
    if let Some(s) = selected_session(app).map(|s| s.id) {
        app.load(want(Load::Session(s)));
    }
}

/// The sessions arrived: the one followed is selected again and its
/// attendees read.
pub fn sessions_arrived(app: &mut App) {
    if app.screen != ScreenId::Course {
        return;
    }
    if let Some(i) = app
        .ui
        .review
        .course
        .follow
        .and_then(|f| sessions(app).iter().position(|s| s.id == f))
    {
        app.ui.review.course.sessions.sel = i;
    }
    app.ui.review.course.follow = selected_session(app).map(|s| s.id);
    if let Some(s) = selected_session(app).map(|s| s.id) {
        app.load(want(Load::Session(s)));
    }
}

fn on(app: &mut App, action: Action) -> bool {
    let right = app.ui.review.course.right;
    match action {
        Action::Back => {
            let back = app.ui.review.course.back;
            super::go_back(app, back, ScreenId::Course);
        }
        Action::FocusLeft => app.ui.review.course.right = false,
        Action::FocusRight => {
            if !attendees(app).is_empty() {
                app.ui.review.course.right = true;
            }
        }
        Action::Open if !right => {
            if !attendees(app).is_empty() {
                app.ui.review.course.right = true;
            }
        }
        Action::Open | Action::RecordResult => actions::record_result(app),
        _ => return false,
    }
    true
}

fn draw(f: &mut Frame, app: &App, theme: &Theme, area: Rect, hits: &mut Hits) {
    let cat = &app.cat;
    let Some(id) = app.ui.review.course.id else {
        return;
    };
    let [head, body] = Layout::vertical([Constraint::Length(2), Constraint::Fill(1)]).areas(area);
    if let Some(c) = course(app) {
        draw_head(f, app, theme, c, head);
    }
    let title = course(app).map_or_else(|| id.to_string(), |c| format!("{} {}", c.id, c.title));
    let all = match &app.data.review.sessions {
        Loaded::Denied(why) => return message(f, theme, body, &title, why),
        Loaded::Ready((c, rows)) if *c == id => rows,
        _ => return message(f, theme, body, &title, cat.t("list.loading")),
    };
    if all.is_empty() {
        return message(f, theme, body, &title, cat.t("rv.no_sessions"));
    }
    let wide = area.width >= 110;
    let [left, right] = Layout::horizontal([
        Constraint::Percentage(if wide { 40 } else { 42 }),
        Constraint::Fill(1),
    ])
    .areas(body);
    let right_focus = app.ui.review.course.right;
    let rows = sessions(app)
        .into_iter()
        .map(|s| {
            let mut cells = Vec::new();
            if wide {
                cells.push(s.id.to_string());
            }
            cells.extend([
                s.on.to_string(),
                s.trainer.clone(),
                format!("{}/{}", s.passed, s.attendees),
            ]);
            Cells::new(cells)
        })
        .collect();
    let mut columns = Vec::new();
    if wide {
        columns.push(("col.id", Constraint::Length(7)));
    }
    columns.extend([
        ("rv.col_on", Constraint::Length(10)),
        ("rv.col_trainer", Constraint::Fill(1)),
        ("rv.col_passed", Constraint::Length(6)),
    ]);
    ListTable {
        title: cat.t("rv.sessions_title").to_string(),
        columns: &columns,
        rows,
        sel: app.ui.review.course.sessions.sel,
        focused: !right_focus,
        pane: 0,
        filter: (!right_focus).then_some(&app.ui.review.course.sessions.filter),
        total: all.len(),
    }
    .draw(f, cat, theme, left, hits);
    draw_attendees(f, app, theme, right, hits);
}

fn result_name(app: &App, a: &AttendeeRow) -> String {
    let cat = &app.cat;
    match &a.result {
        None => cat.t("rv.no_result").to_string(),
        Some(r) if r.passed => cat.t("rv.passed").to_string(),
        Some(_) => cat.t("rv.failed").to_string(),
    }
}

fn draw_attendees(f: &mut Frame, app: &App, theme: &Theme, area: Rect, hits: &mut Hits) {
    let cat = &app.cat;
    let Some(s) = selected_session(app) else {
        return;
    };
    let title = cat.f(
        "rv.attendees_title",
        &[("session", s.id.to_string()), ("on", s.on.to_string())],
    );
    let Some(v) = session(app) else {
        return message(f, theme, area, &title, cat.t("list.loading"));
    };
    let wide = area.width >= 60;
    let focused = app.ui.review.course.right;
    let rows: Vec<Cells> = attendees(app)
        .into_iter()
        .map(|a| {
            let mut cells = vec![
                format!("{} {}", a.number, a.name),
                result_name(app, a),
                a.result
                    .as_ref()
                    .and_then(|r| r.score)
                    .map(|s| s.to_string())
                    .unwrap_or_default(),
            ];
            if wide {
                cells.push(
                    a.result
                        .as_ref()
                        .map(|r| r.certificate.clone())
                        .unwrap_or_default(),
                );
            }
            let cells = Cells::new(cells);
            match &a.result {
                None => cells.styled(theme.key),
                Some(r) if !r.passed => cells.styled(theme.error),
                Some(_) => cells,
            }
        })
        .collect();
    let mut columns = vec![
        ("rv.col_employee", Constraint::Fill(3)),
        ("rv.col_outcome", Constraint::Fill(1)),
        ("rv.col_points", Constraint::Length(5)),
    ];
    if wide {
        columns.push(("rv.col_certificate", Constraint::Fill(2)));
    }
    let mut title = title;
    if v.others > 0 {
        title.push_str(&cat.f("rv.others", &[("n", v.others.to_string())]));
    }
    ListTable {
        title,
        columns: &columns,
        rows,
        sel: app.ui.review.course.attendees.sel,
        focused,
        pane: 1,
        filter: focused.then_some(&app.ui.review.course.attendees.filter),
        total: v.attendees.len(),
    }
    .draw(f, cat, theme, area, hits);
}

/// Two lines: the kind, length and renewal; who must have it and where
/// they stand.
fn draw_head(f: &mut Frame, app: &App, theme: &Theme, c: &CourseRow, area: Rect) {
    let cat = &app.cat;
    let mut first = vec![
        format!("{} {}", c.id, c.title),
        courses::kind_name(app, c),
        courses::hours(app, c.tenths),
        match c.renew_months {
            Some(n) => cat.f("rv.renew_every", &[("n", n.to_string())]),
            None => cat.t("rv.renew_never").to_string(),
        },
    ];
    if c.closed {
        first.push(cat.t("rv.course_closed").to_string());
    }
    let dot = format!(" {} ", theme.glyphs.dot);
    // Where people stand comes before whom it is for: it is what to act on.
    let mut second = Vec::new();
    if let Some(s) = c.standing.filter(|s| s.total() > 0) {
        second.push(cat.f(
            "rv.standing",
            &[
                ("done", s.done.to_string()),
                ("expiring", s.expiring.to_string()),
                ("expired", s.expired.to_string()),
                ("missing", s.missing.to_string()),
            ],
        ));
    }
    let required: Vec<&str> = c.required_for.iter().map(|(_, t)| t.as_str()).collect();
    second.push(if required.is_empty() {
        cat.t("rv.required_by_none").to_string()
    } else {
        cat.f("rv.required_by", &[("positions", required.join(", "))])
    });
    let second = second.join(&dot);
    let width = area.width as usize;
    let ell = theme.glyphs.ellipsis;
    let lines = vec![
        Line::from(Span::styled(
            fit_with(&first.join(&dot), width, ell),
            theme.accent,
        )),
        Line::from(Span::styled(fit_with(&second, width, ell), theme.dim)),
    ];
    f.render_widget(Paragraph::new(lines), area);
}
