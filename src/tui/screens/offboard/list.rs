//! The separation cases as a list, newest first: who leaves, why, on which
//! day, how far the checklist is, and what is due next. A case with an
//! overdue step is marked with a sign as well as a colour, so it stands out
//! without colour too; closed and withdrawn cases (shown with `a`) are dim.

use crate::domain::offboard::SepState;
use crate::service::api::SepRow;
use crate::tui::app::{App, Loaded};
use crate::tui::screens::Hits;
use crate::tui::theme::Theme;
use crate::tui::widgets::table::message;
use crate::tui::widgets::{Cells, ListTable};
use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};

/// The rows the filter lets through, newest first (as the service sends them).
pub fn shown(app: &App) -> Vec<&SepRow> {
    let rows = app.data.seps.rows();
    app.ui
        .offboard
        .nav
        .filter
        .pick(rows, |r| {
            vec![
                r.id.to_string(),
                r.name.clone(),
                r.number.clone(),
                r.dept_name.clone(),
                kind_name(app, r),
                state_name(app, r.state),
            ]
        })
        .into_iter()
        .filter_map(|i| rows.get(i))
        .collect()
}

pub fn kind_name(app: &App, r: &SepRow) -> String {
    app.cat.t(&format!("sep_kind.{}", r.kind.key())).to_string()
}

pub fn state_name(app: &App, s: SepState) -> String {
    app.cat.t(&format!("sep_state.{}", s.key())).to_string()
}

/// `▰▰▰▱▱▱ 3/6`: how many steps are done (or ruled out) of all, in a bar
/// of `cells` that never grows with the number of steps.
pub fn progress(theme: &Theme, done: u32, total: u32, cells: usize) -> String {
    let (done_n, total_n) = (done as usize, total as usize);
    // Any step done shows, and only every step done fills the bar.
    let filled = match total_n {
        0 => 0,
        _ if done_n >= total_n => cells,
        _ if done_n == 0 => 0,
        _ => (done_n * cells / total_n).clamp(1, cells.saturating_sub(1)),
    };
    let g = theme.glyphs;
    format!(
        "{}{} {done}/{total}",
        g.bar_done.repeat(filled),
        g.bar_todo.repeat(cells - filled)
    )
}

/// What comes next: the open step due first and its day, or how it ended.
fn next(app: &App, r: &SepRow) -> String {
    if r.state != SepState::Open {
        return state_name(app, r.state);
    }
    match (&r.next_step, r.next_due) {
        (Some(step), Some(due)) => {
            format!(
                "{} {}",
                due.format("%m-%d"),
                step.title(app.cat.lang.code())
            )
        }
        _ => app.cat.t("sep.ready_to_close").to_string(),
    }
}

pub fn draw(f: &mut Frame, app: &App, theme: &Theme, area: Rect, hits: &mut Hits) {
    let cat = &app.cat;
    let title = if app.ui.offboard.all {
        cat.t("sep.title_all")
    } else {
        cat.t("sep.title_open")
    };
    let all = match &app.data.seps {
        Loaded::Waiting => return message(f, theme, area, title, cat.t("list.loading")),
        Loaded::Denied(why) => return message(f, theme, area, title, why),
        Loaded::Ready(r) if r.is_empty() => {
            let empty = if app.ui.offboard.all {
                "sep.empty_all"
            } else {
                "sep.empty_open"
            };
            return message(f, theme, area, title, cat.t(empty));
        }
        Loaded::Ready(r) => r,
    };
    let wide = area.width >= 110;
    let warn = theme.glyphs.warn;
    let rows = shown(app)
        .into_iter()
        .map(|r| {
            let late = r.overdue > 0;
            let mut cells = vec![
                if late {
                    warn.to_string()
                } else {
                    String::new()
                },
                r.id.to_string(),
                // The number first: a long name is cut, never the number.
                format!("{} {}", r.number, r.name),
            ];
            if wide {
                cells.push(r.dept_name.clone());
            }
            cells.extend([
                kind_name(app, r),
                r.last_day.to_string(),
                progress(theme, r.done, r.steps, 6),
                next(app, r),
            ]);
            let cells = Cells::new(cells);
            if r.state != SepState::Open {
                cells.styled(theme.dim)
            } else if late {
                cells.styled(theme.error)
            } else {
                cells
            }
        })
        .collect();
    let mut columns = vec![
        ("", Constraint::Length(1)),
        ("col.id", Constraint::Length(8)),
        ("sep.col_employee", Constraint::Fill(3)),
    ];
    if wide {
        columns.push(("col.department", Constraint::Fill(2)));
    }
    columns.extend([
        ("sep.col_kind", Constraint::Fill(2)),
        ("sep.col_last_day", Constraint::Length(10)),
        ("sep.col_progress", Constraint::Length(10)),
        // What comes next takes what a wide terminal has to spare.
        ("sep.col_next", Constraint::Fill(if wide { 5 } else { 3 })),
    ]);
    ListTable {
        title: title.to_string(),
        columns: &columns,
        rows,
        sel: app.ui.offboard.nav.sel,
        focused: true,
        pane: 0,
        filter: Some(&app.ui.offboard.nav.filter),
        total: all.len(),
    }
    .draw(f, cat, theme, area, hits);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bar_keeps_its_width_and_fills_as_steps_are_done() {
        let t = Theme::plain();
        assert_eq!(progress(&t, 0, 6, 6), "▱▱▱▱▱▱ 0/6");
        assert_eq!(progress(&t, 3, 6, 6), "▰▰▰▱▱▱ 3/6");
        assert_eq!(progress(&t, 6, 6, 6), "▰▰▰▰▰▰ 6/6");
        // One step of nine done shows, and only all done fills the bar.
        assert_eq!(progress(&t, 1, 9, 6), "▰▱▱▱▱▱ 1/9");
        assert_eq!(progress(&t, 8, 9, 6), "▰▰▰▰▰▱ 8/9");
        assert_eq!(progress(&t, 0, 0, 6), "▱▱▱▱▱▱ 0/0");
    }
}
