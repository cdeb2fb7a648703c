//! The frame around every screen: header, tabs, status line and footer,
//! and whatever modal is open over the screen. Every function here reads the
//! app's state and writes cells; none changes state.

use super::app::{App, Modal, Status};
use super::keymap::Action;
use super::screens::{self, Hits};
use super::theme::Theme;
use super::widgets::popup::{centered, clear};
use super::widgets::table::fit_with;
use crate::domain::text::visible_line;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

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
    (screens::entry(app.screen).draw)(f, app, theme, body, &mut hits);
    draw_status(f, app, theme, status);
    draw_footer(f, app, theme, footer);
    match &app.modal {
        Modal::Form(form) => super::forms::draw::draw(f, app, theme, form),
        Modal::Confirm(c) => super::forms::draw::confirm(f, app, theme, c),
        Modal::Help(d) => hits.page = super::help::draw(f, app, theme, d),
        Modal::Reader(r) => hits.page = r.draw(f, theme),
        Modal::Picker { sel, users } => picker(f, app, theme, *sel, users),
        Modal::None => {}
    }
    super::visible::scrub(f.buffer_mut());
    if theme.glyphs == super::widgets::glyphs::ASCII {
        to_ascii(f.buffer_mut());
    }
    hits
}

/// Replaces every symbol of ambiguous width with its ASCII stand-in.
fn to_ascii(buf: &mut ratatui::buffer::Buffer) {
    for cell in buf.content.iter_mut() {
        let mut chars = cell.symbol().chars();
        if let (Some(c), None) = (chars.next(), chars.next())
            && let Some(a) = super::widgets::glyphs::ascii_for(c)
        {
            cell.set_char(a);
        }
    }
}

/// One line; a message longer than the line ends with a hint that `!`
/// shows it whole.
fn draw_status(f: &mut Frame, app: &App, theme: &Theme, area: Rect) {
    let (text, style) = match &app.status {
        Status::None => return,
        Status::Info(s) => (visible_line(s).into_owned(), theme.ok),
        Status::Error(s) => (visible_line(s).into_owned(), theme.error),
        Status::Working(s) => (visible_line(s).into_owned(), theme.key),
    };
    let width = area.width as usize;
    if text.width() <= width {
        f.render_widget(Paragraph::new(Span::styled(text, style)), area);
        return;
    }
    let more = format!(" {}", app.cat.t("status.more"));
    let room = width.saturating_sub(more.width());
    let line = Line::from(vec![
        Span::styled(fit_with(&text, room, theme.glyphs.ellipsis), style),
        Span::styled(more, theme.key),
    ]);
    f.render_widget(Paragraph::new(line), area);
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
        // A part cut short ends the header: one ellipsis, never a row of them.
        let cut = text.width() > room;
        if room < 2 {
            break;
        }
        let text = fit_with(&text, room, theme.glyphs.ellipsis);
        room = room.saturating_sub(text.width());
        spans.push(Span::styled(text, style));
        if cut {
            break;
        }
    }
    f.render_widget(Paragraph::new(Line::from(spans)).style(theme.header), area);
}

/// The first key that opens a tab, as help shows it.
fn tab_key(app: &App, s: screens::ScreenId) -> String {
    let action = screens::entry(s).key;
    app.keys
        .grouped(&[super::keymap::Layer::Global])
        .into_iter()
        .find(|(_, a, _)| Some(*a) == action)
        .and_then(|(k, _, _)| {
            k.split(super::keymap::KEY_SEPARATOR)
                .next()
                .map(str::to_string)
        })
        .unwrap_or_default()
}

/// One tab as drawn: the key that opens it, its name (none: the key
/// only), whether it is padded (` 1 Inbox `) and whether the key is
/// written against the name (`1Inbox`, the key in its own colour).
#[derive(Clone)]
struct Tab {
    key: String,
    name: String,
    pad: bool,
    glue: bool,
}

impl Tab {
    fn parts(&self) -> (String, String) {
        let (l, r) = if self.pad { (" ", " ") } else { ("", "") };
        if self.name.is_empty() {
            return (format!("{l}{}{r}", self.key), String::new());
        }
        let join = if self.glue || self.key.is_empty() {
            ""
        } else {
            " "
        };
        (
            format!("{l}{}", self.key),
            format!("{join}{}{r}", self.name),
        )
    }

    fn width(&self) -> usize {
        let (k, n) = self.parts();
        k.width() + n.width()
    }
}

