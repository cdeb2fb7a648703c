//! The company at a glance: the figures of the dashboard, each the count
//! behind a list the asker can open.

use super::{CycleRow, Figures, StandingCounts};
use crate::domain::ids::DeptId;
use crate::domain::time::day;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Dashboard {
    #[serde(with = "day")]
    pub today: NaiveDate,
    /// Seats per department below the top (with their sub-departments)
    /// and the top's own, largest first; they add up to `company`.
    pub seats: Vec<DeptSeats>,
    pub company: Figures,
    /// Open requisitions by how long they have been open: up to 7 days,
    /// 8–30, 31–90, over 90.
    pub req_ages: [u32; 4],
    /// Requisitions still being signed.
    pub reqs_signing: u32,
    pub funnel: Funnel,
    /// Mean hours each sign-off step took, over every requisition.
    pub steps: Vec<StepMean>,
    /// Mean days from a requisition's submission to its last hire.
    pub days_to_fill: Option<u32>,
    /// Hires in each of the last 12 months, oldest first.
    pub hires_by_month: Vec<u32>,
    /// Probations ending within 30 and within 60 days (the 60 include the 30).
    pub probation_ends: [u32; 2],
    pub contract_ends: [u32; 2],
    pub separations_open: u32,
    /// Open separation steps past their due day.
    pub separation_steps_overdue: u32,
    pub training: StandingCounts,
    /// The cycle running today, with its completion.
    pub cycle: Option<CycleRow>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DeptSeats {
    pub dept: DeptId,
    pub name: String,
    pub figures: Figures,
}

/// Candidates who reached each stage, over every requisition.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Funnel {
    pub applied: u32,
    pub interviewed: u32,
    pub offered: u32,
    pub hired: u32,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StepMean {
    /// A catalog key (`step.general_manager`).
    pub step: String,
    pub count: u32,
    pub mean_hours: u32,
    pub waiting: u32,
}
