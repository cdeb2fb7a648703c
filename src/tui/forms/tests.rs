//! The forms' own rules, without a screen.

use super::*;

fn seen() -> Seen {
    Seen {
        round: 1,
        digest: "0".repeat(64),
    }
}

#[test]
fn saving_an_unchanged_form_again_sends_the_same_request() {
    let mut f = Form::plan(FormKind::NewPlan, "2027", "");
    let first = f.request;
    assert!(f.command().is_ok());
    assert_eq!(f.request, first, "a retry is the same command");
    f.type_char('!');
    assert_ne!(f.request, first, "an edited form is a new command");
    let edited = f.request;
    f.move_focus(true);
    assert_eq!(f.request, edited, "moving between fields changes nothing");
}

#[test]
fn headcount_validates_as_typed() {
    let cat = Catalog::english();
    let mut f = Form::line(&cat, PlanId(1), None, None, &[], &[], None);
    f.focus = 5;
    f.type_char('-');
    f.type_char('2');
    assert!(matches!(
        f.problem(FieldId::Headcount),
        Some(DomainError::BadHeadcount { .. })
    ));
    f.edit(EditOp::Backspace);
    f.edit(EditOp::Backspace);
    f.type_char('3');
    assert_eq!(f.problem(FieldId::Headcount), None);
    // As a Chinese input method types it.
    f.edit(EditOp::Backspace);
    f.type_char('５');
    assert_eq!(f.problem(FieldId::Headcount), None);
}

#[test]
fn reject_needs_a_comment_approve_does_not() {
    let r = Form::sign(PlanId(1), Decision::Reject, None, seen(), String::new());
    assert_eq!(r.command().unwrap_err(), DomainError::CommentRequired);
    let a = Form::sign(PlanId(1), Decision::Approve, None, seen(), String::new());
    assert!(matches!(a.command(), Ok((Command::SignPlan { .. }, _))));
}

#[test]
fn a_change_of_duties_starts_from_the_current_text_until_edited() {
    let cat = Catalog::english();
    let row = |id: u32, duties: &str| PositionRow {
        id: PositionId(id),
        dept: DeptId(1),
        dept_name: "D".into(),
        title: format!("P{id}"),
        duties: duties.into(),
        approved: 2,
        filled: 1,
        reserved: 0,
        overridden: 0,
        free: 1,
        closed: false,
    };
    let positions = [row(1, "Old one."), row(2, "Old two.")];
    let mut f = Form::line(&cat, PlanId(1), None, None, &[], &positions, None);
    f.left_right(true);
    f.left_right(true);
    assert_eq!(f.choice_of(FieldId::LineKind), Some(KIND_DUTIES));
    assert_eq!(f.text_of(FieldId::Duties), "Old one.");
    f.move_focus(true);
    f.left_right(true);
    assert_eq!(
        f.text_of(FieldId::Duties),
        "Old two.",
        "follows the position"
    );
    f.move_focus(true);
    f.type_char('!');
    f.move_focus(false);
    f.left_right(true);
    assert_eq!(
        f.text_of(FieldId::Duties),
        "Old two.!",
        "an edit is never replaced"
    );
}

#[test]
fn typing_in_a_choice_finds_the_option() {
    let cat = Catalog::english();
    let row = |id: u32, title: &str| PositionRow {
        id: PositionId(id),
        dept: DeptId(1),
        dept_name: "土建部 Civil Works".into(),
        title: title.into(),
        duties: "x".into(),
        approved: 5,
        filled: 4,
        reserved: 0,
        overridden: 0,
        free: 1,
        closed: false,
    };
    let positions = [
        row(12, "土建工程師 Civil Engineer"),
        row(13, "施工員 Site Supervisor"),
    ];
    let mut f = Form::line(&cat, PlanId(1), None, None, &[], &positions, None);
    f.left_right(true);
    f.move_focus(true);
    assert_eq!(f.fields[f.focus].id, FieldId::Position);
    for c in "SUPER".chars() {
        f.type_char(c);
    }
    assert_eq!(f.choice_of(FieldId::Position), Some(13));
    f.type_char('z');
    assert!(f.search_misses());
    assert_eq!(
        f.choice_of(FieldId::Position),
        Some(13),
        "a miss keeps the choice"
    );
    f.edit(EditOp::Backspace);
    assert!(!f.search_misses());
    f.move_focus(true);
    assert!(f.search.is_empty(), "leaving the field ends the search");
    for c in "施工".chars() {
        f.type_char(c);
    }
    assert_eq!(
        f.text_of(FieldId::Headcount),
        "施工",
        "text fields take text"
    );
}

#[test]
fn esc_closes_an_untouched_form_at_once_and_a_changed_one_on_the_second_press() {
    let mut f = Form::plan(FormKind::EditPlan(PlanId(1)), "Title", "");
    assert!(f.cancel(), "nothing changed");
    f.type_char('!');
    assert!(!f.cancel(), "the first Esc only warns");
    assert!(f.discard_armed);
    f.type_char('?');
    assert!(!f.discard_armed, "typing again keeps the form");
    assert!(!f.cancel());
    assert!(f.cancel(), "the second Esc discards");
}

