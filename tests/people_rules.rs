//! People in the service: entering, rosters, transfers held to the ledger,
//! what each reader sees of personal data, and erasure that leaves the audit
//! chain intact.

mod common;

use common::*;
use renshi::domain::people::RosterRow;
use renshi::domain::*;
use renshi::service::api::*;
use renshi::service::{Caller, Service};
use renshi::store::Store;

fn row(line: u32, number: &str, name: &str, position: &str) -> RosterRow {
    RosterRow {
        line,
        number: number.into(),
        name: name.into(),
        position: position.into(),
        start_date: "2021-04-01".into(),
        ..RosterRow::default()
    }
}

/// A position of the demo with at least `n` free seats.
fn free_position(c: &Company, n: i64) -> PositionId {
    c.positions
        .values()
        .find(|p| !p.closed && c.ledger(p.id).free() >= n)
        .map(|p| p.id)
        .expect("the demo has free seats")
}

fn record(svc: &Service, login: &str, id: EmployeeId) -> Result<EmployeeView, ApiError> {
    match svc.query(&Caller::new(login), Query::Employee(id))? {
        Reply::Employee(v) => Ok(*v),
        other => panic!("{other:?}"),
    }
}

fn directory(svc: &Service, login: &str, page: PageReq) -> Page<EmployeeRow> {
    match svc.query(&Caller::new(login), Query::Employees(page)) {
        Ok(Reply::Employees(p)) => p,
        other => panic!("{other:?}"),
    }
}

#[test]
fn hr_enters_an_employee_who_takes_a_seat_and_has_a_history() {
    let (_dir, svc) = demo();
    let c = company(&svc);
    let pos = free_position(&c, 1);
    let before = c.ledger(pos);
    let mut r = row(0, "A-7", "歐陽娜娜 Nana", &pos.to_string());
    r.personal.id_number = "110101199001011234".into();
    let done = ok(&svc, "hr.li", Command::AddEmployee { row: Box::new(r) }, "");
    let id: EmployeeId = done.created.unwrap().parse().unwrap();
    let c = company(&svc);
    assert_eq!(c.ledger(pos).filled, before.filled + 1);
    let e = &c.employees[&id];
    assert_eq!((e.number.as_str(), e.position), ("A-7", pos));
    assert!(matches!(
        e.history[0].change,
        Change::Joined {
            imported: false,
            ..
        }
    ));
    assert_eq!(e.history[0].by, "hr.li");
    // A second person with the same number is refused, naming the holder.
    let again = refused(
        &svc,
        "hr.li",
        Command::AddEmployee {
            row: Box::new(row(0, "A-7", "Someone", &pos.to_string())),
        },
        "",
    );
    assert_eq!(
        again,
        DomainError::DuplicateNumber {
            number: "A-7".into(),
            id: id.to_string()
        }
    );
    // Typed in full-width forms (a Chinese input method) it is the same
    // number, refused too; and found by it.
    let wide = refused(
        &svc,
        "hr.li",
        Command::AddEmployee {
            row: Box::new(row(0, "Ａ－７", "Someone", &pos.to_string())),
        },
        "",
    );
    assert!(matches!(wide, DomainError::DuplicateNumber { number, .. } if number == "A-7"));
    assert_eq!(company(&svc).by_number("Ａ-7").map(|e| e.id), Some(id));
}

