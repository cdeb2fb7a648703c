//! The demo's offboarding: three people of Civil Works leaving, at three
//! stages, so each owner finds their step waiting: a resignation just
//! recorded (HR and the department talk first), an advised resignation with
//! the handover done and a laptop still out (the administration department),
//! and a contract not renewed that waits for finance, then for the HR head
//! to close it.

use super::teller::{Teller, parse, say};
use crate::domain::offboard::{ItemFate, Offboard, SepKind};
use crate::domain::*;

fn employee(t: &Teller, name: &str) -> Result<EmployeeId, String> {
    t.company
        .employees
        .values()
        .find(|e| e.name == name)
        .map(|e| e.id)
        .ok_or_else(|| format!("no demo employee {name}"))
}

fn run(
    t: &mut Teller,
    login: &str,
    days: i64,
    cmd: Offboard,
    note: &str,
) -> Result<Option<String>, String> {
    t.run(login, days, Command::Offboard(cmd), note)
}

fn tick(t: &mut Teller, login: &str, days: i64, case: SepId, step: &str) -> Result<(), String> {
    let cmd = Offboard::Tick {
        case,
        step: step.into(),
        handover_to: None,
    };
    run(t, login, days, cmd, "").map(|_| ())
}

/// HR's talk, the department's, and the handover to `to`, `days` ago each.
fn talks_and_handover(
    t: &mut Teller,
    case: SepId,
    [hr, dept, handover]: [i64; 3],
    to: EmployeeId,
    note: &str,
) -> Result<(), String> {
    tick(t, "hr.li", hr, case, "hr_talk")?;
    tick(t, "head.civil", dept, case, "dept_talk")?;
    let cmd = Offboard::Tick {
        case,
        step: "handover".into(),
        handover_to: Some(to),
    };
    run(t, "head.civil", handover, cmd, note).map(|_| ())
}

fn issue(t: &mut Teller, days: i64, to: EmployeeId, tag: &str, what: String) -> Result<(), String> {
    let on = t.day(-days);
    let cmd = Offboard::IssueItem {
        employee: to,
        tag: tag.into(),
        what,
        on,
    };
    run(t, "admin.sun", days, cmd, "").map(|_| ())
}

pub fn tell(t: &mut Teller, lang: &str) -> Result<(), String> {
    let leaving = employee(t, "楊帆")?;
    let advised = employee(t, "徐明")?;
    let taking_over = employee(t, "吳剛")?;
    let not_renewed = employee(t, "郭小川")?;
    let laptop = say(
        lang,
        "Laptop ThinkPad T14",
        "笔记本电脑 ThinkPad T14",
        "筆記型電腦 ThinkPad T14",
    );
    let phone = say(lang, "Site phone", "工地手机", "工地手機");
    let helmet = say(
        lang,
        "Safety helmet and vest",
        "安全帽和反光背心",
        "安全帽和反光背心",
    );
    issue(t, 600, advised, "IT-0107", laptop.clone())?;
    issue(t, 400, advised, "IT-0212", phone)?;
    issue(t, 500, not_renewed, "IT-0150", laptop)?;
    issue(t, 500, not_renewed, "PPE-0033", helmet)?;

    // A contract not renewed: everything done but the final pay, so
    // finance has it waiting, and then the HR head closes it.
    let reason = say(
        lang,
        "The fixed-term contract ends with the metro project; not renewed.",
        "固定期限合同随地铁项目结束，不再续签。",
        "定期契約隨捷運專案結束，不再續簽。",
    );
    let case: SepId = parse(run(
        t,
        "hr.li",
        35,
        Offboard::Start {
            employee: not_renewed,
            kind: SepKind::ContractNotRenewed,
            notice: t.day(-35),
            last_day: t.day(-1),
            reason,
        },
        "",
    )?)?;
    let note = say(
        lang,
        "Site diaries and drawings handed over.",
        "施工日志和图纸已交接。",
        "施工日誌和圖紙已交接。",
    );
    talks_and_handover(t, case, [30, 20, 3], taking_over, &note)?;
    for tag in ["IT-0150", "PPE-0033"] {
        let cmd = Offboard::SettleItem {
            case,
            tag: tag.into(),
            fate: ItemFate::Returned,
        };
        run(t, "admin.sun", 1, cmd, "")?;
    }
    tick(t, "hr.li", 2, case, "agreement")?;

    // Advised to resign: talks and handover done, the phone is back, the
    // laptop is still out.
    let reason = say(
        lang,
        "Repeated safety violations on site; the department advised resigning.",
        "多次违反工地安全规定，部门劝其辞职。",
        "多次違反工地安全規定，部門勸其辭職。",
    );
    let case: SepId = parse(run(
        t,
        "head.civil",
        20,
        Offboard::Start {
            employee: advised,
            kind: SepKind::AdvisedResignation,
            notice: t.day(-20),
            last_day: t.day(3),
            reason,
        },
        "",
    )?)?;
    let note = say(
        lang,
        "Night shift handed to 吳剛.",
        "夜班工作已交给吴刚。",
        "夜班工作已交給吳剛。",
    );
    talks_and_handover(t, case, [15, 14, 2], taking_over, &note)?;
    let cmd = Offboard::SettleItem {
        case,
        tag: "IT-0212".into(),
        fate: ItemFate::Returned,
    };
    run(t, "admin.sun", 1, cmd, "")?;

    // Just resigned: HR recorded the letter two days ago.
    let reason = say(
        lang,
        "Moving to Shenzhen with the family.",
        "随家人迁居深圳。",
        "隨家人遷居深圳。",
    );
    run(
        t,
        "hr.li",
        2,
        Offboard::Start {
            employee: leaving,
            kind: SepKind::Resignation,
            notice: t.day(-2),
            last_day: t.day(28),
            reason,
        },
        "",
    )?;
    Ok(())
}
