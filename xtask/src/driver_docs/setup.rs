//! Reader of Windows Setup's upgrade error pages of the IT Pro documentation
//! (`itpro-docs/windows/deployment/upgrade/`): the result codes (`MOSETUP_E_*`, 0xC19001xx…)
//! of `upgrade-error-codes.md` and of the "Modern setup errors" table of
//! `resolution-procedures.md`, the phase and operation tables an extend code is read by
//! (`0x20017`: phase 2, operation 0x17), the cause and mitigation blocks of result–extend
//! pairs (nested HTML tables labelled Code, Cause, Mitigation), and the "Other result
//! codes" and "Other error codes" tables (see the `other_codes` module).

mod other_codes;

use std::collections::BTreeMap;
use std::path::Path;

pub use other_codes::{OtherCode, OtherTable};

use super::{Block, parse_page, plain};
use crate::pages::Report;
use crate::products::{expect_counts, read_source};

/// A setup result code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SetupResult {
    pub code: u32,
    /// `MOSETUP_E_…`.
    pub name: Option<String>,
    /// The description of resolution-procedures.md's table (the full list).
    pub description: Option<String>,
    /// The other description upgrade-error-codes.md gives (its 5 codes; all 5 differ).
    pub upgrade_page_description: Option<String>,
    /// The mitigation of the code's row in "Other result codes", or of the code written
    /// alone (without an extend code) in "Other error codes"; `None` for the codes those
    /// tables do not list.
    pub mitigation: Option<String>,
    /// The cause that same row gives (its words differ from `description` for every code
    /// both tables list); `None` when `mitigation` is.
    pub cause: Option<String>,
}

/// A phase: the first of the five hex digits of an extend code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phase {
    pub digit: u32,
    /// `SP_EXECUTION_…`.
    pub name: String,
    /// The page gives none.
    pub description: Option<String>,
}

/// An operation: the last two hex digits of an extend code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Operation {
    pub number: u32,
    /// `SP_EXECUTION_OP_…`, as written (typo included).
    pub name: String,
    /// The page gives none.
    pub description: Option<String>,
}

/// The cause and mitigation the page gives for a result code reported with an extend code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResultExtend {
    pub result: u32,
    pub extend: u32,
    pub cause: String,
    pub mitigation: String,
}

/// What the two pages give.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Setup {
    /// The `MOSETUP_E_*` codes of the "Modern setup errors" table, by code.
    pub results: Vec<SetupResult>,
    pub phases: Vec<Phase>,
    pub operations: Vec<Operation>,
    /// The pairs of the cause blocks (not those of "Other error codes": see `other_codes`).
    pub result_extends: Vec<ResultExtend>,
    /// Every code of the "Other result codes" and "Other error codes" tables, in page
    /// order, each marked by its table; codes of any space (HRESULTs, `MOSETUP_E_*`, …).
    pub other_codes: Vec<OtherCode>,
}

/// How many rows, blocks or codes each table of the two pages held: [`read`] holds them to
/// the README's counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Rows of upgrade-error-codes.md's result table ([`UPGRADE_RESULTS`]).
    pub upgrade_results: usize,
    /// Rows of its phase and operation tables ([`PHASES`], [`OPERATIONS`]).
    pub phases: usize,
    pub operations: usize,
    /// Rows of the "Modern setup errors" table ([`MOSETUP_ROWS`]).
    pub mosetup_rows: usize,
    /// Cause blocks and the pairs they name ([`BLOCKS`], [`PAIRS`]).
    pub blocks: usize,
    pub pairs: usize,
    /// Rows of "Other result codes" ([`OTHER_RESULT_ROWS`]), header row not counted.
    pub other_result_rows: usize,
    /// Rows and codes of "Other error codes" ([`OTHER_ERROR_ROWS`], [`OTHER_ERROR_CODES`]).
    pub other_error_rows: usize,
    pub other_error_codes: usize,
}

