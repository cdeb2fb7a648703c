//! One headcount plan: its changes (any problem flagged in the list), and
//! below them a pane that scrolls with the selected change in full, the
//! plan's note, and its timeline: every submission with the author's word
//! to the signers, every signature with who, for whom, when and why.

use super::{Entry, Hits, Nav, ScreenId, Screens, paper};
use crate::domain::signoff::Decision;
use crate::domain::{PlanId, PlanState};
use crate::present::{line_detail, line_text, step_name, when};
use crate::service::api::PlanView;
use crate::tui::app::{App, Confirm, Modal};
use crate::tui::forms::{Form, FormKind, SignTarget};
use crate::tui::keymap::{Action, Layer};
use crate::tui::loader::Want;
use crate::tui::theme::Theme;
use crate::tui::widgets::detail::Doc;
use crate::tui::widgets::table::message;
use crate::tui::widgets::{Cells, Detail, ListTable};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

#[derive(Clone, Debug, Default)]
pub struct State {
    /// The plan shown; kept while another tab is visited.
    pub id: Option<PlanId>,
    pub nav: Nav,
    pub detail: Detail,
}

pub const ENTRY: Entry = Entry {
    id: ScreenId::Plan,
    layer: Layer::Plan,
    key: None,
    tab: ScreenId::Plans,
    label: |app| app.cat.t("tab.plans").to_string(),
    short: Some("tab.plans_short"),
    wants: |app| app.ui.plan.id.map(Want::Plan).into_iter().collect(),
    loaded: super::nothing_loaded,
    nav: |s, _| Some(&s.plan.nav),
    nav_mut: |s: &mut Screens, _| Some(&mut s.plan.nav),
    rows: |app| shown(app).len(),
    moved: |app| app.ui.plan.detail = Detail::default(),
    on,
    offers,
    allowed,
    draw,
};

fn plan(app: &App) -> Option<&PlanView> {
    app.data
        .plan
        .as_ref()
        .filter(|p| Some(p.id) == app.ui.plan.id)
}

/// Indices of the lines the filter lets through.
fn shown(app: &App) -> Vec<usize> {
    let Some(p) = plan(app) else {
        return Vec::new();
    };
    app.ui.plan.nav.filter.pick(&p.lines, |l| {
        vec![format!("{}", l.no), line_text(&app.cat, l)]
    })
}

fn selected_line(app: &App) -> Option<usize> {
    shown(app).get(app.ui.plan.nav.sel).copied()
}

fn offers(app: &App, action: Action) -> Option<bool> {
    if let Some(yes) = paper::offers(app, paper_case, action) {
        return Some(yes);
    }
    let p = plan(app);
    Some(match action {
        Action::Back | Action::ScrollDown | Action::ScrollUp => true,
        Action::Approve | Action::Reject | Action::Return => {
            p.is_some_and(|p| p.can_sign.is_some())
        }
        Action::EditPlan | Action::AddLine => p.is_some_and(|p| p.can_edit),
        // Submitting an empty plan would only be refused.
        Action::SubmitPlan => p.is_some_and(|p| p.can_edit && !p.lines.is_empty()),
        Action::EditLine | Action::RemoveLine => {
            p.is_some_and(|p| p.can_edit) && selected_line(app).is_some()
        }
        Action::WithdrawPlan => p.is_some_and(|p| p.can_withdraw),
        Action::DeletePlan => p.is_some_and(|p| p.can_delete),
        _ => return None,
    })
}

