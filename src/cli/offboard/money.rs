//! Amounts as people type them (`12,345.60`), in the currency given or the
//! checklist's, turned into minor units before anything is sent: the final
//! settlement, an item charged to the leaver, and `renshi equipment …`.

use super::{after, run, today};
use crate::cli::args::{EquipmentCmd, ReturnArgs, SettleArgs};
use crate::cli::people::resolve;
use crate::cli::print::{query, say, table, unexpected};
use crate::domain::offboard::{
    Checklist, Item, ItemFate, Money, Offboard, currency, format_amount, parse_amount,
};
use crate::i18n::Catalog;
use crate::service::api::*;
use crate::transport::Client;
use std::process::ExitCode;

/// The currency given, or the one the checklist names.
fn currency_of(given: Option<&str>) -> Result<String, ApiError> {
    match given {
        Some(c) => Ok(currency(c)?),
        None => Checklist::builtin()
            .map(|c| c.currency)
            .map_err(ApiError::Protocol),
    }
}

/// An amount in minor units, or the domain's refusal naming what was typed.
fn amount(text: Option<&str>, cur: &str) -> Result<i64, ApiError> {
    match text {
        None => Ok(0),
        Some(t) => Ok(parse_amount(t, cur)?),
    }
}

pub(super) fn settle_item(
    client: &mut dyn Client,
    cat: &Catalog,
    a: &ReturnArgs,
) -> Result<(), ApiError> {
    let fate = match (&a.charged, a.written_off) {
        (Some(text), _) => {
            let cur = currency_of(a.currency.as_deref())?;
            ItemFate::Charged(Money {
                minor: parse_amount(text, &cur)?,
                currency: cur,
            })
        }
        (None, true) => ItemFate::WrittenOff,
        (None, false) => ItemFate::Returned,
    };
    run(
        client,
        Offboard::SettleItem {
            case: a.id,
            tag: a.tag.clone(),
            fate: fate.clone(),
        },
        &a.comment,
    )?;
    say(cat.f(
        "cli.sep_item_settled",
        &[
            ("case", a.id.to_string()),
            ("tag", a.tag.trim().to_string()),
            ("fate", fate_text(cat, &fate)),
        ],
    ));
    let Some(v) = after(client, a.id) else {
        return Ok(());
    };
    let equipment_done = v.steps.iter().any(|s| {
        s.template.kind == crate::domain::offboard::StepKind::Equipment
            && s.state != crate::domain::offboard::StepState::Pending
    });
    if equipment_done && !v.items.iter().any(Item::outstanding) {
        say(cat.f("cli.sep_equipment_done", &[("case", a.id.to_string())]));
    }
    Ok(())
}

pub(super) fn settle(
    client: &mut dyn Client,
    cat: &Catalog,
    a: &SettleArgs,
) -> Result<(), ApiError> {
    let cur = currency_of(a.currency.as_deref())?;
    let last_pay = amount(Some(&a.last_pay), &cur)?;
    let leave_paid = amount(a.leave.as_deref(), &cur)?;
    let compensation = amount(a.compensation.as_deref(), &cur)?;
    let deductions = amount(a.deductions.as_deref(), &cur)?;
    let paid_on = match a.paid_on {
        Some(d) => d,
        None => today(client)?,
    };
    run(
        client,
        Offboard::Settle {
            case: a.id,
            currency: cur.clone(),
            last_pay,
            leave_paid,
            compensation,
            deductions,
            paid_on,
        },
        "",
    )?;
    // The total as the case recorded it (the domain adds it up).
    let total = after(client, a.id)
        .and_then(|v| v.settlement)
        .map_or(last_pay + leave_paid + compensation - deductions, |s| {
            s.total
        });
    say(cat.f(
        "cli.sep_settled",
        &[
            ("case", a.id.to_string()),
            ("total", format_amount(total, &cur)),
            ("currency", cur),
            ("paid_on", paid_on.to_string()),
        ],
    ));
    Ok(())
}

/// What became of an item: `returned`, `charged 1,200.50 CNY`.
pub(super) fn fate_text(cat: &Catalog, f: &ItemFate) -> String {
    let word = cat.t(&format!("item_fate.{}", f.key())).to_string();
    match f {
        ItemFate::Charged(m) => format!("{word} {}", crate::domain::offboard::format_money(m)),
        _ => word,
    }
}

/// An item's state in a table: out, or its fate.
pub(super) fn item_state(cat: &Catalog, i: &Item) -> String {
    match &i.fate {
        None => cat.t("cli.equip_out").to_string(),
        Some(f) => fate_text(cat, f),
    }
}

/// The items as a table under `indent`-free columns: tag, what, issued, state, settled.
pub(super) fn item_table(cat: &Catalog, items: &[Item]) {
    let rows: Vec<Vec<String>> = items
        .iter()
        .map(|i| {
            vec![
                i.tag.clone(),
                i.what.clone(),
                format!("{} {}", i.issued, i.issued_by),
                item_state(cat, i),
                match (&i.settled_on, &i.settled_by) {
                    (Some(on), Some(by)) => format!("{on} {by}"),
                    _ => String::new(),
                },
                i.note.clone(),
            ]
        })
        .collect();
    table(
        &[
            cat.t("cli.equip_col_tag"),
            cat.t("cli.equip_col_item"),
            cat.t("cli.equip_col_issued"),
            cat.t("col.state"),
            cat.t("cli.equip_col_settled"),
            cat.t("field.note"),
        ],
        &rows,
    );
}

pub fn equipment(
    client: &mut dyn Client,
    cat: &Catalog,
    cmd: &EquipmentCmd,
) -> Result<ExitCode, ApiError> {
    match cmd {
        EquipmentCmd::Issue {
            employee,
            tag,
            item,
            on,
        } => {
            let id = resolve(client, employee)?;
            let on = match on {
                Some(d) => *d,
                None => today(client)?,
            };
            run(
                client,
                Offboard::IssueItem {
                    employee: id,
                    tag: tag.clone(),
                    what: item.clone(),
                    on,
                },
                "",
            )?;
            say(cat.f(
                "cli.equip_issued",
                &[("tag", tag.trim().to_string()), ("id", id.to_string())],
            ));
        }
        EquipmentCmd::List { employee, json } => {
            let id = resolve(client, employee)?;
            let v = match query(client, Query::Equipment(id))? {
                Reply::Equipment(v) => v,
                other => return Err(unexpected(&other)),
            };
            if *json {
                return crate::cli::print::json(&crate::cli::json::offboard::equipment(&v));
            }
            say(format!("{}  {}", v.employee, v.name));
            if v.items.is_empty() {
                say(cat.f("cli.equip_none", &[("id", v.employee.to_string())]));
            } else {
                item_table(cat, &v.items);
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
