//! The inbox: what waits for me, oldest first; Enter opens it.

use super::{Entry, Hits, Nav, ScreenId, Screens};
use crate::present::{age, inbox_what};
use crate::service::api::{CaseRef, InboxItem, InboxKind};
use crate::tui::app::{App, Loaded};
use crate::tui::keymap::{Action, Layer};
use crate::tui::loader::Want;
use crate::tui::theme::Theme;
use crate::tui::widgets::table::message;
use crate::tui::widgets::{Cells, ListTable};
use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};

#[derive(Clone, Debug, Default)]
pub struct State {
    pub nav: Nav,
}

pub const ENTRY: Entry = Entry {
    id: ScreenId::Inbox,
    layer: Layer::Inbox,
    key: Some(Action::ScreenInbox),
    tab: ScreenId::Inbox,
    label: |app| {
        let n = app.data.inbox.rows().len();
        app.cat.f("tab.inbox", &[("n", n.to_string())])
    },
    short: None,
    wants: |_| vec![Want::Inbox],
    loaded: super::nothing_loaded,
    nav: |s, _| Some(&s.inbox.nav),
    nav_mut: |s: &mut Screens, _| Some(&mut s.inbox.nav),
    rows: |app| shown(app).len(),
    moved: super::nothing_moved,
    on,
    offers: |app, a| match a {
        Action::Open => Some(!shown(app).is_empty()),
        _ => None,
    },
    allowed: super::nothing_allowed,
    draw,
};

/// The items the filter lets through.
fn shown(app: &App) -> Vec<&InboxItem> {
    let items = app.data.inbox.rows();
    app.ui
        .inbox
        .nav
        .filter
        .pick(items, |i| {
            vec![
                i.case.to_string(),
                i.title.clone(),
                inbox_what(&app.cat, &i.kind),
            ]
        })
        .into_iter()
        .filter_map(|i| items.get(i))
        .collect()
}

fn on(app: &mut App, action: Action) -> bool {
    if action != Action::Open {
        return false;
    }
    let Some(item) = shown(app).get(app.ui.inbox.nav.sel).map(|i| (*i).clone()) else {
        return true;
    };
    // A checklist step opens the case with that step selected.
    match (item.case, step_of(&item.kind)) {
        (CaseRef::Sep(id), Some(step)) => super::offboard::open_sep(app, id, Some(step)),
        (case, _) => app.open_case(case),
    }
    true
}

/// The checklist step an inbox item is about, by its key.
fn step_of(kind: &InboxKind) -> Option<String> {
    match kind {
        InboxKind::OffboardStep { step, .. }
        | InboxKind::AcknowledgeStep { step }
        | InboxKind::StepOverdue { step, .. } => Some(step.key.clone()),
        _ => None,
    }
}

fn draw(f: &mut Frame, app: &App, theme: &Theme, area: Rect, hits: &mut Hits) {
    let cat = &app.cat;
    let title = cat.t("inbox.title");
    let items = match &app.data.inbox {
        Loaded::Waiting => return message(f, theme, area, title, cat.t("list.loading")),
        Loaded::Denied(why) => return message(f, theme, area, title, why),
        Loaded::Ready(items) if items.is_empty() => {
            return message(f, theme, area, title, cat.t("inbox.empty"));
        }
        Loaded::Ready(items) => items,
    };
    let rows = shown(app)
        .into_iter()
        .map(|i| {
            Cells::new(vec![
                i.case.to_string(),
                inbox_what(cat, &i.kind),
                i.title.clone(),
                age(cat, i.since, app.now),
            ])
        })
        .collect();
    ListTable {
        title: title.to_string(),
        columns: &[
            ("col.id", Constraint::Length(8)),
            // What is asked is the reason to read the row: it shares the
            // width with the title rather than being cut at a fixed 16.
            ("col.what", Constraint::Fill(1)),
            ("col.title", Constraint::Fill(1)),
            ("col.waiting", Constraint::Length(8)),
        ],
        rows,
        sel: app.ui.inbox.nav.sel,
        focused: true,
        pane: 0,
        filter: Some(&app.ui.inbox.nav.filter),
        total: items.len(),
    }
    .draw(f, cat, theme, area, hits);
}
