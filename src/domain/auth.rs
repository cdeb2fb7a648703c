//! Who may do what. Every command and every query passes through here, in the
//! domain core, whatever front end sent it: hiding a key is never the check.

use super::commands::Command;
use super::error::DomainError;
use super::ids::*;
use super::model::{PlanState, Role, User};
use super::recruit::Recruit;
use super::state::Company;
use chrono::NaiveDate;

/// What a query reveals. The service maps each query to one of these.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    /// Departments and positions with their ledgers: the organisation chart.
    Org,
    /// Who holds the seats of a position: personal data.
    Staff(PositionId),
    PlanList,
    Plan(PlanId),
    Users,
    Audit,
    /// Every delegation in the company (everyone sees their own).
    AllDelegations,
    /// The employee directory: whole for HR and the general manager, a
    /// scoped head's own departments, nothing for others.
    People,
    /// One employee's record: as `People`, and everyone their own.
    Employee(EmployeeId),
    /// Everything a backup holds: the whole log and every personal record in
    /// the clear. The administrator (who runs backups) and the HR head.
    Backup,
    /// Requisitions: HR and the general manager all of them, scoped heads
    /// those of their departments.
    ReqList,
    /// One requisition with its candidates: as `ReqList`, and its
    /// interviewers, and whoever may sign it now.
    Req(ReqId),
    /// Time-to-fill and time per step: HR, the general manager, the board.
    RecruitReport,
    /// Everyone's mail in the outbox (everyone sees their own).
    AllMail,
    /// Gaps in required training and a cycle's completion: HR and the
    /// general manager for the company, scoped heads for their departments.
    ReviewReport,
    /// The company at a glance: HR, the general manager and the board.
    Dashboard,
}

const SIGNERS: &[Role] = &[
    Role::Board,
    Role::GeneralManager,
    Role::DivisionHead,
    Role::DeptHead,
    Role::HrHead,
];

/// The roles that may attempt a command at all. Signing is open to anyone the
/// sign-off chain names (in person or by delegation); `can` asks the chain.
pub fn roles_for(cmd: &Command) -> &'static [Role] {
    match cmd {
        Command::RegisterUser { .. }
        | Command::EditUser { .. }
        | Command::DisableUser { .. }
        | Command::EnableUser { .. } => &[Role::Admin],
        Command::CreateDepartment { .. }
        | Command::MoveDepartment { .. }
        | Command::RenameDepartment { .. } => &[Role::GeneralManager, Role::Admin],
        Command::DraftPlan { .. }
        | Command::EditPlan { .. }
        | Command::AddPlanLine { .. }
        | Command::ReplacePlanLine { .. }
        | Command::RemovePlanLine { .. }
        | Command::SubmitPlan { .. }
        | Command::DeletePlan { .. }
        | Command::WithdrawPlan { .. } => &[Role::GeneralManager],
        Command::SignPlan { .. } => &[],
        Command::RecordPaperSignoff { .. }
        | Command::ConfirmPaperSignoff { .. }
        | Command::DiscardPaperSignoff { .. } => &[Role::HrStaff, Role::HrHead],
        Command::GrantDelegation { .. } => SIGNERS,
        Command::RevokeDelegation { .. } => &[Role::Admin],
        Command::AddEmployee { .. }
        | Command::ImportEmployees { .. }
        | Command::EditEmployee { .. } => HR,
        Command::TransferEmployee { .. } => &[Role::HrStaff, Role::HrHead, Role::GeneralManager],
        Command::ErasePersonalData { .. } => &[Role::HrHead],
        Command::Recruit(r) => super::recruit::roles_for(r),
        Command::Offboard(o) => super::offboard::roles_for(o),
        Command::Review(r) => super::review::roles_for(r),
        // Everyone their own; `can` lets the admin set anyone's.
        Command::SetMail { .. } => &[],
    }
}

const HR: &[Role] = &[Role::HrStaff, Role::HrHead];

