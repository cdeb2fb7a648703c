//! The JSON of `renshi report dashboard`.

use super::*;

#[derive(Serialize)]
pub struct DeptSeatsJson {
    pub dept: String,
    pub name: String,
    pub figures: FiguresJson,
}

#[derive(Serialize)]
pub struct AgesJson {
    pub up_to_7: u32,
    pub from_8_to_30: u32,
    pub from_31_to_90: u32,
    pub over_90: u32,
}

#[derive(Serialize)]
pub struct FunnelJson {
    pub applied: u32,
    pub interviewed: u32,
    pub offered: u32,
    pub hired: u32,
}

#[derive(Serialize)]
pub struct StepMeanJson {
    pub step: String,
    pub count: u32,
    pub mean_hours: u32,
    pub waiting: u32,
}

#[derive(Serialize)]
pub struct WithinJson {
    pub within_30: u32,
    pub within_60: u32,
}

/// `report dashboard --json`.
#[derive(Serialize)]
pub struct DashboardJson {
    pub today: NaiveDate,
    pub seats: Vec<DeptSeatsJson>,
    pub company: FiguresJson,
    pub req_ages: AgesJson,
    pub reqs_signing: u32,
    pub funnel: FunnelJson,
    pub steps: Vec<StepMeanJson>,
    pub days_to_fill: Option<u32>,
    pub hires_by_month: Vec<u32>,
    pub probation_ends: WithinJson,
    pub contract_ends: WithinJson,
    pub separations_open: u32,
    pub separation_steps_overdue: u32,
    pub training: CountsJson,
    pub cycle: Option<CycleJson>,
}

pub fn dashboard(cat: &Catalog, d: &Dashboard) -> DashboardJson {
    let within = |w: [u32; 2]| WithinJson {
        within_30: w[0],
        within_60: w[1],
    };
    DashboardJson {
        today: d.today,
        seats: d
            .seats
            .iter()
            .map(|s| DeptSeatsJson {
                dept: s.dept.to_string(),
                name: s.name.clone(),
                figures: figures(&s.figures),
            })
            .collect(),
        company: figures(&d.company),
        req_ages: AgesJson {
            up_to_7: d.req_ages[0],
            from_8_to_30: d.req_ages[1],
            from_31_to_90: d.req_ages[2],
            over_90: d.req_ages[3],
        },
        reqs_signing: d.reqs_signing,
        funnel: FunnelJson {
            applied: d.funnel.applied,
            interviewed: d.funnel.interviewed,
            offered: d.funnel.offered,
            hired: d.funnel.hired,
        },
        steps: d
            .steps
            .iter()
            .map(|s| StepMeanJson {
                step: s.step.clone(),
                count: s.count,
                mean_hours: s.mean_hours,
                waiting: s.waiting,
            })
            .collect(),
        days_to_fill: d.days_to_fill,
        hires_by_month: d.hires_by_month.clone(),
        probation_ends: within(d.probation_ends),
        contract_ends: within(d.contract_ends),
        separations_open: d.separations_open,
        separation_steps_overdue: d.separation_steps_overdue,
        training: counts(&d.training),
        cycle: d.cycle.as_ref().map(|c| cycle(cat, c)),
    }
}
