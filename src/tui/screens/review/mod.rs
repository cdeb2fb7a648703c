//! Evaluation and training in the terminal (DESIGN §1 ③): one tab, three
//! views of it — the evaluation cycles, the running one first (`cycles`),
//! the training catalog (`courses`) and the gaps in required training
//! (`gaps`), `e`, `t` and `g` switching between them — and what opens from
//! them: a cycle's people with their stage and grade (`people`), one
//! evaluation with its criteria, scores, sign-off and remark
//! (`evaluation`), a course with its sessions and their attendees
//! (`course`). What may be done is in `actions` (its forms in
//! `forms::review`), what is read in `load`, and the employee record's
//! part in `record`. The dashboard and the inbox open these screens with
//! the `open_*` functions here.

pub mod actions;
pub mod course;
pub mod courses;
pub mod cycles;
pub mod evaluation;
pub mod gaps;
pub mod load;
pub mod people;
pub mod record;

use super::{Nav, ScreenId};
use crate::domain::{CourseId, CycleId, EmployeeId, EvalId, Role};
use crate::service::api::{CycleRow, EvalStage};
use crate::tui::app::{App, Loaded};
use crate::tui::keymap::Action;
use crate::tui::loader::Want;
use chrono::NaiveDate;

pub use load::{Data, Load};

#[derive(Clone, Debug, Default)]
pub struct State {
    pub cycles: Nav,
    pub people: people::State,
    pub eval: evaluation::State,
    pub courses: Nav,
    pub course: course::State,
    pub gaps: gaps::State,
    /// The review screen last shown: the tab's key comes back to it.
    pub last: Option<ScreenId>,
    /// Open the running cycle as soon as the cycles have arrived.
    pub current: bool,
    /// A form that opens once what it needs has arrived.
    pub pending: Option<actions::Pending>,
}

/// `Want` for a review load.
pub fn want(load: Load) -> Want {
    Want::Review(load)
}

/// The company's today.
pub fn today(app: &App) -> NaiveDate {
    crate::domain::time::day_in(app.zone(), app.now)
}

/// The cycle running today: the newest open one whose period has begun
/// (as the service counts it).
pub fn running(app: &App) -> Option<&CycleRow> {
    let today = today(app);
    app.data
        .review
        .cycles
        .rows()
        .iter()
        .find(|c| c.closed.is_none() && c.from <= today)
}

pub fn cycle(app: &App, id: CycleId) -> Option<&CycleRow> {
    app.data.review.cycles.rows().iter().find(|c| c.id == id)
}

pub fn stage_name(app: &App, s: EvalStage) -> String {
    app.cat.t(&format!("eval_stage.{}", s.key())).to_string()
}

/// A weighted result in hundredths as people read it: 385 → "3.85".
pub fn result_text(hundredths: u16) -> String {
    format!("{}.{:02}", hundredths / 100, hundredths % 100)
}

/// `▰▰▰▱▱▱ 3/6`: how many of all, in a bar of `cells` that never grows.
/// Any one done shows, and only all done fills it.
pub fn bar(theme: &crate::tui::theme::Theme, done: u32, total: u32, cells: usize) -> String {
    let (d, t) = (done as usize, total as usize);
    let filled = match t {
        0 => 0,
        _ if d >= t => cells,
        _ if d == 0 => 0,
        _ => (d * cells / t).clamp(1, cells.saturating_sub(1)),
    };
    let g = theme.glyphs;
    format!(
        "{}{} {done}/{total}",
        g.bar_done.repeat(filled),
        g.bar_todo.repeat(cells - filled)
    )
}

/// HR, or a department head: who scores evaluations and records training
/// (the service decides for whom).
pub fn scores(app: &App) -> bool {
    app.is_hr() || app.has_role(Role::DeptHead)
}

/// A user who sees no one's evaluation but their own (an employee with no
/// other part in evaluations): every line they are shown is theirs.
pub fn only_own(app: &App) -> bool {
    app.has_role(Role::Employee) && !scores(app) && !app.has_role(Role::GeneralManager)
}

/// Whether `employee` is the user themselves (a head or HR person is an
/// employee too): their line is their self-assessment.
pub fn is_own(app: &App, employee: EmployeeId) -> bool {
    app.data.me.as_ref().and_then(|m| m.employee) == Some(employee)
}

/// Shows one of the review screens and remembers it for the tab's key.
fn show(app: &mut App, to: ScreenId) {
    app.ui.review.last = Some(to);
    app.screen = to;
    app.refresh();
}

