//! Project tasks behind `cargo xtask`: importing catalogs from Microsoft's error pages or a
//! Windows SDK `winerror.h` (one module per page shape, `pages` for what they share, `emit`
//! to write a catalog, checked by the build's rule book before it is written), synthetic
//! catalogs, and the size and compile-time measurements of `bench`.

pub mod bench;
pub mod bench_build;
pub mod bench_scan;
pub mod bench_worst;
pub mod com_pages;
pub mod docs_pages;
pub mod emit;
pub mod ese_page;
pub mod family_pages;
pub mod html_rows;
pub mod markdown;
pub mod model;
pub mod msi_page;
pub mod ntstatus_cs;
pub mod overlay;
pub mod pages;
pub mod synthetic;
pub mod windows_sys;
pub mod winerror_h;

use std::path::{Path, PathBuf};

use win_errors_catalog::write::canonical::canonical;

use model::{CatalogHeader, ImportedEntry};
use overlay::Overlay;

/// The CC BY 4.0 attribution the derived data carries (from the pages' README).
pub const ATTRIBUTION: &[&str] = &[
    "Windows error code data derived from \"System Error Codes\" and \"COM Error Codes\"",
    "documentation by Microsoft Corporation and contributors,",
    "https://github.com/MicrosoftDocs/win32 (commit 47e64c189dcb1c1a42c221380ccf0ec81cc82d4b),",
    "licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/).",
    "Changes: messages extracted from Markdown, markdown markup removed.",
];

/// The CC BY 4.0 attribution of the data of the family pages that make catalogs of their own.
pub const FAMILY_ATTRIBUTION: &[&str] = &[
    "Windows error code data derived from the documentation of its error codes",
    "by Microsoft Corporation and contributors,",
    "https://github.com/MicrosoftDocs/win32 (commit 47e64c189dcb1c1a42c221380ccf0ec81cc82d4b),",
    "licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/).",
    "Changes: messages extracted from Markdown and HTML, markup removed.",
];

/// The MIT notice the NTSTATUS data carries (from `../shared/data/ntstatus/README.md`; NOTICE
/// holds the full permission notice).
pub const NTSTATUS_ATTRIBUTION: &[&str] = &[
    "NTSTATUS names, values and messages derived from `ProtoSDK/Common/NtStatus.cs` of",
    "Windows Protocol Test Suites, https://github.com/microsoft/WindowsProtocolTestSuites",
    "(commit 4d513adb8e0346052d2f0440a43d91edd107ad7a). Copyright (c) Microsoft Corporation.",
    "Licensed under the MIT License; the full permission notice is in NOTICE.",
    "The NTSTATUS names that file lacks, and their values, are those of windows-sys",
    "(MIT OR Apache-2.0), without a message: none permissively licensed is known.",
];

/// The workspace root (where `catalog.toml` lives).
pub use win_errors_codegen::workspace_root;

const USAGE: &str = "\
usage: cargo xtask <task>

The shipped types in win-errors-core/src/generated/ are written by `cargo codegen`, a
package apart from this one so that it builds when they do not.

