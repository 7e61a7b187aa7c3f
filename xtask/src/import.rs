//! The import tasks' common part: their options, the attributions the catalogs carry, the
//! tasks of the system, COM, NTSTATUS and winerror.h catalogs, and the one writer every
//! importer ends in (the overlay merged, the rule book's check, `win-errors fmt`'s layout).
//! The catalogs of a code space of their own are imported in [`own_space`].

pub mod driver_spaces;
pub mod own_space;
mod product_tables;
pub mod setup;

use std::path::{Path, PathBuf};

use win_errors_catalog::write::canonical::canonical;
use win_errors_catalog::write::draft::{CatalogDraft, EntryDraft};
use win_errors_catalog::{CodeKind, Naming};

use crate::USAGE;
use crate::overlay::Overlay;
use crate::sdk_names::{self, SdkSpace};
use crate::{
    com_pages, docs_pages, family_pages, ntstatus_cs, pages, windows_sys, winerror_h,
    workspace_root,
};

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

/// An exception code whose value an NTSTATUS has (kept as that entry's alias).
const EXCEPTION_CODE_VALUE: &str = "exception codes of an NTSTATUS's value (kept as its aliases)";

/// The catalog JSON Schema, relative to the shipped catalogs at the repository's root.
const CATALOG_SCHEMA: &str = "./catalog.schema.json";

/// A task's input path and options.
pub(crate) struct Options {
    input: PathBuf,
    out: Option<PathBuf>,
    overlay: Option<PathBuf>,
    enum_name: Option<String>,
    /// `--sdk`: the windows-sys package whose names fill the catalog (default: the version
    /// the workspace builds with).
    sdk: Option<PathBuf>,
}

impl Options {
    /// Writes the imported catalog to `--out` or `default`, with `--overlay` merged.
    fn write(&self, catalog: CatalogDraft, default: PathBuf) -> Result<String, String> {
        let out = self.out.clone().unwrap_or(default);
        write_catalog(catalog, self.overlay.as_deref(), &out)
    }

    /// The shared data folder the input is in, where the product tables are.
    fn data_dir(&self) -> PathBuf {
        self.input.join("..")
    }

    /// The windows-sys package whose names the catalog takes.
    fn sdk_package(&self) -> Result<PathBuf, String> {
        match &self.sdk {
            Some(dir) => Ok(dir.clone()),
            None => windows_sys::package_dir(&workspace_root()),
        }
    }

    pub(crate) fn parse(args: &[String]) -> Result<Options, String> {
        let mut input = None;
        let mut out = None;
        let mut overlay = None;
        let mut enum_name = None;
        let mut sdk = None;
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
                "--sdk" => sdk = Some(PathBuf::from(value("--sdk")?)),
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
            sdk,
        })
    }
}

