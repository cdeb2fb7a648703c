//! Offboarding as people read it, shared by the TUI and the CLI: the
//! certificate of separation, laid out from the templates in
//! `data/certificate/`.

use crate::domain::text::visible_line;
use crate::i18n::Lang;
use crate::service::api::CertificateData;

const EN: &str = include_str!("../../data/certificate/en.txt");
const HANS: &str = include_str!("../../data/certificate/zh-Hans.txt");
const HANT: &str = include_str!("../../data/certificate/zh-Hant.txt");

/// The certificate's template in `lang`, with its `{placeholders}`.
pub fn certificate_template(lang: Lang) -> &'static str {
    match lang {
        Lang::En => EN,
        Lang::ZhHans => HANS,
        Lang::ZhHant => HANT,
    }
}

/// The certificate of a closed case in `lang`. Each value is put in once,
/// on one line and with anything a terminal or a printer would act on
/// written out: a name that reads `{company}` stays that name, and one with
/// a line break cannot add lines to the certificate.
pub fn certificate(lang: Lang, d: &CertificateData) -> String {
    let values: [(&str, String); 10] = [
        ("company", d.company.clone()),
        ("name", d.name.clone()),
        ("number", d.number.clone()),
        ("id_number", d.id_number.clone()),
        ("position", d.position.clone()),
        ("department", d.department.clone()),
        ("hired", d.hired.to_string()),
        ("last_day", d.last_day.to_string()),
        ("case", d.case.to_string()),
        ("issued", d.issued.to_string()),
    ];
    fill(certificate_template(lang), &values)
}

/// `template` with each `{name}` of `values` replaced, in one pass; an
/// unknown `{…}` is left as it stands.
fn fill(template: &str, values: &[(&str, String)]) -> String {
    let mut out = String::with_capacity(template.len() + 128);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let known = after.find('}').and_then(|close| {
            let name = &after[..close];
            values
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| (close, v))
        });
        match known {
            Some((close, value)) => {
                out.push_str(&visible_line(value));
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::SepId;
    use chrono::NaiveDate;

    fn data(name: &str) -> CertificateData {
        let day = |m, d| NaiveDate::from_ymd_opt(2026, m, d).unwrap_or_default();
        CertificateData {
            case: SepId(3),
            company: "華興建設 Huaxing".into(),
            name: name.into(),
            number: "HX-1001".into(),
            id_number: "**************1234".into(),
            position: "施工員 Site Supervisor".into(),
            department: "土建部".into(),
            hired: day(1, 5),
            last_day: day(11, 30),
            issued: day(12, 1),
        }
    }

    #[test]
    fn every_placeholder_is_filled_in_every_language() {
        for lang in Lang::ALL {
            let text = certificate(lang, &data("張偉"));
            assert!(
                !text.contains('{') && !text.contains('}'),
                "{lang:?}: {text}"
            );
            for want in [
                "張偉",
                "HX-1001",
                "1234",
                "SEP-0003",
                "2026-11-30",
                "2026-12-01",
            ] {
                assert!(text.contains(want), "{lang:?} lacks {want}: {text}");
            }
        }
    }

    #[test]
    fn a_value_is_put_in_once_and_on_one_line() {
        let text = certificate(Lang::En, &data("{company}\nForged line\u{1b}[2J"));
        assert!(text.contains("{company}\\nForged line\\u{1b}[2J"), "{text}");
        assert_eq!(
            text.lines().count(),
            certificate(Lang::En, &data("x")).lines().count()
        );
        assert_eq!(fill("{a} {b} {", &[("a", "{b}".into())]), "{b} {b} {");
    }
}
