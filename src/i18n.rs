//! Message catalogs (English, 简体中文, 繁體中文) from `data/i18n/*.toml`, compiled
//! into the binary. Text is looked up by key; a key missing from a catalog falls
//! back to English, and a test keeps the three catalogs' keys identical.

use crate::domain::DomainError;
use crate::service::api::ApiError;
use std::collections::HashMap;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    En,
    ZhHans,
    ZhHant,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::ZhHans, Lang::ZhHant];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::ZhHans => "zh-Hans",
            Lang::ZhHant => "zh-Hant",
        }
    }

    /// `en`, `zh-Hans`, `zh-Hant`, and locale-style names (`zh`, `zh_TW`, `zh-CN`).
    pub fn parse(s: &str) -> Option<Lang> {
        let s = s.trim();
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(s))
            .or_else(|| {
                let l = s.to_ascii_lowercase();
                (l.starts_with("zh") || l.starts_with("en")).then(|| Lang::from_locale(s))
            })
    }

    /// From `LANG`-style locale names: zh_TW / zh_HK → 繁體, other zh → 简体.
    pub fn from_locale(locale: &str) -> Lang {
        let l = locale.to_ascii_lowercase().replace('-', "_");
        if ["zh_tw", "zh_hk", "zh_mo", "zh_hant"]
            .iter()
            .any(|p| l.starts_with(p))
        {
            Lang::ZhHant
        } else if l.starts_with("zh") {
            Lang::ZhHans
        } else {
            Lang::En
        }
    }

    fn source(self) -> &'static str {
        match self {
            Lang::En => include_str!("../data/i18n/en.toml"),
            Lang::ZhHans => include_str!("../data/i18n/zh-Hans.toml"),
            Lang::ZhHant => include_str!("../data/i18n/zh-Hant.toml"),
        }
    }
}

pub struct Catalog {
    pub lang: Lang,
    text: HashMap<String, String>,
    fallback: HashMap<String, String>,
}

/// Flattens `[section] key = "x"` into `section.key`.
pub fn parse_catalog(src: &str) -> Result<HashMap<String, String>, String> {
    let value: toml::Table = toml::from_str(src).map_err(|e| e.to_string())?;
    let mut out = HashMap::new();
    fn walk(
        prefix: &str,
        t: &toml::Table,
        out: &mut HashMap<String, String>,
    ) -> Result<(), String> {
        for (k, v) in t {
            let key = if prefix.is_empty() {
                k.clone()
            } else {
                format!("{prefix}.{k}")
            };
            match v {
                toml::Value::String(s) => {
                    out.insert(key, s.clone());
                }
                toml::Value::Table(t) => walk(&key, t, out)?,
                _ => return Err(format!("{key}: catalog values must be strings")),
            }
        }
        Ok(())
    }
    walk("", &value, &mut out)?;
    Ok(out)
}

impl Catalog {
    pub fn load(lang: Lang) -> Catalog {
        // The catalogs are compiled in and parsed by a test; an unreadable one
        // falls back to showing keys rather than stopping the program.
        let fallback = parse_catalog(Lang::En.source()).unwrap_or_default();
        let text = if lang == Lang::En {
            fallback.clone()
        } else {
            parse_catalog(lang.source()).unwrap_or_default()
        };
        Catalog {
            lang,
            text,
            fallback,
        }
    }

    pub fn english() -> Catalog {
        Catalog::load(Lang::En)
    }

    pub fn t<'a>(&'a self, key: &'a str) -> &'a str {
        self.text
            .get(key)
            .or_else(|| self.fallback.get(key))
            .map_or(key, String::as_str)
    }

    /// Looks up `key` and fills `{name}` placeholders.
    pub fn f(&self, key: &str, args: &[(&str, String)]) -> String {
        let mut s = self.t(key).to_string();
        for (name, value) in args {
            s = s.replace(&format!("{{{name}}}"), value);
        }
        s
    }

    pub fn role<'a>(&'a self, key: &'a str) -> &'a str {
        self.text
            .get(&format!("role.{key}"))
            .or_else(|| self.fallback.get(&format!("role.{key}")))
            .map_or(key, String::as_str)
    }