pub fn action_key(cmd: &Command) -> &'static str {
    match cmd {
        Command::RegisterUser { .. } => "action.register_user",
        Command::CreateDepartment { .. } => "action.create_department",
        Command::MoveDepartment { .. } => "action.move_department",
        Command::RenameDepartment { .. } => "action.rename_department",
        Command::DraftPlan { .. } => "action.draft_plan",
        Command::EditPlan { .. }
        | Command::AddPlanLine { .. }
        | Command::ReplacePlanLine { .. }
        | Command::RemovePlanLine { .. } => "action.edit_plan",
        Command::SubmitPlan { .. } => "action.submit_plan",
        Command::SignPlan { .. } => "action.sign_plan",
        Command::RecordPaperSignoff { .. } => "action.record_paper",
        Command::ConfirmPaperSignoff { .. } => "action.confirm_paper",
        Command::DiscardPaperSignoff { .. } => "action.discard_paper",
        Command::GrantDelegation { .. } => "action.delegate",
        Command::RevokeDelegation { .. } => "action.revoke_delegation",
        Command::DeletePlan { .. } => "action.delete_plan",
        Command::WithdrawPlan { .. } => "action.withdraw_plan",
        Command::EditUser { .. } => "action.edit_user",
        Command::DisableUser { .. } | Command::EnableUser { .. } => "action.disable_user",
        Command::AddEmployee { .. } => "action.add_employee",
        Command::ImportEmployees { .. } => "action.import_employees",
        Command::EditEmployee { .. } => "action.edit_employee",
        Command::TransferEmployee { .. } => "action.transfer_employee",
        Command::ErasePersonalData { .. } => "action.erase_personal",
        Command::Recruit(r) => super::recruit::action_key(r),
        Command::Offboard(o) => super::offboard::action_key(o),
        Command::Review(r) => super::review::action_key(r),
        Command::SetMail { .. } => "action.set_mail",
    }
}

fn denied(action: &str, need: &[Role]) -> DomainError {
    DomainError::Denied {
        action: action.into(),
        need: need.iter().map(|r| r.key()).collect::<Vec<_>>().join(","),
    }
}

pub fn can(
    company: &Company,
    actor: &User,
    cmd: &Command,
    today: NaiveDate,
) -> Result<(), DomainError> {
    match cmd {
        // The chain decides who signs; `decide` asks it for the signer's capacity.
        Command::SignPlan { id, .. } => {
            let plan = super::plans::plan(company, *id)?;
            let may_see = can_see(company, actor, Access::Plan(*id), today).is_ok();
            if may_see || signs_for_someone(company, actor, today) {
                Ok(())
            } else {
                // Name the roles of the plan's chain; before submission it has
                // none, and then the refusal is about seeing the plan at all.
                let need: Vec<Role> = plan.signoff.steps.iter().map(|s| s.role).collect();
                if need.is_empty() {
                    Err(denied("action.view_plans", PLAN_READERS))
                } else {
                    Err(denied("action.sign_plan", &need))
                }
            }
        }
        Command::Recruit(r) => can_recruit(company, actor, cmd, r, today),
        Command::Offboard(o) => can_offboard(company, actor, cmd, o),
        Command::Review(r) => can_review(company, actor, cmd, r),
        // Mail goes where its owner says; only the admin may say it for them.
        Command::SetMail { login, .. } => {
            if *login == actor.login || actor.has(Role::Admin) {
                Ok(())
            } else {
                Err(denied(action_key(cmd), &[Role::Admin]))
            }
        }
        // The one who gave a delegation may take it back; a missing one is
        // "not found" for everyone, not a question of rights.
        Command::RevokeDelegation { id } => {
            let d = company
                .delegations
                .get(id)
                .ok_or_else(|| super::commands::not_found("kind.delegation", id))?;
            if d.from == actor.login || actor.has(Role::Admin) {
                Ok(())
            } else {
                Err(denied(action_key(cmd), &[Role::Admin]))
            }
        }
        _ => {
            let need = roles_for(cmd);
            if need.iter().any(|r| actor.has(*r)) {
                Ok(())
            } else {
                Err(denied(action_key(cmd), need))
            }
        }
    }
}

/// Signing, feedback and assessments are open to whom the case names; the
/// rest of recruitment to the roles `recruit::roles_for` gives.
fn can_recruit(
    company: &Company,
    actor: &User,
    cmd: &Command,
    r: &Recruit,
    today: NaiveDate,
) -> Result<(), DomainError> {
    let delegate = || signs_for_someone(company, actor, today);
    match r {
        Recruit::Sign { id, .. } => {
            let req = super::recruit::requisition(company, *id)?;
            if can_see(company, actor, Access::Req(*id), today).is_ok() || delegate() {
                Ok(())
            } else {
                let need: Vec<Role> = req.signoff.steps.iter().map(|s| s.role).collect();
                Err(denied("action.sign_req", &need))
            }
        }
        Recruit::Feedback { interview, .. } => {
            let i = super::recruit::interview(company, *interview)?;
            let req = super::recruit::candidate(company, i.candidate)?.req;
            if i.interviewers.contains(&actor.login) {
                Ok(())
            } else if can_see(company, actor, Access::Req(req), today).is_ok() {
                Err(DomainError::NotInterviewer {
                    interview: interview.to_string(),
                    interviewers: i.interviewers.join(", "),
                })
            } else {
                // Who sits on a panel is the requisition's business: to
                // anyone who may not see it, the round is not there.
                Err(super::commands::not_found("kind.interview", interview))
            }
        }
        Recruit::Assess { employee, .. } => {
            let e = super::people::employee(company, *employee)?;
            let in_scope = company
                .position_dept(e.position)
                .is_some_and(|d| covers(company, actor, d));
            if actor.has(Role::HrHead) || in_scope || delegate() {
                Ok(())
            } else {
                Err(denied(action_key(cmd), &[Role::DeptHead, Role::HrHead]))
            }
        }
        _ => {
            let need = roles_for(cmd);
            if need.iter().any(|role| actor.has(*role)) {
                Ok(())
            } else {
                Err(denied(action_key(cmd), need))
            }
        }
    }
}

