//! What the evaluation and training forms check as the user types (the
//! domain's own rules and words), the weighted result and grade shown
//! while scoring, and the command each form becomes.

use super::review::{FAILED, PASSED, ReviewForm, SELF_YES};
use super::*;
use crate::domain::review::{Review, Score, template};
use crate::domain::time::parse_day;

/// A comment on one score, as the domain bounds it.
const MAX_SCORE_COMMENT: usize = 500;
/// A certificate number's length, as the domain bounds it.
const MAX_CERTIFICATE: usize = 40;
/// A cycle's longest period, as the domain bounds it.
const MAX_CYCLE_DAYS: i64 = 3 * 366;

fn empty(field: &str) -> DomainError {
    DomainError::EmptyField {
        field: field.into(),
    }
}

impl Form {
    pub(super) fn review_visible(&self, id: FieldId) -> bool {
        match id {
            // A certificate goes with a pass only.
            FieldId::Certificate => self.choice_of(FieldId::Passed) != Some(FAILED),
            _ => true,
        }
    }

    /// Whether the comment must say why: returning or rejecting.
    pub fn review_comment_required(&self) -> bool {
        matches!(
            &self.kind,
            FormKind::Review(ReviewForm::Sign { decision, .. }) if decision.needs_comment()
        )
    }

    /// The scores chosen so far, in the template's order.
    fn chosen(&self, form: &ReviewForm) -> Vec<Option<u8>> {
        let ReviewForm::Score { criteria, .. } = form else {
            return Vec::new();
        };
        (0..criteria.len())
            .map(|i| {
                let i = u8::try_from(i).unwrap_or(u8::MAX);
                self.choice_of(FieldId::Criterion(i))
                    .and_then(|n| u8::try_from(n).ok())
            })
            .collect()
    }

    /// While scoring: "3 of 5 scored", then the weighted result and grade.
    pub fn review_summary(&self, cat: &Catalog) -> Option<String> {
        let FormKind::Review(
            form @ ReviewForm::Score {
                criteria, grades, ..
            },
        ) = &self.kind
        else {
            return None;
        };
        let chosen = self.chosen(form);
        let done = chosen.iter().flatten().count();
        if done < criteria.len() {
            return Some(cat.f(
                "rvf.scored_so_far",
                &[
                    ("done", done.to_string()),
                    ("total", criteria.len().to_string()),
                ],
            ));
        }
        let t = crate::domain::review::EvalTemplate {
            name: String::new(),
            criteria: criteria.clone(),
            grades: grades.clone(),
        };
        let scores: Vec<Score> = criteria
            .iter()
            .zip(&chosen)
            .map(|(c, s)| Score {
                key: c.key.clone(),
                score: s.unwrap_or(0),
                comment: String::new(),
            })
            .collect();
        let result = t.result(&scores);
        Some(cat.f(
            "rvf.weighted",
            &[
                ("result", format!("{}.{:02}", result / 100, result % 100)),
                ("grade", t.grade(result)),
            ],
        ))
    }

    pub(super) fn review_problem(&self, form: &ReviewForm, id: FieldId) -> Result<(), DomainError> {
        let t = self.text_of(id);
        let t = t.as_str();
        match id {
            FieldId::Criterion(_) | FieldId::Template | FieldId::Passed
                if self.choice_of(id).is_none() =>
            {
                Err(empty("rvf.score"))
            }
            FieldId::CriterionNote(_) => {
                text::block("field.score_comment", t, MAX_SCORE_COMMENT, true).map(|_| ())
            }
            FieldId::Comment => match form {
                ReviewForm::Sign { decision, .. }
                    if decision.needs_comment() && t.trim().is_empty() =>
                {
                    Err(DomainError::CommentRequired)
                }
                _ => text::block("field.comment", t, MAX_TEXT, true).map(|_| ()),
            },
            FieldId::Title => text::line("field.cycle_name", t, MAX_TITLE, false).map(|_| ()),
            FieldId::StartDate if t.trim().is_empty() => Err(empty("rvf.from")),
            FieldId::StartDate => parse_day(t).map(|_| ()),
            FieldId::Until if t.trim().is_empty() => Err(empty("rvf.to")),
            FieldId::Until => {
                let to = parse_day(t)?;
                let Ok(from) = parse_day(&self.text_of(FieldId::StartDate)) else {
                    return Ok(());
                };
                if to < from {
                    return Err(DomainError::EndBeforeStart {
                        end: to.to_string(),
                        start: from.to_string(),
                    });
                }
                if (to - from).num_days() > MAX_CYCLE_DAYS {
                    return Err(DomainError::CycleTooLong {
                        from: from.to_string(),
                        to: to.to_string(),
                    });
                }
                Ok(())
            }
            FieldId::Score => training_score(t).map(|_| ()),
            FieldId::Certificate if self.review_visible(id) => {
                text::line("field.certificate", t, MAX_CERTIFICATE, true).map(|_| ())
            }
            _ => Ok(()),
        }
    }

