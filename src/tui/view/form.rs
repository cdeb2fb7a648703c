//! Modal forms and confirmations, drawn over the current screen.

use super::centered;
use super::theme::Theme;
use crate::tui::app::{App, Confirm};
use crate::tui::form::{FieldId, Form, FormKind, Value};
use ratatui::Frame;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

fn title(app: &App, form: &Form) -> String {
    let cat = &app.cat;
    match &form.kind {
        FormKind::NewPlan => cat.t("form.new_plan").to_string(),
        FormKind::EditPlan(id) => cat.f("form.edit_plan", &[("id", id.to_string())]),
        FormKind::Line { index: None, .. } => cat.t("form.add_line").to_string(),
        FormKind::Line { index: Some(i), .. } => {
            cat.f("form.edit_line", &[("n", (i + 1).to_string())])
        }
        FormKind::Paper { .. } => cat.t("form.paper").to_string(),
        FormKind::Sign { decision, .. } => {
            cat.t(&format!("form.sign_{}", decision.key())).to_string()
        }
    }
}

pub fn draw(f: &mut Frame, app: &App, theme: &Theme, form: &Form) {
    let cat = &app.cat;
    let screen = f.area();
    let width = screen.width.saturating_sub(4).min(76);
    let label_w = form
        .fields
        .iter()
        .map(|fl| cat.t(form.label_key(fl.id)).width())
        .max()
        .unwrap_or(8) as u16
        + 2;
    let mut lines: Vec<Line> = Vec::new();
    let mut cursor = None;
    if let FormKind::Sign { for_whom, .. } = &form.kind {
        lines.push(Line::from(Span::styled(form.subject.clone(), theme.accent)));
        if let Some(w) = for_whom {
            lines.push(Line::from(
                cat.f("plan.you_sign_for", &[("whom", w.clone())]),
            ));
        }
        lines.push(Line::from(Span::styled(
            cat.t("form.sign_binding").to_string(),
            theme.dim,
        )));
    }
    for (i, field) in form.fields.iter().enumerate() {
        if !form.visible(field.id) {
            continue;
        }
        let focused = i == form.focus;
        let label = cat.t(form.label_key(field.id)).to_string();
        let pad = " ".repeat((label_w as usize).saturating_sub(label.width()));
        let value = match &field.value {
            Value::Text(input) => {
                if focused {
                    cursor = Some((lines.len() as u16, label_w + input.cursor_width() as u16));
                }
                input.text().to_string()
            }
            Value::Choice { options, selected } => options.get(*selected).map_or_else(
                || cat.t("form.none").to_string(),
                |(l, _)| format!("◀ {l} ▶"),
            ),
        };
        let style = if focused {
            theme.accent
        } else {
            ratatui::style::Style::new()
        };
        lines.push(Line::from(vec![
            Span::styled(format!("{label}{pad}"), style),
            Span::raw(value),
        ]));
        if let Some(problem) = form
            .problem(field.id)
            .filter(|_| focused || form.refused.is_some())
        {
            lines.push(Line::from(Span::styled(
                format!(
                    "{}{}",
                    " ".repeat(label_w as usize),
                    cat.domain_error(&problem)
                ),
                theme.error,
            )));
        }
        if field.id == FieldId::Comment && focused {
            let hint = match &form.kind {
                FormKind::Paper { .. } => cat.t("form.comment_required_unless_approve"),
                FormKind::Sign { decision, .. } if decision.needs_comment() => {
                    cat.t("form.comment_required")
                }
                _ => cat.t("form.comment_optional"),
            };
            lines.push(Line::from(Span::styled(
                format!("{}{hint}", " ".repeat(label_w as usize)),
                theme.dim,
            )));
        }
    }
    if let Some(r) = &form.refused {
        lines.push(Line::from(Span::styled(r.clone(), theme.error)));
    }
    let keys: Vec<String> = app
        .keys
        .grouped(&app.layers())
        .into_iter()
        .filter(|(_, a, _)| app.offers(*a))
        .map(|(k, _, d)| format!("{k} {}", cat.t(&d)))
        .collect();
    lines.push(Line::from(Span::styled(keys.join("  "), theme.dim)));
    // Wrapped lines need more rows than the count; leave room for the longest.
    let inner_w = width.saturating_sub(2).max(1) as usize;
    let rows: usize = lines
        .iter()
        .map(|l| l.width().max(1).div_ceil(inner_w))
        .sum();
    let area = centered(screen, width, rows as u16 + 2);
    f.render_widget(Clear, area);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.accent)
        .title(title(app, form));
    f.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(block),
        area,
    );
    if let Some((row, col)) = cursor {
        let x = (area.x + 1 + col).min(area.right().saturating_sub(2));
        f.set_cursor_position((x, area.y + 1 + row));
    }
}

pub fn confirm(f: &mut Frame, app: &App, theme: &Theme, c: &Confirm) {
    let cat = &app.cat;
    let question = match c {
        Confirm::Submit(id) => cat.f("confirm.submit", &[("id", id.to_string())]),
        Confirm::RemoveLine(id, i) => cat.f(
            "confirm.remove_line",
            &[("id", id.to_string()), ("n", (i + 1).to_string())],
        ),
    };
    let keys: Vec<String> = app
        .keys
        .grouped(&app.layers())
        .into_iter()
        .map(|(k, _, d)| format!("{k} {}", cat.t(&d)))
        .collect();
    let width = f.area().width.saturating_sub(4).min(60);
    let area = centered(f.area(), width, 6);
    f.render_widget(Clear, area);
    let p = Paragraph::new(vec![
        Line::from(question),
        Line::from(""),
        Line::from(Span::styled(keys.join("  "), theme.key)),
    ])
    .wrap(Wrap { trim: true })
    .block(
        Block::default()
            .borders(Borders::ALL)
            .border_style(theme.accent)
            .title(cat.t("confirm.title").to_string()),
    );
    f.render_widget(p, area);
}
