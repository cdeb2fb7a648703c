use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    renshi::cli::run(renshi::cli::Cli::parse())
}
