//! The terminal interface: state in `app`, keys in `keymap`, drawing in `view`.
//! The loop drains every pending input before drawing, so a burst of keys over
//! a slow SSH link costs one frame, not one per key.

pub mod app;
pub mod form;
pub mod input;
pub mod keymap;
pub mod view;
pub mod visible;

use crate::i18n::{Catalog, Lang};
use crate::service::api::ApiError;
use crate::transport::{Client, Link};
use app::{App, Screen};
use keymap::{Action, Key, Keymap};
use ratatui::crossterm::event::{
    self, DisableMouseCapture, EnableMouseCapture, Event, KeyCode, KeyEvent, KeyEventKind,
    KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use ratatui::crossterm::execute;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;
use view::Hits;
use view::theme::Theme;

/// The keymap: built in, with the user's file (`--keys` or the config
/// directory's `keymap.toml`) laid over it.
pub fn load_keymap(path: Option<PathBuf>) -> Result<Keymap, String> {
    let builtin = Keymap::parse(keymap::BUILTIN)?;
    let path = path.or_else(|| {
        directories::ProjectDirs::from("", "", "renshi")
            .map(|d| d.config_dir().join("keymap.toml"))
            .filter(|p| p.is_file())
    });
    match path {
        None => Ok(builtin),
        Some(p) => {
            let text = std::fs::read_to_string(&p).map_err(|e| format!("{}: {e}", p.display()))?;
            let user = Keymap::parse(&text).map_err(|e| format!("{}: {e}", p.display()))?;
            Ok(builtin.with_overrides(user))
        }
    }
}

/// Runs the interface; `pick_user` opens the demo-user picker first (for
/// `renshi demo` without `--as`, so a newcomer starts as someone with work).
pub fn run(
    client: Box<dyn Client>,
    keys: Keymap,
    lang: Lang,
    pick_user: bool,
) -> Result<ExitCode, ApiError> {
    let mut app = App::new(client, keys, Catalog::load(lang));
    app.refresh();
    // Not registered, or the store failed: say so on the terminal, not in a blank UI.
    if let (None, app::Status::Error(msg)) = (&app.data.me, &app.status) {
        return Err(ApiError::Protocol(msg.clone()));
    }
    if pick_user {
        app.pick_user();
    }
    let theme = Theme::from_env();
    let mut terminal = ratatui::init();
    let _ = execute!(std::io::stdout(), EnableMouseCapture);
    let result = event_loop(&mut terminal, &mut app, &theme);
    let _ = execute!(std::io::stdout(), DisableMouseCapture);
    ratatui::restore();
    result.map_err(|e| ApiError::Protocol(format!("terminal: {e}")))?;
    Ok(ExitCode::SUCCESS)
}

fn event_loop(
    terminal: &mut ratatui::DefaultTerminal,
    app: &mut App,
    theme: &Theme,
) -> std::io::Result<()> {
    let mut hits = Hits::default();
    let mut dirty = true;
    let mut seen = app.client.changes();
    let mut last_try = std::time::Instant::now();
    while !app.quit {
        // Someone committed (here or elsewhere): reload what is on screen.
        let changes = app.client.changes();
        if changes != seen {
            seen = changes;
            app.refresh();
            dirty = true;
        }
        // The daemon went away: keep the user's screen and form, retry each second.
        let lost = app.client.link() == Link::Lost;
        if lost && last_try.elapsed() >= Duration::from_secs(1) {
            last_try = std::time::Instant::now();
            app.client.reconnect();
        }
        if lost != app.link_lost {
            app.link_lost = lost;
            dirty = true;
        }
        if dirty {
            terminal.draw(|f| hits = view::draw(f, app, theme))?;
            app.page = hits.page.max(1);
            dirty = false;
        }
        if !event::poll(Duration::from_millis(500))? {
            continue;
        }
        // Coalesce: handle everything already waiting, then draw once.
        loop {
            dirty |= on_event(app, &hits, event::read()?);
            if app.quit || !event::poll(Duration::ZERO)? {
                break;
            }
        }
    }
    Ok(())
}

/// Returns whether the screen needs redrawing.
pub fn on_event(app: &mut App, hits: &Hits, ev: Event) -> bool {
    match ev {
        Event::Key(k) if k.kind != KeyEventKind::Release => {
            on_key(app, k);
            true
        }
        Event::Mouse(m) => on_mouse(app, hits, m),
        Event::Resize(..) => true,
        _ => false,
    }
}

pub fn on_key(app: &mut App, k: KeyEvent) {
    if let Some(action) = app.keys.lookup(&app.layers(), Key::from_event(&k)) {
        app.handle(action);
        return;
    }
    // Keys the table does not claim edit the focused text field of a form.
    let ctrl = k.modifiers.contains(KeyModifiers::CONTROL);
    match k.code {
        KeyCode::Char(c) if !ctrl => {
            app.type_char(c);
        }
        KeyCode::Backspace => {
            app.edit_input(|i| i.backspace());
        }
        KeyCode::Delete => {
            app.edit_input(|i| i.delete());
        }
        KeyCode::Home => {
            app.edit_input(|i| i.home());
        }
        KeyCode::End => {
            app.edit_input(|i| i.end());
        }
        _ => {}
    }
}

fn on_mouse(app: &mut App, hits: &Hits, m: MouseEvent) -> bool {
    if !matches!(app.modal, app::Modal::None) {
        return false;
    }
    let inside = |r: &ratatui::layout::Rect| {
        m.column >= r.x && m.column < r.x + r.width && m.row >= r.y && m.row < r.y + r.height
    };
    match m.kind {
        MouseEventKind::ScrollDown => app.handle(Action::Down),
        MouseEventKind::ScrollUp => app.handle(Action::Up),
        MouseEventKind::Down(MouseButton::Left) => {
            if let Some((_, s)) = hits.tabs.iter().find(|(r, _)| inside(r)) {
                app.switch(*s);
                return true;
            }
            let Some(list) = hits.lists.iter().find(|l| inside(&l.area)) else {
                return false;
            };
            if app.screen == Screen::Org {
                app.org_focus_right = list.right;
            }
            app.select(list.offset + (m.row - list.area.y) as usize);
        }
        _ => return false,
    }
    true
}

/// Renders the app into a plain-text screen of `w`×`h`, for tests.
pub fn render_text(app: &App, w: u16, h: u16) -> String {
    let backend = ratatui::backend::TestBackend::new(w, h);
    let mut term = match ratatui::Terminal::new(backend) {
        Ok(t) => t,
        Err(e) => return format!("terminal: {e}"),
    };
    if let Err(e) = term.draw(|f| {
        view::draw(f, app, &Theme::plain());
    }) {
        return format!("draw: {e}");
    }
    let buf = term.backend().buffer();
    let mut out = String::new();
    for y in 0..buf.area.height {
        let mut line = String::new();
        let mut skip = 0;
        for x in 0..buf.area.width {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let sym = buf[(x, y)].symbol();
            line.push_str(sym);
            skip = unicode_width::UnicodeWidthStr::width(sym).saturating_sub(1);
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}
