use clap::Parser;
use std::process::ExitCode;

/// Output piped into `head` should end renshi quietly, as it ends any Unix
/// tool, instead of a panic on the closed pipe. The daemon keeps ignoring
/// SIGPIPE: a client that hangs up must not take it down.
fn default_sigpipe() {
    use nix::sys::signal::{SigHandler, Signal, signal};
    // SAFETY: installs the default disposition (no handler code runs), before
    // any thread is started.
    unsafe {
        let _ = signal(Signal::SIGPIPE, SigHandler::SigDfl);
    }
}

fn main() -> ExitCode {
    let cli = renshi::cli::Cli::parse();
    if !matches!(cli.command, Some(renshi::cli::Cmd::Serve { .. })) {
        default_sigpipe();
    }
    // Under sshd's ForceCommand the user's words arrive in SSH_ORIGINAL_COMMAND;
    // they are parsed as renshi arguments, never given to a shell.
    let forced = std::env::var("SSH_ORIGINAL_COMMAND")
        .ok()
        .filter(|c| !c.trim().is_empty());
    match (cli.command.is_none(), forced) {
        (true, Some(original)) => match renshi::cli::ssh::forced_args(&original) {
            Ok(words) => {
                let argv = std::env::args_os().chain(words.into_iter().map(Into::into));
                match renshi::cli::Cli::try_parse_from(argv) {
                    Ok(cli) => renshi::cli::run(cli),
                    Err(e) => e.exit(),
                }
            }
            Err(msg) => {
                eprintln!("renshi: {msg}");
                ExitCode::from(2)
            }
        },
        _ => renshi::cli::run(cli),
    }
}
