//! renshi (人事): the personnel lifecycle of a company, from a terminal.
//! Layers, each knowing only those below it: domain → store → service →
//! transport → front ends (cli, tui).

pub mod domain;
pub mod store;
pub mod service;
pub mod transport;
pub mod i18n;
pub mod cli;
pub mod tui;
