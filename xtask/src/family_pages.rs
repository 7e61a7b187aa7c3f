//! Importer of the error-family pages (`families/<Folder>--<page>.md`): WinINet and WinHTTP
//! (Win32 codes), DXGI, Direct2D, WMI, DirectShow, Windows Media Format, ADSI and WFP
//! (HRESULTs).
//!
//! Three page shapes: the COM pages' table rows and definition lists (read by
//! [`crate::com_pages::import_page`], with decimal values and `decimal (0xhex)` pairs), and
//! Markdown tables with named columns (`| Value | Code | Description |` or
//! `| Error code | Hexadecimal value | Description |`). Each page is read with the shape it
//! is listed with below; a page of another shape stops the import.

use std::path::Path;

use crate::com_pages;
use crate::markdown::to_plain_text;
use crate::model::ImportedEntry;
use crate::pages::{Report, read_pages};

/// How a page lays out its entries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// Table rows or definition lists, as on the COM Error Codes pages.
    ComLike,
    /// A Markdown table with a value, a name and a description column.
    Columns,
    /// A table of names and descriptions without values (`| Return code | Description |`):
    /// each name's value is windows-sys's, and a name it lacks is left out.
    NamesOnly,
    /// COM-like table rows giving a facility (`FACILITY_DRT`) and then each entry's code
    /// within it: the HRESULT is the entry's severity (`_E_` or `_S_` in its name), that
    /// facility and the code.
    FacilityAndCodes,
}

/// One family page.
#[derive(Clone, Copy, Debug)]
pub struct FamilyPage {
    /// The file name in the families folder.
    pub file: &'static str,
    /// The family name entries get.
    pub family: &'static str,
    /// Whether its codes are Win32 codes (`GetLastError`) rather than HRESULTs.
    pub win32: bool,
    pub shape: Shape,
}

