//! The `federa` binary: parse the command line and hand over to the library.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    federa::run(federa::cli::Cli::parse())
}
