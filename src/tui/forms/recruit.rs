//! The forms of recruitment: raising and signing a requisition, each step
//! a candidate takes (interview, feedback, offer, answer, rejection, hire),
//! and what follows a hire (onboarding, the probation assessment, the formal
//! contract). Each checks as the user types what the domain would refuse,
//! and becomes one `Command::Recruit`.

use super::people::PERSONAL;
use super::*;
use crate::domain::people::MAX_NUMBER;
use crate::domain::recruit::{MAX_COUNT, MAX_INTERVIEWERS, Recommend, Recruit, Verdict};
use crate::domain::time::parse_day;
use chrono::{NaiveDate, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Tz;

#[derive(Clone, Debug, PartialEq)]
pub enum RecruitForm {
    Raise,
    Edit(ReqId),
    Resubmit(ReqId),
    Cancel(ReqId),
    /// `assign`: the HR head's approval may name who runs it.
    Sign {
        id: ReqId,
        decision: Decision,
        seen: Seen,
        assign: bool,
    },
    AddCandidate(ReqId),
    /// `zone`: the company's, in which the time is typed.
    Schedule {
        candidate: CandidateId,
        zone: Tz,
    },
    Feedback(InterviewId),
    Offer(CandidateId),
    Answer(CandidateId),
    Drop(CandidateId),
    Hire(CandidateId),
    Assess {
        employee: EmployeeId,
        seen: Seen,
    },
    Train(EmployeeId),
    StartWork(EmployeeId),
    FormalContract(EmployeeId),
}

impl RecruitForm {
    /// What the status line says once it is saved (a catalog key).
    pub fn done_key(&self) -> &'static str {
        match self {
            RecruitForm::Raise => "rq.raised",
            RecruitForm::Edit(_) => "msg.saved",
            RecruitForm::Resubmit(_) => "msg.submitted",
            RecruitForm::Cancel(_) => "rq.cancelled",
            RecruitForm::Sign { decision, .. } => match decision {
                Decision::Approve => "msg.approved",
                Decision::Reject => "msg.rejected",
                Decision::Return => "msg.returned",
            },
            RecruitForm::AddCandidate(_) => "rq.candidate_added",
            RecruitForm::Schedule { .. } => "rq.scheduled",
            RecruitForm::Feedback(_) => "rq.feedback_given",
            RecruitForm::Offer(_) => "rq.offered",
            RecruitForm::Answer(_) => "rq.answered",
            RecruitForm::Drop(_) => "rq.dropped",
            RecruitForm::Hire(_) => "rq.hired",
            RecruitForm::Assess { .. } => "rq.assessed",
            RecruitForm::Train(_) | RecruitForm::StartWork(_) | RecruitForm::FormalContract(_) => {
                "msg.saved"
            }
        }
    }
}

/// Scores as a choice: nothing to mistype.
const SCORES: [u32; 5] = [1, 2, 3, 4, 5];
const VERDICT_PASS: u32 = 0;
const VERDICT_EXTEND: u32 = 1;
const VERDICT_FAIL: u32 = 2;
/// The probation of an offer: the company's default, or a number of months.
const MONTHS_DEFAULT: u32 = 0;

fn choice(id: FieldId, options: Vec<(String, u32)>, want: u32) -> Field {
    let selected = options.iter().position(|(_, v)| *v == want).unwrap_or(0);
    Field {
        id,
        value: Value::Choice { options, selected },
    }
}

fn count(t: &str) -> Result<u32, DomainError> {
    let bad = |count| DomainError::BadCount {
        count,
        max: MAX_COUNT,
    };
    let n: u32 = text::ascii_digits(t.trim()).parse().map_err(|_| bad(0))?;
    if n == 0 || n > MAX_COUNT {
        return Err(bad(n));
    }
    Ok(n)
}

/// A moment as people type it in company time: `2027-03-01 14:30`.
fn moment(t: &str, zone: Tz) -> Result<chrono::DateTime<Utc>, DomainError> {
    let bad = || DomainError::BadDate {
        text: t.trim().to_string(),
    };
    let s = text::ascii_digits(t.trim()).replace('T', " ");
    let local = NaiveDateTime::parse_from_str(&s, "%Y-%m-%d %H:%M").map_err(|_| bad())?;
    zone.from_local_datetime(&local)
        .earliest()
        .map(|at| at.with_timezone(&Utc))
        .ok_or_else(bad)
}

