//! Modal forms and confirmations, drawn over the current screen.

use super::centered;
use super::theme::Theme;
use crate::tui::app::{App, Confirm};
use crate::tui::form::{FieldId, Form, FormKind, Value};
use ratatui::Frame;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

fn title(app: &App, form: &Form) -> String {
    let cat = &app.cat;
    match &form.kind {
        FormKind::NewPlan => cat.t("form.new_plan").to_string(),
        FormKind::EditPlan(id) => cat.f("form.edit_plan", &[("id", id.to_string())]),
        FormKind::Line { no: None, .. } => cat.t("form.add_line").to_string(),
        FormKind::Line { no: Some(n), .. } => cat.f("form.edit_line", &[("n", n.to_string())]),
        FormKind::Paper { .. } => cat.t("form.paper").to_string(),
        FormKind::DiscardPaper { .. } => cat.t("form.discard_paper").to_string(),
        FormKind::Submit { .. } => cat.t("form.submit").to_string(),
        FormKind::Sign { decision, .. } => {
            cat.t(&format!("form.sign_{}", decision.key())).to_string()
        }
    }
}

pub fn draw(f: &mut Frame, app: &App, theme: &Theme, form: &Form) {
    let cat = &app.cat;
    let screen = f.area();
    let width = screen.width.saturating_sub(4).min(100);
    let inner_w = width.saturating_sub(2).max(1) as usize;
    let label_w = form
        .fields
        .iter()
        .map(|fl| cat.t(form.label_key(fl.id)).width())
        .max()
        .unwrap_or(8)
        + 2;
    // Rows are wrapped here, not by the paragraph, so the cursor's row is exact.
    let mut rows: Vec<Line> = Vec::new();
    let mut cursor = None;
    let text = |rows: &mut Vec<Line>, s: &str, indent: usize, style: Style| {
        for r in wrap(s, inner_w, indent) {
            rows.push(Line::from(Span::styled(r, style)));
        }
    };
    let signing = match &form.kind {
        FormKind::Sign { for_whom, .. } => Some(for_whom.clone()),
        FormKind::Paper { .. } => Some(None),
        _ => None,
    };
    if matches!(form.kind, FormKind::Submit { .. }) {
        text(&mut rows, &form.subject, 0, theme.accent);
    }
    if let Some(for_whom) = signing {
        text(&mut rows, &form.subject, 0, theme.accent);
        if let Some(w) = for_whom {
            text(
                &mut rows,
                &cat.f("plan.you_sign_for", &[("whom", w)]),
                0,
                Style::new(),
            );
        }
        let binding = match form.kind {
            FormKind::Paper { .. } => "form.paper_binding",
            _ => "form.sign_binding",
        };
        text(&mut rows, cat.t(binding), 0, theme.dim);
    }
    for (i, field) in form.fields.iter().enumerate() {
        if !form.visible(field.id) {
            continue;
        }
        let focused = i == form.focus;
        let label = cat.t(form.label_key(field.id)).to_string();
        let pad = " ".repeat(label_w.saturating_sub(label.width()));
        let avail = inner_w.saturating_sub(label_w).max(1);
        let value = match &field.value {
            Value::Text(input) => {
                let (shown, col) = window(input.text(), input.cursor_width(), avail);
                if focused {
                    cursor = Some((rows.len() as u16, (label_w + col) as u16));
                }
                shown
            }
            Value::Choice { options, selected } => {
                // The search typed so far shows after the choice, in brackets.
                let search = if focused && !form.search.is_empty() {
                    format!(" [{}]", form.search)
                } else {
                    String::new()
                };
                let room = avail.saturating_sub(search.width());
                let shown = options.get(*selected).map_or_else(
                    || cat.t("form.none").to_string(),
                    |(l, _)| format!("◀ {} ▶", super::fit(l, room.saturating_sub(4))),
                );
                format!("{shown}{search}")
            }
        };
        let style = if focused { theme.accent } else { Style::new() };
        rows.push(Line::from(vec![
            Span::styled(format!("{label}{pad}"), style),
            Span::raw(value),
        ]));
        if focused && form.search_misses() {
            text(
                &mut rows,
                &cat.f("form.no_match", &[("text", form.search.clone())]),
                label_w,
                theme.error,
            );
        }
        let problem = form.problem(field.id).filter(|_| form.shows_problem(i));
        if let Some(problem) = &problem {
            text(&mut rows, &cat.domain_error(problem), label_w, theme.error);
        }
        if field.id == FieldId::Comment && focused && problem.is_none() {
            let hint = match &form.kind {
                FormKind::Paper { .. } => cat.t("form.comment_required_unless_approve"),
                FormKind::Sign { decision, .. } if decision.needs_comment() => {
                    cat.t("form.comment_required")
                }
                _ => cat.t("form.comment_optional"),
            };
            text(&mut rows, hint, label_w, theme.dim);
        }
    }
    if form.discard_armed {
        text(&mut rows, cat.t("form.discard"), 0, theme.error);
    }
    if let Some(r) = &form.refused {
        text(&mut rows, r, 0, theme.error);
    }
    let h = rows.len() as u16 + 2;
    // A signer should still see the plan's changes: sign-offs sit at the bottom.
    let area = if matches!(form.kind, FormKind::Sign { .. } | FormKind::Paper { .. }) {
        let c = centered(screen, width, h);
        let y = screen.bottom().saturating_sub(h + 2).max(screen.y);
        ratatui::layout::Rect::new(c.x, y, c.width, c.height)
    } else {
        centered(screen, width, h)
    };
    super::clear_popup(f, area);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.accent)
        .title(title(app, form));
    f.render_widget(Paragraph::new(rows).block(block), area);
    if let Some((row, col)) = cursor {
        let x = (area.x + 1 + col).min(area.right().saturating_sub(2));
        let y = (area.y + 1 + row).min(area.bottom().saturating_sub(2));
        f.set_cursor_position((x, y));
    }
}

