//! Department heads reach renshi through the system's own OpenSSH: a real
//! sshd, configured with the repository's deploy/sshd_config.d/renshi.conf,
//! forces every session of the group renshi-remote into renshi, which talks to
//! the daemon over its socket. Two OS users (an HR clerk who is also the
//! general manager, and a board member) draft, submit and sign a plan over
//! SSH; the audit log names the signer's own login; and shell tricks in the
//! command line run no shell.
//!
//! Needs root (it creates users and groups) and OpenSSH (`apt-get install
//! openssh-server`). Everything it creates — sshd, the daemon, users, the
//! groups it had to add, the directory in /tmp — is removed at the end, also
//! when it fails.

mod daemon_support;

use daemon_support::*;
use std::fs;
use std::net::{Ipv4Addr, TcpListener, TcpStream};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::Duration;

const SSHD: &str = "/usr/sbin/sshd";
const SNIPPET: &str = include_str!("../deploy/sshd_config.d/renshi.conf");
const SNIPPET_BINARY: &str = "/usr/bin/renshi";
const SNIPPET_SOCKET: &str = "/run/renshi/renshi.sock";

/// An sshd in the foreground; killed when dropped.
struct Sshd {
    child: Child,
    log: PathBuf,
}

impl Sshd {
    fn log(&self) -> String {
        fs::read_to_string(&self.log).unwrap_or_default()
    }
}

