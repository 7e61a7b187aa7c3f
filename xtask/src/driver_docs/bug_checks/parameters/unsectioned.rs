//! Parameters a page gives outside a parameters section, and the check that a page left
//! without parameters has none.
//!
//! Of the pages without a `## … Parameters` table, three give their parameters under the
//! title instead: a `Parameter | Description` table (0x1E1, 0x1E4), or a `### Parameter N`
//! heading whose first paragraph describes the parameter, followed by a table of its values
//! and a `- 0x…: meaning` list of more (0x7F). The `_M` variants say they have "the same
//! meaning and parameters as bug check 0x…". Every other page without parameters must say
//! so plainly (a section reading `None`, prose naming no parameter, or nothing at all): one
//! that names a parameter by number in a shape read nowhere is an error, so that a new
//! listing shape is not lost in the notes.

use super::{ParameterValue, entry, read as read_section};
use crate::driver_docs::bug_checks::BugCheck;
use crate::driver_docs::{Block, Section, Table, blocks_text, hex_any, plain};
use crate::pages::Report;
use crate::products::note_once;

pub const PARAMETERS_UNDER_TITLE: &str = "pages whose Parameter/Description table sits under the title, with no parameters heading (read as the parameters; not in the README)";
pub const PARAMETER_HEADING: &str = "pages describing a parameter under a `### Parameter N` heading below the title (its first paragraph the description, its tables and lists its values; not in the README)";
pub const VALUE_LIST: &str = "lists of a parameter's values written `- 0x…: meaning` (read as its values; not in the README)";
pub const VALUE_NAME_COLUMN: &str = "value tables with a name column between the value and its description (kept as the value's name; not in the README)";
pub const SAME_PARAMETERS: &str = "pages saying they have the same parameters as another bug check (its code kept as parameters_of, their own parameters left empty)";
pub const PARAMETERS_NONE: &str = "parameters sections saying `None` (no parameters)";
pub const PARAMETERS_PROSE: &str = "parameters sections of prose naming no parameter (no parameters; the prose kept as notes; not in the README)";
pub const PARAMETERS_IN_OTHER_PROSE: &str = "pages naming a parameter only in the prose of another section (not read: no parameter listing; not in the README)";

/// Pages that name a parameter only inside the prose of another section, left unread:
/// 0x11D's Resolution says "Parameter 1 will list the subtype of the bugcheck." and gives
/// the subtypes as paragraphs; reading them would mean cutting sentences out of a paragraph.
const PROSE_ONLY: [u32; 1] = [0x11D];

/// What follows the page's own code in an `_M` page's "Bug check 0x1000007E has the same
/// meaning and parameters as bug check 0x7E (NAME)."
const SAME_AS: &str = "has the same meaning and parameters as bug check ";

/// Where the blocks under the title start giving parameters: the first `### Parameter N`
/// heading or `Parameter | Description` table; `None` when they give none.
pub fn intro_start(intro: &[Block]) -> Option<usize> {
    intro.iter().position(|block| match block {
        Block::Heading { level, text, .. } => *level >= 3 && heading_index(text).is_some(),
        Block::Table(table) => is_parameter_table(table),
        _ => false,
    })
}

/// Reads the blocks from [`intro_start`] on into `check`: its parameters and, from what is
/// not a parameter, its notes.
pub fn read_intro(
    blocks: &[Block],
    file: &str,
    check: &mut BugCheck,
    report: &mut Report,
) -> Result<(), String> {
    let Some(Block::Heading { .. }) = blocks.first() else {
        // A table first: read as a parameters section is.
        note_once(report, PARAMETERS_UNDER_TITLE, &check.name);
        return read_section(blocks, file, check, report);
    };
    note_once(report, PARAMETER_HEADING, &check.name);
    let mut notes: Vec<Block> = Vec::new();
    let starts: Vec<usize> = (0..blocks.len())
        .filter(|&i| matches!(blocks.get(i), Some(Block::Heading { .. })))
        .collect();
    for (n, &start) in starts.iter().enumerate() {
        let end = starts.get(n + 1).copied().unwrap_or(blocks.len());
        let Some(Block::Heading { text, line, .. }) = blocks.get(start) else {
            continue;
        };
        let index = heading_index(text).ok_or_else(|| {
            format!("{file}:{line}: a heading `{text}` among the parameters under the title")
        })?;
        let body = blocks.get(start + 1..end).unwrap_or_default();
        subsection(index, body, *line, file, check, &mut notes, report)?;
    }
    check.parameters.sort_by_key(|p| p.index);
    check.parameter_notes = blocks_text(&notes, |q| q.contains("This article is for programmers"));
    Ok(())
}

