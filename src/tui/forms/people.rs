//! The forms about employees: entering one, editing their details,
//! moving them to another position (erasing their personal data is in
//! `erase`, with a candidate's). Each checks as the user types what the
//! domain would refuse, and becomes one command.

use super::*;
use crate::domain::people::{MAX_NUMBER, RosterRow, personal_field};
use crate::domain::time::parse_day;
use crate::service::api::EmployeeView;
use chrono::NaiveDate;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PeopleForm {
    Add,
    Edit(EmployeeId),
    /// `over`: the position the general manager was told has no free seat,
    /// and may now move them to beyond its headcount, giving the reason.
    Transfer {
        id: EmployeeId,
        over: Option<PositionId>,
    },
}

const STATUS_REGULAR: u32 = 0;
const STATUS_PROBATION: u32 = 1;
/// Contract kinds, after "none": as `ContractKind::ALL`.
const NO_CONTRACT: u32 = 0;

pub(super) const PERSONAL: [(FieldId, &str); 7] = [
    (FieldId::IdNumber, "id_number"),
    (FieldId::DateOfBirth, "date_of_birth"),
    (FieldId::Phone, "phone"),
    (FieldId::EmergencyContact, "emergency_contact"),
    (FieldId::Email, "email"),
    (FieldId::Address, "address"),
    (FieldId::BankAccount, "bank_account"),
];

fn choice(id: FieldId, options: Vec<(String, u32)>, want: u32) -> Field {
    let selected = options.iter().position(|(_, v)| *v == want).unwrap_or(0);
    Field {
        id,
        value: Value::Choice { options, selected },
    }
}

/// Positions as a choice: "POS-013 · 2 free · 施工員 · 土建部 Civil Works"
/// (the seats before the names, which a narrow form cuts first).
pub(super) fn positions_field(
    cat: &Catalog,
    positions: &[PositionRow],
    skip: Option<PositionId>,
) -> Field {
    let options = positions
        .iter()
        .filter(|p| !p.closed && Some(p.id) != skip)
        .map(|p| {
            let free = cat.f("people.free_seats", &[("n", p.free.to_string())]);
            (
                format!("{} · {free} · {} · {}", p.id, p.title, p.dept_name),
                p.id.0,
            )
        })
        .collect();
    choice(FieldId::Position, options, 0)
}

impl Form {
    pub fn add_employee(cat: &Catalog, positions: &[PositionRow], today: NaiveDate) -> Form {
        let statuses = vec![
            (cat.t("emp.regular").to_string(), STATUS_REGULAR),
            (cat.t("emp.probation").to_string(), STATUS_PROBATION),
        ];
        let mut contracts = vec![(cat.t("people.contract_none").to_string(), NO_CONTRACT)];
        contracts.extend(
            [
                ("contract.probation", 1),
                ("contract.fixed_term", 2),
                ("contract.open_ended", 3),
            ]
            .map(|(k, v)| (cat.t(k).to_string(), v)),
        );
        let mut fields = vec![
            text(FieldId::StaffNumber, ""),
            text(FieldId::EmployeeName, ""),
            positions_field(cat, positions, None),
            choice(FieldId::Status, statuses, STATUS_REGULAR),
            text(FieldId::StartDate, &today.to_string()),
            choice(FieldId::Contract, contracts, NO_CONTRACT),
            text(FieldId::ContractEnd, ""),
        ];
        fields.extend(PERSONAL.map(|(id, _)| text(id, "")));
        Form::new(FormKind::People(PeopleForm::Add), fields, String::new())
    }

    /// The details as they are now, personal data included: only someone
    /// who reads it unmasked may edit it (`None` otherwise, so a mask is
    /// never saved over the real value).
    pub fn edit_employee(v: &EmployeeView) -> Option<Form> {
        let personal = match &v.personal {
            Some(p) if p.masked => return None,
            Some(p) => p.data.clone(),
            None => Personal::default(),
        };
        let mut fields = vec![
            text(FieldId::StaffNumber, &v.row.number),
            text(FieldId::EmployeeName, &v.row.name),
        ];
        fields.extend(PERSONAL.map(|(id, key)| text(id, personal.get(key))));
        let subject = format!("{} ({})", v.row.name, v.row.number);
        Some(Form::new(
            FormKind::People(PeopleForm::Edit(v.row.id)),
            fields,
            subject,
        ))
    }

    /// `from`: the position they hold, not offered.
    pub fn transfer(
        cat: &Catalog,
        id: EmployeeId,
        subject: &str,
        from: Option<PositionId>,
        positions: &[PositionRow],
    ) -> Form {
        let mut form = Form::new(
            FormKind::People(PeopleForm::Transfer { id, over: None }),
            vec![
                positions_field(cat, positions, from),
                text(FieldId::Comment, ""),
            ],
            subject.to_string(),
        );
        form.positions = positions.to_vec();
        form
    }

    pub(super) fn people_visible(&self, id: FieldId) -> bool {
        match id {
            FieldId::ContractEnd => self.choice_of(FieldId::Contract) != Some(NO_CONTRACT),
            _ => true,
        }
    }

