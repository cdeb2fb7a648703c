//! Mail from the daemon, through the system's own mailer: a mail when an
//! item enters someone's inbox, and a digest once a day at a set hour of
//! the company's day.
//!
//! The notifier runs on its own thread and reads only the published company,
//! so no command ever waits for it. After each commit it compares every
//! mail user's inbox with the items they were last told of (kept in the
//! store) and queues a mail for each new one, in one durable batch with the
//! new "told of" set. A crash anywhere in between loses nothing: the next
//! pass finds the same items new. Mail is then handed to the mailer one at
//! a time; a failure is logged and retried with backoff, and never blocks
//! the queue's next pass for long (`MailConfig::timeout`).

pub mod compose;
pub mod mailer;

use crate::domain::User;
use crate::domain::time::day_in;
use crate::i18n::{Catalog, Lang};
use crate::service::Service;
use crate::service::api::{InboxItem, InboxKind, Mailer};
use crate::store::outbox::{Mail, MailAbout, MailState};
use chrono::{DateTime, TimeDelta, Timelike, Utc};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

/// How the daemon mails, from `renshi serve`'s options.
#[derive(Clone, Debug)]
pub struct MailConfig {
    pub program: PathBuf,
    pub from: String,
    pub digest_hour: u32,
    pub ssh_host: String,
    /// The longest one run of the mailer may take.
    pub timeout: Duration,
}

/// How long one run of the mailer may take before it is stopped and retried.
/// Under the service's stop timeout (30 s in deploy/renshi.service), so a
/// daemon told to stop while the mailer hangs still stops in time.
pub const MAILER_TIMEOUT: Duration = Duration::from_secs(20);

impl MailConfig {
    /// From `renshi serve`'s options: the sender and the SSH host default to
    /// this host's name, and both are checked, since both reach every mail.
    pub fn new(
        program: PathBuf,
        from: Option<&str>,
        digest_hour: u32,
        ssh_host: Option<&str>,
    ) -> Result<MailConfig, String> {
        // The daemon's working directory is no place to look for a program.
        if !program.is_absolute() {
            return Err(format!(
                "--mailer {} is not an absolute path: give the mailer's full path (/usr/sbin/sendmail)",
                crate::domain::text::visible_line(&program.display().to_string())
            ));
        }
        let host = nix::unistd::gethostname()
            .ok()
            .and_then(|h| h.into_string().ok())
            .unwrap_or_else(|| "localhost".into());
        let ssh_host = ssh_host.map_or(host.clone(), str::to_string);
        // It is pasted into a command line in every mail: a plain host name
        // (or user@host), nothing a shell would read otherwise.
        let plain = |c: char| c.is_ascii_alphanumeric() || ".-_@:".contains(c);
        if ssh_host.is_empty() || ssh_host.starts_with('-') || !ssh_host.chars().all(plain) {
            return Err(format!(
                "--ssh-host `{}` is not a plain host name: give the name people reach this server by (hr-server, hr.example.com)",
                crate::domain::text::visible_line(&ssh_host)
            ));
        }
        let from = from.map_or_else(|| format!("renshi@{host}"), str::to_string);
        let from = crate::domain::users::mail_address(&from).map_err(|_| {
            format!(
                "--mail-from `{}` is not a plain mail address: give one such as renshi@example.com",
                crate::domain::text::visible_line(&from)
            )
        })?;
        Ok(MailConfig {
            program,
            from,
            digest_hour,
            ssh_host,
            timeout: MAILER_TIMEOUT,
        })
    }

    pub fn announced(&self) -> Mailer {
        Mailer {
            program: self.program.display().to_string(),
            from: self.from.clone(),
            digest_hour: self.digest_hour,
            ssh_host: self.ssh_host.clone(),
        }
    }
}

/// The first retry waits this long; each next one twice as long, up to `MAX_BACKOFF`.
const FIRST_BACKOFF: TimeDelta = TimeDelta::minutes(1);
const MAX_BACKOFF: TimeDelta = TimeDelta::hours(1);

pub fn backoff(attempts: u32) -> TimeDelta {
    let doublings = attempts.saturating_sub(1).min(10);
    (FIRST_BACKOFF * (1 << doublings)).min(MAX_BACKOFF)
}

