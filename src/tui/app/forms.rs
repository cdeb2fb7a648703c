//! Forms over the screen: opening them (some after what they offer has
//! loaded), keys and pasted text in them, saving through the loader, and
//! what the answer does.

use super::{App, Modal};
use crate::domain::signoff::Decision;
use crate::domain::*;
use crate::service::api::*;
use crate::tui::forms::{Form, FormKind, PeopleForm, SignTarget};
use crate::tui::keymap::Action;
use crate::tui::loader::{Then, Want};
use crate::tui::screens::{self, ScreenId};

/// A form that opens once what it offers has been loaded.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Pending {
    Line { plan: PlanId, no: Option<LineNo> },
    Paper(SignTarget),
}

impl App {
    pub fn open_form(&mut self, form: Form) {
        self.modal = Modal::Form(Box::new(form));
    }

    /// A line form needs every position, a paper form every user: they are
    /// loaded first and the form opens when they arrive.
    pub fn open_line_form(&mut self, plan: PlanId, no: Option<LineNo>) {
        self.pending = Some(Pending::Line { plan, no });
        self.load(Want::Depts);
        self.load(Want::AllPositions);
    }

    pub fn open_paper_form(&mut self, target: SignTarget) {
        self.pending = Some(Pending::Paper(target));
        self.load(Want::Users);
    }

    pub(super) fn open_pending(&mut self, want: &Want) {
        let ready = matches!(
            (&self.pending, want),
            (Some(Pending::Line { .. }), Want::AllPositions)
                | (Some(Pending::Paper(_)), Want::Users)
        );
        if !ready {
            return;
        }
        let Some(pending) = self.pending.take() else {
            return;
        };
        match pending {
            Pending::Line { plan: id, no } => {
                let Some(plan) = self.data.plan.clone().filter(|p| p.id == id) else {
                    return;
                };
                let existing = no.and_then(|n| plan.lines.iter().find(|l| l.no == n));
                let positions = self.data.all_positions.clone().unwrap_or_default();
                let hint = screens::org::selected_position(self).cloned();
                let form = Form::line(
                    &self.cat,
                    id,
                    no,
                    existing.map(|l| &l.line),
                    self.data.depts.rows(),
                    &positions,
                    hint.as_ref(),
                );
                self.open_form(form);
            }
            Pending::Paper(target) => {
                if let Some(form) = screens::paper::form(self, target) {
                    self.open_form(form);
                }
            }
        }
    }

    pub(super) fn on_form(&mut self, action: Action) {
        let Modal::Form(form) = &mut self.modal else {
            return;
        };
        if form.saving {
            // The answer is on its way; only leaving is possible meanwhile.
            return;
        }
        if action != Action::Cancel {
            form.discard_armed = false;
        }
        if let Some(op) = action.edit_op() {
            form.edit(op);
            self.find_people();
            return;
        }
        match action {
            Action::Cancel if form.cancel() => self.modal = Modal::None,
            Action::Cancel => {}
            Action::NextField => form.up_down(true),
            Action::PrevField => form.up_down(false),
            Action::Left => form.left_right(false),
            Action::Right => form.left_right(true),
            Action::Save => self.save_form(),
            Action::Toggle => form.type_char(' '),
            _ => {}
        }
    }

    pub(super) fn save_form(&mut self) {
        let Modal::Form(form) = &mut self.modal else {
            return;
        };
        let request = form.request;
        // Details saved as they were would only be refused as no change.
        if matches!(form.kind, FormKind::People(PeopleForm::Edit(_))) && !form.changed() {
            self.modal = Modal::None;
            self.info(self.cat.t("msg.nothing_changed").to_string());
            return;
        }
        match form.command() {
            Ok((cmd, comment)) => {
                form.saving = true;
                form.refused = None;
                self.run(Then::Form, cmd, comment, request);
            }
            // The form shows each problem under its own field.
            Err(_) => form.checked = true,
        }
    }

