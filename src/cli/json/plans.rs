//! The JSON shapes of headcount plans: a row of the list, and one plan in
//! full with its changes, steps, signatures and timeline.

use super::*;

#[derive(Serialize)]
pub struct PlanRowJson {
    pub id: String,
    pub title: String,
    pub author: String,
    pub state: &'static str,
    pub lines: u32,
    pub since: DateTime<Utc>,
    pub waiting_for: Option<&'static str>,
    pub conflicts: Vec<String>,
    pub overtaken_by: Vec<String>,
}

pub fn plan_row(r: &PlanRow) -> PlanRowJson {
    PlanRowJson {
        id: r.id.to_string(),
        title: r.title.clone(),
        author: r.author.clone(),
        state: r.state.key(),
        lines: r.lines,
        since: r.since,
        waiting_for: r.waiting_for.map(Role::key),
        conflicts: ids(&r.conflicts),
        overtaken_by: ids(&r.overtaken_by),
    }
}

/// A plan line's change, by kind.
#[derive(Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ChangeJson {
    NewPosition {
        dept: String,
        title: String,
        duties: String,
        headcount: u32,
    },
    SetHeadcount {
        position: String,
        headcount: u32,
    },
    ChangeDuties {
        position: String,
        duties: String,
    },
    ClosePosition {
        position: String,
    },
}

pub fn change(l: &PlanLine) -> ChangeJson {
    match l {
        PlanLine::NewPosition {
            dept,
            title,
            duties,
            headcount,
        } => ChangeJson::NewPosition {
            dept: dept.to_string(),
            title: title.clone(),
            duties: duties.clone(),
            headcount: *headcount,
        },
        PlanLine::SetHeadcount {
            position,
            headcount,
        } => ChangeJson::SetHeadcount {
            position: position.to_string(),
            headcount: *headcount,
        },
        PlanLine::ChangeDuties { position, duties } => ChangeJson::ChangeDuties {
            position: position.to_string(),
            duties: duties.clone(),
        },
        PlanLine::ClosePosition { position } => ChangeJson::ClosePosition {
            position: position.to_string(),
        },
    }
}

#[derive(Serialize)]
pub struct LineJson {
    pub no: u32,
    #[serde(flatten)]
    pub change: ChangeJson,
    pub dept_name: String,
    pub position_title: Option<String>,
    /// What the change is judged against: the figures when the plan was
    /// submitted (`at_submission`), or today's.
    pub current: Option<u32>,
    pub current_duties: Option<String>,
    pub at_submission: bool,
    pub now_approved: Option<u32>,
    pub now_duties: Option<String>,
    pub occupied: Option<u32>,
    pub also_in: Vec<String>,
    pub overtaken: bool,
    pub overtaken_by: Option<String>,
    pub problem: Option<Problem>,
}

#[derive(Serialize)]
pub struct StepJson {
    pub no: u32,
    pub key: String,
    pub role: &'static str,
    pub scoped: bool,
}

#[derive(Serialize)]
pub struct PaperJson {
    pub reference: String,
    pub recorded_by: String,
    pub confirmed_by: Option<String>,
}

#[derive(Serialize)]
pub struct SignatureJson {
    pub round: u32,
    /// The step signed, from 1.
    pub step: u32,
    pub decision: &'static str,
    pub signer: String,
    pub for_whom: Option<String>,
    pub paper: Option<PaperJson>,
    pub at: DateTime<Utc>,
    pub comment: String,
    /// The digest of the plan as the signer saw it, hex.
    pub seen: String,
}

pub fn signature(s: &Signature) -> SignatureJson {
    SignatureJson {
        round: s.round,
        step: s.step as u32 + 1,
        decision: s.decision.key(),
        signer: s.signer.clone(),
        for_whom: s.for_whom.clone(),
        paper: s.paper.as_ref().map(|p| PaperJson {
            reference: p.reference.clone(),
            recorded_by: p.recorded_by.clone(),
            confirmed_by: p.confirmed_by.clone(),
        }),
        at: s.at,
        comment: s.comment.clone(),
        seen: s.seen.hex(),
    }
}

#[derive(Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum TimelineJson {
    Submitted {
        round: u32,
        by: String,
        at: DateTime<Utc>,
        comment: String,
        resubmitted: bool,
    },
    Signed(SignatureJson),
    Withdrawn {
        by: String,
        at: DateTime<Utc>,
        comment: String,
    },
}

