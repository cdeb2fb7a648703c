//! Keys are data: `data/keymap.toml` (built in) and an optional user file map
//! keys to actions per layer. The same table dispatches keys and builds the
//! footer and the help screen, so they cannot drift apart.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use serde::Deserialize;
use std::collections::BTreeMap;

/// Between the keys of one action in help: not `/`, which is a key itself.
pub const KEY_SEPARATOR: &str = ", ";

pub const BUILTIN: &str = include_str!("../../data/keymap.toml");

macro_rules! actions {
    ($($variant:ident = $name:literal),* $(,)?) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Action { $($variant),* }

        impl Action {
            pub fn parse(s: &str) -> Option<Action> {
                match s { $($name => Some(Action::$variant),)* _ => None }
            }
        }
    };
}

actions! {
    Quit = "quit", Help = "help", Refresh = "refresh", ReadMessage = "read_message",
    ScreenInbox = "screen_inbox", ScreenOrg = "screen_org", ScreenPlans = "screen_plans",
    ScreenAudit = "screen_audit", ScreenUsers = "screen_users",
    ScreenDelegations = "screen_delegations", Verify = "verify",
    AddUser = "add_user", EditUser = "edit_user", DisableUser = "disable_user",
    Delegate = "delegate", Revoke = "revoke", Toggle = "toggle",
    NextScreen = "next_screen", PrevScreen = "prev_screen",
    Up = "up", Down = "down", PageUp = "page_up", PageDown = "page_down", First = "first", Last = "last",
    Filter = "filter", FilterDone = "filter_done", ClearFilter = "clear_filter",
    ScrollDown = "scroll_down", ScrollUp = "scroll_up",
    Left = "left", Right = "right",
    Open = "open", Back = "back", FocusLeft = "focus_left", FocusRight = "focus_right",
    NewPlan = "new_plan", EditPlan = "edit_plan", AddLine = "add_line", EditLine = "edit_line",
    RemoveLine = "remove_line", SubmitPlan = "submit_plan",
    Approve = "approve", Reject = "reject", Return = "return", RecordPaper = "record_paper",
    ConfirmPaper = "confirm_paper", DiscardPaper = "discard_paper",
    WithdrawPlan = "withdraw_plan", DeletePlan = "delete_plan",
    SwitchUser = "switch_user",
    ScreenPeople = "screen_people", SortNext = "sort_next", SortReverse = "sort_reverse",
    AddEmployee = "add_employee", EditEmployee = "edit_employee",
    TransferEmployee = "transfer_employee", ErasePersonal = "erase_personal",
    Save = "save", Cancel = "cancel", NextField = "next_field", PrevField = "prev_field",
    Newline = "newline", LineStart = "line_start", LineEnd = "line_end",
    WordLeft = "word_left", WordRight = "word_right", DeleteBack = "delete_back",
    DeleteForward = "delete_forward", DeleteWord = "delete_word",
    KillToStart = "kill_to_start", KillToEnd = "kill_to_end", Undo = "undo", Redo = "redo",
    ScreenRecruit = "screen_recruit", RaiseReq = "raise_req", EditReq = "edit_req",
    ResubmitReq = "resubmit_req", CancelReq = "cancel_req", AddCandidate = "add_candidate",
    MoveOn = "move_on", Schedule = "schedule", Feedback = "feedback", Offer = "offer",
    Answer = "answer", DropCandidate = "drop_candidate", Hire = "hire",
    Assess = "assess", Train = "train", StartWork = "start_work",
    FormalContract = "formal_contract", AssignReq = "assign_req",
    TimeReport = "time_report", OverrideSeats = "override_seats",
    OpenReview = "open_review", EraseCandidate = "erase_candidate",
    CancelInterview = "cancel_interview",
    ScreenOffboard = "screen_offboard", StartSeparation = "start_separation",
    ShowAll = "show_all", TickStep = "tick_step", SkipStep = "skip_step",
    Acknowledge = "acknowledge", SettleItem = "settle_item",
    RecordSettlement = "record_settlement", IssueItem = "issue_item",
    CloseCase = "close_case", WithdrawCase = "withdraw_case", Certificate = "certificate",
    ScreenReview = "screen_review", ShowCycles = "show_cycles", ShowCourses = "show_courses",
    ShowGaps = "show_gaps", NewCycle = "new_cycle", Score = "score",
    SubmitEvaluation = "submit_evaluation", RecordResult = "record_result",
    ScreenDashboard = "screen_dashboard",
}