tasks:
  import-docs <pages-dir> [--out FILE] [--overlay FILE]
      Import the System Error Codes pages into a catalog (default: catalog.toml, merging
      catalog.overlay.toml).
  import-com <pages-dir> [--out FILE] [--overlay FILE]
      Import the COM Error Codes pages into a catalog (default: com.toml).
  import-ntstatus <dir> [--out FILE] [--overlay FILE]
      Import <dir>/NtStatus.cs (Windows Protocol Test Suites) into a catalog (default:
      ntstatus.toml), with every other NTSTATUS name of windows-sys (the version the
      workspace builds with, found by cargo metadata) as an alias or an entry without a
      message.
  import-ras <pages-dir> [--out FILE] [--overlay FILE]
      Import the Routing and Remote Access Error Codes page (families/ in <pages-dir>) into
      a catalog of its own code space (default: ras.toml).
  import-ese <pages-dir> [--out FILE] [--overlay FILE]
      Import the Extensible Storage Engine Error Codes page (families/ in <pages-dir>) into
      a catalog of signed codes (default: ese.toml).
  import-pdh <pages-dir> [--out FILE] [--overlay FILE]
      Import the Performance Data Helper error codes page (families/ in <pages-dir>) into
      a catalog of its own code space (default: pdh.toml).
  import-msi <pages-dir> [--out FILE] [--overlay FILE]
      Import the Windows Installer Error Messages page (families/ in <pages-dir>) into a
      catalog of numbered messages without names (default: msi.toml).
  import-mci <pages-dir> [--out FILE] [--overlay FILE]
      Import the General MCI Errors and Waveform-Audio Errors pages (families/ in
      <pages-dir>), with windows-sys's values, into a catalog of their own code space
      (default: mci.toml).
  import-winerror <winerror.h> [--out FILE] [--overlay FILE] [--enum NAME]
      Import a Windows SDK winerror.h into a catalog (default: winerror.toml).
  bench-size
      Build a binary against catalogs of 1 entry, the shipped system catalog (with and
      without its reference sections), each other shipped catalog (COM, NTSTATUS, RAS, ESE,
      PDH, MCI, Windows Installer), 10000 and 100000 entries, and report static data growth
      and relocations.
  bench-compile
      Time rebuilding that binary's crate, debug and release, for the same catalogs.
  bench-report
      Print the last `cargo bench` run's lookup figures as ratios against their baselines.
  bench-build
      Clean debug builds, best of 5, of (a) a crate using only WinError (default features
      off), (b) the same with windows-sys, (c) a crate expanding its own catalog with
      default features, (d) a crate deriving one error with thiserror; times and ratios
      (our crates built as cargo builds a crates.io dependency, not incrementally).
  bench-worst
      Time the worst inputs a person can paste (100,000-character names, hex, words and
      catalog values, 20,000 arguments, a 100,000-character log line) against ordinary ones.
  bench-scan
      Time `win-errors scan` (release) over a generated 100 MiB log against `grep -cE` over
      a comparable pattern, both writing to a file, and print the ratio.
  synthetic <count>
      Print a synthetic catalog of <count> entries shaped like the system catalog (the one
      the benchmarks and the scale test use).
";

/// The catalog JSON Schema, relative to the shipped catalogs at the repository's root.
const CATALOG_SCHEMA: &str = "./catalog.schema.json";

/// Runs a task; returns what to print, or the error.
pub fn run(args: &[String]) -> Result<String, String> {
    let (task, rest) = args.split_first().ok_or_else(|| USAGE.to_owned())?;
    match task.as_str() {
        "bench-size" => return bench::bench_size(),
        "bench-compile" => return bench::bench_compile(),
        "bench-report" => return bench::bench_report(),
        "bench-scan" => return bench_scan::bench_scan(),
        "bench-build" => return bench_build::bench_build(),
        "bench-worst" => return bench_worst::bench_worst(),
        "synthetic" => {
            let count = match rest {
                [count] => count
                    .parse()
                    .map_err(|_| format!("synthetic: `{count}` is not a count\n\n{USAGE}"))?,
                _ => return Err(format!("synthetic needs one count\n\n{USAGE}")),
            };
            return Ok(synthetic::synthetic_catalog(count));
        }
        _ => {}
    }
    let options = Options::parse(rest)?;
    match task.as_str() {
        "import-docs" => import_docs(&options),
        "import-com" => import_com(&options),
        "import-ntstatus" => import_ntstatus(&options),
        "import-ras" => import_ras(&options),
        "import-ese" => import_ese(&options),
        "import-pdh" => import_pdh(&options),
        "import-mci" => import_mci(&options),
        "import-msi" => import_msi(&options),
        "import-winerror" => import_winerror(&options),
        "help" | "--help" | "-h" => Ok(USAGE.to_owned()),
        other => Err(format!("unknown task `{other}`\n\n{USAGE}")),
    }
}

/// A task's input path and options.
struct Options {
    input: PathBuf,
    out: Option<PathBuf>,
    overlay: Option<PathBuf>,
    enum_name: Option<String>,
}

