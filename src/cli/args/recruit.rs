//! The options of the recruitment commands: requisitions, candidates,
//! interviews and feedback, offers, the hire, onboarding, probation and the
//! formal contract.

use super::{ListArgs, PersonalArgs, parse_day};
use crate::domain::recruit::{Recommend, ReqState};
use crate::domain::*;
use chrono::NaiveDate;
use clap::{Args, Subcommand};

#[derive(Subcommand, Debug)]
pub enum ReqCmd {
    /// Ask for people for a position of your department (department heads);
    /// it goes to the signers at once and prints its id
    New(Box<NewReqArgs>),
    /// The requisitions you may see, newest first, with their free seats
    List {
        #[command(flatten)]
        list: ListArgs,
        /// Only requisitions in this state: submitted, returned, open,
        /// filled, cancelled or rejected
        #[arg(long, value_parser = parse_req_state)]
        state: Option<ReqState>,
    },
    /// One requisition: its seats, sign-off timeline, how long each signer
    /// took, and its candidates with their interviews
    Show {
        /// The requisition (REQ-0001)
        id: ReqId,
        /// Print JSON (see docs/json.md)
        #[arg(long)]
        json: bool,
    },
    /// Change a requisition that came back for revision (what you leave out stays)
    Edit {
        /// The requisition (REQ-0001)
        id: ReqId,
        /// How many people
        #[arg(long)]
        count: Option<u32>,
        /// The wanted start date, YYYY-MM-DD
        #[arg(long, value_parser = parse_day)]
        start: Option<NaiveDate>,
        /// Why the people are needed
        #[arg(long)]
        reason: Option<String>,
        /// Notes for HR (skills, languages, shifts)
        #[arg(long)]
        notes: Option<String>,
    },
    /// Send a returned requisition to the signers again (a new round)
    Resubmit {
        /// The requisition (REQ-0001)
        id: ReqId,
        /// Your word to the signers: what changed
        #[arg(long, short = 'm', default_value = "")]
        comment: String,
    },
    /// Take back a requisition of yours until it is filled
    Cancel {
        /// The requisition (REQ-0001)
        id: ReqId,
        /// Why: the signers and HR read it (required)
        #[arg(long, short = 'm', default_value = "")]
        comment: String,
    },
    /// Name the HR person who runs a requisition (HR head)
    Assign {
        /// The requisition (REQ-0001)
        id: ReqId,
        /// Their login
        #[arg(long)]
        to: String,
    },
    /// Let a position hold seats beyond its approved headcount until the
    /// board next sets it (general manager; the reason is required)
    Override {
        /// The position (POS-012)
        position: PositionId,
        /// How many seats beyond the headcount
        #[arg(long, default_value_t = 1)]
        seats: u32,
        /// Why (required; it shows in the ledger and the audit log)
        #[arg(long, short = 'm', default_value = "")]
        comment: String,
    },
    /// Record a sign-off given on paper (HR head; HR staff need a second
    /// person to confirm it)
    Paper {
        /// The requisition (REQ-0001)
        id: ReqId,
        /// Who signed the paper (their login)
        #[arg(long)]
        signer: String,
        /// approve, reject or return
        #[arg(long, value_parser = parse_decision)]
        decision: crate::domain::signoff::Decision,
        /// The paper's reference (file number)
        #[arg(long = "ref")]
        paper_ref: String,
        /// The digest `req show` prints (binds the record to that version)
        #[arg(long)]
        seen: Option<String>,
        /// What the paper says (required unless it approves)
        #[arg(long, short = 'm', default_value = "")]
        comment: String,
    },
    /// Confirm a paper sign-off another HR person recorded
    ConfirmPaper {
        /// The requisition (REQ-0001)
        id: ReqId,
        /// The digest `req show` prints
        #[arg(long)]
        seen: Option<String>,
    },
    /// Discard a recorded paper sign-off that was wrong (say why with -m)
    DiscardPaper {
        /// The requisition (REQ-0001)
        id: ReqId,
        /// Why it is discarded (required)
        #[arg(long, short = 'm', default_value = "")]
        comment: String,
    },
}

#[derive(Args, Debug)]
pub struct NewReqArgs {
    /// The position (POS-012)
    #[arg(long)]
    pub position: PositionId,
    /// How many people
    #[arg(long, default_value_t = 1)]
    pub count: u32,
    /// The wanted start date, YYYY-MM-DD
    #[arg(long, value_parser = parse_day)]
    pub start: NaiveDate,
    /// Why the people are needed (the signers read it)
    #[arg(long)]
    pub reason: String,
    /// Notes for HR (skills, languages, shifts)
    #[arg(long, default_value = "")]
    pub notes: String,
    /// Your word to the signers
    #[arg(long, short = 'm', default_value = "")]
    pub comment: String,
}

