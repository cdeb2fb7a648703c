//! renshi (人事): the personnel lifecycle of a company, from a terminal.
//! Layers, each knowing only those below it: domain → store → service →
//! transport → front ends (cli, tui).

pub mod cli;
pub mod domain;
pub mod find;
pub mod i18n;
pub mod log;
pub mod notify;
pub mod present;
pub mod roster_csv;
pub mod service;
pub mod store;
pub mod transport;
pub mod tui;
