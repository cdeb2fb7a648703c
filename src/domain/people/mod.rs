//! People: employees entered directly or from a roster, their details, their
//! personal data (kept outside the log), and transfers between positions.

mod apply;
mod fields;
mod names;
mod roster;

pub use apply::apply;

pub use fields::personal_field;
pub use roster::{Batch, COLUMNS, MAX_ROWS, RosterRow};

use super::commands::{Beside, Command, Ctx, MAX_NAME, not_found};
use super::error::DomainError;
use super::events::Event;
use super::ids::*;
use super::model::*;
use super::state::Company;
use super::text;

/// What a people command decided beside its events: personal records to
/// keep outside the log, written in the same durable commit.
pub type PersonalWrites = Vec<(EmployeeId, PersonalRecord)>;

pub const MAX_NUMBER: usize = 20;

pub fn decide(
    company: &Company,
    actor: &User,
    cmd: &Command,
    comment: &str,
    ctx: &Ctx,
) -> Result<(Vec<Event>, Beside), DomainError> {
    let (mut events, people) = decide_people(company, actor, cmd, comment, ctx)?;
    let mut beside = Beside {
        people,
        ..Beside::default()
    };
    if let Command::ErasePersonalData { id } = cmd {
        erase_as_candidate(company, *id, &actor.login, ctx, &mut events, &mut beside);
    }
    Ok((events, beside))
}

/// Someone hired through recruitment told renshi about themselves twice,
/// as a candidate and on the forms: an erasure takes both.
fn erase_as_candidate(
    company: &Company,
    id: EmployeeId,
    by: &str,
    ctx: &Ctx,
    events: &mut Vec<Event>,
    beside: &mut Beside,
) {
    let Some(candidate) = company
        .employees
        .get(&id)
        .and_then(|e| e.hiring.as_ref())
        .and_then(|h| h.candidate)
        .filter(|c| {
            company
                .candidates
                .get(c)
                .is_some_and(|c| c.erased.is_none())
        })
    else {
        return;
    };
    let erased = Some(Erasure {
        by: by.to_string(),
        at: ctx.now,
    });
    events.push(Event::CandidateDataErased {
        id: candidate,
        by: by.to_string(),
        at: ctx.now,
    });
    beside.candidates.push((
        candidate,
        super::recruit::CandidateRecord {
            erased,
            ..Default::default()
        },
    ));
}

