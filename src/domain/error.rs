//! Why a command or query was refused. Every variant names its message-catalog
//! key and arguments, so each front end can say it in the user's language.
//! No variant holds another error: these travel over the socket, and a
//! recursive type would let a hostile frame nest without end.

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
    #[error("{field} must be one line")]
    OneLineOnly { field: String },
    #[error("{field} holds a control or invisible character ({code}) at character {at}")]
    BadCharacter {
        field: String,
        code: String,
        at: usize,
    },
    #[error("{field} has a mark ({code}) at character {at} with no letter before it to attach to")]
    LoneMark {
        field: String,
        code: String,
        at: usize,
    },
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
    #[error("{case} belongs to {author}: only its author changes it")]
    NotAuthor { case: String, author: String },
    #[error("{plan} already has {max} changes, the most a plan holds")]
    TooManyLines { plan: String, max: usize },
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
    /// Four eyes: `login` authored the case (`signed_step` is `None`) or signed
    /// another step of this round; `others` could sign the waiting step.
    #[error("{login} may not sign {case}: four eyes (others who could: {others:?})")]
    FourEyes {
        case: String,
        login: String,
        signed_step: Option<String>,
        others: Vec<String>,
        role: String,
    },
    #[error("{case} changed since it was shown (now round {round}, {digest}): look at it again")]
    ChangedSinceSeen {
        case: String,
        round: u32,
        digest: String,
    },
    #[error("a comment is required for this decision")]
    CommentRequired,
    /// `action` (a catalog key) is recorded with its reason, which is the comment.
    #[error("say why: {action} needs a reason")]
    ReasonRequired { action: String },
    #[error("{plan} has no line {line}")]
    NoSuchLine { plan: String, line: u32 },
    #[error("the login `{login}` is already registered")]
    DuplicateLogin { login: String },
    #[error("the role {role} is given twice")]
    DuplicateRole { role: String },
    #[error("the role {role} needs at least one department")]
    ScopeNeeded { role: String },
    #[error("a delegation must end today or later")]
    DelegationEnded,
    #[error("you cannot delegate to yourself")]
    DelegationToSelf,
    #[error("{id} is already revoked")]
    AlreadyRevoked { id: String },
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
    #[error("`{login}` cannot sign the {step} step, which needs {role}")]
    PaperSignerCannotSign {
        login: String,
        step: String,
        role: String,
    },
    #[error("record your own signature with approve, reject or return, not as paper")]
    PaperOwnSignature,
    #[error("a paper sign-off of {case} recorded by {recorded_by} waits for confirmation")]
    PaperPending { case: String, recorded_by: String },
    #[error("{case} has no paper sign-off waiting for confirmation")]
    NoPendingPaper { case: String },
    #[error("{recorded_by} recorded this paper sign-off; a second HR person must confirm it")]
    SecondPersonNeeded { recorded_by: String },
    /// Another approved plan (`by`) changed `position` after `plan` was
    /// submitted: approving `plan` would apply changes judged against figures
    /// that no longer stand.
    #[error("{plan} was overtaken: {by} changed {position} after {plan} was submitted")]
    Overtaken {
        plan: String,
        position: String,
        by: String,
    },
    #[error("the user `{login}` is disabled")]
    UserDisabled { login: String },
    #[error("the user `{login}` is already disabled")]
    UserAlreadyDisabled { login: String },
    #[error("the user `{login}` is not disabled")]
    UserNotDisabled { login: String },
    #[error("you cannot disable your own account or take away your own admin role")]
    OwnAccount,
    #[error("{plan} is {state}: only a draft that was never submitted can be deleted")]
    PlanNotDeletable { plan: String, state: String },
    #[error("{plan} is {state}: only a submitted or returned plan can be withdrawn")]
    PlanNotWithdrawable { plan: String, state: String },
    #[error("a login may hold only a-z, 0-9, `.`, `_` and `-`: `{login}` does not")]
    BadLogin { login: String },
    #[error("`{text}` is not a day: write it as YYYY-MM-DD")]
    BadDate { text: String },
    #[error("the staff number {number} is already {id}'s")]
    DuplicateNumber { number: String, id: String },
    #[error("the staff number {number} is also on line {line}")]
    DuplicateNumberInFile { number: String, line: u32 },
    #[error("the ID number is already recorded for {id}")]
    DuplicateIdNumber { id: String },
    #[error("the ID number is also on line {line}")]
    DuplicateIdNumberInFile { line: u32 },
    #[error(
        "{position} ({title}) has no free seat: approved {approved}, filled {filled}, reserved {reserved}"
    )]
    NoFreeSeat {
        position: String,
        title: String,
        approved: u32,
        filled: u32,
        reserved: u32,
    },
    #[error(
        "{position} ({title}): {rows} rows need a seat, but approved {approved}, filled {filled}, reserved {reserved}"
    )]
    RosterOverHeadcount {
        position: String,
        title: String,
        approved: u32,
        filled: u32,
        reserved: u32,
        rows: u32,
    },
    #[error("{id} has left the company")]
    EmployeeSeparated { id: String },
    #[error("the personal data of {id} was already erased on {on} by {by}")]
    AlreadyErased { id: String, by: String, on: String },
    #[error(
        "several positions are titled `{title}` ({depts}): give the department too, or the position's id"
    )]
    AmbiguousPosition { title: String, depts: String },
    #[error("several departments are named `{name}`: give the department's id")]
    AmbiguousDepartment { name: String },
    #[error("{position} is not in {dept}")]
    PositionNotInDept { position: String, dept: String },
    #[error("`{text}` is not a valid {field}: use one of {choices}")]
    BadChoice {
        field: String,
        text: String,
        choices: String,
    },
    #[error("the end {end} is before the start {start}")]
    EndBeforeStart { end: String, start: String },
    #[error("`{text}` is not an e-mail address")]
    BadEmail { text: String },
    #[error("`{text}` is not a phone number (at least seven digits)")]
    BadPhone { text: String },
    #[error("the roster has no rows")]
    EmptyRoster,
    #[error("{id} already holds {position}")]
    AlreadyHolds { id: String, position: String },
    #[error("the edit of {id} changes nothing")]
    NothingEdited { id: String },
    #[error("the roster has {rows} rows; one import takes at most {max}")]
    RosterTooLong { rows: u32, max: u32 },
    /// Every bad row of a roster, with its line and column; nothing was imported.
    #[error("the roster was not imported: {} problems", problems.len() + *more as usize)]
    RosterRejected {
        problems: Vec<RowProblem>,
        more: u32,
    },
    /// A staff number written as another employee's id: `EMP-0001` would
    /// then name two people. (Last, so that older variants keep their
    /// places on the wire.)
    #[error("the staff number {number} is written as an employee id other than {id}")]
    NumberIsAnId { number: String, id: String },
    #[error(
        "{position} ({title}) has not {wanted} free seats: approved {approved} (+{overridden} by override), filled {filled}, reserved {reserved}; a headcount plan can raise it, or the general manager may override (`renshi req override`)"
    )]
    SeatsShort {
        position: String,
        title: String,
        wanted: u32,
        approved: u32,
        overridden: u32,
        filled: u32,
        reserved: u32,
    },
    #[error("{count} is not a number of people to ask for: give 1 to {max}")]
    BadCount { count: u32, max: u32 },
    #[error("the start date {start} is in the past (today is {today}): give a later one")]
    StartInPast { start: String, today: String },
    #[error("{req}: an HR person is assigned with the HR head's approval, not with this signature")]
    AssignAtApproval { req: String },
    #[error("{login} is not HR staff: a requisition is run by HR")]
    NotHr { login: String },
    #[error("{req} is {state}: it no longer changes")]
    ReqClosed { req: String, state: String },
    #[error("{req} has {max} candidates already: reject some before adding more")]
    TooManyCandidates { req: String, max: usize },
    #[error("you are not an interviewer of {interview} (they are: {interviewers})")]
    NotInterviewer {
        interview: String,
        interviewers: String,
    },
    #[error("you gave your feedback on {interview} already")]
    FeedbackGiven { interview: String },
    #[error("{score} is not a score: give 1 to 5")]
    BadScore { score: u8 },
    #[error("{interview} still waits for feedback: an offer follows complete interviews")]
    InterviewOpen { interview: String },
    #[error("a probation of {months} months is not allowed: give 1 to {max}")]
    ProbationTooLong { months: u32, max: u32 },
    #[error("every seat of {req} ({count}) is offered or filled already")]
    ReqSeatsTaken { req: String, count: u32 },
    #[error("{candidate} is {stage}: nothing more happens to them")]
    CandidateClosed { candidate: String, stage: String },
    #[error(
        "the probation would end {end}, past the legal limit {limit} ({max} months from its start)"
    )]
    ProbationPastLimit {
        end: String,
        limit: String,
        max: u32,
    },
    #[error("{req} is {state}: candidates come once it is approved and open")]
    ReqNotOpen { req: String, state: String },
    #[error("{req} is run by {runner}: they or the HR head act on it")]
    NotRunner { req: String, runner: String },
    #[error("{candidate} is {stage}; this needs a candidate who is {wanted}")]
    WrongStage {
        candidate: String,
        stage: String,
        wanted: String,
    },
    #[error("an interview needs 1 to {max} interviewers")]
    BadPanel { max: usize },
    #[error(
        "an interview is held by HR and {dept} together: name at least one interviewer of each"
    )]
    NotJoint { dept: String },
    #[error("{id} has no probation assessment open")]
    NoReviewOpen { id: String },
    #[error("nobody assesses their own probation")]
    OwnAssessment,
    #[error("the probation of {id} was extended once already (to {end})")]
    ExtendedOnce { id: String, end: String },
    #[error("{id} is not on probation")]
    NotOnProbation { id: String },
    #[error("{id} has a probation assessment already")]
    ReviewExists { id: String },
    #[error("{id} has not passed the probation assessment: the formal contract follows a pass")]
    ProbationNotPassed { id: String },
    #[error("{on} is before {id} joined ({hired}): give a day from then on")]
    BeforeHire {
        id: String,
        on: String,
        hired: String,
    },
    #[error("{on} is after today ({today}): record it once it happened")]
    InFuture { on: String, today: String },
    #[error("{id} starts on {start}: the probation is assessed once it runs")]
    NotStartedYet { id: String, start: String },
    #[error("{id}: an earlier step did not pass the probation; the last step extends or ends it")]
    NotPassedBefore { id: String },
    #[error("{id} started work on {on} already")]
    AlreadyStarted { id: String, on: String },
    #[error("the interview {interview} is at {at}: feedback follows it")]
    InterviewNotYet { interview: String, at: String },
    #[error("{interview} was cancelled, or has all its feedback")]
    InterviewCancelled { interview: String },
    #[error(
        "an interview at {at} cannot be scheduled: give a time from {applied} (when the candidate applied) to a year ahead"
    )]
    BadInterviewTime { at: String, applied: String },
    #[error(
        "the log holds feedback on {interview} that you may see only after giving yours: give it first, or ask another auditor"
    )]
    FeedbackFirst { interview: String },
    #[error(
        "{interview} was held ({by} gave feedback on it): a round with feedback is not called off"
    )]
    InterviewHeld { interview: String, by: String },
    #[error(
        "{candidate} has had no interview with everyone's feedback: an offer follows a joint interview"
    )]
    NoInterviewHeld { candidate: String },
    #[error("{date} is no date of birth of someone who may work today (at least {min_age})")]
    BadBirthDate { date: String, min_age: u32 },
    #[error("`{text}` is not a bank account: letters and digits, at least eight digits")]
    BadBankAccount { text: String },
    #[error("{case} is {state}: its checklist no longer changes")]
    CaseNotOpen { case: String, state: String },
    #[error("{case} is your own separation: others tick its steps; you acknowledge them")]
    OwnSeparation { case: String },
    #[error("step {step} of {case} is done already ({by})")]
    StepDone {
        case: String,
        step: String,
        by: String,
    },
    #[error("step {step} of {case} is for {owner} to tick")]
    NotYourStep {
        case: String,
        step: String,
        owner: String,
    },
    #[error("step {step} of {case} waits for {waiting} first")]
    StepGated {
        case: String,
        step: String,
        waiting: String,
    },
    #[error("{case} has no step `{step}`: its steps are {steps}")]
    NoSuchStep {
        case: String,
        step: String,
        steps: String,
    },
    #[error("you may not open a case of kind {kind}: yours are {allowed}")]
    KindNotYours { kind: String, allowed: String },
    #[error("{id} has an open separation case already: {case}")]
    CaseOpen { id: String, case: String },
    #[error("the last working day {last_day} is before the notice date {notice}")]
    LastDayBeforeNotice { last_day: String, notice: String },
    #[error("the last working day {last_day} is more than a year after the notice date {notice}")]
    LastDayTooFar { last_day: String, notice: String },
    #[error("the handover of {case} names who takes the work over (--to EMP-…)")]
    HandoverToNeeded { case: String },
    #[error("{to} ({name}) cannot take the work over: name a colleague who stays")]
    BadHandover { to: String, name: String },
    #[error("{case} still has equipment out: {tags}")]
    EquipmentOutstanding { case: String, tags: String },
    #[error("the settlement of {case} is done by recording it (offboard settle)")]
    SettlementFirst { case: String },
    #[error("only the leaving employee acknowledges the steps of {case}")]
    NotLeaving { case: String },
    #[error("step {step} of {case} asks for no acknowledgement")]
    NoAcknowledgement { case: String, step: String },
    #[error("step {step} of {case} is not done yet: acknowledge it once it is")]
    StepNotDone { case: String, step: String },
    #[error("you acknowledged step {step} of {case} already")]
    Acknowledged { case: String, step: String },
    #[error("asset tag {tag} is out already, with {holder}")]
    DuplicateTag { tag: String, holder: String },
    #[error("{id} holds {max} items already")]
    TooManyItems { id: String, max: usize },
    #[error("{id} holds no item tagged {tag}")]
    NoSuchItem { tag: String, id: String },
    #[error("item {tag} is settled already ({fate})")]
    ItemSettled { tag: String, fate: String },
    #[error("`{text}` is no amount in {currency}: a number like 1234.50, not negative")]
    BadAmount { text: String, currency: String },
    #[error("`{text}` is not a currency code like CNY, USD or EUR")]
    BadCurrency { text: String },
    #[error("the deductions exceed the pay: the total would be {total} {currency}")]
    SettlementNegative { total: String, currency: String },
    #[error("paid on {paid_on}, before the notice date {notice}")]
    PaidBeforeNotice { paid_on: String, notice: String },
    #[error("{case} cannot close while steps are open: {steps}")]
    StepsOpen { case: String, steps: String },
    #[error("{case} closes on or after the last working day, {last_day}")]
    BeforeLastDay { case: String, last_day: String },
    #[error("{case} follows a failed probation assessment and cannot be withdrawn")]
    NotWithdrawable { case: String },
    #[error("the separation agreement of {case} is signed: it can no longer be withdrawn")]
    AgreementSigned { case: String },
    #[error("{case} is not closed: a certificate of separation follows the close")]
    NoCertificate { case: String },
}

