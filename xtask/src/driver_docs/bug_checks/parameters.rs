//! The parameters section of a bug check page. Its tables come in two shapes:
//!
//! * `| Parameter | Description |`, a row per parameter (`1` … `4`): the parameters. A page
//!   with several such tables (parameters that mean other things in other cases) gives its
//!   first as the parameters and the others as [`ParameterSet`]s with the paragraph before
//!   each;
//! * columns named `Parameter N` and one other column (`Cause of Error`, `Cause`,
//!   `Type of Violation`, …): a table of values of the first column's parameter, each row a
//!   value, its meaning (the other column) and what the other parameters hold then. A table
//!   with only parameter columns (0x18E) writes the meaning in the first cell after a `:`.
//!
//! Any other table (`Value | Description`, `I/O Error Code | …`) is kept as text in
//! [`BugCheck::parameter_notes`](super::BugCheck), as is the prose of the section.
//!
//! A few pages give their parameters under the title instead, and many have none: the
//! `unsectioned` module reads the first and checks the second.

mod unsectioned;

use super::BugCheck;
use crate::driver_docs::{Block, Table, blocks_text, plain};
use crate::pages::Report;
use crate::products::note_once;

/// One parameter of a bug check (`index` 1 to 4).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parameter {
    pub index: u8,
    /// What the parameter holds; `None` when the page describes it only per value of
    /// another parameter (see [`ParameterValue::others`]).
    pub description: Option<String>,
    /// The values the page tabulates for this parameter.
    pub values: Vec<ParameterValue>,
}

/// A value of a parameter from a table of values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParameterValue {
    /// The value as written (`0x1`, `0`, `0x500`).
    pub value: String,
    /// What it means (the table's cause column); empty when the table gives none.
    pub meaning: String,
    /// What the table's other parameters hold when this one has this value: (index, text).
    pub others: Vec<(u8, String)>,
    /// The short name a table gives the value in a column of its own, beside its meaning
    /// (0x7F's `Trap code`: `Divide by Zero Error`); `None` when it gives none.
    pub name: Option<String>,
}

/// A further `Parameter | Description` table of a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParameterSet {
    /// The paragraph before the table (the case it covers), plain.
    pub context: Option<String>,
    pub parameters: Vec<Parameter>,
}

pub const NO_PARAMETERS: &str =
    "pages with no parameter table (no parameters; their prose, if any, kept as notes)";
pub const OTHER_PARAMETER_SETS: &str =
    "pages with several Parameter/Description tables (the first read as the parameters)";
pub const VALUE_TABLE: &str = "pages with a table of values of a parameter";
pub const VALUE_IN_KEY_CELL: &str =
    "value tables without a meaning column (value and meaning split at the first `:`)";
pub const SHORT_ROW: &str = "value-table rows with fewer cells than headers (last cell read as the meaning; not in the README)";
pub const INDEX_WITH_TEXT: &str = "parameter index cells with words after the number (the words start the description, on a line of their own; not in the README)";
pub const OTHER_TABLE: &str =
    "tables in a parameters section that are not parameter tables (kept as text)";
pub use unsectioned::{
    PARAMETER_HEADING, PARAMETERS_IN_OTHER_PROSE, PARAMETERS_NONE, PARAMETERS_PROSE,
    PARAMETERS_UNDER_TITLE, SAME_PARAMETERS, VALUE_LIST, VALUE_NAME_COLUMN,
};
pub(super) use unsectioned::{check_none, intro_start, read_intro, same_parameters_as};

/// Reads a parameters section into `check`.
pub fn read(
    blocks: &[Block],
    file: &str,
    check: &mut BugCheck,
    report: &mut Report,
) -> Result<(), String> {
    let mut notes: Vec<Block> = Vec::new();
    let mut context: Option<String> = None;
    let mut described = false;
    for block in blocks {
        let Block::Table(table) = block else {
            if let Block::Paragraph { text, .. } = block {
                context = Some(plain(text));
            }
            notes.push(block.clone());
            continue;
        };
        let header: Vec<String> = table
            .header
            .iter()
            .map(|c| plain(c).to_ascii_lowercase())
            .collect();
        if header == ["parameter", "description"] {
            let set = parameter_rows(table, file, &check.name, report)?;
            if described {
                note_once(report, OTHER_PARAMETER_SETS, &check.name);
                check.other_parameter_sets.push(ParameterSet {
                    context: context.clone(),
                    parameters: set,
                });
            } else {
                described = true;
                for parameter in set {
                    if let Some(known) = entry(&mut check.parameters, parameter.index) {
                        known.description = parameter.description;
                    }
                }
            }
        } else if let Some(Some(key)) = header.first().map(|h| parameter_column(h)) {
            note_once(report, VALUE_TABLE, &check.name);
            value_rows(table, &header, key, file, check, report)?;
        } else {
            report.note(
                OTHER_TABLE,
                &format!("{} ({})", check.name, header.join(" | ")),
            );
            notes.push(block.clone());
        }
    }
    check.parameters.sort_by_key(|p| p.index);
    check.parameter_notes = blocks_text(&notes, |q| q.contains("This article is for programmers"));
    Ok(())
}

