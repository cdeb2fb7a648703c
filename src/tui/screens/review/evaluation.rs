//! One evaluation: whose, in which cycle and how it stands (two lines), then
//! a pane that scrolls with each criterion (its weight, the score and the
//! evaluator's comment, the employee's own score), the weighted result and
//! the grade it earns, the sign-off (each signature, and whose turn it is),
//! the employee's remark, and what the user may do now. Scores the user may
//! not read yet (the employee's own, before sign-off) are not sent to the
//! interface at all; the pane says when they will be.

use super::{Load, actions, result_text, stage_name, want};
use crate::domain::EvalId;
use crate::present::{signature_text, step_name};
use crate::service::api::{EvalStage, EvalView};
use crate::tui::app::{App, Loaded};
use crate::tui::keymap::{Action, Layer};
use crate::tui::screens::{Entry, Hits, ScreenId, Screens};
use crate::tui::theme::Theme;
use crate::tui::widgets::Detail;
use crate::tui::widgets::detail::Doc;
use crate::tui::widgets::table::{fit_with, message};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

#[derive(Clone, Debug)]
pub struct State {
    pub id: Option<EvalId>,
    pub detail: Detail,
    pub back: ScreenId,
}

impl Default for State {
    fn default() -> State {
        State {
            id: None,
            detail: Detail::default(),
            back: ScreenId::Review,
        }
    }
}

pub const ENTRY: Entry = Entry {
    id: ScreenId::Evaluation,
    layer: Layer::Evaluation,
    key: None,
    tab: ScreenId::Review,
    label: |app| app.cat.t("tab.review").to_string(),
    short: Some("tab.review_short"),
    wants: |app| {
        app.ui
            .review
            .eval
            .id
            .map(|id| want(Load::Eval(id)))
            .into_iter()
            .collect()
    },
    loaded: crate::tui::screens::nothing_loaded,
    nav: |_, _| None,
    nav_mut: |_: &mut Screens, _| None,
    rows: |_| 0,
    moved: crate::tui::screens::nothing_moved,
    on: actions::on_eval,
    offers: actions::offers_eval,
    allowed: actions::allowed,
    draw,
};

/// The evaluation shown, once it has arrived.
pub fn view(app: &App) -> Option<&EvalView> {
    match &app.data.review.eval {
        Loaded::Ready(v) if v.row.id.is_some() && v.row.id == app.ui.review.eval.id => Some(v),
        _ => None,
    }
}

/// "EV-0003 張偉 (HX-1003) · 2026 annual": what a form on it is about.
pub fn subject(v: &EvalView) -> String {
    let id = v.row.id.map(|i| i.to_string()).unwrap_or_default();
    format!("{id} {} ({}) · {}", v.row.name, v.row.number, v.row.period)
}

fn draw(f: &mut Frame, app: &App, theme: &Theme, area: Rect, hits: &mut Hits) {
    let cat = &app.cat;
    let Some(v) = view(app) else {
        let title = app
            .ui
            .review
            .eval
            .id
            .map(|i| i.to_string())
            .unwrap_or_default();
        let text = match &app.data.review.eval {
            Loaded::Denied(why) => why.as_str(),
            _ => cat.t("list.loading"),
        };
        return message(f, theme, area, &title, text);
    };
    let [head, pane] = Layout::vertical([Constraint::Length(2), Constraint::Fill(1)]).areas(area);
    draw_head(f, app, theme, v, head);
    let doc = doc(app, theme, v);
    let title = cat.t("rv.eval_pane").to_string();
    let inner = app
        .ui
        .review
        .eval
        .detail
        .draw(f, theme, pane, title, &doc, true);
    hits.details.push(inner);
}

fn stage_style(theme: &Theme, s: EvalStage) -> Style {
    match s {
        EvalStage::Draft | EvalStage::Submitted => theme.key,
        EvalStage::NotStarted => Style::new(),
        _ => theme.dim,
    }
}

