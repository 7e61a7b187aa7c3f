//! Looks up Windows system errors by code (decimal or 0x hex) or symbolic name:
//! `cargo run --example lookup -- 1312 0x5 ERROR_FILE_NOT_FOUND`.

use std::process::ExitCode;

use win_errors::WinError;

fn main() -> ExitCode {
    let mut status = ExitCode::SUCCESS;
    let queries: Vec<String> = std::env::args().skip(1).collect();
    if queries.is_empty() {
        eprintln!("usage: lookup <code or name>...");
        return ExitCode::from(2);
    }
    for query in queries {
        match query.parse::<WinError>() {
            Ok(error) => {
                println!("{error:#}");
                if let Some(description) = error.description() {
                    println!("  {description}");
                }
                for related in error.related() {
                    println!("  related: {related:#}");
                }
            }
            Err(problem) => {
                eprintln!("{query}: {problem}");
                status = ExitCode::FAILURE;
            }
        }
    }
    status
}
