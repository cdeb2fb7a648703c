//! Issue #9's domain and service: deleting and withdrawing plans, the whole
//! truth of a plan (timeline, baseline, overtaken, conflicts), authors hearing
//! decisions, users edited and disabled, delegations listed, department totals.

mod common;

use common::*;
use renshi::domain::*;
use renshi::service::Caller;
use renshi::service::Service;
use renshi::service::api::*;

fn q(svc: &Service, login: &str, query: Query) -> Reply {
    svc.query(&Caller::new(login), query)
        .unwrap_or_else(|e| panic!("{login}: {e:?}"))
}

fn view(svc: &Service, login: &str, id: PlanId) -> PlanView {
    match q(svc, login, Query::Plan(id)) {
        Reply::Plan(v) => *v,
        other => panic!("{other:?}"),
    }
}

fn inbox(svc: &Service, login: &str) -> Vec<InboxItem> {
    match q(svc, login, Query::Inbox(PageReq::FIRST)) {
        Reply::Inbox(p) => p.items,
        other => panic!("{other:?}"),
    }
}

fn rows(svc: &Service, login: &str) -> Vec<PlanRow> {
    match q(
        svc,
        login,
        Query::Plans {
            state: None,
            page: PageReq::FIRST,
        },
    ) {
        Reply::Plans(p) => p.items,
        other => panic!("{other:?}"),
    }
}

fn draft_with(svc: &Service, title: &str, line: PlanLine) -> PlanId {
    let id = plan_id(&ok(
        svc,
        "gm.wang",
        Command::DraftPlan {
            title: title.into(),
            note: String::new(),
        },
        "",
    ));
    ok(svc, "gm.wang", Command::AddPlanLine { id, line }, "");
    id
}

fn sign(svc: &Service, who: &str, id: PlanId, decision: Decision, comment: &str) {
    ok(
        svc,
        who,
        Command::SignPlan {
            id,
            decision,
            seen: seen(svc, id),
        },
        comment,
    );
}

#[test]
fn a_draft_is_deleted_by_its_author_and_its_number_is_never_reused() {
    let (_dir, svc) = demo();
    let e = refused(&svc, "board.chen", Command::DeletePlan { id: HP2 }, "");
    assert!(matches!(e, DomainError::Denied { .. }), "{e:?}");
    assert!(view(&svc, "gm.wang", HP2).can_delete);
    assert!(!view(&svc, "gm.wang", HP1).can_delete);
    // A submitted plan is withdrawn, not deleted.
    let e = refused(&svc, "gm.wang", Command::DeletePlan { id: HP1 }, "");
    assert_eq!(e.key(), "err.plan_not_deletable");
    ok(&svc, "gm.wang", Command::DeletePlan { id: HP2 }, "");
    assert!(!company(&svc).plans.contains_key(&HP2));
    // HP-0002 stays the deleted draft's number, in the log and after a reload.
    let next = plan_id(&ok(
        &svc,
        "gm.wang",
        Command::DraftPlan {
            title: "after".into(),
            note: String::new(),
        },
        "",
    ));
    assert_eq!(next, PlanId(3));
    assert_eq!(svc.store().load().unwrap().0, company(&svc));
}

#[test]
fn a_submitted_plan_is_withdrawn_with_a_reason_and_ends_there() {
    let (_dir, svc) = demo();
    assert!(!inbox(&svc, "board.chen").is_empty());
    let e = refused(&svc, "gm.wang", Command::WithdrawPlan { id: HP1 }, "");
    assert_eq!(e, DomainError::CommentRequired);
    let e = refused(&svc, "gm.wang", Command::WithdrawPlan { id: HP2 }, "why");
    assert_eq!(e.key(), "err.plan_not_withdrawable");
    assert!(view(&svc, "gm.wang", HP1).can_withdraw);
    assert!(!view(&svc, "board.chen", HP1).can_withdraw);
    set_now(now() + days(1));
    ok(
        &svc,
        "gm.wang",
        Command::WithdrawPlan { id: HP1 },
        "Sites postponed",
    );
    let v = view(&svc, "board.chen", HP1);
    assert_eq!(v.state, PlanState::Withdrawn);
    assert!(v.can_sign.is_none() && !v.can_withdraw && !v.can_edit);
    let w = v.withdrawal.clone().unwrap();
    assert_eq!(
        (w.by.as_str(), w.comment.as_str()),
        ("gm.wang", "Sites postponed")
    );
    assert!(matches!(
        v.timeline.last(),
        Some(TimelineEntry::Withdrawn(_))
    ));
    assert!(inbox(&svc, "board.chen").is_empty(), "nothing left to sign");
    // An end state: no signature, no second withdrawal, no edit.
    let e = refused(&svc, "gm.wang", Command::WithdrawPlan { id: HP1 }, "again");
    assert_eq!(e.key(), "err.plan_not_withdrawable");
    assert_eq!(svc.store().load().unwrap().0, company(&svc));
}