/// Who, in which cycle, and how it stands; where they work, who scored it,
/// the result and grade when the user may read them.
fn draw_head(f: &mut Frame, app: &App, theme: &Theme, v: &EvalView, area: Rect) {
    let cat = &app.cat;
    let r = &v.row;
    let width = area.width as usize;
    let ell = theme.glyphs.ellipsis;
    let id = r.id.map(|i| i.to_string()).unwrap_or_default();
    let stage = format!("  [{}]", stage_name(app, r.stage));
    // The name gives way first: the number, the cycle and the stage stay.
    let tail = format!(" ({}) · {}", r.number, r.period);
    let fixed = id.width() + 1 + tail.width() + stage.width();
    let name = fit_with(&r.name, width.saturating_sub(fixed).max(6), ell);
    let mut room = width;
    let mut spans = Vec::new();
    for (text, style) in [
        (format!("{id} "), theme.accent),
        (name, theme.accent),
        (tail, theme.accent),
        (stage, stage_style(theme, r.stage)),
    ] {
        let cut = fit_with(&text, room, ell);
        room = room.saturating_sub(cut.width());
        spans.push(Span::styled(cut, style));
    }
    let mut second = vec![r.dept_name.clone()];
    if !r.evaluator.is_empty() {
        second.push(cat.f("rv.scored_by", &[("by", r.evaluator.clone())]));
    }
    if let (Some(res), Some(g)) = (r.result, &r.grade) {
        second.push(cat.f(
            "rv.result_grade",
            &[("result", result_text(res)), ("grade", g.clone())],
        ));
    }
    let second = second.join(&format!(" {} ", theme.glyphs.dot));
    let lines = vec![
        Line::from(spans),
        Line::from(Span::styled(fit_with(&second, width, ell), theme.dim)),
    ];
    f.render_widget(Paragraph::new(lines), area);
}

/// `▰▰▰▰▱ 4`: a score out of five, readable without colour.
pub fn score_bar(theme: &Theme, score: u8) -> String {
    let g = theme.glyphs;
    let n = usize::from(score.min(5));
    format!(
        "{}{} {score}",
        g.bar_done.repeat(n),
        g.bar_todo.repeat(5 - n)
    )
}

/// Cells lined up by display width, each padded to its column's width.
fn row(cells: &[(String, usize)]) -> String {
    let mut out = String::new();
    for (i, (text, w)) in cells.iter().enumerate() {
        out.push_str(text);
        if i + 1 < cells.len() {
            out.push_str(&" ".repeat(w.saturating_sub(text.width()) + 2));
        }
    }
    out.trim_end().to_string()
}

/// The whole evaluation as the pane shows it.
pub fn doc(app: &App, theme: &Theme, v: &EvalView) -> Doc {
    let cat = &app.cat;
    let lang = cat.lang.code();
    let plain = Style::new();
    let mut doc = Doc::default();
    // What the user may do comes first: it is why they opened it.
    yours_doc(app, theme, v, &mut doc);
    doc.push(cat.t("rv.criteria"), theme.accent);
    if v.scores_hidden {
        doc.push_indented(format!("  {}", cat.t("rv.scores_hidden")), theme.dim, 2);
    } else if v.criteria.is_empty() || v.criteria.iter().all(|c| c.score.is_none()) {
        doc.push_indented(format!("  {}", cat.t("rv.not_scored")), theme.dim, 2);
    }
    if !v.criteria.is_empty() {
        let own_any = v.criteria.iter().any(|c| c.own.is_some());
        let titles: Vec<String> = v
            .criteria
            .iter()
            .map(|c| c.criterion.title(lang).to_string())
            .collect();
        let heads = [
            cat.t("rv.col_criterion").to_string(),
            cat.t("rv.col_weight").to_string(),
            cat.t("rv.col_score").to_string(),
            cat.t("rv.col_own").to_string(),
        ];
        let w0 = titles
            .iter()
            .map(|t| t.width())
            .chain([heads[0].width()])
            .max()
            .unwrap_or(0);
        let w1 = heads[1].width().max(4);
        let w2 = heads[2].width().max(7);
        let mut head = vec![
            (heads[0].clone(), w0),
            (heads[1].clone(), w1),
            (heads[2].clone(), w2),
        ];
        if own_any {
            head.push((heads[3].clone(), 1));
        }
        doc.push(format!("  {}", row(&head)), theme.dim);
        for (c, title) in v.criteria.iter().zip(&titles) {
            let score = c
                .score
                .as_ref()
                .map(|s| score_bar(theme, s.score))
                .unwrap_or_else(|| theme.glyphs.dash.to_string());
            let mut cells = vec![
                (title.clone(), w0),
                (format!("{:>3}%", c.criterion.weight), w1),
                (score, w2),
            ];
            if own_any {
                let own = c
                    .own
                    .as_ref()
                    .map_or_else(|| theme.glyphs.dash.to_string(), |s| s.score.to_string());
                cells.push((own, 1));
            }
            doc.push_indented(format!("  {}", row(&cells)), plain, 4);
            if let Some(s) = c.score.as_ref().filter(|s| !s.comment.is_empty()) {
                doc.push_indented(format!("    {}", s.comment), theme.dim, 4);
            }
            if let Some(s) = c.own.as_ref().filter(|s| !s.comment.is_empty()) {
                let said = cat.f("rv.own_said", &[("text", s.comment.clone())]);
                doc.push_indented(format!("    {said}"), theme.dim, 4);
            }
        }
    }
    if let (Some(res), Some(g)) = (v.row.result, &v.row.grade) {
        let bands: Vec<String> = v
            .grades
            .iter()
            .map(|b| {
                if b.min == 0 {
                    b.grade.clone()
                } else {
                    format!("{} {}+", b.grade, result_text(b.min))
                }
            })
            .collect();
        doc.blank();
        doc.push_indented(
            cat.f(
                "rv.weighted",
                &[
                    ("result", result_text(res)),
                    ("grade", g.clone()),
                    ("bands", bands.join(&format!(" {} ", theme.glyphs.dot))),
                ],
            ),
            theme.accent,
            2,
        );
    }
    doc.blank();
    signoff_doc(app, theme, v, &mut doc);
    remark_doc(app, theme, v, &mut doc);
    doc
}

