//! Finding a roster's departments and positions by what a person wrote:
//! an id, or a name as written, or the name folded as the filters fold it
//! (either script, any case, either half of a bilingual name).

use super::super::commands::not_found;
use super::super::error::DomainError;
use super::super::ids::*;
use super::super::model::Position;
use super::super::state::Company;
use super::super::text;
use std::collections::HashMap;

/// The company's departments and positions by name, made once per roster so
/// that a roster of many rows does not walk the company per row.
pub struct Names<'a> {
    company: &'a Company,
    titles: HashMap<&'a str, Vec<PositionId>>,
    depts: HashMap<&'a str, Vec<DeptId>>,
    /// The same, by their folded names (`name_keys`): asked only when the
    /// name as written is not found.
    folded_titles: HashMap<String, Vec<PositionId>>,
    folded_depts: HashMap<String, Vec<DeptId>>,
}

impl<'a> Names<'a> {
    pub fn new(company: &'a Company) -> Self {
        let mut names = Names {
            company,
            titles: HashMap::new(),
            depts: HashMap::new(),
            folded_titles: HashMap::new(),
            folded_depts: HashMap::new(),
        };
        for p in company.positions.values() {
            names.titles.entry(p.title.as_str()).or_default().push(p.id);
            for key in name_keys(&p.title) {
                names.folded_titles.entry(key).or_default().push(p.id);
            }
        }
        for d in company.departments.values() {
            names.depts.entry(d.name.as_str()).or_default().push(d.id);
            for key in name_keys(&d.name) {
                names.folded_depts.entry(key).or_default().push(d.id);
            }
        }
        names
    }

    /// A department by id (`DEP-03`) or name.
    pub fn dept(&self, text: &str) -> Result<DeptId, DomainError> {
        if text.contains('-')
            && let Ok(id) = text.parse::<DeptId>()
            && self.company.departments.contains_key(&id)
        {
            return Ok(id);
        }
        let found = self
            .depts
            .get(text)
            .or_else(|| self.folded_depts.get(&text::fold(text)));
        match found.map(Vec::as_slice) {
            Some([one]) => Ok(*one),
            None | Some([]) => Err(not_found("kind.department", text)),
            Some(_) => Err(DomainError::AmbiguousDepartment { name: text.into() }),
        }
    }

    /// An open position by id (`POS-007`) or title; `dept` tells
    /// same-titled positions apart.
    pub fn position(&self, text: &str, dept: Option<DeptId>) -> Result<PositionId, DomainError> {
        let c = self.company;
        let p = text.trim();
        if p.is_empty() {
            return Err(DomainError::EmptyField {
                field: "field.position".into(),
            });
        }
        let by_id = p
            .parse::<PositionId>()
            .ok()
            .filter(|_| p.contains('-'))
            .and_then(|id| c.positions.get(&id));
        let found: Vec<&Position> = match by_id {
            Some(pos) => vec![pos],
            None => self
                .titles
                .get(p)
                .or_else(|| self.folded_titles.get(&text::fold(p)))
                .into_iter()
                .flatten()
                .filter_map(|id| c.positions.get(id))
                .filter(|pos| dept.is_none_or(|d| pos.dept == d))
                .collect(),
        };
        let pos = match found.as_slice() {
            [one] => *one,
            [] => return Err(not_found("kind.position", p)),
            many => {
                return Err(DomainError::AmbiguousPosition {
                    title: p.to_string(),
                    depts: many
                        .iter()
                        .map(|x| c.dept_name(x.dept))
                        .collect::<Vec<_>>()
                        .join(", "),
                });
            }
        };
        if let Some(d) = dept
            && pos.dept != d
        {
            return Err(DomainError::PositionNotInDept {
                position: pos.id.to_string(),
                dept: c.dept_name(d),
            });
        }
        if pos.closed {
            return Err(DomainError::PositionClosed {
                position: pos.id.to_string(),
            });
        }
        Ok(pos.id)
    }
}

/// The folded forms a name is found by: the whole of it, and for a name in
/// two scripts (`施工員 Site Supervisor`, as bilingual companies write them)
/// its Chinese and its Latin part each, so a roster in one language finds it.
fn name_keys(name: &str) -> Vec<String> {
    let whole = text::fold(name.trim());
    let is_han = text::is_cjk;
    let han: String = whole.chars().filter(|c| is_han(*c)).collect();
    let latin: String = whole
        .chars()
        .filter(|c| !is_han(*c))
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let mut keys = vec![whole.clone()];
    if !han.is_empty() && latin.chars().any(|c| c.is_ascii_alphabetic()) {
        keys.extend([han, latin].into_iter().filter(|k| *k != whole));
    }
    keys
}
