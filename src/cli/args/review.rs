//! The options of evaluation and training: the course catalog, sessions and
//! their results, evaluation cycles, evaluations, and the reports of both.
//!
//! Only the shape of what is typed is checked here (`key=value`, a date, an
//! id). What a value means — a score of 7, weights that do not add up to
//! 100, hours of `abc` — is said by the domain's own refusals, translated,
//! with nothing written (`cli::review`).

use super::{ListArgs, parse_day};
use crate::domain::review::CourseKind;
use crate::domain::*;
use chrono::NaiveDate;
use clap::{ArgGroup, Args, Subcommand};

#[derive(Subcommand, Debug)]
pub enum CourseCmd {
    /// The training catalog: each course's kind, hours, the positions that
    /// require it, how often it is renewed and (for HR) where people stand
    List {
        #[command(flatten)]
        list: ListArgs,
        /// Closed courses too
        #[arg(long)]
        all: bool,
    },
    /// One course: its sessions and the people who still need it
    Show {
        /// The course (CRS-001)
        id: CourseId,
        /// Print JSON (see docs/json.md)
        #[arg(long)]
        json: bool,
    },
    /// Add a course to the catalog (HR); prints its id
    Add(Box<AddCourseArgs>),
    /// Change a course (HR); what you leave out stays
    Edit(Box<EditCourseArgs>),
    /// Close a course: no more sessions; the passes it gave still count (HR)
    Close {
        /// The course (CRS-001)
        id: CourseId,
        /// Why, for the audit log
        #[arg(long, short = 'm', default_value = "")]
        comment: String,
    },
}

#[derive(Args, Debug)]
pub struct AddCourseArgs {
    /// The course's title
    pub title: String,
    /// Its length in hours, to a tenth: 1.5, 8
    #[arg(long, value_name = "HOURS")]
    pub hours: String,
    /// onboarding, professional, safety, compliance or other
    #[arg(long, value_parser = parse_course_kind)]
    pub kind: CourseKind,
    /// A position whose holders must have passed it (POS-003; repeat for several)
    #[arg(long = "required-for", value_name = "POS")]
    pub required_for: Vec<PositionId>,
    /// How many months a pass stays valid (leave out: for good)
    #[arg(long, value_name = "N")]
    pub renew_months: Option<u32>,
    /// A note for the audit log
    #[arg(long, short = 'm', default_value = "")]
    pub comment: String,
}

#[derive(Args, Debug)]
pub struct EditCourseArgs {
    /// The course (CRS-001)
    pub id: CourseId,
    /// A new title
    #[arg(long)]
    pub title: Option<String>,
    /// A new length in hours, to a tenth
    #[arg(long, value_name = "HOURS")]
    pub hours: Option<String>,
    /// A new kind: onboarding, professional, safety, compliance or other
    #[arg(long, value_parser = parse_course_kind)]
    pub kind: Option<CourseKind>,
    /// The positions that require it from now on, replacing the old ones
    /// (repeat for several)
    #[arg(
        long = "required-for",
        value_name = "POS",
        conflicts_with = "not_required"
    )]
    pub required_for: Vec<PositionId>,
    /// No position requires it any more
    #[arg(long)]
    pub not_required: bool,
    /// How many months a pass stays valid from now on
    #[arg(long, value_name = "N", conflicts_with = "no_renewal")]
    pub renew_months: Option<u32>,
    /// A pass stays valid for good
    #[arg(long)]
    pub no_renewal: bool,
    /// A note for the audit log
    #[arg(long, short = 'm', default_value = "")]
    pub comment: String,
}

