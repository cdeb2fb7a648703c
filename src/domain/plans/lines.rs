//! The changes a plan holds: each checked against the company when it is
//! added, when the plan is submitted and again when it is approved (seats may
//! have been filled meanwhile), and turned into position changes on approval.

use super::*;

/// Re-checks every line against the company as it is now (seats may have been
/// filled since submission) and turns the plan into position changes.
pub(super) fn apply(company: &Company, plan: &Plan, ctx: &Ctx) -> Result<Vec<Event>, DomainError> {
    let mut events = Vec::new();
    let mut next = company.next_position_id();
    for i in &plan.items {
        check_line(company, plan, &i.line, Some(i.no))?;
        events.push(match &i.line {
            PlanLine::NewPosition {
                dept,
                title,
                duties,
                headcount,
            } => {
                let id = next;
                next = PositionId(next.0 + 1);
                Event::PositionCreated {
                    id,
                    dept: *dept,
                    title: title.clone(),
                    duties: duties.clone(),
                    approved: *headcount,
                    plan: Some(plan.id),
                    at: ctx.now,
                }
            }
            PlanLine::SetHeadcount {
                position,
                headcount,
            } => Event::HeadcountSet {
                position: *position,
                approved: *headcount,
                plan: Some(plan.id),
                at: ctx.now,
            },
            PlanLine::ChangeDuties { position, duties } => Event::DutiesChanged {
                position: *position,
                duties: duties.clone(),
                plan: plan.id,
            },
            PlanLine::ClosePosition { position } => Event::PositionClosed {
                position: *position,
                plan: plan.id,
                at: ctx.now,
            },
        });
    }
    Ok(events)
}

/// A line as typed, held to the text rules.
pub(super) fn clean_line(line: &PlanLine) -> Result<PlanLine, DomainError> {
    Ok(match line {
        PlanLine::NewPosition {
            dept,
            title,
            duties,
            headcount,
        } => PlanLine::NewPosition {
            dept: *dept,
            title: text::line("field.position_title", title, MAX_TITLE, false)?,
            // A position is set up with its duties (崗位職責).
            duties: text::block("field.duties", duties, MAX_TEXT, false)?,
            headcount: *headcount,
        },
        PlanLine::ChangeDuties { position, duties } => PlanLine::ChangeDuties {
            position: *position,
            duties: text::block("field.duties", duties, MAX_TEXT, false)?,
        },
        other => other.clone(),
    })
}

/// Validates one line of `plan`; `own` is the line's number when it is already in the plan.
pub fn check_line(
    company: &Company,
    plan: &Plan,
    line: &PlanLine,
    own: Option<LineNo>,
) -> Result<(), DomainError> {
    let others = plan
        .items
        .iter()
        .filter(|i| Some(i.no) != own)
        .map(|i| &i.line);
    match line {
        PlanLine::NewPosition {
            dept: d,
            title,
            headcount,
            ..
        } => {
            let department = dept(company, *d)?;
            check_headcount(*headcount)?;
            if *headcount == 0 {
                return Err(DomainError::NoSeats);
            }
            let taken_now = company
                .positions_of(*d)
                .any(|p| !p.closed && p.title.trim() == title.trim());
            let taken_in_plan = others.into_iter().any(|l| {
                matches!(l, PlanLine::NewPosition { dept, title: t, .. } if dept == d && t.trim() == title.trim())
            });
            if taken_now || taken_in_plan {
                return Err(DomainError::DuplicateTitle {
                    title: title.trim().into(),
                    dept: department.name.clone(),
                });
            }
            Ok(())
        }
        PlanLine::SetHeadcount {
            position,
            headcount,
        } => {
            let p = open_position(company, *position)?;
            no_other_line(others, line)?;
            check_headcount(*headcount)?;
            // Also catches a plan overtaken by another that already set this figure.
            if *headcount == p.approved {
                return Err(DomainError::NoChange {
                    position: position.to_string(),
                });
            }
            let occupied = company.ledger(*position).occupied();
            if *headcount < occupied {
                return Err(DomainError::HeadcountBelowOccupied {
                    position: position.to_string(),
                    title: p.title.clone(),
                    requested: *headcount,
                    occupied,
                    short: occupied - headcount,
                });
            }
            Ok(())
        }
        PlanLine::ChangeDuties { position, duties } => {
            let p = open_position(company, *position)?;
            no_other_line(others, line)?;
            if p.duties.trim() == duties.trim() {
                return Err(DomainError::NoChange {
                    position: position.to_string(),
                });
            }
            Ok(())
        }
        PlanLine::ClosePosition { position } => {
            open_position(company, *position)?;
            no_other_line(others, line)?;
            let occupied = company.ledger(*position).occupied();
            if occupied > 0 {
                return Err(DomainError::CloseOccupied {
                    position: position.to_string(),
                    occupied,
                });
            }
            Ok(())
        }
    }
}

/// One plan may change a position's headcount and its duties, but not the
/// same thing twice, and closing it excludes any other change to it.
pub(super) fn no_other_line<'a>(
    mut others: impl Iterator<Item = &'a PlanLine>,
    line: &PlanLine,
) -> Result<(), DomainError> {
    let Some(position) = line.position() else {
        return Ok(());
    };
    let closes = |l: &PlanLine| matches!(l, PlanLine::ClosePosition { .. });
    let clash = |l: &PlanLine| {
        l.position() == Some(position)
            && (std::mem::discriminant(l) == std::mem::discriminant(line)
                || closes(l)
                || closes(line))
    };
    if others.any(clash) {
        return Err(DomainError::DuplicateLine {
            position: position.to_string(),
        });
    }
    Ok(())
}

pub(super) fn open_position(company: &Company, id: PositionId) -> Result<&Position, DomainError> {
    let p = company
        .positions
        .get(&id)
        .ok_or_else(|| not_found("kind.position", id))?;
    if p.closed {
        return Err(DomainError::PositionClosed {
            position: id.to_string(),
        });
    }
    Ok(p)
}
