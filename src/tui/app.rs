//! The interface's state and its routing: which screen is shown, what is
//! open over it, what the service last said, and what the user was last
//! told. Keys become actions (`keymap`); an action goes to the open modal or
//! to the current screen (`screens`); loads and commands go to the loader
//! thread (`loader`), and their answers come back here.

use super::forms::{Form, FormKind};
use super::keymap::{Action, Keymap, Layer};
use super::loader::{Answer, Job, Loader, Then, Want};
use super::screens::{self, ScreenId, Screens};
use super::widgets::detail::Doc;
use super::widgets::popup::Reader;
use super::widgets::{Detail, Filter};
use crate::domain::signoff::Decision;
use crate::domain::*;
use crate::i18n::Catalog;
use crate::service::api::*;
use crate::transport::{Client, Link};
use chrono::{DateTime, Utc};
use ratatui::crossterm::event::Event;
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender, channel};
use std::time::Duration;

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

#[derive(Clone, Debug)]
pub enum Modal {
    None,
    // Boxed: a form is large and modals are swapped often.
    Form(Box<Form>),
    Confirm(Confirm),
    Help(Detail),
    /// Demo stores: choose which demo user to act as.
    Picker {
        /// The demo users as (login, name, role keys).
        users: Vec<(String, String, Vec<String>)>,
        sel: usize,
    },
    /// One long text in full: an audit entry, a long message.
    Reader(Reader),
}

#[derive(Clone, Debug, PartialEq)]
pub enum Status {
    None,
    Info(String),
    Error(String),
    /// Something is on its way (a verify, a save).
    Working(String),
}

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
    /// The positions of one department: the one selected in the tree.
    pub dept_positions: Loaded<(DeptId, Vec<PositionRow>)>,
    pub position: Option<PositionDetail>,
    pub plans: Loaded<Vec<PlanRow>>,
    pub plan: Option<PlanView>,
    /// The latest audit-log entries, newest first.
    pub audit: Loaded<Vec<AuditEntry>>,
    pub users: Loaded<Vec<User>>,
    /// Every position, read when a form has to offer them.
    pub all_positions: Option<Vec<PositionRow>>,
}

/// A form that opens once what it offers has been loaded.
#[derive(Clone, Debug, PartialEq)]
enum Pending {
    Line { plan: PlanId, no: Option<LineNo> },
    Paper(PlanId),
}

/// What reaches the interface: a terminal event or the loader's answer.
pub enum Incoming {
    Term(Event),
    Answer(Answer),
}

pub struct App {
    pub keys: Keymap,
    pub cat: Catalog,
    pub data: Data,
    pub screen: ScreenId,
    /// Where Esc from a plan goes back to.
    pub back_to: ScreenId,
    pub ui: Screens,
    pub modal: Modal,
    pub status: Status,
    /// The last message, kept for `!` after the status line moved on.
    pub last_message: Option<String>,
    pub quit: bool,
    /// The daemon is unreachable; the header says so while renshi retries.
    pub link_lost: bool,
    pub now: DateTime<Utc>,
    /// Tests fix the clock so ages on screen are stable.
    pub clock: fn() -> DateTime<Utc>,
    /// Rows a page key moves; set from the last drawn list height.
    pub page: usize,
    pending: Option<Pending>,
    loader: Loader,
    incoming: Receiver<Incoming>,
    outgoing: Sender<Incoming>,
}

impl App {
    pub fn new(client: Box<dyn Client>, keys: Keymap, cat: Catalog) -> App {
        let (outgoing, incoming) = channel();
        let loader = Loader::start(client, outgoing.clone(), Incoming::Answer);
        App {
            keys,
            cat,
            data: Data::default(),
            screen: ScreenId::Inbox,
            back_to: ScreenId::Inbox,
            ui: Screens::default(),
            modal: Modal::None,
            status: Status::None,
            last_message: None,
            quit: false,
            link_lost: false,
            now: Utc::now(),
            clock: Utc::now,
            page: 10,
            pending: None,
            loader,
            incoming,
            outgoing,
        }
    }