/// One problem of one roster row. It carries another error's catalog key and
/// arguments rather than the error itself, so the type cannot nest.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RowProblem {
    pub line: u32,
    pub column: String,
    pub key: String,
    pub args: Vec<(String, String)>,
    /// The English text, for logs and `Display`.
    pub text: String,
}

impl RowProblem {
    pub fn new(line: u32, column: &str, e: &DomainError) -> RowProblem {
        RowProblem {
            line,
            column: column.to_string(),
            key: e.key().to_string(),
            args: e
                .args()
                .into_iter()
                .map(|(k, v)| (k.to_string(), v))
                .collect(),
            text: e.to_string(),
        }
    }
}

impl DomainError {
    /// The message-catalog key for this error.
    pub fn key(&self) -> &'static str {
        use DomainError::*;
        match self {
            NotRegistered { .. } => "err.not_registered",
            Denied { .. } => "err.denied",
            NotYourDepartment { .. } => "err.not_your_department",
            EmptyField { .. } => "err.empty_field",
            TooLong { .. } => "err.too_long",
            OneLineOnly { .. } => "err.one_line_only",
            BadCharacter { .. } => "err.bad_character",
            LoneMark { .. } => "err.lone_mark",
            BadHeadcount { .. } => "err.bad_headcount",
            DuplicateTitle { .. } => "err.duplicate_title",
            DuplicateDepartment { .. } => "err.duplicate_department",
            DepartmentCycle { .. } => "err.department_cycle",
            NotFound { .. } => "err.not_found",
            PositionClosed { .. } => "err.position_closed",
            HeadcountBelowOccupied { .. } => "err.headcount_below_occupied",
            CloseOccupied { .. } => "err.close_occupied",
            PlanNotEditable { .. } => "err.plan_not_editable",
            NotAuthor { .. } => "err.not_author",
            PlanEmpty { .. } => "err.plan_empty",
            TooManyLines { .. } => "err.too_many_lines",
            NotAwaitingSignature { .. } => "err.not_awaiting_signature",
            NotYourTurn { .. } => "err.not_your_turn",
            FourEyes {
                signed_step: None, ..
            } => "err.four_eyes_author",
            FourEyes { .. } => "err.four_eyes_signed",
            ChangedSinceSeen { .. } => "err.changed_since_seen",
            CommentRequired => "err.comment_required",
            ReasonRequired { .. } => "err.reason_required",
            NoSuchLine { .. } => "err.no_such_line",
            DuplicateLogin { .. } => "err.duplicate_login",
            DuplicateRole { .. } => "err.duplicate_role",
            ScopeNeeded { .. } => "err.scope_needed",
            DelegationEnded => "err.delegation_ended",
            DelegationToSelf => "err.delegation_to_self",
            AlreadyRevoked { .. } => "err.already_revoked",
            DuplicateLine { .. } => "err.duplicate_line",
            UnknownChain { .. } => "err.unknown_chain",
            NoChange { .. } => "err.no_change",
            NoSeats => "err.no_seats",
            DemoOnly => "cli.as_refused",
            PaperSignerCannotSign { .. } => "err.paper_signer",
            PaperOwnSignature => "err.paper_own",
            // The message names the command that confirms it: the case's own.
            PaperPending { case, .. } if case.starts_with("REQ-") => "err.req_paper_pending",
            PaperPending { .. } => "err.paper_pending",
            NoPendingPaper { .. } => "err.no_pending_paper",
            SecondPersonNeeded { .. } => "err.second_person",
            Overtaken { .. } => "err.overtaken",
            UserDisabled { .. } => "err.user_disabled",
            UserAlreadyDisabled { .. } => "err.user_already_disabled",
            UserNotDisabled { .. } => "err.user_not_disabled",
            OwnAccount => "err.own_account",
            PlanNotDeletable { .. } => "err.plan_not_deletable",
            PlanNotWithdrawable { .. } => "err.plan_not_withdrawable",
            BadLogin { .. } => "err.bad_login",
            BadDate { .. } => "err.bad_date",
            DuplicateNumber { .. } => "err.duplicate_number",
            NumberIsAnId { .. } => "err.number_is_an_id",
            DuplicateNumberInFile { .. } => "err.duplicate_number_in_file",
            DuplicateIdNumber { .. } => "err.duplicate_id_number",
            DuplicateIdNumberInFile { .. } => "err.duplicate_id_number_in_file",
            NoFreeSeat { .. } => "err.no_free_seat",
            RosterOverHeadcount { .. } => "err.roster_over_headcount",
            EmployeeSeparated { .. } => "err.employee_separated",
            AlreadyErased { id, .. } if id.starts_with("CAN-") => "err.candidate_already_erased",
            AlreadyErased { .. } => "err.already_erased",
            AmbiguousPosition { .. } => "err.ambiguous_position",
            AmbiguousDepartment { .. } => "err.ambiguous_department",
            PositionNotInDept { .. } => "err.position_not_in_dept",
            BadChoice { .. } => "err.bad_choice",
            EndBeforeStart { .. } => "err.end_before_start",
            BadEmail { .. } => "err.bad_email",
            BadPhone { .. } => "err.bad_phone",
            EmptyRoster => "err.empty_roster",
            AlreadyHolds { .. } => "err.already_holds",
            NothingEdited { .. } => "err.nothing_edited",
            RosterTooLong { .. } => "err.roster_too_long",
            RosterRejected { .. } => "err.roster_rejected",
            SeatsShort { .. } => "err.seats_short",
            BadCount { .. } => "err.bad_count",
            StartInPast { .. } => "err.start_in_past",
            AssignAtApproval { .. } => "err.assign_at_approval",
            NotHr { .. } => "err.not_hr",
            ReqClosed { .. } => "err.req_closed",
            TooManyCandidates { .. } => "err.too_many_candidates",
            NotInterviewer { .. } => "err.not_interviewer",
            FeedbackGiven { .. } => "err.feedback_given",
            BadScore { .. } => "err.bad_score",
            InterviewOpen { .. } => "err.interview_open",
            ProbationTooLong { .. } => "err.probation_too_long",
            ReqSeatsTaken { .. } => "err.req_seats_taken",
            CandidateClosed { .. } => "err.candidate_closed",
            ProbationPastLimit { .. } => "err.probation_past_limit",
            ReqNotOpen { .. } => "err.req_not_open",
            NotRunner { .. } => "err.not_runner",
            WrongStage { .. } => "err.wrong_stage",
            BadPanel { .. } => "err.bad_panel",
            NotJoint { .. } => "err.not_joint",
            NoReviewOpen { .. } => "err.no_review_open",
            OwnAssessment => "err.own_assessment",
            ExtendedOnce { .. } => "err.extended_once",
            NotOnProbation { .. } => "err.not_on_probation",
            ReviewExists { .. } => "err.review_exists",
            ProbationNotPassed { .. } => "err.probation_not_passed",
            BeforeHire { .. } => "err.before_hire",
            InFuture { .. } => "err.in_future",
            NotStartedYet { .. } => "err.not_started_yet",
            NotPassedBefore { .. } => "err.not_passed_before",
            AlreadyStarted { .. } => "err.already_started",
            InterviewNotYet { .. } => "err.interview_not_yet",
            InterviewCancelled { .. } => "err.interview_cancelled",
            BadInterviewTime { .. } => "err.bad_interview_time",
            FeedbackFirst { .. } => "err.feedback_first",
            InterviewHeld { .. } => "err.interview_held",
            NoInterviewHeld { .. } => "err.no_interview_held",
            BadBirthDate { .. } => "err.bad_birth_date",
            BadBankAccount { .. } => "err.bad_bank_account",
            CaseNotOpen { .. } => "err.case_not_open",
            OwnSeparation { .. } => "err.own_separation",
            StepDone { .. } => "err.step_done",
            NotYourStep { .. } => "err.not_your_step",
            StepGated { .. } => "err.step_gated",
            NoSuchStep { .. } => "err.no_such_step",
            KindNotYours { .. } => "err.kind_not_yours",
            CaseOpen { .. } => "err.case_open",
            LastDayBeforeNotice { .. } => "err.last_day_before_notice",
            LastDayTooFar { .. } => "err.last_day_too_far",
            HandoverToNeeded { .. } => "err.handover_to_needed",
            BadHandover { .. } => "err.bad_handover",
            EquipmentOutstanding { .. } => "err.equipment_outstanding",
            SettlementFirst { .. } => "err.settlement_first",
            NotLeaving { .. } => "err.not_leaving",
            NoAcknowledgement { .. } => "err.no_acknowledgement",
            StepNotDone { .. } => "err.step_not_done",
            Acknowledged { .. } => "err.acknowledged",
            DuplicateTag { .. } => "err.duplicate_tag",
            TooManyItems { .. } => "err.too_many_items",
            NoSuchItem { .. } => "err.no_such_item",
            ItemSettled { .. } => "err.item_settled",
            BadAmount { .. } => "err.bad_amount",
            BadCurrency { .. } => "err.bad_currency",
            SettlementNegative { .. } => "err.settlement_negative",
            PaidBeforeNotice { .. } => "err.paid_before_notice",
            StepsOpen { .. } => "err.steps_open",
            BeforeLastDay { .. } => "err.before_last_day",
            NotWithdrawable { .. } => "err.not_withdrawable",
            AgreementSigned { .. } => "err.agreement_signed",
            NoCertificate { .. } => "err.no_certificate",
        }
    }

    /// Named arguments substituted into the catalog text (`{name}`).
    pub fn args(&self) -> Vec<(&'static str, String)> {
        use DomainError::*;
        let s = |v: &String| v.clone();
        match self {
            NotRegistered { login }
            | DuplicateLogin { login }
            | UserDisabled { login }
            | UserAlreadyDisabled { login }
            | UserNotDisabled { login } => vec![("login", s(login))],
            Denied { action, need } => vec![("action", s(action)), ("need", s(need))],
            NotYourDepartment { dept } => vec![("dept", s(dept))],
            EmptyField { field } | OneLineOnly { field } => vec![("field", s(field))],
            TooLong { field, max } => vec![("field", s(field)), ("max", max.to_string())],
            BadCharacter { field, code, at } | LoneMark { field, code, at } => vec![
                ("field", s(field)),
                ("code", s(code)),
                ("at", at.to_string()),
            ],
            BadHeadcount { text, max } => vec![("text", s(text)), ("max", max.to_string())],
            DuplicateTitle { title, dept } => vec![("title", s(title)), ("dept", s(dept))],
            DuplicateDepartment { name, dept } => vec![("name", s(name)), ("dept", s(dept))],
            DepartmentCycle { dept, parent } => vec![("dept", s(dept)), ("parent", s(parent))],
            NotFound { kind, id } => vec![("kind", s(kind)), ("id", s(id))],
            PositionClosed { position } | DuplicateLine { position } | NoChange { position } => {
                vec![("position", s(position))]
            }
            HeadcountBelowOccupied {
                position,
                title,
                requested,
                occupied,
                short,
            } => vec![
                ("position", s(position)),
                ("title", s(title)),
                ("requested", requested.to_string()),
                ("occupied", occupied.to_string()),
                ("short", short.to_string()),
            ],
            CloseOccupied { position, occupied } => {
                vec![
                    ("position", s(position)),
                    ("occupied", occupied.to_string()),
                ]
            }
            PlanNotEditable { plan, state }
            | NotAwaitingSignature { plan, state }
            | PlanNotDeletable { plan, state }
            | PlanNotWithdrawable { plan, state } => {
                vec![("plan", s(plan)), ("state", s(state))]
            }
            NotAuthor { case, author } => vec![("case", s(case)), ("author", s(author))],
            PlanEmpty { plan } => vec![("plan", s(plan))],
            TooManyLines { plan, max } => vec![("plan", s(plan)), ("max", max.to_string())],
            NotYourTurn { plan, step, role } => {
                vec![("plan", s(plan)), ("step", s(step)), ("role", s(role))]
            }
            FourEyes {
                case,
                login,
                signed_step,
                role,
                ..
            } => vec![
                ("case", s(case)),
                ("login", s(login)),
                ("step", signed_step.clone().unwrap_or_default()),
                ("role", s(role)),
            ],
            ChangedSinceSeen {
                case,
                round,
                digest,
            } => vec![
                ("case", s(case)),
                ("round", round.to_string()),
                ("digest", s(digest)),
            ],
            NoSuchLine { plan, line } => vec![("plan", s(plan)), ("line", line.to_string())],
            DuplicateRole { role } | ScopeNeeded { role } => vec![("role", s(role))],
            AlreadyRevoked { id } => vec![("id", s(id))],
            UnknownChain { name } => vec![("name", s(name))],
            PaperSignerCannotSign { login, step, role } => {
                vec![("login", s(login)), ("step", s(step)), ("role", s(role))]
            }
            PaperPending { case, recorded_by } => {
                vec![("case", s(case)), ("recorded_by", s(recorded_by))]
            }
            NoPendingPaper { case } => vec![("case", s(case))],
            BadLogin { login } => vec![("login", s(login))],
            BadDate { text } => vec![("text", s(text))],
            SecondPersonNeeded { recorded_by } => vec![("recorded_by", s(recorded_by))],
            Overtaken { plan, position, by } => {
                vec![("plan", s(plan)), ("position", s(position)), ("by", s(by))]
            }
            DuplicateNumber { number, id } | NumberIsAnId { number, id } => {
                vec![("number", s(number)), ("id", s(id))]
            }
            DuplicateNumberInFile { number, line } => {
                vec![("number", s(number)), ("line", line.to_string())]
            }
            DuplicateIdNumber { id } => vec![("id", s(id))],
            DuplicateIdNumberInFile { line } => vec![("line", line.to_string())],
            NoFreeSeat {
                position,
                title,
                approved,
                filled,
                reserved,
            } => vec![
                ("position", s(position)),
                ("title", s(title)),
                ("approved", approved.to_string()),
                ("filled", filled.to_string()),
                ("reserved", reserved.to_string()),
            ],
            RosterOverHeadcount {
                position,
                title,
                approved,
                filled,
                reserved,
                rows,
            } => vec![
                ("position", s(position)),
                ("title", s(title)),
                ("approved", approved.to_string()),
                ("filled", filled.to_string()),
                ("reserved", reserved.to_string()),
                ("rows", rows.to_string()),
                (
                    "free",
                    approved.saturating_sub(filled + reserved).to_string(),
                ),
            ],
            EmployeeSeparated { id } | NothingEdited { id } => vec![("id", s(id))],
            AlreadyHolds { id, position } => vec![("id", s(id)), ("position", s(position))],
            ReasonRequired { action } => vec![("action", s(action))],
            AlreadyErased { id, by, on } => vec![("id", s(id)), ("by", s(by)), ("on", s(on))],
            AmbiguousPosition { title, depts } => vec![("title", s(title)), ("depts", s(depts))],
            AmbiguousDepartment { name } => vec![("name", s(name))],
            PositionNotInDept { position, dept } => {
                vec![("position", s(position)), ("dept", s(dept))]
            }
            BadChoice {
                field,
                text,
                choices,
            } => vec![
                ("field", s(field)),
                ("text", s(text)),
                ("choices", s(choices)),
            ],
            EndBeforeStart { end, start } => vec![("end", s(end)), ("start", s(start))],
            BadEmail { text } | BadPhone { text } | BadBankAccount { text } => {
                vec![("text", s(text))]
            }
            BadBirthDate { date, min_age } => {
                vec![("date", s(date)), ("min_age", min_age.to_string())]
            }
            RosterTooLong { rows, max } => {
                vec![("rows", rows.to_string()), ("max", max.to_string())]
            }
            RosterRejected { problems, more } => {
                vec![("count", (problems.len() + *more as usize).to_string())]
            }
            SeatsShort {
                position,
                title,
                wanted,
                approved,
                overridden,
                filled,
                reserved,
            } => vec![
                ("position", s(position)),
                ("title", s(title)),
                ("wanted", wanted.to_string()),
                (
                    "free",
                    (i64::from(*approved) + i64::from(*overridden)
                        - i64::from(*filled)
                        - i64::from(*reserved))
                    .max(0)
                    .to_string(),
                ),
                ("approved", approved.to_string()),
                ("overridden", overridden.to_string()),
                ("filled", filled.to_string()),
                ("reserved", reserved.to_string()),
            ],
            BadCount { count, max } => vec![("count", count.to_string()), ("max", max.to_string())],
            StartInPast { start, today } => vec![("start", s(start)), ("today", s(today))],
            AssignAtApproval { req } => vec![("req", s(req))],
            NotHr { login } => vec![("login", s(login))],
            ReqClosed { req, state } | ReqNotOpen { req, state } => {
                vec![("req", s(req)), ("state", s(state))]
            }
            TooManyCandidates { req, max } => vec![("req", s(req)), ("max", max.to_string())],
            NotInterviewer {
                interview,
                interviewers,
            } => vec![
                ("interview", s(interview)),
                ("interviewers", s(interviewers)),
            ],
            FeedbackGiven { interview } | InterviewOpen { interview } => {
                vec![("interview", s(interview))]
            }
            BadScore { score } => vec![("score", score.to_string())],
            ProbationTooLong { months, max } => {
                vec![("months", months.to_string()), ("max", max.to_string())]
            }
            ReqSeatsTaken { req, count } => vec![("req", s(req)), ("count", count.to_string())],
            CandidateClosed { candidate, stage } => {
                vec![("candidate", s(candidate)), ("stage", s(stage))]
            }
            ProbationPastLimit { end, limit, max } => vec![
                ("end", s(end)),
                ("limit", s(limit)),
                ("max", max.to_string()),
            ],
            NotRunner { req, runner } => vec![("req", s(req)), ("runner", s(runner))],
            WrongStage {
                candidate,
                stage,
                wanted,
            } => vec![
                ("candidate", s(candidate)),
                ("stage", s(stage)),
                ("stages", s(wanted)),
            ],
            BadPanel { max } => vec![("max", max.to_string())],
            NotJoint { dept } => vec![("dept", s(dept))],
            NoReviewOpen { id }
            | NotOnProbation { id }
            | ReviewExists { id }
            | ProbationNotPassed { id } => vec![("id", s(id))],
            ExtendedOnce { id, end } => vec![("id", s(id)), ("end", s(end))],
            BeforeHire { id, on, hired } => vec![("id", s(id)), ("on", s(on)), ("hired", s(hired))],
            InFuture { on, today } => vec![("on", s(on)), ("today", s(today))],
            NotStartedYet { id, start } => vec![("id", s(id)), ("start", s(start))],
            NotPassedBefore { id } => vec![("id", s(id))],
            AlreadyStarted { id, on } => vec![("id", s(id)), ("on", s(on))],
            InterviewNotYet { interview, at } => vec![("interview", s(interview)), ("at", s(at))],
            InterviewCancelled { interview } | FeedbackFirst { interview } => {
                vec![("interview", s(interview))]
            }
            InterviewHeld { interview, by } => vec![("interview", s(interview)), ("by", s(by))],
            NoInterviewHeld { candidate } => vec![("candidate", s(candidate))],
            BadInterviewTime { at, applied } => vec![("at", s(at)), ("applied", s(applied))],
            CaseNotOpen { case, state } => vec![("case", s(case)), ("state", s(state))],
            OwnSeparation { case } => vec![("case", s(case))],
            StepDone { case, step, by } => {
                vec![("case", s(case)), ("step", s(step)), ("by", s(by))]
            }
            NotYourStep { case, step, owner } => {
                vec![("case", s(case)), ("step", s(step)), ("owner", s(owner))]
            }
            StepGated {
                case,
                step,
                waiting,
            } => vec![
                ("case", s(case)),
                ("step", s(step)),
                ("waiting", s(waiting)),
            ],
            NoSuchStep { case, step, steps } => {
                vec![("case", s(case)), ("step", s(step)), ("steps", s(steps))]
            }
            KindNotYours { kind, allowed } => vec![("kind", s(kind)), ("allowed", s(allowed))],
            CaseOpen { id, case } => vec![("id", s(id)), ("case", s(case))],
            LastDayBeforeNotice { last_day, notice } => {
                vec![("last_day", s(last_day)), ("notice", s(notice))]
            }
            LastDayTooFar { last_day, notice } => {
                vec![("last_day", s(last_day)), ("notice", s(notice))]
            }
            HandoverToNeeded { case } => vec![("case", s(case))],
            BadHandover { to, name } => vec![("to", s(to)), ("name", s(name))],
            EquipmentOutstanding { case, tags } => vec![("case", s(case)), ("tags", s(tags))],
            SettlementFirst { case } => vec![("case", s(case))],
            NotLeaving { case } => vec![("case", s(case))],
            NoAcknowledgement { case, step } => vec![("case", s(case)), ("step", s(step))],
            StepNotDone { case, step } => vec![("case", s(case)), ("step", s(step))],
            Acknowledged { case, step } => vec![("case", s(case)), ("step", s(step))],
            DuplicateTag { tag, holder } => vec![("tag", s(tag)), ("holder", s(holder))],
            TooManyItems { id, max } => vec![("id", s(id)), ("max", max.to_string())],
            NoSuchItem { tag, id } => vec![("tag", s(tag)), ("id", s(id))],
            ItemSettled { tag, fate } => vec![("tag", s(tag)), ("fate", s(fate))],
            BadAmount { text, currency } => vec![("text", s(text)), ("currency", s(currency))],
            BadCurrency { text } => vec![("text", s(text))],
            SettlementNegative { total, currency } => {
                vec![("total", s(total)), ("currency", s(currency))]
            }
            PaidBeforeNotice { paid_on, notice } => {
                vec![("paid_on", s(paid_on)), ("notice", s(notice))]
            }
            StepsOpen { case, steps } => vec![("case", s(case)), ("steps", s(steps))],
            BeforeLastDay { case, last_day } => vec![("case", s(case)), ("last_day", s(last_day))],
            NotWithdrawable { case } => vec![("case", s(case))],
            AgreementSigned { case } => vec![("case", s(case))],
            NoCertificate { case } => vec![("case", s(case))],
            CommentRequired | EmptyRoster | DelegationEnded | DelegationToSelf | NoSeats
            | DemoOnly | PaperOwnSignature | OwnAccount | OwnAssessment => vec![],
        }
    }
}
