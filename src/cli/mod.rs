//! The scriptable command line. Every subcommand is one request to the same
//! API the TUI uses; output is plain text or `--json`.

mod audit;
mod org;
mod people;
mod plans;
mod print;
pub mod ssh;

use crate::domain::signoff::Decision;
use crate::domain::*;
use crate::i18n::{Catalog, Lang};
use crate::service::api::*;
use crate::service::{Caller, Service};
use crate::store::Store;
use crate::transport::remote::{ConnectError, Remote};
use crate::transport::server::{ServeOptions, serve};
use crate::transport::wire::Hello;
use crate::transport::{Client, Embedded};
use clap::{Args, Parser, Subcommand};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

#[derive(Parser, Debug)]
#[command(
    name = "renshi",
    version,
    about = "人事 — personnel lifecycle from a terminal"
)]
pub struct Cli {
    /// Store directory (default: the user's data directory)
    #[arg(long, global = true, env = "RENSHI_STORE")]
    pub store: Option<PathBuf>,
    /// Language: en, zh-Hans or zh-Hant (default: RENSHI_LANG, then LC_ALL,
    /// LC_MESSAGES, LANG)
    #[arg(long, global = true)]
    pub lang: Option<String>,
    /// Act as this demo user (demo stores only; recorded in the audit log)
    #[arg(long = "as", global = true, value_name = "LOGIN")]
    pub as_user: Option<String>,
    /// Key bindings file (default: keymap.toml in the config directory)
    #[arg(long, global = true)]
    pub keys: Option<PathBuf>,
    /// The daemon's socket (default: STORE.sock beside the store, then /run/renshi/renshi.sock)
    #[arg(long, global = true, env = "RENSHI_SOCKET")]
    pub socket: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Option<Cmd>,
}

#[derive(Subcommand, Debug)]
pub enum Cmd {
    /// Create the demo company if absent (its text in the --lang language) and
    /// open the interface on it
    Demo,
    /// Own the store and serve clients on a Unix socket until SIGTERM/SIGINT
    Serve {
        /// Group whose members may connect (default: the daemon's own group)
        #[arg(long)]
        group: Option<String>,
        /// Connections one OS user may hold at once (each interface holds one)
        #[arg(long, default_value_t = 32, value_parser = clap::value_parser!(u32).range(1..=4096))]
        max_per_user: u32,
        /// Connections in all
        #[arg(long, default_value_t = 512, value_parser = clap::value_parser!(u32).range(1..=16384))]
        max_connections: u32,
    },
    /// Create a new store; the current OS login becomes its admin
    Init {
        /// Seed the demo company from data/ instead of an empty one (its text in
        /// the --lang language)
        #[arg(long)]
        demo: bool,
        /// The company's name, shown in every header
        #[arg(long, default_value = "")]
        company: String,
        /// The company's time zone, which decides "today" and every due date
        /// (an IANA name such as Asia/Shanghai; default: this machine's)
        #[arg(long)]
        zone: Option<String>,
    },
    /// What waits for you
    Inbox {
        #[arg(long)]
        json: bool,
    },
    /// Positions with approved, filled, reserved and free seats
    Positions {
        #[arg(long)]
        json: bool,
        /// Only this department and the ones below it (DEP-05)
        #[arg(long)]
        dept: Option<DeptId>,
    },
    /// The department tree
    Departments {
        #[arg(long)]
        json: bool,
    },
    /// Headcount plans
    #[command(subcommand)]
    Plan(PlanCmd),
    /// Approve what waits for your signature (HP-0001)
    Approve(SignArgs),
    /// Reject it (a comment is required)
    Reject(SignArgs),
    /// Return it for revision (a comment is required)
    Return(SignArgs),
    /// Create, rename or move departments
    #[command(subcommand)]
    Department(DeptCmd),
    /// Let someone sign for you until a date (inclusive)
    Delegate {
        #[arg(long)]
        to: String,
        /// Last day of the delegation, YYYY-MM-DD
        #[arg(long)]
        until: chrono::NaiveDate,
        #[arg(long, short = 'm', default_value = "")]
        comment: String,
    },
    /// End a delegation early
    Undelegate { id: DelegationId },
    /// The audit log
    #[command(subcommand)]
    Audit(AuditCmd),
    /// Users of this store
    #[command(subcommand)]
    User(UserCmd),
}

