//! The screens, one module each: its UI state, what it loads, the actions it
//! handles, what it offers in the footer and how it draws. They are
//! registered in `SCREENS`, the one list the tabs, the number keys and the
//! router read.

pub mod audit;
pub mod dashboard;
pub mod delegations;
pub mod inbox;
pub mod offboard;
pub mod org;
pub mod paper;
pub mod people;
pub mod plan;
pub mod plans;
pub mod recruit;
pub mod review;
pub mod users;

use super::app::App;
use super::keymap::{Action, Layer};
use super::loader::Want;
use super::theme::Theme;
use super::widgets::Filter;
use super::widgets::table::ListHit;
use ratatui::Frame;
use ratatui::layout::Rect;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScreenId {
    /// The company's figures: where HR, the general manager and the board start.
    Dashboard,
    Inbox,
    Org,
    Plans,
    /// One plan, opened from the inbox or the plan list.
    Plan,
    Audit,
    Users,
    /// The employee directory.
    People,
    /// One employee's record, opened from the directory.
    Employee,
    Delegations,
    /// The requisitions.
    Recruit,
    /// One requisition, opened from the list or the inbox.
    Req,
    /// The separation cases.
    Offboard,
    /// One case's checklist, opened from the list or the inbox.
    Separation,
    /// Evaluation and training: the cycles, the tab's home.
    Review,
    /// A cycle's people.
    Cycle,
    /// One evaluation.
    Evaluation,
    /// The training catalog.
    Courses,
    /// One course, its sessions and their attendees.
    Course,
    /// Gaps in required training.
    Gaps,
}

/// Where things landed on the last frame, for the mouse.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Hits {
    pub tabs: Vec<(Rect, ScreenId)>,
    pub lists: Vec<ListHit>,
    /// Scrolling panes (the wheel scrolls them).
    pub details: Vec<Rect>,
    /// Rows a page moves in the main list.
    pub page: usize,
}

/// A list's selection (an index into the rows its filter lets through) and
/// its filter.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Nav {
    pub sel: usize,
    pub filter: Filter,
}

/// One screen, as the router sees it.
pub struct Entry {
    pub id: ScreenId,
    pub layer: Layer,
    /// The action that shows it from anywhere; none for screens opened
    /// from another (a plan).
    pub key: Option<Action>,
    /// The tab it lives under.
    pub tab: ScreenId,
    /// The tab's label.
    pub label: fn(&App) -> String,
    /// A shorter label (a catalog key), for a bar too narrow for the full ones.
    pub short: Option<&'static str>,
    /// What to load when it is shown or the company changed.
    pub wants: fn(&App) -> Vec<Want>,
    /// Something it showed arrived: load what depends on it.
    pub loaded: fn(&mut App, &Want),
    /// The list that has the focus, and how many rows it shows now.
    pub nav: fn(&Screens, ScreenId) -> Option<&Nav>,
    pub nav_mut: fn(&mut Screens, ScreenId) -> Option<&mut Nav>,
    pub rows: fn(&App) -> usize,
    /// The selection moved (load what the new row shows).
    pub moved: fn(&mut App),
    pub on: fn(&mut App, Action) -> bool,
    /// `Some` when the screen decides whether the footer offers `action`.
    pub offers: fn(&App, Action) -> Option<bool>,
    /// Runs `action` once the service said it is allowed.
    pub allowed: fn(&mut App, Action),
    pub draw: fn(&mut Frame, &App, &Theme, Rect, &mut Hits),
}

pub const SCREENS: [Entry; 20] = [
    dashboard::ENTRY,
    inbox::ENTRY,
    org::ENTRY,
    plans::ENTRY,
    plan::ENTRY,
    audit::ENTRY,
    users::ENTRY,
    people::ENTRY,
    people::record::ENTRY,
    delegations::ENTRY,
    recruit::ENTRY,
    recruit::detail::ENTRY,
    offboard::ENTRY,
    offboard::checklist::ENTRY,
    review::cycles::ENTRY,
    review::people::ENTRY,
    review::evaluation::ENTRY,
    review::courses::ENTRY,
    review::course::ENTRY,
    review::gaps::ENTRY,
];

pub fn entry(id: ScreenId) -> &'static Entry {
    SCREENS.iter().find(|e| e.id == id).unwrap_or(&SCREENS[0])
}

