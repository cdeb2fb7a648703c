//! The dashboard's figures (量化管理): seats, requisitions, the funnel, how
//! long sign-offs and fills take, what ends soon, separations, training
//! gaps and the running cycle's completion. Each walks an index or a part
//! of the company that stays small, never the log.

use super::api::*;
use super::{review, views};
use crate::domain::offboard::SepState;
use crate::domain::recruit::{ProbationOutcome, ReqState, Stage};
use crate::domain::time::day_in;
use crate::domain::*;
use chrono::{DateTime, Datelike, NaiveDate, TimeDelta, Utc};
use std::collections::BTreeMap;

pub fn dashboard(company: &Company, now: DateTime<Utc>, today: NaiveDate) -> Dashboard {
    let (seats, total) = seats(company);
    let (req_ages, reqs_signing, steps, days_to_fill) = requisitions(company, now);
    let (funnel, hires_by_month) = funnel(company, today);
    let (separations_open, separation_steps_overdue) = separations(company, today);
    Dashboard {
        today,
        seats,
        company: total,
        req_ages,
        reqs_signing,
        funnel,
        steps,
        days_to_fill,
        hires_by_month,
        probation_ends: probation_ends(company, today),
        contract_ends: contract_ends(company, today),
        separations_open,
        separation_steps_overdue,
        training: review::training_counts(company, today),
        cycle: crate::domain::review::current_cycle(company, today)
            .map(|c| review::cycle_row(company, c)),
    }
}

/// The departments one level below the single top (the general manager's
/// office usually heads everything), or the tops when there are several.
fn seats(company: &Company) -> (Vec<DeptSeats>, Figures) {
    let tree = company.dept_tree();
    let (_, branch) = views::figures(company, &tree);
    let roots: Vec<DeptId> = company.children(None).map(|d| d.id).collect();
    let shown: Vec<DeptId> = match roots.as_slice() {
        [only] => {
            let below: Vec<DeptId> = company.children(Some(*only)).map(|d| d.id).collect();
            if below.is_empty() {
                roots.clone()
            } else {
                below
            }
        }
        _ => roots.clone(),
    };
    let mut total = Figures::default();
    for r in &roots {
        total.add(&branch.get(r).copied().unwrap_or_default());
    }
    let rows = shown
        .into_iter()
        .map(|d| DeptSeats {
            dept: d,
            name: company.dept_name(d),
            figures: branch.get(&d).copied().unwrap_or_default(),
        })
        .collect();
    (rows, total)
}

type ReqFigures = ([u32; 4], u32, Vec<StepMean>, Option<u32>);

fn requisitions(company: &Company, now: DateTime<Utc>) -> ReqFigures {
    let mut ages = [0u32; 4];
    let mut signing = 0;
    let mut fills: Vec<i64> = Vec::new();
    let mut steps: BTreeMap<String, (i64, u32, u32)> = BTreeMap::new();
    for r in company.requisitions.values() {
        match r.state {
            ReqState::Open => {
                let days = (now - r.submitted_at()).num_days();
                ages[match days {
                    ..=7 => 0,
                    8..=30 => 1,
                    31..=90 => 2,
                    _ => 3,
                }] += 1;
            }
            ReqState::Submitted | ReqState::Returned => signing += 1,
            ReqState::Filled => {
                let filled_at = r
                    .hired
                    .iter()
                    .filter_map(|e| company.employees.get(e))
                    .filter_map(|e| e.history.first().map(|h| h.at))
                    .max()
                    .unwrap_or(r.since);
                fills.push((filled_at - r.submitted_at()).num_days());
            }
            _ => {}
        }
        for t in super::recruit::step_times(r, now) {
            let e = steps.entry(format!("step.{}", t.step)).or_default();
            match t.ended {
                Some(_) => {
                    e.0 += t.seconds;
                    e.1 += 1;
                }
                None => e.2 += 1,
            }
        }
    }
    let steps = steps
        .into_iter()
        .map(|(step, (seconds, count, waiting))| StepMean {
            step,
            count,
            mean_hours: (seconds / 3600 / i64::from(count.max(1))) as u32,
            waiting,
        })
        .collect();
    let days_to_fill =
        (!fills.is_empty()).then(|| (fills.iter().sum::<i64>() / fills.len() as i64) as u32);
    (ages, signing, steps, days_to_fill)
}

/// Candidates who reached each stage, and hires per month for a year.
fn funnel(company: &Company, today: NaiveDate) -> (Funnel, Vec<u32>) {
    let mut f = Funnel::default();
    let mut months = vec![0u32; 12];
    let zone = company.tz();
    let this_month = today.year() * 12 + today.month0() as i32;
    for c in company.candidates.values() {
        let reached = |s: Stage| c.history.iter().any(|h| h.stage == s);
        f.applied += 1;
        if !c.interviews.is_empty() || reached(Stage::Interviewing) {
            f.interviewed += 1;
        }
        if c.offer.is_some() || reached(Stage::Offered) {
            f.offered += 1;
        }
        if let Some(h) = c.history.iter().find(|h| h.stage == Stage::Hired) {
            f.hired += 1;
            let d = day_in(zone, h.at);
            let ago = this_month - (d.year() * 12 + d.month0() as i32);
            if (0..12).contains(&ago) {
                months[11 - ago as usize] += 1;
            }
        }
    }
    (f, months)
}

fn probation_ends(company: &Company, today: NaiveDate) -> [u32; 2] {
    let mut n = [0u32; 2];
    for e in company
        .index
        .hiring
        .iter()
        .filter_map(|id| company.employees.get(id))
        .filter(|e| e.status == EmployeeStatus::Probation)
    {
        let Some(p) = e.hiring.as_ref().and_then(|h| h.probation.as_ref()) else {
            continue;
        };
        if p.outcome != ProbationOutcome::Pending || p.end < today {
            continue;
        }
        let days = (p.end - today).num_days();
        if days <= 30 {
            n[0] += 1;
        }
        if days <= 60 {
            n[1] += 1;
        }
    }
    n
}

fn contract_ends(company: &Company, today: NaiveDate) -> [u32; 2] {
    let (in30, in60) = (today + TimeDelta::days(30), today + TimeDelta::days(60));
    let mut n = [0u32; 2];
    for (end, e) in company
        .index
        .contract_ends
        .range((today, EmployeeId(0))..=(in60, EmployeeId(u32::MAX)))
    {
        if !company
            .employees
            .get(e)
            .is_some_and(|e| e.status.holds_seat())
        {
            continue;
        }
        if *end <= in30 {
            n[0] += 1;
        }
        n[1] += 1;
    }
    n
}

fn separations(company: &Company, today: NaiveDate) -> (u32, u32) {
    let mut overdue = 0;
    let open = company
        .index
        .open_cases
        .values()
        .filter_map(|id| company.separations.get(id))
        .filter(|c| c.state == SepState::Open);
    let mut count = 0;
    for c in open {
        count += 1;
        overdue += c
            .steps
            .iter()
            .filter(|s| s.is_open() && s.due < today)
            .count() as u32;
    }
    (count, overdue)
}
