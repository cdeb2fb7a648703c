//! The forms of evaluation and training: scoring an evaluation (or one's
//! own self-assessment), signing one off, acknowledging it with a remark,
//! opening a cycle, and recording a training result. What each checks as
//! it is typed, and the command it becomes, are in `review_rules`.
//!
//! Scoring is made for the keyboard: each criterion is a choice of 1–5
//! with a comment under it, and a digit typed on a criterion chooses its
//! score and moves on to the next criterion, so five keystrokes score the
//! five criteria of the annual template; Tab steps into a comment.

use super::*;
use crate::domain::review::{Criterion, EvalTemplate, GradeBand, Score};
use chrono::NaiveDate;

#[derive(Clone, Debug, PartialEq)]
pub enum ReviewForm {
    /// `employee`: whom the department head (or HR) scores; `None`: the
    /// user's own self-assessment.
    Score {
        cycle: CycleId,
        employee: Option<EmployeeId>,
        criteria: Vec<Criterion>,
        grades: Vec<GradeBand>,
    },
    /// `seen`: the evaluation as the signer was shown it.
    Sign {
        id: EvalId,
        decision: Decision,
        seen: Seen,
    },
    /// The employee has read it; the comment is their remark.
    Acknowledge(EvalId),
    /// HR opens a cycle with one of the shipped templates.
    OpenCycle { templates: Vec<EvalTemplate> },
    RecordResult {
        session: SessionId,
        employee: EmployeeId,
    },
}

/// The self-assessment choice, as its options number it.
pub(super) const SELF_NO: u32 = 0;
pub(super) const SELF_YES: u32 = 1;
pub(super) const PASSED: u32 = 0;
pub(super) const FAILED: u32 = 1;

impl ReviewForm {
    /// What the status line says once it is saved (a catalog key).
    pub fn done_key(&self) -> &'static str {
        match self {
            ReviewForm::Score { employee: None, .. } => "rv.self_assessed",
            ReviewForm::Score { .. } => "rv.scored",
            ReviewForm::Sign { decision, .. } => match decision {
                Decision::Approve => "msg.approved",
                Decision::Reject => "msg.rejected",
                Decision::Return => "msg.returned",
            },
            ReviewForm::Acknowledge(_) => "rv.acknowledged",
            ReviewForm::OpenCycle { .. } => "rv.cycle_opened",
            ReviewForm::RecordResult { .. } => "rv.result_recorded",
        }
    }

    pub fn title(&self, cat: &Catalog) -> String {
        match self {
            ReviewForm::Score { employee: None, .. } => cat.t("rvf.self_assess").to_string(),
            ReviewForm::Score { .. } => cat.t("rvf.score").to_string(),
            ReviewForm::Sign { decision, .. } => {
                cat.t(&format!("form.sign_{}", decision.key())).to_string()
            }
            ReviewForm::Acknowledge(_) => cat.t("rvf.acknowledge").to_string(),
            ReviewForm::OpenCycle { .. } => cat.t("rvf.open_cycle").to_string(),
            ReviewForm::RecordResult { .. } => cat.t("rvf.record_result").to_string(),
        }
    }

    /// What Enter does, when it binds more than a save (the footer says it).
    pub fn save_key(&self) -> Option<&'static str> {
        match self {
            ReviewForm::Sign { .. } => Some("key.sign"),
            ReviewForm::Acknowledge(_) => Some("key.acknowledge_evaluation"),
            ReviewForm::OpenCycle { .. } => Some("key.new_cycle"),
            _ => None,
        }
    }

    /// Whether this is a signature (drawn as the other sign-off forms are).
    pub fn signs(&self) -> bool {
        matches!(self, ReviewForm::Sign { .. })
    }

    /// A field's label where this form names it apart from the others:
    /// each criterion by its title and weight in the user's language.
    pub fn label(&self, cat: &Catalog, id: FieldId) -> Option<String> {
        let key = match (self, id) {
            (ReviewForm::Score { criteria, .. }, FieldId::Criterion(i)) => {
                let c = criteria.get(usize::from(i))?;
                return Some(format!("{} {}%", c.title(cat.lang.code()), c.weight));
            }
            (ReviewForm::Score { .. }, FieldId::CriterionNote(_)) => "rvf.comment",
            (ReviewForm::Acknowledge(_), FieldId::Comment) => "rvf.remark",
            (ReviewForm::OpenCycle { .. }, FieldId::Title) => "rvf.cycle_name",
            (ReviewForm::OpenCycle { .. }, FieldId::StartDate) => "rvf.from",
            (ReviewForm::OpenCycle { .. }, FieldId::Until) => "rvf.to",
            (ReviewForm::RecordResult { .. }, FieldId::Score) => "rvf.points",
            (ReviewForm::RecordResult { .. }, FieldId::Comment) => "field.note",
            _ => return None,
        };
        Some(cat.t(key).to_string())
    }

    /// A line under the subject, before the fields.
    pub fn note(&self, cat: &Catalog) -> Option<String> {
        Some(match self {
            ReviewForm::Score { .. } => cat.t("rvf.score_note").to_string(),
            ReviewForm::Acknowledge(_) => cat.t("rvf.acknowledge_note").to_string(),
            _ => return None,
        })
    }
}

/// A choice that records a decision starts on none of its options: Enter
/// alone must not score anyone or pass them.
fn unchosen(id: FieldId, options: Vec<(String, u32)>) -> Field {
    let selected = options.len();
    Field {
        id,
        value: Value::Choice { options, selected },
    }
}

