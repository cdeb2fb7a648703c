//! The people screen's filter over 100,000 employees, one key press at a
//! time: `cargo bench --bench people_filter`.
//!
//! Names are a mix of simplified and traditional Chinese and Latin (about
//! 45 / 35 / 20 %, a few Chinese with a Latin given name), on 1,000
//! positions in 40 departments. Each query is typed letter by letter and
//! deleted again, as a person would, many times over; every key press is
//! timed from the text typed to the ranked rows. Target: ≤ 2 ms per key
//! press (median and p99).
//!
//! Then the same company in a demo store, through the interface as HR sees
//! it: how soon the first page of the directory shows, how long reading it
//! whole takes, and each key typed after `/` from the key to the drawn
//! 80×24 frame. RENSHI_BENCH_KEEP=1 keeps the store, to open it with
//! `renshi --store DIR/s --as hr.zhao`.

mod common;

use common::*;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use renshi::domain::{EmployeeId, EmployeeStatus, Event, PositionId};
use renshi::find::people::{Finder, Index, Person};
use renshi::i18n::{Catalog, Lang};
use renshi::service::{Caller, Service};
use renshi::store::Store;
use renshi::transport::Embedded;
use renshi::tui::app::{App, Loaded};
use renshi::tui::keymap::Keymap;
use renshi::tui::{on_key, render_text};
use std::sync::Arc;
use std::time::{Duration, Instant};

const EMPLOYEES: usize = 100_000;
const ROUNDS: usize = 60;

const SURNAMES_HANS: &[&str] = &[
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭",
    "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾",
    "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁",
];
/// The same surnames in traditional characters, in the same order.
const SURNAMES_HANT: &[&str] = &[
    "王", "李", "張", "劉", "陳", "楊", "黃", "趙", "吳", "周", "徐", "孫", "馬", "朱", "胡", "郭",
    "何", "高", "林", "羅", "鄭", "梁", "謝", "宋", "唐", "許", "韓", "馮", "鄧", "曹", "彭", "曾",
    "蕭", "田", "董", "袁", "潘", "于", "蔣", "蔡", "余", "杜", "葉", "程", "蘇", "魏", "呂", "丁",
];
const GIVEN_HANS: &[&str] = &[
    "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明",
    "超", "秀", "霞", "平", "刚", "桂", "英", "华", "文", "辉", "建", "国", "晓", "梅", "红", "玲",
    "志", "斌", "鹏", "宇", "浩", "凯", "欣", "婷", "雪", "帆", "阳", "博", "翔", "思", "成", "雨",
];
const GIVEN_HANT: &[&str] = &[
    "偉", "芳", "娜", "敏", "靜", "麗", "強", "磊", "軍", "洋", "勇", "豔", "傑", "娟", "濤", "明",
    "超", "秀", "霞", "平", "剛", "桂", "英", "華", "文", "輝", "建", "國", "曉", "梅", "紅", "玲",
    "志", "斌", "鵬", "宇", "浩", "凱", "欣", "婷", "雪", "帆", "陽", "博", "翔", "思", "成", "雨",
];
const LATIN_GIVEN: &[&str] = &[
    "Emily", "Kevin", "Grace", "Daniel", "Michael", "Sarah", "David", "Jason", "Anna", "Peter",
    "Mary", "John", "Lucy", "Tony", "Helen", "Eric", "Vivian", "Alan", "Cindy", "Frank",
];
const LATIN_FAMILY: &[&str] = &[
    "Chen", "Wong", "Lee", "Lam", "Ho", "Yip", "Tan", "Wu", "Liu", "Cheung", "Chan", "Ng", "Lau",
    "Leung", "Smith", "Brown", "Garcia", "Müller", "Nguyen", "Kim",
];

/// A small generator with a fixed seed: the same company every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 >> 11) as usize
    }

    fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
        from[self.next() % from.len()]
    }

    /// A Chinese name of two or three characters, in either script.
    fn han_name(&mut self, traditional: bool) -> String {
        let (surnames, given) = if traditional {
            (SURNAMES_HANT, GIVEN_HANT)
        } else {
            (SURNAMES_HANS, GIVEN_HANS)
        };
        let mut name = self.pick(surnames).to_string();
        name.push_str(self.pick(given));
        if !self.next().is_multiple_of(3) {
            name.push_str(self.pick(given));
        }
        name
    }
}

struct Row {
    name: String,
    number: String,
    dept: String,
    title: String,
}

fn company() -> Vec<Row> {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let depts: Vec<String> = (0..40)
        .map(|i| format!("{}部 Department {i}", rng.pick(GIVEN_HANS)))
        .collect();
    let titles: Vec<(usize, String)> = (0..1000)
        .map(|i| {
            let d = rng.next() % depts.len();
            let t = format!(
                "{}{}工程師 Engineer {i}",
                rng.pick(GIVEN_HANS),
                rng.pick(GIVEN_HANS)
            );
            (d, t)
        })
        .collect();
    (0..EMPLOYEES)
        .map(|i| {
            let name = match rng.next() % 100 {
                0..45 => rng.han_name(false),
                45..80 => rng.han_name(true),
                80..83 => format!("{} {}", rng.han_name(true), rng.pick(LATIN_GIVEN)),
                _ => format!("{} {}", rng.pick(LATIN_GIVEN), rng.pick(LATIN_FAMILY)),
            };
            let (d, title) = &titles[rng.next() % titles.len()];
            Row {
                name,
                number: format!("A-{:06}", i + 1),
                dept: depts[*d].clone(),
                title: title.clone(),
            }
        })
        .collect()
}