#[derive(Args, Debug)]
pub struct SignArgs {
    pub id: PlanId,
    /// Comment (required to reject or return)
    #[arg(long, short = 'm', default_value = "")]
    pub comment: String,
    /// Sign only the version you saw: the digest `plan show` prints. Without
    /// it, the plan as it is now is signed, and its digest is printed back.
    #[arg(long)]
    pub seen: Option<String>,
}

#[derive(Subcommand, Debug)]
pub enum PlanCmd {
    /// All plans you may see, with their state and whom they wait for
    List {
        #[arg(long)]
        json: bool,
    },
    /// One plan: its changes (in full) and its sign-off timeline
    Show {
        id: PlanId,
        #[arg(long)]
        json: bool,
    },
    /// Start a draft; prints its id
    Draft {
        #[arg(long)]
        title: String,
        #[arg(long, default_value = "")]
        note: String,
    },
    /// Add a change: exactly one of --new-in, --headcount-of, --duties-of, --close
    AddLine(LineArgs),
    /// Remove a change from a draft
    RemoveLine {
        id: PlanId,
        /// The change's number as `plan show` gives it (1, 2, …); numbers
        /// stay with their change when others are removed
        line: LineNo,
    },
    /// Send a draft (or a returned plan) for sign-off
    Submit {
        id: PlanId,
        #[arg(long, short = 'm', default_value = "")]
        comment: String,
    },
    /// Record a sign-off given on paper (HR head; HR staff need a second
    /// person to confirm it)
    Paper {
        id: PlanId,
        /// Who signed the paper (their login)
        #[arg(long)]
        signer: String,
        /// approve, reject or return
        #[arg(long)]
        decision: String,
        /// The paper's reference (file number, resolution)
        #[arg(long = "ref")]
        paper_ref: String,
        /// The digest `plan show` prints (binds the record to that version)
        #[arg(long)]
        seen: Option<String>,
        #[arg(long, short = 'm', default_value = "")]
        comment: String,
    },
    /// Confirm a paper sign-off another HR person recorded
    ConfirmPaper {
        id: PlanId,
        /// The digest `plan show` prints
        #[arg(long)]
        seen: Option<String>,
    },
    /// Discard a recorded paper sign-off that was wrong (say why with -m)
    DiscardPaper {
        id: PlanId,
        #[arg(long, short = 'm', default_value = "")]
        comment: String,
    },
}

#[derive(Args, Debug)]
#[command(group(clap::ArgGroup::new("kind").required(true).args(["new_in", "headcount_of", "duties_of", "close"])))]
pub struct LineArgs {
    pub id: PlanId,
    /// New position in this department (with --title, --duties, --headcount)
    #[arg(long)]
    pub new_in: Option<DeptId>,
    /// New headcount of this position (with --headcount)
    #[arg(long)]
    pub headcount_of: Option<PositionId>,
    /// New duties of this position (with --duties)
    #[arg(long)]
    pub duties_of: Option<PositionId>,
    /// Close this position (no seat may be filled or reserved)
    #[arg(long)]
    pub close: Option<PositionId>,
    /// Title of the new position
    #[arg(long, conflicts_with_all = ["headcount_of", "duties_of", "close"])]
    pub title: Option<String>,
    /// Duties of the new position, or the new duties
    #[arg(long, conflicts_with_all = ["headcount_of", "close"])]
    pub duties: Option<String>,
    /// Headcount (whole number)
    #[arg(long, conflicts_with_all = ["duties_of", "close"])]
    pub headcount: Option<String>,
}

