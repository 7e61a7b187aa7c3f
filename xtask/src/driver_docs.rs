//! Readers of the code spaces of issue 28 that Microsoft documents page by page, each into
//! plain data (no catalog is written here):
//!
//! * [`bug_checks`]: the Bug Check Code Reference and the Kernel Live Dump Code Reference of
//!   the Windows driver documentation (`../shared/data/driver-docs/{bug-checks,live-dump}`),
//!   one page per code: name, value, description, parameters, cause, resolution, remarks;
//! * [`device_manager`]: the Device Manager problem codes (`CM_PROB_*`,
//!   `../shared/data/driver-docs/device-manager`);
//! * [`setup`]: Windows Setup's result codes (`MOSETUP_E_*`), the phases and operations an
//!   extend code is read by, and the cause and mitigation of result–extend pairs
//!   (`../shared/data/itpro-docs/windows/deployment/upgrade`).
//!
//! Each reader handles by name every irregularity its README lists, records it in the
//! [`Report`](crate::pages::Report) under a `pub const` kind, stops with the file and line
//! on any other shape, and holds what it read to the README's counts.
//!
//! This file holds what the readers share: a Markdown page cut into [`Block`]s (front
//! matter, headings, paragraphs, quotes, Markdown and HTML tables; fenced code blocks are
//! left out: they are debugger sessions and log samples, not text), the level-2 sections
//! of a page, and the plain text of markup ([`plain`], over [`crate::markdown::to_plain_text`]).

pub mod bug_checks;
pub mod device_manager;
pub mod setup;
#[cfg(test)]
mod tests;

use crate::markdown::to_plain_text;

/// One block of a page's body, with its 1-based line in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// `#`…`######` heading: its level and raw text.
    Heading {
        level: u8,
        text: String,
        line: usize,
    },
    /// A paragraph (or list), raw, its lines joined by `\n`.
    Paragraph { text: String, line: usize },
    /// A `>` block quote without its `>` markers and its `[!NOTE]`-style label, raw.
    Quote { text: String, line: usize },
    /// A Markdown or HTML table.
    Table(Table),
    /// An HTML table holding tables (setup pages' layout, read from the text): its line.
    NestedTables { line: usize },
}

/// A table with its cells as written (markup kept; [`plain`] makes them text).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    /// The line of its first row.
    pub line: usize,
    /// Its header cells; empty when the table has none (HTML without `<th>`).
    pub header: Vec<String>,
    /// Its data rows with the line of each.
    pub rows: Vec<(usize, Vec<String>)>,
}

/// A page: its front matter (top-level `key: value` lines) and its body's blocks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    pub front: Vec<(String, String)>,
    pub blocks: Vec<Block>,
}

impl Page {
    /// The value of front-matter key `key`.
    pub fn front(&self, key: &str) -> Option<&str> {
        self.front
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }
}

/// A level-2 section: its heading (plain text) and line, and every block up to the next
/// heading of level 1 or 2 (its `###` subsections included).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section<'a> {
    pub heading: String,
    pub line: usize,
    pub blocks: &'a [Block],
}

/// Cuts a Markdown page into blocks. `file` names errors (an unclosed fence or table).
pub fn parse_page(text: &str, file: &str) -> Result<Page, String> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let lines: Vec<&str> = text.lines().collect();
    let mut front = Vec::new();
    let mut at = 0;
    if lines.first().map(|l| l.trim_end()) == Some("---") {
        let end = lines
            .iter()
            .skip(1)
            .position(|l| l.trim_end() == "---")
            .ok_or_else(|| format!("{file}:1: front matter that never ends"))?
            + 1;
        for line in lines.get(1..end).unwrap_or_default() {
            if line.starts_with([' ', '-', '\t']) {
                continue; // items of a list value
            }
            if let Some((key, value)) = line.split_once(':') {
                front.push((key.trim().to_owned(), value.trim().to_owned()));
            }
        }
        at = end + 1;
    }
    let blocks = parse_blocks(&lines, at, file)?;
    Ok(Page { front, blocks })
}

fn line_of<'a>(lines: &[&'a str], i: usize) -> &'a str {
    lines.get(i).map_or("", |l| l.trim_end_matches('\r'))
}

fn is_separator(line: &str) -> bool {
    let t = line.trim();
    t.contains('-') && t.contains('|') || t.starts_with("|-") || t.starts_with("| -")
}

