//! Entering employees: one by one or a whole roster. Every row is checked
//! against the company and against the other rows, and every problem is
//! reported with its line and column, all at once: a roster goes in whole
//! or not at all.

use super::super::commands::MAX_NAME;
use super::super::error::{DomainError, RowProblem};
use super::super::events::{Event, ImportedRow};
use super::super::ids::*;
use super::super::model::*;
use super::super::state::Company;
use super::super::{text, time};
use super::fields::{check_birth, contract, personal, status};
use super::names::Names;
use super::{MAX_NUMBER, PersonalWrites};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};

/// The most rows one import takes.
pub const MAX_ROWS: usize = 200_000;
/// An import event's rows stop short of this many bytes, as `row_bound`
/// counts them: well inside the log's bound on a record (64 KiB) with its
/// envelope, whatever the rows hold.
const GROUP_BYTES: usize = 12 * 1024;

/// At least the bytes `row` takes as JSON: its texts may double when
/// escaped, and the rest (keys, ids, dates, a contract, field names) stays
/// within the constant.
fn row_bound(row: &ImportedRow) -> usize {
    400 + 2 * (row.number.len() + row.name.len())
}

/// Reported problems beyond this are counted, not listed.
const MAX_PROBLEMS: usize = 1000;

/// The documented columns of a roster file, in their usual order. `name`,
/// `position` and `start_date` are required; the rest may be left out.
pub const COLUMNS: [&str; 15] = [
    "number",
    "name",
    "department",
    "position",
    "status",
    "start_date",
    "contract",
    "contract_end",
    "id_number",
    "phone",
    "email",
    "address",
    "bank_account",
    "date_of_birth",
    "emergency_contact",
];

/// One employee as a person wrote them down: text, resolved and checked by
/// the domain. `line` is where the row stands in its file (0 when typed in).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RosterRow {
    pub line: u32,
    pub number: String,
    pub name: String,
    /// By id (`DEP-03`) or name; needed only to tell same-titled positions apart.
    pub department: String,
    /// By id (`POS-007`) or title.
    pub position: String,
    /// `probation`, `regular` or `separated` (or their Chinese names); empty is regular.
    pub status: String,
    pub start_date: String,
    /// `probation`, `fixed_term` or `open_ended`; empty: none recorded.
    pub contract: String,
    pub contract_end: String,
    pub personal: Personal,
}

type Problems = Vec<(&'static str, DomainError)>;

/// What one row says on its own, checked against the company but not yet
/// against the other rows (`Batch::check`): each value, or `None` with its
/// problem in `problems`.
struct Checked {
    name: Option<String>,
    number: Option<String>,
    position: Option<PositionId>,
    status: Option<EmployeeStatus>,
    hired: Option<chrono::NaiveDate>,
    contract: Option<Option<Contract>>,
    personal: Option<Personal>,
    problems: Problems,
}

/// Rows checked on their own on several threads from this many on: the
/// checks of a 100,000-row roster took a quarter of its import on one.
const PARALLEL_ROWS: usize = 2000;

pub struct Batch<'a> {
    company: &'a Company,
    by: &'a str,
    at: DateTime<Utc>,
    /// The company's day at `at`, which dates of birth are judged by.
    today: chrono::NaiveDate,
    imported: bool,
    next: u32,
    /// The rows taken, made into events at the end (`finish`).
    rows: Vec<ImportedRow>,
    /// ID numbers of the rows so far, by line; and of the people already
    /// recorded, made the first time a row gives one.
    id_numbers: HashMap<String, u32>,
    recorded_ids: Option<HashMap<String, EmployeeId>>,
    writes: PersonalWrites,
    numbers: HashMap<String, u32>,
    names: Names<'a>,
    /// Rows that take a seat, per position: (line, count so far).
    seats: BTreeMap<PositionId, Vec<u32>>,
}

impl<'a> Batch<'a> {
    pub fn new(company: &'a Company, by: &'a str, at: DateTime<Utc>, imported: bool) -> Self {
        Batch {
            company,
            by,
            at,
            today: crate::domain::time::day_in(company.tz(), at),
            imported,
            next: company.next_employee_id().0,
            rows: Vec::new(),
            id_numbers: HashMap::new(),
            recorded_ids: None,
            writes: Vec::new(),
            numbers: HashMap::new(),
            names: Names::new(company),
            seats: BTreeMap::new(),
        }
    }

    /// Checks one row; on success it joins the batch.
    pub fn add(&mut self, row: &RosterRow) -> Result<(), Problems> {
        let checked = self.check(row);
        self.take(row, checked)
    }

