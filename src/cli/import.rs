//! `renshi import employees FILE [--dry-run]`: a roster file read (bounded,
//! every row's problem named), sent in chunks that fit a request frame, and
//! imported as one commit, or checked without writing. The same path runs
//! in-process and through the daemon.

use super::ImportCmd;
use super::print::{say, unexpected, warn};
use super::progress::Progress;
use crate::domain::people::{COLUMNS, RosterRow};
use crate::domain::*;
use crate::i18n::Catalog;
use crate::roster_csv::{self, FileError};
use crate::service::api::*;
use crate::transport::Client;
use std::path::Path;
use std::process::ExitCode;

/// What one chunk of rows may cost the daemon to decode: a row's size in
/// memory and its text. A request frame holds 1 MiB, and the daemon decodes
/// one within a budget of 2 MiB (`wire::CALL_LIMIT` / 2), so half of that
/// leaves room whatever the rows hold.
const CHUNK_COST: usize = 1 << 20;

fn cost(r: &RosterRow) -> usize {
    let personal: usize = Personal::FIELDS
        .iter()
        .map(|f| r.personal.get(f).len())
        .sum();
    std::mem::size_of::<RosterRow>()
        + [
            &r.number,
            &r.name,
            &r.department,
            &r.position,
            &r.status,
            &r.start_date,
            &r.contract,
            &r.contract_end,
        ]
        .iter()
        .map(|s| s.len())
        .sum::<usize>()
        + personal
        + 16 * COLUMNS.len()
}

pub fn import(
    client: &mut dyn Client,
    cat: &Catalog,
    cmd: &ImportCmd,
) -> Result<ExitCode, ApiError> {
    match cmd {
        ImportCmd::Employees {
            file,
            dry_run,
            comment,
        } => employees(client, cat, file, *dry_run, comment),
    }
}

fn file_error(cat: &Catalog, e: &FileError) -> ExitCode {
    warn(format!("renshi: {}", cat.f(e.key(), &e.args())));
    ExitCode::from(match e {
        FileError::Open { .. } => super::USAGE,
        _ => super::REFUSED,
    })
}

fn employees(
    client: &mut dyn Client,
    cat: &Catalog,
    file: &Path,
    dry_run: bool,
    comment: &str,
) -> Result<ExitCode, ApiError> {
    // Refused before a long file is read for nothing.
    super::print::query(
        client,
        Query::May(Command::ImportEmployees { rows: Vec::new() }),
    )?;
    let size = std::fs::metadata(file).map(|m| m.len()).unwrap_or(0);
    let progress = Progress::new(cat.t("import.reading"), Some(size), true);
    let roster = match roster_csv::read_file(file, &mut |n| progress.set(n)) {
        Ok(r) => r,
        Err(e) => {
            progress.done();
            return Ok(file_error(cat, &e));
        }
    };
    let (rows, mut problems, mut more) = (roster.rows, roster.problems, roster.more);
    if rows.is_empty() && problems.is_empty() {
        return Err(DomainError::EmptyRoster.into());
    }
    let n = rows.len() as u64;
    let progress = progress.next(cat.t("import.sending"), Some(n), false);
    stage(client, rows, &progress)?;
    let progress = progress.next(
        cat.t(if dry_run {
            "import.checking"
        } else {
            "import.committing"
        }),
        None,
        false,
    );
    // Rows the file itself spoiled are not sent; the others are still
    // checked, so every problem is told at once, and nothing is written.
    let check_only = dry_run || !problems.is_empty();
    let reply = if n == 0 {
        Ok(Reply::Checked {
            events: 0,
            created: None,
        })
    } else {
        client.call(Request::ImportStaged {
            rows: n,
            dry_run: check_only,
            comment: comment.to_string(),
            request: RequestId::random(),
        })
    };
    progress.done();
    // A roster's rows are numbered one after another (the domain's `Batch`
    // gives each the next id), so the first id and the count tell the last.
    let span = |created: Option<String>| match created.and_then(|c| c.parse::<EmployeeId>().ok()) {
        Some(f) => (
            f.to_string(),
            EmployeeId(f.0 + (n as u32).saturating_sub(1)).to_string(),
        ),
        None => (String::new(), String::new()),
    };
    match reply {
        Ok(Reply::Done(done)) => {
            let (first, last) = span(done.created);
            say(cat.f(
                "import.done",
                &[("n", n.to_string()), ("first", first), ("last", last)],
            ));
            Ok(ExitCode::SUCCESS)
        }
        Ok(Reply::Checked { created, .. }) if problems.is_empty() => {
            let (first, last) = span(created);
            say(cat.f(
                "import.checked",
                &[("n", n.to_string()), ("first", first), ("last", last)],
            ));
            Ok(ExitCode::SUCCESS)
        }
        Ok(Reply::Checked { .. }) => Ok(report(cat, problems, more)),
        Err(ApiError::Domain(DomainError::RosterRejected {
            problems: found,
            more: also,
        })) => {
            problems.extend(found);
            more += also;
            Ok(report(cat, problems, more))
        }
        Ok(other) => Err(unexpected(&other)),
        Err(e) => Err(e),
    }
}

/// Sends the rows in chunks that fit a request, each naming where it starts.
fn stage(
    client: &mut dyn Client,
    rows: Vec<RosterRow>,
    progress: &Progress,
) -> Result<(), ApiError> {
    // How many rows each chunk takes, counted first, so that each chunk is
    // made at its size (rows are large: a chunk grown row by row copied
    // each of 100,000 several times).
    let mut sizes = Vec::new();
    let (mut n, mut spent) = (0usize, 0);
    for row in &rows {
        let c = cost(row);
        if n > 0 && spent + c > CHUNK_COST {
            sizes.push(n);
            (n, spent) = (0, 0);
        }
        n += 1;
        spent += c;
    }
    if n > 0 {
        sizes.push(n);
    }
    let mut first = 0u64;
    let mut rows = rows.into_iter();
    for size in sizes {
        let chunk: Vec<RosterRow> = rows.by_ref().take(size).collect();
        let sent = chunk.len() as u64;
        match client.call(Request::StageRows { first, rows: chunk })? {
            Reply::Staged { rows } if rows == first + sent => {}
            Reply::Staged { rows } => {
                return Err(ApiError::StageLost {
                    staged: rows,
                    expected: first + sent,
                });
            }
            other => return Err(unexpected(&other)),
        }
        first += sent;
        progress.set(first);
    }
    Ok(())
}

/// Every problem, by line and then in the roster's column order, on stderr;
/// the exit code says the roster was refused.
fn report(cat: &Catalog, mut problems: Vec<RowProblem>, more: u32) -> ExitCode {
    let order = |c: &str| {
        COLUMNS
            .iter()
            .position(|x| *x == c)
            .unwrap_or(COLUMNS.len())
    };
    problems.sort_by_key(|p| (p.line, order(&p.column)));
    let count = problems.len() + more as usize;
    warn(format!(
        "renshi: {}",
        cat.f("err.roster_rejected", &[("count", count.to_string())])
    ));
    for p in &problems {
        warn(format!(
            "  {}",
            cat.f(
                "import.problem",
                &[
                    ("line", p.line.to_string()),
                    ("column", p.column.clone()),
                    ("text", cat.row_problem(p)),
                ],
            )
        ));
    }
    if more > 0 {
        warn(format!(
            "  {}",
            cat.f("import.more", &[("n", more.to_string())])
        ));
    }
    ExitCode::from(super::REFUSED)
}
