//! Reader of the Windows Update pages of the IT Pro documentation (MicrosoftDocs/
//! windows-itpro-docs, CC BY 4.0): the full `WU_E_*`/`WU_S_*` reference
//! (`windows-update-error-reference.md`: code, name, one-line description, which becomes the
//! message), and the common errors page (`windows-update-errors.md`), whose description and
//! mitigation become reference sections of whichever entry has the code: several of its codes
//! belong to other families (Win32 HRESULTs, BITS, WinINet, Delivery Optimization, USO).
//!
//! Both are Markdown tables, read with [`crate::family_pages::table_rows`]; their text is made
//! plain with [`crate::markdown::to_plain_text`] after the backticks of code spans are removed.

use std::collections::BTreeMap;
use std::path::Path;

use win_errors_catalog::Sections;
use win_errors_catalog::write::draft::EntryDraft;

use super::{expect_counts, hex_u32, read_source};
use crate::family_pages::{TableRow, table_rows};
use crate::markdown::to_plain_text;
use crate::pages::Report;

/// The family of every entry (the WUA SDK pages' family in the catalog already).
pub const FAMILY: &str = "Windows Update";

/// The reference page, under the `itpro-docs` folder.
pub const REFERENCE: &str = "windows/deployment/update/windows-update-error-reference.md";
/// The common errors page, under the `itpro-docs` folder.
pub const COMMON: &str = "windows/deployment/update/windows-update-errors.md";

/// Rows of the reference that carry a code (README).
pub const REFERENCE_ROWS: usize = 258;
/// Its distinct codes: one row is repeated.
pub const REFERENCE_CODES: usize = 257;
/// Its distinct `WU_E_*` codes. The README's "250 `WU_E_*`" counts rows: with the repeated
/// 0x80243FFF, 249 codes (249 + 8 = 257).
pub const WU_E_CODES: usize = 249;
/// Its `WU_S_*` codes.
pub const WU_S_CODES: usize = 8;
/// Its tables.
pub const REFERENCE_TABLES: usize = 16;
/// Rows of its "Windows Update error codes" table, which end without a `|`.
pub const OPEN_ROWS: usize = 59;
/// Rows of the common errors page.
pub const COMMON_ROWS: usize = 16;
/// Codes of the common errors page: one row holds three.
pub const COMMON_CODES: usize = 18;

/// Codes the reference describes as the status of another name (the names suggest 501 and
/// 504): kept as written.
const STATUS_AS_WRITTEN: [(u32, &str); 2] = [
    (0x8024_4020, "HTTP status 500"),
    (0x8024_4023, "HTTP status 503"),
];
/// A code the reference lists in another component's table (UI, for a general code).
const IN_ANOTHER_TABLE: [u32; 1] = [0x8024_043D];

/// 0x80243FFF is in both the AU and the UI tables, with the same row.
pub const REPEATED_ROW: &str = "rows repeated with the same content (read once)";
/// The rows of the "Windows Update error codes" table end without a `|`.
pub const NO_CLOSING_PIPE: &str = "table rows without a closing | (read as the others)";
/// Backticks, escapes, `<br>`, links (their text kept) and `<em>` in the cells.
pub const MARKUP: &str = "texts with Markdown markup (removed, the text kept)";
/// 0x8024F002/3 and 0x80248017/8 share their descriptions.
pub const SAME_TEXT: &str = "codes with another code's description (kept)";
/// 0x80244020 and 0x80244023 say 500 and 503 where their names suggest 501 and 504.
pub const STATUS_MISMATCH: &str = "descriptions naming another HTTP status (kept as written)";
/// 0x8024043D sits in the UI table: the value, not the table, says what a code is.
pub const OTHER_TABLE: &str = "codes in another component's table (read by value)";
/// Two names of one value: the first names the entry, the others are its aliases.
pub const SAME_VALUE: &str = "names of an earlier name's value (kept as its aliases)";
/// `0X8007000D`.
pub const CAPITAL_X: &str = "codes written 0X... (read as hex)";
/// `0x80072EFD <br>0x80072EFE <br>0x80D02002` share one row.
pub const SEVERAL_CODES: &str = "rows of several codes (one item each)";
/// `TIME_OUT_ERRORS` labels a group of codes and names none of them.
pub const GROUP_LABEL: &str = "name cells of a row of several codes (a label: dropped)";
/// 0x80070422's Message cell, which holds the names, is empty.
pub const NO_NAME: &str = "rows with an empty name cell (no name)";
/// 0x80200053's description is "NA".
pub const NA: &str = "descriptions written NA (absent)";
/// `http://<em>.update.microsoft.com<br>https://</em>...`: Markdown took the `*`s for emphasis.
pub const WILDCARD_AS_EMPHASIS: &str = "URLs whose * became <em> (restored)";

