//! The importers of catalogs of a code space of their own (RAS, ESE, PDH, MCI, Windows
//! Installer): each an `OwnSpace` and the pages it reads, through one `import_own_space`.

use win_errors_catalog::write::draft::{CatalogDraft, EntryDraft};
use win_errors_catalog::{CodeKind, Naming};

use super::{CATALOG_SCHEMA, FAMILY_ATTRIBUTION, Options, generated_comments};
use crate::{ese_page, family_pages, html_rows, msi_page, pages, windows_sys, workspace_root};

/// A catalog of a code space of its own (the family pages' here, the driver and upgrade
/// documentation's in `driver_spaces` and `setup`): its task, its file and its `[catalog]`
/// table.
pub(super) struct OwnSpace {
    /// The xtask task that writes it, such as `import-ras`.
    pub(super) task: &'static str,
    /// Its file at the workspace root, the default `--out`.
    pub(super) out: &'static str,
    /// The type's name, the default `--enum`.
    pub(super) enum_name: &'static str,
    pub(super) description: &'static str,
    pub(super) codes: CodeKind,
    /// Whether its entries have symbolic names, or are known by their code alone.
    pub(super) naming: Naming,
    pub(super) family: &'static str,
    /// Codes written in hex in the catalog whatever their kind, as the documentation writes
    /// them (bug checks).
    pub(super) hex_codes: bool,
}

impl OwnSpace {
    /// Writes `entries` as this catalog (with the `--out`, `--enum` and `--overlay` given),
    /// its header naming the task, its input (`<pages-dir>`) and the data's `attribution`.
    pub(super) fn write(
        &self,
        options: &Options,
        input: &str,
        attribution: &[&str],
        entries: Vec<EntryDraft>,
    ) -> Result<String, String> {
        let catalog = CatalogDraft {
            schema: Some(CATALOG_SCHEMA.to_owned()),
            comments: generated_comments(
                &format!("cargo xtask {} {input}", self.task),
                attribution,
            ),
            enum_name: options
                .enum_name
                .clone()
                .unwrap_or_else(|| self.enum_name.to_owned()),
            description: Some(self.description.to_owned()),
            codes: Some(self.codes),
            naming: self.naming,
            family: Some(self.family.to_owned()),
            non_exhaustive: true,
            hex_codes: self.hex_codes,
            entries,
        };
        options.write(catalog, workspace_root().join(self.out))
    }
}

/// Reads `pages` (paths in the pages directory), imports them with `import` (given each
/// page's path and text, and the report) and writes the catalog `space` describes.
fn import_own_space(
    options: &Options,
    space: &OwnSpace,
    pages: &[&str],
    import: impl FnOnce(&[(String, String)], &mut pages::Report) -> Result<Vec<EntryDraft>, String>,
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
    let written = space.write(options, "<pages-dir>", FAMILY_ATTRIBUTION, entries)?;
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
    codes: CodeKind::Other,
    naming: Naming::Symbolic,
    family: "Routing and Remote Access",
    hex_codes: false,
};

pub(crate) fn import_ras(options: &Options) -> Result<String, String> {
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
    codes: CodeKind::Signed,
    naming: Naming::Symbolic,
    family: "ESE",
    hex_codes: false,
};

pub(crate) fn import_ese(options: &Options) -> Result<String, String> {
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
    codes: CodeKind::Other,
    naming: Naming::Symbolic,
    family: "PDH",
    hex_codes: false,
};

pub(crate) fn import_pdh(options: &Options) -> Result<String, String> {
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
    codes: CodeKind::Other,
    naming: Naming::Symbolic,
    family: "MCI",
    hex_codes: false,
};

pub(crate) fn import_mci(options: &Options) -> Result<String, String> {
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
    codes: CodeKind::Other,
    naming: Naming::None,
    family: "Windows Installer",
    hex_codes: false,
};

pub(crate) fn import_msi(options: &Options) -> Result<String, String> {
    import_own_space(options, &MSI, &[MSI_PAGE], |read, report| {
        let (file, text) = only_page(read)?;
        msi_page::import(text, file, report)
    })
}
