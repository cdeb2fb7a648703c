//! The one sign-off mechanism every flow uses: a chain of steps from a template
//! (`data/chains.toml`), each signed in order by someone holding the step's role,
//! in person, through a delegation, or recorded from paper by HR.

use super::error::DomainError;
use super::ids::DeptId;
use super::model::{Role, User};
use super::state::Company;
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

    /// Saying no must always be explained; approving may be silent.
    pub fn needs_comment(self) -> bool {
        !matches!(self, Decision::Approve)
    }
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
    pub paper_ref: Option<String>,
    pub recorded_by: Option<String>,
    pub at: DateTime<Utc>,
    pub comment: String,
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
    pub steps: Vec<StepTemplate>,
    pub round: u32,
    pub next: Option<usize>,
    pub signatures: Vec<Signature>,
}

/// In what capacity someone may sign the current step.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Capacity {
    Own,
    For(String),
}

impl SignoffCase {
    pub fn idle(chain: &str) -> Self {
        SignoffCase {
            chain: chain.to_string(),
            steps: Vec::new(),
            round: 0,
            next: None,
            signatures: Vec::new(),
        }
    }

    pub fn start_round(&mut self, template: &ChainTemplate) {
        self.steps = template.steps.clone();
        self.round += 1;
        self.next = if self.steps.is_empty() { None } else { Some(0) };
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
        self.next = match outcome {
            Outcome::Next(i) => Some(i),
            _ => None,
        };
        outcome
    }

    pub fn signed_this_round(&self, login: &str) -> bool {
        self.signatures.iter().any(|s| {
            s.round == self.round && (s.signer == login || s.for_whom.as_deref() == Some(login))
        })
    }

    /// Whether `user` may sign the current step, and for whom. `subject` is the
    /// set of departments the signed thing concerns (for scoped steps).
    pub fn capacity(
        &self,
        company: &Company,
        user: &User,
        subject: &[DeptId],
        today: NaiveDate,
    ) -> Result<Capacity, DomainError> {
        let Some((_, step)) = self.current() else {
            return Err(DomainError::NotAwaitingSignature {
                plan: String::new(),
                state: String::new(),
            });
        };
        if holds_step(company, user, step, subject) {
            return Ok(Capacity::Own);
        }
        let principal = company
            .delegations
            .values()
            .filter(|d| d.to == user.login && d.valid_on(today))
            .filter_map(|d| company.users.get(&d.from))
            .find(|from| holds_step(company, from, step, subject));
        match principal {
            Some(from) => Ok(Capacity::For(from.login.clone())),
            None => Err(DomainError::NotYourTurn {
                plan: String::new(),
                step: step.key.clone(),
                role: step.role.key().to_string(),
            }),
        }
    }
}

fn holds_step(company: &Company, user: &User, step: &StepTemplate, subject: &[DeptId]) -> bool {
    user.roles.iter().any(|g| {
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
