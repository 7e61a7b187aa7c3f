//! The command line: what `win-errors` takes, with clap's derive.

use clap::Parser;
use win_errors_core::CodeSpace;

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

/// The version and the snapshot of the data it carries: each source by the commit (or the
/// version) it was read at, as NOTICE names them (a test holds the two together).
pub const VERSION: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    " (data: MicrosoftDocs/win32 47e64c18, windows-driver-docs 825aa15f, windows-itpro-docs \
     19cb6c52 03c5cb30 0ff87991 0462efd7, WindowsProtocolTestSuites 4d513adb, winget-cli \
     fa3d9e51, WSL 3e27a6a5, dotnet/runtime, windows-sys 0.61.2)"
);

/// What `--help` ends with: the commonest uses, each a command that works as written.
const EXAMPLES: &str = "\
Examples:
  win-errors 5                            a Win32 error by its number
  win-errors 0x80070005                   an HRESULT, and the Win32 error it carries
  win-errors -1073741819                  a crashed process's exit code (an NTSTATUS)
  win-errors access_denied                a name, its prefix optional
  win-errors \"BugCheck 9F, {3, ffffe000f2a2a060, 0, 0}\"
                                          a pasted line: the bug check and its arguments
  win-errors --search logon session       entries whose name or message has the words
  win-errors scan build.log               the codes in a log
  win-errors check catalog.toml           a catalog of your own, as the macro checks it";

/// Look up Windows system errors by code, hex, HRESULT, name or words; check catalog files.
#[derive(Debug, Parser)]
#[command(
    name = "win-errors",
    version = VERSION,
    after_help = EXAMPLES,
    arg_required_else_help = true,
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
    #[arg(required_unless_present_any = ["search", "list", "license", "generate"])]
    pub queries: Vec<String>,
    /// Entries whose name or message contains all these words, each catalog's best matches
    /// first, the catalogs in the order `--as` lists their spaces.
    #[arg(long, num_args = 1.., value_name = "WORDS")]
    pub search: Option<Vec<String>>,
    /// Every entry, in code order.
    #[arg(long)]
    pub list: bool,
    /// Only entries of this error family (System, COM, WinINet, DXGI, ...; any case), from
    /// every catalog, for `--list` and `--search`.
    #[arg(long, value_name = "FAMILY")]
    pub family: Option<String>,
    /// Read each code in one space only: `win32`, `hresult`, `ntstatus`, `ras`, `ese`, `pdh`,
    /// `mci`, `msi` (Windows Installer messages), `bugcheck` (bug checks and live dumps),
    /// `device` (Device Manager problem codes) or `setup` (Windows setup results), or by its
    /// catalog, `--catalog RasError` (a code carried in another, such as the Win32 error in
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
    /// One line an entry (name, code, message): what `--search` and `--list` print when
    /// they find more than 20 entries, unless `--full` asks for every section.
    #[arg(long)]
    pub oneline: bool,
    /// When to colour the output: `auto` (on a terminal, unless `NO_COLOR` is set;
    /// `CLICOLOR_FORCE` forces it), `always` or `never`.
    #[arg(long, value_enum, value_name = "WHEN", default_value_t = ColorWhen::Auto, global = true)]
    pub color: ColorWhen,
    /// Print the licences of this tool and of the data it carries (Microsoft documentation
    /// under CC BY 4.0, MIT-licensed tables, windows-sys's names), with their attribution.
    #[arg(long, conflicts_with_all = ["queries", "search", "list"])]
    pub license: bool,
    /// Print a shell's completions or the man page, to install beside the tool:
    /// `win-errors --generate complete-powershell >> $PROFILE`,
    /// `win-errors --generate man > win-errors.1`.
    #[arg(long, value_enum, value_name = "WHAT", conflicts_with_all = ["queries", "search", "list", "license"])]
    pub generate: Option<Generate>,
}

/// When to colour the output.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ColorWhen {
    /// On a terminal, unless `NO_COLOR` is set (`CLICOLOR_FORCE` forces it).
    Auto,
    /// Always, into a pipe or a file too.
    Always,
    /// Never.
    Never,
}

/// What `--generate` prints.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Generate {
    /// The man page (roff).
    Man,
    /// Completions for bash.
    CompleteBash,
    /// Completions for zsh.
    CompleteZsh,
    /// Completions for fish.
    CompleteFish,
    /// Completions for PowerShell.
    CompletePowershell,
    /// Completions for elvish.
    CompleteElvish,
}

/// Commands on catalog files.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Check catalog files with every rule the `win_errors!` macro applies, and print every
    /// problem (exit status 1 when there is one, 2 when a file cannot be read).
    Check {
        /// Catalog files (TOML, or Message Compiler files by their `.mc` extension);
        /// `catalog.toml` when none is given.
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
        /// One JSON object per finding and line: the entry as a lookup's `--json` gives it,
        /// with `file`, `line`, `column`, `text` and the `reading`; with `--summary`, one per
        /// code, with its `count`.
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
    /// Write a Message Compiler file (`.mc`) as a TOML catalog in canonical form on standard
    /// output, after checking it with every rule (exit status 1 when it has problems, 2 when
    /// it cannot be read). The macro reads the `.mc` file as it is; this is for moving to TOML.
    ImportMc {
        /// The message file.
        #[arg(value_name = "FILE")]
        file: String,
    },
}
