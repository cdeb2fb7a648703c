//! One requisition: what it asks for and the seats behind it, its candidates
//! as a pipeline (`pipeline`), and a pane that scrolls with the selected
//! candidate (their interviews and the feedback the user may see), the
//! reason, and the sign-off timeline with how long each signer took.

use super::{actions, pipeline, state_name};
use crate::domain::CandidateId;
use crate::domain::recruit::ReqState;
use crate::present::recruit::{interview_lines, step_time};
use crate::present::{age, step_name, timeline_text};
use crate::service::api::{CandidateView, CaseRef, ReqView};
use crate::tui::app::App;
use crate::tui::keymap::Layer;
use crate::tui::loader::Want;
use crate::tui::screens::{Entry, Hits, Nav, ScreenId, Screens};
use crate::tui::theme::Theme;
use crate::tui::widgets::Detail;
use crate::tui::widgets::detail::Doc;
use crate::tui::widgets::table::{fit_with, message};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

#[derive(Clone, Debug, Default)]
pub struct State {
    /// The requisition shown; `None` while an inbox item's is looked up.
    pub id: Option<crate::domain::ReqId>,
    /// The inbox item it was opened for: its candidate is selected.
    pub case: Option<CaseRef>,
    /// The pipeline's column, and the row in it (`nav.sel`).
    pub col: usize,
    pub nav: Nav,
    /// The candidate selected, found again after each reload.
    pub follow: Option<CandidateId>,
    pub detail: Detail,
    /// The requisition's own pane, beside the candidate's on a wide terminal.
    pub side: Detail,
}

pub const ENTRY: Entry = Entry {
    id: ScreenId::Req,
    layer: Layer::Req,
    key: None,
    tab: ScreenId::Recruit,
    label: |app| app.cat.t("tab.recruit").to_string(),
    short: Some("tab.recruit_short"),
    wants: |app| app.ui.req.id.map(Want::Req).into_iter().collect(),
    loaded,
    nav: |s, _| Some(&s.req.nav),
    nav_mut: |s: &mut Screens, _| Some(&mut s.req.nav),
    rows: |app| pipeline::column(app, app.ui.req.col).len(),
    moved: pipeline::remember,
    on: actions::on,
    offers: actions::offers,
    allowed: actions::allowed,
    draw,
};

/// The requisition shown, once it has arrived.
pub fn view(app: &App) -> Option<&ReqView> {
    app.data
        .req
        .as_ref()
        .filter(|v| Some(v.row.id) == app.ui.req.id)
}

fn loaded(app: &mut App, want: &Want) {
    match want {
        Want::ReqOf(case) if app.ui.req.case == Some(*case) => {
            let Some(v) = app.data.req.as_ref() else {
                return;
            };
            app.ui.req.id = Some(v.row.id);
            let wanted = match case {
                CaseRef::Candidate(c) => Some(*c),
                CaseRef::Interview(i) => v
                    .candidates
                    .iter()
                    .find(|c| c.interviews.iter().any(|x| x.id == *i))
                    .map(|c| c.id),
                _ => None,
            };
            app.ui.req.follow = wanted;
            pipeline::reselect(app);
        }
        Want::Req(_) => pipeline::reselect(app),
        _ => {}
    }
}