#[derive(Subcommand, Debug)]
pub enum SessionCmd {
    /// Training sessions you may see, newest first: the course, the day, the
    /// trainer, how many attended and passed
    List {
        #[command(flatten)]
        list: ListArgs,
        /// Only the sessions of this course (CRS-001)
        #[arg(long)]
        course: Option<CourseId>,
    },
    /// One session: its attendees and each one's result
    Show {
        /// The session (TS-0001)
        id: SessionId,
        /// Print JSON (see docs/json.md)
        #[arg(long)]
        json: bool,
    },
    /// Plan a session of a course, with its attendees; prints its id
    Plan {
        /// The course (CRS-001)
        course: CourseId,
        /// The day, YYYY-MM-DD
        #[arg(long, value_name = "DATE", value_parser = parse_day)]
        on: NaiveDate,
        /// Who gives it
        #[arg(long)]
        trainer: String,
        /// An attendee, by id (EMP-0001) or staff number (repeat for several)
        #[arg(long = "attendee", value_name = "EMP")]
        attendees: Vec<String>,
        /// A note for the audit log
        #[arg(long, short = 'm', default_value = "")]
        comment: String,
    },
    /// Add attendees to a session
    Enroll {
        /// The session (TS-0001)
        session: SessionId,
        /// The employees, by id (EMP-0001) or staff number
        #[arg(required = true, value_name = "EMP")]
        employees: Vec<String>,
        /// Why, when the session was already held (HR corrects its list)
        #[arg(long, short = 'm', default_value = "")]
        comment: String,
    },
}

/// `renshi result TS-0001 EMP-0001 --passed|--failed`.
#[derive(Args, Debug)]
#[command(group(ArgGroup::new("outcome").required(true).args(["passed", "failed"])))]
pub struct ResultArgs {
    /// The session (TS-0001)
    pub session: SessionId,
    /// The attendee, by id (EMP-0001) or staff number
    pub employee: String,
    /// They passed
    #[arg(long)]
    pub passed: bool,
    /// They did not pass
    #[arg(long)]
    pub failed: bool,
    /// Their score, 0 to 100, when the course is scored
    #[arg(long, value_name = "N")]
    pub score: Option<String>,
    /// The certificate number that goes with a pass
    #[arg(long, default_value = "")]
    pub certificate: String,
    /// A note kept with the result
    #[arg(long, short = 'm', default_value = "")]
    pub comment: String,
}

#[derive(Subcommand, Debug)]
pub enum CycleCmd {
    /// Evaluation cycles, newest first, with how far each has come
    List {
        #[command(flatten)]
        list: ListArgs,
    },
    /// One cycle: its period, criteria and weights, grades, and how far
    /// each department has come
    Show {
        /// The cycle (CYC-01)
        id: CycleId,
        /// Print JSON (see docs/json.md)
        #[arg(long)]
        json: bool,
    },
    /// Open a cycle with a template of data/evaluation.toml (HR); prints its id
    Open(Box<OpenCycleArgs>),
    /// Close a cycle: nothing more is scored or submitted in it (HR head)
    Close {
        /// The cycle (CYC-01)
        id: CycleId,
        /// Why, for the audit log
        #[arg(long, short = 'm', default_value = "")]
        comment: String,
    },
}

#[derive(Args, Debug)]
pub struct OpenCycleArgs {
    /// The cycle's name ("2026 annual review")
    pub name: String,
    /// Its first day, YYYY-MM-DD
    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    pub from: NaiveDate,
    /// Its last day, YYYY-MM-DD
    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    pub to: NaiveDate,
    /// The template of data/evaluation.toml: annual or probation
    #[arg(long, default_value = "annual")]
    pub template: String,
    /// A criterion's weight in percent for this cycle, as KEY=N (quality=40;
    /// repeat for several): the weights must add up to 100
    #[arg(long = "weight", value_name = "KEY=N", value_parser = parse_weight)]
    pub weights: Vec<(String, u8)>,
    /// Each employee assesses themselves first
    #[arg(long)]
    pub self_assessment: bool,
    /// Only this department and those below it (repeat for several; default: all)
    #[arg(long = "dept", value_name = "DEP")]
    pub depts: Vec<DeptId>,
    /// A note for the audit log
    #[arg(long, short = 'm', default_value = "")]
    pub comment: String,
}

