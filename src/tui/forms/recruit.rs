//! The forms of recruitment: raising and signing a requisition, each step
//! a candidate takes (interview, feedback, offer, answer, rejection, hire),
//! and what follows a hire (onboarding, the probation assessment, the formal
//! contract). Each checks as the user types what the domain would refuse,
//! and becomes one `Command::Recruit`.

use super::people::{PERSONAL, positions_field};
use super::*;
use crate::domain::recruit::Recommend;
use chrono::NaiveDate;
use chrono_tz::Tz;

#[derive(Clone, Debug, PartialEq)]
pub enum RecruitForm {
    Raise,
    /// The general manager lets a position exceed its headcount.
    Override,
    Edit(ReqId),
    Resubmit(ReqId),
    Cancel(ReqId),
    /// The HR head names who runs an open requisition.
    Assign(ReqId),
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
    /// HR calls off a round that still waits for feedback, saying why.
    CancelInterview(InterviewId),
    Offer(CandidateId),
    Answer(CandidateId),
    Drop(CandidateId),
    Hire(CandidateId),
    Assess {
        employee: EmployeeId,
        seen: Seen,
    },
    /// HR opens the assessment of someone on probation who came from a
    /// roster; the end is checked against the day they were hired.
    OpenReview {
        employee: EmployeeId,
        hired: NaiveDate,
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
            RecruitForm::Override => "rq.overridden",
            RecruitForm::Edit(_) => "msg.saved",
            RecruitForm::Resubmit(_) => "msg.submitted",
            RecruitForm::Cancel(_) => "rq.cancelled",
            RecruitForm::Assign(_) => "rq.assigned",
            RecruitForm::Sign { decision, .. } => match decision {
                Decision::Approve => "msg.approved",
                Decision::Reject => "msg.rejected",
                Decision::Return => "msg.returned",
            },
            RecruitForm::AddCandidate(_) => "rq.candidate_added",
            RecruitForm::Schedule { .. } => "rq.scheduled",
            RecruitForm::Feedback(_) => "rq.feedback_given",
            RecruitForm::CancelInterview(_) => "int.cancelled",
            RecruitForm::Offer(_) => "rq.offered",
            RecruitForm::Answer(_) => "rq.answered",
            RecruitForm::Drop(_) => "rq.dropped",
            RecruitForm::Hire(_) => "rq.hired",
            RecruitForm::Assess { .. } => "rq.assessed",
            RecruitForm::OpenReview { .. } => "rq.review_opened",
            RecruitForm::Train(_) | RecruitForm::StartWork(_) | RecruitForm::FormalContract(_) => {
                "msg.saved"
            }
        }
    }
}

/// Scores as a choice: nothing to mistype.
const SCORES: [u32; 5] = [1, 2, 3, 4, 5];
pub(super) const VERDICT_PASS: u32 = 0;
pub(super) const VERDICT_EXTEND: u32 = 1;
pub(super) const VERDICT_FAIL: u32 = 2;
/// The probation of an offer: the company's default, or a number of months.
pub(super) const MONTHS_DEFAULT: u32 = 0;
/// The formal contract's term, as the roster's contract kinds number them.
pub(super) const TERM_FIXED: u32 = 2;
pub(super) const TERM_OPEN: u32 = 3;

fn choice(id: FieldId, options: Vec<(String, u32)>, want: u32) -> Field {
    let selected = options.iter().position(|(_, v)| *v == want).unwrap_or(0);
    Field {
        id,
        value: Value::Choice { options, selected },
    }
}

/// A choice that records a decision starts on none of its options: Enter
/// alone must not score, recommend or pass anyone. ←/→ and typing choose.
fn unchosen(id: FieldId, options: Vec<(String, u32)>) -> Field {
    let selected = options.len();
    Field {
        id,
        value: Value::Choice { options, selected },
    }
}

impl Form {
    /// `positions`: those the user may ask people for.
    pub fn raise_req(cat: &Catalog, positions: &[PositionRow], start: NaiveDate) -> Form {
        let fields = vec![
            positions_field(cat, positions, None),
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

    /// Seats beyond a position's headcount: which position, how many, why.
    pub fn override_seats(cat: &Catalog, positions: &[PositionRow]) -> Form {
        let fields = vec![
            positions_field(cat, positions, None),
            text(FieldId::Seats, "1"),
            text(FieldId::Comment, ""),
        ];
        let mut form = Form::new(
            FormKind::Recruit(RecruitForm::Override),
            fields,
            String::new(),
        );
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
        if matches!(
            kind,
            RecruitForm::Sign { assign: true, .. } | RecruitForm::Assign(_)
        ) {
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
            unchosen(FieldId::Score, scores),
            unchosen(FieldId::Recommend, recommends),
            text(FieldId::Comment, ""),
        ];
        Form::new(
            FormKind::Recruit(RecruitForm::Feedback(interview)),
            fields,
            subject,
        )
    }

    /// Only the reason: the round is named in the heading.
    pub fn cancel_interview(interview: InterviewId, subject: String) -> Form {
        Form::new(
            FormKind::Recruit(RecruitForm::CancelInterview(interview)),
            vec![text(FieldId::Comment, "")],
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
            unchosen(FieldId::Verdict, verdicts),
            text(FieldId::ExtendTo, ""),
            text(FieldId::Comment, ""),
        ];
        Form::new(
            FormKind::Recruit(RecruitForm::Assess { employee, seen }),
            fields,
            subject,
        )
    }

    /// `end`: the day the probation ends, as far as is known (their
    /// probation contract's end), to confirm or correct.
    pub fn open_review(
        employee: EmployeeId,
        hired: NaiveDate,
        end: NaiveDate,
        subject: String,
    ) -> Form {
        Form::new(
            FormKind::Recruit(RecruitForm::OpenReview { employee, hired }),
            vec![text(FieldId::ProbationEnd, &end.to_string())],
            subject,
        )
    }

    /// What the status line says once the form is saved, when the words
    /// need more than the form's kind: whom and until when, whose contact.
    pub fn done_args(&self) -> Vec<(&'static str, String)> {
        match &self.kind {
            FormKind::Recruit(RecruitForm::OpenReview { .. }) => vec![
                ("who", self.subject.clone()),
                (
                    "end",
                    self.text_of(FieldId::ProbationEnd).trim().to_string(),
                ),
            ],
            FormKind::Recruit(RecruitForm::CancelInterview(id)) => vec![("id", id.to_string())],
            FormKind::Erase(e) => e.done_args(),
            _ => Vec::new(),
        }
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

    /// Fixed term or open-ended is chosen, never inferred from an end date
    /// left empty; the end date shows, and is required, for a fixed term.
    pub fn formal_contract(
        cat: &Catalog,
        employee: EmployeeId,
        start: NaiveDate,
        subject: String,
    ) -> Form {
        let terms = vec![
            (cat.t("contract.fixed_term").to_string(), TERM_FIXED),
            (cat.t("contract.open_ended").to_string(), TERM_OPEN),
        ];
        let fields = vec![
            text(FieldId::ContractNo, ""),
            unchosen(FieldId::Contract, terms),
            text(FieldId::StartDate, &start.to_string()),
            text(FieldId::ContractEnd, ""),
        ];
        Form::new(
            FormKind::Recruit(RecruitForm::FormalContract(employee)),
            fields,
            subject,
        )
    }
}
