//! One field of an employee as a person wrote it: a status, a contract,
//! personal data. Checked the same way for a roster row, a form and a
//! backup's records.

use super::super::error::DomainError;
use super::super::model::*;
use super::super::{text, time};
use super::roster::RosterRow;

pub(super) fn status(text: &str) -> Result<EmployeeStatus, DomainError> {
    match text.trim().to_lowercase().as_str() {
        "" | "regular" | "active" | "正式" | "在職" | "在职" => Ok(EmployeeStatus::Active),
        "probation" | "試用" | "试用" => Ok(EmployeeStatus::Probation),
        "separated" | "離職" | "离职" => Ok(EmployeeStatus::Separated),
        other => Err(DomainError::BadChoice {
            field: "field.status".into(),
            text: other.into(),
            choices: "probation (試用/试用), regular (正式), separated (離職/离职)".into(),
        }),
    }
}

pub(super) fn contract(row: &RosterRow) -> Result<Option<Contract>, DomainError> {
    let kind = match row.contract.trim().to_lowercase().as_str() {
        "" => return Ok(None),
        "probation" | "試用" | "试用" => ContractKind::Probation,
        "fixed_term" | "固定期限" => ContractKind::FixedTerm,
        "open_ended" | "無固定期限" | "无固定期限" => ContractKind::OpenEnded,
        other => {
            return Err(DomainError::BadChoice {
                field: "field.contract".into(),
                text: other.into(),
                choices: "probation (試用/试用), fixed_term (固定期限), open_ended (無固定期限/无固定期限)"
                    .into(),
            });
        }
    };
    // A start date that is no date is the start_date column's problem,
    // reported there once.
    let Ok(start) = time::parse_day(&row.start_date) else {
        return Ok(None);
    };
    let end = match row.contract_end.trim() {
        "" => None,
        t => {
            let end = time::parse_day(t)?;
            if end < start {
                return Err(DomainError::EndBeforeStart {
                    end: end.to_string(),
                    start: start.to_string(),
                });
            }
            Some(end)
        }
    };
    Ok(Some(Contract { kind, start, end }))
}

/// Personal fields, each one line of bounded length; the column of the first bad one.
pub fn personal(p: &Personal) -> Result<Personal, Box<(&'static str, DomainError)>> {
    let mut out = Personal::default();
    for field in Personal::FIELDS {
        let v = personal_field(field, p.get(field)).map_err(|e| Box::new((field, e)))?;
        if let Some(slot) = out.get_mut(field) {
            *slot = v;
        }
    }
    Ok(out)
}

/// One personal field, checked as every front end checks it (the
/// interface as it is typed): its text rules and length, an e-mail that is
/// an address, a phone number of digits and the signs numbers are written
/// with.
pub fn personal_field(field: &str, value: &str) -> Result<String, DomainError> {
    let (key, max) = match field {
        "id_number" => ("field.id_number", 32),
        "phone" => ("field.phone", 32),
        "email" => ("field.email", 120),
        "address" => ("field.address", 200),
        "date_of_birth" => ("field.date_of_birth", 10),
        "emergency_contact" => ("field.emergency_contact", 120),
        _ => ("field.bank_account", 40),
    };
    if field == "date_of_birth" && !value.trim().is_empty() {
        // Stored as ISO, however it was typed (full-width digits too).
        return time::parse_day(value).map(|d| d.to_string());
    }
    let v = text::line(key, value, max, true)?;
    if field == "email" && !v.is_empty() && !valid_email(&v) {
        return Err(DomainError::BadEmail { text: v });
    }
    if field == "phone" && !v.is_empty() && !valid_phone(&v) {
        return Err(DomainError::BadPhone { text: v });
    }
    if field == "bank_account" && !v.is_empty() && !valid_account(&v) {
        return Err(DomainError::BadBankAccount { text: v });
    }
    Ok(v)
}

/// The youngest anyone may be employed at (PRC Labour Law art. 15), and
/// the oldest a date of birth is believed.
pub const MIN_AGE: u32 = 16;
const MAX_AGE: u32 = 100;

/// A date of birth (ISO, as `personal_field` stores it) of someone who may
/// work on `today`: not in the future, not a child, not a typo a century off.
pub fn check_birth(dob: &str, today: chrono::NaiveDate) -> Result<(), DomainError> {
    if dob.is_empty() {
        return Ok(());
    }
    let day = time::parse_day(dob)?;
    let years = |n: u32| today.checked_sub_months(chrono::Months::new(n * 12));
    let youngest = years(MIN_AGE).unwrap_or(today);
    let oldest = years(MAX_AGE).unwrap_or(chrono::NaiveDate::MIN);
    if day > youngest || day < oldest {
        return Err(DomainError::BadBirthDate {
            date: day.to_string(),
            min_age: MIN_AGE,
        });
    }
    Ok(())
}

/// A bank account as banks write them: letters and digits (an IBAN has
/// both), spaces or hyphens between groups, at least eight digits.
fn valid_account(s: &str) -> bool {
    let s = text::ascii_digits(s);
    s.chars().filter(char::is_ascii_digit).count() >= 8
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == ' ' || c == '-')
}

/// Digits (ASCII or full-width), at least seven of them (a local number
/// without its area code), and the signs phone numbers are written with:
/// `+86 138-0000-0001`, `(010) 6512 3456`.
fn valid_phone(s: &str) -> bool {
    let digits = text::ascii_digits(s);
    digits.chars().filter(char::is_ascii_digit).count() >= 7
        && digits
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '+' | '-' | '(' | ')' | '.' | '/'))
}

fn valid_email(s: &str) -> bool {
    match s.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !s.chars().any(|c| c.is_whitespace() || c == '<' || c == '>')
        }
        None => false,
    }
}