#[derive(Subcommand, Debug)]
pub enum EvaluationCmd {
    /// Evaluations you may see, newest first; with --cycle, everyone the
    /// cycle evaluates, those not scored yet too
    List {
        #[command(flatten)]
        list: ListArgs,
        /// Only this cycle (CYC-01)
        #[arg(long)]
        cycle: Option<CycleId>,
    },
    /// One evaluation: the scores (once you may read them), the weighted
    /// result and grade, the sign-off and what you can do next
    Show {
        /// The evaluation (EV-0001)
        #[arg(add = clap_complete::ArgValueCandidates::new(crate::cli::complete::eval_ids))]
        id: EvalId,
        /// Print JSON (see docs/json.md)
        #[arg(long)]
        json: bool,
    },
    /// Score an employee in a cycle, every criterion 1 to 5 (their department
    /// head, or HR); scoring again before it is submitted replaces the scores
    Score(Box<ScoreArgs>),
    /// Your own scores, when the cycle asks for a self-assessment
    #[command(name = "self")]
    SelfAssess(Box<SelfArgs>),
    /// Send a scored evaluation for sign-off
    Submit {
        /// The evaluation (EV-0001)
        id: EvalId,
        /// A word to the signers
        #[arg(long, short = 'm', default_value = "")]
        comment: String,
    },
    /// Acknowledge your evaluation once it is signed off; -m adds your remark
    /// beside the scores, which it cannot change
    Ack {
        /// The evaluation (EV-0001)
        #[arg(add = clap_complete::ArgValueCandidates::new(crate::cli::complete::eval_ids))]
        id: EvalId,
        /// Your remark
        #[arg(long, short = 'm', default_value = "")]
        comment: String,
    },
}

/// Scores as typed: `--score quality=4` (repeat), `--note quality="text"`.
#[derive(Args, Debug)]
pub struct ScoresArgs {
    /// A criterion's score, as KEY=N with N from 1 to 5 (quality=4; one for
    /// every criterion of the cycle's template)
    #[arg(long = "score", value_name = "KEY=N", required = true, value_parser = parse_pair)]
    pub scores: Vec<(String, String)>,
    /// What you write about a criterion, as KEY=TEXT (quality="Clean drawings")
    #[arg(long = "note", value_name = "KEY=TEXT", value_parser = parse_pair)]
    pub notes: Vec<(String, String)>,
}

#[derive(Args, Debug)]
pub struct ScoreArgs {
    /// The cycle (CYC-01)
    pub cycle: CycleId,
    /// The employee, by id (EMP-0001) or staff number
    pub employee: String,
    #[command(flatten)]
    pub scores: ScoresArgs,
    /// A note for the audit log
    #[arg(long, short = 'm', default_value = "")]
    pub comment: String,
}

#[derive(Args, Debug)]
pub struct SelfArgs {
    /// The cycle (CYC-01)
    pub cycle: CycleId,
    #[command(flatten)]
    pub scores: ScoresArgs,
}

fn parse_course_kind(s: &str) -> Result<CourseKind, String> {
    CourseKind::parse(s).ok_or_else(|| {
        let all: Vec<&str> = CourseKind::ALL.iter().map(|k| k.key()).collect();
        format!(
            "`{s}` is not a kind of course: use one of {}",
            all.join(", ")
        )
    })
}

/// `KEY=VALUE`, the key trimmed and lower-cased; the value is for the
/// command to judge (a score of `abc` is refused by the domain's words).
pub fn parse_pair(s: &str) -> Result<(String, String), String> {
    match s.split_once('=') {
        Some((k, v)) if !k.trim().is_empty() => Ok((k.trim().to_lowercase(), v.to_string())),
        _ => Err(format!(
            "`{s}` is not KEY=VALUE: name the criterion, then `=`, like quality=4"
        )),
    }
}

/// `KEY=N`, N a whole percent from 1 to 100.
pub fn parse_weight(s: &str) -> Result<(String, u8), String> {
    let (key, value) = parse_pair(s).map_err(|_| {
        format!("`{s}` is not a weight: write KEY=N, a criterion and its percent, like quality=40")
    })?;
    match value.trim().parse::<u8>() {
        Ok(n) if (1..=100).contains(&n) => Ok((key, n)),
        _ => Err(format!(
            "`{s}` is not a weight: give {key} a whole percent from 1 to 100, like {key}=40 \
             (the weights must add up to 100)"
        )),
    }
}