impl Setup {
    /// The phase and operation an extend code reads as (`None` where the tables have none).
    pub fn read_extend(&self, extend: u32) -> (Option<&Phase>, Option<&Operation>) {
        // The runtime's reading of the digits, which these tables are written for.
        let extend = win_errors::SetupExtend::of(extend);
        let (digit, number) = (extend.phase_digit(), extend.operation_number());
        (
            self.phases.iter().find(|p| p.digit == digit),
            self.operations.iter().find(|o| o.number == number),
        )
    }
}

/// The pages, under the `itpro-docs` folder.
pub const UPGRADE_CODES: &str = "windows/deployment/upgrade/upgrade-error-codes.md";
pub const RESOLUTION: &str = "windows/deployment/upgrade/resolution-procedures.md";
/// Rows of upgrade-error-codes.md's result table.
pub const UPGRADE_RESULTS: usize = 5;
/// Phase and operation rows.
pub const PHASES: usize = 6;
pub const OPERATIONS: usize = 33;
/// Rows of resolution-procedures.md's "Modern setup errors" table.
pub const MOSETUP_ROWS: usize = 71;
/// Cause/mitigation blocks and the result–extend pairs they name.
pub const BLOCKS: usize = 14;
pub const PAIRS: usize = 16;
/// Rows (one code each) of the "Other result codes" table.
pub const OTHER_RESULT_ROWS: usize = 16;
/// Rows of the "Other error codes" table, and the codes they list (one row lists four).
pub const OTHER_ERROR_ROWS: usize = 10;
pub const OTHER_ERROR_CODES: usize = 13;

/// `0x8007002` has 7 digits; the README reads it as 0x80070002 (ERROR_FILE_NOT_FOUND).
const SHORT_CODES: [(&str, u32); 1] = [("0x8007002", 0x8007_0002)];
/// Extend codes whose phase digit the phase table (0–5) does not list: `0x60000` (in
/// `0x80070070 - 0x60000`).
const UNLISTED_PHASES: [u32; 1] = [0x60000];

pub const OTHER_DESCRIPTION: &str = "result codes both pages describe, differently (both kept)";
pub const CAPITAL_X: &str = "codes written 0X… or with mixed-case digits (read as hex)";
pub const NO_CLOSING_PIPE: &str = "table rows without a closing | (read alike)";
pub const NO_0X: &str = "result codes written without 0x (read as hex)";
pub const SEVEN_DIGITS: &str = "result codes of 7 hex digits (read as the README reads them)";
pub const OP_TYPO: &str = "operation names with a typo (kept as written)";
pub const SAME_DESCRIPTION: &str = "result codes with another code's description (kept)";
pub const TRAILING_SPACE: &str = "code cells with a space before their </td> (trimmed)";
pub const DASH_WITHOUT_SPACE: &str =
    "result-extend pairs without a space before the dash (read alike)";
pub const LONE_RESULT: &str =
    "result codes listed alone among result-extend pairs (kept without an extend code)";
pub const UNLISTED_PHASE: &str =
    "extend codes whose phase digit the phase table does not list (kept; no phase read)";
pub const OTHER_TEXT: &str =
    "codes of the Other tables that the page also describes elsewhere, in other words (both kept)";

