//! Forms and confirmations, drawn over the current screen.

use super::{FieldId, Form, FormKind, PeopleForm, RecruitForm, Value};
use crate::tui::app::{App, Confirm};
use crate::tui::theme::Theme;
use crate::tui::widgets::detail::wrap;
use crate::tui::widgets::popup::{centered, clear};
use crate::tui::widgets::table::fit_with;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
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
        FormKind::Withdraw { .. } => cat.t("form.withdraw").to_string(),
        FormKind::AddUser => cat.t("form.add_user").to_string(),
        FormKind::EditUser { login, .. } => cat.f("form.edit_user", &[("login", login.clone())]),
        FormKind::Delegate => cat.t("form.delegate").to_string(),
        FormKind::Submit { .. } => cat.t("form.submit").to_string(),
        FormKind::Sign { decision, .. } => {
            cat.t(&format!("form.sign_{}", decision.key())).to_string()
        }
        FormKind::People(PeopleForm::Add) => cat.t("form.add_employee").to_string(),
        FormKind::People(PeopleForm::Edit(_)) => cat.t("form.edit_employee").to_string(),
        FormKind::People(PeopleForm::Transfer { .. }) if form.over_headcount() => {
            cat.t("form.transfer_over").to_string()
        }
        FormKind::People(PeopleForm::Transfer { .. }) => cat.t("form.transfer").to_string(),
        FormKind::Erase(e) => cat.t(e.title_key()).to_string(),
        FormKind::Recruit(RecruitForm::Sign { decision, .. }) => {
            cat.t(&format!("form.sign_{}", decision.key())).to_string()
        }
        FormKind::Recruit(r) => cat.t(recruit_title(r)).to_string(),
        FormKind::Offboard(o) => cat.t(o.title_key()).to_string(),
        FormKind::Review(r) => r.title(cat),
    }
}

fn recruit_title(r: &RecruitForm) -> &'static str {
    match r {
        RecruitForm::Raise => "rqf.raise",
        RecruitForm::Override => "rqf.override",
        RecruitForm::Edit(_) => "rqf.edit",
        RecruitForm::Resubmit(_) => "rqf.resubmit",
        RecruitForm::Cancel(_) => "rqf.cancel",
        RecruitForm::Assign(_) => "rqf.assign",
        RecruitForm::Sign { .. } => "rqf.sign",
        RecruitForm::AddCandidate(_) => "rqf.add_candidate",
        RecruitForm::Schedule { .. } => "rqf.schedule",
        RecruitForm::Feedback(_) => "rqf.feedback",
        RecruitForm::CancelInterview(_) => "rqf.cancel_interview",
        RecruitForm::Offer(_) => "rqf.offer",
        RecruitForm::Answer(_) => "rqf.answer",
        RecruitForm::Drop(_) => "rqf.drop",
        RecruitForm::Hire(_) => "rqf.hire",
        RecruitForm::Assess { .. } => "rqf.assess",
        RecruitForm::OpenReview { .. } => "rqf.open_review",
        RecruitForm::Train(_) => "rqf.train",
        RecruitForm::StartWork(_) => "rqf.start_work",
        RecruitForm::FormalContract(_) => "rqf.formal_contract",
    }
}

/// Under a field that names a person: who the service says it is, or
/// that it is being looked up.
fn person_hint(app: &App, form: &Form, id: FieldId) -> Option<String> {
    if !matches!(id, FieldId::Employee | FieldId::HandoverTo) {
        return None;
    }
    let typed = form.text_of(id);
    if typed.trim().is_empty() {
        return None;
    }
    let cat = &app.cat;
    Some(match form.found(&typed) {
        Some(Ok(p)) => cat.f(
            "sepf.person",
            &[
                ("name", p.name.clone()),
                ("number", p.number.clone()),
                ("id", p.id.to_string()),
            ],
        ),
        // Not a problem of the field (an id the service will judge): said
        // as a note.
        Some(Err(e)) => cat.domain_error(e),
        None => cat.t("sepf.looking_up").to_string(),
    })
}

/// Rows a long text field may take before it scrolls inside itself.
const MAX_EDITOR_ROWS: usize = 6;

