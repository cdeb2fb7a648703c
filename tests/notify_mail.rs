//! Mail through the system's mailer (issue #14), with `tests/fake_mailer.sh`
//! standing in for sendmail and the test clock standing in for the day: a
//! mail when an item enters someone's inbox, the digest at the company's
//! hour, both in the reader's language; retries after a failing or hanging
//! mailer; nothing after opting out; nothing injected into a header.

mod common;
mod mail_support;

use base64::Engine;
use chrono::{TimeDelta, TimeZone, Utc};
use common::recruit::*;
use common::*;
use renshi::domain::recruit::Recruit;
use renshi::domain::signoff::Decision;
use renshi::domain::*;
use renshi::notify::{MailConfig, Notifier, Pass};
use renshi::service::api::{ApiError, MailStatus, Query, Reply};
use renshi::service::{Caller, Service};
use renshi::store::outbox::{Mail, MailAbout, MailState};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;
use tempfile::TempDir;

/// A copy of the fake mailer in a directory of its own, and what it received.
struct Mailbox {
    dir: TempDir,
}

/// One message as the mailer got it.
#[derive(Debug)]
struct Received {
    args: Vec<String>,
    headers: Vec<(String, String)>,
    subject: String,
    body: String,
}

impl Received {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

impl Mailbox {
    fn new() -> Mailbox {
        let dir = tempfile::tempdir().unwrap();
        let program = dir.path().join("sendmail");
        std::fs::copy(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fake_mailer.sh"),
            &program,
        )
        .unwrap();
        Mailbox { dir }
    }

    fn program(&self) -> PathBuf {
        self.dir.path().join("sendmail")
    }

    fn switch(&self, what: &str, on: bool) {
        let flag = self.dir.path().join(what);
        if on {
            std::fs::write(flag, "").unwrap();
        } else {
            let _ = std::fs::remove_file(flag);
        }
    }

    fn sent(&self) -> Vec<Received> {
        mail_support::received(self.dir.path())
            .iter()
            .map(|m| parse(m))
            .collect()
    }
}

/// Reads a message the way a mail reader would: unfolds headers, decodes
/// RFC 2047 words and the body's transfer encoding.
fn parse(raw: &str) -> Received {
    let (args, message) = raw.split_once('\n').unwrap();
    let args = args
        .trim_start_matches("ARGS:")
        .split(" [")
        .filter(|a| !a.trim().is_empty())
        .map(|a| a.trim_end_matches(']').to_string())
        .collect();
    let message = message.replace("\r\n", "\n");
    let (head, body) = message.split_once("\n\n").unwrap();
    let mut headers: Vec<(String, String)> = Vec::new();
    for line in head.lines() {
        if line.starts_with([' ', '\t']) {
            let last = &mut headers.last_mut().unwrap().1;
            last.push(' ');
            last.push_str(line.trim_start());
        } else {
            let (n, v) = line.split_once(':').unwrap();
            headers.push((n.to_string(), v.trim().to_string()));
        }
    }
    let words = |v: &str| decode_words(v);
    let subject = headers
        .iter()
        .find(|(n, _)| n == "Subject")
        .map(|(_, v)| words(v))
        .unwrap_or_default();
    let encoding = headers
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case("Content-Transfer-Encoding"))
        .map(|(_, v)| v.to_ascii_lowercase())
        .unwrap_or_default();
    let body = match encoding.as_str() {
        "base64" => String::from_utf8(
            base64::engine::general_purpose::STANDARD
                .decode(body.split_whitespace().collect::<String>())
                .unwrap(),
        )
        .unwrap(),
        "quoted-printable" => String::from_utf8(unquote(&body.replace("=\n", ""))).unwrap(),
        _ => body.to_string(),
    };
    Received {
        args,
        headers,
        subject,
        body,
    }
}

/// Encoded words may split a character between them: their bytes are joined
/// before they are read as UTF-8.
fn decode_words(v: &str) -> String {
    let mut out = Vec::new();
    for part in v.split_whitespace() {
        let word = |kind: &str| {
            part.strip_prefix(&format!("=?utf-8?{kind}?"))
                .and_then(|p| p.strip_suffix("?="))
        };
        if let Some(b64) = word("B") {
            out.extend(
                base64::engine::general_purpose::STANDARD
                    .decode(b64)
                    .unwrap(),
            );
        } else if let Some(q) = word("Q") {
            out.extend(unquote(&q.replace('_', " ")));
        } else {
            {
                if !out.is_empty() {
                    out.push(b' ');
                }
                out.extend_from_slice(part.as_bytes());
            }
        }
    }
    String::from_utf8(out).unwrap()
}