    /// Where terminal events are sent (by the input thread) to reach `wait`.
    pub fn sender(&self) -> Sender<Incoming> {
        self.outgoing.clone()
    }

    /// The key layers active now, most specific first.
    pub fn layers(&self) -> Vec<Layer> {
        match &self.modal {
            Modal::Form(f) if f.focus_is_text() => vec![Layer::Form, Layer::Editor],
            Modal::Form(_) => vec![Layer::Form],
            Modal::Confirm(_) => vec![Layer::Confirm],
            Modal::Help(_) | Modal::Reader(_) => vec![Layer::Help],
            Modal::Picker { .. } => vec![Layer::Picker],
            Modal::None if self.filter().is_some_and(|f| f.editing) => {
                vec![Layer::Filter, Layer::Editor]
            }
            Modal::None => vec![
                screens::entry(self.screen).layer,
                Layer::List,
                Layer::Global,
            ],
        }
    }

    /// The filter of the list that has the focus, if the screen has one.
    pub fn filter(&self) -> Option<&Filter> {
        (screens::entry(self.screen).nav)(&self.ui, self.screen).map(|n| &n.filter)
    }

    // ---- loading ------------------------------------------------------

    /// Asks again for everything the current screen shows.
    pub fn refresh(&mut self) {
        self.now = (self.clock)();
        self.load(Want::Me);
        // The inbox's count is on its tab, whatever screen is shown.
        if self.screen != ScreenId::Inbox {
            self.load(Want::Inbox);
        }
        for w in (screens::entry(self.screen).wants)(self) {
            self.load(w);
        }
    }

    pub fn load(&mut self, want: Want) {
        self.loader.send(Job::Load(want));
    }

    /// Hands a command to the loader; `then` says what its answer does.
    pub fn run(&mut self, then: Then, command: Command, comment: String, request: RequestId) {
        self.loader.send(Job::Run(
            then,
            Request::Execute {
                command,
                comment,
                request,
            },
        ));
    }

    fn ask(&mut self, then: Then, q: Query) {
        self.loader.send(Job::Run(then, Request::Query(q)));
    }

    /// Waits up to `timeout` for something to happen: a terminal event is
    /// handed back, an answer is applied here (`Some(None)`: redraw).
    pub fn wait(&mut self, timeout: Duration) -> Option<Option<Event>> {
        match self.incoming.recv_timeout(timeout) {
            Ok(Incoming::Term(ev)) => Some(Some(ev)),
            Ok(Incoming::Answer(a)) => {
                self.apply(a);
                Some(None)
            }
            Err(RecvTimeoutError::Timeout) => None,
            Err(RecvTimeoutError::Disconnected) => {
                self.quit = true;
                None
            }
        }
    }

    /// The next waiting terminal event or answer without waiting.
    pub fn poll(&mut self) -> Option<Option<Event>> {
        self.wait(Duration::ZERO)
    }

    /// Applies answers until every job handed over is answered (tests, and
    /// the first screen at start). Gives up after ten seconds of silence.
    pub fn settle(&mut self) {
        while self.loader.outstanding > 0 {
            match self.incoming.recv_timeout(Duration::from_secs(10)) {
                Ok(Incoming::Answer(a)) => self.apply(a),
                Ok(Incoming::Term(_)) => {}
                Err(_) => return,
            }
        }
    }

    fn apply(&mut self, answer: Answer) {
        self.loader.answered(&answer);
        match answer {
            Answer::Loaded(want, result) => self.loaded(want, result),
            Answer::Ran(then, result) => self.ran(then, result),
            Answer::ActedAs(login, result) => self.acted_as(&login, result),
            Answer::Skipped => {}
            Answer::Changed => self.refresh(),
            Answer::Link(link) => {
                let lost = link == Link::Lost;
                if self.link_lost && !lost {
                    self.refresh();
                }
                self.link_lost = lost;
            }
        }
    }