#[test]
fn the_timeline_shows_submissions_with_their_comments_beside_the_signatures() {
    let (_dir, svc) = demo();
    sign(
        &svc,
        "board.chen",
        HP1,
        Decision::Return,
        "Split the BIM team out",
    );
    ok(
        &svc,
        "gm.wang",
        Command::SubmitPlan { id: HP1 },
        "BIM kept: both sites need it",
    );
    let v = view(&svc, "board.lin", HP1);
    let kinds: Vec<String> = v
        .timeline
        .iter()
        .map(|e| match e {
            TimelineEntry::Submitted {
                resubmitted,
                comment,
                ..
            } => format!("{}:{comment}", if *resubmitted { "re" } else { "sub" }),
            TimelineEntry::Signed(s) => format!("signed:{}", s.decision.key()),
            TimelineEntry::Withdrawn(_) => "withdrawn".into(),
        })
        .collect();
    assert_eq!(
        kinds,
        [
            "sub:demo data".to_string(),
            "signed:return".into(),
            "re:BIM kept: both sites need it".into()
        ]
    );
    let times: Vec<_> = v.timeline.iter().map(TimelineEntry::at).collect();
    assert!(
        times.windows(2).all(|w| w[0] <= w[1]),
        "in order: {times:?}"
    );
}

#[test]
fn after_approval_a_duties_change_reads_against_what_stood_at_submission() {
    let (_dir, svc) = demo();
    let c = company(&svc);
    let clerk = position(&c, "Office Clerk").clone();
    let before = view(&svc, "gm.wang", HP2);
    assert!(
        !before.lines[0].at_submission,
        "a draft is judged against today"
    );
    ok(&svc, "gm.wang", Command::SubmitPlan { id: HP2 }, "");
    sign(&svc, "board.chen", HP2, Decision::Approve, "");
    let v = view(&svc, "gm.wang", HP2);
    let l = &v.lines[0];
    assert_eq!(v.state, PlanState::Approved);
    assert!(l.at_submission);
    assert_eq!(l.current_duties.as_deref(), Some(clerk.duties.as_str()));
    assert_ne!(
        l.current_duties, l.now_duties,
        "old and new duties both shown"
    );
    let cat = renshi::i18n::Catalog::english();
    let detail = renshi::present::line_detail(&cat, l).join("\n");
    assert!(detail.contains("Duties when submitted"), "{detail}");
    assert!(!detail.contains("Duties now"), "{detail}");
}

#[test]
fn an_overtaken_plan_says_so_in_the_list_and_as_a_whole_with_what_to_do() {
    let (_dir, svc) = demo();
    let civ_eng = position_id(&company(&svc), "Civil Engineer");
    let other = draft_with(
        &svc,
        "Faster",
        PlanLine::SetHeadcount {
            position: civ_eng,
            headcount: 12,
        },
    );
    // Both open and changing POS-012: each is marked in the list.
    let list = rows(&svc, "board.chen");
    let row = |id| list.iter().find(|r| r.id == id).unwrap().clone();
    assert_eq!(row(HP1).conflicts, vec![other]);
    assert_eq!(row(other).conflicts, vec![HP1]);
    assert!(row(HP2).conflicts.is_empty());
    ok(&svc, "gm.wang", Command::SubmitPlan { id: other }, "");
    sign(&svc, "board.lin", other, Decision::Approve, "");

    let list = rows(&svc, "board.chen");
    let hp1 = list.iter().find(|r| r.id == HP1).unwrap();
    assert_eq!(hp1.overtaken_by, vec![other]);
    assert!(hp1.conflicts.is_empty(), "the other is no longer open");
    let cat = renshi::i18n::Catalog::english();
    // Signers are told to return or reject; the author to withdraw.
    let board = view(&svc, "board.chen", HP1);
    let said = renshi::present::overtaken_text(&cat, &board).unwrap();
    assert!(
        said.contains(&other.to_string()) && said.contains("Return"),
        "{said}"
    );
    let author = view(&svc, "gm.wang", HP1);
    let said = renshi::present::overtaken_text(&cat, &author).unwrap();
    assert!(said.contains("Withdraw"), "{said}");
    let detail = renshi::present::line_detail(&cat, &board.lines[0]).join("\n");
    assert!(detail.contains("now 12"), "{detail}");
    // On paper too, approval is refused, naming the plan.
    let e = refused(
        &svc,
        "hr.zhao",
        Command::RecordPaperSignoff {
            id: HP1,
            signer: "board.chen".into(),
            decision: Decision::Approve,
            paper_ref: "BD-9".into(),
            seen: seen(&svc, HP1),
        },
        "",
    );
    assert!(
        matches!(&e, DomainError::Overtaken { by, .. } if *by == other.to_string()),
        "{e:?}"
    );
    sign(&svc, "board.chen", HP1, Decision::Reject, "Overtaken");
    assert!(view(&svc, "board.chen", HP1).overtaken_by.is_empty());
}