impl Options {
    /// Writes the imported catalog to `--out` or `default`, with `--overlay` merged.
    fn write(
        &self,
        header: &CatalogHeader,
        entries: Vec<ImportedEntry>,
        default: PathBuf,
    ) -> Result<String, String> {
        let out = self.out.clone().unwrap_or(default);
        write_catalog(header, entries, self.overlay.as_deref(), &out)
    }

    fn parse(args: &[String]) -> Result<Options, String> {
        let mut input = None;
        let mut out = None;
        let mut overlay = None;
        let mut enum_name = None;
        let mut args = args.iter();
        while let Some(arg) = args.next() {
            let mut value = |flag: &str| {
                args.next()
                    .cloned()
                    .ok_or_else(|| format!("{flag} needs a value\n\n{USAGE}"))
            };
            match arg.as_str() {
                "--out" => out = Some(PathBuf::from(value("--out")?)),
                "--overlay" => overlay = Some(PathBuf::from(value("--overlay")?)),
                "--enum" => enum_name = Some(value("--enum")?),
                flag if flag.starts_with("--") => {
                    return Err(format!("unknown option {flag}\n\n{USAGE}"));
                }
                path if input.is_none() => input = Some(PathBuf::from(path)),
                extra => return Err(format!("unexpected argument {extra}\n\n{USAGE}")),
            }
        }
        let input = input.ok_or_else(|| format!("missing the input path\n\n{USAGE}"))?;
        Ok(Options {
            input,
            out,
            overlay,
            enum_name,
        })
    }
}

fn import_docs(options: &Options) -> Result<String, String> {
    let (mut entries, mut report) = docs_pages::import_dir(&options.input)?;
    let families = import_families(&options.input, true, &mut entries, &mut report)?;
    let header = CatalogHeader {
        enum_name: options
            .enum_name
            .clone()
            .unwrap_or_else(|| "WinError".to_owned()),
        description: "Windows system error codes: the Win32 codes that `GetLastError` returns, \
                      as Microsoft's System Error Codes pages document them."
            .to_owned(),
        codes: Some("win32"),
        family: Some("System"),
        schema: Some(CATALOG_SCHEMA),
        comments: generated_comments("cargo xtask import-docs <pages-dir>", ATTRIBUTION),
    };
    let root = workspace_root();
    let out = options
        .out
        .clone()
        .unwrap_or_else(|| root.join("catalog.toml"));
    let overlay = options
        .overlay
        .clone()
        .or_else(|| Some(root.join("catalog.overlay.toml")).filter(|p| p.exists()));
    let written = write_catalog(&header, entries, overlay.as_deref(), &out)?;
    Ok(format!(
        "{written}\n{families}irregularities met in the pages:\n{}",
        report.summary()
    ))
}

/// Merges the family pages of `<dir>/families` (those with Win32 codes, or those with
/// HRESULTs) into `entries`; returns the account of what each family added and every
/// conflict. Nothing when the folder is absent.
fn import_families(
    dir: &Path,
    win32: bool,
    entries: &mut Vec<ImportedEntry>,
    report: &mut pages::Report,
) -> Result<String, String> {
    let folder = dir.join("families");
    if !folder.is_dir() {
        return Ok(String::new());
    }
    let pages = family_pages::import_families(&folder, win32, report)?;
    let mut merged = family_pages::merge(entries, pages);
    for (name, other) in std::mem::take(&mut report.references) {
        match entries
            .iter_mut()
            .find(|e| e.name == other || e.aliases.contains(&other))
        {
            Some(target) => target.aliases.push(name),
            None => merged.conflicts.push(format!(
                "{name} is documented as {other}, which no page gives: skipped"
            )),
        }
    }
    Ok(merged.summary())
}

fn import_com(options: &Options) -> Result<String, String> {
    let (mut entries, mut report) = com_pages::import_dir(&options.input)?;
    let families = import_families(&options.input, false, &mut entries, &mut report)?;
    let header = CatalogHeader {
        enum_name: options
            .enum_name
            .clone()
            .unwrap_or_else(|| "ComError".to_owned()),
        description: "COM and other HRESULT error codes, as Microsoft's COM Error Codes pages \
                      document them. Codes are HRESULT bit patterns such as `0x80004005`."
            .to_owned(),
        codes: Some("hresult"),
        family: Some("COM"),
        schema: Some(CATALOG_SCHEMA),
        comments: generated_comments("cargo xtask import-com <pages-dir>", ATTRIBUTION),
    };
    let written = options.write(&header, entries, workspace_root().join("com.toml"))?;
    Ok(format!(
        "{written}\n{families}irregularities met in the pages:\n{}",
        report.summary()
    ))
}

