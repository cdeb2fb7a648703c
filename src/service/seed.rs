//! Opening figures of a store: the demo company from `data/demo.toml`, or an
//! empty company with its first admin. Seeds are events like any other, so the
//! audit log starts with them.

use super::api::ApiError;
use super::{Caller, Service};
use crate::domain::*;
use chrono::{DateTime, NaiveDate, Utc};
use serde::Deserialize;
use std::collections::HashMap;

pub const DEMO: &str = include_str!("../../data/demo.toml");

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DemoFile {
    company: String,
    /// The company's time zone (IANA name).
    zone: String,
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
    duties: String,
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
    note: String,
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
    duties: Option<String>,
    headcount: Option<u32>,
}

/// The seed: events for the company, and plans to run as commands afterwards.
pub struct Seed {
    pub events: Vec<Event>,
    plans: Vec<(String, Command, Vec<PlanLine>, bool)>,
}

fn look<T: Copy>(map: &HashMap<String, T>, kind: &str, key: &str) -> Result<T, String> {
    map.get(key)
        .copied()
        .ok_or_else(|| format!("unknown {kind} `{key}`"))
}

pub fn parse_demo(text: &str, now: DateTime<Utc>) -> Result<Seed, String> {
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
            duties: p.duties.clone(),
            approved: p.headcount,
            plan: None,
            at: now,
        });
    }
    let mut employees = HashMap::new();
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
        events.push(Event::EmployeeHired {
            id,
            name: e.name.clone(),
            position,
            status,
            hired: e.hired,
        });
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
            let line = match (
                &l.new_position,
                &l.set_headcount,
                &l.change_duties,
                &l.close,
            ) {
                (Some(d), None, None, None) => PlanLine::NewPosition {
                    dept: look(&depts, "department", d)?,
                    title: text(&l.title),
                    duties: text(&l.duties),
                    headcount: l.headcount.unwrap_or(0),
                },
                (None, Some(pos), None, None) => PlanLine::SetHeadcount {
                    position: look(&positions, "position", pos)?,
                    headcount: l.headcount.ok_or("set_headcount needs headcount")?,
                },
                (None, None, Some(pos), None) => PlanLine::ChangeDuties {
                    position: look(&positions, "position", pos)?,
                    duties: text(&l.duties),
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
                note: p.note.clone(),
            },
            lines,
            p.submit,
        ));
    }
    Ok(Seed { events, plans })
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
    /// Writes the demo company; `os_login` (who ran init) becomes admin too
    /// unless a demo user already has that login.
    pub fn seed_demo(&self, os_login: &str) -> Result<(), ApiError> {
        let seed = parse_demo(DEMO, self.now()).map_err(ApiError::Protocol)?;
        let mut events = seed.events;
        let taken = events
            .iter()
            .any(|e| matches!(e, Event::UserRegistered { login, .. } if login == os_login));
        if !taken {
            events.push(admin_user(os_login));
        }
        self.seed(os_login, "renshi init --demo", &events)?;
        for (author, draft, lines, submit) in seed.plans {
            let caller = Caller::new(&author);
            let done = self.execute(&caller, &draft, "demo data")?;
            let id: PlanId = done
                .created
                .as_deref()
                .and_then(|s| s.parse().ok())
                .ok_or_else(|| ApiError::Protocol("demo plan was not created".into()))?;
            for line in lines {
                self.execute(&caller, &Command::AddPlanLine { id, line }, "demo data")?;
            }
            if submit {
                self.execute(&caller, &Command::SubmitPlan { id }, "demo data")?;
            }
        }
        Ok(())
    }
}

/// The logins of the demo company, as `--as` takes them.
pub fn demo_logins() -> Vec<String> {
    toml::from_str::<DemoFile>(DEMO)
        .map(|f| f.user.into_iter().map(|u| u.login).collect())
        .unwrap_or_default()
}
