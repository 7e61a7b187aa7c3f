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
use crate::docs_pages::{Report, read_pages};
use crate::markdown::to_plain_text;
use crate::model::ImportedEntry;

/// How a page lays out its entries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// Table rows or definition lists, as on the COM Error Codes pages.
    ComLike,
    /// A Markdown table with a value, a name and a description column.
    Columns,
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
];

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
        Shape::Columns => column_tables(text, file, report),
    }
}

/// Rows of every Markdown table whose header names a value, a name and a description column.
pub fn column_tables(
    text: &str,
    file: &str,
    report: &mut Report,
) -> Result<Vec<ImportedEntry>, String> {
    let mut entries = Vec::new();
    let mut columns: Option<(usize, usize, usize)> = None;
    for (number, line) in text.lines().enumerate() {
        let location = format!("{file}:{}", number + 1);
        if !line.starts_with('|') {
            columns = None;
            continue;
        }
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        let Some((value_at, name_at, message_at)) = columns else {
            columns = Some(header(&cells).ok_or_else(|| {
                format!("{location}: a table without value, name and description columns: {line}")
            })?);
            continue;
        };
        if cells
            .iter()
            .all(|c| c.chars().all(|ch| matches!(ch, '-' | ':')))
        {
            continue; // the separator row
        }
        let cell = |at: usize| {
            cells
                .get(at)
                .copied()
                .ok_or_else(|| format!("{location}: a row with {} cells", cells.len()))
        };
        let name = match com_pages::bold_name(cell(name_at)?) {
            Some(name) => name,
            None => to_plain_text(cell(name_at)?),
        };
        let value = cell(value_at)?.trim_end_matches('L');
        let digits = value
            .strip_prefix("0x")
            .or_else(|| value.strip_prefix("0X"))
            .ok_or_else(|| format!("{location}: {name}: {value} is not a hex value"))?;
        let code = u32::from_str_radix(digits, 16)
            .map_err(|_| format!("{location}: {name}: {value} is not a 32-bit hex value"))?;
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

/// The value, name and description columns of a header row.
fn header(cells: &[&str]) -> Option<(usize, usize, usize)> {
    let find =
        |wanted: &dyn Fn(&str) -> bool| cells.iter().position(|c| wanted(&c.to_ascii_lowercase()));
    let value = find(&|c| c == "value" || c == "hexadecimal value")?;
    let name = find(&|c| c == "code" || c == "error code")?;
    let message = find(&|c| c == "description")?;
    Some((value, name, message))
}

/// What merging the family pages into a catalog did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Merged {
    /// Per family, in page order: (family, entries on its page, added as new entries,
    /// added as aliases of an entry with the same code, already there by name and code).
    pub families: Vec<(&'static str, usize, usize, usize, usize)>,
    /// Every code two sources document differently: a different name or message.
    pub conflicts: Vec<String>,
}

impl Merged {
    /// The account the importer prints.
    pub fn summary(&self) -> String {
        let mut out = String::from("families (on the page: new, alias, already there):\n");
        for (family, on_page, added, aliased, present) in &self.families {
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
                    existing.message,
                    existing.family.as_deref().unwrap_or("main pages"),
                    entry.message,
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
                    format!(": \"{}\"", entry.message)
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
        merged
            .families
            .push((page.family, on_page, added, aliased, present));
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(name: &str, code: u32, message: &str, family: Option<&str>) -> ImportedEntry {
        ImportedEntry {
            family: family.map(str::to_owned),
            sections: Default::default(),
            name: name.into(),
            code,
            message: message.into(),
            aliases: Vec::new(),
            description: None,
            related: Vec::new(),
        }
    }

    #[test]
    fn merging_adds_new_codes_aliases_other_names_and_lists_conflicts() {
        let mut entries = vec![entry("ERROR_A", 1, "A.", None)];
        let wininet = (
            PAGES[0],
            vec![
                entry("ERROR_INTERNET_X", 12001, "X.", Some("WinINet")),
                entry("ERROR_A", 1, "A.", Some("WinINet")),
            ],
        );
        let winhttp = (
            PAGES[1],
            vec![
                entry("ERROR_WINHTTP_X", 12001, "X differs.", Some("WinHTTP")),
                entry("ERROR_WINHTTP_Y", 12002, "Y.", Some("WinHTTP")),
                entry("ERROR_A", 3, "Clash.", Some("WinHTTP")),
            ],
        );
        let merged = merge(&mut entries, vec![wininet, winhttp]);
        let names: Vec<(&str, u32, Vec<String>, Option<&str>)> = entries
            .iter()
            .map(|e| {
                (
                    e.name.as_str(),
                    e.code,
                    e.aliases.clone(),
                    e.family.as_deref(),
                )
            })
            .collect();
        assert_eq!(
            names,
            [
                ("ERROR_A", 1, vec![], Some("WinINet")),
                (
                    "ERROR_INTERNET_X",
                    12001,
                    vec!["ERROR_WINHTTP_X".to_owned()],
                    Some("WinINet")
                ),
                ("ERROR_WINHTTP_Y", 12002, vec![], Some("WinHTTP")),
            ]
        );
        assert_eq!(
            merged.families,
            [("WinINet", 2, 1, 0, 1), ("WinHTTP", 3, 1, 1, 0)]
        );
        assert_eq!(merged.conflicts.len(), 3, "{:?}", merged.conflicts);
        assert_eq!(
            entries[1].description.as_deref(),
            Some("WinHTTP documents this code as ERROR_WINHTTP_X: \"X differs.\"")
        );
        assert_eq!(entries[0].description, None);
        assert!(
            merged.conflicts[0]
                .starts_with("0x2EE1: ERROR_INTERNET_X (WinINet) is ERROR_WINHTTP_X in WinHTTP")
        );
        assert!(
            merged.conflicts[1]
                .contains("message \"X.\" (WinINet) differs from \"X differs.\" (WinHTTP)")
        );
        assert!(
            merged.conflicts[2]
                .starts_with("ERROR_A (0x3, WinHTTP) is already the name of another code")
        );
    }

    #[test]
    fn column_tables_of_both_layouts() {
        let adsi = "\
| Value       | Code                         | Description                  | Corrective Action |
|-------------|------------------------------|------------------------------|-------------------|
| 0x00005011L | **S\\_ADS\\_ERRORSOCCURRED**  | During a query, errors.      | Verify.           |
| 0x80005000L | **E\\_ADS\\_BAD\\_PATHNAME**   | An invalid ADSI pathname.    | Verify the path.  |

text between tables
";
        let mut report = Report::default();
        let entries = column_tables(adsi, "adsi.md", &mut report).unwrap();
        let got: Vec<(&str, u32, &str)> = entries
            .iter()
            .map(|e| (e.name.as_str(), e.code, e.message.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("S_ADS_ERRORSOCCURRED", 0x5011, "During a query, errors."),
                (
                    "E_ADS_BAD_PATHNAME",
                    0x8000_5000,
                    "An invalid ADSI pathname."
                )
            ]
        );
        let wmf = "\
| Error code             | Hexadecimal value | Description            |
|------------------------|-------------------|------------------------|
| NS\\_E\\_NOCONNECTION    | 0xC00D0005L       | There is no connection. |
";
        let entries = column_tables(wmf, "wmf.md", &mut report).unwrap();
        assert_eq!(entries[0].name, "NS_E_NOCONNECTION");
        assert_eq!(entries[0].code, 0xC00D_0005);
    }

    #[test]
    fn table_cells_valued_by_another_error_or_by_nothing() {
        let page = "\
| Constant/value | Description |
|:---|:---|
| <span id=\"D2DERR_INSUFFICIENT_BUFFER\"></span><dl> <dt>**D2DERR\\_INSUFFICIENT\\_BUFFER**</dt> <dt>ERROR\\_INSUFFICIENT\\_BUFFER (Windows error)</dt> </dl> | The supplied buffer is too small.<br/> |
| <span id=\"D2DERR_UNSUPPORTED_PIXEL_FORMAT\"></span><dl> <dt>**D2DERR\\_UNSUPPORTED\\_PIXEL\\_FORMAT**</dt> <dt>WINCODEC\\_ERR\\_UNSUPPORTEDPIXELFORMAT (error in wincodec.h)</dt> </dl> | The pixel format is not supported.<br/> |
| <span id=\"S_OK\"></span><span id=\"s_ok\"></span><dl> <dt>**S\\_OK**</dt> </dl> | |
| <span id=\"D2DERR_BAD_NUMBER\"></span><dl> <dt>**D2DERR\\_BAD\\_NUMBER**</dt> <dt>0x88990011L</dt> </dl> | The number is invalid.<br/> |
";
        let mut report = Report::default();
        let entries = import_page(PAGES[3], page, "d2d.md", &mut report).unwrap();
        let got: Vec<(&str, u32)> = entries.iter().map(|e| (e.name.as_str(), e.code)).collect();
        assert_eq!(
            got,
            [
                ("D2DERR_INSUFFICIENT_BUFFER", 0x8007_007A),
                ("D2DERR_BAD_NUMBER", 0x8899_0011)
            ]
        );
        assert_eq!(
            report.references,
            [(
                "D2DERR_UNSUPPORTED_PIXEL_FORMAT".to_owned(),
                "WINCODEC_ERR_UNSUPPORTEDPIXELFORMAT".to_owned()
            )]
        );
        assert!(report.counts().contains(&(com_pages::NO_VALUE, 1)));
    }

    #[test]
    fn range_descriptions_are_not_entries() {
        let page = "\
<dl> <dt>

<span id=\"0x80041068_-_0x80041099\"></span>0x80041068 - 0x80041099
</dt> <dd>

Errors that originate in WMI itself.

</dd> <dt>

<span id=\"0x8007xxxx\"></span>0x8007xxxx
</dt> <dd>

Errors originating in the core operating system.

</dd> </dl>

<dl> <dt>

<span id=\"WBEM_E_FAILED\"></span>**WBEM\\_E\\_FAILED**
</dt> <dd> <dl> <dt>

2147749889 (0x80041001)
</dt> <dt>

Call failed.

</dt> </dl> </dd> </dl>
";
        let mut report = Report::default();
        let entries = import_page(PAGES[4], page, "wmi.md", &mut report).unwrap();
        assert_eq!(entries.len(), 1);
        assert_eq!(
            (entries[0].name.as_str(), entries[0].code),
            ("WBEM_E_FAILED", 0x8004_1001)
        );
        assert!(report.counts().contains(&(com_pages::RANGE, 2)));
    }

    #[test]
    fn unknown_shapes_stop_the_import_with_the_line() {
        let mut report = Report::default();
        let odd = "| Name | Meaning |\n|---|---|\n| A | B |\n";
        let error = column_tables(odd, "odd.md", &mut report).unwrap_err();
        assert!(
            error.starts_with("odd.md:1: a table without value"),
            "{error}"
        );
        let bad = "| Value | Code | Description |\n|---|---|---|\n| 12 | **E\\_X** | x |\n";
        let error = column_tables(bad, "bad.md", &mut report).unwrap_err();
        assert_eq!(error, "bad.md:3: E_X: 12 is not a hex value");
    }

    #[test]
    fn definition_lists_with_decimal_both_and_missing_values() {
        let page = "\
<dl> <dt>

<span id=\"ERROR_INTERNET_CANNOT_CONNECT\"></span>**ERROR\\_INTERNET\\_CANNOT\\_CONNECT**
</dt> <dd> <dl> <dt>

12029
</dt> <dt>



The attempt to connect to the server failed.


</dt> </dl> </dd> <dt>

<span id=\"WBEM_E_FAILED\"></span>**WBEM\\_E\\_FAILED**
</dt> <dd> <dl> <dt>

2147749889 (0x80041001)
</dt> <dt>



Call failed.


</dt> </dl> </dd> <dt>

<span id=\"ERROR_WINHTTP_CLIENT_AUTH_CERT_NEEDED\"></span>**ERROR\\_WINHTTP\\_CLIENT\\_AUTH\\_CERT\\_NEEDED**
</dt> <dd> <dl> <dt>



The server requires SSL client Authentication.

</dt> </dl> </dd> </dl>
";
        let mut report = Report::default();
        let page_info = PAGES[0];
        let entries = import_page(page_info, page, "p.md", &mut report).unwrap();
        let got: Vec<(&str, u32)> = entries.iter().map(|e| (e.name.as_str(), e.code)).collect();
        assert_eq!(
            got,
            [
                ("ERROR_INTERNET_CANNOT_CONNECT", 12029),
                ("WBEM_E_FAILED", 0x8004_1001)
            ]
        );
        let counts = report.counts();
        for kind in [
            com_pages::NO_VALUE,
            com_pages::BOTH_FORMS,
            com_pages::DECIMAL_VALUE,
        ] {
            assert!(counts.contains(&(kind, 1)), "{kind}: {counts:?}");
        }
    }
}