#[test]
fn personal_data_stays_out_of_the_chain_and_erasure_keeps_it_verifiable() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("store");
    let id_number = "44030419880808123X";
    let id = {
        let svc = Service::open(Store::create(&path, true).unwrap())
            .unwrap()
            .with_clock(now);
        svc.seed_demo("admin").unwrap();
        let pos = free_position(&company(&svc), 1);
        let mut r = row(0, "", "陳小明", &pos.to_string());
        r.personal.id_number = id_number.into();
        r.personal.address = "深圳市南山區".into();
        let done = ok(&svc, "hr.li", Command::AddEmployee { row: Box::new(r) }, "");
        let id: EmployeeId = done.created.unwrap().parse().unwrap();
        // No event of the log holds the value, only the field's name.
        for seq in 1..=svc.head().seq {
            let raw = svc.store().raw_event(seq).unwrap();
            assert!(
                !raw.windows(id_number.len())
                    .any(|w| w == id_number.as_bytes()),
                "event {seq} holds the ID number"
            );
        }
        id
    };
    // Reopened: the record comes back from beside the log.
    let svc = Service::open(Store::open(&path).unwrap())
        .unwrap()
        .with_clock(now);
    let v = record(&svc, "hr.zhao", id).unwrap();
    assert_eq!(v.personal.as_ref().unwrap().data.id_number, id_number);
    // Erasing needs a reason, and only the HR head may.
    assert_eq!(
        refused(&svc, "hr.zhao", Command::ErasePersonalData { id }, ""),
        DomainError::ReasonRequired {
            action: "action.erase_personal".into()
        }
    );
    assert!(matches!(
        refused(&svc, "hr.li", Command::ErasePersonalData { id }, "asked"),
        DomainError::Denied { .. }
    ));
    ok(
        &svc,
        "hr.zhao",
        Command::ErasePersonalData { id },
        "the person asked (PIPL art. 47)",
    );
    let v = record(&svc, "hr.zhao", id).unwrap();
    let p = v.personal.unwrap();
    assert_eq!(p.data, Personal::default());
    assert_eq!(p.erased.as_ref().unwrap().by, "hr.zhao");
    assert!(matches!(
        v.history.last().unwrap().change,
        Change::PersonalErased
    ));
    assert!(matches!(
        refused(&svc, "hr.zhao", Command::ErasePersonalData { id }, "again"),
        DomainError::AlreadyErased { .. }
    ));
    svc.store().verify(|_| {}).expect("the chain still holds");
    // Neither the snapshot nor a reopened store brings it back.
    let snapshot = std::fs::read(path.join("snapshot")).unwrap();
    assert!(
        !snapshot
            .windows(id_number.len())
            .any(|w| w == id_number.as_bytes())
    );
    drop(svc);
    let svc = Service::open(Store::open(&path).unwrap())
        .unwrap()
        .with_clock(now);
    let p = record(&svc, "hr.zhao", id).unwrap().personal.unwrap();
    assert!(p.erased.is_some() && p.data.id_number.is_empty());
}

#[test]
fn personal_data_is_masked_for_all_but_hr_and_the_person() {
    let (_dir, svc) = demo();
    let c = company(&svc);
    let liu = employee_id(&c, "劉洋");
    let full = record(&svc, "hr.li", liu).unwrap().personal.unwrap();
    assert!(!full.masked && full.data.id_number.len() == 18);
    let own = record(&svc, "emp.liu", liu).unwrap().personal.unwrap();
    assert_eq!(own.data, full.data);
    for login in ["head.civil", "gm.wang"] {
        let seen = record(&svc, login, liu).unwrap().personal.unwrap();
        assert!(seen.masked, "{login}");
        assert_ne!(seen.data.id_number, full.data.id_number);
        assert!(seen.data.id_number.ends_with(&full.data.id_number[14..]));
        assert!(!seen.data.address.contains("示範路"), "{login}");
    }
    // Someone outside their departments is not theirs to read at all.
    let wang = employee_id(&c, "王建國");
    assert!(record(&svc, "head.civil", wang).is_err());
    assert!(record(&svc, "emp.liu", wang).is_err());
}

#[test]
fn a_department_head_lists_only_their_departments_page_by_page() {
    let (_dir, svc) = demo();
    let c = company(&svc);
    let all = directory(&svc, "hr.li", PageReq::FIRST);
    assert_eq!(all.total as usize, c.employees.len());
    let civ = dept_id(&c, "Civil Works");
    let mut rows = Vec::new();
    let mut page = PageReq {
        cursor: 0,
        limit: 3,
    };
    loop {
        let p = directory(&svc, "head.civil", page);
        assert!(p.items.len() <= 3);
        rows.extend(p.items);
        match p.next {
            Some(next) => page.cursor = next,
            None => break,
        }
    }
    assert!(!rows.is_empty());
    assert!(rows.iter().all(|r| c.is_within(r.dept, civ)), "{rows:?}");
    let expected = c
        .employees
        .values()
        .filter(|e| c.is_within(c.position_dept(e.position).unwrap(), civ))
        .count();
    assert_eq!(rows.len(), expected);
    assert!(matches!(
        svc.query(&Caller::new("board.chen"), Query::Employees(PageReq::FIRST)),
        Err(ApiError::Domain(DomainError::Denied { .. }))
    ));
}

