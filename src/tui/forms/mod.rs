//! Forms: fields that validate as the user types, using the domain's own
//! checks, and that turn into one command when saved. Drawing is in `draw`.

pub mod draw;

use super::keymap::Action;
use super::widgets::editor::{EditOp, Editor};
use crate::domain::commands::{MAX_TEXT, MAX_TITLE, parse_headcount};
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
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldId {
    Title,
    Note,
    LineKind,
    Dept,
    Position,
    Duties,
    Headcount,
    Comment,
    Signer,
    Decision,
    PaperRef,
}

impl FieldId {
    pub fn label_key(self) -> &'static str {
        match self {
            FieldId::Title => "field.title",
            FieldId::Note => "field.note",
            FieldId::LineKind => "field.line_kind",
            FieldId::Dept => "field.department",
            FieldId::Position => "field.position",
            FieldId::Duties => "field.duties",
            FieldId::Headcount => "field.headcount",
            FieldId::Comment => "field.comment",
            FieldId::Signer => "field.signer",
            FieldId::Decision => "field.decision",
            FieldId::PaperRef => "field.paper_ref_label",
        }
    }
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
        plan: PlanId,
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
        plan: PlanId,
    },
    /// `seen` is the plan as the signer was shown it: the signature is
    /// refused if it changed since.
    Sign {
        plan: PlanId,
        decision: Decision,
        for_whom: Option<String>,
        seen: Seen,
    },
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
}

pub const KIND_NEW: u32 = 0;
pub const KIND_HEADCOUNT: u32 = 1;
pub const KIND_DUTIES: u32 = 2;
pub const KIND_CLOSE: u32 = 3;

