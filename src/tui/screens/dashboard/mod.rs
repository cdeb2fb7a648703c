//! The dashboard (量化管理): the company at a glance for HR, the general
//! manager and the board — seats, requisitions, the candidates' funnel,
//! sign-off times, hires, what ends soon, separations, training and the
//! running evaluation cycle. Each figure is a box that can be chosen (the
//! arrows, or the mouse) and opens the list behind it (Enter). The figures
//! are the service's (`Query::Dashboard`), which also decides who may see
//! them; this screen only lays them out (`layout`) and draws them
//! (`figures`), as charts where a box has room and as numbers where not.

mod figures;
mod layout;
mod seats;

use super::{Entry, Hits, ScreenId, Screens};
use crate::domain::Role;
use crate::tui::app::{App, Loaded};
use crate::tui::keymap::{Action, Layer};
use crate::tui::loader::Want;
use crate::tui::theme::Theme;
use crate::tui::widgets::table::message;
use layout::Dir;
use ratatui::Frame;
use ratatui::layout::Rect;
use std::cell::RefCell;

/// The figures, in reading order (left to right, top to bottom).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Figure {
    /// Seats per department → the organisation.
    Seats,
    /// Open requisitions by age, and those being signed → recruitment.
    Reqs,
    /// Candidates who reached each stage → recruitment.
    Funnel,
    /// Mean hours per sign-off step, days to fill → the time report.
    Signoff,
    /// Hires in each of the last twelve months → people, newest first.
    Hires,
    /// Probations and contracts ending soon → people, probation first.
    Ends,
    /// Open separation cases and late steps → offboarding.
    Separations,
    /// Where holders stand on required training → the training gaps.
    Training,
    /// The running evaluation cycle → its people.
    Cycle,
}

impl Figure {
    pub const ALL: [Figure; 9] = [
        Figure::Seats,
        Figure::Reqs,
        Figure::Funnel,
        Figure::Signoff,
        Figure::Hires,
        Figure::Ends,
        Figure::Separations,
        Figure::Training,
        Figure::Cycle,
    ];

    fn index(self) -> usize {
        Figure::ALL.iter().position(|f| *f == self).unwrap_or(0)
    }
}

#[derive(Clone, Debug, Default)]
pub struct State {
    /// The chosen figure, an index into `Figure::ALL`.
    pub sel: usize,
    /// Where each figure was last drawn: the arrows move to the box that
    /// lies that way. (Drawing only reads the app, hence the cell.)
    boxes: RefCell<Vec<(Figure, Rect)>>,
}

pub const ENTRY: Entry = Entry {
    id: ScreenId::Dashboard,
    layer: Layer::Dashboard,
    key: Some(Action::ScreenDashboard),
    tab: ScreenId::Dashboard,
    label: |app| app.cat.t("tab.dashboard").to_string(),
    short: None,
    wants: |_| vec![Want::Dashboard],
    loaded: super::nothing_loaded,
    // The figures are no list: no filter, and the arrows move in two
    // directions (`on`).
    nav: |_, _| None,
    nav_mut: |_: &mut Screens, _| None,
    rows: |_| 0,
    moved: super::nothing_moved,
    on,
    offers: |app, a| match a {
        Action::Open | Action::FocusLeft | Action::FocusRight => Some(ready(app)),
        _ => None,
    },
    allowed: super::nothing_allowed,
    draw,
};

/// Whether the dashboard is where `roles` start: those who may see it
/// (the service decides that again when it is asked).
pub fn starts_here(roles: impl IntoIterator<Item = Role>) -> bool {
    roles.into_iter().any(|r| {
        matches!(
            r,
            Role::HrStaff | Role::HrHead | Role::GeneralManager | Role::Board
        )
    })
}

fn ready(app: &App) -> bool {
    matches!(app.data.dashboard, Loaded::Ready(_))
}

pub fn selected(app: &App) -> Figure {
    Figure::ALL[app.ui.dashboard.sel.min(Figure::ALL.len() - 1)]
}

