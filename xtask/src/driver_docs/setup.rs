//! Reader of Windows Setup's upgrade error pages of the IT Pro documentation
//! (`itpro-docs/windows/deployment/upgrade/`): the result codes (`MOSETUP_E_*`, 0xC19001xx…)
//! of `upgrade-error-codes.md` and of the "Modern setup errors" table of
//! `resolution-procedures.md`, the phase and operation tables an extend code is read by
//! (`0x20017`: phase 2, operation 0x17), and the cause and mitigation blocks of
//! result–extend pairs (nested HTML tables labelled Code, Cause, Mitigation).

use std::collections::BTreeMap;
use std::path::Path;

use super::{Block, hex_any, parse_page, plain};
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
    /// Not given by the tables read (the "Other result codes" table is not read yet).
    pub mitigation: Option<String>,
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
    /// By code.
    pub results: Vec<SetupResult>,
    pub phases: Vec<Phase>,
    pub operations: Vec<Operation>,
    pub result_extends: Vec<ResultExtend>,
}

impl Setup {
    /// The phase and operation an extend code reads as (`None` where the tables have none).
    pub fn read_extend(&self, extend: u32) -> (Option<&Phase>, Option<&Operation>) {
        let digit = (extend >> 16) & 0xF;
        let number = extend & 0xFF;
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

/// `0x8007002` has 7 digits; the README reads it as 0x80070002 (ERROR_FILE_NOT_FOUND).
const SHORT_CODES: [(&str, u32); 1] = [("0x8007002", 0x8007_0002)];

pub const OTHER_DESCRIPTION: &str = "result codes both pages describe, differently (both kept)";
pub const CAPITAL_X: &str = "codes written 0X… or with mixed-case digits (read as hex)";
pub const NO_CLOSING_PIPE: &str = "table rows without a closing | (read alike)";
pub const NO_0X: &str = "result codes written without 0x (read as hex)";
pub const SEVEN_DIGITS: &str = "result codes of 7 hex digits (read as the README reads them)";
pub const OP_TYPO: &str = "operation names with a typo (kept as written)";
pub const SAME_DESCRIPTION: &str = "result codes with another code's description (kept)";

/// Reads both pages under `itpro` (`…/shared/data/itpro-docs`).
pub fn read(itpro: &Path, report: &mut Report) -> Result<Setup, String> {
    let (shown, text) = read_source(itpro, UPGRADE_CODES)?;
    let upgrade = result_table(&text, &shown, report)?;
    let (phases, operations) = extend_tables(&text, &shown, report)?;
    let (rshown, rtext) = read_source(itpro, RESOLUTION)?;
    let rtext = rtext.replace("\r\n", "\n");
    let mosetup = result_table(&rtext, &rshown, report)?;
    let (blocks, result_extends) = cause_blocks(&rtext, &rshown, report)?;
    expect_counts(
        &shown,
        &[
            ("result rows", upgrade.len(), UPGRADE_RESULTS),
            ("phases", phases.len(), PHASES),
            ("operations", operations.len(), OPERATIONS),
        ],
    )?;
    expect_counts(
        &rshown,
        &[
            ("modern setup rows", mosetup.len(), MOSETUP_ROWS),
            ("cause blocks", blocks, BLOCKS),
            ("result-extend pairs", result_extends.len(), PAIRS),
        ],
    )?;
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
        };
        if results.insert(code, result).is_some() {
            return Err(format!("{rshown}: 0x{code:08X} twice"));
        }
    }
    for (code, name, description) in upgrade {
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
    Ok(Setup {
        results: results.into_values().collect(),
        phases,
        operations,
        result_extends,
    })
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
            let pair = plain(pair);
            let (result, extend) = pair
                .split_once('-')
                .map(|(r, e)| (r.trim(), e.trim()))
                .ok_or_else(|| format!("{file}:{line}: `{pair}` is not `result - extend`"))?;
            let result = match SHORT_CODES.iter().find(|(written, _)| *written == result) {
                Some((written, value)) => {
                    report.note(SEVEN_DIGITS, written);
                    *value
                }
                None => {
                    if !result.starts_with("0x") {
                        report.note(NO_0X, result);
                    }
                    hex_any(result)
                        .ok_or_else(|| format!("{file}:{line}: `{result}` is no code"))?
                }
            };
            let extend = hex_any(extend)
                .filter(|_| extend.starts_with("0x"))
                .ok_or_else(|| format!("{file}:{line}: `{extend}` is no extend code"))?;
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
