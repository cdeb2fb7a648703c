//! What the offboarding forms check as the user types (the domain's own
//! rules and words, said before anything is sent), the command each
//! becomes, and the settlement's total shown before it is recorded.

use super::offboard::{FATE_CHARGED, FATE_RETURNED, FATE_WRITTEN_OFF, OffboardForm};
use super::*;
use crate::domain::offboard::{ItemFate, Money, Offboard, currency, format_amount, parse_amount};
use crate::domain::time::parse_day;
use chrono::NaiveDate;

/// An asset tag's length, as the domain bounds it.
const MAX_TAG: usize = 40;
/// How far after the notice a last working day may lie, as the domain says.
const MAX_NOTICE_DAYS: i64 = 366;

fn empty(field: &str) -> DomainError {
    DomainError::EmptyField {
        field: field.into(),
    }
}

/// A day that cannot be later than `today`.
fn past_day(t: &str, today: NaiveDate) -> Result<NaiveDate, DomainError> {
    let day = parse_day(t)?;
    if day > today {
        return Err(DomainError::InFuture {
            on: day.to_string(),
            today: today.to_string(),
        });
    }
    Ok(day)
}

fn reason(comment: &str, action: &str) -> Result<(), DomainError> {
    if comment.trim().is_empty() {
        return Err(DomainError::ReasonRequired {
            action: action.into(),
        });
    }
    text::block("field.reason", comment, MAX_TEXT, false).map(|_| ())
}

impl Form {
    pub(super) fn offboard_visible(&self, id: FieldId) -> bool {
        match id {
            // Only what is charged has an amount to charge.
            FieldId::Amount => self.choice_of(FieldId::Fate) == Some(FATE_CHARGED),
            FieldId::Currency => match &self.kind {
                FormKind::Offboard(OffboardForm::SettleItem { .. }) => {
                    self.choice_of(FieldId::Fate) == Some(FATE_CHARGED)
                }
                _ => true,
            },
            _ => true,
        }
    }

    /// Whether the comment must say why: ruling a step out, withdrawing a
    /// case, writing an item off or charging for it.
    pub fn offboard_comment_required(&self) -> bool {
        match &self.kind {
            FormKind::Offboard(OffboardForm::Skip { .. } | OffboardForm::Withdraw(_)) => true,
            FormKind::Offboard(OffboardForm::SettleItem { .. }) => matches!(
                self.choice_of(FieldId::Fate),
                Some(FATE_WRITTEN_OFF | FATE_CHARGED)
            ),
            _ => false,
        }
    }

    /// The currency typed, when it is one.
    fn currency_typed(&self) -> Option<String> {
        currency(&self.text_of(FieldId::Currency)).ok()
    }

    /// An amount field in minor units: empty is nothing, unless `needed`.
    fn amount(&self, id: FieldId, needed: bool) -> Result<i64, DomainError> {
        let t = self.text_of(id);
        if t.trim().is_empty() {
            return if needed {
                Err(empty(self.label_key(id)))
            } else {
                Ok(0)
            };
        }
        match self.currency_typed() {
            Some(c) => parse_amount(&t, &c),
            // The currency's own field says what is wrong with it.
            None => Ok(0),
        }
    }

    /// The settlement's four amounts, the last pay required.
    fn settlement_amounts(&self) -> Result<[i64; 4], DomainError> {
        Ok([
            self.amount(FieldId::LastPay, true)?,
            self.amount(FieldId::LeavePaid, false)?,
            self.amount(FieldId::Compensation, false)?,
            self.amount(FieldId::Deductions, false)?,
        ])
    }

    /// "Total: 12,345.60 CNY", once every amount of a settlement reads as one.
    pub fn offboard_summary(&self, cat: &Catalog) -> Option<String> {
        let FormKind::Offboard(OffboardForm::Settle { .. }) = &self.kind else {
            return None;
        };
        let c = self.currency_typed()?;
        let [pay, leave, comp, ded] = self.settlement_amounts().ok()?;
        let total = pay + leave + comp - ded;
        Some(cat.f(
            "sepf.total",
            &[("total", format_amount(total, &c)), ("currency", c)],
        ))
    }

