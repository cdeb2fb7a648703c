//! Pure types and rules, no I/O: entities, the flows' state machines, the
//! headcount ledger, authorization and the events a command produces.

pub mod auth;
pub mod commands;
pub mod digest;
pub mod error;
pub mod events;
pub mod ids;
pub mod model;
pub mod offboard;
pub mod org;
pub mod people;
pub mod plans;
pub mod recruit;
pub mod review;
pub mod sign;
pub mod signoff;
pub mod state;
pub mod text;
pub mod time;
pub mod users;

pub use commands::{Beside, Command, Ctx, Decided, decide};
pub use error::{DomainError, RowProblem};
pub use events::Event;
pub use ids::*;
pub use model::*;
pub use signoff::{Decision, Seen, Templates};
pub use state::{Company, Ledger};
