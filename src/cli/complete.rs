//! Tab completion and manual pages, both from the one clap definition the
//! program parses with, so neither can drift from the commands.
//!
//! Completion is clap's own engine: the shell's script (what `COMPLETE=bash
//! renshi` prints, installed by the package) calls `renshi` back with the
//! words typed so far, and it answers with the subcommands and options that
//! fit. Case ids are completed from the asker's own inbox, through the
//! daemon: `renshi approve <Tab>` offers what waits for their signature.

use super::Cli;
use crate::service::api::{InboxKind, PageReq, Query, Reply, Request};
use crate::transport::Client;
use crate::transport::remote::Remote;
use crate::transport::wire::Hello;
use clap::CommandFactory;
use clap_complete::CompletionCandidate;
use std::path::{Path, PathBuf};

/// How many inbox items one Tab offers.
const CANDIDATES: u32 = 100;

static AS_USER: std::sync::OnceLock<Option<String>> = std::sync::OnceLock::new();

/// Answers the shell when it asks for completions (`COMPLETE` is set), and
/// returns only when it did not. Never under sshd's ForceCommand: a remote
/// user gets renshi's commands, not its completion protocol.
pub fn answer_the_shell() {
    if std::env::var_os("SSH_ORIGINAL_COMMAND").is_some() {
        return;
    }
    // The shell asks in one of two ways: `COMPLETE=bash renshi` for its
    // script, `COMPLETE=bash renshi -- WORDS…` for candidates. A command
    // run with COMPLETE left in the environment is neither, and runs.
    let mut args = std::env::args_os().skip(1);
    match args.next() {
        None => {}
        Some(first) if first == "--" => {}
        Some(_) => return,
    }
    // The words typed so far come after `--`: a demo's `--as LOGIN` among
    // them is whom the ids are completed for (the daemon honours it on a
    // demo store only, as for any command).
    if std::env::var_os("COMPLETE").is_some_and(|v| !v.is_empty() && v != "0") {
        let words: Vec<String> = std::env::args().skip_while(|a| a != "--").collect();
        if let Some(at) = words.iter().position(|w| w == "--as") {
            let _ = AS_USER.set(words.get(at + 1).cloned());
        }
    }
    clap_complete::CompleteEnv::with_factory(Cli::command)
        .completer("renshi")
        .complete();
}

/// What waits for the asker's signature (HP-, REQ-, EV-): not an
/// evaluation of their own to acknowledge, say.
pub fn signable_ids() -> Vec<CompletionCandidate> {
    inbox_ids(&["HP-", "REQ-", "EV-"], |k| {
        matches!(
            k,
            InboxKind::SignPlan { .. }
                | InboxKind::SignReq { .. }
                | InboxKind::SignEvaluation { .. }
        )
    })
}

/// Separation cases (SEP-) in the asker's inbox.
pub fn case_ids() -> Vec<CompletionCandidate> {
    inbox_ids(&["SEP-"], |_| true)
}

/// Evaluations (EV-) in the asker's inbox: to sign, acknowledge or score again.
pub fn eval_ids() -> Vec<CompletionCandidate> {
    inbox_ids(&["EV-"], |_| true)
}

/// Interviews (INT-) in the asker's inbox.
pub fn interview_ids() -> Vec<CompletionCandidate> {
    inbox_ids(&["INT-"], |_| true)
}

/// The asker's inbox ids with one of `prefixes`, of the kinds `wanted`
/// takes, each with what it asks, or nothing when no daemon answers
/// (completion must never wait or fail loudly).
fn inbox_ids(prefixes: &[&str], wanted: fn(&InboxKind) -> bool) -> Vec<CompletionCandidate> {
    let socket = std::env::var_os("RENSHI_SOCKET")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(super::SYSTEM_SOCKET));
    ids_from(&socket, prefixes, wanted).unwrap_or_default()
}