fn decide_people(
    company: &Company,
    actor: &User,
    cmd: &Command,
    comment: &str,
    ctx: &Ctx,
) -> Result<(Vec<Event>, PersonalWrites), DomainError> {
    let by = actor.login.clone();
    match cmd {
        Command::AddEmployee { row } => {
            let mut rows = roster::Batch::new(company, &by, ctx.now, false);
            rows.add(row)
                .map_err(|mut problems| problems.swap_remove(0).1)?;
            if let Some((_, position, _)) = rows.short_seats().first() {
                return Err(no_free_seat(company, *position));
            }
            Ok(rows.finish())
        }
        Command::ImportEmployees { rows } => roster::import(company, &by, ctx.now, rows),
        Command::EditEmployee {
            id,
            number,
            name,
            personal,
        } => {
            let e = employee(company, *id)?;
            let name = text::line("field.employee_name", name, MAX_NAME, false)?;
            // Full-width forms are the same number: one person, one number.
            let number = text::narrowed(&text::line(
                "field.staff_number",
                number,
                MAX_NUMBER,
                false,
            )?)
            .into_owned();
            if let Some(problem) = roster::id_shaped(&number, *id) {
                return Err(problem);
            }
            if let Some(other) = company.by_number(&number).filter(|o| o.id != *id) {
                return Err(DomainError::DuplicateNumber {
                    number,
                    id: other.id.to_string(),
                });
            }
            let personal = fields::personal(personal).map_err(|bad| bad.1)?;
            // A date of birth kept from before is not judged again.
            let kept = company
                .personal
                .get(id)
                .map(|r| r.data.date_of_birth.as_str());
            if kept != Some(personal.date_of_birth.as_str()) {
                fields::check_birth(&personal.date_of_birth, ctx.today)?;
            }
            // The rule an entry and a roster keep (`roster`): one ID number,
            // one person. An edit is rare enough to look through everyone.
            if !personal.id_number.is_empty()
                && let Some((other, _)) = company
                    .personal
                    .iter()
                    .find(|(o, r)| *o != id && r.data.id_number == personal.id_number)
            {
                return Err(DomainError::DuplicateIdNumber {
                    id: other.to_string(),
                });
            }
            let before = company.personal.get(id).cloned().unwrap_or_default();
            let fields = personal.changed_from(&before.data);
            let mut events = Vec::new();
            if number != e.number || name != e.name {
                events.push(Event::EmployeeEdited {
                    id: *id,
                    number,
                    name,
                    by: by.clone(),
                    at: ctx.now,
                });
            }
            let mut writes = Vec::new();
            if !fields.is_empty() {
                events.push(Event::PersonalDataSet {
                    id: *id,
                    fields,
                    by,
                    at: ctx.now,
                });
                writes.push((
                    *id,
                    PersonalRecord {
                        data: personal,
                        erased: None,
                    },
                ));
            }
            if events.is_empty() {
                return Err(DomainError::NothingEdited { id: id.to_string() });
            }
            Ok((events, writes))
        }
        Command::TransferEmployee {
            id,
            to,
            over_headcount,
        } => {
            let e = employee(company, *id)?;
            if e.status == EmployeeStatus::Separated {
                return Err(DomainError::EmployeeSeparated { id: id.to_string() });
            }
            // Someone leaving stays where their case's steps were given out.
            if let Some(case) = company.index.open_cases.get(id) {
                return Err(DomainError::CaseOpen {
                    id: id.to_string(),
                    case: case.to_string(),
                });
            }
            let target = company
                .positions
                .get(to)
                .ok_or_else(|| not_found("kind.position", to))?;
            if target.closed {
                return Err(DomainError::PositionClosed {
                    position: to.to_string(),
                });
            }
            if e.position == *to {
                return Err(DomainError::AlreadyHolds {
                    id: id.to_string(),
                    position: to.to_string(),
                });
            }
            let ledger = company.ledger(*to);
            let reason = if ledger.free() < 1 {
                if !over_headcount {
                    return Err(no_free_seat(company, *to));
                }
                // Only the general manager may exceed the approved headcount,
                // and the reason is recorded with the move.
                if !actor.has(Role::GeneralManager) {
                    return Err(DomainError::Denied {
                        action: "action.transfer_over".into(),
                        need: Role::GeneralManager.key().into(),
                    });
                }
                if comment.trim().is_empty() {
                    return Err(DomainError::ReasonRequired {
                        action: "action.transfer_over".into(),
                    });
                }
                Some(comment.to_string())
            } else {
                None
            };
            Ok((
                vec![Event::EmployeeTransferred {
                    id: *id,
                    from: e.position,
                    to: *to,
                    over_headcount: reason,
                    by,
                    at: ctx.now,
                }],
                Vec::new(),
            ))
        }
        Command::ErasePersonalData { id } => {
            employee(company, *id)?;
            if let Some(Erasure { at, by }) =
                company.personal.get(id).and_then(|r| r.erased.clone())
            {
                return Err(DomainError::AlreadyErased {
                    id: id.to_string(),
                    by,
                    on: at.date_naive().to_string(),
                });
            }
            // The law that requires it is the comment: nobody erases without saying why.
            if comment.trim().is_empty() {
                return Err(DomainError::ReasonRequired {
                    action: "action.erase_personal".into(),
                });
            }
            Ok((
                vec![Event::PersonalDataErased {
                    id: *id,
                    by: by.clone(),
                    at: ctx.now,
                }],
                vec![(
                    *id,
                    PersonalRecord {
                        data: Personal::default(),
                        erased: Some(Erasure { by, at: ctx.now }),
                    },
                )],
            ))
        }
        _ => Ok((Vec::new(), Vec::new())),
    }
}

