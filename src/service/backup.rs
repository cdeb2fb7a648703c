//! The queries behind `audit head`, `audit export`, `audit verify --head` and
//! `backup`: the log's lines a page at a time, read from the store (never
//! from the company in memory), and the personal records kept beside it.

use super::api::*;
use crate::domain::Company;
use crate::domain::ids::hex_bytes::to_hex;
use crate::store::{KeptHeadFailure, Store, VerifyFailure};

pub fn head(store: &Store, company: &Company) -> Result<LogHead, ApiError> {
    let head = store.ready()?;
    Ok(LogHead {
        seq: head.seq,
        hash: to_hex(&head.hash),
        company: company.name.clone(),
    })
}

/// Lines up to `upto` but never past the head: an export asks up to the
/// head it read first, so it is one consistent prefix of the log while
/// others go on writing.
pub fn export(store: &Store, from: u64, upto: u64) -> Result<ExportLines, ApiError> {
    let end = store.ready()?.seq;
    let page = store.export_page(from, upto.min(end), EXPORT_PAGE_BYTES)?;
    Ok(ExportLines {
        lines: page.lines,
        next: page.next,
    })
}

pub fn verify_failure(f: VerifyFailure) -> ApiError {
    match f {
        VerifyFailure::Broken { seq, reason } => ApiError::AuditBroken { seq, reason },
        VerifyFailure::Unavailable(e) => ApiError::Store(e),
    }
}

pub fn kept_head(f: KeptHeadFailure) -> ApiError {
    ApiError::KeptHead(match f {
        KeptHeadFailure::Gone { seq, end } => KeptHead::Gone { seq, end },
        KeptHeadFailure::Differs { seq } => KeptHead::Differs { seq },
        KeptHeadFailure::NotFound { end } => KeptHead::NotFound { end },
    })
}

pub fn verify_head(store: &Store, seq: Option<u64>, hash: [u8; 32]) -> Result<Reply, ApiError> {
    let (seq, events) = store
        .verify_head(seq, hash, |_| {})
        .map_err(verify_failure)?
        .map_err(kept_head)?;
    Ok(Reply::HeadVerified { seq, events })
}

/// A page of the lines of records kept outside the log: the employees',
/// in id order, then the candidates'. The cursor counts lines.
pub fn personal(company: &Company, page: PageReq) -> Result<Page<String>, ApiError> {
    use crate::store::export::{candidate_line, personal_line};
    let skip = usize::try_from(page.cursor).unwrap_or(usize::MAX);
    let from_people = company.personal.len().min(skip);
    // Skipped before they are written out: a page costs what it holds.
    let people = company
        .personal
        .iter()
        .skip(from_people)
        .map(|(id, r)| personal_line(*id, r));
    let candidates = company
        .candidate_records
        .iter()
        .skip(skip - from_people)
        .map(|(id, r)| candidate_line(*id, r));
    let lines: Vec<String> = people
        .chain(candidates)
        .take(page.limit())
        .collect::<Result<_, _>>()
        .map_err(ApiError::Protocol)?;
    let total = company.personal.len() + company.candidate_records.len();
    let end = skip.saturating_add(lines.len());
    Ok(Page {
        next: (end < total).then_some(end as u64),
        total: total as u64,
        items: lines,
    })
}
