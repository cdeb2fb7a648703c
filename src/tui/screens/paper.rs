//! Paper sign-offs on the screen of a case signed along a chain (a plan, a
//! requisition): HR records a signature given on paper, a second HR person
//! confirms it, or it is discarded with a reason. Each screen says what its
//! case is (`Case`); what the footer offers, what the service is asked and
//! what opens are the same for every case.

use crate::domain::auth::roles_for;
use crate::domain::signoff::{Decision, Seen};
use crate::domain::{Command, DomainError, Role, User};
use crate::tui::app::{App, Confirm, Modal};
use crate::tui::forms::{Form, SignTarget};
use crate::tui::keymap::Action;
use crate::tui::theme::Theme;
use crate::tui::widgets::detail::Doc;

/// A case as its paper sign-offs see it.
#[derive(Clone, Debug, PartialEq)]
pub struct Case {
    pub target: SignTarget,
    /// It waits for a signature: paper can stand in for one only then.
    pub awaiting: bool,
    /// Why the user may not sign it now, as the service said.
    pub refusal: Option<DomainError>,
    /// A paper sign-off recorded by HR staff, waiting for a second person.
    pub pending: Option<Waiting>,
    /// The version HR was shown: the record is bound to it.
    pub seen: Seen,
    /// The role the waiting step needs; those who hold it are offered as
    /// the signer.
    pub role: Option<Role>,
    /// What the case is, as a form's heading says it.
    pub subject: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Waiting {
    pub signer: String,
    pub recorded_by: String,
    pub reference: String,
    /// What the paper decided, and its words: the second person confirms
    /// these, so the question says them.
    pub decision: Decision,
    pub comment: String,
}

/// A comment longer than this is cut in the question (the pane shows it
/// whole): the keys that answer must stay in sight.
const QUESTION_COMMENT: usize = 280;

/// How a screen describes the case it shows (`None` before it arrived);
/// asked only when a paper action is at stake.
pub type CaseOf = fn(&App) -> Option<Case>;

const ACTIONS: [Action; 3] = [
    Action::RecordPaper,
    Action::ConfirmPaper,
    Action::DiscardPaper,
];

/// The command an action stands for, as the service is asked about it
/// (only who may attempt it matters there, not what the form will hold).
fn command(case: &Case, action: Action) -> Option<Command> {
    Some(match action {
        Action::RecordPaper => case.target.record(
            String::new(),
            Decision::Approve,
            String::new(),
            case.seen.clone(),
        ),
        Action::ConfirmPaper => case.target.confirm(case.seen.clone()),
        Action::DiscardPaper => case.target.discard(),
        _ => return None,
    })
}

/// Whether the user holds a role the domain lets attempt `cmd`.
fn may(app: &App, cmd: &Command) -> bool {
    let roles = roles_for(cmd);
    app.data
        .me
        .as_ref()
        .is_some_and(|m| m.roles.iter().any(|g| roles.contains(&g.role)))
}

/// `Some` for the paper actions: whether the footer offers them now.
pub fn offers(app: &App, case_of: CaseOf, action: Action) -> Option<bool> {
    if !ACTIONS.contains(&action) {
        return None;
    }
    let Some(case) = case_of(app) else {
        return Some(false);
    };
    if !command(&case, action).is_some_and(|c| may(app, &c)) {
        return Some(false);
    }
    let me = app.data.me.as_ref().map(|m| m.login.as_str());
    Some(match action {
        Action::RecordPaper => case.awaiting && case.pending.is_none(),
        // A second HR person: not the one who recorded it.
        Action::ConfirmPaper => case
            .pending
            .as_ref()
            .is_some_and(|p| Some(p.recorded_by.as_str()) != me),
        _ => case.pending.is_some(),
    })
}

/// A paper action pressed: the service is asked whether the user may.
/// True when it was one.
pub fn on(app: &mut App, case_of: CaseOf, action: Action) -> bool {
    if !ACTIONS.contains(&action) {
        return false;
    }
    if let Some(cmd) = case_of(app).and_then(|c| command(&c, action)) {
        app.if_allowed(cmd, action);
    }
    true
}

/// The service said yes: the form or the question opens, or the status
/// line says why there is nothing to do. True when it was a paper action.
pub fn allowed(app: &mut App, case_of: CaseOf, action: Action) -> bool {
    if !ACTIONS.contains(&action) {
        return false;
    }
    let Some(case) = case_of(app) else {
        return true;
    };
    if action == Action::RecordPaper {
        if let Some(e @ DomainError::NotAwaitingSignature { .. }) = &case.refusal {
            let why = app.cat.domain_error(e);
            app.error(why);
        } else if let Some(p) = &case.pending {
            // Said as the pane says it: the domain's refusal names a command
            // line, which is no help here.
            let why = waiting_text(app, p);
            app.error(why);
        } else {
            app.open_paper_form(case.target);
        }
        return true;
    }
    let Some(p) = &case.pending else {
        let why = app.cat.domain_error(&DomainError::NoPendingPaper {
            case: case.target.to_string(),
        });
        app.error(why);
        return true;
    };
    if action == Action::ConfirmPaper {
        let question = question(app, &case, p);
        app.modal = Modal::Confirm(Confirm::ConfirmPaper {
            target: case.target,
            seen: case.seen,
            question,
        });
    } else {
        app.open_form(Form::discard_paper(case.target, case.subject));
    }
    true
}

/// What a second HR person is asked to confirm: who signed, what they
/// decided and said, on which paper, recorded by whom.
fn question(app: &App, case: &Case, p: &Waiting) -> String {
    let mut q = app.cat.f(
        "confirm.paper",
        &[
            ("id", case.target.to_string()),
            ("signer", p.signer.clone()),
            (
                "decision",
                app.cat
                    .t(&format!("decision.{}", p.decision.key()))
                    .to_string(),
            ),
            ("ref", p.reference.clone()),
            ("by", p.recorded_by.clone()),
        ],
    );
    let comment = p.comment.trim();
    if !comment.is_empty() {
        let mut said: String = comment.chars().take(QUESTION_COMMENT).collect();
        if said.len() < comment.len() {
            said.push('…');
        }
        q.push('\n');
        q.push_str(&app.cat.f("confirm.paper_comment", &[("comment", said)]));
    }
    q
}

/// The case `target` names, as the screen showing it describes it.
fn case_of(app: &App, target: SignTarget) -> Option<Case> {
    let case = match target {
        SignTarget::Plan(_) => super::plan::paper_case(app),
        SignTarget::Req(_) => super::recruit::actions::paper_case(app),
    };
    case.filter(|c| c.target == target)
}

/// The paper form, once the users have arrived: those who hold the role
/// of the waiting step are offered as the signer (everyone, when nobody
/// does, so the domain can say why not).
pub fn form(app: &App, target: SignTarget) -> Option<Form> {
    let case = case_of(app, target)?;
    let users = app.data.users.rows();
    let holders: Vec<&User> = users
        .iter()
        .filter(|u| case.role.is_some_and(|r| u.has(r)))
        .collect();
    let offered = if holders.is_empty() {
        users.iter().collect()
    } else {
        holders
    };
    let users: Vec<(String, String)> = offered
        .into_iter()
        .map(|u| (u.login.clone(), u.display_name.clone()))
        .collect();
    Some(Form::paper(
        &app.cat,
        case.target,
        case.seen,
        &users,
        case.subject,
    ))
}

/// The line a case's pane shows while a paper sign-off waits for a second
/// person.
pub fn pending_line(app: &App, theme: &Theme, case_of: CaseOf, doc: &mut Doc) {
    if let Some(p) = case_of(app).and_then(|c| c.pending) {
        doc.push_indented(waiting_text(app, &p), theme.key, 2);
    }
}

fn waiting_text(app: &App, p: &Waiting) -> String {
    app.cat.f(
        "plan.pending_paper",
        &[("signer", p.signer.clone()), ("by", p.recorded_by.clone())],
    )
}