#[derive(Serialize)]
pub struct PendingPaperJson {
    pub signer: String,
    pub decision: &'static str,
    pub reference: String,
    pub recorded_by: String,
    pub comment: String,
}

#[derive(Serialize)]
pub struct SeenJson {
    pub round: u32,
    pub digest: String,
}

#[derive(Serialize)]
pub struct PlanJson {
    pub id: String,
    pub title: String,
    pub note: String,
    pub author: String,
    pub state: &'static str,
    pub created: DateTime<Utc>,
    pub since: DateTime<Utc>,
    pub round: u32,
    pub seen: SeenJson,
    pub lines: Vec<LineJson>,
    pub steps: Vec<StepJson>,
    /// The step that waits, from 1.
    pub next_step: Option<u32>,
    pub timeline: Vec<TimelineJson>,
    pub pending_paper: Option<PendingPaperJson>,
    pub overtaken_by: Vec<String>,
    pub conflicts: Vec<String>,
    pub can_edit: bool,
    pub can_sign: bool,
    /// Set when the asker signs for someone else (a delegation).
    pub signs_for: Option<String>,
    pub can_withdraw: bool,
    pub can_delete: bool,
    pub sign_refusal: Option<Problem>,
    pub edit_refusal: Option<Problem>,
}

pub(super) fn step(i: usize, s: &StepTemplate) -> StepJson {
    StepJson {
        no: i as u32 + 1,
        key: s.key.clone(),
        role: s.role.key(),
        scoped: s.scoped,
    }
}

pub fn plan(cat: &Catalog, v: &PlanView) -> PlanJson {
    PlanJson {
        id: v.id.to_string(),
        title: v.title.clone(),
        note: v.note.clone(),
        author: v.author.clone(),
        state: v.state.key(),
        created: v.created,
        since: v.since,
        round: v.round,
        seen: SeenJson {
            round: v.seen.round,
            digest: v.seen.digest.clone(),
        },
        lines: v
            .lines
            .iter()
            .map(|l| LineJson {
                no: l.no.0,
                change: change(&l.line),
                dept_name: l.dept_name.clone(),
                position_title: l.position_title.clone(),
                current: l.current,
                current_duties: l.current_duties.clone(),
                at_submission: l.at_submission,
                now_approved: l.now_approved,
                now_duties: l.now_duties.clone(),
                occupied: l.occupied,
                also_in: ids(&l.also_in),
                overtaken: l.overtaken,
                overtaken_by: l.overtaken_by.map(|p| p.to_string()),
                problem: l.problem.as_ref().map(|e| problem(cat, e)),
            })
            .collect(),
        steps: v
            .steps
            .iter()
            .enumerate()
            .map(|(i, s)| step(i, s))
            .collect(),
        next_step: v.next_step.map(|i| i as u32 + 1),
        timeline: v
            .timeline
            .iter()
            .map(|e| match e {
                TimelineEntry::Submitted {
                    round,
                    by,
                    at,
                    comment,
                    resubmitted,
                } => TimelineJson::Submitted {
                    round: *round,
                    by: by.clone(),
                    at: *at,
                    comment: comment.clone(),
                    resubmitted: *resubmitted,
                },
                TimelineEntry::Signed(s) => TimelineJson::Signed(signature(s)),
                TimelineEntry::Withdrawn(w) => TimelineJson::Withdrawn {
                    by: w.by.clone(),
                    at: w.at,
                    comment: w.comment.clone(),
                },
            })
            .collect(),
        pending_paper: v.pending_paper.as_ref().map(|p| PendingPaperJson {
            signer: p.signer.clone(),
            decision: p.decision.key(),
            reference: p.paper.reference.clone(),
            recorded_by: p.paper.recorded_by.clone(),
            comment: p.comment.clone(),
        }),
        overtaken_by: ids(&v.overtaken_by),
        conflicts: ids(&v.conflicts),
        can_edit: v.can_edit,
        can_sign: v.can_sign.is_some(),
        signs_for: v.can_sign.clone().flatten(),
        can_withdraw: v.can_withdraw,
        can_delete: v.can_delete,
        sign_refusal: v.sign_refusal.as_ref().map(|e| problem(cat, e)),
        edit_refusal: v.edit_refusal.as_ref().map(|e| problem(cat, e)),
    }
}
