//! The headcount ledger as recruitment meets it: a requisition reserves its
//! seats from submission, an accepted offer keeps one, a hire fills it. Each
//! step that takes a seat asks here first; only the general manager's
//! recorded override lets a position hold more than its approved headcount.

use crate::domain::error::DomainError;
use crate::domain::ids::PositionId;
use crate::domain::state::Company;

/// Refuses unless `position` has `wanted` seats free.
pub fn need_free(company: &Company, position: PositionId, wanted: u32) -> Result<(), DomainError> {
    let l = company.ledger(position);
    if l.free() >= i64::from(wanted) {
        return Ok(());
    }
    Err(DomainError::SeatsShort {
        position: position.to_string(),
        title: company
            .positions
            .get(&position)
            .map(|p| p.title.clone())
            .unwrap_or_default(),
        wanted,
        approved: l.approved,
        overridden: l.overridden,
        filled: l.filled,
        reserved: l.reserved,
    })
}

/// Refuses when `position` already holds more than it may (its seats were
/// cut or taken since): what was reserved may not be signed or filled then.
pub fn check_ledger(company: &Company, position: PositionId) -> Result<(), DomainError> {
    need_free(company, position, 0)
}
