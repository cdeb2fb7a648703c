//! Message catalogs (English, 简体中文, 繁體中文) in Fluent, from
//! `data/i18n/*.ftl`, compiled into the binary.
//!
//! The code asks for `section.key`; the catalogs name that message
//! `section-key` (Fluent ids cannot hold a dot). Arguments are substituted in
//! one pass, so a value that itself looks like a placeholder is shown as it
//! is; arguments that are whole numbers are passed as Fluent numbers, so
//! plurals are chosen in the catalog (`{ $n -> [one] … *[other] … }`). A key
//! missing from a catalog falls back to English, and then to the key itself;
//! tests keep the three catalogs' messages and variables identical.

use crate::domain::DomainError;
use crate::service::api::ApiError;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::collections::HashMap;
use unic_langid::LanguageIdentifier;

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

    /// The language to speak, from what the caller asked for, in order:
    /// `--lang`, then `RENSHI_LANG`, then the POSIX locale variables `LC_ALL`,
    /// `LC_MESSAGES` and `LANG`. An empty value counts as unset; `C` and
    /// `POSIX` (and any language renshi does not speak) mean English.
    ///
    /// `--lang` and `RENSHI_LANG` name a language on purpose, so one renshi does
    /// not speak is an error (`Err` holds it); a locale that is not Chinese
    /// falls back to English. Pure, so tests pass the variables in.
    pub fn choose(
        flag: Option<&str>,
        renshi_lang: Option<&str>,
        lc_all: Option<&str>,
        lc_messages: Option<&str>,
        lang: Option<&str>,
    ) -> Result<Lang, String> {
        fn set(v: Option<&str>) -> Option<&str> {
            v.map(str::trim).filter(|v| !v.is_empty())
        }
        if let Some(asked) = set(flag).or(set(renshi_lang)) {
            return Lang::parse(asked).ok_or_else(|| asked.to_string());
        }
        Ok(set(lc_all)
            .or(set(lc_messages))
            .or(set(lang))
            .map_or(Lang::En, Lang::from_locale))
    }

    /// [`Lang::choose`] with this process's environment and `flag` (`--lang`).
    pub fn from_env(flag: Option<&str>) -> Result<Lang, String> {
        let var = |name| std::env::var(name).ok();
        Lang::choose(
            flag,
            var("RENSHI_LANG").as_deref(),
            var("LC_ALL").as_deref(),
            var("LC_MESSAGES").as_deref(),
            var("LANG").as_deref(),
        )
    }

    /// The locale's language alone (`LC_ALL`, `LC_MESSAGES`, `LANG`).
    pub fn from_locale_env() -> Lang {
        let var = |name| std::env::var(name).ok();
        Lang::choose(
            None,
            None,
            var("LC_ALL").as_deref(),
            var("LC_MESSAGES").as_deref(),
            var("LANG").as_deref(),
        )
        .unwrap_or(Lang::En)
    }

    fn source(self) -> &'static str {
        match self {
            Lang::En => include_str!("../data/i18n/en.ftl"),
            Lang::ZhHans => include_str!("../data/i18n/zh-Hans.ftl"),
            Lang::ZhHant => include_str!("../data/i18n/zh-Hant.ftl"),
        }
    }

    fn langid(self) -> LanguageIdentifier {
        // The codes are constants that parse; "und" would only lose plural rules.
        self.code().parse().unwrap_or_default()
    }
}

/// The Fluent message id of a catalog key: `plan.change_n` → `plan-change_n`.
pub fn fluent_id(key: &str) -> String {
    key.replace('.', "-")
}

/// The catalog key of a Fluent message id (sections hold no `-`).
fn catalog_key(id: &str) -> String {
    id.replacen('-', ".", 1)
}

/// An argument as Fluent sees it: a whole number written the usual way is a
/// number (so plurals can select on it); anything else is text, shown as given
/// (`007` stays `007`).
fn arg_value(value: &str) -> FluentValue<'_> {
    const EXACT: u64 = 1 << 53; // integers an f64 holds exactly
    match value.parse::<i64>() {
        Ok(n) if n.unsigned_abs() <= EXACT && n.to_string() == value => FluentValue::from(n),
        _ => FluentValue::from(value),
    }
}

/// One language's messages: the Fluent bundle, and every message formatted
/// without arguments, so that `t` can lend out text.
struct Messages {
    bundle: FluentBundle<FluentResource>,
    plain: HashMap<String, String>,
}

