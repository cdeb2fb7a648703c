//! Commands and the decision that turns one into events or a reason why not.
//! `decide` is pure: it reads the company, never changes it. Each group of
//! commands has its own module with its rules; this one only authorizes and
//! dispatches.

use super::auth;
use super::error::DomainError;
use super::events::Event;
use super::ids::*;
use super::model::*;
use super::people::{self, RosterRow};
use super::signoff::{Decision, Seen, Templates};
use super::state::Company;
use super::{org, plans, text, users};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

pub const MAX_NAME: usize = 60;
pub const MAX_TITLE: usize = 80;
pub const MAX_TEXT: usize = 2000;
pub const MAX_HEADCOUNT: u32 = 10_000;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Command {
    RegisterUser {
        login: String,
        display_name: String,
        roles: Vec<RoleGrant>,
        employee: Option<EmployeeId>,
    },
    CreateDepartment {
        name: String,
        parent: Option<DeptId>,
    },
    MoveDepartment {
        id: DeptId,
        parent: Option<DeptId>,
    },
    RenameDepartment {
        id: DeptId,
        name: String,
    },
    DraftPlan {
        title: String,
        note: String,
    },
    EditPlan {
        id: PlanId,
        title: String,
        note: String,
    },
    AddPlanLine {
        id: PlanId,
        line: PlanLine,
    },
    ReplacePlanLine {
        id: PlanId,
        no: LineNo,
        line: PlanLine,
    },
    RemovePlanLine {
        id: PlanId,
        no: LineNo,
    },
    /// The command's comment is the author's word to the signers.
    SubmitPlan {
        id: PlanId,
    },
    SignPlan {
        id: PlanId,
        decision: Decision,
        seen: Seen,
    },
    /// HR records a sign-off given on paper; the signature names the signer and the paper.
    RecordPaperSignoff {
        id: PlanId,
        signer: String,
        decision: Decision,
        paper_ref: String,
        seen: Seen,
    },
    /// A second HR person confirms a paper sign-off recorded by HR staff.
    ConfirmPaperSignoff {
        id: PlanId,
        seen: Seen,
    },
    /// Drops a recorded paper sign-off that was wrong (a comment says why).
    DiscardPaperSignoff {
        id: PlanId,
    },
    GrantDelegation {
        to: String,
        until: NaiveDate,
    },
    RevokeDelegation {
        id: DelegationId,
    },
    /// The author deletes a draft that was never submitted.
    DeletePlan {
        id: PlanId,
    },
    /// The author takes back a submitted or returned plan; the command's
    /// comment (required) tells the signers why.
    WithdrawPlan {
        id: PlanId,
    },
    /// Gives a user a new display name and a new set of roles.
    EditUser {
        login: String,
        display_name: String,
        roles: Vec<RoleGrant>,
    },
    DisableUser {
        login: String,
    },
    EnableUser {
        login: String,
    },
    /// HR enters one employee (staff who predate renshi).
    AddEmployee {
        row: Box<RosterRow>,
    },
    /// A whole roster, as one commit: every row goes in or none does.
    ImportEmployees {
        rows: Vec<RosterRow>,
    },
    /// New number, name and personal data (the whole new set).
    EditEmployee {
        id: EmployeeId,
        number: String,
        name: String,
        personal: Box<Personal>,
    },
    /// Moves an employee to another position's free seat; the general
    /// manager may exceed the headcount (`over_headcount`), giving the reason
    /// as the command's comment.
    TransferEmployee {
        id: EmployeeId,
        to: PositionId,
        over_headcount: bool,
    },
    /// Erases a person's personal data (the comment gives the legal ground).
    ErasePersonalData {
        id: EmployeeId,
    },
    /// Every step of recruitment, requisition to formal contract.
    Recruit(super::recruit::Recruit),
    /// Every step of a separation case, start to close.
    Offboard(super::offboard::Offboard),
    /// Changes a user's mail settings: each field given replaces the
    /// current one (an empty address removes it), the rest stay.
    SetMail {
        login: String,
        address: Option<String>,
        language: Option<String>,
        off: Option<bool>,
    },
    /// Training and evaluation.
    Review(super::review::Review),
}

pub struct Ctx<'a> {
    pub now: DateTime<Utc>,
    /// The company's calendar day at `now`, in its time zone.
    pub today: NaiveDate,
    pub templates: &'a Templates,
    pub settings: &'a super::recruit::Settings,
    pub checklist: &'a super::offboard::Checklist,
}

