//! An interface on a fresh demo store, driven key by key as a person
//! would, and read back as plain text: shared by the interface tests.

#![allow(dead_code)]

use chrono::{DateTime, TimeZone, Utc};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use renshi::i18n::{Catalog, Lang};
use renshi::service::{Caller, Service};
use renshi::store::Store;
use renshi::transport::Embedded;
use renshi::tui::app::App;
use renshi::tui::keymap::Keymap;
use renshi::tui::{on_key, render_text};
use std::sync::Arc;
use unicode_width::UnicodeWidthStr;

/// When the demo company was seeded and every command runs.
pub fn seeded() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 20, 9, 0, 0).unwrap()
}

/// The interface's "now": three days and two hours later, so ages show.
pub fn later() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 11, 0, 0).unwrap()
}

/// An app on a fresh demo store, signed in as `login`.
pub struct Tui {
    pub app: App,
    pub svc: Arc<Service>,
    _dir: Arc<tempfile::TempDir>,
}

impl Tui {
    /// The demo company seeded in `lang` (its duties and notes too).
    pub fn seeded_in(login: &str, lang: Lang) -> Tui {
        Tui::demo(login, lang, lang.code())
    }

    /// The demo company written in English, read in `lang`.
    pub fn new(login: &str, lang: Lang) -> Tui {
        Tui::demo(login, lang, "en")
    }

    /// Where `login` really starts: HR, the general manager and the board
    /// on the dashboard, everyone else on the inbox. (`new` and `seeded_in`
    /// begin every test at the inbox; tests/tui_dashboard.rs covers this.)
    pub fn started(login: &str, lang: Lang) -> Tui {
        let (svc, dir) = Tui::company(lang.code());
        Tui::open(svc, dir, login, lang)
    }

    fn demo(login: &str, lang: Lang, written_in: &str) -> Tui {
        let (svc, dir) = Tui::company(written_in);
        Tui::on(svc, dir, login, lang)
    }

    fn company(written_in: &str) -> (Arc<Service>, Arc<tempfile::TempDir>) {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("s");
        let store = Store::create(&path, true).expect("create store");
        let svc = Arc::new(
            Service::open(store)
                .expect("open service")
                .with_clock(seeded),
        );
        svc.seed_demo_in("admin", written_in).expect("seed demo");
        (svc, Arc::new(dir))
    }

    /// Signed in as `login`, at the inbox.
    pub fn on(svc: Arc<Service>, dir: Arc<tempfile::TempDir>, login: &str, lang: Lang) -> Tui {
        let mut t = Tui::open(svc, dir, login, lang);
        // Tests begin at the inbox, whoever starts elsewhere (`started`).
        if t.app.screen != renshi::tui::screens::ScreenId::Inbox {
            t.app.switch(renshi::tui::screens::ScreenId::Inbox);
            t.app.settle();
        }
        t
    }

    /// Signed in as `login`, where they start.
    fn open(svc: Arc<Service>, dir: Arc<tempfile::TempDir>, login: &str, lang: Lang) -> Tui {
        let client = Embedded::new(svc.clone(), Caller::new(login));
        let mut app = App::new(Box::new(client), Keymap::builtin(), Catalog::load(lang));
        app.clock = later;
        app.refresh();
        app.settle();
        assert!(app.data.me.is_some(), "{login} should be signed in");
        Tui {
            app,
            svc,
            _dir: dir,
        }
    }

    /// Another person at another terminal, on the same company.
    pub fn beside(&self, login: &str) -> Tui {
        Tui::on(self.svc.clone(), self._dir.clone(), login, Lang::En)
    }

    /// A key, and then whatever it asked the service for has arrived.
    pub fn key(&mut self, code: KeyCode) -> &mut Self {
        on_key(&mut self.app, KeyEvent::new(code, KeyModifiers::NONE));
        self.app.settle();
        self
    }

    /// Ctrl and a letter.
    pub fn ctrl(&mut self, c: char) -> &mut Self {
        on_key(
            &mut self.app,
            KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL),
        );
        self.app.settle();
        self
    }

    /// Text pasted into the terminal (bracketed paste).
    pub fn paste(&mut self, text: &str) -> &mut Self {
        renshi::tui::on_event(
            &mut self.app,
            &Default::default(),
            ratatui::crossterm::event::Event::Paste(text.to_string()),
        );
        self.app.settle();
        self
    }

    pub fn ch(&mut self, c: char) -> &mut Self {
        self.key(KeyCode::Char(c))
    }

    pub fn typed(&mut self, s: &str) -> &mut Self {
        for c in s.chars() {
            self.ch(c);
        }
        self
    }

    /// The screen as text. Nothing on it depends on where the store lies.
    pub fn screen(&self, w: u16, h: u16) -> String {
        render_text(&self.app, w, h)
    }

    pub fn small(&self) -> String {
        self.screen(80, 24)
    }

    /// Moves down the department tree until `name` is selected.
    pub fn select_dept(&mut self, name: &str) {
        let depts = self.app.data.depts.rows().to_vec();
        for _ in 0..depts.len() {
            if depts[self.app.ui.org.tree.sel].name.contains(name) {
                return;
            }
            self.ch('j');
        }
        panic!("no department {name} in the tree");
    }

    pub fn footer(&self, w: u16, h: u16) -> String {
        self.screen(w, h)
            .lines()
            .last()
            .unwrap_or_default()
            .to_string()
    }
}

/// The display column at which `needle` starts in `line`.
pub fn column(line: &str, needle: &str) -> usize {
    let i = line
        .find(needle)
        .unwrap_or_else(|| panic!("`{needle}` not in `{line}`"));
    line[..i].width()
}

pub fn line_with<'a>(screen: &'a str, needle: &str) -> &'a str {
    screen
        .lines()
        .find(|l| l.contains(needle))
        .unwrap_or_else(|| panic!("no line with `{needle}` in\n{screen}"))
}

pub fn line_with_all<'a>(screen: &'a str, needles: &[&str]) -> &'a str {
    screen
        .lines()
        .find(|l| needles.iter().all(|n| l.contains(n)))
        .unwrap_or_else(|| panic!("no line with all of {needles:?} in\n{screen}"))
}