/// The parameter of `index`, added when absent.
fn entry(parameters: &mut Vec<Parameter>, index: u8) -> Option<&mut Parameter> {
    if !parameters.iter().any(|p| p.index == index) {
        parameters.push(Parameter {
            index,
            description: None,
            values: Vec::new(),
        });
    }
    parameters.iter_mut().find(|p| p.index == index)
}

/// `parameter 3` → 3.
fn parameter_column(header: &str) -> Option<u8> {
    let n: u8 = header.strip_prefix("parameter ")?.trim().parse().ok()?;
    (1..=4).contains(&n).then_some(n)
}

/// The rows of a `Parameter | Description` table.
fn parameter_rows(
    table: &Table,
    file: &str,
    name: &str,
    report: &mut Report,
) -> Result<Vec<Parameter>, String> {
    table
        .rows
        .iter()
        .map(|(line, cells)| {
            let [index, description] = cells.as_slice() else {
                return Err(format!(
                    "{file}:{line}: a parameter row of {} cells",
                    cells.len()
                ));
            };
            let index_text = plain(index);
            let index_text = index_text.strip_prefix("Parameter ").unwrap_or(&index_text);
            // `2 - Depends on UniqueValue` (0xC8): the index, then words about the parameter.
            let (number, words) = index_text
                .split_once('-')
                .map_or((index_text, ""), |(n, w)| (n.trim(), w.trim()));
            let index = number
                .parse::<u8>()
                .ok()
                .filter(|i| (1..=4).contains(i))
                .ok_or_else(|| format!("{file}:{line}: `{index_text}` is no parameter index"))?;
            let mut description = plain(description);
            if !words.is_empty() {
                note_once(report, INDEX_WITH_TEXT, name);
                description = format!("{words}\n{description}").trim().to_owned();
            }
            Ok(Parameter {
                index,
                description: (!description.is_empty()).then_some(description),
                values: Vec::new(),
            })
        })
        .collect()
}

/// The rows of a table of values of parameter `key` (its first column).
fn value_rows(
    table: &Table,
    header: &[String],
    key: u8,
    file: &str,
    check: &mut BugCheck,
    report: &mut Report,
) -> Result<(), String> {
    let columns: Vec<Option<u8>> = header.iter().map(|h| parameter_column(h)).collect();
    let meaning_columns: Vec<usize> = (0..columns.len())
        .filter(|&i| columns.get(i) == Some(&None))
        .collect();
    // Each parameter column names a parameter, described per value of the key.
    for index in columns.iter().flatten() {
        entry(&mut check.parameters, *index);
    }
    if meaning_columns.len() > 1 {
        return Err(format!(
            "{file}:{}: a value table of several text columns",
            table.line
        ));
    }
    for (line, cells) in &table.rows {
        let short =
            cells.len() < header.len() && meaning_columns.last() == Some(&(header.len() - 1));
        if cells.len() > header.len() || cells.len() < 2 || (cells.len() < header.len() && !short) {
            return Err(format!(
                "{file}:{line}: a row of {} cells under {} headers",
                cells.len(),
                header.len()
            ));
        }
        let first = cells.first().map(|c| plain(c)).unwrap_or_default();
        if short {
            report.note(SHORT_ROW, &format!("{} {first}", check.name));
        }
        // A short row's meaning is its last cell; its missing cells are parameters.
        let meaning_at = |m: usize| if short { cells.len() - 1 } else { m };
        let (value, meaning) = match meaning_columns.first() {
            Some(&m) => (
                first,
                cells
                    .get(meaning_at(m))
                    .map(|c| plain(c))
                    .unwrap_or_default(),
            ),
            None => {
                note_once(report, VALUE_IN_KEY_CELL, &check.name);
                match first.split_once(':') {
                    Some((v, m)) => (v.trim().to_owned(), m.trim().to_owned()),
                    None => (first, String::new()),
                }
            }
        };
        let parameter_cells = if short { cells.len() - 1 } else { cells.len() };
        let others = columns
            .iter()
            .zip(cells.iter().take(parameter_cells))
            .skip(1)
            .filter_map(|(column, cell)| Some(((*column)?, plain(cell))))
            .collect();
        if let Some(parameter) = entry(&mut check.parameters, key) {
            parameter.values.push(ParameterValue {
                value,
                meaning,
                others,
                name: None,
            });
        }
    }
    Ok(())
}