/// Every code of the reference, as an entry of the Windows Update family with its
/// description as the message.
pub fn read(dir: &Path, report: &mut Report) -> Result<Vec<EntryDraft>, String> {
    let (file, text) = read_source(dir, REFERENCE)?;
    let (entries, tally) = reference(&text, &file, report)?;
    let count = |prefix: &str| {
        entries
            .iter()
            .filter(|e| e.name.starts_with(prefix))
            .count()
    };
    expect_counts(
        &file,
        &[
            ("tables", tally.tables, REFERENCE_TABLES),
            ("rows", tally.rows, REFERENCE_ROWS),
            ("rows without a closing |", tally.open_rows, OPEN_ROWS),
            ("distinct codes", entries.len(), REFERENCE_CODES),
            ("WU_E codes", count("WU_E_"), WU_E_CODES),
            ("WU_S codes", count("WU_S_"), WU_S_CODES),
        ],
    )?;
    Ok(entries)
}

/// What a page's reader counted, to be held to the README's counts.
#[derive(Debug, Default, PartialEq, Eq)]
struct Tally {
    tables: usize,
    rows: usize,
    open_rows: usize,
}

/// The entries of the reference's text.
fn reference(
    text: &str,
    file: &str,
    report: &mut Report,
) -> Result<(Vec<EntryDraft>, Tally), String> {
    let mut tally = Tally::default();
    let rows = table_rows(text, file, |cells, location| {
        tally.tables += 1;
        match cells.get(1..4) {
            Some(["Error code", "Message", "Description"]) => Ok(()),
            _ => Err(format!(
                "{location}: a table of unknown columns: {}",
                cells.join("|")
            )),
        }
    })?;
    tally.rows = rows.len();
    let mut entries: Vec<EntryDraft> = Vec::new();
    for row in &rows {
        let open_before = tally.open_rows;
        let [code, name, description] = row_cells(row, &mut tally.open_rows)?;
        let location = &row.location;
        let code = code_of(code, location, report)?;
        let name = name
            .strip_prefix('`')
            .and_then(|n| n.strip_suffix('`'))
            .unwrap_or(name);
        let known = win_errors_catalog::names::is_symbolic_name(name)
            && (name.starts_with("WU_E_") || name.starts_with("WU_S_"));
        if !known {
            return Err(format!("{location}: {name} is not a WU_E_ or WU_S_ name"));
        }
        if tally.open_rows > open_before {
            report.note(NO_CLOSING_PIPE, name);
        }
        let message = plain(description, name, report);
        if message.is_empty() {
            return Err(format!("{location}: {name} has no description"));
        }
        if let Some((_, status)) = STATUS_AS_WRITTEN.iter().find(|(c, _)| *c == code)
            && message.contains(status)
        {
            report.note(STATUS_MISMATCH, name);
        }
        if IN_ANOTHER_TABLE.contains(&code) {
            report.note(OTHER_TABLE, name);
        }
        if let Some(first) = entries.iter_mut().find(|e| e.code == code) {
            if first.name == name && first.message.as_deref() == Some(message.as_str()) {
                report.note(REPEATED_ROW, name);
            } else if first.name == name {
                return Err(format!(
                    "{location}: {name} is given again with another text"
                ));
            } else {
                report.note(
                    SAME_VALUE,
                    &format!("{name} = {} (0x{code:08X})", first.name),
                );
                first.aliases.push(name.to_owned());
            }
            continue;
        }
        entries.push(EntryDraft {
            name: name.to_owned(),
            code,
            message: Some(message),
            family: Some(FAMILY.to_owned()),
            ..Default::default()
        });
    }
    let mut by_text: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for entry in &entries {
        by_text
            .entry(entry.message.as_deref().unwrap_or_default())
            .or_default()
            .push(&entry.name);
    }
    for name in by_text.values().filter(|names| names.len() > 1).flatten() {
        report.note(SAME_TEXT, name);
    }
    super::check_unique_names(&entries, file)?;
    Ok((entries, tally))
}

