//! The `win-errors` command: look up Windows error codes, HRESULTs and names, offline, on
//! any OS, from the catalogs shipped in the `win-errors` crate; `check` and `fmt` for catalog
//! files, with the build's own rule book (`win_errors_generator::check`). Argument parsing
//! is in this file, lookups in `lookup`, output in `render`, the catalog commands in `check`
//! and `fmt`, the log scanner's output in `scan` (over `win-errors-scan`).

pub mod check;
pub mod fmt;
pub mod lookup;
pub mod render;
pub mod scan;
pub mod search;

use std::io::Write;

use clap::Parser;
use win_errors::{
    CodeSpace, ComError, ErrorCatalog, EseError, MciError, MsiError, NtStatus, PdhStatus, RasError,
    WinError,
};

use crate::lookup::Hit;

/// `--as`'s value: a space's short name or its catalog's type name, in any case.
fn parse_space(text: &str) -> Result<CodeSpace, String> {
    CodeSpace::from_name(text)
        .or_else(|| {
            CodeSpace::ALL
                .into_iter()
                .find(|space| space.catalog().eq_ignore_ascii_case(text.trim()))
        })
        .ok_or_else(|| {
            let names: Vec<String> = CodeSpace::ALL
                .iter()
                .map(|s| format!("{} ({})", s.name(), s.catalog()))
                .collect();
            format!("expected one of {}", names.join(", "))
        })
}

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
    /// Read each code in one space only: `win32`, `hresult`, `ntstatus`, `ras`, `ese`, `pdh`,
    /// `mci` or `msi` (Windows Installer messages), or by its catalog, `--catalog RasError` (a code carried in another, such as the Win32 error in
    /// the HRESULT 0x80070005, is read in that other). With `--list` and `--search`, that
    /// space's catalog only.
    #[arg(long = "as", visible_alias = "catalog", value_name = "SPACE", value_parser = parse_space)]
    pub as_space: Option<CodeSpace>,
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
    /// Find and explain every Windows error code in logs: each line that holds codes, then
    /// one line per code (name, catalog, message). Exit status 0 when a code was found, 1 when
    /// none was, 2 when a file could not be read (the others are still scanned).
    Scan {
        /// Log files; standard input when none is given, or for `-`.
        #[arg(value_name = "FILE")]
        files: Vec<String>,
        /// One line per distinct code with its count, most frequent first.
        #[arg(long)]
        summary: bool,
        /// One JSON object per finding and line (`file`, `line`, `column`, `text`, `catalog`,
        /// `name`, `code`, `hex`, `message`, `space`); with `--summary`, one per code.
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
            return scan::run(files, options, out, err);
        }
        None => {}
    }
    let style = render::Style {
        colour,
        full: args.full,
    };
    let mut status = 0;
    let mut first = true;
    // `reading`: how a query found the entry, and whether a better reading came before it.
    let mut emit = |entry, reading: Option<(lookup::Found, bool)>, out: &mut dyn Write| {
        let via = reading.map(|(found, _)| found.via);
        let text = if args.json {
            render::hit_json(entry, via, reading.map(|(found, _)| found.reading)) + "\n"
        } else {
            // A blank line between entries; a further reading of the same query says so.
            let gap = if first { "" } else { "\n" };
            let also = match reading {
                Some((found, true)) => render::also_as(found.reading, style),
                _ => String::new(),
            };
            format!("{gap}{also}{}", render::hit_text(entry, via, style))
        };
        first = false;
        let _ = out.write_all(text.as_bytes());
    };
    for query in &args.queries {
        match lookup::resolve_all(query, args.as_space) {
            Ok(found) => {
                // A further reading whose entry an earlier one shows as its counterpart
                // (0x80070005's E_ACCESSDENIED beside ERROR_ACCESS_DENIED) adds nothing.
                let counterparts: Vec<Option<&str>> = found
                    .iter()
                    .map(|f| render::counterpart_name(f.entry))
                    .collect();
                for (rank, found) in found.iter().enumerate() {
                    let counterpart = counterparts
                        .get(..rank)
                        .is_some_and(|earlier| earlier.contains(&Some(found.entry.name())));
                    if !counterpart {
                        emit(found.entry, Some((*found, rank > 0)), out);
                    }
                }
            }
            Err(why) => {
                let _ = writeln!(err, "win-errors: {why}");
                status = 1;
            }
        }
    }
    let family = args.family.as_deref();
    if let Some(words) = &args.search {
        // Words search every catalog unless `--as` names one: the system's entries first,
        // then COM, NTSTATUS, RAS, ESE, PDH, MCI and Windows Installer.
        let found = in_family(searched(words, args.as_space), family);
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
        // Without `--as` the list is the system catalog's, and a family is looked for in
        // every catalog.
        let space = match (args.as_space, family) {
            (None, None) => Some(CodeSpace::Win32),
            (space, _) => space,
        };
        let found = in_family(every_entry(space), family);
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

/// One shipped catalog as the tool reads it: its space, and its entries as hits.
struct Catalog {
    space: CodeSpace,
    /// Its entries whose name or message has every word, best first.
    search: fn(&[String]) -> Vec<Hit>,
    /// Its entries in code order.
    all: fn() -> Vec<Hit>,
}

const fn catalog<E: ErrorCatalog + Into<Hit>>(space: CodeSpace) -> Catalog {
    Catalog {
        space,
        search: |words| {
            search::search_in::<E>(words)
                .into_iter()
                .map(Into::into)
                .collect()
        },
        all: || E::ALL.iter().copied().map(Into::into).collect(),
    }
}

/// Every shipped catalog, in the order lists and searches go: system, COM, NTSTATUS, RAS,
/// ESE, PDH, MCI, Windows Installer.
const CATALOGS: [Catalog; 8] = [
    catalog::<WinError>(CodeSpace::Win32),
    catalog::<ComError>(CodeSpace::Hresult),
    catalog::<NtStatus>(CodeSpace::NtStatus),
    catalog::<RasError>(CodeSpace::Ras),
    catalog::<EseError>(CodeSpace::Ese),
    catalog::<PdhStatus>(CodeSpace::Pdh),
    catalog::<MciError>(CodeSpace::Mci),
    catalog::<MsiError>(CodeSpace::Msi),
];

/// The catalogs of `space`, or all of them.
fn catalogs(space: Option<CodeSpace>) -> impl Iterator<Item = &'static Catalog> {
    CATALOGS
        .iter()
        .filter(move |catalog| space.is_none_or(|space| space == catalog.space))
}

/// The entries of the catalogs of `space` whose name or message has every word, each
/// catalog's best first.
fn searched(words: &[String], space: Option<CodeSpace>) -> Vec<Hit> {
    catalogs(space)
        .flat_map(|catalog| (catalog.search)(words))
        .collect()
}

/// Every entry of the catalogs of `space`, in code order.
fn every_entry(space: Option<CodeSpace>) -> Vec<Hit> {
    catalogs(space)
        .flat_map(|catalog| (catalog.all)())
        .collect()
}

/// The hits of `family` (any case), or all of them without one.
fn in_family(hits: Vec<Hit>, family: Option<&str>) -> Vec<Hit> {
    let Some(family) = family else {
        return hits;
    };
    hits.into_iter()
        .filter(|hit| hit.family().is_some_and(|f| f.eq_ignore_ascii_case(family)))
        .collect()
}

/// Every family of the catalogs, in order of first appearance.
fn families() -> Vec<&'static str> {
    let mut names: Vec<&'static str> = Vec::new();
    for name in every_entry(None).into_iter().filter_map(Hit::family) {
        if !names.contains(&name) {
            names.push(name);
        }
    }
    names
}
