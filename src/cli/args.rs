//! What the command line accepts: every subcommand and option, each with the
//! description `--help` shows (a test walks the whole tree and refuses one
//! without).

use crate::domain::*;
use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

mod notify;
mod offboard;
mod people;
mod plans;
mod recruit;
mod review;
pub use notify::*;
pub use offboard::*;
pub use people::*;
pub use plans::*;
pub use recruit::*;
pub use review::*;

#[derive(Parser, Debug)]
#[command(
    name = "renshi",
    version,
    about = "人事 — personnel lifecycle from a terminal",
    after_help = "Exit codes: 0 done, 1 refused by a rule or a right (the message says which), \
                  2 usage, 3 store trouble."
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

/// Options every listing takes.
#[derive(Args, Debug, Clone, Default)]
pub struct ListArgs {
    /// Print JSON (the shapes are described in docs/json.md)
    #[arg(long)]
    pub json: bool,
    /// Only rows containing every word of TEXT, in any column: case, full-width
    /// forms and simplified/traditional Chinese do not count
    #[arg(long, value_name = "TEXT")]
    pub grep: Option<String>,
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
        /// Mail signers what waits through this sendmail-compatible program
        /// (e.g. /usr/sbin/sendmail); without it nothing is mailed
        #[arg(long)]
        mailer: Option<std::path::PathBuf>,
        /// The From address of that mail (default: renshi@ this host's name)
        #[arg(long, requires = "mailer")]
        mail_from: Option<String>,
        /// The hour of the company's day the daily digest goes out (0-23)
        #[arg(long, default_value_t = 8, value_parser = clap::value_parser!(u32).range(0..=23))]
        digest_hour: u32,
        /// The host a mail's commands name after `ssh` (default: this host's name)
        #[arg(long, requires = "mailer")]
        ssh_host: Option<String>,
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
    /// What waits for you, oldest first (and decisions on your plans)
    Inbox {
        #[command(flatten)]
        list: ListArgs,
        /// Print only how many items wait: one number, for a shell prompt
        #[arg(long, conflicts_with_all = ["brief", "json", "grep"])]
        count: bool,
        /// One line per item: its id, what it asks, how long it has waited,
        /// and the command that acts on it (for a login banner)
        #[arg(long, conflicts_with = "json")]
        brief: bool,
        /// One line greeting at login: how many items wait and the oldest
        /// ids (nothing when none waits)
        #[arg(long, conflicts_with_all = ["brief", "json", "grep", "count"])]
        greeting: bool,
    },
    /// Positions with approved, filled, reserved and free seats
    Positions {
        #[command(flatten)]
        list: ListArgs,
        /// Only this department and the ones below it (DEP-05)
        #[arg(long)]
        dept: Option<DeptId>,
    },
    /// The department tree, each with its own figures and its whole branch's
    Departments {
        #[command(flatten)]
        list: ListArgs,
    },
    /// Headcount plans
    #[command(subcommand)]
    Plan(PlanCmd),
    /// Approve what waits for your signature (HP-0001, REQ-0001, EV-0001)
    Approve(SignArgs),
    /// Reject it (a comment is required)
    Reject(SignArgs),
    /// Return it for revision (a comment is required)
    Return(SignArgs),
    /// Create, rename or move departments
    #[command(subcommand)]
    Department(DeptCmd),
    /// Let someone sign for you until a date (inclusive); `delegate list` lists them
    Delegate(DelegateArgs),
    /// End a delegation early
    Undelegate {
        /// The delegation (DLG-001), as `delegate list` shows it
        id: DelegationId,
    },
    /// The audit log
    #[command(subcommand)]
    Audit(AuditCmd),
    /// Users of this store
    #[command(subcommand)]
    User(UserCmd),
    /// Write a consistent backup of the whole store to FILE: the audit log
    /// and the personal records, as JSON lines (README: "Audit export and
    /// backup"); through the daemon while it runs, without stopping anyone
    Backup {
        /// The file to write (replaced only once the backup is complete)
        file: PathBuf,
    },
    /// Rebuild a store from a backup into --store, which must be an empty or
    /// new directory; the chain is verified as it is rebuilt
    Restore {
        /// A file written by `renshi backup`
        file: PathBuf,
        /// Restore only if the backup holds this head, kept outside the
        /// machine with `renshi audit head` (SEQ:HASH, or the bare hash)
        #[arg(long, value_name = "SEQ:HASH", value_parser = parse_kept_head)]
        head: Option<KeptHeadArg>,
    },
    /// Employees: the directory, one record, entering, editing, transfers
    /// and erasing personal data
    #[command(subcommand, visible_alias = "employees")]
    Employee(EmployeeCmd),
    /// Bring a list in from a file, all of it in one commit or nothing
    #[command(subcommand)]
    Import(ImportCmd),
    /// Write a list as CSV (UTF-8 with a BOM, CRLF; cells that would start a
    /// formula begin with ') or as JSON, to a file or standard output
    Export(ExportArgs),
    /// Requisitions: ask for people, follow them through the signers to the hire
    #[command(subcommand)]
    Req(ReqCmd),
    /// Candidates of a requisition: add, show, reject, withdraw
    #[command(subcommand)]
    Candidate(CandidateCmd),
    /// Interview rounds: schedule one, show one
    #[command(subcommand)]
    Interview(InterviewCmd),
    /// Give your score and recommendation on an interview you sat on
    Feedback(FeedbackArgs),
    /// Offers: make one, record the candidate's answer
    #[command(subcommand)]
    Offer(OfferCmd),
    /// Hire a candidate who accepted: the forms and the probation contract
    Hire(Box<HireArgs>),
    /// A new hire's onboarding training and start of work
    #[command(subcommand)]
    Onboarding(OnboardingCmd),
    /// Probation assessments
    #[command(subcommand)]
    Probation(ProbationCmd),
    /// Formal contracts
    #[command(subcommand)]
    Contract(ContractCmd),
    /// Reports
    #[command(subcommand)]
    Report(ReportCmd),
    /// Offboarding: separation cases, their checklist step by step, the
    /// settlement, the close and the certificate
    #[command(subcommand)]
    Offboard(OffboardCmd),
    /// Equipment the administration department issues and takes back
    #[command(subcommand)]
    Equipment(EquipmentCmd),
    /// Mail: your address, language and whether you want it; what was sent
    #[command(subcommand)]
    Notify(NotifyCmd),
    /// The training catalog: list, show, add, edit and close courses
    #[command(subcommand, visible_alias = "courses")]
    Course(CourseCmd),
    /// Training sessions: list, show, plan one, enrol attendees
    #[command(subcommand, visible_alias = "sessions")]
    Session(SessionCmd),
    /// Record an attendee's result of a training session: passed or failed
    Result(Box<ResultArgs>),
    /// Evaluation cycles: list, show, open, close
    #[command(subcommand, visible_alias = "cycles")]
    Cycle(CycleCmd),
    /// Evaluations: list, show, score, self-assess, submit, acknowledge
    /// (sign them with approve, reject and return)
    #[command(subcommand, visible_alias = "evaluations")]
    Evaluation(EvaluationCmd),
    /// Write the manual pages (renshi.1, renshi-approve.1, …) into DIR: for
    /// packaging
    #[command(hide = true)]
    ManPages {
        /// A new or empty directory: no page is written over a file
        dir: PathBuf,
    },
}

