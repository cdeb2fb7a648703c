//! What the service last said, as the screens read it, and how each
//! answer of the loader lands in it.

use super::App;
use crate::domain::*;
use crate::service::api::*;
use crate::tui::loader::Want;
use crate::tui::screens;

/// What the service answered, or that it has not yet.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Loaded<T> {
    #[default]
    Waiting,
    Ready(T),
    /// The user may not see this; the sentence says why.
    Denied(String),
}

impl<T> Loaded<T> {
    pub fn ready(&self) -> Option<&T> {
        match self {
            Loaded::Ready(t) => Some(t),
            _ => None,
        }
    }
}

impl<T> Loaded<Vec<T>> {
    pub fn rows(&self) -> &[T] {
        self.ready().map_or(&[], Vec::as_slice)
    }
}

/// What the service last told us. Views read only this and the UI state.
#[derive(Clone, Debug, Default)]
pub struct Data {
    pub me: Option<Me>,
    pub inbox: Loaded<Vec<InboxItem>>,
    pub depts: Loaded<Vec<DeptRow>>,
    /// The whole company's positions and seats.
    pub company: Option<Figures>,
    /// The positions of one department: the one selected in the tree.
    pub dept_positions: Loaded<(DeptId, Vec<PositionRow>)>,
    pub position: Option<PositionDetail>,
    pub plans: Loaded<Vec<PlanRow>>,
    pub plan: Option<PlanView>,
    /// The latest audit-log entries, newest first.
    pub audit: Loaded<Vec<AuditEntry>>,
    pub users: Loaded<Vec<User>>,
    /// Delegations the user gave or received.
    pub delegations: Loaded<Vec<DelegationRow>>,
    /// Every position, read when a form has to offer them.
    pub all_positions: Option<Vec<PositionRow>>,
    /// The employee directory, as read so far.
    pub people: Loaded<screens::people::directory::Directory>,
    /// The employee record last opened.
    pub employee: Option<EmployeeView>,
    /// The requisitions the user may see, newest first.
    pub reqs: Loaded<Vec<ReqRow>>,
    /// The requisition last opened.
    pub req: Option<ReqView>,
    /// Time-to-fill and time per step, while the Recruitment tab shows them.
    pub recruit_report: Loaded<crate::service::api::RecruitReport>,
    /// The separation cases the user may see, newest first.
    pub seps: Loaded<Vec<SepRow>>,
    /// The case last opened, with its checklist.
    pub sep: Option<SepView>,
    /// What was issued to the employee whose record is open.
    pub equipment: Loaded<EquipmentView>,
    /// A certificate of separation asked for, until it is shown.
    pub certificate: Option<CertificateData>,
    /// Evaluation and training.
    pub review: screens::review::Data,
    /// The dashboard's figures.
    pub dashboard: Loaded<Box<Dashboard>>,
}

