//! Runs the system's mailer (`sendmail`-compatible) on one message, and
//! never waits for it longer than a set time.

use std::io::{Read, Write};
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// What is kept of a failing mailer's complaint.
const STDERR_KEPT: u64 = 2048;

/// Hands `message` to `program` for `to`. The address was checked when it
/// was set and is passed after `--`, so no value reaches the mailer as an
/// option; `-i` keeps a line of one dot from ending the message early.
pub fn send(program: &Path, to: &str, message: &[u8], timeout: Duration) -> Result<(), String> {
    // A group of its own: a mailer that hangs is stopped with whatever it
    // started (a script's `sleep`, a relay client), not just itself.
    let mut child = Command::new(program)
        .process_group(0)
        .args(["-i", "--", to])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run {}: {e}", program.display()))?;
    // Written and read on their own threads: a mailer that reads nothing, or
    // fills its error pipe, must not hold this one past the timeout.
    let writer = child.stdin.take().map(|mut stdin| {
        let message = message.to_vec();
        std::thread::spawn(move || stdin.write_all(&message))
    });
    let reader = child.stderr.take().map(|stderr| {
        std::thread::spawn(move || {
            let mut text = String::new();
            let _ = stderr.take(STDERR_KEPT).read_to_string(&mut text);
            text
        })
    });
    let deadline = Instant::now() + timeout;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if Instant::now() >= deadline => {
                let group = nix::unistd::Pid::from_raw(child.id() as i32);
                let _ = nix::sys::signal::killpg(group, nix::sys::signal::Signal::SIGKILL);
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!(
                    "{} did not finish within {} s and was stopped",
                    program.display(),
                    timeout.as_secs()
                ));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(20)),
            Err(e) => return Err(format!("waiting for {}: {e}", program.display())),
        }
    };
    let written = writer.map(|w| w.join());
    if status.success() {
        return match written {
            Some(Ok(Err(e))) => Err(format!(
                "{} did not take the message: {e}",
                program.display()
            )),
            _ => Ok(()),
        };
    }
    let said = reader
        .and_then(|r| r.join().ok())
        .unwrap_or_default()
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .map(|l| format!(": {}", crate::domain::text::visible_line(l)))
        .unwrap_or_default();
    Err(format!("{} failed ({status}){said}", program.display()))
}
