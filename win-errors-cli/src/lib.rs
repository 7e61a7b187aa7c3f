//! The `win-errors` command: look up Windows error codes, HRESULTs and names, offline, on
//! any OS, from the catalogs shipped in the `win-errors` crate; `check` and `fmt` for catalog
//! files, with the build's own rule book (`win_errors_generator::check`). Argument parsing
//! is in this file, lookups in `lookup`, output in `render`, the catalog commands in `check`
//! and `fmt`.

pub mod check;
pub mod fmt;
pub mod lookup;
pub mod render;
pub mod search;

use std::io::Write;

use clap::Parser;
use win_errors::{ComError, NtStatus, WinError};

/// Look up Windows system errors by code, hex, HRESULT, name or words; check catalog files.
#[derive(Debug, Parser)]
#[command(
    name = "win-errors",
    version,
    allow_negative_numbers = true,
    args_conflicts_with_subcommands = true,
    subcommand_negates_reqs = true
)]
pub struct Args {
    /// A command on catalog files instead of a lookup.
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Codes (1312, 0x520, 520h), HRESULTs (0x80070520, -2147023584), NTSTATUS values and
    /// exit codes (0xC0000005, -1073741819) or names (ERROR_NO_SUCH_LOGON_SESSION,
    /// no_such_logon_session, an alias, STATUS_ACCESS_VIOLATION, NT_STATUS_LOGON_FAILURE).
    #[arg(required_unless_present_any = ["search", "list"])]
    pub queries: Vec<String>,
    /// Entries whose name or message contains all these words, best matches first (system
    /// errors, then COM and HRESULT errors, then NTSTATUS values).
    #[arg(long, num_args = 1.., value_name = "WORDS")]
    pub search: Option<Vec<String>>,
    /// Every entry, in code order.
    #[arg(long)]
    pub list: bool,
    /// Only entries of this error family (System, COM, WinINet, DXGI, ...; any case), from
    /// both catalogs, for `--list` and `--search`.
    #[arg(long, value_name = "FAMILY")]
    pub family: Option<String>,
    /// Every reference section of each entry (meaning, context, remedies, FAQ, summary),
    /// where the catalog has them; JSON output always has them.
    #[arg(long)]
    pub full: bool,
    /// One JSON object per result and line, for scripts.
    #[arg(long)]
    pub json: bool,
}

/// Commands on catalog files.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Check catalog files with every rule the `win_errors!` macro applies, and print every
    /// problem (exit status 1 when there is one).
    Check {
        /// Catalog files (TOML); `catalog.toml` when none is given.
        #[arg(value_name = "FILE", default_value = "catalog.toml")]
        files: Vec<String>,
        /// One JSON object per problem (or per file that passed) and line.
        #[arg(long)]
        json: bool,
    },
    /// Rewrite catalog files in canonical form: entries sorted by code, keys in a fixed
    /// order, one way of writing strings and codes, comments kept with what they precede.
    Fmt {
        /// Catalog files (TOML); `catalog.toml` when none is given.
        #[arg(value_name = "FILE", default_value = "catalog.toml")]
        files: Vec<String>,
        /// Change nothing: show a diff and exit with status 1 when a file is not canonical.
        #[arg(long)]
        check: bool,
    },
}

/// Runs the command; returns the exit status (0: all found, 1: something was not).
pub fn run(args: &Args, out: &mut dyn Write, err: &mut dyn Write, colour: bool) -> i32 {
    match &args.command {
        Some(Command::Check { files, json }) => return check::run(files, *json, out, err),
        Some(Command::Fmt { files, check }) => return fmt::run(files, *check, out, err),
        None => {}
    }
    let style = render::Style {
        colour,
        full: args.full,
    };
    let mut status = 0;
    let mut first = true;
    let mut emit = |entry, via, out: &mut dyn Write| {
        let text = if args.json {
            render::hit_json(entry, via) + "\n"
        } else {
            // A blank line between entries.
            let gap = if first { "" } else { "\n" };
            format!("{gap}{}", render::hit_text(entry, via, style))
        };
        first = false;
        let _ = out.write_all(text.as_bytes());
    };
    for query in &args.queries {
        match lookup::resolve(query) {
            Ok(found) => emit(found.entry, Some(found.via), out),
            Err(why) => {
                let _ = writeln!(err, "win-errors: {why}");
                status = 1;
            }
        }
    }
    let family = args.family.as_deref();
    if let Some(words) = &args.search {
        let system = search::search_in::<WinError>(words);
        let com = search::search_in::<ComError>(words);
        let found = match family {
            Some(_) => in_family(system, com, family),
            // Words search every catalog: the system's entries first, then COM, then NTSTATUS.
            None => system
                .into_iter()
                .map(lookup::Hit::Win32)
                .chain(com.into_iter().map(lookup::Hit::Com))
                .chain(
                    search::search_in::<NtStatus>(words)
                        .into_iter()
                        .map(lookup::Hit::Nt),
                )
                .collect(),
        };
        if found.is_empty() {
            let scope = family.map_or(String::new(), |f| format!(" in the {f} family"));
            let _ = writeln!(
                err,
                "win-errors: no error{scope} mentions {}",
                words.join(" ")
            );
            status = 1;
        }
        for hit in found {
            emit(hit, None, out);
        }
    }
    if args.list {
        let found = in_family(WinError::ALL.to_vec(), ComError::ALL.to_vec(), family);
        if found.is_empty() {
            let _ = writeln!(
                err,
                "win-errors: no family {}; the families are {}",
                family.unwrap_or_default(),
                families().join(", ")
            );
            status = 1;
        }
        for hit in found {
            emit(hit, None, out);
        }
    }
    status
}

/// The system entries, or with a family the entries of both catalogs in that family.
fn in_family(system: Vec<WinError>, com: Vec<ComError>, family: Option<&str>) -> Vec<lookup::Hit> {
    let Some(family) = family else {
        return system.into_iter().map(lookup::Hit::Win32).collect();
    };
    let matches = |f: Option<&str>| f.is_some_and(|f| f.eq_ignore_ascii_case(family));
    let system = system
        .into_iter()
        .filter(|e| matches(e.family()))
        .map(lookup::Hit::Win32);
    let com = com
        .into_iter()
        .filter(|e| matches(e.family()))
        .map(lookup::Hit::Com);
    system.chain(com).collect()
}

/// Every family of both catalogs, in order of first appearance.
fn families() -> Vec<&'static str> {
    let mut names: Vec<&'static str> = Vec::new();
    let all = WinError::ALL
        .iter()
        .map(|e| e.family())
        .chain(ComError::ALL.iter().map(|e| e.family()));
    for name in all.flatten() {
        if !names.contains(&name) {
            names.push(name);
        }
    }
    names
}
