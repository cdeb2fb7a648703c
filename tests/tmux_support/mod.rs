//! A real terminal for the end-to-end tests: the built `renshi` binary runs
//! inside a private tmux server, keys go in with `send-keys`, the screen
//! comes back with `capture-pane`, in a terminal of the size each session
//! asks for (80×24 unless told).

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

pub const BIN: &str = env!("CARGO_BIN_EXE_renshi");
pub const WAIT: Duration = Duration::from_secs(10);
const POLL: Duration = Duration::from_millis(100);

/// A private tmux server, on a socket inside the test's temporary directory
/// (so nothing is left behind); killed on drop, even when the test panics.
pub struct Tmux {
    socket: PathBuf,
    home: PathBuf,
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.cmd().arg("kill-server").output();
    }
}

impl Tmux {
    pub fn new(home: &Path) -> Tmux {
        match Command::new("tmux").arg("-V").output() {
            Ok(o) if o.status.success() => {}
            Ok(o) => panic!(
                "`tmux -V` failed ({}): this end-to-end test needs tmux; install it (apt-get install tmux)",
                o.status
            ),
            Err(e) => panic!(
                "cannot run tmux ({e}): this end-to-end test needs tmux; install it (apt-get install tmux)"
            ),
        }
        Tmux {
            socket: home.join("tmux.sock"),
            home: home.to_path_buf(),
        }
    }

    /// `tmux -S <socket>` with a clean, UTF-8 environment and no user config.
    pub fn cmd(&self) -> Command {
        let mut c = Command::new("tmux");
        c.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", &self.home)
            .env("XDG_CONFIG_HOME", self.home.join("config"))
            .env("LANG", "C.UTF-8")
            .env("LC_ALL", "C.UTF-8")
            .env("TERM", "xterm-256color")
            .arg("-S")
            .arg(&self.socket)
            .args(["-f", "/dev/null"]);
        c
    }

    pub fn run(&self, args: &[&str]) -> Output {
        let out = self.cmd().args(args).output().expect("run tmux");
        assert!(
            out.status.success(),
            "tmux {args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        out
    }

    /// Starts `renshi <args>` in a new 80×24 session; its exit status lands in `rc_file`.
    pub fn start(&self, session: &str, args: &[&str], rc_file: &Path) {
        self.start_sized(session, args, rc_file, (80, 24));
    }

    /// The same in a terminal of `size` (columns, rows).
    pub fn start_sized(&self, session: &str, args: &[&str], rc_file: &Path, size: (u16, u16)) {
        let (w, h) = (size.0.to_string(), size.1.to_string());
        let quoted: Vec<String> = std::iter::once(BIN)
            .chain(args.iter().copied())
            .map(shell_quote)
            .collect();
        let script = format!(
            "{}; echo $? > {}",
            quoted.join(" "),
            shell_quote(&rc_file.display().to_string())
        );
        self.run(&[
            "new-session",
            "-d",
            "-s",
            session,
            "-x",
            &w,
            "-y",
            &h,
            "-e",
            "LANG=C.UTF-8",
            "-e",
            "LC_ALL=C.UTF-8",
            "sh",
            "-c",
            &script,
        ]);
    }

    pub fn screen(&self, session: &str) -> String {
        let out = self
            .cmd()
            .args(["capture-pane", "-p", "-t", session])
            .output();
        match out {
            Ok(o) if o.status.success() => String::from_utf8_lossy(&o.stdout).into_owned(),
            _ => String::new(),
        }
    }

    /// Polls the pane until `ok` holds (up to `WAIT`) on a screen that has
    /// settled: the interface draws what arrives as it arrives, so a capture
    /// can fall between two frames; the same screen twice in a row cannot.
    pub fn wait_until(&self, session: &str, what: &str, ok: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        let mut last = String::new();
        loop {
            let s = self.screen(session);
            if ok(&s) && s == last {
                return s;
            }
            last = s.clone();
            if start.elapsed() > WAIT {
                panic!("waited {WAIT:?} for {what} in session `{session}`; the screen is:\n{s}");
            }
            std::thread::sleep(POLL);
        }
    }

    pub fn wait_for(&self, session: &str, text: &str) -> String {
        self.wait_until(session, &format!("`{text}`"), |s| s.contains(text))
    }

    pub fn keys(&self, session: &str, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", session];
        args.extend_from_slice(keys);
        self.run(&args);
    }

    pub fn type_text(&self, session: &str, text: &str) {
        self.run(&["send-keys", "-t", session, "-l", text]);
    }

    /// Waits until the session has ended (the program quit) and returns its exit status.
    pub fn wait_exit(&self, session: &str, rc_file: &Path) -> i32 {
        let start = Instant::now();
        loop {
            let alive = self
                .cmd()
                .args(["has-session", "-t", session])
                .output()
                .is_ok_and(|o| o.status.success());
            let rc = std::fs::read_to_string(rc_file).ok();
            if let (false, Some(rc)) = (alive, rc.as_deref()) {
                return rc
                    .trim()
                    .parse()
                    .unwrap_or_else(|_| panic!("exit status `{rc}`"));
            }
            if start.elapsed() > WAIT {
                panic!(
                    "session `{session}` did not end within {WAIT:?}; the screen is:\n{}",
                    self.screen(session)
                );
            }
            std::thread::sleep(POLL);
        }
    }
}

pub fn shell_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', r"'\''"))
}

/// Runs the CLI outside tmux with the same clean environment.
pub fn cli(home: &Path, args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("LANG", "C.UTF-8")
        .output()
        .expect("run renshi")
}

pub fn text(o: &Output) -> String {
    format!(
        "status {}\nstdout:\n{}\nstderr:\n{}",
        o.status,
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}
