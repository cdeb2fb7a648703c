//! `ForceCommand renshi` in sshd: the words the remote user typed arrive in
//! SSH_ORIGINAL_COMMAND. They are split like a shell would (quotes), never run
//! by one, and then parsed by the very clap definition the program runs, so
//! what is checked is what would run: a global option before the subcommand,
//! an `--opt=value` form or a `--` cannot make renshi see something other
//! than what this filter saw.

use super::args::ExportArgs;
use super::{AuditCmd, Cli, Cmd};
use clap::{CommandFactory, FromArgMatches};
use std::ffi::{OsStr, OsString};

/// How renshi ends instead of running a forced command.
#[derive(Debug, PartialEq, Eq)]
pub struct Stop {
    pub code: u8,
    pub message: String,
    /// Help and version go to stdout, like anywhere else; refusals to stderr.
    pub stdout: bool,
}

impl Stop {
    /// What clap would print for `e`, with the words the user typed (which
    /// clap echoes: "invalid value `…`") written out as any other outside
    /// text on a terminal; help and version go to stdout as they are.
    pub fn from_clap(e: clap::Error) -> Stop {
        let stdout = !e.use_stderr();
        let text = e.render().to_string();
        let message = if stdout {
            text.trim_end().to_string()
        } else {
            crate::domain::text::visible(text.trim_start_matches("error: ").trim_end()).into_owned()
        };
        Stop {
            code: u8::try_from(e.exit_code()).unwrap_or(2),
            stdout,
            message,
        }
    }

    /// Prints the stop where it belongs and gives the exit code.
    pub fn finish(self) -> std::process::ExitCode {
        use std::io::Write;
        // Best effort: a closed stdout or stderr has nobody left to tell.
        let _ = if self.stdout {
            writeln!(std::io::stdout(), "{}", self.message)
        } else {
            writeln!(std::io::stderr(), "renshi: {}", self.message)
        };
        std::process::ExitCode::from(self.code)
    }

    fn refuse(message: impl Into<String>) -> Stop {
        Stop {
            code: 2,
            message: message.into(),
            stdout: false,
        }
    }
}

/// Subcommands a remote user may run. Everything else is refused — `serve`,
/// `init` and `demo` (they would start a server or make a store instead of
/// using the daemon the administrator chose), and any subcommand added later,
/// until someone decides it belongs here.
fn allowed(cmd: &Cmd) -> bool {
    matches!(
        cmd,
        Cmd::Inbox { .. }
            | Cmd::Positions { .. }
            | Cmd::Departments { .. }
            | Cmd::Plan(_)
            | Cmd::Approve(_)
            | Cmd::Reject(_)
            | Cmd::Return(_)
            | Cmd::Department(_)
            | Cmd::Delegate { .. }
            | Cmd::Undelegate { .. }
            | Cmd::Audit(
                AuditCmd::Log { .. }
                    | AuditCmd::Head
                    | AuditCmd::Export { output: None }
                    | AuditCmd::Verify {
                        accept_log: false,
                        file: None,
                        ..
                    }
            )
            | Cmd::User(_)
            // The service decides who sees whom; a head on a laptop looks
            // up their people and exports their lists to their own screen.
            | Cmd::Employee(_)
            | Cmd::Export(ExportArgs { output: None, .. })
            // Recruitment: every step is a command on the daemon, checked
            // there; none reads or writes a file on the server.
            | Cmd::Req(_)
            | Cmd::Candidate(_)
            | Cmd::Interview(_)
            | Cmd::Feedback(_)
            | Cmd::Offer(_)
            | Cmd::Hire(_)
            | Cmd::Onboarding(_)
            | Cmd::Probation(_)
            | Cmd::Contract(_)
            | Cmd::Report(_)
            // Offboarding: each person ticks their step on the daemon, which
            // checks it; a certificate comes on standard output.
            | Cmd::Offboard(_)
            | Cmd::Equipment(_)
            // Mail settings are the user's own (the daemon checks it).
            | Cmd::Notify(_)
            // Evaluation and training: every command and list is decided
            // by the daemon for the asker; none touches a file.
            | Cmd::Course(_)
            | Cmd::Session(_)
            | Cmd::Result(_)
            | Cmd::Cycle(_)
            | Cmd::Evaluation(_)
    )
}

