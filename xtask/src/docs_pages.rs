//! Importer of Microsoft's "System Error Codes (lo-hi)" pages.
//!
//! Each page lists entries as: a line of `<span id>` anchors ending in the bold, escaped
//! symbolic name; a line `1312 (0x520)`; then the message paragraph, sometimes followed by
//! more paragraphs. Every shape the pages use is handled by name below, and counted in the
//! [`Report`]; anything else stops the import with the file and line.

use std::path::Path;

use win_errors_catalog::write::draft::EntryDraft;

use crate::markdown::{normalize_whitespace, to_plain_text};
use crate::pages::Report;
use crate::pages::read_pages;

pub const RANGE_ROW: &str = "range rows pointing to another page (skipped)";
pub const LOWERCASE_NAME: &str = "names with a lowercase letter (kept as documented)";
pub const MESSAGE_IS_NAME: &str = "messages that are only the symbolic name (kept)";
pub const ALSO_NAMED: &str = "trailing notes 'This value was also named X' (X became an alias)";
pub const EXTRA_PARAGRAPH: &str =
    "entries with paragraphs after the message (kept as the description)";
pub const INSERTS: &str = "messages with %-inserts such as %1 (kept verbatim)";
pub const MARKUP: &str = "messages with links, bold or autolinks (markup removed)";
pub const ESCAPES: &str = "messages with backslash escapes (unescaped)";
pub const EXTRA_ANCHOR: &str = "names with an additional anchor spelling";

/// Imports every `system-error-codes--*.md` page of `dir`, in file-name order.
pub fn import_dir(dir: &Path) -> Result<(Vec<EntryDraft>, Report), String> {
    let mut pages: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| {
            path.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("system-error-codes--") && n.ends_with(".md"))
        })
        .collect();
    pages.sort();
    if pages.is_empty() {
        return Err(format!(
            "{}: no system-error-codes--*.md pages here",
            dir.display()
        ));
    }
    let mut entries = Vec::new();
    let mut report = Report::default();
    for (file, text) in read_pages(&pages)? {
        entries.extend(import_page(&text, &file, &mut report)?);
    }
    Ok((entries, report))
}

/// Imports one page. `file` names it in errors.
pub fn import_page(text: &str, file: &str, report: &mut Report) -> Result<Vec<EntryDraft>, String> {
    let lines: Vec<&str> = text.lines().collect();
    let mut entries = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if !is_entry_start(lines[i]) {
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        while i < lines.len() && !is_entry_start(lines[i]) && !lines[i].starts_with("## ") {
            i += 1;
        }
        let block = &lines[start..i];
        let location = format!("{file}:{}", start + 1);
        if let Some(entry) = import_entry(block, &location, report)? {
            entries.push(entry);
        }
    }
    if entries.is_empty() {
        return Err(format!(
            "{file}: no entries found: is this a System Error Codes page?"
        ));
    }
    Ok(entries)
}

fn is_entry_start(line: &str) -> bool {
    line.starts_with("<span id=")
}

/// Paragraphs of a block: runs of non-blank lines (a line of only spaces or no-break
/// spaces is blank), each joined into one line.
fn paragraphs(lines: &[&str]) -> Vec<String> {
    let mut out = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in lines {
        if line.trim().is_empty() {
            if !current.is_empty() {
                out.push(current.join(" "));
                current.clear();
            }
        } else {
            current.push(line.trim());
        }
    }
    if !current.is_empty() {
        out.push(current.join(" "));
    }
    out
}

