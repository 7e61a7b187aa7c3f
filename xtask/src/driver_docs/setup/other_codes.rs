//! The "Other result codes" and "Other error codes" tables of `resolution-procedures.md`:
//! HTML tables whose first row is their header, written with `<td>` (`Error code | Cause |
//! Mitigation`, `Error Codes | Cause | Mitigation`), one row per code (result codes) or per
//! group of `result - extend` pairs split by `<br>` (error codes). Their codes are not all
//! `MOSETUP_E_*`: Win32 and Windows Update HRESULTs, WSUS and other codes sit beside them.

use super::{
    CAPITAL_X, DASH_WITHOUT_SPACE, LONE_RESULT, NO_0X, SEVEN_DIGITS, SHORT_CODES, TRAILING_SPACE,
};
use crate::driver_docs::{Block, Page, Table, hex_any, plain, sections};
use crate::pages::Report;
use crate::products::note_once;

/// The table of `resolution-procedures.md` a code was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum OtherTable {
    /// "Other result codes": one result code per row.
    ResultCodes,
    /// "Other error codes": `result - extend` pairs (and one lone result code).
    ErrorCodes,
}

/// A code of the "Other result codes" or "Other error codes" table, with the cause and
/// mitigation of its row (a row listing several codes gives each the same text).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OtherCode {
    pub table: OtherTable,
    /// The result code (`0x80070020`, `0xC1900200`; `0x8007002` read as 0x80070002).
    pub code: u32,
    /// The extend code written after it (`0x20007`); `None` for a result code alone.
    pub extend: Option<u32>,
    /// The `MOSETUP_E_…` name the "Modern setup errors" table gives the code; `None` for
    /// codes it does not list (the Other tables give no names).
    pub name: Option<String>,
    pub cause: String,
    pub mitigation: String,
    /// The line of the row in the page.
    pub line: usize,
}

/// Each table's heading, its header row, and what its first cell holds.
const TABLES: [(&str, [&str; 3], OtherTable); 2] = [
    (
        "Other result codes",
        ["Error code", "Cause", "Mitigation"],
        OtherTable::ResultCodes,
    ),
    (
        "Other error codes",
        ["Error Codes", "Cause", "Mitigation"],
        OtherTable::ErrorCodes,
    ),
];

/// The codes of both tables in page order, and the rows of each table.
pub(super) fn read(
    page: &Page,
    text: &str,
    file: &str,
    report: &mut Report,
) -> Result<(Vec<OtherCode>, [usize; 2]), String> {
    let lines: Vec<&str> = text.lines().collect();
    let mut codes = Vec::new();
    let mut rows = [0; 2];
    let all = sections(&page.blocks);
    for ((heading, header, kind), count) in TABLES.iter().zip(&mut rows) {
        let section = all
            .iter()
            .find(|s| s.heading == *heading)
            .ok_or_else(|| format!("{file}: no `## {heading}` section"))?;
        let tables: Vec<&Table> = section
            .blocks
            .iter()
            .filter_map(|b| match b {
                Block::Table(table) => Some(table),
                _ => None,
            })
            .collect();
        let [table] = tables.as_slice() else {
            return Err(format!(
                "{file}:{}: {} tables under `{heading}`, not one",
                section.line,
                tables.len()
            ));
        };
        let read = table_codes(table, header, *kind, &lines, file, report)?;
        *count = table.rows.len().saturating_sub(1);
        codes.extend(read);
    }
    Ok((codes, rows))
}

