//! The `win-errors` command: look up Windows error codes, HRESULTs and names, offline, on
//! any OS, from the catalogs shipped in `win-errors-core`; `check` and `fmt` for catalog
//! files, with the build's own rule book (`win_errors_generator::check`); `scan` for logs.
//!
//! This library is the tool's implementation, public for its tests: not a stable API.
//!
//! The command line is in `args`; what each command does in `lookup` (queries), `entries`
//! (`--search` and `--list`), `scan`, `check` and `fmt`; what they print in `output`, one
//! module per format over the library's own [`win_errors_core::Entry`] and
//! [`win_errors_core::Reading`].

mod args;
pub mod check;
pub mod entries;
pub mod fmt;
pub mod lookup;
pub mod output;
pub mod scan;

use std::ffi::OsStr;
use std::io::Write;

pub use args::{Args, Command};

/// Whether to colour the output: only on a terminal, and not when `NO_COLOR` is set to
/// anything but the empty string (<https://no-color.org>).
pub fn colour_wanted(stdout_is_terminal: bool, no_color: Option<&OsStr>) -> bool {
    stdout_is_terminal && no_color.is_none_or(OsStr::is_empty)
}

/// Runs the command; returns the exit status (0: all found, 1: something was not, 2: a file
/// could not be read).
pub fn run(args: &Args, out: &mut dyn Write, err: &mut dyn Write, colour: bool) -> i32 {
    match &args.command {
        Some(Command::Check { files, json }) => check::run(files, *json, out, err),
        Some(Command::Fmt { files, check }) => fmt::run(files, *check, out, err),
        Some(Command::Scan {
            files,
            summary,
            json,
        }) => {
            let options = scan::ScanOptions {
                summary: *summary,
                json: *json,
                colour,
            };
            scan::run(files, options, out, err)
        }
        None if args.license => {
            let _ = out.write_all(LICENSE.as_bytes());
            0
        }
        None => lookup::run(args, out, err, colour),
    }
}

/// What `--license` prints: the tool's licence, then the attribution of the data it carries
/// (the workspace's NOTICE, which every package that ships data carries too).
pub const LICENSE: &str = concat!(
    "win-errors is licensed under the MIT License or the Apache License 2.0, at your option.\n",
    "The error data it carries is licensed as follows.\n\n",
    include_str!("../NOTICE"),
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colour_on_a_terminal_unless_no_color_is_set() {
        assert!(colour_wanted(true, None));
        assert!(colour_wanted(true, Some(OsStr::new(""))));
        assert!(!colour_wanted(true, Some(OsStr::new("1"))));
        assert!(!colour_wanted(false, None));
        assert!(!colour_wanted(false, Some(OsStr::new("1"))));
    }
}