/// Splits `s` into rows of at most `width` columns, breaking at a space when
/// one is near, and indents rows by `indent` columns.
fn wrap(s: &str, width: usize, indent: usize) -> Vec<String> {
    let room = width.saturating_sub(indent).max(1);
    let mut rows = Vec::new();
    let mut row = String::new();
    let mut used = 0;
    for c in s.chars() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w > room {
            // Carry the last word over when the row has a space to break at.
            let carry = match row.rfind(' ') {
                Some(i) if i > 0 && row[i..].width() < room / 2 => row.split_off(i + 1),
                _ => String::new(),
            };
            rows.push(format!("{}{}", " ".repeat(indent), row.trim_end()));
            used = carry.width();
            row = carry;
        }
        row.push(c);
        used += w;
    }
    rows.push(format!("{}{}", " ".repeat(indent), row));
    rows
}

/// The part of a text that fits in `avail` columns with the cursor in view,
/// and the cursor's column within it.
fn window(text: &str, cursor: usize, avail: usize) -> (String, usize) {
    if text.width() < avail {
        return (text.to_string(), cursor);
    }
    // Drop characters from the front until the cursor fits.
    let mut skip = 0;
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if cursor - skip < avail {
            break;
        }
        skip += unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        start = i + c.len_utf8();
    }
    (super::fit(&text[start..], avail), cursor - skip)
}

pub fn confirm(f: &mut Frame, app: &App, theme: &Theme, c: &Confirm) {
    let cat = &app.cat;
    let question = match c {
        Confirm::RemoveLine(id, i) => cat.f(
            "confirm.remove_line",
            &[("id", id.to_string()), ("n", i.to_string())],
        ),
        Confirm::ConfirmPaper { question, .. } => question.clone(),
    };
    let keys: Vec<String> = app
        .keys
        .grouped(&app.layers())
        .into_iter()
        .map(|(k, _, d)| format!("{k} {}", cat.t(&d)))
        .collect();
    let width = f.area().width.saturating_sub(4).min(60);
    let area = centered(f.area(), width, 6);
    super::clear_popup(f, area);
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
