//! The equipment the administration department issued to an employee:
//! listed on their record and on their separation case, and issued from
//! either (`i`, the administration department), one item at a time.

use crate::domain::offboard::{Item, ItemFate, Offboard, format_money};
use crate::domain::*;
use crate::service::api::EquipmentView;
use crate::tui::app::{App, Loaded};
use crate::tui::forms::Form;
use crate::tui::keymap::Action;
use crate::tui::theme::Theme;
use crate::tui::widgets::detail::Doc;
use unicode_width::UnicodeWidthStr;

/// What became of an item, or that it is still out.
fn fate(app: &App, i: &Item) -> String {
    let cat = &app.cat;
    let Some(f) = &i.fate else {
        return cat.t("sep.item_out").to_string();
    };
    let mut t = cat.t(&format!("item_fate.{}", f.key())).to_string();
    if let ItemFate::Charged(m) = f {
        t.push(' ');
        t.push_str(&format_money(m));
    }
    if let Some(on) = i.settled_on {
        t.push_str(&format!(" {on}"));
    }
    if let Some(by) = &i.settled_by {
        t.push_str(&format!(" ({by})"));
    }
    t
}

/// "Equipment", then each item: tag, what, when issued, and its fate; on
/// one line when `width` columns hold it, else the dates on a second line
/// under the item (never a date broken at its hyphen). Items still out are
/// in the key colour, settled ones dim.
pub fn items_doc(app: &App, theme: &Theme, items: &[Item], width: usize, doc: &mut Doc) {
    let cat = &app.cat;
    doc.push(cat.t("sep.equipment"), theme.accent);
    if items.is_empty() {
        doc.push(format!("  {}", cat.t("sep.no_items")), theme.dim);
        return;
    }
    let pad = |s: &str, w: usize| format!("{s}{}", " ".repeat(w.saturating_sub(s.width())));
    let tag_w = items.iter().map(|i| i.tag.width()).max().unwrap_or(0);
    let what_w = items.iter().map(|i| i.what.width()).max().unwrap_or(0);
    let lines: Vec<(String, String, &Item)> = items
        .iter()
        .map(|i| {
            let head = format!("  {}  {}", pad(&i.tag, tag_w), pad(&i.what, what_w));
            let issued = cat.f("sep.issued_on", &[("on", i.issued.to_string())]);
            (head, format!("{issued}  {}", fate(app, i)), i)
        })
        .collect();
    let one_line = lines
        .iter()
        .all(|(head, tail, _)| head.width() + 2 + tail.width() <= width);
    for (head, tail, i) in lines {
        let style = if i.outstanding() {
            theme.key
        } else {
            theme.dim
        };
        if one_line {
            doc.push_indented(format!("{head}  {tail}"), style, tag_w + 4);
        } else {
            doc.push_indented(head.trim_end().to_string(), style, tag_w + 4);
            doc.push_indented(format!("  {}  {tail}", pad("", tag_w)), style, tag_w + 4);
        }
        if !i.note.is_empty() {
            doc.push_indented(
                format!("  {}  {}", pad("", tag_w), i.note),
                style,
                tag_w + 4,
            );
        }
    }
}

/// The items on the record shown: listed when there are any, and to the
/// administration department always (it is theirs to issue).
pub fn record_doc(app: &App, theme: &Theme, width: usize, doc: &mut Doc) {
    if let Loaded::Ready(EquipmentView {
        employee, items, ..
    }) = &app.data.equipment
        && Some(*employee) == app.ui.employee.id
        && (!items.is_empty() || issues(app))
    {
        doc.blank();
        items_doc(app, theme, items, width, doc);
    }
}

/// Whether the user issues equipment (the domain's roles for it).
pub fn issues(app: &App) -> bool {
    let cmd = Command::Offboard(Offboard::IssueItem {
        employee: EmployeeId(0),
        tag: String::new(),
        what: String::new(),
        on: chrono::NaiveDate::MIN,
    });
    let roles = crate::domain::auth::roles_for(&cmd);
    roles.iter().any(|r| app.has_role(*r))
}

/// The form that records an item issued to `employee` (`subject`: whom).
pub fn issue_form(app: &App, employee: EmployeeId, subject: String) -> Form {
    let today = crate::domain::time::day_in(app.zone(), app.now);
    Form::issue_item(employee, today, subject)
}

/// `i` on a record: the administration department issues an item to the
/// employee shown, unless they have left.
pub fn on_record(app: &mut App, action: Action) -> bool {
    if action != Action::IssueItem {
        return false;
    }
    let Some(v) = crate::tui::screens::people::record::view(app) else {
        return true;
    };
    if v.row.status == EmployeeStatus::Separated {
        let why = DomainError::EmployeeSeparated {
            id: v.row.id.to_string(),
        };
        let text = app.cat.domain_error(&why);
        app.error(text);
        return true;
    }
    let form = issue_form(app, v.row.id, format!("{} ({})", v.row.name, v.row.number));
    app.open_form(form);
    true
}

pub fn offers_record(app: &App, action: Action) -> Option<bool> {
    match action {
        Action::IssueItem => Some(
            issues(app)
                && crate::tui::screens::people::record::view(app)
                    .is_some_and(|v| v.row.status != EmployeeStatus::Separated),
        ),
        _ => None,
    }
}
