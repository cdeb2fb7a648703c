//! The options of offboarding: separation cases and their checklist, and
//! the equipment the administration department issues and takes back.

use super::{ListArgs, parse_day};
use crate::domain::offboard::SepKind;
use crate::domain::*;
use chrono::NaiveDate;
use clap::{Args, Subcommand};

#[derive(Subcommand, Debug)]
pub enum OffboardCmd {
    /// Open a separation case for an employee (their own resignation, a
    /// department head's advice to resign, or any kind by HR); prints its id
    Start(Box<StartArgs>),
    /// The separation cases you may see, open ones unless --all: progress,
    /// the next step and when it is due, overdue steps
    List {
        #[command(flatten)]
        list: ListArgs,
        /// Closed and withdrawn cases too
        #[arg(long)]
        all: bool,
    },
    /// One case: its checklist (who ticks each step, by when, who did),
    /// equipment, settlement, and what you can do next
    Show {
        /// The case (SEP-0001)
        #[arg(add = clap_complete::ArgValueCandidates::new(crate::cli::complete::case_ids))]
        id: SepId,
        /// Print JSON (see docs/json.md)
        #[arg(long)]
        json: bool,
    },
    /// Mark a step of the checklist done (the step's owner)
    Tick {
        /// The case (SEP-0001)
        #[arg(add = clap_complete::ArgValueCandidates::new(crate::cli::complete::case_ids))]
        id: SepId,
        /// The step, by key (hr_talk) or by its number in `offboard show` (1)
        step: String,
        /// For the handover: the colleague who takes the work over (EMP-0016
        /// or staff number)
        #[arg(long, value_name = "EMP")]
        to: Option<String>,
        /// A note kept with the step
        #[arg(long, short = 'm', default_value = "")]
        comment: String,
    },
    /// Mark a step not applicable to this case (say why with -m)
    Skip {
        /// The case (SEP-0001)
        #[arg(add = clap_complete::ArgValueCandidates::new(crate::cli::complete::case_ids))]
        id: SepId,
        /// The step, by key or number
        step: String,
        /// Why it does not apply (required)
        #[arg(long, short = 'm', default_value = "")]
        comment: String,
    },
    /// Acknowledge a done step of your own case (a talk, the handover)
    Ack {
        /// The case (SEP-0001)
        #[arg(add = clap_complete::ArgValueCandidates::new(crate::cli::complete::case_ids))]
        id: SepId,
        /// The step, by key or number
        step: String,
    },
    /// Record what became of an item the leaving employee holds: returned
    /// (the default), written off, or charged to them (administration department)
    Return(ReturnArgs),
    /// Record the final settlement (finance); prints the total
    Settle(Box<SettleArgs>),
    /// Close a case whose every step is done: the employee is separated and
    /// the seat is free (HR head)
    Close {
        /// The case (SEP-0001)
        #[arg(add = clap_complete::ArgValueCandidates::new(crate::cli::complete::case_ids))]
        id: SepId,
    },
    /// Take a case back before the separation agreement is signed (say why with -m)
    Withdraw {
        /// The case (SEP-0001)
        #[arg(add = clap_complete::ArgValueCandidates::new(crate::cli::complete::case_ids))]
        id: SepId,
        /// Why (required)
        #[arg(long, short = 'm', default_value = "")]
        comment: String,
    },
    /// Print the certificate of separation of a closed case, in the --lang
    /// language (HR and the person)
    Certificate {
        /// The case (SEP-0001)
        #[arg(add = clap_complete::ArgValueCandidates::new(crate::cli::complete::case_ids))]
        id: SepId,
    },
}

#[derive(Args, Debug)]
pub struct StartArgs {
    /// The employee, by id (EMP-0001) or staff number (HX-1001)
    pub employee: String,
    /// Why they leave: resignation, advised, probation, not_renewed,
    /// retirement, dismissal or mutual
    #[arg(long, value_parser = parse_kind)]
    pub kind: SepKind,
    /// The day notice was given, YYYY-MM-DD (default: today)
    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    pub notice: Option<NaiveDate>,
    /// The last working day, YYYY-MM-DD: every step's due date counts from it
    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    pub last_day: NaiveDate,
    /// Why (HR, the department and the person read it)
    #[arg(long)]
    pub reason: String,
}

#[derive(Args, Debug)]
pub struct ReturnArgs {
    /// The case (SEP-0001)
    pub id: SepId,
    /// The item's asset tag, as `equipment list` shows it
    pub tag: String,
    /// The item is lost or worn out and written off (say why with -m)
    #[arg(long, conflicts_with = "charged")]
    pub written_off: bool,
    /// The employee pays this amount for it, such as 1200.50 (say why with -m)
    #[arg(long, value_name = "AMOUNT", allow_negative_numbers = true)]
    pub charged: Option<String>,
    /// The currency of --charged (default: the checklist's, CNY)
    #[arg(long, value_name = "CUR", requires = "charged")]
    pub currency: Option<String>,
    /// A note kept with the item (required unless it is returned)
    #[arg(long, short = 'm', default_value = "")]
    pub comment: String,
}

#[derive(Args, Debug)]
pub struct SettleArgs {
    /// The case (SEP-0001)
    pub id: SepId,
    /// The last pay, such as 12345.60
    #[arg(long, value_name = "AMOUNT", allow_negative_numbers = true)]
    pub last_pay: String,
    /// Untaken leave paid out
    #[arg(long, value_name = "AMOUNT", allow_negative_numbers = true)]
    pub leave: Option<String>,
    /// Severance or other compensation
    #[arg(long, value_name = "AMOUNT", allow_negative_numbers = true)]
    pub compensation: Option<String>,
    /// What is deducted (charged equipment, advances)
    #[arg(long, value_name = "AMOUNT", allow_negative_numbers = true)]
    pub deductions: Option<String>,
    /// The currency of every amount (default: the checklist's, CNY)
    #[arg(long, value_name = "CUR")]
    pub currency: Option<String>,
    /// The day it was paid, YYYY-MM-DD (default: today)
    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    pub paid_on: Option<NaiveDate>,
}

#[derive(Subcommand, Debug)]
pub enum EquipmentCmd {
    /// Record an item issued to an employee (administration department)
    Issue {
        /// The employee, by id (EMP-0001) or staff number (HX-1001)
        employee: String,
        /// The item's asset tag (unique among items out)
        #[arg(long)]
        tag: String,
        /// What it is (laptop, phone, access card)
        #[arg(long, value_name = "WHAT")]
        item: String,
        /// The day it was issued, YYYY-MM-DD (default: today)
        #[arg(long, value_name = "DATE", value_parser = parse_day)]
        on: Option<NaiveDate>,
    },
    /// What an employee holds and held: each item, when issued, and its fate
    List {
        /// The employee, by id (EMP-0001) or staff number (HX-1001)
        employee: String,
        /// Print JSON (see docs/json.md)
        #[arg(long)]
        json: bool,
    },
}

fn parse_kind(s: &str) -> Result<SepKind, String> {
    SepKind::from_key(s).ok_or_else(|| {
        let all: Vec<&str> = SepKind::ALL.iter().map(|k| k.key()).collect();
        format!(
            "`{s}` is not a kind of separation: use one of {}",
            all.join(", ")
        )
    })
}