#[test]
fn authors_see_decisions_on_their_plans_for_fourteen_days() {
    let (_dir, svc) = demo();
    sign(&svc, "board.chen", HP1, Decision::Approve, "Agreed");
    let decided = now();
    let mine = inbox(&svc, "gm.wang");
    assert!(
        mine.iter().any(|i| i.case == CaseRef::Plan(HP1)
            && i.kind
                == InboxKind::PlanApproved {
                    by: "board.chen".into(),
                    at: decided
                }),
        "{mine:?}"
    );
    assert!(
        inbox(&svc, "board.lin")
            .iter()
            .all(|i| i.case != CaseRef::Plan(HP1))
    );
    // Rejected plans too.
    ok(&svc, "gm.wang", Command::SubmitPlan { id: HP2 }, "");
    sign(&svc, "board.lin", HP2, Decision::Reject, "Not now");
    assert!(
        inbox(&svc, "gm.wang")
            .iter()
            .any(|i| i.case == CaseRef::Plan(HP2)
                && matches!(&i.kind, InboxKind::PlanRejected { by, .. } if by == "board.lin"))
    );
    // The 14th day after the decision (company time) still shows it; the 15th not.
    set_now(decided + days(14));
    assert!(
        inbox(&svc, "gm.wang")
            .iter()
            .any(|i| i.case == CaseRef::Plan(HP1))
    );
    set_now(decided + days(15) + chrono::TimeDelta::hours(16));
    assert!(
        inbox(&svc, "gm.wang")
            .iter()
            .all(|i| i.case != CaseRef::Plan(HP1))
    );
}

#[test]
fn a_returned_plan_is_actionable_in_its_authors_inbox() {
    let (_dir, svc) = demo();
    sign(&svc, "board.chen", HP1, Decision::Return, "Fewer engineers");
    assert!(
        inbox(&svc, "gm.wang")
            .iter()
            .any(|i| i.case == CaseRef::Plan(HP1) && i.kind == InboxKind::RevisePlan)
    );
    assert!(view(&svc, "gm.wang", HP1).can_edit);
}

#[test]
fn users_are_edited_and_disabled_by_admins_and_a_disabled_user_cannot_act() {
    let (_dir, svc) = demo();
    let c = company(&svc);
    let civ = dept_id(&c, "Civil Works");
    let edit = |roles: Vec<RoleGrant>| Command::EditUser {
        login: "head.civil".into(),
        display_name: "張偉 Zhang Wei".into(),
        roles,
    };
    let grant = |role, depts: Vec<DeptId>| RoleGrant { role, depts };
    assert!(matches!(
        refused(
            &svc,
            "hr.zhao",
            edit(vec![grant(Role::DeptHead, vec![civ])]),
            ""
        ),
        DomainError::Denied { .. }
    ));
    assert_eq!(
        refused(&svc, "admin", edit(vec![grant(Role::DeptHead, vec![])]), "").key(),
        "err.scope_needed"
    );
    assert_eq!(
        refused(
            &svc,
            "admin",
            edit(vec![
                grant(Role::Employee, vec![]),
                grant(Role::Employee, vec![])
            ]),
            ""
        )
        .key(),
        "err.duplicate_role"
    );
    ok(
        &svc,
        "admin",
        edit(vec![
            grant(Role::DeptHead, vec![civ]),
            grant(Role::Employee, vec![]),
        ]),
        "",
    );
    let u = company(&svc).users["head.civil"].clone();
    assert_eq!(u.display_name, "張偉 Zhang Wei");
    assert!(u.has(Role::Employee));

    // An admin keeps their own account.
    let e = refused(
        &svc,
        "admin",
        Command::DisableUser {
            login: "admin".into(),
        },
        "",
    );
    assert_eq!(e, DomainError::OwnAccount);

    // board.chen leaves: she can no longer connect or sign, and nobody signs
    // for her through an old delegation; her signature history stays.
    ok(
        &svc,
        "board.chen",
        Command::GrantDelegation {
            to: "fin.zhou".into(),
            until: today() + days(30),
        },
        "",
    );
    ok(
        &svc,
        "admin",
        Command::DisableUser {
            login: "board.chen".into(),
        },
        "left",
    );
    assert_eq!(
        svc.query(&Caller::new("board.chen"), Query::Whoami),
        Err(ApiError::Domain(DomainError::UserDisabled {
            login: "board.chen".into()
        }))
    );
    let e = refused(
        &svc,
        "fin.zhou",
        Command::SignPlan {
            id: HP1,
            decision: Decision::Approve,
            seen: seen(&svc, HP1),
        },
        "",
    );
    assert!(
        matches!(
            e,
            DomainError::Denied { .. } | DomainError::NotYourTurn { .. }
        ),
        "{e:?}"
    );
    assert!(
        view(&svc, "board.lin", HP1).can_sign.is_some(),
        "the other board member still can"
    );
    let e = refused(
        &svc,
        "board.lin",
        Command::GrantDelegation {
            to: "board.chen".into(),
            until: today() + days(3),
        },
        "",
    );
    assert_eq!(e.key(), "err.user_disabled");
    assert_eq!(
        refused(
            &svc,
            "admin",
            Command::DisableUser {
                login: "board.chen".into()
            },
            ""
        )
        .key(),
        "err.user_already_disabled"
    );
    ok(
        &svc,
        "admin",
        Command::EnableUser {
            login: "board.chen".into(),
        },
        "back",
    );
    assert!(svc.query(&Caller::new("board.chen"), Query::Whoami).is_ok());
    assert_eq!(svc.store().load().unwrap().0, company(&svc));
}