    fn loaded(&mut self, want: Want, result: Result<Reply, ApiError>) {
        let reply = match result {
            Ok(r) => r,
            Err(e @ ApiError::Domain(_)) => {
                let why = self.cat.error(&e);
                match want {
                    Want::Plans => self.data.plans = Loaded::Denied(why),
                    Want::Audit { .. } => self.data.audit = Loaded::Denied(why),
                    Want::Users => self.data.users = Loaded::Denied(why),
                    _ => self.error(why),
                }
                return;
            }
            Err(e) => {
                let why = self.cat.error(&e);
                self.error(why);
                return;
            }
        };
        let d = &mut self.data;
        match (&want, reply) {
            (Want::Me, Reply::Me(me)) => d.me = Some(me),
            (Want::Inbox, Reply::Inbox(p)) => d.inbox = Loaded::Ready(p.items),
            (Want::Depts, Reply::Departments(p)) => d.depts = Loaded::Ready(p.items),
            (Want::DeptPositions(id), Reply::Positions(p)) => {
                d.dept_positions = Loaded::Ready((*id, p.items));
            }
            (Want::AllPositions, Reply::Positions(p)) => d.all_positions = Some(p.items),
            (Want::Position(_), Reply::Position(p)) => d.position = Some(p),
            (Want::Plans, Reply::Plans(p)) => d.plans = Loaded::Ready(p.items),
            (Want::Plan(_), Reply::Plan(v)) => d.plan = Some(*v),
            (Want::Audit { .. }, Reply::Audit(mut rows)) => {
                rows.reverse();
                d.audit = Loaded::Ready(rows);
            }
            (Want::Users, Reply::Users(p)) => d.users = Loaded::Ready(p.items),
            (_, other) => {
                let why = format!("unexpected reply {other:?}");
                self.error(why);
                return;
            }
        }
        screens::clamp_all(self);
        (screens::entry(self.screen).loaded)(self, &want);
        self.open_pending(&want);
    }

    // ---- messages -------------------------------------------------------

    pub fn info(&mut self, text: String) {
        self.last_message = Some(text.clone());
        self.status = Status::Info(text);
    }

    pub fn error(&mut self, text: String) {
        self.last_message = Some(text.clone());
        self.status = Status::Error(text);
    }

    pub fn working(&mut self, key: &str) {
        self.status = Status::Working(self.cat.t(key).to_string());
    }

    /// Shows the last message in full, in the reader.
    fn read_message(&mut self) {
        if let Some(text) = self.last_message.clone() {
            let mut doc = Doc::default();
            doc.push(text, ratatui::style::Style::new());
            self.modal = Modal::Reader(Reader {
                title: self.cat.t("reader.message").to_string(),
                doc,
                detail: Detail::default(),
            });
        }
    }

    // ---- actions ------------------------------------------------------

    pub fn handle(&mut self, action: Action) {
        if !matches!(self.modal, Modal::Form(_)) && !matches!(self.status, Status::Working(_)) {
            self.status = Status::None;
        }
        match &self.modal {
            Modal::Form(_) => self.on_form(action),
            Modal::Confirm(_) => self.on_confirm(action),
            Modal::Help(_) | Modal::Reader(_) => self.on_reader(action),
            Modal::Picker { .. } => self.on_picker(action),
            Modal::None => self.on_screen(action),
        }
    }

