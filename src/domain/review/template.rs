//! Evaluation templates: read from `data/evaluation.toml`, and checked
//! wherever one arrives (a cycle is opened with a whole template, which a
//! client may have changed), so that weights always add up to 100.

use super::model::{Criterion, EvalTemplate, GradeBand};
use crate::domain::error::DomainError;
use crate::domain::text;
use serde::Deserialize;

pub const MAX_CRITERIA: usize = 20;
const MAX_KEY: usize = 30;
const LANGS: [&str; 3] = ["en", "zh-Hans", "zh-Hant"];

#[derive(Deserialize)]
struct File {
    template: Vec<RawTemplate>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTemplate {
    name: String,
    criteria: Vec<RawCriterion>,
    grades: Vec<RawGrade>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCriterion {
    key: String,
    weight: u8,
    en: String,
    #[serde(rename = "zh-Hans")]
    zh_hans: Option<String>,
    #[serde(rename = "zh-Hant")]
    zh_hant: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGrade {
    grade: String,
    min: f64,
}

/// Every template of the file, each checked as a cycle would check it.
pub fn parse(text: &str) -> Result<Vec<EvalTemplate>, String> {
    let file: File = toml::from_str(text).map_err(|e| format!("evaluation templates: {e}"))?;
    file.template
        .into_iter()
        .map(|t| {
            let template = EvalTemplate {
                criteria: t
                    .criteria
                    .into_iter()
                    .map(|c| Criterion {
                        key: c.key,
                        weight: c.weight,
                        titles: [Some(c.en), c.zh_hans, c.zh_hant]
                            .into_iter()
                            .zip(LANGS)
                            .filter_map(|(t, l)| t.map(|t| (l.to_string(), t)))
                            .collect(),
                    })
                    .collect(),
                grades: t
                    .grades
                    .into_iter()
                    .map(|g| GradeBand {
                        grade: g.grade,
                        // Hundredths, from the 1.00–5.00 a person writes.
                        min: (g.min.clamp(0.0, 5.0) * 100.0).round() as u16,
                    })
                    .collect(),
                name: t.name,
            };
            check(&template)
                .map_err(|e| format!("evaluation template `{}`: {e}", template.name))?;
            Ok(template)
        })
        .collect()
}

/// The templates shipped in `data/evaluation.toml`, compiled into the binary.
pub fn builtin() -> Result<Vec<EvalTemplate>, String> {
    parse(include_str!("../../../data/evaluation.toml"))
}

/// The builtin template named `name`.
pub fn named(name: &str) -> Result<EvalTemplate, DomainError> {
    let all = builtin().map_err(|reason| DomainError::BadTemplate { reason })?;
    let names = all
        .iter()
        .map(|t| t.name.clone())
        .collect::<Vec<_>>()
        .join(", ");
    all.into_iter()
        .find(|t| t.name == name.trim())
        .ok_or_else(|| DomainError::UnknownTemplate {
            name: name.trim().into(),
            known: names,
        })
}

/// Criteria with unique, simple keys and weights of 1–100 that add up to
/// 100; grades from the highest down, the last reaching down to 1.00.
pub fn check(t: &EvalTemplate) -> Result<(), DomainError> {
    text::line("field.template", &t.name, MAX_KEY, false)?;
    if t.criteria.is_empty() || t.criteria.len() > MAX_CRITERIA {
        return Err(DomainError::BadTemplate {
            reason: format!("give 1 to {MAX_CRITERIA} criteria"),
        });
    }
    for (i, c) in t.criteria.iter().enumerate() {
        let simple = !c.key.is_empty()
            && c.key.len() <= MAX_KEY
            && c.key
                .chars()
                .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '_');
        if !simple {
            return Err(DomainError::BadTemplate {
                reason: format!("criterion `{}`: keys are a-z, 0-9 and _", c.key),
            });
        }
        if t.criteria[..i].iter().any(|o| o.key == c.key) {
            return Err(DomainError::BadTemplate {
                reason: format!("criterion `{}` is given twice", c.key),
            });
        }
        if c.weight == 0 {
            return Err(DomainError::BadTemplate {
                reason: format!("criterion `{}` weighs 0", c.key),
            });
        }
        for (lang, title) in &c.titles {
            text::line("field.criterion", title, 80, false)?;
            text::line("field.language", lang, 10, false)?;
        }
    }
    let sum: u32 = t.criteria.iter().map(|c| u32::from(c.weight)).sum();
    if sum != 100 {
        return Err(DomainError::WeightsNot100 {
            sum,
            weights: t
                .criteria
                .iter()
                .map(|c| format!("{}={}", c.key, c.weight))
                .collect::<Vec<_>>()
                .join(" "),
        });
    }
    let descending = t.grades.windows(2).all(|w| w[0].min > w[1].min);
    if t.grades.is_empty() || !descending || t.grades.last().is_some_and(|g| g.min > 100) {
        return Err(DomainError::BadTemplate {
            reason: "grades go from the highest `min` down, the last at 1.0 or below".into(),
        });
    }
    for g in &t.grades {
        text::line("field.grade", &g.grade, 10, false)?;
    }
    Ok(())
}

/// The company's template `given` names, with the weights `given` chose:
/// its criteria (the same, in the same order) are all a cycle may say.
pub fn weighed_as(given: &EvalTemplate) -> Result<EvalTemplate, DomainError> {
    let mut t = named(&given.name)?;
    let keys = |t: &EvalTemplate| t.criteria.iter().map(|c| c.key.clone()).collect::<Vec<_>>();
    if keys(&t) != keys(given) {
        return Err(DomainError::BadTemplate {
            reason: format!(
                "the template `{}` has the criteria {}: only their weights may change",
                t.name,
                keys(&t).join(", ")
            ),
        });
    }
    for (c, g) in t.criteria.iter_mut().zip(&given.criteria) {
        c.weight = g.weight;
    }
    check(&t)?;
    Ok(t)
}

/// Sets one criterion's weight (`key=40`), as `cycle open --weight` does.
pub fn reweigh(t: &mut EvalTemplate, key: &str, weight: u8) -> Result<(), DomainError> {
    let known = t
        .criteria
        .iter()
        .map(|c| c.key.clone())
        .collect::<Vec<_>>()
        .join(", ");
    let c = t
        .criteria
        .iter_mut()
        .find(|c| c.key == key.trim())
        .ok_or_else(|| DomainError::UnknownCriterion {
            key: key.trim().into(),
            known,
        })?;
    c.weight = weight;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_templates_are_valid() {
        let all = builtin().expect("data/evaluation.toml");
        assert!(all.iter().any(|t| t.name == "annual"));
        assert!(all.iter().any(|t| t.name == "probation"));
    }

    #[test]
    fn weights_that_do_not_add_up_are_refused() {
        let mut t = named("annual").expect("annual");
        reweigh(&mut t, "quality", 35).expect("known criterion");
        let e = check(&t).expect_err("105 in all");
        assert!(
            matches!(e, DomainError::WeightsNot100 { sum: 105, .. }),
            "{e}"
        );
    }

    #[test]
    fn a_grade_follows_the_weighted_result() {
        let t = named("annual").expect("annual");
        let all = |n: u8| -> Vec<super::super::model::Score> {
            t.criteria
                .iter()
                .map(|c| super::super::model::Score {
                    key: c.key.clone(),
                    score: n,
                    comment: String::new(),
                })
                .collect()
        };
        assert_eq!(t.result(&all(5)), 500);
        assert_eq!(t.grade(500), "A");
        assert_eq!(t.grade(t.result(&all(3))), "C");
        assert_eq!(t.grade(t.result(&all(1))), "D");
    }
}
