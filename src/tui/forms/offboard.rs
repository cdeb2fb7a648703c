//! The forms of offboarding: opening a case, ticking a step (the handover
//! naming who takes the work over), ruling one out, what became of an
//! issued item, the final settlement, withdrawing a case, and issuing an
//! item. What each checks as it is typed, and the command it becomes, are
//! in `offboard_rules`.
//!
//! A person is named as people write them (`EMP-0014` or the staff number
//! `HX-1014`) and looked up as it is typed, so the form says whom it names
//! before anything is sent (`Person`).

use super::*;
use crate::domain::offboard::SepKind;
use chrono::NaiveDate;

#[derive(Clone, Debug, PartialEq)]
pub enum OffboardForm {
    /// `today`: a notice cannot be given later than today.
    Start {
        kinds: Vec<SepKind>,
        today: NaiveDate,
    },
    /// `handover`: the step hands the work over, to a colleague named here.
    Tick {
        case: SepId,
        step: String,
        handover: bool,
    },
    /// The step does not apply; the reason is required.
    Skip {
        case: SepId,
        step: String,
    },
    /// What became of one of `tags`, the items still out.
    SettleItem {
        case: SepId,
        tags: Vec<String>,
    },
    /// `notice`: nothing is paid before it; `today`: nor after today.
    Settle {
        case: SepId,
        notice: NaiveDate,
        today: NaiveDate,
    },
    Withdraw(SepId),
    IssueItem {
        employee: EmployeeId,
        today: NaiveDate,
    },
}

/// Someone a form's field names, as the service found them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Person {
    pub id: EmployeeId,
    pub name: String,
    pub number: String,
}

/// What became of an item, as the fate choice numbers them.
pub(super) const FATE_RETURNED: u32 = 0;
pub(super) const FATE_WRITTEN_OFF: u32 = 1;
pub(super) const FATE_CHARGED: u32 = 2;

impl OffboardForm {
    /// What the status line says once it is saved (a catalog key).
    pub fn done_key(&self) -> &'static str {
        match self {
            OffboardForm::Start { .. } => "sep.started",
            OffboardForm::Tick { .. } => "sep.ticked",
            OffboardForm::Skip { .. } => "sep.skipped",
            OffboardForm::SettleItem { .. } => "sep.item_settled",
            OffboardForm::Settle { .. } => "sep.settled",
            OffboardForm::Withdraw(_) => "sep.withdrawn",
            OffboardForm::IssueItem { .. } => "sep.item_issued",
        }
    }

    pub fn title_key(&self) -> &'static str {
        match self {
            OffboardForm::Start { .. } => "sepf.start",
            OffboardForm::Tick { handover: true, .. } => "sepf.tick_handover",
            OffboardForm::Tick { .. } => "sepf.tick",
            OffboardForm::Skip { .. } => "sepf.skip",
            OffboardForm::SettleItem { .. } => "sepf.settle_item",
            OffboardForm::Settle { .. } => "sepf.settle",
            OffboardForm::Withdraw(_) => "sepf.withdraw",
            OffboardForm::IssueItem { .. } => "sepf.issue_item",
        }
    }

    /// What Enter does, when it binds more than a save (the footer says it).
    pub fn save_key(&self) -> Option<&'static str> {
        match self {
            OffboardForm::Tick { .. } => Some("key.tick_step"),
            OffboardForm::Skip { .. } => Some("key.skip_step"),
            OffboardForm::Withdraw(_) => Some("key.withdraw_case"),
            OffboardForm::Settle { .. } => Some("sepf.record"),
            _ => None,
        }
    }

    /// A field's label where this form names it apart from the others.
    pub fn label(&self, id: FieldId) -> Option<&'static str> {
        Some(match (self, id) {
            (OffboardForm::Start { .. }, FieldId::Reason) => "sepf.reason",
            (OffboardForm::Skip { .. }, FieldId::Comment) => "sepf.skip_reason",
            (OffboardForm::Withdraw(_), FieldId::Comment) => "sepf.withdraw_reason",
            (OffboardForm::Tick { .. } | OffboardForm::SettleItem { .. }, FieldId::Comment) => {
                "field.note"
            }
            (OffboardForm::IssueItem { .. }, FieldId::OnDay) => "sepf.issued_on",
            _ => return None,
        })
    }
}

/// A choice that records a decision starts on none of its options (see
/// `recruit::unchosen`), unless there is only the one.
fn choice(id: FieldId, options: Vec<(String, u32)>) -> Field {
    let selected = if options.len() == 1 { 0 } else { options.len() };
    Field {
        id,
        value: Value::Choice { options, selected },
    }
}

/// The currency the checklist records settlements in (CNY as shipped).
pub fn default_currency() -> String {
    crate::domain::offboard::Checklist::builtin().map_or_else(|_| "CNY".into(), |c| c.currency)
}