/// One `### Parameter N` subsection: its first paragraph describes the parameter; its
/// tables and `- 0x…: meaning` lists give values; other prose goes to `notes`.
fn subsection(
    index: u8,
    blocks: &[Block],
    line: usize,
    file: &str,
    check: &mut BugCheck,
    notes: &mut Vec<Block>,
    report: &mut Report,
) -> Result<(), String> {
    let Some(Block::Paragraph { text, .. }) = blocks.first() else {
        return Err(format!(
            "{file}:{line}: `Parameter {index}` not followed by a paragraph describing it"
        ));
    };
    let mut values = Vec::new();
    for block in blocks.iter().skip(1) {
        match block {
            Block::Table(table) => {
                values.extend(value_table(table, file, &check.name, report)?);
            }
            Block::Paragraph { text, line } => match value_list(text, *line, file)? {
                Some(list) => {
                    note_once(report, VALUE_LIST, &check.name);
                    values.extend(list);
                }
                None => notes.push(block.clone()),
            },
            Block::Quote { .. } => notes.push(block.clone()),
            Block::Heading { line, .. } | Block::NestedTables { line } => {
                return Err(format!("{file}:{line}: a block a parameter does not have"));
            }
        }
    }
    if let Some(parameter) = entry(&mut check.parameters, index) {
        parameter.description = Some(plain(text)).filter(|d| !d.is_empty());
        parameter.values.extend(values);
    }
    Ok(())
}

/// The rows of a table of values under `### Parameter N`: `Parameter | Description`, or
/// `Parameter | <name> | Description` (0x7F: `Parameter | Trap code | Description`).
fn value_table(
    table: &Table,
    file: &str,
    name: &str,
    report: &mut Report,
) -> Result<Vec<ParameterValue>, String> {
    let header: Vec<String> = table
        .header
        .iter()
        .map(|c| plain(c).to_ascii_lowercase())
        .collect();
    let named = match header.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        ["parameter", "description"] => false,
        ["parameter", _, "description"] => true,
        _ => {
            return Err(format!(
                "{file}:{}: a table headed {header:?} under a parameter heading",
                table.line
            ));
        }
    };
    if named {
        note_once(report, VALUE_NAME_COLUMN, name);
    }
    table
        .rows
        .iter()
        .map(|(line, cells)| {
            let (value, value_name, meaning) = match (cells.as_slice(), named) {
                ([value, meaning], false) => (value, None, meaning),
                ([value, value_name, meaning], true) => (value, Some(plain(value_name)), meaning),
                _ => {
                    return Err(format!(
                        "{file}:{line}: a row of {} cells under {} headers",
                        cells.len(),
                        header.len()
                    ));
                }
            };
            Ok(ParameterValue {
                value: plain(value),
                meaning: plain(meaning),
                others: Vec::new(),
                name: value_name.filter(|n| !n.is_empty()),
            })
        })
        .collect()
}

/// A paragraph that is a list of values, each line `- 0x…: meaning`; `None` when no line
/// is, an error when only some are (a list this reader would read in part).
fn value_list(text: &str, line: usize, file: &str) -> Result<Option<Vec<ParameterValue>>, String> {
    let items: Vec<Option<ParameterValue>> = text.lines().map(value_item).collect();
    if items.iter().all(Option::is_none) {
        return Ok(None);
    }
    items
        .into_iter()
        .collect::<Option<Vec<_>>>()
        .map(Some)
        .ok_or_else(|| {
            format!("{file}:{line}: a list whose items are only partly `- 0x…: meaning`")
        })
}