impl App {
    pub(super) fn loaded(&mut self, want: Want, result: Result<Reply, ApiError>) {
        let reply = match result {
            Ok(r) => r,
            Err(e @ ApiError::Domain(_)) => {
                let why = self.cat.error(&e);
                match want {
                    Want::Plans => self.data.plans = Loaded::Denied(why),
                    Want::Audit { .. } => self.data.audit = Loaded::Denied(why),
                    Want::Users => self.data.users = Loaded::Denied(why),
                    Want::Delegations => self.data.delegations = Loaded::Denied(why),
                    Want::People { .. } => self.data.people = Loaded::Denied(why),
                    Want::Reqs => self.data.reqs = Loaded::Denied(why),
                    Want::RecruitReport => self.data.recruit_report = Loaded::Denied(why),
                    Want::Seps { .. } => self.data.seps = Loaded::Denied(why),
                    // Said under the field that named them, not on the status line.
                    Want::Person(text) => {
                        if let ApiError::Domain(d) = e {
                            screens::offboard::person_found(self, &text, Err(d));
                        }
                    }
                    Want::Equipment(_) => self.data.equipment = Loaded::Denied(why),
                    Want::Dashboard => self.data.dashboard = Loaded::Denied(why),
                    Want::Review(load) => screens::review::refused(self, load, why),
                    // The item led nowhere the user may go: back where they were.
                    Want::Sep(_) => {
                        self.error(why);
                        screens::offboard::case_failed(self);
                    }
                    // The item led nowhere the user may go: back to the inbox.
                    Want::ReqOf(_) => {
                        self.error(why);
                        screens::recruit::case_failed(self);
                    }
                    _ => self.error(why),
                }
                return;
            }
            Err(e) => {
                let why = self.cat.error(&e);
                self.error(why);
                if matches!(want, Want::ReqOf(_)) {
                    screens::recruit::case_failed(self);
                }
                return;
            }
        };
        let reply = match (&want, reply) {
            (Want::People { after }, Reply::Employees(page)) => {
                screens::people::arrived(self, *after, page);
                Reply::Allowed
            }
            (_, reply) => reply,
        };
        let d = &mut self.data;
        match (&want, reply) {
            (Want::People { .. }, Reply::Allowed) => {}
            (Want::Employee(_), Reply::Employee(v)) => d.employee = Some(*v),
            (Want::Me, Reply::Me(me)) => d.me = Some(me),
            (Want::Inbox, Reply::Inbox(p)) => d.inbox = Loaded::Ready(p.items),
            (Want::Depts, Reply::Departments(p)) => {
                d.depts = Loaded::Ready(p.items);
                d.company = Some(p.company);
            }
            (Want::DeptPositions(id), Reply::Positions(p)) => {
                d.dept_positions = Loaded::Ready((*id, p.items));
            }
            (Want::AllPositions, Reply::Positions(p)) => d.all_positions = Some(p.items),
            (Want::Position(_), Reply::Position(p)) => d.position = Some(p),
            (Want::Plans, Reply::Plans(p)) => d.plans = Loaded::Ready(p.items),
            (Want::Plan(_), Reply::Plan(v)) => d.plan = Some(*v),
            (Want::Audit { before }, Reply::Audit(mut rows)) => {
                rows.reverse();
                d.audit = Loaded::Ready(merge_audit(d.audit.rows(), rows, *before));
            }
            (Want::Users, Reply::Users(p)) => d.users = Loaded::Ready(p.items),
            (Want::Delegations, Reply::Delegations(p)) => d.delegations = Loaded::Ready(p.items),
            (Want::Reqs, Reply::Requisitions(p)) => d.reqs = Loaded::Ready(p.items),
            (Want::RecruitReport, Reply::RecruitReport(r)) => d.recruit_report = Loaded::Ready(r),
            (Want::Req(_) | Want::ReqOf(_), Reply::Requisition(v)) => d.req = Some(*v),
            (Want::Seps { .. }, Reply::Separations(p)) => d.seps = Loaded::Ready(p.items),
            (Want::Sep(_), Reply::Separation(v)) => d.sep = Some(*v),
            (Want::Equipment(_), Reply::Equipment(v)) => d.equipment = Loaded::Ready(v),
            (Want::Certificate(_), Reply::Certificate(c)) => d.certificate = Some(c),
            (Want::Dashboard, Reply::Dashboard(b)) => d.dashboard = Loaded::Ready(b),
            (Want::Review(load), reply) => {
                if let Err(why) = d.review.store(*load, reply) {
                    self.error(why);
                    return;
                }
                screens::review::arrived(self, *load);
            }
            (Want::Person(text), Reply::Employee(v)) => {
                let text = text.clone();
                screens::offboard::person_found(self, &text, Ok(*v));
                return;
            }
            (_, other) => {
                let why = format!("unexpected reply {other:?}");
                self.error(why);
                return;
            }
        }
        screens::clamp_all(self);
        (screens::entry(self.screen).loaded)(self, &want);
        self.open_pending(&want);
        if want == Want::Me {
            self.land();
        }
    }
}

/// The audit entries on screen (newest first) after a page arrived: the
/// latest page keeps the older entries already read when they join up; an
/// older page is added at the end when it joins what is there.
fn merge_audit(had: &[AuditEntry], page: Vec<AuditEntry>, before: u64) -> Vec<AuditEntry> {
    let oldest_had = had.last().map(|r| r.seq);
    if before != 0 {
        return match oldest_had {
            Some(o) if o == before => had.iter().cloned().chain(page).collect(),
            _ => had.to_vec(),
        };
    }
    let Some(oldest_new) = page.last().map(|r| r.seq) else {
        return page;
    };
    let joins = had.first().is_some_and(|r| r.seq + 1 >= oldest_new)
        && oldest_had.is_some_and(|o| o < oldest_new);
    if !joins {
        return page;
    }
    let older = had.iter().filter(|r| r.seq < oldest_new).cloned();
    page.into_iter().chain(older).collect()
}
