//! The JSON of evaluation and training (docs/json.md): courses, sessions
//! and results, where people stand on required training, cycles,
//! evaluations, one person's record, and the dashboard. A course's length
//! is in tenths of an hour and a weighted result in hundredths (385 = 3.85):
//! integers, never floats. Titles of criteria in the `--lang` language.

use super::plans::step;
use super::{FiguresJson, SeenJson, SignatureJson, StepJson, figures, signature};
use crate::domain::review::{Criterion, GradeBand, Score, TrainingResult};
use crate::i18n::Catalog;
use crate::service::api::*;
use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

#[derive(Serialize)]
pub struct RefJson {
    pub id: String,
    pub name: String,
}

#[derive(Serialize)]
pub struct CountsJson {
    pub done: u32,
    pub expiring: u32,
    pub expired: u32,
    pub missing: u32,
}

pub fn counts(c: &StandingCounts) -> CountsJson {
    CountsJson {
        done: c.done,
        expiring: c.expiring,
        expired: c.expired,
        missing: c.missing,
    }
}

#[derive(Serialize)]
pub struct CourseJson {
    pub id: String,
    pub title: String,
    /// Tenths of an hour: 15 is 1.5 hours.
    pub tenths: u32,
    pub kind: &'static str,
    pub required_for: Vec<RefJson>,
    pub renew_months: Option<u32>,
    pub closed: bool,
    pub sessions: u32,
    /// `null` for those who do not see everyone.
    pub standing: Option<CountsJson>,
}

pub fn course(c: &CourseRow) -> CourseJson {
    CourseJson {
        id: c.id.to_string(),
        title: c.title.clone(),
        tenths: c.tenths,
        kind: c.kind.key(),
        required_for: c
            .required_for
            .iter()
            .map(|(id, title)| RefJson {
                id: id.to_string(),
                name: title.clone(),
            })
            .collect(),
        renew_months: c.renew_months,
        closed: c.closed,
        sessions: c.sessions,
        standing: c.standing.as_ref().map(counts),
    }
}

#[derive(Serialize)]
pub struct SessionRowJson {
    pub id: String,
    pub course: String,
    pub course_title: String,
    pub on: NaiveDate,
    pub trainer: String,
    pub attendees: u32,
    pub passed: u32,
    pub failed: u32,
}

pub fn session_row(r: &SessionRow) -> SessionRowJson {
    SessionRowJson {
        id: r.id.to_string(),
        course: r.course.to_string(),
        course_title: r.course_title.clone(),
        on: r.on,
        trainer: r.trainer.clone(),
        attendees: r.attendees,
        passed: r.passed,
        failed: r.failed,
    }
}

#[derive(Serialize)]
pub struct ResultJson {
    pub passed: bool,
    pub score: Option<u8>,
    pub certificate: String,
    pub note: String,
    pub by: String,
    pub at: DateTime<Utc>,
}

pub fn result(r: &TrainingResult) -> ResultJson {
    ResultJson {
        passed: r.passed,
        score: r.score,
        certificate: r.certificate.clone(),
        note: r.note.clone(),
        by: r.by.clone(),
        at: r.at,
    }
}

#[derive(Serialize)]
pub struct AttendeeJson {
    pub employee: String,
    pub name: String,
    pub number: String,
    pub dept_name: String,
    /// `null` until a result is recorded.
    pub result: Option<ResultJson>,
}

pub fn attendee(a: &AttendeeRow) -> AttendeeJson {
    AttendeeJson {
        employee: a.employee.to_string(),
        name: a.name.clone(),
        number: a.number.clone(),
        dept_name: a.dept_name.clone(),
        result: a.result.as_ref().map(result),
    }
}

#[derive(Serialize)]
pub struct SessionJson {
    pub row: SessionRowJson,
    pub attendees: Vec<AttendeeJson>,
    /// Attendees not shown to the asker.
    pub others: u32,
}

