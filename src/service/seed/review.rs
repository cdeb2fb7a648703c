//! The demo's training and evaluation: a safety course every site engineer
//! needs each year, passed by most a little less than a year ago (so their
//! certificates run out within the month), missed by some and failed by
//! one; and the annual evaluation running, with one evaluation signed off
//! and waiting for the employee, one waiting for the HR head, one scored
//! and not yet sent, one complete, and Civil Works' head with people left
//! to score.

use super::teller::{Teller, parse, say};
use crate::domain::review::{self, CourseKind, Review, Score, template};
use crate::domain::signoff::{Decision, Seen};
use crate::domain::*;

fn employee(t: &Teller, name: &str) -> Result<EmployeeId, String> {
    t.company
        .employees
        .values()
        .find(|e| e.name == name)
        .map(|e| e.id)
        .ok_or_else(|| format!("no demo employee {name}"))
}

fn people(t: &Teller, names: &[&str]) -> Result<Vec<EmployeeId>, String> {
    names.iter().map(|n| employee(t, n)).collect()
}

/// The login linked to employee `e`.
fn login_of(t: &Teller, e: EmployeeId) -> Result<String, String> {
    t.company
        .users
        .values()
        .find(|u| u.employee == Some(e))
        .map(|u| u.login.clone())
        .ok_or_else(|| format!("no demo login for {e}"))
}

fn run(t: &mut Teller, login: &str, days: i64, cmd: Review) -> Result<Option<String>, String> {
    t.run(login, days, Command::Review(cmd), "")
}

struct Course<'a> {
    title: &'a str,
    tenths: u32,
    kind: CourseKind,
    positions: &'a [&'a str],
    renew_months: Option<u32>,
}

fn course(t: &mut Teller, c: Course) -> Result<CourseId, String> {
    let required_for = c
        .positions
        .iter()
        .map(|p| t.position(p))
        .collect::<Result<Vec<_>, _>>()?;
    parse(run(
        t,
        "hr.li",
        400,
        Review::AddCourse {
            title: c.title.into(),
            tenths: c.tenths,
            kind: c.kind,
            required_for,
            renew_months: c.renew_months,
        },
    )?)
}

/// A session `days` ago, its results recorded the day after: everyone
/// passes but those in `failed`; certificates are numbered from `first`.
fn session(
    t: &mut Teller,
    course: CourseId,
    days: i64,
    attendees: &[EmployeeId],
    failed: &[EmployeeId],
    first: u32,
) -> Result<SessionId, String> {
    let id: SessionId = parse(run(
        t,
        "hr.li",
        days + 14,
        Review::PlanSession {
            course,
            on: t.day(-days),
            trainer: "蔣欣".into(),
            attendees: attendees.to_vec(),
        },
    )?)?;
    if days < 0 {
        return Ok(id);
    }
    for (i, e) in attendees.iter().enumerate() {
        let passed = !failed.contains(e);
        let cmd = Review::RecordResult {
            session: id,
            employee: *e,
            passed,
            score: Some(if passed { 80 + (i as u8 * 3) % 18 } else { 52 }),
            certificate: if passed {
                format!("C-{}", first + i as u32)
            } else {
                String::new()
            },
        };
        run(t, "hr.li", (days - 1).max(0), cmd)?;
    }
    Ok(id)
}

fn scores(t: &review::EvalTemplate, each: &[u8], note: &str) -> Vec<Score> {
    t.criteria
        .iter()
        .zip(each.iter().cycle())
        .enumerate()
        .map(|(i, (c, s))| Score {
            key: c.key.clone(),
            score: *s,
            comment: if i == 0 {
                note.to_string()
            } else {
                String::new()
            },
        })
        .collect()
}

fn seen(t: &Teller, id: EvalId) -> Result<Seen, String> {
    let ev = t
        .company
        .evaluations
        .get(&id)
        .ok_or_else(|| format!("no demo evaluation {id}"))?;
    Ok(Seen {
        round: ev.signoff.round,
        digest: review::eval_digest(ev).hex(),
    })
}

fn score(
    t: &mut Teller,
    by: &str,
    days: i64,
    cycle: CycleId,
    who: EmployeeId,
    each: &[u8],
    lang: &str,
) -> Result<EvalId, String> {
    let template = review::cycle(&t.company, cycle)
        .map_err(|e| e.to_string())?
        .template
        .clone();
    parse(run(
        t,
        by,
        days,
        Review::Score {
            cycle,
            employee: who,
            scores: scores(
                &template,
                each,
                &say(
                    lang,
                    "Steady on site; keeps drawings and diaries up to date.",
                    "现场表现稳定，图纸和日志及时更新。",
                    "現場表現穩定，圖紙與日誌及時更新。",
                ),
            ),
        },
    )?)
}

fn submit_and_sign(t: &mut Teller, by: &str, days: i64, id: EvalId) -> Result<(), String> {
    run(t, by, days, Review::Submit { id })?;
    let seen = seen(t, id)?;
    let cmd = Review::Sign {
        id,
        decision: Decision::Approve,
        seen,
    };
    run(t, "hr.zhao", days - 1, cmd).map(|_| ())
}