    /// What `row` says on its own: its texts, department, position, status,
    /// dates, contract and personal data. Reads the batch, changes nothing,
    /// so rows can be checked side by side.
    fn check(&self, row: &RosterRow) -> Checked {
        let mut problems: Problems = Vec::new();
        let name = keep(
            &mut problems,
            "name",
            text::line("field.employee_name", &row.name, MAX_NAME, false),
        );
        let number = keep(
            &mut problems,
            "number",
            text::line("field.staff_number", &row.number, MAX_NUMBER, true)
                .map(|n| text::narrowed(&n).into_owned()),
        );
        // A department that is not there is the department column's problem.
        let dept = match row.department.trim() {
            "" => Some(None),
            d => keep(&mut problems, "department", self.names.dept(d).map(Some)),
        };
        let position = match dept {
            Some(dept) => keep(
                &mut problems,
                "position",
                self.names.position(&row.position, dept),
            ),
            None => None,
        };
        let status = keep(&mut problems, "status", status(&row.status));
        let hired = keep(
            &mut problems,
            "start_date",
            time::parse_day(&row.start_date),
        );
        let contract = keep(&mut problems, "contract", contract(row));
        let personal = match personal(&row.personal) {
            Ok(p) => match check_birth(&p.date_of_birth, self.today) {
                Ok(()) => Some(p),
                Err(e) => {
                    problems.push(("date_of_birth", e));
                    None
                }
            },
            Err(bad) => {
                problems.push(*bad);
                None
            }
        };
        Checked {
            name,
            number,
            position,
            status,
            hired,
            contract,
            personal,
            problems,
        }
    }

    /// A checked row against the rows before it (staff and ID numbers,
    /// seats); on success it joins the batch with the next id.
    fn take(&mut self, row: &RosterRow, checked: Checked) -> Result<(), Problems> {
        let Checked {
            name,
            number,
            position,
            status,
            hired,
            contract,
            personal,
            mut problems,
        } = checked;
        let id = EmployeeId(self.next);
        let number = number.map(|n| if n.is_empty() { id.to_string() } else { n });
        if let Some(n) = &number {
            if let Some(problem) = id_shaped(n, id) {
                problems.push(("number", problem));
            } else if let Some(other) = self.company.by_number(n) {
                problems.push((
                    "number",
                    DomainError::DuplicateNumber {
                        number: n.clone(),
                        id: other.id.to_string(),
                    },
                ));
            } else if let Some(line) = self.numbers.get(n) {
                problems.push((
                    "number",
                    DomainError::DuplicateNumberInFile {
                        number: n.clone(),
                        line: *line,
                    },
                ));
            } else if !row.number.trim().is_empty() {
                // A number given is kept even when this row fails for another
                // reason, so a later row with the same number is told too.
                // (A row without one gets its id, which a failed row does
                // not use up: the next row gets it.)
                self.numbers.insert(n.clone(), row.line);
            }
        }
        // An ID number names one person: twice is a typo or the same person
        // entered twice, either way not for a roster to decide.
        if let Some(p) = &personal
            && !p.id_number.is_empty()
        {
            if let Some(other) = self.known_id_number(&p.id_number) {
                problems.push((
                    "id_number",
                    DomainError::DuplicateIdNumber {
                        id: other.to_string(),
                    },
                ));
            } else if let Some(line) = self.id_numbers.get(&p.id_number) {
                problems.push((
                    "id_number",
                    DomainError::DuplicateIdNumberInFile { line: *line },
                ));
            } else {
                self.id_numbers.insert(p.id_number.clone(), row.line);
            }
        }
        // A row with other problems still asks for its seat: a roster hears
        // of a full position in the same run as of its typos.
        if let (Some(position), Some(status)) = (position, status)
            && status.holds_seat()
        {
            self.seats.entry(position).or_default().push(row.line);
        }
        let (
            Some(name),
            Some(number),
            Some(position),
            Some(status),
            Some(hired),
            Some(contract),
            Some(personal),
        ) = (name, number, position, status, hired, contract, personal)
        else {
            return Err(problems);
        };
        if !problems.is_empty() {
            return Err(problems);
        }
        self.next += 1;
        // A number given is in `numbers` already (above); one made of the id is not.
        if row.number.trim().is_empty() {
            self.numbers.entry(number.clone()).or_insert(row.line);
        }
        let fields: Vec<String> = Personal::FIELDS
            .into_iter()
            .filter(|f| !personal.get(f).is_empty())
            .map(String::from)
            .collect();
        if !fields.is_empty() {
            self.writes.push((
                id,
                PersonalRecord {
                    data: personal,
                    erased: None,
                },
            ));
        }
        self.rows.push(ImportedRow {
            id,
            number,
            name,
            position,
            status,
            hired,
            contract,
            personal: fields,
        });
        Ok(())
    }

    /// Every position must have a free seat for each row that takes one:
    /// for each that has not, the first row past its free seats, and how
    /// many rows want one.
    pub fn short_seats(&self) -> Vec<(u32, PositionId, u32)> {
        let mut short = Vec::new();
        for (position, lines) in &self.seats {
            let free = self.company.ledger(*position).free().max(0) as usize;
            if lines.len() > free {
                short.push((lines[free], *position, lines.len() as u32));
            }
        }
        short
    }