fn draw(f: &mut Frame, app: &App, theme: &Theme, area: Rect, hits: &mut Hits) {
    let cat = &app.cat;
    let Some(v) = view(app) else {
        let title = app
            .ui
            .req
            .id
            .map(|i| i.to_string())
            .or_else(|| app.ui.req.case.map(|c| c.to_string()))
            .unwrap_or_default();
        return message(f, theme, area, &title, cat.t("list.loading"));
    };
    // The pipeline takes what its tallest column needs, up to two fifths;
    // the pane below keeps the rest.
    let pipe_h = pipeline::height(app)
        .min(area.height.saturating_sub(3) * 2 / 5)
        .max(3);
    let [head, pipe, pane] = Layout::vertical([
        Constraint::Length(3),
        Constraint::Length(pipe_h),
        Constraint::Fill(1),
    ])
    .areas(area);
    draw_head(f, app, theme, v, head);
    pipeline::draw(f, app, theme, pipe, hits);
    let selected = pipeline::selected(app);
    let title = match selected {
        Some(c) => format!("{} {}", c.id, c.name),
        None => cat.t("rq.detail").to_string(),
    };
    let mut doc = Doc::default();
    if let Some(c) = selected {
        candidate(app, theme, c, &mut doc);
    }
    let req = requisition(app, theme, v);
    // A wide terminal shows the candidate and the requisition side by side;
    // a narrow one, one after the other in one pane.
    if pane.width >= WIDE && selected.is_some() {
        let [left, right] =
            Layout::horizontal([Constraint::Fill(1), Constraint::Fill(1)]).areas(pane);
        let d = &app.ui.req;
        hits.details
            .push(d.detail.draw(f, theme, left, title, &doc, false));
        let side = cat.t("rq.detail").to_string();
        hits.details
            .push(d.side.draw(f, theme, right, side, &req, false));
        return;
    }
    if !doc.is_empty() {
        doc.blank();
    }
    doc.paras.extend(req.paras);
    let inner = app.ui.req.detail.draw(f, theme, pane, title, &doc, false);
    hits.details.push(inner);
}

/// From this width the pane splits in two.
const WIDE: u16 = 120;

fn draw_head(f: &mut Frame, app: &App, theme: &Theme, v: &ReqView, area: Rect) {
    let cat = &app.cat;
    let r = &v.row;
    let runner = r
        .runner
        .clone()
        .unwrap_or_else(|| cat.t("rq.no_runner").to_string());
    let lines = [
        vec![
            (
                format!("{} {} × {}", r.id, r.position_title, r.count),
                theme.accent,
            ),
            ("  ".to_string(), Style::new()),
            (format!("[{}]", state_name(app, r.state)), theme.key),
        ],
        vec![(
            cat.f(
                "rq.header",
                &[
                    ("dept", r.dept_name.clone()),
                    ("author", r.author.clone()),
                    ("start", r.start.to_string()),
                    ("runner", runner),
                ],
            ),
            theme.dim,
        )],
        vec![(
            cat.f(
                "req.seats",
                &[
                    ("approved", r.seats.approved.to_string()),
                    ("filled", r.seats.filled.to_string()),
                    ("reserved", r.seats.reserved.to_string()),
                    ("free", r.seats.free.to_string()),
                    ("hired", format!("{}/{}", r.hired, r.count)),
                ],
            ),
            Style::new(),
        )],
    ];
    // Each line is cut by display width as a whole: a long position title
    // in mixed scripts must never push the state off or wrap.
    let ell = theme.glyphs.ellipsis;
    let width = area.width as usize;
    let fitted: Vec<Line> = lines
        .into_iter()
        .map(|parts| {
            let mut room = width;
            let spans: Vec<Span> = parts
                .into_iter()
                .map(|(text, style)| {
                    let cut = fit_with(&text, room, ell);
                    room = room.saturating_sub(unicode_width::UnicodeWidthStr::width(cut.as_str()));
                    Span::styled(cut, style)
                })
                .collect();
            Line::from(spans)
        })
        .collect();
    f.render_widget(Paragraph::new(fitted), area);
}

