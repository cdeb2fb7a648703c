//! Signing a plan: who may sign it and how, the digest that binds a
//! signature to the plan as it was shown, and plans overtaken by another
//! approved since they were submitted (which no one may approve).

use super::*;
use crate::domain::sign::Signable;

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

impl Signable for Plan {
    fn case(&self) -> String {
        self.id.to_string()
    }

    fn signoff(&self) -> &crate::domain::signoff::SignoffCase {
        &self.signoff
    }

    fn awaiting(&self) -> Result<(), DomainError> {
        if self.state == PlanState::Submitted {
            Ok(())
        } else {
            Err(DomainError::NotAwaitingSignature {
                plan: self.id.to_string(),
                state: self.state.key().into(),
            })
        }
    }

    fn digest(&self, _company: &Company) -> Digest {
        digest(self)
    }

    fn subject(&self, company: &Company) -> Vec<DeptId> {
        company.plan_depts(self)
    }
}

/// Whether `user` may sign `plan` now, and for whom; the error says why not.
pub fn signing_capacity(
    company: &Company,
    plan: &Plan,
    user: &User,
    today: chrono::NaiveDate,
) -> Result<Capacity, DomainError> {
    sign::capacity(company, plan, user, today)
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
