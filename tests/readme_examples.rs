//! Every command example in README.md works as written. The test reads the
//! README's fenced `sh` blocks, takes each line that starts with `renshi ` (or
//! `cargo run --release --`), strips a trailing `# comment`, and runs the rest
//! with the built binary, in order, on a fresh demo company in a home
//! directory of its own (so a draft made by one line is used by the next).
//! Nothing in a line is substituted.
//!
//! A line succeeds (exit 0) unless its comment starts with `exit N`. Lines
//! whose comment says `needs: daemon`, `needs: root` or `needs: sshd` are
//! skipped, and so are lines that open the interface (they need a terminal);
//! the test prints each line it skipped and why.

use clap::Parser;
use std::path::Path;
use std::process::Command;

struct Example {
    line: usize,
    text: String,
    words: Vec<String>,
    expect: i32,
    skip: Option<String>,
}

/// The text before a `#` that starts a comment (outside quotes, after a
/// space), and the comment.
fn split_comment(line: &str) -> (&str, &str) {
    let mut quote: Option<char> = None;
    let mut prev = ' ';
    for (i, c) in line.char_indices() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '#') if prev.is_whitespace() => return (&line[..i], &line[i + 1..]),
            _ => {}
        }
        prev = c;
    }
    (line, "")
}

fn examples(readme: &str) -> Vec<Example> {
    let mut out = Vec::new();
    let mut in_sh = false;
    for (i, raw) in readme.lines().enumerate() {
        let t = raw.trim();
        if !in_sh {
            in_sh = t == "```sh";
            continue;
        }
        if t.starts_with("```") {
            in_sh = false;
            continue;
        }
        let rest = if let Some(r) = t.strip_prefix("cargo run --release --") {
            r
        } else if t == "renshi" || t.starts_with("renshi ") {
            &t["renshi".len()..]
        } else {
            continue;
        };
        let (command, comment) = split_comment(rest);
        let comment = comment.trim();
        let words = shlex::split(command)
            .unwrap_or_else(|| panic!("README.md:{}: unbalanced quotes: {t}", i + 1));
        for w in &words {
            assert!(
                !["|", "||", "&&", ";", ">", ">>", "<"].contains(&w.as_str()),
                "README.md:{}: `{t}` needs a shell ({w}); examples must be plain commands",
                i + 1
            );
        }
        let expect = comment
            .strip_prefix("exit ")
            .and_then(|r| r.split(|c: char| !c.is_ascii_digit()).next())
            .and_then(|n| n.parse().ok())
            .unwrap_or(0);
        let skip = comment
            .find("needs:")
            .map(|at| {
                comment[at..]
                    .split(['(', ';'])
                    .next()
                    .unwrap_or("")
                    .trim()
                    .to_string()
            })
            .or_else(|| {
                let argv = std::iter::once("renshi".to_string()).chain(words.iter().cloned());
                match renshi::cli::Cli::try_parse_from(argv) {
                    Ok(cli) if matches!(cli.command, None | Some(renshi::cli::Cmd::Demo)) => {
                        Some("opens the interface, which needs a terminal".into())
                    }
                    _ => None,
                }
            });
        out.push(Example {
            line: i + 1,
            text: t.to_string(),
            words,
            expect,
            skip,
        });
    }
    out
}

fn renshi(home: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_renshi"));
    c.current_dir(home.join("work"))
        .env("HOME", home)
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("LANG", "C.UTF-8")
        .stdin(std::process::Stdio::null());
    for v in [
        "RENSHI_STORE",
        "RENSHI_SOCKET",
        "RENSHI_LANG",
        "LC_ALL",
        "LC_MESSAGES",
        "SSH_ORIGINAL_COMMAND",
        "SSH_CONNECTION",
    ] {
        c.env_remove(v);
    }
    c
}

#[test]
fn every_readme_command_example_runs_as_written_on_a_fresh_demo() {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
        .expect("README.md");
    let all = examples(&readme);
    let home = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(home.path().join("work")).unwrap();
    // The demo company where `renshi demo` puts it.
    let made = renshi(home.path())
        .args(["init", "--demo"])
        .output()
        .unwrap();
    assert!(made.status.success(), "{made:?}");

    let mut ran = 0;
    let mut failures = Vec::new();
    for e in &all {
        if let Some(why) = &e.skip {
            println!("skipped README.md:{}: {} ({why})", e.line, e.text);
            continue;
        }
        let out = renshi(home.path()).args(&e.words).output().unwrap();
        ran += 1;
        if out.status.code() != Some(e.expect) {
            failures.push(format!(
                "README.md:{}: {}\n  exit {:?}, expected {}\n  stdout: {}\n  stderr: {}",
                e.line,
                e.text,
                out.status.code(),
                e.expect,
                String::from_utf8_lossy(&out.stdout).trim(),
                String::from_utf8_lossy(&out.stderr).trim()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // The Command line section alone has more than 30 runnable examples.
    assert!(ran >= 30, "only {ran} examples ran: is the README parsed?");
}

#[test]
fn the_readme_parser_reads_comments_quotes_and_markers() {
    let readme = "text\n```sh\nrenshi approve HP-0001 -m \"a # b\"   # exit 1: why\n\
                  renshi serve   # needs: daemon (runs)\nrenshi --as gm.wang\nls -l\n```\n\
                  renshi inbox\n";
    let e = examples(readme);
    assert_eq!(e.len(), 3, "only renshi lines inside sh blocks");
    assert_eq!(e[0].words, ["approve", "HP-0001", "-m", "a # b"]);
    assert_eq!((e[0].expect, e[0].skip.is_none()), (1, true));
    assert_eq!(e[1].skip.as_deref(), Some("needs: daemon"));
    assert!(e[2].skip.as_deref().unwrap_or("").contains("interface"));
}
