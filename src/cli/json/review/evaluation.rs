//! The JSON of cycles, evaluations and one person's record.

use super::*;

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
