//! Reader of the Device Manager problem codes (`driver-docs/device-manager/`): the HTML table
//! of `install/device-manager-error-messages.md` (`Code N`, a link to the `cm-prob-*.md`
//! page named `CM_PROB_…`) and each page: `# Code N - CM_PROB_NAME`, the number under
//! `Error Code`, the quoted message under `Display Message`, then `Recommended Resolution`
//! and, on some pages, sections for driver developers.

use std::collections::BTreeSet;
use std::path::Path;

use super::{Block, blocks_text, parse_page, plain};
use crate::pages::Report;
use crate::products::{expect_counts, read_source};

/// One problem code and what its page says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeviceProblem {
    /// The number Device Manager shows as "(Code N)".
    pub code: u32,
    /// `CM_PROB_…`.
    pub name: String,
    /// What Device Manager shows: the quoted paragraphs, without their quotes, joined by a
    /// blank line (the message, then on some pages advice).
    pub message: Option<String>,
    /// Prose of the display message section that is not the message (code 10: a driver's
    /// `FailReasonString` replaces it).
    pub message_note: Option<String>,
    /// The paragraphs under the title ("This Device Manager error message indicates …").
    pub cause: Option<String>,
    /// The `Recommended Resolution` section.
    pub resolution: Option<String>,
    /// Every section after it (for driver developers, see also), headings kept as text.
    pub remarks: Option<String>,
    /// The page read, relative to the folder.
    pub page: String,
}

/// The table, under the `device-manager` folder.
pub const TABLE: &str = "install/device-manager-error-messages.md";
/// Rows and distinct codes of the table; pages linked.
pub const CODES: usize = 41;
/// Pages whose message is one quoted paragraph ending in `(Code N)`.
pub const ONE_PARAGRAPH: usize = 30;
/// Pages with two quoted paragraphs (message and advice), both closed: 1, 9, 16, 21, 45, 47,
/// 50.
pub const TWO_PARAGRAPHS: usize = 7;

/// Codes whose error-number heading is `## Error`, or `### Error Code` (34).
const OTHER_NUMBER_HEADINGS: [u32; 4] = [52, 53, 54, 34];
/// Codes whose first quoted paragraph lacks its closing quote.
const UNCLOSED: [u32; 3] = [12, 14, 46];
/// Codes whose message ends `(Code N).` (51).
const PERIOD_AFTER_CODE: [u32; 1] = [51];
/// Codes whose display message starts with prose (10).
const PROSE_FIRST: [u32; 1] = [10];

pub const NUMBER_HEADING: &str =
    "pages heading the number `## Error` or `### Error Code` (read alike)";
pub const HEADING_SUFFIX: &str =
    "display message and resolution headings with a Windows version suffix (read alike)";
pub const UNCLOSED_QUOTE: &str =
    "messages whose first quote is not closed (read to the paragraph end)";
pub const PROSE_BEFORE_MESSAGE: &str =
    "display messages starting with prose (kept as the message note)";
pub const PERIOD_AFTER: &str =
    "messages ending `(Code N).` with a period (kept; not in the README)";
pub const NO_RESOLUTION: &str = "pages without a Recommended Resolution heading (no resolution; later sections are remarks; not in the README)";
pub const ADVICE_PARAGRAPH: &str = "messages of two quoted paragraphs (both kept, in order)";

/// Reads the folder `…/driver-docs/device-manager`, in the table's order.
pub fn read(dir: &Path, report: &mut Report) -> Result<Vec<DeviceProblem>, String> {
    let (shown, text) = read_source(dir, TABLE)?;
    let page = parse_page(&text, &shown)?;
    let mut rows = Vec::new();
    for block in &page.blocks {
        let Block::Table(table) = block else { continue };
        let header: Vec<String> = table.header.iter().map(|c| plain(c)).collect();
        if header != ["Error code", "Problem name"] {
            return Err(format!("{shown}:{}: a table headed {header:?}", table.line));
        }
        for (line, cells) in &table.rows {
            let [code, name] = cells.as_slice() else {
                return Err(format!("{shown}:{line}: a row of {} cells", cells.len()));
            };
            let code = plain(code)
                .strip_prefix("Code ")
                .and_then(|n| n.parse::<u32>().ok())
                .ok_or_else(|| format!("{shown}:{line}: `{code}` is not `Code N`"))?;
            let target = name
                .split_once("href=\"")
                .and_then(|(_, after)| after.split_once('"'))
                .map(|(target, _)| target.to_owned())
                .ok_or_else(|| format!("{shown}:{line}: no link in `{name}`"))?;
            rows.push((code, plain(name), target));
        }
    }
    let codes: BTreeSet<u32> = rows.iter().map(|r| r.0).collect();
    let pages: BTreeSet<&str> = rows.iter().map(|r| r.2.as_str()).collect();
    expect_counts(
        &shown,
        &[
            ("rows", rows.len(), CODES),
            ("distinct codes", codes.len(), CODES),
            ("pages", pages.len(), CODES),
        ],
    )?;
    let mut problems = Vec::new();
    let (mut one, mut two) = (0, 0);
    for (code, name, target) in rows {
        let (page_shown, page_text) = read_source(&dir.join("install"), &target)?;
        let mut problem = read_page(&page_text, &page_shown, report)?;
        if (problem.code, problem.name.as_str()) != (code, name.as_str()) {
            return Err(format!(
                "{page_shown}: {} {}, the table says {code} {name}",
                problem.code, problem.name
            ));
        }
        match problem.message.as_deref().map(|m| m.contains("\n\n")) {
            Some(false) => one += 1,
            Some(true) if !UNCLOSED.contains(&code) && !PROSE_FIRST.contains(&code) => two += 1,
            _ => {}
        }
        problem.page = format!("install/{target}");
        problems.push(problem);
    }
    expect_counts(
        &shown,
        &[
            ("one-paragraph messages", one, ONE_PARAGRAPH),
            ("two-paragraph messages", two, TWO_PARAGRAPHS),
        ],
    )?;
    Ok(problems)
}

