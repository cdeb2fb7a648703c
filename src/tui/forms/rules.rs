//! What a form checks as the user types (the domain's own rules) and the
//! command it becomes when saved.

use super::*;

/// A day as people write it in a form: YYYY-MM-DD.
pub use crate::domain::time::parse_day;

impl Form {
    /// The roles ticked, each scoped one with the department chosen (or
    /// the departments it had, when the first of them is still the one
    /// chosen: a head of three departments keeps all three).
    fn grants(&self, previous: &[RoleGrant]) -> Vec<RoleGrant> {
        let dept = self.choice_of(FieldId::Dept).map(DeptId);
        self.flags_of(FieldId::Roles)
            .into_iter()
            .filter_map(|i| Role::ALL.get(i as usize).copied())
            .map(|role| {
                let depts = if !role.is_scoped() {
                    Vec::new()
                } else {
                    match previous.iter().find(|g| g.role == role) {
                        Some(g) if g.depts.first().copied() == dept => g.depts.clone(),
                        _ => dept.into_iter().collect(),
                    }
                };
                RoleGrant { role, depts }
            })
            .collect()
    }

    /// The problem with one field as it stands, if any.
    pub fn problem(&self, id: FieldId) -> Option<DomainError> {
        if let FormKind::People(p) = &self.kind {
            return self.people_problem(p, id).err();
        }
        if let FormKind::Recruit(r) = &self.kind {
            return self.recruit_problem(r, id).err();
        }
        if let FormKind::Erase(_) = &self.kind {
            return self.erase_problem(id).err();
        }
        if let FormKind::Offboard(o) = &self.kind {
            return self.offboard_problem(o, id).err();
        }
        if let FormKind::Review(r) = &self.kind {
            return self.review_problem(r, id).err();
        }
        let text = self.text_of(id);
        let t = text.as_str();
        let res = match (id, &self.kind) {
            (FieldId::Title, FormKind::Line { .. }) => {
                text::line("field.position_title", t, MAX_TITLE, false).map(|_| ())
            }
            (FieldId::Title, _) => text::line("field.plan_title", t, MAX_TITLE, false).map(|_| ()),
            (FieldId::Login, _) => crate::domain::users::new_login(t).map(|_| ()),
            (FieldId::DisplayName, _) => {
                text::line("field.display_name", t, MAX_NAME, false).map(|_| ())
            }
            (FieldId::DelegateTo, _) => text::line("field.login", t, MAX_TITLE, false).map(|_| ()),
            (FieldId::Until, _) => parse_day(t).map(|_| ()),
            (FieldId::Comment, FormKind::Delegate) => {
                text::block("field.comment", t, MAX_TEXT, true).map(|_| ())
            }
            (FieldId::Note, _) => text::block("field.note", t, MAX_TEXT, true).map(|_| ()),
            (FieldId::Duties, _) => {
                let may_be_empty = self.choice_of(FieldId::LineKind) == Some(KIND_NEW);
                text::block("field.duties", t, MAX_TEXT, may_be_empty).map(|_| ())
            }
            (FieldId::Headcount, _) => parse_headcount(t).and_then(|n| self.check_seats(n)),
            (FieldId::PaperRef, _) => {
                text::line("field.paper_ref", t, MAX_TITLE, false).map(|_| ())
            }
            (FieldId::Comment, FormKind::Paper { .. }) => {
                if self.paper_decision().needs_comment() && t.trim().is_empty() {
                    Err(DomainError::CommentRequired)
                } else {
                    text::block("field.comment", t, MAX_TEXT, true).map(|_| ())
                }
            }
            (FieldId::Signer, _) if self.choice_of(id).is_none() => Err(DomainError::EmptyField {
                field: id.label_key().into(),
            }),
            // Not "to reject or return": what is done here is discarding.
            (FieldId::Comment, FormKind::DiscardPaper { .. }) if t.trim().is_empty() => {
                Err(DomainError::ReasonRequired {
                    action: "action.discard_paper".into(),
                })
            }
            (FieldId::Comment, FormKind::Withdraw { .. }) if t.trim().is_empty() => {
                Err(DomainError::CommentRequired)
            }
            (FieldId::Comment, FormKind::Sign { decision, .. }) => {
                if decision.needs_comment() && t.trim().is_empty() {
                    Err(DomainError::CommentRequired)
                } else {
                    text::block("field.comment", t, MAX_TEXT, true).map(|_| ())
                }
            }
            (FieldId::Dept | FieldId::Position, _) if self.choice_of(id).is_none() => {
                Err(DomainError::EmptyField {
                    field: id.label_key().into(),
                })
            }
            _ => Ok(()),
        };
        res.err()
    }