/// `=XX` escapes, as quoted-printable bodies and Q-encoded words have them.
fn unquote(text: &str) -> Vec<u8> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'=' && i + 2 < bytes.len() {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap();
            out.push(u8::from_str_radix(hex, 16).unwrap());
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    out
}

fn config(mailbox: &Mailbox, digest_hour: u32) -> MailConfig {
    MailConfig {
        program: mailbox.program(),
        from: "renshi@hr.example.com".into(),
        digest_hour,
        ssh_host: "hr-server".into(),
        timeout: Duration::from_secs(2),
    }
}

fn set_mail(svc: &Service, login: &str, address: &str, language: &str) {
    ok(
        svc,
        login,
        Command::SetMail {
            login: login.into(),
            address: Some(address.into()),
            language: Some(language.into()),
            off: None,
        },
        "",
    );
}

fn status(svc: &Service, login: &str) -> MailStatus {
    match svc.query(&Caller::new(login), Query::MailStatus) {
        Ok(Reply::MailStatus(s)) => *s,
        other => panic!("{other:?}"),
    }
}

/// A notifier on the demo company. The demo's zone is Asia/Shanghai, and the
/// test clock starts at 09:00 UTC, 17:00 there: a digest hour of 23 keeps the
/// digest out of tests about single items.
fn notifier(mailbox: &Mailbox, digest_hour: u32) -> (TempDir, Arc<Service>, Notifier) {
    let (dir, svc) = demo();
    let svc = Arc::new(svc);
    let n = Notifier::new(svc.clone(), config(mailbox, digest_hour));
    (dir, svc, n)
}

fn raise_requisition(svc: &Service) -> ReqId {
    let position = position_id(&company(svc), "Civil Engineer");
    let done = step(
        svc,
        "head.civil",
        Recruit::Raise {
            position,
            count: 1,
            reason: "Night shift 夜班.".into(),
            start: today() + days(30),
            notes: String::new(),
        },
        "",
    );
    created(&done)
}

#[test]
fn a_requisition_reaching_a_signer_mails_them_in_their_language() {
    let mailbox = Mailbox::new();
    let (_dir, svc, notifier) = notifier(&mailbox, 23);
    set_mail(&svc, "div.eng", "div.eng@example.com", "zh-Hans");
    set_mail(&svc, "gm.wang", "gm.wang@example.com", "en");
    // The first look records what already waits: that is the digest's to tell.
    assert_eq!(notifier.pass(), Pass::default());
    assert!(mailbox.sent().is_empty());

    let req = raise_requisition(&svc);
    let pass = notifier.pass();
    assert_eq!((pass.queued, pass.sent), (1, 1), "{pass:?}");
    let sent = mailbox.sent();
    let m = &sent[0];
    assert_eq!(m.args, ["-i", "--", "div.eng@example.com"]);
    assert_eq!(m.header("To"), Some("<div.eng@example.com>"));
    assert!(m.subject.contains(&req.to_string()), "{}", m.subject);
    assert!(m.subject.contains("签批用人申请"), "{}", m.subject);
    assert!(m.body.contains("您好"), "{}", m.body);
    assert!(
        m.body
            .contains(&format!("ssh hr-server renshi approve {req}")),
        "{}",
        m.body
    );
    // Nothing more: nobody else's turn came, and the item is not told twice.
    assert_eq!(notifier.pass().queued, 0);
    assert_eq!(mailbox.sent().len(), 1);

    // The division head signs: now it is the general manager's, in English.
    step(
        &svc,
        "div.eng",
        Recruit::Sign {
            id: req,
            decision: Decision::Approve,
            seen: req_seen(&svc, req),
            assign: None,
        },
        "",
    );
    assert_eq!(notifier.pass().sent, 1);
    let sent = mailbox.sent();
    let m = &sent[1];
    assert_eq!(m.args, ["-i", "--", "gm.wang@example.com"]);
    assert_eq!(m.subject, format!("renshi: {req} — Sign requisition"));
    assert!(m.body.starts_with("Hello "), "{}", m.body);
    assert!(
        m.body
            .contains(&format!("    ssh hr-server renshi approve {req}")),
        "{}",
        m.body
    );
    assert!(m.body.contains("renshi notify off"), "{}", m.body);
    // The outbox says what went where, and to whom it is shown.
    let gm = status(&svc, "gm.wang");
    assert_eq!(
        gm.mail.len(),
        1,
        "the general manager sees their own mail only"
    );
    assert!(matches!(gm.mail[0].state, MailState::Sent { .. }));
    assert!(gm.mail[0].body.is_empty(), "bodies stay in the outbox");
    assert_eq!(status(&svc, "admin").mail.len(), 2, "the admin sees all");
    assert!(status(&svc, "head.civil").mail.is_empty());
}