impl Messages {
    /// A catalog that does not parse keeps the messages that do (the others
    /// show their keys) rather than stopping the program; a test parses them.
    fn new(lang: Lang, source: &str) -> Messages {
        let resource = match FluentResource::try_new(source.to_string()) {
            Ok(r) | Err((r, _)) => r,
        };
        let ids: Vec<String> = resource
            .entries()
            .filter_map(|e| match e {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                _ => None,
            })
            .collect();
        let mut bundle = FluentBundle::new_concurrent(vec![lang.langid()]);
        // Terminal output: no bidi isolation marks (U+2068/U+2069) around
        // arguments; they would show as garbage and skew width measurement.
        bundle.set_use_isolating(false);
        // Duplicate ids are reported by a test; the first one is kept.
        let _ = bundle.add_resource(resource);
        let mut plain = HashMap::with_capacity(ids.len());
        for id in ids {
            if let Some(pattern) = bundle.get_message(&id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, None, &mut errors);
                plain.insert(catalog_key(&id), text.into_owned());
            }
        }
        Messages { bundle, plain }
    }

    fn format(&self, id: &str, args: &FluentArgs) -> Option<String> {
        let pattern = self.bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        Some(
            self.bundle
                .format_pattern(pattern, Some(args), &mut errors)
                .into_owned(),
        )
    }
}

pub struct Catalog {
    pub lang: Lang,
    text: Messages,
    /// English, for keys the language lacks (`None` when it is English).
    fallback: Option<Messages>,
}

impl Catalog {
    pub fn load(lang: Lang) -> Catalog {
        Catalog {
            lang,
            text: Messages::new(lang, lang.source()),
            fallback: (lang != Lang::En).then(|| Messages::new(Lang::En, Lang::En.source())),
        }
    }

    pub fn english() -> Catalog {
        Catalog::load(Lang::En)
    }

    fn layers(&self) -> impl Iterator<Item = &Messages> {
        std::iter::once(&self.text).chain(self.fallback.as_ref())
    }

    /// The text of `key` without arguments; the key itself if no catalog has it.
    pub fn t<'a>(&'a self, key: &'a str) -> &'a str {
        self.layers()
            .find_map(|m| m.plain.get(key))
            .map_or(key, String::as_str)
    }

    /// Looks up `key` and fills in its arguments, once: an argument's value is
    /// shown as it is, even if it looks like `{name}` or `{ $name }`.
    pub fn f(&self, key: &str, args: &[(&str, String)]) -> String {
        let mut fluent = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            fluent.set(*name, arg_value(value));
        }
        let id = fluent_id(key);
        self.layers()
            .find_map(|m| m.format(&id, &fluent))
            .unwrap_or_else(|| key.to_string())
    }

    pub fn role<'a>(&'a self, key: &'a str) -> &'a str {
        let full = format!("role.{key}");
        self.layers()
            .find_map(|m| m.plain.get(&full))
            .map_or(key, String::as_str)
    }

    /// Arguments that are themselves keys (a field, a role, a state) are
    /// translated too, so the whole sentence is in one language.
    fn localize_arg(&self, name: &str, value: &str) -> String {
        match name {
            // An offboarding step's owner (`role.dept_head`) and an item's
            // fate (`item_fate.returned`) come as keys too.
            "field" | "action" | "kind" | "owner" | "fate" => self.t(value).to_string(),
            "need" | "role" => value
                .split(',')
                .map(|r| self.role(r))
                .collect::<Vec<_>>()
                .join(" / "),
            // A requisition's state comes as its own key (`req_state.open`).
            "state" if value.contains('.') => self.t(value).to_string(),
            "state" => self.t(&format!("state.{value}")).to_string(),
            // A sign-off step has a catalog name; an offboarding step is
            // named by the key people type (`hr_talk`), shown as it is.
            "step" => {
                let key = format!("step.{value}");
                match self.t(&key) {
                    t if t == key => value.to_string(),
                    t => t.to_string(),
                }
            }
            "stage" => self.t(&format!("stage.{value}")).to_string(),
            "stages" => value
                .split(", ")
                .map(|s| self.t(&format!("stage.{s}")).to_string())
                .collect::<Vec<_>>()
                .join(" / "),
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
            // Chinese sentences follow each other without a space.
            if !text.ends_with(['。', '！', '？']) {
                text.push(' ');
            }
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
            ApiError::KeptHead(k) => self.f(k.key(), &k.args()),
            ApiError::StageLost { staged, expected } => self.f(
                "err.stage_lost",
                &[
                    ("staged", staged.to_string()),
                    ("expected", expected.to_string()),
                ],
            ),
        }
    }

    /// What is wrong with one row of a roster (without its line and column),
    /// with its arguments translated as an error's are.
    pub fn row_problem(&self, p: &crate::domain::RowProblem) -> String {
        let args: Vec<(&str, String)> = p
            .args
            .iter()
            .map(|(n, v)| (n.as_str(), self.localize_arg(n, v)))
            .collect();
        self.f(&p.key, &args)
    }
}

#[cfg(test)]
mod tests;
