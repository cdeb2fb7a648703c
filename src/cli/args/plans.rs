//! The options of headcount plans and of signing what waits: a plan's
//! draft and its lines, and `approve`, `reject` and `return`.

use super::{ListArgs, parse_day, parse_state};
use crate::domain::*;
use chrono::NaiveDate;
use clap::{Args, Subcommand};

/// What `approve`, `reject` and `return` sign: a plan, a requisition or an
/// evaluation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SignTarget {
    Plan(PlanId),
    Req(ReqId),
    Eval(EvalId),
}

impl std::str::FromStr for SignTarget {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let t = s.trim();
        let prefix = |p: &str| {
            t.split_once('-')
                .is_some_and(|(given, _)| given.eq_ignore_ascii_case(p))
        };
        if prefix(ReqId::PREFIX) {
            return t.parse().map(SignTarget::Req);
        }
        if prefix(EvalId::PREFIX) {
            return t.parse().map(SignTarget::Eval);
        }
        t.parse().map(SignTarget::Plan).map_err(|_| {
            format!(
                "`{t}` is neither a plan (HP-0001), a requisition (REQ-0001) nor an \
                 evaluation (EV-0001)"
            )
        })
    }
}

#[derive(Args, Debug)]
pub struct SignArgs {
    /// The plan (HP-0001), requisition (REQ-0001) or evaluation (EV-0001)
    #[arg(add = clap_complete::ArgValueCandidates::new(crate::cli::complete::signable_ids))]
    pub id: SignTarget,
    /// Comment (required to reject or return)
    #[arg(long, short = 'm', default_value = "")]
    pub comment: String,
    /// Sign only the version you saw: the digest `plan show` (or `req show`,
    /// `evaluation show`) prints. Without it, the case as it is now is signed, and its digest is
    /// printed back.
    #[arg(long)]
    pub seen: Option<String>,
    /// With the HR head's approval of a requisition: the HR person who runs it
    #[arg(long, value_name = "LOGIN")]
    pub assign: Option<String>,
}

#[derive(Subcommand, Debug)]
pub enum PlanCmd {
    /// All plans you may see, with their state, whom they wait for and any conflict
    List {
        #[command(flatten)]
        list: ListArgs,
        /// Only plans in this state: draft, submitted, returned, approved,
        /// rejected or withdrawn
        #[arg(long, value_parser = parse_state)]
        state: Option<PlanState>,
        /// Only plans whose state changed on or after this day (YYYY-MM-DD, company time)
        #[arg(long, value_name = "DATE", value_parser = parse_day)]
        since: Option<NaiveDate>,
    },
    /// One plan: its changes (in full) and its sign-off timeline
    Show {
        /// The plan (HP-0001)
        id: PlanId,
        /// Print JSON (see docs/json.md)
        #[arg(long)]
        json: bool,
    },
    /// Start a draft; prints its id
    Draft {
        /// The plan's title
        #[arg(long)]
        title: String,
        /// A note for whoever reads the plan
        #[arg(long, default_value = "")]
        note: String,
    },
    /// Add a change: exactly one of --new-in, --headcount-of, --duties-of, --close
    AddLine(LineArgs),
    /// Remove a change from a draft
    RemoveLine {
        /// The plan (HP-0003)
        id: PlanId,
        /// The change's number as `plan show` gives it (1, 2, …); numbers
        /// stay with their change when others are removed
        line: LineNo,
    },
    /// Send a draft (or a returned plan) for sign-off
    Submit {
        /// The plan (HP-0003)
        id: PlanId,
        /// Your word to the signers, shown with the plan
        #[arg(long, short = 'm', default_value = "")]
        comment: String,
    },
    /// Take back a submitted or returned plan of yours (it ends as withdrawn;
    /// draft a new one to go on)
    Withdraw {
        /// The plan (HP-0001)
        id: PlanId,
        /// Why: the signers read it (required)
        #[arg(long, short = 'm', default_value = "")]
        comment: String,
    },
    /// Delete a draft of yours that was never submitted
    Delete {
        /// The plan (HP-0003)
        id: PlanId,
    },
    /// Record a sign-off given on paper (HR head; HR staff need a second
    /// person to confirm it)
    Paper {
        /// The plan (HP-0001)
        id: PlanId,
        /// Who signed the paper (their login)
        #[arg(long)]
        signer: String,
        /// approve, reject or return
        #[arg(long)]
        decision: String,
        /// The paper's reference (file number, resolution)
        #[arg(long = "ref")]
        paper_ref: String,
        /// The digest `plan show` prints (binds the record to that version)
        #[arg(long)]
        seen: Option<String>,
        /// What the paper says, or your note (required unless it approves)
        #[arg(long, short = 'm', default_value = "")]
        comment: String,
    },
    /// Confirm a paper sign-off another HR person recorded
    ConfirmPaper {
        /// The plan (HP-0001)
        id: PlanId,
        /// The digest `plan show` prints
        #[arg(long)]
        seen: Option<String>,
    },
    /// Discard a recorded paper sign-off that was wrong (say why with -m)
    DiscardPaper {
        /// The plan (HP-0001)
        id: PlanId,
        /// Why it is discarded (required)
        #[arg(long, short = 'm', default_value = "")]
        comment: String,
    },
}

#[derive(Args, Debug)]
#[command(group(clap::ArgGroup::new("kind").required(true).args(["new_in", "headcount_of", "duties_of", "close"])))]
pub struct LineArgs {
    /// The plan (HP-0003)
    pub id: PlanId,
    /// New position in this department (with --title, --duties, --headcount)
    #[arg(long)]
    pub new_in: Option<DeptId>,
    /// New headcount of this position (with --headcount)
    #[arg(long)]
    pub headcount_of: Option<PositionId>,
    /// New duties of this position (with --duties)
    #[arg(long)]
    pub duties_of: Option<PositionId>,
    /// Close this position (no seat may be filled or reserved)
    #[arg(long)]
    pub close: Option<PositionId>,
    /// Title of the new position
    #[arg(long, conflicts_with_all = ["headcount_of", "duties_of", "close"])]
    pub title: Option<String>,
    /// Duties of the new position, or the new duties
    #[arg(long, conflicts_with_all = ["headcount_of", "close"])]
    pub duties: Option<String>,
    /// Headcount (whole number)
    #[arg(long, conflicts_with_all = ["duties_of", "close"])]
    pub headcount: Option<String>,
}