fn import_entry(
    block: &[&str],
    location: &str,
    report: &mut Report,
) -> Result<Option<EntryDraft>, String> {
    let (header, rest) = block
        .split_first()
        .ok_or_else(|| format!("{location}: empty entry"))?;
    let (anchors, name) = parse_header(header)
        .ok_or_else(|| format!("{location}: unknown entry header shape: {header}"))?;
    let mut paragraphs = paragraphs(rest).into_iter();
    let code_line = paragraphs
        .next()
        .ok_or_else(|| format!("{location}: {name} has no code line"))?;
    let message_markdown = paragraphs
        .next()
        .ok_or_else(|| format!("{location}: {name} has no message"))?;

    if parse_range(&code_line).is_some() {
        report.note(RANGE_ROW, &format!("{name} ({code_line})"));
        return Ok(None);
    }
    let code = parse_code_line(&code_line)
        .ok_or_else(|| format!("{location}: {name}: unknown code line shape: {code_line}"))?;
    if !win_errors_catalog::names::is_symbolic_name(&name) {
        return Err(format!("{location}: {name} is not a symbolic name"));
    }
    if !anchors.iter().any(|a| a == &name) {
        return Err(format!(
            "{location}: no anchor of the header is the name {name}"
        ));
    }
    if anchors
        .iter()
        .filter(|a| !a.eq_ignore_ascii_case(&name))
        .count()
        > 0
    {
        return Err(format!(
            "{location}: an anchor names something else than {name}"
        ));
    }
    if anchors
        .iter()
        .filter(|a| a.as_str() != name && *a != &name.to_ascii_lowercase())
        .count()
        > 0
    {
        report.note(EXTRA_ANCHOR, &name);
    }
    if name.chars().any(|c| c.is_ascii_lowercase()) {
        report.note(LOWERCASE_NAME, &name);
    }

    let mut aliases = Vec::new();
    let mut description = Vec::new();
    let message = also_named(&message_markdown, &name, &mut aliases, report);
    for paragraph in paragraphs {
        let rest = also_named(&paragraph, &name, &mut aliases, report);
        if !rest.is_empty() {
            description.push(to_plain_text(&rest));
        }
    }
    if !description.is_empty() {
        report.note(EXTRA_PARAGRAPH, &name);
    }
    if message.contains("](") || message.contains("**") || message.contains("<http") {
        report.note(MARKUP, &name);
    }
    let plain = to_plain_text(&message);
    if message.replace("\\_", "_").contains('\\') {
        report.note(ESCAPES, &name);
    }
    if plain.is_empty() {
        return Err(format!("{location}: {name} has an empty message"));
    }
    if plain == name {
        report.note(MESSAGE_IS_NAME, &name);
    }
    if has_insert(&plain) {
        report.note(INSERTS, &name);
    }
    Ok(Some(EntryDraft {
        name,
        code,
        message: Some(plain),
        aliases,
        description: (!description.is_empty()).then(|| description.join("\n\n")),
        ..Default::default()
    }))
}

/// `<span id="A"></span><span id="a"></span>**A\_B**`: the anchors and the unescaped name.
fn parse_header(line: &str) -> Option<(Vec<String>, String)> {
    let mut rest = line.trim();
    let mut anchors = Vec::new();
    while let Some(after) = rest.strip_prefix("<span id=\"") {
        let end = after.find("\"></span>")?;
        anchors.push(after.get(..end)?.to_owned());
        rest = after.get(end + "\"></span>".len()..)?;
    }
    let bold = rest.strip_prefix("**")?.strip_suffix("**")?;
    (!anchors.is_empty()).then(|| (anchors, to_plain_text(bold)))
}

/// `1312 (0x520)`, with the decimal and hexadecimal values agreeing.
fn parse_code_line(line: &str) -> Option<u32> {
    let (decimal, hex) = line.trim().split_once(" (0x")?;
    let hex = hex.strip_suffix(')')?;
    let code: u32 = decimal.trim().parse().ok()?;
    (u32::from_str_radix(hex, 16).ok()? == code).then_some(code)
}

/// `12000 - 12175 (0x2EE0)`: a row that stands for a range documented elsewhere.
fn parse_range(line: &str) -> Option<(u32, u32)> {
    let (range, _) = line.split_once(" (0x")?;
    let (low, high) = range.split_once(" - ")?;
    Some((low.trim().parse().ok()?, high.trim().parse().ok()?))
}

/// Strips a trailing `This value was also named **X**` from a paragraph, recording X as an
/// alias; returns the rest.
fn also_named(
    paragraph: &str,
    name: &str,
    aliases: &mut Vec<String>,
    report: &mut Report,
) -> String {
    const NOTE: &str = "This value was also named ";
    match paragraph.find(NOTE) {
        Some(at) => {
            let (before, note) = paragraph.split_at(at);
            let alias = to_plain_text(&note[NOTE.len()..]);
            let alias = alias.trim_end_matches('.').to_owned();
            report.note(ALSO_NAMED, name);
            aliases.push(alias);
            normalize_whitespace(before)
        }
        None => paragraph.to_owned(),
    }
}