fn is_separator_row(line: &str) -> bool {
    let t = line.trim();
    t.contains('-') && t.chars().all(|c| matches!(c, '-' | '|' | ':' | ' '))
}

fn parse_blocks(lines: &[&str], mut i: usize, file: &str) -> Result<Vec<Block>, String> {
    let mut blocks = Vec::new();
    while i < lines.len() {
        let line = line_of(lines, i);
        let trimmed = line.trim();
        let number = i + 1;
        if trimmed.is_empty() {
            i += 1;
        } else if trimmed.starts_with("```") {
            let close = (i + 1..lines.len())
                .find(|&j| line_of(lines, j).trim().starts_with("```"))
                .ok_or_else(|| format!("{file}:{number}: a code block that never ends"))?;
            i = close + 1;
        } else if let Some(level) = heading_level(trimmed) {
            let text = trimmed.trim_start_matches('#').trim().to_owned();
            blocks.push(Block::Heading {
                level,
                text,
                line: number,
            });
            i += 1;
        } else if trimmed.starts_with("<table") || trimmed.starts_with("<br><table") {
            match html_table(lines, i, file)? {
                Some((table, next)) => {
                    blocks.push(Block::Table(table));
                    i = next;
                }
                None => {
                    blocks.push(Block::NestedTables { line: number });
                    i = nested_table_end(lines, i, file)?;
                }
            }
        } else if trimmed.contains('|') && is_separator_row(line_of(lines, i + 1)) {
            let header = md_cells(trimmed);
            let mut rows = Vec::new();
            let mut j = i + 2;
            while j < lines.len() && line_of(lines, j).contains('|') {
                rows.push((j + 1, md_cells(line_of(lines, j).trim())));
                j += 1;
            }
            blocks.push(Block::Table(Table {
                line: number,
                header,
                rows,
            }));
            i = j;
        } else if trimmed.starts_with('|') && is_separator(trimmed) {
            return Err(format!(
                "{file}:{number}: a table separator without a header"
            ));
        } else if trimmed.starts_with('>') {
            let mut text = Vec::new();
            while i < lines.len() && line_of(lines, i).trim().starts_with('>') {
                let quoted = line_of(lines, i).trim().trim_start_matches('>').trim();
                if !(quoted.starts_with("[!") && quoted.ends_with(']')) {
                    text.push(quoted.to_owned());
                }
                i += 1;
            }
            blocks.push(Block::Quote {
                text: text.join("\n"),
                line: number,
            });
        } else {
            let mut text = Vec::new();
            while i < lines.len() {
                let l = line_of(lines, i).trim();
                let starts_other = l.is_empty()
                    || l.starts_with("```")
                    || heading_level(l).is_some()
                    || l.starts_with("<table")
                    || l.starts_with("<br><table")
                    || l.starts_with('>')
                    || (l.contains('|') && is_separator_row(line_of(lines, i + 1)));
                if starts_other && !text.is_empty() {
                    break;
                }
                text.push(l.to_owned());
                i += 1;
            }
            blocks.push(Block::Paragraph {
                text: text.join("\n"),
                line: number,
            });
        }
    }
    Ok(blocks)
}

fn heading_level(line: &str) -> Option<u8> {
    let hashes = line.len() - line.trim_start_matches('#').len();
    let level = u8::try_from(hashes).ok().filter(|h| (1..=6).contains(h))?;
    line.get(hashes..)?.starts_with(' ').then_some(level)
}

/// The cells of a Markdown table row: split at unescaped `|`, the outer bars dropped.
pub fn md_cells(row: &str) -> Vec<String> {
    let mut cells = Vec::new();
    let mut cell = String::new();
    let mut chars = row.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.peek() == Some(&'|') => {
                cell.push('|');
                chars.next();
            }
            '|' => cells.push(std::mem::take(&mut cell)),
            _ => cell.push(c),
        }
    }
    cells.push(cell);
    if row.starts_with('|') && !cells.is_empty() {
        cells.remove(0);
    }
    if row.ends_with('|') {
        cells.pop();
    }
    cells.iter().map(|c| c.trim().to_owned()).collect()
}

/// The line after the `</table>` that closes the table opened at line `start`.
fn nested_table_end(lines: &[&str], start: usize, file: &str) -> Result<usize, String> {
    let mut depth = 0usize;
    for j in start..lines.len() {
        let line = line_of(lines, j);
        depth += line.matches("<table").count();
        depth = depth.saturating_sub(line.matches("</table>").count());
        if depth == 0 {
            return Ok(j + 1);
        }
    }
    Err(format!("{file}:{}: a <table> that never ends", start + 1))
}