/// The screens that have a tab, in tab order.
pub fn tabs() -> Vec<ScreenId> {
    SCREENS
        .iter()
        .filter(|e| e.key.is_some())
        .map(|e| e.id)
        .collect()
}

pub fn tab_of(id: ScreenId) -> ScreenId {
    entry(id).tab
}

pub fn for_action(a: Action) -> Option<ScreenId> {
    SCREENS.iter().find(|e| e.key == Some(a)).map(|e| e.id)
}

/// The UI state of every screen, kept while another is shown.
#[derive(Clone, Debug, Default)]
pub struct Screens {
    pub dashboard: dashboard::State,
    pub inbox: inbox::State,
    pub org: org::State,
    pub plans: plans::State,
    pub plan: plan::State,
    pub audit: audit::State,
    pub users: users::State,
    pub people: people::State,
    pub employee: people::record::State,
    pub delegations: delegations::State,
    pub recruit: recruit::State,
    pub req: recruit::detail::State,
    pub offboard: offboard::State,
    pub sep: offboard::checklist::State,
    pub review: review::State,
}

/// Keeps every selection inside its list after new data arrived.
pub fn clamp_all(app: &mut App) {
    for e in &SCREENS {
        let rows = (e.rows)(app);
        if let Some(nav) = (e.nav_mut)(&mut app.ui, e.id) {
            nav.sel = nav.sel.min(rows.saturating_sub(1));
        }
    }
}

fn nav_step(nav: &mut Nav, rows: usize, page: usize, action: Action) -> bool {
    let last = rows.saturating_sub(1);
    let to = match action {
        Action::Up => nav.sel.saturating_sub(1),
        Action::Down => nav.sel + 1,
        Action::PageUp => nav.sel.saturating_sub(page),
        Action::PageDown => nav.sel + page,
        Action::First => 0,
        Action::Last => last,
        _ => return false,
    };
    nav.sel = to.min(last);
    true
}

/// Moving in the focused list and filtering it: the same for every screen.
pub fn on_list(app: &mut App, action: Action) -> bool {
    let screen = app.screen;
    let e = entry(screen);
    let rows = (e.rows)(app);
    let page = app.page;
    let Some(nav) = (e.nav_mut)(&mut app.ui, screen) else {
        return false;
    };
    match action {
        Action::Filter => nav.filter.start(),
        Action::FilterDone => nav.filter.editing = false,
        Action::ClearFilter if nav.filter.active() || nav.filter.editing => {
            nav.filter.clear();
            nav.sel = 0;
        }
        Action::ClearFilter => return false,
        a => {
            let before = nav.sel;
            if !nav_step(nav, rows, page, a) {
                return false;
            }
            if nav.sel == before {
                return true;
            }
        }
    }
    (e.moved)(app);
    true
}

/// Moves the selection of the focused list to `to` (the mouse).
pub fn select(app: &mut App, to: usize) {
    let screen = app.screen;
    // The dashboard's figures are boxes, not a list: `to` names one.
    if screen == ScreenId::Dashboard {
        return dashboard::select(app, to);
    }
    let e = entry(screen);
    let rows = (e.rows)(app);
    if let Some(nav) = (e.nav_mut)(&mut app.ui, screen) {
        nav.sel = to.min(rows.saturating_sub(1));
    }
    (e.moved)(app);
}

pub fn selection_moved(app: &mut App) {
    (entry(app.screen).moved)(app);
}

pub fn offers_list(app: &App, action: Action) -> Option<bool> {
    let e = entry(app.screen);
    let nav = (e.nav)(&app.ui, app.screen);
    match action {
        Action::Up
        | Action::Down
        | Action::PageUp
        | Action::PageDown
        | Action::First
        | Action::Last => Some(nav.is_some() && (e.rows)(app) > 1),
        Action::Filter => Some(nav.is_some()),
        Action::ClearFilter => Some(nav.is_some_and(|n| n.filter.active() || n.filter.editing)),
        Action::FilterDone => Some(nav.is_some_and(|n| n.filter.editing)),
        // A filter is one line.
        Action::Newline => Some(false),
        _ => None,
    }
}

pub fn allowed(app: &mut App, action: Action) {
    (entry(app.screen).allowed)(app, action);
}

fn nothing_loaded(_: &mut App, _: &Want) {}

fn nothing_moved(_: &mut App) {}

fn nothing_allowed(_: &mut App, _: Action) {}