pub fn session(v: &SessionView) -> SessionJson {
    SessionJson {
        row: session_row(&v.row),
        attendees: v.attendees.iter().map(attendee).collect(),
        others: v.others,
    }
}

/// One line of `export training`: an attendee of a session and their result.
#[derive(Serialize)]
pub struct TrainingLineJson {
    pub session: String,
    pub course: String,
    pub course_title: String,
    pub on: NaiveDate,
    pub trainer: String,
    #[serde(flatten)]
    pub attendee: AttendeeJson,
}

pub fn training_line(s: &SessionRow, a: &AttendeeRow) -> TrainingLineJson {
    TrainingLineJson {
        session: s.id.to_string(),
        course: s.course.to_string(),
        course_title: s.course_title.clone(),
        on: s.on,
        trainer: s.trainer.clone(),
        attendee: attendee(a),
    }
}

#[derive(Serialize)]
pub struct GapJson {
    pub employee: String,
    pub name: String,
    pub number: String,
    pub dept_name: String,
    pub position_title: String,
    pub course: String,
    pub course_title: String,
    pub standing: &'static str,
    pub valid_until: Option<NaiveDate>,
}

pub fn gap(g: &GapRow) -> GapJson {
    GapJson {
        employee: g.employee.to_string(),
        name: g.name.clone(),
        number: g.number.clone(),
        dept_name: g.dept_name.clone(),
        position_title: g.position_title.clone(),
        course: g.course.to_string(),
        course_title: g.course_title.clone(),
        standing: g.standing.key(),
        valid_until: g.valid_until,
    }
}

/// `course show --json`.
#[derive(Serialize)]
pub struct CourseViewJson {
    pub course: CourseJson,
    pub sessions: Vec<SessionRowJson>,
    /// The people the asker sees who still need it; `null` for those who
    /// see no one's training but their own.
    pub gaps: Option<Vec<GapJson>>,
}

/// `report training --json`.
#[derive(Serialize)]
pub struct TrainingReportJson {
    pub counts: CountsJson,
    pub items: Vec<GapJson>,
}

#[derive(Serialize)]
pub struct CriterionJson {
    pub key: String,
    pub title: String,
    pub weight: u8,
}

fn criterion(cat: &Catalog, c: &Criterion) -> CriterionJson {
    CriterionJson {
        key: c.key.clone(),
        title: c.title(cat.lang.code()).to_string(),
        weight: c.weight,
    }
}

#[derive(Serialize)]
pub struct GradeJson {
    pub grade: String,
    /// The lowest weighted result that earns it, in hundredths.
    pub min: u16,
}

fn grades(g: &[GradeBand]) -> Vec<GradeJson> {
    g.iter()
        .map(|g| GradeJson {
            grade: g.grade.clone(),
            min: g.min,
        })
        .collect()
}

#[derive(Serialize)]
pub struct StatesJson {
    pub draft: u32,
    pub submitted: u32,
    pub signed_off: u32,
    pub acknowledged: u32,
}

#[derive(Serialize)]
pub struct CycleJson {
    pub id: String,
    pub name: String,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub template: String,
    pub criteria: Vec<CriterionJson>,
    pub grades: Vec<GradeJson>,
    pub self_assessment: bool,
    /// Empty: every department.
    pub depts: Vec<RefJson>,
    pub closed: Option<DateTime<Utc>>,
    pub expected: u32,
    pub states: StatesJson,
}

pub fn cycle(cat: &Catalog, c: &CycleRow) -> CycleJson {
    CycleJson {
        id: c.id.to_string(),
        name: c.name.clone(),
        from: c.from,
        to: c.to,
        template: c.template.clone(),
        criteria: c.criteria.iter().map(|x| criterion(cat, x)).collect(),
        grades: grades(&c.grades),
        self_assessment: c.self_assessment,
        depts: c
            .depts
            .iter()
            .map(|(id, name)| RefJson {
                id: id.to_string(),
                name: name.clone(),
            })
            .collect(),
        closed: c.closed,
        expected: c.expected,
        states: StatesJson {
            draft: c.states[0],
            submitted: c.states[1],
            signed_off: c.states[2],
            acknowledged: c.states[3],
        },
    }
}