/// An HTML `<table>` starting at line `start`: its header (`<th>` cells) and rows, and the
/// line after it; `None` when it holds another table.
fn html_table(lines: &[&str], start: usize, file: &str) -> Result<Option<(Table, usize)>, String> {
    let end = (start..lines.len())
        .find(|&j| line_of(lines, j).contains("</table>"))
        .ok_or_else(|| format!("{file}:{}: a <table> that never ends", start + 1))?;
    let mut header = Vec::new();
    let mut rows: Vec<(usize, Vec<String>)> = Vec::new();
    let mut row: Option<(usize, Vec<String>)> = None;
    let mut cell: Option<String> = None;
    for j in start..=end {
        let line = line_of(lines, j);
        if j > start && line.contains("<table") {
            return Ok(None);
        }
        let mut rest = line;
        loop {
            let next = ["<tr", "</tr>", "<td", "</td>", "<th", "</th>", "</table>"]
                .iter()
                .filter_map(|tag| rest.find(tag).map(|at| (at, *tag)))
                .min();
            let Some((at, tag)) = next else {
                if let Some(cell) = &mut cell {
                    cell.push_str(rest);
                    cell.push('\n');
                }
                break;
            };
            if let (Some(cell), Some(before)) = (&mut cell, rest.get(..at)) {
                cell.push_str(before);
            }
            let after_tag = rest.get(at..).unwrap_or_default();
            let close = after_tag.find('>').map_or(after_tag.len(), |gt| gt + 1);
            if let (Some(text), Some((_, cells))) = (cell.take(), &mut row) {
                cells.push(text.trim().to_owned());
            }
            if tag.starts_with("<td") || tag.starts_with("<th") {
                cell = Some(String::new());
            }
            if tag == "<tr" || tag == "</tr>" || tag == "</table>" {
                if let Some((line, cells)) = row.take()
                    && !cells.is_empty()
                {
                    rows.push((line, cells));
                }
                if tag == "<tr" {
                    row = Some((j + 1, Vec::new()));
                }
            }
            rest = after_tag.get(close..).unwrap_or_default();
        }
    }
    // The first row is the header when it was written with <th>.
    let uses_th = (start..=end).any(|j| line_of(lines, j).contains("<th"));
    if uses_th && !rows.is_empty() {
        let (_, first) = rows.remove(0);
        header = first;
    }
    Ok(Some((
        Table {
            line: start + 1,
            header,
            rows,
        },
        end + 1,
    )))
}

/// HTML tags the pages wrap text in; each is removed (leaving a space).
const WRAPPER_TAGS: &str = "p ul ol li span div b i B u colgroup col thead tbody sup dl dt dd \
                            h2 h3 blockquote pre a";

