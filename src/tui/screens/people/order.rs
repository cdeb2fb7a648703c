//! The directory's order: by any of its columns, either way. Names sort by
//! how they are read (陳 with Chen, 張 with Zhang), numbers by their value
//! (A-999 before A-1000), and people equal in the column by when they were
//! entered.

use super::directory::Directory;
use crate::domain::EmployeeStatus;
use crate::find::pinyin::readings;
use std::cmp::Ordering;
use std::collections::HashMap;

/// The directory's columns, in the order shown (and `s` goes through them).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Column {
    #[default]
    Number,
    Name,
    Department,
    Position,
    Status,
    Start,
}

impl Column {
    pub const ALL: [Column; 6] = [
        Column::Number,
        Column::Name,
        Column::Department,
        Column::Position,
        Column::Status,
        Column::Start,
    ];

    pub fn index(self) -> usize {
        Column::ALL.iter().position(|c| *c == self).unwrap_or(0)
    }

    pub fn next(self) -> Column {
        Column::ALL[(self.index() + 1) % Column::ALL.len()]
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Sort {
    pub column: Column,
    pub reverse: bool,
}

fn status_rank(s: EmployeeStatus) -> u8 {
    match s {
        EmployeeStatus::Probation => 0,
        EmployeeStatus::Active => 1,
        EmployeeStatus::Separated => 2,
    }
}

/// For the department and position columns, each row's place among the
/// distinct texts of the column, sorted by their reading when Chinese (so
/// they sort as names do); each distinct text is read once.
fn ranks(dir: &Directory, column: Column) -> Vec<u32> {
    let text = |i: usize| -> &str {
        match (column, dir.rows.get(i)) {
            (Column::Department, Some(r)) => &r.dept_name,
            (Column::Position, Some(r)) => &r.title,
            _ => "",
        }
    };
    if !matches!(column, Column::Department | Column::Position) {
        return Vec::new();
    }
    let mut distinct: HashMap<&str, u32> = HashMap::new();
    for i in 0..dir.rows.len() {
        distinct.entry(text(i)).or_insert(0);
    }
    let mut keyed: Vec<(String, &str)> = distinct
        .keys()
        .map(|t| {
            let key = readings(t)
                .into_iter()
                .next()
                .unwrap_or_else(|| crate::find::fold(t));
            (key, *t)
        })
        .collect();
    keyed.sort();
    for (rank, (_, t)) in keyed.iter().enumerate() {
        distinct.insert(t, rank as u32);
    }
    (0..dir.rows.len())
        .map(|i| distinct.get(text(i)).copied().unwrap_or(0))
        .collect()
}

/// Row indices of `dir` in the order `sort` asks for.
pub fn sorted(dir: &Directory, sort: Sort) -> Vec<u32> {
    let mut order: Vec<u32> = (0..dir.rows.len() as u32).collect();
    let ranks = ranks(dir, sort.column);
    order.sort_by(|a, b| compare(dir, sort, &ranks, *a, *b));
    order
}

/// Adds the rows from `from` on to `order`, which holds the rows before
/// them in the order `sort` asks for: they are sorted among themselves and
/// merged in, rather than everything being sorted again for every page.
pub fn merge_new(dir: &Directory, sort: Sort, order: &mut Vec<u32>, from: usize) {
    let ranks = ranks(dir, sort.column);
    let cmp = |a: u32, b: u32| compare(dir, sort, &ranks, a, b);
    let mut new: Vec<u32> = (from as u32..dir.rows.len() as u32).collect();
    new.sort_by(|a, b| cmp(*a, *b));
    let old = std::mem::take(order);
    order.reserve(old.len() + new.len());
    let (mut a, mut b) = (old.into_iter().peekable(), new.into_iter().peekable());
    loop {
        let take_new = match (a.peek(), b.peek()) {
            (Some(x), Some(y)) => cmp(*y, *x) == Ordering::Less,
            (None, Some(_)) => true,
            (Some(_), None) => false,
            (None, None) => break,
        };
        let next = if take_new { b.next() } else { a.next() };
        order.extend(next);
    }
}

fn compare(dir: &Directory, sort: Sort, ranks: &[u32], a: u32, b: u32) -> Ordering {
    let (i, j) = (a as usize, b as usize);
    let (Some(x), Some(y)) = (dir.rows.get(i), dir.rows.get(j)) else {
        return a.cmp(&b);
    };
    let by = match sort.column {
        Column::Number => natural(&x.number, &y.number),
        Column::Name => dir.index.sort_name(i).cmp(dir.index.sort_name(j)),
        Column::Department | Column::Position => ranks.get(i).cmp(&ranks.get(j)),
        Column::Status => status_rank(x.status).cmp(&status_rank(y.status)),
        Column::Start => x.hired.cmp(&y.hired),
    };
    let by = if sort.reverse { by.reverse() } else { by };
    // Equal ones stay in the order they were entered, whichever way.
    by.then(a.cmp(&b))
}

/// Text with numbers in it compared by the numbers' values: `A-999` before
/// `A-1000`, `EMP-0002` before `EMP-0010`.
pub fn natural(a: &str, b: &str) -> Ordering {
    let (mut x, mut y) = (a, b);
    loop {
        match (x.chars().next(), y.chars().next()) {
            (None, None) => return a.cmp(b),
            (None, Some(_)) => return Ordering::Less,
            (Some(_), None) => return Ordering::Greater,
            (Some(c), Some(d)) if c.is_ascii_digit() && d.is_ascii_digit() => {
                let n = x.find(|c: char| !c.is_ascii_digit()).unwrap_or(x.len());
                let m = y.find(|c: char| !c.is_ascii_digit()).unwrap_or(y.len());
                let (p, q) = (
                    x[..n].trim_start_matches('0'),
                    y[..m].trim_start_matches('0'),
                );
                let by = p.len().cmp(&q.len()).then_with(|| p.cmp(q));
                if by != Ordering::Equal {
                    return by;
                }
                (x, y) = (&x[n..], &y[m..]);
            }
            (Some(c), Some(d)) => {
                let by = c.to_lowercase().cmp(d.to_lowercase());
                if by != Ordering::Equal {
                    return by;
                }
                (x, y) = (&x[c.len_utf8()..], &y[d.len_utf8()..]);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_in_text_compare_by_value() {
        let mut v = vec!["A-1000", "A-999", "a-10", "B-1", "EMP-0010", "EMP-0002"];
        v.sort_by(|a, b| natural(a, b));
        assert_eq!(
            v,
            ["a-10", "A-999", "A-1000", "B-1", "EMP-0002", "EMP-0010"]
        );
    }

    #[test]
    fn every_column_comes_round_again() {
        let mut c = Column::Number;
        for _ in 0..Column::ALL.len() {
            c = c.next();
        }
        assert_eq!(c, Column::Number);
    }
}