/// Reads both pages under `itpro` (`…/shared/data/itpro-docs`), held to the README's
/// counts.
pub fn read(itpro: &Path, report: &mut Report) -> Result<Setup, String> {
    let (shown, text) = read_source(itpro, UPGRADE_CODES)?;
    let (rshown, rtext) = read_source(itpro, RESOLUTION)?;
    let (setup, counts) = read_texts(&shown, &text, &rshown, &rtext, report)?;
    expect_counts(
        &shown,
        &[
            ("result rows", counts.upgrade_results, UPGRADE_RESULTS),
            ("phases", counts.phases, PHASES),
            ("operations", counts.operations, OPERATIONS),
        ],
    )?;
    expect_counts(
        &rshown,
        &[
            ("modern setup rows", counts.mosetup_rows, MOSETUP_ROWS),
            ("cause blocks", counts.blocks, BLOCKS),
            ("result-extend pairs", counts.pairs, PAIRS),
            (
                "Other result codes rows",
                counts.other_result_rows,
                OTHER_RESULT_ROWS,
            ),
            (
                "Other error codes rows",
                counts.other_error_rows,
                OTHER_ERROR_ROWS,
            ),
            (
                "Other error codes codes",
                counts.other_error_codes,
                OTHER_ERROR_CODES,
            ),
        ],
    )?;
    Ok(setup)
}

/// Reads the text of `upgrade-error-codes.md` (`upgrade`) and of
/// `resolution-procedures.md` (`resolution`, CRLF or LF), each named by its `…_file` in
/// errors; the counts are left to the caller ([`read`] holds them to the README's).
pub fn read_texts(
    upgrade_file: &str,
    upgrade: &str,
    resolution_file: &str,
    resolution: &str,
    report: &mut Report,
) -> Result<(Setup, Counts), String> {
    let (shown, rshown) = (upgrade_file, resolution_file);
    let upgrade_rows = result_table(upgrade, shown, report)?;
    let (phases, operations) = extend_tables(upgrade, shown, report)?;
    let rtext = resolution.replace("\r\n", "\n");
    let mosetup = result_table(&rtext, rshown, report)?;
    let (blocks, result_extends) = cause_blocks(&rtext, rshown, report)?;
    let (mut other_codes, [other_result_rows, other_error_rows]) =
        other_codes::read(&parse_page(&rtext, rshown)?, &rtext, rshown, report)?;
    let counts = Counts {
        upgrade_results: upgrade_rows.len(),
        phases: phases.len(),
        operations: operations.len(),
        mosetup_rows: mosetup.len(),
        blocks,
        pairs: result_extends.len(),
        other_result_rows,
        other_error_rows,
        other_error_codes: other_codes
            .iter()
            .filter(|c| c.table == OtherTable::ErrorCodes)
            .count(),
    };
    let mut results: BTreeMap<u32, SetupResult> = BTreeMap::new();
    let mut seen_descriptions: BTreeMap<String, u32> = BTreeMap::new();
    for (code, name, description) in mosetup {
        if let Some(first) = seen_descriptions.insert(description.clone(), code) {
            report.note(SAME_DESCRIPTION, &format!("{name} (as 0x{first:08X})"));
        }
        let result = SetupResult {
            code,
            name: Some(name),
            description: Some(description),
            upgrade_page_description: None,
            mitigation: None,
            cause: None,
        };
        if results.insert(code, result).is_some() {
            return Err(format!("{rshown}: 0x{code:08X} twice"));
        }
    }
    for (code, name, description) in upgrade_rows {
        let known = results
            .get_mut(&code)
            .ok_or_else(|| format!("{shown}: 0x{code:08X} is not in {RESOLUTION}"))?;
        if known.name.as_deref() != Some(name.as_str()) {
            return Err(format!(
                "{shown}: 0x{code:08X} is {name}, and {:?}",
                known.name
            ));
        }
        if known.description.as_deref() != Some(description.as_str()) {
            report.note(OTHER_DESCRIPTION, &name);
        }
        known.upgrade_page_description = Some(description);
    }
    join_other_codes(
        &mut other_codes,
        &mut results,
        &result_extends,
        rshown,
        report,
    )?;
    let setup = Setup {
        results: results.into_values().collect(),
        phases,
        operations,
        result_extends,
        other_codes,
    };
    check_extends(&setup, rshown, report)?;
    Ok((setup, counts))
}