/// The codes of one table, its first row checked to be `header`.
fn table_codes(
    table: &Table,
    header: &[&str; 3],
    kind: OtherTable,
    lines: &[&str],
    file: &str,
    report: &mut Report,
) -> Result<Vec<OtherCode>, String> {
    // The header row is written with <td> (closed by </th> in one table), so the page
    // reader sees a table without header whose first row is the header.
    let Some((first_line, first)) = table.rows.first().filter(|_| table.header.is_empty()) else {
        return Err(format!("{file}:{}: a table with a <th> header", table.line));
    };
    let first: Vec<String> = first.iter().map(|c| plain(c)).collect();
    if first != header {
        return Err(format!("{file}:{first_line}: a table headed {first:?}"));
    }
    let mut codes = Vec::new();
    for (line, cells) in table.rows.iter().skip(1) {
        let [code_cell, cause, mitigation] = cells.as_slice() else {
            return Err(format!("{file}:{line}: a row of {} cells", cells.len()));
        };
        let (cause, mitigation) = (plain(cause), plain(mitigation));
        if cause.is_empty() || mitigation.is_empty() {
            return Err(format!("{file}:{line}: a row without cause or mitigation"));
        }
        if raw_first_cell(lines, *line).is_some_and(|raw| raw.ends_with(' ')) {
            report.note(TRAILING_SPACE, code_cell.trim());
        }
        let pieces: Vec<&str> = code_cell
            .split("<br>")
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .collect();
        if kind == OtherTable::ResultCodes && pieces.len() != 1 {
            return Err(format!("{file}:{line}: {} codes in one row", pieces.len()));
        }
        for piece in pieces {
            let location = format!("{file}:{line}");
            let (code, extend) = code_pair(&plain(piece), &location, true, report)?;
            if kind == OtherTable::ResultCodes && extend.is_some() {
                return Err(format!("{location}: an extend code among result codes"));
            }
            if kind == OtherTable::ErrorCodes && extend.is_none() {
                report.note(LONE_RESULT, piece);
            }
            codes.push(OtherCode {
                table: kind,
                code,
                extend,
                name: None,
                cause: cause.clone(),
                mitigation: mitigation.clone(),
                line: *line,
            });
        }
    }
    Ok(codes)
}

/// The text of the first `<td>` at or after line `row` (1-based) as written up to its
/// line's end or `</td>`: the page reader trims cells, and the README lists code cells that
/// end with a space.
fn raw_first_cell<'a>(lines: &[&'a str], row: usize) -> Option<&'a str> {
    let line = lines
        .iter()
        .skip(row.saturating_sub(1))
        .find(|l| l.contains("<td"))?;
    let from = line.get(line.find("<td")?..)?;
    let cell = from.get(from.find('>')? + 1..)?;
    Some(
        cell.split("</td>")
            .next()
            .unwrap_or(cell)
            .split("<td")
            .next()
            .unwrap_or(cell),
    )
}

/// A `result - extend` pair (`0xC1900101 - 0x20004`, `80040005 - 0x20007`,
/// `0x80070003- 0x20007`), or a result code alone when `lone` allows it. Results may lack
/// `0x` or have 7 digits (read as [`SHORT_CODES`] says); extends must have `0x`.
pub(super) fn code_pair(
    text: &str,
    location: &str,
    lone: bool,
    report: &mut Report,
) -> Result<(u32, Option<u32>), String> {
    let (result, extend) = match text.split_once('-') {
        Some((result, extend)) => {
            if !result.ends_with(' ') {
                report.note(DASH_WITHOUT_SPACE, text);
            }
            (result.trim(), Some(extend.trim()))
        }
        None if lone => (text.trim(), None),
        None => return Err(format!("{location}: `{text}` is not `result - extend`")),
    };
    let result = match SHORT_CODES.iter().find(|(written, _)| *written == result) {
        Some((written, value)) => {
            report.note(SEVEN_DIGITS, written);
            *value
        }
        None => {
            if !result.starts_with("0x") {
                report.note(NO_0X, result);
            }
            lower_digits(result, report);
            let digits = result.strip_prefix("0x").unwrap_or(result);
            // Only the README's 7-digit code is read as another value: any other short one
            // could stand for several.
            if digits.len() != 8 {
                return Err(format!("{location}: `{result}` is not 8 hex digits"));
            }
            hex_any(result).ok_or_else(|| format!("{location}: `{result}` is no code"))?
        }
    };
    let extend = extend
        .map(|extend| {
            lower_digits(extend, report);
            hex_any(extend)
                .filter(|_| extend.starts_with("0x"))
                .ok_or_else(|| format!("{location}: `{extend}` is no extend code"))
        })
        .transpose()?;
    Ok((result, extend))
}

/// Notes a code written with lower-case hex digits (`0x2000c`, `0xC190020e`).
fn lower_digits(code: &str, report: &mut Report) {
    let digits = code.strip_prefix("0x").unwrap_or(code);
    if digits.contains(|c: char| c.is_ascii_lowercase()) {
        note_once(report, CAPITAL_X, code);
    }
}