    /// Arguments that are themselves keys (a field, a role, a state) are
    /// translated too, so the whole sentence is in one language.
    fn localize_arg(&self, name: &str, value: &str) -> String {
        match name {
            "field" | "action" | "kind" => self.t(value).to_string(),
            "need" | "role" => value
                .split(',')
                .map(|r| self.role(r))
                .collect::<Vec<_>>()
                .join(" / "),
            "state" => self.t(&format!("state.{value}")).to_string(),
            "step" => self.t(&format!("step.{value}")).to_string(),
            _ => value.to_string(),
        }
    }

    pub fn domain_error(&self, e: &DomainError) -> String {
        let args: Vec<(&str, String)> = e
            .args()
            .into_iter()
            .map(|(n, v)| (n, self.localize_arg(n, &v)))
            .collect();
        let mut text = self.f(e.key(), &args);
        // Four eyes always says who could sign instead.
        if let DomainError::FourEyes { others, role, .. } = e {
            let who = match others.as_slice() {
                [] => self.f(
                    "err.four_eyes_nobody",
                    &[("role", self.localize_arg("role", role))],
                ),
                [one] => self.f("err.four_eyes_one", &[("who", one.clone())]),
                many => self.f("err.four_eyes_some", &[("who", many.join(", "))]),
            };
            text.push(' ');
            text.push_str(&who);
        }
        text
    }

    pub fn error(&self, e: &ApiError) -> String {
        match e {
            ApiError::Domain(d) => self.domain_error(d),
            ApiError::Store(s) => self.f(s.key(), &s.args()),
            ApiError::AuditBroken { seq, reason } => self.f(
                "err.audit_broken",
                &[("seq", seq.to_string()), ("reason", reason.clone())],
            ),
            ApiError::Protocol(m) => self.f("err.protocol", &[("detail", m.clone())]),
            ApiError::Busy(b) => self.f(b.key(), &[("n", b.count().to_string())]),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalogs_parse_and_have_the_same_keys() {
        let en = parse_catalog(Lang::En.source()).unwrap();
        for lang in [Lang::ZhHans, Lang::ZhHant] {
            let other = parse_catalog(lang.source()).unwrap();
            let mut missing: Vec<_> = en.keys().filter(|k| !other.contains_key(*k)).collect();
            let mut extra: Vec<_> = other.keys().filter(|k| !en.contains_key(*k)).collect();
            missing.sort();
            extra.sort();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{lang:?}: missing {missing:?}, extra {extra:?}"
            );
        }
    }

    #[test]
    fn placeholders_match_between_languages() {
        let re = |s: &str| {
            let mut v: Vec<String> = s
                .split('{')
                .skip(1)
                .filter_map(|p| p.split_once('}').map(|(a, _)| a.to_string()))
                .collect();
            v.sort();
            v
        };
        let en = parse_catalog(Lang::En.source()).unwrap();
        for lang in [Lang::ZhHans, Lang::ZhHant] {
            let other = parse_catalog(lang.source()).unwrap();
            for (k, v) in &en {
                if let Some(o) = other.get(k) {
                    assert_eq!(re(v), re(o), "{lang:?} {k}");
                }
            }
        }
    }

    #[test]
    fn errors_are_translated_with_their_arguments() {
        let e = DomainError::HeadcountBelowOccupied {
            position: "POS-012".into(),
            title: "Civil Engineer".into(),
            requested: 3,
            occupied: 6,
            short: 3,
        };
        let en = Catalog::load(Lang::En).domain_error(&e);
        assert!(
            en.contains("POS-012") && en.contains('6') && !en.contains('{'),
            "{en}"
        );
        let zh = Catalog::load(Lang::ZhHans).domain_error(&DomainError::Denied {
            action: "action.sign_plan".into(),
            need: "board,general_manager".into(),
        });
        assert!(zh.contains("董事") && !zh.contains("board"), "{zh}");
    }

    #[test]
    fn locale_names_pick_the_script() {
        assert_eq!(Lang::from_locale("zh_TW.UTF-8"), Lang::ZhHant);
        assert_eq!(Lang::from_locale("zh_CN.UTF-8"), Lang::ZhHans);
        assert_eq!(Lang::from_locale("C.UTF-8"), Lang::En);
        assert_eq!(Lang::parse("zh_TW"), Some(Lang::ZhHant));
        assert_eq!(Lang::parse("zh"), Some(Lang::ZhHans));
        assert_eq!(Lang::parse("zh-Hant"), Some(Lang::ZhHant));
        assert_eq!(Lang::parse("fr"), None);
    }
}