pub fn employee(company: &Company, id: EmployeeId) -> Result<&Employee, DomainError> {
    company
        .employees
        .get(&id)
        .ok_or_else(|| not_found("kind.employee", id))
}

/// "No seat is free", with the numbers that say why.
pub fn no_free_seat(company: &Company, position: PositionId) -> DomainError {
    let l = company.ledger(position);
    DomainError::NoFreeSeat {
        position: position.to_string(),
        title: company
            .positions
            .get(&position)
            .map(|p| p.title.clone())
            .unwrap_or_default(),
        approved: l.approved,
        filled: l.filled,
        reserved: l.reserved,
    }
}

/// Hides all but the end of a personal value from those who may not read
/// it: enough to tell two records apart, not enough to use.
pub fn mask(field: &str, value: &str) -> String {
    if value.is_empty() {
        return String::new();
    }
    let chars: Vec<char> = value.chars().collect();
    let keep = match field {
        "id_number" | "phone" | "bank_account" if chars.len() >= 8 => 4,
        "id_number" | "phone" | "bank_account" => chars.len() / 3,
        // The year of birth tells two people apart; the day stays HR's.
        "date_of_birth" if chars.len() == 10 => {
            return format!("{}-**-**", chars[..4].iter().collect::<String>());
        }
        _ => 0,
    };
    let mut out: String = "*".repeat((chars.len() - keep).clamp(3, 12));
    out.extend(&chars[chars.len() - keep..]);
    out
}

#[cfg(test)]
mod tests {
    use super::mask;

    #[test]
    fn masks_keep_only_a_short_tail() {
        assert_eq!(mask("id_number", "110101199003071234"), "************1234");
        assert_eq!(mask("phone", "13800138000"), "*******8000");
        assert_eq!(mask("address", "北京市朝阳区"), "******");
        assert_eq!(mask("email", "a@b.c"), "*****");
        assert_eq!(mask("phone", ""), "");
        // A short value keeps less, so the mask never shows most of it.
        assert_eq!(mask("phone", "12"), "***");
    }
}

/// Why a personal record read from outside (a backup) cannot stand beside
/// the log: the log is the truth about erasures.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RecordProblem {
    /// The log erased the person's data; the record still holds some.
    NotErased,
    /// The record says erased; the log never erased it.
    ErasedUnlogged,
}

/// The field of personal data read from outside (a backup) that breaks the
/// rules for its text, if one does: they hold for records as for everything
/// typed in, and need no company to check.
pub fn check_fields(data: &Personal) -> Result<(), &'static str> {
    match fields::personal(data) {
        Ok(checked) if checked == *data => Ok(()),
        Ok(_) => Err("personal"),
        Err(bad) => Err(bad.0),
    }
}

/// Checks a personal record of `id` against the company the log built.
pub fn check_record(
    company: &Company,
    id: EmployeeId,
    record: &PersonalRecord,
) -> Result<(), RecordProblem> {
    let last = company.employees.get(&id).and_then(|e| {
        e.history.iter().rev().find(|h| {
            matches!(
                h.change,
                Change::PersonalChanged { .. } | Change::PersonalErased
            )
        })
    });
    let erased_in_log = last.is_some_and(|h| h.change == Change::PersonalErased);
    match (&record.erased, erased_in_log) {
        (None, true) => Err(RecordProblem::NotErased),
        (Some(_), false) => Err(RecordProblem::ErasedUnlogged),
        (Some(_), true) if record.data != Personal::default() => Err(RecordProblem::NotErased),
        _ => Ok(()),
    }
}