/// What a command decided: the events to record and its comment, cleaned.
#[derive(Debug)]
pub struct Decided {
    pub events: Vec<Event>,
    pub comment: String,
    pub beside: Beside,
}

/// Records a command keeps beside the log, in the same durable commit:
/// people's data that the law may require erased, which a hash-chained log
/// could not give up.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Beside {
    pub people: people::PersonalWrites,
    pub candidates: Vec<(CandidateId, super::recruit::CandidateRecord)>,
}

impl Beside {
    pub fn is_empty(&self) -> bool {
        self.people.is_empty() && self.candidates.is_empty()
    }

    /// Puts the records into `company`, as the store keeps them.
    pub fn keep_in(&self, company: &mut Company) {
        for (id, record) in &self.people {
            company.personal.insert(*id, record.clone());
        }
        for (id, record) in &self.candidates {
            company.candidate_records.insert(*id, record.clone());
        }
    }
}

/// Authorizes and validates `cmd` for `actor`; on success returns the events to record.
pub fn decide(
    company: &Company,
    actor: &User,
    cmd: &Command,
    comment: &str,
    ctx: &Ctx,
) -> Result<Decided, DomainError> {
    // A disabled user cannot act, whatever front end let them try.
    if actor.disabled {
        return Err(DomainError::UserDisabled {
            login: actor.login.clone(),
        });
    }
    auth::can(company, actor, cmd, ctx.today)?;
    let comment = text::block("field.comment", comment, MAX_TEXT, true)?;
    let mut beside = Beside::default();
    let events = match cmd {
        Command::RegisterUser { .. }
        | Command::EditUser { .. }
        | Command::DisableUser { .. }
        | Command::EnableUser { .. }
        | Command::GrantDelegation { .. }
        | Command::RevokeDelegation { .. }
        | Command::SetMail { .. } => users::decide(company, actor, cmd, ctx)?,
        Command::CreateDepartment { .. }
        | Command::MoveDepartment { .. }
        | Command::RenameDepartment { .. } => org::decide(company, cmd)?,
        Command::AddEmployee { .. }
        | Command::ImportEmployees { .. }
        | Command::EditEmployee { .. }
        | Command::TransferEmployee { .. }
        | Command::ErasePersonalData { .. } => {
            let (events, writes) = people::decide(company, actor, cmd, &comment, ctx)?;
            beside = writes;
            events
        }
        Command::Recruit(r) => {
            let (events, writes) = super::recruit::decide(company, actor, r, &comment, ctx)?;
            beside = writes;
            events
        }
        Command::Offboard(o) => super::offboard::decide(company, actor, o, &comment, ctx)?,
        Command::Review(r) => super::review::decide(company, actor, r, &comment, ctx)?,
        _ => plans::decide(company, actor, cmd, &comment, ctx)?,
    };
    Ok(Decided {
        events,
        comment,
        beside,
    })
}

pub fn check_headcount(n: u32) -> Result<(), DomainError> {
    if n > MAX_HEADCOUNT {
        return Err(DomainError::BadHeadcount {
            text: n.to_string(),
            max: MAX_HEADCOUNT,
        });
    }
    Ok(())
}

/// Parses headcount as a person types it; the message says what is wrong.
pub fn parse_headcount(text: &str) -> Result<u32, DomainError> {
    let bad = || DomainError::BadHeadcount {
        text: text.trim().into(),
        max: MAX_HEADCOUNT,
    };
    if text.trim().is_empty() {
        return Err(DomainError::EmptyField {
            field: "field.headcount".into(),
        });
    }
    let n: u32 = super::text::ascii_digits(text.trim())
        .parse()
        .map_err(|_| bad())?;
    check_headcount(n).map_err(|_| bad())?;
    Ok(n)
}

pub fn not_found(kind: &str, id: impl ToString) -> DomainError {
    DomainError::NotFound {
        kind: kind.into(),
        id: id.to_string(),
    }
}

pub fn dept(company: &Company, id: DeptId) -> Result<&Department, DomainError> {
    company
        .departments
        .get(&id)
        .ok_or_else(|| not_found("kind.department", id))
}

pub fn user<'a>(company: &'a Company, login: &str) -> Result<&'a User, DomainError> {
    company
        .users
        .get(login.trim())
        .ok_or_else(|| not_found("kind.user", login.trim()))
}
