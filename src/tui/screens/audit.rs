//! The audit log, newest first, for those who may read it: Enter reads an
//! entry in full, `v` walks the whole hash chain.

use super::{Entry, Hits, Nav, ScreenId, Screens};
use crate::service::api::AuditEntry;
use crate::tui::app::{App, Loaded, Modal};
use crate::tui::keymap::{Action, Layer};
use crate::tui::loader::Want;
use crate::tui::theme::Theme;
use crate::tui::widgets::detail::Doc;
use crate::tui::widgets::popup::Reader;
use crate::tui::widgets::table::message;
use crate::tui::widgets::{Cells, Detail, ListTable};
use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::Style;

#[derive(Clone, Debug, Default)]
pub struct State {
    pub nav: Nav,
    /// The older page last asked for (by the entry it comes before), so a
    /// page is asked for once.
    asked_before: Option<u64>,
}

/// Entries read into the interface at most; beyond them `renshi audit log
/// --grep` searches the whole log without holding it.
const MAX_LOADED: usize = 50_000;

pub const ENTRY: Entry = Entry {
    id: ScreenId::Audit,
    layer: Layer::Audit,
    key: Some(Action::ScreenAudit),
    tab: ScreenId::Audit,
    label: |app| app.cat.t("tab.audit").to_string(),
    short: Some("tab.audit_short"),
    wants: |_| vec![Want::Audit { before: 0 }],
    loaded: |app, want| {
        if matches!(want, Want::Audit { .. }) {
            read_on(app);
        }
    },
    nav: |s, _| Some(&s.audit.nav),
    nav_mut: |s: &mut Screens, _| Some(&mut s.audit.nav),
    rows: |app| shown(app).len(),
    moved: read_on,
    on,
    // Reading and verifying are for those who may read the log.
    offers: |app, a| match a {
        Action::Open => Some(!shown(app).is_empty()),
        Action::Verify => Some(matches!(app.data.audit, Loaded::Ready(_))),
        _ => None,
    },
    allowed: super::nothing_allowed,
    draw,
};

fn who(r: &AuditEntry) -> String {
    match &r.via {
        Some(v) => format!("{} ({v})", r.actor),
        None => r.actor.clone(),
    }
}

fn shown(app: &App) -> Vec<&AuditEntry> {
    let rows = app.data.audit.rows();
    app.ui
        .audit
        .nav
        .filter
        .pick(rows, |r| {
            vec![
                r.seq.to_string(),
                who(r),
                crate::present::entry_text(&app.cat, r),
                r.comment.clone(),
            ]
        })
        .into_iter()
        .filter_map(|i| rows.get(i))
        .collect()
}

/// The log is read a page at a time, newest first: when the selection is
/// within a screen of the end of what is shown (or a filter shows less than
/// a screen), the next older page is loaded, so scrolling and `/` go on
/// into the whole log.
fn read_on(app: &mut App) {
    let Loaded::Ready(rows) = &app.data.audit else {
        return;
    };
    let Some(oldest) = rows.last().map(|r| r.seq) else {
        return;
    };
    let near_end = app.ui.audit.nav.sel + app.page.max(1) >= shown(app).len();
    if oldest > 1
        && rows.len() < MAX_LOADED
        && near_end
        && app.ui.audit.asked_before != Some(oldest)
    {
        app.ui.audit.asked_before = Some(oldest);
        app.load(Want::Audit { before: oldest });
    }
}

fn on(app: &mut App, action: Action) -> bool {
    match action {
        Action::Verify => {
            if matches!(app.data.audit, Loaded::Ready(_)) {
                app.verify();
            }
        }
        Action::Open => {
            if let Some(r) = shown(app).get(app.ui.audit.nav.sel).copied() {
                let reader = read(app, r);
                app.modal = Modal::Reader(reader);
            }
        }
        _ => return false,
    }
    true
}

/// One entry in full: when, who (and for whom), what, why, and its place
/// in the chain.
fn read(app: &App, r: &AuditEntry) -> Reader {
    let cat = &app.cat;
    let mut doc = Doc::default();
    let plain = Style::new();
    let fact = |k: &str, v: String| crate::present::fact(cat, k, v);
    doc.push(
        fact("col.when", crate::present::when(r.at, app.zone())),
        plain,
    );
    doc.push(fact("col.who", who(r)), plain);
    doc.push_indented(
        fact("col.what", crate::present::entry_text(cat, r)),
        plain,
        4,
    );
    if !r.comment.is_empty() {
        doc.push_indented(fact("audit.comment", r.comment.clone()), plain, 4);
    }
    doc.push(fact("audit.hash", r.hash.clone()), plain);
    doc.push(fact("audit.prev", r.prev.clone()), plain);
    Reader {
        title: cat.f("audit.entry", &[("seq", r.seq.to_string())]),
        doc,
        detail: Detail::default(),
    }
}

fn draw(f: &mut Frame, app: &App, theme: &Theme, area: Rect, hits: &mut Hits) {
    let cat = &app.cat;
    let mut title = cat.t("audit.title").to_string();
    let all = match &app.data.audit {
        Loaded::Waiting => return message(f, theme, area, &title, cat.t("list.loading")),
        Loaded::Denied(why) => return message(f, theme, area, &title, why),
        Loaded::Ready(rows) => rows,
    };
    // Say how much of the log is read, and where the rest is found.
    if let (Some(newest), Some(oldest)) = (all.first(), all.last())
        && oldest.seq > 1
    {
        let key = if all.len() >= MAX_LOADED {
            "audit.read_cap"
        } else {
            "audit.read_part"
        };
        let args = [
            ("loaded", all.len().to_string()),
            ("total", newest.seq.to_string()),
        ];
        title = format!("{title} {} {}", theme.glyphs.dash, cat.f(key, &args));
    }
    let rows = shown(app)
        .into_iter()
        .map(|r| {
            let mut what = crate::present::entry_text(cat, r);
            if !r.comment.is_empty() {
                what.push_str(&format!(" {} ", theme.glyphs.dash));
                what.push_str(&r.comment);
            }
            Cells::new(vec![
                r.seq.to_string(),
                crate::present::when_short(r.at, app.zone()),
                who(r),
                what,
            ])
        })
        .collect();
    ListTable {
        title,
        columns: &[
            ("col.seq", Constraint::Length(7)),
            ("col.when", Constraint::Length(11)),
            ("col.who", Constraint::Length(16)),
            ("col.what", Constraint::Fill(1)),
        ],
        rows,
        sel: app.ui.audit.nav.sel,
        focused: true,
        pane: 0,
        filter: Some(&app.ui.audit.nav.filter),
        total: all.len(),
    }
    .draw(f, cat, theme, area, hits);
}