#[derive(Subcommand, Debug)]
pub enum DeptCmd {
    /// Create a department (under --parent, or at the top)
    Add {
        name: String,
        #[arg(long)]
        parent: Option<DeptId>,
    },
    /// Give a department a new name
    Rename { id: DeptId, name: String },
    /// Move under another department (or to the top with no --parent)
    Move {
        id: DeptId,
        #[arg(long)]
        parent: Option<DeptId>,
    },
}

#[derive(Subcommand, Debug)]
pub enum AuditCmd {
    /// Walk the hash chain; exit 0 with the count, or name the first bad event
    Verify,
    /// Show log entries
    /// Show log entries, newest last (default: the latest 50)
    Log {
        /// First event to show (1 = the beginning)
        #[arg(long)]
        from: Option<u64>,
        #[arg(long, default_value_t = 50)]
        limit: u32,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Subcommand, Debug)]
pub enum UserCmd {
    /// Registered users and their roles
    List,
    /// Register an OS login as a renshi user
    Add {
        login: String,
        #[arg(long)]
        name: String,
        /// Role keys: admin, hr_staff, hr_head, dept_head, division_head,
        /// general_manager, board, admin_dept, finance, employee
        #[arg(long = "role", required = true)]
        roles: Vec<String>,
        /// Departments covered by dept_head / division_head roles
        #[arg(long = "dept")]
        depts: Vec<DeptId>,
    },
}

/// Exit codes: 0 done, 1 refused (rules or rights), 2 usage, 3 store trouble.
fn code_for(e: &ApiError) -> ExitCode {
    match e {
        ApiError::Domain(_) => ExitCode::from(1),
        _ => ExitCode::from(3),
    }
}

/// `--lang`, then `RENSHI_LANG`, then the locale (`Lang::choose`); a language
/// asked for by name that renshi does not speak is reported by `run`, in the
/// locale's language.
pub fn lang_from(cli: &Cli) -> Lang {
    Lang::from_env(cli.lang.as_deref()).unwrap_or_else(|_| Lang::from_locale_env())
}

/// The OS login of this process, from the password database, never from
/// environment variables a user can set.
pub fn os_login() -> String {
    let uid = nix::unistd::getuid();
    match nix::unistd::User::from_uid(uid) {
        Ok(Some(u)) => u.name,
        _ => format!("uid{}", uid.as_raw()),
    }
}

pub fn default_store(demo: bool) -> PathBuf {
    let base = directories::ProjectDirs::from("", "", "renshi")
        .map(|d| d.data_dir().to_path_buf())
        .unwrap_or_else(|| PathBuf::from(".renshi"));
    base.join(if demo { "demo" } else { "store" })
}

pub fn run(cli: Cli) -> ExitCode {
    let cat = Catalog::load(lang_from(&cli));
    if let Err(unknown) = Lang::from_env(cli.lang.as_deref()) {
        eprintln!("renshi: {}", cat.f("cli.bad_lang", &[("lang", unknown)]));
        return ExitCode::from(2);
    }
    match execute(&cli, &cat) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("renshi: {}", cat.error(&e));
            // On the command line a comment is given with -m; say so.
            if matches!(e, ApiError::Domain(DomainError::CommentRequired)) {
                eprintln!("{}", cat.t("cli.comment_hint"));
            }
            code_for(&e)
        }
    }
}

/// Where a daemon serving `store` listens by default: beside it, so the store
/// directory itself can stay closed to everyone but the daemon.
pub fn socket_for(store: &Path) -> PathBuf {
    PathBuf::from(format!("{}.sock", store.display()))
}

/// The socket of a system-wide install (see deploy/).
pub const SYSTEM_SOCKET: &str = "/run/renshi/renshi.sock";

/// A daemon if one answers, otherwise the store opened in this process.
fn open_client(cli: &Cli, path: &Path, subscribe: bool) -> Result<Box<dyn Client>, ApiError> {
    if let Some(remote) = daemon(cli, path, subscribe)? {
        return Ok(Box::new(remote));
    }
    let store = Store::open_lazy(path).map_err(no_space)?;
    let service = Arc::new(Service::open(store)?);
    let caller = caller_for(cli, &service)?;
    Ok(Box::new(Embedded::new(service, caller)))
}

