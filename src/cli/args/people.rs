//! The options of the people commands: employees, import and export.

use super::ListArgs;
use crate::domain::*;
use clap::{Args, Subcommand};
use std::path::PathBuf;

#[derive(Subcommand, Debug)]
pub enum EmployeeCmd {
    /// The employees you may see: number, name, department, position, status, start
    List {
        #[command(flatten)]
        list: ListArgs,
    },
    /// One employee: details, contracts, history and personal data (masked
    /// unless you are HR or the person)
    Show {
        /// The employee, by id (EMP-0001) or staff number (HX-1001)
        id: String,
        /// Print JSON (see docs/json.md)
        #[arg(long)]
        json: bool,
    },
    /// Enter an employee who is already on the staff; prints the new id
    Add(Box<AddEmployeeArgs>),
    /// Change an employee's number, name or personal data (what you leave out stays)
    Edit(Box<EditEmployeeArgs>),
    /// Move an employee to a free seat of another position
    Transfer {
        /// The employee, by id (EMP-0001) or staff number (HX-1001)
        id: String,
        /// The position to move to (POS-007)
        #[arg(long)]
        to: PositionId,
        /// Move even when no seat is free (general manager; give the reason with --comment)
        #[arg(long)]
        over_headcount: bool,
        /// A note for the audit log; with --over-headcount the reason (required)
        #[arg(long, short = 'm', default_value = "")]
        comment: String,
    },
    /// An employee's training and evaluations over time: required courses
    /// (done, expiring, expired, missing), every session's result, every
    /// evaluation
    Training {
        /// The employee, by id (EMP-0001) or staff number (HX-1001)
        id: String,
        /// Print JSON (see docs/json.md)
        #[arg(long)]
        json: bool,
    },
    /// Erase an employee's personal data (HR head; the record stays)
    Erase {
        /// The employee, by id (EMP-0001) or staff number (HX-1001)
        id: String,
        /// The legal ground for erasing (required)
        #[arg(long, short = 'm', default_value = "")]
        comment: String,
    },
}

#[derive(Args, Debug)]
pub struct AddEmployeeArgs {
    /// Their name
    #[arg(long)]
    pub name: String,
    /// Their position, by id (POS-007) or title
    #[arg(long)]
    pub position: String,
    /// The day they started, YYYY-MM-DD
    #[arg(long, value_name = "DATE")]
    pub start_date: String,
    /// The company's staff number (default: the new id)
    #[arg(long, default_value = "")]
    pub number: String,
    /// The position's department, by id or name (to tell same-titled positions apart)
    #[arg(long, default_value = "")]
    pub department: String,
    /// probation, regular or separated (default: regular)
    #[arg(long, default_value = "")]
    pub status: String,
    /// Their contract: probation, fixed_term or open_ended
    #[arg(long, default_value = "")]
    pub contract: String,
    /// The day the contract ends, YYYY-MM-DD
    #[arg(long, value_name = "DATE", default_value = "")]
    pub contract_end: String,
    #[command(flatten)]
    pub personal: PersonalArgs,
    /// A note for the audit log
    #[arg(long, short = 'm', default_value = "")]
    pub comment: String,
}

/// The personal fields, each optional: only HR and the person read them in full.
#[derive(Args, Debug, Default)]
pub struct PersonalArgs {
    /// ID card number
    #[arg(long)]
    pub id_number: Option<String>,
    /// Phone number
    #[arg(long)]
    pub phone: Option<String>,
    /// E-mail address
    #[arg(long)]
    pub email: Option<String>,
    /// Home address
    #[arg(long)]
    pub address: Option<String>,
    /// Bank account for pay
    #[arg(long)]
    pub bank_account: Option<String>,
    /// Date of birth, YYYY-MM-DD
    #[arg(long)]
    pub date_of_birth: Option<String>,
    /// Whom to call in an emergency: a name and a phone number
    #[arg(long)]
    pub emergency_contact: Option<String>,
}

#[derive(Args, Debug)]
pub struct EditEmployeeArgs {
    /// The employee, by id (EMP-0001) or staff number (HX-1001)
    pub id: String,
    /// A new staff number
    #[arg(long)]
    pub number: Option<String>,
    /// A new name
    #[arg(long)]
    pub name: Option<String>,
    #[command(flatten)]
    pub personal: PersonalArgs,
    /// A note for the audit log
    #[arg(long, short = 'm', default_value = "")]
    pub comment: String,
}

#[derive(Subcommand, Debug)]
pub enum ImportCmd {
    /// Import a roster (CSV with a header row; columns as `renshi export
    /// employees` writes them): every row goes in, in one commit, or none
    Employees {
        /// The roster file (UTF-8, with or without a BOM)
        file: PathBuf,
        /// Check every row, against the company too, and write nothing
        #[arg(long)]
        dry_run: bool,
        /// A note for the audit log
        #[arg(long, short = 'm', default_value = "")]
        comment: String,
    },
}

#[derive(Args, Debug)]
pub struct ExportArgs {
    /// What to export
    #[arg(value_parser = clap::builder::PossibleValuesParser::new(crate::cli::export::names()))]
    pub list: String,
    /// csv or json
    #[arg(long, value_enum, default_value_t = ExportFormat::Csv)]
    pub format: ExportFormat,
    /// Write to this file (through a temporary file beside it, so a failed
    /// export leaves nothing half-written); default: standard output
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    Csv,
    Json,
}
