//! Domain events: what happened, as decided by a command. They are the audit
//! log's content, stored forever, and the state is rebuilt by replaying them.
//!
//! Events carry their own plain fields rather than whole entities, so an
//! entity can grow without changing what was stored. bincode encodes variants
//! by position: append new variants at the end and never change a variant's
//! fields; `tests/stored_schema.rs` holds the stored shape and fails on any
//! other change.

use super::ids::*;
use super::model::*;
use super::offboard::{self, ItemFate, SepKind, Settlement};
use super::recruit::Recommend;
use super::review;
use super::signoff::{ChainTemplate, Signature};
use super::time::{day, instant};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

mod key;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Event {
    CompanyNamed {
        name: String,
    },
    /// The IANA time zone in which the company's days begin and end.
    ZoneSet {
        zone: String,
    },
    DepartmentCreated {
        id: DeptId,
        name: String,
        parent: Option<DeptId>,
    },
    DepartmentMoved {
        id: DeptId,
        parent: Option<DeptId>,
    },
    DepartmentRenamed {
        id: DeptId,
        name: String,
    },
    PositionCreated {
        id: PositionId,
        dept: DeptId,
        title: String,
        duties: String,
        approved: u32,
        /// The plan that created it; `None` for a new store's opening figures.
        plan: Option<PlanId>,
        #[serde(with = "instant")]
        at: DateTime<Utc>,
    },
    HeadcountSet {
        position: PositionId,
        approved: u32,
        plan: Option<PlanId>,
        #[serde(with = "instant")]
        at: DateTime<Utc>,
    },
    DutiesChanged {
        position: PositionId,
        duties: String,
        plan: PlanId,
    },
    PositionClosed {
        position: PositionId,
        plan: PlanId,
        #[serde(with = "instant")]
        at: DateTime<Utc>,
    },
    UserRegistered {
        login: String,
        display_name: String,
        roles: Vec<RoleGrant>,
        employee: Option<EmployeeId>,
    },
    EmployeeHired {
        id: EmployeeId,
        name: String,
        position: PositionId,
        status: EmployeeStatus,
        #[serde(with = "day")]
        hired: NaiveDate,
    },
    PlanDrafted {
        id: PlanId,
        title: String,
        note: String,
        author: String,
        #[serde(with = "instant")]
        at: DateTime<Utc>,
    },
    PlanEdited {
        id: PlanId,
        title: String,
        note: String,
    },
    PlanLineAdded {
        id: PlanId,
        no: LineNo,
        line: PlanLine,
    },
    PlanLineReplaced {
        id: PlanId,
        no: LineNo,
        line: PlanLine,
    },
    PlanLineRemoved {
        id: PlanId,
        no: LineNo,
    },
    /// Carries the chain as it stood at submission (the template may change
    /// later), the author's word to the signers, and what each line's position
    /// looked like then.
    PlanSubmitted {
        id: PlanId,
        chain: ChainTemplate,
        #[serde(with = "instant")]
        at: DateTime<Utc>,
        comment: String,
        baseline: Vec<(LineNo, Baseline)>,
    },
    PlanSigned {
        id: PlanId,
        signature: Signature,
    },
    /// HR staff recorded a paper sign-off; it counts once a second HR person confirms it.
    PaperSignoffRecorded {
        id: PlanId,
        signature: Signature,
    },
    /// The pending paper sign-off was wrong and is dropped (the comment says why).
    PaperSignoffDiscarded {
        id: PlanId,
        by: String,
    },
    DelegationGranted {
        id: DelegationId,
        from: String,
        to: String,
        #[serde(with = "day")]
        until: NaiveDate,
    },
    DelegationRevoked {
        id: DelegationId,
    },
    /// A draft that was never submitted is gone; its number is not reused.
    PlanDeleted {
        id: PlanId,
    },
    /// The author took a submitted or returned plan back (an end state).
    PlanWithdrawn {
        id: PlanId,
        by: String,
        #[serde(with = "instant")]
        at: DateTime<Utc>,
        comment: String,
    },
    /// An admin changed a user's name or roles (the whole new set of roles).
    UserEdited {
        login: String,
        display_name: String,
        roles: Vec<RoleGrant>,
    },
    /// The user can no longer connect or sign; what they did stays.
    UserDisabled {
        login: String,
    },
    UserEnabled {
        login: String,
    },
    /// HR entered an employee: one who predates renshi, or a roster row.
    /// Personal values are not here: `personal` names the fields that were
    /// given, whose values are kept outside the log.
    EmployeeAdded {
        id: EmployeeId,
        number: String,
        name: String,
        position: PositionId,
        status: EmployeeStatus,
        #[serde(with = "day")]
        hired: NaiveDate,
        contract: Option<Contract>,
        personal: Vec<String>,
        imported: bool,
        by: String,
        #[serde(with = "instant")]
        at: DateTime<Utc>,
    },
    EmployeeEdited {
        id: EmployeeId,
        number: String,
        name: String,
        by: String,
        #[serde(with = "instant")]
        at: DateTime<Utc>,
    },
    /// Personal fields changed: their names only, never their values.
    PersonalDataSet {
        id: EmployeeId,
        fields: Vec<String>,
        by: String,
        #[serde(with = "instant")]
        at: DateTime<Utc>,
    },
    EmployeeTransferred {
        id: EmployeeId,
        from: PositionId,
        to: PositionId,
        /// The general manager's reason for exceeding the target's headcount.
        over_headcount: Option<String>,
        by: String,
        #[serde(with = "instant")]
        at: DateTime<Utc>,
    },
    /// The person's personal data was erased (the values outside the log).
    PersonalDataErased {
        id: EmployeeId,
        by: String,
        #[serde(with = "instant")]
        at: DateTime<Utc>,
    },
    /// Rows of a roster import, as many to an event as keep it well inside
    /// the log's bound on one record: a roster of 100,000 is some hundreds
    /// of events in one commit, not 100,000 (each record costs the store
    /// far more than its bytes do).
    EmployeesImported {
        rows: Vec<ImportedRow>,
        by: String,
        #[serde(with = "instant")]
        at: DateTime<Utc>,
    },
    /// A department head asked for people: the requisition goes to its
    /// signers at once, with the chain as it stood and the word to them.
    RequisitionRaised {
        id: ReqId,
        position: PositionId,
        count: u32,
        reason: String,
        #[serde(with = "day")]
        start: NaiveDate,
        notes: String,
        author: String,
        chain: ChainTemplate,
        #[serde(with = "instant")]
        at: DateTime<Utc>,
        comment: String,
    },
    RequisitionEdited {
        id: ReqId,
        count: u32,
        reason: String,
        #[serde(with = "day")]
        start: NaiveDate,
        notes: String,
        #[serde(with = "instant")]
        at: DateTime<Utc>,
    },
    RequisitionResubmitted {
        id: ReqId,
        chain: ChainTemplate,
        #[serde(with = "instant")]
        at: DateTime<Utc>,
        comment: String,
    },
    RequisitionSigned {
        id: ReqId,
        signature: Signature,
    },
    ReqPaperRecorded {
        id: ReqId,
        signature: Signature,
    },
    ReqPaperDiscarded {
        id: ReqId,
        by: String,
    },
    RequisitionAssigned {
        id: ReqId,
        to: String,
        by: String,
        #[serde(with = "instant")]
        at: DateTime<Utc>,
    },
    RequisitionCancelled {
        id: ReqId,
        by: String,
        #[serde(with = "instant")]
        at: DateTime<Utc>,
        comment: String,
    },
    /// The general manager let a position hold seats beyond its approved
    /// headcount, until the board next sets it.
    SeatsOverridden {
        position: PositionId,
        seats: u32,
        by: String,
        #[serde(with = "instant")]
        at: DateTime<Utc>,
        reason: String,
    },
    /// A candidate as recorded before their contact and CV notes moved out
    /// of the log (store format 6): never written now, replayed from older
    /// logs. `CandidateApplied` took its place.
    CandidateAdded {
        id: CandidateId,
        req: ReqId,
        name: String,
        contact: String,
        source: String,
        notes: String,
        by: String,
        #[serde(with = "instant")]
        at: DateTime<Utc>,
    },
    InterviewScheduled {
        id: InterviewId,
        candidate: CandidateId,
        round: u32,
        #[serde(with = "instant")]
        at: DateTime<Utc>,
        place: String,
        interviewers: Vec<String>,
        by: String,
        #[serde(with = "instant")]
        recorded: DateTime<Utc>,
    },
    FeedbackGiven {
        interview: InterviewId,
        by: String,
        score: u8,
        recommend: Recommend,
        note: String,
        #[serde(with = "instant")]
        at: DateTime<Utc>,
    },
    OfferMade {
        candidate: CandidateId,
        #[serde(with = "day")]
        start: NaiveDate,
        probation_months: u32,
        by: String,
        #[serde(with = "instant")]
        at: DateTime<Utc>,
    },
    OfferAnswered {
        candidate: CandidateId,
        accepted: bool,
        by: String,
        #[serde(with = "instant")]
        at: DateTime<Utc>,
    },
    /// Rejected by the company, or withdrawn by the candidate (`withdrawn`).
    CandidateDropped {
        candidate: CandidateId,
        withdrawn: bool,
        reason: String,
        by: String,
        #[serde(with = "instant")]
        at: DateTime<Utc>,
    },
    /// The candidate became the employee added in the same commit.
    CandidateHired {
        candidate: CandidateId,
        employee: EmployeeId,
        by: String,
        #[serde(with = "instant")]
        at: DateTime<Utc>,
    },
    /// The probation and its assessment along the chain as it stood.
    ProbationStarted {
        employee: EmployeeId,
        #[serde(with = "day")]
        start: NaiveDate,
        #[serde(with = "day")]
        end: NaiveDate,
        chain: ChainTemplate,
        #[serde(with = "instant")]
        at: DateTime<Utc>,
    },
    TrainingRecorded {
        employee: EmployeeId,
        what: String,
        trainer: String,
        #[serde(with = "day")]
        on: NaiveDate,
        by: String,
        #[serde(with = "instant")]
        at: DateTime<Utc>,
    },
    WorkStarted {
        employee: EmployeeId,
        #[serde(with = "day")]
        on: NaiveDate,
        by: String,
        #[serde(with = "instant")]
        at: DateTime<Utc>,
    },
    /// An assessor's step of the probation review; `extend_to` with an
    /// extension (returned: the assessment starts over then).
    ProbationAssessed {
        employee: EmployeeId,
        signature: Signature,
        #[serde(with = "super::time::day_opt")]
        extend_to: Option<NaiveDate>,
    },
    FormalContractSigned {
        employee: EmployeeId,
        contract: Contract,
        number: String,
        by: String,
        #[serde(with = "instant")]
        at: DateTime<Utc>,
    },
    InterviewCancelled {
        interview: InterviewId,
        reason: String,
        by: String,
        #[serde(with = "instant")]
        at: DateTime<Utc>,
    },
    /// A candidate for a requisition. Their contact and CV notes are kept
    /// beside the log (`CandidateRecord`), so they can be erased.
    CandidateApplied {
        id: CandidateId,
        req: ReqId,
        name: String,
        source: String,
        by: String,
        #[serde(with = "instant")]
        at: DateTime<Utc>,
    },
    /// A candidate's contact and CV notes were erased (the comment gives
    /// the legal ground); the record beside the log says so too.
    CandidateDataErased {
        id: CandidateId,
        by: String,
        #[serde(with = "instant")]
        at: DateTime<Utc>,
    },
    /// A separation case opens with the checklist it will be ticked along.
    SeparationStarted {
        id: SepId,
        employee: EmployeeId,
        kind: SepKind,
        reason: String,
        #[serde(with = "day")]
        notice: NaiveDate,
        #[serde(with = "day")]
        last_day: NaiveDate,
        steps: Vec<offboard::StepTemplate>,
        by: String,
        #[serde(with = "instant")]
        at: DateTime<Utc>,
    },
    /// A step done, or ruled not applicable; `note` is what its owner wrote.
    SeparationStepDone {
        id: SepId,
        step: String,
        not_applicable: bool,
        note: String,
        handover_to: Option<EmployeeId>,
        by: String,
        #[serde(with = "instant")]
        at: DateTime<Utc>,
    },
    SeparationStepAcknowledged {
        id: SepId,
        step: String,
        by: String,
        #[serde(with = "instant")]
        at: DateTime<Utc>,
    },
    EquipmentIssued {
        employee: EmployeeId,
        tag: String,
        what: String,
        #[serde(with = "day")]
        on: NaiveDate,
        by: String,
        #[serde(with = "instant")]
        at: DateTime<Utc>,
    },
    EquipmentSettled {
        employee: EmployeeId,
        tag: String,
        fate: ItemFate,
        case: SepId,
        note: String,
        by: String,
        #[serde(with = "instant")]
        at: DateTime<Utc>,
    },
    SettlementRecorded {
        id: SepId,
        settlement: Settlement,
        by: String,
        #[serde(with = "instant")]
        at: DateTime<Utc>,
    },
    /// The employee is separated on `on` (the last working day) and their
    /// seat is free.
    SeparationClosed {
        id: SepId,
        employee: EmployeeId,
        #[serde(with = "day")]
        on: NaiveDate,
        by: String,
        #[serde(with = "instant")]
        at: DateTime<Utc>,
    },
    SeparationWithdrawn {
        id: SepId,
        employee: EmployeeId,
        reason: String,
        by: String,
        #[serde(with = "instant")]
        at: DateTime<Utc>,
    },
    /// A user's mail settings, whole: in the log so that who redirected
    /// whose mail, and when, is on record.
    UserMailSet {
        login: String,
        address: Option<String>,
        language: Option<String>,
        off: bool,
        #[serde(with = "instant")]
        at: DateTime<Utc>,
    },
    CourseAdded {
        id: CourseId,
        title: String,
        tenths: u32,
        kind: review::CourseKind,
        required_for: Vec<PositionId>,
        renew_months: Option<u32>,
        by: String,
        #[serde(with = "instant")]
        at: DateTime<Utc>,
    },
    /// A course's whole new set of fields.
    CourseEdited {
        id: CourseId,
        title: String,
        tenths: u32,
        kind: review::CourseKind,
        required_for: Vec<PositionId>,
        renew_months: Option<u32>,
        by: String,
        #[serde(with = "instant")]
        at: DateTime<Utc>,
    },
    CourseClosed {
        id: CourseId,
        by: String,
        #[serde(with = "instant")]
        at: DateTime<Utc>,
    },
    SessionPlanned {
        id: SessionId,
        course: CourseId,
        #[serde(with = "day")]
        on: NaiveDate,
        trainer: String,
        attendees: Vec<EmployeeId>,
        by: String,
        #[serde(with = "instant")]
        at: DateTime<Utc>,
    },
    AttendeesEnrolled {
        session: SessionId,
        employees: Vec<EmployeeId>,
        by: String,
        #[serde(with = "instant")]
        at: DateTime<Utc>,
    },
    /// One attendee's result; a later one for the same person replaces it.
    TrainingResultSet {
        session: SessionId,
        employee: EmployeeId,
        passed: bool,
        score: Option<u8>,
        certificate: String,
        note: String,
        by: String,
        #[serde(with = "instant")]
        at: DateTime<Utc>,
    },
    /// A cycle with the template it copied, weights as chosen.
    CycleOpened {
        id: CycleId,
        name: String,
        #[serde(with = "day")]
        from: NaiveDate,
        #[serde(with = "day")]
        to: NaiveDate,
        template: review::EvalTemplate,
        self_assessment: bool,
        depts: Vec<DeptId>,
        by: String,
        #[serde(with = "instant")]
        at: DateTime<Utc>,
    },
    CycleClosed {
        id: CycleId,
        by: String,
        #[serde(with = "instant")]
        at: DateTime<Utc>,
    },
    /// Scores of an evaluation not yet submitted (a new one or a rescoring),
    /// with the weighted result in hundredths and its grade.
    EvaluationScored {
        id: EvalId,
        cycle: CycleId,
        employee: EmployeeId,
        scores: Vec<review::Score>,
        result: u16,
        grade: String,
        by: String,
        #[serde(with = "instant")]
        at: DateTime<Utc>,
    },
    SelfAssessed {
        id: EvalId,
        cycle: CycleId,
        employee: EmployeeId,
        scores: Vec<review::Score>,
        #[serde(with = "instant")]
        at: DateTime<Utc>,
    },
    /// Sent along the chain, whose steps it copies.
    EvaluationSubmitted {
        id: EvalId,
        chain: ChainTemplate,
        by: String,
        #[serde(with = "instant")]
        at: DateTime<Utc>,
    },
    EvaluationSigned {
        id: EvalId,
        signature: Signature,
    },
    /// The employee read it; `remark` is their word beside it.
    EvaluationAcknowledged {
        id: EvalId,
        remark: String,
        #[serde(with = "instant")]
        at: DateTime<Utc>,
    },
}

/// One employee of a roster import, as `EmployeeAdded` holds one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportedRow {
    pub id: EmployeeId,
    pub number: String,
    pub name: String,
    pub position: PositionId,
    pub status: EmployeeStatus,
    #[serde(with = "day")]
    pub hired: NaiveDate,
    pub contract: Option<Contract>,
    pub personal: Vec<String>,
}
