//! The one sign-off mechanism every flow uses: a chain of steps from a template
//! (`data/chains.toml`), each signed in order by someone holding the step's role,
//! in person, through a delegation, or recorded from paper by HR.
//!
//! Its rules hold for every chain, so each new flow gets them by using it:
//! - four eyes: nobody signs a case they authored, in person, for someone else
//!   or as the signer named on paper, and nobody signs two steps of one round;
//! - a signature is bound to what the signer saw: the round and the digest of
//!   the case's content, refused when the case changed since;
//! - a paper sign-off is recorded by the HR head, or by HR staff and confirmed
//!   by a second person: never by one clerk alone.

use super::digest::Digest;
use super::error::DomainError;
use super::ids::DeptId;
use super::model::{Role, User};
use super::state::Company;
use super::time::instant;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StepTemplate {
    /// Catalog key suffix naming the step (`step.<key>`).
    pub key: String,
    pub role: Role,
    /// The signer must cover the subject's departments (department and division heads).
    #[serde(default)]
    pub scoped: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChainTemplate {
    pub name: String,
    pub steps: Vec<StepTemplate>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    Approve,
    Reject,
    Return,
}

impl Decision {
    pub fn key(self) -> &'static str {
        match self {
            Decision::Approve => "approve",
            Decision::Reject => "reject",
            Decision::Return => "return",
        }
    }

    pub fn from_key(s: &str) -> Option<Decision> {
        match s.trim() {
            "approve" | "approved" => Some(Decision::Approve),
            "reject" | "rejected" => Some(Decision::Reject),
            "return" | "returned" => Some(Decision::Return),
            _ => None,
        }
    }

    /// Saying no must always be explained; approving may be silent.
    pub fn needs_comment(self) -> bool {
        !matches!(self, Decision::Approve)
    }
}

/// How a paper sign-off came into the record.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Paper {
    /// The paper's reference (a file number, a board resolution).
    pub reference: String,
    pub recorded_by: String,
    /// The second HR person who confirmed it; `None` when the HR head recorded it.
    pub confirmed_by: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Signature {
    pub round: u32,
    pub step: usize,
    pub decision: Decision,
    pub signer: String,
    /// Set when the signer signed through a delegation: the person signed for.
    pub for_whom: Option<String>,
    /// Set when HR recorded a sign-off given on paper.
    pub paper: Option<Paper>,
    #[serde(with = "instant")]
    pub at: DateTime<Utc>,
    pub comment: String,
    /// The digest of the case as the signer saw it.
    pub seen: Digest,
}

/// What a signer saw: the round and the digest of the case (all of it, or a
/// prefix of at least `Digest::SHORT` hex digits as people type it).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Seen {
    pub round: u32,
    pub digest: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Outcome {
    Next(usize),
    Approved,
    Rejected,
    Returned,
}

/// A case's steps are copied from the template when a round starts, so a later
/// change of the template never rewrites what was signed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignoffCase {
    pub chain: String,
    /// Who raised the case: never one of its signers.
    pub author: String,
    pub steps: Vec<StepTemplate>,
    pub round: u32,
    pub next: Option<usize>,
    pub signatures: Vec<Signature>,
    /// A paper sign-off recorded by HR staff, waiting for a second HR person.
    pub pending_paper: Option<Signature>,
}

/// In what capacity someone may sign the current step.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Capacity {
    Own,
    For(String),
}

impl Capacity {
    pub fn for_whom(&self) -> Option<String> {
        match self {
            Capacity::Own => None,
            Capacity::For(p) => Some(p.clone()),
        }
    }
}

impl SignoffCase {
    pub fn idle(chain: &str, author: &str) -> Self {
        SignoffCase {
            chain: chain.to_string(),
            author: author.to_string(),
            steps: Vec::new(),
            round: 0,
            next: None,
            signatures: Vec::new(),
            pending_paper: None,
        }
    }

    pub fn start_round(&mut self, template: &ChainTemplate) {
        self.steps = template.steps.clone();
        self.round += 1;
        self.next = if self.steps.is_empty() { None } else { Some(0) };
        self.pending_paper = None;
    }

    pub fn current(&self) -> Option<(usize, &StepTemplate)> {
        self.next.and_then(|i| self.steps.get(i).map(|s| (i, s)))
    }

    pub fn outcome_of(&self, decision: Decision) -> Outcome {
        match (decision, self.next) {
            (Decision::Reject, _) => Outcome::Rejected,
            (Decision::Return, _) => Outcome::Returned,
            (Decision::Approve, Some(i)) if i + 1 < self.steps.len() => Outcome::Next(i + 1),
            (Decision::Approve, _) => Outcome::Approved,
        }
    }

    pub fn record(&mut self, sig: Signature) -> Outcome {
        let outcome = self.outcome_of(sig.decision);
        self.signatures.push(sig);
        self.pending_paper = None;
        self.next = match outcome {
            Outcome::Next(i) => Some(i),
            _ => None,
        };
        outcome
    }