/// Whether a message has a FormatMessage insert: `%1`..`%99`, `%s`-style or `%n`-style.
fn has_insert(message: &str) -> bool {
    let bytes = message.as_bytes();
    bytes
        .windows(2)
        .any(|w| w[0] == b'%' && (w[1].is_ascii_digit() || matches!(w[1], b's' | b'd' | b'S')))
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = include_str!("../tests/fixtures/pages/system-error-codes--0-99-.md");

    #[test]
    fn imports_every_shape_of_the_fixture_page() {
        let mut report = Report::default();
        let entries = import_page(PAGE, "fixture.md", &mut report).unwrap();
        let names: Vec<&str> = entries.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "ERROR_SUCCESS",
                "ERROR_INVALID_FUNCTION",
                "ERROR_ITERATED_DATA_EXCEEDS_64k",
                "ERROR_BAD_PATHNAME",
                "ERROR_CLUSTER_NODE_DRAIN_IN_PROGRESS",
                "ERROR_INCOMPATIBLE_SERVICE_SID_TYPE",
                "ERROR_MARKUP",
            ]
        );
        let by_name = |n: &str| entries.iter().find(|e| e.name == n).unwrap();
        assert_eq!(
            by_name("ERROR_SUCCESS").message.as_deref(),
            Some("The operation completed successfully.")
        );
        assert_eq!(by_name("ERROR_INVALID_FUNCTION").code, 1);
        assert_eq!(
            by_name("ERROR_BAD_PATHNAME").message.as_deref(),
            Some("ERROR_BAD_PATHNAME")
        );
        let drain = by_name("ERROR_CLUSTER_NODE_DRAIN_IN_PROGRESS");
        assert_eq!(
            drain.message.as_deref(),
            Some("A node drain is already in progress.")
        );
        assert_eq!(drain.aliases, ["ERROR_CLUSTER_NODE_EVACUATION_IN_PROGRESS"]);
        let sid = by_name("ERROR_INCOMPATIBLE_SERVICE_SID_TYPE");
        assert_eq!(sid.message.as_deref(), Some("The service start failed."));
        assert_eq!(
            sid.description.as_deref(),
            Some("On Windows Server 2003 and Windows XP, it cannot.")
        );
        assert_eq!(
            by_name("ERROR_MARKUP").message.as_deref(),
            Some(
                "The file %1 in (QueryCredentialsAttributes) is a NULL string, * or ?, [%2] see https://example.com/x."
            )
        );
        let kinds = report.counts();
        let mut expected = vec![
            (ALSO_NAMED, 1),
            (ESCAPES, 1),
            (EXTRA_ANCHOR, 1),
            (EXTRA_PARAGRAPH, 1),
            (INSERTS, 1),
            (LOWERCASE_NAME, 1),
            (MARKUP, 1),
            (MESSAGE_IS_NAME, 1),
            (RANGE_ROW, 1),
        ];
        expected.sort_unstable();
        assert_eq!(kinds, expected);
    }

    #[test]
    fn unknown_shapes_fail_loudly_with_the_line() {
        let mut report = Report::default();
        let broken = "intro\n\n<span id=\"ERROR_X\"></span>**ERROR\\_X**\n\n12 (0xC)\n";
        let error = import_page(broken, "p.md", &mut report).unwrap_err();
        assert_eq!(error, "p.md:3: ERROR_X has no message");
        let broken = "<span id=\"ERROR_X\"></span>**ERROR\\_X**\n\n12 (0xD)\n\nMessage.\n";
        let error = import_page(broken, "p.md", &mut report).unwrap_err();
        assert!(
            error.starts_with("p.md:1: ERROR_X: unknown code line shape"),
            "{error}"
        );
        let broken = "<span id=\"ERROR_X\"></span>ERROR_X\n\n12 (0xC)\n\nMessage.\n";
        let error = import_page(broken, "p.md", &mut report).unwrap_err();
        assert!(
            error.starts_with("p.md:1: unknown entry header shape"),
            "{error}"
        );
        let error = import_page("# Nothing\n", "p.md", &mut report).unwrap_err();
        assert!(error.contains("no entries found"), "{error}");
    }

    #[test]
    fn code_lines() {
        assert_eq!(parse_code_line("1312 (0x520)"), Some(1312));
        assert_eq!(parse_code_line("1312 (0x521)"), None);
        assert_eq!(parse_range("12000 - 12175 (0x2EE0)"), Some((12000, 12175)));
        assert_eq!(parse_range("1312 (0x520)"), None);
    }
}