#[test]
fn a_transfer_needs_a_free_seat_unless_the_general_manager_overrides_with_a_reason() {
    let (_dir, svc) = demo();
    let c = company(&svc);
    let liu = employee_id(&c, "劉洋");
    let full = c
        .positions
        .values()
        .find(|p| !p.closed && c.ledger(p.id).free() == 0 && p.id != c.employees[&liu].position)
        .map(|p| p.id)
        .expect("a full position in the demo");
    let cmd = |over| Command::TransferEmployee {
        id: liu,
        to: full,
        over_headcount: over,
    };
    let l = c.ledger(full);
    assert_eq!(
        refused(&svc, "hr.li", cmd(false), ""),
        DomainError::NoFreeSeat {
            position: full.to_string(),
            title: c.positions[&full].title.clone(),
            approved: l.approved,
            filled: l.filled,
            reserved: l.reserved,
        }
    );
    assert!(matches!(
        refused(&svc, "hr.li", cmd(true), "urgent"),
        DomainError::Denied { ref action, .. } if action == "action.transfer_over"
    ));
    assert_eq!(
        refused(&svc, "gm.wang", cmd(true), " "),
        DomainError::ReasonRequired {
            action: "action.transfer_over".into()
        }
    );
    ok(&svc, "gm.wang", cmd(true), "site handover needs him now");
    let c = company(&svc);
    assert_eq!(c.ledger(full).filled, l.filled + 1);
    assert_eq!(c.employees[&liu].position, full);
    assert!(matches!(
        &c.employees[&liu].history.last().unwrap().change,
        Change::Transferred { over_headcount: Some(r), .. } if r == "site handover needs him now"
    ));
}

#[test]
fn a_roster_reports_every_bad_row_and_imports_nothing() {
    let (_dir, svc) = demo();
    let c = company(&svc);
    let pos = free_position(&c, 1);
    let free = c.ledger(pos).free() as usize;
    let head = svc.head();
    let mut rows: Vec<RosterRow> = (0..free + 1)
        .map(|i| row(2 + i as u32, &format!("R-{i}"), "張三", &pos.to_string()))
        .collect();
    let n = rows.len() as u32;
    let mut bad_date = row(n + 2, "R-x", "李四", &pos.to_string());
    bad_date.start_date = "2021-13-01".into();
    let mut dup = row(n + 3, "R-0", "王五", &pos.to_string());
    dup.status = "separated".into();
    let unknown = row(n + 4, "R-y", "趙六", "No Such Title");
    rows.extend([bad_date, dup, unknown]);
    let e = refused(&svc, "hr.li", Command::ImportEmployees { rows }, "");
    let DomainError::RosterRejected { problems, more } = e else {
        panic!("{e:?}")
    };
    assert_eq!(more, 0);
    let got: Vec<(u32, &str, &str)> = problems
        .iter()
        .map(|p| (p.line, p.column.as_str(), p.key.as_str()))
        .collect();
    assert_eq!(
        got,
        vec![
            (2 + free as u32, "position", "err.roster_over_headcount"),
            (n + 2, "start_date", "err.bad_date"),
            (n + 3, "number", "err.duplicate_number_in_file"),
            (n + 4, "position", "err.not_found"),
        ]
    );
    assert_eq!(svc.head(), head, "nothing was written");
}

#[test]
fn a_roster_goes_in_as_one_commit() {
    let (_dir, svc) = demo();
    let c = company(&svc);
    let pos = free_position(&c, 2);
    let dept = c.dept_name(c.positions[&pos].dept);
    let title = c.positions[&pos].title.clone();
    let head = svc.head();
    let mut a = row(2, "N-1", "Anna Schmidt", &title);
    a.department = dept;
    a.contract = "fixed_term".into();
    a.contract_end = "2024-03-31".into();
    let b = row(3, "", "林志玲", &pos.to_string());
    let done = ok(
        &svc,
        "hr.li",
        Command::ImportEmployees { rows: vec![a, b] },
        "roster of 2021",
    );
    // Rows of an import share their events: two rows, one event.
    assert_eq!(done.seq, head.seq + 1);
    let c = company(&svc);
    let added: Vec<&Employee> = c.employees.values().rev().take(2).collect();
    assert_eq!(added[1].number, "N-1");
    assert_eq!(added[1].contracts[0].kind, ContractKind::FixedTerm);
    // An empty number is the employee's id.
    assert_eq!(added[0].number, added[0].id.to_string());
    assert!(matches!(
        added[0].history[0].change,
        Change::Joined { imported: true, .. }
    ));
}