/// Every family page, in the order their entries take precedence where codes coincide.
pub const PAGES: &[FamilyPage] = &[
    FamilyPage {
        file: "WinInet--wininet-errors.md",
        family: "WinINet",
        win32: true,
        shape: Shape::ComLike,
    },
    FamilyPage {
        file: "WinHttp--error-messages.md",
        family: "WinHTTP",
        win32: true,
        shape: Shape::ComLike,
    },
    FamilyPage {
        file: "NetMgmt--network-management-error-codes.md",
        family: "Network Management",
        win32: true,
        shape: Shape::Columns,
    },
    FamilyPage {
        file: "direct3ddxgi--dxgi-error.md",
        family: "DXGI",
        win32: false,
        shape: Shape::ComLike,
    },
    FamilyPage {
        file: "Direct2D--direct2d-error-codes.md",
        family: "Direct2D",
        win32: false,
        shape: Shape::ComLike,
    },
    FamilyPage {
        file: "WmiSdk--wmi-error-constants.md",
        family: "WMI",
        win32: false,
        shape: Shape::ComLike,
    },
    FamilyPage {
        file: "DirectShow--error-and-success-codes.md",
        family: "DirectShow",
        win32: false,
        shape: Shape::ComLike,
    },
    FamilyPage {
        file: "wmformat--error-codes.md",
        family: "Windows Media Format",
        win32: false,
        shape: Shape::Columns,
    },
    FamilyPage {
        file: "ADSI--generic-adsi-error-codes.md",
        family: "ADSI",
        win32: false,
        shape: Shape::Columns,
    },
    FamilyPage {
        file: "FWP--wfp-error-codes.md",
        family: "WFP",
        win32: false,
        shape: Shape::ComLike,
    },
    FamilyPage {
        file: "Wua_Sdk--wua-success-and-error-codes-.md",
        family: "Windows Update",
        win32: false,
        shape: Shape::ComLike,
    },
    FamilyPage {
        file: "Wua_Sdk--wua-networking-error-codes-.md",
        family: "Windows Update",
        win32: false,
        shape: Shape::ComLike,
    },
    FamilyPage {
        file: "imapi--imapiv1-result-codes.md",
        family: "IMAPI",
        win32: false,
        shape: Shape::ComLike,
    },
    FamilyPage {
        file: "printdocs--xps-digital-signatures-errors.md",
        family: "XPS",
        win32: false,
        shape: Shape::ComLike,
    },
    FamilyPage {
        file: "SecBioMet--client-error-codes.md",
        family: "Windows Biometric Framework",
        win32: false,
        shape: Shape::ComLike,
    },
    FamilyPage {
        file: "eaphost--eap-related-error-and-information-constants.md",
        family: "EAPHost",
        win32: false,
        shape: Shape::ComLike,
    },
    FamilyPage {
        file: "TSF--manager-return-values.md",
        family: "Text Services Framework",
        win32: false,
        shape: Shape::ComLike,
    },
    FamilyPage {
        file: "SecCrypto--cryptxml-error-codes.md",
        family: "CryptXML",
        win32: false,
        shape: Shape::ComLike,
    },
    FamilyPage {
        file: "Bits--bits-return-values.md",
        family: "BITS",
        win32: false,
        shape: Shape::ComLike,
    },
    FamilyPage {
        file: "delivery_optimization--do-return-values.md",
        family: "Delivery Optimization",
        win32: false,
        shape: Shape::ComLike,
    },
    FamilyPage {
        file: "VDS--virtual-disk-service-common-return-codes.md",
        family: "VDS",
        win32: false,
        shape: Shape::Columns,
    },
    FamilyPage {
        file: "imapi--imapi-return-values.md",
        family: "IMAPI",
        win32: false,
        shape: Shape::ComLike,
    },
    FamilyPage {
        file: "printdocs--xps-document-errors.md",
        family: "XPS",
        win32: false,
        shape: Shape::ComLike,
    },
    FamilyPage {
        file: "VPC--hresult-codes-specific-to-windows-virtual-pc.md",
        family: "Virtual PC",
        win32: false,
        shape: Shape::ComLike,
    },
    FamilyPage {
        file: "P2PSdk--distributed-routing-table-return-values.md",
        family: "DRT",
        win32: false,
        shape: Shape::FacilityAndCodes,
    },
    FamilyPage {
        file: "NAP--nap-error-constants.md",
        family: "NAP",
        win32: false,
        shape: Shape::ComLike,
    },
    FamilyPage {
        file: "WMDM--error-codes.md",
        family: "WMDM",
        win32: false,
        shape: Shape::NamesOnly,
    },
];

pub const STRAY_WORD: &str = "names with a stray word after them in their cell (the word dropped)";
pub const SAME_PAGE_VALUE: &str =
    "names given the value of an earlier name on the same page (kept as an alias of it)";

/// The entries of every page in `dir` whose codes are Win32 codes (`win32`) or HRESULTs,
/// each with its family, in page order; per page, a second name for a value becomes an alias.
pub fn import_families(
    dir: &Path,
    win32: bool,
    report: &mut Report,
) -> Result<Vec<(FamilyPage, Vec<ImportedEntry>)>, String> {
    let pages: Vec<FamilyPage> = PAGES.iter().copied().filter(|p| p.win32 == win32).collect();
    let paths: Vec<std::path::PathBuf> = pages.iter().map(|p| dir.join(p.file)).collect();
    let mut out = Vec::new();
    for (page, (file, text)) in pages.into_iter().zip(read_pages(&paths)?) {
        let entries = import_page(page, &text, &file, report)?;
        let mut merged: Vec<ImportedEntry> = Vec::new();
        for mut entry in entries {
            entry.family = Some(page.family.to_owned());
            com_pages::add_or_alias(&mut merged, entry, report, SAME_PAGE_VALUE);
        }
        out.push((page, merged));
    }
    Ok(out)
}

