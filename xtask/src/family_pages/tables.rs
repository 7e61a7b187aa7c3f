//! The Markdown-table shapes of the family pages: the rows of a page's tables, tables with
//! value, name and description columns, and tables of names whose values windows-sys gives.

use win_errors_catalog::write::draft::EntryDraft;

use crate::com_pages;
use crate::markdown::to_plain_text;
use crate::pages::Report;

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
) -> Result<Vec<EntryDraft>, String> {
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

pub const STRAY_WORD: &str = "names with a stray word after them in their cell (the word dropped)";

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
) -> Result<Vec<EntryDraft>, String> {
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
