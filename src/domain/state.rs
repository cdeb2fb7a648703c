//! The company as a whole: every entity, kept current by applying events.
//! Applying is infallible: events are facts already decided and stored.
//!
//! The maps are persistent (imbl): a clone shares everything and a change
//! copies only the path to what changed. The service decides a command on a
//! clone, writes it durably, and only then publishes the clone, so readers
//! keep an unchanging snapshot and a failed write leaves nothing behind.

use super::events::Event;
use super::ids::*;
use super::model::*;
use super::offboard::{Item, SepState, SeparationCase};
use super::recruit::{Candidate, CandidateRecord, Interview, Requisition};
use super::review::{Course, Cycle, Evaluation, Session};
use super::signoff::SignoffCase;
use chrono_tz::Tz;
use imbl::{OrdMap, OrdSet};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Company {
    pub name: String,
    /// IANA name of the company's time zone; empty means UTC.
    pub zone: String,
    pub departments: OrdMap<DeptId, Department>,
    pub positions: OrdMap<PositionId, Position>,
    pub employees: OrdMap<EmployeeId, Employee>,
    pub users: OrdMap<String, User>,
    pub plans: OrdMap<PlanId, Plan>,
    pub delegations: OrdMap<DelegationId, Delegation>,
    pub requisitions: OrdMap<ReqId, Requisition>,
    pub candidates: OrdMap<CandidateId, Candidate>,
    pub interviews: OrdMap<InterviewId, Interview>,
    /// Personal data, kept beside the log rather than in it (see `Personal`):
    /// set by the service from what a command decided, read back from the
    /// store's own records when the log is replayed.
    pub personal: OrdMap<EmployeeId, PersonalRecord>,
    /// Candidates' contacts and CV notes, kept beside the log like `personal`.
    pub candidate_records: OrdMap<CandidateId, CandidateRecord>,
    pub separations: OrdMap<SepId, SeparationCase>,
    /// What the administration department issued, per employee.
    pub equipment: OrdMap<EmployeeId, Vec<Item>>,
    /// The training catalog, its sessions with their results, evaluation
    /// cycles and each employee's evaluation in them.
    pub courses: OrdMap<CourseId, Course>,
    pub sessions: OrdMap<SessionId, Session>,
    pub cycles: OrdMap<CycleId, Cycle>,
    pub evaluations: OrdMap<EvalId, Evaluation>,
    /// The highest plan number ever drafted, so a deleted draft's number is
    /// never given to another plan.
    pub plan_seq: u32,
    /// Derived from the records above; rebuilt by `reindex` after loading.
    #[serde(skip)]
    pub index: Index,
}

/// Lookups kept beside the records, so lists cost what they show, not the
/// size of the company.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Index {
    /// Employees holding a seat, per position.
    pub holders: OrdMap<PositionId, OrdSet<EmployeeId>>,
    pub dept_positions: OrdMap<DeptId, OrdSet<PositionId>>,
    /// Sub-departments per department; top-level departments under `None`.
    pub children: OrdMap<Option<DeptId>, OrdSet<DeptId>>,
    /// Staff numbers, which are unique.
    pub numbers: OrdMap<String, EmployeeId>,
    /// Requisitions per position, whose seats its ledger counts as reserved.
    pub reqs: OrdMap<PositionId, OrdSet<ReqId>>,
    /// Employees with a hiring record (onboarding, probation): the inbox
    /// looks at these, not at the whole company.
    pub hiring: OrdSet<EmployeeId>,
    /// The end of each employee's latest contract, when it has one, by date:
    /// contracts ending soon are a range, not a scan.
    pub contract_ends: OrdSet<(chrono::NaiveDate, EmployeeId)>,
    /// Every employee by the day they joined: hires of a period are a range.
    pub hires: OrdSet<(chrono::NaiveDate, EmployeeId)>,
    /// The open separation case of each employee who has one.
    pub open_cases: OrdMap<EmployeeId, SepId>,
    /// Asset tags of items still out (upper case), and who holds them.
    pub asset_tags: OrdMap<String, EmployeeId>,
    /// The open courses each position requires.
    pub required: OrdMap<PositionId, OrdSet<CourseId>>,
    /// Each course's passes: its employees in id order with the day of their
    /// last passed session, so a course's holders and passes merge in one walk.
    pub passes: OrdMap<(CourseId, EmployeeId), chrono::NaiveDate>,
    /// The last day each renewed pass counts: expiring ones are a range.
    pub expiries: OrdSet<(chrono::NaiveDate, EmployeeId, CourseId)>,
    /// The sessions each employee is enrolled in.
    pub attended: OrdMap<EmployeeId, OrdSet<SessionId>>,
    /// Each employee's evaluation in each cycle.
    pub evals: OrdMap<(CycleId, EmployeeId), EvalId>,
    pub emp_evals: OrdMap<EmployeeId, OrdSet<EvalId>>,
    /// Evaluations waiting for a signature, and those a signer sent back.
    pub submitted: OrdSet<EvalId>,
    pub returned: OrdSet<EvalId>,
    /// How many scored evaluations of each cycle are in each state (by
    /// `EvalState::slot`): a cycle's completion without a walk. One that
    /// holds only a self-assessment is not counted.
    pub cycle_states: OrdMap<CycleId, [u32; 4]>,
}

