//! One headcount plan: its lines (with any problem flagged) and its sign-off
//! timeline, step by step, every signature with who, for whom, when and why.

use super::Hits;
use super::tables::{Cells, ListTable};
use super::theme::Theme;
use crate::present::{line_detail, line_text, signature_text, step_name};
use crate::tui::app::App;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

pub fn draw(f: &mut Frame, app: &App, theme: &Theme, area: Rect, hits: &mut Hits) {
    let cat = &app.cat;
    let Some(p) = &app.data.plan else {
        return;
    };
    let note_h = if p.note.is_empty() { 0 } else { 1 };
    let mut tl = Vec::new();
    for (i, _) in p.steps.iter().enumerate() {
        let status = if p.next_step == Some(i) {
            Span::styled(cat.t("plan.waiting").to_string(), theme.key)
        } else {
            Span::raw("")
        };
        tl.push(Line::from(vec![
            Span::raw(format!("{}. {}  ", i + 1, step_name(cat, &p.steps, i))),
            status,
        ]));
    }
    if p.steps.is_empty() {
        tl.push(Line::from(Span::styled(
            cat.t("plan.not_submitted").to_string(),
            theme.dim,
        )));
    }
    for s in &p.signatures {
        tl.push(Line::from(format!(
            "  {}",
            signature_text(cat, s, &p.steps, app.zone())
        )));
    }
    if let Some(x) = &p.pending_paper {
        tl.push(Line::from(Span::styled(
            cat.f(
                "plan.pending_paper",
                &[
                    ("signer", x.signer.clone()),
                    ("by", x.paper.recorded_by.clone()),
                ],
            ),
            theme.key,
        )));
    }
    if let Some(Some(whom)) = &p.can_sign {
        tl.push(Line::from(Span::styled(
            cat.f("plan.you_sign_for", &[("whom", whom.clone())]),
            theme.key,
        )));
    }
    // Signatures wrap at narrow widths; give the box the rows they need.
    let inner_w = area.width.saturating_sub(2).max(1) as usize;
    let tl_rows: usize = tl.iter().map(|l| l.width().max(1).div_ceil(inner_w)).sum();
    let sig_h = (tl_rows + 2) as u16;
    // The selected change in full: duties text and any problem, which the
    // table can only hint at.
    let mut detail: Vec<Line> = Vec::new();
    if let Some(l) = p.lines.get(app.sel_line) {
        detail.extend(line_detail(cat, l).into_iter().map(Line::from));
        if let Some(e) = &l.problem {
            detail.push(Line::from(Span::styled(
                format!("⚠ {}", cat.domain_error(e)),
                theme.error,
            )));
        }
    }
    let detail_rows: usize = detail
        .iter()
        .map(|l| l.width().max(1).div_ceil(inner_w))
        .sum();
    let detail_h = if detail.is_empty() {
        0
    } else {
        (detail_rows + 2).min(8) as u16
    };
    let [head, lines_area, detail_area, timeline] = Layout::vertical([
        Constraint::Length(2 + note_h),
        Constraint::Min(4),
        Constraint::Length(detail_h),
        Constraint::Length(sig_h.min(area.height / 2)),
    ])
    .areas(area);
    if !detail.is_empty() {
        let title = cat.f("plan.change_n", &[("n", (app.sel_line + 1).to_string())]);
        let block = Block::default().borders(Borders::ALL).title(title);
        f.render_widget(
            Paragraph::new(detail)
                .wrap(Wrap { trim: false })
                .block(block),
            detail_area,
        );
    }

    let state = cat.t(&format!("state.{}", p.state.key())).to_string();
    let mut head_lines = vec![
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
                    ("created", crate::present::when(p.created, app.zone())),
                ],
            ),
            theme.dim,
        )),
    ];
    if !p.note.is_empty() {
        head_lines.push(Line::from(p.note.clone()));
    }
    f.render_widget(Paragraph::new(head_lines).wrap(Wrap { trim: true }), head);

    let rows: Vec<Cells> = p
        .lines
        .iter()
        .map(|l| {
            let mut cells = vec![format!("{}.", l.no), line_text(cat, l)];
            match &l.problem {
                Some(e) => {
                    cells.push(format!("⚠ {}", cat.domain_error(e)));
                    Cells::new(cells).styled(theme.error)
                }
                None => {
                    cells.push(String::new());
                    Cells::new(cells)
                }
            }
        })
        .collect();
    if rows.is_empty() {
        super::tables::empty(
            f,
            theme,
            lines_area,
            cat.t("plan.lines"),
            cat.t("plan.no_lines"),
        );
    } else {
        // The problem column only takes room when some line has a problem.
        let problems = p.lines.iter().any(|l| l.problem.is_some());
        let (change, problem) = if problems {
            (Constraint::Fill(3), Constraint::Fill(2))
        } else {
            (Constraint::Fill(1), Constraint::Length(0))
        };
        ListTable {
            title: cat.t("plan.lines"),
            columns: &[
                ("", Constraint::Length(3)),
                ("plan.change", change),
                ("", problem),
            ],
            rows,
            sel: app.sel_line,
            focused: true,
            right: false,
        }
        .draw(f, app, theme, lines_area, hits);
    }

    let block = Block::default()
        .borders(Borders::ALL)
        .title(cat.t("plan.timeline").to_string());
    f.render_widget(
        Paragraph::new(tl).wrap(Wrap { trim: false }).block(block),
        timeline,
    );
}
