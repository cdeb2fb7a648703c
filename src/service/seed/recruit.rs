//! The demo's recruitment story, told through the real commands on a
//! scratch copy of the company at the times they would have happened, so
//! every role's inbox shows the flow on first start: a requisition waiting
//! for the division head, one in interviews with feedback missing and an
//! offer out, and a hire whose probation ends within two weeks.

use super::teller::{Teller, parse, say};
use crate::domain::recruit::{Recommend, Recruit};
use crate::domain::*;
use chrono::TimeDelta;

pub fn tell(t: &mut Teller, lang: &str) -> Result<(), String> {
    let supervisor = t.position("Site Supervisor")?;
    let engineer = t.position("Civil Engineer")?;

    // A supervisor hired three months ago: probation ends within two weeks.
    let reason = say(
        lang,
        "The new metro site needs a second supervisor on the night shift.",
        "地铁新工地夜班需要第二名施工员。",
        "捷運新工地夜班需要第二名施工員。",
    );
    let start = t.day(-80);
    let req = parse(t.act(
        "head.civil",
        110,
        Recruit::Raise {
            position: supervisor,
            count: 1,
            reason,
            start,
            notes: String::new(),
        },
        "",
    )?)?;
    t.approve_all(req, 109, "hr.li")?;
    let can = add_candidate(t, req, 105, "鄧超", "13900000101", "51job")?;
    let int = schedule(t, can, 100)?;
    feedback(t, int, "hr.li", 4, 100)?;
    feedback(t, int, "head.civil", 5, 100)?;
    t.act(
        "hr.li",
        98,
        Recruit::Offer {
            candidate: can,
            start,
            probation_months: None,
        },
        "",
    )?;
    t.act(
        "hr.li",
        96,
        Recruit::Answer {
            candidate: can,
            accepted: true,
        },
        "",
    )?;
    let emp: EmployeeId = parse(t.act(
        "hr.li",
        81,
        Recruit::Hire {
            candidate: can,
            number: "HX-1041".into(),
            legal_name: String::new(),
            personal: Box::new(Personal {
                id_number: "110101199805170021".into(),
                phone: "13900000101".into(),
                email: String::new(),
                address: "北京市朝陽區示範路 101 號".into(),
                bank_account: "6222 0000 0000 2001".into(),
                date_of_birth: "1998-05-17".into(),
                emergency_contact: "鄧母 13900000199".into(),
            }),
            // Ends eleven days from now, inside the two-week notice.
            probation_end: Some(t.day(11)),
        },
        "",
    )?)?;
    t.act(
        "head.civil",
        80,
        Recruit::StartWork {
            employee: emp,
            on: start,
        },
        "",
    )?;
    t.act(
        "head.civil",
        79,
        Recruit::Train {
            employee: emp,
            what: say(lang, "Site safety", "工地安全", "工地安全"),
            trainer: "張偉".into(),
            on: t.day(-79),
        },
        "",
    )?;

    // A civil engineer in interviews: one candidate waits for the
    // department head's feedback, another holds an offer.
    let reason = say(
        lang,
        "Replaces an engineer who retires in the spring.",
        "接替明年春季退休的工程师。",
        "接替明年春季退休的工程師。",
    );
    let req = parse(t.act(
        "head.civil",
        25,
        Recruit::Raise {
            position: engineer,
            count: 1,
            reason,
            start: t.day(30),
            notes: say(
                lang,
                "Registered structural engineer preferred.",
                "有注册结构工程师资格者优先。",
                "具結構技師資格者優先。",
            ),
        },
        "",
    )?)?;
    t.approve_all(req, 24, "hr.li")?;
    let waiting = add_candidate(
        t,
        req,
        18,
        "Alice Ng 吳愛麗",
        "alice.ng@example.com",
        "referral",
    )?;
    let offered = add_candidate(t, req, 18, "羅志明", "13900000102", "zhaopin")?;
    let int = schedule(t, offered, 12)?;
    feedback(t, int, "hr.li", 4, 12)?;
    feedback(t, int, "head.civil", 4, 12)?;
    t.act(
        "hr.li",
        9,
        Recruit::Offer {
            candidate: offered,
            start: t.day(20),
            probation_months: None,
        },
        "",
    )?;
    let int = schedule(t, waiting, 3)?;
    feedback(t, int, "hr.li", 3, 3)?;

    // Just raised: waits for the division head.
    let reason = say(
        lang,
        "A second engineer for the airport terminal package.",
        "机场航站楼标段需要第二名工程师。",
        "機場航廈標段需要第二名工程師。",
    );
    t.act(
        "head.civil",
        2,
        Recruit::Raise {
            position: engineer,
            count: 1,
            reason,
            start: t.day(45),
            notes: String::new(),
        },
        "",
    )?;
    Ok(())
}

fn add_candidate(
    t: &mut Teller,
    req: ReqId,
    days: i64,
    name: &str,
    contact: &str,
    source: &str,
) -> Result<CandidateId, String> {
    parse(t.act(
        "hr.li",
        days,
        Recruit::AddCandidate {
            req,
            name: name.into(),
            contact: contact.into(),
            source: source.into(),
            notes: String::new(),
        },
        "",
    )?)
}

/// An interview with HR and the department head, at 10:00 `days` ago.
fn schedule(t: &mut Teller, candidate: CandidateId, days: i64) -> Result<InterviewId, String> {
    let at = crate::domain::time::start_of(t.company.tz(), t.day(-days)) + TimeDelta::hours(10);
    parse(t.act(
        "hr.li",
        days + 2,
        Recruit::Schedule {
            candidate,
            at,
            place: "會議室 A / Room A".into(),
            interviewers: vec!["hr.li".into(), "head.civil".into()],
        },
        "",
    )?)
}

fn feedback(
    t: &mut Teller,
    interview: InterviewId,
    login: &str,
    score: u8,
    days: i64,
) -> Result<(), String> {
    // After the interview, which is at 10:00 in the company's zone: `days`
    // ago in UTC may be the evening before it when the zone's day is ahead.
    let after = t
        .company
        .interviews
        .get(&interview)
        .map(|i| i.at + TimeDelta::hours(2));
    let at = (t.now() - TimeDelta::days(days)).max(after.unwrap_or_default());
    t.run_at(
        login,
        at,
        Command::Recruit(Recruit::Feedback {
            interview,
            score,
            recommend: if score >= 4 {
                Recommend::Hire
            } else {
                Recommend::Hold
            },
        }),
        "",
    )
    .map(|_| ())
}