/// Actions on the open plan. The service decides whether they are allowed
/// and, through the plan view, says why not before a form is even opened;
/// it checks again when the command arrives.
fn on(app: &mut App, action: Action) -> bool {
    let page = app.page;
    match action {
        Action::Back => {
            app.close_plan();
            return true;
        }
        Action::ScrollDown => {
            app.ui.plan.detail.down(page.max(2) / 2);
            return true;
        }
        Action::ScrollUp => {
            app.ui.plan.detail.up(page.max(2) / 2);
            return true;
        }
        _ => {}
    }
    if paper::on(app, paper_case, action) {
        return true;
    }
    let Some(p) = plan(app).cloned() else {
        return false;
    };
    let refusal = match action {
        Action::Approve | Action::Reject | Action::Return => p.sign_refusal.as_ref(),
        Action::EditPlan
        | Action::AddLine
        | Action::EditLine
        | Action::RemoveLine
        | Action::SubmitPlan => p.edit_refusal.as_ref(),
        _ => None,
    };
    if let Some(e) = refusal {
        let why = app.cat.domain_error(e);
        app.error(why);
        return true;
    }
    let subject = format!("{} {}", p.id, p.title);
    let line = selected_line(app).and_then(|i| p.lines.get(i));
    match action {
        Action::Approve | Action::Reject | Action::Return => {
            let decision = match action {
                Action::Approve => Decision::Approve,
                Action::Reject => Decision::Reject,
                _ => Decision::Return,
            };
            let for_whom = p.can_sign.clone().flatten();
            app.open_form(Form::sign(
                p.id,
                decision,
                for_whom,
                p.seen.clone(),
                subject,
            ));
        }
        Action::EditPlan => {
            app.open_form(Form::plan(FormKind::EditPlan(p.id), &p.title, &p.note));
        }
        Action::AddLine => app.open_line_form(p.id, None),
        Action::EditLine => {
            if let Some(l) = line {
                app.open_line_form(p.id, Some(l.no));
            }
        }
        Action::RemoveLine => {
            if let Some(l) = line {
                app.modal = Modal::Confirm(Confirm::RemoveLine(p.id, l.no));
            }
        }
        Action::SubmitPlan => {
            let question = app.cat.f("confirm.submit", &[("id", p.id.to_string())]);
            app.open_form(Form::submit(p.id, question));
        }
        Action::WithdrawPlan if p.can_withdraw => app.open_form(Form::withdraw(p.id, subject)),
        Action::DeletePlan if p.can_delete => app.modal = Modal::Confirm(Confirm::DeletePlan(p.id)),
        _ => return false,
    }
    true
}

/// The service said yes to a paper sign-off action.
fn allowed(app: &mut App, action: Action) {
    paper::allowed(app, paper_case, action);
}

/// The plan as its paper sign-offs see it.
pub fn paper_case(app: &App) -> Option<paper::Case> {
    let p = plan(app)?;
    Some(paper::Case {
        target: SignTarget::Plan(p.id),
        awaiting: p.state == PlanState::Submitted,
        refusal: p.sign_refusal.clone(),
        pending: p.pending_paper.as_ref().map(|x| paper::Waiting {
            signer: x.signer.clone(),
            recorded_by: x.paper.recorded_by.clone(),
            reference: x.paper.reference.clone(),
            decision: x.decision,
            comment: x.comment.clone(),
        }),
        seen: p.seen.clone(),
        role: p.next_step.and_then(|i| p.steps.get(i)).map(|s| s.role),
        subject: format!("{} {}", p.id, p.title),
    })
}

fn draw(f: &mut Frame, app: &App, theme: &Theme, area: Rect, hits: &mut Hits) {
    let cat = &app.cat;
    let Some(p) = plan(app) else {
        return message(f, theme, area, "", cat.t("list.loading"));
    };
    let n = shown(app).len() as u16;
    let lines_h = (n.max(1) + 3)
        .min((area.height.saturating_sub(2)) * 2 / 5)
        .max(4);
    let [head, lines_area, detail_area] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Length(lines_h),
        Constraint::Fill(1),
    ])
    .areas(area);
    draw_head(f, app, theme, p, head);
    draw_lines(f, app, theme, p, lines_area, hits);
    let doc = document(app, theme, p);
    let title = cat.t("plan.detail").to_string();
    let inner = app
        .ui
        .plan
        .detail
        .draw(f, theme, detail_area, title, &doc, false);
    hits.details.push(inner);
}

fn draw_head(f: &mut Frame, app: &App, theme: &Theme, p: &PlanView, area: Rect) {
    let cat = &app.cat;
    let state = cat.t(&format!("state.{}", p.state.key())).to_string();
    let head = vec![
        Line::from(vec![
            Span::styled(format!("{} {}", p.id, p.title), theme.accent),
            Span::raw("  "),
            Span::styled(format!("[{state}]"), theme.key),
        ]),
        Line::from(Span::styled(
            cat.f(
                "plan.byline",
                &[
                    ("author", p.author.clone()),
                    ("created", when(p.created, app.zone())),
                ],
            ),
            theme.dim,
        )),
    ];
    let ell = theme.glyphs.ellipsis;
    let fitted: Vec<Line> = head
        .into_iter()
        .map(|l| {
            let spans: Vec<Span> = l
                .spans
                .into_iter()
                .map(|s| {
                    Span::styled(
                        crate::tui::widgets::table::fit_with(&s.content, area.width as usize, ell),
                        s.style,
                    )
                })
                .collect();
            Line::from(spans)
        })
        .collect();
    f.render_widget(Paragraph::new(fitted), area);
}