#[test]
fn the_digest_goes_out_once_a_day_at_the_companys_hour() {
    let mailbox = Mailbox::new();
    // 09:00 in Shanghai is 01:00 UTC.
    let (_dir, svc, notifier) = notifier(&mailbox, 9);
    set_mail(&svc, "hr.li", "hr.li@example.com", "en");
    set_mail(&svc, "hr.zhao", "hr.zhao@example.com", "zh-Hant");
    set_mail(&svc, "admin", "admin@example.com", "en");
    let day = today() + days(1);
    let at = |h: u32, m: u32| Utc.from_utc_datetime(&day.and_hms_opt(h, m, 0).unwrap());

    set_now(at(0, 59));
    assert_eq!(
        notifier.pass(),
        Pass::default(),
        "08:59 in Shanghai: not yet"
    );
    set_now(at(1, 0));
    let pass = notifier.pass();
    assert_eq!(
        pass.sent, 2,
        "hr.li and hr.zhao; nothing waits for the admin"
    );
    let sent = mailbox.sent();
    let li = sent
        .iter()
        .find(|m| m.args.last().map(String::as_str) == Some("hr.li@example.com"))
        .unwrap();
    let items = match svc.query(
        &Caller::new("hr.li"),
        Query::Inbox(renshi::service::api::PageReq::FIRST),
    ) {
        Ok(Reply::Inbox(p)) => p.items,
        other => panic!("{other:?}"),
    };
    assert!(
        li.subject
            .starts_with(&format!("renshi: {} items wait for you", items.len())),
        "{}",
        li.subject
    );
    assert!(li.subject.contains(&day.to_string()), "{}", li.subject);
    for i in &items {
        let command = format!("ssh hr-server {}", renshi::present::inbox_command(i));
        assert!(li.body.contains(&command), "{command} in\n{}", li.body);
    }
    let zhao = sent
        .iter()
        .find(|m| m.args.last().map(String::as_str) == Some("hr.zhao@example.com"))
        .unwrap();
    assert!(zhao.subject.contains("項待辦"), "{}", zhao.subject);
    // What falls due is listed apart, soonest first, when anything does.
    let dated = items
        .iter()
        .filter(|i| renshi::notify::compose::due(&i.kind).is_some())
        .count();
    assert_eq!(
        li.body.contains("Due within 30 days, or overdue:"),
        dated > 0,
        "{}",
        li.body
    );

    // Once a day: later the same day, nothing; the next day at the hour, again.
    set_now(at(15, 0));
    assert_eq!(notifier.pass().queued, 0);
    set_now(at(15, 0) + TimeDelta::hours(9) + TimeDelta::minutes(59));
    assert_eq!(notifier.pass().queued, 0, "08:59 the next day");
    set_now(at(1, 0) + days(1));
    assert_eq!(notifier.pass().sent, 2);
}