#[test]
fn delegations_are_listed_given_and_received_and_all_for_admins() {
    let (_dir, svc) = demo();
    ok(
        &svc,
        "board.chen",
        Command::GrantDelegation {
            to: "fin.zhou".into(),
            until: today() + days(3),
        },
        "",
    );
    ok(
        &svc,
        "board.lin",
        Command::GrantDelegation {
            to: "board.chen".into(),
            until: today(),
        },
        "",
    );
    let list = |login: &str, all: bool| match svc.query(
        &Caller::new(login),
        Query::Delegations {
            all,
            page: PageReq::FIRST,
        },
    ) {
        Ok(Reply::Delegations(p)) => Ok(p
            .items
            .into_iter()
            .map(|r| (r.id.to_string(), r.side, r.state))
            .collect::<Vec<_>>()),
        Ok(other) => panic!("{other:?}"),
        Err(e) => Err(e),
    };
    assert_eq!(
        list("board.chen", false).unwrap(),
        [
            (
                "DLG-001".to_string(),
                DelegationSide::Given,
                DelegationState::Active
            ),
            (
                "DLG-002".into(),
                DelegationSide::Received,
                DelegationState::Active
            ),
        ]
    );
    assert_eq!(list("emp.liu", false).unwrap(), []);
    assert!(matches!(
        list("emp.liu", true),
        Err(ApiError::Domain(DomainError::Denied { .. }))
    ));
    set_now(now() + days(1));
    ok(
        &svc,
        "admin",
        Command::RevokeDelegation {
            id: DelegationId(1),
        },
        "",
    );
    assert_eq!(
        list("admin", true).unwrap(),
        [
            (
                "DLG-001".to_string(),
                DelegationSide::Others,
                DelegationState::Revoked
            ),
            (
                "DLG-002".into(),
                DelegationSide::Others,
                DelegationState::Ended
            ),
        ]
    );
}

#[test]
fn a_departments_figures_include_its_sub_departments_beside_its_own() {
    let (_dir, svc) = demo();
    let c = company(&svc);
    let page = match q(&svc, "emp.liu", Query::Departments(PageReq::FIRST)) {
        Reply::Departments(p) => p,
        other => panic!("{other:?}"),
    };
    let row = |name: &str| {
        let id = dept_id(&c, name);
        page.items.iter().find(|d| d.id == id).unwrap().clone()
    };
    let eng = row("Engineering");
    let subs: Vec<DeptRow> = ["Civil Works", "M&E", "Technical"].map(row).to_vec();
    let sum = |f: fn(&Figures) -> u32| subs.iter().map(|d| f(&d.total)).sum::<u32>();
    assert_eq!(eng.total.approved, eng.own.approved + sum(|f| f.approved));
    assert_eq!(eng.total.filled, eng.own.filled + sum(|f| f.filled));
    assert_eq!(
        eng.approved, eng.own.approved,
        "the flat fields are the department's own"
    );
    let open: Vec<&Position> = c.positions.values().filter(|p| !p.closed).collect();
    assert_eq!(page.company.positions as usize, open.len());
    assert_eq!(
        page.company.approved,
        open.iter().map(|p| p.approved).sum::<u32>()
    );
    // The top department holds everything.
    let top = row("GM Office");
    assert_eq!(top.total, page.company);
    // Paging keeps the figures whole.
    let second = match q(
        &svc,
        "emp.liu",
        Query::Departments(PageReq {
            cursor: 4,
            limit: 2,
        }),
    ) {
        Reply::Departments(p) => p,
        other => panic!("{other:?}"),
    };
    assert_eq!(second.company, page.company);
    assert_eq!(second.items[0], page.items[4]);
}
