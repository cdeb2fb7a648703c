//! The same request/response API whichever way it travels. Front ends hold a
//! `Box<dyn Client>` and never know whether the service is in-process or
//! behind the daemon's socket.

pub mod codec;
pub mod limits;
pub mod remote;
pub mod server;
pub mod stage;
pub mod wire;

use crate::service::api::{ApiError, Reply, Request};
use crate::service::{Caller, Service};
use std::sync::Arc;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Link {
    /// This process owns the store.
    Local,
    Connected,
    /// The daemon went away; calls fail until it is back.
    Lost,
}

pub trait Client: Send {
    fn call(&mut self, req: Request) -> Result<Reply, ApiError>;

    /// A counter that grows whenever someone commits; views reload when it moves.
    fn changes(&self) -> u64 {
        0
    }

    fn link(&self) -> Link {
        Link::Local
    }

    /// Tries to reach the daemon again; true when connected.
    fn reconnect(&mut self) -> bool {
        true
    }

    /// Acts as another user from now on: demo stores only, which the service
    /// (embedded) or the daemon (remote) checks.
    fn act_as(&mut self, login: &str) -> Result<(), ApiError>;
}

/// In-process: this process owns the store (no daemon running).
pub struct Embedded {
    service: Arc<Service>,
    caller: Caller,
    stage: stage::Stage,
}

impl Embedded {
    pub fn new(service: Arc<Service>, caller: Caller) -> Self {
        Embedded {
            service,
            caller,
            stage: stage::Stage::unbounded(),
        }
    }
}

impl Client for Embedded {
    fn call(&mut self, req: Request) -> Result<Reply, ApiError> {
        self.stage.handle(&self.service, &self.caller, req)
    }

    fn act_as(&mut self, login: &str) -> Result<(), ApiError> {
        if !self.service.store().is_demo_for_rights()? {
            return Err(crate::domain::DomainError::DemoOnly.into());
        }
        let os = self
            .caller
            .via
            .clone()
            .unwrap_or_else(|| self.caller.login.clone());
        let caller = Caller {
            login: login.to_string(),
            via: Some(os),
        };
        // Refuse an unknown login here rather than on the next screen.
        self.service
            .handle(&caller, Request::Query(crate::service::api::Query::Whoami))?;
        self.caller = caller;
        Ok(())
    }
}