#[test]
fn a_burst_of_items_is_one_mail_and_the_next_waits_its_turn() {
    let mailbox = Mailbox::new();
    let (_dir, svc, notifier) = notifier(&mailbox, 23);
    set_mail(&svc, "div.eng", "div.eng@example.com", "en");
    notifier.pass();
    let first = raise_requisition(&svc);
    let second = raise_requisition(&svc);
    assert_eq!(notifier.pass().sent, 1, "two items, one mail");
    let m = &mailbox.sent()[0];
    assert_eq!(m.subject, "renshi: 2 new items wait for you");
    for req in [first, second] {
        assert!(
            m.body
                .contains(&format!("ssh hr-server renshi approve {req}")),
            "{}",
            m.body
        );
    }
    // Another within the quiet time waits for it, and goes then, alone.
    step(
        &svc,
        "head.civil",
        Recruit::Cancel { id: first },
        "Not needed.",
    );
    set_now(now() + TimeDelta::seconds(30));
    let third = raise_requisition(&svc);
    assert_eq!(notifier.pass().queued, 0, "too soon after the last mail");
    set_now(now() + renshi::notify::QUIET);
    assert_eq!(notifier.pass().sent, 1);
    let sent = mailbox.sent();
    assert_eq!(sent.len(), 2);
    assert!(
        sent[1].subject.contains(&third.to_string()),
        "{}",
        sent[1].subject
    );
}

#[test]
fn what_arrives_between_turning_mail_on_and_the_first_look_is_mailed() {
    let mailbox = Mailbox::new();
    let (_dir, svc, notifier) = notifier(&mailbox, 23);
    let before = svc.whole_inbox("hr.li").unwrap().len();
    set_mail(&svc, "hr.li", "hr.li@example.com", "en");
    set_mail(&svc, "div.eng", "div.eng@example.com", "en");
    set_now(now() + TimeDelta::minutes(1));
    let req = raise_requisition(&svc);
    // The notifier looks only now: the requisition came after div.eng's
    // mail was on, so it is theirs to hear of; hr.li's older items are not.
    assert_eq!(notifier.pass().sent, 1);
    let sent = mailbox.sent();
    assert_eq!(sent[0].args.last().unwrap(), "div.eng@example.com");
    assert!(sent[0].subject.contains(&req.to_string()));
    assert!(before > 0, "hr.li has older items in the demo");
}

#[test]
fn a_failing_or_hanging_mailer_is_retried_with_backoff_and_nothing_is_lost() {
    let mailbox = Mailbox::new();
    let (_dir, svc, notifier) = notifier(&mailbox, 23);
    set_mail(&svc, "div.eng", "div.eng@example.com", "en");
    notifier.pass();
    mailbox.switch("fail", true);
    let req = raise_requisition(&svc);
    let pass = notifier.pass();
    assert_eq!((pass.queued, pass.sent, pass.failed), (1, 0, 1));
    let mine = status(&svc, "div.eng");
    let m = &mine.mail[0];
    assert_eq!((m.state.clone(), m.attempts), (MailState::Waiting, 1));
    let error = m.error.as_deref().unwrap();
    assert!(error.contains("relay refused"), "{error}");
    assert_eq!(m.next, now() + TimeDelta::minutes(1));

    // Not before its time; then the mailer still fails, and the wait doubles.
    assert_eq!(notifier.pass().failed, 0);
    set_now(now() + TimeDelta::minutes(1));
    assert_eq!(notifier.pass().failed, 1);
    assert_eq!(
        status(&svc, "div.eng").mail[0].next,
        now() + TimeDelta::minutes(2)
    );

    // A mailer that never ends is stopped at the timeout and tried again later.
    mailbox.switch("fail", false);
    mailbox.switch("hang", true);
    set_now(now() + TimeDelta::minutes(2));
    let started = std::time::Instant::now();
    assert_eq!(notifier.pass().failed, 1);
    assert!(started.elapsed() < Duration::from_secs(10));
    let error = status(&svc, "div.eng").mail[0].error.clone().unwrap();
    assert!(error.contains("did not finish within 2 s"), "{error}");
    // Stopped with what it started: its child does not live on.
    let child = std::fs::read_to_string(mailbox.dir.path().join("hang.pid")).unwrap();
    let proc = PathBuf::from(format!("/proc/{}", child.trim()));
    let gone = (0..50).any(|_| {
        std::thread::sleep(Duration::from_millis(20));
        // A zombie waits for its reaper (init) but runs no more.
        std::fs::read_to_string(proc.join("stat"))
            .map_or(true, |s| s.split_whitespace().nth(2) == Some("Z"))
    });
    assert!(gone, "the mailer's child {} still runs", child.trim());

    // The mailer works again: the same mail goes, once.
    mailbox.switch("hang", false);
    set_now(now() + TimeDelta::minutes(4));
    assert_eq!(notifier.pass().sent, 1);
    let sent = mailbox.sent();
    assert_eq!(sent.len(), 1);
    assert!(sent[0].subject.contains(&req.to_string()));
    let m = &status(&svc, "div.eng").mail[0];
    assert!(matches!(m.state, MailState::Sent { .. }));
    assert_eq!(m.error, None);
    set_now(now() + TimeDelta::hours(2));
    assert_eq!(notifier.pass().sent, 0);
}

