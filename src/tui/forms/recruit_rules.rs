//! What the recruitment forms check as the user types (the domain's own
//! rules, said before saving) and the command each becomes.

use super::people::PERSONAL;
use super::recruit::{
    MONTHS_DEFAULT, RecruitForm, TERM_FIXED, TERM_OPEN, VERDICT_EXTEND, VERDICT_FAIL, VERDICT_PASS,
};
use super::*;
use crate::domain::people::MAX_NUMBER;
use crate::domain::recruit::{MAX_COUNT, MAX_INTERVIEWERS, Recommend, Recruit, Verdict};
use crate::domain::time::parse_day;
use chrono::{NaiveDate, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Tz;

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
    pub(super) fn recruit_visible(&self, id: FieldId) -> bool {
        match id {
            FieldId::ExtendTo => self.choice_of(FieldId::Verdict) == Some(VERDICT_EXTEND),
            // An open-ended contract has no end to give.
            FieldId::ContractEnd => match &self.kind {
                FormKind::Recruit(RecruitForm::FormalContract(_)) => {
                    self.choice_of(FieldId::Contract) == Some(TERM_FIXED)
                }
                _ => true,
            },
            _ => true,
        }
    }

    /// Whether the comment must be given: saying no is always explained.
    pub fn recruit_comment_required(&self) -> bool {
        match &self.kind {
            FormKind::Recruit(
                RecruitForm::Cancel(_)
                | RecruitForm::Drop(_)
                | RecruitForm::Override
                | RecruitForm::CancelInterview(_),
            ) => true,
            FormKind::Recruit(RecruitForm::Sign { decision, .. }) => decision.needs_comment(),
            FormKind::Recruit(RecruitForm::Assess { .. }) => matches!(
                self.choice_of(FieldId::Verdict),
                Some(VERDICT_EXTEND | VERDICT_FAIL)
            ),
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
            // A decision is chosen, never assumed (see `Form::unchosen`).
            FieldId::Position
            | FieldId::Score
            | FieldId::Recommend
            | FieldId::Verdict
            | FieldId::Contract
                if self.choice_of(id).is_none() =>
            {
                Err(DomainError::EmptyField {
                    field: id.label_key().into(),
                })
            }
            FieldId::Count | FieldId::Seats => count(t).map(|_| ()),
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
            FieldId::ProbationEnd => match form {
                RecruitForm::OpenReview { .. } if t.trim().is_empty() => {
                    Err(DomainError::EmptyField {
                        field: self.label_key(id).into(),
                    })
                }
                RecruitForm::OpenReview { hired, .. } => {
                    let end = parse_day(t)?;
                    if end <= *hired {
                        return Err(DomainError::EndBeforeStart {
                            end: end.to_string(),
                            start: hired.to_string(),
                        });
                    }
                    Ok(())
                }
                _ => optional_day(t).map(|_| ()),
            },
            FieldId::ContractEnd => {
                if !self.recruit_visible(id) {
                    return Ok(());
                }
                // A fixed term ends: an empty end is missing, not open-ended.
                let Some(end) = optional_day(t)? else {
                    return Err(DomainError::EmptyField {
                        field: self.label_key(id).into(),
                    });
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
            FieldId::Assign => {
                let may_be_empty = !matches!(form, RecruitForm::Assign(_));
                text::line("field.login", t, MAX_TITLE, may_be_empty).map(|_| ())
            }
            // Said as the domain says it: calling off needs a reason.
            FieldId::Comment
                if matches!(form, RecruitForm::CancelInterview(_)) && t.trim().is_empty() =>
            {
                Err(DomainError::ReasonRequired {
                    action: "action.cancel_interview".into(),
                })
            }
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
            RecruitForm::Override => (
                Recruit::Override {
                    position: PositionId(self.choice_of(FieldId::Position).unwrap_or(0)),
                    seats: count(&t(FieldId::Seats))?,
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
            RecruitForm::Assign(id) => (
                Recruit::Assign {
                    id: *id,
                    to: t(FieldId::Assign).trim().to_string(),
                },
                comment,
            ),
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
                    // Both are chosen: `recruit_problem` refuses the form before.
                    score: self.choice_of(FieldId::Score).unwrap_or(0) as u8,
                    recommend: self
                        .choice_of(FieldId::Recommend)
                        .and_then(|i| Recommend::ALL.get(i as usize).copied())
                        .unwrap_or(Recommend::Hold),
                },
                comment,
            ),
            RecruitForm::CancelInterview(interview) => (
                Recruit::CancelInterview {
                    interview: *interview,
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
                    Some(VERDICT_PASS) => Verdict::Pass,
                    Some(VERDICT_EXTEND) => Verdict::Extend(parse_day(&t(FieldId::ExtendTo))?),
                    Some(VERDICT_FAIL) => Verdict::Fail,
                    _ => {
                        return Err(DomainError::EmptyField {
                            field: FieldId::Verdict.label_key().into(),
                        });
                    }
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
            RecruitForm::OpenReview { employee, .. } => (
                Recruit::OpenReview {
                    employee: *employee,
                    end: parse_day(&t(FieldId::ProbationEnd))?,
                },
                String::new(),
            ),
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
                    end: match self.choice_of(FieldId::Contract) {
                        Some(TERM_OPEN) => None,
                        Some(TERM_FIXED) => Some(parse_day(&t(FieldId::ContractEnd))?),
                        _ => {
                            return Err(DomainError::EmptyField {
                                field: FieldId::Contract.label_key().into(),
                            });
                        }
                    },
                    number: t(FieldId::ContractNo).trim().to_string(),
                },
                String::new(),
            ),
        };
        Ok((Command::Recruit(cmd), comment))
    }
}