impl Form {
    /// `kinds`: those the user may open, most likely first.
    pub fn start_separation(cat: &Catalog, kinds: &[SepKind], today: NaiveDate) -> Form {
        let options = kinds
            .iter()
            .enumerate()
            .map(|(i, k)| {
                (
                    cat.t(&format!("sep_kind.{}", k.key())).to_string(),
                    i as u32,
                )
            })
            .collect();
        let fields = vec![
            text(FieldId::Employee, ""),
            choice(FieldId::SepKind, options),
            text(FieldId::Notice, &today.to_string()),
            text(FieldId::LastDay, ""),
            text(FieldId::Reason, ""),
        ];
        let kind = OffboardForm::Start {
            kinds: kinds.to_vec(),
            today,
        };
        Form::new(FormKind::Offboard(kind), fields, String::new())
    }

    /// A note, and for the handover whom the work goes to.
    pub fn tick_step(case: SepId, step: &str, handover: bool, subject: String) -> Form {
        let mut fields = Vec::new();
        if handover {
            fields.push(text(FieldId::HandoverTo, ""));
        }
        fields.push(text(FieldId::Comment, ""));
        let kind = OffboardForm::Tick {
            case,
            step: step.to_string(),
            handover,
        };
        Form::new(FormKind::Offboard(kind), fields, subject)
    }

    pub fn skip_step(case: SepId, step: &str, subject: String) -> Form {
        let kind = OffboardForm::Skip {
            case,
            step: step.to_string(),
        };
        Form::new(
            FormKind::Offboard(kind),
            vec![text(FieldId::Comment, "")],
            subject,
        )
    }

    /// `items`: (tag, what) of the items still out.
    pub fn settle_item(
        cat: &Catalog,
        case: SepId,
        items: &[(String, String)],
        subject: String,
    ) -> Form {
        let options = items
            .iter()
            .enumerate()
            .map(|(i, (tag, what))| (format!("{tag} · {what}"), i as u32))
            .collect();
        let fates = vec![
            (cat.t("item_fate.returned").to_string(), FATE_RETURNED),
            (cat.t("item_fate.written_off").to_string(), FATE_WRITTEN_OFF),
            (cat.t("item_fate.charged").to_string(), FATE_CHARGED),
        ];
        let fields = vec![
            choice(FieldId::Item, options),
            choice(FieldId::Fate, fates),
            text(FieldId::Amount, ""),
            text(FieldId::Currency, &default_currency()),
            text(FieldId::Comment, ""),
        ];
        let kind = OffboardForm::SettleItem {
            case,
            tags: items.iter().map(|(t, _)| t.clone()).collect(),
        };
        Form::new(FormKind::Offboard(kind), fields, subject)
    }

    /// Empty amounts other than the last pay count as nothing; the total
    /// shows below as they are typed.
    pub fn settle(
        case: SepId,
        notice: NaiveDate,
        today: NaiveDate,
        currency: &str,
        subject: String,
    ) -> Form {
        let fields = vec![
            text(FieldId::LastPay, ""),
            text(FieldId::LeavePaid, ""),
            text(FieldId::Compensation, ""),
            text(FieldId::Deductions, ""),
            text(FieldId::Currency, currency),
            text(FieldId::PaidOn, &today.to_string()),
        ];
        let kind = OffboardForm::Settle {
            case,
            notice,
            today,
        };
        Form::new(FormKind::Offboard(kind), fields, subject)
    }

    pub fn withdraw_case(case: SepId, subject: String) -> Form {
        Form::new(
            FormKind::Offboard(OffboardForm::Withdraw(case)),
            vec![text(FieldId::Comment, "")],
            subject,
        )
    }

    pub fn issue_item(employee: EmployeeId, today: NaiveDate, subject: String) -> Form {
        let fields = vec![
            text(FieldId::AssetTag, ""),
            text(FieldId::ItemName, ""),
            text(FieldId::OnDay, &today.to_string()),
        ];
        let kind = OffboardForm::IssueItem { employee, today };
        Form::new(FormKind::Offboard(kind), fields, subject)
    }

    /// Fields that name a person: looked up as they are typed.
    fn names_person(id: FieldId) -> bool {
        matches!(id, FieldId::Employee | FieldId::HandoverTo)
    }

    /// What the person fields hold now that the service has not answered
    /// for yet: the app looks each up (`Want::Person`).
    pub fn people_to_find(&self) -> Vec<String> {
        self.fields
            .iter()
            .filter(|f| Form::names_person(f.id))
            .map(|f| self.text_of(f.id).trim().to_string())
            .filter(|t| !t.is_empty() && self.found(t).is_none())
            .collect()
    }

    /// The service's answer for `text`, once it has given one.
    pub fn found(&self, text: &str) -> Option<&Result<Person, DomainError>> {
        self.people
            .iter()
            .find(|(t, _)| t == text.trim())
            .map(|(_, r)| r)
    }

    /// An answer arrived; kept while the form is open, so going back to a
    /// number typed before needs no second look-up.
    pub fn person_found(&mut self, text: &str, found: Result<Person, DomainError>) {
        let text = text.trim().to_string();
        self.people.retain(|(t, _)| *t != text);
        self.people.push((text, found));
    }
}
