//! Reading separation cases: `offboard list` (one row each) and `offboard
//! show` (the checklist, equipment, settlement, and the exact commands the
//! asker can run next).

use super::money::item_table;
use super::{kind_text, title, view};
use crate::cli::args::ListArgs;
use crate::cli::list::{keep, print_items};
use crate::cli::print::{all, indented, say, table};
use crate::domain::offboard::{SepState, Settlement, StepState, format_amount};
use crate::domain::*;
use crate::i18n::Catalog;
use crate::present::{fact, when};
use crate::service::api::*;
use crate::transport::Client;
use chrono_tz::Tz;
use std::process::ExitCode;

pub(super) fn list(
    client: &mut dyn Client,
    cat: &Catalog,
    list: &ListArgs,
    every: bool,
) -> Result<ExitCode, ApiError> {
    let rows = all(
        client,
        |page| Query::Separations { open: !every, page },
        |r| match r {
            Reply::Separations(p) => Some(p),
            _ => None,
        },
    )?;
    let cells = |r: &SepRow| {
        let mut c = vec![
            r.id.to_string(),
            format!("{} {}", r.number, r.name),
            kind_text(cat, r.kind),
            r.last_day.to_string(),
            format!("{}/{}", r.done, r.steps),
            r.next_step
                .as_ref()
                .map(|s| s.title(cat.lang.code()).to_string())
                .unwrap_or_default(),
            r.next_due.map(|d| d.to_string()).unwrap_or_default(),
            match r.overdue {
                0 => String::new(),
                n => format!("! {n}"),
            },
        ];
        if every {
            c.insert(
                1,
                cat.t(&format!("sep_state.{}", r.state.key())).to_string(),
            );
        }
        c
    };
    let rows = keep(rows, &list.matcher(), |r| {
        let mut c = cells(r);
        c.extend([
            r.employee.to_string(),
            r.dept_name.clone(),
            r.position_title.clone(),
            r.kind.key().to_string(),
            r.state.key().to_string(),
        ]);
        c
    });
    if list.json {
        return print_items(
            rows.iter()
                .map(|r| crate::cli::json::offboard::sep_row(cat, r))
                .collect(),
        );
    }
    if rows.is_empty() {
        say(cat.t(if every {
            "cli.sep_none_all"
        } else {
            "cli.sep_none"
        }));
        return Ok(ExitCode::SUCCESS);
    }
    let mut head = vec![
        cat.t("col.id"),
        cat.t("cli.sep_col_employee"),
        cat.t("cli.sep_col_kind"),
        cat.t("cli.sep_col_last_day"),
        cat.t("cli.sep_col_progress"),
        cat.t("cli.sep_col_next"),
        cat.t("cli.sep_col_due"),
        cat.t("cli.sep_col_overdue"),
    ];
    if every {
        head.insert(1, cat.t("col.state"));
    }
    let shown: Vec<Vec<String>> = rows.iter().map(cells).collect();
    table(&head, &shown);
    Ok(ExitCode::SUCCESS)
}