fn draw_lines(f: &mut Frame, app: &App, theme: &Theme, p: &PlanView, area: Rect, hits: &mut Hits) {
    let cat = &app.cat;
    let g = theme.glyphs;
    let rows: Vec<Cells> = shown(app)
        .into_iter()
        .filter_map(|i| p.lines.get(i))
        .map(|l| {
            let mut cells = vec![format!("{}.", l.no), line_text(cat, l)];
            match &l.problem {
                Some(e) => {
                    cells.push(format!("{} {}", g.warn, cat.domain_error(e)));
                    Cells::new(cells).styled(theme.error)
                }
                None if !l.also_in.is_empty() => {
                    let plans: Vec<String> = l.also_in.iter().map(|p| p.to_string()).collect();
                    cells.push(format!("{} {}", g.warn, plans.join(", ")));
                    Cells::new(cells).styled(theme.key)
                }
                None => {
                    cells.push(String::new());
                    Cells::new(cells)
                }
            }
        })
        .collect();
    if p.lines.is_empty() {
        return message(f, theme, area, cat.t("plan.lines"), cat.t("plan.no_lines"));
    }
    // The problem column only takes room when some line has something to say.
    let flagged = p
        .lines
        .iter()
        .any(|l| l.problem.is_some() || !l.also_in.is_empty());
    let (change, problem) = if flagged {
        (Constraint::Fill(3), Constraint::Fill(1))
    } else {
        (Constraint::Fill(1), Constraint::Length(0))
    };
    ListTable {
        title: cat.t("plan.lines").to_string(),
        columns: &[
            ("", Constraint::Length(4)),
            ("plan.change", change),
            ("", problem),
        ],
        rows,
        sel: app.ui.plan.nav.sel,
        focused: true,
        pane: 0,
        filter: Some(&app.ui.plan.nav.filter),
        total: p.lines.len(),
    }
    .draw(f, cat, theme, area, hits);
}

/// The pane under the changes: the selected change in full, the note, and
/// the timeline.
fn document(app: &App, theme: &Theme, p: &PlanView) -> Doc {
    let cat = &app.cat;
    let zone = app.zone();
    let g = theme.glyphs;
    let plain = Style::new();
    let mut doc = Doc::default();
    // What stops the plan from being approved as it is, before anything else.
    if let Some(text) = crate::present::overtaken_text(cat, p) {
        doc.push_indented(format!("{} {text}", g.warn), theme.error, 2);
        doc.blank();
    }
    if let Some(text) = crate::present::conflicts_text(cat, &p.conflicts) {
        doc.push_indented(format!("{} {text}", g.warn), theme.key, 2);
        doc.blank();
    }
    if let Some(l) = selected_line(app).and_then(|i| p.lines.get(i)) {
        doc.push(
            cat.f("plan.change_n", &[("n", l.no.to_string())]),
            theme.accent,
        );
        // The list may have cut it short: here it is whole.
        doc.push_indented(format!("  {}", line_text(cat, l)), plain, 4);
        for row in line_detail(cat, l) {
            doc.push_indented(format!("  {row}"), plain, 4);
        }
        if let Some(e) = &l.problem {
            doc.push_indented(
                format!("  {} {}", g.warn, cat.domain_error(e)),
                theme.error,
                4,
            );
        }
        doc.blank();
    }
    if !p.note.is_empty() {
        doc.push(cat.t("field.note"), theme.accent);
        doc.push_indented(p.note.clone(), plain, 2);
        doc.blank();
    }
    doc.push(cat.t("plan.timeline"), theme.accent);
    for e in &p.timeline {
        doc.push_indented(
            format!(
                "  {}",
                crate::present::timeline_text(cat, e, &p.steps, zone)
            ),
            plain,
            4,
        );
    }
    if p.steps.is_empty() {
        doc.push(format!("  {}", cat.t("plan.not_submitted")), theme.dim);
    }
    for (i, _) in p.steps.iter().enumerate() {
        let waiting = if p.next_step == Some(i) {
            format!("  {}", cat.t("plan.waiting"))
        } else {
            String::new()
        };
        let style = if waiting.is_empty() {
            theme.dim
        } else {
            theme.key
        };
        doc.push(
            format!("  {}. {}{waiting}", i + 1, step_name(cat, &p.steps, i)),
            style,
        );
    }
    paper::pending_line(app, theme, paper_case, &mut doc);
    if let Some(Some(whom)) = &p.can_sign {
        doc.push(
            cat.f("plan.you_sign_for", &[("whom", whom.clone())]),
            theme.key,
        );
    }
    doc
}
