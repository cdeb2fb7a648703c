//! What may be done from the requisition list (raise one) and to an open
//! requisition and its selected candidate, down to erasing the candidate's
//! contact and CV notes. The footer offers an action only when the
//! requisition's state, the candidate's stage and the user's part in it
//! allow it; the service is asked (`Query::May`) before a form opens, and
//! decides again when it is saved.

use super::{detail, pipeline};
use crate::domain::recruit::{Recommend, Recruit, ReqState, Stage, roles_for};
use crate::domain::signoff::Decision;
use crate::domain::*;
use crate::service::api::{CandidateView, InterviewView, ReqView};
use crate::tui::app::App;
use crate::tui::forms::{EraseForm, Form, RecruitForm, SignTarget};
use crate::tui::keymap::Action;
use crate::tui::loader::Want;
use crate::tui::screens::paper;
use chrono::TimeDelta;

fn me(app: &App) -> &str {
    app.data.me.as_ref().map_or("", |m| m.login.as_str())
}

fn has(app: &App, role: Role) -> bool {
    app.data
        .me
        .as_ref()
        .is_some_and(|m| m.roles.iter().any(|g| g.role == role))
}

/// HR who may move this requisition's candidates: its runner, the HR head,
/// or any HR person while nobody runs it.
fn runs(app: &App, v: &ReqView) -> bool {
    app.is_hr()
        && match &v.row.runner {
            None => true,
            Some(r) => r == me(app) || has(app, Role::HrHead),
        }
}

/// The interview of `c` that waits for the user's feedback, latest first.
fn my_interview<'a>(app: &App, c: &'a CandidateView) -> Option<&'a InterviewView> {
    let me = me(app);
    c.interviews
        .iter()
        .rev()
        .find(|i| i.cancelled.is_none() && i.awaiting.iter().any(|a| a == me))
}

/// Every interview of theirs has all its feedback, or was called off: an
/// offer may follow.
fn interviewed(c: &CandidateView) -> bool {
    c.interviews
        .iter()
        .all(|i| i.cancelled.is_some() || i.awaiting.is_empty())
}

/// The latest round of `c` that may still be called off: not called off
/// already, and still waiting for feedback (the domain refuses a round
/// whose feedback is all in).
/// The candidate's latest round that may still be called off: not called
/// off already, and nobody's feedback on it yet (a round with feedback was
/// held, and the domain keeps it).
fn open_interview(c: &CandidateView) -> Option<&InterviewView> {
    c.interviews.iter().rev().find(|i| {
        i.cancelled.is_none() && !i.awaiting.is_empty() && i.feedback.is_empty() && i.hidden == 0
    })
}

/// What moving a candidate on means at their stage, for this user.
fn next_step(app: &App, v: &ReqView, c: &CandidateView) -> Option<Action> {
    if c.stage == Stage::Interviewing && my_interview(app, c).is_some() {
        return Some(Action::Feedback);
    }
    if !runs(app, v) {
        return None;
    }
    match c.stage {
        Stage::Applied => Some(Action::Schedule),
        Stage::Interviewing if interviewed(c) => Some(Action::Offer),
        Stage::Offered => Some(Action::Answer),
        Stage::Accepted => Some(Action::Hire),
        _ => None,
    }
}

