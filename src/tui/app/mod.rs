//! The interface's state and its routing: which screen is shown, what is
//! open over it, what the service last said, and what the user was last
//! told. Keys become actions (`keymap`); an action goes to the open modal or
//! to the current screen (`screens`); loads and commands go to the loader
//! thread (`loader`), and their answers come back here.

mod data;
mod forms;
mod modals;

pub use data::{Data, Loaded};
use forms::Pending;
pub use modals::{Confirm, Modal};

use super::keymap::{Action, Keymap, Layer};
use super::loader::{Answer, Job, Loader, Then, Want};
use super::screens::{self, ScreenId, Screens};
use super::widgets::editor::EditOp;
use super::widgets::{Detail, Filter};
use crate::domain::*;
use crate::i18n::Catalog;
use crate::service::api::*;
use crate::transport::{Client, Link};
use chrono::{DateTime, Utc};
use ratatui::crossterm::event::Event;
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender, channel};
use std::time::Duration;

#[derive(Clone, Debug, PartialEq)]
pub enum Status {
    None,
    Info(String),
    Error(String),
    /// Something is on its way (a verify, a save).
    Working(String),
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
    /// A success to announce when the reload it caused has arrived.
    done_message: Option<String>,
    /// Who the user is has not arrived since the start or a switch of
    /// user: when it does, they are shown where they start (`land`).
    landing: bool,
    pub quit: bool,
    /// The daemon is unreachable; the header says so while renshi retries.
    pub link_lost: bool,
    pub now: DateTime<Utc>,
    /// Tests fix the clock so ages on screen are stable.
    pub clock: fn() -> DateTime<Utc>,
    /// Rows a page key moves; set from the last drawn list height.
    pub page: usize,
    /// Counts the moments what the service holds may have changed (a
    /// change notice, a command done, the link back, Ctrl-R): a list too
    /// large to read on every visit is read again only when it moved.
    pub data_gen: u64,
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
            done_message: None,
            landing: true,
            quit: false,
            link_lost: false,
            now: Utc::now(),
            clock: Utc::now,
            page: 10,
            data_gen: 0,
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
            Modal::Form(f) if f.focus_is_flags() => vec![Layer::Flags, Layer::Form],
            Modal::Form(f) if f.focus_is_choice() => vec![Layer::Choice, Layer::Form],
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
            Answer::Changed => {
                self.data_gen += 1;
                self.refresh();
            }
            Answer::Link(link) => {
                let lost = link == Link::Lost;
                if self.link_lost && !lost {
                    self.data_gen += 1;
                    self.refresh();
                }
                self.link_lost = lost;
            }
        }
        if self.loader.outstanding == 0
            && let Some(text) = self.done_message.take()
        {
            self.info(text);
        }
    }

    /// Says that a command succeeded once what it changed is on screen: the
    /// message and the new state arrive together, never "Approved" over a
    /// plan that still shows "Submitted".
    pub fn done(&mut self, key: &str) {
        self.done_message = Some(self.cat.t(key).to_string());
        self.data_gen += 1;
        self.refresh();
    }

    /// `done`, with what the message names (whom, until when).
    pub fn done_saying(&mut self, key: &str, args: &[(&str, String)]) {
        if args.is_empty() {
            return self.done(key);
        }
        self.done_message = Some(self.cat.f(key, args));
        self.data_gen += 1;
        self.refresh();
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
        // A filter being typed takes the editor's keys (it is one line).
        if self.filter().is_some_and(|f| f.editing)
            && let Some(op) = action.edit_op().filter(|op| *op != EditOp::Newline)
        {
            self.edit_filter(|e| e.apply(op));
            return;
        }
        if screens::on_list(self, action) || (screens::entry(self.screen).on)(self, action) {
            return;
        }
        match action {
            Action::Quit => self.quit = true,
            Action::Help => self.modal = Modal::Help(Detail::default()),
            Action::ReadMessage => self.read_message(),
            Action::SwitchUser => self.pick_user(),
            Action::Refresh => {
                self.data_gen += 1;
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
        } else if to == ScreenId::Recruit
            && self.ui.req.id.is_some()
            && self.screen != ScreenId::Req
        {
            ScreenId::Req
        } else if to == ScreenId::Offboard
            && self.ui.sep.id.is_some()
            && self.screen != ScreenId::Separation
        {
            ScreenId::Separation
        } else if to == ScreenId::Review && screens::tab_of(self.screen) != ScreenId::Review {
            screens::review::resume(self)
        } else {
            to
        };
        self.screen = to;
        self.refresh();
    }

    /// Shows the user where they start, once they are known: the
    /// dashboard for those who watch the figures (HR, the general manager,
    /// the board), the inbox for everyone else — unless they went elsewhere
    /// already.
    fn land(&mut self) {
        if !std::mem::replace(&mut self.landing, false) || self.screen != ScreenId::Inbox {
            return;
        }
        let roles = self
            .data
            .me
            .iter()
            .flat_map(|m| m.roles.iter().map(|g| g.role));
        if screens::dashboard::starts_here(roles) {
            self.switch(ScreenId::Dashboard);
        }
    }

    /// Opens what an inbox item is about. Recruitment cases open on the
    /// Recruitment screen's requisition, separation cases on their checklist.
    pub fn open_case(&mut self, case: crate::service::api::CaseRef) {
        use crate::service::api::CaseRef;
        match case {
            CaseRef::Plan(id) => self.open_plan(id),
            CaseRef::Employee(id) => screens::people::record::open(self, id),
            CaseRef::Req(id) => screens::recruit::open_req(self, id),
            CaseRef::Candidate(_) | CaseRef::Interview(_) => {
                screens::recruit::open_case(self, case)
            }
            CaseRef::Sep(id) => screens::offboard::open_sep(self, id, None),
            CaseRef::Course(id) => screens::review::open_gaps(self, Some(id)),
            CaseRef::Cycle(id) => screens::review::open_cycle(self, Some(id)),
            CaseRef::Eval(id) => screens::review::open_evaluation(self, id),
        }
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
            Then::Confirmed { ok, leave } => match result {
                Ok(_) => {
                    if leave {
                        self.close_plan();
                    }
                    self.done(ok)
                }
                Err(e) => {
                    self.error(self.cat.error(&e));
                    self.refresh();
                }
            },
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

    /// The company's time zone: every time on screen is shown in it (the
    /// header names it).
    pub fn zone(&self) -> chrono_tz::Tz {
        self.data
            .me
            .as_ref()
            .map_or(chrono_tz::Tz::UTC, |m| crate::present::zone(&m.zone))
    }

    pub fn has_role(&self, role: Role) -> bool {
        self.data
            .me
            .as_ref()
            .is_some_and(|m| m.roles.iter().any(|g| g.role == role))
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
            // Only screens with a detail pane say yes to these.
            Action::ScrollDown | Action::ScrollUp => false,
            Action::SwitchUser => self.data.me.as_ref().is_some_and(|m| m.demo),
            Action::ReadMessage => self.last_message.is_some(),
            _ => true,
        }
    }
}
