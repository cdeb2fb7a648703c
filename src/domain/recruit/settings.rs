//! Recruitment settings from `data/recruitment.toml`: probation lengths and
//! the notice periods of the inbox.

use serde::Deserialize;

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    pub default_probation_months: u32,
    /// The legal limit: no probation, extended or not, runs longer.
    pub max_probation_months: u32,
    /// Days before a probation ends on which its assessment is due in the
    /// inbox; the largest is when it first appears.
    pub assessment_notice_days: Vec<u32>,
    pub contract_notice_days: u32,
}

impl Settings {
    pub fn parse(text: &str) -> Result<Self, String> {
        let s: Settings = toml::from_str(text).map_err(|e| format!("recruitment settings: {e}"))?;
        if s.default_probation_months == 0
            || s.default_probation_months > s.max_probation_months
            || s.max_probation_months > 12
        {
            return Err(format!(
                "recruitment settings: the default probation ({} months) must be between 1 and the limit ({} months, at most 12)",
                s.default_probation_months, s.max_probation_months
            ));
        }
        Ok(s)
    }

    pub fn builtin() -> Result<Self, String> {
        Settings::parse(include_str!("../../../data/recruitment.toml"))
    }

    /// How many days before the end an assessment first shows.
    pub fn first_notice(&self) -> i64 {
        i64::from(
            self.assessment_notice_days
                .iter()
                .copied()
                .max()
                .unwrap_or(30),
        )
    }
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            default_probation_months: 3,
            max_probation_months: 6,
            assessment_notice_days: vec![30, 14, 0],
            contract_notice_days: 60,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_settings_parse_and_hold_the_legal_limit() {
        let s = Settings::builtin().expect("data/recruitment.toml");
        assert!(s.max_probation_months <= 6, "{s:?}");
        assert_eq!(s, Settings::default());
        assert!(Settings::parse("default_probation_months = 9\nmax_probation_months = 6\nassessment_notice_days = []\ncontract_notice_days = 1").is_err());
        assert!(Settings::parse("surprise = 1").is_err());
    }
}