/// Free text takes several lines; titles, numbers and references one.
fn multiline(id: FieldId) -> bool {
    matches!(id, FieldId::Note | FieldId::Duties | FieldId::Comment)
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
        }
    }

    pub fn plan(kind: FormKind, title: &str, note: &str) -> Form {
        let fields = vec![text(FieldId::Title, title), text(FieldId::Note, note)];
        Form::new(kind, fields, String::new())
    }

    pub fn discard_paper(plan: PlanId, subject: String) -> Form {
        Form::new(
            FormKind::DiscardPaper { plan },
            vec![text(FieldId::Comment, "")],
            subject,
        )
    }

    pub fn submit(plan: PlanId, subject: String) -> Form {
        Form::new(
            FormKind::Submit { plan },
            vec![text(FieldId::Comment, "")],
            subject,
        )
    }

    pub fn sign(
        plan: PlanId,
        decision: Decision,
        for_whom: Option<String>,
        seen: Seen,
        subject: String,
    ) -> Form {
        Form::new(
            FormKind::Sign {
                plan,
                decision,
                for_whom,
                seen,
            },
            vec![text(FieldId::Comment, "")],
            subject,
        )
    }

    /// `users` are (login, display name) of everyone who might have signed.
    pub fn paper(
        cat: &Catalog,
        plan: PlanId,
        seen: Seen,
        users: &[(String, String)],
        subject: String,
    ) -> Form {
        let signers: Vec<String> = users.iter().map(|(l, _)| l.clone()).collect();
        let options = users
            .iter()
            .enumerate()
            .map(|(i, (l, n))| (format!("{n} ({l})"), i as u32))
            .collect();
        let decisions = [Decision::Approve, Decision::Reject, Decision::Return]
            .iter()
            .enumerate()
            .map(|(i, d)| {
                (
                    cat.t(&format!("decision.{}", d.key())).to_string(),
                    i as u32,
                )
            })
            .collect();
        Form::new(
            FormKind::Paper {
                plan,
                signers,
                seen,
            },
            vec![
                Field {
                    id: FieldId::Signer,
                    value: Value::Choice {
                        options,
                        selected: 0,
                    },
                },
                Field {
                    id: FieldId::Decision,
                    value: Value::Choice {
                        options: decisions,
                        selected: 0,
                    },
                },
                text(FieldId::PaperRef, ""),
                text(FieldId::Comment, ""),
            ],
            subject,
        )
    }

    fn paper_decision(&self) -> Decision {
        match self.choice_of(FieldId::Decision) {
            Some(1) => Decision::Reject,
            Some(2) => Decision::Return,
            _ => Decision::Approve,
        }
    }

    /// A line form, prefilled from `existing` when editing a line.
    pub fn line(
        cat: &Catalog,
        plan: PlanId,
        no: Option<LineNo>,
        existing: Option<&PlanLine>,
        depts: &[DeptRow],
        positions: &[PositionRow],
        hint: Option<&PositionRow>,
    ) -> Form {
        // A new change starts at what the user last looked at in the organisation.
        let (dept_hint, pos_hint) = hint.map_or((0, 0), |p| (p.dept.0, p.id.0));
        let kinds = vec![
            (cat.t("line.kind_new").to_string(), KIND_NEW),
            (cat.t("line.kind_headcount").to_string(), KIND_HEADCOUNT),
            (cat.t("line.kind_duties").to_string(), KIND_DUTIES),
            (cat.t("line.kind_close").to_string(), KIND_CLOSE),
        ];
        let dept_opts: Vec<(String, u32)> =
            depts.iter().map(|d| (d.name.clone(), d.id.0)).collect();
        let pos_opts: Vec<(String, u32)> = positions
            .iter()
            .filter(|p| !p.closed)
            .map(|p| {
                let counts = cat.f(
                    "line.position_counts",
                    &[
                        ("approved", p.approved.to_string()),
                        ("filled", p.filled.to_string()),
                    ],
                );
                (
                    format!("{} {} · {counts} · {}", p.id, p.title, p.dept_name),
                    p.id.0,
                )
            })
            .collect();
        let (kind, dept, pos, title, duties, headcount) = match existing {
            Some(PlanLine::NewPosition {
                dept,
                title,
                duties,
                headcount,
            }) => (
                KIND_NEW,
                dept.0,
                0,
                title.clone(),
                duties.clone(),
                headcount.to_string(),
            ),
            Some(PlanLine::SetHeadcount {
                position,
                headcount,
            }) => (
                KIND_HEADCOUNT,
                0,
                position.0,
                String::new(),
                String::new(),
                headcount.to_string(),
            ),
            Some(PlanLine::ChangeDuties { position, duties }) => (
                KIND_DUTIES,
                0,
                position.0,
                String::new(),
                duties.clone(),
                String::new(),
            ),
            Some(PlanLine::ClosePosition { position }) => (
                KIND_CLOSE,
                0,
                position.0,
                String::new(),
                String::new(),
                String::new(),
            ),
            None => (
                KIND_NEW,
                dept_hint,
                pos_hint,
                String::new(),
                String::new(),
                String::new(),
            ),
        };
        let choice = |id, options: Vec<(String, u32)>, want: u32| {
            let selected = options.iter().position(|(_, v)| *v == want).unwrap_or(0);
            Field {
                id,
                value: Value::Choice { options, selected },
            }
        };
        let fields = vec![
            choice(FieldId::LineKind, kinds, kind),
            choice(FieldId::Dept, dept_opts, dept),
            choice(FieldId::Position, pos_opts, pos),
            text(FieldId::Title, &title),
            text(FieldId::Duties, &duties),
            text(FieldId::Headcount, &headcount),
        ];
        let mut form = Form::new(FormKind::Line { plan, no }, fields, String::new());
        form.positions = positions.to_vec();
        form.prefill_duties();
        form.pristine = form.fields.clone();
        form
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
        match (id, &self.kind) {
            (FieldId::Title, FormKind::Line { .. }) => "field.new_title",
            _ => id.label_key(),
        }
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

    pub fn choice_of(&self, id: FieldId) -> Option<u32> {
        match self.get(id) {
            Some(Value::Choice { options, selected }) => options.get(*selected).map(|(_, v)| *v),
            _ => None,
        }
    }

    /// Which fields the form shows now (a line's fields depend on its kind).
    pub fn visible(&self, id: FieldId) -> bool {
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

    /// The problem with one field as it stands, if any.
    pub fn problem(&self, id: FieldId) -> Option<DomainError> {
        let text = self.text_of(id);
        let t = text.as_str();
        let res = match (id, &self.kind) {
            (FieldId::Title, FormKind::Line { .. }) => {
                text::line("field.position_title", t, MAX_TITLE, false).map(|_| ())
            }
            (FieldId::Title, _) => text::line("field.plan_title", t, MAX_TITLE, false).map(|_| ()),
            (FieldId::Note, _) => text::block("field.note", t, MAX_TEXT, true).map(|_| ()),
            (FieldId::Duties, _) => {
                let may_be_empty = self.choice_of(FieldId::LineKind) == Some(KIND_NEW);
                text::block("field.duties", t, MAX_TEXT, may_be_empty).map(|_| ())
            }
            (FieldId::Headcount, _) => parse_headcount(t).and_then(|n| self.check_seats(n)),
            (FieldId::PaperRef, _) => {
                text::line("field.paper_ref", t, MAX_TITLE, false).map(|_| ())
            }
            (FieldId::Comment, FormKind::Paper { .. }) => {
                if self.paper_decision().needs_comment() && t.trim().is_empty() {
                    Err(DomainError::CommentRequired)
                } else {
                    text::block("field.comment", t, MAX_TEXT, true).map(|_| ())
                }
            }
            (FieldId::Signer, _) if self.choice_of(id).is_none() => Err(DomainError::EmptyField {
                field: id.label_key().into(),
            }),
            (FieldId::Comment, FormKind::DiscardPaper { .. }) if t.trim().is_empty() => {
                Err(DomainError::CommentRequired)
            }
            (FieldId::Comment, FormKind::Sign { decision, .. }) => {
                if decision.needs_comment() && t.trim().is_empty() {
                    Err(DomainError::CommentRequired)
                } else {
                    text::block("field.comment", t, MAX_TEXT, true).map(|_| ())
                }
            }
            (FieldId::Dept | FieldId::Position, _) if self.choice_of(id).is_none() => {
                Err(DomainError::EmptyField {
                    field: id.label_key().into(),
                })
            }
            _ => Ok(()),
        };
        res.err()
    }

    fn selected_position(&self, id: u32) -> Option<&PositionRow> {
        self.positions.iter().find(|p| p.id.0 == id)
    }

    /// A new headcount for an existing position: not below the seats taken,
    /// and not what it already is. The service checks the same on save.
    fn check_seats(&self, n: u32) -> Result<(), DomainError> {
        if self.choice_of(FieldId::LineKind) != Some(KIND_HEADCOUNT) {
            return Ok(());
        }
        let Some(pos) = self.choice_of(FieldId::Position) else {
            return Ok(());
        };
        let Some(row) = self.selected_position(pos) else {
            return Ok(());
        };
        let position = row.id.to_string();
        let occupied = row.filled + row.reserved;
        if n < occupied {
            return Err(DomainError::HeadcountBelowOccupied {
                position,
                title: row.title.clone(),
                requested: n,
                occupied,
                short: occupied - n,
            });
        }
        if n == row.approved {
            return Err(DomainError::NoChange { position });
        }
        Ok(())
    }

    /// Whether a field's problem is shown: once the user has typed in it, or
    /// after a save; an empty field is not scolded before anything was tried.
    pub fn shows_problem(&self, i: usize) -> bool {
        let typed = match self.fields.get(i).map(|f| &f.value) {
            Some(Value::Text(e)) => !e.is_empty(),
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
        self.touched();
        match self.focused() {
            Some(Value::Text(e)) => e.insert_char(c),
            Some(Value::Choice { .. }) => {
                self.search.push(c);
                self.find_choice();
            }
            None => {}
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
            None => {}
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
            None => {}
        }
    }

    /// Whether the focused field takes text (the editor's keys apply).
    pub fn focus_is_text(&self) -> bool {
        matches!(
            self.fields.get(self.focus).map(|f| &f.value),
            Some(Value::Text(_))
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
            Action::Left | Action::Right => matches!(focused, Some(Value::Choice { .. })),
            Action::NextField | Action::PrevField => self.fields.len() > 1,
            Action::Newline => matches!(focused, Some(Value::Text(e)) if e.multiline),
            Action::Save | Action::Cancel => true,
            // The editor's other keys are listed in help, not the footer.
            _ => action.edit_op().is_none(),
        }
    }

    /// Selects the first option whose label contains the search, ignoring case.
    fn find_choice(&mut self) {
        let needle = self.search.to_lowercase();
        if let Some(Value::Choice { options, selected }) = self.focused()
            && let Some(i) = options
                .iter()
                .position(|(l, _)| l.to_lowercase().contains(&needle))
        {
            *selected = i;
        }
        self.prefill_duties();
    }

    /// Whether the search typed in the focused choice matches nothing.
    pub fn search_misses(&self) -> bool {
        let needle = self.search.to_lowercase();
        match self.fields.get(self.focus).map(|f| &f.value) {
            Some(Value::Choice { options, .. }) if !needle.is_empty() => !options
                .iter()
                .any(|(l, _)| l.to_lowercase().contains(&needle)),
            _ => false,
        }
    }

    /// ←/→: cursor in a text field, previous/next option in a choice.
    pub fn left_right(&mut self, right: bool) {
        self.search.clear();
        let kind_before = self.choice_of(FieldId::LineKind);
        match self.focused() {
            Some(Value::Text(e)) => e.apply(if right { EditOp::Right } else { EditOp::Left }),
            Some(Value::Choice { options, selected }) if !options.is_empty() => {
                let n = options.len();
                *selected = if right {
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

    /// The command this form saves as; `Err` names the first invalid field.
    pub fn command(&self) -> Result<(Command, String), DomainError> {
        if let Some((_, e)) = self.first_problem() {
            return Err(e);
        }
        let t = |id| self.text_of(id);
        Ok(match &self.kind {
            FormKind::NewPlan => (
                Command::DraftPlan {
                    title: t(FieldId::Title),
                    note: t(FieldId::Note),
                },
                String::new(),
            ),
            FormKind::EditPlan(id) => (
                Command::EditPlan {
                    id: *id,
                    title: t(FieldId::Title),
                    note: t(FieldId::Note),
                },
                String::new(),
            ),
            FormKind::Paper {
                plan,
                signers,
                seen,
            } => {
                let signer = self
                    .choice_of(FieldId::Signer)
                    .and_then(|i| signers.get(i as usize))
                    .cloned()
                    .unwrap_or_default();
                (
                    Command::RecordPaperSignoff {
                        id: *plan,
                        signer,
                        decision: self.paper_decision(),
                        paper_ref: t(FieldId::PaperRef),
                        seen: seen.clone(),
                    },
                    t(FieldId::Comment),
                )
            }
            FormKind::Submit { plan } => (Command::SubmitPlan { id: *plan }, t(FieldId::Comment)),
            FormKind::DiscardPaper { plan } => (
                Command::DiscardPaperSignoff { id: *plan },
                t(FieldId::Comment),
            ),
            FormKind::Sign {
                plan,
                decision,
                seen,
                ..
            } => (
                Command::SignPlan {
                    id: *plan,
                    decision: *decision,
                    seen: seen.clone(),
                },
                t(FieldId::Comment),
            ),
            FormKind::Line { plan, no } => {
                let pos = PositionId(self.choice_of(FieldId::Position).unwrap_or(0));
                let line = match self.choice_of(FieldId::LineKind).unwrap_or(KIND_NEW) {
                    KIND_NEW => PlanLine::NewPosition {
                        dept: DeptId(self.choice_of(FieldId::Dept).unwrap_or(0)),
                        title: t(FieldId::Title),
                        duties: t(FieldId::Duties),
                        headcount: parse_headcount(&self.text_of(FieldId::Headcount))?,
                    },
                    KIND_HEADCOUNT => PlanLine::SetHeadcount {
                        position: pos,
                        headcount: parse_headcount(&self.text_of(FieldId::Headcount))?,
                    },
                    KIND_DUTIES => PlanLine::ChangeDuties {
                        position: pos,
                        duties: t(FieldId::Duties),
                    },
                    _ => PlanLine::ClosePosition { position: pos },
                };
                let cmd = match no {
                    Some(no) => Command::ReplacePlanLine {
                        id: *plan,
                        no: *no,
                        line,
                    },
                    None => Command::AddPlanLine { id: *plan, line },
                };
                (cmd, String::new())
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seen() -> Seen {
        Seen {
            round: 1,
            digest: "0".repeat(64),
        }
    }

    #[test]
    fn saving_an_unchanged_form_again_sends_the_same_request() {
        let mut f = Form::plan(FormKind::NewPlan, "2027", "");
        let first = f.request;
        assert!(f.command().is_ok());
        assert_eq!(f.request, first, "a retry is the same command");
        f.type_char('!');
        assert_ne!(f.request, first, "an edited form is a new command");
        let edited = f.request;
        f.move_focus(true);
        assert_eq!(f.request, edited, "moving between fields changes nothing");
    }

    #[test]
    fn headcount_validates_as_typed() {
        let cat = Catalog::english();
        let mut f = Form::line(&cat, PlanId(1), None, None, &[], &[], None);
        f.focus = 5;
        f.type_char('-');
        f.type_char('2');
        assert!(matches!(
            f.problem(FieldId::Headcount),
            Some(DomainError::BadHeadcount { .. })
        ));
        f.edit(EditOp::Backspace);
        f.edit(EditOp::Backspace);
        f.type_char('3');
        assert_eq!(f.problem(FieldId::Headcount), None);
    }

    #[test]
    fn reject_needs_a_comment_approve_does_not() {
        let r = Form::sign(PlanId(1), Decision::Reject, None, seen(), String::new());
        assert_eq!(r.command().unwrap_err(), DomainError::CommentRequired);
        let a = Form::sign(PlanId(1), Decision::Approve, None, seen(), String::new());
        assert!(matches!(a.command(), Ok((Command::SignPlan { .. }, _))));
    }

    #[test]
    fn a_change_of_duties_starts_from_the_current_text_until_edited() {
        let cat = Catalog::english();
        let row = |id: u32, duties: &str| PositionRow {
            id: PositionId(id),
            dept: DeptId(1),
            dept_name: "D".into(),
            title: format!("P{id}"),
            duties: duties.into(),
            approved: 2,
            filled: 1,
            reserved: 0,
            free: 1,
            closed: false,
        };
        let positions = [row(1, "Old one."), row(2, "Old two.")];
        let mut f = Form::line(&cat, PlanId(1), None, None, &[], &positions, None);
        f.left_right(true);
        f.left_right(true);
        assert_eq!(f.choice_of(FieldId::LineKind), Some(KIND_DUTIES));
        assert_eq!(f.text_of(FieldId::Duties), "Old one.");
        f.move_focus(true);
        f.left_right(true);
        assert_eq!(
            f.text_of(FieldId::Duties),
            "Old two.",
            "follows the position"
        );
        f.move_focus(true);
        f.type_char('!');
        f.move_focus(false);
        f.left_right(true);
        assert_eq!(
            f.text_of(FieldId::Duties),
            "Old two.!",
            "an edit is never replaced"
        );
    }

    #[test]
    fn typing_in_a_choice_finds_the_option() {
        let cat = Catalog::english();
        let row = |id: u32, title: &str| PositionRow {
            id: PositionId(id),
            dept: DeptId(1),
            dept_name: "土建部 Civil Works".into(),
            title: title.into(),
            duties: "x".into(),
            approved: 5,
            filled: 4,
            reserved: 0,
            free: 1,
            closed: false,
        };
        let positions = [
            row(12, "土建工程師 Civil Engineer"),
            row(13, "施工員 Site Supervisor"),
        ];
        let mut f = Form::line(&cat, PlanId(1), None, None, &[], &positions, None);
        f.left_right(true);
        f.move_focus(true);
        assert_eq!(f.fields[f.focus].id, FieldId::Position);
        for c in "SUPER".chars() {
            f.type_char(c);
        }
        assert_eq!(f.choice_of(FieldId::Position), Some(13));
        f.type_char('z');
        assert!(f.search_misses());
        assert_eq!(
            f.choice_of(FieldId::Position),
            Some(13),
            "a miss keeps the choice"
        );
        f.edit(EditOp::Backspace);
        assert!(!f.search_misses());
        f.move_focus(true);
        assert!(f.search.is_empty(), "leaving the field ends the search");
        for c in "施工".chars() {
            f.type_char(c);
        }
        assert_eq!(
            f.text_of(FieldId::Headcount),
            "施工",
            "text fields take text"
        );
    }

    #[test]
    fn esc_closes_an_untouched_form_at_once_and_a_changed_one_on_the_second_press() {
        let mut f = Form::plan(FormKind::EditPlan(PlanId(1)), "Title", "");
        assert!(f.cancel(), "nothing changed");
        f.type_char('!');
        assert!(!f.cancel(), "the first Esc only warns");
        assert!(f.discard_armed);
        f.type_char('?');
        assert!(!f.discard_armed, "typing again keeps the form");
        assert!(!f.cancel());
        assert!(f.cancel(), "the second Esc discards");
    }

    #[test]
    fn line_kind_decides_visible_fields_and_focus_skips_hidden_ones() {
        let cat = Catalog::english();
        let mut f = Form::line(&cat, PlanId(1), None, None, &[], &[], None);
        assert!(f.visible(FieldId::Title) && !f.visible(FieldId::Position));
        f.left_right(true);
        assert_eq!(f.choice_of(FieldId::LineKind), Some(KIND_HEADCOUNT));
        assert!(!f.visible(FieldId::Title) && f.visible(FieldId::Position));
        f.move_focus(true);
        assert_eq!(f.fields[f.focus].id, FieldId::Position);
        f.move_focus(true);
        assert_eq!(f.fields[f.focus].id, FieldId::Headcount);
    }
}
