//! The dashboard's figures (量化管理): seats, requisitions, the funnel, how
//! long sign-offs and fills take, what ends soon, separations, training
//! gaps and the running cycle's completion. Each walks an index or a part
//! of the company that stays small, never the log.

use super::api::*;
use super::{review, views};
use crate::domain::offboard::SepState;
use crate::domain::recruit::{ProbationOutcome, ReqState, Stage};
use crate::domain::*;
use chrono::{DateTime, Datelike, NaiveDate, TimeDelta, Utc};
use std::collections::BTreeMap;
use std::sync::Arc;

/// A dashboard, the published company it was made from, and its day.
pub(super) type Made = (Arc<Company>, NaiveDate, Arc<Dashboard>);

impl super::Service {
    /// The dashboard of `company` (the published one), made once per
    /// published company and day.
    pub(super) fn dashboard(
        &self,
        company: &Arc<Company>,
        now: DateTime<Utc>,
        today: NaiveDate,
    ) -> Dashboard {
        let mut cache = match self.dashboard.lock() {
            Ok(c) => c,
            Err(poisoned) => poisoned.into_inner(),
        };
        if let Some((c, day, d)) = cache.as_ref()
            && Arc::ptr_eq(c, company)
            && *day == today
        {
            return (**d).clone();
        }
        let d = Arc::new(dashboard(company, now, today));
        *cache = Some((company.clone(), today, d.clone()));
        (*d).clone()
    }
}

pub fn dashboard(company: &Company, now: DateTime<Utc>, today: NaiveDate) -> Dashboard {
    let (seats, total) = seats(company);
    let (req_ages, reqs_signing, steps, days_to_fill) = requisitions(company, now);
    let (funnel, hires_by_month) = funnel(company, now, today);
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
    let (own, branch) = views::figures(company, &tree);
    let roots: Vec<DeptId> = company.children(None).map(|d| d.id).collect();
    let mut total = Figures::default();
    for r in &roots {
        total.add(&branch.get(r).copied().unwrap_or_default());
    }
    let row = |d: DeptId, figures: Figures| DeptSeats {
        dept: d,
        name: company.dept_name(d),
        figures,
    };
    let rows = match roots.as_slice() {
        // The single top's own seats first, then each branch below it, so
        // the rows add up to the company.
        [only] if company.children(Some(*only)).next().is_some() => {
            let mut rows = Vec::new();
            let top = own.get(only).copied().unwrap_or_default();
            if top.positions > 0 {
                rows.push(row(*only, top));
            }
            rows.extend(
                company
                    .children(Some(*only))
                    .map(|d| row(d.id, branch.get(&d.id).copied().unwrap_or_default())),
            );
            rows
        }
        _ => roots
            .iter()
            .map(|d| row(*d, branch.get(d).copied().unwrap_or_default()))
            .collect(),
    };
    // The largest first: a small screen shows those and names the rest.
    let mut rows = rows;
    rows.sort_by_key(|r| std::cmp::Reverse(r.figures.approved));
    (rows, total)
}

type ReqFigures = ([u32; 4], u32, Vec<StepMean>, Option<u32>);

