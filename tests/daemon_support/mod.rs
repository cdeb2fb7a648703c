//! Helpers for the tests that run `renshi serve` as a real process: a daemon
//! that is killed and whose socket is removed when the test ends (even when it
//! panics), CLI runs with a hang guard, in-process clients over the socket, and
//! OS users and groups that are removed again.
#![allow(dead_code)] // daemon.rs and ssh_e2e.rs use different subsets

use renshi::domain::{Command as DomainCommand, PlanId};
use renshi::service::api::{ApiError, Done, Query, Reply, Request};
use renshi::transport::Client;
use renshi::transport::remote::{ConnectError, Remote};
use renshi::transport::wire::{self, FrameError, Hello, ServerMsg};
use std::fs::{self, OpenOptions};
use std::io::Read;
use std::os::unix::fs::{FileTypeExt, PermissionsExt};
use std::os::unix::net::UnixStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Output, Stdio};
use std::time::{Duration, Instant};
use tempfile::TempDir;

pub const BIN: &str = env!("CARGO_BIN_EXE_renshi");

/// Only a guard against hung children; nothing here measures speed.
pub const HANG_GUARD: Duration = Duration::from_secs(60);

/// Polls `cond` every 20 ms until it holds or `limit` passes; true when it held.
pub fn wait_until(limit: Duration, mut cond: impl FnMut() -> bool) -> bool {
    let deadline = Instant::now() + limit;
    loop {
        if cond() {
            return true;
        }
        if Instant::now() >= deadline {
            return false;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// A fresh directory in /tmp (short paths: a socket path must stay under 108
/// bytes) that every user may traverse.
pub fn shared_dir(prefix: &str) -> TempDir {
    let dir = tempfile::Builder::new()
        .prefix(prefix)
        .tempdir_in("/tmp")
        .expect("create a directory in /tmp");
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o755)).unwrap();
    dir
}

/// A copy of the built binary that any user can run (the repository may sit
/// under a home directory that only its owner can enter).
pub fn copy_binary(dir: &Path) -> PathBuf {
    let to = dir.join("renshi");
    fs::copy(BIN, &to).expect("copy the renshi binary");
    fs::set_permissions(&to, fs::Permissions::from_mode(0o755)).unwrap();
    to
}

/// `renshi` with a clean environment: no store, socket or forced command
/// inherited from whoever runs the tests, English messages.
pub fn renshi_at(bin: &Path) -> Command {
    let mut cmd = Command::new(bin);
    cmd.env_remove("RENSHI_STORE")
        .env_remove("RENSHI_SOCKET")
        .env_remove("SSH_ORIGINAL_COMMAND")
        .env("RENSHI_LANG", "en")
        .env("NO_COLOR", "1")
        .stdin(Stdio::null());
    cmd
}

/// `renshi --store STORE …`
pub fn renshi(store: &Path) -> Command {
    let mut cmd = renshi_at(Path::new(BIN));
    cmd.arg("--store").arg(store);
    cmd
}

/// Runs `cmd` to the end, killing it (and failing) when it hangs.
pub fn output(cmd: &mut Command) -> Output {
    let what = format!("{cmd:?}");
    let mut child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run {what}: {e}"));
    let mut out = child.stdout.take().unwrap();
    let mut err = child.stderr.take().unwrap();
    let t_out = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = out.read_to_end(&mut v);
        v
    });
    let t_err = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = err.read_to_end(&mut v);
        v
    });
    let mut status = None;
    wait_until(HANG_GUARD, || {
        status = child.try_wait().ok().flatten();
        status.is_some()
    });
    let Some(status) = status else {
        let _ = child.kill();
        let _ = child.wait();
        panic!("{what} did not finish within {HANG_GUARD:?}");
    };
    Output {
        status,
        stdout: t_out.join().unwrap(),
        stderr: t_err.join().unwrap(),
    }
}

pub fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// Runs `cmd`, which must exit 0; returns its stdout.
pub fn ok(cmd: &mut Command) -> String {
    let what = format!("{cmd:?}");
    let out = output(cmd);
    assert!(
        out.status.success(),
        "{what} failed ({}):\nstdout: {}\nstderr: {}",
        out.status,
        text(&out.stdout),
        text(&out.stderr)
    );
    text(&out.stdout)
}