pub fn draw(f: &mut Frame, app: &App, theme: &Theme, form: &Form) {
    let cat = &app.cat;
    let g = theme.glyphs;
    let screen = f.area();
    let width = screen.width.saturating_sub(4).min(100);
    let inner_w = width.saturating_sub(2).max(1) as usize;
    let label_w = form
        .fields
        .iter()
        .map(|fl| form.label(cat, fl.id).width())
        .max()
        .unwrap_or(8)
        + 2;
    let avail = inner_w.saturating_sub(label_w).max(1);
    // Rows are laid out here; text fields leave room for their editor,
    // which is drawn over its rows afterwards.
    let mut rows: Vec<Line> = Vec::new();
    let mut editors: Vec<(usize, usize, usize)> = Vec::new();
    let text = |rows: &mut Vec<Line>, s: &str, indent: usize, style: Style| {
        for r in wrap(s, inner_w.saturating_sub(indent), 0) {
            rows.push(Line::from(Span::styled(
                format!("{}{r}", " ".repeat(indent)),
                style,
            )));
        }
    };
    let signing = match &form.kind {
        FormKind::Sign { for_whom, .. } => Some(for_whom.clone()),
        FormKind::Paper { .. } | FormKind::Recruit(RecruitForm::Sign { .. }) => Some(None),
        FormKind::Review(r) if r.signs() => Some(None),
        _ => None,
    };
    if matches!(
        form.kind,
        FormKind::Submit { .. }
            | FormKind::Withdraw { .. }
            | FormKind::DiscardPaper { .. }
            | FormKind::People(_)
            | FormKind::Erase(_)
            | FormKind::Recruit(_)
            | FormKind::Offboard(_)
            | FormKind::Review(_)
    ) && signing.is_none()
        && !form.subject.is_empty()
    {
        text(&mut rows, &form.subject, 0, theme.accent);
    }
    // Opening binds the probation's end: said before Enter is pressed.
    if let FormKind::Recruit(RecruitForm::OpenReview { .. }) = form.kind {
        text(&mut rows, cat.t("rqf.open_review_note"), 0, theme.dim);
    }
    if let FormKind::Review(r) = &form.kind
        && let Some(note) = r.note(cat)
    {
        text(&mut rows, &note, 0, theme.dim);
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
    // The rows of the focused field, with its problem and hint: kept in
    // view when the form is taller than the screen.
    let mut focus_rows = 0..0;
    for (i, field) in form.fields.iter().enumerate() {
        if !form.visible(field.id) {
            continue;
        }
        let focused = i == form.focus;
        let first_row = rows.len();
        let label = form.label(cat, field.id);
        let pad = " ".repeat(label_w.saturating_sub(label.width()));
        let style = if focused { theme.accent } else { Style::new() };
        match &field.value {
            Value::Text(editor) => {
                let h = editor.rows(avail).clamp(1, MAX_EDITOR_ROWS);
                editors.push((i, rows.len(), h));
                rows.push(Line::from(Span::styled(format!("{label}{pad}"), style)));
                for _ in 1..h {
                    rows.push(Line::from(""));
                }
            }
            Value::Flags {
                options,
                on,
                cursor,
            } => {
                // "[x] HR head  [ ] HR staff …", wrapped under the label.
                let cells: Vec<(String, bool)> = options
                    .iter()
                    .zip(on)
                    .enumerate()
                    .map(|(i, ((l, _), on))| {
                        (
                            format!("[{}] {l}", if *on { "x" } else { " " }),
                            focused && i == *cursor,
                        )
                    })
                    .collect();
                let mut line: Vec<Span> = vec![Span::styled(format!("{label}{pad}"), style)];
                let mut used = 0;
                for (cell, here) in cells {
                    let w = cell.width() + 2;
                    if used > 0 && used + w > avail {
                        rows.push(Line::from(std::mem::take(&mut line)));
                        line.push(Span::raw(" ".repeat(label_w)));
                        used = 0;
                    }
                    let cell_style = if here { theme.selected } else { Style::new() };
                    line.push(Span::styled(cell, cell_style));
                    line.push(Span::raw("  "));
                    used += w;
                }
                rows.push(Line::from(line));
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
                    || {
                        if options.is_empty() {
                            cat.t("form.none").to_string()
                        } else {
                            format!("{} {} {}", g.prev, cat.t("form.unchosen"), g.next)
                        }
                    },
                    |(l, _)| {
                        let inner = room.saturating_sub(g.prev.width() + g.next.width() + 2);
                        format!("{} {} {}", g.prev, fit_with(l, inner, g.ellipsis), g.next)
                    },
                );
                rows.push(Line::from(vec![
                    Span::styled(format!("{label}{pad}"), style),
                    Span::raw(format!("{shown}{search}")),
                ]));
            }
        }
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
            // A decision not chosen yet: said as what to do, not as a
            // field left empty.
            let said = if form.unchosen(i) {
                cat.t("form.choose_one").to_string()
            } else {
                cat.domain_error(problem)
            };
            text(&mut rows, &said, label_w, theme.error);
        }
        if problem.is_none()
            && let Some(who) = person_hint(app, form, field.id)
        {
            text(&mut rows, &who, label_w, theme.dim);
        }
        if field.id == FieldId::Comment && focused && problem.is_none() {
            let hint = match &form.kind {
                FormKind::Paper { .. } => cat.t("form.comment_required_unless_approve"),
                FormKind::Sign { decision, .. } if decision.needs_comment() => {
                    cat.t("form.comment_required")
                }
                FormKind::DiscardPaper { .. } | FormKind::Withdraw { .. } => {
                    cat.t("form.comment_required")
                }
                FormKind::People(_) if form.over_headcount() => cat.t("form.reason_required"),
                FormKind::Erase(_) => cat.t("form.erase_ground_required"),
                FormKind::Recruit(_) if form.recruit_comment_required() => {
                    cat.t("form.comment_required")
                }
                FormKind::Offboard(_) if form.offboard_comment_required() => {
                    cat.t("sepf.reason_required")
                }
                FormKind::Review(_) if form.review_comment_required() => {
                    cat.t("form.comment_required")
                }
                _ => cat.t("form.comment_optional"),
            };
            text(&mut rows, hint, label_w, theme.dim);
        }
        if focused {
            focus_rows = first_row..rows.len();
        }
    }
    if let Some(total) = form
        .offboard_summary(cat)
        .or_else(|| form.review_summary(cat))
    {
        text(&mut rows, &total, 0, theme.accent);
    }
    if form.saving {
        text(&mut rows, cat.t("form.saving"), 0, theme.key);
    }
    if form.discard_armed {
        text(&mut rows, cat.t("form.discard"), 0, theme.error);
    }
    if let Some(r) = &form.refused {
        text(&mut rows, r, 0, theme.error);
    }
    // The screen's first and last rows (where it is and the keys) stay in
    // sight beyond the blank row `clear` leaves around a popup; a taller
    // form scrolls to keep the focused field in view.
    let max_h = screen.height.saturating_sub(4).max(3);
    let h = (rows.len() as u16 + 2).min(max_h);
    let shown = usize::from(h - 2);
    let offset = focus_rows
        .end
        .saturating_sub(shown)
        .min(focus_rows.start)
        .min(rows.len().saturating_sub(shown));
    // A signer should still see the plan's changes: sign-offs sit at the bottom.
    let bottom = match &form.kind {
        FormKind::Sign { .. } | FormKind::Paper { .. } => true,
        FormKind::Review(r) => r.signs(),
        _ => false,
    };
    let area = if bottom {
        let c = centered(screen, width, h);
        let y = screen.bottom().saturating_sub(h + 2).max(screen.y);
        Rect::new(c.x, y, c.width, c.height)
    } else {
        centered(screen, width, h)
    };
    clear(f, area);
    let block = theme
        .block(title(app, form), area)
        .border_style(theme.accent);
    let inner = block.inner(area);
    f.render_widget(
        Paragraph::new(rows).scroll((offset as u16, 0)).block(block),
        area,
    );
    for (i, row, h) in editors {
        let Some(row) = row.checked_sub(offset) else {
            continue;
        };
        let y = inner.y + row as u16;
        if y >= inner.bottom() {
            continue;
        }
        let h = (h as u16).min(inner.bottom() - y);
        let r = Rect::new(inner.x + label_w as u16, y, avail as u16, h);
        if let Some(Value::Text(e)) = form.fields.get(i).map(|f| &f.value) {
            e.draw(f, theme, r, i == form.focus && !form.saving);
        }
    }
}

