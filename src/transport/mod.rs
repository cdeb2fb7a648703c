//! The same request/response API whichever way it travels. Front ends hold a
//! `Box<dyn Client>` and never know whether the service is in-process or not.

use crate::service::api::{ApiError, Reply, Request};
use crate::service::{Caller, Service};
use std::sync::Arc;

pub trait Client: Send {
    fn call(&mut self, req: Request) -> Result<Reply, ApiError>;
}

/// In-process: this process owns the store (no daemon running).
pub struct Embedded {
    service: Arc<Service>,
    caller: Caller,
}

impl Embedded {
    pub fn new(service: Arc<Service>, caller: Caller) -> Self {
        Embedded { service, caller }
    }
}

impl Client for Embedded {
    fn call(&mut self, req: Request) -> Result<Reply, ApiError> {
        self.service.handle(&self.caller, req)
    }
}