fn import_ntstatus(options: &Options) -> Result<String, String> {
    let path = options.input.join("NtStatus.cs");
    let file = path.display().to_string();
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{file}: {e}"))?;
    let (mut entries, mut report) = ntstatus_cs::import(&text, &file)?;
    let windows_sys = windows_sys::package_dir(&workspace_root())?;
    let constants = windows_sys::constants_of_type(&windows_sys, "NTSTATUS")?;
    ntstatus_cs::add_windows_sys(&mut entries, &constants, &mut report)?;
    let header = CatalogHeader {
        enum_name: options
            .enum_name
            .clone()
            .unwrap_or_else(|| "NtStatus".to_owned()),
        description: "NTSTATUS values with the messages of `ntstatus.h`: what native APIs and \
                      drivers return, and what crashes and process exit codes show, such as \
                      `0xC0000005` (an access violation)."
            .to_owned(),
        codes: Some("ntstatus"),
        family: None,
        schema: Some(CATALOG_SCHEMA),
        comments: generated_comments("cargo xtask import-ntstatus <dir>", NTSTATUS_ATTRIBUTION),
    };
    let written = options.write(&header, entries, workspace_root().join("ntstatus.toml"))?;
    Ok(format!(
        "{written}\nirregularities met in the file:\n{}",
        report.summary()
    ))
}

/// A catalog of a code space of its own, imported from pages of `families/`: its task, its
/// file and its `[catalog]` table.
struct OwnSpace {
    /// The xtask task that writes it, such as `import-ras`.
    task: &'static str,
    /// Its file at the workspace root, the default `--out`.
    out: &'static str,
    /// The type's name, the default `--enum`.
    enum_name: &'static str,
    description: &'static str,
    codes: &'static str,
    family: &'static str,
}

/// Reads `pages` (paths in the pages directory), imports them with `import` (given each
/// page's path and text, and the report) and writes the catalog `space` describes.
fn import_own_space(
    options: &Options,
    space: &OwnSpace,
    pages: &[&str],
    import: impl FnOnce(&[(String, String)], &mut pages::Report) -> Result<Vec<ImportedEntry>, String>,
) -> Result<String, String> {
    let read = pages
        .iter()
        .map(|page| {
            let path = options.input.join(page);
            let file = path.display().to_string();
            let text = std::fs::read_to_string(&path).map_err(|e| format!("{file}: {e}"))?;
            Ok((file, text))
        })
        .collect::<Result<Vec<_>, String>>()?;
    let mut report = pages::Report::default();
    let entries = import(&read, &mut report)?;
    let header = CatalogHeader {
        enum_name: options
            .enum_name
            .clone()
            .unwrap_or_else(|| space.enum_name.to_owned()),
        description: space.description.to_owned(),
        codes: Some(space.codes),
        family: Some(space.family),
        schema: Some(CATALOG_SCHEMA),
        comments: generated_comments(
            &format!("cargo xtask {} <pages-dir>", space.task),
            FAMILY_ATTRIBUTION,
        ),
    };
    let written = options.write(&header, entries, workspace_root().join(space.out))?;
    let noun = if pages.len() == 1 { "page" } else { "pages" };
    Ok(format!(
        "{written}\nirregularities met in the {noun}:\n{}",
        report.summary()
    ))
}

/// The only page of a one-page import: its path and text.
fn only_page(read: &[(String, String)]) -> Result<(&str, &str), String> {
    match read {
        [(file, text)] => Ok((file, text)),
        _ => Err(format!("expected one page, read {}", read.len())),
    }
}

/// The Routing and Remote Access page, as written in the pages' `families/` folder.
pub const RAS_PAGE: &str = "families/RRAS--routing-and-remote-access-error-codes.md";

