//! The company as a whole: every entity, kept current by applying events.
//! Applying is infallible: events are facts already decided and stored.

use super::events::Event;
use super::ids::*;
use super::model::*;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Company {
    pub name: String,
    pub departments: BTreeMap<DeptId, Department>,
    pub positions: BTreeMap<PositionId, Position>,
    pub employees: BTreeMap<EmployeeId, Employee>,
    pub users: BTreeMap<String, User>,
    pub plans: BTreeMap<PlanId, Plan>,
    pub delegations: BTreeMap<DelegationId, Delegation>,
    /// Seats held per position, kept with the employees so the ledger is O(1).
    #[serde(skip)]
    pub filled: BTreeMap<PositionId, u32>,
}

/// Approved − filled − reserved = free. Reserved seats come from open
/// requisitions and accepted offers (none exist before the recruitment flow).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ledger {
    pub approved: u32,
    pub filled: u32,
    pub reserved: u32,
}

impl Ledger {
    pub fn occupied(&self) -> u32 {
        self.filled + self.reserved
    }

    /// Negative when more seats are taken than approved (after an override).
    pub fn free(&self) -> i64 {
        i64::from(self.approved) - i64::from(self.occupied())
    }
}

impl Company {
    pub fn ledger(&self, id: PositionId) -> Ledger {
        Ledger {
            approved: self.positions.get(&id).map_or(0, |p| p.approved),
            filled: self.filled.get(&id).copied().unwrap_or(0),
            reserved: 0,
        }
    }

    /// Recomputes derived indexes after loading records.
    pub fn reindex(&mut self) {
        self.filled.clear();
        for e in self.employees.values().filter(|e| e.status.holds_seat()) {
            *self.filled.entry(e.position).or_default() += 1;
        }
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

    /// Departments in tree order with their depth, for display.
    pub fn dept_tree(&self) -> Vec<(usize, &Department)> {
        let mut out = Vec::with_capacity(self.departments.len());
        let roots = self.departments.values().filter(|d| d.parent.is_none());
        let mut stack: Vec<(usize, &Department)> = roots.map(|d| (0, d)).collect();
        stack.reverse();
        while let Some((depth, d)) = stack.pop() {
            out.push((depth, d));
            let mut kids: Vec<_> = self
                .departments
                .values()
                .filter(|c| c.parent == Some(d.id))
                .map(|c| (depth + 1, c))
                .collect();
            kids.reverse();
            stack.extend(kids);
        }
        out
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
            .lines
            .iter()
            .filter_map(|l| l.dept(|p| self.position_dept(p)))
            .collect();
        v.sort();
        v.dedup();
        v
    }

    pub fn next_dept_id(&self) -> DeptId {
        DeptId(self.departments.keys().last().map_or(1, |k| k.0 + 1))
    }
    pub fn next_position_id(&self) -> PositionId {
        PositionId(self.positions.keys().last().map_or(1, |k| k.0 + 1))
    }
    pub fn next_employee_id(&self) -> EmployeeId {
        EmployeeId(self.employees.keys().last().map_or(1, |k| k.0 + 1))
    }
    pub fn next_plan_id(&self) -> PlanId {
        PlanId(self.plans.keys().last().map_or(1, |k| k.0 + 1))
    }
    pub fn next_delegation_id(&self) -> DelegationId {
        DelegationId(self.delegations.keys().last().map_or(1, |k| k.0 + 1))
    }

    pub fn apply(&mut self, event: &Event) {
        match event {
            Event::CompanyNamed { name } => self.name = name.clone(),
            Event::DepartmentCreated { dept } => {
                self.departments.insert(dept.id, dept.clone());
            }
            Event::DepartmentMoved { id, parent } => {
                if let Some(d) = self.departments.get_mut(id) {
                    d.parent = *parent;
                }
            }
            Event::DepartmentRenamed { id, name } => {
                if let Some(d) = self.departments.get_mut(id) {
                    d.name = name.clone();
                }
            }
            Event::PositionCreated { position } => {
                self.positions.insert(position.id, position.clone());
            }
            Event::HeadcountSet {
                position,
                approved,
                plan,
                at,
            } => {
                if let Some(p) = self.positions.get_mut(position) {
                    p.approved = *approved;
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
                    p.history.push(HeadcountChange {
                        at: *at,
                        approved: 0,
                        plan: Some(*plan),
                    });
                }
            }
            Event::UserRegistered { user } => {
                self.users.insert(user.login.clone(), user.clone());
            }
            Event::EmployeeHired { employee } => {
                if employee.status.holds_seat() {
                    *self.filled.entry(employee.position).or_default() += 1;
                }
                self.employees.insert(employee.id, employee.clone());
            }
            Event::PlanDrafted { plan } => {
                self.plans.insert(plan.id, plan.clone());
            }
            Event::PlanEdited { id, title, note } => {
                if let Some(p) = self.plans.get_mut(id) {
                    p.title = title.clone();
                    p.note = note.clone();
                }
            }
            Event::PlanLineAdded { id, line } => {
                if let Some(p) = self.plans.get_mut(id) {
                    p.lines.push(line.clone());
                }
            }
            Event::PlanLineReplaced { id, index, line } => {
                if let Some(l) = self.plans.get_mut(id).and_then(|p| p.lines.get_mut(*index)) {
                    *l = line.clone();
                }
            }
            Event::PlanLineRemoved { id, index } => {
                if let Some(p) = self.plans.get_mut(id)
                    && *index < p.lines.len()
                {
                    p.lines.remove(*index);
                }
            }
            Event::PlanSubmitted { id, chain, at } => {
                if let Some(p) = self.plans.get_mut(id) {
                    p.signoff.start_round(chain);
                    p.state = PlanState::Submitted;
                    p.since = *at;
                }
            }
            Event::PlanSigned { id, signature } => {
                if let Some(p) = self.plans.get_mut(id) {
                    let at = signature.at;
                    let outcome = p.signoff.record(signature.clone());
                    use super::signoff::Outcome;
                    match outcome {
                        Outcome::Next(_) => {}
                        Outcome::Approved => p.state = PlanState::Approved,
                        Outcome::Rejected => p.state = PlanState::Rejected,
                        Outcome::Returned => p.state = PlanState::Returned,
                    }
                    p.since = at;
                }
            }
            Event::DelegationGranted { delegation } => {
                self.delegations.insert(delegation.id, delegation.clone());
            }
            Event::DelegationRevoked { id } => {
                if let Some(d) = self.delegations.get_mut(id) {
                    d.revoked = true;
                }
            }
        }
    }
}
