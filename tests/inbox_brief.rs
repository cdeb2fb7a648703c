//! `inbox --count` and `inbox --brief` through `renshi serve` (issue #14):
//! each person's count is the number of their own items and nobody else's,
//! and each brief line names the item, how long it waited and the command
//! that acts on it — which then works.

mod daemon_support;

use daemon_support::*;
use std::path::Path;

const LOGINS: [&str; 10] = [
    "admin",
    "hr.li",
    "hr.zhao",
    "head.civil",
    "div.eng",
    "gm.wang",
    "board.chen",
    "admin.sun",
    "fin.zhou",
    "emp.liu",
];

#[test]
fn each_count_is_the_askers_own_items_and_each_brief_line_acts() {
    let (_dir, store, socket) = demo_store();
    let _daemon = Daemon::start(Path::new(BIN), &store, &socket, None);
    let cli = |args: &[&str]| {
        let mut cmd = renshi(&store);
        cmd.env("RENSHI_SOCKET", &socket).args(args);
        ok(&mut cmd)
    };
    let mut counts = Vec::new();
    for login in LOGINS {
        let count = cli(&["--as", login, "inbox", "--count"]);
        let n: usize = count
            .trim()
            .parse()
            .unwrap_or_else(|_| panic!("{login}: one number, got {count:?}"));
        let json: serde_json::Value =
            serde_json::from_str(&cli(&["--as", login, "inbox", "--json"])).unwrap();
        let own = json["items"].as_array().unwrap().len();
        assert_eq!(n, own, "{login}: the count is their own inbox");
        let brief = cli(&["--as", login, "inbox", "--brief"]);
        assert_eq!(brief.lines().count(), n, "{login}:\n{brief}");
        for line in brief.lines() {
            assert!(line.contains("  renshi "), "{login}: {line}");
        }
        counts.push((login, n));
    }
    let of = |who: &str| counts.iter().find(|(l, _)| *l == who).unwrap().1;
    assert_eq!(
        of("emp.liu"),
        1,
        "the demo's employee has his signed-off evaluation to acknowledge"
    );
    assert_eq!(of("admin"), 0, "nothing waits for the administrator");
    assert!(
        of("fin.zhou") >= 1,
        "the demo's settlement waits for finance"
    );
    // fin.zhou's brief names the settlement's command; running it as given
    // (with an amount) records it.
    let brief = cli(&["--as", "fin.zhou", "inbox", "--brief"]);
    let line = brief
        .lines()
        .find(|l| l.contains("offboard settle"))
        .unwrap_or_else(|| panic!("{brief}"));
    let command = &line[line.find("renshi ").unwrap() + "renshi ".len()..];
    let mut words: Vec<String> = vec!["--as".into(), "fin.zhou".into()];
    words.extend(shlex::split(&command.replace("AMOUNT", "8,600")).unwrap());
    let words: Vec<&str> = words.iter().map(String::as_str).collect();
    let out = cli(&words);
    assert!(out.contains("8,600.00"), "{out}");
    let after: usize = cli(&["--as", "fin.zhou", "inbox", "--count"])
        .trim()
        .parse()
        .unwrap();
    assert_eq!(after, of("fin.zhou") - 1, "the item left the inbox");
}
