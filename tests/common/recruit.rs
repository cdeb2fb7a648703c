//! Helpers for the recruitment tests: run a recruitment step, read the id
//! it created, and what a signer or assessor is shown.

use super::{ok, refused};
use renshi::domain::recruit::Recruit;
use renshi::domain::sign::Signable;
use renshi::domain::signoff::Seen;
use renshi::domain::{Command, DomainError, EmployeeId, ReqId};
use renshi::service::Service;
use renshi::service::api::Done;

pub fn step(svc: &Service, login: &str, cmd: Recruit, comment: &str) -> Done {
    ok(svc, login, Command::Recruit(cmd), comment)
}

pub fn refuse(svc: &Service, login: &str, cmd: Recruit, comment: &str) -> DomainError {
    refused(svc, login, Command::Recruit(cmd), comment)
}

/// The id a step reported creating.
pub fn created<T: std::str::FromStr>(done: &Done) -> T
where
    T::Err: std::fmt::Debug,
{
    done.created
        .as_deref()
        .expect("the step reports what it created")
        .parse()
        .unwrap()
}

pub fn req_seen(svc: &Service, id: ReqId) -> Seen {
    let c = svc.company();
    let r = &c.requisitions[&id];
    Seen {
        round: r.signoff.round,
        digest: r.digest(&c).hex(),
    }
}

pub fn review_seen(svc: &Service, id: EmployeeId) -> Seen {
    let c = svc.company();
    let case = renshi::domain::recruit::review(&c, id).expect("a probation review");
    Seen {
        round: case.probation.review.round,
        digest: case.digest(&c).hex(),
    }
}
