//! Why a command or query was refused. Every variant names its message-catalog
//! key and arguments, so each front end can say it in the user's language.

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum DomainError {
    #[error("the login `{login}` is not registered in renshi")]
    NotRegistered { login: String },
    /// `action` is a catalog key (`action.sign_plan`), `need` the roles that would allow it.
    #[error("not allowed: {action} needs one of {need}")]
    Denied { action: String, need: String },
    #[error("{dept} is not one of your departments")]
    NotYourDepartment { dept: String },
    #[error("{field} must not be empty")]
    EmptyField { field: String },
    #[error("{field} is longer than {max} characters")]
    TooLong { field: String, max: usize },
    #[error("`{text}` is not a headcount: give a whole number from 0 to {max}")]
    BadHeadcount { text: String, max: u32 },
    #[error("{dept} already has a position titled `{title}`")]
    DuplicateTitle { title: String, dept: String },
    #[error("{dept} already has a sub-department named `{name}`")]
    DuplicateDepartment { name: String, dept: String },
    #[error("moving {dept} under {parent} would make a cycle")]
    DepartmentCycle { dept: String, parent: String },
    #[error("no such {kind}: {id}")]
    NotFound { kind: String, id: String },
    #[error("{position} is closed")]
    PositionClosed { position: String },
    #[error(
        "{position} ({title}) cannot go down to {requested}: {occupied} seats are filled or reserved, {short} too many"
    )]
    HeadcountBelowOccupied {
        position: String,
        title: String,
        requested: u32,
        occupied: u32,
        short: u32,
    },
    #[error("{position} cannot be closed while {occupied} seats are filled or reserved")]
    CloseOccupied { position: String, occupied: u32 },
    #[error("{plan} is {state} and can no longer be edited")]
    PlanNotEditable { plan: String, state: String },
    #[error("{plan} has no lines: add at least one change before submitting")]
    PlanEmpty { plan: String },
    #[error("{plan} is {state}, not waiting for a signature")]
    NotAwaitingSignature { plan: String, state: String },
    #[error("{plan} waits for the {step} step, which needs {role}")]
    NotYourTurn {
        plan: String,
        step: String,
        role: String,
    },
    #[error("you already signed {plan} in this round")]
    AlreadySigned { plan: String },
    #[error("a comment is required for this decision")]
    CommentRequired,
    #[error("{plan} has no line {line}")]
    NoSuchLine { plan: String, line: usize },
    #[error("the login `{login}` is already registered")]
    DuplicateLogin { login: String },
    #[error("a delegation must end today or later")]
    DelegationEnded,
    #[error("you cannot delegate to yourself")]
    DelegationToSelf,
    #[error("the plan only changes one position once: {position} already has a line")]
    DuplicateLine { position: String },
    #[error("no sign-off chain named `{name}` in the templates")]
    UnknownChain { name: String },
    #[error("{position} would not change: it already has that")]
    NoChange { position: String },
    #[error("a new position needs at least one seat")]
    NoSeats,
    /// Acting as another user (`--as`, the demo picker) on a real store.
    #[error("--as works only on a demo store; on a real store you act as your own OS login")]
    DemoOnly,
    #[error("`{login}` could not sign this step: {reason}")]
    PaperSignerCannotSign {
        login: String,
        reason: Box<DomainError>,
    },
}

