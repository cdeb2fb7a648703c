//! What `notify status` shows: how the daemon mails, the asker's own
//! settings, and the mail in its outbox.

use crate::domain::MailPrefs;
use crate::store::outbox::Mail;
use serde::{Deserialize, Serialize};

/// The daemon's mailer, as its administrator started it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mailer {
    pub program: String,
    pub from: String,
    /// The hour of the company's day the digest goes out.
    pub digest_hour: u32,
    /// What a mail's commands put after `ssh`.
    pub ssh_host: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MailStatus {
    /// `None`: nothing mails (no daemon, or one started without `--mailer`).
    pub mailer: Option<Mailer>,
    pub mine: MailPrefs,
    /// For the administrator: every user's settings, by login (empty for
    /// anyone else).
    pub people: Vec<(String, MailPrefs)>,
    /// The asker's own mail; the administrator's shows everyone's. Oldest
    /// first, bodies left out.
    pub mail: Vec<Mail>,
}
