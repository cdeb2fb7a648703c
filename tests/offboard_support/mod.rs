//! What the offboarding interface tests share: the languages, the footer's
//! actions, a case as the service sees it, and moving to a case and a step
//! by key presses.

#![allow(dead_code)]

use super::tui_support::*;
use ratatui::crossterm::event::KeyCode;
use renshi::domain::*;
use renshi::i18n::Lang;
use renshi::service::Caller;
use renshi::service::api::{Query, Reply, Request, SepView, StepView};
use renshi::tui::app::Modal;
use renshi::tui::frame::footer_entries;
use renshi::tui::keymap::Action;
use renshi::tui::screens::ScreenId;
use renshi::tui::screens::offboard;

pub const LANGS: [(Lang, &str); 3] = [
    (Lang::En, "en"),
    (Lang::ZhHans, "zh_hans"),
    (Lang::ZhHant, "zh_hant"),
];

pub fn offered(t: &Tui) -> Vec<Action> {
    footer_entries(&t.app).into_iter().map(|e| e.1).collect()
}

pub fn form_open(t: &Tui) -> bool {
    matches!(t.app.modal, Modal::Form(_))
}

pub fn sep(t: &Tui, id: u32) -> SepView {
    match t.svc.handle(
        &Caller::new("hr.zhao"),
        Request::Query(Query::Separation(SepId(id))),
    ) {
        Ok(Reply::Separation(v)) => *v,
        other => panic!("{other:?}"),
    }
}

pub fn step(v: &SepView, key: &str) -> StepView {
    v.steps
        .iter()
        .find(|s| s.template.key == key)
        .cloned()
        .unwrap_or_else(|| panic!("no step {key}"))
}

/// Opens the Offboarding tab, moves down to case `id` and opens it.
pub fn open(t: &mut Tui, id: u32) {
    t.ch('9');
    assert_eq!(t.app.screen, ScreenId::Offboard, "{}", t.small());
    let want = SepId(id);
    for _ in 0..offboard::rows(&t.app).len() {
        if offboard::rows(&t.app)[t.app.ui.offboard.nav.sel].id == want {
            t.key(KeyCode::Enter);
            assert_eq!(t.app.screen, ScreenId::Separation, "{}", t.small());
            return;
        }
        t.ch('j');
    }
    panic!("no {want} in the list\n{}", t.small());
}

/// Selects the step numbered `no` in the open checklist.
pub fn select_step(t: &mut Tui, no: u32) {
    t.key(KeyCode::Home);
    for _ in 1..no {
        t.ch('j');
    }
    let sel = offboard::checklist::view(&t.app)
        .and_then(|v| v.steps.get(t.app.ui.sep.nav.sel))
        .map(|s| s.no);
    assert_eq!(sel, Some(no), "{}", t.small());
}

/// The service's "today" in the tests: forms that default to today then
/// agree with it (the interface's own clock runs three days later).
pub fn on_service_clock(t: &mut Tui) {
    t.app.clock = seeded;
    t.app.now = seeded();
}