/// One page of its listed shape.
pub fn import_page(
    page: FamilyPage,
    text: &str,
    file: &str,
    report: &mut Report,
) -> Result<Vec<ImportedEntry>, String> {
    match page.shape {
        Shape::ComLike => com_pages::import_page(text, file, report),
        Shape::Columns => column_tables(text, file, page.win32, report),
        Shape::FacilityAndCodes => facility_and_codes(text, file, report),
        Shape::NamesOnly => {
            let defined = crate::windows_sys::workspace_constants()?;
            names_valued_by(text, file, report, |name| defined.get(name).copied())
        }
    }
}

pub const NO_VALUE_ANYWHERE: &str =
    "names without a value on the page or in windows-sys (left out: no value is invented)";
pub const VALUE_FROM_WINDOWS_SYS: &str = "names valued by windows-sys (the page gives none)";
pub const NO_NAME: &str = "rows with a value but no symbolic name (left out: an entry needs one)";

/// The rows of a page's `| Return code | Description |` or `| Value | Meaning |` tables (a
/// name and its message), each valued by `defined`
/// (windows-sys); rows of `| HRESULT | ... |` tables, which give values without names, are
/// counted and left out.
pub fn names_valued_by(
    text: &str,
    file: &str,
    report: &mut Report,
    defined: impl Fn(&str) -> Option<u32>,
) -> Result<Vec<ImportedEntry>, String> {
    // `| Return code | Description |` (WMDM) or `| Value | Meaning |` (MCI, whose "values"
    // are names) names errors; `| HRESULT | ... |` gives values alone.
    let kind = |header: &[&str]| match header.get(1).map(|c| c.to_ascii_lowercase()) {
        Some(first) if first == "return code" || first == "value" => Some(true),
        Some(first) if first == "hresult" => Some(false),
        _ => None,
    };
    let rows = table_rows(text, file, |header, location| {
        kind(header).map(|_| ()).ok_or_else(|| {
            format!(
                "{location}: a table of an unknown shape: {}",
                header.join("|")
            )
        })
    })?;
    let mut entries = Vec::new();
    for TableRow {
        location,
        header,
        cells,
    } in rows
    {
        let first = cells.get(1).copied().unwrap_or_default();
        if kind(&header) != Some(true) {
            report.note(NO_NAME, first);
            continue;
        }
        let name = to_plain_text(first);
        let message = cells
            .get(2)
            .ok_or_else(|| format!("{location}: {name}: a row without its description"))?;
        match defined(&name) {
            Some(code) => {
                report.note(VALUE_FROM_WINDOWS_SYS, &name);
                entries.push(com_pages::entry(name, code, message, &location, report)?);
            }
            None => report.note(NO_VALUE_ANYWHERE, &name),
        }
    }
    Ok(entries)
}

pub const FACILITY_FROM_WINDOWS_SYS: &str = "facilities the page writes in hex where windows-sys defines another value (windows-sys's used: the page's digits are its decimal)";

/// The page's `FACILITY_*` row and its other rows, each code made an HRESULT in that facility
/// (windows-sys's value of the facility when it defines another: see [`hresults_in_facility`]).
fn facility_and_codes(
    text: &str,
    file: &str,
    report: &mut Report,
) -> Result<Vec<ImportedEntry>, String> {
    let defined = crate::windows_sys::package_dir(&crate::workspace_root())
        .and_then(|package| crate::windows_sys::constants_of_type(&package, "u32"))?;
    hresults_in_facility(text, file, report, |name| defined.get(name).copied())
}