#[derive(Serialize)]
pub struct DeptCompletionJson {
    pub dept: String,
    pub name: String,
    pub expected: u32,
    pub scored: u32,
    pub signed_off: u32,
}

#[derive(Serialize)]
pub struct GradeCountJson {
    pub grade: String,
    pub count: u32,
}

/// `cycle show --json` and `report evaluations --json`.
#[derive(Serialize)]
pub struct CycleViewJson {
    pub cycle: CycleJson,
    /// Per department, for those who may read the report; else `null`.
    pub depts: Option<Vec<DeptCompletionJson>>,
    pub grades: Option<Vec<GradeCountJson>>,
}

pub fn cycle_view(cat: &Catalog, c: &CycleRow, r: Option<&EvaluationReport>) -> CycleViewJson {
    CycleViewJson {
        cycle: cycle(cat, c),
        depts: r.map(|r| {
            r.depts
                .iter()
                .map(|d| DeptCompletionJson {
                    dept: d.dept.to_string(),
                    name: d.name.clone(),
                    expected: d.expected,
                    scored: d.scored,
                    signed_off: d.signed_off,
                })
                .collect()
        }),
        grades: r.map(|r| {
            r.grades
                .iter()
                .map(|(grade, count)| GradeCountJson {
                    grade: grade.clone(),
                    count: *count,
                })
                .collect()
        }),
    }
}

#[derive(Serialize)]
pub struct EvalRowJson {
    /// `null` for someone the cycle evaluates who is not scored yet.
    pub id: Option<String>,
    pub kind: &'static str,
    pub cycle: Option<String>,
    pub period: String,
    pub employee: String,
    pub name: String,
    pub number: String,
    pub dept_name: String,
    pub stage: &'static str,
    /// The weighted result in hundredths (385 = 3.85), when the asker may
    /// read the scores.
    pub result: Option<u16>,
    pub grade: Option<String>,
    pub evaluator: String,
    pub since: Option<DateTime<Utc>>,
}

pub fn eval_row(r: &EvalRow) -> EvalRowJson {
    EvalRowJson {
        id: r.id.map(|i| i.to_string()),
        kind: r.kind.key(),
        cycle: r.cycle.map(|c| c.to_string()),
        period: r.period.clone(),
        employee: r.employee.to_string(),
        name: r.name.clone(),
        number: r.number.clone(),
        dept_name: r.dept_name.clone(),
        stage: r.stage.key(),
        result: r.result,
        grade: r.grade.clone(),
        evaluator: r.evaluator.clone(),
        since: r.since,
    }
}

#[derive(Serialize)]
pub struct ScoreJson {
    pub score: u8,
    pub comment: String,
}

fn score(s: &Score) -> ScoreJson {
    ScoreJson {
        score: s.score,
        comment: s.comment.clone(),
    }
}

#[derive(Serialize)]
pub struct CriterionScoreJson {
    pub key: String,
    pub title: String,
    pub weight: u8,
    /// The evaluator's score, or `null` before it is given.
    pub score: Option<ScoreJson>,
    /// The employee's own, when they gave one.
    pub own: Option<ScoreJson>,
}

#[derive(Serialize)]
pub struct EvalMayJson {
    pub score: bool,
    pub submit: bool,
    pub sign: bool,
    pub acknowledge: bool,
}