#[test]
fn a_long_roster_is_a_few_events_each_within_the_bound_of_a_record() {
    let (_dir, svc) = demo();
    let c = company(&svc);
    let pos = free_position(&c, 0);
    let before = c.employees.len();
    let head = svc.head();
    // The longest names and numbers there may be, in four-byte characters
    // and in characters that JSON escapes, on rows that take no seat.
    let rows: Vec<RosterRow> = (0..3000u32)
        .map(|i| {
            let name = if i % 2 == 0 {
                "𠀀".repeat(60)
            } else {
                "\\\"".repeat(30)
            };
            let mut r = row(i + 2, &format!("{i:0>20}"), &name, &pos.to_string());
            r.status = "separated".into();
            r
        })
        .collect();
    let done = ok(
        &svc,
        "hr.li",
        Command::ImportEmployees { rows },
        "archive of former staff",
    );
    let events = done.seq - head.seq;
    assert!(
        (20..=300).contains(&events),
        "3000 long rows took {events} events"
    );
    let c = company(&svc);
    assert_eq!(c.employees.len(), before + 3000);
    let last = c.employees.values().next_back().unwrap();
    assert_eq!(last.number, format!("{:0>20}", 2999));
    assert_eq!(last.name, "\\\"".repeat(30));
    // Read back from the log alone, every row is there.
    std::fs::remove_file(svc.store().path().join("snapshot")).ok();
    let (rebuilt, _) = svc.store().load().unwrap();
    assert_eq!(rebuilt.employees, c.employees);
}

#[test]
fn a_roster_names_positions_and_departments_in_either_script_and_any_case() {
    let (_dir, svc) = demo();
    let c = company(&svc);
    let pos = free_position(&c, 1);
    let (title, dept) = (
        c.positions[&pos].title.clone(),
        c.dept_name(c.positions[&pos].dept),
    );
    // As someone types them from a simplified-Chinese spreadsheet, in
    // upper case, with full-width letters.
    let typed = |t: &str| {
        let simple = zhconv::zhconv(t, zhconv::Variant::ZhHans).to_uppercase();
        assert_ne!(simple, t, "the demo's name {t} has traditional characters");
        simple
    };
    let mut r = row(2, "S-1", "张三", &typed(&title));
    r.department = typed(&dept);
    ok(
        &svc,
        "hr.li",
        Command::ImportEmployees { rows: vec![r] },
        "",
    );
    let c = company(&svc);
    let added = c.employees.values().next_back().unwrap();
    assert_eq!((added.number.as_str(), added.position), ("S-1", pos));
    // A name that is not there is still refused, as written.
    let bad = row(2, "S-2", "李四", "不存在的岗位");
    let e = svc
        .execute(
            &Caller::new("hr.li"),
            &Command::ImportEmployees { rows: vec![bad] },
            "",
        )
        .unwrap_err();
    assert!(format!("{e:?}").contains("不存在的岗位"), "{e:?}");
}

#[test]
fn a_transfer_to_the_same_seat_or_an_edit_of_nothing_says_so_in_its_own_words() {
    let (_dir, svc) = demo();
    let c = company(&svc);
    let e = c.employees.values().next().unwrap().clone();
    let hr = Caller::new("hr.li");
    let same = svc
        .execute(
            &hr,
            &Command::TransferEmployee {
                id: e.id,
                to: e.position,
                over_headcount: false,
            },
            "",
        )
        .unwrap_err();
    assert_eq!(
        same,
        ApiError::Domain(DomainError::AlreadyHolds {
            id: e.id.to_string(),
            position: e.position.to_string(),
        })
    );
    let personal = c
        .personal
        .get(&e.id)
        .map(|p| p.data.clone())
        .unwrap_or_default();
    let nothing = svc
        .execute(
            &hr,
            &Command::EditEmployee {
                id: e.id,
                number: e.number.clone(),
                name: e.name.clone(),
                personal: Box::new(personal),
            },
            "",
        )
        .unwrap_err();
    assert_eq!(
        nothing,
        ApiError::Domain(DomainError::NothingEdited {
            id: e.id.to_string()
        })
    );
}

