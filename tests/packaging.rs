//! What the package carries besides the binary is made from the one clap
//! definition the program parses with (issue #15): a manual page for every
//! subcommand at every depth, and Tab completion that offers every
//! subcommand, and case ids from the asker's inbox through the daemon.

mod daemon_support;

use daemon_support::*;
use std::path::Path;
use std::process::Command;

/// What the shell's script asks: the words so far, and the index of the
/// one being completed (bash's protocol, one candidate per line).
fn complete(socket: Option<&Path>, words: &[&str]) -> Vec<String> {
    let mut cmd = Command::new(BIN);
    cmd.env_remove("SSH_ORIGINAL_COMMAND")
        .env("COMPLETE", "bash")
        .env("_CLAP_IFS", "\n")
        .env("_CLAP_COMPLETE_INDEX", (words.len() - 1).to_string())
        .env("RENSHI_LANG", "en")
        .arg("--")
        .args(words);
    match socket {
        Some(s) => cmd.env("RENSHI_SOCKET", s),
        None => cmd.env("RENSHI_SOCKET", "/nonexistent/renshi.sock"),
    };
    let out = ok(&mut cmd);
    out.lines()
        .map(|l| l.split('\t').next().unwrap_or("").to_string())
        .collect()
}

#[test]
fn every_subcommand_has_a_manual_page_that_names_it() {
    let dir = tempfile::tempdir().unwrap();
    ok(Command::new(BIN).arg("man-pages").arg(dir.path()));
    let paths = renshi::cli::complete::subcommand_paths();
    assert!(paths.len() > 100, "{} subcommands", paths.len());
    let root = std::fs::read_to_string(dir.path().join("renshi.1")).unwrap();
    assert!(root.contains(".SH NAME"), "{root}");
    for path in &paths {
        let name = format!("renshi-{}", path.join("-"));
        let page = std::fs::read_to_string(dir.path().join(format!("{name}.1")))
            .unwrap_or_else(|e| panic!("no page for `renshi {}`: {e}", path.join(" ")));
        // Named as `man` shows it, with its usage line.
        assert!(page.contains(&name.replace('-', "\\-")), "{name}:\n{page}");
        assert!(
            page.contains(&format!("renshi {}", path.join(" ").replace('-', "\\-"))),
            "{name}'s synopsis:\n{page}"
        );
    }
    // And nothing for what is hidden (the packaging command itself).
    assert!(!dir.path().join("renshi-man-pages.1").exists());
}

#[test]
fn completion_offers_every_subcommand_at_every_depth() {
    let paths = renshi::cli::complete::subcommand_paths();
    let mut asked = std::collections::BTreeMap::new();
    for path in &paths {
        let (last, parent) = path.split_last().unwrap();
        let offered = asked.entry(parent.to_vec()).or_insert_with(|| {
            let mut words = vec!["renshi"];
            words.extend(parent.iter().map(String::as_str));
            words.push("");
            complete(None, &words)
        });
        assert!(
            offered.contains(last),
            "`renshi {} <Tab>` does not offer {last}: {offered:?}",
            parent.join(" ")
        );
    }
    // The registration scripts themselves, as the package installs them.
    for shell in ["bash", "zsh", "fish"] {
        let script = ok(Command::new(BIN).env("COMPLETE", shell));
        assert!(script.contains("renshi"), "{shell}: {script}");
    }
}

#[test]
fn case_ids_are_completed_from_the_askers_inbox_through_the_daemon() {
    let (_dir, store, socket) = demo_store();
    let _daemon = Daemon::start(Path::new(BIN), &store, &socket, None);
    let inbox = |login: &str| {
        let json: serde_json::Value = serde_json::from_str(&ok(renshi(&store)
            .env("RENSHI_SOCKET", &socket)
            .args(["--as", login, "inbox", "--json"])))
        .unwrap();
        json["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["id"].as_str().unwrap().to_string())
            .collect::<Vec<_>>()
    };
    // The board signs plans: approve <Tab> offers what waits for them.
    let offered = complete(
        Some(&socket),
        &["renshi", "--as", "board.chen", "approve", ""],
    );
    let waiting: Vec<String> = inbox("board.chen")
        .into_iter()
        .filter(|c| c.starts_with("HP-") || c.starts_with("REQ-"))
        .collect();
    assert!(!waiting.is_empty());
    for id in &waiting {
        assert!(offered.contains(id), "{id} not in {offered:?}");
    }
    // A checklist's owner gets their cases, and only cases.
    let offered = complete(
        Some(&socket),
        &["renshi", "--as", "hr.zhao", "offboard", "tick", ""],
    );
    let cases: Vec<&String> = offered.iter().filter(|w| !w.starts_with('-')).collect();
    assert!(!cases.is_empty(), "{offered:?}");
    assert!(cases.iter().all(|c| c.starts_with("SEP-")), "{cases:?}");
    // Someone else's items are not offered: emp.liu waits for nothing.
    let offered = complete(Some(&socket), &["renshi", "--as", "emp.liu", "approve", ""]);
    assert!(offered.iter().all(|w| w.starts_with('-')), "{offered:?}");
    // Without a daemon, only the options: completion never fails loudly.
    let offered = complete(None, &["renshi", "approve", ""]);
    assert!(offered.iter().all(|w| w.starts_with('-')), "{offered:?}");
}

#[test]
fn under_forcecommand_the_completion_protocol_is_not_spoken() {
    // A remote user's environment could carry COMPLETE; renshi then parses
    // SSH_ORIGINAL_COMMAND as always, and prints no completion script.
    let out = output(
        Command::new(BIN)
            .env("COMPLETE", "bash")
            .env("SSH_ORIGINAL_COMMAND", "renshi --version")
            .env("RENSHI_SOCKET", "/nonexistent/renshi.sock"),
    );
    let text = text(&out.stdout);
    assert!(!text.contains("_clap_complete"), "{text}");
}

#[test]
fn a_store_is_opened_by_its_owner_only() {
    // Root running renshi on the daemon's store would leave root's files in
    // it, and the daemon could not open its own store again.
    if !can_run(
        "a store is opened by its owner only",
        &[("root", is_root())],
        "it gives a store to another account: run as root (CI does)",
    ) {
        return;
    }
    let (_dir, store, _socket) = demo_store();
    let before: Vec<_> = std::fs::read_dir(&store)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    nix::unistd::chown(&store, Some(nix::unistd::Uid::from_raw(65534)), None).unwrap();
    let out = output(renshi(&store).args(["--as", "admin", "audit", "verify"]));
    assert!(!out.status.success());
    let said = text(&out.stderr);
    assert!(
        said.contains("belongs to") && said.contains("runuser -u"),
        "{said}"
    );
    let after: Vec<_> = std::fs::read_dir(&store)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(before, after, "nothing was written into it");
}
