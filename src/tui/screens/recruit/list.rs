//! The requisitions as a list, newest first: what is asked, how far it got,
//! and who it waits for.

use super::state_name;
use crate::domain::recruit::ReqState;
use crate::present::age;
use crate::service::api::ReqRow;
use crate::tui::app::{App, Loaded};
use crate::tui::screens::Hits;
use crate::tui::theme::Theme;
use crate::tui::widgets::table::message;
use crate::tui::widgets::{Cells, ListTable};
use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};

/// The rows the filter lets through, newest first (the service's order is
/// the same; sorting here keeps it whatever a page boundary did).
pub fn shown(app: &App) -> Vec<&ReqRow> {
    let reqs = app.data.reqs.rows();
    let mut rows: Vec<&ReqRow> = app
        .ui
        .recruit
        .nav
        .filter
        .pick(reqs, |r| {
            vec![
                r.id.to_string(),
                r.position_title.clone(),
                r.dept_name.clone(),
                state_name(app, r.state),
                r.author.clone(),
                r.runner.clone().unwrap_or_default(),
            ]
        })
        .into_iter()
        .filter_map(|i| reqs.get(i))
        .collect();
    rows.sort_by(|a, b| b.created.cmp(&a.created).then(b.id.0.cmp(&a.id.0)));
    rows
}

/// Who acts next: the role it waits for while signed, its HR runner once open.
fn next_actor(app: &App, r: &ReqRow) -> String {
    match (r.state, r.waiting_for, &r.runner) {
        (ReqState::Submitted, Some(role), _) => app.cat.role(role.key()).to_string(),
        (ReqState::Returned, _, _) => r.author.clone(),
        (ReqState::Open, _, Some(runner)) => runner.clone(),
        (ReqState::Open, _, None) => app.cat.t("rq.no_runner").to_string(),
        _ => String::new(),
    }
}

pub fn draw(f: &mut Frame, app: &App, theme: &Theme, area: Rect, hits: &mut Hits) {
    let cat = &app.cat;
    let title = cat.t("rq.title");
    let reqs = match &app.data.reqs {
        Loaded::Waiting => return message(f, theme, area, title, cat.t("list.loading")),
        Loaded::Denied(why) => return message(f, theme, area, title, why),
        Loaded::Ready(r) if r.is_empty() => {
            return message(f, theme, area, title, cat.t("rq.empty"));
        }
        Loaded::Ready(r) => r,
    };
    let wide = area.width >= 110;
    let rows = shown(app)
        .into_iter()
        .map(|r| {
            let free = r.seats.free.to_string();
            let mut cells = vec![
                r.id.to_string(),
                state_name(app, r.state),
                r.position_title.clone(),
                r.dept_name.clone(),
                format!("{}/{}", r.hired, r.count),
                free,
                next_actor(app, r),
                // Only what waits for someone has a waiting time.
                if matches!(r.state, ReqState::Submitted | ReqState::Returned) {
                    age(cat, r.since, app.now)
                } else {
                    String::new()
                },
            ];
            if wide {
                cells.push(r.candidates.to_string());
            }
            let cells = Cells::new(cells);
            if r.state.reserves() {
                cells
            } else {
                cells.styled(theme.dim)
            }
        })
        .collect();
    let mut columns = vec![
        ("col.id", Constraint::Length(8)),
        ("col.state", Constraint::Length(9)),
        ("col.position", Constraint::Fill(2)),
        ("col.dept", Constraint::Fill(1)),
        ("rq.col_filled", Constraint::Length(5)),
        ("rq.col_free", Constraint::Length(4)),
        ("col.waiting_for", Constraint::Length(11)),
        ("col.waiting", Constraint::Length(7)),
    ];
    if wide {
        columns.push(("rq.col_candidates", Constraint::Length(10)));
    }
    ListTable {
        title: title.to_string(),
        columns: &columns,
        rows,
        sel: app.ui.recruit.nav.sel,
        focused: true,
        pane: 0,
        filter: Some(&app.ui.recruit.nav.filter),
        total: reqs.len(),
    }
    .draw(f, cat, theme, area, hits);
}
