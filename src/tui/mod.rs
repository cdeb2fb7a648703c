//! The terminal interface. `app` routes actions and holds the state,
//! `screens/` are the screens (one module each), `widgets/` the pieces they
//! share, `forms/` the forms, `frame` the header, tabs, status and footer
//! around them, and `loader` the thread that talks to the service so the
//! keys never wait for it. Input arrives on a thread of its own; the loop
//! handles everything that is waiting, then draws once.

pub mod app;
pub mod forms;
pub mod frame;
pub mod help;
pub mod keymap;
pub mod loader;
pub mod screens;
pub mod theme;
pub mod visible;
pub mod widgets;

use crate::i18n::{Catalog, Lang};
use crate::service::api::ApiError;
use crate::transport::Client;
use app::{App, Incoming, Modal};
use keymap::{Action, Key, Keymap};
use ratatui::crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use ratatui::crossterm::execute;
use screens::Hits;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;
use theme::Theme;

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
            let text = read_small(&p).map_err(|e| format!("{}: {e}", p.display()))?;
            let user = Keymap::parse(&text).map_err(|e| format!("{}: {e}", p.display()))?;
            builtin
                .with_overrides(user)
                .map_err(|e| format!("{}: {e}", p.display()))
        }
    }
}

/// A key map is a few kilobytes; anything past this is not one (and
/// `--keys /dev/zero` must not fill the memory).
const KEYMAP_MAX: u64 = 256 * 1024;

fn read_small(path: &std::path::Path) -> Result<String, String> {
    use std::io::Read;
    let mut text = String::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(KEYMAP_MAX + 1).read_to_string(&mut text))
        .map_err(|e| e.to_string())?;
    if text.len() as u64 > KEYMAP_MAX {
        return Err(format!(
            "larger than {} KiB: not a key map",
            KEYMAP_MAX / 1024
        ));
    }
    Ok(text)
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
    // Who am I, before the terminal is taken: someone not registered, or a
    // store that fails, is told so on the terminal, not in a blank screen.
    app.refresh();
    app.settle();
    if let (None, app::Status::Error(msg)) = (&app.data.me, &app.status) {
        return Err(ApiError::Protocol(msg.clone()));
    }
    if pick_user {
        app.pick_user();
    }
    let theme = Theme::from_env();
    let mut terminal = ratatui::init();
    let _ = execute!(std::io::stdout(), EnableMouseCapture, EnableBracketedPaste);
    spawn_input(app.sender());
    let result = event_loop(&mut terminal, &mut app, &theme);
    let _ = execute!(
        std::io::stdout(),
        DisableBracketedPaste,
        DisableMouseCapture
    );
    ratatui::restore();
    result.map_err(|e| ApiError::Protocol(format!("terminal: {e}")))?;
    Ok(ExitCode::SUCCESS)
}

/// Reads the terminal on a thread of its own, so the loop can wait for a
/// key and for the loader's answers at once.
fn spawn_input(to: std::sync::mpsc::Sender<Incoming>) {
    std::thread::spawn(move || {
        while let Ok(ev) = event::read() {
            if to.send(Incoming::Term(ev)).is_err() {
                return;
            }
        }
    });
}

fn event_loop(
    terminal: &mut ratatui::DefaultTerminal,
    app: &mut App,
    theme: &Theme,
) -> std::io::Result<()> {
    let mut hits = Hits::default();
    let mut dirty = true;
    while !app.quit {
        if dirty {
            terminal.draw(|f| hits = frame::draw(f, app, theme))?;
            app.page = hits.page.max(1);
            dirty = false;
        }
        // Wait for something; then take everything else already waiting
        // before drawing again (a burst of keys over SSH costs one frame).
        let mut next = app.wait(Duration::from_millis(500));
        while let Some(step) = next {
            dirty = true;
            if let Some(ev) = step {
                on_event(app, &hits, ev);
            }
            if app.quit {
                break;
            }
            next = app.poll();
        }
        // The clock moves ages on screen even when nothing else does.
        let now = (app.clock)();
        if now.signed_duration_since(app.now).num_seconds() >= 60 {
            app.now = now;
            dirty = true;
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
        Event::Paste(text) => {
            app.paste(&text);
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
    // Characters the table does not claim are typed into the focused
    // field or filter.
    let ctrl = k.modifiers.contains(KeyModifiers::CONTROL);
    let alt = k.modifiers.contains(KeyModifiers::ALT);
    if let KeyCode::Char(c) = k.code
        && !ctrl
        && !alt
    {
        app.type_char(c);
    }
}

fn on_mouse(app: &mut App, hits: &Hits, m: MouseEvent) -> bool {
    if !matches!(app.modal, Modal::None) {
        let (up, down) = (
            m.kind == MouseEventKind::ScrollUp,
            m.kind == MouseEventKind::ScrollDown,
        );
        if up || down {
            app.handle(if down { Action::Down } else { Action::Up });
            return true;
        }
        return false;
    }
    let inside = |r: &ratatui::layout::Rect| {
        m.column >= r.x && m.column < r.x + r.width && m.row >= r.y && m.row < r.y + r.height
    };
    let over_detail = hits.details.iter().any(inside);
    match m.kind {
        MouseEventKind::ScrollDown if over_detail => app.handle(Action::ScrollDown),
        MouseEventKind::ScrollUp if over_detail => app.handle(Action::ScrollUp),
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
            if app.screen == screens::ScreenId::Org {
                app.ui.org.right = list.pane == 1;
            }
            screens::select(app, list.offset + (m.row - list.area.y) as usize);
        }
        _ => return false,
    }
    true
}

/// Renders the app into a plain-text screen of `w`×`h`, for tests.
pub fn render_text(app: &App, w: u16, h: u16) -> String {
    render_with(app, w, h, &Theme::plain())
}

/// Like `render_text`, in a theme of the caller's (the ASCII glyphs).
pub fn render_with(app: &App, w: u16, h: u16, theme: &Theme) -> String {
    let backend = ratatui::backend::TestBackend::new(w, h);
    let mut term = match ratatui::Terminal::new(backend) {
        Ok(t) => t,
        Err(e) => return format!("terminal: {e}"),
    };
    if let Err(e) = term.draw(|f| {
        frame::draw(f, app, theme);
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