/// The facility-and-codes shape with `defined` giving windows-sys's value of a facility name.
/// DRT's page gives FACILITY_DRT as 0x98; Drt.h (in windows-sys) defines it as 98, and every
/// DRT value in windows-sys is in facility 98.
pub fn hresults_in_facility(
    text: &str,
    file: &str,
    report: &mut Report,
    defined: impl Fn(&str) -> Option<u32>,
) -> Result<Vec<ImportedEntry>, String> {
    let is_facility = |line: &str| line.starts_with("| <span id=\"FACILITY_");
    let row = text
        .lines()
        .find(|l| is_facility(l))
        .ok_or_else(|| format!("{file}: no FACILITY_ row"))?;
    let name = com_pages::bold_name(row)
        .ok_or_else(|| format!("{file}: a FACILITY_ row without its name"))?;
    let written = row
        .split(['<', '>', ' '])
        .find_map(|t| t.strip_prefix("0x"))
        .and_then(|d| u32::from_str_radix(d, 16).ok())
        .ok_or_else(|| format!("{file}: {name} has no hex value"))?;
    let facility = match defined(&name) {
        Some(defined) if defined != written => {
            report.note(
                FACILITY_FROM_WINDOWS_SYS,
                &format!(
                    "{name}: 0x{written:X} on the page, {defined} (0x{defined:X}) in windows-sys"
                ),
            );
            defined
        }
        _ => written,
    };
    if facility > 0x7FF {
        return Err(format!(
            "{file}: {name} = {facility} is wider than a facility"
        ));
    }
    let rows: String = text
        .lines()
        .filter(|l| !is_facility(l))
        .flat_map(|l| [l, "\n"])
        .collect();
    let mut entries = com_pages::import_page(&rows, file, report)?;
    for entry in &mut entries {
        let severity = if entry.name.contains("_E_") {
            0x8000_0000
        } else if entry.name.contains("_S_") {
            0
        } else {
            return Err(format!(
                "{file}: {}: neither an error nor a success",
                entry.name
            ));
        };
        if entry.code > 0xFFFF {
            return Err(format!(
                "{file}: {}: 0x{:X} is wider than a code",
                entry.name, entry.code
            ));
        }
        entry.code |= severity | facility << 16;
    }
    Ok(entries)
}

/// One data row of a Markdown table: where it is, its table's header cells and its own
/// (`| a | b |` gives `["", "a", "b", ""]`: the cells around the outer bars are empty).
pub struct TableRow<'a> {
    /// `page:line`.
    pub location: String,
    /// The cells of its table's header row.
    pub header: Vec<&'a str>,
    /// Its own cells.
    pub cells: Vec<&'a str>,
}

/// Every data row of every Markdown table in `text`, in order: a table is a run of lines
/// starting with `|`, its first line the header and a line of dashes and colons the
/// separator. `header_known` is asked once per table, at its header line (with its
/// location), and an error it gives stops the walk.
pub fn table_rows<'a>(
    text: &'a str,
    file: &str,
    mut header_known: impl FnMut(&[&'a str], &str) -> Result<(), String>,
) -> Result<Vec<TableRow<'a>>, String> {
    let mut rows = Vec::new();
    let mut header: Option<Vec<&str>> = None;
    for (number, line) in text.lines().enumerate() {
        let location = format!("{file}:{}", number + 1);
        if !line.starts_with('|') {
            header = None;
            continue;
        }
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        let Some(header) = &header else {
            header_known(&cells, &location)?;
            header = Some(cells);
            continue;
        };
        if cells
            .iter()
            .all(|c| c.chars().all(|ch| matches!(ch, '-' | ':')))
        {
            continue; // the separator row
        }
        rows.push(TableRow {
            location,
            header: header.clone(),
            cells,
        });
    }
    Ok(rows)
}

