//! The time report of recruitment (量化管理): time-to-fill per department
//! and the time each step takes, slowest first.

use super::step_times;
use crate::domain::recruit::ReqState;
use crate::domain::*;
use crate::service::api::*;
use chrono::{DateTime, Utc};
use std::collections::BTreeMap;

/// Time-to-fill per department, and the time each step takes (sign-off
/// steps and candidate stages), slowest first.
pub fn report(company: &Company, now: DateTime<Utc>) -> RecruitReport {
    #[derive(Default)]
    struct Acc {
        open: u32,
        fills: Vec<f64>,
    }
    let mut depts: BTreeMap<DeptId, Acc> = BTreeMap::new();
    let mut steps: BTreeMap<(DeptId, String), (Vec<f64>, u32)> = BTreeMap::new();
    for r in company.requisitions.values() {
        let Some(dept) = company.position_dept(r.position) else {
            continue;
        };
        let acc = depts.entry(dept).or_default();
        if r.state == ReqState::Open {
            acc.open += 1;
        }
        if r.state == ReqState::Filled {
            let filled_at = r
                .hired
                .iter()
                .filter_map(|e| company.employees.get(e))
                .filter_map(|e| e.history.first().map(|h| h.at))
                .max()
                .unwrap_or(r.since);
            acc.fills
                .push((filled_at - r.submitted_at()).num_seconds() as f64 / 86_400.0);
        }
        // A step still waiting counts as waiting, not in the times taken.
        for t in step_times(r, now) {
            let e = steps.entry((dept, format!("step.{}", t.step))).or_default();
            match t.ended {
                Some(_) => e.0.push(t.seconds as f64 / 3600.0),
                None => e.1 += 1,
            }
        }
        for c in r
            .candidates
            .iter()
            .filter_map(|c| company.candidates.get(c))
        {
            for (i, h) in c.history.iter().enumerate() {
                if !h.stage.open() {
                    continue;
                }
                let e = steps
                    .entry((dept, format!("stage.{}", h.stage.key())))
                    .or_default();
                match c.history.get(i + 1) {
                    Some(next) => e.0.push((next.at - h.at).num_seconds() as f64 / 3600.0),
                    None => e.1 += 1,
                }
            }
        }
    }
    let stat = |v: &[f64]| -> (f64, f64) {
        let mean = v.iter().sum::<f64>() / v.len().max(1) as f64;
        (mean, v.iter().copied().fold(0.0, f64::max))
    };
    let mut step_rows: Vec<StepStat> = steps
        .into_iter()
        .map(|((dept, step), (hours, waiting))| {
            let (mean, max) = stat(&hours);
            StepStat {
                dept,
                dept_name: company.dept_name(dept),
                step,
                count: hours.len() as u32 + waiting,
                mean_hours: mean,
                max_hours: max,
                waiting,
            }
        })
        .collect();
    step_rows.sort_by(|a, b| b.mean_hours.total_cmp(&a.mean_hours));
    RecruitReport {
        depts: depts
            .into_iter()
            .map(|(dept, a)| {
                let (mean, max) = stat(&a.fills);
                DeptFill {
                    dept,
                    dept_name: company.dept_name(dept),
                    open: a.open,
                    filled: a.fills.len() as u32,
                    mean_days_to_fill: (!a.fills.is_empty()).then_some(mean),
                    max_days_to_fill: (!a.fills.is_empty()).then_some(max),
                }
            })
            .collect(),
        steps: step_rows,
    }
}
