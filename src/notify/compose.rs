//! The words of a mail, in its reader's language: one inbox item, or the
//! day's digest. Plain text that names each case and the exact command that
//! acts on it over SSH; nothing else about anyone.

use crate::i18n::Catalog;
use crate::present::{age, inbox_command, inbox_what};
use crate::service::api::{InboxItem, InboxKind};
use chrono::{DateTime, NaiveDate, Utc};

pub struct Letter {
    pub subject: String,
    pub body: String,
}

/// What the reader needs to know of the place they get mail from.
pub struct Sender<'a> {
    pub company: &'a str,
    pub ssh_host: &'a str,
}

fn act(item: &InboxItem, from: &Sender) -> String {
    format!("ssh {} {}", from.ssh_host, inbox_command(item))
}

fn closing(cat: &Catalog, from: &Sender) -> String {
    cat.f(
        "mail.closing",
        &[
            // The company's name, when it has one, after the program's.
            (
                "company",
                match from.company {
                    "" => String::new(),
                    name => format!(" · {name}"),
                },
            ),
            ("host", from.ssh_host.to_string()),
        ],
    )
}

/// A mail for an item that just entered `name`'s inbox.
pub fn item(cat: &Catalog, name: &str, item: &InboxItem, from: &Sender) -> Letter {
    let what = inbox_what(cat, &item.kind);
    let subject = cat.f(
        "mail.item_subject",
        &[("case", item.case.to_string()), ("what", what.clone())],
    );
    // A decision is news, not a task: it says what happened and how to see it.
    let notice = matches!(
        item.kind,
        InboxKind::PlanApproved { .. }
            | InboxKind::PlanRejected { .. }
            | InboxKind::ReqDecided { .. }
    );
    let body = cat.f(
        if notice {
            "mail.notice_body"
        } else {
            "mail.item_body"
        },
        &[
            ("name", name.to_string()),
            ("case", item.case.to_string()),
            ("title", item.title.clone()),
            ("what", what),
            ("command", format!("    {}", act(item, from))),
        ],
    );
    letter(cat, from, &subject, &format!("{body}\n"))
}

/// A mail as it goes out: the body, a blank line and the closing, all
/// without the backticks with which the catalogs mark commands and Latin
/// words for the terminal (a mail is read as it is).
fn letter(cat: &Catalog, from: &Sender, subject: &str, body: &str) -> Letter {
    let plain = |text: &str| text.replace('`', "");
    Letter {
        subject: plain(subject),
        body: plain(&format!("{body}\n{}\n", closing(cat, from))),
    }
}

/// One mail for several items that entered `name`'s inbox close together.
pub fn items(
    cat: &Catalog,
    name: &str,
    items: &[&InboxItem],
    now: DateTime<Utc>,
    from: &Sender,
) -> Letter {
    let n = items.len().to_string();
    let subject = cat.f("mail.items_subject", &[("n", n.clone())]);
    let mut body = cat.f("mail.items_intro", &[("name", name.to_string()), ("n", n)]);
    body.push_str("\n\n");
    body.push_str(&listing(cat, items.iter().copied(), items.len(), now, from));
    letter(cat, from, &subject, &body)
}

/// The first `DIGEST_ITEMS` of `total` items, one by one, and how many more.
fn listing<'a>(
    cat: &Catalog,
    items: impl Iterator<Item = &'a InboxItem>,
    total: usize,
    now: DateTime<Utc>,
    from: &Sender,
) -> String {
    let mut out = String::new();
    for i in items.take(DIGEST_ITEMS) {
        out.push_str(&line(cat, i, now, from));
    }
    if total > DIGEST_ITEMS {
        out.push_str(&cat.f(
            "mail.digest_more",
            &[("n", (total - DIGEST_ITEMS).to_string())],
        ));
        out.push('\n');
    }
    out
}

/// An item as the digest and a mail of several list it.
fn line(cat: &Catalog, i: &InboxItem, now: DateTime<Utc>, from: &Sender) -> String {
    format!(
        "{}  {}  {}\n    {}\n    {}\n",
        i.case,
        inbox_what(cat, &i.kind),
        cat.f("mail.waiting", &[("age", age(cat, i.since, now))]),
        i.title,
        act(i, from)
    )
}

