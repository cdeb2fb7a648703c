//! Recruitment (DESIGN §1 ②, steps 1–9): a department head's requisition
//! signed along the `requisition` chain, candidates and their interviews,
//! the offer, the hire onto a probation contract, onboarding, the probation
//! assessment (`probation_review` chain) and the formal contract. Every seat
//! it takes is held to the headcount ledger (`seats`).

mod apply;
mod candidates;
mod model;
mod probation;
mod requisitions;
mod seats;
mod settings;

pub use apply::apply;
pub use candidates::{check_record, check_record_fields};
pub use model::*;
pub use probation::{Review, review, review_digest};
pub use requisitions::signing_capacity;
pub use seats::check_ledger;
pub use settings::Settings;

use super::commands::{Beside, Ctx, not_found};
use super::error::DomainError;
use super::events::Event;
use super::ids::*;
use super::model::{Personal, Role, User};
use super::signoff::{Decision, Seen};
use super::state::Company;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

pub const REQ_CHAIN: &str = "requisition";
pub const PROBATION_CHAIN: &str = "probation_review";
/// More people than this in one requisition is a reorganisation: a headcount plan.
pub const MAX_COUNT: u32 = 100;
pub const MAX_INTERVIEWERS: usize = 12;
pub const MAX_CANDIDATES: usize = 500;

/// The commands of recruitment, one per step a person takes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Recruit {
    /// A department head asks for people for a position of their department;
    /// it goes to the signers at once. The comment is the word to them.
    Raise {
        position: PositionId,
        count: u32,
        reason: String,
        start: NaiveDate,
        notes: String,
    },
    /// The author changes a returned requisition before resubmitting it.
    Edit {
        id: ReqId,
        count: u32,
        reason: String,
        start: NaiveDate,
        notes: String,
    },
    Resubmit {
        id: ReqId,
    },
    /// `assign` names the HR person who runs it, given with the HR head's approval.
    Sign {
        id: ReqId,
        decision: Decision,
        seen: Seen,
        assign: Option<String>,
    },
    RecordPaper {
        id: ReqId,
        signer: String,
        decision: Decision,
        paper_ref: String,
        seen: Seen,
    },
    ConfirmPaper {
        id: ReqId,
        seen: Seen,
    },
    DiscardPaper {
        id: ReqId,
    },
    /// The HR head names (or changes) the HR person who runs it.
    Assign {
        id: ReqId,
        to: String,
    },
    /// The author takes it back until it is filled (the comment says why).
    Cancel {
        id: ReqId,
    },
    /// The general manager allows seats beyond a position's approved
    /// headcount until the board next decides it (the comment is the reason).
    Override {
        position: PositionId,
        seats: u32,
    },
    AddCandidate {
        req: ReqId,
        name: String,
        contact: String,
        source: String,
        notes: String,
    },
    Schedule {
        candidate: CandidateId,
        at: DateTime<Utc>,
        place: String,
        interviewers: Vec<String>,
    },
    /// Calls off an interview round scheduled by mistake or not held (the
    /// comment says why); it no longer waits for feedback.
    CancelInterview {
        interview: InterviewId,
    },
    /// An interviewer's score and recommendation; the comment is the note.
    Feedback {
        interview: InterviewId,
        score: u8,
        recommend: Recommend,
    },
    Offer {
        candidate: CandidateId,
        start: NaiveDate,
        probation_months: Option<u32>,
    },
    Answer {
        candidate: CandidateId,
        accepted: bool,
    },
    /// Rejected by the company or withdrawn by the candidate; the comment says why.
    Drop {
        candidate: CandidateId,
        withdrawn: bool,
    },
    /// The forms are filled and the probation contract signed: the candidate
    /// becomes an employee on probation.
    Hire {
        candidate: CandidateId,
        number: String,
        legal_name: String,
        personal: Box<Personal>,
        probation_end: Option<NaiveDate>,
    },
    Train {
        employee: EmployeeId,
        what: String,
        trainer: String,
        on: NaiveDate,
    },
    StartWork {
        employee: EmployeeId,
        on: NaiveDate,
    },
    /// An assessor's verdict on a probation (their step of `probation_review`).
    Assess {
        employee: EmployeeId,
        verdict: Verdict,
        seen: Seen,
    },
    /// Opens the assessment of an employee on probation who was not hired
    /// through renshi (entered from a roster).
    OpenReview {
        employee: EmployeeId,
        end: NaiveDate,
    },
    FormalContract {
        employee: EmployeeId,
        start: NaiveDate,
        end: Option<NaiveDate>,
        number: String,
    },
    /// Erases a candidate's contact and CV notes (the comment gives the
    /// legal ground); their name and stages stay in the log.
    EraseCandidate {
        candidate: CandidateId,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Pass,
    /// A new end date: the assessment starts over then.
    Extend(NaiveDate),
    Fail,
}

impl Verdict {
    pub fn decision(self) -> Decision {
        match self {
            Verdict::Pass => Decision::Approve,
            Verdict::Extend(_) => Decision::Return,
            Verdict::Fail => Decision::Reject,
        }
    }
}

const HR: &[Role] = &[Role::HrStaff, Role::HrHead];
const HR_AND_HEADS: &[Role] = &[Role::HrStaff, Role::HrHead, Role::DeptHead];