impl Index {
    /// Notes `e`'s latest contract end (after removing `old`, the one before).
    pub fn contract_changed(&mut self, e: &Employee, old: Option<chrono::NaiveDate>) {
        if let Some(end) = old {
            self.contract_ends.remove(&(end, e.id));
        }
        if let Some(end) = e.contracts.last().and_then(|c| c.end) {
            self.contract_ends.insert((end, e.id));
        }
    }
}

/// Approved (+ the general manager's override) − filled − reserved = free.
/// Reserved seats come from running requisitions and accepted offers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ledger {
    pub approved: u32,
    pub filled: u32,
    pub reserved: u32,
    pub overridden: u32,
}

impl Ledger {
    pub fn occupied(&self) -> u32 {
        self.filled + self.reserved
    }

    /// Negative when more seats are taken than approved (after a transfer
    /// the general manager let exceed the headcount).
    pub fn free(&self) -> i64 {
        i64::from(self.approved) + i64::from(self.overridden) - i64::from(self.occupied())
    }
}

impl Company {
    pub fn ledger(&self, id: PositionId) -> Ledger {
        let position = self.positions.get(&id);
        Ledger {
            approved: position.map_or(0, |p| p.approved),
            filled: self.index.holders.get(&id).map_or(0, |h| h.len() as u32),
            reserved: self
                .index
                .reqs
                .get(&id)
                .into_iter()
                .flat_map(|set| set.iter())
                .filter_map(|r| self.requisitions.get(r))
                .map(|r| r.reserved())
                .sum(),
            overridden: position.map_or(0, |p| p.overridden),
        }
    }

    /// The company's time zone (UTC when none is set or the name is unknown).
    pub fn tz(&self) -> Tz {
        self.zone.parse().unwrap_or(Tz::UTC)
    }

    /// Recomputes the derived lookups after loading records.
    pub fn reindex(&mut self) {
        let mut index = Index::default();
        for e in self.employees.values() {
            if e.status.holds_seat() {
                index.holders.entry(e.position).or_default().insert(e.id);
            }
            index.numbers.insert(e.number.clone(), e.id);
            index.hires.insert((e.hired, e.id));
            index.contract_changed(e, None);
            if e.hiring.is_some() {
                index.hiring.insert(e.id);
            }
        }
        for p in self.positions.values() {
            index.dept_positions.entry(p.dept).or_default().insert(p.id);
        }
        for d in self.departments.values() {
            index.children.entry(d.parent).or_default().insert(d.id);
        }
        for r in self.requisitions.values() {
            index.reqs.entry(r.position).or_default().insert(r.id);
        }
        for c in self.separations.values() {
            if c.state == SepState::Open {
                index.open_cases.insert(c.employee, c.id);
            }
        }
        for (holder, items) in &self.equipment {
            for i in items.iter().filter(|i| i.outstanding()) {
                index.asset_tags.insert(i.tag.to_uppercase(), *holder);
            }
        }
        self.index = index;
        super::review::reindex(self);
    }

