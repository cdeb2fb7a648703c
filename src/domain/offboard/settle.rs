//! The final settlement, and amounts of money as people type them, kept in the currency's smallest
//! unit so a settlement adds up to the fen: `12,345.60 CNY` is 1234560.

use super::cases::{not_ahead, open_case};
use super::*;
use crate::domain::text::ascii_digits;

/// Ten thousand million in the largest unit: far beyond any final pay, and
/// far inside `i64`, so sums of four amounts cannot overflow.
const MAX_MAJOR: i64 = 10_000_000_000;
/// The same bound in minor units of any currency (at most three decimals):
/// what arrives over the socket as a number is held to it too.
pub const MAX_MINOR: i64 = MAX_MAJOR * 1000;

/// How many digits the currency's minor unit has (2 for CNY, 0 for JPY);
/// `None` for what is not an ISO 4217 code of money (funds and metals such
/// as XAU have no minor unit to count in).
pub fn currency_digits(code: &str) -> Option<u32> {
    iso_currency::Currency::from_code(code)
        .and_then(|c| c.exponent())
        .map(u32::from)
}

pub fn currency(text: &str) -> Result<String, DomainError> {
    let code = text.trim().to_ascii_uppercase();
    match currency_digits(&code) {
        Some(_) => Ok(code),
        None => Err(DomainError::BadCurrency {
            text: text.trim().to_string(),
        }),
    }
}

/// `12345.6`, `12,345.60`, `１２３４５` in `currency` → minor units. A sign,
/// letters, or more decimals than the currency has are refused.
pub fn parse_amount(text: &str, currency: &str) -> Result<i64, DomainError> {
    let t = text.trim();
    let bad = || DomainError::BadAmount {
        text: t.to_string(),
        currency: currency.to_string(),
    };
    let digits = currency_digits(currency).ok_or_else(|| DomainError::BadCurrency {
        text: currency.to_string(),
    })?;
    let typed: String = ascii_digits(t)
        .chars()
        .map(|c| match c {
            '\u{ff0e}' => '.',
            '\u{ff0c}' => ',',
            c => c,
        })
        .collect();
    let (grouped, frac) = typed.split_once('.').unwrap_or((&typed, ""));
    let all_digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    // Commas group the whole part by threes (`12,345`), or are absent: a
    // decimal comma (`1234,56`) would otherwise read a hundred times larger.
    let mut groups = grouped.split(',');
    // With commas, the first group is 1–3 digits and no leading zero:
    // `0,001` is a decimal comma, not one yuan.
    let first_ok = groups.next().is_some_and(|g| {
        all_digits(g) && (!grouped.contains(',') || (g.len() <= 3 && !g.starts_with('0')))
    });
    let rest_ok = groups.all(|g| g.len() == 3 && all_digits(g));
    if !first_ok
        || !rest_ok
        || !(frac.is_empty() || all_digits(frac))
        || frac.len() > digits as usize
    {
        return Err(bad());
    }
    let plain = typed.replace(',', "");
    let whole = grouped.replace(',', "");
    if plain.ends_with('.') {
        return Err(bad());
    }
    let whole: i64 = whole.parse().map_err(|_| bad())?;
    if whole >= MAX_MAJOR {
        return Err(bad());
    }
    let scale = 10_i64.pow(digits);
    let frac_value: i64 = if frac.is_empty() {
        0
    } else {
        let padded = format!("{frac:0<width$}", width = digits as usize);
        padded.parse().map_err(|_| bad())?
    };
    Ok(whole * scale + frac_value)
}

/// Minor units as people read them: `12,345.60`, `-80.00`.
pub fn format_amount(minor: i64, currency: &str) -> String {
    let digits = currency_digits(currency).unwrap_or(2);
    let scale = 10_i64.pow(digits);
    let sign = if minor < 0 { "-" } else { "" };
    let abs = minor.unsigned_abs();
    let whole = abs / scale as u64;
    let frac = abs % scale as u64;
    let mut grouped = String::new();
    let text = whole.to_string();
    for (i, c) in text.chars().enumerate() {
        if i > 0 && (text.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(c);
    }
    if digits == 0 {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}.{frac:0width$}", width = digits as usize)
    }
}