/// One code of the common errors page, for the entry of that code in whichever catalog has it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CommonError {
    /// The code, an HRESULT of any family.
    pub code: u32,
    /// The name the page gives; `None` when its cell is empty or holds a label for a group of
    /// codes.
    pub name: Option<String>,
    /// The page's description as `meaning` (absent where the page writes "NA"; a caller with
    /// no entry for the code may take it as the message) and its mitigation as the one
    /// element of `remedies`, each plain text (a `<br>` as a line break).
    pub sections: Sections,
}

/// Every code of the common errors page with its sections, in page order.
pub fn common_errors(dir: &Path, report: &mut Report) -> Result<Vec<CommonError>, String> {
    let (file, text) = read_source(dir, COMMON)?;
    let (errors, tally) = common(&text, &file, report)?;
    let counts = [
        ("tables", tally.tables, 1),
        ("rows", tally.rows, COMMON_ROWS),
        ("rows without a closing |", tally.open_rows, 0),
        ("codes", errors.len(), COMMON_CODES),
    ];
    expect_counts(&file, &counts)?;
    Ok(errors)
}

/// The codes of the common errors page's text.
fn common(
    text: &str,
    file: &str,
    report: &mut Report,
) -> Result<(Vec<CommonError>, Tally), String> {
    let mut tally = Tally::default();
    let rows = table_rows(text, file, |cells, location| {
        tally.tables += 1;
        match cells.get(1..5) {
            Some(["Error Code", "Message", "Description", "Mitigation"]) => Ok(()),
            _ => Err(format!(
                "{location}: a table of unknown columns: {}",
                cells.join("|")
            )),
        }
    })?;
    tally.rows = rows.len();
    let mut errors: Vec<CommonError> = Vec::new();
    for row in &rows {
        let [codes, name, description, mitigation] = row_cells(row, &mut tally.open_rows)?;
        let location = &row.location;
        let codes: Vec<&str> = split_br(codes).into_iter().map(str::trim).collect();
        let name = match name {
            "" => {
                report.note(NO_NAME, codes.join(", ").as_str());
                None
            }
            name if !win_errors_catalog::names::is_symbolic_name(name) => {
                return Err(format!("{location}: {name} is not a symbolic name"));
            }
            name if codes.len() > 1 => {
                report.note(GROUP_LABEL, name);
                None
            }
            name => Some(name.to_owned()),
        };
        let shown = name.clone().unwrap_or_else(|| codes.join(", "));
        if codes.len() > 1 {
            report.note(SEVERAL_CODES, &codes.join(", "));
        }
        let meaning = match description {
            "NA" => {
                report.note(NA, &shown);
                None
            }
            _ => Some(plain(description, &shown, report)).filter(|d| !d.is_empty()),
        };
        let mut lines = Vec::new();
        for piece in split_br(mitigation) {
            let restored = piece
                .replace("://<em>.", "://*.")
                .replace("://</em>.", "://*.");
            if restored != piece {
                super::note_once(report, WILDCARD_AS_EMPHASIS, &shown);
            }
            let line = plain(&restored, &shown, report);
            if !line.is_empty() {
                lines.push(line);
            }
        }
        if mitigation.contains("<br") {
            super::note_once(report, MARKUP, &shown);
        }
        let remedies = match lines.join("\n") {
            remedy if remedy.is_empty() => Vec::new(),
            remedy => vec![remedy],
        };
        for code in codes {
            let code = code_of(code, location, report)?;
            if errors.iter().any(|e| e.code == code) {
                return Err(format!("{location}: 0x{code:08X} is given twice"));
            }
            errors.push(CommonError {
                code,
                name: name.clone(),
                sections: Sections {
                    meaning: meaning.clone(),
                    remedies: remedies.clone(),
                    ..Default::default()
                },
            });
        }
    }
    Ok((errors, tally))
}