/// Rows of every Markdown table whose header names a value, a name and a description column.
pub fn column_tables(
    text: &str,
    file: &str,
    page_is_win32: bool,
    report: &mut Report,
) -> Result<Vec<ImportedEntry>, String> {
    let mut entries = Vec::new();
    let rows = table_rows(text, file, |cells, location| {
        header(cells).map(|_| ()).ok_or_else(|| {
            format!(
                "{location}: a table without value, name and description columns: {}",
                cells.join("|")
            )
        })
    })?;
    for TableRow {
        location,
        header: header_cells,
        cells,
    } in rows
    {
        let (value_at, name_at, message_at) = header(&header_cells)
            .ok_or_else(|| format!("{location}: a row of a table of an unknown shape"))?;
        let cell = |at: usize| {
            cells
                .get(at)
                .copied()
                .ok_or_else(|| format!("{location}: a row with {} cells", cells.len()))
        };
        let name_cell = cell(name_at)?;
        // PDH's page has one column for both: `0x800007D0 (PDH\_CSTATUS\_NO\_MACHINE)`.
        let (value, name_cell) = match value_at {
            Some(at) => (cell(at)?, name_cell),
            None => name_cell
                .strip_suffix(')')
                .and_then(|cell| cell.split_once(" ("))
                .ok_or_else(|| format!("{location}: expected `VALUE (NAME)`, found {name_cell}"))?,
        };
        let name = match com_pages::bold_name(name_cell) {
            Some(name) => name,
            None => to_plain_text(name_cell),
        };
        // VDS's page writes `VDS_E_INVALID_DRIVE_LETTER VDS`: the name, and a stray word.
        let name = match name.split_once(' ') {
            Some((first, _)) if win_errors_catalog::names::is_symbolic_name(first) => {
                report.note(STRAY_WORD, &name);
                first.to_owned()
            }
            _ => name,
        };
        let value = value.trim_end_matches('L');
        let code = match value
            .strip_prefix("0x")
            .or_else(|| value.strip_prefix("0X"))
        {
            Some(digits) => u32::from_str_radix(digits, 16)
                .map_err(|_| format!("{location}: {name}: {value} is not a 32-bit hex value"))?,
            // Win32 codes (Network Management) are written in decimal.
            None if page_is_win32 && value.bytes().all(|b| b.is_ascii_digit()) => value
                .parse()
                .map_err(|_| format!("{location}: {name}: {value} is not a 32-bit value"))?,
            None => return Err(format!("{location}: {name}: {value} is not a hex value")),
        };
        entries.push(com_pages::entry(
            name,
            code,
            cell(message_at)?,
            &location,
            report,
        )?);
    }
    if entries.is_empty() {
        return Err(format!(
            "{file}: no table with value, name and description columns"
        ));
    }
    Ok(entries)
}

/// The value, name and description columns of a header row: `Value`/`Hexadecimal value`,
/// `Code`/`Error code` and `Description`; (Network Management) `Code`, `Name` and
/// `Description`; or (PDH) `Error code` and `Description`, the value in the name's cell.
fn header(cells: &[&str]) -> Option<(Option<usize>, usize, usize)> {
    let find =
        |wanted: &dyn Fn(&str) -> bool| cells.iter().position(|c| wanted(&c.to_ascii_lowercase()));
    let message = find(&|c| c == "description")?;
    if let Some(name) = find(&|c| c == "name") {
        return Some((Some(find(&|c| c == "code")?), name, message));
    }
    let value = find(&|c| c == "value" || c == "hexadecimal value");
    let name = find(&|c| c == "code" || c == "error code")?;
    Some((value, name, message))
}

/// What merging one family's page did to the catalog.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FamilyMerge {
    /// The family.
    pub family: &'static str,
    /// The entries on its page.
    pub on_page: usize,
    /// Those added as new entries.
    pub added: usize,
    /// Those added as aliases of an entry with the same code.
    pub aliased: usize,
    /// Those already there by name and code.
    pub present: usize,
}

/// What merging the family pages into a catalog did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Merged {
    /// Per family, in page order.
    pub families: Vec<FamilyMerge>,
    /// Every code two sources document differently: a different name or message.
    pub conflicts: Vec<String>,
}