const RAS: OwnSpace = OwnSpace {
    task: "import-ras",
    out: "ras.toml",
    enum_name: "RasError",
    description: "Routing and Remote Access error codes (raserror.h, 600 to 956): what \
                  RasDial, VPN and dial-up connections report, such as 691 (the user name \
                  or password is not valid). Their numbers are a space of their own: many \
                  are also system errors with another meaning.",
    codes: "other",
    family: "Routing and Remote Access",
};

fn import_ras(options: &Options) -> Result<String, String> {
    let constants =
        windows_sys::constants_where(&windows_sys::package_dir(&workspace_root())?, |_| true)?;
    // The constant of that value the written name holds with at most three stray
    // characters around it (`7ERROR_SHARING_PRIVATE_INSTALL64`, `ERRERROR_...`): a longer
    // residue is another name, not a garbled one.
    let known = |written: &str, value: u32| {
        constants
            .iter()
            .filter(|(name, defined)| {
                *defined == value
                    && written.contains(name.as_str())
                    && written.len() - name.len() <= 3
            })
            .max_by_key(|(name, _)| name.len())
            .map(|(name, _)| name.clone())
    };
    import_own_space(options, &RAS, &[RAS_PAGE], |read, report| {
        let (file, text) = only_page(read)?;
        html_rows::import(text, file, report, known)
    })
}

/// The Extensible Storage Engine page, as written in the pages' `families/` folder.
pub const ESE_PAGE: &str =
    "families/extensible-storage-engine--extensible-storage-engine-error-codes.md";

const ESE: OwnSpace = OwnSpace {
    task: "import-ese",
    out: "ese.toml",
    enum_name: "EseError",
    description: "Extensible Storage Engine (ESE, JET) error codes of esent.h: what the \
                  databases of Active Directory, Exchange and Windows Search report, such as \
                  -1018 (a page checksum failed). Signed: errors are negative, warnings \
                  positive.",
    codes: "signed",
    family: "ESE",
};

fn import_ese(options: &Options) -> Result<String, String> {
    import_own_space(options, &ESE, &[ESE_PAGE], |read, report| {
        let (file, text) = only_page(read)?;
        ese_page::import(text, file, report)
    })
}

/// The Performance Data Helper page, as written in the pages' `families/` folder.
pub const PDH_PAGE: &str = "families/PerfCtrs--pdh-error-codes.md";

const PDH: OwnSpace = OwnSpace {
    task: "import-pdh",
    out: "pdh.toml",
    enum_name: "PdhStatus",
    description: "Performance Data Helper status values of pdhmsg.h: what the PDH \
                  functions (performance counters: PdhCollectQueryData, typeperf, \
                  Performance Monitor) return and set in a counter's CStatus, such as \
                  0xC0000BB8. A code space of its own: they are not HRESULTs, though they \
                  share their layout.",
    codes: "other",
    family: "PDH",
};

fn import_pdh(options: &Options) -> Result<String, String> {
    import_own_space(options, &PDH, &[PDH_PAGE], |read, report| {
        let (file, text) = only_page(read)?;
        family_pages::column_tables(text, file, false, report)
    })
}

/// The MCI pages, as written in the pages' `families/` folder: their names and messages, the
/// values of windows-sys.
pub const MCI_PAGES: &[&str] = &[
    "families/Multimedia--general-mci-errors.md",
    "families/Multimedia--waveform-audio-errors.md",
];

const MCI: OwnSpace = OwnSpace {
    task: "import-mci",
    out: "mci.toml",
    enum_name: "MciError",
    description: "Media Control Interface errors (MCIERR_*, mmsystem.h): what \
                  mciSendCommand and mciSendString return, from MCIERR_BASE (256) up. A \
                  code space of their own: their numbers are also system errors with \
                  another meaning. Values from windows-sys; the pages give none.",
    codes: "other",
    family: "MCI",
};

fn import_mci(options: &Options) -> Result<String, String> {
    let defined = windows_sys::workspace_constants()?;
    import_own_space(options, &MCI, MCI_PAGES, |read, report| {
        let mut entries = Vec::new();
        for (file, text) in read {
            entries.extend(family_pages::names_valued_by(text, file, report, |name| {
                defined.get(name).copied()
            })?);
        }
        Ok(entries)
    })
}

