//! The equipment the administration department issued: recorded item by
//! item, and taken back one by one when its holder leaves (returned,
//! written off, or charged to them).

use super::cases::{not_ahead, open_case, reason_needed};
use super::*;
use crate::domain::commands::MAX_TITLE;
use crate::domain::people::employee;
use crate::domain::text;

const MAX_TAG: usize = 40;

pub(super) fn issue(
    company: &Company,
    actor: &User,
    id: EmployeeId,
    (tag, what): (&str, &str),
    on: NaiveDate,
    ctx: &Ctx,
) -> Result<Vec<Event>, DomainError> {
    let by = actor.login.clone();
    let e = employee(company, id)?;
    if !e.status.holds_seat() {
        return Err(DomainError::EmployeeSeparated { id: id.to_string() });
    }
    let tag = text::narrowed(&text::line("field.asset_tag", tag, MAX_TAG, false)?).into_owned();
    // Tags are printed on labels and typed back: plain letters and digits,
    // so a Cyrillic `І` cannot pass for an `I` already out.
    let label = |c: char| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '/' | ' ');
    if !tag.chars().all(label) {
        return Err(DomainError::BadTag { tag });
    }
    if let Some(holder) = company.index.asset_tags.get(&tag.to_uppercase()) {
        return Err(DomainError::DuplicateTag {
            tag,
            holder: holder.to_string(),
        });
    }
    if items(company, id).len() >= super::MAX_ITEMS {
        return Err(DomainError::TooManyItems {
            id: id.to_string(),
            max: super::MAX_ITEMS,
        });
    }
    not_ahead(on, ctx)?;
    if on < e.hired {
        return Err(DomainError::BeforeHire {
            id: id.to_string(),
            on: on.to_string(),
            hired: e.hired.to_string(),
        });
    }
    // Once a leaver's equipment is settled, a new item would slip past the
    // settlement that counted on it.
    if let Some(case) = company
        .index
        .open_cases
        .get(&id)
        .and_then(|c| company.separations.get(c))
        && case
            .steps
            .iter()
            .any(|s| s.template.kind == StepKind::Equipment && !s.is_open())
    {
        return Err(DomainError::EquipmentSettledFirst {
            case: case.id.to_string(),
        });
    }
    Ok(vec![Event::EquipmentIssued {
        employee: id,
        tag,
        what: text::line("field.item", what, MAX_TITLE, false)?,
        on,
        by,
        at: ctx.now,
    }])
}

pub(super) fn settle_item(
    company: &Company,
    actor: &User,
    id: SepId,
    (tag, fate): (&str, &ItemFate),
    comment: &str,
    ctx: &Ctx,
) -> Result<Vec<Event>, DomainError> {
    let by = actor.login.clone();
    let case = open_case(company, actor, id)?;
    if actor.employee == Some(case.employee) {
        return Err(DomainError::OwnSeparation {
            case: id.to_string(),
        });
    }
    let wanted = text::narrowed(tag.trim()).to_uppercase();
    let item = items(company, case.employee)
        .iter()
        .find(|i| i.tag.to_uppercase() == wanted)
        .ok_or_else(|| DomainError::NoSuchItem {
            tag: tag.trim().to_string(),
            id: case.employee.to_string(),
        })?;
    if !item.outstanding() {
        return Err(DomainError::ItemSettled {
            tag: item.tag.clone(),
            fate: format!(
                "item_fate.{}",
                item.fate.as_ref().map_or("returned", |f| f.key())
            ),
        });
    }
    if let ItemFate::Charged(m) = fate {
        let currency = super::currency(&m.currency)?;
        if m.minor == 0 {
            return Err(DomainError::NothingCharged {
                tag: item.tag.clone(),
            });
        }
        if !(1..=super::settle::MAX_MINOR).contains(&m.minor) {
            return Err(DomainError::BadAmount {
                text: super::format_amount(m.minor, &currency),
                currency,
            });
        }
    }
    if *fate != ItemFate::Returned {
        reason_needed(comment, "action.write_off")?;
    }
    Ok(vec![Event::EquipmentSettled {
        employee: case.employee,
        tag: item.tag.clone(),
        fate: fate.clone(),
        case: id,
        note: comment.to_string(),
        by,
        at: ctx.now,
    }])
}
