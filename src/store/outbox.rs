//! The mail outbox, kept in sled beside the log (never in it): mail waiting
//! for the system's mailer, what became of it, and for each user the inbox
//! items they have already been told of.
//!
//! Each batch of new mail is written in one sled batch together with the
//! "already told" sets it was derived from, and fsynced: after a crash
//! either both are there (the mail is sent) or neither (the next pass finds
//! the same items new and queues them again). Nothing is lost, nothing is
//! queued twice.

use super::*;

const MO: &[u8] = b"mo/";
const MS: &[u8] = b"ms/";
const META_DIGEST: &[u8] = b"meta/digest";
/// Sent and dropped mail is kept this long for `notify status`.
pub const KEEP_DONE_DAYS: i64 = 14;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum MailAbout {
    /// An item entered the user's inbox: its case id and what it asks.
    Item { case: String, what: String },
    /// The daily digest of the company's day.
    Digest { day: chrono::NaiveDate },
    /// Several items that entered the inbox close together, in one mail.
    Items { cases: Vec<String> },
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum MailState {
    Waiting,
    Sent {
        #[serde(with = "crate::domain::time::instant")]
        at: DateTime<Utc>,
    },
    /// Not sent, and never will be: the user turned mail off or lost their
    /// address before it went.
    Dropped {
        #[serde(with = "crate::domain::time::instant")]
        at: DateTime<Utc>,
        why: String,
    },
}

/// One mail, written in its reader's language when it was queued.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mail {
    pub id: u64,
    /// The renshi login it is for.
    pub to: String,
    pub about: MailAbout,
    pub subject: String,
    pub body: String,
    #[serde(with = "crate::domain::time::instant")]
    pub queued: DateTime<Utc>,
    pub attempts: u32,
    /// When to try (again).
    #[serde(with = "crate::domain::time::instant")]
    pub next: DateTime<Utc>,
    pub state: MailState,
    /// Why the last attempt failed.
    pub error: Option<String>,
}

fn mail_key(id: u64) -> Vec<u8> {
    let mut k = MO.to_vec();
    k.extend_from_slice(&id.to_be_bytes());
    k
}

fn seen_key(login: &str) -> Vec<u8> {
    let mut k = MS.to_vec();
    k.extend_from_slice(login.as_bytes());
    k
}

impl Store {
    /// Queues `mail` (their ids are given here), records what each user has
    /// now been told of (`None`: forget them), and the digest's day when one
    /// was queued: one durable batch.
    pub fn queue_mail(
        &self,
        mut mail: Vec<Mail>,
        seen: &[(String, Option<Vec<u64>>)],
        digest: Option<chrono::NaiveDate>,
    ) -> Result<Vec<Mail>, StoreError> {
        let guard = self.inner()?;
        let Some(inner) = guard.as_ref() else {
            return Err(io(&self.path, "the store is being reopened"));
        };
        let next = match inner
            .db
            .scan_prefix(MO)
            .next_back()
            .transpose()
            .map_err(|e| StoreError::from_sled(&self.path, e))?
        {
            Some((k, _)) => k
                .get(MO.len()..)
                .and_then(|b| <[u8; 8]>::try_from(b).ok())
                .map_or(1, |b| u64::from_be_bytes(b) + 1),
            None => 1,
        };
        let mut batch = sled::Batch::default();
        for (m, id) in mail.iter_mut().zip(next..) {
            m.id = id;
            let v = codec::encode(&*m).map_err(|e| io(&self.path, e))?;
            batch.insert(mail_key(m.id), v);
        }
        for (login, keys) in seen {
            match keys {
                Some(keys) => {
                    let v = codec::encode(keys).map_err(|e| io(&self.path, e))?;
                    batch.insert(seen_key(login), v);
                }
                None => batch.remove(seen_key(login)),
            }
        }
        if let Some(day) = digest {
            batch.insert(META_DIGEST, day.to_string().as_bytes());
        }
        drop(guard);
        self.write_durably(batch)?;
        Ok(mail)
    }