/// The day a dated item falls due, for the digest's second list.
pub fn due(kind: &InboxKind) -> Option<NaiveDate> {
    match kind {
        InboxKind::Assess { end, .. }
        | InboxKind::ContractEnds { end }
        | InboxKind::ProbationDue { end, .. } => Some(*end),
        InboxKind::OffboardStep { due, .. } | InboxKind::StepOverdue { due, .. } => Some(*due),
        InboxKind::CertificatesExpire { first, .. } => Some(*first),
        _ => None,
    }
}

/// The most items a digest lists one by one; `renshi inbox` has the rest.
pub const DIGEST_ITEMS: usize = 50;

/// How far ahead the digest lists what falls due.
pub const DUE_AHEAD_DAYS: i64 = 30;

/// The day's digest: everything in `name`'s inbox, oldest first, then what
/// falls due within `DUE_AHEAD_DAYS` (or is overdue), soonest first.
pub fn digest(
    cat: &Catalog,
    name: &str,
    items: &[InboxItem],
    day: NaiveDate,
    now: DateTime<Utc>,
    from: &Sender,
) -> Letter {
    let n = items.len().to_string();
    let subject = cat.f(
        "mail.digest_subject",
        &[("n", n.clone()), ("day", day.to_string())],
    );
    let mut body = cat.f("mail.digest_intro", &[("name", name.to_string()), ("n", n)]);
    body.push_str("\n\n");
    body.push_str(&listing(cat, items.iter(), items.len(), now, from));
    let mut dated: Vec<(NaiveDate, &InboxItem)> = items
        .iter()
        .filter_map(|i| due(&i.kind).map(|d| (d, i)))
        .filter(|(d, _)| (*d - day).num_days() <= DUE_AHEAD_DAYS)
        .collect();
    dated.sort_by_key(|(d, i)| (*d, i.case));
    dated.truncate(DIGEST_ITEMS);
    if !dated.is_empty() {
        body.push('\n');
        body.push_str(cat.t("mail.digest_due"));
        body.push('\n');
        for (d, i) in dated {
            let when = if d < day {
                cat.f("mail.overdue_since", &[("day", d.to_string())])
            } else {
                d.to_string()
            };
            body.push_str(&format!("{when}  {}  {}\n", i.case, i.title));
        }
    }
    letter(cat, from, &subject, &body)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ReqId;
    use crate::i18n::Lang;
    use crate::service::api::CaseRef;

    fn items(n: u32, since: DateTime<Utc>) -> Vec<InboxItem> {
        (1..=n)
            .map(|i| InboxItem {
                kind: InboxKind::ContractEnds {
                    end: since.date_naive() + chrono::TimeDelta::days(i64::from(i)),
                },
                case: CaseRef::Req(ReqId(i)),
                title: format!("Case {i}"),
                since,
            })
            .collect()
    }

    #[test]
    fn a_long_inbox_is_cut_in_the_digest_and_says_how_much_is_left() {
        let now = Utc::now();
        let from = Sender {
            company: "",
            ssh_host: "hr",
        };
        let cat = Catalog::load(Lang::En);
        let letter = digest(&cat, "Li", &items(60, now), now.date_naive(), now, &from);
        assert!(
            letter.subject.contains("60 items wait"),
            "{}",
            letter.subject
        );
        assert_eq!(
            letter.body.matches("ssh hr renshi req show").count(),
            DIGEST_ITEMS
        );
        assert!(letter.body.contains("and 10 more"), "{}", letter.body);
        // What falls due: within 30 days only, soonest first.
        let due = letter
            .body
            .split("Due within 30 days, or overdue:")
            .nth(1)
            .unwrap_or_default();
        assert_eq!(due.matches("Case ").count(), 30, "{due}");
        let first = due.find("Case 1\n").unwrap_or(usize::MAX);
        assert!(first < due.find("Case 2\n").unwrap_or(0), "{due}");
    }
}
