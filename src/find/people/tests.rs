use super::*;
use search::SPLIT_FROM;

fn person<'a>(name: &'a str, number: &'a str, dept: &'a str, title: &'a str) -> Person<'a> {
    Person {
        name,
        number,
        shared: [dept, title],
    }
}

/// A small directory: (name, number, department, position).
const PEOPLE: [(&str, &str, &str, &str); 8] = [
    ("張偉", "A-1001", "土建部 Civil Works", "部門經理 Head"),
    ("Emily Chen", "A-1002", "總經辦 GM Office", "助理 Assistant"),
    (
        "陳靜",
        "A-1003",
        "土建部 Civil Works",
        "土建工程師 Civil Engineer",
    ),
    ("张伟", "B-2001", "机电部 M&E", "机电工程师 M&E Engineer"),
    (
        "劉洋",
        "A-1004",
        "土建部 Civil Works",
        "土建工程師 Civil Engineer",
    ),
    ("周文", "A-1005", "財務部 Finance", "會計 Accountant"),
    (
        "曾國藩",
        "A-1006",
        "商務部 Business",
        "投標專員 Bid Specialist",
    ),
    ("Zoe Wang", "A-1007", "財務部 Finance", "會計 Accountant"),
];

fn index() -> (Index, Vec<u32>) {
    let mut ix = Index::default();
    for (n, no, d, t) in PEOPLE {
        ix.push(person(n, no, d, t));
    }
    let order = (0..ix.len() as u32).collect();
    (ix, order)
}

fn names(found: &[u32]) -> Vec<&'static str> {
    found.iter().map(|r| PEOPLE[*r as usize].0).collect()
}

#[test]
fn pinyin_in_full_and_by_initials_finds_both_scripts_first() {
    let (ix, order) = index();
    for q in ["zhangwei", "zhang wei", "ZhangWei", "zhangw"] {
        let mut f = Finder::default();
        let found = names(f.find(&ix, &order, q));
        assert!(found.len() >= 2, "{q}: {found:?}");
        let mut top = found[..2].to_vec();
        top.sort();
        assert_eq!(top, ["张伟", "張偉"], "{q}: {found:?}");
    }
    // Initials find everyone they could stand for, and only them.
    let mut found = names(Finder::default().find(&ix, &order, "zw"));
    found.sort();
    assert_eq!(found, ["Zoe Wang", "周文", "张伟", "張偉"]);
}

#[test]
fn chinese_typed_in_either_script_finds_the_other() {
    let (ix, order) = index();
    let mut f = Finder::default();
    let found = names(f.find(&ix, &order, "张伟"));
    assert_eq!(found, ["張偉", "张伟"]);
    let found = names(Finder::default().find(&ix, &order, "陈"));
    assert_eq!(found, ["陳靜"]);
}

#[test]
fn latin_finds_names_and_readings_alike() {
    let (ix, order) = index();
    let found = names(Finder::default().find(&ix, &order, "chen"));
    assert!(found.contains(&"Emily Chen"), "{found:?}");
    assert!(found.contains(&"陳靜"), "{found:?}");
}

#[test]
fn a_surname_is_found_by_its_surname_sound() {
    let (ix, order) = index();
    let found = names(Finder::default().find(&ix, &order, "zengguofan"));
    assert_eq!(found, ["曾國藩"]);
}

#[test]
fn numbers_departments_and_positions_are_searched_too() {
    let (ix, order) = index();
    assert_eq!(
        names(Finder::default().find(&ix, &order, "b-2001")),
        ["张伟"]
    );
    // Full-width letters and digits are their ASCII selves.
    assert_eq!(
        names(Finder::default().find(&ix, &order, "Ｂ－２００１")),
        ["张伟"]
    );
    let civil = names(Finder::default().find(&ix, &order, "土建"));
    assert_eq!(civil, ["張偉", "陳靜", "劉洋"]);
    let accountants = names(Finder::default().find(&ix, &order, "会计"));
    assert_eq!(accountants, ["周文", "Zoe Wang"]);
    // Every word must match, each anywhere.
    let found = names(Finder::default().find(&ix, &order, "finance zoe"));
    assert_eq!(found[0], "Zoe Wang", "{found:?}");
    assert!(
        found.iter().all(|n| ["Zoe Wang", "周文"].contains(n)),
        "{found:?}"
    );
}

#[test]
fn equally_good_matches_keep_the_chosen_order() {
    let (ix, _) = index();
    let reversed: Vec<u32> = (0..ix.len() as u32).rev().collect();
    let found = names(Finder::default().find(&ix, &reversed, "土建"));
    assert_eq!(found, ["劉洋", "陳靜", "張偉"]);
}

#[test]
fn nothing_typed_finds_nothing_and_nonsense_finds_nobody() {
    let (ix, order) = index();
    assert!(Finder::default().find(&ix, &order, "  ").is_empty());
    assert!(Finder::default().find(&ix, &order, "qqqxxx").is_empty());
}

#[test]
fn typing_letter_by_letter_finds_what_a_fresh_search_finds() {
    let (ix, order) = index();
    for query in [
        "zhangwei",
        "chen jing",
        "a-10",
        "土建 liu",
        "zw",
        "finance w",
    ] {
        let mut typed = Finder::default();
        let mut so_far = String::new();
        for c in query.chars() {
            so_far.push(c);
            let step = typed.find(&ix, &order, &so_far).to_vec();
            let fresh = Finder::default().find(&ix, &order, &so_far).to_vec();
            assert_eq!(step, fresh, "after typing {so_far:?}");
        }
        // And back again with Backspace.
        while so_far.pop().is_some() {
            let step = typed.find(&ix, &order, &so_far).to_vec();
            let fresh = Finder::default().find(&ix, &order, &so_far).to_vec();
            assert_eq!(step, fresh, "after deleting back to {so_far:?}");
        }
    }
}

#[test]
fn a_large_list_split_between_threads_finds_what_one_thread_finds() {
    let mut ix = Index::default();
    let n = SPLIT_FROM * 2 + 17;
    for i in 0..n {
        let (name, no, d, t) = PEOPLE[i % PEOPLE.len()];
        let number = format!("{no}-{i}");
        ix.push(person(name, &number, d, t));
    }
    let order: Vec<u32> = (0..n as u32).collect();
    let all = Finder::with_threads(2).find(&ix, &order, "zw").to_vec();
    // Split by hand into slices small enough for one thread each.
    let mut one = Vec::new();
    for part in order.chunks(SPLIT_FROM - 1) {
        one.extend(
            Finder::with_threads(1)
                .find(&ix, part, "zw")
                .iter()
                .copied(),
        );
    }
    let mut a = all.clone();
    a.sort();
    one.sort();
    assert_eq!(a, one);
    assert!(all.len() >= n / 4, "{} of {n}", all.len());
}