#[test]
fn a_phone_number_is_digits_and_the_signs_written_between_them() {
    use renshi::domain::people::personal_field;
    for good in [
        "13800000001",
        "+86 138-0000-0001",
        "(010) 6512 3456",
        "１３８００００",
    ] {
        assert!(personal_field("phone", good).is_ok(), "{good}");
    }
    for bad in ["abc", "12", "138 0000 0001 ext", "13800000001; drop"] {
        assert_eq!(
            personal_field("phone", bad),
            Err(DomainError::BadPhone { text: bad.into() }),
            "{bad}"
        );
    }
    assert!(
        personal_field("phone", "").is_ok(),
        "a phone may be left out"
    );
}

#[test]
fn a_bilingual_title_is_found_by_either_of_its_parts() {
    let (_dir, svc) = demo();
    let c = company(&svc);
    let pos = free_position(&c, 2);
    let title = c.positions[&pos].title.clone();
    // The demo's titles are written in both scripts: `土建工程師 Civil Engineer`.
    let (han, latin) = title.split_once(' ').expect("a bilingual title");
    let rows = vec![
        row(
            2,
            "P-1",
            "甲",
            &zhconv::zhconv(han, zhconv::Variant::ZhHans),
        ),
        row(3, "P-2", "乙", &latin.to_lowercase()),
    ];
    ok(&svc, "hr.li", Command::ImportEmployees { rows }, "");
    let c = company(&svc);
    let added: Vec<PositionId> = c
        .employees
        .values()
        .rev()
        .take(2)
        .map(|e| e.position)
        .collect();
    assert_eq!(added, [pos, pos]);
}

#[test]
fn a_position_beyond_its_headcount_takes_no_free_seat_from_the_company_total() {
    let (_dir, svc) = demo();
    let c = company(&svc);
    let full = c
        .positions
        .values()
        .find(|p| !p.closed && c.ledger(p.id).free() == 0)
        .map(|p| p.id)
        .expect("a full position");
    let mover = c
        .employees
        .values()
        .find(|e| e.position != full && e.status.holds_seat())
        .unwrap()
        .id;
    ok(
        &svc,
        "gm.wang",
        Command::TransferEmployee {
            id: mover,
            to: full,
            over_headcount: true,
        },
        "interim cover",
    );
    let c = company(&svc);
    assert_eq!(c.ledger(full).free(), -1);
    let free_seats: i64 = c
        .positions
        .values()
        .filter(|p| !p.closed)
        .map(|p| c.ledger(p.id).free().max(0))
        .sum();
    let page = match svc.query(&Caller::new("gm.wang"), Query::Departments(PageReq::FIRST)) {
        Ok(Reply::Departments(p)) => p,
        other => panic!("{other:?}"),
    };
    assert_eq!(page.company.free, free_seats);
}

/// An edit keeps the rule an entry and a roster keep: one ID number, one
/// person.
#[test]
fn an_edit_cannot_give_someone_the_id_number_of_another() {
    let (_dir, svc) = demo();
    let c = company(&svc);
    let pos = free_position(&c, 2);
    let id_number = "110101199001011234";
    let mut first = row(0, "A-8", "甲 First", &pos.to_string());
    first.personal.id_number = id_number.into();
    let done = ok(
        &svc,
        "hr.li",
        Command::AddEmployee {
            row: Box::new(first),
        },
        "",
    );
    let holder: EmployeeId = done.created.unwrap().parse().unwrap();
    let done = ok(
        &svc,
        "hr.li",
        Command::AddEmployee {
            row: Box::new(row(0, "A-9", "乙 Second", &pos.to_string())),
        },
        "",
    );
    let other: EmployeeId = done.created.unwrap().parse().unwrap();
    let c = company(&svc);
    let e = &c.employees[&other];
    let edit = |number: &str| Command::EditEmployee {
        id: other,
        number: e.number.clone(),
        name: e.name.clone(),
        personal: Box::new(Personal {
            id_number: number.into(),
            ..Personal::default()
        }),
    };
    let refused = svc
        .execute(&Caller::new("hr.li"), &edit(id_number), "")
        .unwrap_err();
    assert_eq!(
        refused,
        ApiError::Domain(DomainError::DuplicateIdNumber {
            id: holder.to_string()
        })
    );
    assert!(
        company(&svc)
            .personal
            .get(&other)
            .is_none_or(|p| p.data.id_number.is_empty())
    );
    // A number of nobody else's is taken.
    ok(&svc, "hr.li", edit("110101199001015678"), "");
}