/// Names each Other code the "Modern setup errors" table names, gives a result code
/// written alone the cause and mitigation of its row, and notes the codes the page also
/// describes elsewhere in other words.
fn join_other_codes(
    other_codes: &mut [OtherCode],
    results: &mut BTreeMap<u32, SetupResult>,
    result_extends: &[ResultExtend],
    file: &str,
    report: &mut Report,
) -> Result<(), String> {
    for other in other_codes {
        let shown = match other.extend {
            Some(extend) => format!("0x{:08X} - 0x{extend:X}", other.code),
            None => format!("0x{:08X}", other.code),
        };
        if let Some(extend) = other.extend {
            let in_block = result_extends
                .iter()
                .find(|p| (p.result, p.extend) == (other.code, extend));
            if in_block
                .is_some_and(|p| (&p.cause, &p.mitigation) != (&other.cause, &other.mitigation))
            {
                report.note(OTHER_TEXT, &shown);
            }
        }
        let Some(result) = results.get_mut(&other.code) else {
            continue;
        };
        other.name.clone_from(&result.name);
        if other.extend.is_some() {
            continue;
        }
        if result.mitigation.is_some() {
            return Err(format!(
                "{file}:{}: {shown} listed alone twice in the Other tables",
                other.line
            ));
        }
        if result.description.as_deref() != Some(other.cause.as_str()) {
            report.note(OTHER_TEXT, &shown);
        }
        result.cause = Some(other.cause.clone());
        result.mitigation = Some(other.mitigation.clone());
    }
    Ok(())
}

/// An error unless every extend code of the cause blocks and of "Other error codes" has 5
/// digits and reads as a listed operation and a listed phase (or one the README lists as
/// unlisted).
fn check_extends(setup: &Setup, file: &str, report: &mut Report) -> Result<(), String> {
    let pairs = setup
        .result_extends
        .iter()
        .map(|p| (p.result, p.extend))
        .chain(
            setup
                .other_codes
                .iter()
                .filter_map(|c| Some((c.code, c.extend?))),
        );
    for (result, extend) in pairs {
        let shown = format!("0x{result:08X} - 0x{extend:X}");
        let (phase, operation) = setup.read_extend(extend);
        if extend > 0xF_FFFF || operation.is_none() {
            return Err(format!("{file}: {shown}: not a listed phase and operation"));
        }
        if phase.is_none() {
            if !UNLISTED_PHASES.contains(&extend) {
                return Err(format!("{file}: {shown}: a phase the table does not list"));
            }
            report.note(UNLISTED_PHASE, &shown);
        }
    }
    Ok(())
}

/// The rows of the `| Result code | Message | Description |` tables of a page.
fn result_table(
    text: &str,
    file: &str,
    report: &mut Report,
) -> Result<Vec<(u32, String, String)>, String> {
    let page = parse_page(text, file)?;
    let lines: Vec<&str> = text.lines().collect();
    let mut rows = Vec::new();
    for block in &page.blocks {
        let Block::Table(table) = block else { continue };
        let header: Vec<String> = table.header.iter().map(|c| plain(c)).collect();
        if header.is_empty() {
            continue; // the HTML extend-code and "Other result codes" tables, read apart
        }
        if header != ["Result code", "Message", "Description"] {
            return Err(format!("{file}:{}: a table headed {header:?}", table.line));
        }
        for (line, cells) in &table.rows {
            let [code, name, description] = cells.as_slice() else {
                return Err(format!("{file}:{line}: a row of {} cells", cells.len()));
            };
            let value = crate::products::hex_u32(code)
                .ok_or_else(|| format!("{file}:{line}: `{code}` is no code"))?;
            if code.starts_with("0X")
                || code
                    .get(2..)
                    .is_some_and(|d| d.contains(char::is_lowercase))
            {
                crate::products::note_once(report, CAPITAL_X, code);
            }
            let raw = lines.get(line.saturating_sub(1)).copied().unwrap_or("");
            if !raw.trim_end().ends_with('|') {
                report.note(NO_CLOSING_PIPE, name);
            }
            rows.push((value, plain(name), plain(description)));
        }
    }
    Ok(rows)
}