/// What identifies an inbox item across passes: its case, what it asks,
/// and for a checklist its step. The title and dates may change without
/// making it new.
pub fn item_key(item: &InboxItem) -> String {
    let kind = match &item.kind {
        InboxKind::SignPlan { .. } => "sign_plan",
        InboxKind::RevisePlan => "revise_plan",
        InboxKind::ConfirmPaper { .. } => "confirm_paper",
        InboxKind::PlanApproved { .. } => "plan_approved",
        InboxKind::PlanRejected { .. } => "plan_rejected",
        InboxKind::SignReq { .. } => "sign_req",
        InboxKind::ReviseReq => "revise_req",
        InboxKind::ReqDecided { .. } => "req_decided",
        InboxKind::AssignReq => "assign_req",
        InboxKind::GiveFeedback { .. } => "give_feedback",
        InboxKind::MoveCandidate { .. } => "move_candidate",
        InboxKind::Onboard => "onboard",
        InboxKind::Assess { .. } => "assess",
        InboxKind::FormalContract => "formal_contract",
        InboxKind::ContractEnds { .. } => "contract_ends",
        InboxKind::FindCandidates => "find_candidates",
        InboxKind::ProbationDue { .. } => "probation_due",
        InboxKind::CloseCandidate => "close_candidate",
        InboxKind::OffboardStep { step, .. } => return format!("{}:step:{}", item.case, step.key),
        InboxKind::AcknowledgeStep { step } => return format!("{}:ack:{}", item.case, step.key),
        InboxKind::StepOverdue { step, .. } => {
            return format!("{}:overdue:{}", item.case, step.key);
        }
        InboxKind::CloseSeparation => "close_separation",
        InboxKind::SignEvaluation { .. } => "sign_evaluation",
        InboxKind::AcknowledgeEvaluation => "acknowledge_evaluation",
        InboxKind::SelfAssess => "self_assess",
        InboxKind::ReviseEvaluation => "revise_evaluation",
        // Counts change as people are scored or trained: the same item.
        InboxKind::ScoreEvaluations { .. } => "score_evaluations",
        InboxKind::TrainingGaps { .. } => "training_gaps",
        InboxKind::CertificatesExpire { first, .. } => {
            return format!("{}:expire:{first}", item.case);
        }
    };
    format!("{}:{kind}", item.case)
}

/// An item key as the store keeps it among what a user was told of: eight
/// bytes of its SHA-256, so a head with thousands of items waiting keeps a
/// record of tens of kilobytes.
fn told(key: &str) -> u64 {
    use sha2::{Digest, Sha256};
    let d = Sha256::digest(key.as_bytes());
    u64::from_be_bytes([d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7]])
}

/// Where a user's mail goes, if anywhere: an enabled user with an address
/// who has not turned mail off.
fn recipient(user: &User) -> Option<&str> {
    (!user.disabled).then(|| user.mail.wanted()).flatten()
}

fn language(user: &User) -> Lang {
    user.mail
        .language
        .as_deref()
        .and_then(Lang::parse)
        .unwrap_or(Lang::En)
}

pub struct Notifier {
    service: Arc<Service>,
    config: MailConfig,
    catalogs: Vec<(Lang, Catalog)>,
    /// The daemon's stop flag: no new mail is handed over once it is set.
    stop: Arc<AtomicBool>,
    /// Until the first send: waiting mail is tried at once, backoff or not.
    fresh: AtomicBool,
    /// Mail the mailer took whose "sent" could not be written (a full
    /// disk): not handed over again, and recorded as soon as the store
    /// takes it.
    unrecorded: std::sync::Mutex<Vec<Mail>>,
    /// When sent and dropped mail was last pruned.
    pruned: std::sync::Mutex<Option<DateTime<Utc>>>,
    /// When each user was last mailed about new items (`QUIET`).
    last_mailed: std::sync::Mutex<std::collections::HashMap<String, DateTime<Utc>>>,
}

/// The least time between two mails about new items to one person; what
/// comes meanwhile waits and goes in one mail.
pub const QUIET: TimeDelta = TimeDelta::minutes(2);

/// What one pass did, for the log and for tests.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Pass {
    pub queued: usize,
    pub sent: usize,
    pub failed: usize,
    pub dropped: usize,
}