    /// The batch's events: one `EmployeeAdded` for someone entered by hand,
    /// a roster's rows grouped into `EmployeesImported` events.
    pub fn finish(self) -> (Vec<Event>, PersonalWrites) {
        let (by, at) = (self.by.to_string(), self.at);
        let mut events = Vec::new();
        let mut rows = self.rows.into_iter().peekable();
        if !self.imported {
            events.extend(rows.map(|r| Event::EmployeeAdded {
                id: r.id,
                number: r.number,
                name: r.name,
                position: r.position,
                status: r.status,
                hired: r.hired,
                contract: r.contract,
                personal: r.personal,
                imported: false,
                by: by.clone(),
                at,
            }));
            return (events, self.writes);
        }
        while rows.peek().is_some() {
            let mut group = Vec::new();
            let mut bytes = 0;
            while let Some(row) =
                rows.next_if(|r| group.is_empty() || bytes + row_bound(r) <= GROUP_BYTES)
            {
                bytes += row_bound(&row);
                group.push(row);
            }
            events.push(Event::EmployeesImported {
                rows: group,
                by: by.clone(),
                at,
            });
        }
        (events, self.writes)
    }

    /// The employee already recorded with this ID number (not erased).
    fn known_id_number(&mut self, number: &str) -> Option<EmployeeId> {
        let company = self.company;
        self.recorded_ids
            .get_or_insert_with(|| {
                company
                    .personal
                    .iter()
                    .filter(|(_, r)| !r.data.id_number.is_empty())
                    .map(|(id, r)| (r.data.id_number.clone(), *id))
                    .collect()
            })
            .get(number)
            .copied()
    }
}

/// A staff number written as an employee id other than `own`'s: ids and
/// numbers both find people (`employee show`), so it would name two.
pub fn id_shaped(number: &str, own: EmployeeId) -> Option<DomainError> {
    let named = EmployeeId::written_out(number)?;
    (named != own).then(|| DomainError::NumberIsAnId {
        number: number.to_string(),
        id: own.to_string(),
    })
}

/// The value, or `None` with its problem noted under `column`.
fn keep<T>(problems: &mut Problems, column: &'static str, r: Result<T, DomainError>) -> Option<T> {
    match r {
        Ok(v) => Some(v),
        Err(e) => {
            problems.push((column, e));
            None
        }
    }
}

/// Every row checked on its own (`Batch::check`), in order: a long roster
/// in as many parts as there are cores, side by side.
fn check_all(batch: &Batch, rows: &[RosterRow]) -> Vec<Checked> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    if threads < 2 || rows.len() < PARALLEL_ROWS {
        return rows.iter().map(|r| batch.check(r)).collect();
    }
    let part = rows.len().div_ceil(threads);
    std::thread::scope(|scope| {
        let parts: Vec<_> = rows
            .chunks(part)
            .map(|part| {
                scope.spawn(move || part.iter().map(|r| batch.check(r)).collect::<Vec<_>>())
            })
            .collect();
        let mut all = Vec::with_capacity(rows.len());
        for p in parts {
            // A panic in a check is a panic of the import, as on one thread.
            all.extend(p.join().unwrap_or_else(|e| std::panic::resume_unwind(e)));
        }
        all
    })
}

/// A whole roster: all rows in, or every problem out.
pub fn import(
    company: &Company,
    by: &str,
    at: DateTime<Utc>,
    rows: &[RosterRow],
) -> Result<(Vec<Event>, PersonalWrites), DomainError> {
    if rows.is_empty() {
        return Err(DomainError::EmptyRoster);
    }
    if rows.len() > MAX_ROWS {
        return Err(DomainError::RosterTooLong {
            rows: rows.len() as u32,
            max: MAX_ROWS as u32,
        });
    }
    let mut batch = Batch::new(company, by, at, true);
    batch.rows.reserve(rows.len());
    batch.numbers.reserve(rows.len());
    batch.id_numbers.reserve(rows.len());
    batch.writes.reserve(rows.len());
    let mut problems: Vec<RowProblem> = Vec::new();
    let mut more = 0u32;
    let mut report = |line: u32, column: &str, e: DomainError| {
        if problems.len() < MAX_PROBLEMS {
            problems.push(RowProblem::new(line, column, &e));
        } else {
            more += 1;
        }
    };
    for (row, checked) in rows.iter().zip(check_all(&batch, rows)) {
        if let Err(ps) = batch.take(row, checked) {
            for (column, e) in ps {
                report(row.line, column, e);
            }
        }
    }
    for (line, position, rows) in batch.short_seats() {
        let l = company.ledger(position);
        let e = DomainError::RosterOverHeadcount {
            position: position.to_string(),
            title: company
                .positions
                .get(&position)
                .map_or_else(String::new, |p| p.title.clone()),
            approved: l.approved,
            filled: l.filled,
            reserved: l.reserved,
            rows,
        };
        report(line, "position", e);
    }
    if problems.is_empty() {
        Ok(batch.finish())
    } else {
        problems.sort_by_key(|p| p.line);
        Err(DomainError::RosterRejected { problems, more })
    }
}