/// The selected candidate in full: where they stand, how to reach them (HR
/// only), their offer, and each interview with the feedback shown.
fn candidate(app: &App, theme: &Theme, c: &CandidateView, doc: &mut Doc) {
    let cat = &app.cat;
    let plain = Style::new();
    let stage = cat.t(&format!("stage.{}", c.stage.key())).to_string();
    doc.push_indented(
        cat.f(
            "rq.cand_line",
            &[("stage", stage), ("age", age(cat, c.since, app.now))],
        ),
        theme.accent,
        2,
    );
    // An erased contact is said so below, not shown empty.
    let mut facts = Vec::new();
    if c.erased.is_none() {
        facts.push((cat.t("field.contact"), c.contact.clone()));
    }
    if !c.source.is_empty() {
        facts.push((cat.t("field.source"), c.source.clone()));
    }
    for (label, value) in facts {
        let line = cat.f("rq.fact", &[("label", label.to_string()), ("value", value)]);
        doc.push_indented(format!("  {line}"), plain, 4);
    }
    if !c.notes.is_empty() {
        doc.push_indented(format!("  {}", c.notes), plain, 4);
    }
    if let Some(e) = &c.erased {
        let when = crate::present::day(e.at, app.zone());
        let text = cat.f("cand.erased_on", &[("by", e.by.clone()), ("at", when)]);
        doc.push_indented(format!("  {text}"), theme.dim, 4);
    }
    if let Some(o) = &c.offer {
        let text = cat.f(
            "cand.offer",
            &[
                ("start", o.start.to_string()),
                ("months", o.probation_months.to_string()),
            ],
        );
        doc.push_indented(format!("  {text}"), plain, 4);
    }
    if let Some(e) = c.employee {
        doc.push_indented(
            format!("  {}", cat.f("rq.became", &[("id", e.to_string())])),
            plain,
            4,
        );
    }
    // Why they left, in the words of whoever closed it.
    if let Some(h) = c
        .history
        .last()
        .filter(|h| !h.stage.open() && !h.reason.is_empty())
    {
        doc.push_indented(format!("  {} — {}", h.by, h.reason), plain, 4);
    }
    if c.interviews.is_empty() {
        doc.push(format!("  {}", cat.t("rq.no_interviews")), theme.dim);
    }
    let me = app.data.me.as_ref().map(|m| m.login.as_str());
    for i in &c.interviews {
        let mine = i.cancelled.is_none() && me.is_some_and(|m| i.awaiting.iter().any(|a| a == m));
        for (n, line) in interview_lines(cat, i, app.zone()).into_iter().enumerate() {
            let style = if n == 0 { theme.key } else { plain };
            doc.push_indented(format!("  {line}"), style, 6);
        }
        if mine {
            doc.push(format!("    {}", cat.t("rq.your_feedback")), theme.key);
        }
    }
}

/// The requisition itself: its reason and notes, the signatures and how
/// long each signer took, and whether it waits for the user.
fn requisition(app: &App, theme: &Theme, v: &ReqView) -> Doc {
    let cat = &app.cat;
    let plain = Style::new();
    let mut doc = Doc::default();
    doc.push(cat.t("req.reason"), theme.accent);
    doc.push_indented(format!("  {}", v.reason), plain, 2);
    if !v.notes.is_empty() {
        doc.push(cat.t("field.note"), theme.accent);
        doc.push_indented(format!("  {}", v.notes), plain, 2);
    }
    doc.blank();
    doc.push(cat.t("plan.timeline"), theme.accent);
    for e in &v.timeline {
        doc.push_indented(
            format!("  {}", timeline_text(cat, e, &v.steps, app.zone())),
            plain,
            4,
        );
    }
    if v.row.state == ReqState::Submitted {
        for (i, _) in v.steps.iter().enumerate() {
            let waiting = v.next_step == Some(i);
            let tail = if waiting {
                format!("  {}", cat.t("plan.waiting"))
            } else {
                String::new()
            };
            let style = if waiting { theme.key } else { theme.dim };
            doc.push(
                format!("  {}. {}{tail}", i + 1, step_name(cat, &v.steps, i)),
                style,
            );
        }
    }
    crate::tui::screens::paper::pending_line(app, theme, actions::paper_case, &mut doc);
    if !v.step_times.is_empty() {
        doc.blank();
        doc.push(cat.t("req.step_times"), theme.accent);
        for t in &v.step_times {
            doc.push_indented(format!("  {}", step_time(cat, t, app.now)), plain, 4);
        }
    }
    if v.row.state == ReqState::Submitted {
        doc.blank();
        match &v.cannot_sign {
            None => doc.push(cat.t("rq.you_sign"), theme.key),
            Some(e) => doc.push_indented(
                format!("{} {}", cat.t("req.not_yours"), cat.domain_error(e)),
                theme.dim,
                2,
            ),
        }
    }
    doc
}