#[derive(Subcommand, Debug)]
pub enum CandidateCmd {
    /// Add a candidate to an open requisition (HR); prints the new id
    Add {
        /// The requisition (REQ-0001)
        req: ReqId,
        /// Their name
        #[arg(long)]
        name: String,
        /// Phone or e-mail (only HR sees it)
        #[arg(long)]
        contact: String,
        /// Where they came from (job board, referral)
        #[arg(long, default_value = "")]
        source: String,
        /// Notes on the CV
        #[arg(long, default_value = "")]
        notes: String,
    },
    /// One candidate: stage, offer, interviews and the feedback you may see
    Show {
        /// The candidate (CAN-0001)
        id: CandidateId,
        /// Print JSON (see docs/json.md)
        #[arg(long)]
        json: bool,
    },
    /// The company turns the candidate down (say why with -m)
    Reject {
        /// The candidate (CAN-0001)
        id: CandidateId,
        /// Why (required)
        #[arg(long, short = 'm', default_value = "")]
        comment: String,
    },
    /// The candidate steps back (say why with -m)
    Withdraw {
        /// The candidate (CAN-0001)
        id: CandidateId,
        /// Why (required)
        #[arg(long, short = 'm', default_value = "")]
        comment: String,
    },
    /// Erase a candidate's contact and CV notes (HR head; name and stages stay)
    Erase {
        /// The candidate (CAN-0001)
        id: CandidateId,
        /// The legal ground for erasing (required)
        #[arg(long, short = 'm', default_value = "")]
        comment: String,
    },
}

#[derive(Subcommand, Debug)]
pub enum InterviewCmd {
    /// Schedule an interview round (HR with the hiring department); prints its id
    Schedule {
        /// The candidate (CAN-0001)
        candidate: CandidateId,
        /// When, in company time: YYYY-MM-DD HH:MM, today HH:MM, or now
        #[arg(long, value_parser = parse_when)]
        at: When,
        /// Where (room, address, or video link)
        #[arg(long)]
        place: String,
        /// An interviewer's login (repeat: at least one from HR and one from the department)
        #[arg(long = "with", required = true)]
        interviewers: Vec<String>,
    },
    /// Call off an interview scheduled by mistake or not held (say why with -m)
    Cancel {
        /// The interview (INT-0001)
        id: InterviewId,
        /// Why (required)
        #[arg(long, short = 'm', default_value = "")]
        comment: String,
    },
    /// One interview: who, when, where, and the feedback you may see
    Show {
        /// The interview (INT-0001)
        id: InterviewId,
        /// Print JSON (see docs/json.md)
        #[arg(long)]
        json: bool,
    },
}

#[derive(Args, Debug)]
pub struct FeedbackArgs {
    /// The interview (INT-0001)
    #[arg(add = clap_complete::ArgValueCandidates::new(crate::cli::complete::interview_ids))]
    pub interview: InterviewId,
    /// 1 (poor) to 5 (excellent)
    #[arg(long)]
    pub score: u8,
    /// hire, hold or no-hire
    #[arg(long, value_parser = parse_recommend)]
    pub recommend: Recommend,
    /// Your note on the candidate
    #[arg(long, short = 'm', default_value = "")]
    pub comment: String,
}

#[derive(Subcommand, Debug)]
pub enum OfferCmd {
    /// Make an offer to a candidate whose interviews are complete (HR)
    Make {
        /// The candidate (CAN-0001)
        candidate: CandidateId,
        /// The start date, YYYY-MM-DD
        #[arg(long, value_parser = parse_day)]
        start: NaiveDate,
        /// Probation length in months (default: data/recruitment.toml)
        #[arg(long)]
        probation_months: Option<u32>,
    },
    /// Record that the candidate accepted the offer
    Accept {
        /// The candidate (CAN-0001)
        candidate: CandidateId,
    },
    /// Record that the candidate declined the offer
    Decline {
        /// The candidate (CAN-0001)
        candidate: CandidateId,
        /// Their reason, if they gave one
        #[arg(long, short = 'm', default_value = "")]
        comment: String,
    },
}

/// The forms of the hire and the probation contract.
#[derive(Args, Debug)]
pub struct HireArgs {
    /// The candidate who accepted (CAN-0001)
    pub candidate: CandidateId,
    /// Their staff number (empty: their employee id)
    #[arg(long, default_value = "")]
    pub number: String,
    /// Their legal name as on the ID card (default: the candidate's name)
    #[arg(long, default_value = "")]
    pub legal_name: String,
    #[command(flatten)]
    pub personal: PersonalArgs,
    /// The probation contract's last day (default: the offer's months from the start)
    #[arg(long, value_parser = parse_day)]
    pub probation_end: Option<NaiveDate>,
    /// A note for the audit log
    #[arg(long, short = 'm', default_value = "")]
    pub comment: String,
}

#[derive(Subcommand, Debug)]
pub enum OnboardingCmd {
    /// Record an onboarding training item given to a new hire
    Train {
        /// The employee (EMP-0042 or staff number)
        employee: String,
        /// What was taught
        #[arg(long)]
        what: String,
        /// Who taught it
        #[arg(long)]
        trainer: String,
        /// When, YYYY-MM-DD
        #[arg(long, value_parser = parse_day)]
        on: NaiveDate,
    },
    /// Record the day the new hire started work (上崗)
    Start {
        /// The employee (EMP-0042 or staff number)
        employee: String,
        /// The day, YYYY-MM-DD
        #[arg(long, value_parser = parse_day)]
        on: NaiveDate,
    },
}

