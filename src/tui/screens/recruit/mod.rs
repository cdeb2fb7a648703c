//! Recruitment in the terminal: the requisitions the user may see (this
//! module: the list), one requisition with its sign-off timeline and its
//! candidates as a pipeline (`detail`, `pipeline`), and what may be done to
//! it and them (`actions`, whose forms are in `forms::recruit`).

pub mod actions;
pub mod detail;
mod list;
pub mod pipeline;
mod report;

use super::{Entry, Nav, ScreenId, Screens};
use crate::domain::{Command, ReqId, Role};
use crate::service::api::{CaseRef, ReqRow};
use crate::tui::app::App;
use crate::tui::keymap::{Action, Layer};
use crate::tui::loader::Want;

#[derive(Clone, Debug, Default)]
pub struct State {
    pub nav: Nav,
    /// A form waiting for every position to arrive (raising a requisition).
    pub pending: Option<Action>,
    /// The tab shows the time report instead of the list.
    pub report: bool,
}

pub const ENTRY: Entry = Entry {
    id: ScreenId::Recruit,
    layer: Layer::Recruit,
    key: Some(Action::ScreenRecruit),
    tab: ScreenId::Recruit,
    label: |app| app.cat.t("tab.recruit").to_string(),
    short: Some("tab.recruit_short"),
    wants: |app| {
        if app.ui.recruit.report {
            vec![Want::Reqs, Want::RecruitReport]
        } else {
            vec![Want::Reqs]
        }
    },
    loaded: actions::list_loaded,
    nav: |s, _| Some(&s.recruit.nav),
    nav_mut: |s: &mut Screens, _| Some(&mut s.recruit.nav),
    rows: |app| {
        if app.ui.recruit.report {
            0
        } else {
            list::shown(app).len()
        }
    },
    moved: super::nothing_moved,
    on,
    offers: |app, a| match a {
        Action::Open => Some(!app.ui.recruit.report && !list::shown(app).is_empty()),
        Action::TimeReport => Some(true),
        // The general manager alone lets a position exceed its headcount.
        Action::OverrideSeats => Some(
            app.data
                .me
                .as_ref()
                .is_some_and(|m| m.roles.iter().any(|g| g.role == Role::GeneralManager)),
        ),
        // Department heads ask for people.
        Action::RaiseReq => Some(
            app.data
                .me
                .as_ref()
                .is_some_and(|m| m.roles.iter().any(|g| g.role == Role::DeptHead)),
        ),
        _ => None,
    },
    allowed: actions::list_allowed,
    draw: |f, app, theme, area, hits| {
        if app.ui.recruit.report {
            report::draw(f, app, theme, area, hits)
        } else {
            list::draw(f, app, theme, area, hits)
        }
    },
};

/// The state's name as the catalogs say it.
pub fn state_name(app: &App, s: crate::domain::recruit::ReqState) -> String {
    app.cat.t(&format!("req_state.{}", s.key())).to_string()
}

/// The rows the list shows, top to bottom.
pub fn rows(app: &App) -> Vec<&ReqRow> {
    list::shown(app)
}

fn on(app: &mut App, action: Action) -> bool {
    match action {
        Action::Open => {
            if let Some(id) = list::shown(app).get(app.ui.recruit.nav.sel).map(|r| r.id) {
                open_req(app, id);
            }
        }
        // The list and the time report take turns in the tab.
        Action::TimeReport => {
            app.ui.recruit.report = !app.ui.recruit.report;
            app.data.recruit_report = crate::tui::app::Loaded::Waiting;
            app.refresh();
        }
        Action::OverrideSeats => app.if_allowed(
            Command::Recruit(crate::domain::recruit::Recruit::Override {
                position: crate::domain::PositionId(0),
                seats: 1,
            }),
            Action::OverrideSeats,
        ),
        Action::RaiseReq => app.if_allowed(
            Command::Recruit(crate::domain::recruit::Recruit::Raise {
                position: crate::domain::PositionId(0),
                count: 1,
                reason: String::new(),
                start: crate::domain::time::day_in(app.zone(), app.now),
                notes: String::new(),
            }),
            Action::RaiseReq,
        ),
        _ => return false,
    }
    true
}

/// Opens a requisition; Esc goes back to where it was opened from.
pub fn open_req(app: &mut App, id: ReqId) {
    if app.ui.req.id != Some(id) {
        app.ui.req = detail::State {
            id: Some(id),
            ..Default::default()
        };
    }
    if app.screen != ScreenId::Req {
        app.back_to = app.screen;
    }
    app.screen = ScreenId::Req;
    app.refresh();
}

/// Opens the requisition an inbox item is about, with its candidate
/// selected: the requisition of a candidate or an interview is looked up
/// first (`Want::ReqOf`).
pub fn open_case(app: &mut App, case: CaseRef) {
    app.ui.req = detail::State {
        case: Some(case),
        ..Default::default()
    };
    app.back_to = app.screen;
    app.screen = ScreenId::Req;
    app.load(Want::ReqOf(case));
}

/// The inbox item led to nothing the user may see: back where they were.
pub fn case_failed(app: &mut App) {
    if app.screen == ScreenId::Req && app.ui.req.id.is_none() {
        app.ui.req = detail::State::default();
        app.screen = app.back_to;
    }
}

/// Leaves the requisition for the screen it was opened from.
pub fn close_req(app: &mut App) {
    app.ui.req = detail::State::default();
    app.data.req = None;
    let back = if matches!(app.back_to, ScreenId::Req) {
        ScreenId::Recruit
    } else {
        app.back_to
    };
    app.switch(back);
}