/// A row with a typo still asks for its seat: the roster hears of a full
/// position in the same run, not after the typo is mended.
#[test]
fn a_row_with_a_typo_is_told_of_its_full_position_in_the_same_run() {
    let (_dir, svc) = demo();
    let c = company(&svc);
    let full = c
        .positions
        .values()
        .find(|p| !p.closed && c.ledger(p.id).free() == 0)
        .map(|p| p.id)
        .expect("the demo has a full position");
    let mut r = row(2, "R-1", "張三", &full.to_string());
    r.personal.phone = "phone?".into();
    let e = refused(
        &svc,
        "hr.li",
        Command::ImportEmployees { rows: vec![r] },
        "",
    );
    let DomainError::RosterRejected { problems, .. } = e else {
        panic!("{e:?}")
    };
    let mut got: Vec<(u32, &str)> = problems
        .iter()
        .map(|p| (p.line, p.column.as_str()))
        .collect();
    got.sort();
    assert_eq!(got, vec![(2, "phone"), (2, "position")], "{problems:?}");
}

/// Ids and staff numbers both find people, so a staff number may look like
/// an id only when it is the employee's own.
#[test]
fn a_staff_number_written_as_another_employees_id_is_refused() {
    let (_dir, svc) = demo();
    let c = company(&svc);
    let pos = free_position(&c, 1);
    let taken = c
        .employees
        .keys()
        .next()
        .copied()
        .expect("the demo's staff");
    let e = refused(
        &svc,
        "hr.li",
        Command::AddEmployee {
            row: Box::new(row(0, &taken.to_string(), "丙 Third", &pos.to_string())),
        },
        "",
    );
    assert!(
        matches!(&e, DomainError::NumberIsAnId { number, .. } if *number == taken.to_string()),
        "{e:?}"
    );
    // Left empty, the number is the new id itself.
    let done = ok(
        &svc,
        "hr.li",
        Command::AddEmployee {
            row: Box::new(row(0, "", "丙 Third", &pos.to_string())),
        },
        "",
    );
    let id: EmployeeId = done.created.unwrap().parse().unwrap();
    let c = company(&svc);
    let e = &c.employees[&id];
    assert_eq!(e.number, id.to_string());
    let edit = Command::EditEmployee {
        id,
        number: taken.to_string(),
        name: e.name.clone(),
        personal: Box::default(),
    };
    let refused_edit = refused(&svc, "hr.li", edit, "");
    assert!(
        matches!(refused_edit, DomainError::NumberIsAnId { .. }),
        "{refused_edit:?}"
    );
}

/// The forms hold what could be true: a date of birth of someone who may
/// work (not in the future, not a child, not a century off), a bank account
/// with its digits, a phone number with enough of them. Each refusal names
/// the field, and nothing is written.
#[test]
fn personal_data_that_cannot_be_true_is_refused() {
    let (_dir, svc) = demo();
    let pos = free_position(&company(&svc), 1);
    let before = svc.head().seq;
    let with = |f: fn(&mut Personal)| {
        let mut r = row(0, "", "Test 測試", &pos.to_string());
        f(&mut r.personal);
        Command::AddEmployee { row: Box::new(r) }
    };
    type Is = fn(&DomainError) -> bool;
    let cases: Vec<(Command, Is)> = vec![
        (
            // After the test clock's today.
            with(|p| p.date_of_birth = "2030-01-01".into()),
            |e| matches!(e, DomainError::BadBirthDate { .. }),
        ),
        (with(|p| p.date_of_birth = "1900-01-01".into()), |e| {
            matches!(e, DomainError::BadBirthDate { .. })
        }),
        (with(|p| p.bank_account = "abc".into()), |e| {
            matches!(e, DomainError::BadBankAccount { .. })
        }),
        (with(|p| p.phone = "139".into()), |e| {
            matches!(e, DomainError::BadPhone { .. })
        }),
    ];
    for (cmd, is) in cases {
        let e = refused(&svc, "hr.li", cmd, "");
        assert!(is(&e), "{e:?}");
    }
    assert_eq!(svc.head().seq, before, "nothing written");
    // An IBAN and a number written in groups are accounts; a 16-year-old may work.
    let sixteen = (today() - chrono::Months::new(16 * 12)).to_string();
    let mut r = row(0, "", "Lena 林", &pos.to_string());
    r.personal.bank_account = "DE89 3704 0044 0532 0130 00".into();
    r.personal.phone = "(010) 6512 3456".into();
    r.personal.date_of_birth = sixteen;
    ok(&svc, "hr.li", Command::AddEmployee { row: Box::new(r) }, "");
}