pub fn offers(app: &App, action: Action) -> Option<bool> {
    if let Some(yes) = paper::offers(app, paper_case, action) {
        return Some(yes);
    }
    let v = detail::view(app);
    let c = pipeline::selected(app);
    let state = v.map(|v| v.row.state);
    let author = v.is_some_and(|v| v.row.author == me(app));
    let runs = v.is_some_and(|v| runs(app, v));
    let open = state == Some(ReqState::Open);
    let at = |stages: &[Stage]| c.is_some_and(|c| stages.contains(&c.stage));
    Some(match action {
        Action::Back | Action::ScrollDown | Action::ScrollUp => true,
        Action::FocusLeft | Action::FocusRight => v.is_some_and(|v| v.candidates.len() > 1),
        Action::Approve | Action::Reject | Action::Return => {
            state == Some(ReqState::Submitted) && v.is_some_and(|v| v.cannot_sign.is_none())
        }
        Action::EditReq | Action::ResubmitReq => state == Some(ReqState::Returned) && author,
        Action::CancelReq => author && state.is_some_and(|s| s.cancellable()),
        Action::AssignReq => open && has(app, Role::HrHead),
        Action::AddCandidate => open && runs,
        Action::MoveOn => match (v, c) {
            (Some(v), Some(c)) => next_step(app, v, c).is_some(),
            _ => false,
        },
        Action::Schedule => open && runs && at(&[Stage::Applied, Stage::Interviewing]),
        Action::Feedback => c.is_some_and(|c| my_interview(app, c).is_some()),
        Action::Offer => runs && at(&[Stage::Interviewing]) && c.is_some_and(interviewed),
        Action::Answer => runs && at(&[Stage::Offered]),
        Action::Hire => runs && at(&[Stage::Accepted]),
        Action::DropCandidate => runs && c.is_some_and(|c| c.stage.open()),
        Action::CancelInterview => runs && c.and_then(open_interview).is_some(),
        // At any stage, once: what is erased stays erased.
        Action::EraseCandidate => may_erase(app) && c.is_some_and(|c| c.erased.is_none()),
        _ => return None,
    })
}

/// The command an action stands for, as the service is asked about it
/// (only who may attempt it matters there, not what the form will hold).
fn command(app: &App, action: Action) -> Option<Command> {
    let v = detail::view(app)?;
    let id = v.row.id;
    let today = crate::domain::time::day_in(app.zone(), app.now);
    let cand = || pipeline::selected(app).map(|c| c.id);
    let r = match action {
        Action::Approve | Action::Reject | Action::Return => Recruit::Sign {
            id,
            decision: decision(action),
            seen: v.seen.clone(),
            assign: None,
        },
        Action::EditReq => Recruit::Edit {
            id,
            count: v.row.count,
            reason: v.reason.clone(),
            start: v.row.start,
            notes: v.notes.clone(),
        },
        Action::ResubmitReq => Recruit::Resubmit { id },
        Action::CancelReq => Recruit::Cancel { id },
        Action::AssignReq => Recruit::Assign {
            id,
            to: String::new(),
        },
        Action::AddCandidate => Recruit::AddCandidate {
            req: id,
            name: String::new(),
            contact: String::new(),
            source: String::new(),
            notes: String::new(),
        },
        Action::Schedule => Recruit::Schedule {
            candidate: cand()?,
            at: app.now,
            place: String::new(),
            interviewers: Vec::new(),
        },
        Action::Feedback => Recruit::Feedback {
            interview: pipeline::selected(app)
                .and_then(|c| my_interview(app, c))?
                .id,
            score: 3,
            recommend: Recommend::Hold,
        },
        Action::Offer => Recruit::Offer {
            candidate: cand()?,
            start: today,
            probation_months: None,
        },
        Action::Answer => Recruit::Answer {
            candidate: cand()?,
            accepted: true,
        },
        Action::DropCandidate => Recruit::Drop {
            candidate: cand()?,
            withdrawn: false,
        },
        Action::Hire => Recruit::Hire {
            candidate: cand()?,
            number: String::new(),
            legal_name: String::new(),
            personal: Box::default(),
            probation_end: None,
        },
        Action::EraseCandidate => Recruit::EraseCandidate { candidate: cand()? },
        Action::CancelInterview => Recruit::CancelInterview {
            interview: pipeline::selected(app).and_then(open_interview)?.id,
        },
        _ => return None,
    };
    Some(Command::Recruit(r))
}

/// Whether the user holds a role the domain lets erase a candidate's
/// contact (whoever the candidate is).
fn may_erase(app: &App) -> bool {
    let roles = roles_for(&Recruit::EraseCandidate {
        candidate: CandidateId(0),
    });
    app.data
        .me
        .as_ref()
        .is_some_and(|m| m.roles.iter().any(|g| roles.contains(&g.role)))
}

/// When and by whom the selected candidate's contact was erased, if it was.
fn erased_already(app: &App) -> Option<String> {
    let e = pipeline::selected(app)?.erased.clone()?;
    let at = crate::present::day(e.at, app.zone());
    Some(app.cat.f("cand.erased_on", &[("by", e.by), ("at", at)]))
}