/// Options that choose what renshi opens (`--store`, `--socket`), what it
/// reads (`--keys`) or whom it acts as (`--as`): the administrator's to give
/// in ForceCommand, never the remote user's.
pub const ADMIN_ONLY: &[&str] = &["store", "socket", "keys", "as"];

/// Where the store and the socket come from under ForceCommand: its own
/// words only. sshd may pass the remote user's environment (AcceptEnv,
/// PermitUserEnvironment, ~/.ssh/environment), and renshi cannot tell who
/// set RENSHI_STORE or RENSHI_SOCKET, so both are ignored here.
const FROM_ADMIN_WORDS_ONLY: &[&str] = &["store", "socket"];

/// The program's clap definition, with environment variables ignored for the
/// options named by their long names (or for all options, given `None`).
fn without_env(longs: Option<&[&str]>) -> clap::Command {
    let mut cmd = Cli::command();
    let ids: Vec<clap::Id> = cmd
        .get_arguments()
        .filter(|a| a.get_env().is_some())
        .filter(|a| longs.is_none_or(|l| a.get_long().is_some_and(|n| l.contains(&n))))
        .map(|a| a.get_id().clone())
        .collect();
    for id in ids {
        cmd = cmd.mut_arg(id, |a| a.env(None::<&'static str>));
    }
    cmd
}

fn parse(cmd: clap::Command, argv: Vec<OsString>) -> Result<(Cli, Option<String>), Stop> {
    let matches = cmd.try_get_matches_from(argv).map_err(Stop::from_clap)?;
    let cli = Cli::from_arg_matches(&matches).map_err(Stop::from_clap)?;
    Ok((cli, matches.subcommand_name().map(str::to_string)))
}

/// Says what to do when the interface is asked for without a terminal.
pub fn needs_terminal(over_ssh: bool) -> &'static str {
    if over_ssh {
        "the interface needs a terminal: use ssh -t hr-server (your server's name), \
         or give a command, as in: ssh hr-server renshi inbox"
    } else {
        "the interface needs a terminal: run renshi in one, or give it a command \
         (renshi --help lists them)"
    }
}

/// What runs for a forced command: the remote user's words (`original`) on
/// top of the administrator's ForceCommand (`admin`, argv[0] first), or why
/// nothing does. `tty`: whether a terminal is attached, for the interface.
pub fn forced_cli(
    original: &OsStr,
    admin: impl IntoIterator<Item = OsString>,
    tty: bool,
) -> Result<Cli, Stop> {
    // Bytes that are not UTF-8 cannot be split like a shell would, and must
    // not fall back to the interface as if nothing had been asked.
    let original = original
        .to_str()
        .ok_or_else(|| Stop::refuse("the command is not valid UTF-8: refused"))?;
    let mut words = shlex::split(original).ok_or_else(|| {
        Stop::refuse(format!(
            "cannot read the command `{}`: unbalanced quotes",
            crate::domain::text::visible(original)
        ))
    })?;
    // `ssh hr-server renshi inbox` and `ssh hr-server inbox` mean the same.
    if words
        .first()
        .is_some_and(|w| w == "renshi" || w.ends_with("/renshi"))
    {
        words.remove(0);
    }
    let argv = std::iter::once("renshi".to_string())
        .chain(words)
        .map(OsString::from)
        .collect();
    // Nothing from the environment: whatever is set below, the user typed.
    let (user, name) = parse(without_env(None), argv)?;
    let given = [
        ("--store", user.store.is_some()),
        ("--socket", user.socket.is_some()),
        ("--keys", user.keys.is_some()),
        ("--as", user.as_user.is_some()),
    ];
    if let Some((opt, _)) = given.iter().find(|(_, set)| *set) {
        return Err(Stop::refuse(format!("`{opt}` is not available over SSH")));
    }
    match &user.command {
        None if !tty => return Err(Stop::refuse(needs_terminal(true))),
        None => {}
        // Maintenance of the store's own files is for the server's console.
        Some(Cmd::Audit(AuditCmd::Verify {
            accept_log: true, ..
        })) => {
            return Err(Stop::refuse("`--accept-log` is not available over SSH"));
        }
        // Files on the server are written and read by the console's renshi:
        // a file written over SSH with text others typed in it (comments)
        // could be one sshd or a shell later runs (~/.ssh/rc).
        Some(Cmd::Audit(AuditCmd::Export { output: Some(_) })) => {
            return Err(Stop::refuse(
                "`--output` is not available over SSH: the export comes on standard output \
                 (ssh hr-server renshi audit export > log.jsonl)",
            ));
        }
        Some(Cmd::Export(ExportArgs {
            output: Some(_), ..
        })) => {
            return Err(Stop::refuse(
                "`--output` is not available over SSH: the export comes on standard output \
                 (ssh hr-server renshi export employees > employees.csv)",
            ));
        }
        Some(Cmd::Import(_)) => {
            return Err(Stop::refuse(
                "`import` is not available over SSH: it reads a file on the server; import \
                 at the server's console, or in the interface there",
            ));
        }
        Some(Cmd::Audit(AuditCmd::Verify { file: Some(_), .. })) => {
            return Err(Stop::refuse(
                "`--file` is not available over SSH: check the file where it is, with renshi or \
                 tests/verify_audit_export.py",
            ));
        }
        Some(cmd) if !allowed(cmd) => {
            return Err(Stop::refuse(format!(
                "`{}` is not available over SSH",
                name.unwrap_or_default()
            )));
        }
        Some(_) => {}
    }
    let (admin, _) = parse(
        without_env(Some(FROM_ADMIN_WORDS_ONLY)),
        admin.into_iter().collect(),
    )?;
    // Field by field, so a new global option fails to compile here until
    // someone decides whose it is.
    Ok(Cli {
        store: admin.store,
        lang: user.lang.or(admin.lang),
        as_user: admin.as_user,
        keys: admin.keys,
        socket: admin.socket,
        command: user.command,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::ffi::OsStrExt;

    const ADMIN: &[&str] = &[
        "/usr/local/bin/renshi",
        "--socket",
        "/run/renshi/renshi.sock",
    ];

    fn admin() -> Vec<OsString> {
        ADMIN.iter().map(OsString::from).collect()
    }

    fn run(original: &str) -> Result<Cli, Stop> {
        forced_cli(OsStr::new(original), admin(), false)
    }

    #[test]
    fn splits_like_a_shell_without_running_one() {
        let cli = run("renshi approve HP-0001 -m 'ok; rm -rf /'").unwrap();
        match cli.command {
            Some(Cmd::Approve(a)) => assert_eq!(a.comment, "ok; rm -rf /"),
            other => panic!("{other:?}"),
        }
        assert_eq!(
            cli.socket.as_deref(),
            Some(std::path::Path::new("/run/renshi/renshi.sock"))
        );
        assert!(matches!(
            run("inbox").unwrap().command,
            Some(Cmd::Inbox { .. })
        ));
        assert!(matches!(
            run("/usr/local/bin/renshi --lang zh-Hans plan list --json").map(|c| (c.command, c.lang)),
            Ok((Some(Cmd::Plan(_)), Some(l))) if l == "zh-Hans"
        ));
    }

    #[test]
    fn every_admin_only_option_is_an_option_of_the_program() {
        let cmd = Cli::command();
        for long in ADMIN_ONLY.iter().chain(FROM_ADMIN_WORDS_ONLY) {
            assert!(
                cmd.get_arguments().any(|a| a.get_long() == Some(*long)),
                "--{long} is no longer an option: update the SSH filter"
            );
        }
    }

    /// Command lines a remote user might try, and a word the refusal must contain.
    const HOSTILE: &[(&str, &str)] = &[
        ("renshi serve", "`serve` is not available"),
        ("serve --group renshi", "`serve` is not available"),
        ("init", "`init` is not available"),
        ("init --demo", "`init` is not available"),
        ("demo", "`demo` is not available"),
        // Files on the server are the console's.
        ("import employees /etc/passwd", "`import` is not available"),
        (
            "import employees roster.csv --dry-run",
            "`import` is not available",
        ),
        (
            "export employees -o /home/x/.ssh/rc",
            "`--output` is not available",
        ),
        ("export plans --output=x.csv", "`--output` is not available"),
        ("restore /tmp/backup.jsonl", "`restore` is not available"),
        // Global options before the subcommand.
        ("renshi --lang en init", "`init` is not available"),
        ("--lang=en init --demo", "`init` is not available"),
        ("--as x init --demo", "not available"),
        ("--as=x inbox", "`--as` is not available"),
        ("inbox --as gm.wang", "`--as` is not available"),
        ("--store /tmp/x inbox", "`--store` is not available"),
        ("--store=/tmp/x inbox", "`--store` is not available"),
        ("inbox --store /tmp/x", "`--store` is not available"),
        (
            "plan list --store=/tmp/x --json",
            "`--store` is not available",
        ),
        ("--socket /tmp/s inbox", "`--socket` is not available"),
        ("inbox --socket=/tmp/s", "`--socket` is not available"),
        ("--keys /etc/shadow", "`--keys` is not available"),
        ("inbox --keys=/etc/shadow", "`--keys` is not available"),
        // Abbreviations (clap refuses them; were inference ever turned on, the
        // parsed value would still be caught above).
        ("--sto /tmp/x inbox", "unexpected argument"),
        ("--sock=/tmp/s inbox", "unexpected argument"),
        // After `--` nothing is an option, and there is nothing to take it.
        ("inbox -- --store /tmp/x", "unexpected argument"),
        ("-- init", "unexpected argument"),
        ("-- serve", "unexpected argument"),
        // Quotes are taken off first, as a shell would.
        ("'init'", "`init` is not available"),
        ("\"serve\"", "`serve` is not available"),
        ("'--store'=/tmp/x inbox", "`--store` is not available"),
        ("in'it' --demo", "`init` is not available"),
        ("approve 'HP-1", "unbalanced quotes"),
        // Look-alikes are other words, not the subcommand or option.
        ("ｉｎｉｔ", "unrecognized subcommand"),
        ("ｓｅｒｖｅ", "unrecognized subcommand"),
        ("inbox –-store /tmp/x", "unexpected argument"),
        ("inbox —store /tmp/x", "unexpected argument"),
        ("inbox −−store /tmp/x", "unexpected argument"),
        ("ｉnbox", "unrecognized subcommand"),
        // Shell syntax is text, never run.
        ("ls /; renshi inbox", "unrecognized subcommand"),
        ("renshi inbox; ls /", "unrecognized subcommand"),
        ("renshi inbox && touch /tmp/x", "unexpected argument"),
        ("renshi inbox $(touch /tmp/x)", "unexpected argument"),
        ("/bin/sh -c id", "unrecognized subcommand"),
        // The interface without a terminal.
        ("", "needs a terminal"),
        ("   ", "needs a terminal"),
        ("renshi", "needs a terminal"),
        ("--lang en", "needs a terminal"),
    ];

    #[test]
    fn hostile_command_lines_are_refused_with_a_reason() {
        for (line, why) in HOSTILE {
            match run(line) {
                Ok(cli) => panic!("`{line}` was accepted: {cli:?}"),
                Err(stop) => {
                    assert_eq!(stop.code, 2, "`{line}`: {stop:?}");
                    assert!(!stop.stdout, "`{line}`: {stop:?}");
                    assert!(
                        stop.message.contains(why),
                        "`{line}` refused, but not because of {why:?}: {}",
                        stop.message
                    );
                }
            }
        }
    }

    #[test]
    fn text_that_only_looks_like_an_option_stays_text() {
        let cli = run("approve HP-0001 -m 'use --store /tmp/x; init'").unwrap();
        match cli.command {
            Some(Cmd::Approve(a)) => assert_eq!(a.comment, "use --store /tmp/x; init"),
            other => panic!("{other:?}"),
        }
        assert_eq!(cli.store, None);
        let cli = run("plan draft --title=serve").unwrap();
        assert!(matches!(cli.command, Some(Cmd::Plan(_))));
    }

    #[test]
    fn bytes_that_are_not_utf8_are_refused_not_taken_for_no_command() {
        for bytes in [&b"inbox \xff"[..], b"\xc0\xaf", b"\xff"] {
            let stop = forced_cli(OsStr::from_bytes(bytes), admin(), true).unwrap_err();
            assert_eq!(stop.code, 2);
            assert!(stop.message.contains("UTF-8"), "{}", stop.message);
        }
    }

    #[test]
    fn the_interface_opens_with_a_terminal_and_nothing_else_asked() {
        let cli = forced_cli(OsStr::new(""), admin(), true).unwrap();
        assert!(cli.command.is_none());
        assert!(cli.socket.is_some());
        let cli = forced_cli(OsStr::new("--lang zh-Hant"), admin(), true).unwrap();
        assert_eq!(cli.lang.as_deref(), Some("zh-Hant"));
    }

    #[test]
    fn help_is_shown_not_refused() {
        let stop = run("--help").unwrap_err();
        assert_eq!((stop.code, stop.stdout), (0, true));
        assert!(stop.message.contains("Usage"), "{}", stop.message);
        let stop = run("plan --help").unwrap_err();
        assert_eq!((stop.code, stop.stdout), (0, true));
    }

    #[test]
    fn every_everyday_subcommand_is_allowed() {
        for line in [
            "inbox",
            "positions --json",
            "departments",
            "plan list",
            "plan show HP-0001",
            "approve HP-0001",
            "reject HP-0001 -m no",
            "return HP-0001 -m why",
            "department add Sales",
            "delegate --to chen --until 2030-01-01",
            "undelegate DLG-001",
            "audit verify",
            "user list",
            "employee list --grep 土建",
            "employee show HX-1003 --json",
            "employee transfer EMP-0003 --to POS-004",
            "export employees",
            "export positions --format json",
            "req new --position POS-012 --count 2 --start 2030-03-01 --reason 夜班",
            "req list --json",
            "req show REQ-0003",
            "approve REQ-0003 -m ok",
            "feedback INT-0007 --score 4 --recommend hire -m solid",
            "candidate add REQ-0002 --name 李 --contact 139",
            "interview schedule CAN-0001 --at \"2030-01-02 10:00\" --place A --with hr.li",
            "offer make CAN-0001 --start 2030-02-01",
            "hire CAN-0001 --id-number 110101199001010011",
            "onboarding start EMP-0041 --on 2030-02-01",
            "probation assess EMP-0041 pass",
            "contract sign EMP-0041 --number LC-1 --start 2030-01-01 --open-ended",
            "report recruitment --json",
            "offboard start EMP-0015 --kind resignation --last-day 2030-03-31 --reason 'Moving away'",
            "offboard list --all --json",
            "offboard show SEP-0001",
            "offboard tick SEP-0001 hr_talk -m 'Talked it through'",
            "offboard tick SEP-0001 3 --to HX-1016",
            "offboard skip SEP-0001 dept_talk -m 'No department'",
            "offboard ack SEP-0001 hr_talk",
            "offboard return SEP-0001 IT-0107 --charged 1,200.50 -m Lost",
            "offboard settle SEP-0001 --last-pay 12345.60 --deductions 300",
            "offboard close SEP-0001",
            "offboard withdraw SEP-0001 -m 'Stays after all'",
            "offboard certificate SEP-0001 --lang zh-Hant",
            "equipment issue EMP-0015 --tag IT-0300 --item Laptop",
            "equipment list HX-1015 --json",
            "course list --json",
            "course show CRS-001",
            "course add 'Working at height' --hours 1.5 --kind safety --required-for POS-013 --renew-months 12",
            "course edit CRS-001 --hours 2",
            "course close CRS-001 -m 'Replaced'",
            "session list --course CRS-001",
            "session show TS-0001 --json",
            "session plan CRS-001 --on 2030-01-02 --trainer 'Wang Gong' --attendee EMP-0015",
            "session enroll TS-0001 EMP-0016 HX-1017",
            "result TS-0001 EMP-0015 --passed --score 88 --certificate C-1 -m 'Clean'",
            "cycle list",
            "cycle show CYC-01 --json",
            "cycle open '2030 annual' --from 2030-01-01 --to 2030-12-31 --weight quality=35 --weight growth=5",
            "cycle close CYC-01",
            "evaluation list --cycle CYC-01 --json",
            "evaluation show EV-0001",
            "evaluation score CYC-01 EMP-0015 --score quality=4 --note quality='Clean drawings'",
            "evaluation self CYC-01 --score quality=4",
            "evaluation submit EV-0001",
            "evaluation ack EV-0001 -m 'Read it'",
            "approve EV-0001",
            "return EV-0001 -m 'Score safety again'",
            "employee training HX-1015 --json",
            "report dashboard --json",
            "report training",
            "report evaluations --cycle CYC-01 --json",
            "export training",
            "export evaluations --format json",
        ] {
            assert!(run(line).is_ok(), "`{line}`: {:?}", run(line).err());
        }
    }
}