#[derive(Subcommand, Debug)]
pub enum ProbationCmd {
    /// Give your assessment of a probation: pass, extend (with --until) or fail
    Assess {
        /// The employee (EMP-0042 or staff number)
        employee: String,
        /// pass, extend or fail
        #[arg(value_parser = ["pass", "extend", "fail"])]
        verdict: String,
        /// The new end of the probation, with extend (YYYY-MM-DD)
        #[arg(long, value_parser = parse_day)]
        until: Option<NaiveDate>,
        /// Your assessment (required to extend or fail)
        #[arg(long, short = 'm', default_value = "")]
        comment: String,
        /// The digest `employee show` prints (binds it to that version)
        #[arg(long)]
        seen: Option<String>,
    },
    /// Open the assessment of someone on probation who was entered from a
    /// roster (HR)
    Open {
        /// The employee (EMP-0042 or staff number)
        employee: String,
        /// The probation's last day, YYYY-MM-DD
        #[arg(long, value_parser = parse_day)]
        end: NaiveDate,
    },
}

#[derive(Subcommand, Debug)]
pub enum ContractCmd {
    /// Record the formal contract of someone who passed probation (HR)
    Sign {
        /// The employee (EMP-0042 or staff number)
        employee: String,
        /// The contract number
        #[arg(long)]
        number: String,
        /// First day, YYYY-MM-DD
        #[arg(long, value_parser = parse_day)]
        start: NaiveDate,
        /// Last day, YYYY-MM-DD (leave out with --open-ended)
        #[arg(long, value_parser = parse_day, required_unless_present = "open_ended")]
        end: Option<NaiveDate>,
        /// An open-ended contract (no last day)
        #[arg(long, conflicts_with = "end")]
        open_ended: bool,
    },
}

#[derive(Subcommand, Debug)]
pub enum ReportCmd {
    /// Time-to-fill by department and the time each step takes, slowest first
    Recruitment {
        /// Print JSON (see docs/json.md)
        #[arg(long)]
        json: bool,
    },
    /// The company at a glance: seats, requisitions, the recruitment
    /// funnel, sign-off times, probation and contract ends, separations,
    /// training gaps and the current cycle (HR, the general manager, the board)
    Dashboard {
        /// Print JSON (see docs/json.md)
        #[arg(long)]
        json: bool,
    },
    /// Required training missing, expired or expiring within 30 days, for
    /// the people you see
    Training {
        #[command(flatten)]
        list: ListArgs,
    },
    /// A cycle's completion per department and its grades (default: the
    /// cycle running today)
    Evaluations {
        /// The cycle (CYC-01)
        #[arg(long)]
        cycle: Option<CycleId>,
        /// Print JSON (see docs/json.md)
        #[arg(long)]
        json: bool,
    },
}

fn parse_req_state(s: &str) -> Result<ReqState, String> {
    ReqState::from_key(s).ok_or_else(|| {
        let all: Vec<&str> = ReqState::ALL.iter().map(|p| p.key()).collect();
        format!(
            "`{s}` is not a requisition state: use one of {}",
            all.join(", ")
        )
    })
}

fn parse_recommend(s: &str) -> Result<Recommend, String> {
    Recommend::from_key(s)
        .ok_or_else(|| format!("`{s}` is not a recommendation: use hire, hold or no-hire"))
}

pub fn parse_decision(s: &str) -> Result<crate::domain::signoff::Decision, String> {
    crate::domain::signoff::Decision::from_key(s)
        .ok_or_else(|| format!("`{s}` is not a decision: use approve, reject or return"))
}

/// A moment in company time as people type it.
#[derive(Clone, Copy, Debug)]
pub enum When {
    /// `2027-03-01 14:30`
    At(chrono::NaiveDateTime),
    /// `today 14:30`: the company's today, known once connected.
    Today(chrono::NaiveTime),
    /// `now`: an interview being held as it is recorded.
    Now,
}

fn parse_when(s: &str) -> Result<When, String> {
    let t = crate::domain::text::ascii_digits(s.trim()).replace('T', " ");
    let bad = || {
        format!(
            "`{s}` is not a time: write it as YYYY-MM-DD HH:MM (2027-03-01 14:30), today HH:MM, or now"
        )
    };
    if t.eq_ignore_ascii_case("now") {
        return Ok(When::Now);
    }
    if let Some(rest) = t.strip_prefix("today") {
        return chrono::NaiveTime::parse_from_str(rest.trim(), "%H:%M")
            .map(When::Today)
            .map_err(|_| bad());
    }
    chrono::NaiveDateTime::parse_from_str(&t, "%Y-%m-%d %H:%M")
        .map(When::At)
        .map_err(|_| bad())
}
