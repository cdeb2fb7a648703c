//! renshi (人事): the personnel lifecycle of a company, from a terminal.
//! Layers, each knowing only those below it: domain → store → service →
//! transport → front ends (cli, tui).

pub mod cli;
pub mod domain;
pub mod find;
pub mod i18n;
pub mod present;
pub mod roster_csv;
pub mod service;
pub mod store;
pub mod transport;
pub mod tui;

/// See Cargo.toml: threads that allocate side by side (a restore's reader
/// and sled's writers, a daemon's connections) do not queue on the
/// allocator's locks. Here rather than in `main`, so that tests and benches
/// measure the allocator renshi runs with.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
