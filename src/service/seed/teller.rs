//! The demo's stories are told through the real commands on a scratch copy
//! of the company, at the times they would have happened: `Teller` runs a
//! command as a demo user some days ago and keeps what it decided.

use crate::domain::commands::{Ctx, decide};
use crate::domain::offboard::Checklist;
use crate::domain::recruit::{self, Recruit, Settings};
use crate::domain::signoff::{Decision, Seen, Templates};
use crate::domain::time::day_in;
use crate::domain::*;
use chrono::{DateTime, TimeDelta, Utc};

pub struct Story {
    pub events: Vec<Event>,
    pub beside: Beside,
}

pub struct Teller<'a> {
    pub company: Company,
    now: DateTime<Utc>,
    templates: &'a Templates,
    settings: &'a Settings,
    checklist: &'a Checklist,
    pub out: Story,
}

impl<'a> Teller<'a> {
    pub fn new(
        company: &Company,
        now: DateTime<Utc>,
        templates: &'a Templates,
        settings: &'a Settings,
        checklist: &'a Checklist,
    ) -> Teller<'a> {
        Teller {
            company: company.clone(),
            now,
            templates,
            settings,
            checklist,
            out: Story {
                events: Vec::new(),
                beside: Beside::default(),
            },
        }
    }

    /// Runs a recruitment command as `login`, `days` days before now.
    pub fn act(
        &mut self,
        login: &str,
        days: i64,
        cmd: Recruit,
        comment: &str,
    ) -> Result<Option<String>, String> {
        self.run(login, days, Command::Recruit(cmd), comment)
    }

    /// Runs `cmd` as `login`, `days` days before now.
    pub fn run(
        &mut self,
        login: &str,
        days: i64,
        cmd: Command,
        comment: &str,
    ) -> Result<Option<String>, String> {
        self.run_at(login, self.now - TimeDelta::days(days), cmd, comment)
    }

    /// Runs `cmd` as `login` at `at` (never after now).
    pub fn run_at(
        &mut self,
        login: &str,
        at: DateTime<Utc>,
        cmd: Command,
        comment: &str,
    ) -> Result<Option<String>, String> {
        let at = at.min(self.now);
        let ctx = Ctx {
            now: at,
            today: day_in(self.company.tz(), at),
            templates: self.templates,
            settings: self.settings,
            checklist: self.checklist,
        };
        let actor = self
            .company
            .users
            .get(login)
            .cloned()
            .ok_or_else(|| format!("no demo user {login}"))?;
        let d = decide(&self.company, &actor, &cmd, comment, &ctx)
            .map_err(|e| format!("{login}: {e}"))?;
        for e in &d.events {
            self.company.apply(e);
        }
        d.beside.keep_in(&mut self.company);
        let created = crate::service::commit::created_id(&d.events);
        self.out.events.extend(d.events);
        self.out.beside.people.extend(d.beside.people);
        self.out.beside.candidates.extend(d.beside.candidates);
        Ok(created)
    }

    pub fn seen_req(&self, id: ReqId) -> Result<Seen, String> {
        use crate::domain::sign::Signable;
        let r = recruit::requisition(&self.company, id).map_err(|e| e.to_string())?;
        Ok(Seen {
            round: r.signoff.round,
            digest: r.digest(&self.company).hex(),
        })
    }

    /// Signs `id` along its whole chain, one signer a day from `days` ago.
    pub fn approve_all(&mut self, id: ReqId, days: i64, runner: &str) -> Result<(), String> {
        for (i, login) in ["div.eng", "gm.wang", "hr.zhao"].into_iter().enumerate() {
            let seen = self.seen_req(id)?;
            let assign = (login == "hr.zhao").then(|| runner.to_string());
            self.act(
                login,
                days - i as i64,
                Recruit::Sign {
                    id,
                    decision: Decision::Approve,
                    seen,
                    assign,
                },
                "",
            )?;
        }
        Ok(())
    }

    pub fn position(&self, title_part: &str) -> Result<PositionId, String> {
        self.company
            .positions
            .values()
            .find(|p| p.title.contains(title_part))
            .map(|p| p.id)
            .ok_or_else(|| format!("no demo position {title_part}"))
    }

    pub fn now(&self) -> DateTime<Utc> {
        self.now
    }

    pub fn day(&self, days_from_now: i64) -> chrono::NaiveDate {
        day_in(self.company.tz(), self.now) + TimeDelta::days(days_from_now)
    }
}

pub fn parse<T: std::str::FromStr>(created: Option<String>) -> Result<T, String> {
    created
        .as_deref()
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| "a demo step created nothing".to_string())
}

/// Text in the demo's language.
pub fn say(lang: &str, en: &str, hans: &str, hant: &str) -> String {
    match lang {
        "zh-Hans" => hans,
        "zh-Hant" => hant,
        _ => en,
    }
    .to_string()
}
