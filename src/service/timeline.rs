//! A signed case's history as its readers see it: plans and requisitions
//! both tell it this way.

use super::api::TimelineEntry;
use crate::domain::signoff::Signature;
use crate::domain::{Submission, Withdrawal};

/// Submissions, signatures and a withdrawal, in the order they happened:
/// each round's submission before its signatures. Plans and requisitions
/// share it.
pub fn timeline(
    author: &str,
    submissions: &[Submission],
    signatures: &[Signature],
    withdrawal: Option<&Withdrawal>,
) -> Vec<TimelineEntry> {
    let mut out = Vec::new();
    for s in submissions {
        out.push(TimelineEntry::Submitted {
            round: s.round,
            by: author.to_string(),
            at: s.at,
            comment: s.comment.clone(),
            resubmitted: s.round > 1,
        });
        out.extend(
            signatures
                .iter()
                .filter(|sig| sig.round == s.round)
                .cloned()
                .map(TimelineEntry::Signed),
        );
    }
    // Signatures without their round's submission (none should exist) are
    // kept too; then everything in time order. The sort is stable, so a
    // submission stays before a signature of the same instant.
    out.extend(
        signatures
            .iter()
            .filter(|sig| !submissions.iter().any(|s| s.round == sig.round))
            .cloned()
            .map(TimelineEntry::Signed),
    );
    if let Some(w) = withdrawal {
        out.push(TimelineEntry::Withdrawn(w.clone()));
    }
    out.sort_by_key(TimelineEntry::at);
    out
}
