//! The employee record's part of evaluation and training: where they stand
//! on the training their position requires, what they attended and how it
//! went (newest first), and their evaluations over time with the stage,
//! result and grade the user may read. Read with the record
//! (`Query::ReviewRecord`); a user who may not see it gets nothing here.

use super::{Load, courses, result_text, stage_name, want};
use crate::domain::EmployeeId;
use crate::domain::review::Standing;
use crate::service::api::ReviewRecord;
use crate::tui::app::{App, Loaded};
use crate::tui::loader::Want;
use crate::tui::theme::Theme;
use crate::tui::widgets::detail::Doc;
use ratatui::style::Style;

/// What the record loads for this part.
pub fn wants(id: EmployeeId) -> Want {
    want(Load::Record(id))
}

/// The record of `id`, once it has arrived.
fn record(app: &App, id: EmployeeId) -> Option<&ReviewRecord> {
    match &app.data.review.record {
        Loaded::Ready(r) if r.employee == id => Some(r),
        _ => None,
    }
}

/// The training and evaluations of `id`, added to the record's pane.
pub fn doc(app: &App, theme: &Theme, id: EmployeeId, doc: &mut Doc) {
    let Some(r) = record(app, id) else {
        return;
    };
    let cat = &app.cat;
    let plain = Style::new();
    doc.blank();
    doc.push(cat.t("rv.record_training"), theme.accent);
    for q in &r.required {
        let style = match q.standing {
            Standing::Missing | Standing::Expired => theme.error,
            Standing::Expiring => theme.key,
            Standing::Done => plain,
        };
        let until = q
            .valid_until
            .map(|d| cat.f("rv.valid_until", &[("on", d.to_string())]))
            .unwrap_or_default();
        let standing = super::gaps::standing_name(app, q.standing);
        doc.push_indented(
            format!(
                "  {}",
                cat.f(
                    "rv.record_required",
                    &[
                        ("course", q.title.clone()),
                        ("standing", standing),
                        ("until", until),
                    ],
                )
            )
            .trim_end()
            .to_string(),
            style,
            4,
        );
    }
    if r.training.is_empty() {
        doc.push(format!("  {}", cat.t("rv.record_no_training")), theme.dim);
    }
    for t in &r.training {
        let outcome = match t.passed {
            None => cat.t("rv.no_result").to_string(),
            Some(true) => cat.t("rv.passed").to_string(),
            Some(false) => cat.t("rv.failed").to_string(),
        };
        let mut parts = vec![
            t.on.to_string(),
            t.title.clone(),
            courses::kind_name_of(app, t.kind),
            outcome,
        ];
        if let Some(s) = t.score {
            parts.push(cat.f("rv.points", &[("n", s.to_string())]));
        }
        if !t.certificate.is_empty() {
            parts.push(t.certificate.clone());
        }
        if !t.trainer.is_empty() {
            parts.push(t.trainer.clone());
        }
        doc.push_indented(format!("  {}", parts.join(" · ")), plain, 4);
        if !t.note.is_empty() {
            doc.push_indented(format!("    {}", t.note), theme.dim, 4);
        }
    }
    doc.blank();
    doc.push(cat.t("rv.record_evaluations"), theme.accent);
    if r.evaluations.is_empty() {
        doc.push(
            format!("  {}", cat.t("rv.record_no_evaluations")),
            theme.dim,
        );
    }
    for e in &r.evaluations {
        let mut parts = vec![e.period.clone(), stage_name(app, e.stage)];
        if let (Some(res), Some(g)) = (e.result, &e.grade) {
            parts.push(cat.f(
                "rv.result_grade",
                &[("result", result_text(res)), ("grade", g.clone())],
            ));
        }
        if let Some(id) = e.id {
            parts.insert(0, id.to_string());
        }
        doc.push_indented(format!("  {}", parts.join(" · ")), plain, 4);
    }
}
