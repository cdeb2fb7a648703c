//! The checklist template of `data/offboarding.toml`: the steps a new
//! separation case starts with, checked once when the file is read, so a
//! case never meets a gate it cannot pass.

use super::model::{StepKind, StepTemplate};
use crate::domain::model::Role;
use serde::Deserialize;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Checklist {
    /// The currency settlements are recorded in unless finance names another.
    pub currency: String,
    pub steps: Vec<StepTemplate>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    currency: String,
    step: Vec<StepFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StepFile {
    key: String,
    kind: StepKind,
    owner: String,
    due_days: i32,
    #[serde(default)]
    after: Vec<String>,
    #[serde(default)]
    acknowledged: bool,
    title: Titles,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Titles {
    en: String,
    #[serde(rename = "zh-Hans")]
    hans: String,
    #[serde(rename = "zh-Hant")]
    hant: String,
}

/// Who may own a step: the leaving employee only ever acknowledges.
const OWNERS: [Role; 5] = [
    Role::HrStaff,
    Role::HrHead,
    Role::DeptHead,
    Role::AdminDept,
    Role::Finance,
];

impl Checklist {
    pub fn parse(text: &str) -> Result<Checklist, String> {
        let file: File = toml::from_str(text).map_err(|e| format!("offboarding checklist: {e}"))?;
        let bad = |why: String| Err(format!("offboarding checklist: {why}"));
        if super::settle::currency_digits(&file.currency).is_none() {
            return bad(format!(
                "`{}` is not a currency code like CNY or EUR",
                file.currency
            ));
        }
        if file.step.is_empty() {
            return bad("it has no steps".into());
        }
        let mut steps: Vec<StepTemplate> = Vec::new();
        for s in file.step {
            let key_ok = !s.key.is_empty()
                && s.key.len() <= 24
                && s.key
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
            if !key_ok {
                return bad(format!(
                    "step `{}`: a key is 1–24 lower-case letters, digits and _",
                    s.key
                ));
            }
            if steps.iter().any(|t| t.key == s.key) {
                return bad(format!("step `{}` appears twice", s.key));
            }
            let Some(owner) = OWNERS.into_iter().find(|r| r.key() == s.owner) else {
                return bad(format!(
                    "step `{}`: owner `{}` is none of hr_staff, hr_head, dept_head, admin_dept, finance",
                    s.key, s.owner
                ));
            };
            if s.kind != StepKind::Task && steps.iter().any(|t| t.kind == s.kind) {
                return bad(format!("step `{}`: only one step of its kind", s.key));
            }
            // Gates name earlier steps only, so they can never form a circle.
            if let Some(g) = s.after.iter().find(|g| !steps.iter().any(|t| &t.key == *g)) {
                return bad(format!(
                    "step `{}` waits for `{g}`, which is not a step before it",
                    s.key
                ));
            }
            if !(-365..=365).contains(&s.due_days) {
                return bad(format!(
                    "step `{}`: due_days must be within a year of the last day",
                    s.key
                ));
            }
            for title in [&s.title.en, &s.title.hans, &s.title.hant] {
                if title.trim().is_empty() || title.contains('\n') || title.chars().count() > 80 {
                    return bad(format!(
                        "step `{}`: each title is one line of 1–80 characters",
                        s.key
                    ));
                }
            }
            steps.push(StepTemplate {
                key: s.key,
                kind: s.kind,
                owner,
                due_days: s.due_days,
                after: s.after,
                acknowledged: s.acknowledged,
                title_en: s.title.en.trim().to_string(),
                title_hans: s.title.hans.trim().to_string(),
                title_hant: s.title.hant.trim().to_string(),
            });
        }
        Ok(Checklist {
            currency: file.currency,
            steps,
        })
    }

    /// The checklist shipped in `data/offboarding.toml`, compiled in.
    pub fn builtin() -> Result<Checklist, String> {
        Checklist::parse(include_str!("../../../data/offboarding.toml"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_checklist_holds_the_six_steps_of_the_design() {
        let c = Checklist::builtin().expect("data/offboarding.toml");
        let keys: Vec<&str> = c.steps.iter().map(|s| s.key.as_str()).collect();
        assert_eq!(
            keys,
            [
                "hr_talk",
                "dept_talk",
                "handover",
                "equipment",
                "agreement",
                "settlement"
            ]
        );
        let settlement = &c.steps[5];
        assert_eq!(settlement.after, ["handover", "equipment"]);
        assert_eq!(settlement.owner, Role::Finance);
        assert_eq!(c.steps[4].after, ["hr_talk"]);
    }

    #[test]
    fn a_broken_template_is_refused_with_the_reason() {
        let step = |key: &str, after: &str| {
            format!(
                "[[step]]\nkey = \"{key}\"\nkind = \"task\"\nowner = \"finance\"\ndue_days = 0\nafter = [{after}]\ntitle = {{ en = \"a\", zh-Hans = \"b\", zh-Hant = \"c\" }}\n"
            )
        };
        let file = |steps: &str| format!("currency = \"CNY\"\n{steps}");
        assert!(Checklist::parse(&file(&step("a", ""))).is_ok());
        let forward = file(&(step("a", "\"b\"") + &step("b", "")));
        assert!(
            Checklist::parse(&forward)
                .unwrap_err()
                .contains("not a step before it")
        );
        let twice = file(&(step("a", "") + &step("a", "")));
        assert!(Checklist::parse(&twice).unwrap_err().contains("twice"));
        let employee = file(&step("a", "")).replace("finance", "employee");
        assert!(Checklist::parse(&employee).unwrap_err().contains("owner"));
        let money = file(&step("a", "")).replace("CNY", "yuan");
        assert!(Checklist::parse(&money).unwrap_err().contains("currency"));
    }
}
