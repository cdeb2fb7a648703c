//! The employee directory as the interface holds it: every row the service
//! lets this user see, read a page at a time (the first page shows at once,
//! the rest follow while the user works), with the search keys of each row
//! prepared as its page arrives. A new read of a directory already shown is
//! gathered aside and replaces it whole, so a list in use never shrinks and
//! grows again under the reader.

use crate::find::people::{Index, Person};
use crate::service::api::{EmployeeRow, Page};

#[derive(Clone, Debug, Default)]
pub struct Directory {
    pub rows: Vec<EmployeeRow>,
    /// The search keys of `rows`, row for row.
    pub index: Index,
    /// How many the service has for this user, as of the last page.
    pub total: u64,
    /// The cursor of the next page of the read under way.
    pub next: Option<u64>,
    /// A read that replaces `rows` once it is whole, with its keys.
    fresh: Option<(Vec<EmployeeRow>, Index)>,
}

/// What a page changed in the rows shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    /// Rows from this one on are new (a first read going on).
    Appended(usize),
    /// Every row may have changed.
    Replaced,
    Nothing,
}

fn keep(index: &mut Index, rows: &[EmployeeRow]) {
    for r in rows {
        index.push(Person {
            name: &r.name,
            number: &r.number,
            shared: [&r.dept_name, &r.title],
        });
    }
}

impl Directory {
    /// A read is under way: more pages are coming.
    pub fn reading(&self) -> bool {
        self.next.is_some()
    }

    /// Rows read so far of the read under way, counting those gathered aside.
    pub fn read_so_far(&self) -> usize {
        self.fresh
            .as_ref()
            .map_or(self.rows.len(), |(rows, _)| rows.len())
    }

    /// Takes the page read from the employee after `after` (0: the first).
    pub fn take(&mut self, after: u64, page: Page<EmployeeRow>) -> Change {
        let first_read = self.rows.is_empty() || (self.reading() && self.fresh.is_none());
        let change = if after == 0 && first_read {
            self.index = Index::default();
            keep(&mut self.index, &page.items);
            self.rows = page.items;
            Change::Replaced
        } else if after == 0 {
            let mut index = Index::default();
            keep(&mut index, &page.items);
            self.fresh = Some((page.items, index));
            Change::Nothing
        } else if self.next != Some(after) {
            // A page of a read given up; a newer one is under way.
            return Change::Nothing;
        } else if let Some((rows, index)) = &mut self.fresh {
            keep(index, &page.items);
            rows.extend(page.items);
            Change::Nothing
        } else {
            let from = self.rows.len();
            keep(&mut self.index, &page.items);
            self.rows.extend(page.items);
            Change::Appended(from)
        };
        self.total = page.total;
        self.next = page.next;
        if self.next.is_none()
            && let Some((rows, index)) = self.fresh.take()
        {
            self.rows = rows;
            self.index = index;
            return Change::Replaced;
        }
        change
    }
}