/// A Tab must never hang: a daemon that does not answer within this gives
/// no ids (the asking thread is left behind; the process ends at once).
const PATIENCE: std::time::Duration = std::time::Duration::from_millis(800);

fn ids_from(
    socket: &Path,
    prefixes: &[&str],
    wanted: fn(&InboxKind) -> bool,
) -> Option<Vec<CompletionCandidate>> {
    let (socket, prefixes) = (
        socket.to_path_buf(),
        prefixes.iter().map(|p| p.to_string()).collect::<Vec<_>>(),
    );
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(ask(&socket, &prefixes, wanted));
    });
    rx.recv_timeout(PATIENCE).ok().flatten()
}

fn ask(
    socket: &Path,
    prefixes: &[String],
    wanted: fn(&InboxKind) -> bool,
) -> Option<Vec<CompletionCandidate>> {
    let hello = Hello {
        as_user: AS_USER.get().cloned().flatten(),
        subscribe: false,
    };
    let mut client = Remote::connect(socket, hello).ok()?;
    let page = PageReq {
        cursor: 0,
        limit: CANDIDATES,
    };
    let Reply::Inbox(p) = client.call(Request::Query(Query::Inbox(page))).ok()? else {
        return None;
    };
    let cat = crate::i18n::Catalog::load(
        crate::i18n::Lang::from_env(None).unwrap_or(crate::i18n::Lang::En),
    );
    let mut seen = std::collections::BTreeSet::new();
    Some(
        p.items
            .iter()
            .filter(|i| {
                let id = i.case.to_string();
                wanted(&i.kind)
                    && prefixes.iter().any(|p| id.starts_with(p.as_str()))
                    && seen.insert(i.case)
            })
            .map(|i| {
                CompletionCandidate::new(i.case.to_string())
                    .help(Some(crate::present::inbox_what(&cat, &i.kind).into()))
            })
            .collect(),
    )
}

/// Writes a manual page for renshi and one for each of its subcommands, at
/// every depth (`renshi-plan-draft.1`), into `dir`; returns their names.
pub fn write_man_pages(dir: &Path) -> std::io::Result<Vec<String>> {
    std::fs::create_dir_all(dir)?;
    let mut written = Vec::new();
    let mut root = Cli::command();
    root.build();
    page(&root, "renshi", dir, &mut written)?;
    Ok(written)
}

fn page(
    cmd: &clap::Command,
    name: &str,
    dir: &Path,
    written: &mut Vec<String>,
) -> std::io::Result<()> {
    // A built command's subcommands are named in full (`renshi-plan-draft`),
    // which is the page's title and the name `man` finds it by.
    let file = format!("{name}.1");
    let mut out = Vec::new();
    clap_mangen::Man::new(cmd.clone()).render(&mut out)?;
    // Never through what is there already (a symlink planted in `dir`).
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(dir.join(&file))
        .and_then(|mut f| std::io::Write::write_all(&mut f, &out))?;
    written.push(file);
    for sub in cmd.get_subcommands().filter(|s| shown(s)) {
        page(sub, &format!("{name}-{}", sub.get_name()), dir, written)?;
    }
    Ok(())
}

/// A subcommand of its own: not hidden, and not clap's `help`, which the
/// parent's page already is.
fn shown(cmd: &clap::Command) -> bool {
    !cmd.is_hide_set() && cmd.get_name() != "help"
}

/// The subcommand paths a user can type (`plan draft`), hidden ones left out:
/// what the manual and the completion must cover.
pub fn subcommand_paths() -> Vec<Vec<String>> {
    fn walk(cmd: &clap::Command, path: &[String], out: &mut Vec<Vec<String>>) {
        for sub in cmd.get_subcommands().filter(|s| shown(s)) {
            let mut p = path.to_vec();
            p.push(sub.get_name().to_string());
            out.push(p.clone());
            walk(sub, &p, out);
        }
    }
    let mut root = Cli::command();
    root.build();
    let mut out = Vec::new();
    walk(&root, &[], &mut out);
    out
}