    /// The step `login` signed in this round, in person or as the one signed for.
    pub fn step_signed_by(&self, login: &str) -> Option<usize> {
        self.signatures
            .iter()
            .find(|s| {
                s.round == self.round && (s.signer == login || s.for_whom.as_deref() == Some(login))
            })
            .map(|s| s.step)
    }

    /// Refuses a signature bound to another round or another content.
    pub fn check_seen(&self, case: &str, seen: &Seen, now: &Digest) -> Result<(), DomainError> {
        if seen.round != self.round || !now.matches(&seen.digest) {
            return Err(DomainError::ChangedSinceSeen {
                case: case.into(),
                round: self.round,
                digest: now.short(),
            });
        }
        Ok(())
    }

    /// Whether `user` may sign the current step now, and for whom. `subject`
    /// is the set of departments the case concerns (for scoped steps).
    pub fn capacity(
        &self,
        case: &str,
        company: &Company,
        user: &User,
        subject: &[DeptId],
        today: NaiveDate,
    ) -> Result<Capacity, DomainError> {
        let Some((i, step)) = self.current() else {
            return Err(DomainError::NotAwaitingSignature {
                plan: case.into(),
                state: String::new(),
            });
        };
        // Four eyes before anything else: being the author is the reason,
        // whatever the roles or delegations.
        self.four_eyes(case, company, &user.login, subject)?;
        if holds_step(company, user, step, subject) {
            return Ok(Capacity::Own);
        }
        let principals = company
            .delegations
            .values()
            .filter(|d| d.to == user.login && d.valid_on(today))
            .filter_map(|d| company.users.get(&d.from))
            .filter(|from| holds_step(company, from, step, subject));
        let mut refusal = None;
        for from in principals {
            match self.four_eyes(case, company, &from.login, subject) {
                Ok(()) => return Ok(Capacity::For(from.login.clone())),
                Err(e) => refusal = Some(e),
            }
        }
        Err(refusal.unwrap_or_else(|| DomainError::NotYourTurn {
            plan: case.into(),
            step: self.steps[i].key.clone(),
            role: step.role.key().to_string(),
        }))
    }

    /// Refuses `login` as a signer (or one signed for) of this round's current
    /// step when they authored the case or signed another step of the round,
    /// naming who could sign instead.
    pub fn four_eyes(
        &self,
        case: &str,
        company: &Company,
        login: &str,
        subject: &[DeptId],
    ) -> Result<(), DomainError> {
        let why = if login == self.author {
            Some(None)
        } else {
            self.step_signed_by(login).map(Some)
        };
        let Some(signed_step) = why else {
            return Ok(());
        };
        let step = self.current().map(|(_, s)| s);
        Err(DomainError::FourEyes {
            case: case.into(),
            login: login.into(),
            signed_step: signed_step
                .and_then(|i| self.steps.get(i))
                .map(|s| s.key.clone()),
            others: step.map_or_else(Vec::new, |s| self.eligible(company, s, subject)),
            role: step.map(|s| s.role.key().to_string()).unwrap_or_default(),
        })
    }

    /// Who could sign `step` in person: holders of its role who neither
    /// authored the case nor signed in this round.
    pub fn eligible(
        &self,
        company: &Company,
        step: &StepTemplate,
        subject: &[DeptId],
    ) -> Vec<String> {
        company
            .users
            .values()
            .filter(|u| holds_step(company, u, step, subject))
            .filter(|u| u.login != self.author && self.step_signed_by(&u.login).is_none())
            .map(|u| u.login.clone())
            .collect()
    }
}

/// Whether `user` holds the role `step` needs for `subject`. A disabled user
/// holds nothing: they sign neither in person nor through a delegation.
fn holds_step(company: &Company, user: &User, step: &StepTemplate, subject: &[DeptId]) -> bool {
    !user.disabled
        && user.roles.iter().any(|g| {
            g.role == step.role
                && (!step.scoped
                    || subject
                        .iter()
                        .all(|d| g.depts.iter().any(|root| company.is_within(*d, *root))))
        })
}

/// The chain templates, read from `data/chains.toml`.
#[derive(Clone, Debug, Deserialize)]
pub struct Templates {
    #[serde(rename = "chain")]
    pub chains: Vec<ChainTemplate>,
}

impl Templates {
    pub fn parse(text: &str) -> Result<Self, String> {
        toml::from_str::<Templates>(text).map_err(|e| format!("chain templates: {e}"))
    }

    /// The templates shipped in `data/chains.toml`, compiled into the binary.
    pub fn builtin() -> Result<Self, String> {
        Templates::parse(include_str!("../../data/chains.toml"))
    }

    pub fn get(&self, name: &str) -> Result<&ChainTemplate, DomainError> {
        self.chains
            .iter()
            .find(|c| c.name == name)
            .ok_or_else(|| DomainError::UnknownChain {
                name: name.to_string(),
            })
    }
}