/// Logins separated by commas or spaces (full-width ones too).
fn logins(t: &str) -> Vec<String> {
    t.split([',', '，', '、', ' ', '\u{3000}'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

fn optional_day(t: &str) -> Result<Option<NaiveDate>, DomainError> {
    if t.trim().is_empty() {
        Ok(None)
    } else {
        parse_day(t).map(Some)
    }
}

impl Form {
    /// `positions`: those the user may ask people for.
    pub fn raise_req(cat: &Catalog, positions: &[PositionRow], start: NaiveDate) -> Form {
        // The free seats before the names, which a narrow form cuts first.
        let options = positions
            .iter()
            .filter(|p| !p.closed)
            .map(|p| {
                let free = cat.f("people.free_seats", &[("n", p.free.to_string())]);
                (
                    format!("{} · {free} · {} · {}", p.id, p.title, p.dept_name),
                    p.id.0,
                )
            })
            .collect();
        let fields = vec![
            choice(FieldId::Position, options, 0),
            text(FieldId::Count, "1"),
            text(FieldId::StartDate, &start.to_string()),
            text(FieldId::Reason, ""),
            text(FieldId::Note, ""),
            text(FieldId::Comment, ""),
        ];
        let mut form = Form::new(FormKind::Recruit(RecruitForm::Raise), fields, String::new());
        form.positions = positions.to_vec();
        form
    }

    pub fn edit_req(id: ReqId, count: u32, reason: &str, start: NaiveDate, notes: &str) -> Form {
        let fields = vec![
            text(FieldId::Count, &count.to_string()),
            text(FieldId::StartDate, &start.to_string()),
            text(FieldId::Reason, reason),
            text(FieldId::Note, notes),
        ];
        Form::new(
            FormKind::Recruit(RecruitForm::Edit(id)),
            fields,
            id.to_string(),
        )
    }

    /// A form with only a comment: resubmitting or cancelling a
    /// requisition, signing it.
    pub fn recruit_comment(kind: RecruitForm, subject: String) -> Form {
        let mut fields = Vec::new();
        if matches!(kind, RecruitForm::Sign { assign: true, .. }) {
            fields.push(text(FieldId::Assign, ""));
        }
        fields.push(text(FieldId::Comment, ""));
        Form::new(FormKind::Recruit(kind), fields, subject)
    }

    pub fn add_candidate(req: ReqId, subject: String) -> Form {
        let fields = vec![
            text(FieldId::CandidateName, ""),
            text(FieldId::Contact, ""),
            text(FieldId::Source, ""),
            text(FieldId::Note, ""),
        ];
        Form::new(
            FormKind::Recruit(RecruitForm::AddCandidate(req)),
            fields,
            subject,
        )
    }

    /// `interviewers`: a first panel to edit (the requisition's author and runner).
    pub fn schedule(
        candidate: CandidateId,
        zone: Tz,
        at: &str,
        interviewers: &str,
        subject: String,
    ) -> Form {
        let fields = vec![
            text(FieldId::At, at),
            text(FieldId::Place, ""),
            text(FieldId::Interviewers, interviewers),
        ];
        Form::new(
            FormKind::Recruit(RecruitForm::Schedule { candidate, zone }),
            fields,
            subject,
        )
    }

    pub fn feedback(cat: &Catalog, interview: InterviewId, subject: String) -> Form {
        let scores = SCORES
            .iter()
            .map(|s| (cat.f("rq.score", &[("n", s.to_string())]), *s))
            .collect();
        let recommends = Recommend::ALL
            .iter()
            .enumerate()
            .map(|(i, r)| {
                (
                    cat.t(&format!("recommend.{}", r.key())).to_string(),
                    i as u32,
                )
            })
            .collect();
        let fields = vec![
            choice(FieldId::Score, scores, 3),
            choice(FieldId::Recommend, recommends, 0),
            text(FieldId::Comment, ""),
        ];
        Form::new(
            FormKind::Recruit(RecruitForm::Feedback(interview)),
            fields,
            subject,
        )
    }

    pub fn offer(cat: &Catalog, candidate: CandidateId, start: NaiveDate, subject: String) -> Form {
        let max = crate::domain::recruit::Settings::builtin().map_or(6, |s| s.max_probation_months);
        let mut months = vec![(cat.t("rq.months_default").to_string(), MONTHS_DEFAULT)];
        months.extend((1..=max).map(|m| (cat.f("rq.months", &[("n", m.to_string())]), m)));
        let fields = vec![
            text(FieldId::StartDate, &start.to_string()),
            choice(FieldId::ProbationMonths, months, MONTHS_DEFAULT),
        ];
        Form::new(
            FormKind::Recruit(RecruitForm::Offer(candidate)),
            fields,
            subject,
        )
    }

    pub fn answer(cat: &Catalog, candidate: CandidateId, subject: String) -> Form {
        let options = vec![
            (cat.t("stage.accepted").to_string(), 1),
            (cat.t("stage.declined").to_string(), 0),
        ];
        let fields = vec![
            choice(FieldId::Answer, options, 1),
            text(FieldId::Comment, ""),
        ];
        Form::new(
            FormKind::Recruit(RecruitForm::Answer(candidate)),
            fields,
            subject,
        )
    }

    pub fn drop_candidate(cat: &Catalog, candidate: CandidateId, subject: String) -> Form {
        let options = vec![
            (cat.t("stage.rejected").to_string(), 0),
            (cat.t("stage.withdrawn").to_string(), 1),
        ];
        let fields = vec![
            choice(FieldId::DropKind, options, 0),
            text(FieldId::Comment, ""),
        ];
        Form::new(
            FormKind::Recruit(RecruitForm::Drop(candidate)),
            fields,
            subject,
        )
    }

    /// The forms a hire fills: the candidate's name as they gave it to start.
    pub fn hire(candidate: CandidateId, name: &str, subject: String) -> Form {
        let mut fields = vec![
            text(FieldId::StaffNumber, ""),
            text(FieldId::LegalName, name),
        ];
        fields.extend(PERSONAL.map(|(id, _)| text(id, "")));
        fields.push(text(FieldId::ProbationEnd, ""));
        fields.push(text(FieldId::Comment, ""));
        Form::new(
            FormKind::Recruit(RecruitForm::Hire(candidate)),
            fields,
            subject,
        )
    }

    pub fn assess(cat: &Catalog, employee: EmployeeId, seen: Seen, subject: String) -> Form {
        let verdicts = vec![
            (cat.t("verdict.approve").to_string(), VERDICT_PASS),
            (cat.t("verdict.return").to_string(), VERDICT_EXTEND),
            (cat.t("verdict.reject").to_string(), VERDICT_FAIL),
        ];
        let fields = vec![
            choice(FieldId::Verdict, verdicts, VERDICT_PASS),
            text(FieldId::ExtendTo, ""),
            text(FieldId::Comment, ""),
        ];
        Form::new(
            FormKind::Recruit(RecruitForm::Assess { employee, seen }),
            fields,
            subject,
        )
    }

    pub fn train(employee: EmployeeId, today: NaiveDate, subject: String) -> Form {
        let fields = vec![
            text(FieldId::Training, ""),
            text(FieldId::Trainer, ""),
            text(FieldId::OnDay, &today.to_string()),
        ];
        Form::new(
            FormKind::Recruit(RecruitForm::Train(employee)),
            fields,
            subject,
        )
    }

    pub fn start_work(employee: EmployeeId, today: NaiveDate, subject: String) -> Form {
        Form::new(
            FormKind::Recruit(RecruitForm::StartWork(employee)),
            vec![text(FieldId::OnDay, &today.to_string())],
            subject,
        )
    }

    pub fn formal_contract(employee: EmployeeId, start: NaiveDate, subject: String) -> Form {
        let fields = vec![
            text(FieldId::ContractNo, ""),
            text(FieldId::StartDate, &start.to_string()),
            text(FieldId::ContractEnd, ""),
        ];
        Form::new(
            FormKind::Recruit(RecruitForm::FormalContract(employee)),
            fields,
            subject,
        )
    }

    pub(super) fn recruit_visible(&self, id: FieldId) -> bool {
        match id {
            FieldId::ExtendTo => self.choice_of(FieldId::Verdict) == Some(VERDICT_EXTEND),
            _ => true,
        }
    }

    /// Whether the comment must be given: saying no is always explained.
    pub fn recruit_comment_required(&self) -> bool {
        match &self.kind {
            FormKind::Recruit(RecruitForm::Cancel(_) | RecruitForm::Drop(_)) => true,
            FormKind::Recruit(RecruitForm::Sign { decision, .. }) => decision.needs_comment(),
            FormKind::Recruit(RecruitForm::Assess { .. }) => {
                self.choice_of(FieldId::Verdict) != Some(VERDICT_PASS)
            }
            _ => false,
        }
    }

    pub(super) fn recruit_problem(
        &self,
        form: &RecruitForm,
        id: FieldId,
    ) -> Result<(), DomainError> {
        let t = self.text_of(id);
        let t = t.as_str();
        match id {
            FieldId::Position if self.choice_of(id).is_none() => Err(DomainError::EmptyField {
                field: id.label_key().into(),
            }),
            FieldId::Count => count(t).map(|_| ()),
            FieldId::Reason => text::block("field.reason", t, MAX_TEXT, false).map(|_| ()),
            FieldId::Note => {
                let key = if matches!(form, RecruitForm::AddCandidate(_)) {
                    "field.cv_notes"
                } else {
                    "field.note"
                };
                text::block(key, t, MAX_TEXT, true).map(|_| ())
            }
            // An empty date is missing, not mistyped.
            FieldId::StartDate | FieldId::OnDay | FieldId::ExtendTo if t.trim().is_empty() => {
                if self.recruit_visible(id) {
                    Err(DomainError::EmptyField {
                        field: self.label_key(id).into(),
                    })
                } else {
                    Ok(())
                }
            }
            FieldId::StartDate | FieldId::OnDay => parse_day(t).map(|_| ()),
            FieldId::ProbationEnd => optional_day(t).map(|_| ()),
            FieldId::ContractEnd => {
                let Some(end) = optional_day(t)? else {
                    return Ok(());
                };
                match parse_day(&self.text_of(FieldId::StartDate)) {
                    Ok(start) if end < start => Err(DomainError::EndBeforeStart {
                        end: end.to_string(),
                        start: start.to_string(),
                    }),
                    _ => Ok(()),
                }
            }
            FieldId::ExtendTo if self.recruit_visible(id) => parse_day(t).map(|_| ()),
            FieldId::CandidateName => {
                text::line("field.candidate_name", t, MAX_NAME, false).map(|_| ())
            }
            FieldId::Contact => text::line("field.contact", t, 120, false).map(|_| ()),
            FieldId::Source => text::line("field.source", t, MAX_TITLE, true).map(|_| ()),
            FieldId::Place => text::line("field.place", t, MAX_TITLE, false).map(|_| ()),
            FieldId::At => match form {
                RecruitForm::Schedule { zone, .. } => moment(t, *zone).map(|_| ()),
                _ => Ok(()),
            },
            FieldId::Interviewers => {
                let n = logins(t).len();
                if n == 0 || n > MAX_INTERVIEWERS {
                    Err(DomainError::BadPanel {
                        max: MAX_INTERVIEWERS,
                    })
                } else {
                    Ok(())
                }
            }
            FieldId::StaffNumber => {
                text::line("field.staff_number", t, MAX_NUMBER, true).map(|_| ())
            }
            FieldId::LegalName => text::line("field.employee_name", t, MAX_NAME, false).map(|_| ()),
            FieldId::Training => text::line("field.training", t, MAX_TITLE, false).map(|_| ()),
            FieldId::Trainer => text::line("field.trainer", t, MAX_TITLE, false).map(|_| ()),
            FieldId::ContractNo => text::line("field.contract_no", t, MAX_TITLE, false).map(|_| ()),
            FieldId::Assign => text::line("field.login", t, MAX_TITLE, true).map(|_| ()),
            FieldId::Comment if self.recruit_comment_required() && t.trim().is_empty() => {
                Err(DomainError::CommentRequired)
            }
            FieldId::Comment => text::block("field.comment", t, MAX_TEXT, true).map(|_| ()),
            _ => match PERSONAL.iter().find(|(f, _)| *f == id) {
                Some((_, key)) => crate::domain::people::personal_field(key, t).map(|_| ()),
                None => Ok(()),
            },
        }
    }

    pub(super) fn recruit_command(
        &self,
        form: &RecruitForm,
    ) -> Result<(Command, String), DomainError> {
        let t = |id| self.text_of(id);
        let comment = t(FieldId::Comment);
        let (cmd, comment) = match form {
            RecruitForm::Raise => (
                Recruit::Raise {
                    position: PositionId(self.choice_of(FieldId::Position).unwrap_or(0)),
                    count: count(&t(FieldId::Count))?,
                    reason: t(FieldId::Reason),
                    start: parse_day(&t(FieldId::StartDate))?,
                    notes: t(FieldId::Note),
                },
                comment,
            ),
            RecruitForm::Edit(id) => (
                Recruit::Edit {
                    id: *id,
                    count: count(&t(FieldId::Count))?,
                    reason: t(FieldId::Reason),
                    start: parse_day(&t(FieldId::StartDate))?,
                    notes: t(FieldId::Note),
                },
                String::new(),
            ),
            RecruitForm::Resubmit(id) => (Recruit::Resubmit { id: *id }, comment),
            RecruitForm::Cancel(id) => (Recruit::Cancel { id: *id }, comment),
            RecruitForm::Sign {
                id, decision, seen, ..
            } => {
                let to = t(FieldId::Assign).trim().to_string();
                (
                    Recruit::Sign {
                        id: *id,
                        decision: *decision,
                        seen: seen.clone(),
                        assign: (!to.is_empty()).then_some(to),
                    },
                    comment,
                )
            }
            RecruitForm::AddCandidate(req) => (
                Recruit::AddCandidate {
                    req: *req,
                    name: t(FieldId::CandidateName),
                    contact: t(FieldId::Contact).trim().to_string(),
                    source: t(FieldId::Source),
                    notes: t(FieldId::Note),
                },
                String::new(),
            ),
            RecruitForm::Schedule { candidate, zone } => (
                Recruit::Schedule {
                    candidate: *candidate,
                    at: moment(&t(FieldId::At), *zone)?,
                    place: t(FieldId::Place),
                    interviewers: logins(&t(FieldId::Interviewers)),
                },
                String::new(),
            ),
            RecruitForm::Feedback(interview) => (
                Recruit::Feedback {
                    interview: *interview,
                    score: self.choice_of(FieldId::Score).unwrap_or(3) as u8,
                    recommend: self
                        .choice_of(FieldId::Recommend)
                        .and_then(|i| Recommend::ALL.get(i as usize).copied())
                        .unwrap_or(Recommend::Hold),
                },
                comment,
            ),
            RecruitForm::Offer(candidate) => (
                Recruit::Offer {
                    candidate: *candidate,
                    start: parse_day(&t(FieldId::StartDate))?,
                    probation_months: self
                        .choice_of(FieldId::ProbationMonths)
                        .filter(|m| *m != MONTHS_DEFAULT),
                },
                String::new(),
            ),
            RecruitForm::Answer(candidate) => (
                Recruit::Answer {
                    candidate: *candidate,
                    accepted: self.choice_of(FieldId::Answer) == Some(1),
                },
                comment,
            ),
            RecruitForm::Drop(candidate) => (
                Recruit::Drop {
                    candidate: *candidate,
                    withdrawn: self.choice_of(FieldId::DropKind) == Some(1),
                },
                comment,
            ),
            RecruitForm::Hire(candidate) => (
                Recruit::Hire {
                    candidate: *candidate,
                    number: t(FieldId::StaffNumber).trim().to_string(),
                    legal_name: t(FieldId::LegalName),
                    personal: Box::new(self.personal()),
                    probation_end: optional_day(&t(FieldId::ProbationEnd))?,
                },
                comment,
            ),
            RecruitForm::Assess { employee, seen } => {
                let verdict = match self.choice_of(FieldId::Verdict) {
                    Some(VERDICT_EXTEND) => Verdict::Extend(parse_day(&t(FieldId::ExtendTo))?),
                    Some(VERDICT_FAIL) => Verdict::Fail,
                    _ => Verdict::Pass,
                };
                (
                    Recruit::Assess {
                        employee: *employee,
                        verdict,
                        seen: seen.clone(),
                    },
                    comment,
                )
            }
            RecruitForm::Train(employee) => (
                Recruit::Train {
                    employee: *employee,
                    what: t(FieldId::Training),
                    trainer: t(FieldId::Trainer),
                    on: parse_day(&t(FieldId::OnDay))?,
                },
                String::new(),
            ),
            RecruitForm::StartWork(employee) => (
                Recruit::StartWork {
                    employee: *employee,
                    on: parse_day(&t(FieldId::OnDay))?,
                },
                String::new(),
            ),
            RecruitForm::FormalContract(employee) => (
                Recruit::FormalContract {
                    employee: *employee,
                    start: parse_day(&t(FieldId::StartDate))?,
                    end: optional_day(&t(FieldId::ContractEnd))?,
                    number: t(FieldId::ContractNo).trim().to_string(),
                },
                String::new(),
            ),
        };
        Ok((Command::Recruit(cmd), comment))
    }
}