/// `- 0x00000001: A system-debugger call (DEBUG)` → the value and its meaning.
fn value_item(line: &str) -> Option<ParameterValue> {
    let item = line
        .strip_prefix("- ")
        .or_else(|| line.strip_prefix("* "))?;
    let (value, meaning) = item.split_once(':')?;
    let value = value.trim();
    hex_any(value).filter(|_| value.starts_with("0x"))?;
    let meaning = plain(meaning);
    (!meaning.is_empty()).then(|| ParameterValue {
        value: value.to_owned(),
        meaning,
        others: Vec::new(),
        name: None,
    })
}

/// `Parameter 3` (a heading's text) → 3.
fn heading_index(text: &str) -> Option<u8> {
    let number: u8 = plain(text)
        .strip_prefix("Parameter ")?
        .trim()
        .parse()
        .ok()?;
    (1..=4).contains(&number).then_some(number)
}

fn is_parameter_table(table: &Table) -> bool {
    let header: Vec<String> = table
        .header
        .iter()
        .map(|c| plain(c).to_ascii_lowercase())
        .collect();
    header == ["parameter", "description"]
}

/// The code an `_M` page says it shares its parameters with (its description's "has the
/// same meaning and parameters as bug check 0x7E").
pub fn same_parameters_as(description: &str) -> Option<u32> {
    let (_, after) = description.split_once(SAME_AS)?;
    let token: String = after
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect();
    hex_any(&token).filter(|_| token.starts_with("0x"))
}

/// For a page left without parameters (and not sharing another's): its parameters section
/// must say `None` or be prose naming no parameter, and, without such a section, no block
/// of the page may name a parameter by number (unless listed in [`PROSE_ONLY`]).
pub fn check_none(
    check: &BugCheck,
    blocks: &[Block],
    section: Option<&Section<'_>>,
    file: &str,
    report: &mut Report,
) -> Result<(), String> {
    if !check.parameters.is_empty() || check.parameters_of.is_some() {
        return Ok(());
    }
    if let Some(section) = section {
        let text = blocks_text(section.blocks, |_| true).unwrap_or_default();
        let kind = if matches!(text.as_str(), "None" | "None.") {
            PARAMETERS_NONE
        } else if !names_a_parameter(&text) && !has_table(section.blocks) {
            PARAMETERS_PROSE
        } else {
            return Err(format!(
                "{file}:{}: a parameters section that names parameters in a shape this \
                 reader does not know",
                section.line
            ));
        };
        report.note(kind, &check.name);
        return Ok(());
    }
    let unread = blocks.iter().find(|block| match block {
        Block::Heading { text, .. } => plain(text).to_ascii_lowercase().starts_with("parameter"),
        Block::Table(table) => table
            .header
            .first()
            .is_some_and(|h| plain(h).to_ascii_lowercase().starts_with("parameter")),
        Block::Paragraph { text, .. } | Block::Quote { text, .. } => {
            names_a_parameter(&plain(text))
        }
        Block::NestedTables { .. } => false,
    });
    match unread {
        None => Ok(()),
        Some(_) if PROSE_ONLY.contains(&check.code) => {
            report.note(PARAMETERS_IN_OTHER_PROSE, &check.name);
            Ok(())
        }
        Some(block) => Err(format!(
            "{file}:{}: names a parameter outside any parameter listing this reader knows",
            block_line(block)
        )),
    }
}

/// Whether `text` names a parameter by number (`Parameter 2`, `parameters 1 and 2`).
fn names_a_parameter(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    ["parameter ", "parameters "].iter().any(|word| {
        lower.match_indices(word).any(|(at, _)| {
            lower
                .get(at + word.len()..)
                .and_then(|rest| rest.chars().next())
                .is_some_and(|c| ('1'..='4').contains(&c))
        })
    })
}

fn has_table(blocks: &[Block]) -> bool {
    blocks.iter().any(|b| matches!(b, Block::Table(_)))
}

fn block_line(block: &Block) -> usize {
    match block {
        Block::Heading { line, .. }
        | Block::Paragraph { line, .. }
        | Block::Quote { line, .. }
        | Block::NestedTables { line } => *line,
        Block::Table(table) => table.line,
    }
}