pub(crate) fn import_docs(options: &Options) -> Result<String, String> {
    let (mut entries, mut report) = docs_pages::import_dir(&options.input)?;
    let families = import_families(&options.input, true, &mut entries, &mut report)?;
    let sdk = sdk_names::read_space(&options.sdk_package()?, SdkSpace::Win32)?;
    let policy = sdk_names::Policy {
        family: &|_| None,
        rank: &|c| u8::from(!c.name.starts_with("ERROR_")),
    };
    let disagreements = sdk_names::add(&mut entries, &sdk, &policy, &mut report);
    if !disagreements.is_empty() {
        return Err(format!(
            "the System Error Codes pages and windows-sys disagree: {disagreements:?}"
        ));
    }
    let catalog = CatalogDraft {
        schema: Some(CATALOG_SCHEMA.to_owned()),
        comments: generated_comments("cargo xtask import-docs <pages-dir>", ATTRIBUTION),
        enum_name: options
            .enum_name
            .clone()
            .unwrap_or_else(|| "WinError".to_owned()),
        description: Some(
            "Windows system error codes: the Win32 codes that `GetLastError` returns, as \
             Microsoft's System Error Codes pages document them."
                .to_owned(),
        ),
        codes: Some(CodeKind::Win32),
        naming: Naming::Symbolic,
        family: Some("System".to_owned()),
        non_exhaustive: true,
        hex_codes: false,
        entries,
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
    let written = write_catalog(catalog, overlay.as_deref(), &out)?;
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
    entries: &mut Vec<EntryDraft>,
    report: &mut pages::Report,
) -> Result<String, String> {
    let folder = dir.join("families");
    if !folder.is_dir() {
        return Ok(String::new());
    }
    let pages = family_pages::import_families(&folder, win32, report)?;
    let pages = pages
        .into_iter()
        .map(|(page, e)| (page.family, e))
        .collect();
    let mut merged = family_pages::merge(entries, pages);
    resolve_references(entries, report, &mut merged.conflicts);
    Ok(merged.summary())
}

/// Each name a source values only as another name (`report.references`) becomes an alias of
/// the entry of that name; one whose name no entry has is listed in `conflicts`.
fn resolve_references(
    entries: &mut [EntryDraft],
    report: &mut pages::Report,
    conflicts: &mut Vec<String>,
) {
    for (name, other) in std::mem::take(&mut report.references) {
        match entries
            .iter_mut()
            .find(|e| e.name == other || e.aliases.contains(&other))
        {
            Some(target) if target.name == name || target.aliases.contains(&name) => {}
            Some(target) => target.aliases.push(name),
            None => conflicts.push(format!(
                "{name} is documented as {other}, which no source gives: skipped"
            )),
        }
    }
}

pub(crate) fn import_com(options: &Options) -> Result<String, String> {
    let (mut entries, mut report) = com_pages::import_dir(&options.input)?;
    let families = import_families(&options.input, false, &mut entries, &mut report)?;
    let package = options.sdk_package()?;
    let win32: std::collections::BTreeMap<String, u32> =
        sdk_names::read_space(&package, SdkSpace::Win32)?
            .into_iter()
            .map(|c| (c.name, c.value))
            .collect();
    let products =
        product_tables::merge_products(&options.data_dir(), &mut entries, &win32, &mut report)?;
    let sdk = sdk_names::read_space(&package, SdkSpace::Hresult)?;
    // winerror.h's names (windows-rs's `Win32::Foundation`) are the pages' own and keep the
    // catalog's family; another header's names take their module as their family.
    let policy = sdk_names::Policy {
        family: &|c| (c.module != sdk_names::WINERROR_MODULE).then(|| c.module.clone()),
        rank: &|c| u8::from(c.module != sdk_names::WINERROR_MODULE),
    };
    // Where a page and the headers disagree, the entry takes the header's value, what
    // Windows returns, and keeps the page's as its documented code.
    let disagreements = sdk_names::disagreements(&entries, &sdk);
    let merged = std::mem::take(&mut report.merged);
    sdk_names::take_header_values(&mut entries, &disagreements, &merged, &mut report)?;
    let left = sdk_names::add(&mut entries, &sdk, &policy, &mut report);
    if !left.is_empty() {
        return Err(format!("values left in disagreement: {left:?}"));
    }
    let mut unresolved = Vec::new();
    resolve_references(&mut entries, &mut report, &mut unresolved);
    if !unresolved.is_empty() {
        return Err(format!("names valued as no known name: {unresolved:?}"));
    }
    let disagreements = sdk_names::account(&disagreements);
    let catalog = CatalogDraft {
        schema: Some(CATALOG_SCHEMA.to_owned()),
        comments: generated_comments("cargo xtask import-com <pages-dir>", ATTRIBUTION),
        enum_name: options
            .enum_name
            .clone()
            .unwrap_or_else(|| "ComError".to_owned()),
        description: Some(
            "COM and other HRESULT error codes, as Microsoft's COM Error Codes pages document \
             them. Codes are HRESULT bit patterns such as `0x80004005`."
                .to_owned(),
        ),
        codes: Some(CodeKind::Hresult),
        naming: Naming::Symbolic,
        family: Some("COM".to_owned()),
        non_exhaustive: true,
        hex_codes: false,
        entries,
    };
    let written = options.write(catalog, workspace_root().join("com.toml"))?;
    Ok(format!(
        "{written}\n{families}{products}{disagreements}irregularities met in the pages:\n{}",
        report.summary()
    ))
}

pub(crate) fn import_ntstatus(options: &Options) -> Result<String, String> {
    let path = options.input.join("NtStatus.cs");
    let file = path.display().to_string();
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{file}: {e}"))?;
    let (mut entries, mut report) = ntstatus_cs::import(&text, &file)?;
    for code in product_tables::exception_codes(&options.data_dir(), &mut report)? {
        com_pages::add_or_alias(&mut entries, code, &mut report, EXCEPTION_CODE_VALUE);
    }
    let constants = windows_sys::declared_of_types(&options.sdk_package()?, &["NTSTATUS"])?;
    ntstatus_cs::add_windows_sys(&mut entries, &constants, &mut report)?;
    let catalog = CatalogDraft {
        schema: Some(CATALOG_SCHEMA.to_owned()),
        comments: generated_comments("cargo xtask import-ntstatus <dir>", NTSTATUS_ATTRIBUTION),
        enum_name: options
            .enum_name
            .clone()
            .unwrap_or_else(|| "NtStatus".to_owned()),
        description: Some(
            "NTSTATUS values with the messages of `ntstatus.h`: what native APIs and drivers \
             return, and what crashes and process exit codes show, such as `0xC0000005` (an \
             access violation)."
                .to_owned(),
        ),
        codes: Some(CodeKind::NtStatus),
        naming: Naming::Symbolic,
        family: None,
        non_exhaustive: true,
        hex_codes: false,
        entries,
    };
    let written = options.write(catalog, workspace_root().join("ntstatus.toml"))?;
    Ok(format!(
        "{written}\nirregularities met in the file:\n{}",
        report.summary()
    ))
}

pub(crate) fn import_winerror(options: &Options) -> Result<String, String> {
    let file = options.input.display().to_string();
    let text = std::fs::read_to_string(&options.input).map_err(|e| format!("{file}: {e}"))?;
    let (entries, report) = winerror_h::import_header(&text, &file)?;
    let catalog = CatalogDraft {
        schema: None,
        comments: generated_comments("cargo xtask import-winerror <winerror.h>", &[]),
        enum_name: options
            .enum_name
            .clone()
            .unwrap_or_else(|| "WinError".to_owned()),
        description: Some("Error codes imported from a Windows SDK winerror.h.".to_owned()),
        codes: None,
        naming: Naming::Symbolic,
        family: None,
        non_exhaustive: true,
        hex_codes: false,
        entries,
    };
    let written = options.write(catalog, PathBuf::from("winerror.toml"))?;
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

/// Merges the overlay, writes the catalog's text, checks it with the rule book, lays it out as
/// `win-errors fmt` does and writes it when it differs from what is there. Returns a one-line account.
fn write_catalog(
    mut catalog: CatalogDraft,
    overlay: Option<&Path>,
    out: &Path,
) -> Result<String, String> {
    if let Some(path) = overlay {
        let shown = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|e| format!("{shown}: {e}"))?;
        Overlay::parse(&text, &shown)?.apply(&mut catalog.entries)?;
    }
    let text = catalog.to_toml();
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
    let count = catalog.entries.len();
    if std::fs::read_to_string(out).is_ok_and(|existing| existing == text) {
        return Ok(format!("{shown}: {count} entries, unchanged"));
    }
    std::fs::write(out, &text).map_err(|e| format!("{shown}: {e}"))?;
    Ok(format!("{shown}: {count} entries written"))
}