/// `text` without the wrapper tags (`<p>`, `</p>`, `<span ...>`, ...); `<a>` only when
/// bare (`<a href=...>` is left to [`to_plain_text`], which keeps its text).
fn without_wrapper_tags(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('<') {
        let (before, from) = rest.split_at(at);
        out.push_str(before);
        let inner = from.get(1..).unwrap_or_default();
        let name_start = inner.strip_prefix('/').unwrap_or(inner);
        let name_len = name_start
            .find(|c: char| !c.is_ascii_alphanumeric())
            .unwrap_or(name_start.len());
        let name = name_start.get(..name_len).unwrap_or_default();
        let after_name = name_start.get(name_len..).unwrap_or_default();
        let is_wrapper = WRAPPER_TAGS.split_whitespace().any(|t| t == name)
            && !(name == "a" && after_name.starts_with(" href"))
            && after_name.starts_with([' ', '>', '/']);
        match (is_wrapper, from.find('>')) {
            (true, Some(gt)) => {
                out.push(' ');
                rest = from.get(gt + 1..).unwrap_or_default();
            }
            _ => {
                out.push('<');
                rest = inner;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The HTML entities the pages use, decoded (an unknown one is kept as written).
fn decode_entities(text: &str) -> String {
    [
        ("&nbsp;", " "),
        ("&quot;", "\""),
        ("&#39;", "'"),
        ("&apos;", "'"),
        ("&lt;", "<"),
        ("&gt;", ">"),
        ("&amp;", "&"),
    ]
    .iter()
    .fold(text.to_owned(), |t, (entity, by)| t.replace(entity, by))
}

/// `*emphasis*` delimiters (single asterisks around words) removed; `**` and `\*` are
/// left to [`to_plain_text`].
fn without_emphasis(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        let prev = i.checked_sub(1).and_then(|p| chars.get(p)).copied();
        let next = chars.get(i + 1).copied();
        let single = c == '*' && prev != Some('*') && next != Some('*') && prev != Some('\\');
        let opens = single
            && prev.is_none_or(|p| p.is_whitespace() || "([\"'".contains(p))
            && next.is_some_and(|n| !n.is_whitespace());
        let closes = single
            && prev.is_some_and(|p| !p.is_whitespace())
            && next.is_none_or(|n| n.is_whitespace() || n.is_ascii_punctuation());
        if !(opens || closes) {
            out.push(c);
        }
    }
    out
}

/// The plain text of a fragment of page markup: HTML wrappers and entities, code-span
/// backticks, emphasis, bold, links (their text kept), escapes removed; whitespace runs
/// become one space.
pub fn plain(markup: &str) -> String {
    let text = decode_entities(&without_wrapper_tags(markup)).replace('`', "");
    to_plain_text(&without_emphasis(&text))
}

/// The targets of the Markdown links `[text](target)` in `markup`, in order.
pub fn link_targets(markup: &str) -> Vec<&str> {
    let mut targets = Vec::new();
    let mut rest = markup;
    while let Some(at) = rest.find("](") {
        let after = rest.get(at + 2..).unwrap_or_default();
        let end = after.find(')').unwrap_or(after.len());
        if let Some(target) = after.get(..end) {
            targets.push(target.trim());
        }
        rest = after.get(end..).unwrap_or_default();
    }
    targets
}

/// The level-2 sections of `blocks`, in order (blocks before the first one are not in any).
pub fn sections(blocks: &[Block]) -> Vec<Section<'_>> {
    let starts: Vec<usize> = blocks
        .iter()
        .enumerate()
        .filter(|(_, b)| matches!(b, Block::Heading { level: 1 | 2, .. }))
        .map(|(i, _)| i)
        .collect();
    starts
        .iter()
        .enumerate()
        .filter_map(|(n, &start)| {
            let Some(Block::Heading {
                level: 2,
                text,
                line,
            }) = blocks.get(start)
            else {
                return None;
            };
            let end = starts.get(n + 1).copied().unwrap_or(blocks.len());
            Some(Section {
                heading: plain(text),
                line: *line,
                blocks: blocks.get(start + 1..end).unwrap_or_default(),
            })
        })
        .collect()
}

/// The plain text of `blocks`, one paragraph per block joined by a blank line: headings and
/// quotes as their text, tables a line per row with the cells joined by ` | `; `None` when
/// empty. Quotes for which `skip_quote` is true are left out.
pub fn blocks_text(blocks: &[Block], skip_quote: impl Fn(&str) -> bool) -> Option<String> {
    let paragraphs: Vec<String> = blocks
        .iter()
        .filter_map(|block| match block {
            Block::Heading { text, .. } | Block::Paragraph { text, .. } => Some(plain(text)),
            Block::Quote { text, .. } => (!skip_quote(text)).then(|| plain(text)),
            Block::Table(table) => Some(table_text(table)),
            Block::NestedTables { .. } => None,
        })
        .filter(|p| !p.is_empty())
        .collect();
    (!paragraphs.is_empty()).then(|| paragraphs.join("\n\n"))
}

/// A table as text: a line per row (header first), its plain cells joined by ` | `.
pub fn table_text(table: &Table) -> String {
    std::iter::once(&table.header)
        .filter(|h| !h.is_empty())
        .chain(table.rows.iter().map(|(_, cells)| cells))
        .map(|cells| {
            cells
                .iter()
                .map(|c| plain(c))
                .collect::<Vec<_>>()
                .join(" | ")
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// A hex number written with or without `0x`/`0X` (at most 8 digits).
pub fn hex_any(text: &str) -> Option<u32> {
    let digits = text
        .strip_prefix("0x")
        .or_else(|| text.strip_prefix("0X"))
        .unwrap_or(text);
    let valid = !digits.is_empty() && digits.len() <= 8;
    valid
        .then(|| u32::from_str_radix(digits, 16).ok())
        .flatten()
}