#[derive(Subcommand, Debug)]
pub enum DeptCmd {
    /// Create a department (under --parent, or at the top)
    Add {
        /// The department's name
        name: String,
        /// The department it belongs to (DEP-01)
        #[arg(long)]
        parent: Option<DeptId>,
    },
    /// Give a department a new name
    Rename {
        /// The department (DEP-06)
        id: DeptId,
        /// Its new name
        name: String,
    },
    /// Move under another department (or to the top with no --parent)
    Move {
        /// The department (DEP-06)
        id: DeptId,
        /// Its new parent (DEP-01)
        #[arg(long)]
        parent: Option<DeptId>,
    },
}

#[derive(Args, Debug)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct DelegateArgs {
    #[command(subcommand)]
    pub list: Option<DelegateCmd>,
    /// Who may sign for you (their login)
    #[arg(long, required = true)]
    pub to: Option<String>,
    /// Last day of the delegation, YYYY-MM-DD (company time)
    #[arg(long, required = true, value_parser = parse_day)]
    pub until: Option<NaiveDate>,
    /// A note kept with the delegation in the audit log
    #[arg(long, short = 'm', default_value = "")]
    pub comment: String,
}

#[derive(Subcommand, Debug)]
pub enum DelegateCmd {
    /// Delegations you gave and received, active or not
    List {
        #[command(flatten)]
        list: ListArgs,
        /// Every delegation in the company (admins)
        #[arg(long)]
        all: bool,
    },
}