/// A case's commands are for those who may see the case (to anyone else it
/// is not there); the case's rules say which of them may act. Opening one is
/// for the employee, their heads and HR, as `decide` works out by kind.
fn can_offboard(
    company: &Company,
    actor: &User,
    cmd: &Command,
    o: &super::offboard::Offboard,
) -> Result<(), DomainError> {
    if let Some(id) = super::offboard::case_of(o) {
        super::offboard::case(company, actor, id)?;
    }
    let need = roles_for(cmd);
    if need.is_empty() || need.iter().any(|role| actor.has(*role)) {
        Ok(())
    } else {
        Err(denied(action_key(cmd), need))
    }
}

/// Training and evaluation: an evaluation the asker may not see is not
/// there for them; the roles open the rest (empty: anyone — their own
/// self-assessment and acknowledgement, or a signature the chain allows,
/// which `decide` asks of the evaluation itself).
fn can_review(
    company: &Company,
    actor: &User,
    cmd: &Command,
    r: &super::review::Review,
) -> Result<(), DomainError> {
    use super::review::Review;
    if let Review::Submit { id } | Review::Acknowledge { id } = r {
        super::review::evaluation(company, actor, *id)?;
    }
    let need = roles_for(cmd);
    if need.is_empty() || need.iter().any(|role| actor.has(*role)) {
        Ok(())
    } else {
        Err(denied(action_key(cmd), need))
    }
}

fn covers(company: &Company, actor: &User, dept: DeptId) -> bool {
    actor
        .roles
        .iter()
        .any(|g| g.role.is_scoped() && g.depts.iter().any(|root| company.is_within(dept, *root)))
}

/// Who may see what. Scoped readers (department and division heads) see only
/// what concerns their departments; the refusal names them too.
const STAFF_READERS: &[Role] = &[Role::HrStaff, Role::HrHead, Role::GeneralManager];
const PLAN_READERS: &[Role] = &[
    Role::GeneralManager,
    Role::Board,
    Role::HrHead,
    Role::HrStaff,
    Role::Admin,
];
const USER_READERS: &[Role] = &[Role::Admin, Role::HrStaff, Role::HrHead];
const AUDIT_READERS: &[Role] = &[Role::Admin, Role::HrHead, Role::Board];
const BACKUP_TAKERS: &[Role] = &[Role::Admin, Role::HrHead];
const SCOPED: &[Role] = &[Role::DeptHead, Role::DivisionHead];

fn with_scoped(roles: &[Role]) -> Vec<Role> {
    roles.iter().chain(SCOPED).copied().collect()
}

/// Allowed when the actor holds one of `roles`, or when `in_scope` (a scoped
/// head whose departments are concerned).
fn allow(
    actor: &User,
    roles: &[Role],
    in_scope: Option<bool>,
    action: &str,
) -> Result<(), DomainError> {
    if roles.iter().any(|r| actor.has(*r)) || in_scope == Some(true) {
        return Ok(());
    }
    match in_scope {
        Some(_) => Err(denied(action, &with_scoped(roles))),
        None => Err(denied(action, roles)),
    }
}

