//! The interface's state and what each action does to it. Drawing reads this
//! state and never changes it (see `view`).

use super::form::{Form, FormKind};
use super::keymap::{Action, Keymap, Layer};
use crate::domain::signoff::Decision;
use crate::domain::*;
use crate::i18n::Catalog;
use crate::service::api::*;
use crate::transport::Client;
use chrono::{DateTime, Utc};

/// How many of the latest audit-log entries the audit screen shows.
const AUDIT_ROWS: usize = 500;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Inbox,
    Org,
    Plans,
    Plan,
    /// The audit log, newest first, for those who may read it.
    Audit,
}

impl Screen {
    pub const TABS: [Screen; 4] = [Screen::Inbox, Screen::Org, Screen::Plans, Screen::Audit];

    pub fn layer(self) -> Layer {
        match self {
            Screen::Inbox => Layer::Inbox,
            Screen::Org => Layer::Org,
            Screen::Plans => Layer::Plans,
            Screen::Audit => Layer::Audit,
            Screen::Plan => Layer::Plan,
        }
    }
}

/// What the user is being asked to confirm.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Confirm {
    RemoveLine(PlanId, LineNo),
    /// A second HR person confirms the paper sign-off `question` describes.
    ConfirmPaper {
        plan: PlanId,
        seen: crate::domain::signoff::Seen,
        question: String,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub enum Modal {
    None,
    // Boxed: a form is large and modals are swapped often.
    Form(Box<Form>),
    Confirm(Confirm),
    Help {
        scroll: usize,
    },
    /// Demo stores: choose which demo user to act as.
    Picker {
        /// The demo users as (login, name, role keys), read once on opening.
        users: Vec<(String, String, Vec<String>)>,
        sel: usize,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub enum Status {
    None,
    Info(String),
    Error(String),
}

/// What the service last told us. Views read only this and the UI state.
#[derive(Clone, Debug, Default)]
pub struct Data {
    pub me: Option<Me>,
    pub inbox: Vec<InboxItem>,
    pub depts: Vec<DeptRow>,
    pub positions: Vec<PositionRow>,
    pub plans: Vec<PlanRow>,
    pub plan: Option<PlanView>,
    pub position: Option<PositionDetail>,
    /// Set when the user may not see plans at all.
    pub plans_denied: Option<String>,
    /// The latest audit-log entries, newest first (loaded on the audit screen).
    pub audit: Vec<AuditEntry>,
    pub audit_denied: Option<String>,
}

pub struct App {
    pub client: Box<dyn Client>,
    pub keys: Keymap,
    pub cat: Catalog,
    pub data: Data,
    pub screen: Screen,
    /// Where Esc from a plan goes back to.
    pub back_to: Screen,
    pub modal: Modal,
    pub status: Status,
    pub sel_inbox: usize,
    pub sel_dept: usize,
    pub sel_pos: usize,
    pub org_focus_right: bool,
    pub sel_plan: usize,
    pub sel_audit: usize,
    pub sel_line: usize,
    pub quit: bool,
    /// The daemon is unreachable; the header says so while renshi retries.
    pub link_lost: bool,
    pub now: DateTime<Utc>,
    /// Tests fix the clock so ages on screen are stable.
    pub clock: fn() -> DateTime<Utc>,
    /// Rows a page key moves; set from the last drawn list height.
    pub page: usize,
}

impl App {
    pub fn new(client: Box<dyn Client>, keys: Keymap, cat: Catalog) -> App {
        App {
            client,
            keys,
            cat,
            data: Data::default(),
            screen: Screen::Inbox,
            back_to: Screen::Inbox,
            modal: Modal::None,
            status: Status::None,
            sel_inbox: 0,
            sel_dept: 0,
            sel_pos: 0,
            org_focus_right: false,
            sel_plan: 0,
            sel_audit: 0,
            sel_line: 0,
            quit: false,
            link_lost: false,
            now: Utc::now(),
            clock: Utc::now,
            page: 10,
        }
    }

    /// The key layers active now, most specific first.
    pub fn layers(&self) -> Vec<Layer> {
        match &self.modal {
            Modal::Form(_) => vec![Layer::Form],
            Modal::Confirm(_) => vec![Layer::Confirm],
            Modal::Help { .. } => vec![Layer::Help],
            Modal::Picker { .. } => vec![Layer::Picker],
            Modal::None => vec![self.screen.layer(), Layer::List, Layer::Global],
        }
    }

    /// Every answer is made visible here, where it enters the interface.
    fn query(&mut self, q: Query) -> Result<Reply, ApiError> {
        self.client
            .call(Request::Query(q))
            .map(super::visible::reply)
    }

    /// Reloads everything the current screen shows.
    pub fn refresh(&mut self) {
        self.now = (self.clock)();
        if let Err(e) = self.load() {
            self.status = Status::Error(self.cat.error(&e));
        }
        self.clamp();
    }

    fn load(&mut self) -> Result<(), ApiError> {
        if let Reply::Me(me) = self.query(Query::Whoami)? {
            self.data.me = Some(me);
        }
        if let Reply::Inbox(items) = self.query(Query::Inbox(PageReq::FIRST))? {
            self.data.inbox = items.items;
        }
        if let Reply::Departments(d) = self.query(Query::Departments(PageReq::FIRST))? {
            self.data.depts = d.items;
        }
        if let Reply::Positions(p) = self.query(Query::Positions {
            dept: None,
            page: PageReq::FIRST,
        })? {
            self.data.positions = p.items;
        }
        match self.query(Query::Plans {
            state: None,
            page: PageReq::FIRST,
        }) {
            Ok(Reply::Plans(p)) => {
                self.data.plans = p.items;
                self.data.plans_denied = None;
            }
            Ok(_) => {}
            Err(e @ ApiError::Domain(_)) => {
                self.data.plans.clear();
                self.data.plans_denied = Some(self.cat.error(&e));
            }
            Err(e) => return Err(e),
        }
        if self.screen == Screen::Audit {
            match self.query(Query::Audit {
                from: 0,
                limit: AUDIT_ROWS as u32,
            }) {
                Ok(Reply::Audit(mut rows)) => {
                    rows.reverse();
                    self.data.audit = rows;
                    self.data.audit_denied = None;
                }
                Ok(_) => {}
                Err(e @ ApiError::Domain(_)) => {
                    self.data.audit.clear();
                    self.data.audit_denied = Some(self.cat.error(&e));
                }
                Err(e) => return Err(e),
            }
        }
        self.load_position()?;
        if let Some(id) = self.data.plan.as_ref().map(|p| p.id) {
            self.open_plan(id)?;
        }
        Ok(())
    }

    pub fn dept_positions(&self) -> Vec<&PositionRow> {
        let Some(d) = self.data.depts.get(self.sel_dept) else {
            return Vec::new();
        };
        self.data
            .positions
            .iter()
            .filter(|p| p.dept == d.id)
            .collect()
    }

    fn load_position(&mut self) -> Result<(), ApiError> {
        let id = self.dept_positions().get(self.sel_pos).map(|p| p.id);
        self.data.position = match id {
            Some(id) => match self.query(Query::Position(id))? {
                Reply::Position(p) => Some(p),
                _ => None,
            },
            None => None,
        };
        Ok(())
    }

    fn open_plan(&mut self, id: PlanId) -> Result<(), ApiError> {
        if let Reply::Plan(v) = self.query(Query::Plan(id))? {
            self.data.plan = Some(*v);
        }
        Ok(())
    }

    fn clamp(&mut self) {
        let clamp = |sel: &mut usize, len: usize| *sel = (*sel).min(len.saturating_sub(1));
        clamp(&mut self.sel_inbox, self.data.inbox.len());
        clamp(&mut self.sel_dept, self.data.depts.len());
        let n = self.dept_positions().len();
        clamp(&mut self.sel_pos, n);
        clamp(&mut self.sel_plan, self.data.plans.len());
        clamp(&mut self.sel_audit, self.data.audit.len());
        let lines = self.data.plan.as_ref().map_or(0, |p| p.lines.len());
        clamp(&mut self.sel_line, lines);
    }

    fn run(&mut self, cmd: Command, comment: String) -> Result<Done, String> {
        self.run_as(cmd, comment, RequestId::random())
            .map_err(|e| self.cat.error(&e))
    }

    /// `request` identifies this command across retries (see `Form::request`).
    fn run_as(
        &mut self,
        cmd: Command,
        comment: String,
        request: RequestId,
    ) -> Result<Done, ApiError> {
        let req = Request::Execute {
            command: cmd,
            comment,
            request,
        };
        match self.client.call(req)? {
            Reply::Done(d) => Ok(d),
            other => Err(ApiError::Protocol(format!("unexpected reply {other:?}"))),
        }
    }

    pub fn handle(&mut self, action: Action) {
        if !matches!(self.modal, Modal::Form(_)) {
            self.status = Status::None;
        }
        match &self.modal {
            Modal::Form(_) => self.on_form(action),
            Modal::Confirm(_) => self.on_confirm(action),
            Modal::Help { .. } => self.on_help(action),
            Modal::Picker { .. } => self.on_picker(action),
            Modal::None => self.on_screen(action),
        }
    }

    fn on_help(&mut self, action: Action) {
        // Scrolling stops where the last line is at the bottom of the window.
        let last = super::view::help::lines(self)
            .len()
            .saturating_sub(self.page);
        if let Modal::Help { scroll } = &mut self.modal {
            match action {
                Action::Up => *scroll = scroll.saturating_sub(1),
                Action::Down => *scroll = (*scroll + 1).min(last),
                Action::PageUp => *scroll = scroll.saturating_sub(self.page),
                Action::PageDown => *scroll = (*scroll + self.page).min(last),
                _ => self.modal = Modal::None,
            }
        }
    }

    fn on_picker(&mut self, action: Action) {
        let Modal::Picker { sel, users } = &mut self.modal else {
            return;
        };
        match action {
            Action::Up => *sel = sel.saturating_sub(1),
            Action::Down => *sel = (*sel + 1).min(users.len().saturating_sub(1)),
            Action::First => *sel = 0,
            Action::Last => *sel = users.len().saturating_sub(1),
            Action::Save => {
                let Some((login, name, _)) = users.get(*sel).cloned() else {
                    return;
                };
                self.modal = Modal::None;
                self.status = match self.client.act_as(&login) {
                    Ok(()) => {
                        self.screen = Screen::Inbox;
                        self.data.plan = None;
                        Status::Info(
                            self.cat
                                .f("picker.switched", &[("who", format!("{name} ({login})"))]),
                        )
                    }
                    Err(e) => Status::Error(self.cat.error(&e)),
                };
                self.refresh();
            }
            _ => self.modal = Modal::None,
        }
    }

    /// The company's time zone: every time on screen is shown in it (the
    /// header names it).
    pub fn zone(&self) -> chrono_tz::Tz {
        self.data
            .me
            .as_ref()
            .map_or(chrono_tz::Tz::UTC, |m| crate::present::zone(&m.zone))
    }

    /// Opens the demo-user picker; refused outside demo stores.
    pub fn pick_user(&mut self) {
        if let Some(me) = self.data.me.as_ref().filter(|m| m.demo) {
            let users = crate::service::seed::demo_users();
            let sel = users
                .iter()
                .position(|(l, _, _)| *l == me.login)
                .unwrap_or(0);
            self.modal = Modal::Picker { sel, users };
        } else {
            self.status = Status::Error(self.cat.t("cli.as_refused").to_string());
        }
    }

    fn on_confirm(&mut self, action: Action) {
        let Modal::Confirm(c) = std::mem::replace(&mut self.modal, Modal::None) else {
            return;
        };
        if action != Action::Save {
            return;
        }
        let (cmd, ok_key) = match c {
            Confirm::RemoveLine(id, no) => (Command::RemovePlanLine { id, no }, "msg.line_removed"),
            Confirm::ConfirmPaper { plan, seen, .. } => (
                Command::ConfirmPaperSignoff { id: plan, seen },
                "msg.paper_confirmed",
            ),
        };
        self.status = match self.run(cmd, String::new()) {
            Ok(_) => Status::Info(self.cat.t(ok_key).to_string()),
            Err(e) => Status::Error(e),
        };
        self.refresh();
    }

    fn on_form(&mut self, action: Action) {
        let Modal::Form(form) = &mut self.modal else {
            return;
        };
        if action != Action::Cancel {
            form.discard_armed = false;
        }
        match action {
            Action::Cancel if form.cancel() => self.modal = Modal::None,
            Action::Cancel => {}
            Action::NextField => form.move_focus(true),
            Action::PrevField => form.move_focus(false),
            Action::Left => form.left_right(false),
            Action::Right => form.left_right(true),
            Action::Save => self.save_form(),
            _ => {}
        }
    }

    fn save_form(&mut self) {
        let Modal::Form(form) = &self.modal else {
            return;
        };
        let kind = form.kind.clone();
        let request = form.request;
        let (cmd, comment) = match form.command() {
            Ok(x) => x,
            Err(_) => {
                // The form shows each problem under its own field.
                if let Modal::Form(f) = &mut self.modal {
                    f.checked = true;
                }
                return;
            }
        };
        match self.run_as(cmd, comment, request) {
            Ok(done) => {
                self.modal = Modal::None;
                let msg = match &kind {
                    FormKind::NewPlan => {
                        if let Some(id) = done
                            .created
                            .as_deref()
                            .and_then(|s| s.parse::<PlanId>().ok())
                        {
                            self.back_to = Screen::Plans;
                            self.screen = Screen::Plan;
                            let _ = self.open_plan(id);
                        }
                        "msg.plan_created"
                    }
                    FormKind::EditPlan(_) => "msg.saved",
                    FormKind::Line { .. } => "msg.saved",
                    FormKind::Paper { .. } => "msg.paper_recorded",
                    FormKind::DiscardPaper { .. } => "msg.paper_discarded",
                    FormKind::Submit { .. } => "msg.submitted",
                    FormKind::Sign { decision, .. } => match decision {
                        Decision::Approve => "msg.approved",
                        Decision::Reject => "msg.rejected",
                        Decision::Return => "msg.returned",
                    },
                };
                self.status = Status::Info(self.cat.t(msg).to_string());
                self.refresh();
            }
            // What the form was about changed meanwhile: the form is stale,
            // so it closes and the plan is shown again as it is now.
            Err(e @ ApiError::Domain(DomainError::ChangedSinceSeen { .. })) => {
                self.modal = Modal::None;
                self.refresh();
                self.status = Status::Error(self.cat.error(&e));
            }
            Err(e) => {
                let text = self.cat.error(&e);
                if let Modal::Form(f) = &mut self.modal {
                    f.refused = Some(text);
                }
            }
        }
    }

    /// Typed characters go to the focused field of an open form.
    pub fn type_char(&mut self, c: char) -> bool {
        if let Modal::Form(f) = &mut self.modal {
            f.type_char(c);
            true
        } else {
            false
        }
    }

    pub fn edit_input(&mut self, op: impl FnOnce(&mut super::input::Input)) -> bool {
        if let Modal::Form(f) = &mut self.modal {
            f.edit(op);
            true
        } else {
            false
        }
    }

    fn list_len(&self) -> usize {
        match self.screen {
            Screen::Inbox => self.data.inbox.len(),
            Screen::Org if self.org_focus_right => self.dept_positions().len(),
            Screen::Org => self.data.depts.len(),
            Screen::Plans => self.data.plans.len(),
            Screen::Audit => self.data.audit.len(),
            Screen::Plan => self.data.plan.as_ref().map_or(0, |p| p.lines.len()),
        }
    }

    fn selection(&mut self) -> &mut usize {
        match self.screen {
            Screen::Inbox => &mut self.sel_inbox,
            Screen::Org if self.org_focus_right => &mut self.sel_pos,
            Screen::Org => &mut self.sel_dept,
            Screen::Plans => &mut self.sel_plan,
            Screen::Audit => &mut self.sel_audit,
            Screen::Plan => &mut self.sel_line,
        }
    }

    /// Moves the selection of the current list; used by keys and the mouse.
    pub fn select(&mut self, to: usize) {
        let len = self.list_len();
        let sel = self.selection();
        *sel = to.min(len.saturating_sub(1));
        if self.screen == Screen::Org {
            if !self.org_focus_right {
                self.sel_pos = 0;
            }
            if let Err(e) = self.load_position() {
                self.status = Status::Error(self.cat.error(&e));
            }
        }
    }

    fn current(&mut self) -> usize {
        *self.selection()
    }

    pub fn switch(&mut self, to: Screen) {
        self.screen = to;
        self.refresh();
    }

    fn on_screen(&mut self, action: Action) {
        let cur = self.current();
        let last = self.list_len().saturating_sub(1);
        match action {
            Action::Quit => self.quit = true,
            Action::Help => self.modal = Modal::Help { scroll: 0 },
            Action::SwitchUser => self.pick_user(),
            Action::Refresh => {
                self.refresh();
                self.status = Status::Info(self.cat.t("msg.refreshed").to_string());
            }
            Action::ScreenInbox => self.switch(Screen::Inbox),
            Action::ScreenOrg => self.switch(Screen::Org),
            Action::ScreenPlans => self.switch(Screen::Plans),
            Action::ScreenAudit => self.switch(Screen::Audit),
            Action::Verify => self.verify(),
            Action::NextScreen | Action::PrevScreen => {
                let i = Screen::TABS
                    .iter()
                    .position(|s| *s == self.screen)
                    .unwrap_or(0);
                let n = Screen::TABS.len();
                let next = if action == Action::NextScreen {
                    (i + 1) % n
                } else {
                    (i + n - 1) % n
                };
                self.switch(Screen::TABS[next]);
            }
            Action::Up => self.select(cur.saturating_sub(1)),
            Action::Down => self.select(cur + 1),
            Action::PageUp => self.select(cur.saturating_sub(self.page)),
            Action::PageDown => self.select(cur + self.page),
            Action::First => self.select(0),
            Action::Last => self.select(last),
            Action::FocusLeft => self.org_focus_right = false,
            Action::FocusRight => self.org_focus_right = !self.dept_positions().is_empty(),
            Action::Open => self.open_selected(),
            Action::Back => self.switch(self.back_to),
            Action::NewPlan => {
                let draft = Command::DraftPlan {
                    title: String::new(),
                    note: String::new(),
                };
                if self.may(draft) {
                    self.modal = Modal::Form(Box::new(Form::plan(FormKind::NewPlan, "", "")));
                }
            }
            _ => self.on_plan(action),
        }
    }

    /// Walks the whole hash chain (on the service's side) and says the result.
    fn verify(&mut self) {
        self.status = match self.query(Query::Verify) {
            Ok(Reply::Verified { events }) => Status::Info(
                self.cat
                    .f("audit.verified", &[("count", events.to_string())]),
            ),
            Ok(_) => Status::None,
            Err(e) => Status::Error(self.cat.error(&e)),
        };
    }

    /// Asks the service whether a command is allowed at all; when it is not,
    /// the reason goes to the status line and the caller opens no form.
    fn may(&mut self, cmd: Command) -> bool {
        match self.query(Query::May(cmd)) {
            Ok(_) => true,
            Err(e) => {
                self.status = Status::Error(self.cat.error(&e));
                false
            }
        }
    }

    fn open_selected(&mut self) {
        let id = match self.screen {
            Screen::Inbox => self.data.inbox.get(self.sel_inbox).map(|i| i.plan),
            Screen::Plans => self.data.plans.get(self.sel_plan).map(|p| p.id),
            _ => None,
        };
        if let Some(id) = id {
            self.back_to = self.screen;
            self.sel_line = 0;
            match self.open_plan(id) {
                Ok(()) => self.screen = Screen::Plan,
                Err(e) => self.status = Status::Error(self.cat.error(&e)),
            }
        }
    }

    /// Actions on the open plan. The service decides whether they are allowed
    /// and, through the plan view, says why not before a form is even opened;
    /// it checks again when the command arrives.
    fn on_plan(&mut self, action: Action) {
        let Some(plan) = self
            .data
            .plan
            .as_ref()
            .filter(|_| self.screen == Screen::Plan)
        else {
            return;
        };
        let refusal = match action {
            Action::Approve | Action::Reject | Action::Return => plan.sign_refusal.as_ref(),
            Action::EditPlan
            | Action::AddLine
            | Action::EditLine
            | Action::RemoveLine
            | Action::SubmitPlan => plan.edit_refusal.as_ref(),
            _ => None,
        };
        if let Some(e) = refusal {
            self.status = Status::Error(self.cat.domain_error(e));
            return;
        }
        let id = plan.id;
        let subject = format!("{} {}", plan.id, plan.title);
        let for_whom = plan.can_sign.clone().flatten();
        let seen = plan.seen.clone();
        match action {
            Action::Approve | Action::Reject | Action::Return => {
                let decision = match action {
                    Action::Approve => Decision::Approve,
                    Action::Reject => Decision::Reject,
                    _ => Decision::Return,
                };
                self.modal =
                    Modal::Form(Box::new(Form::sign(id, decision, for_whom, seen, subject)));
            }
            Action::EditPlan => {
                self.modal = Modal::Form(Box::new(Form::plan(
                    FormKind::EditPlan(id),
                    &plan.title,
                    &plan.note,
                )));
            }
            Action::AddLine | Action::EditLine => {
                let (no, existing) = if action == Action::EditLine {
                    match plan.lines.get(self.sel_line) {
                        Some(l) => (Some(l.no), Some(l.line.clone())),
                        None => return,
                    }
                } else {
                    (None, None)
                };
                let form = Form::line(
                    &self.cat,
                    id,
                    no,
                    existing.as_ref(),
                    &self.data.depts,
                    &self.data.positions,
                    self.dept_positions().get(self.sel_pos).copied(),
                );
                self.modal = Modal::Form(Box::new(form));
            }
            Action::RemoveLine => {
                if let Some(l) = plan.lines.get(self.sel_line) {
                    self.modal = Modal::Confirm(Confirm::RemoveLine(id, l.no));
                }
            }
            Action::SubmitPlan => {
                let question = self.cat.f("confirm.submit", &[("id", id.to_string())]);
                self.modal = Modal::Form(Box::new(Form::submit(id, question)));
            }
            Action::RecordPaper => self.open_paper(),
            Action::ConfirmPaper => {
                if let Some(p) = &plan.pending_paper {
                    let question = self.cat.f(
                        "confirm.paper",
                        &[
                            ("id", id.to_string()),
                            ("signer", p.signer.clone()),
                            ("ref", p.paper.reference.clone()),
                            ("by", p.paper.recorded_by.clone()),
                        ],
                    );
                    self.modal = Modal::Confirm(Confirm::ConfirmPaper {
                        plan: id,
                        seen: plan.seen.clone(),
                        question,
                    });
                }
            }
            Action::DiscardPaper if plan.pending_paper.is_some() => {
                self.modal = Modal::Form(Box::new(Form::discard_paper(id, subject)));
            }
            _ => {}
        }
    }

    /// HR records a paper sign-off: allowed for their role, and only while the
    /// plan waits for a signature. The signers offered are those who hold the
    /// waiting step's role (everyone, if nobody does).
    fn open_paper(&mut self) {
        let Some(plan) = self.data.plan.clone() else {
            return;
        };
        let paper = Command::RecordPaperSignoff {
            id: plan.id,
            signer: String::new(),
            decision: Decision::Approve,
            paper_ref: String::new(),
            seen: plan.seen.clone(),
        };
        if !self.may(paper) {
            return;
        }
        if let Some(e @ DomainError::NotAwaitingSignature { .. }) = &plan.sign_refusal {
            self.status = Status::Error(self.cat.domain_error(e));
            return;
        }
        let users = match self.query(Query::Users(PageReq::FIRST)) {
            Ok(Reply::Users(users)) => users.items,
            Ok(_) => return,
            Err(e) => {
                self.status = Status::Error(self.cat.error(&e));
                return;
            }
        };
        let role = plan
            .next_step
            .and_then(|i| plan.steps.get(i))
            .map(|s| s.role);
        let holders: Vec<&User> = users
            .iter()
            .filter(|u| role.is_some_and(|r| u.has(r)))
            .collect();
        let offered = if holders.is_empty() {
            users.iter().collect()
        } else {
            holders
        };
        let users: Vec<(String, String)> = offered
            .into_iter()
            .map(|u| (u.login.clone(), u.display_name.clone()))
            .collect();
        let subject = format!("{} {}", plan.id, plan.title);
        self.modal = Modal::Form(Box::new(Form::paper(
            &self.cat,
            plan.id,
            plan.seen.clone(),
            &users,
            subject,
        )));
    }

    fn is_hr(&self) -> bool {
        self.data.me.as_ref().is_some_and(|m| {
            m.roles
                .iter()
                .any(|g| matches!(g.role, Role::HrStaff | Role::HrHead))
        })
    }

    /// Whether an action is worth showing in the footer right now.
    pub fn offers(&self, action: Action) -> bool {
        let plan = self.data.plan.as_ref();
        match action {
            Action::Approve | Action::Reject | Action::Return => {
                plan.is_some_and(|p| p.can_sign.is_some())
            }
            Action::EditPlan | Action::AddLine | Action::SubmitPlan => {
                plan.is_some_and(|p| p.can_edit)
            }
            Action::RecordPaper => {
                self.is_hr()
                    && plan.is_some_and(|p| {
                        p.state == PlanState::Submitted && p.pending_paper.is_none()
                    })
            }
            // A second HR person: not the one who recorded it.
            Action::ConfirmPaper => {
                let me = self.data.me.as_ref().map(|m| m.login.as_str());
                self.is_hr()
                    && plan.is_some_and(|p| {
                        p.pending_paper
                            .as_ref()
                            .is_some_and(|x| Some(x.paper.recorded_by.as_str()) != me)
                    })
            }
            Action::DiscardPaper => self.is_hr() && plan.is_some_and(|p| p.pending_paper.is_some()),
            Action::EditLine | Action::RemoveLine => {
                plan.is_some_and(|p| p.can_edit && !p.lines.is_empty())
            }
            Action::NewPlan => self
                .data
                .me
                .as_ref()
                .is_some_and(|m| m.roles.iter().any(|g| g.role == Role::GeneralManager)),
            Action::Left | Action::Right => match &self.modal {
                Modal::Form(f) => f
                    .fields
                    .iter()
                    .any(|x| matches!(x.value, super::form::Value::Choice { .. })),
                _ => true,
            },
            Action::NextField | Action::PrevField => match &self.modal {
                Modal::Form(f) => f.fields.len() > 1,
                _ => true,
            },
            Action::Open
            | Action::Up
            | Action::Down
            | Action::PageUp
            | Action::PageDown
            | Action::First
            | Action::Last
                if matches!(self.modal, Modal::None) =>
            {
                self.list_len() > 0
            }
            Action::SwitchUser => self.data.me.as_ref().is_some_and(|m| m.demo),
            Action::FocusLeft => self.org_focus_right,
            Action::FocusRight => !self.org_focus_right,
            _ => true,
        }
    }
}