pub fn format_money(m: &Money) -> String {
    format!("{} {}", format_amount(m.minor, &m.currency), m.currency)
}

/// Finance's record of the final settlement, once the handover and the
/// equipment are done: its total is computed here, never taken as given.
pub(super) fn settle(
    company: &Company,
    actor: &User,
    id: SepId,
    currency: &str,
    [last_pay, leave_paid, compensation, deductions]: [i64; 4],
    paid_on: NaiveDate,
    ctx: &Ctx,
) -> Result<Vec<Event>, DomainError> {
    let by = actor.login.clone();
    let case = open_case(company, actor, id)?;
    let step = case
        .steps
        .iter()
        .find(|s| s.template.kind == StepKind::Settlement)
        .ok_or_else(|| DomainError::NoSuchStep {
            case: id.to_string(),
            step: "settlement".into(),
            steps: case
                .steps
                .iter()
                .map(|s| s.template.key.as_str())
                .collect::<Vec<_>>()
                .join(", "),
        })?;
    may_tick(company, actor, case, step)?;
    let currency = super::currency(currency)?;
    for amount in [last_pay, leave_paid, compensation, deductions] {
        if !(0..=MAX_MINOR).contains(&amount) {
            return Err(DomainError::BadAmount {
                text: super::format_amount(amount, &currency),
                currency,
            });
        }
    }
    let total = last_pay + leave_paid + compensation - deductions;
    if total < 0 {
        return Err(DomainError::SettlementNegative {
            total: super::format_amount(total, &currency),
            currency,
        });
    }
    not_ahead(paid_on, ctx)?;
    if paid_on < case.notice {
        return Err(DomainError::PaidBeforeNotice {
            paid_on: paid_on.to_string(),
            notice: case.notice.to_string(),
        });
    }
    Ok(vec![Event::SettlementRecorded {
        id,
        settlement: Settlement {
            currency,
            last_pay,
            leave_paid,
            compensation,
            deductions,
            total,
            paid_on,
        },
        by,
        at: ctx.now,
    }])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_become_minor_units_and_back() {
        assert_eq!(parse_amount("12,345.6", "CNY"), Ok(1_234_560));
        assert_eq!(parse_amount("1,234,567", "CNY"), Ok(123_456_700));
        assert_eq!(parse_amount("１２，３４５．５", "CNY"), Ok(1_234_550));
        assert_eq!(parse_amount("１２３４５", "CNY"), Ok(1_234_500));
        assert_eq!(parse_amount("0.05", "EUR"), Ok(5));
        assert_eq!(parse_amount("1500", "JPY"), Ok(1500));
        assert_eq!(format_amount(1_234_560, "CNY"), "12,345.60");
        assert_eq!(format_amount(-8000, "CNY"), "-80.00");
        assert_eq!(format_amount(1500, "JPY"), "1,500");
    }

    #[test]
    fn a_sign_letters_or_too_many_decimals_are_refused() {
        for bad in [
            "1234,56",
            "1,2,3",
            ",100",
            "1,,000",
            "1_000",
            "12,3456",
            "0,001",
            "10,000,000,000",
            "-5",
            "abc",
            "1.234",
            "",
            "1e5",
            "1.",
            "5 yuan",
            "99999999999999",
        ] {
            assert!(
                matches!(parse_amount(bad, "CNY"), Err(DomainError::BadAmount { .. })),
                "{bad}"
            );
        }
        assert!(parse_amount("1.5", "JPY").is_err());
        assert!(matches!(
            currency("rmb1"),
            Err(DomainError::BadCurrency { .. })
        ));
        assert_eq!(currency(" cny "), Ok("CNY".into()));
        for not_money in ["RMB", "ABC", "XAU"] {
            assert!(currency(not_money).is_err(), "{not_money}");
        }
        assert_eq!(currency_digits("KWD"), Some(3));
    }
}