/// `today` (the company's) decides which delegations hold: a delegate sees
/// what they may sign for the one who delegated.
pub fn can_see(
    company: &Company,
    actor: &User,
    access: Access,
    today: NaiveDate,
) -> Result<(), DomainError> {
    match access {
        Access::Org => Ok(()),
        Access::Staff(pos) => {
            let in_scope = company
                .position_dept(pos)
                .is_some_and(|d| covers(company, actor, d));
            allow(actor, STAFF_READERS, Some(in_scope), "action.view_staff")
        }
        Access::PlanList => {
            let scoped = SCOPED.iter().any(|r| actor.has(*r));
            allow(actor, PLAN_READERS, Some(scoped), "action.view_plans")
        }
        Access::Plan(id) => {
            let plan = super::plans::plan(company, id)?;
            let touches_mine = company
                .plan_depts(plan)
                .iter()
                .any(|d| covers(company, actor, *d));
            let for_someone = plan.state == PlanState::Submitted
                && sees_for_someone(company, actor, access, today);
            allow(
                actor,
                PLAN_READERS,
                Some(touches_mine || for_someone),
                "action.view_plans",
            )
        }
        Access::Users => allow(actor, USER_READERS, None, "action.view_users"),
        Access::Audit => allow(actor, AUDIT_READERS, None, "action.view_audit"),
        Access::Backup => allow(actor, BACKUP_TAKERS, None, "action.take_backup"),
        Access::AllDelegations => allow(actor, &[Role::Admin], None, "action.view_delegations"),
        Access::AllMail => allow(actor, &[Role::Admin], None, "action.view_mail"),
        Access::People => {
            let scoped = SCOPED.iter().any(|r| actor.has(*r));
            allow(actor, STAFF_READERS, Some(scoped), "action.view_staff")
        }
        Access::ReqList => {
            let scoped = SCOPED.iter().any(|r| actor.has(*r));
            allow(actor, STAFF_READERS, Some(scoped), "action.view_reqs")
        }
        Access::Req(id) => {
            let req = super::recruit::requisition(company, id)?;
            let mine = company
                .position_dept(req.position)
                .is_some_and(|d| covers(company, actor, d));
            let interviewer = req.candidates.iter().any(|c| {
                company.candidates.get(c).is_some_and(|c| {
                    c.interviews.iter().any(|i| {
                        company
                            .interviews
                            .get(i)
                            .is_some_and(|i| i.interviewers.contains(&actor.login))
                    })
                })
            });
            let for_someone = req.state == super::recruit::ReqState::Submitted
                && sees_for_someone(company, actor, access, today);
            allow(
                actor,
                STAFF_READERS,
                Some(mine || interviewer || for_someone),
                "action.view_reqs",
            )
        }
        Access::RecruitReport => allow(
            actor,
            &[
                Role::HrStaff,
                Role::HrHead,
                Role::GeneralManager,
                Role::Board,
            ],
            None,
            "action.view_report",
        ),
        Access::ReviewReport => {
            let scoped = SCOPED.iter().any(|r| actor.has(*r));
            allow(
                actor,
                STAFF_READERS,
                Some(scoped),
                "action.view_review_report",
            )
        }
        Access::Dashboard => allow(
            actor,
            &[
                Role::HrStaff,
                Role::HrHead,
                Role::GeneralManager,
                Role::Board,
            ],
            None,
            "action.view_dashboard",
        ),
        Access::Employee(id) => {
            let e = super::people::employee(company, id)?;
            let in_scope = actor.employee == Some(id)
                || company
                    .position_dept(e.position)
                    .is_some_and(|d| covers(company, actor, d));
            allow(actor, STAFF_READERS, Some(in_scope), "action.view_staff")
        }
    }
}

/// Whether anyone's delegation to `actor` holds `today`.
pub fn signs_for_someone(company: &Company, actor: &User, today: NaiveDate) -> bool {
    company
        .delegations
        .values()
        .any(|d| d.to == actor.login && d.valid_on(today))
}

/// Whether someone who delegated to `actor` (valid `today`) may see it: a
/// delegate sees a case while it waits for a signature they may give.
fn sees_for_someone(company: &Company, actor: &User, access: Access, today: NaiveDate) -> bool {
    company
        .delegations
        .values()
        .filter(|d| d.to == actor.login && d.valid_on(today))
        .filter_map(|d| company.users.get(&d.from))
        .any(|from| can_see(company, from, access, today).is_ok())
}

/// Whether `actor` may see the employee in the directory: everyone there for
/// HR and the general manager, their departments' people for scoped heads.
pub fn sees_employee(company: &Company, actor: &User, dept: Option<DeptId>) -> bool {
    STAFF_READERS.iter().any(|r| actor.has(*r)) || dept.is_some_and(|d| covers(company, actor, d))
}

/// Personal data in full is HR's, and the person's own; everyone else who
/// may see the record sees it masked.
pub fn reads_personal(actor: &User, id: EmployeeId) -> bool {
    actor.has(Role::HrStaff) || actor.has(Role::HrHead) || actor.employee == Some(id)
}

/// A candidate's contact details are HR's: they run the recruitment.
pub fn reads_contact(actor: &User) -> bool {
    actor.has(Role::HrStaff) || actor.has(Role::HrHead)
}
