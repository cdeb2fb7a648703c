//! Mail from `renshi serve --mailer` (issue #14), end to end: users set
//! their address and language with `renshi notify set`, the daemon started
//! with the fake mailer (`tests/fake_mailer.sh`) sends the day's digest, a
//! requisition that reaches a signer mails them, each in their language,
//! and `notify status` shows who got what. `inbox --greeting` is the login
//! line of the same inbox.

mod daemon_support;
mod mail_support;

use daemon_support::*;
use mail_support::received;
use std::path::Path;
use std::time::Duration;

fn wait_for(dir: &Path, n: usize) -> Vec<String> {
    let mut got = Vec::new();
    wait_until(Duration::from_secs(30), || {
        got = received(dir);
        got.len() >= n
    });
    got
}

fn to(mail: &str) -> &str {
    mail.lines()
        .next()
        .unwrap()
        .rsplit(" [")
        .next()
        .unwrap()
        .trim_end_matches(']')
}

#[test]
fn signers_get_the_digest_and_a_mail_when_a_requisition_reaches_them() {
    let (dir, store, socket) = demo_store();
    let mailer = dir.path().join("sendmail");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fake_mailer.sh"),
        &mailer,
    )
    .unwrap();
    // Set before the daemon starts, on the store itself (the demo allows --as).
    for (login, lang) in [
        ("hr.li", "en"),
        ("hr.zhao", "zh-Hant"),
        ("div.eng", "zh-Hans"),
    ] {
        let out = ok(renshi(&store).args([
            "--as",
            login,
            "notify",
            "set",
            "--address",
            &format!("{login}@example.com"),
            "--language",
            lang,
        ]));
        assert!(out.contains(&format!("{login}@example.com")), "{out}");
    }
    // Hour 0: the day's digest is due as soon as the daemon starts.
    let daemon = Daemon::start_with(
        Path::new(BIN),
        &store,
        &socket,
        &[
            "--mailer",
            mailer.to_str().unwrap(),
            "--mail-from",
            "renshi@hr.example.com",
            "--digest-hour",
            "0",
            "--ssh-host",
            "hr-server",
        ],
    );
    let cli = |args: &[&str]| {
        let mut cmd = renshi(&store);
        cmd.env("RENSHI_SOCKET", &socket).args(args);
        ok(&mut cmd)
    };
    // A digest for each of them whose inbox holds anything today.
    let mut waiting: Vec<String> = ["hr.li", "hr.zhao", "div.eng"]
        .into_iter()
        .filter(|l| cli(&["--as", l, "inbox", "--count"]).trim() != "0")
        .map(|l| format!("{l}@example.com"))
        .collect();
    assert!(waiting.contains(&"hr.li@example.com".to_string()));
    let digests = wait_for(dir.path(), waiting.len());
    let mut got: Vec<String> = digests.iter().map(|m| to(m).to_string()).collect();
    got.sort();
    waiting.sort();
    assert_eq!(got, waiting);
    let li = digests
        .iter()
        .find(|m| to(m) == "hr.li@example.com")
        .unwrap();
    assert!(
        li.contains("From: \"renshi\" <renshi@hr.example.com>"),
        "{li}"
    );
    assert!(li.contains("items wait for you"), "{li}");

    let out = cli(&[
        "--as",
        "head.civil",
        "req",
        "new",
        "--position",
        "POS-012",
        "--start",
        "2030-03-01",
        "--reason",
        "Metro night shift",
    ]);
    let req = out
        .split_whitespace()
        .find(|w| w.starts_with("REQ-"))
        .unwrap()
        .to_string();
    let all = wait_for(dir.path(), digests.len() + 1);
    assert_eq!(
        all.len(),
        digests.len() + 1,
        "one more, to the division head"
    );
    let mail = all.last().unwrap();
    assert_eq!(to(mail), "div.eng@example.com");
    assert!(
        mail.lines().next().unwrap().starts_with("ARGS: [-i] [--] "),
        "{mail}"
    );
    // Chinese text travels encoded: the subject as RFC 2047 words.
    assert!(mail.contains("Subject: =?utf-8?"), "{mail}");

    // The status: the admin sees every mail, a signer only theirs.
    let admin: serde_json::Value =
        serde_json::from_str(&cli(&["--as", "admin", "notify", "status", "--json"])).unwrap();
    assert_eq!(admin["mailer"]["program"], mailer.to_str().unwrap());
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("tests/fixtures/json/notify_status.schema.json"),
        )
        .unwrap(),
    )
    .unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&admin)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:#?}\n{admin:#}");
    assert_eq!(admin["mail"].as_array().unwrap().len(), all.len());
    let div: serde_json::Value =
        serde_json::from_str(&cli(&["--as", "div.eng", "notify", "status", "--json"])).unwrap();
    let mine = div["mail"].as_array().unwrap();
    assert!(mine.iter().all(|m| m["to"] == "div.eng"));
    let last = mine.last().unwrap();
    assert_eq!(last["about"]["case"], req.as_str());
    assert_eq!(last["state"], "sent");
    assert_eq!(div["mine"]["language"], "zh-Hans");
    let text = cli(&["--as", "div.eng", "notify", "status"]);
    assert!(text.contains(&req) && text.contains("sent"), "{text}");

    // The login line: the count and the oldest ids; nothing when nothing waits.
    let hello = cli(&["--as", "div.eng", "inbox", "--greeting"]);
    let n = cli(&["--as", "div.eng", "inbox", "--count"]);
    assert!(
        hello.starts_with(&format!("renshi: {} item", n.trim())) && hello.contains("for you: "),
        "{hello}"
    );
    assert_eq!(cli(&["--as", "admin", "inbox", "--greeting"]), "");
    drop(daemon);
}