    /// Whether a transfer now goes beyond the chosen position's headcount:
    /// the general manager was told it has no seat, and still chose it.
    pub fn over_headcount(&self) -> bool {
        match &self.kind {
            FormKind::People(PeopleForm::Transfer { over: Some(p), .. }) => {
                self.choice_of(FieldId::Position) == Some(p.0)
            }
            _ => false,
        }
    }

    pub(super) fn people_problem(&self, form: &PeopleForm, id: FieldId) -> Result<(), DomainError> {
        let t = self.text_of(id);
        match id {
            FieldId::StaffNumber => {
                // A new employee without a number gets their id as one.
                let may_be_empty = *form == PeopleForm::Add;
                text::line("field.staff_number", &t, MAX_NUMBER, may_be_empty).map(|_| ())
            }
            FieldId::EmployeeName => {
                text::line("field.employee_name", &t, MAX_NAME, false).map(|_| ())
            }
            FieldId::StartDate => parse_day(&t).map(|_| ()),
            FieldId::ContractEnd if t.trim().is_empty() => Ok(()),
            FieldId::ContractEnd => {
                let end = parse_day(&t)?;
                match parse_day(&self.text_of(FieldId::StartDate)) {
                    Ok(start) if end < start => Err(DomainError::EndBeforeStart {
                        end: end.to_string(),
                        start: start.to_string(),
                    }),
                    _ => Ok(()),
                }
            }
            FieldId::Position if self.choice_of(id).is_none() => Err(DomainError::EmptyField {
                field: id.label_key().into(),
            }),
            // Said here in the form's own words: the domain's refusal
            // speaks of signatures.
            // The reason for going beyond the headcount must be given.
            FieldId::Comment if self.over_headcount() && t.trim().is_empty() => {
                Err(DomainError::EmptyField {
                    field: "field.reason".into(),
                })
            }
            FieldId::Comment => text::block("field.comment", &t, MAX_TEXT, true).map(|_| ()),
            // The domain's own rule for each field, said as it is typed.
            _ => match PERSONAL.iter().find(|(f, _)| *f == id) {
                Some((_, key)) => personal_field(key, &t).map(|_| ()),
                None => Ok(()),
            },
        }
    }

    pub(super) fn personal(&self) -> Personal {
        let mut p = Personal::default();
        for (id, key) in PERSONAL {
            if let Some(slot) = p.get_mut(key) {
                *slot = self.text_of(id).trim().to_string();
            }
        }
        p
    }

    pub(super) fn people_command(
        &self,
        form: &PeopleForm,
    ) -> Result<(Command, String), DomainError> {
        let t = |id| self.text_of(id);
        Ok(match form {
            PeopleForm::Add => {
                let contract = match self.choice_of(FieldId::Contract) {
                    Some(n) if n > NO_CONTRACT => ContractKind::ALL
                        .get(n as usize - 1)
                        .map_or("", |k| k.key()),
                    _ => "",
                };
                let status = match self.choice_of(FieldId::Status) {
                    Some(STATUS_PROBATION) => "probation",
                    _ => "regular",
                };
                let position = PositionId(self.choice_of(FieldId::Position).unwrap_or(0));
                let row = RosterRow {
                    line: 0,
                    number: t(FieldId::StaffNumber).trim().to_string(),
                    name: t(FieldId::EmployeeName),
                    department: String::new(),
                    position: position.to_string(),
                    status: status.to_string(),
                    start_date: t(FieldId::StartDate),
                    contract: contract.to_string(),
                    contract_end: if contract.is_empty() {
                        String::new()
                    } else {
                        t(FieldId::ContractEnd)
                    },
                    personal: self.personal(),
                };
                (Command::AddEmployee { row: Box::new(row) }, String::new())
            }
            PeopleForm::Edit(id) => (
                Command::EditEmployee {
                    id: *id,
                    number: t(FieldId::StaffNumber).trim().to_string(),
                    name: t(FieldId::EmployeeName),
                    personal: Box::new(self.personal()),
                },
                String::new(),
            ),
            PeopleForm::Transfer { id, .. } => (
                Command::TransferEmployee {
                    id: *id,
                    to: PositionId(self.choice_of(FieldId::Position).unwrap_or(0)),
                    over_headcount: self.over_headcount(),
                },
                t(FieldId::Comment),
            ),
        })
    }

    /// A transfer refused for want of a free seat: the general manager may
    /// go beyond the headcount, so the form says how and lets them. True
    /// when the form took the refusal that way.
    pub fn offer_override(&mut self, e: &DomainError, general_manager: bool) -> bool {
        let chosen = self.choice_of(FieldId::Position).map(PositionId);
        let FormKind::People(PeopleForm::Transfer { over, .. }) = &mut self.kind else {
            return false;
        };
        if !general_manager || !matches!(e, DomainError::NoFreeSeat { .. }) {
            return false;
        }
        *over = chosen;
        // The comment is where the reason goes.
        if let Some(i) = self.fields.iter().position(|f| f.id == FieldId::Comment) {
            self.focus = i;
        }
        true
    }
}