pub(super) fn show(
    client: &mut dyn Client,
    cat: &Catalog,
    id: SepId,
    json: bool,
) -> Result<ExitCode, ApiError> {
    let v = view(client, id)?;
    if json {
        return crate::cli::print::json(&crate::cli::json::offboard::sep_view(cat, &v));
    }
    let zone = crate::cli::print::zone(client)?;
    header(cat, &v, zone);
    say(cat.f(
        "cli.sep_checklist",
        &[
            ("done", v.row.done.to_string()),
            ("steps", v.row.steps.to_string()),
        ],
    ));
    for s in &v.steps {
        step(cat, s, zone);
    }
    say(cat.t("cli.sep_equipment"));
    if v.items.is_empty() {
        say(format!(
            "  {}",
            cat.f("cli.equip_none", &[("id", v.row.employee.to_string())])
        ));
    } else {
        item_table(cat, &v.items);
    }
    say(cat.t("cli.sep_settlement"));
    match (&v.settlement, v.settlement_hidden) {
        (Some(s), _) => settlement(cat, s),
        (None, true) => say(format!("  {}", cat.t("cli.sep_settlement_hidden"))),
        (None, false) => say(format!("  {}", cat.t("cli.sep_no_settlement"))),
    }
    let next = crate::present::offboard::next_commands(&v);
    if !next.is_empty() {
        say(cat.t("cli.sep_next"));
        for c in next {
            say(format!("  {c}"));
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn header(cat: &Catalog, v: &SepView, zone: Tz) {
    let r = &v.row;
    let line = |label: &str, value: String| say(format!("  {}", fact(cat, label, value)));
    say(format!(
        "{}  {} {} ({})  {}  [{}]",
        r.id,
        r.employee,
        r.name,
        r.number,
        kind_text(cat, r.kind),
        cat.t(&format!("sep_state.{}", r.state.key()))
    ));
    line(
        "col.position",
        format!("{} ({})", r.position_title, r.dept_name),
    );
    line("cli.sep_notice", r.notice.to_string());
    line("cli.sep_last_day", r.last_day.to_string());
    line(
        "cli.sep_started_by",
        format!("{}, {}", r.started_by, when(r.started, zone)),
    );
    if let (Some(by), Some(at)) = (&v.ended_by, v.ended) {
        let label = match r.state {
            SepState::Withdrawn => "cli.sep_withdrawn_by",
            _ => "cli.sep_closed_by",
        };
        line(label, format!("{by}, {}", when(at, zone)));
    }
    if !v.withdrawn_because.is_empty() {
        say(format!("  {}", cat.t("cli.sep_withdrawn_because")));
        indented("    ", &v.withdrawn_because);
    }
    if let Some(reason) = &v.reason {
        say(format!("  {}", cat.t("cli.sep_reason")));
        indented("    ", reason);
    }
}

fn step(cat: &Catalog, s: &StepView, zone: Tz) {
    let state = match s.state {
        StepState::Pending => "step_state.pending",
        StepState::Done => "step_state.done",
        StepState::NotApplicable => "step_state.not_applicable",
    };
    say(format!(
        "  {:>2}. {} ({})  [{}]",
        s.no,
        title(cat, s),
        s.template.key,
        cat.t(state)
    ));
    let pad = "      ";
    let mut due = cat.f("cli.sep_step_due", &[("due", s.due.to_string())]);
    if s.overdue {
        due.push_str(cat.t("cli.sep_overdue"));
    }
    let who = if s.responsible.is_empty() {
        "—".to_string()
    } else {
        s.responsible.join(", ")
    };
    say(format!(
        "{pad}{}  {due}",
        cat.f(
            "cli.sep_step_owner",
            &[
                ("role", cat.role(s.template.owner.key()).to_string()),
                ("who", who),
            ],
        )
    ));
    if let (Some(by), Some(at)) = (&s.by, s.at) {
        say(format!(
            "{pad}{}",
            cat.f(
                "cli.sep_step_by",
                &[("by", by.clone()), ("at", when(at, zone))]
            )
        ));
    }
    if !s.note.is_empty() {
        say(format!("{pad}{}", cat.t("cli.sep_step_note")));
        indented(&format!("{pad}  "), &s.note);
    }
    if let Some((id, name)) = &s.handover_to {
        say(format!(
            "{pad}{}",
            fact(cat, "cli.sep_handover_to", format!("{id} {name}"))
        ));
    }
    if s.template.acknowledged && s.state == StepState::Done {
        say(format!(
            "{pad}{}",
            match s.acknowledged {
                Some(at) => cat.f("cli.sep_acknowledged", &[("at", when(at, zone))]),
                None => cat.t("cli.sep_not_acknowledged").to_string(),
            }
        ));
    }
    if !s.waiting.is_empty() && s.state == StepState::Pending {
        say(format!(
            "{pad}{}",
            cat.f("cli.sep_waits_for", &[("steps", s.waiting.join(", "))])
        ));
    }
}

fn settlement(cat: &Catalog, s: &Settlement) {
    let money = |minor: i64| format!("{} {}", format_amount(minor, &s.currency), s.currency);
    for (label, minor) in [
        ("cli.sep_last_pay", s.last_pay),
        ("cli.sep_leave", s.leave_paid),
        ("cli.sep_compensation", s.compensation),
        ("cli.sep_deductions", s.deductions),
        ("cli.sep_total", s.total),
    ] {
        say(format!("  {}", fact(cat, label, money(minor))));
    }
    say(format!(
        "  {}",
        fact(cat, "cli.sep_paid_on", s.paid_on.to_string())
    ));
}
