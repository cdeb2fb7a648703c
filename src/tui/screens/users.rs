//! Users: who may use renshi, with their roles and the departments each
//! role covers. Enter reads one in full.

use super::{Entry, Hits, Nav, ScreenId, Screens};
use crate::domain::Command;
use crate::domain::User;
use crate::tui::app::{App, Confirm, Loaded, Modal};
use crate::tui::forms::Form;
use crate::tui::keymap::{Action, Layer};
use crate::tui::loader::Want;
use crate::tui::theme::Theme;
use crate::tui::widgets::detail::Doc;
use crate::tui::widgets::popup::Reader;
use crate::tui::widgets::table::message;
use crate::tui::widgets::{Cells, Detail, ListTable};
use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::Style;

#[derive(Clone, Debug, Default)]
pub struct State {
    pub nav: Nav,
}

pub const ENTRY: Entry = Entry {
    id: ScreenId::Users,
    layer: Layer::Users,
    key: Some(Action::ScreenUsers),
    tab: ScreenId::Users,
    label: |app| app.cat.t("tab.users").to_string(),
    short: None,
    wants: |_| vec![Want::Users, Want::Depts],
    loaded: super::nothing_loaded,
    nav: |s, _| Some(&s.users.nav),
    nav_mut: |s: &mut Screens, _| Some(&mut s.users.nav),
    rows: |app| shown(app).len(),
    moved: super::nothing_moved,
    on,
    offers: |app, a| match a {
        Action::Open => Some(!shown(app).is_empty()),
        // Managing users is for those the service lets list them (admins).
        Action::AddUser => Some(is_admin(app)),
        Action::EditUser | Action::DisableUser => Some(is_admin(app) && selected(app).is_some()),
        _ => None,
    },
    allowed,
    draw,
};

/// "土建部 Civil Works" for a department id, the id itself when unknown.
fn dept_name(app: &App, id: crate::domain::DeptId) -> String {
    app.data
        .depts
        .rows()
        .iter()
        .find(|d| d.id == id)
        .map_or_else(|| id.to_string(), |d| d.name.clone())
}

/// Roles as a reader says them: "Department head (土建部 Civil Works)".
fn roles(app: &App, u: &User) -> Vec<String> {
    u.roles
        .iter()
        .map(|g| {
            let role = app.cat.role(g.role.key()).to_string();
            if g.depts.is_empty() {
                role
            } else {
                let depts: Vec<String> = g.depts.iter().map(|d| dept_name(app, *d)).collect();
                format!("{role} ({})", depts.join(", "))
            }
        })
        .collect()
}

fn shown(app: &App) -> Vec<&User> {
    let users = app.data.users.rows();
    app.ui
        .users
        .nav
        .filter
        .pick(users, |u| {
            let mut t = vec![u.login.clone(), u.display_name.clone()];
            t.extend(roles(app, u));
            t
        })
        .into_iter()
        .filter_map(|i| users.get(i))
        .collect()
}

fn is_admin(app: &App) -> bool {
    app.data
        .me
        .as_ref()
        .is_some_and(|m| m.roles.iter().any(|g| g.role == crate::domain::Role::Admin))
}

fn selected(app: &App) -> Option<&User> {
    shown(app).get(app.ui.users.nav.sel).copied()
}

/// Asks the service first; the form opens once it says yes.
fn allowed(app: &mut App, action: Action) {
    let depts = app.data.depts.rows().to_vec();
    match action {
        Action::AddUser => {
            let form = Form::add_user(&app.cat, &depts);
            app.open_form(form);
        }
        Action::EditUser => {
            if let Some(u) = selected(app).cloned() {
                let form = Form::edit_user(&app.cat, &u, &depts);
                app.open_form(form);
            }
        }
        _ => {}
    }
}

fn on(app: &mut App, action: Action) -> bool {
    match action {
        Action::AddUser => {
            app.if_allowed(
                Command::RegisterUser {
                    login: String::new(),
                    display_name: String::new(),
                    roles: Vec::new(),
                    employee: None,
                },
                Action::AddUser,
            );
            return true;
        }
        Action::EditUser => {
            if let Some(u) = selected(app).cloned() {
                app.if_allowed(
                    Command::EditUser {
                        login: u.login,
                        display_name: String::new(),
                        roles: Vec::new(),
                    },
                    Action::EditUser,
                );
            }
            return true;
        }
        Action::DisableUser => {
            if let Some(u) = selected(app) {
                let c = if u.disabled {
                    Confirm::EnableUser(u.login.clone())
                } else {
                    Confirm::DisableUser(u.login.clone())
                };
                app.modal = Modal::Confirm(c);
            }
            return true;
        }
        Action::Open => {}
        _ => return false,
    }
    if let Some(u) = shown(app).get(app.ui.users.nav.sel).copied() {
        let mut doc = Doc::default();
        doc.push(format!("{} ({})", u.display_name, u.login), Style::new());
        for r in roles(app, u) {
            doc.push_indented(format!("  {r}"), Style::new(), 4);
        }
        let reader = Reader {
            title: u.login.clone(),
            doc,
            detail: Detail::default(),
        };
        app.modal = Modal::Reader(reader);
    }
    true
}

fn draw(f: &mut Frame, app: &App, theme: &Theme, area: Rect, hits: &mut Hits) {
    let cat = &app.cat;
    let title = cat.t("users.title");
    let all = match &app.data.users {
        Loaded::Waiting => return message(f, theme, area, title, cat.t("list.loading")),
        Loaded::Denied(why) => return message(f, theme, area, title, why),
        Loaded::Ready(u) => u,
    };
    let rows = shown(app)
        .into_iter()
        .map(|u| {
            let mut roles = roles(app, u).join(", ");
            if u.disabled {
                roles = format!("[{}] {roles}", cat.t("user.disabled"));
            }
            let row = Cells::new(vec![u.login.clone(), u.display_name.clone(), roles]);
            if u.disabled {
                row.styled(theme.dim)
            } else {
                row
            }
        })
        .collect();
    ListTable {
        title: title.to_string(),
        columns: &[
            ("col.login", Constraint::Length(12)),
            ("col.name", Constraint::Length(16)),
            ("col.roles", Constraint::Fill(1)),
        ],
        rows,
        sel: app.ui.users.nav.sel,
        focused: true,
        pane: 0,
        filter: Some(&app.ui.users.nav.filter),
        total: all.len(),
    }
    .draw(f, cat, theme, area, hits);
}