fn draw_tabs(f: &mut Frame, app: &App, theme: &Theme, area: Rect, hits: &mut Hits) {
    let current = screens::tab_of(app.screen);
    let tabs = screens::tabs();
    let at = tabs.iter().position(|s| *s == current).unwrap_or(0);
    // Each tab is numbered with the key that opens it (`0` for the tenth).
    let mut drawn: Vec<Tab> = tabs
        .iter()
        .map(|s| Tab {
            key: tab_key(app, *s),
            name: (screens::entry(*s).label)(app),
            pad: true,
            glue: false,
        })
        .collect();
    let room = area.width as usize;
    let width = |ts: &[Tab]| ts.iter().map(Tab::width).sum::<usize>() + ts.len().saturating_sub(1);
    // When the names do not all fit, the short ones are tried (`Plans` for
    // `Headcount plans`); then the padding inside each tab goes, then the
    // space between key and name (`2Org`, the key in its own colour) — the
    // current tab keeps both, so its highlight still reads as a tab, and the
    // inbox keeps its space, so its count reads apart from its key. When
    // that is not enough, the tabs farthest from the current one show their
    // key only until the rest fit; the current tab and the inbox, which
    // carries a count, keep their names.
    if width(&drawn) > room {
        for (t, s) in drawn.iter_mut().zip(&tabs) {
            if let Some(key) = screens::entry(*s).short {
                t.name = app.cat.t(key).to_string();
            }
        }
    }
    for step in 0..2 {
        if width(&drawn) <= room {
            break;
        }
        for (i, t) in drawn.iter_mut().enumerate() {
            if i != at {
                if step == 0 {
                    t.pad = false;
                } else if tabs[i] != screens::ScreenId::Inbox {
                    t.glue = true;
                }
            }
        }
    }
    let mut far: Vec<usize> = (0..tabs.len()).collect();
    far.sort_by_key(|i| std::cmp::Reverse((i.abs_diff(at), *i)));
    for i in far {
        if width(&drawn) <= room {
            break;
        }
        if i != at && tabs[i] != screens::ScreenId::Inbox {
            drawn[i].name.clear();
        }
    }
    let mut x = area.x;
    let mut spans = Vec::new();
    for (i, (t, s)) in drawn.iter().zip(tabs).enumerate() {
        let w = t.width() as u16;
        hits.tabs.push((
            Rect::new(x, area.y, w.min(area.right().saturating_sub(x)), 1),
            s,
        ));
        x = x.saturating_add(w + 1);
        if i > 0 {
            spans.push(Span::raw(" "));
        }
        let (key, name) = t.parts();
        if i == at {
            spans.push(Span::styled(format!("{key}{name}"), theme.selected));
        } else {
            spans.push(Span::styled(key, theme.key));
            spans.push(Span::styled(name, theme.accent));
        }
    }
    f.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// Footer entries: the current layers' actions that apply now, from the key
/// table, each with its first key only (help lists the others).
pub fn footer_entries(app: &App) -> Vec<(String, Action, String)> {
    let hidden = |a: Action| {
        matches!(
            a,
            Action::ScreenDashboard
                | Action::ScreenInbox
                | Action::ScreenOrg
                | Action::ScreenPlans
                | Action::ScreenAudit
                | Action::ScreenUsers
                | Action::ScreenDelegations
                | Action::ScreenPeople
                | Action::ScreenOffboard
                | Action::ScreenRecruit
                | Action::ScreenReview
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
            let first = k
                .split(super::keymap::KEY_SEPARATOR)
                .next()
                .unwrap_or(&k)
                .to_string();
            let d = match save_as(app) {
                Some(key) if a == Action::Save => key.to_string(),
                _ => d,
            };
            (first, a, app.cat.t(&d).to_string())
        })
        .collect()
}

/// What Enter does in a form whose saving binds more than a save: in a
/// sign-off form it signs; opening a probation assessment opens it.
fn save_as(app: &App) -> Option<&'static str> {
    use crate::tui::forms::{FormKind, RecruitForm};
    let Modal::Form(f) = &app.modal else {
        return None;
    };
    match f.kind {
        FormKind::Sign { .. }
        | FormKind::Paper { .. }
        | FormKind::Recruit(RecruitForm::Sign { .. }) => Some("key.sign"),
        FormKind::Recruit(RecruitForm::OpenReview { .. }) => Some("key.open_review"),
        FormKind::Offboard(ref o) => o.save_key(),
        FormKind::Review(ref r) => r.save_key(),
        _ => None,
    }
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
    use ratatui::widgets::{List, ListItem, ListState};
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
    clear(f, area);
    let block = theme
        .block(cat.t("picker.title").to_string(), area)
        .border_style(theme.accent)
        .title_bottom(Line::from(cat.t("picker.hint").to_string()));
    let mut state = ListState::default().with_selected(Some(sel));
    let list = List::new(items)
        .block(block)
        .highlight_style(theme.selected);
    f.render_stateful_widget(list, area, &mut state);
}