impl Action {
    /// The editing operation an editor-layer action stands for.
    pub fn edit_op(self) -> Option<super::widgets::editor::EditOp> {
        use super::widgets::editor::EditOp;
        Some(match self {
            Action::Newline => EditOp::Newline,
            Action::LineStart => EditOp::Home,
            Action::LineEnd => EditOp::End,
            Action::WordLeft => EditOp::WordLeft,
            Action::WordRight => EditOp::WordRight,
            Action::DeleteBack => EditOp::Backspace,
            Action::DeleteForward => EditOp::Delete,
            Action::DeleteWord => EditOp::DeleteWord,
            Action::KillToStart => EditOp::KillToStart,
            Action::KillToEnd => EditOp::KillToEnd,
            Action::Undo => EditOp::Undo,
            Action::Redo => EditOp::Redo,
            _ => return None,
        })
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Layer {
    Global,
    List,
    Filter,
    Inbox,
    Org,
    Plans,
    Plan,
    Audit,
    Users,
    Delegations,
    People,
    Employee,
    Recruit,
    Req,
    Offboard,
    Separation,
    Dashboard,
    Review,
    Cycle,
    Evaluation,
    Course,
    Form,
    Editor,
    Flags,
    Choice,
    Confirm,
    Help,
    Picker,
}

impl Layer {
    pub const ALL: [Layer; 28] = [
        Layer::Global,
        Layer::List,
        Layer::Filter,
        Layer::Inbox,
        Layer::Org,
        Layer::Plans,
        Layer::Plan,
        Layer::Audit,
        Layer::Users,
        Layer::Delegations,
        Layer::People,
        Layer::Employee,
        Layer::Recruit,
        Layer::Req,
        Layer::Offboard,
        Layer::Separation,
        Layer::Dashboard,
        Layer::Review,
        Layer::Cycle,
        Layer::Evaluation,
        Layer::Course,
        Layer::Form,
        Layer::Editor,
        Layer::Flags,
        Layer::Choice,
        Layer::Confirm,
        Layer::Help,
        Layer::Picker,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Layer::Global => "global",
            Layer::List => "list",
            Layer::Filter => "filter",
            Layer::Inbox => "inbox",
            Layer::Org => "org",
            Layer::Plans => "plans",
            Layer::Plan => "plan",
            Layer::Audit => "audit",
            Layer::Users => "users",
            Layer::Delegations => "delegations",
            Layer::People => "people",
            Layer::Employee => "employee",
            Layer::Recruit => "recruit",
            Layer::Req => "req",
            Layer::Offboard => "offboard",
            Layer::Separation => "separation",
            Layer::Dashboard => "dashboard",
            Layer::Review => "review",
            Layer::Cycle => "cycle",
            Layer::Evaluation => "evaluation",
            Layer::Course => "course",
            Layer::Form => "form",
            Layer::Editor => "editor",
            Layer::Flags => "flags",
            Layer::Choice => "choice",
            Layer::Confirm => "confirm",
            Layer::Help => "help",
            Layer::Picker => "picker",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Key {
    pub code: KeyCode,
    pub ctrl: bool,
}

impl Key {
    pub fn from_event(e: &KeyEvent) -> Key {
        // Shift is part of the character itself ('A', '?'), except for BackTab.
        Key {
            code: e.code,
            ctrl: e.modifiers.contains(KeyModifiers::CONTROL),
        }
    }

    pub fn parse(s: &str) -> Option<Key> {
        let (ctrl, rest) = match s.strip_prefix("ctrl-") {
            Some(r) => (true, r),
            None => (false, s),
        };
        let code = match rest {
            "enter" => KeyCode::Enter,
            "esc" => KeyCode::Esc,
            "tab" => KeyCode::Tab,
            "backtab" => KeyCode::BackTab,
            "up" => KeyCode::Up,
            "down" => KeyCode::Down,
            "left" => KeyCode::Left,
            "right" => KeyCode::Right,
            "pageup" => KeyCode::PageUp,
            "pagedown" => KeyCode::PageDown,
            "home" => KeyCode::Home,
            "end" => KeyCode::End,
            "insert" => KeyCode::Insert,
            "delete" => KeyCode::Delete,
            "backspace" => KeyCode::Backspace,
            "space" => KeyCode::Char(' '),
            f if f.len() > 1 && f.starts_with('f') => KeyCode::F(f[1..].parse().ok()?),
            c if c.chars().count() == 1 => KeyCode::Char(c.chars().next()?),
            _ => return None,
        };
        Some(Key { code, ctrl })
    }

    /// How the key is shown in the footer and help.
    pub fn label(&self) -> String {
        let base = match self.code {
            KeyCode::Enter => "Enter".to_string(),
            KeyCode::Esc => "Esc".into(),
            KeyCode::Tab => "Tab".into(),
            KeyCode::BackTab => "S-Tab".into(),
            KeyCode::Up => "↑".into(),
            KeyCode::Down => "↓".into(),
            KeyCode::Left => "←".into(),
            KeyCode::Right => "→".into(),
            KeyCode::PageUp => "PgUp".into(),
            KeyCode::PageDown => "PgDn".into(),
            KeyCode::Home => "Home".into(),
            KeyCode::End => "End".into(),
            KeyCode::Insert => "Ins".into(),
            KeyCode::Delete => "Del".into(),
            KeyCode::Backspace => "Bksp".into(),
            KeyCode::F(n) => format!("F{n}"),
            KeyCode::Char(' ') => "Space".into(),
            KeyCode::Char(c) => c.to_string(),
            _ => "?".into(),
        };
        if self.ctrl { format!("C-{base}") } else { base }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Binding {
    pub key: Key,
    pub action: Action,
    /// Message-catalog key of the description.
    pub desc: String,
}

#[derive(Deserialize)]
struct RawBinding {
    on: String,
    run: String,
    desc: String,
}

#[derive(Clone, Debug, Default)]
pub struct Keymap {
    layers: BTreeMap<Layer, Vec<Binding>>,
}

impl Keymap {
    /// Parses a keymap file; a user file replaces the built-in layers it names.
    pub fn parse(text: &str) -> Result<Keymap, String> {
        let raw: BTreeMap<String, Vec<RawBinding>> =
            toml::from_str(text).map_err(|e| e.to_string())?;
        let mut layers = BTreeMap::new();
        for (name, bindings) in raw {
            let layer = Layer::ALL
                .into_iter()
                .find(|l| l.name() == name)
                .ok_or_else(|| format!("unknown layer `{name}`"))?;
            let parsed = bindings
                .into_iter()
                .map(|b| {
                    Ok(Binding {
                        key: Key::parse(&b.on)
                            .ok_or_else(|| format!("[{name}] unknown key `{}`", b.on))?,
                        action: Action::parse(&b.run)
                            .ok_or_else(|| format!("[{name}] unknown action `{}`", b.run))?,
                        desc: b.desc,
                    })
                })
                .collect::<Result<Vec<_>, String>>()?;
            layers.insert(layer, parsed);
        }
        Ok(Keymap { layers })
    }

    pub fn builtin() -> Keymap {
        // Checked by a test; an empty map would still let `q`-less users Ctrl-C out.
        Keymap::parse(BUILTIN).unwrap_or_default()
    }

    /// The built-in map with the user's layers laid over it, refused when
    /// it would leave the user stuck (see `lockouts`).
    pub fn with_overrides(mut self, user: Keymap) -> Result<Keymap, String> {
        self.layers.extend(user.layers);
        let stuck = self.lockouts();
        if stuck.is_empty() {
            Ok(self)
        } else {
            Err(format!(
                "this key map would leave no way to {}; bind those actions or leave their layers out",
                stuck.join(", ")
            ))
        }
    }

    /// What a user could no longer do with this map: quit, reach help, save
    /// or leave a form or a confirmation, close help, leave a filter.
    pub fn lockouts(&self) -> Vec<String> {
        const NEEDED: [(Layer, Action, &str); 8] = [
            (Layer::Global, Action::Quit, "quit (`quit` in [global])"),
            (
                Layer::Global,
                Action::Help,
                "open help (`help` in [global])",
            ),
            (Layer::Form, Action::Save, "save a form (`save` in [form])"),
            (
                Layer::Form,
                Action::Cancel,
                "leave a form (`cancel` in [form])",
            ),
            (
                Layer::Confirm,
                Action::Cancel,
                "answer no (`cancel` in [confirm])",
            ),
            (
                Layer::Help,
                Action::Cancel,
                "close help (`cancel` in [help])",
            ),
            (
                Layer::Picker,
                Action::Cancel,
                "close the user picker (`cancel` in [picker])",
            ),
            (
                Layer::Filter,
                Action::ClearFilter,
                "leave a filter (`clear_filter` in [filter])",
            ),
        ];
        NEEDED
            .iter()
            .filter(|(l, a, _)| !self.bindings(*l).iter().any(|b| b.action == *a))
            .map(|(_, _, what)| what.to_string())
            .collect()
    }

    pub fn bindings(&self, layer: Layer) -> &[Binding] {
        self.layers.get(&layer).map_or(&[], Vec::as_slice)
    }

    /// First match across `layers`, in order.
    pub fn lookup(&self, layers: &[Layer], key: Key) -> Option<Action> {
        layers
            .iter()
            .flat_map(|l| self.bindings(*l))
            .find(|b| b.key == key)
            .map(|b| b.action)
    }

    /// One entry per action, with all its keys ("↑, k"), in table order.
    pub fn grouped(&self, layers: &[Layer]) -> Vec<(String, Action, String)> {
        let mut out: Vec<(String, Action, String)> = Vec::new();
        for b in layers.iter().flat_map(|l| self.bindings(*l)) {
            match out.iter_mut().find(|(_, a, _)| *a == b.action) {
                Some(entry) => {
                    entry.0.push_str(KEY_SEPARATOR);
                    entry.0.push_str(&b.key.label());
                }
                None => out.push((b.key.label(), b.action, b.desc.clone())),
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_keymap_parses_and_every_layer_is_present() {
        let km = Keymap::parse(BUILTIN).unwrap();
        for l in Layer::ALL {
            assert!(
                !km.bindings(l).is_empty(),
                "layer {} has no bindings",
                l.name()
            );
        }
    }

    #[test]
    fn keys_parse_with_modifiers_and_names() {
        assert_eq!(
            Key::parse("ctrl-c"),
            Some(Key {
                code: KeyCode::Char('c'),
                ctrl: true
            })
        );
        assert_eq!(Key::parse("f1").map(|k| k.code), Some(KeyCode::F(1)));
        assert_eq!(Key::parse("?").map(|k| k.code), Some(KeyCode::Char('?')));
        assert_eq!(Key::parse("nonsense"), None);
    }

    #[test]
    fn user_layer_replaces_builtin_layer_and_unknown_actions_are_refused() {
        let user =
            Keymap::parse("plans = [{ on = \"c\", run = \"new_plan\", desc = \"key.new_plan\" }]")
                .unwrap();
        let km = Keymap::builtin().with_overrides(user).unwrap();
        let c = Key::parse("c").unwrap();
        let n = Key::parse("n").unwrap();
        assert_eq!(km.lookup(&[Layer::Plans], c), Some(Action::NewPlan));
        assert_eq!(km.lookup(&[Layer::Plans], n), None);
        assert!(
            Keymap::parse("plans = [{ on = \"c\", run = \"fly\", desc = \"x\" }]")
                .unwrap_err()
                .contains("fly")
        );
        assert!(
            Keymap::parse("nowhere = []")
                .unwrap_err()
                .contains("nowhere")
        );
    }

    #[test]
    fn a_map_without_a_way_out_is_refused_and_says_what_is_missing() {
        assert!(Keymap::builtin().lockouts().is_empty());
        let no_quit =
            Keymap::parse("global = [{ on = \"?\", run = \"help\", desc = \"key.help\" }]")
                .unwrap();
        let err = Keymap::builtin().with_overrides(no_quit).unwrap_err();
        assert!(err.contains("quit"), "{err}");
        assert!(!err.contains("open help"), "{err}");
        let no_form_exit =
            Keymap::parse("form = [{ on = \"enter\", run = \"save\", desc = \"key.save\" }]")
                .unwrap();
        let err = Keymap::builtin().with_overrides(no_form_exit).unwrap_err();
        assert!(err.contains("leave a form"), "{err}");
    }

    #[test]
    fn grouped_joins_keys_of_one_action() {
        let km = Keymap::builtin();
        let g = km.grouped(&[Layer::List]);
        let up = g.iter().find(|(_, a, _)| *a == Action::Up).unwrap();
        assert_eq!(up.0, "↑, k");
    }
}