/// Where the tab's key leads from another tab: back to the review screen
/// last shown (from within the tab it leads home, to the cycles).
pub fn resume(app: &App) -> ScreenId {
    let last = app.ui.review.last.unwrap_or(ScreenId::Review);
    let open = match last {
        ScreenId::Cycle => app.ui.review.people.id.is_some(),
        ScreenId::Evaluation => app.ui.review.eval.id.is_some(),
        ScreenId::Course => app.ui.review.course.id.is_some(),
        _ => true,
    };
    if open { last } else { ScreenId::Review }
}

/// The evaluation cycles: `e`, and the tab's home.
pub fn open_cycles(app: &mut App) {
    show(app, ScreenId::Review);
}

/// A cycle's people; `None`: the running cycle's (the cycle list when
/// none runs). Esc goes back to where it was opened from.
pub fn open_cycle(app: &mut App, id: Option<CycleId>) {
    let Some(id) = id.or_else(|| running(app).map(|c| c.id)) else {
        // Not known yet: the cycles are read, and the running one opens
        // when they arrive (`cycles_arrived`).
        app.ui.review.current = !matches!(app.data.review.cycles, Loaded::Ready(_));
        return show(app, ScreenId::Review);
    };
    let p = &mut app.ui.review.people;
    if p.id != Some(id) {
        *p = people::State {
            id: Some(id),
            ..Default::default()
        };
    }
    if app.screen != ScreenId::Cycle {
        app.ui.review.people.back = app.screen;
    }
    show(app, ScreenId::Cycle);
}

/// One evaluation; Esc goes back to where it was opened from.
pub fn open_evaluation(app: &mut App, id: EvalId) {
    let e = &mut app.ui.review.eval;
    if e.id != Some(id) {
        *e = evaluation::State {
            id: Some(id),
            ..Default::default()
        };
        app.data.review.eval = Loaded::Waiting;
    }
    if app.screen != ScreenId::Evaluation {
        app.ui.review.eval.back = app.screen;
    }
    show(app, ScreenId::Evaluation);
}

/// The training catalog.
pub fn open_courses(app: &mut App) {
    show(app, ScreenId::Courses);
}

/// One course with its sessions and their attendees.
pub fn open_course(app: &mut App, id: CourseId) {
    let c = &mut app.ui.review.course;
    if c.id != Some(id) {
        *c = course::State {
            id: Some(id),
            ..Default::default()
        };
        app.data.review.session = None;
    }
    if app.screen != ScreenId::Course {
        app.ui.review.course.back = app.screen;
    }
    show(app, ScreenId::Course);
}

/// The gaps in required training, of one course when `course` names it.
pub fn open_gaps(app: &mut App, course: Option<CourseId>) {
    if app.ui.review.gaps.course != course {
        app.ui.review.gaps = gaps::State {
            course,
            ..Default::default()
        };
    }
    show(app, ScreenId::Gaps);
}

/// Leaves a screen opened from another for `back`; a screen of the tab
/// itself is never its own way back.
fn go_back(app: &mut App, back: ScreenId, here: ScreenId) {
    let to = if back == here { ScreenId::Review } else { back };
    if super::tab_of(to) == ScreenId::Review {
        app.ui.review.last = Some(to);
    }
    app.switch(to);
}

/// The three views of the tab, from any of them.
fn switch_view(app: &mut App, action: Action) -> bool {
    match action {
        Action::ShowCycles => open_cycles(app),
        Action::ShowCourses => open_courses(app),
        Action::ShowGaps => open_gaps(app, None),
        _ => return false,
    }
    true
}

/// What the views of the tab offer of the switch between them: the two
/// not shown.
fn offers_view(app: &App, action: Action) -> Option<bool> {
    Some(match action {
        Action::ShowCycles => app.screen != ScreenId::Review,
        Action::ShowCourses => app.screen != ScreenId::Courses,
        Action::ShowGaps => app.screen != ScreenId::Gaps,
        _ => return None,
    })
}

/// An answer for the review screens arrived: what depends on it follows.
pub fn arrived(app: &mut App, load: Load) {
    match load {
        Load::Cycles => cycles::arrived(app),
        Load::Eval(id) => actions::eval_arrived(app, id),
        Load::Sessions(_) => course::sessions_arrived(app),
        Load::People(_) => people::reselect(app),
        _ => {}
    }
}

/// A load was refused: an evaluation or a cycle the user may not open
/// sends them back where they came from, saying why.
pub fn refused(app: &mut App, load: Load, why: String) {
    app.data.review.denied(load, why.clone());
    if matches!(load, Load::Eval(_)) && app.screen == ScreenId::Evaluation {
        app.error(why);
        let back = app.ui.review.eval.back;
        app.ui.review.eval = evaluation::State::default();
        go_back(app, back, ScreenId::Evaluation);
    }
}