    fn on_screen(&mut self, action: Action) {
        if screens::on_list(self, action) || (screens::entry(self.screen).on)(self, action) {
            return;
        }
        match action {
            Action::Quit => self.quit = true,
            Action::Help => self.modal = Modal::Help(Detail::default()),
            Action::ReadMessage => self.read_message(),
            Action::SwitchUser => self.pick_user(),
            Action::Refresh => {
                self.refresh();
                self.info(self.cat.t("msg.refreshed").to_string());
            }
            Action::NextScreen | Action::PrevScreen => {
                let tabs = screens::tabs();
                let current = screens::tab_of(self.screen);
                let i = tabs.iter().position(|s| *s == current).unwrap_or(0);
                let n = tabs.len();
                let next = if action == Action::NextScreen {
                    (i + 1) % n
                } else {
                    (i + n - 1) % n
                };
                self.switch(tabs[next]);
            }
            other => {
                if let Some(to) = screens::for_action(other) {
                    self.switch(to);
                }
            }
        }
    }

    /// Shows another screen. A tab that holds an open plan (the plans tab,
    /// reached by its key or by Tab) brings the plan back, where it was.
    pub fn switch(&mut self, to: ScreenId) {
        let to = if to == ScreenId::Plans
            && self.ui.plan.id.is_some()
            && self.screen != ScreenId::Plan
        {
            ScreenId::Plan
        } else {
            to
        };
        self.screen = to;
        self.refresh();
    }

    /// Opens a plan from a list; Esc goes back there.
    pub fn open_plan(&mut self, id: PlanId) {
        if self.ui.plan.id != Some(id) {
            self.ui.plan = screens::plan::State {
                id: Some(id),
                ..Default::default()
            };
            self.data.plan = None;
        }
        self.back_to = self.screen;
        self.screen = ScreenId::Plan;
        self.refresh();
    }

    /// Leaves the open plan for the list it was opened from.
    pub fn close_plan(&mut self) {
        self.ui.plan = screens::plan::State::default();
        self.data.plan = None;
        self.screen = self.back_to;
        self.refresh();
    }

    /// Asks the service whether a command is allowed at all; `then` runs
    /// when it is, and the reason goes to the status line when it is not.
    pub fn if_allowed(&mut self, cmd: Command, then: Action) {
        self.ask(Then::Allowed(then), Query::May(cmd));
    }

    pub fn verify(&mut self) {
        self.working("audit.verifying");
        self.ask(Then::Verified, Query::Verify);
    }

    fn ran(&mut self, then: Then, result: Result<Reply, ApiError>) {
        match then {
            Then::Form => self.saved(result),
            Then::Confirmed { ok } => {
                match result {
                    Ok(_) => self.info(self.cat.t(ok).to_string()),
                    Err(e) => self.error(self.cat.error(&e)),
                }
                self.refresh();
            }
            Then::Verified => match result {
                Ok(Reply::Verified { events }) => self.info(
                    self.cat
                        .f("audit.verified", &[("count", events.to_string())]),
                ),
                Ok(_) => self.status = Status::None,
                Err(e) => self.error(self.cat.error(&e)),
            },
            Then::Allowed(action) => match result {
                Ok(_) => screens::allowed(self, action),
                Err(e) => self.error(self.cat.error(&e)),
            },
        }
    }

    // ---- forms --------------------------------------------------------

    pub fn open_form(&mut self, form: Form) {
        self.modal = Modal::Form(Box::new(form));
    }

    /// A line form needs every position, a paper form every user: they are
    /// loaded first and the form opens when they arrive.
    pub fn open_line_form(&mut self, plan: PlanId, no: Option<LineNo>) {
        self.pending = Some(Pending::Line { plan, no });
        self.load(Want::Depts);
        self.load(Want::AllPositions);
    }

    pub fn open_paper_form(&mut self, plan: PlanId) {
        self.pending = Some(Pending::Paper(plan));
        self.load(Want::Users);
    }