/// Chooses the figure at `index` (the mouse).
pub fn select(app: &mut App, index: usize) {
    app.ui.dashboard.sel = index.min(Figure::ALL.len() - 1);
}

fn on(app: &mut App, action: Action) -> bool {
    match action {
        Action::Open if ready(app) => open(app, selected(app)),
        Action::FocusLeft => step(app, Dir::Left),
        Action::FocusRight => step(app, Dir::Right),
        Action::Up => step(app, Dir::Up),
        Action::Down => step(app, Dir::Down),
        Action::First => app.ui.dashboard.sel = 0,
        Action::Last => app.ui.dashboard.sel = Figure::ALL.len() - 1,
        _ => return false,
    }
    true
}

fn step(app: &mut App, dir: Dir) {
    let to = layout::neighbour(&app.ui.dashboard.boxes.borrow(), selected(app), dir);
    app.ui.dashboard.sel = to.index();
}

/// Opens the list behind a figure.
fn open(app: &mut App, figure: Figure) {
    match figure {
        Figure::Seats => app.switch(ScreenId::Org),
        Figure::Reqs | Figure::Funnel => open_recruit(app, false),
        Figure::Signoff => open_recruit(app, true),
        Figure::Hires => open_people(app, super::people::order::Column::Start, true),
        Figure::Ends => open_people(app, super::people::order::Column::Status, false),
        Figure::Separations => open_offboard(app),
        Figure::Training => open_review(app, Review::Training),
        Figure::Cycle => open_review(app, Review::Cycle),
    }
}

/// The requisitions (or their time report), not the one last opened there.
fn open_recruit(app: &mut App, report: bool) {
    app.ui.req = Default::default();
    app.data.req = None;
    if app.ui.recruit.report != report {
        app.ui.recruit.report = report;
        app.data.recruit_report = Loaded::Waiting;
    }
    app.switch(ScreenId::Recruit);
}

/// The directory sorted by `column` (the people behind the figure first):
/// by start, newest first; by status, those on probation first.
fn open_people(app: &mut App, column: super::people::order::Column, reverse: bool) {
    app.switch(ScreenId::People);
    super::people::sort_by(app, super::people::order::Sort { column, reverse });
}

/// The open separation cases, not the one last opened there.
fn open_offboard(app: &mut App) {
    app.ui.sep = Default::default();
    app.data.sep = None;
    app.ui.offboard.all = false;
    app.switch(ScreenId::Offboard);
}

/// What a review figure opens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Review {
    /// The gaps in required training.
    Training,
    /// The running cycle's people.
    Cycle,
}

/// Opens the review screen behind a figure, by the review screens' own
/// `open_*`: the gaps in required training, or the running cycle's people
/// (the cycle list when none runs).
pub fn open_review(app: &mut App, what: Review) {
    match what {
        Review::Training => super::review::open_gaps(app, None),
        Review::Cycle => super::review::open_cycle(app, None),
    }
}

fn draw(f: &mut Frame, app: &App, theme: &Theme, area: Rect, hits: &mut Hits) {
    let cat = &app.cat;
    let title = cat.t("dash.title");
    let d = match &app.data.dashboard {
        Loaded::Waiting => return message(f, theme, area, title, cat.t("list.loading")),
        Loaded::Denied(why) => return message(f, theme, area, title, why),
        Loaded::Ready(d) => d,
    };
    let boxes = layout::boxes(area);
    let sel = selected(app);
    for (figure, rect) in &boxes {
        figures::draw(f, app, theme, d, *figure, *rect, *figure == sel);
        // Every row of a box is a one-row "list" whose offset is the
        // figure: a click anywhere in it chooses it.
        for y in rect.top()..rect.bottom() {
            hits.lists.push(crate::tui::widgets::table::ListHit {
                area: Rect::new(rect.x, y, rect.width, 1),
                offset: figure.index(),
                pane: 0,
            });
        }
    }
    if theme.glyphs == crate::tui::widgets::glyphs::ASCII {
        figures::to_ascii(f.buffer_mut(), area);
    }
    *app.ui.dashboard.boxes.borrow_mut() = boxes;
}
