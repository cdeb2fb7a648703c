//! Nothing but what was typed reaches the terminal. Every reply is made
//! visible where it enters the interface (hidden characters written out as
//! `\u{202e}`, whatever screen later shows it), and every frame is scrubbed
//! before it is drawn, so text that came some other way (a status line, a
//! catalog, a file) cannot carry a control or bidi character either.

use crate::domain::text;
use crate::service::api::Reply;
use ratatui::buffer::Buffer;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

/// `value` with every string in it made visible. Walks the value through its
/// own serde shape, so a new reply type is covered without code here.
pub fn visible<T: Serialize + DeserializeOwned>(value: T) -> T {
    let Ok(mut tree) = serde_json::to_value(&value) else {
        return value;
    };
    if !walk(&mut tree) {
        return value;
    }
    serde_json::from_value(tree).unwrap_or(value)
}

pub fn reply(r: Reply) -> Reply {
    visible(r)
}

/// Makes every string visible in place; true when anything changed.
fn walk(v: &mut Value) -> bool {
    match v {
        Value::String(s) => match text::visible(s) {
            std::borrow::Cow::Borrowed(_) => false,
            std::borrow::Cow::Owned(o) => {
                *s = o;
                true
            }
        },
        Value::Array(items) => items.iter_mut().fold(false, |any, i| walk(i) | any),
        Value::Object(map) => map.values_mut().fold(false, |any, i| walk(i) | any),
        _ => false,
    }
}

/// Drops any hidden character left in a drawn frame (ratatui already drops
/// control characters, but appends zero-width ones such as bidi overrides to
/// the cell before them).
pub fn scrub(buf: &mut Buffer) {
    for cell in &mut buf.content {
        if cell.symbol().chars().any(text::hidden) {
            let clean: String = cell
                .symbol()
                .chars()
                .filter(|c| !text::hidden(*c))
                .collect();
            cell.set_symbol(if clean.is_empty() { " " } else { &clean });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::service::api::{InboxItem, InboxKind, Page};

    #[test]
    fn replies_come_out_visible_and_otherwise_unchanged() {
        let item = |title: &str| InboxItem {
            kind: InboxKind::RevisePlan,
            case: crate::service::api::CaseRef::Plan(crate::domain::PlanId(3)),
            title: title.into(),
            since: chrono::DateTime::UNIX_EPOCH,
        };
        let r = Reply::Inbox(Page {
            items: vec![item("gpj.\u{202e}exe \u{1b}[2J"), item("張偉 plain")],
            total: 2,
            next: None,
        });
        let Reply::Inbox(p) = reply(r) else {
            panic!("not an inbox")
        };
        assert_eq!(p.items[0].title, "gpj.\\u{202e}exe \\u{1b}[2J");
        assert_eq!(p.items[1], item("張偉 plain"));
    }

    #[test]
    fn frames_keep_no_hidden_character() {
        let mut buf = Buffer::empty(ratatui::layout::Rect::new(0, 0, 4, 1));
        buf[(0, 0)].set_symbol("a\u{202e}");
        buf[(1, 0)].set_symbol("\u{200b}");
        scrub(&mut buf);
        assert_eq!(buf[(0, 0)].symbol(), "a");
        assert_eq!(buf[(1, 0)].symbol(), " ");
    }
}
