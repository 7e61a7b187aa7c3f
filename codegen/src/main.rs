//! `cargo codegen`: rewrites `win-errors-core/src/generated/` from the shipped catalogs.

use std::process::ExitCode;

fn main() -> ExitCode {
    if std::env::args().len() > 1 {
        // No options: a flag it ignored could look like one it obeyed.
        eprintln!(
            "usage: {}\n\nWrites win-errors-core/src/generated/ from the shipped catalogs.",
            win_errors_codegen::COMMAND
        );
        return ExitCode::FAILURE;
    }
    match win_errors_codegen::generate() {
        Ok(report) => {
            print!("{report}");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}