impl Notifier {
    pub fn new(service: Arc<Service>, config: MailConfig) -> Notifier {
        service.announce_mailer(config.announced());
        let catalogs = Lang::ALL.map(|l| (l, Catalog::load(l))).into();
        Notifier {
            service,
            config,
            catalogs,
            stop: Arc::new(AtomicBool::new(false)),
            fresh: AtomicBool::new(true),
            unrecorded: std::sync::Mutex::new(Vec::new()),
            last_mailed: std::sync::Mutex::new(std::collections::HashMap::new()),
            pruned: std::sync::Mutex::new(None),
        }
    }

    fn catalog(&self, lang: Lang) -> &Catalog {
        self.catalogs
            .iter()
            .find(|(l, _)| *l == lang)
            .map(|(_, c)| c)
            .unwrap_or(&self.catalogs[0].1)
    }

    /// One user's inbox; a failure is logged and costs that user only.
    fn inbox_or_log(&self, login: &str) -> Option<Vec<InboxItem>> {
        self.service
            .whole_inbox(login)
            .map_err(|e| log(format!("the inbox of {login}: {e}")))
            .ok()
    }

    /// One pass: new inbox items queued, the digest when its hour has come,
    /// and the mail that is due handed to the mailer.
    pub fn pass(&self) -> Pass {
        let mut done = Pass::default();
        match self.look() {
            Ok(n) => done.queued += n,
            Err(e) => log(format!("looking for new items: {e}")),
        }
        match self.digest() {
            Ok(n) => done.queued += n,
            Err(e) => log(format!("the daily digest: {e}")),
        }
        self.send_due(&mut done);
        done
    }

    /// Queues a mail for every item that entered a mail user's inbox since
    /// they were last told. A user looked at for the first time is told of
    /// what entered their inbox after their mail was turned on (what was
    /// there before is the digest's); a user who no longer gets mail is
    /// forgotten, so turning mail on again starts afresh.
    pub fn look(&self) -> Result<usize, String> {
        let company = self.service.company();
        let store = self.service.store();
        let now = self.service.now();
        let mut mail = Vec::new();
        let mut seen: Vec<(String, Option<Vec<u64>>)> = Vec::new();
        let from = compose::Sender {
            company: &company.name,
            ssh_host: &self.config.ssh_host,
        };
        for user in company.users.values() {
            let before = store.mail_seen(&user.login).map_err(|e| e.to_string())?;
            if recipient(user).is_none() {
                if before.is_some() {
                    seen.push((user.login.clone(), None));
                }
                continue;
            }
            let Some(items) = self.inbox_or_log(&user.login) else {
                continue;
            };
            let mut keys: Vec<u64> = items.iter().map(|i| told(&item_key(i))).collect();
            keys.sort();
            keys.dedup();
            let is_new = |i: &&InboxItem| match &before {
                Some(before) => before.binary_search(&told(&item_key(i))).is_err(),
                None => user.mail.since.is_some_and(|on| i.since >= on),
            };
            let new: Vec<&InboxItem> = items.iter().filter(is_new).collect();
            let mut last = self.last_mailed.lock().unwrap_or_else(|p| p.into_inner());
            let quiet = last
                .get(&user.login)
                .is_some_and(|at| now - *at < QUIET && now >= *at);
            if !new.is_empty() && quiet {
                // Too soon after the last: they stay new for the next look,
                // so a burst (a delegation, a roster of hires) is one mail.
                let deferred: Vec<u64> = new.iter().map(|i| told(&item_key(i))).collect();
                keys.retain(|k| !deferred.contains(k));
            } else if !new.is_empty() {
                let cat = self.catalog(language(user));
                let (about, letter) = match new.as_slice() {
                    [one] => (
                        MailAbout::Item {
                            case: one.case.to_string(),
                            what: item_key(one),
                        },
                        compose::item(cat, &user.display_name, one, &from),
                    ),
                    several => (
                        MailAbout::Items {
                            cases: several.iter().map(|i| i.case.to_string()).collect(),
                        },
                        compose::items(cat, &user.display_name, several, now, &from),
                    ),
                };
                mail.push(new_mail(&user.login, about, letter, now));
                last.insert(user.login.clone(), now);
            }
            drop(last);
            if before.as_ref() != Some(&keys) {
                seen.push((user.login.clone(), Some(keys)));
            }
        }
        if mail.is_empty() && seen.is_empty() {
            return Ok(0);
        }
        let queued = store
            .queue_mail(mail, &seen, None)
            .map_err(|e| e.to_string())?;
        Ok(queued.len())
    }