/// How long the open requisitions have been open, how many are being
/// signed, and — over the requisitions of the last 12 months, so the cost
/// follows the present rather than the whole history — the mean time of
/// each sign-off step and the mean days from submission to the last hire.
fn requisitions(company: &Company, now: DateTime<Utc>) -> ReqFigures {
    let mut ages = [0u32; 4];
    let mut signing = 0;
    let mut fills: Vec<i64> = Vec::new();
    let mut steps: BTreeMap<&str, (i64, u32, u32)> = BTreeMap::new();
    let year_ago = now - TimeDelta::days(365);
    for r in company.requisitions.values() {
        match r.state {
            ReqState::Open => {
                // Open since its last signature approved it.
                let opened = r.signoff.signatures.last().map_or(r.since, |s| s.at);
                let days = (now - opened).num_days();
                ages[match days {
                    ..=7 => 0,
                    8..=30 => 1,
                    31..=90 => 2,
                    _ => 3,
                }] += 1;
            }
            ReqState::Submitted | ReqState::Returned => signing += 1,
            _ => {}
        }
        if r.submitted_at() < year_ago {
            continue;
        }
        if r.state == ReqState::Filled {
            let filled_at = r
                .hired
                .iter()
                .filter_map(|e| company.employees.get(e))
                .filter_map(|e| e.history.first().map(|h| h.at))
                .max()
                .unwrap_or(r.since);
            fills.push((filled_at - r.submitted_at()).num_seconds());
        }
        for (i, step) in r.signoff.steps.iter().enumerate() {
            let e = steps.entry(step.key.as_str()).or_default();
            match step_seconds(r, i) {
                Some(seconds) => {
                    e.0 += seconds;
                    e.1 += 1;
                }
                None if r.signoff.next == Some(i) => e.2 += 1,
                None => {}
            }
        }
    }
    let steps = steps
        .into_iter()
        .map(|(step, (seconds, count, waiting))| StepMean {
            step: format!("step.{step}"),
            count,
            // Seconds over the count first, so half-hour steps are not 0 h.
            mean_hours: (seconds as f64 / f64::from(count.max(1)) / 3600.0).round() as u32,
            waiting,
        })
        .collect();
    let days_to_fill = (!fills.is_empty())
        .then(|| (fills.iter().sum::<i64>() as f64 / fills.len() as f64 / 86_400.0).round() as u32);
    (ages, signing, steps, days_to_fill)
}

/// How long step `i` of the current round took: from the signature before
/// it (or the submission) to its own, when it was signed.
fn step_seconds(r: &crate::domain::recruit::Requisition, i: usize) -> Option<i64> {
    let round = r.signoff.round;
    let signed = r
        .signoff
        .signatures
        .iter()
        .filter(|s| s.round == round)
        .find(|s| s.step == i)?;
    let before = if i == 0 {
        r.submitted_at()
    } else {
        r.signoff
            .signatures
            .iter()
            .filter(|s| s.round == round)
            .find(|s| s.step == i - 1)
            .map_or(r.submitted_at(), |s| s.at)
    };
    Some((signed.at - before).num_seconds().max(0))
}

/// Candidates of the last 12 months who reached each stage, and everyone
/// who joined in each of the last 12 months (hired through recruitment or
/// entered by HR).
fn funnel(company: &Company, now: DateTime<Utc>, today: NaiveDate) -> (Funnel, Vec<u32>) {
    let mut f = Funnel::default();
    let year_ago = now - TimeDelta::days(365);
    for c in company.candidates.values() {
        if c.history.first().map_or(c.since, |h| h.at) < year_ago {
            continue;
        }
        let reached = |s: Stage| c.history.iter().any(|h| h.stage == s);
        f.applied += 1;
        if !c.interviews.is_empty() || reached(Stage::Interviewing) {
            f.interviewed += 1;
        }
        if c.offer.is_some() || reached(Stage::Offered) {
            f.offered += 1;
        }
        if reached(Stage::Hired) {
            f.hired += 1;
        }
    }
    let mut months = vec![0u32; 12];
    let this_month = today.year() * 12 + today.month0() as i32;
    let first = NaiveDate::from_ymd_opt(today.year() - 1, today.month(), 1)
        .and_then(|d| d.checked_add_months(chrono::Months::new(1)))
        .unwrap_or(today);
    for (day, _) in company
        .index
        .hires
        .range((first, EmployeeId(0))..=(today, EmployeeId(u32::MAX)))
    {
        let ago = this_month - (day.year() * 12 + day.month0() as i32);
        if (0..12).contains(&ago) {
            months[11 - ago as usize] += 1;
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
        if p.outcome != ProbationOutcome::Pending {
            continue;
        }
        // One already past its end and still not assessed is the most
        // urgent: it counts in both windows.
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
