//! The small modals: confirmations, help and the reader, the demo-user
//! picker.

use super::{App, Data};
use crate::domain::*;
use crate::service::api::*;
use crate::tui::forms::Form;
use crate::tui::keymap::Action;
use crate::tui::loader::{Job, Then};
use crate::tui::screens::{ScreenId, Screens};
use crate::tui::widgets::Detail;
use crate::tui::widgets::detail::Doc;
use crate::tui::widgets::popup::Reader;

/// What the user is being asked to confirm.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Confirm {
    RemoveLine(PlanId, LineNo),
    /// The author deletes a draft that was never submitted.
    DeletePlan(PlanId),
    /// An admin disables (or enables again) a user.
    DisableUser(String),
    EnableUser(String),
    /// Someone ends a delegation before its last day.
    Revoke(DelegationId),
    /// The HR head closes a case: the employee is separated.
    CloseSeparation {
        case: SepId,
        question: String,
    },
    /// The leaving employee acknowledges a done step.
    Acknowledge {
        case: SepId,
        step: String,
        question: String,
    },
    /// A command that binds, asked about first (an evaluation sent for
    /// sign-off); `ok` is what the status line says when it is done.
    Run {
        command: Command,
        question: String,
        ok: &'static str,
    },
    /// A second HR person confirms the paper sign-off `question` describes.
    ConfirmPaper {
        target: crate::tui::forms::SignTarget,
        seen: crate::domain::signoff::Seen,
        question: String,
    },
}

#[derive(Clone, Debug)]
pub enum Modal {
    None,
    // Boxed: a form is large and modals are swapped often.
    Form(Box<Form>),
    Confirm(Confirm),
    Help(Detail),
    /// Demo stores: choose which demo user to act as.
    Picker {
        /// The demo users as (login, name, role keys).
        users: Vec<(String, String, Vec<String>)>,
        sel: usize,
    },
    /// One long text in full: an audit entry, a long message.
    Reader(Reader),
}

impl App {
    /// Shows the last message in full, in the reader.
    pub(super) fn read_message(&mut self) {
        if let Some(text) = self.last_message.clone() {
            let mut doc = Doc::default();
            doc.push(text, ratatui::style::Style::new());
            self.modal = Modal::Reader(Reader {
                title: self.cat.t("reader.message").to_string(),
                doc,
                detail: Detail::default(),
            });
        }
    }

    pub(super) fn on_reader(&mut self, action: Action) {
        let page = self.page;
        let detail = match &mut self.modal {
            Modal::Help(d) => d,
            Modal::Reader(r) => &mut r.detail,
            _ => return,
        };
        match action {
            Action::Up => detail.up(1),
            Action::Down => detail.down(1),
            Action::PageUp => detail.up(page),
            Action::PageDown => detail.down(page),
            Action::First => detail.scroll = 0,
            Action::Last => detail.to_end(),
            _ => self.modal = Modal::None,
        }
    }

    pub(super) fn on_picker(&mut self, action: Action) {
        let Modal::Picker { sel, users } = &mut self.modal else {
            return;
        };
        match action {
            Action::Up => *sel = sel.saturating_sub(1),
            Action::Down => *sel = (*sel + 1).min(users.len().saturating_sub(1)),
            Action::First => *sel = 0,
            Action::Last => *sel = users.len().saturating_sub(1),
            Action::Save => {
                let Some((login, _, _)) = users.get(*sel).cloned() else {
                    return;
                };
                self.modal = Modal::None;
                self.loader.send(Job::ActAs(login));
            }
            _ => self.modal = Modal::None,
        }
    }

    pub(super) fn acted_as(&mut self, login: &str, result: Result<(), ApiError>) {
        match result {
            Ok(()) => {
                let name = crate::service::seed::demo_users()
                    .into_iter()
                    .find(|(l, _, _)| l == login)
                    .map_or_else(|| login.to_string(), |(_, n, _)| n);
                self.data = Data::default();
                self.ui = Screens::default();
                self.screen = ScreenId::Inbox;
                self.landing = true;
                self.info(
                    self.cat
                        .f("picker.switched", &[("who", format!("{name} ({login})"))]),
                );
                self.refresh();
            }
            Err(e) => self.error(self.cat.error(&e)),
        }
    }

    /// Opens the demo-user picker; refused outside demo stores.
    pub fn pick_user(&mut self) {
        if let Some(me) = self.data.me.as_ref().filter(|m| m.demo) {
            let users = crate::service::seed::demo_users();
            let sel = users
                .iter()
                .position(|(l, _, _)| *l == me.login)
                .unwrap_or(0);
            self.modal = Modal::Picker { sel, users };
        } else {
            self.error(self.cat.t("cli.as_refused").to_string());
        }
    }

    pub(super) fn on_confirm(&mut self, action: Action) {
        let Modal::Confirm(c) = std::mem::replace(&mut self.modal, Modal::None) else {
            return;
        };
        if action != Action::Save {
            return;
        }
        let (cmd, ok) = match c {
            Confirm::RemoveLine(id, no) => (Command::RemovePlanLine { id, no }, "msg.line_removed"),
            Confirm::DeletePlan(id) => (Command::DeletePlan { id }, "msg.plan_deleted"),
            Confirm::DisableUser(login) => (Command::DisableUser { login }, "msg.user_disabled"),
            Confirm::EnableUser(login) => (Command::EnableUser { login }, "msg.user_enabled"),
            Confirm::Revoke(id) => (Command::RevokeDelegation { id }, "msg.revoked"),
            Confirm::ConfirmPaper { target, seen, .. } => {
                (target.confirm(seen), "msg.paper_confirmed")
            }
            Confirm::CloseSeparation { case, .. } => (
                Command::Offboard(crate::domain::offboard::Offboard::Close { case }),
                "sep.closed",
            ),
            Confirm::Acknowledge { case, step, .. } => (
                Command::Offboard(crate::domain::offboard::Offboard::Acknowledge { case, step }),
                "sep.acknowledged",
            ),
            Confirm::Run { command, ok, .. } => (command, ok),
        };
        let leave = ok == "msg.plan_deleted";
        self.run(
            Then::Confirmed { ok, leave },
            cmd,
            String::new(),
            RequestId::random(),
        );
    }
}
