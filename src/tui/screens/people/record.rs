//! One employee's record, opened from the directory: where they work and
//! since when, their contracts, their personal data (masked by the service
//! for whoever may not read it, or when and by whom it was erased), and
//! everything that happened to them, in a pane that scrolls.

use super::super::{Entry, Hits, Screens};
use super::actions;
use crate::domain::*;
use crate::present::people::{change_text, contract_text, status_text};
use crate::service::api::EmployeeView;
use crate::tui::app::App;
use crate::tui::keymap::{Action, Layer};
use crate::tui::loader::Want;
use crate::tui::screens::ScreenId;
use crate::tui::screens::offboard::equipment;
use crate::tui::theme::Theme;
use crate::tui::widgets::Detail;
use crate::tui::widgets::detail::Doc;
use crate::tui::widgets::table::message;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use unicode_width::UnicodeWidthStr;

#[derive(Clone, Debug, Default)]
pub struct State {
    /// The employee shown.
    pub id: Option<EmployeeId>,
    pub detail: Detail,
}

pub const ENTRY: Entry = Entry {
    id: ScreenId::Employee,
    layer: Layer::Employee,
    key: None,
    tab: ScreenId::People,
    label: |app| app.cat.t("tab.people").to_string(),
    short: None,
    wants: |app| {
        app.ui
            .employee
            .id
            .into_iter()
            .flat_map(|id| {
                [
                    Want::Employee(id),
                    Want::Equipment(id),
                    crate::tui::screens::review::record::wants(id),
                ]
            })
            .collect()
    },
    loaded: actions::loaded,
    nav: |_, _| None,
    nav_mut: |_: &mut Screens, _| None,
    rows: |_| 0,
    moved: super::super::nothing_moved,
    on,
    offers: |app, a| match a {
        Action::Back | Action::ScrollDown | Action::ScrollUp => Some(true),
        _ => super::hiring::offers(app, a)
            .or_else(|| equipment::offers_record(app, a))
            .or_else(|| actions::offers(app, a)),
    },
    allowed: |app, a| {
        if !super::hiring::allowed(app, a) {
            actions::allowed(app, a);
        }
    },
    draw,
};

/// Opens a record; Esc goes back to the directory.
pub fn open(app: &mut App, id: EmployeeId) {
    if app.ui.employee.id != Some(id) {
        app.ui.employee = State {
            id: Some(id),
            detail: Detail::default(),
        };
    }
    app.screen = ScreenId::Employee;
    app.refresh();
}

/// The record shown, once it has arrived.
pub fn view(app: &App) -> Option<&EmployeeView> {
    app.data
        .employee
        .as_ref()
        .filter(|v| Some(v.row.id) == app.ui.employee.id)
}

fn on(app: &mut App, action: Action) -> bool {
    let page = app.page;
    let d = &mut app.ui.employee.detail;
    match action {
        Action::Back => {
            app.ui.employee.id = None;
            app.switch(ScreenId::People);
        }
        Action::Up => d.up(1),
        Action::Down => d.down(1),
        Action::PageUp | Action::ScrollUp => d.up(page.max(2) / 2),
        Action::PageDown | Action::ScrollDown => d.down(page.max(2) / 2),
        Action::First => d.scroll = 0,
        Action::Last => d.to_end(),
        other => {
            return super::hiring::on(app, other)
                || equipment::on_record(app, other)
                || actions::on(app, other, app.ui.employee.id);
        }
    }
    true
}

/// Labels and values in two columns, values lined up by display width.
fn rows(doc: &mut Doc, rows: &[(String, String)], style: Style) {
    let w = rows.iter().map(|(l, _)| l.width()).max().unwrap_or(0);
    for (label, value) in rows {
        let pad = " ".repeat(w - label.width());
        doc.push_indented(format!("  {label}{pad}  {value}"), style, w + 4);
    }
}

/// The record as a document for a pane `width` columns wide inside.
pub fn doc(app: &App, theme: &Theme, v: &EmployeeView, width: usize) -> Doc {
    let cat = &app.cat;
    let plain = Style::new();
    let r = &v.row;
    let mut doc = Doc::default();
    rows(
        &mut doc,
        &[
            (
                cat.t("col.position").to_string(),
                format!("{} {}", r.position, r.title),
            ),
            (
                cat.t("col.department").to_string(),
                format!("{} {}", r.dept, r.dept_name),
            ),
            (cat.t("col.status").to_string(), status_text(cat, r.status)),
            (cat.t("col.start").to_string(), r.hired.to_string()),
        ],
        plain,
    );
    doc.blank();
    let title = |key: &str| cat.t(key).to_string();
    doc.push(title("people.contracts"), theme.accent);
    if v.contracts.is_empty() {
        doc.push(format!("  {}", cat.t("people.no_contracts")), plain);
    }
    for c in &v.contracts {
        doc.push_indented(format!("  {}", contract_text(cat, c)), plain, 4);
    }
    doc.blank();
    doc.push(title("people.personal"), theme.accent);
    match &v.personal {
        None => doc.push(format!("  {}", cat.t("people.no_personal")), plain),
        Some(p) if p.erased.is_some() => {
            if let Some(e) = &p.erased {
                let args = [
                    ("on", crate::present::day(e.at, app.zone())),
                    ("by", e.by.clone()),
                ];
                doc.push_indented(format!("  {}", cat.f("people.erased", &args)), plain, 4);
            }
        }
        Some(p) => {
            if p.masked {
                doc.push_indented(format!("  {}", cat.t("people.masked")), plain, 4);
            }
            let shown: Vec<(String, String)> = Personal::FIELDS
                .iter()
                .map(|f| {
                    (
                        cat.t(&format!("field.{f}")).to_string(),
                        p.data.get(f).to_string(),
                    )
                })
                .filter(|(_, v)| !v.is_empty())
                .collect();
            if shown.is_empty() {
                doc.push(format!("  {}", cat.t("people.no_personal")), plain);
            }
            rows(&mut doc, &shown, plain);
        }
    }
    equipment::record_doc(app, theme, width, &mut doc);
    super::hiring::doc(app, theme, v, &mut doc);
    doc.blank();
    doc.push(title("people.history"), theme.accent);
    if v.history.is_empty() {
        doc.push_indented(format!("  {}", cat.t("people.no_history")), plain, 4);
    }
    for h in &v.history {
        doc.push_indented(
            format!("  {}", change_text(cat, app.zone(), h, &v.titles)),
            plain,
            4,
        );
    }
    // Training and evaluations over time, after what happened to them.
    crate::tui::screens::review::record::doc(app, theme, v.row.id, &mut doc);
    doc
}

fn draw(f: &mut Frame, app: &App, theme: &Theme, area: Rect, hits: &mut Hits) {
    let cat = &app.cat;
    let Some(v) = view(app) else {
        let title = app
            .ui
            .employee
            .id
            .map(|i| i.to_string())
            .unwrap_or_default();
        return message(f, theme, area, &title, cat.t("list.loading"));
    };
    let title = format!("{} {}", v.row.number, v.row.name);
    let inner = app.ui.employee.detail.draw(
        f,
        theme,
        area,
        title,
        &doc(app, theme, v, area.width.saturating_sub(2) as usize),
        true,
    );
    hits.details.push(inner);
}
