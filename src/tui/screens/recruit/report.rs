//! The time report of recruitment (量化管理) in the Recruitment tab: how long
//! requisitions take to fill per department, and how long each step takes,
//! slowest first, as `renshi report recruitment` prints it.

use crate::tui::app::{App, Loaded};
use crate::tui::screens::Hits;
use crate::tui::theme::Theme;
use crate::tui::widgets::table::message;
use crate::tui::widgets::{Cells, ListTable};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};

pub fn draw(f: &mut Frame, app: &App, theme: &Theme, area: Rect, hits: &mut Hits) {
    let cat = &app.cat;
    let title = cat.t("report.fill_title");
    let report = match &app.data.recruit_report {
        Loaded::Waiting => return message(f, theme, area, title, cat.t("list.loading")),
        Loaded::Denied(why) => return message(f, theme, area, title, why),
        Loaded::Ready(r) => r,
    };
    use crate::present::recruit::{report_dept_cells, report_step_cells};
    let fills: Vec<Cells> = report
        .depts
        .iter()
        .map(|d| Cells::new(report_dept_cells(d)))
        .collect();
    let steps: Vec<Cells> = report
        .steps
        .iter()
        .map(|s| Cells::new(report_step_cells(cat, s)))
        .collect();
    // The departments are few: their table takes what it needs, the steps the rest.
    let top = (report.depts.len() as u16 + 3).min(area.height / 2).max(4);
    let [upper, lower] =
        Layout::vertical([Constraint::Length(top), Constraint::Fill(1)]).areas(area);
    let (n_fills, n_steps) = (fills.len(), steps.len());
    ListTable {
        title: title.to_string(),
        columns: &[
            ("col.dept", Constraint::Fill(1)),
            ("col.open", Constraint::Length(8)),
            ("col.reqs_filled", Constraint::Length(12)),
            ("col.mean_days", Constraint::Length(10)),
            ("col.max_days", Constraint::Length(10)),
        ],
        rows: fills,
        sel: 0,
        focused: false,
        pane: 0,
        filter: None,
        total: n_fills,
    }
    .draw(f, cat, theme, upper, hits);
    ListTable {
        title: cat.t("report.steps_title").to_string(),
        columns: &[
            ("col.step", Constraint::Fill(2)),
            ("col.dept", Constraint::Fill(1)),
            ("col.count", Constraint::Length(6)),
            ("col.mean_hours", Constraint::Length(10)),
            ("col.max_hours", Constraint::Length(10)),
            ("col.waiting_now", Constraint::Length(12)),
        ],
        rows: steps,
        sel: 0,
        focused: false,
        pane: 1,
        filter: None,
        total: n_steps,
    }
    .draw(f, cat, theme, lower, hits);
}