/// The `N` cells of a data row, between its outer bars; a row whose last bar is missing
/// counts in `open_rows`. Another number of cells is an error.
fn row_cells<'a, const N: usize>(
    row: &TableRow<'a>,
    open_rows: &mut usize,
) -> Result<[&'a str; N], String> {
    let inner = match row.cells.as_slice() {
        ["", inner @ .., ""] if inner.len() == N => inner,
        ["", inner @ ..] if inner.len() == N => {
            *open_rows += 1;
            inner
        }
        cells => {
            let outer = if cells.last() == Some(&"") { 2 } else { 1 };
            return Err(format!(
                "{}: a row of {} cells where its table has {N}",
                row.location,
                cells.len().saturating_sub(outer)
            ));
        }
    };
    <[&str; N]>::try_from(inner).map_err(|_| format!("{}: a row of an unknown shape", row.location))
}

/// The `0x........` code of a cell (`0X` too, noted).
fn code_of(cell: &str, location: &str, report: &mut Report) -> Result<u32, String> {
    let code = Some(cell)
        .filter(|c| c.len() == 10)
        .and_then(hex_u32)
        .ok_or_else(|| format!("{location}: `{cell}` is not a code 0x........"))?;
    if cell.starts_with("0X") {
        report.note(CAPITAL_X, cell);
    }
    Ok(code)
}

/// A cell split at its `<br>` line breaks, in any of the spellings the pages use.
fn split_br(cell: &str) -> Vec<&str> {
    cell.split("<br>")
        .flat_map(|part| part.split("<br/>"))
        .flat_map(|part| part.split("<br />"))
        .collect()
}

