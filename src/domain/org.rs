//! The department tree: create, rename, move. Positions change only through
//! approved headcount plans (`plans`).

use super::commands::{Command, MAX_NAME, dept};
use super::error::DomainError;
use super::events::Event;
use super::ids::*;
use super::state::Company;
use super::text;

pub fn decide(company: &Company, cmd: &Command) -> Result<Vec<Event>, DomainError> {
    match cmd {
        Command::CreateDepartment { name, parent } => {
            let name = text::line("field.dept_name", name, MAX_NAME, false)?;
            if let Some(p) = parent {
                dept(company, *p)?;
            }
            unique_name(company, &name, *parent, None)?;
            Ok(vec![Event::DepartmentCreated {
                id: company.next_dept_id(),
                name,
                parent: *parent,
            }])
        }
        Command::MoveDepartment { id, parent } => {
            let d = dept(company, *id)?;
            if let Some(p) = parent {
                dept(company, *p)?;
                if company.is_within(*p, *id) {
                    return Err(DomainError::DepartmentCycle {
                        dept: d.name.clone(),
                        parent: company.dept_name(*p),
                    });
                }
            }
            unique_name(company, &d.name, *parent, Some(*id))?;
            Ok(vec![Event::DepartmentMoved {
                id: *id,
                parent: *parent,
            }])
        }
        Command::RenameDepartment { id, name } => {
            let d = dept(company, *id)?;
            let name = text::line("field.dept_name", name, MAX_NAME, false)?;
            unique_name(company, &name, d.parent, Some(*id))?;
            Ok(vec![Event::DepartmentRenamed { id: *id, name }])
        }
        _ => Ok(Vec::new()),
    }
}

fn unique_name(
    company: &Company,
    name: &str,
    parent: Option<DeptId>,
    except: Option<DeptId>,
) -> Result<(), DomainError> {
    let clash = company
        .children(parent)
        .any(|d| Some(d.id) != except && d.name == name);
    if clash {
        return Err(DomainError::DuplicateDepartment {
            name: name.into(),
            dept: parent.map_or_else(|| company.name.clone(), |p| company.dept_name(p)),
        });
    }
    Ok(())
}
