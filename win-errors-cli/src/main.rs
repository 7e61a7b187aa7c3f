//! `win-errors`: see `win-errors --help`.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let args = win_errors_cli::Args::parse();
    let (mut stdout, colour) = win_errors_cli::output_stream(std::io::stdout().lock(), args.color);
    let status = win_errors_cli::run(&args, &mut stdout, &mut std::io::stderr().lock(), colour);
    ExitCode::from(u8::try_from(status).unwrap_or(1))
}