    /// Once a company day, at or after the digest hour: a digest for every
    /// mail user whose inbox holds anything.
    pub fn digest(&self) -> Result<usize, String> {
        let company = self.service.company();
        let store = self.service.store();
        let now = self.service.now();
        let local = now.with_timezone(&company.tz());
        let day = day_in(company.tz(), now);
        if local.hour() < self.config.digest_hour {
            return Ok(0);
        }
        if store
            .digest_day()
            .map_err(|e| e.to_string())?
            .is_some_and(|d| d >= day)
        {
            return Ok(0);
        }
        let from = compose::Sender {
            company: &company.name,
            ssh_host: &self.config.ssh_host,
        };
        let mut mail = Vec::new();
        for user in company.users.values().filter(|u| recipient(u).is_some()) {
            let Some(items) = self.inbox_or_log(&user.login) else {
                continue;
            };
            if items.is_empty() {
                continue;
            }
            let cat = self.catalog(language(user));
            let letter = compose::digest(cat, &user.display_name, &items, day, now, &from);
            mail.push(new_mail(
                &user.login,
                MailAbout::Digest { day },
                letter,
                now,
            ));
        }
        let queued = store
            .queue_mail(mail, &[], Some(day))
            .map_err(|e| e.to_string())?;
        Ok(queued.len())
    }

    /// Hands every mail that is due to the mailer, oldest first. After a
    /// failure the rest wait for the next pass: a broken mailer is tried
    /// once per pass, not once per mail.
    pub fn send_due(&self, done: &mut Pass) {
        // After a start (the administrator may have just fixed the mailer)
        // and after a mail went through, waiting mail does not wait out its
        // backoff: the mailer works now.
        let mut working = self.fresh.swap(false, Ordering::SeqCst);
        let store = self.service.store();
        let mut unrecorded = self.unrecorded.lock().unwrap_or_else(|p| p.into_inner());
        unrecorded.retain(|m| store.update_mail(m).is_err());
        let queue = match store.mail() {
            Ok(q) => q,
            Err(e) => {
                log(format!("reading the outbox: {e}"));
                return;
            }
        };
        let company = self.service.company();
        for mut m in queue {
            if self.stop.load(Ordering::SeqCst) {
                return;
            }
            let now = self.service.now();
            if m.state != MailState::Waiting
                || (m.next > now && !working)
                || unrecorded
                    .iter()
                    .any(|u| u.id == m.id && u.queued == m.queued)
            {
                continue;
            }
            let to = company.users.get(&m.to).and_then(recipient);
            let Some(address) = to else {
                m.state = MailState::Dropped {
                    at: now,
                    why: "mail turned off, or no address".into(),
                };
                done.dropped += 1;
                if let Err(e) = store.update_mail(&m) {
                    log(format!("recording mail {}: {e}", m.id));
                }
                continue;
            };
            let sent = message(&self.config, address, &m, now)
                .map_err(|e| format!("the message could not be written: {e}"))
                .and_then(|message| {
                    mailer::send(&self.config.program, address, &message, self.config.timeout)
                });
            match sent {
                Ok(()) => {
                    working = true;
                    m.state = MailState::Sent { at: now };
                    m.error = None;
                    done.sent += 1;
                    if let Err(e) = store.update_mail(&m) {
                        log(format!(
                            "mail {} went, but could not be recorded as sent ({e}); it will be",
                            m.id
                        ));
                        unrecorded.push(m);
                    }
                }
                Err(why) => {
                    m.attempts += 1;
                    m.next = now + backoff(m.attempts);
                    log(format!(
                        "mail {} to {} failed (attempt {}; next at {}): {why}",
                        m.id,
                        m.to,
                        m.attempts,
                        m.next.format("%Y-%m-%d %H:%M:%S UTC")
                    ));
                    m.error = Some(why);
                    done.failed += 1;
                    if let Err(e) = store.update_mail(&m) {
                        log(format!("recording mail {}: {e}", m.id));
                    }
                    break;
                }
            }
        }
        // Old mail is forgotten once an hour, not on every pass: pruning
        // reads the whole outbox again.
        let now = self.service.now();
        let mut pruned = self.pruned.lock().unwrap_or_else(|p| p.into_inner());
        if pruned.is_none_or(|at| now - at >= TimeDelta::hours(1) || now < at) {
            *pruned = Some(now);
            if let Err(e) = store.prune_mail(now) {
                log(format!("pruning the outbox: {e}"));
            }
        }
    }
}