impl Drop for Sshd {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The privilege-separation directory sshd insists on; removed again if we made it.
struct PrivsepDir(bool);

impl PrivsepDir {
    fn ensure() -> PrivsepDir {
        let p = Path::new("/run/sshd");
        if p.is_dir() {
            return PrivsepDir(false);
        }
        fs::create_dir_all(p).expect("create /run/sshd");
        fs::set_permissions(p, fs::Permissions::from_mode(0o755)).unwrap();
        PrivsepDir(true)
    }
}

impl Drop for PrivsepDir {
    fn drop(&mut self) {
        if self.0 {
            let _ = fs::remove_dir("/run/sshd");
        }
    }
}

fn free_port() -> u16 {
    TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port()
}

fn keygen(path: &Path, comment: &str) {
    sys(
        "ssh-keygen",
        &[
            "-q",
            "-t",
            "ed25519",
            "-N",
            "",
            "-C",
            comment,
            "-f",
            &path.display().to_string(),
        ],
    );
}

struct Client {
    port: u16,
}

impl Client {
    /// `ssh -i KEY USER@127.0.0.1 COMMAND`: what a department head types.
    fn ssh(&self, user: &OsUser, key: &Path, command: &str) -> Output {
        let ssh = find_tool("ssh").expect("ssh (openssh-client) is installed");
        let mut c = Command::new(ssh);
        c.args(["-F", "/dev/null", "-i"])
            .arg(key)
            .args(["-p", &self.port.to_string()])
            .args([
                "-o",
                "StrictHostKeyChecking=no",
                "-o",
                "UserKnownHostsFile=/dev/null",
                "-o",
                "BatchMode=yes",
                "-o",
                "IdentitiesOnly=yes",
                "-o",
                "ConnectTimeout=10",
                "-o",
                "LogLevel=ERROR",
            ])
            .arg(format!("{}@127.0.0.1", user.name))
            .arg(command)
            .env_remove("SSH_AUTH_SOCK")
            .stdin(Stdio::null());
        output(&mut c)
    }
}

fn describe(o: &Output) -> String {
    format!(
        "exit {:?}\nstdout: {}\nstderr: {}",
        o.status.code(),
        text(&o.stdout),
        text(&o.stderr)
    )
}

#[test]
fn department_heads_use_renshi_over_openssh_and_nothing_else() {
    let tools = [
        "ssh",
        "ssh-keygen",
        "useradd",
        "userdel",
        "groupadd",
        "groupdel",
    ];
    let mut needs = vec![("sshd", Path::new(SSHD).is_file()), ("root", is_root())];
    needs.extend(tools.iter().map(|t| (*t, find_tool(t).is_some())));
    if !can_run(
        "renshi over OpenSSH",
        &needs,
        "it runs a real sshd and creates OS users: run as root after \
         `apt-get install openssh-server openssh-client passwd` (CI does)",
    ) {
        return;
    }

    // Dropped in reverse order: sshd, daemon, users, groups, /run/sshd, the directory.
    let dir = shared_dir("rs-ssh");
    let base = dir.path();
    let _privsep = PrivsepDir::ensure();
    let pid = std::process::id();
    let remote_group = OsGroup::ensure("renshi-remote");
    let socket_group = OsGroup::ensure(&format!("rs-sock-{pid}"));
    let home = base.join("home");
    fs::create_dir(&home).unwrap();
    let member_of = [remote_group.name.as_str(), socket_group.name.as_str()];
    let hr = OsUser::create(&format!("rs-hr-{pid}"), &home, &member_of);
    let signer = OsUser::create(&format!("rs-sign-{pid}"), &home, &member_of);

    // Keys: the host's, and one per user, authorized in a file sshd reads for %u.
    let keys = base.join("keys");
    fs::create_dir(&keys).unwrap();
    fs::set_permissions(&keys, fs::Permissions::from_mode(0o755)).unwrap();
    let host_key = base.join("host_ed25519");
    keygen(&host_key, "renshi test host");
    let id_file = |u: &OsUser| {
        let key = base.join(format!("id_{}", u.name));
        keygen(&key, &u.name);
        let public = fs::read_to_string(key.with_extension("pub")).unwrap();
        let auth = keys.join(&u.name);
        fs::write(&auth, public).unwrap();
        fs::set_permissions(&auth, fs::Permissions::from_mode(0o644)).unwrap();
        key
    };
    let hr_key = id_file(&hr);
    let signer_key = id_file(&signer);

    // The store, its users, and the daemon (as root, socket for the socket group).
    let exe = copy_binary(base);
    let store = base.join("store");
    // Beside the store, where the CLI run by root below finds the daemon.
    let socket = base.join("store.sock");
    let local = |args: &[&str]| {
        let mut c = renshi_at(&exe);
        c.arg("--store").arg(&store).args(args);
        c
    };
    ok(&mut local(&["init"]));
    ok(&mut local(&[
        "user",
        "add",
        &hr.name,
        "--name",
        "HR clerk",
        "--role",
        "hr_staff",
        "--role",
        "general_manager",
    ]));
    ok(&mut local(&[
        "user",
        "add",
        &signer.name,
        "--name",
        "Board member",
        "--role",
        "board",
    ]));
    let dept = ok(&mut local(&["department", "add", "Engineering"]))
        .trim()
        .to_string();
    assert!(dept.starts_with("DEP-"), "department add printed {dept:?}");
    let daemon = Daemon::start(&exe, &store, &socket, Some(&socket_group.name));

    // sshd: a private config, then the repository's snippet with its paths
    // pointed at this test's binary and socket.
    for from in [SNIPPET_BINARY, SNIPPET_SOCKET] {
        assert!(
            SNIPPET.contains(from),
            "deploy/sshd_config.d/renshi.conf no longer mentions {from}; update this test"
        );
    }
    let snippet = SNIPPET
        .replace(SNIPPET_BINARY, &exe.display().to_string())
        .replace(SNIPPET_SOCKET, &socket.display().to_string());
    let port = free_port();
    let config = base.join("sshd_config");
    fs::write(
        &config,
        format!(
            "Port {port}\n\
             ListenAddress 127.0.0.1\n\
             HostKey {host}\n\
             PidFile {base}/sshd.pid\n\
             UsePAM no\n\
             StrictModes no\n\
             PubkeyAuthentication yes\n\
             AuthorizedKeysFile {base}/keys/%u\n\
             PasswordAuthentication no\n\
             KbdInteractiveAuthentication no\n\
             AllowUsers {hr} {signer}\n\
             PrintMotd no\n\
             LogLevel VERBOSE\n\
             {snippet}\n",
            host = host_key.display(),
            base = base.display(),
            hr = hr.name,
            signer = signer.name,
        ),
    )
    .unwrap();
    let test = output(Command::new(SSHD).arg("-t").arg("-f").arg(&config));
    assert!(
        test.status.success(),
        "sshd refuses the config: {}",
        describe(&test)
    );
    let log = base.join("sshd.log");
    let mut sshd = Sshd {
        child: Command::new(SSHD)
            .arg("-D")
            .arg("-f")
            .arg(&config)
            .arg("-E")
            .arg(&log)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start sshd"),
        log,
    };
    let listening = wait_until(Duration::from_secs(15), || {
        TcpStream::connect((Ipv4Addr::LOCALHOST, port)).is_ok()
            || sshd.child.try_wait().ok().flatten().is_some()
    });
    assert!(
        listening && sshd.child.try_wait().ok().flatten().is_none(),
        "sshd did not start listening on {port}:\n{}",
        sshd.log()
    );

    let client = Client { port };
    let as_hr = |cmd: &str| client.ssh(&hr, &hr_key, cmd);
    let as_signer = |cmd: &str| client.ssh(&signer, &signer_key, cmd);
    let must = |o: Output, what: &str| {
        assert!(
            o.status.success(),
            "{what} over SSH: {}\n--- sshd log\n{}\n--- daemon log\n{}",
            describe(&o),
            sshd.log(),
            daemon.log()
        );
        text(&o.stdout)
    };

    // The HR clerk (as general manager) drafts, fills and submits a plan; the
    // quoted title travels through SSH_ORIGINAL_COMMAND in one piece.
    let id = must(
        as_hr("renshi plan draft --title 'Hiring 2027; site teams'"),
        "plan draft",
    )
    .trim()
    .to_string();
    assert!(id.starts_with("HP-"), "plan draft printed {id:?}");
    must(
        as_hr(&format!(
            "renshi plan add-line {id} --new-in {dept} --title 'Site engineer' --duties 'Runs one site.' --headcount 2"
        )),
        "plan add-line",
    );
    must(as_hr(&format!("plan submit {id}")), "plan submit");

    // The board member signs with their own key; renshi knows them by their login.
    let signed = must(
        as_signer(&format!("renshi approve {id} -m 'ok from the board'")),
        "approve",
    );
    assert!(!signed.trim().is_empty(), "approve printed nothing");

    let list: serde_json::Value =
        serde_json::from_str(&must(as_hr("renshi plan list --json"), "plan list")).unwrap();
    let plan = list["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["title"] == "Hiring 2027; site teams")
        .unwrap_or_else(|| panic!("the plan is not listed: {list}"));
    assert_eq!(plan["state"], "approved", "{plan}");
    assert_eq!(plan["author"], hr.name.as_str(), "{plan}");

    // Recruitment over SSH: the clerk also heads the department, the board
    // member is also its division head. The head raises a requisition for
    // the new position; the division head finds it in the inbox and signs.
    let role_args = |roles: &[&str]| -> Vec<String> {
        roles
            .iter()
            .flat_map(|r| ["--role".to_string(), r.to_string()])
            .chain(["--dept".to_string(), dept.clone()])
            .collect()
    };
    let mut edit = vec!["user".to_string(), "edit".into(), hr.name.clone()];
    edit.extend(role_args(&["hr_staff", "general_manager", "dept_head"]));
    ok(&mut local(
        &edit.iter().map(String::as_str).collect::<Vec<_>>(),
    ));
    let mut edit = vec!["user".to_string(), "edit".into(), signer.name.clone()];
    edit.extend(role_args(&["board", "division_head"]));
    ok(&mut local(
        &edit.iter().map(String::as_str).collect::<Vec<_>>(),
    ));
    let positions: serde_json::Value =
        serde_json::from_str(&must(as_hr("renshi positions --json"), "positions")).unwrap();
    let position = positions["items"]
        .as_array()
        .and_then(|a| a.iter().find(|p| p["title"] == "Site engineer"))
        .unwrap_or_else(|| panic!("the plan's position: {positions}"))["id"]
        .as_str()
        .unwrap()
        .to_string();
    let req = must(
        as_hr(&format!(
            "renshi req new --position {position} --count 1 --start 2030-03-01 --reason 'Second site; night shift'"
        )),
        "req new",
    )
    .trim()
    .to_string();
    assert!(req.starts_with("REQ-"), "req new printed {req:?}");
    let waiting = must(as_signer("renshi inbox"), "inbox");
    assert!(
        waiting.contains(&req),
        "the division head's inbox: {waiting}"
    );
    // The login greeting PAM would print for the division head, whose turn
    // it is (deploy/renshi-greet, run as root with sshd's PAM_USER), and
    // nothing for someone outside renshi-remote.
    let greet = |user: &str| {
        let mut c = Command::new(Path::new(env!("CARGO_MANIFEST_DIR")).join("deploy/renshi-greet"));
        c.arg(&socket)
            .arg(&exe)
            .env("PAM_TYPE", "open_session")
            .env("PAM_USER", user)
            .env("LANG", "C.UTF-8");
        text(&output(&mut c).stdout)
    };
    let hello = greet(&signer.name);
    assert!(
        hello.starts_with("renshi: ") && hello.contains("for you: ") && hello.contains(&req),
        "the greeting: {hello:?}"
    );
    assert_eq!(greet("root"), "", "root is not in renshi-remote");
    must(
        as_signer(&format!("renshi approve {req} -m 'ok from the division'")),
        "approve the requisition",
    );
    let shown: serde_json::Value = serde_json::from_str(&must(
        as_hr(&format!("renshi req show {req} --json")),
        "req show",
    ))
    .unwrap();
    assert_eq!(shown["row"]["state"], "submitted", "{shown}");
    assert_eq!(shown["row"]["waiting_for"], "general_manager", "{shown}");
    assert_eq!(shown["row"]["seats"]["reserved"], 1, "{shown}");

    // Offboarding over SSH: the clerk enters someone on the position's last
    // free seat, opens their separation case, and ticks HR's talk from the
    // laptop; the case shows it done by the clerk's own login.
    let emp = must(
        as_hr(&format!(
            "renshi employee add --name 'Site engineer 一' --position {position} --start-date 2024-01-02"
        )),
        "employee add",
    )
    .trim()
    .to_string();
    assert!(emp.starts_with("EMP-"), "employee add printed {emp:?}");
    let last_day = (chrono::Utc::now().date_naive() + chrono::TimeDelta::days(40)).to_string();
    let case = must(
        as_hr(&format!(
            "renshi offboard start {emp} --kind resignation --last-day {last_day} --reason 'Moving away; family'"
        )),
        "offboard start",
    )
    .trim()
    .to_string();
    assert!(case.starts_with("SEP-"), "offboard start printed {case:?}");
    let ticked = must(
        as_hr(&format!(
            "renshi offboard tick {case} hr_talk -m 'Talked it through; contract ends cleanly'"
        )),
        "offboard tick",
    );
    assert!(
        ticked.contains("done (1/6"),
        "offboard tick printed {ticked:?}"
    );
    let sep: serde_json::Value = serde_json::from_str(&must(
        as_hr(&format!("renshi offboard show {case} --json")),
        "offboard show",
    ))
    .unwrap();
    let talk = &sep["steps"][0];
    assert_eq!(talk["key"], "hr_talk", "{sep}");
    assert_eq!(talk["state"], "done", "{sep}");
    assert_eq!(talk["by"], hr.name.as_str(), "{sep}");
    assert_eq!(
        talk["note"], "Talked it through; contract ends cleanly",
        "{sep}"
    );
    // The division head sees the case but ticks none of its steps.
    let o = as_signer(&format!("renshi offboard tick {case} dept_talk"));
    assert_eq!(o.status.code(), Some(1), "{}", describe(&o));

    // The audit log (read by root, the store's admin, through the daemon).
    let verify = ok(&mut local(&["audit", "verify"]));
    let events: String = verify.chars().filter(char::is_ascii_digit).collect();
    let log = ok(&mut local(&[
        "audit", "log", "--from", "1", "--limit", &events,
    ]));
    // An entry's comment follows it on its own indented line.
    let lines: Vec<&str> = log.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.contains("plan signed"))
        .unwrap_or_else(|| panic!("no plan-signed event in:\n{log}"));
    let signed_line = format!("{} {}", lines[at], lines.get(at + 1).unwrap_or(&""));
    assert!(
        signed_line.contains(&signer.name) && signed_line.contains("ok from the board"),
        "the signature is recorded under the signer's login: {signed_line}"
    );
    let drafted_line = log
        .lines()
        .find(|l| l.contains("plan drafted"))
        .unwrap_or_else(|| panic!("no plan-drafted event in:\n{log}"));
    assert!(drafted_line.contains(&hr.name), "{drafted_line}");
    let ticked_line = log
        .lines()
        .find(|l| l.contains("offboarding step done"))
        .unwrap_or_else(|| panic!("no offboarding-step event in:\n{log}"));
    assert!(
        ticked_line.contains(&hr.name) && ticked_line.contains("hr_talk"),
        "{ticked_line}"
    );

    // Nothing but renshi runs: no server, no other store, no shell.
    let marker = base.join("shell-ran");
    let tricks = [
        "renshi serve".to_string(),
        "init --demo".to_string(),
        format!("renshi --store {} inbox", store.display()),
        format!("renshi --socket={} inbox", socket.display()),
        "ls /; renshi inbox".to_string(),
        "renshi inbox; ls /".to_string(),
        format!("renshi inbox && touch {}", marker.display()),
        format!("renshi inbox $(touch {})", marker.display()),
        format!("renshi inbox `touch {}`", marker.display()),
        "/bin/sh -c id".to_string(),
        "renshi inbox | cat /etc/passwd".to_string(),
        format!("renshi --as {} inbox", hr.name),
        // A global option before the subcommand once let these through.
        "renshi --lang en init".to_string(),
        "--as x init --demo".to_string(),
        "renshi --lang=en demo".to_string(),
        "ｉｎｉｔ".to_string(),
        format!("inbox –-store {}", store.display()),
    ];
    for trick in &tricks {
        let o = as_signer(trick);
        assert!(!o.status.success(), "`{trick}` succeeded: {}", describe(&o));
        // Refused before anything ran: no listing, no `id`, no inbox either.
        assert!(
            o.stdout.is_empty(),
            "`{trick}` printed something: {}",
            describe(&o)
        );
        assert!(!marker.exists(), "`{trick}` ran a shell command");
    }
    // The refusals say why, in renshi's words.
    let o = as_signer("renshi serve");
    assert!(
        text(&o.stderr).contains("not available over SSH"),
        "{}",
        describe(&o)
    );
    let o = as_signer("renshi --lang en init");
    assert!(
        text(&o.stderr).contains("`init` is not available over SSH"),
        "{}",
        describe(&o)
    );
    // No store was made for the signer anywhere in their home.
    let made = signer.home.join(".local/share/renshi");
    assert!(!made.exists(), "{} was created", made.display());
    // `ssh hr-server` without a terminal (BatchMode, no -t): told what to do.
    let o = as_signer("");
    assert_eq!(o.status.code(), Some(2), "{}", describe(&o));
    assert!(text(&o.stderr).contains("ssh -t"), "{}", describe(&o));

    // And the store is still whole after all of it.
    let verify = ok(&mut local(&["audit", "verify"]));
    assert!(verify.contains("intact"), "{verify}");
    drop(sshd);
    drop(daemon);
}
