//! Offboarding as people read it: the audit-log lines of its events, the
//! certificate of separation, and the commands a case asks of its reader.

use crate::domain::offboard::{SepState, StepKind, StepState, format_money};
use crate::domain::{DomainError, Event};
use crate::i18n::Catalog;
use crate::service::api::SepView;

pub fn is_offboarding(e: &Event) -> bool {
    matches!(
        e,
        Event::SeparationStarted { .. }
            | Event::SeparationStepDone { .. }
            | Event::SeparationStepAcknowledged { .. }
            | Event::EquipmentIssued { .. }
            | Event::EquipmentSettled { .. }
            | Event::SettlementRecorded { .. }
            | Event::SeparationClosed { .. }
            | Event::SeparationWithdrawn { .. }
    )
}

/// What an audit-log line of an offboarding event says after its kind.
pub fn event_detail(cat: &Catalog, e: &Event) -> String {
    match e {
        Event::SeparationStarted {
            id,
            employee,
            kind,
            last_day,
            ..
        } => format!(
            "{id} {employee} {} ≤ {last_day}",
            cat.t(&format!("sep_kind.{}", kind.key()))
        ),
        Event::SeparationStepDone {
            id,
            step,
            not_applicable,
            handover_to,
            ..
        } => {
            let mut t = format!("{id} {step}");
            if *not_applicable {
                t.push_str(&format!(" ({})", cat.t("step_state.not_applicable")));
            }
            if let Some(to) = handover_to {
                t.push_str(&format!(" → {to}"));
            }
            t
        }
        Event::SeparationStepAcknowledged { id, step, by, .. } => format!("{id} {step} ({by})"),
        Event::EquipmentIssued {
            employee,
            tag,
            what,
            ..
        } => format!("{employee} {tag} {what}"),
        Event::EquipmentSettled {
            case, tag, fate, ..
        } => {
            let mut t = format!(
                "{case} {tag} {}",
                cat.t(&format!("item_fate.{}", fate.key()))
            );
            if let crate::domain::offboard::ItemFate::Charged(m) = fate {
                t.push_str(&format!(" {}", format_money(m)));
            }
            t
        }
        Event::SettlementRecorded { id, settlement, .. } => format!(
            "{id} {}",
            format_money(&crate::domain::offboard::Money {
                minor: settlement.total,
                currency: settlement.currency.clone(),
            })
        ),
        Event::SeparationClosed {
            id, employee, on, ..
        } => format!("{id} {employee} {on}"),
        Event::SeparationWithdrawn { id, employee, .. } => format!("{id} {employee}"),
        _ => String::new(),
    }
}

const CERT_EN: &str = include_str!("../../data/certificate/en.txt");
const CERT_HANS: &str = include_str!("../../data/certificate/zh-Hans.txt");
const CERT_HANT: &str = include_str!("../../data/certificate/zh-Hant.txt");