    /// True when `dept` is `root` or lies beneath it.
    pub fn is_within(&self, dept: DeptId, root: DeptId) -> bool {
        let mut cur = Some(dept);
        // Bounded by the number of departments, so a corrupt record with a cycle cannot hang us.
        for _ in 0..=self.departments.len() {
            match cur {
                Some(d) if d == root => return true,
                Some(d) => cur = self.departments.get(&d).and_then(|x| x.parent),
                None => return false,
            }
        }
        false
    }

    pub fn children(&self, of: Option<DeptId>) -> impl Iterator<Item = &Department> {
        self.index
            .children
            .get(&of)
            .into_iter()
            .flat_map(|set| set.iter())
            .filter_map(|id| self.departments.get(id))
    }

    /// Departments in tree order with their depth, for display.
    pub fn dept_tree(&self) -> Vec<(usize, &Department)> {
        let mut out = Vec::with_capacity(self.departments.len());
        let mut stack: Vec<(usize, &Department)> = self.children(None).map(|d| (0, d)).collect();
        stack.reverse();
        while let Some((depth, d)) = stack.pop() {
            out.push((depth, d));
            let at = stack.len();
            stack.extend(self.children(Some(d.id)).map(|c| (depth + 1, c)));
            stack[at..].reverse();
        }
        out
    }

    /// Positions of `dept` itself (not of its sub-departments), by id.
    pub fn positions_of(&self, dept: DeptId) -> impl Iterator<Item = &Position> {
        self.index
            .dept_positions
            .get(&dept)
            .into_iter()
            .flat_map(|set| set.iter())
            .filter_map(|id| self.positions.get(id))
    }

    /// Employees who hold a seat of `position`.
    pub fn holders(&self, position: PositionId) -> impl Iterator<Item = &Employee> {
        self.index
            .holders
            .get(&position)
            .into_iter()
            .flat_map(|set| set.iter())
            .filter_map(|id| self.employees.get(id))
    }

    pub fn dept_name(&self, id: DeptId) -> String {
        self.departments
            .get(&id)
            .map_or_else(|| id.to_string(), |d| d.name.clone())
    }

    pub fn position_dept(&self, id: PositionId) -> Option<DeptId> {
        self.positions.get(&id).map(|p| p.dept)
    }

    pub fn plan_depts(&self, plan: &Plan) -> Vec<DeptId> {
        let mut v: Vec<DeptId> = plan
            .lines()
            .filter_map(|l| l.dept(|p| self.position_dept(p)))
            .collect();
        v.sort();
        v.dedup();
        v
    }

    pub fn next_dept_id(&self) -> DeptId {
        DeptId(self.departments.get_max().map_or(1, |(k, _)| k.0 + 1))
    }
    pub fn next_position_id(&self) -> PositionId {
        PositionId(self.positions.get_max().map_or(1, |(k, _)| k.0 + 1))
    }
    pub fn next_employee_id(&self) -> EmployeeId {
        EmployeeId(self.employees.get_max().map_or(1, |(k, _)| k.0 + 1))
    }
    pub fn next_plan_id(&self) -> PlanId {
        let max = self.plans.get_max().map_or(0, |(k, _)| k.0);
        PlanId(max.max(self.plan_seq) + 1)
    }
    pub fn next_delegation_id(&self) -> DelegationId {
        DelegationId(self.delegations.get_max().map_or(1, |(k, _)| k.0 + 1))
    }

    fn set_parent(&mut self, id: DeptId, parent: Option<DeptId>) {
        let Some(d) = self.departments.get_mut(&id) else {
            return;
        };
        let old = std::mem::replace(&mut d.parent, parent);
        if let Some(set) = self.index.children.get_mut(&old) {
            set.remove(&id);
        }
        self.index.children.entry(parent).or_default().insert(id);
    }

    /// The employee with this staff number.
    /// The employee whose staff number this is, as typed (full-width forms
    /// too: numbers are kept narrow).
    pub fn by_number(&self, number: &str) -> Option<&Employee> {
        self.index
            .numbers
            .get(super::text::narrowed(number).as_ref())
            .and_then(|id| self.employees.get(id))
    }

    fn plan_mut(&mut self, id: &PlanId) -> Option<&mut Plan> {
        self.plans.get_mut(id)
    }

