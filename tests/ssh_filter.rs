//! The SSH command filter through the real binary, as sshd's ForceCommand
//! runs it: the administrator's words on the command line, the remote user's
//! in SSH_ORIGINAL_COMMAND, no terminal on stdin. (The whole table of hostile
//! command lines runs against the filter itself in src/cli/ssh.rs; this file
//! proves the binary uses it, and that nothing is created on the way.)

mod daemon_support;

use daemon_support::*;
use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;
use std::path::Path;
use std::process::{Command, Output};

fn bin() -> &'static Path {
    Path::new(BIN)
}

/// A forced command with a private HOME, so that anything renshi would
/// create for the remote user (a store in the data directory) shows up there.
fn forced(home: &Path, admin: &[&OsStr], original: Option<&OsStr>) -> Command {
    let mut c = renshi_at(bin());
    c.args(admin)
        .env("HOME", home)
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env_remove("SSH_CONNECTION");
    if let Some(o) = original {
        c.env("SSH_ORIGINAL_COMMAND", o);
    }
    c
}

fn files_under(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        out.push(e.path().display().to_string());
        if e.path().is_dir() {
            out.extend(files_under(&e.path()));
        }
    }
    out
}

fn refused(o: &Output, why: &str, what: &str) {
    let err = text(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{what}: {o:?}");
    assert!(o.stdout.is_empty(), "{what}: printed {}", text(&o.stdout));
    assert!(
        err.contains(why),
        "{what}: refused, but not for {why:?}: {err}"
    );
    assert!(!err.contains("panicked"), "{what}: {err}");
}

#[test]
fn hostile_forced_commands_are_refused_and_create_nothing() {
    let dir = shared_dir("rs-sf");
    let home = dir.path().join("home");
    std::fs::create_dir(&home).unwrap();
    let socket = dir.path().join("no-daemon.sock");
    let admin: [&OsStr; 2] = [OsStr::new("--socket"), socket.as_os_str()];
    let table: &[(&str, &str)] = &[
        ("--lang en init", "`init` is not available over SSH"),
        (
            "renshi --lang=en init --company X",
            "`init` is not available",
        ),
        ("--as x init --demo", "`--as` is not available"),
        ("--as=gm.wang demo", "`--as` is not available"),
        ("renshi demo", "`demo` is not available"),
        ("serve", "`serve` is not available"),
        ("'init' --demo", "`init` is not available"),
        ("-- init", "unexpected argument"),
        ("inbox --store=/tmp/x", "`--store` is not available"),
        (
            "--socket /tmp/other.sock inbox",
            "`--socket` is not available",
        ),
        ("inbox --keys /etc/shadow", "`--keys` is not available"),
        (
            "audit verify --accept-log",
            "`--accept-log` is not available",
        ),
        ("ｉｎｉｔ --demo", "unrecognized subcommand"),
        ("inbox –-store /tmp/x", "unexpected argument"),
        ("init 'unbalanced", "unbalanced quotes"),
        ("", "ssh -t"),
        ("renshi", "ssh -t"),
        ("--lang zh-Hans", "ssh -t"),
    ];
    for (line, why) in table {
        let o = output(&mut forced(&home, &admin, Some(OsStr::new(line))));
        refused(&o, why, line);
        assert!(
            files_under(&home).is_empty(),
            "`{line}` created {:?}",
            files_under(&home)
        );
    }
}

#[test]
fn a_forced_command_that_is_not_utf8_is_refused_not_taken_for_the_interface() {
    let dir = shared_dir("rs-sf");
    let socket = dir.path().join("no-daemon.sock");
    let admin: [&OsStr; 2] = [OsStr::new("--socket"), socket.as_os_str()];
    for bytes in [&b"inbox \xff"[..], b"\xc0\xafinit", b"\xff\xfe"] {
        let o = output(&mut forced(
            dir.path(),
            &admin,
            Some(OsStr::from_bytes(bytes)),
        ));
        refused(&o, "not valid UTF-8", &format!("{bytes:?}"));
    }
}

#[test]
fn the_interface_without_a_terminal_says_what_to_do() {
    let dir = shared_dir("rs-sf");
    let socket = dir.path().join("no-daemon.sock");
    let admin: [&OsStr; 2] = [OsStr::new("--socket"), socket.as_os_str()];
    // `ssh -T hr-server`: no command, no terminal.
    let o =
        output(forced(dir.path(), &admin, None).env("SSH_CONNECTION", "10.0.0.1 5 10.0.0.2 22"));
    refused(&o, "use ssh -t hr-server", "ssh -T without a command");
    // Locally, from a script.
    let o = output(&mut forced(dir.path(), &[], None));
    refused(
        &o,
        "the interface needs a terminal",
        "no subcommand, no terminal",
    );
    let o = output(&mut forced(dir.path(), &[OsStr::new("demo")], None));
    refused(&o, "the interface needs a terminal", "demo, no terminal");
    assert!(
        files_under(dir.path()).is_empty(),
        "{:?}",
        files_under(dir.path())
    );
}

/// Under ForceCommand the store and the socket come from the administrator's
/// words only: sshd may hand the remote user's own environment to renshi
/// (AcceptEnv, PermitUserEnvironment), so RENSHI_STORE and RENSHI_SOCKET are
/// not believed there.
#[test]
fn store_and_socket_from_the_environment_are_ignored_under_force_command() {
    let (dir, store, socket) = demo_store();
    let home = dir.path().join("home");
    std::fs::create_dir(&home).unwrap();
    let _daemon = Daemon::start(bin(), &store, &socket, None);
    let elsewhere = dir.path().join("elsewhere");
    ok(renshi(&elsewhere).args(["init", "--demo"]));
    let demo_plans = |o: &Output| text(&o.stdout).contains("HP-0001");

    // The administrator's --socket wins over anything in the environment.
    let admin: [&OsStr; 2] = [OsStr::new("--socket"), socket.as_os_str()];
    let o = output(
        forced(&home, &admin, Some(OsStr::new("--as gm.wang plan list")))
            .env("RENSHI_SOCKET", dir.path().join("evil.sock"))
            .env("RENSHI_STORE", &elsewhere),
    );
    refused(&o, "`--as` is not available", "--as with a smuggled socket");
    let o = output(
        forced(&home, &admin, Some(OsStr::new("plan list")))
            .env("RENSHI_SOCKET", dir.path().join("evil.sock"))
            .env("RENSHI_STORE", &elsewhere),
    );
    assert!(o.status.success() && demo_plans(&o), "{o:?}");

    // A ForceCommand without --socket: the environment still chooses nothing.
    for (var, value) in [("RENSHI_STORE", &elsewhere), ("RENSHI_SOCKET", &socket)] {
        let o = output(forced(&home, &[], Some(OsStr::new("plan list"))).env(var, value));
        assert!(
            !o.status.success() && !demo_plans(&o),
            "{var} chose what the remote user reached: {o:?}"
        );
    }
    // Outside ForceCommand the variables work as documented.
    let o = output(
        renshi_at(bin())
            .env("RENSHI_STORE", &elsewhere)
            .args(["plan", "list"]),
    );
    assert!(o.status.success() && demo_plans(&o), "{o:?}");
}