    /// Whom a person field names: the id as written, or the one the
    /// service found for the staff number.
    fn person(&self, id: FieldId) -> Result<EmployeeId, DomainError> {
        let t = self.text_of(id);
        if t.trim().is_empty() {
            return Err(empty(self.label_key(id)));
        }
        let written = EmployeeId::written_out(&t);
        match (self.found(&t), written) {
            (Some(Ok(p)), _) => Ok(p.id),
            // An id the user may not look up may still be one the service
            // accepts (a colleague in another department takes the work
            // over): it decides, and says why not.
            (Some(Err(DomainError::Denied { .. })), Some(id)) => Ok(id),
            (Some(Err(e)), _) => Err(e.clone()),
            (None, Some(id)) => Ok(id),
            (None, None) => Err(DomainError::NotFound {
                kind: "kind.staff_number".into(),
                id: t.trim().to_string(),
            }),
        }
    }

    pub(super) fn offboard_problem(
        &self,
        form: &OffboardForm,
        id: FieldId,
    ) -> Result<(), DomainError> {
        let t = self.text_of(id);
        let t = t.as_str();
        match id {
            FieldId::SepKind | FieldId::Item | FieldId::Fate if self.choice_of(id).is_none() => {
                Err(empty(self.label_key(id)))
            }
            // A number still being looked up is no problem yet: the name
            // shows under it when it is found.
            FieldId::Employee | FieldId::HandoverTo => match self.person(id) {
                Err(DomainError::NotFound { .. })
                    if self.found(t).is_none() && !t.trim().is_empty() =>
                {
                    Ok(())
                }
                other => other.map(|_| ()),
            },
            FieldId::Notice => match form {
                OffboardForm::Start { today, .. } => past_day(t, *today).map(|_| ()),
                _ => Ok(()),
            },
            FieldId::LastDay if t.trim().is_empty() => Err(empty(self.label_key(id))),
            FieldId::LastDay => {
                let last = parse_day(t)?;
                let Ok(notice) = parse_day(&self.text_of(FieldId::Notice)) else {
                    return Ok(());
                };
                if last < notice {
                    return Err(DomainError::LastDayBeforeNotice {
                        last_day: last.to_string(),
                        notice: notice.to_string(),
                    });
                }
                if last > notice + chrono::TimeDelta::days(MAX_NOTICE_DAYS) {
                    return Err(DomainError::LastDayTooFar {
                        last_day: last.to_string(),
                        notice: notice.to_string(),
                    });
                }
                Ok(())
            }
            FieldId::Reason => text::block("field.reason", t, MAX_TEXT, false).map(|_| ()),
            FieldId::Comment => match form {
                OffboardForm::Skip { .. } => reason(t, "action.skip_step"),
                OffboardForm::Withdraw(_) => reason(t, "action.withdraw_separation"),
                OffboardForm::SettleItem { .. } if self.offboard_comment_required() => {
                    reason(t, "action.equipment")
                }
                _ => text::block("field.comment", t, MAX_TEXT, true).map(|_| ()),
            },
            FieldId::Currency if self.offboard_visible(id) => currency(t).map(|_| ()),
            FieldId::Amount if self.offboard_visible(id) => {
                let minor = self.amount(id, true)?;
                match self.currency_typed() {
                    Some(c) if minor <= 0 => Err(DomainError::BadAmount {
                        text: t.trim().to_string(),
                        currency: c,
                    }),
                    _ => Ok(()),
                }
            }
            FieldId::LastPay => self.amount(id, true).map(|_| ()),
            FieldId::LeavePaid | FieldId::Compensation => self.amount(id, false).map(|_| ()),
            // The deductions are where a negative total comes from.
            FieldId::Deductions => {
                self.amount(id, false)?;
                let (Ok([pay, leave, comp, ded]), Some(c)) =
                    (self.settlement_amounts(), self.currency_typed())
                else {
                    return Ok(());
                };
                let total = pay + leave + comp - ded;
                if total < 0 {
                    return Err(DomainError::SettlementNegative {
                        total: format_amount(total, &c),
                        currency: c,
                    });
                }
                Ok(())
            }
            FieldId::PaidOn => match form {
                OffboardForm::Settle { notice, today, .. } => {
                    let paid = past_day(t, *today)?;
                    if paid < *notice {
                        return Err(DomainError::PaidBeforeNotice {
                            paid_on: paid.to_string(),
                            notice: notice.to_string(),
                        });
                    }
                    Ok(())
                }
                _ => Ok(()),
            },
            FieldId::AssetTag => text::line("field.asset_tag", t, MAX_TAG, false).map(|_| ()),
            FieldId::ItemName => text::line("field.item", t, MAX_TITLE, false).map(|_| ()),
            FieldId::OnDay => match form {
                OffboardForm::IssueItem { today, .. } => past_day(t, *today).map(|_| ()),
                _ => Ok(()),
            },
            _ => Ok(()),
        }
    }