    pub fn apply(&mut self, event: &Event) {
        match event {
            Event::CompanyNamed { name } => self.name = name.clone(),
            Event::ZoneSet { zone } => self.zone = zone.clone(),
            Event::DepartmentCreated { id, name, parent } => {
                self.departments.insert(
                    *id,
                    Department {
                        id: *id,
                        name: name.clone(),
                        parent: *parent,
                    },
                );
                self.index.children.entry(*parent).or_default().insert(*id);
            }
            Event::DepartmentMoved { id, parent } => self.set_parent(*id, *parent),
            Event::DepartmentRenamed { id, name } => {
                if let Some(d) = self.departments.get_mut(id) {
                    d.name = name.clone();
                }
            }
            Event::PositionCreated {
                id,
                dept,
                title,
                duties,
                approved,
                plan,
                at,
            } => {
                self.positions.insert(
                    *id,
                    Position {
                        id: *id,
                        dept: *dept,
                        title: title.clone(),
                        duties: duties.clone(),
                        approved: *approved,
                        closed: false,
                        history: vec![HeadcountChange {
                            at: *at,
                            approved: *approved,
                            plan: *plan,
                        }],
                        overridden: 0,
                        overrides: Vec::new(),
                    },
                );
                self.index
                    .dept_positions
                    .entry(*dept)
                    .or_default()
                    .insert(*id);
            }
            Event::HeadcountSet {
                position,
                approved,
                plan,
                at,
            } => {
                if let Some(p) = self.positions.get_mut(position) {
                    p.approved = *approved;
                    // The board's decision replaces any override.
                    p.overridden = 0;
                    p.history.push(HeadcountChange {
                        at: *at,
                        approved: *approved,
                        plan: *plan,
                    });
                }
            }
            Event::DutiesChanged {
                position, duties, ..
            } => {
                if let Some(p) = self.positions.get_mut(position) {
                    p.duties = duties.clone();
                }
            }
            Event::PositionClosed { position, plan, at } => {
                if let Some(p) = self.positions.get_mut(position) {
                    p.closed = true;
                    p.approved = 0;
                    p.overridden = 0;
                    p.history.push(HeadcountChange {
                        at: *at,
                        approved: 0,
                        plan: Some(*plan),
                    });
                }
            }
            Event::UserRegistered { .. }
            | Event::UserEdited { .. }
            | Event::UserDisabled { .. }
            | Event::UserEnabled { .. }
            | Event::UserMailSet { .. }
            | Event::DelegationGranted { .. }
            | Event::DelegationRevoked { .. } => super::users::apply(self, event),
            Event::EmployeeHired { .. }
            | Event::EmployeeAdded { .. }
            | Event::EmployeesImported { .. }
            | Event::EmployeeEdited { .. }
            | Event::PersonalDataSet { .. }
            | Event::EmployeeTransferred { .. }
            | Event::PersonalDataErased { .. } => super::people::apply(self, event),
            Event::RequisitionRaised { .. }
            | Event::RequisitionEdited { .. }
            | Event::RequisitionResubmitted { .. }
            | Event::RequisitionSigned { .. }
            | Event::ReqPaperRecorded { .. }
            | Event::ReqPaperDiscarded { .. }
            | Event::RequisitionAssigned { .. }
            | Event::RequisitionCancelled { .. }
            | Event::SeatsOverridden { .. }
            | Event::CandidateAdded { .. }
            | Event::CandidateApplied { .. }
            | Event::CandidateDataErased { .. }
            | Event::InterviewScheduled { .. }
            | Event::FeedbackGiven { .. }
            | Event::OfferMade { .. }
            | Event::OfferAnswered { .. }
            | Event::CandidateDropped { .. }
            | Event::CandidateHired { .. }
            | Event::ProbationStarted { .. }
            | Event::TrainingRecorded { .. }
            | Event::WorkStarted { .. }
            | Event::ProbationAssessed { .. }
            | Event::FormalContractSigned { .. }
            | Event::InterviewCancelled { .. } => super::recruit::apply(self, event),
            Event::SeparationStarted { .. }
            | Event::SeparationStepDone { .. }
            | Event::SeparationStepAcknowledged { .. }
            | Event::EquipmentIssued { .. }
            | Event::EquipmentSettled { .. }
            | Event::SettlementRecorded { .. }
            | Event::SeparationClosed { .. }
            | Event::SeparationWithdrawn { .. } => super::offboard::apply(self, event),
            Event::CourseAdded { .. }
            | Event::CourseEdited { .. }
            | Event::CourseClosed { .. }
            | Event::SessionPlanned { .. }
            | Event::AttendeesEnrolled { .. }
            | Event::TrainingResultSet { .. }
            | Event::CycleOpened { .. }
            | Event::CycleClosed { .. }
            | Event::EvaluationScored { .. }
            | Event::SelfAssessed { .. }
            | Event::EvaluationSubmitted { .. }
            | Event::EvaluationSigned { .. }
            | Event::EvaluationAcknowledged { .. } => super::review::apply(self, event),
            Event::PlanDrafted {
                id,
                title,
                note,
                author,
                at,
            } => {
                self.plan_seq = self.plan_seq.max(id.0);
                self.plans.insert(
                    *id,
                    Plan {
                        id: *id,
                        title: title.clone(),
                        note: note.clone(),
                        author: author.clone(),
                        state: PlanState::Draft,
                        items: Vec::new(),
                        next_line: 1,
                        signoff: SignoffCase::idle(super::plans::PLAN_CHAIN, author),
                        submissions: Vec::new(),
                        created: *at,
                        since: *at,
                        withdrawal: None,
                    },
                );
            }
            Event::PlanEdited { id, title, note } => {
                if let Some(p) = self.plan_mut(id) {
                    p.title = title.clone();
                    p.note = note.clone();
                }
            }
            Event::PlanLineAdded { id, no, line } => {
                if let Some(p) = self.plan_mut(id) {
                    p.items.push(PlanItem {
                        no: *no,
                        line: line.clone(),
                        baseline: None,
                    });
                    p.next_line = p.next_line.max(no.0 + 1);
                }
            }
            Event::PlanLineReplaced { id, no, line } => {
                if let Some(item) = self
                    .plan_mut(id)
                    .and_then(|p| p.items.iter_mut().find(|i| i.no == *no))
                {
                    item.line = line.clone();
                }
            }
            Event::PlanLineRemoved { id, no } => {
                if let Some(p) = self.plan_mut(id) {
                    p.items.retain(|i| i.no != *no);
                }
            }
            Event::PlanSubmitted {
                id,
                chain,
                at,
                comment,
                baseline,
            } => {
                if let Some(p) = self.plan_mut(id) {
                    p.signoff.start_round(chain);
                    p.state = PlanState::Submitted;
                    p.since = *at;
                    p.submissions.push(Submission {
                        round: p.signoff.round,
                        at: *at,
                        comment: comment.clone(),
                    });
                    for item in &mut p.items {
                        item.baseline = baseline
                            .iter()
                            .find(|(no, _)| *no == item.no)
                            .map(|(_, b)| b.clone());
                    }
                }
            }
            Event::PlanSigned { id, signature } => {
                if let Some(p) = self.plan_mut(id) {
                    use super::signoff::Outcome;
                    let at = signature.at;
                    match p.signoff.record(signature.clone()) {
                        Outcome::Next(_) => {}
                        Outcome::Approved => p.state = PlanState::Approved,
                        Outcome::Rejected => p.state = PlanState::Rejected,
                        Outcome::Returned => p.state = PlanState::Returned,
                    }
                    p.since = at;
                }
            }
            Event::PaperSignoffRecorded { id, signature } => {
                if let Some(p) = self.plan_mut(id) {
                    p.signoff.pending_paper = Some(signature.clone());
                }
            }
            Event::PaperSignoffDiscarded { id, .. } => {
                if let Some(p) = self.plan_mut(id) {
                    p.signoff.pending_paper = None;
                }
            }
            Event::PlanDeleted { id } => {
                self.plans.remove(id);
            }
            Event::PlanWithdrawn {
                id,
                by,
                at,
                comment,
            } => {
                if let Some(p) = self.plan_mut(id) {
                    p.state = PlanState::Withdrawn;
                    p.since = *at;
                    p.signoff.next = None;
                    p.signoff.pending_paper = None;
                    p.withdrawal = Some(Withdrawal {
                        by: by.clone(),
                        at: *at,
                        comment: comment.clone(),
                    });
                }
            }
        }
    }
}