/// The scale, 1 to 5, each with its word.
fn scale(cat: &Catalog) -> Vec<(String, u32)> {
    (1..=5)
        .map(|n| (cat.t(&format!("rvf.scale_{n}")).to_string(), n))
        .collect()
}

impl Form {
    /// Every criterion's score (the one given before, when scored again)
    /// and a comment under each.
    pub fn score_evaluation(
        cat: &Catalog,
        cycle: CycleId,
        employee: Option<EmployeeId>,
        criteria: &[Criterion],
        grades: &[GradeBand],
        given: &[Score],
        subject: String,
    ) -> Form {
        let mut fields = Vec::new();
        for (i, c) in criteria.iter().enumerate() {
            let i = u8::try_from(i).unwrap_or(u8::MAX);
            let before = given.iter().find(|s| s.key == c.key);
            let mut score = unchosen(FieldId::Criterion(i), scale(cat));
            if let (Some(s), Value::Choice { selected, .. }) = (before, &mut score.value) {
                *selected = usize::from(s.score.clamp(1, 5) - 1);
            }
            fields.push(score);
            fields.push(text(
                FieldId::CriterionNote(i),
                before.map_or("", |s| s.comment.as_str()),
            ));
        }
        let kind = ReviewForm::Score {
            cycle,
            employee,
            criteria: criteria.to_vec(),
            grades: grades.to_vec(),
        };
        Form::new(FormKind::Review(kind), fields, subject)
    }

    pub fn sign_evaluation(id: EvalId, decision: Decision, seen: Seen, subject: String) -> Form {
        Form::new(
            FormKind::Review(ReviewForm::Sign { id, decision, seen }),
            vec![text(FieldId::Comment, "")],
            subject,
        )
    }

    pub fn acknowledge_evaluation(id: EvalId, subject: String) -> Form {
        Form::new(
            FormKind::Review(ReviewForm::Acknowledge(id)),
            vec![text(FieldId::Comment, "")],
            subject,
        )
    }

    /// A name, the period (this calendar year unless changed), a template
    /// of those shipped, and whether each employee assesses themselves
    /// first.
    pub fn open_cycle(cat: &Catalog, templates: Vec<EvalTemplate>, today: NaiveDate) -> Form {
        use chrono::Datelike;
        let year = today.year();
        let from = NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(today);
        let to = NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or(today);
        let options: Vec<(String, u32)> = templates
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let criteria: Vec<String> = t
                    .criteria
                    .iter()
                    .map(|c| format!("{} {}%", c.title(cat.lang.code()), c.weight))
                    .collect();
                (format!("{}: {}", t.name, criteria.join(", ")), i as u32)
            })
            .collect();
        let fields = vec![
            text(FieldId::Title, ""),
            text(FieldId::StartDate, &from.to_string()),
            text(FieldId::Until, &to.to_string()),
            Field {
                id: FieldId::Template,
                value: Value::Choice {
                    options,
                    selected: 0,
                },
            },
            Field {
                id: FieldId::SelfAssessment,
                value: Value::Choice {
                    options: vec![
                        (cat.t("rvf.self_no").to_string(), SELF_NO),
                        (cat.t("rvf.self_yes").to_string(), SELF_YES),
                    ],
                    selected: 0,
                },
            },
        ];
        Form::new(
            FormKind::Review(ReviewForm::OpenCycle { templates }),
            fields,
            String::new(),
        )
    }

    /// Passed or not (chosen, never assumed), the score of a scored course,
    /// the certificate of a pass, a note.
    pub fn record_result(
        cat: &Catalog,
        session: SessionId,
        employee: EmployeeId,
        subject: String,
    ) -> Form {
        let fields = vec![
            unchosen(
                FieldId::Passed,
                vec![
                    (cat.t("rv.passed").to_string(), PASSED),
                    (cat.t("rv.failed").to_string(), FAILED),
                ],
            ),
            text(FieldId::Score, ""),
            text(FieldId::Certificate, ""),
            text(FieldId::Comment, ""),
        ];
        Form::new(
            FormKind::Review(ReviewForm::RecordResult { session, employee }),
            fields,
            subject,
        )
    }

    /// A digit typed on a criterion of a scoring form scores it and moves
    /// on to the next criterion (the comments are a Tab away). True when
    /// the key was taken so.
    pub(super) fn review_digit(&mut self, c: char) -> bool {
        if !matches!(self.kind, FormKind::Review(ReviewForm::Score { .. })) {
            return false;
        }
        // A Chinese input method types full-width digits.
        let narrow = text::ascii_digits(c.encode_utf8(&mut [0; 4])).into_owned();
        let Some(n) = narrow
            .chars()
            .next()
            .and_then(|c| c.to_digit(10))
            .filter(|n| (1..=5).contains(n))
        else {
            return false;
        };
        let Some(Field {
            id: FieldId::Criterion(_),
            value: Value::Choice { selected, .. },
        }) = self.fields.get_mut(self.focus)
        else {
            return false;
        };
        *selected = n as usize - 1;
        self.touched();
        self.search.clear();
        let next = self.fields[self.focus + 1..]
            .iter()
            .position(|f| matches!(f.id, FieldId::Criterion(_)));
        if let Some(step) = next {
            self.focus += step + 1;
        }
        true
    }
}