impl DomainError {
    /// The message-catalog key for this error.
    pub fn key(&self) -> &'static str {
        match self {
            DomainError::NotRegistered { .. } => "err.not_registered",
            DomainError::Denied { .. } => "err.denied",
            DomainError::NotYourDepartment { .. } => "err.not_your_department",
            DomainError::EmptyField { .. } => "err.empty_field",
            DomainError::TooLong { .. } => "err.too_long",
            DomainError::BadHeadcount { .. } => "err.bad_headcount",
            DomainError::DuplicateTitle { .. } => "err.duplicate_title",
            DomainError::DuplicateDepartment { .. } => "err.duplicate_department",
            DomainError::DepartmentCycle { .. } => "err.department_cycle",
            DomainError::NotFound { .. } => "err.not_found",
            DomainError::PositionClosed { .. } => "err.position_closed",
            DomainError::HeadcountBelowOccupied { .. } => "err.headcount_below_occupied",
            DomainError::CloseOccupied { .. } => "err.close_occupied",
            DomainError::PlanNotEditable { .. } => "err.plan_not_editable",
            DomainError::PlanEmpty { .. } => "err.plan_empty",
            DomainError::NotAwaitingSignature { .. } => "err.not_awaiting_signature",
            DomainError::NotYourTurn { .. } => "err.not_your_turn",
            DomainError::AlreadySigned { .. } => "err.already_signed",
            DomainError::CommentRequired => "err.comment_required",
            DomainError::NoSuchLine { .. } => "err.no_such_line",
            DomainError::DuplicateLogin { .. } => "err.duplicate_login",
            DomainError::DelegationEnded => "err.delegation_ended",
            DomainError::DelegationToSelf => "err.delegation_to_self",
            DomainError::DuplicateLine { .. } => "err.duplicate_line",
            DomainError::UnknownChain { .. } => "err.unknown_chain",
            DomainError::PaperSignerCannotSign { .. } => "err.paper_signer",
            DomainError::NoChange { .. } => "err.no_change",
            DomainError::NoSeats => "err.no_seats",
            DomainError::DemoOnly => "cli.as_refused",
        }
    }

    /// Named arguments substituted into the catalog text (`{name}`).
    pub fn args(&self) -> Vec<(&'static str, String)> {
        use DomainError::*;
        match self {
            NotRegistered { login } | DuplicateLogin { login } => vec![("login", login.clone())],
            Denied { action, need } => vec![("action", action.clone()), ("need", need.clone())],
            NotYourDepartment { dept } => vec![("dept", dept.clone())],
            EmptyField { field } => vec![("field", field.clone())],
            TooLong { field, max } => vec![("field", field.clone()), ("max", max.to_string())],
            BadHeadcount { text, max } => vec![("text", text.clone()), ("max", max.to_string())],
            DuplicateTitle { title, dept } => {
                vec![("title", title.clone()), ("dept", dept.clone())]
            }
            DuplicateDepartment { name, dept } => {
                vec![("name", name.clone()), ("dept", dept.clone())]
            }
            DepartmentCycle { dept, parent } => {
                vec![("dept", dept.clone()), ("parent", parent.clone())]
            }
            NotFound { kind, id } => vec![("kind", kind.clone()), ("id", id.clone())],
            PositionClosed { position } | DuplicateLine { position } | NoChange { position } => {
                vec![("position", position.clone())]
            }
            HeadcountBelowOccupied {
                position,
                title,
                requested,
                occupied,
                short,
            } => vec![
                ("position", position.clone()),
                ("title", title.clone()),
                ("requested", requested.to_string()),
                ("occupied", occupied.to_string()),
                ("short", short.to_string()),
            ],
            CloseOccupied { position, occupied } => vec![
                ("position", position.clone()),
                ("occupied", occupied.to_string()),
            ],
            PlanNotEditable { plan, state } | NotAwaitingSignature { plan, state } => {
                vec![("plan", plan.clone()), ("state", state.clone())]
            }
            PlanEmpty { plan } | AlreadySigned { plan } => vec![("plan", plan.clone())],
            NotYourTurn { plan, step, role } => vec![
                ("plan", plan.clone()),
                ("step", step.clone()),
                ("role", role.clone()),
            ],
            NoSuchLine { plan, line } => vec![("plan", plan.clone()), ("line", line.to_string())],
            UnknownChain { name } => vec![("name", name.clone())],
            PaperSignerCannotSign { login, reason } => {
                vec![("login", login.clone()), ("reason", reason.to_string())]
            }
            CommentRequired | DelegationEnded | DelegationToSelf | NoSeats | DemoOnly => vec![],
        }
    }
}