/// Each signature, and whose turn it is while it waits.
fn signoff_doc(app: &App, theme: &Theme, v: &EvalView, doc: &mut Doc) {
    let cat = &app.cat;
    let zone = app.zone();
    doc.push(cat.t("rv.signoff"), theme.accent);
    if v.signatures.is_empty() && v.row.stage != EvalStage::Submitted {
        doc.push_indented(format!("  {}", cat.t("rv.not_submitted")), theme.dim, 2);
    }
    for s in &v.signatures {
        doc.push_indented(
            format!("  {}", signature_text(cat, s, &v.steps, zone)),
            Style::new(),
            4,
        );
    }
    if v.row.stage == EvalStage::Submitted {
        for (i, _) in v.steps.iter().enumerate() {
            let done = v
                .signatures
                .iter()
                .any(|s| s.step == i && s.round == v.seen.round);
            if done {
                continue;
            }
            let waiting = v
                .next_step
                .as_ref()
                .is_some_and(|n| v.steps.get(i).is_some_and(|s| s.key == n.key));
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
}

/// The employee's acknowledgement and remark, once given.
fn remark_doc(app: &App, theme: &Theme, v: &EvalView, doc: &mut Doc) {
    let cat = &app.cat;
    let Some(at) = v.acknowledged else {
        if v.row.stage == EvalStage::SignedOff {
            doc.blank();
            doc.push(cat.t("rv.remark"), theme.accent);
            doc.push_indented(format!("  {}", cat.t("rv.not_acknowledged")), theme.dim, 2);
        }
        return;
    };
    doc.blank();
    doc.push(cat.t("rv.remark"), theme.accent);
    let when = crate::present::when(at, app.zone());
    doc.push_indented(
        format!("  {}", cat.f("rv.acknowledged_on", &[("at", when)])),
        Style::new(),
        2,
    );
    if !v.remark.is_empty() {
        doc.push_indented(format!("  {}", v.remark), Style::new(), 2);
    }
}

/// What the user may do now, with the key that does it, and a blank line.
fn yours_doc(app: &App, theme: &Theme, v: &EvalView, doc: &mut Doc) {
    let cat = &app.cat;
    let key = |a: Action| actions::key_of(app, a);
    let mut lines = Vec::new();
    if v.may.sign {
        lines.push(cat.f(
            "rv.you_sign",
            &[
                ("approve", key(Action::Approve)),
                ("reject", key(Action::Reject)),
                ("return", key(Action::Return)),
            ],
        ));
    }
    if v.may.submit {
        lines.push(cat.f("rv.you_submit", &[("key", key(Action::SubmitEvaluation))]));
    } else if v.may.score {
        lines.push(cat.f("rv.you_score", &[("key", key(Action::Score))]));
    }
    if v.may.acknowledge {
        lines.push(cat.f("rv.you_acknowledge", &[("key", key(Action::Acknowledge))]));
    }
    if lines.is_empty() {
        return;
    }
    for l in lines {
        doc.push_indented(l, theme.key, 2);
    }
    doc.blank();
}