/// A full disk that keeps a store from opening is said as such.
fn no_space(e: crate::store::StoreError) -> crate::store::StoreError {
    match e {
        crate::store::StoreError::DiskFull { path } => crate::store::StoreError::NoSpace { path },
        other => other,
    }
}

/// The daemon serving `path`, if one answers.
fn daemon(cli: &Cli, path: &Path, subscribe: bool) -> Result<Option<Remote>, ApiError> {
    let hello = Hello {
        as_user: cli.as_user.clone(),
        subscribe,
    };
    if let Some(sock) = &cli.socket {
        return Ok(Some(Remote::connect(sock, hello)?));
    }
    let mut candidates = vec![socket_for(path)];
    if cli.store.is_none() {
        candidates.push(PathBuf::from(SYSTEM_SOCKET));
    }
    for sock in candidates.iter().filter(|p| p.exists()) {
        match Remote::connect(sock, hello.clone()) {
            Ok(r) => return Ok(Some(r)),
            Err(ConnectError::Refused(e)) => return Err(e),
            // A socket left by a daemon that died: fall through to the store.
            Err(ConnectError::Unreachable(_)) => continue,
        }
    }
    Ok(None)
}

/// `--as` is honoured only on a demo store; the OS login stays in the record.
fn caller_for(cli: &Cli, service: &Service) -> Result<Caller, ApiError> {
    let os = os_login();
    match &cli.as_user {
        None => Ok(Caller::new(os)),
        Some(_) if !service.store().is_demo() => Err(crate::domain::DomainError::DemoOnly.into()),
        Some(login) => Ok(Caller {
            login: login.clone(),
            via: Some(os),
        }),
    }
}

fn execute(cli: &Cli, cat: &Catalog) -> Result<ExitCode, ApiError> {
    let store_path = |demo| cli.store.clone().unwrap_or_else(|| default_store(demo));
    // Without --store: your own store, or the demo company if that is all you have.
    let use_path = || {
        cli.store.clone().unwrap_or_else(|| {
            let own = default_store(false);
            let demo = default_store(true);
            if !crate::store::is_store(&own) && crate::store::is_store(&demo) {
                demo
            } else {
                own
            }
        })
    };
    let cmd = match &cli.command {
        None => {
            let Some(keys) = keymap(cli, cat) else {
                return Ok(ExitCode::from(2));
            };
            let client = open_client(cli, &use_path(), true)?;
            return crate::tui::run(client, keys, cat.lang, false);
        }
        Some(Cmd::Demo) => {
            let path = store_path(true);
            if !crate::store::is_store(&path) {
                create(&path, true, "", None, cat.lang)?;
                eprintln!(
                    "{}",
                    cat.f("cli.demo_created", &[("path", path.display().to_string())])
                );
            }
            let Some(keys) = keymap(cli, cat) else {
                return Ok(ExitCode::from(2));
            };
            let client = open_client(cli, &path, true)?;
            return crate::tui::run(client, keys, cat.lang, cli.as_user.is_none());
        }
        Some(Cmd::Serve {
            group,
            max_per_user,
            max_connections,
        }) => {
            let path = use_path();
            let socket = cli.socket.clone().unwrap_or_else(|| socket_for(&path));
            let store = match Store::open_for_serving(&path) {
                Err(crate::store::StoreError::Locked { path }) if socket.exists() => {
                    return Err(ApiError::Protocol(cat.f(
                        "cli.already_served",
                        &[("path", path), ("socket", socket.display().to_string())],
                    )));
                }
                other => other?,
            };
            let service = Arc::new(Service::open(store)?);
            serve(
                service,
                ServeOptions {
                    socket,
                    group: group.clone(),
                    limits: crate::transport::limits::Limits {
                        per_user: *max_per_user as usize,
                        total: *max_connections as usize,
                        ..Default::default()
                    },
                },
            )
            .map_err(ApiError::Protocol)?;
            return Ok(ExitCode::SUCCESS);
        }
        Some(Cmd::Init {
            demo,
            company,
            zone,
        }) => {
            let path = store_path(*demo);
            if let Some(z) = zone
                && let Err(e) = crate::domain::time::parse_zone(z)
            {
                eprintln!("renshi: {e}");
                return Ok(ExitCode::from(2));
            }
            create(&path, *demo, company, zone.as_deref(), cat.lang)?;
            println!(
                "{}",
                cat.f(
                    "cli.initialized",
                    &[("path", path.display().to_string()), ("login", os_login())]
                )
            );
            return Ok(ExitCode::SUCCESS);
        }
        Some(c) => c,
    };
    // Walking the chain needs the log, not the company: without a daemon it
    // runs on the store alone, in memory that does not grow with the log.
    // (Whoever can open the store's files here is its owner; a daemon checks
    // who may verify.)
    if let Cmd::Audit(AuditCmd::Verify) = cmd {
        return match daemon(cli, &use_path(), false)? {
            Some(mut remote) => audit::verify(&mut remote, cat),
            None => audit::verify_store(
                &Store::open_for_walking(&use_path()).map_err(no_space)?,
                cat,
            ),
        };
    }
    let mut client = open_client(cli, &use_path(), false)?;
    dispatch(client.as_mut(), cmd, cat)
}