/// The phase and operation rows (`<tr><td …>HEX<td …>SP_EXECUTION_…`) of the extend code
/// tables.
fn extend_tables(
    text: &str,
    file: &str,
    report: &mut Report,
) -> Result<(Vec<Phase>, Vec<Operation>), String> {
    let mut phases = Vec::new();
    let mut operations = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if !line.starts_with("<tr><td") || !line.contains("SP_EXECUTION_") {
            continue;
        }
        let cells: Vec<String> = line
            .split("<td")
            .skip(1)
            .map(|cell| plain(cell.split_once('>').map_or(cell, |(_, c)| c)))
            .collect();
        let [hex, name] = cells.as_slice() else {
            return Err(format!(
                "{file}:{}: an extend-code row of {} cells",
                i + 1,
                cells.len()
            ));
        };
        let number = u32::from_str_radix(hex, 16)
            .map_err(|_| format!("{file}:{}: `{hex}` is not hex", i + 1))?;
        if name.starts_with("SP_EXECUTION_OP_") {
            if name.contains("DRVIERS") {
                report.note(OP_TYPO, name);
            }
            operations.push(Operation {
                number,
                name: name.clone(),
                description: None,
            });
        } else {
            phases.push(Phase {
                digit: number,
                name: name.clone(),
                description: None,
            });
        }
    }
    Ok((phases, operations))
}

/// The Code / Cause / Mitigation blocks before "## Other result codes": how many, and the
/// result–extend pairs they name.
fn cause_blocks(
    text: &str,
    file: &str,
    report: &mut Report,
) -> Result<(usize, Vec<ResultExtend>), String> {
    let end = text.find("\n## Other result codes").unwrap_or(text.len());
    let body = text.get(..end).unwrap_or_default();
    let mut labelled: Vec<(String, String, usize)> = Vec::new();
    for (i, line) in body.lines().enumerate() {
        let lower = line.to_ascii_lowercase();
        let Some(label) = ["code", "cause", "mitigation"]
            .into_iter()
            .find(|l| lower.contains(&format!("<b>{l}</b>")))
        else {
            continue;
        };
        let start = body.lines().take(i + 1).map(|l| l.len() + 1).sum::<usize>();
        let rest = body.get(start..).unwrap_or_default();
        let cell = rest.split("</table>").next().unwrap_or_default();
        // The row's `<tr><td style=…>` opening, then the cell's text.
        let cell = cell
            .split_once("<td")
            .and_then(|(_, c)| c.split_once('>'))
            .map_or(cell, |(_, c)| c);
        labelled.push((label.to_owned(), cell.to_owned(), i + 1));
    }
    let mut pairs = Vec::new();
    let mut blocks = 0;
    for block in labelled.chunks(3) {
        let [(l1, codes, line), (l2, cause, _), (l3, mitigation, _)] = block else {
            return Err(format!("{file}: a cause block without its three labels"));
        };
        if (l1.as_str(), l2.as_str(), l3.as_str()) != ("code", "cause", "mitigation") {
            return Err(format!("{file}:{line}: labels {l1}, {l2}, {l3}"));
        }
        blocks += 1;
        let cause = plain(cause);
        let mitigation = plain(mitigation);
        for pair in codes.split("<br>").map(str::trim).filter(|p| !p.is_empty()) {
            let location = format!("{file}:{line}");
            let (result, extend) = other_codes::code_pair(&plain(pair), &location, false, report)?;
            let extend = extend.ok_or_else(|| format!("{location}: `{pair}` has no extend"))?;
            pairs.push(ResultExtend {
                result,
                extend,
                cause: cause.clone(),
                mitigation: mitigation.clone(),
            });
        }
    }
    Ok((blocks, pairs))
}
