//! The forms renshi opens: a plan's title and note, a change to a plan,
//! signing, submitting; users and delegations. Paper sign-offs are in
//! `paper`.

use super::*;

impl Form {
    pub fn plan(kind: FormKind, title: &str, note: &str) -> Form {
        let fields = vec![text(FieldId::Title, title), text(FieldId::Note, note)];
        Form::new(kind, fields, String::new())
    }

    pub fn withdraw(plan: PlanId, subject: String) -> Form {
        Form::new(
            FormKind::Withdraw { plan },
            vec![text(FieldId::Comment, "")],
            subject,
        )
    }

    /// The roles as flags, ticked as `grants` has them.
    fn roles_field(cat: &Catalog, grants: &[RoleGrant]) -> Field {
        let options: Vec<(String, u32)> = Role::ALL
            .iter()
            .enumerate()
            .map(|(i, r)| (cat.role(r.key()).to_string(), i as u32))
            .collect();
        let on = Role::ALL
            .iter()
            .map(|r| grants.iter().any(|g| g.role == *r))
            .collect();
        Field {
            id: FieldId::Roles,
            value: Value::Flags {
                options,
                on,
                cursor: 0,
            },
        }
    }

    /// The departments a head may be given, the current one selected.
    fn dept_field(depts: &[DeptRow], current: Option<DeptId>) -> Field {
        let options: Vec<(String, u32)> = depts
            .iter()
            .map(|d| (format!("{} {}", d.id, d.name), d.id.0))
            .collect();
        let selected = current
            .and_then(|c| options.iter().position(|(_, v)| *v == c.0))
            .unwrap_or(0);
        Field {
            id: FieldId::Dept,
            value: Value::Choice { options, selected },
        }
    }

    pub fn add_user(cat: &Catalog, depts: &[DeptRow]) -> Form {
        Form::new(
            FormKind::AddUser,
            vec![
                text(FieldId::Login, ""),
                text(FieldId::DisplayName, ""),
                Form::roles_field(cat, &[]),
                Form::dept_field(depts, None),
            ],
            String::new(),
        )
    }

    pub fn edit_user(cat: &Catalog, user: &User, depts: &[DeptRow]) -> Form {
        let scoped = user
            .roles
            .iter()
            .find(|g| g.role.is_scoped())
            .and_then(|g| g.depts.first().copied());
        let mut form = Form::new(
            FormKind::EditUser {
                login: user.login.clone(),
                previous: user.roles.clone(),
            },
            vec![
                text(FieldId::DisplayName, &user.display_name),
                Form::roles_field(cat, &user.roles),
                Form::dept_field(depts, scoped),
            ],
            format!("{} ({})", user.display_name, user.login),
        );
        form.pristine = form.fields.clone();
        form
    }

    pub fn delegate() -> Form {
        Form::new(
            FormKind::Delegate,
            vec![
                text(FieldId::DelegateTo, ""),
                text(FieldId::Until, ""),
                text(FieldId::Comment, ""),
            ],
            String::new(),
        )
    }

    pub fn submit(plan: PlanId, subject: String) -> Form {
        Form::new(
            FormKind::Submit { plan },
            vec![text(FieldId::Comment, "")],
            subject,
        )
    }

    pub fn sign(
        plan: PlanId,
        decision: Decision,
        for_whom: Option<String>,
        seen: Seen,
        subject: String,
    ) -> Form {
        Form::new(
            FormKind::Sign {
                plan,
                decision,
                for_whom,
                seen,
            },
            vec![text(FieldId::Comment, "")],
            subject,
        )
    }

    /// A line form, prefilled from `existing` when editing a line.
    pub fn line(
        cat: &Catalog,
        plan: PlanId,
        no: Option<LineNo>,
        existing: Option<&PlanLine>,
        depts: &[DeptRow],
        positions: &[PositionRow],
        hint: Option<&PositionRow>,
    ) -> Form {
        // A new change starts at what the user last looked at in the organisation.
        let (dept_hint, pos_hint) = hint.map_or((0, 0), |p| (p.dept.0, p.id.0));
        let kinds = vec![
            (cat.t("line.kind_new").to_string(), KIND_NEW),
            (cat.t("line.kind_headcount").to_string(), KIND_HEADCOUNT),
            (cat.t("line.kind_duties").to_string(), KIND_DUTIES),
            (cat.t("line.kind_close").to_string(), KIND_CLOSE),
        ];
        let dept_opts: Vec<(String, u32)> =
            depts.iter().map(|d| (d.name.clone(), d.id.0)).collect();
        let pos_opts: Vec<(String, u32)> = positions
            .iter()
            .filter(|p| !p.closed)
            .map(|p| {
                let counts = cat.f(
                    "line.position_counts",
                    &[
                        ("approved", p.approved.to_string()),
                        ("filled", p.filled.to_string()),
                    ],
                );
                (
                    format!("{} {} · {counts} · {}", p.id, p.title, p.dept_name),
                    p.id.0,
                )
            })
            .collect();
        let (kind, dept, pos, title, duties, headcount) = match existing {
            Some(PlanLine::NewPosition {
                dept,
                title,
                duties,
                headcount,
            }) => (
                KIND_NEW,
                dept.0,
                0,
                title.clone(),
                duties.clone(),
                headcount.to_string(),
            ),
            Some(PlanLine::SetHeadcount {
                position,
                headcount,
            }) => (
                KIND_HEADCOUNT,
                0,
                position.0,
                String::new(),
                String::new(),
                headcount.to_string(),
            ),
            Some(PlanLine::ChangeDuties { position, duties }) => (
                KIND_DUTIES,
                0,
                position.0,
                String::new(),
                duties.clone(),
                String::new(),
            ),
            Some(PlanLine::ClosePosition { position }) => (
                KIND_CLOSE,
                0,
                position.0,
                String::new(),
                String::new(),
                String::new(),
            ),
            None => (
                KIND_NEW,
                dept_hint,
                pos_hint,
                String::new(),
                String::new(),
                String::new(),
            ),
        };
        let choice = |id, options: Vec<(String, u32)>, want: u32| {
            let selected = options.iter().position(|(_, v)| *v == want).unwrap_or(0);
            Field {
                id,
                value: Value::Choice { options, selected },
            }
        };
        let fields = vec![
            choice(FieldId::LineKind, kinds, kind),
            choice(FieldId::Dept, dept_opts, dept),
            choice(FieldId::Position, pos_opts, pos),
            text(FieldId::Title, &title),
            text(FieldId::Duties, &duties),
            text(FieldId::Headcount, &headcount),
        ];
        let mut form = Form::new(FormKind::Line { plan, no }, fields, String::new());
        form.positions = positions.to_vec();
        form.prefill_duties();
        form.pristine = form.fields.clone();
        form
    }
}