impl Merged {
    /// The account the importer prints.
    pub fn summary(&self) -> String {
        let mut out = String::from("families (on the page: new, alias, already there):\n");
        for FamilyMerge {
            family,
            on_page,
            added,
            aliased,
            present,
        } in &self.families
        {
            out.push_str(&format!(
                "  {family}: {on_page} ({added} new, {aliased} aliases, {present} already there)\n"
            ));
        }
        out.push_str(&format!(
            "conflicts (same code, another name or message; the earlier source is kept): {}\n",
            self.conflicts.len()
        ));
        for conflict in &self.conflicts {
            out.push_str(&format!("  {conflict}\n"));
        }
        out
    }
}

/// Adds each family's entries to `entries`: a new code becomes an entry of the family; a
/// code already there keeps the entry it has (the system or COM pages, or an earlier family
/// page: WinINet before WinHTTP) and gains the family's name as an alias when the name
/// differs. Different names or messages for one code are listed as conflicts.
pub fn merge(
    entries: &mut Vec<ImportedEntry>,
    pages: Vec<(FamilyPage, Vec<ImportedEntry>)>,
) -> Merged {
    let mut merged = Merged::default();
    for (page, family_entries) in pages {
        let (mut added, mut aliased, mut present) = (0, 0, 0);
        let on_page = family_entries.len();
        for entry in family_entries {
            let names = std::iter::once(&entry.name).chain(&entry.aliases);
            let taken = names.clone().find(|n| {
                entries
                    .iter()
                    .any(|e| e.code != entry.code && (&e.name == *n || e.aliases.contains(n)))
            });
            if let Some(name) = taken {
                merged.conflicts.push(format!(
                    "{name} (0x{:X}, {}) is already the name of another code: skipped",
                    entry.code, page.family
                ));
                continue;
            }
            let Some(existing) = entries.iter_mut().find(|e| e.code == entry.code) else {
                entries.push(entry);
                added += 1;
                continue;
            };
            let known = |n: &String| existing.name == *n || existing.aliases.contains(n);
            let new_names: Vec<String> = names.filter(|n| !known(n)).cloned().collect();
            if new_names.is_empty() {
                present += 1;
                // The same error on the main pages and on its family's page: it belongs to
                // the family, so that the family lists all its errors.
                if existing.family.is_none() && existing.name == entry.name {
                    existing.family = entry.family.clone();
                }
            } else {
                aliased += 1;
                merged.conflicts.push(format!(
                    "0x{:X}: {} ({}) is {} in {}: kept as an alias",
                    entry.code,
                    existing.name,
                    existing.family.as_deref().unwrap_or("main pages"),
                    new_names.join(", "),
                    page.family
                ));
                existing.aliases.extend(new_names);
            }
            let other_message = existing.message != entry.message;
            if other_message {
                merged.conflicts.push(format!(
                    "0x{:X} {}: message {:?} ({}) differs from {:?} ({}): the first is kept",
                    entry.code,
                    existing.name,
                    existing.message.as_deref().unwrap_or_default(),
                    existing.family.as_deref().unwrap_or("main pages"),
                    entry.message.as_deref().unwrap_or_default(),
                    page.family
                ));
            }
            // Keep what the family page says in the entry's description, so nothing the
            // pages document is lost and the conflicts stay visible in the catalog.
            if other_message || entry.name != existing.name {
                let as_name = if entry.name == existing.name {
                    String::new()
                } else {
                    format!(" as {}", entry.name)
                };
                let says = if other_message {
                    format!(": \"{}\"", entry.message.as_deref().unwrap_or_default())
                } else {
                    ".".to_owned()
                };
                let note = format!("{} documents this code{as_name}{says}", page.family);
                existing.description = Some(match existing.description.take() {
                    Some(description) => format!("{description}\n\n{note}"),
                    None => note,
                });
            }
        }
        merged.families.push(FamilyMerge {
            family: page.family,
            on_page,
            added,
            aliased,
            present,
        });
    }
    merged
}

#[cfg(test)]
mod tests;
