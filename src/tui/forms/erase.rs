//! Erasing what is kept about a person beside the log: an employee's
//! personal data, a candidate's contact and CV notes. One form for both:
//! whom it is about and that it cannot be undone, then the ground for
//! erasing (the person's request, the law), which must be given. It becomes
//! one command; the domain refuses it again without a ground.

use super::*;
use crate::domain::recruit::Recruit;

/// Whose data a form erases.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EraseForm {
    /// An employee's personal data.
    Personal(EmployeeId),
    /// A candidate's contact and CV notes.
    Candidate(CandidateId),
}

impl EraseForm {
    pub fn title_key(self) -> &'static str {
        match self {
            EraseForm::Personal(_) => "form.erase_personal",
            EraseForm::Candidate(_) => "form.erase_candidate",
        }
    }

    /// The question above the ground: whom, and that it cannot be undone.
    fn question_key(self) -> &'static str {
        match self {
            EraseForm::Personal(_) => "people.erase_question",
            EraseForm::Candidate(_) => "cand.erase_question",
        }
    }

    /// What the status line says once it is saved (a catalog key).
    pub fn done_key(self) -> &'static str {
        match self {
            EraseForm::Personal(_) => "msg.personal_erased",
            EraseForm::Candidate(_) => "msg.candidate_erased",
        }
    }

    /// The arguments of the status line's words.
    pub fn done_args(self) -> Vec<(&'static str, String)> {
        match self {
            EraseForm::Personal(_) => Vec::new(),
            EraseForm::Candidate(id) => vec![("id", id.to_string())],
        }
    }

    pub fn command(self) -> Command {
        match self {
            EraseForm::Personal(id) => Command::ErasePersonalData { id },
            EraseForm::Candidate(candidate) => {
                Command::Recruit(Recruit::EraseCandidate { candidate })
            }
        }
    }
}

impl Form {
    /// `subject`: whom it is about, as the screen it opens from names them.
    pub fn erase(cat: &Catalog, what: EraseForm, subject: &str) -> Form {
        Form::new(
            FormKind::Erase(what),
            vec![text(FieldId::Comment, "")],
            cat.f(what.question_key(), &[("who", subject.to_string())]),
        )
    }

    /// The ground is the comment, and it must be given: said here in the
    /// form's own words (the domain's refusal speaks of a reason).
    pub(super) fn erase_problem(&self, id: FieldId) -> Result<(), DomainError> {
        match id {
            FieldId::Comment => {
                text::block("field.erase_ground", &self.text_of(id), MAX_TEXT, false).map(|_| ())
            }
            _ => Ok(()),
        }
    }
}