    fn open_pending(&mut self, want: &Want) {
        let ready = matches!(
            (&self.pending, want),
            (Some(Pending::Line { .. }), Want::AllPositions)
                | (Some(Pending::Paper(_)), Want::Users)
        );
        if !ready {
            return;
        }
        let Some(pending) = self.pending.take() else {
            return;
        };
        let Some(plan) = self.data.plan.clone() else {
            return;
        };
        match pending {
            Pending::Line { plan: id, no } if id == plan.id => {
                let existing = no.and_then(|n| plan.lines.iter().find(|l| l.no == n));
                let positions = self.data.all_positions.clone().unwrap_or_default();
                let hint = screens::org::selected_position(self).cloned();
                let form = Form::line(
                    &self.cat,
                    id,
                    no,
                    existing.map(|l| &l.line),
                    self.data.depts.rows(),
                    &positions,
                    hint.as_ref(),
                );
                self.open_form(form);
            }
            Pending::Paper(id) if id == plan.id => {
                let users = self.data.users.rows();
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
                let form = Form::paper(&self.cat, plan.id, plan.seen.clone(), &users, subject);
                self.open_form(form);
            }
            _ => {}
        }
    }

    fn on_form(&mut self, action: Action) {
        let Modal::Form(form) = &mut self.modal else {
            return;
        };
        if form.saving {
            // The answer is on its way; only leaving is possible meanwhile.
            return;
        }
        if action != Action::Cancel {
            form.discard_armed = false;
        }
        if let Some(op) = action.edit_op() {
            form.edit(op);
            return;
        }
        match action {
            Action::Cancel if form.cancel() => self.modal = Modal::None,
            Action::Cancel => {}
            Action::NextField => form.up_down(true),
            Action::PrevField => form.up_down(false),
            Action::Left => form.left_right(false),
            Action::Right => form.left_right(true),
            Action::Save => self.save_form(),
            _ => {}
        }
    }

    fn save_form(&mut self) {
        let Modal::Form(form) = &mut self.modal else {
            return;
        };
        let request = form.request;
        match form.command() {
            Ok((cmd, comment)) => {
                form.saving = true;
                form.refused = None;
                self.run(Then::Form, cmd, comment, request);
            }
            // The form shows each problem under its own field.
            Err(_) => form.checked = true,
        }
    }

    fn saved(&mut self, result: Result<Reply, ApiError>) {
        let Modal::Form(form) = &mut self.modal else {
            return;
        };
        form.saving = false;
        let kind = form.kind.clone();
        match result {
            Ok(Reply::Done(done)) => {
                self.modal = Modal::None;
                let msg = match &kind {
                    FormKind::NewPlan => {
                        if let Some(id) = done
                            .created
                            .as_deref()
                            .and_then(|s| s.parse::<PlanId>().ok())
                        {
                            self.screen = ScreenId::Plans;
                            self.open_plan(id);
                        }
                        "msg.plan_created"
                    }
                    FormKind::EditPlan(_) | FormKind::Line { .. } => "msg.saved",
                    FormKind::Paper { .. } => "msg.paper_recorded",
                    FormKind::DiscardPaper { .. } => "msg.paper_discarded",
                    FormKind::Submit { .. } => "msg.submitted",
                    FormKind::Sign { decision, .. } => match decision {
                        Decision::Approve => "msg.approved",
                        Decision::Reject => "msg.rejected",
                        Decision::Return => "msg.returned",
                    },
                };
                self.info(self.cat.t(msg).to_string());
                self.refresh();
            }
            Ok(other) => {
                let why = format!("unexpected reply {other:?}");
                form.refused = Some(why);
            }
            // What the form was about changed meanwhile: the form is stale,
            // so it closes and the plan is shown again as it is now.
            Err(e @ ApiError::Domain(DomainError::ChangedSinceSeen { .. })) => {
                self.modal = Modal::None;
                self.refresh();
                self.error(self.cat.error(&e));
            }
            Err(e) => form.refused = Some(self.cat.error(&e)),
        }
    }

    /// Typed characters go to the focused form field or the list's filter.
    pub fn type_char(&mut self, c: char) {
        match &mut self.modal {
            Modal::Form(f) if !f.saving => f.type_char(c),
            Modal::None => self.edit_filter(|e| e.insert_char(c)),
            _ => {}
        }
    }