fn decision(action: Action) -> Decision {
    match action {
        Action::Reject => Decision::Reject,
        Action::Return => Decision::Return,
        _ => Decision::Approve,
    }
}

pub fn on(app: &mut App, action: Action) -> bool {
    if paper::on(app, paper_case, action) {
        return true;
    }
    let page = app.page;
    match action {
        Action::Back => super::close_req(app),
        // Both panes of a wide terminal move together: one key, no focus.
        Action::ScrollDown => {
            app.ui.req.detail.down(page.max(2) / 2);
            app.ui.req.side.down(page.max(2) / 2);
        }
        Action::ScrollUp => {
            app.ui.req.detail.up(page.max(2) / 2);
            app.ui.req.side.up(page.max(2) / 2);
        }
        Action::FocusLeft | Action::FocusRight => pipeline::step(app, action == Action::FocusRight),
        Action::MoveOn => {
            let next = match (detail::view(app), pipeline::selected(app)) {
                (Some(v), Some(c)) => next_step(app, v, c),
                _ => None,
            };
            if let Some(a) = next {
                return on(app, a);
            }
        }
        Action::Approve | Action::Reject | Action::Return => {
            // The service said already why this user may not sign now.
            if let Some(e) = detail::view(app).and_then(|v| v.cannot_sign.clone()) {
                let why = app.cat.domain_error(&e);
                app.error(why);
            } else if let Some(cmd) = command(app, action) {
                app.if_allowed(cmd, action);
            }
        }
        // Erased already: said at once to whoever may erase, rather than a
        // form the domain refuses (the others hear from the service why not).
        Action::EraseCandidate if may_erase(app) && erased_already(app).is_some() => {
            if let Some(why) = erased_already(app) {
                app.error(why);
            }
        }
        other => match command(app, other) {
            Some(cmd) => app.if_allowed(cmd, other),
            None => return false,
        },
    }
    true
}

/// The requisition as its paper sign-offs see it.
pub fn paper_case(app: &App) -> Option<paper::Case> {
    let v = detail::view(app)?;
    Some(paper::Case {
        target: SignTarget::Req(v.row.id),
        awaiting: v.row.state == ReqState::Submitted,
        refusal: v.cannot_sign.clone(),
        pending: v.pending_paper.as_ref().map(|s| paper::Waiting {
            signer: s.signer.clone(),
            recorded_by: crate::domain::sign::recorder(s),
            reference: s
                .paper
                .as_ref()
                .map(|p| p.reference.clone())
                .unwrap_or_default(),
            decision: s.decision,
            comment: s.comment.clone(),
        }),
        seen: v.seen.clone(),
        role: v.next_step.and_then(|i| v.steps.get(i)).map(|s| s.role),
        subject: req_subject(v),
    })
}

/// "REQ-0001 施工員 × 2": what a form on the requisition is about.
fn req_subject(v: &ReqView) -> String {
    format!("{} {} × {}", v.row.id, v.row.position_title, v.row.count)
}

fn cand_subject(v: &ReqView, c: &CandidateView) -> String {
    format!(
        "{} {} · {} {}",
        c.id, c.name, v.row.id, v.row.position_title
    )
}

