//! Delegations: who signs for me and for whom I sign, until when; `n` lets
//! someone sign for me, `-` ends one early.

use super::{Entry, Hits, Nav, ScreenId, Screens};
use crate::domain::Command;
use crate::service::api::{DelegationRow, DelegationSide, DelegationState};
use crate::tui::app::{App, Confirm, Loaded, Modal};
use crate::tui::forms::Form;
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
    id: ScreenId::Delegations,
    layer: Layer::Delegations,
    key: Some(Action::ScreenDelegations),
    tab: ScreenId::Delegations,
    label: |app| app.cat.t("tab.delegations").to_string(),
    short: Some("tab.delegations_short"),
    wants: |_| vec![Want::Delegations],
    loaded: super::nothing_loaded,
    nav: |s, _| Some(&s.delegations.nav),
    nav_mut: |s: &mut Screens, _| Some(&mut s.delegations.nav),
    rows: |app| shown(app).len(),
    moved: super::nothing_moved,
    on,
    offers: |app, a| match a {
        // Offered to those whose roles may delegate at all (the domain's
        // list); the service still decides when `n` is pressed.
        Action::Delegate => {
            Some(matches!(app.data.delegations, Loaded::Ready(_)) && may_delegate(app))
        }
        // Only one given, and still running, can be ended.
        Action::Revoke => Some(selected(app).is_some_and(revocable)),
        _ => None,
    },
    allowed: |app, a| {
        if a == Action::Delegate {
            app.open_form(Form::delegate());
        }
    },
    draw,
};

fn may_delegate(app: &App) -> bool {
    let grant = crate::domain::Command::GrantDelegation {
        to: String::new(),
        until: chrono::NaiveDate::MIN,
    };
    let roles = crate::domain::auth::roles_for(&grant);
    app.data
        .me
        .as_ref()
        .is_some_and(|m| m.roles.iter().any(|g| roles.contains(&g.role)))
}

fn revocable(d: &DelegationRow) -> bool {
    d.state == DelegationState::Active && d.side != DelegationSide::Received
}

fn state_name(app: &App, d: &DelegationRow) -> String {
    let key = match d.state {
        DelegationState::Active => "delegation.active",
        DelegationState::Ended => "delegation.ended",
        DelegationState::Revoked => "delegation.revoked",
    };
    app.cat.t(key).to_string()
}

fn shown(app: &App) -> Vec<&DelegationRow> {
    let rows = app.data.delegations.rows();
    app.ui
        .delegations
        .nav
        .filter
        .pick(rows, |d| {
            vec![
                d.id.to_string(),
                d.from.clone(),
                d.from_name.clone(),
                d.to.clone(),
                d.to_name.clone(),
                state_name(app, d),
            ]
        })
        .into_iter()
        .filter_map(|i| rows.get(i))
        .collect()
}

fn selected(app: &App) -> Option<&DelegationRow> {
    shown(app).get(app.ui.delegations.nav.sel).copied()
}

fn on(app: &mut App, action: Action) -> bool {
    match action {
        Action::Delegate => app.if_allowed(
            Command::GrantDelegation {
                to: String::new(),
                until: chrono::NaiveDate::MIN,
            },
            Action::Delegate,
        ),
        Action::Revoke => {
            if let Some(d) = selected(app).filter(|d| revocable(d)) {
                app.modal = Modal::Confirm(Confirm::Revoke(d.id));
            }
        }
        _ => return false,
    }
    true
}

fn draw(f: &mut Frame, app: &App, theme: &Theme, area: Rect, hits: &mut Hits) {
    let cat = &app.cat;
    let title = cat.t("delegations.title");
    let all = match &app.data.delegations {
        Loaded::Waiting => return message(f, theme, area, title, cat.t("list.loading")),
        Loaded::Denied(why) => return message(f, theme, area, title, why),
        Loaded::Ready(d) if d.is_empty() => {
            return message(f, theme, area, title, cat.t("delegation.none"));
        }
        Loaded::Ready(d) => d,
    };
    let rows = shown(app)
        .into_iter()
        .map(|d| {
            let row = Cells::new(vec![
                d.id.to_string(),
                format!("{} {}", d.from, d.from_name),
                format!("{} {}", d.to, d.to_name),
                d.until.to_string(),
                state_name(app, d),
            ]);
            if d.state == DelegationState::Active {
                row
            } else {
                row.styled(theme.dim)
            }
        })
        .collect();
    ListTable {
        title: title.to_string(),
        columns: &[
            ("col.id", Constraint::Length(8)),
            ("col.from", Constraint::Fill(1)),
            ("col.to", Constraint::Fill(1)),
            ("col.until", Constraint::Length(10)),
            ("col.state", Constraint::Length(8)),
        ],
        rows,
        sel: app.ui.delegations.nav.sel,
        focused: true,
        pane: 0,
        filter: Some(&app.ui.delegations.nav.filter),
        total: all.len(),
    }
    .draw(f, cat, theme, area, hits);
}
