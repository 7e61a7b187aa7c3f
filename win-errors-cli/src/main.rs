//! `win-errors`: see `win-errors --help`.

use std::io::IsTerminal;
use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let args = win_errors_cli::Args::parse();
    let stdout = std::io::stdout();
    let no_color = std::env::var_os("NO_COLOR");
    let colour = win_errors_cli::colour_wanted(stdout.is_terminal(), no_color.as_deref());
    let status = win_errors_cli::run(
        &args,
        &mut stdout.lock(),
        &mut std::io::stderr().lock(),
        colour,
    );
    ExitCode::from(u8::try_from(status).unwrap_or(1))
}
