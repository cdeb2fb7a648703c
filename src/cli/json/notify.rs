//! `notify status --json`.

use crate::service::api::MailStatus;
use crate::store::outbox::{MailAbout, MailState};
use serde_json::{Value, json};

pub fn mail_status(s: &MailStatus) -> Value {
    let mail: Vec<Value> = s
        .mail
        .iter()
        .map(|m| {
            let about = match &m.about {
                MailAbout::Item { case, what } => {
                    json!({"kind": "item", "case": case, "what": what})
                }
                MailAbout::Digest { day } => json!({"kind": "digest", "day": day.to_string()}),
                MailAbout::Items { cases } => json!({"kind": "items", "cases": cases}),
            };
            let (state, at, why) = match &m.state {
                MailState::Waiting => ("waiting", None, None),
                MailState::Sent { at } => ("sent", Some(*at), None),
                MailState::Dropped { at, why } => ("dropped", Some(*at), Some(why.clone())),
            };
            json!({
                "id": m.id,
                "to": m.to,
                "about": about,
                "subject": m.subject,
                "queued": m.queued,
                "state": state,
                "done_at": at,
                "dropped_because": why,
                "attempts": m.attempts,
                "next": m.next,
                "error": m.error,
            })
        })
        .collect();
    json!({
        "mailer": s.mailer.as_ref().map(|m| json!({
            "program": m.program,
            "from": m.from,
            "digest_hour": m.digest_hour,
            "ssh_host": m.ssh_host,
        })),
        "mine": prefs(&s.mine),
        "people": s.people.iter().map(|(login, p)| {
            let mut v = prefs(p);
            v["login"] = json!(login);
            v
        }).collect::<Vec<_>>(),
        "mail": mail,
    })
}

fn prefs(p: &crate::domain::MailPrefs) -> Value {
    json!({
        "address": p.address,
        "language": p.language,
        "off": p.off,
        "since": p.since,
    })
}
