//! Drawing. Every function here reads the app's state and writes cells; none
//! changes state. `draw` returns where things landed, for mouse clicks.

mod form;
pub mod help;
mod org;
mod plan;
mod tables;
pub mod theme;

use super::app::{App, Modal, Screen, Status};
use super::keymap::Action;
use crate::domain::text::visible_line;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use theme::Theme;
use unicode_width::UnicodeWidthStr;

/// Screen regions the mouse can hit.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Hits {
    pub tabs: Vec<(Rect, Screen)>,
    /// A list's inner area (rows start at its top) and the index of its first visible row.
    pub lists: Vec<ListHit>,
    /// Rows a page moves in the main list.
    pub page: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ListHit {
    pub area: Rect,
    pub offset: usize,
    /// For the organisation screen: whether this is the positions list.
    pub right: bool,
}

pub fn draw(f: &mut Frame, app: &App, theme: &Theme) -> Hits {
    let mut hits = Hits::default();
    let [header, tabs, body, status, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(3),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(f.area());
    draw_header(f, app, theme, header);
    draw_tabs(f, app, theme, tabs, &mut hits);
    match app.screen {
        Screen::Inbox => tables::inbox(f, app, theme, body, &mut hits),
        Screen::Org => org::draw(f, app, theme, body, &mut hits),
        Screen::Plans => tables::plans(f, app, theme, body, &mut hits),
        Screen::Audit => tables::audit(f, app, theme, body, &mut hits),
        Screen::Plan => plan::draw(f, app, theme, body, &mut hits),
    }
    let (text, style) = match &app.status {
        Status::None => (String::new(), theme.dim),
        Status::Info(s) => (visible_line(s).into_owned(), theme.ok),
        Status::Error(s) => (visible_line(s).into_owned(), theme.error),
    };
    f.render_widget(Paragraph::new(Span::styled(text, style)), status);
    draw_footer(f, app, theme, footer);
    match &app.modal {
        Modal::Form(form) => form::draw(f, app, theme, form),
        Modal::Confirm(c) => form::confirm(f, app, theme, c),
        Modal::Help { scroll } => hits.page = help::draw(f, app, theme, *scroll),
        Modal::Picker { sel, users } => picker(f, app, theme, *sel, users),
        Modal::None => {}
    }
    super::visible::scrub(f.buffer_mut());
    hits
}

/// Who, where and in what state, most important first: what does not fit is
/// cut with "…" from the end, never in the middle of the user's name.
fn draw_header(f: &mut Frame, app: &App, theme: &Theme, area: Rect) {
    let cat = &app.cat;
    let mut parts = vec![(" renshi 人事 ".to_string(), theme.header)];
    if app.link_lost {
        parts.push((format!(" {} ", cat.t("header.link_lost")), theme.error));
    }
    if let Some(me) = &app.data.me {
        if me.demo {
            parts.push((format!(" {} ", cat.t("header.demo")), theme.accent));
        }
        let roles: Vec<&str> = me.roles.iter().map(|g| cat.role(g.role.key())).collect();
        parts.push((
            format!(" {} ({}) · {} ", me.display_name, me.login, roles.join("/")),
            theme.header,
        ));
        if !me.company.is_empty() {
            parts.push((format!(" {} ", me.company), theme.header));
        }
        parts.push((format!(" {}", me.zone), theme.dim));
    }
    let mut room = area.width as usize;
    let mut spans = Vec::new();
    for (text, style) in parts {
        if room == 0 {
            break;
        }
        let text = fit(&text, room);
        room = room.saturating_sub(text.width());
        spans.push(Span::styled(text, style));
    }
    f.render_widget(Paragraph::new(Line::from(spans)).style(theme.header), area);
}

/// `s` cut to at most `width` display columns, ending in "…" when cut.
pub fn fit(s: &str, width: usize) -> String {
    if s.width() <= width {
        return s.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        used += w;
        out.push(c);
    }
    out.push('…');
    out
}

fn draw_tabs(f: &mut Frame, app: &App, theme: &Theme, area: Rect, hits: &mut Hits) {
    let cat = &app.cat;
    let mut x = area.x;
    let mut spans = Vec::new();
    for (i, s) in Screen::TABS.iter().enumerate() {
        let name = match s {
            Screen::Inbox => cat.f("tab.inbox", &[("n", app.data.inbox.len().to_string())]),
            Screen::Org => cat.t("tab.org").to_string(),
            Screen::Audit => cat.t("tab.audit").to_string(),
            Screen::Plans | Screen::Plan => cat.t("tab.plans").to_string(),
        };
        let label = format!(" {} {} ", i + 1, name);
        let active = app.screen == *s || (app.screen == Screen::Plan && *s == Screen::Plans);
        let w = label.width() as u16;
        hits.tabs.push((
            Rect::new(x, area.y, w.min(area.right().saturating_sub(x)), 1),
            *s,
        ));
        x = x.saturating_add(w + 1);
        spans.push(Span::styled(
            label,
            if active { theme.selected } else { theme.accent },
        ));
        spans.push(Span::raw(" "));
    }
    f.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// Footer entries: the current layers' actions that apply now, from the key
/// table, each with its first key only (help lists the others).
pub fn footer_entries(app: &App) -> Vec<(String, Action, String)> {
    let hidden = |a: Action| {
        matches!(
            a,
            Action::ScreenInbox
                | Action::ScreenOrg
                | Action::ScreenPlans
                | Action::ScreenAudit
                | Action::PrevScreen
                | Action::Refresh
                | Action::PageUp
                | Action::PageDown
                | Action::First
                | Action::Last
        )
    };
    // The screen's own keys first, then moving in lists, then the global ones
    // (help lists them all, and `? Help` always keeps its place).
    let layers = app.layers();
    app.keys
        .grouped(&layers)
        .into_iter()
        .filter(|(_, a, _)| !hidden(*a) && app.offers(*a))
        .map(|(k, a, d)| {
            let first = k.split('/').next().unwrap_or(&k).to_string();
            // In a sign-off form, saving is signing: say so.
            let signing = matches!(
                &app.modal,
                Modal::Form(f) if matches!(f.kind, crate::tui::form::FormKind::Sign { .. } | crate::tui::form::FormKind::Paper { .. })
            );
            let d = if a == Action::Save && signing { "key.sign".to_string() } else { d };
            (first, a, app.cat.t(&d).to_string())
        })
        .collect()
}

/// Screen actions first; `? Help` always keeps its place at the end, and an
/// entry that does not fit is skipped rather than ending the footer.
fn draw_footer(f: &mut Frame, app: &App, theme: &Theme, area: Rect) {
    let entries = footer_entries(app);
    let width = |(k, _, d): &(String, Action, String)| k.width() + d.width() + 3;
    let help = entries.iter().find(|e| e.1 == Action::Help).cloned();
    let mut room = (area.width as usize).saturating_sub(help.as_ref().map_or(0, width));
    let mut spans = Vec::new();
    for e in entries
        .iter()
        .filter(|e| e.1 != Action::Help)
        .chain(help.iter())
    {
        let w = width(e);
        if w > room && e.1 != Action::Help {
            continue;
        }
        room = room.saturating_sub(w);
        spans.push(Span::styled(e.0.clone(), theme.key));
        spans.push(Span::raw(format!(" {}  ", e.2)));
    }
    f.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// The demo users, one line each with their roles, to choose whom to act as.
fn picker(
    f: &mut Frame,
    app: &App,
    theme: &Theme,
    sel: usize,
    users: &[(String, String, Vec<String>)],
) {
    use ratatui::widgets::{Block, Borders, List, ListItem, ListState};
    let cat = &app.cat;
    let name_w = users.iter().map(|(_, n, _)| n.width()).max().unwrap_or(0);
    let items: Vec<ListItem> = users
        .iter()
        .map(|(login, name, roles)| {
            let roles: Vec<&str> = roles.iter().map(|r| cat.role(r)).collect();
            let pad = " ".repeat(name_w - name.width());
            ListItem::new(Line::from(vec![
                Span::styled(format!("{login:<11} "), theme.key),
                Span::raw(format!("{name}{pad}  ")),
                Span::styled(roles.join("/"), theme.dim),
            ]))
        })
        .collect();
    let screen = f.area();
    let area = centered(
        screen,
        screen.width.saturating_sub(4).min(72),
        users.len() as u16 + 2,
    );
    clear_popup(f, area);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.accent)
        .title(cat.t("picker.title").to_string())
        .title_bottom(Line::from(cat.t("picker.hint").to_string()));
    let mut state = ListState::default().with_selected(Some(sel));
    let list = List::new(items)
        .block(block)
        .highlight_style(theme.selected);
    f.render_stateful_widget(list, area, &mut state);
}

/// Blanks the rows under a pop-up, across the whole screen and one row above
/// and below: the boxes behind it then end cleanly at the band instead of
/// leaving corners and wide (CJK) half-characters beside its border.
pub fn clear_popup(f: &mut Frame, area: Rect) {
    let screen = f.area();
    let top = area.y.saturating_sub(1).max(screen.y);
    let bottom = (area.bottom() + 1).min(screen.bottom());
    f.render_widget(
        ratatui::widgets::Clear,
        Rect::new(screen.x, top, screen.width, bottom - top),
    );
}

/// A rectangle of at most `w`×`h` centred in `area`.
pub fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    )
}

/// First visible row so that `sel` stays in a window of `rows`.
pub fn offset_for(sel: usize, rows: usize) -> usize {
    if rows == 0 {
        sel
    } else {
        sel.saturating_sub(rows - 1)
    }
}