/// A demo store (`renshi init --demo`) in a fresh shared directory, and the
/// socket path beside it.
pub fn demo_store() -> (TempDir, PathBuf, PathBuf) {
    let dir = shared_dir("rs-d");
    let store = dir.path().join("store");
    ok(renshi(&store).args(["init", "--demo"]));
    let socket = dir.path().join("store.sock");
    (dir, store, socket)
}

/// A `renshi serve` process. Dropping it kills it (if it still runs) and
/// removes the socket it was serving.
pub struct Daemon {
    child: Child,
    pub socket: PathBuf,
    log: PathBuf,
    status: Option<ExitStatus>,
}

impl Daemon {
    /// Starts `bin serve` and waits until it accepts connections.
    pub fn start(bin: &Path, store: &Path, socket: &Path, group: Option<&str>) -> Daemon {
        let mut d = Daemon::spawn(bin, store, socket, group);
        d.wait_ready();
        d
    }

    /// Starts `bin serve` with more options (`--mailer …`) and waits until
    /// it accepts connections.
    pub fn start_with(bin: &Path, store: &Path, socket: &Path, options: &[&str]) -> Daemon {
        let mut d = Daemon::spawn_with(bin, store, socket, None, options);
        d.wait_ready();
        d
    }

    /// Starts it without waiting (for daemons that are expected to refuse).
    pub fn spawn(bin: &Path, store: &Path, socket: &Path, group: Option<&str>) -> Daemon {
        Daemon::spawn_with(bin, store, socket, group, &[])
    }

    fn spawn_with(
        bin: &Path,
        store: &Path,
        socket: &Path,
        group: Option<&str>,
        options: &[&str],
    ) -> Daemon {
        let log = PathBuf::from(format!("{}.log", socket.display()));
        let log_file = OpenOptions::new()
            .create(true)
            .append(true)
            .open(&log)
            .expect("open the daemon's log");
        let mut cmd = renshi_at(bin);
        cmd.arg("--store")
            .arg(store)
            .arg("--socket")
            .arg(socket)
            .arg("serve");
        if let Some(g) = group {
            cmd.args(["--group", g]);
        }
        cmd.args(options);
        let child = cmd
            .stdout(Stdio::null())
            .stderr(log_file)
            .spawn()
            .expect("spawn renshi serve");
        Daemon {
            child,
            socket: socket.to_path_buf(),
            log,
            status: None,
        }
    }

    pub fn pid(&self) -> nix::unistd::Pid {
        nix::unistd::Pid::from_raw(self.child.id() as i32)
    }

    /// What the daemon wrote on stderr (this and earlier runs on the same socket).
    pub fn log(&self) -> String {
        fs::read_to_string(&self.log).unwrap_or_default()
    }

    pub fn running(&mut self) -> bool {
        if self.status.is_none() {
            self.status = self.child.try_wait().ok().flatten();
        }
        self.status.is_none()
    }

    /// Waits until the socket answers a connection; fails if the daemon exits first.
    pub fn wait_ready(&mut self) {
        let ready = wait_until(Duration::from_secs(20), || {
            !self.running() || UnixStream::connect(&self.socket).is_ok()
        });
        assert!(
            self.running(),
            "renshi serve exited ({:?}) before serving:\n{}",
            self.status,
            self.log()
        );
        assert!(
            ready,
            "renshi serve did not answer on {} within 20 s:\n{}",
            self.socket.display(),
            self.log()
        );
    }

    pub fn signal(&self, sig: nix::sys::signal::Signal) {
        nix::sys::signal::kill(self.pid(), sig).expect("signal the daemon");
    }

    /// Waits for the daemon to exit (failing after `limit`).
    pub fn wait_exit(&mut self, limit: Duration) -> ExitStatus {
        let exited = wait_until(limit, || !self.running());
        assert!(
            exited,
            "renshi serve did not exit within {limit:?}:\n{}",
            self.log()
        );
        self.status.unwrap()
    }

    /// SIGKILL: no cleanup at all, the socket file stays behind.
    pub fn sigkill(&mut self) {
        self.signal(nix::sys::signal::Signal::SIGKILL);
        self.wait_exit(Duration::from_secs(10));
    }
}

impl Drop for Daemon {
    fn drop(&mut self) {
        if self.running() {
            let _ = self.child.kill();
            let _ = self.child.wait();
            // Only the socket of a daemon we stopped here: a dead daemon's path
            // may by now belong to its successor.
            if fs::symlink_metadata(&self.socket).is_ok_and(|m| m.file_type().is_socket()) {
                let _ = fs::remove_file(&self.socket);
            }
        }
    }
}

