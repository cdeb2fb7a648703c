//! Opening figures of a store: the demo company from `data/demo.toml`, or an
//! empty company with its first admin. Seeds are events like any other, so the
//! audit log starts with them. The demo's free text (duties, plan notes, the
//! comment on its commands) is written in the language the demo is created in.

use super::api::ApiError;
use super::{Caller, Service};
use crate::domain::*;
use chrono::{DateTime, NaiveDate, Utc};
use serde::Deserialize;
use std::collections::HashMap;

mod offboard;
mod recruit;
mod review;
mod teller;

pub const DEMO: &str = include_str!("../../../data/demo.toml");

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DemoFile {
    company: String,
    /// The company's time zone (IANA name).
    zone: String,
    /// Recorded with the demo's plan commands.
    comment: DemoText,
    department: Vec<DemoDept>,
    position: Vec<DemoPosition>,
    employee: Vec<DemoEmployee>,
    user: Vec<DemoUser>,
    #[serde(default)]
    plan: Vec<DemoPlan>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DemoDept {
    key: String,
    name: String,
    parent: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DemoPosition {
    key: String,
    dept: String,
    title: String,
    duties: DemoText,
    headcount: u32,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DemoEmployee {
    name: String,
    position: String,
    hired: NaiveDate,
    #[serde(default)]
    status: Option<String>,
    /// A fixed-term contract ending this many days after the demo's creation.
    #[serde(default)]
    contract_ends_in_days: Option<i64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DemoUser {
    login: String,
    name: String,
    roles: Vec<String>,
    #[serde(default)]
    depts: Vec<String>,
    employee: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DemoPlan {
    author: String,
    title: String,
    note: DemoText,
    #[serde(default)]
    submit: bool,
    lines: Vec<DemoLine>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DemoLine {
    new_position: Option<String>,
    set_headcount: Option<String>,
    change_duties: Option<String>,
    close: Option<String>,
    title: Option<String>,
    duties: Option<DemoText>,
    headcount: Option<u32>,
}

/// Free text in the demo: the same in every language, or one text for each
/// language the interface speaks (all three are required).
#[derive(Deserialize)]
#[serde(untagged)]
enum DemoText {
    Same(String),
    ByLanguage(ByLanguage),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ByLanguage {
    en: String,
    #[serde(rename = "zh-Hans")]
    zh_hans: String,
    #[serde(rename = "zh-Hant")]
    zh_hant: String,
}

impl DemoText {
    /// The text in `lang` (`en`, `zh-Hans`, `zh-Hant`; English for any other).
    fn read(&self, lang: &str) -> String {
        match self {
            DemoText::Same(s) => s.clone(),
            DemoText::ByLanguage(b) => match lang {
                "zh-Hans" => b.zh_hans.clone(),
                "zh-Hant" => b.zh_hant.clone(),
                _ => b.en.clone(),
            },
        }
    }
}

/// The seed: events for the company, and plans to run as commands afterwards
/// (with the comment to record on them).
pub struct Seed {
    pub events: Vec<Event>,
    /// Made-up personal data for the demo's employees (kept beside the log).
    pub personal: crate::domain::people::PersonalWrites,
    plans: Vec<(String, Command, Vec<PlanLine>, bool)>,
    comment: String,
}

fn look<T: Copy>(map: &HashMap<String, T>, kind: &str, key: &str) -> Result<T, String> {
    map.get(key)
        .copied()
        .ok_or_else(|| format!("unknown {kind} `{key}`"))
}

/// The demo in English.
pub fn parse_demo(text: &str, now: DateTime<Utc>) -> Result<Seed, String> {
    parse_demo_in(text, now, "en")
}

/// The demo with its free text in `lang` (`en`, `zh-Hans`, `zh-Hant`); the same
/// ids, records and events in every language.
pub fn parse_demo_in(text: &str, now: DateTime<Utc>, lang: &str) -> Result<Seed, String> {
    let f: DemoFile = toml::from_str(text).map_err(|e| format!("demo data: {e}"))?;
    crate::domain::time::parse_zone(&f.zone)?;
    let mut events = vec![
        Event::CompanyNamed { name: f.company },
        Event::ZoneSet { zone: f.zone },
    ];
    let mut depts = HashMap::new();
    for (i, d) in f.department.iter().enumerate() {
        let id = DeptId(i as u32 + 1);
        let parent = d
            .parent
            .as_deref()
            .map(|p| look(&depts, "department", p))
            .transpose()?;
        depts.insert(d.key.clone(), id);
        events.push(Event::DepartmentCreated {
            id,
            name: d.name.clone(),
            parent,
        });
    }
    let mut positions = HashMap::new();
    let mut capacity = HashMap::new();
    for (i, p) in f.position.iter().enumerate() {
        let id = PositionId(i as u32 + 1);
        positions.insert(p.key.clone(), id);
        capacity.insert(id, p.headcount);
        events.push(Event::PositionCreated {
            id,
            dept: look(&depts, "department", &p.dept)?,
            title: p.title.clone(),
            duties: p.duties.read(lang),
            approved: p.headcount,
            plan: None,
            at: now,
        });
    }
    let mut employees = HashMap::new();
    let mut personal = Vec::new();
    for (i, e) in f.employee.iter().enumerate() {
        let id = EmployeeId(i as u32 + 1);
        let position = look(&positions, "position", &e.position)?;
        let seats = capacity.entry(position).or_insert(0);
        if *seats == 0 {
            return Err(format!(
                "{} would take a seat {} does not have",
                e.name, e.position
            ));
        }
        *seats -= 1;
        let status = match e.status.as_deref() {
            None | Some("active") => EmployeeStatus::Active,
            Some("probation") => EmployeeStatus::Probation,
            Some(other) => return Err(format!("unknown employee status `{other}`")),
        };
        employees.insert(e.name.clone(), id);
        let fixed_end = e.contract_ends_in_days.map(|d| {
            crate::domain::time::day_in(chrono_tz::Tz::UTC, now) + chrono::TimeDelta::days(d)
        });
        let contract = Contract {
            kind: match (status, fixed_end) {
                (EmployeeStatus::Probation, _) => ContractKind::Probation,
                (_, Some(_)) => ContractKind::FixedTerm,
                _ => ContractKind::OpenEnded,
            },
            start: e.hired,
            end: match status {
                EmployeeStatus::Probation => e.hired.checked_add_months(chrono::Months::new(3)),
                _ => fixed_end,
            },
        };
        let data = demo_personal(i, e.hired);
        events.push(Event::EmployeeAdded {
            id,
            number: format!("HX-{:04}", 1001 + i),
            name: e.name.clone(),
            position,
            status,
            hired: e.hired,
            contract: Some(contract),
            personal: Personal::FIELDS
                .into_iter()
                .filter(|f| !data.get(f).is_empty())
                .map(String::from)
                .collect(),
            imported: true,
            by: "admin".into(),
            at: now,
        });
        personal.push((id, PersonalRecord { data, erased: None }));
    }
    for u in &f.user {
        let dept_ids = u
            .depts
            .iter()
            .map(|d| look(&depts, "department", d))
            .collect::<Result<Vec<_>, _>>()?;
        let roles = u
            .roles
            .iter()
            .map(|r| {
                let role = Role::from_key(r).ok_or_else(|| format!("unknown role `{r}`"))?;
                Ok(RoleGrant {
                    role,
                    depts: if role.is_scoped() {
                        dept_ids.clone()
                    } else {
                        Vec::new()
                    },
                })
            })
            .collect::<Result<Vec<_>, String>>()?;
        events.push(Event::UserRegistered {
            login: u.login.clone(),
            display_name: u.name.clone(),
            roles,
            employee: u
                .employee
                .as_deref()
                .map(|e| look(&employees, "employee", e))
                .transpose()?,
        });
    }
    let mut plans = Vec::new();
    for p in &f.plan {
        let mut lines = Vec::new();
        for l in &p.lines {
            let text = |v: &Option<String>| v.clone().unwrap_or_default();
            let duties = l.duties.as_ref().map(|d| d.read(lang)).unwrap_or_default();
            let line = match (
                &l.new_position,
                &l.set_headcount,
                &l.change_duties,
                &l.close,
            ) {
                (Some(d), None, None, None) => PlanLine::NewPosition {
                    dept: look(&depts, "department", d)?,
                    title: text(&l.title),
                    duties,
                    headcount: l.headcount.unwrap_or(0),
                },
                (None, Some(pos), None, None) => PlanLine::SetHeadcount {
                    position: look(&positions, "position", pos)?,
                    headcount: l.headcount.ok_or("set_headcount needs headcount")?,
                },
                (None, None, Some(pos), None) => PlanLine::ChangeDuties {
                    position: look(&positions, "position", pos)?,
                    duties,
                },
                (None, None, None, Some(pos)) => PlanLine::ClosePosition {
                    position: look(&positions, "position", pos)?,
                },
                _ => {
                    return Err(format!(
                        "plan `{}`: each line needs exactly one kind",
                        p.title
                    ));
                }
            };
            lines.push(line);
        }
        plans.push((
            p.author.clone(),
            Command::DraftPlan {
                title: p.title.clone(),
                note: p.note.read(lang),
            },
            lines,
            p.submit,
        ));
    }
    Ok(Seed {
        events,
        personal,
        plans,
        comment: f.comment.read(lang),
    })
}

/// Plainly made-up personal data: an ID number of the right shape (region
/// 110101, a birthday 25 years before joining, a serial), a phone number in
/// a range no carrier hands out, and a street that does not exist.
fn demo_personal(i: usize, hired: NaiveDate) -> Personal {
    let born = hired
        .checked_sub_months(chrono::Months::new(12 * 25))
        .unwrap_or(hired);
    Personal {
        id_number: format!("110101{}{:03}X", born.format("%Y%m%d"), i + 1),
        phone: format!("1380000{:04}", i + 1),
        email: String::new(),
        address: format!("北京市朝陽區示範路 {} 號", i + 1),
        bank_account: format!("6222 0000 0000 {:04}", i + 1),
        date_of_birth: born.to_string(),
        emergency_contact: String::new(),
    }
}

/// The demo company's users as (login, name, role keys), for choosing whom to
/// act as on a demo store.
pub fn demo_users() -> Vec<(String, String, Vec<String>)> {
    toml::from_str::<DemoFile>(DEMO)
        .map(|f| {
            f.user
                .into_iter()
                .map(|u| (u.login, u.name, u.roles))
                .collect()
        })
        .unwrap_or_default()
}

/// The user record that makes `login` the admin of a new store.
pub fn admin_user(login: &str) -> Event {
    Event::UserRegistered {
        login: login.to_string(),
        display_name: login.to_string(),
        roles: vec![RoleGrant {
            role: Role::Admin,
            depts: Vec::new(),
        }],
        employee: None,
    }
}

impl Service {
    /// Writes the demo company in English; `os_login` (who ran init) becomes
    /// admin too unless a demo user already has that login.
    pub fn seed_demo(&self, os_login: &str) -> Result<(), ApiError> {
        self.seed_demo_in(os_login, "en")
    }

    /// The same, with the demo's free text in `lang` (`en`, `zh-Hans`,
    /// `zh-Hant`, as `i18n::Lang::code` names them; English for any other).
    pub fn seed_demo_in(&self, os_login: &str, lang: &str) -> Result<(), ApiError> {
        let seed = parse_demo_in(DEMO, self.now(), lang).map_err(ApiError::Protocol)?;
        let mut events = seed.events;
        let taken = events
            .iter()
            .any(|e| matches!(e, Event::UserRegistered { login, .. } if login == os_login));
        if !taken {
            events.push(admin_user(os_login));
        }
        let beside = Beside {
            people: seed.personal,
            ..Beside::default()
        };
        self.seed_with(os_login, "renshi init --demo", &events, beside)?;
        for (author, draft, lines, submit) in seed.plans {
            let caller = Caller::new(&author);
            let done = self.execute(&caller, &draft, &seed.comment)?;
            let id: PlanId = done
                .created
                .as_deref()
                .and_then(|s| s.parse().ok())
                .ok_or_else(|| ApiError::Protocol("demo plan was not created".into()))?;
            for line in lines {
                self.execute(&caller, &Command::AddPlanLine { id, line }, &seed.comment)?;
            }
            if submit {
                self.execute(&caller, &Command::SubmitPlan { id }, &seed.comment)?;
            }
        }
        let company = self.company();
        let mut t = teller::Teller::new(
            &company,
            self.now(),
            &self.templates,
            &self.settings,
            &self.checklist,
        );
        recruit::tell(&mut t, lang)
            .map_err(|e| ApiError::Protocol(format!("demo recruitment: {e}")))?;
        offboard::tell(&mut t, lang)
            .map_err(|e| ApiError::Protocol(format!("demo offboarding: {e}")))?;
        review::tell(&mut t, lang)
            .map_err(|e| ApiError::Protocol(format!("demo training and evaluation: {e}")))?;
        let story = t.out;
        self.seed_with(os_login, "renshi init --demo", &story.events, story.beside)?;
        Ok(())
    }
}

/// The logins of the demo company, as `--as` takes them.
pub fn demo_logins() -> Vec<String> {
    toml::from_str::<DemoFile>(DEMO)
        .map(|f| f.user.into_iter().map(|u| u.login).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn has_cjk(s: &str) -> bool {
        s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
    }

    /// Every language seeds the same company: the same events in the same
    /// order with the same ids and names; only duties, notes and the comment
    /// are in the reader's language.
    #[test]
    fn the_demo_is_the_same_company_in_every_language() {
        let now = Utc::now();
        let en = parse_demo_in(DEMO, now, "en").unwrap();
        assert_eq!(parse_demo(DEMO, now).unwrap().events, en.events);
        for lang in ["zh-Hans", "zh-Hant"] {
            let zh = parse_demo_in(DEMO, now, lang).unwrap();
            assert_eq!(zh.events.len(), en.events.len());
            assert_eq!(zh.plans.len(), en.plans.len());
            let mut translated = 0;
            for (e, z) in en.events.iter().zip(&zh.events) {
                match (e, z) {
                    (
                        Event::PositionCreated { duties: de, .. },
                        Event::PositionCreated { duties: dz, .. },
                    ) => {
                        let blank = |ev: &Event| match ev.clone() {
                            Event::PositionCreated {
                                id,
                                dept,
                                title,
                                approved,
                                plan,
                                at,
                                ..
                            } => (id, dept, title, approved, plan, at),
                            _ => unreachable!(),
                        };
                        assert_eq!(blank(e), blank(z));
                        assert!(!has_cjk(de) && has_cjk(dz), "{lang}: {dz}");
                        translated += 1;
                    }
                    _ => assert_eq!(e, z, "{lang}"),
                }
            }
            assert_eq!(translated, 20);
            assert!(
                !has_cjk(&en.comment) && has_cjk(&zh.comment),
                "{}",
                zh.comment
            );
            for ((ea, ed, el, es), (za, zd, zl, zs)) in en.plans.iter().zip(&zh.plans) {
                assert_eq!((ea, el.len(), es), (za, zl.len(), zs));
                match (ed, zd) {
                    (
                        Command::DraftPlan {
                            title: et,
                            note: en_note,
                        },
                        Command::DraftPlan {
                            title: zt,
                            note: zh_note,
                        },
                    ) => {
                        assert_eq!(et, zt, "plan titles are names");
                        assert!(!has_cjk(en_note) && has_cjk(zh_note), "{lang}: {zh_note}");
                    }
                    other => panic!("{other:?}"),
                }
                for (l, z) in el.iter().zip(zl) {
                    match (l, z) {
                        (
                            PlanLine::NewPosition { duties: d, .. },
                            PlanLine::NewPosition { duties: e, .. },
                        )
                        | (
                            PlanLine::ChangeDuties { duties: d, .. },
                            PlanLine::ChangeDuties { duties: e, .. },
                        ) => assert!(!has_cjk(d) && has_cjk(e), "{lang}: {e}"),
                        _ => assert_eq!(l, z),
                    }
                }
            }
        }
        // The two Chinese texts are not the same text.
        let hans = parse_demo_in(DEMO, now, "zh-Hans").unwrap();
        let hant = parse_demo_in(DEMO, now, "zh-Hant").unwrap();
        assert_ne!(hans.events, hant.events);
        // A language the demo does not have is English.
        assert_eq!(parse_demo_in(DEMO, now, "fr").unwrap().events, en.events);
    }

    #[test]
    fn a_translated_text_needs_every_language() {
        let demo = DEMO.replacen("zh-Hant = \"示範資料\"\n", "", 1);
        assert_ne!(demo, DEMO);
        assert!(parse_demo_in(&demo, Utc::now(), "en").is_err());
    }
}