    pub(super) fn selected_position(&self, id: u32) -> Option<&PositionRow> {
        self.positions.iter().find(|p| p.id.0 == id)
    }

    /// A new headcount for an existing position: not below the seats taken,
    /// and not what it already is. The service checks the same on save.
    pub(super) fn check_seats(&self, n: u32) -> Result<(), DomainError> {
        if self.choice_of(FieldId::LineKind) != Some(KIND_HEADCOUNT) {
            return Ok(());
        }
        let Some(pos) = self.choice_of(FieldId::Position) else {
            return Ok(());
        };
        let Some(row) = self.selected_position(pos) else {
            return Ok(());
        };
        let position = row.id.to_string();
        let occupied = row.filled + row.reserved;
        if n < occupied {
            return Err(DomainError::HeadcountBelowOccupied {
                position,
                title: row.title.clone(),
                requested: n,
                occupied,
                short: occupied - n,
            });
        }
        if n == row.approved {
            return Err(DomainError::NoChange { position });
        }
        Ok(())
    }

    /// The command this form saves as; `Err` names the first invalid field.
    pub fn command(&self) -> Result<(Command, String), DomainError> {
        if let Some((_, e)) = self.first_problem() {
            return Err(e);
        }
        let t = |id| self.text_of(id);
        Ok(match &self.kind {
            FormKind::People(p) => self.people_command(p)?,
            FormKind::Recruit(r) => self.recruit_command(r)?,
            FormKind::Offboard(o) => self.offboard_command(o)?,
            FormKind::Review(r) => self.review_command(r)?,
            FormKind::Erase(e) => (e.command(), t(FieldId::Comment)),
            FormKind::NewPlan => (
                Command::DraftPlan {
                    title: t(FieldId::Title),
                    note: t(FieldId::Note),
                },
                String::new(),
            ),
            FormKind::EditPlan(id) => (
                Command::EditPlan {
                    id: *id,
                    title: t(FieldId::Title),
                    note: t(FieldId::Note),
                },
                String::new(),
            ),
            FormKind::Paper {
                target,
                signers,
                seen,
            } => self.paper_command(*target, signers, seen),
            FormKind::Submit { plan } => (Command::SubmitPlan { id: *plan }, t(FieldId::Comment)),
            FormKind::AddUser => (
                Command::RegisterUser {
                    login: t(FieldId::Login).trim().to_string(),
                    display_name: t(FieldId::DisplayName),
                    roles: self.grants(&[]),
                    employee: None,
                },
                String::new(),
            ),
            FormKind::EditUser { login, previous } => (
                Command::EditUser {
                    login: login.clone(),
                    display_name: t(FieldId::DisplayName),
                    roles: self.grants(previous),
                },
                String::new(),
            ),
            FormKind::Delegate => (
                Command::GrantDelegation {
                    to: t(FieldId::DelegateTo).trim().to_string(),
                    until: parse_day(&t(FieldId::Until))?,
                },
                t(FieldId::Comment),
            ),
            FormKind::Withdraw { plan } => {
                (Command::WithdrawPlan { id: *plan }, t(FieldId::Comment))
            }
            FormKind::DiscardPaper { target } => (target.discard(), t(FieldId::Comment)),
            FormKind::Sign {
                plan,
                decision,
                seen,
                ..
            } => (
                Command::SignPlan {
                    id: *plan,
                    decision: *decision,
                    seen: seen.clone(),
                },
                t(FieldId::Comment),
            ),
            FormKind::Line { plan, no } => {
                let pos = PositionId(self.choice_of(FieldId::Position).unwrap_or(0));
                let line = match self.choice_of(FieldId::LineKind).unwrap_or(KIND_NEW) {
                    KIND_NEW => PlanLine::NewPosition {
                        dept: DeptId(self.choice_of(FieldId::Dept).unwrap_or(0)),
                        title: t(FieldId::Title),
                        duties: t(FieldId::Duties),
                        headcount: parse_headcount(&self.text_of(FieldId::Headcount))?,
                    },
                    KIND_HEADCOUNT => PlanLine::SetHeadcount {
                        position: pos,
                        headcount: parse_headcount(&self.text_of(FieldId::Headcount))?,
                    },
                    KIND_DUTIES => PlanLine::ChangeDuties {
                        position: pos,
                        duties: t(FieldId::Duties),
                    },
                    _ => PlanLine::ClosePosition { position: pos },
                };
                let cmd = match no {
                    Some(no) => Command::ReplacePlanLine {
                        id: *plan,
                        no: *no,
                        line,
                    },
                    None => Command::AddPlanLine { id: *plan, line },
                };
                (cmd, String::new())
            }
        })
    }
}