/// The roles that may attempt a command at all; the rules of each step
/// (whose department, whose turn, whose round) are checked in `decide`.
/// Signing, feedback and assessments are open to whom the case names.
pub fn roles_for(cmd: &Recruit) -> &'static [Role] {
    match cmd {
        Recruit::Raise { .. }
        | Recruit::Edit { .. }
        | Recruit::Resubmit { .. }
        | Recruit::Cancel { .. } => &[Role::DeptHead],
        Recruit::Sign { .. } | Recruit::Feedback { .. } | Recruit::Assess { .. } => &[],
        Recruit::RecordPaper { .. }
        | Recruit::ConfirmPaper { .. }
        | Recruit::DiscardPaper { .. }
        | Recruit::AddCandidate { .. }
        | Recruit::Schedule { .. }
        | Recruit::CancelInterview { .. }
        | Recruit::Offer { .. }
        | Recruit::Answer { .. }
        | Recruit::Drop { .. }
        | Recruit::Hire { .. }
        | Recruit::OpenReview { .. }
        | Recruit::FormalContract { .. } => HR,
        Recruit::Assign { .. } | Recruit::EraseCandidate { .. } => &[Role::HrHead],
        Recruit::Override { .. } => &[Role::GeneralManager],
        Recruit::Train { .. } | Recruit::StartWork { .. } => HR_AND_HEADS,
    }
}

pub fn action_key(cmd: &Recruit) -> &'static str {
    match cmd {
        Recruit::Raise { .. } => "action.raise_req",
        Recruit::Edit { .. } => "action.edit_req",
        Recruit::Resubmit { .. } => "action.resubmit_req",
        Recruit::Sign { .. } => "action.sign_req",
        Recruit::RecordPaper { .. } => "action.record_paper",
        Recruit::ConfirmPaper { .. } => "action.confirm_paper",
        Recruit::DiscardPaper { .. } => "action.discard_paper",
        Recruit::Assign { .. } => "action.assign_req",
        Recruit::Cancel { .. } => "action.cancel_req",
        Recruit::Override { .. } => "action.override_seats",
        Recruit::AddCandidate { .. } => "action.add_candidate",
        Recruit::Schedule { .. } | Recruit::CancelInterview { .. } => "action.schedule_interview",
        Recruit::Feedback { .. } => "action.give_feedback",
        Recruit::Offer { .. } | Recruit::Answer { .. } => "action.offer",
        Recruit::Drop { .. } => "action.drop_candidate",
        Recruit::Hire { .. } => "action.hire",
        Recruit::Train { .. } | Recruit::StartWork { .. } => "action.onboard",
        Recruit::Assess { .. } | Recruit::OpenReview { .. } => "action.assess_probation",
        Recruit::FormalContract { .. } => "action.formal_contract",
        Recruit::EraseCandidate { .. } => "action.erase_candidate",
    }
}

/// What a recruitment command decided: its events, and the records kept
/// beside the log (a candidate's contact, a new employee's personal data).
pub type Decided = (Vec<Event>, Beside);

pub fn decide(
    company: &Company,
    actor: &User,
    cmd: &Recruit,
    comment: &str,
    ctx: &Ctx,
) -> Result<Decided, DomainError> {
    match cmd {
        Recruit::Raise { .. }
        | Recruit::Edit { .. }
        | Recruit::Resubmit { .. }
        | Recruit::Sign { .. }
        | Recruit::RecordPaper { .. }
        | Recruit::ConfirmPaper { .. }
        | Recruit::DiscardPaper { .. }
        | Recruit::Assign { .. }
        | Recruit::Cancel { .. }
        | Recruit::Override { .. } => {
            requisitions::decide(company, actor, cmd, comment, ctx).map(|e| (e, Beside::default()))
        }
        Recruit::AddCandidate { .. }
        | Recruit::Schedule { .. }
        | Recruit::CancelInterview { .. }
        | Recruit::Feedback { .. }
        | Recruit::Offer { .. }
        | Recruit::Answer { .. }
        | Recruit::Drop { .. }
        | Recruit::Hire { .. }
        | Recruit::EraseCandidate { .. } => candidates::decide(company, actor, cmd, comment, ctx),
        Recruit::Train { .. }
        | Recruit::StartWork { .. }
        | Recruit::Assess { .. }
        | Recruit::OpenReview { .. }
        | Recruit::FormalContract { .. } => {
            probation::decide(company, actor, cmd, comment, ctx).map(|e| (e, Beside::default()))
        }
    }
}

pub fn requisition(company: &Company, id: ReqId) -> Result<&Requisition, DomainError> {
    company
        .requisitions
        .get(&id)
        .ok_or_else(|| not_found("kind.requisition", id))
}

pub fn candidate(company: &Company, id: CandidateId) -> Result<&Candidate, DomainError> {
    company
        .candidates
        .get(&id)
        .ok_or_else(|| not_found("kind.candidate", id))
}

pub fn interview(company: &Company, id: InterviewId) -> Result<&Interview, DomainError> {
    company
        .interviews
        .get(&id)
        .ok_or_else(|| not_found("kind.interview", id))
}

/// HR runs recruitment: HR staff and the HR head.
pub fn is_hr(user: &User) -> bool {
    user.has(Role::HrStaff) || user.has(Role::HrHead)
}