    /// Applies `batch` and makes it durable; when that fails, sled is
    /// reopened so that nothing of the batch stays visible in memory. Mail
    /// read back from an outbox write that never reached the disk would be
    /// sent, then queued again once the store forgot it: sent twice.
    fn write_durably(&self, batch: sled::Batch) -> Result<(), StoreError> {
        let written = {
            let guard = self.inner()?;
            match guard.as_ref() {
                // A test's injected failure is a disk that took nothing.
                Some(inner) => self
                    .injected_failure()
                    .and_then(|()| {
                        inner
                            .db
                            .apply_batch(batch)
                            .map_err(|e| StoreError::from_sled(&self.path, e))
                    })
                    .and_then(|()| inner.sync(&self.path)),
                None => Err(io(&self.path, "the store is being reopened")),
            }
        };
        if written.is_err() {
            let _ = self.reopen();
        }
        written
    }

    /// Every mail kept, oldest first.
    pub fn mail(&self) -> Result<Vec<Mail>, StoreError> {
        let guard = self.inner()?;
        let Some(inner) = guard.as_ref() else {
            return Ok(Vec::new());
        };
        inner
            .db
            .scan_prefix(MO)
            .map(|kv| {
                let (_, v) = kv.map_err(|e| StoreError::from_sled(&self.path, e))?;
                codec::decode(&v).map_err(|e| corrupt(&self.path, format!("a queued mail: {e}")))
            })
            .collect()
    }

    /// Records what became of a mail (sent, failed and when to retry,
    /// dropped), durably: a mail sent is never sent again after a crash.
    pub fn update_mail(&self, mail: &Mail) -> Result<(), StoreError> {
        let v = codec::encode(mail).map_err(|e| io(&self.path, e))?;
        let mut batch = sled::Batch::default();
        batch.insert(mail_key(mail.id), v);
        self.write_durably(batch)
    }

    /// Forgets mail sent or dropped more than `KEEP_DONE_DAYS` before `now`.
    pub fn prune_mail(&self, now: DateTime<Utc>) -> Result<usize, StoreError> {
        let cutoff = now - chrono::TimeDelta::days(KEEP_DONE_DAYS);
        let old: Vec<u64> = self
            .mail()?
            .into_iter()
            .filter(|m| match &m.state {
                MailState::Waiting => false,
                MailState::Sent { at } | MailState::Dropped { at, .. } => *at < cutoff,
            })
            .map(|m| m.id)
            .collect();
        if old.is_empty() {
            return Ok(0);
        }
        let mut batch = sled::Batch::default();
        for id in &old {
            batch.remove(mail_key(*id));
        }
        self.write_durably(batch)?;
        Ok(old.len())
    }

    /// The inbox items `login` has been told of; `None` before the first look.
    pub fn mail_seen(&self, login: &str) -> Result<Option<Vec<u64>>, StoreError> {
        let guard = self.inner()?;
        let Some(inner) = guard.as_ref() else {
            return Ok(None);
        };
        match inner
            .db
            .get(seen_key(login))
            .map_err(|e| StoreError::from_sled(&self.path, e))?
        {
            Some(v) => codec::decode(&v)
                .map(Some)
                .map_err(|e| corrupt(&self.path, format!("the items told to {login}: {e}"))),
            None => Ok(None),
        }
    }

    /// The company day whose digest was last queued.
    pub fn digest_day(&self) -> Result<Option<chrono::NaiveDate>, StoreError> {
        let guard = self.inner()?;
        let Some(inner) = guard.as_ref() else {
            return Ok(None);
        };
        let v = inner
            .db
            .get(META_DIGEST)
            .map_err(|e| StoreError::from_sled(&self.path, e))?;
        Ok(v.and_then(|v| std::str::from_utf8(&v).ok()?.parse().ok()))
    }
}
