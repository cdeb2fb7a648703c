//! What may be done to employees, from the directory (to the selected one)
//! and from a record (to the one open): enter one (`n`), edit their details
//! (`e`), move them to another position (`t`), erase their personal data
//! (`x`). Each is offered to the roles the domain lets attempt it; the
//! service is asked before a form opens, and decides again on saving.

use super::record;
use crate::domain::auth::roles_for;
use crate::domain::*;
use crate::service::api::EmployeeRow;
use crate::tui::app::App;
use crate::tui::forms::{EraseForm, Form};
use crate::tui::keymap::Action;
use crate::tui::loader::Want;
use crate::tui::screens::ScreenId;

/// The employee an action is about: the one open, else the one selected.
pub fn target(app: &App) -> Option<EmployeeId> {
    if app.screen == ScreenId::Employee {
        app.ui.employee.id
    } else {
        super::selected(app).map(|r| r.id)
    }
}

/// The command an action stands for, as the service is asked about it.
fn command(action: Action, id: Option<EmployeeId>) -> Option<Command> {
    Some(match action {
        Action::AddEmployee => Command::AddEmployee {
            row: Box::default(),
        },
        Action::EditEmployee => Command::EditEmployee {
            id: id?,
            number: String::new(),
            name: String::new(),
            personal: Box::default(),
        },
        Action::TransferEmployee => Command::TransferEmployee {
            id: id?,
            to: PositionId(0),
            over_headcount: false,
        },
        Action::ErasePersonal => Command::ErasePersonalData { id: id? },
        _ => return None,
    })
}

/// Whether the user holds a role that may attempt `action`.
fn may(app: &App, action: Action) -> bool {
    // The roles do not depend on whom it is about.
    let Some(cmd) = command(action, Some(EmployeeId(0))) else {
        return false;
    };
    let roles = roles_for(&cmd);
    app.data
        .me
        .as_ref()
        .is_some_and(|m| m.roles.iter().any(|g| roles.contains(&g.role)))
}

pub fn offers(app: &App, action: Action) -> Option<bool> {
    let rows = super::directory(app).is_some_and(|d| !d.rows.is_empty());
    Some(match action {
        Action::Open => super::selected(app).is_some(),
        Action::SortNext | Action::SortReverse => rows,
        Action::AddEmployee => may(app, action) && super::directory(app).is_some(),
        Action::EditEmployee | Action::TransferEmployee | Action::ErasePersonal => {
            may(app, action) && target(app).is_some()
        }
        _ => return None,
    })
}

pub fn on(app: &mut App, action: Action, id: Option<EmployeeId>) -> bool {
    let Some(cmd) = command(action, id) else {
        // Not an employee action, or no one to do it to.
        return command(action, Some(EmployeeId(0))).is_some();
    };
    app.if_allowed(cmd, action);
    true
}

/// The service said yes: open the form, once what it offers has arrived
/// (every position for a new employee or a transfer, the record in full
/// for an edit).
pub fn allowed(app: &mut App, action: Action) {
    let id = target(app);
    match (action, id) {
        (Action::AddEmployee, _) => wait_for(app, action, None, Want::AllPositions),
        (Action::TransferEmployee, Some(id)) => wait_for(app, action, Some(id), Want::AllPositions),
        (Action::EditEmployee, Some(id)) => wait_for(app, action, Some(id), Want::Employee(id)),
        (Action::ErasePersonal, Some(id)) => {
            let subject = subject(app, id);
            app.open_form(Form::erase(&app.cat, EraseForm::Personal(id), &subject));
        }
        _ => {}
    }
}

fn wait_for(app: &mut App, action: Action, id: Option<EmployeeId>, want: Want) {
    app.ui.people.pending = Some((action, id));
    app.load(want);
}

/// The employee's row as the screen in front shows it: the record's, when
/// the record is open (the list behind it is reloaded only on return, so
/// after an edit it still holds the old name), else the list's.
fn row(app: &App, id: EmployeeId) -> Option<&EmployeeRow> {
    let open = record::view(app)
        .map(|v| &v.row)
        .filter(|r| r.id == id && app.screen == ScreenId::Employee);
    open.or_else(|| super::directory(app)?.rows.iter().find(|r| r.id == id))
}

/// "張偉 (A-1023)": whom a form is about.
fn subject(app: &App, id: EmployeeId) -> String {
    row(app, id).map_or_else(|| id.to_string(), |r| format!("{} ({})", r.name, r.number))
}

/// Something arrived: the form waiting for it opens.
pub fn loaded(app: &mut App, want: &Want) {
    let Some((action, id)) = app.ui.people.pending else {
        return;
    };
    let positions = || app.data.all_positions.clone().unwrap_or_default();
    let form = match (action, id, want) {
        (Action::AddEmployee, _, Want::AllPositions) => {
            let today = crate::domain::time::day_in(app.zone(), app.now);
            Form::add_employee(&app.cat, &positions(), today)
        }
        (Action::TransferEmployee, Some(id), Want::AllPositions) => {
            let from = row(app, id).map(|r| r.position);
            Form::transfer(&app.cat, id, &subject(app, id), from, &positions())
        }
        (Action::EditEmployee, Some(id), Want::Employee(got)) if *got == id => {
            let Some(view) = app.data.employee.clone().filter(|v| v.row.id == id) else {
                return;
            };
            match Form::edit_employee(&view) {
                Some(form) => form,
                None => {
                    app.ui.people.pending = None;
                    let why = app.cat.t("people.masked_no_edit").to_string();
                    app.error(why);
                    return;
                }
            }
        }
        _ => return,
    };
    app.ui.people.pending = None;
    app.open_form(form);
}
