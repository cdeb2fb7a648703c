//! The service's part in mail: who mails (the daemon says), what the mail
//! thread reads (whole inboxes), and what `notify status` shows to whom.

use super::api::{ApiError, InboxItem, MailStatus, Mailer};
use super::{Service, user, views};
use crate::domain::auth::{self, Access};
use crate::domain::time::day_in;
use crate::domain::{Company, User};
use chrono::NaiveDate;

impl Service {
    /// Everything in `login`'s inbox at once, as `Query::Inbox` pages it:
    /// for the daemon's mail, which needs it whole and would otherwise
    /// compute it again for each page.
    pub fn whole_inbox(&self, login: &str) -> Result<Vec<InboxItem>, ApiError> {
        let company = self.company();
        let me = user(&company, login)?;
        let today = day_in(company.tz(), self.now());
        Ok(views::inbox_items(&company, me, today, &self.settings))
    }

    /// Said by the daemon that mails, for `notify status`.
    pub fn announce_mailer(&self, mailer: Mailer) {
        if let Ok(mut m) = self.mailer.write() {
            *m = Some(mailer);
        }
    }

    /// The asker's settings and mail; everyone's for whom `AllMail` allows.
    /// Bodies stay in the outbox.
    pub(super) fn mail_status(
        &self,
        company: &Company,
        me: &User,
        today: NaiveDate,
    ) -> Result<MailStatus, ApiError> {
        let all = auth::can_see(company, me, Access::AllMail, today).is_ok();
        let mail = self
            .store
            .mail()?
            .into_iter()
            .filter(|m| all || m.to == me.login)
            .map(|m| crate::store::outbox::Mail {
                body: String::new(),
                ..m
            })
            .collect();
        let people = if all {
            company
                .users
                .values()
                .map(|u| (u.login.clone(), u.mail.clone()))
                .collect()
        } else {
            Vec::new()
        };
        Ok(MailStatus {
            mailer: self.mailer.read().ok().and_then(|m| m.clone()),
            mine: me.mail.clone(),
            people,
            mail,
        })
    }
}