#[derive(Serialize)]
pub struct EvalViewJson {
    pub row: EvalRowJson,
    /// Empty when the scores are not for the asker yet (`scores_hidden`).
    pub criteria: Vec<CriterionScoreJson>,
    pub grades: Vec<GradeJson>,
    pub scores_hidden: bool,
    pub steps: Vec<StepJson>,
    pub signatures: Vec<SignatureJson>,
    /// The waiting step's number (from 1), or `null`.
    pub next_step: Option<u32>,
    pub seen: SeenJson,
    pub remark: String,
    pub acknowledged: Option<DateTime<Utc>>,
    pub may: EvalMayJson,
    /// The commands the asker can run next, as `evaluation show` prints them.
    pub next: Vec<String>,
}

pub fn eval_view(cat: &Catalog, v: &EvalView, next: Vec<String>) -> EvalViewJson {
    EvalViewJson {
        row: eval_row(&v.row),
        criteria: v
            .criteria
            .iter()
            .map(|c| CriterionScoreJson {
                key: c.criterion.key.clone(),
                title: c.criterion.title(cat.lang.code()).to_string(),
                weight: c.criterion.weight,
                score: c.score.as_ref().map(score),
                own: c.own.as_ref().map(score),
            })
            .collect(),
        grades: grades(&v.grades),
        scores_hidden: v.scores_hidden,
        steps: v
            .steps
            .iter()
            .enumerate()
            .map(|(i, s)| step(i, s))
            .collect(),
        signatures: v.signatures.iter().map(signature).collect(),
        next_step: v
            .next_step
            .as_ref()
            .and_then(|n| v.steps.iter().position(|s| s == n))
            .map(|i| i as u32 + 1),
        seen: SeenJson {
            round: v.seen.round,
            digest: v.seen.digest.clone(),
        },
        remark: v.remark.clone(),
        acknowledged: v.acknowledged,
        may: EvalMayJson {
            score: v.may.score,
            submit: v.may.submit,
            sign: v.may.sign,
            acknowledge: v.may.acknowledge,
        },
        next,
    }
}

#[derive(Serialize)]
pub struct RequiredJson {
    pub course: String,
    pub title: String,
    pub standing: &'static str,
    pub passed: Option<NaiveDate>,
    pub valid_until: Option<NaiveDate>,
}

#[derive(Serialize)]
pub struct TrainingRecordJson {
    /// `null` for onboarding training recorded at the hire.
    pub session: Option<String>,
    pub course: Option<String>,
    pub title: String,
    pub kind: &'static str,
    pub on: NaiveDate,
    pub trainer: String,
    /// `null`: enrolled, no result yet.
    pub passed: Option<bool>,
    pub score: Option<u8>,
    pub certificate: String,
    pub note: String,
    pub valid_until: Option<NaiveDate>,
}

/// `employee training EMP --json`.
#[derive(Serialize)]
pub struct ReviewRecordJson {
    pub employee: String,
    pub name: String,
    pub position_title: String,
    pub required: Vec<RequiredJson>,
    pub training: Vec<TrainingRecordJson>,
    pub evaluations: Vec<EvalRowJson>,
}

pub fn review_record(r: &ReviewRecord) -> ReviewRecordJson {
    ReviewRecordJson {
        employee: r.employee.to_string(),
        name: r.name.clone(),
        position_title: r.position_title.clone(),
        required: r
            .required
            .iter()
            .map(|q| RequiredJson {
                course: q.course.to_string(),
                title: q.title.clone(),
                standing: q.standing.key(),
                passed: q.passed,
                valid_until: q.valid_until,
            })
            .collect(),
        training: r
            .training
            .iter()
            .map(|t| TrainingRecordJson {
                session: t.session.map(|s| s.to_string()),
                course: t.course.map(|c| c.to_string()),
                title: t.title.clone(),
                kind: t.kind.key(),
                on: t.on,
                trainer: t.trainer.clone(),
                passed: t.passed,
                score: t.score,
                certificate: t.certificate.clone(),
                note: t.note.clone(),
                valid_until: t.valid_until,
            })
            .collect(),
        evaluations: r.evaluations.iter().map(eval_row).collect(),
    }
}

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
