//! Signing a plan: who may sign it and how, the digest that binds a
//! signature to the plan as it was shown, and plans overtaken by another
//! approved since they were submitted (which no one may approve).

use super::*;

/// The overtaken lines of `plan`; empty unless it is submitted. (Drafts and
/// returned plans are judged against today's figures: they get a fresh
/// baseline when submitted.)
pub fn overtaken(company: &Company, plan: &Plan) -> Vec<Overtaking> {
    if plan.state != PlanState::Submitted {
        return Vec::new();
    }
    let Some(submitted) = plan.submissions.last().map(|s| s.at) else {
        return Vec::new();
    };
    plan.items
        .iter()
        .filter_map(|i| {
            let b = i.baseline.as_ref()?;
            let position = i.line.position()?;
            let p = company.positions.get(&position)?;
            let changed =
                p.closed || p.approved != b.approved || p.duties.trim() != b.duties.trim();
            changed.then(|| Overtaking {
                no: i.no,
                position,
                by: changed_by(company, plan.id, position, submitted),
            })
        })
        .collect()
}

/// The latest plan other than `this`, approved at or after `after`, that
/// changes `position`.
pub(super) fn changed_by(
    company: &Company,
    this: PlanId,
    position: PositionId,
    after: chrono::DateTime<chrono::Utc>,
) -> Option<PlanId> {
    company
        .plans
        .values()
        .filter(|o| o.id != this && o.state == PlanState::Approved && o.since >= after)
        .filter(|o| o.lines().any(|l| l.position() == Some(position)))
        .max_by_key(|o| (o.since, o.id))
        .map(|o| o.id)
}

/// Refuses approving a plan that another approved plan overtook, naming it.
pub(super) fn not_overtaken(company: &Company, plan: &Plan) -> Result<(), DomainError> {
    match overtaken(company, plan).first() {
        None => Ok(()),
        Some(o) => Err(DomainError::Overtaken {
            plan: plan.id.to_string(),
            position: o.position.to_string(),
            by: o.by.map_or_else(|| "?".to_string(), |b| b.to_string()),
        }),
    }
}

pub(super) fn recorder(sig: &Signature) -> String {
    sig.paper
        .as_ref()
        .map(|p| p.recorded_by.clone())
        .unwrap_or_default()
}

/// A submitted plan, refused when it changed since the signer saw it.
pub(super) fn awaiting<'a>(
    company: &'a Company,
    id: PlanId,
    seen: &Seen,
) -> Result<&'a Plan, DomainError> {
    let p = plan(company, id)?;
    if p.state != PlanState::Submitted {
        return Err(DomainError::NotAwaitingSignature {
            plan: id.to_string(),
            state: p.state.key().into(),
        });
    }
    p.signoff.check_seen(&id.to_string(), seen, &digest(p))?;
    Ok(p)
}

/// The capacity in which the named signer of a paper sign-off could have signed.
pub(super) fn paper_capacity(
    company: &Company,
    plan: &Plan,
    who: &User,
    ctx: &Ctx,
) -> Result<Capacity, DomainError> {
    match signing_capacity(company, plan, who, ctx.today) {
        Err(DomainError::NotYourTurn { step, role, .. }) => {
            Err(DomainError::PaperSignerCannotSign {
                login: who.login.clone(),
                step,
                role,
            })
        }
        other => other,
    }
}

/// Whether `user` may sign `plan` now, and for whom; the error says why not.
pub fn signing_capacity(
    company: &Company,
    plan: &Plan,
    user: &User,
    today: chrono::NaiveDate,
) -> Result<Capacity, DomainError> {
    if plan.state != PlanState::Submitted {
        return Err(DomainError::NotAwaitingSignature {
            plan: plan.id.to_string(),
            state: plan.state.key().into(),
        });
    }
    let depts = company.plan_depts(plan);
    plan.signoff
        .capacity(&plan.id.to_string(), company, user, &depts, today)
}

/// The digest of everything a signer is shown: the plan's words, each change
/// with what stood when it was submitted, the round and the author's comment.
pub fn digest(plan: &Plan) -> Digest {
    let mut h = Hasher::new("headcount_plan");
    h.num(u64::from(plan.id.0))
        .num(u64::from(plan.signoff.round))
        .str(&plan.title)
        .str(&plan.note)
        .str(&plan.author);
    if let Some(s) = plan.submissions.last() {
        h.str(&s.comment);
    }
    for i in &plan.items {
        h.num(u64::from(i.no.0)).str(i.line.kind());
        match &i.line {
            PlanLine::NewPosition {
                dept,
                title,
                duties,
                headcount,
            } => {
                h.num(u64::from(dept.0))
                    .str(title)
                    .str(duties)
                    .num(u64::from(*headcount));
            }
            PlanLine::SetHeadcount {
                position,
                headcount,
            } => {
                h.num(u64::from(position.0)).num(u64::from(*headcount));
            }
            PlanLine::ChangeDuties { position, duties } => {
                h.num(u64::from(position.0)).str(duties);
            }
            PlanLine::ClosePosition { position } => {
                h.num(u64::from(position.0));
            }
        }
        if let Some(b) = &i.baseline {
            h.num(u64::from(b.approved)).str(&b.duties);
        }
    }
    h.finish()
}

pub(super) fn signature(
    plan: &Plan,
    decision: Decision,
    signer: &str,
    cap: Capacity,
    comment: &str,
    ctx: &Ctx,
) -> Result<Signature, DomainError> {
    if decision.needs_comment() && comment.trim().is_empty() {
        return Err(DomainError::CommentRequired);
    }
    Ok(Signature {
        round: plan.signoff.round,
        step: plan.signoff.next.unwrap_or(0),
        decision,
        signer: signer.into(),
        for_whom: cap.for_whom(),
        paper: None,
        at: ctx.now,
        comment: comment.trim().into(),
        seen: digest(plan),
    })
}

/// The signature, and when it completes the chain with approval, the changes it applies.
pub(super) fn signed_events(
    company: &Company,
    plan: &Plan,
    signature: Signature,
    ctx: &Ctx,
) -> Result<Vec<Event>, DomainError> {
    let approves = plan.signoff.outcome_of(signature.decision) == Outcome::Approved;
    let mut events = vec![Event::PlanSigned {
        id: plan.id,
        signature,
    }];
    if approves {
        events.extend(apply(company, plan, ctx)?);
    }
    Ok(events)
}