#[test]
fn a_mail_that_went_but_could_not_be_recorded_is_not_sent_again() {
    let mailbox = Mailbox::new();
    let (_dir, svc, notifier) = notifier(&mailbox, 23);
    set_mail(&svc, "div.eng", "div.eng@example.com", "en");
    notifier.pass();
    mailbox.switch("fail", true);
    raise_requisition(&svc);
    assert_eq!(notifier.pass().failed, 1);
    // The mailer works again, but the disk takes nothing: the mail goes,
    // and its "sent" cannot be written.
    mailbox.switch("fail", false);
    svc.store().fail_next_writes(1);
    set_now(now() + TimeDelta::minutes(1));
    assert_eq!(notifier.pass().sent, 1);
    // Later passes write the record and never hand the mail over again.
    for _ in 0..3 {
        set_now(now() + TimeDelta::minutes(5));
        assert_eq!(notifier.pass().sent, 0);
    }
    assert_eq!(mailbox.sent().len(), 1);
    assert!(matches!(
        status(&svc, "div.eng").mail[0].state,
        MailState::Sent { .. }
    ));
}

#[test]
fn mail_whose_queueing_failed_is_queued_again_and_sent_once() {
    let mailbox = Mailbox::new();
    let (_dir, svc, notifier) = notifier(&mailbox, 23);
    set_mail(&svc, "div.eng", "div.eng@example.com", "en");
    notifier.pass();
    raise_requisition(&svc);
    svc.store().fail_next_writes(1);
    let pass = notifier.pass();
    assert!(pass.sent <= 1, "{pass:?}");
    for _ in 0..3 {
        set_now(now() + TimeDelta::minutes(5));
        notifier.pass();
    }
    assert_eq!(
        mailbox.sent().len(),
        1,
        "once, whatever the failed write kept"
    );
}

#[test]
fn a_missing_mailer_is_a_logged_failure_and_the_mail_waits() {
    let mailbox = Mailbox::new();
    let (_dir, svc) = demo();
    let svc = Arc::new(svc);
    let notifier = Notifier::new(
        svc.clone(),
        MailConfig {
            program: mailbox.dir.path().join("no-such-sendmail"),
            ..config(&mailbox, 23)
        },
    );
    set_mail(&svc, "div.eng", "div.eng@example.com", "en");
    notifier.pass();
    raise_requisition(&svc);
    assert_eq!(notifier.pass().failed, 1);
    let m = &status(&svc, "div.eng").mail[0];
    assert!(m.error.as_deref().unwrap().contains("cannot run"), "{m:?}");
    assert_eq!(m.state, MailState::Waiting);
}

#[test]
fn no_mail_after_opting_out_and_only_new_items_after_opting_in() {
    let mailbox = Mailbox::new();
    let (_dir, svc, notifier) = notifier(&mailbox, 23);
    set_mail(&svc, "div.eng", "div.eng@example.com", "en");
    notifier.pass();
    // Queued while the mailer is down, then turned off before it went.
    mailbox.switch("fail", true);
    let first = raise_requisition(&svc).0;
    assert_eq!(notifier.pass().failed, 1);
    let off = |off: bool| Command::SetMail {
        login: "div.eng".into(),
        address: None,
        language: None,
        off: Some(off),
    };
    ok(&svc, "div.eng", off(true), "");
    mailbox.switch("fail", false);
    set_now(now() + TimeDelta::minutes(5));
    let pass = notifier.pass();
    assert_eq!((pass.sent, pass.dropped), (0, 1));
    assert!(matches!(
        status(&svc, "div.eng").mail[0].state,
        MailState::Dropped { .. }
    ));
    raise_requisition(&svc);
    assert_eq!(notifier.pass().queued, 0, "mail is off");
    assert!(mailbox.sent().is_empty());
    // Turning it off twice says so, and writes nothing.
    assert_eq!(
        refused(&svc, "div.eng", off(true), ""),
        DomainError::MailUnchanged {
            login: "div.eng".into()
        }
    );

    // On again: what came meanwhile is the digest's; what comes now is mailed.
    set_now(now() + TimeDelta::minutes(1));
    ok(&svc, "div.eng", off(false), "");
    assert_eq!(notifier.pass().queued, 0);
    // (The demo's Civil Engineers have two free seats: one is given back.)
    step(
        &svc,
        "head.civil",
        Recruit::Cancel { id: ReqId(first) },
        "Not needed.",
    );
    let req = raise_requisition(&svc);
    assert_eq!(notifier.pass().sent, 1);
    assert!(mailbox.sent()[0].subject.contains(&req.to_string()));
}