#[test]
fn line_kind_decides_visible_fields_and_focus_skips_hidden_ones() {
    let cat = Catalog::english();
    let mut f = Form::line(&cat, PlanId(1), None, None, &[], &[], None);
    assert!(f.visible(FieldId::Title) && !f.visible(FieldId::Position));
    f.left_right(true);
    assert_eq!(f.choice_of(FieldId::LineKind), Some(KIND_HEADCOUNT));
    assert!(!f.visible(FieldId::Title) && f.visible(FieldId::Position));
    f.move_focus(true);
    assert_eq!(f.fields[f.focus].id, FieldId::Position);
    f.move_focus(true);
    assert_eq!(f.fields[f.focus].id, FieldId::Headcount);
}

/// Types `text` into the field `id` of `f`, over what it held.
fn fill(f: &mut Form, id: FieldId, text: &str) {
    f.focus = f.fields.iter().position(|x| x.id == id).expect("field");
    f.edit(EditOp::End);
    f.edit(EditOp::KillToStart);
    for c in text.chars() {
        f.type_char(c);
    }
}

#[test]
fn an_interview_time_is_read_in_company_time_and_full_width_digits_pass() {
    let zone: chrono_tz::Tz = "Asia/Shanghai".parse().expect("zone");
    let mut f = Form::schedule(CandidateId(4), zone, "", "hr.li，head.civil", String::new());
    fill(&mut f, FieldId::At, "２０２７-０３-０１ 14:30");
    fill(&mut f, FieldId::Place, "會議室 B");
    let Ok((
        Command::Recruit(crate::domain::recruit::Recruit::Schedule {
            at, interviewers, ..
        }),
        _,
    )) = f.command()
    else {
        panic!("{:?}", f.first_problem());
    };
    assert_eq!(at.to_rfc3339(), "2027-03-01T06:30:00+00:00");
    assert_eq!(
        interviewers,
        ["hr.li", "head.civil"],
        "a full-width comma splits too"
    );
    let mut bad = Form::schedule(CandidateId(4), zone, "tomorrow", "hr.li", String::new());
    bad.focus = 0;
    assert!(matches!(
        bad.problem(FieldId::At),
        Some(DomainError::BadDate { .. })
    ));
    fill(&mut bad, FieldId::Interviewers, "");
    assert!(bad.problem(FieldId::Place).is_some(), "a place is needed");
    assert!(matches!(
        bad.problem(FieldId::Interviewers),
        Some(DomainError::BadPanel { .. })
    ));
}

#[test]
fn extending_or_failing_a_probation_needs_a_date_and_a_reason() {
    let cat = Catalog::english();
    let mut f = Form::assess(&cat, EmployeeId(41), seen(), String::new());
    // Nothing is chosen to start with: Enter alone passes nobody.
    assert!(matches!(f.command(), Err(DomainError::EmptyField { .. })));
    f.focus = 0;
    f.left_right(true);
    assert!(f.command().is_ok(), "a pass needs nothing more");
    f.left_right(true);
    assert!(f.visible(FieldId::ExtendTo));
    assert!(matches!(
        f.problem(FieldId::ExtendTo),
        Some(DomainError::EmptyField { .. })
    ));
    assert_eq!(
        f.problem(FieldId::Comment),
        Some(DomainError::CommentRequired)
    );
    fill(&mut f, FieldId::ExtendTo, "2027-02-01");
    fill(&mut f, FieldId::Comment, "needs another site");
    let Ok((Command::Recruit(crate::domain::recruit::Recruit::Assess { verdict, .. }), comment)) =
        f.command()
    else {
        panic!("{:?}", f.first_problem());
    };
    assert_eq!(
        verdict,
        crate::domain::recruit::Verdict::Extend(
            chrono::NaiveDate::from_ymd_opt(2027, 2, 1).expect("day")
        )
    );
    assert_eq!(comment, "needs another site");
}

#[test]
fn feedback_starts_on_no_score_and_no_recommendation() {
    let cat = Catalog::english();
    let mut f = Form::feedback(&cat, InterviewId(3), String::new());
    assert!(matches!(
        f.problem(FieldId::Score),
        Some(DomainError::EmptyField { .. })
    ));
    assert!(f.command().is_err(), "nothing chosen, nothing saved");
    assert!(f.unchosen(0) && f.unchosen(1));
    // → takes the first option, ← the last: 1/5 and 5/5.
    f.focus = 0;
    f.left_right(false);
    assert_eq!(f.choice_of(FieldId::Score), Some(5));
    f.focus = 1;
    f.left_right(true);
    let Ok((
        Command::Recruit(crate::domain::recruit::Recruit::Feedback {
            score, recommend, ..
        }),
        _,
    )) = f.command()
    else {
        panic!("{:?}", f.first_problem());
    };
    assert_eq!(score, 5);
    assert_eq!(recommend, crate::domain::recruit::Recommend::Hire);
}

#[test]
fn a_requisition_asks_for_one_to_a_hundred_people() {
    let mut f = Form::edit_req(ReqId(3), 1, "more", chrono::NaiveDate::MIN, "");
    fill(&mut f, FieldId::Count, "０");
    assert!(matches!(
        f.problem(FieldId::Count),
        Some(DomainError::BadCount { .. })
    ));
    fill(&mut f, FieldId::Count, "１２");
    assert_eq!(f.problem(FieldId::Count), None);
}