/// The plain text of a cell: code spans without their backticks, then the page markup
/// removed; the name is noted under [`MARKUP`] when that changed anything but spaces.
fn plain(cell: &str, name: &str, report: &mut Report) -> String {
    let text = to_plain_text(&cell.replace('`', ""));
    if text != crate::markdown::normalize_whitespace(cell) {
        super::note_once(report, MARKUP, name);
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::products::tests::{assert_fails, lines};

    const REFERENCE_PAGE: &str = "---\nauthor: jaimeo\nauthor: jaimeo\n---\n\
## Automatic Update Errors\n\n\
| Error code |            Message              |            Description            |\n\
|------------|---------------------------------|-----------------------------------|\n\
| 0x80243FFF |  `WU_E_AUCLIENT_UNEXPECTED`     |  An error not covered by another `WU_E_AUCLIENT_*` error code. |\n\
| 0x8024A000 |      `WU_E_AU_NOSERVICE`        |  Automatic Updates was unable to service incoming requests.  |\n\
\n## Windows Update UI errors\n\
The components that download the `Wuredir.cab` file generate the following errors.\n\n\
| Error code |      Message                 | Description                    |\n\
|----------- |------------------------------|--------------------------------|\n\
| 0x80243FFF |  `WU_E_AUCLIENT_UNEXPECTED`  |  An error not covered by another `WU_E_AUCLIENT_*` error code.  |\n\
| 0x80244020 | `WU_E_PT_HTTP_STATUS_NOT_SUPPORTED` | Same as HTTP status 500 - the server does not support it. |\n\
\n## Windows Update error codes\n\n\
| Error code |  Message                          | Description                                                  |\n\
|------------|-----------------------------------|--------------------------------------------------------------|\n\
| 0x80240001 | `WU_E_NO_SERVICE`                 | Windows Update Agent was unable to provide the service.  \n\
| 0x80240002 | `WU_E_MAX_CAPACITY_REACHED`       | Windows Update Agent was unable to provide the service.\n\
| 0x00240001 | `WU_S_SERVICE_STOP`               | Windows Update Agent was stopped \\*successfully\\*.\n";

    const COMMON_PAGE: &str = "# Windows Update common errors and mitigation\n\n\
|     Error Code     |     Message     |     Description     |     Mitigation     |\n\
|--------------------|-----------------|---------------------|--------------------|\n\
|     0x8024402F     | WU_E_PT_ECP_SUCCEEDED_WITH_ERRORS | External cab file processing completed with some errors | One of the reasons is Lightspeed Rocket. <br>Add the IP addresses to the exceptions list |\n\
|     0x80200053     | BG_E_VALIDATION_FAILED | NA | Ensure that there are no firewalls.<br><br>If the issue still persists, run the [Windows Update reset script](https://gallery.technet.microsoft.com/x). |\n\
|     0x80072EE2     | WININET_E_TIMEOUT | The operation timed out | Make sure these URLs are not blocked: <br> http://<em>.update.microsoft.com<br>https://</em>.update.microsoft.com <br><http://download.windowsupdate.com> \\<Refer to Firewall Troubleshooting scenario> |\n\
| 0x80072EFD <br>0x80072EFE <br>0x80D02002 | TIME_OUT_ERRORS | The operation timed out | Make sure there are no firewall rules. |\n\
|     0X8007000D     | ERROR_INVALID_DATA | Indicates invalid data downloaded or corruption occurred. | Rename the folders to \\*.BAK: <br>- %systemroot%\\system32\\catroot2 |\n\
|     0x80070422    |       | This issue occurs when the Windows Update service stops working or is not running. | Check if the Windows Update service is running.<br> |\n";

    #[test]
    fn every_shape_of_the_reference() {
        let mut report = Report::default();
        let (entries, tally) = reference(REFERENCE_PAGE, "r", &mut report).unwrap();
        assert_eq!((tally.tables, tally.rows, tally.open_rows), (3, 7, 3));
        assert_eq!(
            lines(&entries),
            [
                "0x80243FFF WU_E_AUCLIENT_UNEXPECTED: An error not covered by another WU_E_AUCLIENT_* error code.",
                "0x8024A000 WU_E_AU_NOSERVICE: Automatic Updates was unable to service incoming requests.",
                "0x80244020 WU_E_PT_HTTP_STATUS_NOT_SUPPORTED: Same as HTTP status 500 - the server does not support it.",
                "0x80240001 WU_E_NO_SERVICE: Windows Update Agent was unable to provide the service.",
                "0x80240002 WU_E_MAX_CAPACITY_REACHED: Windows Update Agent was unable to provide the service.",
                "0x00240001 WU_S_SERVICE_STOP: Windows Update Agent was stopped *successfully*.",
            ]
        );
        assert!(entries.iter().all(|e| e.family.as_deref() == Some(FAMILY)));
        for (kind, names) in [
            (REPEATED_ROW, "WU_E_AUCLIENT_UNEXPECTED"),
            (
                NO_CLOSING_PIPE,
                "WU_E_NO_SERVICE WU_E_MAX_CAPACITY_REACHED WU_S_SERVICE_STOP",
            ),
            (MARKUP, "WU_E_AUCLIENT_UNEXPECTED WU_S_SERVICE_STOP"),
            (STATUS_MISMATCH, "WU_E_PT_HTTP_STATUS_NOT_SUPPORTED"),
            (SAME_TEXT, "WU_E_NO_SERVICE WU_E_MAX_CAPACITY_REACHED"),
        ] {
            assert_eq!(report.irregularities[kind].join(" "), names, "{kind}");
        }
        let cases = [
            "code.  | => .  | => r:17: WU_E_AUCLIENT_UNEXPECTED is given again with another text",
            "`WU_E_NO_SERVICE` => `E_FAIL` => r:24: E_FAIL is not a WU_E_ or WU_S_ name",
            "| 0x8024A000 | => | 0x8024A00 | => r:10: `0x8024A00` is not a code 0x........",
            "`WU_E_AU_NOSERVICE` => `WU_E_NO_SERVICE` => r: WU_E_NO_SERVICE is 0x8024A000 and",
            "| `WU_E_MAX_CAPACITY_REACHED` =>  => r:25: a row of 2 cells where its table has 3",
            "| Error code |  Message   => | Code | Name => r:22: a table of unknown columns",
        ];
        assert_fails(REFERENCE_PAGE, &cases, |text| {
            reference(text, "r", &mut Report::default())
        });
    }

    #[test]
    fn every_shape_of_the_common_errors() {
        let mut report = Report::default();
        let (errors, tally) = common(COMMON_PAGE, "c", &mut report).unwrap();
        assert_eq!((tally.tables, tally.rows, tally.open_rows), (1, 6, 0));
        let codes: Vec<String> = errors
            .iter()
            .map(|e| format!("{:X} {:?}", e.code, e.name))
            .collect();
        let expected = "8024402F Some(\"WU_E_PT_ECP_SUCCEEDED_WITH_ERRORS\"), \
            80200053 Some(\"BG_E_VALIDATION_FAILED\"), 80072EE2 Some(\"WININET_E_TIMEOUT\"), \
            80072EFD None, 80072EFE None, 80D02002 None, 8007000D Some(\"ERROR_INVALID_DATA\"), \
            80070422 None";
        assert_eq!(codes.join(", "), expected);
        let remedy = |at: usize| errors[at].sections.remedies.join("|");
        assert_eq!(
            [remedy(0), remedy(1), remedy(2), remedy(6)],
            [
                "One of the reasons is Lightspeed Rocket.\nAdd the IP addresses to the exceptions list",
                "Ensure that there are no firewalls.\nIf the issue still persists, run the Windows Update reset script.",
                "Make sure these URLs are not blocked:\nhttp://*.update.microsoft.com\nhttps://*.update.microsoft.com\nhttp://download.windowsupdate.com <Refer to Firewall Troubleshooting scenario>",
                "Rename the folders to *.BAK:\n- %systemroot%\\system32\\catroot2",
            ]
        );
        assert_eq!(errors[1].sections.meaning, None);
        assert_eq!(errors[3].sections, errors[5].sections);
        let meaning = errors[7].sections.meaning.as_deref().unwrap_or_default();
        assert!(meaning.starts_with("This issue occurs when the Windows Update service stops"));
        assert!(errors.iter().all(|e| e.sections.context.is_none()));
        assert!(errors.iter().all(|e| e.sections.remedies.len() == 1));
        for (kind, names) in [
            (GROUP_LABEL, "TIME_OUT_ERRORS"),
            (SEVERAL_CODES, "0x80072EFD, 0x80072EFE, 0x80D02002"),
            (CAPITAL_X, "0X8007000D"),
            (NA, "BG_E_VALIDATION_FAILED"),
            (NO_NAME, "0x80070422"),
            (WILDCARD_AS_EMPHASIS, "WININET_E_TIMEOUT"),
        ] {
            assert_eq!(report.irregularities[kind].join(" "), names, "{kind}");
        }
        let cases = [
            "0x80070422 => 0x80072EE2 => c:10: 0x80072EE2 is given twice",
            "| ERROR_INVALID_DATA | => | invalid data | => c:9: invalid data is not a symbolic name",
            "Mitigation => Remedy => c:3: a table of unknown columns",
        ];
        assert_fails(COMMON_PAGE, &cases, |text| {
            common(text, "c", &mut Report::default())
        });
    }
}
