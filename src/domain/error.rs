//! Why a command or query was refused. Every variant names its message-catalog
//! key and arguments, so each front end can say it in the user's language.
//! No variant holds another error: these travel over the socket, and a
//! recursive type would let a hostile frame nest without end.

use serde::{Deserialize, Serialize};

mod catalog;

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
    #[error("you opened {case}: another HR head closes it")]
    CloseOwnCase { case: String },
    #[error("you ruled out step {step} of {case} for its owner: another HR head closes it")]
    CloseOverruled { case: String, step: String },
    #[error("a probation case for {id} is opened by failing the probation assessment, not by hand")]
    ProbationByAssessment { id: String },
    #[error("`{tag}` is not an asset tag: letters A–Z, digits, and - _ . / only")]
    BadTag { tag: String },
    #[error(
        "the equipment of {case} is settled already: record a new item after the case, or note it on the step"
    )]
    EquipmentSettledFirst { case: String },
    #[error("a charge of nothing for {tag}: record it as written off instead")]
    NothingCharged { tag: String },
    #[error(
        "the work of {case} was handed over to {to}, who has since left or moved: the department head ticks the handover again"
    )]
    HandoverGone { case: String, to: String },
    #[error(
        "`{address}` is not a mail address renshi sends to: write it as name@example.com, with letters, digits and . _ + - before the @"
    )]
    BadMailAddress { address: String },
    #[error("renshi does not write in `{language}`: choose en, zh-Hans or zh-Hant")]
    BadLanguage { language: String },
    #[error("the mail settings of `{login}` are already so: nothing changed")]
    MailUnchanged { login: String },
    #[error("the evaluation templates cannot be used: {reason}")]
    BadTemplate { reason: String },
    #[error("there is no evaluation template `{name}`: choose one of {known}")]
    UnknownTemplate { name: String, known: String },
    #[error("the weights add up to {sum}, not 100 ({weights}): change them so they add up to 100")]
    WeightsNot100 { sum: u32, weights: String },
    #[error("this template has no criterion `{key}`: its criteria are {known}")]
    UnknownCriterion { key: String, known: String },
    #[error("the criterion `{key}` is scored twice: give each criterion one score")]
    CriterionTwice { key: String },
    #[error("`{text}` is not a score for `{key}`: give a whole number from 1 to 5")]
    BadCriterionScore { key: String, text: String },
    #[error("every criterion needs a score: {keys} has none yet")]
    CriteriaMissing { keys: String },
    #[error("the course {course} is closed: no more sessions or attendees can be added")]
    CourseClosed { course: String },
    #[error("an open course is already titled `{title}` ({id})")]
    DuplicateCourse { title: String, id: String },
    #[error("`{text}` is not a length in hours: give hours from 0.1 to 1000, like 1.5")]
    BadHours { text: String },
    #[error("`{text}` months is no renewal period: give 1 to {max} months, or none")]
    BadRenewal { text: String, max: u32 },
    #[error("a session takes at most {max} attendees: plan another session for the rest")]
    TooManyAttendees { max: usize },
    #[error(
        "{employee} did not attend {session}: enrol them first, or record the result on their own session"
    )]
    NotAttendee { employee: String, session: String },
    #[error("`{text}` is not a training score: give a whole number from 0 to 100, or none")]
    BadTrainingScore { text: String },
    #[error("certificate {certificate} goes with a pass: a failed result has no certificate")]
    CertificateWithoutPass { certificate: String },
    #[error("{id} is already so: nothing changed")]
    NothingChanged { id: String },
    #[error("the cycle {cycle} is closed: its evaluations can no longer be scored or submitted")]
    CycleClosed { cycle: String },
    #[error("an open cycle is already named `{name}` ({id})")]
    DuplicateCycle { name: String, id: String },
    #[error("a cycle from {from} to {to} is too long: three years at most")]
    CycleTooLong { from: String, to: String },
    #[error("{employee} is not among the people the cycle {cycle} evaluates")]
    OutsideCycle { employee: String, cycle: String },
    #[error("{id} was already submitted: its scores cannot change now unless a signer returns it")]
    EvaluationNotDraft { id: String },
    #[error("{id} has no scores yet: score every criterion before submitting it")]
    NotScoredYet { id: String },
    #[error("the login `{login}` is not linked to an employee: only employees assess themselves")]
    NoEmployeeRecord { login: String },
    #[error("the cycle {cycle} asks for no self-assessment")]
    NoSelfAssessment { cycle: String },
    #[error("{id} is not your evaluation: only the evaluated employee acknowledges it")]
    NotYourEvaluation { id: String },
    #[error("{id} is not signed off yet: it can be acknowledged once it is")]
    NotSignedOffYet { id: String },
    #[error("{id} was already acknowledged")]
    AlreadyAcknowledged { id: String },
    #[error("nobody scores or signs their own evaluation")]
    OwnEvaluation,
    #[error("nobody records their own training result: another trainer or HR records it")]
    OwnTraining,
    #[error(
        "{on} is too far from today ({today}): give a day within ten years before and two years after"
    )]
    DayOutOfRange { on: String, today: String },
    #[error("{employee} is already enrolled in {session}")]
    AlreadyEnrolled { employee: String, session: String },
    #[error("{id} has left the company: their training and evaluations are kept as they were")]
    EmployeeLeft { id: String },
    #[error("{id} is {evaluator}'s to score and submit while it is a draft")]
    NotYourDraft { id: String, evaluator: String },
    #[error("{employee} already has this result for {session}: nothing changed")]
    SameResult { employee: String, session: String },
    #[error("the cycle {cycle} starts on {from}: its evaluations are scored from then on")]
    CycleNotStarted { cycle: String, from: String },
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