pub fn confirm(f: &mut Frame, app: &App, theme: &Theme, c: &Confirm) {
    let cat = &app.cat;
    let question = match c {
        Confirm::RemoveLine(id, i) => cat.f(
            "confirm.remove_line",
            &[("id", id.to_string()), ("n", i.to_string())],
        ),
        Confirm::ConfirmPaper { question, .. }
        | Confirm::CloseSeparation { question, .. }
        | Confirm::Acknowledge { question, .. }
        | Confirm::Run { question, .. } => question.clone(),
        Confirm::DeletePlan(id) => cat.f("confirm.delete_plan", &[("id", id.to_string())]),
        Confirm::DisableUser(login) => cat.f("confirm.disable_user", &[("login", login.clone())]),
        Confirm::EnableUser(login) => cat.f("confirm.enable_user", &[("login", login.clone())]),
        Confirm::Revoke(id) => cat.f("confirm.revoke", &[("id", id.to_string())]),
    };
    let keys: Vec<String> = app
        .keys
        .grouped(&app.layers())
        .into_iter()
        .map(|(k, _, d)| format!("{k} {}", cat.t(&d)))
        .collect();
    // Tall enough for the whole question and the keys: a paper sign-off's
    // question names the signer, the paper and the recorder, and takes
    // several lines, in Chinese as in English.
    let width = f.area().width.saturating_sub(4).min(60);
    let inner = usize::from(width.saturating_sub(2)).max(1);
    let mut lines: Vec<Line> = wrap(&question, inner, 0)
        .into_iter()
        .map(Line::from)
        .collect();
    lines.push(Line::from(""));
    lines.extend(
        wrap(&keys.join("  "), inner, 0)
            .into_iter()
            .map(|l| Line::from(Span::styled(l, theme.key))),
    );
    let h = (lines.len() as u16 + 2).min(f.area().height.saturating_sub(2));
    let area = centered(f.area(), width, h);
    clear(f, area);
    let p = Paragraph::new(lines).block(
        theme
            .block(cat.t("confirm.title").to_string(), area)
            .border_style(theme.accent),
    );
    f.render_widget(p, area);
}