/// One `cm-prob-*.md` page (`page` is left to the caller).
pub fn read_page(text: &str, file: &str, report: &mut Report) -> Result<DeviceProblem, String> {
    let page = parse_page(text, file)?;
    let blocks = &page.blocks;
    let heading_at = |pred: &dyn Fn(&str) -> bool| {
        blocks.iter().position(|b| match b {
            Block::Heading {
                level: 2.., text, ..
            } => pred(&plain(text)),
            _ => false,
        })
    };
    let next_heading = |from: usize| {
        blocks
            .iter()
            .enumerate()
            .skip(from + 1)
            .find(|(_, b)| matches!(b, Block::Heading { .. }))
            .map_or(blocks.len(), |(i, _)| i)
    };
    let (title, title_line) = blocks
        .iter()
        .find_map(|b| match b {
            Block::Heading {
                level: 1,
                text,
                line,
            } => Some((plain(text), *line)),
            _ => None,
        })
        .ok_or_else(|| format!("{file}: no title"))?;
    let (code, name) = title
        .strip_prefix("Code ")
        .and_then(|t| t.split_once(" - "))
        .and_then(|(n, name)| Some((n.parse::<u32>().ok()?, name.trim().to_owned())))
        .filter(|(_, name)| name.starts_with("CM_PROB_"))
        .ok_or_else(|| format!("{file}:{title_line}: a title not `Code N - CM_PROB_NAME`"))?;
    let number_at = heading_at(&|h| h == "Error Code" || h == "Error")
        .ok_or_else(|| format!("{file}: no Error Code heading"))?;
    if let Some(Block::Heading { level, text, .. }) = blocks.get(number_at)
        && (*level != 2 || text != "Error Code")
    {
        if !OTHER_NUMBER_HEADINGS.contains(&code) {
            return Err(format!("{file}: `{text}` heads the number"));
        }
        report.note(NUMBER_HEADING, &name);
    }
    match blocks.get(number_at + 1) {
        Some(Block::Paragraph { text, .. }) if text.trim().parse::<u32>() == Ok(code) => {}
        _ => {
            return Err(format!(
                "{file}: the Error Code section does not give {code}"
            ));
        }
    }
    let cause = blocks_text(blocks.get(1..number_at).unwrap_or_default(), |_| false);
    let display_at = heading_at(&|h| h.starts_with("Display Message"))
        .ok_or_else(|| format!("{file}: no Display Message heading"))?;
    let resolution_at = heading_at(&|h| h.starts_with("Recommended Resolution"));
    if resolution_at.is_none() {
        report.note(NO_RESOLUTION, &name);
    }
    for at in std::iter::once(display_at).chain(resolution_at) {
        if let Some(Block::Heading { text, .. }) = blocks.get(at)
            && text.ends_with(')')
        {
            crate::products::note_once(report, HEADING_SUFFIX, &name);
        }
    }
    let mut quoted = Vec::new();
    let mut prose = Vec::new();
    let display = blocks
        .get(display_at + 1..next_heading(display_at))
        .unwrap_or_default();
    for block in display {
        let Block::Paragraph { text, line } = block else {
            return Err(format!("{file}: a display message that is not paragraphs"));
        };
        let text = text.trim();
        match (text.strip_prefix('"'), text.ends_with('"')) {
            (Some(inner), true) => quoted.push(inner.strip_suffix('"').unwrap_or(inner)),
            (Some(inner), false) if UNCLOSED.contains(&code) => {
                report.note(UNCLOSED_QUOTE, &name);
                quoted.push(inner);
            }
            (None, _) if PROSE_FIRST.contains(&code) && quoted.is_empty() => {
                report.note(PROSE_BEFORE_MESSAGE, &name);
                prose.push(block.clone());
            }
            _ => {
                return Err(format!(
                    "{file}:{line}: a display message paragraph `{text}`"
                ));
            }
        }
    }
    let first = quoted.first().map_or("", |m| m.trim_end());
    if first.ends_with(&format!("(Code {code}).")) && PERIOD_AFTER_CODE.contains(&code) {
        report.note(PERIOD_AFTER, &name);
    } else if !first.ends_with(&format!("(Code {code})")) {
        return Err(format!("{file}: the message does not end in (Code {code})"));
    }
    if quoted.len() == 2 {
        report.note(ADVICE_PARAGRAPH, &name);
    } else if quoted.len() > 2 {
        return Err(format!("{file}: {} quoted paragraphs", quoted.len()));
    }
    let message = quoted
        .iter()
        .map(|q| plain(q))
        .collect::<Vec<_>>()
        .join("\n\n");
    let after_display = next_heading(display_at);
    let resolution_end = resolution_at.map_or(after_display, next_heading);
    let resolution_blocks = resolution_at.and_then(|at| blocks.get(at + 1..resolution_end));
    Ok(DeviceProblem {
        code,
        name,
        message: Some(message),
        message_note: blocks_text(&prose, |_| false),
        cause,
        resolution: blocks_text(resolution_blocks.unwrap_or_default(), |_| false),
        remarks: blocks_text(blocks.get(resolution_end..).unwrap_or_default(), |_| false),
        page: String::new(),
    })
}