fn new_mail(to: &str, about: MailAbout, letter: compose::Letter, now: DateTime<Utc>) -> Mail {
    Mail {
        id: 0,
        to: to.to_string(),
        about,
        subject: letter.subject,
        body: letter.body,
        queued: now,
        attempts: 0,
        next: now,
        state: MailState::Waiting,
        error: None,
    }
}

/// The message as the mailer takes it. mail-builder encodes every header
/// (RFC 2047) and the body (base64 or quoted-printable as it needs), so no
/// text in a title or a name can begin a header of its own.
pub fn message(
    config: &MailConfig,
    to: &str,
    m: &Mail,
    now: DateTime<Utc>,
) -> std::io::Result<Vec<u8>> {
    let id = format!(
        "renshi.{}.{}@{}",
        m.id,
        m.queued.timestamp(),
        config.ssh_host
    );
    mail_builder::MessageBuilder::new()
        .from(("renshi", config.from.as_str()))
        .to(to)
        .subject(m.subject.as_str())
        .message_id(id)
        .date(now.timestamp())
        .header(
            "Auto-Submitted",
            mail_builder::headers::raw::Raw::new("auto-generated"),
        )
        .text_body(m.body.as_str())
        .write_to_vec()
}

/// A failure of the mail thread: a warning in the journal.
fn log(msg: impl AsRef<str>) {
    crate::log::warning(format!("mail: {}", msg.as_ref()));
}

/// How long after a commit the notifier looks: commits close together are
/// looked at once.
const SETTLE: Duration = Duration::from_millis(300);
/// How often it looks when nothing is committed (retries, the digest hour).
const TICK: Duration = Duration::from_secs(20);

/// Starts the daemon's mail thread, which runs until `stop` is set; `None`
/// (and a line in the log) when no thread can be started.
pub fn start(
    service: Arc<Service>,
    config: MailConfig,
    stop: Arc<AtomicBool>,
) -> Option<std::thread::JoinHandle<()>> {
    crate::log::info(format!(
        "mailing through {} (digest at {:02}:00 company time)",
        config.program.display(),
        config.digest_hour
    ));
    if !is_program(&config.program) {
        // Mail waits in the outbox until the mailer is there.
        log(format!(
            "{} is not an executable file: mail is queued and retried until it is",
            config.program.display()
        ));
    }
    spawn(service, config, stop)
        .map_err(|e| crate::log::error(format!("cannot start the mail thread: {e}")))
        .ok()
}

fn is_program(path: &std::path::Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

fn spawn(
    service: Arc<Service>,
    config: MailConfig,
    stop: Arc<AtomicBool>,
) -> std::io::Result<std::thread::JoinHandle<()>> {
    let commits = service.subscribe();
    std::thread::Builder::new()
        .name("renshi-mail".into())
        .spawn(move || {
            let notifier = Notifier {
                stop: stop.clone(),
                ..Notifier::new(service, config)
            };
            while !stop.load(Ordering::SeqCst) {
                let pass = notifier.pass();
                if pass != Pass::default() {
                    crate::log::info(format!(
                        "mail: this pass: {} queued, {} sent, {} failed, {} dropped (mail turned off)",
                        pass.queued, pass.sent, pass.failed, pass.dropped
                    ));
                }
                // Waits for a commit or the tick, a second at a time so a
                // stop is heard.
                let mut waited = Duration::ZERO;
                while waited < TICK && !stop.load(Ordering::SeqCst) {
                    match commits.recv_timeout(Duration::from_secs(1)) {
                        Ok(_) => {
                            std::thread::sleep(SETTLE);
                            while commits.try_recv().is_ok() {}
                            break;
                        }
                        Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {
                            waited += Duration::from_secs(1)
                        }
                        Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => return,
                    }
                }
            }
        })
}