#[derive(Subcommand, Debug)]
pub enum AuditCmd {
    /// Walk the hash chain; exit 0 with the count, or name the first bad event
    Verify {
        /// The store's head file is lost or unreadable and you know nothing
        /// was lost: walk the whole chain and, if it holds, write a new head
        /// file from the log (on the server, with no daemon running)
        #[arg(long, conflicts_with_all = ["file", "head"])]
        accept_log: bool,
        /// Check an audit export or a backup file instead of the store (no
        /// store is needed)
        #[arg(long, value_name = "FILE")]
        file: Option<PathBuf>,
        /// Prove that the log (or, with --file, the file) still holds the
        /// event `audit head` printed (SEQ:HASH, or the bare hash) and that
        /// nothing up to it was rewritten
        #[arg(long, value_name = "SEQ:HASH", value_parser = parse_kept_head)]
        head: Option<KeptHeadArg>,
    },
    /// Print the log's last event as SEQ:HASH, to keep outside this machine
    Head,
    /// Write the audit log as JSON lines that anyone can check without renshi
    /// (README: "Audit export and backup"; tests/verify_audit_export.py)
    Export {
        /// Write to FILE (replaced only once the export is complete) instead
        /// of standard output
        #[arg(long, short = 'o', value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Show log entries, newest last (default: the latest 50; with --grep or
    /// --since, the latest 50 that match)
    Log {
        /// First event to show (1 = the beginning); leave it out for the latest
        #[arg(long, value_name = "N", value_parser = parse_from)]
        from: Option<u64>,
        /// How many entries to show at most
        #[arg(long, value_name = "N", default_value_t = 50, value_parser = parse_limit)]
        limit: u32,
        /// Only entries on or after this day (YYYY-MM-DD, company time)
        #[arg(long, value_name = "DATE", value_parser = parse_day)]
        since: Option<NaiveDate>,
        #[command(flatten)]
        list: ListArgs,
    },
}

#[derive(Subcommand, Debug)]
pub enum UserCmd {
    /// Registered users, their roles, and whether they are disabled
    List {
        #[command(flatten)]
        list: ListArgs,
    },
    /// Register an OS login as a renshi user
    Add {
        /// The OS login (a-z 0-9 . _ -)
        login: String,
        /// The name people see
        #[arg(long)]
        name: String,
        /// Role keys: admin, hr_staff, hr_head, dept_head, division_head,
        /// general_manager, board, admin_dept, finance, employee (repeat for several)
        #[arg(long = "role", required = true)]
        roles: Vec<String>,
        /// Departments covered by dept_head / division_head roles (repeat for several)
        #[arg(long = "dept")]
        depts: Vec<DeptId>,
        /// The employee this login is (EMP-0042): they then read their own
        /// record, assess themselves and acknowledge their evaluations
        #[arg(long)]
        employee: Option<EmployeeId>,
    },
    /// Change a user's name, roles or departments (what you leave out stays)
    Edit {
        /// The user's login
        login: String,
        /// A new display name
        #[arg(long)]
        name: Option<String>,
        /// The user's roles from now on, replacing the old ones (repeat for several)
        #[arg(long = "role")]
        roles: Vec<String>,
        /// The departments of their dept_head / division_head role from now on
        #[arg(long = "dept")]
        depts: Vec<DeptId>,
    },
    /// Stop a user from connecting or signing (their history stays)
    Disable {
        /// The user's login
        login: String,
        /// Why, for the audit log
        #[arg(long, short = 'm', default_value = "")]
        comment: String,
    },
    /// Let a disabled user in again
    Enable {
        /// The user's login
        login: String,
        /// Why, for the audit log
        #[arg(long, short = 'm', default_value = "")]
        comment: String,
    },
}

/// A head kept outside the machine: `SEQ:HASH` as `audit head` prints it,
/// or the bare hash.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KeptHeadArg {
    pub seq: Option<u64>,
    pub hash: [u8; 32],
}

fn parse_kept_head(s: &str) -> Result<KeptHeadArg, String> {
    let t = s.trim();
    let (seq, hex) = match t.split_once(':') {
        Some((seq, hex)) => (
            Some(
                seq.trim()
                    .parse::<u64>()
                    .ok()
                    .filter(|n| *n >= 1)
                    .ok_or_else(|| format!("`{seq}` is not an event number (1, 2, …)"))?,
            ),
            hex.trim(),
        ),
        None => (None, t),
    };
    let hash = crate::domain::ids::hex_bytes::from_hex(hex).ok_or_else(|| {
        format!("`{hex}` is not a hash: write the 64 hex digits `renshi audit head` prints")
    })?;
    Ok(KeptHeadArg { seq, hash })
}

/// A plan state by its key, with the list when it is not one.
fn parse_state(s: &str) -> Result<PlanState, String> {
    PlanState::from_key(s.trim()).ok_or_else(|| {
        let all: Vec<&str> = PlanState::ALL.iter().map(|p| p.key()).collect();
        format!("`{s}` is not a plan state: use one of {}", all.join(", "))
    })
}

/// A calendar day as YYYY-MM-DD.
pub fn parse_day(s: &str) -> Result<NaiveDate, String> {
    crate::domain::time::parse_day(s)
        .map_err(|_| format!("`{s}` is not a date: write it as YYYY-MM-DD, like 2027-03-01"))
}

/// Audit-log positions count from 1, like every number people see.
fn parse_from(s: &str) -> Result<u64, String> {
    match s.trim().parse::<u64>() {
        Ok(0) => Err(
            "events are numbered from 1 (the first): use --from 1 for the \
             beginning, or leave --from out for the latest"
                .into(),
        ),
        Ok(n) => Ok(n),
        Err(_) => Err(format!("`{s}` is not an event number: use 1, 2, …")),
    }
}

fn parse_limit(s: &str) -> Result<u32, String> {
    match s.trim().parse::<u32>() {
        Ok(0) => Err("--limit must be 1 or more".into()),
        Ok(n) => Ok(n),
        Err(_) => Err(format!("`{s}` is not a count: use a whole number from 1")),
    }
}

#[cfg(test)]
mod tests;