/// One subcommand, through whichever client (embedded or the daemon).
fn dispatch(client: &mut dyn Client, cmd: &Cmd, cat: &Catalog) -> Result<ExitCode, ApiError> {
    match cmd {
        Cmd::Demo | Cmd::Init { .. } | Cmd::Serve { .. } => Ok(ExitCode::SUCCESS),
        Cmd::Inbox { json } => people::inbox(client, cat, *json),
        Cmd::Positions { json, dept } => org::positions(client, cat, *dept, *json),
        Cmd::Departments { json } => org::departments(client, *json),
        Cmd::Department(d) => org::department(client, cat, d),
        Cmd::Plan(p) => plans::plan(client, p, cat),
        Cmd::Approve(a) => plans::sign(client, cat, a, Decision::Approve),
        Cmd::Reject(a) => plans::sign(client, cat, a, Decision::Reject),
        Cmd::Return(a) => plans::sign(client, cat, a, Decision::Return),
        Cmd::Delegate { to, until, comment } => people::delegate(client, to, *until, comment),
        Cmd::Undelegate { id } => people::undelegate(client, cat, *id),
        Cmd::Audit(AuditCmd::Verify) => audit::verify(client, cat),
        Cmd::Audit(AuditCmd::Log { from, limit, json }) => {
            audit::log(client, cat, *from, *limit, *json)
        }
        Cmd::User(u) => people::user(client, cat, u),
    }
}

/// The key map, or `None` after saying what is wrong with the user's file.
fn keymap(cli: &Cli, cat: &Catalog) -> Option<crate::tui::keymap::Keymap> {
    match crate::tui::load_keymap(cli.keys.clone()) {
        Ok(k) => Some(k),
        Err(e) => {
            eprintln!("renshi: {}", cat.f("cli.bad_keys", &[("detail", e)]));
            None
        }
    }
}

/// A new store; the demo company's free text is written in `lang`.
fn create(
    path: &Path,
    demo: bool,
    company: &str,
    zone: Option<&str>,
    lang: Lang,
) -> Result<(), ApiError> {
    let store = Store::create(path, demo)?;
    let service = Service::open(store)?;
    let login = os_login();
    if demo {
        service.seed_demo_in(&login, lang.code())
    } else {
        let zone = zone.map_or_else(crate::domain::time::machine_zone, str::to_string);
        let mut events = vec![
            crate::service::seed::admin_user(&login),
            crate::domain::Event::ZoneSet { zone },
        ];
        if !company.trim().is_empty() {
            events.push(crate::domain::Event::CompanyNamed {
                name: company.trim().to_string(),
            });
        }
        service.seed(&login, "renshi init", &events).map(|_| ())
    }
}