pub fn hello(as_user: Option<&str>, subscribe: bool) -> Hello {
    Hello {
        as_user: as_user.map(str::to_string),
        subscribe,
    }
}

/// An in-process client of the daemon; `as_user` works on demo stores only.
pub fn remote(socket: &Path, as_user: Option<&str>, subscribe: bool) -> Remote {
    Remote::connect(socket, hello(as_user, subscribe))
        .unwrap_or_else(|e| panic!("connect to {} as {as_user:?}: {e:?}", socket.display()))
}

/// `remote`, waiting (up to 10 s) while the daemon says it is busy: for a
/// test that has just let go of many connections of its OS user.
pub fn remote_when_free(socket: &Path, as_user: Option<&str>) -> Remote {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        match Remote::connect(socket, hello(as_user, false)) {
            Ok(r) => return r,
            Err(ConnectError::Refused(e)) if e.to_string().contains("busy") => {
                assert!(Instant::now() < deadline, "still busy: {e}");
                std::thread::sleep(Duration::from_millis(50));
            }
            Err(e) => panic!("connect to {} as {as_user:?}: {e:?}", socket.display()),
        }
    }
}

pub fn exec(r: &mut Remote, command: DomainCommand, comment: &str) -> Result<Done, ApiError> {
    match r.call(Request::execute(command, comment))? {
        Reply::Done(d) => Ok(d),
        other => panic!("a command answered {other:?}"),
    }
}

pub fn query(r: &mut Remote, q: Query) -> Reply {
    r.call(Request::Query(q.clone()))
        .unwrap_or_else(|e| panic!("query {q:?} failed: {e}"))
}

pub fn created_plan(done: &Done) -> PlanId {
    done.created
        .as_deref()
        .unwrap_or_else(|| panic!("a draft reported no id: {done:?}"))
        .parse()
        .unwrap()
}

/// Looks a tool up on PATH and in the system directories root normally has.
pub fn find_tool(name: &str) -> Option<PathBuf> {
    let path = std::env::var("PATH").unwrap_or_default();
    path.split(':')
        .chain(["/usr/sbin", "/sbin", "/usr/bin", "/bin"])
        .filter(|d| !d.is_empty())
        .map(|d| Path::new(d).join(name))
        .find(|p| p.is_file())
}

pub fn is_root() -> bool {
    nix::unistd::geteuid().is_root()
}

/// Set by CI, which installs everything and runs as root: there a test that
/// cannot run fails instead of skipping.
pub const REQUIRE_ALL: &str = "RENSHI_REQUIRE_ALL_TESTS";

/// Whether a test's needs (`(what, met)`) are met here. When one is not, the
/// test says it was skipped, why, and how to run it (`how`), and returns
/// false; with `RENSHI_REQUIRE_ALL_TESTS=1` it fails instead.
pub fn can_run(test: &str, needs: &[(&str, bool)], how: &str) -> bool {
    let missing: Vec<&str> = needs
        .iter()
        .filter(|(_, met)| !met)
        .map(|(w, _)| *w)
        .collect();
    if missing.is_empty() {
        return true;
    }
    let why = format!("{test}: needs {} ({how})", missing.join(", "));
    assert!(
        std::env::var_os(REQUIRE_ALL).is_none(),
        "{why}; {REQUIRE_ALL} is set, so this may not be skipped"
    );
    // Written past the test harness's capture, so `cargo test` shows it.
    use std::io::Write;
    let _ = writeln!(std::io::stderr(), "skipped: {why}");
    false
}

/// Runs a system tool that must succeed (useradd, groupadd, ssh-keygen…).
pub fn sys(tool: &str, args: &[&str]) {
    let exe = find_tool(tool).unwrap_or_else(|| panic!("`{tool}` is not installed"));
    let out = output(Command::new(exe).args(args).stdin(Stdio::null()));
    assert!(
        out.status.success(),
        "{tool} {args:?} failed ({}): {}{}",
        out.status,
        text(&out.stdout),
        text(&out.stderr)
    );
}

