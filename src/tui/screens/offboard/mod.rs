//! Offboarding in the terminal: the separation cases the user may see (this
//! module: the list and its keys), one case's checklist with its equipment
//! and settlement (`checklist`, `steps`), what may be done to it
//! (`actions`, whose forms are in `forms::offboard`), and the equipment an
//! employee holds, shown and issued from their record (`equipment`). What
//! the list holds is the service's to say: HR, the general manager, the
//! administration department and finance see every case, a department head
//! their departments', an employee their own.

pub mod actions;
pub mod checklist;
pub mod equipment;
mod list;
mod steps;

use super::{Entry, Nav, ScreenId, Screens};
use crate::domain::offboard::SepKind;
use crate::domain::{DomainError, Role, SepId};
use crate::service::api::{EmployeeView, SepRow};
use crate::tui::app::{App, Loaded, Modal};
use crate::tui::keymap::{Action, Layer};
use crate::tui::loader::Want;

#[derive(Clone, Debug, Default)]
pub struct State {
    pub nav: Nav,
    /// Every case, closed and withdrawn too, not only the open ones.
    pub all: bool,
}

pub const ENTRY: Entry = Entry {
    id: ScreenId::Offboard,
    layer: Layer::Offboard,
    key: Some(Action::ScreenOffboard),
    tab: ScreenId::Offboard,
    label: |app| app.cat.t("tab.offboard").to_string(),
    short: Some("tab.offboard_short"),
    wants: |app| {
        vec![Want::Seps {
            all: app.ui.offboard.all,
        }]
    },
    loaded: super::nothing_loaded,
    nav: |s, _| Some(&s.offboard.nav),
    nav_mut: |s: &mut Screens, _| Some(&mut s.offboard.nav),
    rows: |app| list::shown(app).len(),
    moved: super::nothing_moved,
    on,
    offers: |app, a| match a {
        Action::Open => Some(!list::shown(app).is_empty()),
        Action::ShowAll => Some(true),
        Action::StartSeparation => Some(!start_kinds(app).is_empty()),
        _ => None,
    },
    allowed: super::nothing_allowed,
    draw: list::draw,
};

/// The rows the list shows, top to bottom.
pub fn rows(app: &App) -> Vec<&SepRow> {
    list::shown(app)
}

/// The kinds of case this user may open, most likely first: HR any kind
/// but a failed probation's, a
/// department head the advice to resign (and, like anyone employed, their
/// own resignation). The domain decides again for whom, and says why not.
pub fn start_kinds(app: &App) -> Vec<SepKind> {
    if app.is_hr() {
        // A probation case is opened by the failed assessment, never by hand.
        return SepKind::ALL
            .into_iter()
            .filter(|k| *k != SepKind::ProbationNotPassed)
            .collect();
    }
    if app.has_role(Role::DeptHead) {
        return vec![SepKind::AdvisedResignation, SepKind::Resignation];
    }
    if app.has_role(Role::Employee) {
        return vec![SepKind::Resignation];
    }
    Vec::new()
}

fn on(app: &mut App, action: Action) -> bool {
    match action {
        Action::Open => {
            if let Some(id) = list::shown(app).get(app.ui.offboard.nav.sel).map(|r| r.id) {
                open_sep(app, id, None);
            }
        }
        Action::ShowAll => {
            app.ui.offboard.all = !app.ui.offboard.all;
            app.ui.offboard.nav.sel = 0;
            app.data.seps = Loaded::Waiting;
            app.refresh();
        }
        Action::StartSeparation => actions::start(app),
        _ => return false,
    }
    true
}

/// Opens a case's checklist, with `step` (its key) selected when given;
/// Esc goes back to where it was opened from.
pub fn open_sep(app: &mut App, id: SepId, step: Option<String>) {
    if app.ui.sep.id != Some(id) {
        app.ui.sep = checklist::State {
            id: Some(id),
            ..Default::default()
        };
        app.data.sep = None;
    }
    if step.is_some() {
        app.ui.sep.follow = step;
    }
    if app.screen != ScreenId::Separation {
        app.back_to = app.screen;
    }
    app.screen = ScreenId::Separation;
    app.refresh();
}

/// Leaves the checklist for the screen it was opened from.
pub fn close_sep(app: &mut App) {
    app.ui.sep = checklist::State::default();
    app.data.sep = None;
    let back = if matches!(app.back_to, ScreenId::Separation) {
        ScreenId::Offboard
    } else {
        app.back_to
    };
    app.switch(back);
}

/// The case could not be read (gone, or not the user's to see): back
/// where they came from, with the reason on the status line.
pub fn case_failed(app: &mut App) {
    if app.screen == ScreenId::Separation && checklist::view(app).is_none() {
        app.ui.sep = checklist::State::default();
        app.screen = app.back_to;
    }
}

/// Whom a form's field names arrived (or why nobody): the open form learns
/// it, if it still asks about that text.
pub fn person_found(app: &mut App, text: &str, found: Result<EmployeeView, DomainError>) {
    let found = found.map(|v| crate::tui::forms::Person {
        id: v.row.id,
        name: v.row.name,
        number: v.row.number,
    });
    if let Modal::Form(form) = &mut app.modal {
        form.person_found(text, found);
    }
}
