//! Headcount plans: every plan the user may see, newest first; Enter opens
//! one, `n` drafts a new one (the general manager).

use super::{Entry, Hits, Nav, ScreenId, Screens};
use crate::domain::{Command, PlanState, Role};
use crate::present::age;
use crate::service::api::PlanRow;
use crate::tui::app::{App, Loaded};
use crate::tui::forms::{Form, FormKind};
use crate::tui::keymap::{Action, Layer};
use crate::tui::loader::Want;
use crate::tui::theme::Theme;
use crate::tui::widgets::table::message;
use crate::tui::widgets::{Cells, ListTable};
use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};

#[derive(Clone, Debug, Default)]
pub struct State {
    pub nav: Nav,
}

pub const ENTRY: Entry = Entry {
    id: ScreenId::Plans,
    layer: Layer::Plans,
    key: Some(Action::ScreenPlans),
    tab: ScreenId::Plans,
    label: |app| app.cat.t("tab.plans").to_string(),
    short: Some("tab.plans_short"),
    wants: |_| vec![Want::Plans],
    loaded: super::nothing_loaded,
    nav: |s, _| Some(&s.plans.nav),
    nav_mut: |s: &mut Screens, _| Some(&mut s.plans.nav),
    rows: |app| shown(app).len(),
    moved: super::nothing_moved,
    on,
    offers: |app, a| match a {
        Action::Open => Some(!shown(app).is_empty()),
        Action::NewPlan => Some(
            app.data
                .me
                .as_ref()
                .is_some_and(|m| m.roles.iter().any(|g| g.role == Role::GeneralManager)),
        ),
        _ => None,
    },
    allowed,
    draw,
};

pub fn state_name(app: &App, s: PlanState) -> String {
    app.cat.t(&format!("state.{}", s.key())).to_string()
}

fn flagged_row(p: &PlanRow) -> bool {
    !p.conflicts.is_empty() || !p.overtaken_by.is_empty()
}

fn shown(app: &App) -> Vec<&PlanRow> {
    let plans = app.data.plans.rows();
    app.ui
        .plans
        .nav
        .filter
        .pick(plans, |p| {
            vec![
                p.id.to_string(),
                p.title.clone(),
                p.author.clone(),
                state_name(app, p.state),
            ]
        })
        .into_iter()
        .filter_map(|i| plans.get(i))
        .collect()
}

fn on(app: &mut App, action: Action) -> bool {
    match action {
        Action::Open => {
            if let Some(id) = shown(app).get(app.ui.plans.nav.sel).map(|p| p.id) {
                app.open_plan(id);
            }
        }
        Action::NewPlan => app.if_allowed(
            Command::DraftPlan {
                title: String::new(),
                note: String::new(),
            },
            Action::NewPlan,
        ),
        _ => return false,
    }
    true
}

fn allowed(app: &mut App, action: Action) {
    if action == Action::NewPlan {
        app.open_form(Form::plan(FormKind::NewPlan, "", ""));
    }
}

fn draw(f: &mut Frame, app: &App, theme: &Theme, area: Rect, hits: &mut Hits) {
    let cat = &app.cat;
    let title = cat.t("plans.title");
    let plans = match &app.data.plans {
        Loaded::Waiting => return message(f, theme, area, title, cat.t("list.loading")),
        Loaded::Denied(why) => return message(f, theme, area, title, why),
        Loaded::Ready(p) if p.is_empty() => {
            return message(f, theme, area, title, cat.t("plans.empty"));
        }
        Loaded::Ready(p) => p,
    };
    let flagged = shown(app)
        .iter()
        .any(|p| !p.conflicts.is_empty() || !p.overtaken_by.is_empty());
    let rows = shown(app)
        .into_iter()
        .map(|p| {
            let ids = |v: &[crate::domain::PlanId]| {
                v.iter()
                    .map(|p| p.to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            // What stands in the plan's way, in the list, not only inside it.
            let mark = if !p.overtaken_by.is_empty() {
                cat.f("plans.overtaken_mark", &[("by", ids(&p.overtaken_by))])
            } else if !p.conflicts.is_empty() {
                cat.f("plans.conflict_mark", &[("plans", ids(&p.conflicts))])
            } else {
                String::new()
            };
            let style = if p.overtaken_by.is_empty() {
                theme.key
            } else {
                theme.error
            };
            let cells = Cells::new(vec![
                p.id.to_string(),
                state_name(app, p.state),
                p.title.clone(),
                p.waiting_for
                    .map(|r| cat.role(r.key()).to_string())
                    .unwrap_or_default(),
                // Only a plan that waits for someone has a waiting time.
                if matches!(p.state, PlanState::Submitted | PlanState::Returned) {
                    age(cat, p.since, app.now)
                } else {
                    String::new()
                },
                if mark.is_empty() {
                    mark
                } else {
                    format!("{} {mark}", theme.glyphs.warn)
                },
            ]);
            if flagged_row(p) {
                cells.styled(style)
            } else {
                cells
            }
        })
        .collect();
    ListTable {
        title: title.to_string(),
        columns: &[
            ("col.id", Constraint::Length(8)),
            ("col.state", Constraint::Length(10)),
            ("col.title", Constraint::Fill(1)),
            ("col.waiting_for", Constraint::Length(11)),
            ("col.waiting", Constraint::Length(7)),
            (
                "col.notes",
                if flagged {
                    Constraint::Fill(1)
                } else {
                    Constraint::Length(0)
                },
            ),
        ],
        rows,
        sel: app.ui.plans.nav.sel,
        focused: true,
        pane: 0,
        filter: Some(&app.ui.plans.nav.filter),
        total: plans.len(),
    }
    .draw(f, cat, theme, area, hits);
}