    /// Pasted text: inserted whole into the focused field or filter, never
    /// taken as keys (a line break in it must not sign anything).
    pub fn paste(&mut self, text: &str) {
        match &mut self.modal {
            Modal::Form(f) if !f.saving => f.paste(text),
            Modal::None => self.edit_filter(|e| e.paste(text)),
            _ => {}
        }
    }

    fn edit_filter(&mut self, op: impl FnOnce(&mut super::widgets::editor::Editor)) {
        let screen = self.screen;
        let Some(nav) = (screens::entry(screen).nav_mut)(&mut self.ui, screen) else {
            return;
        };
        if !nav.filter.editing {
            return;
        }
        op(&mut nav.filter.input);
        nav.sel = 0;
        screens::selection_moved(self);
    }

    // ---- modals -------------------------------------------------------

    fn on_reader(&mut self, action: Action) {
        let page = self.page;
        let detail = match &mut self.modal {
            Modal::Help(d) => d,
            Modal::Reader(r) => &mut r.detail,
            _ => return,
        };
        match action {
            Action::Up => detail.up(1),
            Action::Down => detail.down(1),
            Action::PageUp => detail.up(page),
            Action::PageDown => detail.down(page),
            Action::First => detail.scroll = 0,
            Action::Last => detail.scroll = usize::MAX / 2,
            _ => self.modal = Modal::None,
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
                let Some((login, _, _)) = users.get(*sel).cloned() else {
                    return;
                };
                self.modal = Modal::None;
                self.loader.send(Job::ActAs(login));
            }
            _ => self.modal = Modal::None,
        }
    }

    fn acted_as(&mut self, login: &str, result: Result<(), ApiError>) {
        match result {
            Ok(()) => {
                let name = crate::service::seed::demo_users()
                    .into_iter()
                    .find(|(l, _, _)| l == login)
                    .map_or_else(|| login.to_string(), |(_, n, _)| n);
                self.data = Data::default();
                self.ui = Screens::default();
                self.screen = ScreenId::Inbox;
                self.info(
                    self.cat
                        .f("picker.switched", &[("who", format!("{name} ({login})"))]),
                );
                self.refresh();
            }
            Err(e) => self.error(self.cat.error(&e)),
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
            self.error(self.cat.t("cli.as_refused").to_string());
        }
    }

    fn on_confirm(&mut self, action: Action) {
        let Modal::Confirm(c) = std::mem::replace(&mut self.modal, Modal::None) else {
            return;
        };
        if action != Action::Save {
            return;
        }
        let (cmd, ok) = match c {
            Confirm::RemoveLine(id, no) => (Command::RemovePlanLine { id, no }, "msg.line_removed"),
            Confirm::ConfirmPaper { plan, seen, .. } => (
                Command::ConfirmPaperSignoff { id: plan, seen },
                "msg.paper_confirmed",
            ),
        };
        self.run(
            Then::Confirmed { ok },
            cmd,
            String::new(),
            RequestId::random(),
        );
    }

    pub fn is_hr(&self) -> bool {
        self.data.me.as_ref().is_some_and(|m| {
            m.roles
                .iter()
                .any(|g| matches!(g.role, Role::HrStaff | Role::HrHead))
        })
    }

    /// Whether an action is worth showing in the footer right now.
    pub fn offers(&self, action: Action) -> bool {
        if let Modal::Form(f) = &self.modal {
            return f.offers(action);
        }
        if !matches!(self.modal, Modal::None) {
            return true;
        }
        if let Some(yes) = screens::offers_list(self, action) {
            return yes;
        }
        if let Some(yes) = (screens::entry(self.screen).offers)(self, action) {
            return yes;
        }
        match action {
            Action::SwitchUser => self.data.me.as_ref().is_some_and(|m| m.demo),
            Action::ReadMessage => self.last_message.is_some(),
            _ => true,
        }
    }
}
