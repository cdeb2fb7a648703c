//! Forms: fields that validate as the user types, using the domain's own
//! checks, and that turn into one command when saved. Drawing is in `draw`.

mod build;
pub mod draw;
mod erase;
mod field;
mod offboard;
mod offboard_rules;
mod paper;
mod people;
mod recruit;
mod recruit_rules;
mod review;
mod review_rules;
mod rules;

pub use erase::EraseForm;
pub use field::FieldId;
pub use offboard::{OffboardForm, Person, default_currency};
pub use paper::SignTarget;
pub use people::PeopleForm;
pub use recruit::RecruitForm;
pub use review::ReviewForm;

use super::keymap::Action;
use super::widgets::editor::{EditOp, Editor};
use crate::domain::commands::{MAX_NAME, MAX_TEXT, MAX_TITLE, parse_headcount};
use crate::domain::signoff::Decision;
use crate::domain::signoff::Seen;
use crate::domain::text;
use crate::domain::*;
use crate::i18n::Catalog;
use crate::service::api::{DeptRow, PositionRow};

#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    // Boxed: the editor carries its undo history.
    Text(Box<Editor>),
    /// Labels and the id each stands for.
    Choice {
        options: Vec<(String, u32)>,
        selected: usize,
    },
    /// Several may be chosen (a user's roles): ←/→ move, Space ticks.
    Flags {
        options: Vec<(String, u32)>,
        on: Vec<bool>,
        cursor: usize,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Field {
    pub id: FieldId,
    pub value: Value,
}

#[derive(Clone, Debug, PartialEq)]
pub enum FormKind {
    NewPlan,
    EditPlan(PlanId),
    Line {
        plan: PlanId,
        no: Option<LineNo>,
    },
    /// HR records a sign-off given on paper; `signers` are the logins offered.
    Paper {
        target: SignTarget,
        signers: Vec<String>,
        seen: Seen,
    },
    /// Submitting for sign-off, with an optional word to the signers (for
    /// instance the answer to a board's comment when a plan comes back).
    Submit {
        plan: PlanId,
    },
    /// Drops a recorded paper sign-off; a comment says why.
    DiscardPaper {
        target: SignTarget,
    },
    /// The author takes back a submitted plan; a comment tells the signers why.
    Withdraw {
        plan: PlanId,
    },
    /// An admin registers an OS login with its roles.
    AddUser,
    /// An admin changes a user's name and roles; `previous` keeps the
    /// departments of scoped roles the form does not show.
    EditUser {
        login: String,
        previous: Vec<RoleGrant>,
    },
    /// Someone lets another person sign for them until a day.
    Delegate,
    /// `seen` is the plan as the signer was shown it: the signature is
    /// refused if it changed since.
    Sign {
        plan: PlanId,
        decision: Decision,
        for_whom: Option<String>,
        seen: Seen,
    },
    /// Entering, editing, moving an employee.
    People(PeopleForm),
    /// Erasing an employee's personal data or a candidate's contact.
    Erase(EraseForm),
    /// A step of recruitment, onboarding or probation.
    Recruit(RecruitForm),
    /// A separation case, its steps, its equipment and settlement.
    Offboard(OffboardForm),
    /// Evaluations and training results.
    Review(ReviewForm),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Form {
    pub kind: FormKind,
    pub fields: Vec<Field>,
    pub focus: usize,
    /// The service's answer when saving failed: shown until the next edit.
    pub refused: Option<String>,
    /// Set by a save that failed the form's own checks: every problem shows.
    pub checked: bool,
    /// For a line form: the positions as the service showed them, so a
    /// headcount below the seats taken is caught as it is typed and a change
    /// of duties starts from the current text.
    positions: Vec<PositionRow>,
    /// The fields as the form opened, to tell whether Esc would lose work.
    pristine: Vec<Field>,
    /// Esc was pressed once on a changed form; a second Esc discards it.
    pub discard_armed: bool,
    /// What the user typed in the focused choice: the first option whose label
    /// contains it is selected ("civil" finds 土建工程師 Civil Engineer).
    pub search: String,
    /// The duties text this form filled in itself; replaced again when the
    /// position changes, as long as the user has not edited it.
    prefilled: Option<String>,
    /// For a sign form: what is being signed, shown above the comment.
    pub subject: String,
    /// Sent with the command: saving an unchanged form again (after "not
    /// answering") is then answered with the first result, never run twice.
    /// Any edit makes it a new command with a new id.
    pub request: RequestId,
    /// Sent, and waiting for the service's answer.
    pub saving: bool,
    /// Whom the text typed in a person field names, as the service
    /// answered (by the text, trimmed).
    people: Vec<(String, Result<Person, DomainError>)>,
}

pub const KIND_NEW: u32 = 0;
pub const KIND_HEADCOUNT: u32 = 1;
pub const KIND_DUTIES: u32 = 2;
pub const KIND_CLOSE: u32 = 3;

/// Free text takes several lines; titles, numbers and references one.
fn multiline(id: FieldId) -> bool {
    matches!(
        id,
        FieldId::Note
            | FieldId::Duties
            | FieldId::Comment
            | FieldId::Reason
            | FieldId::CriterionNote(_)
    )
}

fn text(id: FieldId, v: &str) -> Field {
    Field {
        id,
        value: Value::Text(Box::new(Editor::new(v, multiline(id)))),
    }
}

impl Form {
    fn new(kind: FormKind, fields: Vec<Field>, subject: String) -> Form {
        Form {
            kind,
            pristine: fields.clone(),
            discard_armed: false,
            fields,
            focus: 0,
            refused: None,
            checked: false,
            positions: Vec::new(),
            search: String::new(),
            prefilled: None,
            subject,
            request: RequestId::random(),
            saving: false,
            people: Vec::new(),
        }
    }

    /// Whether the user changed anything since the form opened.
    pub fn changed(&self) -> bool {
        self.fields != self.pristine
    }

    /// Esc: closes an untouched form at once; a changed one only on the
    /// second press, so a slip of the finger does not lose what was typed.
    pub fn cancel(&mut self) -> bool {
        if !self.changed() || self.discard_armed {
            return true;
        }
        self.discard_armed = true;
        false
    }

    /// A field's label: a line's title is the new position's title.
    pub fn label_key(&self, id: FieldId) -> &'static str {
        if let FormKind::Offboard(o) = &self.kind
            && let Some(key) = o.label(id)
        {
            return key;
        }
        match (id, &self.kind) {
            (FieldId::Title, FormKind::Line { .. }) => "field.new_title",
            (FieldId::StartDate, FormKind::Recruit(RecruitForm::Raise | RecruitForm::Edit(_))) => {
                "field.wanted_start"
            }
            (FieldId::StartDate, FormKind::Recruit(RecruitForm::FormalContract(_))) => {
                "field.contract_start"
            }
            (FieldId::Note, FormKind::Recruit(RecruitForm::AddCandidate(_))) => "field.cv_notes",
            (FieldId::Assign, FormKind::Recruit(RecruitForm::Assign(_))) => "field.runner",
            (FieldId::Comment, FormKind::Erase(_)) => "field.erase_ground_label",
            (FieldId::Comment, FormKind::Recruit(RecruitForm::CancelInterview(_))) => {
                "field.reason"
            }
            _ => id.label_key(),
        }
    }

    /// A field's label as shown: a criterion is named by its title.
    pub fn label(&self, cat: &Catalog, id: FieldId) -> String {
        if let FormKind::Review(r) = &self.kind
            && let Some(label) = r.label(cat, id)
        {
            return label;
        }
        cat.t(self.label_key(id)).to_string()
    }

    fn get(&self, id: FieldId) -> Option<&Value> {
        self.fields.iter().find(|f| f.id == id).map(|f| &f.value)
    }

    pub fn text_of(&self, id: FieldId) -> String {
        match self.get(id) {
            Some(Value::Text(e)) => e.text(),
            _ => String::new(),
        }
    }

    /// The ids of the ticked options of a flags field.
    pub fn flags_of(&self, id: FieldId) -> Vec<u32> {
        match self.get(id) {
            Some(Value::Flags { options, on, .. }) => options
                .iter()
                .zip(on)
                .filter(|(_, on)| **on)
                .map(|(o, _)| o.1)
                .collect(),
            _ => Vec::new(),
        }
    }

    pub fn choice_of(&self, id: FieldId) -> Option<u32> {
        match self.get(id) {
            Some(Value::Choice { options, selected }) => options.get(*selected).map(|(_, v)| *v),
            _ => None,
        }
    }

    /// Which fields the form shows now (a line's fields depend on its kind;
    /// a user's department only with a role that needs one).
    pub fn visible(&self, id: FieldId) -> bool {
        if let FormKind::People(_) = self.kind {
            return self.people_visible(id);
        }
        if let FormKind::Recruit(_) = self.kind {
            return self.recruit_visible(id);
        }
        if let FormKind::Offboard(_) = self.kind {
            return self.offboard_visible(id);
        }
        if let FormKind::Review(_) = self.kind {
            return self.review_visible(id);
        }
        if matches!(self.kind, FormKind::AddUser | FormKind::EditUser { .. }) && id == FieldId::Dept
        {
            return self
                .flags_of(FieldId::Roles)
                .iter()
                .any(|r| Role::ALL.get(*r as usize).is_some_and(|r| r.is_scoped()));
        }
        if !matches!(self.kind, FormKind::Line { .. }) {
            return true;
        }
        let kind = self.choice_of(FieldId::LineKind).unwrap_or(KIND_NEW);
        match id {
            FieldId::LineKind => true,
            FieldId::Dept | FieldId::Title => kind == KIND_NEW,
            FieldId::Position => kind != KIND_NEW,
            FieldId::Duties => kind == KIND_NEW || kind == KIND_DUTIES,
            FieldId::Headcount => kind == KIND_NEW || kind == KIND_HEADCOUNT,
            _ => true,
        }
    }

    /// Whether a field's problem is shown: once the user has typed in it, or
    /// after a save; an empty field is not scolded before anything was tried.
    pub fn shows_problem(&self, i: usize) -> bool {
        let typed = match self.fields.get(i).map(|f| &f.value) {
            Some(Value::Text(e)) => !e.is_empty(),
            Some(Value::Choice { options, selected }) => *selected < options.len(),
            _ => true,
        };
        self.checked || (i == self.focus && typed)
    }

    pub fn first_problem(&self) -> Option<(FieldId, DomainError)> {
        self.fields
            .iter()
            .filter(|f| self.visible(f.id))
            .find_map(|f| self.problem(f.id).map(|e| (f.id, e)))
    }

    pub fn move_focus(&mut self, forward: bool) {
        self.search.clear();
        let n = self.fields.len();
        for step in 1..=n {
            let i = if forward {
                (self.focus + step) % n
            } else {
                (self.focus + n - step) % n
            };
            if self.visible(self.fields[i].id) {
                self.focus = i;
                return;
            }
        }
    }

    pub fn focused(&mut self) -> Option<&mut Value> {
        self.fields.get_mut(self.focus).map(|f| &mut f.value)
    }

    /// Any edit makes the form a new command, and the last refusal and
    /// the armed discard no longer apply.
    fn touched(&mut self) {
        self.refused = None;
        self.request = RequestId::random();
        self.discard_armed = false;
    }

    pub fn type_char(&mut self, c: char) {
        if self.review_digit(c) {
            return;
        }
        self.touched();
        match self.focused() {
            Some(Value::Text(e)) => e.insert_char(c),
            Some(Value::Choice { .. }) => {
                self.search.push(c);
                self.find_choice();
            }
            Some(Value::Flags { on, cursor, .. }) if c == ' ' => {
                if let Some(f) = on.get_mut(*cursor) {
                    *f = !*f;
                }
            }
            Some(Value::Flags { .. }) | None => {}
        }
    }

    /// Pasted text goes into a text field whole; in a choice it is a search.
    pub fn paste(&mut self, text: &str) {
        self.touched();
        match self.focused() {
            Some(Value::Text(e)) => e.paste(text),
            Some(Value::Choice { .. }) => {
                self.search.push_str(text.lines().next().unwrap_or(""));
                self.find_choice();
            }
            Some(Value::Flags { .. }) | None => {}
        }
    }

    /// Editing keys: in a text field they edit it; in a choice, deleting
    /// shortens the search.
    pub fn edit(&mut self, op: EditOp) {
        let moves = matches!(
            op,
            EditOp::Left
                | EditOp::Right
                | EditOp::WordLeft
                | EditOp::WordRight
                | EditOp::Home
                | EditOp::End
        );
        if !moves {
            self.touched();
        }
        match self.focused() {
            Some(Value::Text(e)) => e.apply(op),
            Some(Value::Choice { .. }) => {
                if matches!(
                    op,
                    EditOp::Backspace | EditOp::DeleteWord | EditOp::KillToStart
                ) {
                    let mut probe = Editor::new(&self.search, false);
                    probe.apply(op);
                    self.search = probe.text();
                    self.find_choice();
                }
            }
            Some(Value::Flags { .. }) | None => {}
        }
    }

    /// Whether the focused field takes text (the editor's keys apply).
    pub fn focus_is_text(&self) -> bool {
        matches!(
            self.fields.get(self.focus).map(|f| &f.value),
            Some(Value::Text(_))
        )
    }

    /// Whether the focused field picks one of several (typing searches).
    pub fn focus_is_choice(&self) -> bool {
        matches!(
            self.fields.get(self.focus).map(|f| &f.value),
            Some(Value::Choice { .. })
        )
    }

    pub fn focus_is_flags(&self) -> bool {
        matches!(
            self.fields.get(self.focus).map(|f| &f.value),
            Some(Value::Flags { .. })
        )
    }

    /// ↑/↓: inside a text of several lines first, then to another field.
    pub fn up_down(&mut self, down: bool) {
        if let Some(Value::Text(e)) = self.focused()
            && e.line_up_down(down)
        {
            return;
        }
        self.move_focus(down);
    }

    /// Whether an action is worth showing in the footer now.
    pub fn offers(&self, action: Action) -> bool {
        let focused = self.fields.get(self.focus).map(|f| &f.value);
        match action {
            Action::Left | Action::Right => {
                matches!(focused, Some(Value::Choice { .. } | Value::Flags { .. }))
            }
            Action::NextField | Action::PrevField => self.fields.len() > 1,
            Action::Newline => matches!(focused, Some(Value::Text(e)) if e.multiline),
            Action::Save | Action::Cancel => true,
            // The editor's other keys are listed in help, not the footer.
            _ => action.edit_op().is_none(),
        }
    }

    /// Selects the first option the search finds (the same matcher as every
    /// list's filter).
    fn find_choice(&mut self) {
        let m = crate::find::Matcher::new(&self.search);
        if let Some(Value::Choice { options, selected }) = self.focused()
            && let Some(i) = options.iter().position(|(l, _)| m.matches(l))
        {
            *selected = i;
        }
        self.prefill_duties();
    }

    /// Whether field `i` is a choice with options of which none is chosen
    /// yet (a decision the user must make).
    pub fn unchosen(&self, i: usize) -> bool {
        matches!(
            self.fields.get(i).map(|f| &f.value),
            Some(Value::Choice { options, selected }) if !options.is_empty() && *selected >= options.len()
        )
    }

    /// Whether the search typed in the focused choice matches nothing.
    pub fn search_misses(&self) -> bool {
        let m = crate::find::Matcher::new(&self.search);
        match self.fields.get(self.focus).map(|f| &f.value) {
            Some(Value::Choice { options, .. }) if !self.search.trim().is_empty() => {
                !options.iter().any(|(l, _)| m.matches(l))
            }
            _ => false,
        }
    }

    /// ←/→: cursor in a text field, previous/next option in a choice.
    pub fn left_right(&mut self, right: bool) {
        self.search.clear();
        let kind_before = self.choice_of(FieldId::LineKind);
        match self.focused() {
            Some(Value::Text(e)) => e.apply(if right { EditOp::Right } else { EditOp::Left }),
            Some(Value::Flags {
                options, cursor, ..
            }) if !options.is_empty() => {
                let n = options.len();
                *cursor = if right {
                    (*cursor + 1) % n
                } else {
                    (*cursor + n - 1) % n
                };
            }
            Some(Value::Choice { options, selected }) if !options.is_empty() => {
                let n = options.len();
                *selected = if *selected >= n {
                    // Nothing chosen yet: → takes the first, ← the last.
                    if right { 0 } else { n - 1 }
                } else if right {
                    (*selected + 1) % n
                } else {
                    (*selected + n - 1) % n
                };
                self.touched();
                if self.choice_of(FieldId::LineKind) != kind_before {
                    self.kind_changed();
                }
                self.prefill_duties();
            }
            _ => {}
        }
    }

    /// Another kind of change: the fields it does not show are emptied, and
    /// duties the form filled in from a position go too, so nothing typed
    /// for one kind is saved with another.
    fn kind_changed(&mut self) {
        if let Some(pre) = self.prefilled.take()
            && self.text_of(FieldId::Duties) == pre
        {
            self.set_text(FieldId::Duties, "");
        }
        let hidden: Vec<FieldId> = self
            .fields
            .iter()
            .filter(|f| matches!(f.value, Value::Text(_)) && !self.visible(f.id))
            .map(|f| f.id)
            .collect();
        for id in hidden {
            self.set_text(id, "");
        }
    }

    fn set_text(&mut self, id: FieldId, text: &str) {
        if let Some(f) = self.fields.iter_mut().find(|f| f.id == id) {
            f.value = Value::Text(Box::new(Editor::new(text, multiline(id))));
        }
    }

    /// A change of duties starts from the position's current duties, unless
    /// the user has already written something of their own.
    fn prefill_duties(&mut self) {
        if self.choice_of(FieldId::LineKind) != Some(KIND_DUTIES) {
            return;
        }
        let untouched = {
            let now = self.text_of(FieldId::Duties);
            now.is_empty() || self.prefilled.as_deref() == Some(now.as_str())
        };
        let current = self
            .choice_of(FieldId::Position)
            .and_then(|pos| self.selected_position(pos))
            .map(|row| row.duties.clone());
        if let (true, Some(text)) = (untouched, current) {
            self.set_text(FieldId::Duties, &text);
            self.prefilled = Some(text);
        }
    }
}

#[cfg(test)]
mod tests;
