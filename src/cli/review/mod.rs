//! Evaluation and training from the command line: `renshi course …`,
//! `session …`, `result`, `cycle …`, `evaluation …`, the signatures of
//! evaluations, `employee training` and the reports. The catalog is in
//! `training`, sessions, results and a person's record in `session`,
//! cycles in `cycle`, evaluations in `evaluation`, the dashboard and the two
//! reports in `report`.
//!
//! What people type is turned into the domain's values here, and a value
//! that is no value (hours of `abc`, a score of `x`) is refused with the
//! domain's own error, in the `--lang` language, before anything is sent:
//! the same words as a score of 7, which the domain refuses itself.

mod cycle;
mod evaluation;
mod report;
mod session;
mod training;

pub use cycle::cycle;
pub use evaluation::{evaluation, sign};
pub use report::report;
pub use session::{record, result, session};
pub use training::course;

use crate::cli::print::{exec, query, unexpected};
use crate::domain::review::{CourseKind, Review, Score, Standing};
use crate::domain::*;
use crate::i18n::Catalog;
use crate::service::api::*;
use crate::transport::Client;

pub(super) fn run(client: &mut dyn Client, cmd: Review, comment: &str) -> Result<Done, ApiError> {
    exec(client, Command::Review(cmd), comment)
}

// Hours are read and written by the domain's rule, the same in every front end.
pub use crate::domain::review::{hours_text, parse_hours as tenths};

/// `3.85` for a weighted result of 385 hundredths.
pub fn result_text(hundredths: u16) -> String {
    format!("{}.{:02}", hundredths / 100, hundredths % 100)
}

/// The scores typed (`--score quality=4`) with their notes (`--note
/// quality=…`), in the order typed. A score that is no whole number is the
/// domain's `BadCriterionScore`; a note for a criterion given no score is
/// `CriteriaMissing` for that criterion.
pub fn scores(
    given: &[(String, String)],
    notes: &[(String, String)],
) -> Result<Vec<Score>, DomainError> {
    let mut out = Vec::with_capacity(given.len());
    for (key, text) in given {
        let score = text
            .trim()
            .parse::<u8>()
            .map_err(|_| DomainError::BadCriterionScore {
                key: key.clone(),
                text: text.trim().to_string(),
            })?;
        out.push(Score {
            key: key.clone(),
            score,
            comment: String::new(),
        });
    }
    for (key, note) in notes {
        match out.iter_mut().find(|s| s.key == *key) {
            Some(s) => s.comment = note.clone(),
            None => return Err(DomainError::CriteriaMissing { keys: key.clone() }),
        }
    }
    Ok(out)
}

/// A training score as typed: a whole number (the domain judges 0–100).
pub fn training_score(text: Option<&str>) -> Result<Option<u8>, DomainError> {
    match text.map(str::trim) {
        None | Some("") => Ok(None),
        Some(t) => t
            .parse::<u8>()
            .map(Some)
            .map_err(|_| DomainError::BadTrainingScore {
                text: t.to_string(),
            }),
    }
}

/// Several employees by id or staff number, in the order given.
pub(super) fn resolve_all(
    client: &mut dyn Client,
    given: &[String],
) -> Result<Vec<EmployeeId>, ApiError> {
    given
        .iter()
        .map(|g| crate::cli::people::resolve(client, g))
        .collect()
}

pub(super) fn kind_text(cat: &Catalog, k: CourseKind) -> String {
    cat.t(&format!("course_kind.{}", k.key())).to_string()
}

pub(super) fn standing_text(cat: &Catalog, s: Standing) -> String {
    cat.t(&format!("standing.{}", s.key())).to_string()
}

pub(super) fn stage_text(cat: &Catalog, s: EvalStage) -> String {
    cat.t(&format!("eval_stage.{}", s.key())).to_string()
}

/// The training report of the people the asker sees: the counts and every gap.
pub(super) fn training_report(
    client: &mut dyn Client,
) -> Result<(StandingCounts, Vec<GapRow>), ApiError> {
    let mut counts = StandingCounts::default();
    let mut gaps = Vec::new();
    let mut page = PageReq::FIRST;
    loop {
        let r = match query(client, Query::TrainingReport(page))? {
            Reply::TrainingReport(r) => r,
            other => return Err(unexpected(&other)),
        };
        if page.cursor == 0 {
            counts = r.counts;
        }
        gaps.extend(r.gaps.items);
        match r.gaps.next {
            Some(next) => page.cursor = next,
            None => return Ok((counts, gaps)),
        }
    }
}

/// Whether a refusal is one of rights (the asker may not read this), which
/// a command that shows more than one thing leaves out rather than fails on.
pub(super) fn denied(e: &ApiError) -> bool {
    matches!(e, ApiError::Domain(DomainError::Denied { .. }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hours_are_read_to_a_tenth_and_anything_else_is_named() {
        assert_eq!(tenths("1.5"), Ok(15));
        assert_eq!(tenths(" 8 "), Ok(80));
        assert_eq!(tenths("0.5"), Ok(5));
        assert_eq!(tenths("1,5"), Ok(15));
        assert_eq!(tenths("２．５"), Ok(25));
        for bad in ["abc", "", "1.25", "-1", "1e3", ".5", "99999999", "1.x"] {
            assert!(
                matches!(tenths(bad), Err(DomainError::BadHours { .. })),
                "{bad:?}"
            );
        }
        assert_eq!(hours_text(15), "1.5");
        assert_eq!(hours_text(80), "8");
        assert_eq!(result_text(385), "3.85");
        assert_eq!(result_text(500), "5.00");
    }

    #[test]
    fn scores_keep_their_notes_and_name_what_is_wrong() {
        let s = scores(
            &[
                ("quality".into(), "4".into()),
                ("delivery".into(), " 5".into()),
            ],
            &[("delivery".into(), "Always on time".into())],
        )
        .unwrap();
        assert_eq!(s[1].score, 5);
        assert_eq!(s[1].comment, "Always on time");
        assert!(matches!(
            scores(&[("quality".into(), "four".into())], &[]),
            Err(DomainError::BadCriterionScore { key, text }) if key == "quality" && text == "four"
        ));
        assert!(matches!(
            scores(&[("quality".into(), "4".into())], &[("growth".into(), "x".into())]),
            Err(DomainError::CriteriaMissing { keys }) if keys == "growth"
        ));
        assert_eq!(training_score(Some("88")), Ok(Some(88)));
        assert!(training_score(Some("abc")).is_err());
        assert_eq!(training_score(None), Ok(None));
    }
}