    pub(super) fn saved(&mut self, result: Result<Reply, ApiError>) {
        let Modal::Form(form) = &mut self.modal else {
            return;
        };
        form.saving = false;
        let kind = form.kind.clone();
        let args = form.done_args();
        match result {
            Ok(Reply::Done(done)) => {
                self.modal = Modal::None;
                let msg = match &kind {
                    FormKind::NewPlan => {
                        if let Some(id) = done
                            .created
                            .as_deref()
                            .and_then(|s| s.parse::<PlanId>().ok())
                        {
                            self.screen = ScreenId::Plans;
                            self.open_plan(id);
                        }
                        "msg.plan_created"
                    }
                    FormKind::EditPlan(_) | FormKind::Line { .. } => "msg.saved",
                    FormKind::Paper { .. } => "msg.paper_recorded",
                    FormKind::DiscardPaper { .. } => "msg.paper_discarded",
                    FormKind::Withdraw { .. } => "msg.withdrawn",
                    FormKind::AddUser => "msg.user_added",
                    FormKind::EditUser { .. } => "msg.saved",
                    FormKind::Delegate => "msg.delegated",
                    FormKind::Submit { .. } => "msg.submitted",
                    FormKind::Sign { decision, .. } => match decision {
                        Decision::Approve => "msg.approved",
                        Decision::Reject => "msg.rejected",
                        Decision::Return => "msg.returned",
                    },
                    FormKind::People(p) => match p {
                        PeopleForm::Add => {
                            // Selected in the directory once it is read again.
                            self.ui.people.select = done
                                .created
                                .as_deref()
                                .and_then(|s| s.parse::<EmployeeId>().ok());
                            "msg.employee_added"
                        }
                        PeopleForm::Edit(_) => "msg.saved",
                        PeopleForm::Transfer { .. } => "msg.transferred",
                    },
                    FormKind::Erase(e) => e.done_key(),
                    FormKind::Offboard(o) => {
                        // A case just opened is the one to look at next.
                        if matches!(o, crate::tui::forms::OffboardForm::Start { .. })
                            && let Some(id) = done
                                .created
                                .as_deref()
                                .and_then(|s| s.parse::<SepId>().ok())
                        {
                            screens::offboard::open_sep(self, id, None);
                        }
                        o.done_key()
                    }
                    FormKind::Review(r) => screens::review::actions::saved(self, r, &done),
                    FormKind::Recruit(r) => {
                        if *r == crate::tui::forms::RecruitForm::Raise
                            && let Some(id) = done
                                .created
                                .as_deref()
                                .and_then(|s| s.parse::<ReqId>().ok())
                        {
                            screens::recruit::open_req(self, id);
                        }
                        // The candidate just added is the one to look at next.
                        if matches!(r, crate::tui::forms::RecruitForm::AddCandidate(_))
                            && let Some(id) = done
                                .created
                                .as_deref()
                                .and_then(|s| s.parse::<CandidateId>().ok())
                        {
                            self.ui.req.follow = Some(id);
                        }
                        r.done_key()
                    }
                };
                self.done_saying(msg, &args);
            }
            Ok(other) => {
                let why = format!("unexpected reply {other:?}");
                form.refused = Some(why);
            }
            // What the form was about changed meanwhile: the form is stale,
            // so it closes and the plan is shown again as it is now.
            Err(e @ ApiError::Domain(DomainError::ChangedSinceSeen { .. })) => {
                self.modal = Modal::None;
                self.refresh();
                self.error(self.cat.error(&e));
            }
            Err(e) => {
                let mut why = self.cat.error(&e);
                // No free seat: the general manager may still move them,
                // with a reason; the form says so and lets them.
                let gm = self
                    .data
                    .me
                    .as_ref()
                    .is_some_and(|m| m.roles.iter().any(|g| g.role == Role::GeneralManager));
                if let ApiError::Domain(d) = &e
                    && form.offer_override(d, gm)
                {
                    // Said to the general manager, not "ask the general manager".
                    why = self.cat.f("form.override_hint", &d.args());
                }
                form.refused = Some(why);
            }
        }
    }

    /// Typed characters go to the focused form field or the list's filter.
    pub fn type_char(&mut self, c: char) {
        match &mut self.modal {
            Modal::Form(f) if !f.saving => f.type_char(c),
            Modal::None => self.edit_filter(|e| e.insert_char(c)),
            _ => {}
        }
        self.find_people();
    }

    /// A field that names a person asks the service who it is, as it is
    /// typed: the form shows the name before anything is sent. Of several
    /// look-ups waiting, the loader fetches the last.
    pub(super) fn find_people(&mut self) {
        let Modal::Form(f) = &self.modal else {
            return;
        };
        for text in f.people_to_find() {
            self.load(Want::Person(text));
        }
    }

    /// Pasted text: inserted whole into the focused field or filter, never
    /// taken as keys (a line break in it must not sign anything).
    pub fn paste(&mut self, text: &str) {
        match &mut self.modal {
            Modal::Form(f) if !f.saving => f.paste(text),
            Modal::None => self.edit_filter(|e| e.paste(text)),
            _ => {}
        }
        self.find_people();
    }

    pub(super) fn edit_filter(
        &mut self,
        op: impl FnOnce(&mut crate::tui::widgets::editor::Editor),
    ) {
        let screen = self.screen;
        let Some(nav) = (screens::entry(screen).nav_mut)(&mut self.ui, screen) else {
            return;
        };
        if !nav.filter.editing {
            return;
        }
        op(&mut nav.filter.input);
        nav.sel = 0;
        screens::selection_moved(self);
    }
}
