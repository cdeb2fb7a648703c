//! One separation case: who leaves and why (a header), its steps in order
//! as a table (`steps`), and a pane that scrolls with the selected step in
//! full, the equipment the employee holds and the settlement.

use super::{actions, list, steps};
use crate::domain::SepId;
use crate::domain::offboard::SepState;
use crate::service::api::SepView;
use crate::tui::app::App;
use crate::tui::keymap::Layer;
use crate::tui::loader::Want;
use crate::tui::screens::{Entry, Hits, Nav, ScreenId, Screens};
use crate::tui::theme::Theme;
use crate::tui::widgets::Detail;
use crate::tui::widgets::table::{fit_with, message};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

#[derive(Clone, Debug, Default)]
pub struct State {
    /// The case shown.
    pub id: Option<SepId>,
    /// The steps as a list: the selection is a step.
    pub nav: Nav,
    /// The key of the step selected, found again after each reload (and
    /// the one an inbox item is about).
    pub follow: Option<String>,
    pub detail: Detail,
    /// The certificate was asked for: it opens when it arrives.
    pub certificate: bool,
}

pub const ENTRY: Entry = Entry {
    id: ScreenId::Separation,
    layer: Layer::Separation,
    key: None,
    tab: ScreenId::Offboard,
    label: |app| app.cat.t("tab.offboard").to_string(),
    short: Some("tab.offboard_short"),
    wants: |app| app.ui.sep.id.map(Want::Sep).into_iter().collect(),
    loaded,
    nav: |s, _| Some(&s.sep.nav),
    nav_mut: |s: &mut Screens, _| Some(&mut s.sep.nav),
    rows: |app| steps::shown(app).len(),
    moved: steps::remember,
    on: actions::on,
    offers: actions::offers,
    allowed: actions::allowed,
    draw,
};

/// The case shown, once it has arrived.
pub fn view(app: &App) -> Option<&SepView> {
    app.data
        .sep
        .as_ref()
        .filter(|v| Some(v.row.id) == app.ui.sep.id)
}

fn loaded(app: &mut App, want: &Want) {
    match want {
        Want::Sep(_) => steps::reselect(app),
        Want::Certificate(_) => actions::certificate_arrived(app),
        _ => {}
    }
}

fn draw(f: &mut Frame, app: &App, theme: &Theme, area: Rect, hits: &mut Hits) {
    let cat = &app.cat;
    let Some(v) = view(app) else {
        let title = app.ui.sep.id.map(|i| i.to_string()).unwrap_or_default();
        return message(f, theme, area, &title, cat.t("list.loading"));
    };
    // The table takes its steps' rows while the pane below keeps five
    // (at 80×24 every step of the shipped checklist shows); the pane
    // scrolls.
    let table_h = (v.steps.len() as u16 + 3)
        .min(area.height.saturating_sub(3 + 5))
        .max(4);
    let [head, table, pane] = Layout::vertical([
        Constraint::Length(3),
        Constraint::Length(table_h),
        Constraint::Fill(1),
    ])
    .areas(area);
    draw_head(f, app, theme, v, head);
    steps::draw(f, app, theme, v, table, hits);
    let doc = steps::pane(app, theme, v, pane.width.saturating_sub(2) as usize);
    let title = steps::selected(app)
        .map(|s| format!("{}. {}", s.no, s.template.title(cat.lang.code())))
        .unwrap_or_else(|| v.row.id.to_string());
    let inner = app.ui.sep.detail.draw(f, theme, pane, title, &doc, false);
    hits.details.push(inner);
}

/// Three lines: who leaves and how the case stands; where they work and
/// the days that matter; why (to whoever may read it), or how it ended.
fn draw_head(f: &mut Frame, app: &App, theme: &Theme, v: &SepView, area: Rect) {
    let cat = &app.cat;
    let r = &v.row;
    let state_style = match r.state {
        SepState::Open if r.overdue > 0 => theme.error,
        SepState::Open => theme.key,
        _ => theme.dim,
    };
    let mut first = vec![
        (format!("{} ", r.id), theme.accent),
        (r.name.clone(), theme.accent),
        (
            format!(" ({}) · {}", r.number, list::kind_name(app, r)),
            theme.accent,
        ),
        ("  ".to_string(), Style::new()),
        (format!("[{}]", list::state_name(app, r.state)), state_style),
    ];
    if r.overdue > 0 && r.state == SepState::Open {
        let late = cat.f("sep.overdue_count", &[("n", r.overdue.to_string())]);
        first.push((format!(" {} {late}", theme.glyphs.warn), theme.error));
    }
    let second = vec![(
        cat.f(
            "sep.header",
            &[
                ("last_day", r.last_day.to_string()),
                ("notice", r.notice.to_string()),
                ("dept", r.dept_name.clone()),
                ("position", r.position_title.clone()),
            ],
        ),
        theme.dim,
    )];
    let third = vec![(ending(app, v), Style::new())];
    let width = area.width as usize;
    let ell = theme.glyphs.ellipsis;
    let fitted: Vec<Line> = vec![
        fit_line(first, Some(1), width, ell),
        fit_line(second, None, width, ell),
        fit_line(third, None, width, ell),
    ];
    f.render_widget(Paragraph::new(fitted), area);
}

/// One line of parts cut to `width` display columns. The part at `flexible`
/// (a name) gives way first, down to a few columns, so what follows it (the
/// staff number, the state) stays in sight; then the line is cut from the
/// end, with one ellipsis.
fn fit_line(
    mut parts: Vec<(String, Style)>,
    flexible: Option<usize>,
    width: usize,
    ell: &str,
) -> Line<'static> {
    if let Some(i) = flexible {
        let others: usize = parts
            .iter()
            .enumerate()
            .filter(|(j, _)| *j != i)
            .map(|(_, (t, _))| t.width())
            .sum();
        if let Some((text, _)) = parts.get_mut(i) {
            let room = width.saturating_sub(others).max(6);
            *text = fit_with(text, room, ell);
        }
    }
    let mut room = width;
    let spans: Vec<Span> = parts
        .into_iter()
        .map(|(text, style)| {
            let cut = fit_with(&text, room, ell);
            room = room.saturating_sub(cut.width());
            Span::styled(cut, style)
        })
        .collect();
    Line::from(spans)
}

/// The header's last line: why they leave while the case runs (a reason
/// of several lines on one), how it ended once it has.
fn ending(app: &App, v: &SepView) -> String {
    let cat = &app.cat;
    let zone = app.zone();
    let on = |at: Option<chrono::DateTime<chrono::Utc>>| {
        at.map(|a| crate::present::day(a, zone)).unwrap_or_default()
    };
    let by = v.ended_by.clone().unwrap_or_default();
    let one_line = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    match v.row.state {
        SepState::Closed => cat.f("sep.closed_by", &[("by", by), ("on", on(v.ended))]),
        SepState::Withdrawn => cat.f(
            "sep.withdrawn_by",
            &[
                ("by", by),
                ("on", on(v.ended)),
                ("why", one_line(&v.withdrawn_because)),
            ],
        ),
        SepState::Open => match &v.reason {
            Some(why) => cat.f("sep.reason", &[("why", one_line(why))]),
            None => cat.t("sep.reason_hidden").to_string(),
        },
    }
}
