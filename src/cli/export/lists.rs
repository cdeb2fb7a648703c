//! The lists `renshi export` writes, one `List` each: a name, the CSV
//! columns, and a reader that pages through the service's list.

use super::{Failed, List, Sink};
use crate::domain::people::COLUMNS;
use crate::domain::*;
use crate::service::api::*;
use crate::transport::Client;

/// Asks for every page of a list, handing each page to `each`.
pub(super) fn pages<T>(
    client: &mut dyn Client,
    limit: u32,
    ask: impl Fn(PageReq) -> Query,
    take: impl Fn(Reply) -> Option<Page<T>>,
    sink: &mut Sink,
    mut each: impl FnMut(&mut Sink, T) -> Result<(), Failed>,
) -> Result<(), Failed> {
    let mut page = PageReq { cursor: 0, limit };
    loop {
        let reply = client.call(Request::Query(ask(page)))?;
        let p =
            take(reply).ok_or_else(|| ApiError::Protocol("unexpected reply to a list".into()))?;
        if page.cursor == 0 {
            sink.total(p.total);
        }
        for item in p.items {
            each(sink, item)?;
        }
        match p.next {
            Some(next) => page.cursor = next,
            None => return Ok(()),
        }
    }
}

/// Employees in the roster's own columns, so an export imports again.
/// Personal data the asker sees only masked is left empty (and the export
/// says so): stars must never pass for the values.
pub const EMPLOYEES: List = List {
    name: "employees",
    columns: &COLUMNS,
    read: |client, sink| {
        pages(
            client,
            ROSTER_PAGE,
            Query::Roster,
            |r| match r {
                Reply::Roster(p) => Some(p),
                _ => None,
            },
            sink,
            |sink, r| {
                let masked = r.personal.as_ref().is_some_and(|p| p.masked);
                sink.masked |= masked;
                sink.item(
                    || roster_cells(&r, masked),
                    || crate::cli::json::employee_record(&r),
                )?;
                Ok(())
            },
        )
    },
};

fn roster_cells(r: &RosterRecord, masked: bool) -> Vec<String> {
    let (kind, end) = match &r.contract {
        Some(c) => (
            c.kind.key().to_string(),
            c.end.map(|d| d.to_string()).unwrap_or_default(),
        ),
        None => (String::new(), String::new()),
    };
    let mut cells = vec![
        r.row.number.clone(),
        r.row.name.clone(),
        r.row.dept.to_string(),
        r.row.position.to_string(),
        r.row.status.key().to_string(),
        r.row.hired.to_string(),
        kind,
        end,
    ];
    for f in Personal::FIELDS {
        cells.push(match &r.personal {
            Some(p) if !masked => p.data.get(f).to_string(),
            _ => String::new(),
        });
    }
    cells
}

pub const POSITIONS: List = List {
    name: "positions",
    columns: &[
        "id",
        "dept",
        "dept_name",
        "title",
        "duties",
        "approved",
        "filled",
        "reserved",
        "free",
        "closed",
    ],
    read: |client, sink| {
        pages(
            client,
            MAX_PAGE,
            |page| Query::Positions { dept: None, page },
            |r| match r {
                Reply::Positions(p) => Some(p),
                _ => None,
            },
            sink,
            |sink, p| {
                let cells = || {
                    vec![
                        p.id.to_string(),
                        p.dept.to_string(),
                        p.dept_name.clone(),
                        p.title.clone(),
                        p.duties.clone(),
                        p.approved.to_string(),
                        p.filled.to_string(),
                        p.reserved.to_string(),
                        p.free.to_string(),
                        p.closed.to_string(),
                    ]
                };
                Ok(sink.item(cells, || crate::cli::json::position(&p))?)
            },
        )
    },
};

pub const DEPARTMENTS: List = List {
    name: "departments",
    columns: &[
        "id",
        "name",
        "parent",
        "depth",
        "positions",
        "approved",
        "filled",
        "reserved",
        "free",
        "total_positions",
        "total_approved",
        "total_filled",
        "total_reserved",
        "total_free",
    ],
    read: |client, sink| {
        let mut page = PageReq::FIRST;
        loop {
            let p = match client.call(Request::Query(Query::Departments(page)))? {
                Reply::Departments(p) => p,
                other => return Err(crate::cli::print::unexpected(&other).into()),
            };
            if page.cursor == 0 {
                sink.total(p.total);
            }
            for d in &p.items {
                let cells = || {
                    let f = |x: &Figures| {
                        [
                            x.positions.to_string(),
                            x.approved.to_string(),
                            x.filled.to_string(),
                            x.reserved.to_string(),
                            x.free.to_string(),
                        ]
                    };
                    let mut c = vec![
                        d.id.to_string(),
                        d.name.clone(),
                        d.parent.map(|p| p.to_string()).unwrap_or_default(),
                        d.depth.to_string(),
                    ];
                    c.extend(f(&d.own));
                    c.extend(f(&d.total));
                    c
                };
                sink.item(cells, || crate::cli::json::department(d))?;
            }
            match p.next {
                Some(next) => page.cursor = next,
                None => return Ok(()),
            }
        }
    },
};

pub const PLANS: List = List {
    name: "plans",
    columns: &[
        "id",
        "title",
        "author",
        "state",
        "lines",
        "since",
        "waiting_for",
        "conflicts",
        "overtaken_by",
    ],
    read: |client, sink| {
        pages(
            client,
            MAX_PAGE,
            |page| Query::Plans { state: None, page },
            |r| match r {
                Reply::Plans(p) => Some(p),
                _ => None,
            },
            sink,
            |sink, p| {
                let ids = |v: &[PlanId]| {
                    v.iter()
                        .map(ToString::to_string)
                        .collect::<Vec<_>>()
                        .join(" ")
                };
                let cells = || {
                    vec![
                        p.id.to_string(),
                        p.title.clone(),
                        p.author.clone(),
                        p.state.key().to_string(),
                        p.lines.to_string(),
                        p.since.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true),
                        p.waiting_for
                            .map(|r| r.key().to_string())
                            .unwrap_or_default(),
                        ids(&p.conflicts),
                        ids(&p.overtaken_by),
                    ]
                };
                Ok(sink.item(cells, || crate::cli::json::plan_row(&p))?)
            },
        )
    },
};