/// Types `query` letter by letter and deletes it again; the time of each
/// key press, typing first, and how many the whole query found.
fn type_and_delete(
    finder: &mut Finder,
    index: &Index,
    order: &[u32],
    query: &str,
) -> (Vec<Duration>, usize) {
    finder.forget();
    let mut times = Vec::new();
    let chars: Vec<char> = query.chars().collect();
    let mut found = 0;
    let steps = (1..=chars.len()).chain((0..chars.len()).rev());
    for n in steps {
        let typed: String = chars[..n].iter().collect();
        let t = Instant::now();
        let hits = finder.find(index, order, &typed).len();
        times.push(t.elapsed());
        if n == chars.len() {
            found = hits;
        }
    }
    (times, found)
}

/// The company in a demo store, its people on the demo's 20 positions.
fn demo_store(rows: &[Row], path: &std::path::Path) -> Result<Arc<Service>> {
    let svc = Arc::new(Service::open(Store::create(path, true)?)?);
    svc.seed_demo_in("admin", "en")?;
    let hired = chrono::NaiveDate::from_ymd_opt(2020, 1, 1).ok_or("no such day")?;
    let events: Vec<Event> = rows
        .iter()
        .enumerate()
        .map(|(i, r)| Event::EmployeeHired {
            id: EmployeeId(1000 + i as u32),
            name: r.name.clone(),
            position: PositionId(1 + (i % 20) as u32),
            status: EmployeeStatus::Active,
            hired,
        })
        .collect();
    for batch in events.chunks(10_000) {
        svc.seed("admin", "bench", batch)?;
    }
    Ok(svc)
}

fn key(app: &mut App, code: KeyCode) {
    on_key(app, KeyEvent::new(code, KeyModifiers::NONE));
}

fn through_the_interface(rows: &[Row]) -> Result<()> {
    let dir = bench_dir()?;
    let svc = demo_store(rows, &dir.path().join("s"))?;
    let client = Embedded::new(svc, Caller::new("hr.zhao"));
    let mut app = App::new(Box::new(client), Keymap::builtin(), Catalog::load(Lang::En));
    app.refresh();
    app.settle();
    let t = Instant::now();
    key(&mut app, KeyCode::Char('6'));
    while !matches!(app.data.people, Loaded::Ready(_)) {
        if app.wait(Duration::from_secs(30)).is_none() {
            return Err("the directory did not come".into());
        }
    }
    render_text(&app, 80, 24);
    let first = t.elapsed();
    app.settle();
    let whole = t.elapsed();
    let read = renshi::tui::screens::people::directory(&app).map_or(0, |d| d.rows.len());
    println!(
        "through the interface ({read} employees): first page on screen {} ms, read whole {} ms",
        ms(first).trim(),
        ms(whole).trim()
    );
    header("key typed after `/` to the 80×24 frame drawn");
    let mut all = Vec::new();
    for query in ["chen", "張偉", "zhangwei", "zw"] {
        let mut times = Vec::new();
        for _ in 0..ROUNDS / 4 {
            key(&mut app, KeyCode::Esc);
            key(&mut app, KeyCode::Char('/'));
            for c in query.chars() {
                let t = Instant::now();
                key(&mut app, KeyCode::Char(c));
                render_text(&app, 80, 24);
                times.push(t.elapsed());
            }
        }
        all.extend(times.iter().copied());
        row(&format!("{query}, typed"), &summary(times));
    }
    row("every letter typed", &summary(all));
    Ok(())
}

fn main() -> Result<()> {
    let rows = company();
    let t = Instant::now();
    let mut index = Index::default();
    for r in &rows {
        index.push(Person {
            name: &r.name,
            number: &r.number,
            shared: [&r.dept, &r.title],
        });
    }
    let built = t.elapsed();
    let order: Vec<u32> = (0..rows.len() as u32).collect();
    println!(
        "people filter: {EMPLOYEES} employees, index built in {} ms ({:.1} µs a row)",
        ms(built).trim(),
        built.as_secs_f64() * 1e6 / EMPLOYEES as f64
    );
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    for (label, mut finder) in [
        (
            format!("as the interface runs it ({cores} cores)"),
            Finder::default(),
        ),
        ("on one thread".to_string(), Finder::with_threads(1)),
    ] {
        header(&format!("per key press, {label}"));
        let mut all = Vec::new();
        let mut typing = Vec::new();
        for query in ["chen", "張偉", "zhangwei", "zw"] {
            let len = query.chars().count();
            let mut times = Vec::new();
            let mut found = 0;
            for _ in 0..ROUNDS {
                let (t, f) = type_and_delete(&mut finder, &index, &order, query);
                typing.extend(t[..len].iter().copied());
                times.extend(t);
                found = f;
            }
            all.extend(times.iter().copied());
            row(
                &format!("{query} ({found} found), typed and deleted"),
                &summary(times),
            );
        }
        row("every letter typed (no Backspace)", &summary(typing));
        row("every key press", &summary(all));
    }
    through_the_interface(&rows)
}