    pub(super) fn offboard_command(
        &self,
        form: &OffboardForm,
    ) -> Result<(Command, String), DomainError> {
        let t = |id| self.text_of(id);
        let comment = t(FieldId::Comment);
        let (cmd, comment) = match form {
            OffboardForm::Start { kinds, .. } => {
                let kind = self
                    .choice_of(FieldId::SepKind)
                    .and_then(|i| kinds.get(i as usize).copied())
                    .ok_or_else(|| empty(self.label_key(FieldId::SepKind)))?;
                (
                    Offboard::Start {
                        employee: self.person(FieldId::Employee)?,
                        kind,
                        notice: parse_day(&t(FieldId::Notice))?,
                        last_day: parse_day(&t(FieldId::LastDay))?,
                        reason: t(FieldId::Reason),
                    },
                    String::new(),
                )
            }
            OffboardForm::Tick {
                case,
                step,
                handover,
            } => (
                Offboard::Tick {
                    case: *case,
                    step: step.clone(),
                    handover_to: if *handover {
                        Some(self.person(FieldId::HandoverTo)?)
                    } else {
                        None
                    },
                },
                comment,
            ),
            OffboardForm::Skip { case, step } => (
                Offboard::Skip {
                    case: *case,
                    step: step.clone(),
                },
                comment,
            ),
            OffboardForm::SettleItem { case, tags } => {
                let tag = self
                    .choice_of(FieldId::Item)
                    .and_then(|i| tags.get(i as usize))
                    .ok_or_else(|| empty(self.label_key(FieldId::Item)))?;
                let fate = match self.choice_of(FieldId::Fate) {
                    Some(FATE_RETURNED) => ItemFate::Returned,
                    Some(FATE_WRITTEN_OFF) => ItemFate::WrittenOff,
                    Some(FATE_CHARGED) => ItemFate::Charged(Money {
                        minor: self.amount(FieldId::Amount, true)?,
                        currency: currency(&t(FieldId::Currency))?,
                    }),
                    _ => return Err(empty(self.label_key(FieldId::Fate))),
                };
                (
                    Offboard::SettleItem {
                        case: *case,
                        tag: tag.clone(),
                        fate,
                    },
                    comment,
                )
            }
            OffboardForm::Settle { case, .. } => {
                let [last_pay, leave_paid, compensation, deductions] = self.settlement_amounts()?;
                (
                    Offboard::Settle {
                        case: *case,
                        currency: currency(&t(FieldId::Currency))?,
                        last_pay,
                        leave_paid,
                        compensation,
                        deductions,
                        paid_on: parse_day(&t(FieldId::PaidOn))?,
                    },
                    String::new(),
                )
            }
            OffboardForm::Withdraw(case) => (Offboard::Withdraw { case: *case }, comment),
            OffboardForm::IssueItem { employee, .. } => (
                Offboard::IssueItem {
                    employee: *employee,
                    tag: t(FieldId::AssetTag).trim().to_string(),
                    what: t(FieldId::ItemName),
                    on: parse_day(&t(FieldId::OnDay))?,
                },
                String::new(),
            ),
        };
        Ok((Command::Offboard(cmd), comment))
    }
}
