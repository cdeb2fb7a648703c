use clap::Parser;
use renshi::cli::{Cli, Cmd, ssh};
use std::io::IsTerminal;
use std::process::ExitCode;

/// See Cargo.toml: threads that allocate side by side (a restore's reader
/// and sled's writers, a daemon's connections) do not queue on the
/// allocator's locks. In the binary, not the library: a test may count
/// allocations with an allocator of its own.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

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

/// No transparent huge pages for renshi's memory. mimalloc asks for them,
/// and each thread's arena then takes memory 2 MiB at a time: a daemon with 16
/// connections each holding a 1 MiB frame grew by 150 MiB instead of 35
/// (tests/daemon_limits.rs). The flag is the kernel's, so it holds whatever
/// the allocator asks; where it cannot be set, nothing else changes.
fn frugal_allocator() {
    #[cfg(target_os = "linux")]
    let _ = nix::sys::prctl::set_thp_disable(true);
}

fn main() -> ExitCode {
    frugal_allocator();
    // The shell asking for completions gets them and nothing else.
    renshi::cli::complete::answer_the_shell();
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return ssh::Stop::from_clap(e).finish(),
    };
    if !matches!(cli.command, Some(Cmd::Serve { .. })) {
        default_sigpipe();
    }
    let tty = std::io::stdin().is_terminal() && std::io::stdout().is_terminal();
    // Under sshd's ForceCommand the user's words arrive in SSH_ORIGINAL_COMMAND
    // (read as bytes: words that are not UTF-8 are refused, not ignored); they
    // are parsed as renshi arguments, never given to a shell.
    let forced = std::env::var_os("SSH_ORIGINAL_COMMAND");
    let cli = match (cli.command.is_none(), forced) {
        (true, Some(original)) => match ssh::forced_cli(&original, std::env::args_os(), tty) {
            Ok(cli) => cli,
            Err(stop) => return stop.finish(),
        },
        _ => cli,
    };
    // Without a terminal the interface cannot start; say so instead of
    // failing inside it (`ssh -T hr-server`, or renshi run from a script).
    if matches!(cli.command, None | Some(Cmd::Demo)) && !tty {
        let over_ssh = std::env::var_os("SSH_CONNECTION").is_some();
        eprintln!("renshi: {}", ssh::needs_terminal(over_ssh));
        return ExitCode::from(2);
    }
    let code = renshi::cli::run(cli);
    end_quickly();
    code
}

/// The process ends next. mimalloc's exit would first hand back to the
/// kernel every page freed but not yet returned, range by range, each with
/// a TLB flush on every core: some 30 ms after a 100,000-row import, for
/// memory the kernel takes back at exit anyway. Purging is turned off
/// instead (`mi_option_purge_delay`, 15 in mimalloc.h, -1: never).
fn end_quickly() {
    const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;
    // SAFETY: sets one of mimalloc's options; allocation goes on as before.
    unsafe { libmimalloc_sys::mi_option_set(PURGE_DELAY, -1) };
}
