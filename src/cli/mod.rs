//! The scriptable command line. Every subcommand is one request to the same
//! API the TUI uses; output is plain text or `--json`.

mod args;
mod audit;
mod backup;
pub mod complete;
mod delegations;
pub mod export;
mod import;
mod inbox;
pub mod json;
mod list;
mod notify;
mod offboard;
mod org;
mod people;
mod plans;
mod print;
mod progress;
mod recruit;
mod restore;
mod review;
mod sign;
pub mod ssh;
mod users;

pub use args::*;

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
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

/// Exit codes: 0 done, 1 refused (rules or rights), 2 usage, 3 store trouble.
pub const REFUSED: u8 = 1;
pub const USAGE: u8 = 2;
pub const TROUBLE: u8 = 3;

fn code_for(e: &ApiError) -> ExitCode {
    match e {
        // Acting as someone on a real store is a wrong option, not a refusal.
        ApiError::Domain(DomainError::DemoOnly) => ExitCode::from(USAGE),
        ApiError::Domain(_) => ExitCode::from(REFUSED),
        _ => ExitCode::from(TROUBLE),
    }
}

/// `--lang`, then `RENSHI_LANG`, then the first locale variable that is set,
/// in POSIX order: LC_ALL, LC_MESSAGES, LANG (`Lang::choose`). A language
/// asked for by name that renshi does not speak is reported by `run`.
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
        print::warn(format!(
            "renshi: {}",
            cat.f("cli.bad_lang", &[("lang", unknown)])
        ));
        return ExitCode::from(USAGE);
    }
    match execute(&cli, &cat) {
        Ok(code) => code,
        // `--as` with a login the demo does not have: a usage error, with
        // the logins that work.
        Err(ApiError::Domain(DomainError::NotRegistered { login }))
            if cli.as_user.as_deref() == Some(login.as_str()) =>
        {
            print::warn(format!(
                "renshi: {}",
                cat.f(
                    "cli.unknown_demo_login",
                    &[
                        ("login", login),
                        ("logins", crate::service::seed::demo_logins().join(", "))
                    ]
                )
            ));
            ExitCode::from(USAGE)
        }
        Err(e) => {
            print::warn(format!("renshi: {}", cat.error(&e)));
            // On the command line a comment is given with -m; say so.
            if matches!(
                e,
                ApiError::Domain(DomainError::CommentRequired | DomainError::ReasonRequired { .. })
            ) {
                print::warn(cat.t("cli.comment_hint"));
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
    // The system-wide daemon serves those who have no store of their own:
    // someone who just ran `renshi demo` keeps talking to the demo even on
    // a server where the company's daemon runs.
    if cli.store.is_none() && !crate::store::is_store(path) {
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
        Some(_) if !service.store().is_demo_for_rights()? => {
            Err(crate::domain::DomainError::DemoOnly.into())
        }
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
                return Ok(ExitCode::from(USAGE));
            };
            let client = open_client(cli, &use_path(), true)?;
            return crate::tui::run(client, keys, cat.lang, false);
        }
        Some(Cmd::Demo) => {
            let path = store_path(true);
            if !crate::store::is_store(&path) {
                create(&path, true, "", None, cat.lang)?;
                print::warn(cat.f("cli.demo_created", &[("path", path.display().to_string())]));
            }
            let Some(keys) = keymap(cli, cat) else {
                return Ok(ExitCode::from(USAGE));
            };
            let client = open_client(cli, &path, true)?;
            return crate::tui::run(client, keys, cat.lang, cli.as_user.is_none());
        }
        Some(Cmd::ManPages { dir }) => {
            let pages = complete::write_man_pages(dir)
                .map_err(|e| ApiError::Protocol(format!("{}: {e}", dir.display())))?;
            print::say(format!("{} manual pages in {}", pages.len(), dir.display()));
            return Ok(ExitCode::SUCCESS);
        }
        Some(Cmd::Serve {
            group,
            max_per_user,
            max_connections,
            mailer,
            mail_from,
            digest_hour,
            ssh_host,
        }) => {
            let mail = match mailer {
                Some(program) => Some(
                    crate::notify::MailConfig::new(
                        program.clone(),
                        mail_from.as_deref(),
                        *digest_hour,
                        ssh_host.as_deref(),
                    )
                    .map_err(ApiError::Protocol)?,
                ),
                None => None,
            };
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
                    mail,
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
                print::warn(format!("renshi: {e}"));
                return Ok(ExitCode::from(USAGE));
            }
            create(&path, *demo, company, zone.as_deref(), cat.lang)?;
            print::say(cat.f(
                "cli.initialized",
                &[("path", path.display().to_string()), ("login", os_login())],
            ));
            return Ok(ExitCode::SUCCESS);
        }
        Some(c) => c,
    };
    // Walking the chain needs the log, not the company: without a daemon it
    // runs on the store alone, in memory that does not grow with the log.
    // (Whoever can open the store's files here is its owner; a daemon checks
    // who may verify.)
    // An export or a backup is checked on its own: no store, no daemon.
    if let Cmd::Audit(AuditCmd::Verify {
        file: Some(file),
        head,
        ..
    }) = cmd
    {
        return Ok(restore::verify_file(cat, file, *head));
    }
    // A restore makes a new store: nothing is opened, no daemon is asked.
    if let Cmd::Restore { file, head } = cmd {
        return restore::restore(cat, file, *head, &store_path(false));
    }
    if let Cmd::Audit(AuditCmd::Verify {
        head: Some(kept), ..
    }) = cmd
    {
        return match daemon(cli, &use_path(), false)? {
            Some(mut remote) => restore::verify_head(&mut remote, cat, *kept),
            None => restore::verify_head_store(
                &Store::open_for_walking(&use_path()).map_err(no_space)?,
                cat,
                *kept,
            ),
        };
    }
    if let Cmd::Audit(AuditCmd::Verify {
        accept_log: true, ..
    }) = cmd
    {
        // The store's own files, in this process: a daemon serving it would
        // not have started without its head file.
        let store = Store::open_accepting_log(&use_path()).map_err(no_space)?;
        return audit::accept_log(&store, cat);
    }
    if let Cmd::Audit(AuditCmd::Verify { .. }) = cmd {
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
        Cmd::Demo
        | Cmd::Init { .. }
        | Cmd::Serve { .. }
        | Cmd::Restore { .. }
        | Cmd::ManPages { .. } => Ok(ExitCode::SUCCESS),
        Cmd::Inbox { count: true, .. } => inbox::count(client),
        Cmd::Inbox { greeting: true, .. } => inbox::greeting(client, cat),
        Cmd::Inbox { list, brief, .. } => inbox::inbox(client, cat, list, *brief),
        Cmd::Positions { list, dept } => org::positions(client, cat, *dept, list),
        Cmd::Departments { list } => org::departments(client, cat, list),
        Cmd::Department(d) => org::department(client, cat, d),
        Cmd::Plan(p) => plans::plan(client, p, cat),
        Cmd::Approve(a) => sign::sign(client, cat, a, Decision::Approve),
        Cmd::Reject(a) => sign::sign(client, cat, a, Decision::Reject),
        Cmd::Return(a) => sign::sign(client, cat, a, Decision::Return),
        Cmd::Delegate(d) => delegations::delegate(client, cat, d),
        Cmd::Undelegate { id } => delegations::undelegate(client, cat, *id),
        Cmd::Audit(AuditCmd::Verify {
            head: Some(kept), ..
        }) => restore::verify_head(client, cat, *kept),
        Cmd::Audit(AuditCmd::Verify { .. }) => audit::verify(client, cat),
        Cmd::Audit(AuditCmd::Head) => backup::head(client, cat),
        Cmd::Audit(AuditCmd::Export { output }) => {
            backup::export(client, cat, output.as_deref(), false)
        }
        Cmd::Backup { file } => backup::export(client, cat, Some(file), true),
        Cmd::Audit(AuditCmd::Log {
            from,
            limit,
            since,
            list,
        }) => audit::log(client, cat, *from, *limit, *since, list),
        Cmd::User(u) => users::user(client, cat, u),
        Cmd::Notify(n) => notify::notify(client, cat, n),
        Cmd::Employee(e) => people::employee(client, cat, e),
        Cmd::Import(i) => import::import(client, cat, i),
        Cmd::Export(e) => export::export(client, cat, e),
        Cmd::Req(r) => recruit::req(client, cat, r),
        Cmd::Candidate(c) => recruit::candidate(client, cat, c),
        Cmd::Interview(i) => recruit::interview(client, cat, i),
        Cmd::Feedback(f) => recruit::feedback(client, cat, f),
        Cmd::Offer(o) => recruit::offer(client, cat, o),
        Cmd::Hire(h) => recruit::hire(client, cat, h),
        Cmd::Onboarding(o) => recruit::onboarding(client, cat, o),
        Cmd::Probation(p) => recruit::probation(client, cat, p),
        Cmd::Contract(c) => recruit::contract(client, cat, c),
        Cmd::Report(r) => review::report(client, cat, r),
        Cmd::Offboard(o) => offboard::offboard(client, cat, o),
        Cmd::Equipment(e) => offboard::equipment(client, cat, e),
        Cmd::Course(c) => review::course(client, cat, c),
        Cmd::Session(s) => review::session(client, cat, s),
        Cmd::Result(r) => review::result(client, cat, r),
        Cmd::Cycle(c) => review::cycle(client, cat, c),
        Cmd::Evaluation(e) => review::evaluation(client, cat, e),
    }
}

/// The key map, or `None` after saying what is wrong with the user's file.
fn keymap(cli: &Cli, cat: &Catalog) -> Option<crate::tui::keymap::Keymap> {
    match crate::tui::load_keymap(cli.keys.clone()) {
        Ok(k) => Some(k),
        Err(e) => {
            print::warn(format!(
                "renshi: {}",
                cat.f("cli.bad_keys", &[("detail", e)])
            ));
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
    // The name is in every header: the same rule as any stored name, checked
    // before anything is created.
    let company = crate::domain::text::line(
        "field.company_name",
        company,
        crate::domain::commands::MAX_TITLE,
        true,
    )?;
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
        if !company.is_empty() {
            events.push(crate::domain::Event::CompanyNamed { name: company });
        }
        service.seed(&login, "renshi init", &events).map(|_| ())
    }
}