/// The service said yes: the form opens, filled with what is known.
pub fn allowed(app: &mut App, action: Action) {
    if paper::allowed(app, paper_case, action) {
        return;
    }
    let Some(v) = detail::view(app).cloned() else {
        return;
    };
    let c = pipeline::selected(app).cloned();
    let zone = app.zone();
    let today = crate::domain::time::day_in(zone, app.now);
    let cat = &app.cat;
    let form = match (action, c) {
        (Action::Approve | Action::Reject | Action::Return, _) => {
            let decision = decision(action);
            // The HR head's approval may name who runs it.
            let assign = decision == Decision::Approve
                && v.next_step.is_some()
                && v.next_step == v.steps.len().checked_sub(1)
                && has(app, Role::HrHead);
            let kind = RecruitForm::Sign {
                id: v.row.id,
                decision,
                seen: v.seen.clone(),
                assign,
            };
            Form::recruit_comment(kind, req_subject(&v))
        }
        (Action::EditReq, _) => {
            Form::edit_req(v.row.id, v.row.count, &v.reason, v.row.start, &v.notes)
        }
        (Action::ResubmitReq, _) => {
            Form::recruit_comment(RecruitForm::Resubmit(v.row.id), req_subject(&v))
        }
        (Action::CancelReq, _) => {
            Form::recruit_comment(RecruitForm::Cancel(v.row.id), req_subject(&v))
        }
        (Action::AssignReq, _) => {
            Form::recruit_comment(RecruitForm::Assign(v.row.id), req_subject(&v))
        }
        (Action::AddCandidate, _) => Form::add_candidate(v.row.id, req_subject(&v)),
        (Action::Schedule, Some(c)) => {
            let tomorrow = today + TimeDelta::days(1);
            let at = format!("{tomorrow} 10:00");
            // A joint interview: HR and the department, as the domain wants.
            let panel = if v.row.author == me(app) {
                v.row.author.clone()
            } else {
                format!("{}, {}", me(app), v.row.author)
            };
            Form::schedule(c.id, zone, &at, &panel, cand_subject(&v, &c))
        }
        (Action::Feedback, Some(c)) => {
            let Some(i) = my_interview(app, &c) else {
                return;
            };
            let subject = format!("{} #{} · {}", i.id, i.round, cand_subject(&v, &c));
            Form::feedback(cat, i.id, subject)
        }
        (Action::Offer, Some(c)) => {
            let start = v.row.start.max(today);
            Form::offer(cat, c.id, start, cand_subject(&v, &c))
        }
        (Action::Answer, Some(c)) => Form::answer(cat, c.id, cand_subject(&v, &c)),
        (Action::DropCandidate, Some(c)) => Form::drop_candidate(cat, c.id, cand_subject(&v, &c)),
        (Action::Hire, Some(c)) => Form::hire(c.id, &c.name, cand_subject(&v, &c)),
        (Action::CancelInterview, Some(c)) => {
            let Some(i) = open_interview(&c) else {
                return;
            };
            let when = crate::present::when(i.at, zone);
            let subject = format!("{} #{} {when} · {}", i.id, i.round, cand_subject(&v, &c));
            Form::cancel_interview(i.id, subject)
        }
        (Action::EraseCandidate, Some(c)) => {
            Form::erase(cat, EraseForm::Candidate(c.id), &cand_subject(&v, &c))
        }
        _ => return,
    };
    app.open_form(form);
}

/// Raising a requisition offers the positions: they are read first.
pub fn list_allowed(app: &mut App, action: Action) {
    if matches!(action, Action::RaiseReq | Action::OverrideSeats) {
        app.ui.recruit.pending = Some(action);
        app.load(Want::AllPositions);
    }
}

pub fn list_loaded(app: &mut App, want: &Want) {
    if app.ui.recruit.pending == Some(Action::OverrideSeats) && *want == Want::AllPositions {
        app.ui.recruit.pending = None;
        let all = app.data.all_positions.clone().unwrap_or_default();
        let form = Form::override_seats(&app.cat, &all);
        app.open_form(form);
        return;
    }
    if app.ui.recruit.pending == Some(Action::RaiseReq) && *want == Want::AllPositions {
        app.ui.recruit.pending = None;
        let all = app.data.all_positions.clone().unwrap_or_default();
        // A department head asks for their own departments' positions (the
        // service refuses others); offered all if none is found that way.
        let mine: Vec<_> = app.data.me.as_ref().map_or_else(Vec::new, |m| {
            all.iter()
                .filter(|p| {
                    m.roles
                        .iter()
                        .any(|g| g.role == Role::DeptHead && g.depts.contains(&p.dept))
                })
                .cloned()
                .collect()
        });
        let positions = if mine.is_empty() { all } else { mine };
        let start = crate::domain::time::day_in(app.zone(), app.now) + TimeDelta::days(30);
        let form = Form::raise_req(&app.cat, &positions, start);
        app.open_form(form);
    }
}