#[test]
fn addresses_are_checked_and_nothing_reaches_a_header_of_its_own() {
    let (_dir, svc) = demo();
    for bad in [
        "div.eng@example.com\r\nBcc: spy@evil.example",
        "div.eng@example.com, spy@evil.example",
        "-oQ/tmp/x@example.com",
        "Div <div.eng@example.com>",
        "div.eng",
    ] {
        let e = refused(
            &svc,
            "div.eng",
            Command::SetMail {
                login: "div.eng".into(),
                address: Some(bad.into()),
                language: None,
                off: None,
            },
            "",
        );
        assert!(
            matches!(
                e,
                DomainError::BadMailAddress { .. }
                    | DomainError::OneLineOnly { .. }
                    | DomainError::BadCharacter { .. }
            ),
            "{bad:?}: {e:?}"
        );
    }
    let e = refused(
        &svc,
        "div.eng",
        Command::SetMail {
            login: "div.eng".into(),
            address: None,
            language: Some("fr".into()),
            off: None,
        },
        "",
    );
    assert_eq!(e.key(), "err.bad_language");

    // The domain refuses newlines in titles and names; should one ever reach
    // a subject anyway, it is encoded, never a header break.
    let mailbox = Mailbox::new();
    let mail = Mail {
        id: 7,
        to: "div.eng".into(),
        about: MailAbout::Item {
            case: "REQ-0001".into(),
            what: "REQ-0001:sign_req".into(),
        },
        subject: "REQ-0001\r\nBcc: spy@evil.example\r\n\r\nforged body".into(),
        body: "Hello\r\n.\r\nBcc: spy@evil.example\n".into(),
        queued: now(),
        attempts: 0,
        next: now(),
        state: MailState::Waiting,
        error: None,
    };
    let raw =
        renshi::notify::message(&config(&mailbox, 8), "div.eng@example.com", &mail, now()).unwrap();
    let m = parse(&format!("ARGS:\n{}", String::from_utf8(raw).unwrap()));
    let names: Vec<&str> = m.headers.iter().map(|(n, _)| n.as_str()).collect();
    assert!(
        !names.iter().any(|n| n.eq_ignore_ascii_case("bcc")),
        "{names:?}"
    );
    assert_eq!(names.iter().filter(|n| **n == "To").count(), 1);
    assert!(
        m.subject.contains("spy@evil.example"),
        "kept as text: {}",
        m.subject
    );
}

#[test]
fn mail_settings_are_their_owners_and_the_admins() {
    let (_dir, svc) = demo();
    let set = |by: &str, whose: &str| {
        run(
            &svc,
            by,
            Command::SetMail {
                login: whose.into(),
                address: Some(format!("{whose}@example.com")),
                language: None,
                off: None,
            },
            "",
        )
    };
    assert!(matches!(
        set("hr.zhao", "emp.liu"),
        Err(ApiError::Domain(DomainError::Denied { .. }))
    ));
    set("admin", "emp.liu").unwrap();
    set("hr.zhao", "hr.zhao").unwrap();
    let c = svc.company();
    assert_eq!(
        c.users["emp.liu"].mail.address.as_deref(),
        Some("emp.liu@example.com")
    );
    // Rebuilt from the log, the settings are the same.
    assert_eq!(
        svc.store().load().unwrap().0.users["emp.liu"].mail,
        c.users["emp.liu"].mail
    );
    assert_eq!(
        status(&svc, "emp.liu").mine.address.as_deref(),
        Some("emp.liu@example.com")
    );
    assert!(
        status(&svc, "emp.liu").mailer.is_none(),
        "nothing mails here"
    );
}