/// The Windows Installer Error Messages page, as written in the pages' `families/` folder.
pub const MSI_PAGE: &str = "families/Msi--windows-installer-error-messages.md";

const MSI: OwnSpace = OwnSpace {
    task: "import-msi",
    out: "msi.toml",
    enum_name: "MsiError",
    description: "Windows Installer error messages (1101 to 3002): the numbered messages \
                  of an installation package's Error table, with the `[2]` placeholders \
                  Windows Installer fills in. 1000 to 1999 are ship errors, above 2000 \
                  internal errors, which have no authored strings and arise from an \
                  incorrectly authored package. They have no symbolic names, and are a \
                  space of their own: their numbers are also system errors with another \
                  meaning.",
    codes: "other",
    family: "Windows Installer",
};

fn import_msi(options: &Options) -> Result<String, String> {
    import_own_space(options, &MSI, &[MSI_PAGE], |read, report| {
        let (file, text) = only_page(read)?;
        msi_page::import(text, file, report)
    })
}

fn import_winerror(options: &Options) -> Result<String, String> {
    let file = options.input.display().to_string();
    let text = std::fs::read_to_string(&options.input).map_err(|e| format!("{file}: {e}"))?;
    let (entries, report) = winerror_h::import_header(&text, &file)?;
    let header = CatalogHeader {
        enum_name: options
            .enum_name
            .clone()
            .unwrap_or_else(|| "WinError".to_owned()),
        description: "Error codes imported from a Windows SDK winerror.h.".to_owned(),
        codes: None,
        comments: generated_comments("cargo xtask import-winerror <winerror.h>", &[]),
        family: None,
        schema: None,
    };
    let written = options.write(&header, entries, PathBuf::from("winerror.toml"))?;
    Ok(format!(
        "{written}\n{} #defines without a message block skipped; {} names merged as aliases of an earlier code: {}\n",
        report.defines_without_message,
        report.merged_as_alias.len(),
        report.merged_as_alias.join(", ")
    ))
}

fn generated_comments(command: &str, attribution: &[&str]) -> Vec<String> {
    let mut lines = vec![
        format!("Generated by `{command}`: do not edit by hand."),
        "Hand-kept fields (related, description, aliases) belong in the overlay file,".to_owned(),
        "which the importer merges in, so regenerating keeps them.".to_owned(),
    ];
    if !attribution.is_empty() {
        lines.push(String::new());
        lines.extend(attribution.iter().map(|l| (*l).to_owned()));
    }
    lines
}

/// Merges the overlay, renders, checks the result with the rule book, lays it out as
/// `win-errors fmt` does and writes it when it differs from what is there. Returns a one-line account.
fn write_catalog(
    header: &CatalogHeader,
    mut entries: Vec<ImportedEntry>,
    overlay: Option<&Path>,
    out: &Path,
) -> Result<String, String> {
    if let Some(path) = overlay {
        let shown = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|e| format!("{shown}: {e}"))?;
        Overlay::parse(&text, &shown)?.apply(&mut entries)?;
    }
    let text = emit::render(header, &entries);
    let shown = out.display().to_string();
    let checked = match win_errors_generator::check(&text) {
        Ok(checked) => checked,
        Err(diagnostics) => {
            let rendered: Vec<String> = diagnostics
                .iter()
                .map(|d| d.render(&shown, &text))
                .collect();
            return Err(format!(
                "the imported catalog breaks the catalog rules (not written):\n{}",
                rendered.join("\n")
            ));
        }
    };
    // The layout is `win-errors fmt`'s: one writer decides it.
    let text = canonical(&text, &checked)?;
    let count = entries.len();
    if std::fs::read_to_string(out).is_ok_and(|existing| existing == text) {
        return Ok(format!("{shown}: {count} entries, unchanged"));
    }
    std::fs::write(out, &text).map_err(|e| format!("{shown}: {e}"))?;
    Ok(format!("{shown}: {count} entries written"))
}
