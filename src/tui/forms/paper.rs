//! Paper sign-offs, on any case signed along a chain: the case they are
//! about (`SignTarget`), the forms that record or discard one, and the
//! commands those become. Plans and requisitions differ only in the command;
//! the rules behind it are the domain's shared ones (`domain::sign`).

use super::*;
use crate::domain::recruit::Recruit;
use std::fmt;

/// The case a paper sign-off is recorded on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SignTarget {
    Plan(PlanId),
    Req(ReqId),
}

impl SignTarget {
    pub fn record(
        self,
        signer: String,
        decision: Decision,
        paper_ref: String,
        seen: Seen,
    ) -> Command {
        match self {
            SignTarget::Plan(id) => Command::RecordPaperSignoff {
                id,
                signer,
                decision,
                paper_ref,
                seen,
            },
            SignTarget::Req(id) => Command::Recruit(Recruit::RecordPaper {
                id,
                signer,
                decision,
                paper_ref,
                seen,
            }),
        }
    }

    pub fn confirm(self, seen: Seen) -> Command {
        match self {
            SignTarget::Plan(id) => Command::ConfirmPaperSignoff { id, seen },
            SignTarget::Req(id) => Command::Recruit(Recruit::ConfirmPaper { id, seen }),
        }
    }

    pub fn discard(self) -> Command {
        match self {
            SignTarget::Plan(id) => Command::DiscardPaperSignoff { id },
            SignTarget::Req(id) => Command::Recruit(Recruit::DiscardPaper { id }),
        }
    }
}

impl fmt::Display for SignTarget {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SignTarget::Plan(id) => id.fmt(f),
            SignTarget::Req(id) => id.fmt(f),
        }
    }
}

impl Form {
    pub fn discard_paper(target: SignTarget, subject: String) -> Form {
        Form::new(
            FormKind::DiscardPaper { target },
            vec![text(FieldId::Comment, "")],
            subject,
        )
    }

    /// `users` are (login, display name) of everyone who might have signed.
    pub fn paper(
        cat: &Catalog,
        target: SignTarget,
        seen: Seen,
        users: &[(String, String)],
        subject: String,
    ) -> Form {
        let signers: Vec<String> = users.iter().map(|(l, _)| l.clone()).collect();
        let options = users
            .iter()
            .enumerate()
            .map(|(i, (l, n))| (format!("{n} ({l})"), i as u32))
            .collect();
        let decisions = [Decision::Approve, Decision::Reject, Decision::Return]
            .iter()
            .enumerate()
            .map(|(i, d)| {
                (
                    cat.t(&format!("decision.{}", d.key())).to_string(),
                    i as u32,
                )
            })
            .collect();
        Form::new(
            FormKind::Paper {
                target,
                signers,
                seen,
            },
            vec![
                Field {
                    id: FieldId::Signer,
                    value: Value::Choice {
                        options,
                        selected: 0,
                    },
                },
                Field {
                    id: FieldId::Decision,
                    value: Value::Choice {
                        options: decisions,
                        selected: 0,
                    },
                },
                text(FieldId::PaperRef, ""),
                text(FieldId::Comment, ""),
            ],
            subject,
        )
    }

    pub(super) fn paper_decision(&self) -> Decision {
        match self.choice_of(FieldId::Decision) {
            Some(1) => Decision::Reject,
            Some(2) => Decision::Return,
            _ => Decision::Approve,
        }
    }

    /// The command a paper form saves as, with its comment.
    pub(super) fn paper_command(
        &self,
        target: SignTarget,
        signers: &[String],
        seen: &Seen,
    ) -> (Command, String) {
        let signer = self
            .choice_of(FieldId::Signer)
            .and_then(|i| signers.get(i as usize))
            .cloned()
            .unwrap_or_default();
        (
            target.record(
                signer,
                self.paper_decision(),
                self.text_of(FieldId::PaperRef),
                seen.clone(),
            ),
            self.text_of(FieldId::Comment),
        )
    }
}