/// Best effort, for cleanup: failures are reported, never raised.
fn sys_quiet(tool: &str, args: &[&str]) {
    let Some(exe) = find_tool(tool) else { return };
    match Command::new(exe)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
    {
        Ok(s) if s.success() => {}
        other => eprintln!("cleanup: {tool} {args:?}: {other:?}"),
    }
}

/// A group that exists for the test; removed at the end if the test created it.
pub struct OsGroup {
    pub name: String,
    pub gid: u32,
    created: bool,
}

impl OsGroup {
    pub fn ensure(name: &str) -> OsGroup {
        let lookup = || nix::unistd::Group::from_name(name).ok().flatten();
        let created = lookup().is_none();
        if created {
            sys("groupadd", &[name]);
        }
        let gid = lookup()
            .unwrap_or_else(|| panic!("group {name} missing after groupadd"))
            .gid
            .as_raw();
        OsGroup {
            name: name.into(),
            gid,
            created,
        }
    }
}

impl Drop for OsGroup {
    fn drop(&mut self) {
        if self.created {
            sys_quiet("groupdel", &[&self.name]);
        }
    }
}

/// An OS login created for the test (with its own group of the same name, a
/// home under `home_base`, a usable shell and an unlocked but passwordless
/// account); `userdel -r` removes it at the end, failed test or not.
pub struct OsUser {
    pub name: String,
    pub uid: u32,
    pub gid: u32,
    pub home: PathBuf,
}

impl OsUser {
    pub fn create(name: &str, home_base: &Path, groups: &[&str]) -> OsUser {
        let home = home_base.join(name);
        let home_s = home.display().to_string();
        let mut args = vec!["-m", "-d", &home_s, "-s", "/bin/sh", "-U", "-p", "*"];
        let joined = groups.join(",");
        if !groups.is_empty() {
            args.extend(["-G", &joined]);
        }
        args.push(name);
        sys("useradd", &args);
        // From here on Drop removes it, even if the lookup below fails.
        let mut user = OsUser {
            name: name.into(),
            uid: 0,
            gid: 0,
            home,
        };
        let u = nix::unistd::User::from_name(name)
            .ok()
            .flatten()
            .unwrap_or_else(|| panic!("user {name} missing after useradd"));
        user.uid = u.uid.as_raw();
        user.gid = u.gid.as_raw();
        assert_ne!(user.uid, 0);
        user
    }
}

impl Drop for OsUser {
    fn drop(&mut self) {
        sys_quiet("userdel", &["-r", &self.name]);
        if nix::unistd::Group::from_name(&self.name)
            .ok()
            .flatten()
            .is_some()
        {
            sys_quiet("groupdel", &[&self.name]);
        }
    }
}

/// A raw connection with a bound on every read.
pub fn raw(socket: &Path, limit: Duration) -> UnixStream {
    let s = UnixStream::connect(socket).expect("connect");
    s.set_read_timeout(Some(limit)).unwrap();
    s
}

pub fn raw_hello(s: &mut UnixStream) {
    wire::write_frame(
        s,
        &wire::hello_frame(&hello(Some("gm.wang"), false)).unwrap(),
    )
    .unwrap();
    let body = wire::read_frame(s).expect("greeting");
    assert!(
        matches!(
            wire::decode_server_msg(&body),
            Ok(ServerMsg::Welcome { .. })
        ),
        "a good hello is welcomed"
    );
}

/// Reads until the daemon closes the connection and returns what it sent
/// first; fails if it is still open when a read waits past the socket's timeout.
pub fn until_closed(s: &mut UnixStream, what: &str) -> Vec<ServerMsg> {
    let mut got = Vec::new();
    for _ in 0..16 {
        match wire::read_frame(s) {
            Ok(body) => got.push(wire::decode_server_msg(&body).expect("a server message")),
            Err(FrameError::Closed) => return got,
            Err(FrameError::Io(e)) if e.kind() == std::io::ErrorKind::ConnectionReset => {
                return got;
            }
            Err(FrameError::Idle) => panic!("{what}: the daemon kept the connection open"),
            Err(e) => panic!("{what}: {e}"),
        }
    }
    panic!("{what}: the daemon keeps talking: {got:?}")
}

pub fn assert_refused_then_closed(s: &mut UnixStream, what: &str) -> ApiError {
    match until_closed(s, what).as_slice() {
        [ServerMsg::Refused(e)] => e.clone(),
        other => panic!("{what}: expected one refusal before the close, got {other:?}"),
    }
}
