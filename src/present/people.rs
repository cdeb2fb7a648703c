//! An employee's record in words: status, contracts and history, the same
//! for the People screen and `renshi employee show`.

use crate::domain::{Change, Contract, EmployeeChange, EmployeeStatus, PositionId};
use crate::i18n::Catalog;
use chrono_tz::Tz;

pub fn status_text(cat: &Catalog, s: EmployeeStatus) -> String {
    cat.t(match s {
        EmployeeStatus::Probation => "emp.probation",
        EmployeeStatus::Active => "emp.regular",
        EmployeeStatus::Separated => "emp.separated",
    })
    .to_string()
}

pub fn contract_text(cat: &Catalog, c: &Contract) -> String {
    let kind = cat.t(&format!("contract.{}", c.kind.key())).to_string();
    match c.end {
        Some(end) => cat.f(
            "emp.contract_until",
            &[
                ("kind", kind),
                ("start", c.start.to_string()),
                ("end", end.to_string()),
            ],
        ),
        None => cat.f(
            "emp.contract_open",
            &[("kind", kind), ("start", c.start.to_string())],
        ),
    }
}

/// The names of fields (`id_number`) in the reader's language.
pub fn field_names(cat: &Catalog, fields: &[String]) -> String {
    fields
        .iter()
        .map(|f| cat.t(&format!("field.{f}")).to_string())
        .collect::<Vec<_>>()
        .join(cat.t("emp.list_separator"))
}

/// One entry of an employee's history: when, who, and what happened.
/// `titles` names the positions it mentions (`POS-012 土木工程師`).
pub fn change_text(
    cat: &Catalog,
    zone: Tz,
    c: &EmployeeChange,
    titles: &[(PositionId, String)],
) -> String {
    let pos = |id: &PositionId| match titles.iter().find(|(p, _)| p == id) {
        Some((_, t)) => format!("{id} {t}"),
        None => id.to_string(),
    };
    let what = match &c.change {
        Change::Joined {
            position,
            status,
            imported,
        } => cat.f(
            if *imported {
                "emp.imported"
            } else {
                "emp.joined"
            },
            &[
                ("position", pos(position)),
                ("status", status_text(cat, *status)),
            ],
        ),
        Change::Edited { fields } => cat.f("emp.edited", &[("fields", field_names(cat, fields))]),
        Change::PersonalChanged { fields } => cat.f(
            "emp.personal_changed",
            &[("fields", field_names(cat, fields))],
        ),
        Change::Transferred {
            from,
            to,
            over_headcount: None,
        } => cat.f("emp.transferred", &[("from", pos(from)), ("to", pos(to))]),
        Change::Transferred {
            from,
            to,
            over_headcount: Some(reason),
        } => cat.f(
            "emp.transferred_over",
            &[
                ("from", pos(from)),
                ("to", pos(to)),
                ("reason", reason.clone()),
            ],
        ),
        Change::PersonalErased => cat.t("emp.personal_erased").to_string(),
        Change::Recruited { req, candidate } => cat.f(
            "emp.recruited",
            &[
                ("req", req.to_string()),
                ("candidate", candidate.to_string()),
            ],
        ),
        Change::Trained { what } => cat.f("emp.trained", &[("what", what.clone())]),
        Change::StartedWork { on } => cat.f("emp.started_work", &[("on", on.to_string())]),
        Change::Assessed {
            step,
            decision,
            extend_to,
        } => {
            let mut t = cat.f(
                "emp.assessed",
                &[
                    ("step", cat.t(&format!("step.{step}")).to_string()),
                    (
                        "decision",
                        cat.t(&format!("verdict.{}", decision.key())).to_string(),
                    ),
                ],
            );
            if let Some(d) = extend_to {
                t.push_str(&format!(" → {d}"));
            }
            t
        }
        Change::ProbationFailed => cat.t("emp.probation_failed").to_string(),
        Change::FormalContract { number } => {
            cat.f("emp.formal_contract", &[("number", number.clone())])
        }
        Change::SeparationStarted { case, kind } => cat.f(
            "emp.separation_started",
            &[
                ("case", case.to_string()),
                (
                    "kind",
                    cat.t(&format!("sep_kind.{}", kind.key())).to_string(),
                ),
            ],
        ),
        Change::Separated { case, on } => cat.f(
            "emp.separated_on",
            &[("case", case.to_string()), ("on", on.to_string())],
        ),
        Change::SeparationWithdrawn { case } => {
            cat.f("emp.separation_withdrawn", &[("case", case.to_string())])
        }
    };
    let at = c.at.with_timezone(&zone).format("%Y-%m-%d %H:%M");
    format!("{at} {} · {what}", c.by)
}