pub fn tell(t: &mut Teller, lang: &str) -> Result<(), String> {
    let safety = course(
        t,
        Course {
            title: "施工安全培訓 Site safety",
            tenths: 80,
            kind: CourseKind::Safety,
            positions: &["Civil Engineer", "Site Supervisor", "M&E Engineer"],
            renew_months: Some(12),
        },
    )?;
    let integrity = course(
        t,
        Course {
            title: "廉潔合規 Integrity and compliance",
            tenths: 20,
            kind: CourseKind::Compliance,
            positions: &["Bid Specialist", "Business Head"],
            renew_months: Some(24),
        },
    )?;
    let bim = course(
        t,
        Course {
            title: "BIM 建模 BIM modelling",
            tenths: 160,
            kind: CourseKind::Professional,
            positions: &[],
            renew_months: None,
        },
    )?;
    // Most of the site passed a little less than a year ago: their
    // certificates run out within the month, and HR is told. 鄭凱, new
    // this autumn, has not taken it yet.
    let year_ago = people(
        t,
        &[
            "劉洋",
            "陳靜",
            "Michael Tan",
            "黃磊",
            "吳剛",
            "謝婉婷",
            "高翔",
        ],
    )?;
    session(t, safety, 345, &year_ago, &[], 25001)?;
    let later = people(t, &["David Wu", "梁思成", "Sarah Wong"])?;
    let failed = people(t, &["Sarah Wong"])?;
    session(t, safety, 50, &later, &failed, 26101)?;
    // The refresher is planned for those running out.
    session(t, safety, -12, &year_ago[..4], &[], 0)?;
    let bid = people(t, &["Anna Liu", "彭博"])?;
    session(t, integrity, 200, &bid, &[], 26031)?;
    let modellers = people(t, &["唐敏", "Jason Lee"])?;
    session(t, bim, 60, &modellers, &[], 26077)?;

    // The annual evaluation, opened at the start of the month.
    let name = say(
        lang,
        "Annual evaluation 2026",
        "2026 年度考评",
        "2026 年度考評",
    );
    let template = template::named("annual").map_err(|e| e.to_string())?;
    let cycle: CycleId = parse(run(
        t,
        "hr.li",
        26,
        Review::OpenCycle {
            name,
            from: t.day(-26),
            to: t.day(34),
            template,
            self_assessment: true,
            depts: Vec::new(),
        },
    )?)?;
    let [liu, chen, tan, wu] = [
        employee(t, "劉洋")?,
        employee(t, "陳靜")?,
        employee(t, "Michael Tan")?,
        employee(t, "David Wu")?,
    ];
    // 劉洋 assessed himself; his head scored him, HR's head signed it off:
    // it waits for him to read and acknowledge it.
    let own = review::cycle(&t.company, cycle)
        .map_err(|e| e.to_string())?
        .template
        .clone();
    let liu_login = login_of(t, liu)?;
    run(
        t,
        &liu_login,
        12,
        Review::SelfAssess {
            cycle,
            scores: scores(
                &own,
                &[4, 4, 5, 4, 3],
                &say(
                    lang,
                    "Both of my sites finished without a lost day.",
                    "我负责的两个工地都没有误工。",
                    "我負責的兩個工地都沒有誤工。",
                ),
            ),
        },
    )?;
    let ev = score(t, "head.civil", 9, cycle, liu, &[4, 4, 5, 3, 4], lang)?;
    submit_and_sign(t, "head.civil", 8, ev)?;
    // 陳靜's waits for the HR head.
    let ev = score(t, "head.civil", 6, cycle, chen, &[5, 4, 4, 5, 4], lang)?;
    run(t, "head.civil", 5, Review::Submit { id: ev })?;
    // Michael Tan's is scored and not yet sent.
    score(t, "head.civil", 2, cycle, tan, &[3, 4, 3, 4, 3], lang)?;
    // M&E has no head in renshi: HR scored David Wu; it is signed off.
    let ev = score(t, "hr.li", 15, cycle, wu, &[5, 5, 4, 4, 5], lang)?;
    submit_and_sign(t, "hr.li", 14, ev)?;
    // The administration department's head read his and added a word.
    let sun = employee(t, "孫志強")?;
    let ev = score(t, "hr.li", 13, cycle, sun, &[4, 3, 4, 4, 4], lang)?;
    submit_and_sign(t, "hr.li", 12, ev)?;
    let remark = say(
        lang,
        "Agreed; the asset register moves to the new system next year.",
        "同意；明年资产登记簿改用新系统。",
        "同意；明年財產清冊改用新系統。",
    );
    let sun_login = login_of(t, sun)?;
    t.run(
        &sun_login,
        10,
        Command::Review(Review::Acknowledge { id: ev }),
        &remark,
    )
    .map(|_| ())
}
