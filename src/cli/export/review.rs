//! The lists of evaluation and training `renshi export` writes: every
//! attendee of every session the asker may see with their result
//! (`training`), and every evaluation they may see (`evaluations`), each in
//! the shape its `--json` listing prints.

use super::List;
use super::lists::pages;
use crate::cli::json::review as js;
use crate::service::api::*;

pub const TRAINING: List = List {
    name: "training",
    columns: &[
        "session",
        "course",
        "course_title",
        "on",
        "trainer",
        "employee",
        "number",
        "name",
        "dept_name",
        "passed",
        "score",
        "certificate",
        "note",
        "recorded_by",
        "recorded_at",
    ],
    read: |client, sink| {
        // The sessions first, then each one's attendees: a session's view
        // holds only the attendees the asker may see.
        let sessions = crate::cli::print::all(
            client,
            |page| Query::Sessions { course: None, page },
            |r| match r {
                Reply::Sessions(p) => Some(p),
                _ => None,
            },
        )?;
        // Oldest first, as a record is read.
        for s in sessions.iter().rev() {
            let v = match client.call(Request::Query(Query::Session(s.id)))? {
                Reply::Session(v) => v,
                other => return Err(crate::cli::print::unexpected(&other).into()),
            };
            for a in &v.attendees {
                let cells = || {
                    let r = a.result.as_ref();
                    vec![
                        s.id.to_string(),
                        s.course.to_string(),
                        s.course_title.clone(),
                        s.on.to_string(),
                        s.trainer.clone(),
                        a.employee.to_string(),
                        a.number.clone(),
                        a.name.clone(),
                        a.dept_name.clone(),
                        r.map(|r| if r.passed { "yes" } else { "no" }.to_string())
                            .unwrap_or_default(),
                        r.and_then(|r| r.score)
                            .map(|n| n.to_string())
                            .unwrap_or_default(),
                        r.map(|r| r.certificate.clone()).unwrap_or_default(),
                        r.map(|r| r.note.clone()).unwrap_or_default(),
                        r.map(|r| r.by.clone()).unwrap_or_default(),
                        r.map(|r| r.at.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true))
                            .unwrap_or_default(),
                    ]
                };
                sink.item(cells, || js::training_line(&v.row, a))?;
            }
        }
        Ok(())
    },
};

pub const EVALUATIONS: List = List {
    name: "evaluations",
    columns: &[
        "id",
        "kind",
        "cycle",
        "period",
        "employee",
        "number",
        "name",
        "dept_name",
        "stage",
        "result",
        "grade",
        "evaluator",
        "since",
    ],
    read: |client, sink| {
        pages(
            client,
            MAX_PAGE,
            |page| Query::Evaluations { cycle: None, page },
            |r| match r {
                Reply::Evaluations(p) => Some(p),
                _ => None,
            },
            sink,
            |sink, e| {
                let cells = || {
                    vec![
                        e.id.map(|i| i.to_string()).unwrap_or_default(),
                        e.kind.key().to_string(),
                        e.cycle.map(|c| c.to_string()).unwrap_or_default(),
                        e.period.clone(),
                        e.employee.to_string(),
                        e.number.clone(),
                        e.name.clone(),
                        e.dept_name.clone(),
                        e.stage.key().to_string(),
                        e.result
                            .map(crate::cli::review::result_text)
                            .unwrap_or_default(),
                        e.grade.clone().unwrap_or_default(),
                        e.evaluator.clone(),
                        e.since
                            .map(|s| s.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true))
                            .unwrap_or_default(),
                    ]
                };
                Ok(sink.item(cells, || js::eval_row(&e))?)
            },
        )
    },
};