/// The certificate of separation of a closed case in `lang`, laid out from
/// `data/certificate/{lang}.txt`. Each `{placeholder}` is filled once, in
/// one pass, with its value made visible on one line: a name that reads
/// `{company}` stays that name, and one holding a line break or a terminal
/// escape can add neither a line nor an effect to the certificate.
pub fn certificate(lang: crate::i18n::Lang, d: &crate::service::api::CertificateData) -> String {
    use crate::i18n::Lang;
    let template = match lang {
        Lang::En => CERT_EN,
        Lang::ZhHans => CERT_HANS,
        Lang::ZhHant => CERT_HANT,
    };
    // Labour law tells a contract that ran its course (终止) from one cut
    // short (解除).
    let ran_out = matches!(
        d.kind,
        crate::domain::offboard::SepKind::ContractNotRenewed
            | crate::domain::offboard::SepKind::Retirement
    );
    let ended = if ran_out { "终止" } else { "解除" };
    let values: [(&str, String); 11] = [
        ("ended", ended.to_string()),
        ("company", d.company.clone()),
        ("name", d.name.clone()),
        ("number", d.number.clone()),
        // Erased or never given: a dash, not a gap in the sentence.
        (
            "id_number",
            if d.id_number.is_empty() {
                "—".to_string()
            } else {
                d.id_number.clone()
            },
        ),
        ("position", d.position.clone()),
        ("department", d.department.clone()),
        ("hired", d.hired.to_string()),
        ("last_day", d.last_day.to_string()),
        ("case", d.case.to_string()),
        ("issued", d.issued.to_string()),
    ];
    let mut out = String::with_capacity(template.len() + 256);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let known = after.find('}').and_then(|close| {
            values
                .iter()
                .find(|(name, _)| *name == &after[..close])
                .map(|(_, v)| (close, v))
        });
        match known {
            Some((close, value)) => {
                out.push_str(&crate::domain::text::visible_line(value));
                rest = &after[close + 1..];
            }
            // Not a placeholder: the brace stays as the template has it.
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The commands the asker can run on the case now, exactly as typed:
/// their steps whose gates are open, the items to take back first, the
/// acknowledgements of a leaver, and the close.
pub fn next_commands(v: &SepView) -> Vec<String> {
    let id = v.row.id;
    let mut out = Vec::new();
    if v.row.state != SepState::Open {
        return out;
    }
    // The leaver is told so by every step they may not tick.
    let leaver = v
        .steps
        .iter()
        .any(|s| matches!(s.cannot_tick, Some(DomainError::OwnSeparation { .. })));
    for s in &v.steps {
        let key = &s.template.key;
        if s.cannot_tick.is_none() {
            match s.template.kind {
                StepKind::Equipment => {
                    let out_now: Vec<&str> = v
                        .items
                        .iter()
                        .filter(|i| i.outstanding())
                        .map(|i| i.tag.as_str())
                        .collect();
                    if out_now.is_empty() {
                        out.push(format!("renshi offboard tick {id} {key}"));
                    }
                    for tag in out_now {
                        out.push(format!("renshi offboard return {id} {tag}"));
                    }
                }
                StepKind::Settlement => {
                    out.push(format!("renshi offboard settle {id} --last-pay AMOUNT"));
                }
                StepKind::Handover => {
                    out.push(format!("renshi offboard tick {id} {key} --to EMP"));
                }
                StepKind::Task | StepKind::Agreement => {
                    out.push(format!("renshi offboard tick {id} {key}"));
                }
            }
        }
        if leaver
            && s.template.acknowledged
            && s.state == StepState::Done
            && s.acknowledged.is_none()
        {
            out.push(format!("renshi offboard ack {id} {key}"));
        }
    }
    if v.cannot_close.is_none() {
        out.push(format!("renshi offboard close {id}"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::SepId;
    use crate::i18n::Lang;
    use crate::service::api::CertificateData;
    use chrono::NaiveDate;

    fn data(name: &str) -> CertificateData {
        let day = |m, d| NaiveDate::from_ymd_opt(2026, m, d).unwrap_or_default();
        CertificateData {
            case: SepId(4),
            company: "華夏建設 Huaxia Construction".into(),
            name: name.into(),
            number: "HX-1015".into(),
            id_number: "**************0015".into(),
            position: "土建工程師".into(),
            department: "土建部 Civil Works".into(),
            hired: day(1, 5),
            last_day: day(11, 27),
            issued: day(11, 28),
            kind: crate::domain::offboard::SepKind::Resignation,
        }
    }

    #[test]
    fn a_contract_that_ran_out_ended_and_one_cut_short_was_rescinded() {
        let mut d = data("劉洋");
        assert!(certificate(Lang::ZhHans, &d).contains("于 2026-11-27 解除"));
        d.kind = crate::domain::offboard::SepKind::ContractNotRenewed;
        assert!(certificate(Lang::ZhHans, &d).contains("于 2026-11-27 终止"));
    }

    #[test]
    fn every_placeholder_is_filled_in_each_language() {
        for lang in [Lang::En, Lang::ZhHans, Lang::ZhHant] {
            let text = certificate(lang, &data("劉洋"));
            assert!(!text.contains('{'), "{lang:?}: {text}");
            for want in [
                "劉洋",
                "HX-1015",
                "SEP-0004",
                "2026-11-27",
                "土建部 Civil Works",
            ] {
                assert!(text.contains(want), "{lang:?}: no {want} in {text}");
            }
        }
        assert!(certificate(Lang::ZhHant, &data("x")).starts_with("離職證明"));
    }

    #[test]
    fn a_value_is_put_in_once_and_cannot_add_lines_or_escapes() {
        let plain = certificate(Lang::En, &data("x")).lines().count();
        let text = certificate(Lang::En, &data("{company}\nForged line\u{1b}[2J"));
        assert!(text.contains("{company}"), "{text}");
        assert!(!text.contains('\u{1b}'), "{text}");
        assert_eq!(text.lines().count(), plain, "{text}");
    }
}