    pub(super) fn review_command(
        &self,
        form: &ReviewForm,
    ) -> Result<(Command, String), DomainError> {
        let t = |id| self.text_of(id);
        let (cmd, comment) = match form {
            ReviewForm::Score {
                cycle,
                employee,
                criteria,
                ..
            } => {
                let mut scores = Vec::new();
                for (i, (c, s)) in criteria.iter().zip(self.chosen(form)).enumerate() {
                    let i = u8::try_from(i).unwrap_or(u8::MAX);
                    scores.push(Score {
                        key: c.key.clone(),
                        score: s.ok_or_else(|| empty("rvf.score"))?,
                        comment: t(FieldId::CriterionNote(i)),
                    });
                }
                let cmd = match employee {
                    Some(e) => Review::Score {
                        cycle: *cycle,
                        employee: *e,
                        scores,
                    },
                    None => Review::SelfAssess {
                        cycle: *cycle,
                        scores,
                    },
                };
                (cmd, String::new())
            }
            ReviewForm::Sign { id, decision, seen } => (
                Review::Sign {
                    id: *id,
                    decision: *decision,
                    seen: seen.clone(),
                },
                t(FieldId::Comment),
            ),
            ReviewForm::Acknowledge(id) => (Review::Acknowledge { id: *id }, t(FieldId::Comment)),
            ReviewForm::OpenCycle { templates } => {
                let template = self
                    .choice_of(FieldId::Template)
                    .and_then(|i| templates.get(i as usize))
                    .cloned()
                    .ok_or_else(|| empty("rvf.template"))?;
                template::check(&template)?;
                (
                    Review::OpenCycle {
                        name: t(FieldId::Title).trim().to_string(),
                        from: parse_day(&t(FieldId::StartDate))?,
                        to: parse_day(&t(FieldId::Until))?,
                        template,
                        self_assessment: self.choice_of(FieldId::SelfAssessment) == Some(SELF_YES),
                        depts: Vec::new(),
                    },
                    String::new(),
                )
            }
            ReviewForm::RecordResult { session, employee } => {
                let passed = match self.choice_of(FieldId::Passed) {
                    Some(PASSED) => true,
                    Some(_) => false,
                    None => return Err(empty("rvf.outcome")),
                };
                (
                    Review::RecordResult {
                        session: *session,
                        employee: *employee,
                        passed,
                        score: training_score(&t(FieldId::Score))?,
                        certificate: if passed {
                            t(FieldId::Certificate).trim().to_string()
                        } else {
                            String::new()
                        },
                    },
                    t(FieldId::Comment),
                )
            }
        };
        Ok((Command::Review(cmd), comment))
    }
}

/// A training score: empty is none, else a whole number 0–100.
fn training_score(t: &str) -> Result<Option<u8>, DomainError> {
    let t = text::ascii_digits(t);
    let t = t.trim();
    if t.is_empty() {
        return Ok(None);
    }
    match t.parse::<u8>() {
        Ok(n) if n <= 100 => Ok(Some(n)),
        _ => Err(DomainError::BadTrainingScore {
            text: t.to_string(),
        }),
    }
}
