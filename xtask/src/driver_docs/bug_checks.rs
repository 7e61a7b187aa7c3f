//! Reader of the bug check pages (`driver-docs/bug-checks/`) and the kernel live dump pages
//! (`driver-docs/live-dump/`): the reference table of each folder gives the codes, names and
//! pages; each page gives its description (the paragraphs under its title), its parameters
//! (Markdown or HTML tables, see the `parameters` module), and its Cause, Resolution and Remarks
//! sections. Where the table and a page disagree, the README's list decides (see the
//! constants below); any other disagreement is an error.

mod parameters;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

pub use parameters::{Parameter, ParameterSet, ParameterValue};

use super::{Block, Page, blocks_text, hex_any, link_targets, parse_page, plain, sections};
use crate::pages::Report;
use crate::products::{expect_counts, read_source};

/// One bug check (or live dump) code and what its page says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BugCheck {
    pub code: u32,
    /// The symbolic name (`DPC_WATCHDOG_VIOLATION`), unescaped.
    pub name: String,
    /// The paragraphs between the page's title and its first section (the first says
    /// "The NAME bug check has a value of 0x…"), plain text.
    pub description: Option<String>,
    /// The parameters of the page's first parameter table, by index, with the values the
    /// page tabulates (see [`Parameter`]); on pages without a parameters section, those
    /// given under the title (a `Parameter | Description` table, or `### Parameter N`).
    pub parameters: Vec<Parameter>,
    /// Further `Parameter | Description` tables (pages whose parameters mean other things
    /// in other cases), each with the paragraph before it.
    pub other_parameter_sets: Vec<ParameterSet>,
    /// The rest of the parameters section (prose, tables that are not parameter tables).
    pub parameter_notes: Option<String>,
    /// The code whose parameters this page says it shares ("has the same meaning and
    /// parameters as bug check 0x7E": the `_M` variants); their own `parameters` stay
    /// empty. `None` on every other page.
    pub parameters_of: Option<u32>,
    pub cause: Option<String>,
    pub resolution: Option<String>,
    pub remarks: Option<String>,
    /// Names of the other bug checks the page links to, in order of first link.
    pub related: Vec<String>,
    /// Listed in the kernel live dump table.
    pub live_dump: bool,
    /// Listed in the bug check table.
    pub bug_check: bool,
    /// The page read, relative to its folder.
    pub page: String,
}

/// The bug check table, under the `bug-checks` folder.
pub const BUG_CHECK_TABLE: &str = "debugger/bug-check-code-reference2.md";
/// The live dump table, under the `live-dump` folder.
pub const LIVE_DUMP_TABLE: &str = "debugger/kernel-live-dump-code-reference.md";
/// Rows (and distinct codes) of the bug check table.
pub const BUG_CHECK_ROWS: usize = 379;
/// Distinct pages it links (0x1D9 links the page of 0x1D8).
pub const BUG_CHECK_LINKS: usize = 378;
/// Rows of the live dump table's two tables: live dump codes, then codes used for live dumps
/// or to bug check the device.
pub const LIVE_DUMP_ROWS: [usize; 2] = [48, 3];
/// Codes in both tables (same page).
pub const IN_BOTH: usize = 5;
/// Codes of both tables together.
pub const ALL_CODES: usize = 425;

/// 0x1D9's row links the page of 0x1D8; its own page is copied beside it.
const WRONG_LINKS: [(u32, &str, &str); 1] = [(
    0x1D9,
    "bug-check-0x1d8--ucmucsi-failure.md",
    "bug-check-0x1d9--hal-iommu-internal-error.md",
)];
/// 0x1D0: the table's name lacks the first letter; the page and windows-sys agree on it.
const TABLE_NAME_TYPOS: [(u32, &str, &str); 1] = [(
    0x1D0,
    "CPI_FIRMWARE_WATCHDOG_TIMEOUT",
    "ACPI_FIRMWARE_WATCHDOG_TIMEOUT",
)];
/// 0xDF's row reads `I[**MPERSONATING\_WORKER\_THREAD**](…)`.
const LETTER_BEFORE_LINK: [(u32, &str); 1] = [(0xDF, "I")];
/// Front-matter descriptions that contradict their page's body (not read: the body is):
/// 0x1C8's says 0x000001CE, 0x1D9's describes the UcmUcsi driver.
const WRONG_FRONT_DESCRIPTIONS: [u32; 2] = [0x1C8, 0x1D9];
/// Names the table writes with plain underscores.
const PLAIN_UNDERSCORES: [u32; 5] = [0x1D5, 0x1DC, 0x1B0, 0x1B8, 0x1CC];

pub const WRONG_LINK: &str =
    "rows linking another code's page (the code's own page, copied beside it, read instead)";
pub const TABLE_NAME_TYPO: &str =
    "names the table misspells (the page's name kept, as windows-sys has it)";
pub const LETTER_OUTSIDE_LINK: &str = "names with a letter outside their link (joined to the name)";
pub const WRONG_FRONT_DESCRIPTION: &str =
    "front-matter descriptions contradicting the page body (ignored: the body is read)";
pub const NO_0X: &str = "titles or headings writing the code without 0x (read as hex)";
pub const UNESCAPED_NAME: &str = "names written without backslash escapes (read alike)";
pub const TRAILING_SPACE: &str = "table rows with spaces after the closing | (ignored)";
pub const IN_BOTH_TABLES: &str =
    "codes in both the bug check and the live dump table (one entry, both flags)";
pub const RELATED_ELSEWHERE: &str =
    "links to bug check pages not copied (no related name: the page is not there to name it)";
pub use parameters::{
    INDEX_WITH_TEXT, NO_PARAMETERS, OTHER_PARAMETER_SETS, OTHER_TABLE, PARAMETER_HEADING,
    PARAMETERS_IN_OTHER_PROSE, PARAMETERS_NONE, PARAMETERS_PROSE, PARAMETERS_UNDER_TITLE,
    SAME_PARAMETERS, SHORT_ROW, VALUE_IN_KEY_CELL, VALUE_LIST, VALUE_NAME_COLUMN, VALUE_TABLE,
};

/// One row of a reference table.
struct Row {
    code: u32,
    name: String,
    page: String,
}

/// Reads the bug check folder (`…/driver-docs/bug-checks`): every code of its table with its
/// page, `bug_check` set.
pub fn read(dir: &Path, report: &mut Report) -> Result<Vec<BugCheck>, String> {
    let (shown, text) = read_source(dir, BUG_CHECK_TABLE)?;
    let tables = reference_rows(&text, &shown, report)?;
    let rows: Vec<Row> = tables.into_iter().flatten().collect();
    let codes: BTreeSet<u32> = rows.iter().map(|r| r.code).collect();
    let links: BTreeSet<&str> = rows.iter().map(|r| r.page.as_str()).collect();
    expect_counts(
        &shown,
        &[
            ("rows", rows.len(), BUG_CHECK_ROWS),
            ("distinct codes", codes.len(), BUG_CHECK_ROWS),
            ("distinct page links", links.len(), BUG_CHECK_LINKS),
        ],
    )?;
    let mut checks = read_pages(dir, &rows, report)?;
    checks.iter_mut().for_each(|c| c.bug_check = true);
    Ok(checks)
}

/// Reads the live dump folder (`…/driver-docs/live-dump`): every code of its two tables with
/// its page, `live_dump` set.
pub fn read_live_dumps(dir: &Path, report: &mut Report) -> Result<Vec<BugCheck>, String> {
    let (shown, text) = read_source(dir, LIVE_DUMP_TABLE)?;
    let tables = reference_rows(&text, &shown, report)?;
    let sizes: Vec<usize> = tables.iter().map(Vec::len).collect();
    if sizes != LIVE_DUMP_ROWS {
        return Err(format!(
            "{shown}: tables of {sizes:?} rows, the README says {LIVE_DUMP_ROWS:?}"
        ));
    }
    let rows: Vec<Row> = tables.into_iter().flatten().collect();
    let codes: BTreeSet<u32> = rows.iter().map(|r| r.code).collect();
    expect_counts(&shown, &[("distinct codes", codes.len(), rows.len())])?;
    let mut checks = read_pages(dir, &rows, report)?;
    checks.iter_mut().for_each(|c| c.live_dump = true);
    Ok(checks)
}

/// Both folders under `driver_docs` (`…/shared/data/driver-docs`), one entry per code
/// (a code of both tables has both flags), sorted by code.
pub fn read_all(driver_docs: &Path, report: &mut Report) -> Result<Vec<BugCheck>, String> {
    let mut by_code: BTreeMap<u32, BugCheck> = BTreeMap::new();
    for check in read(&driver_docs.join("bug-checks"), report)? {
        by_code.insert(check.code, check);
    }
    let mut both = 0;
    for check in read_live_dumps(&driver_docs.join("live-dump"), report)? {
        match by_code.get_mut(&check.code) {
            Some(known) if known.name == check.name => {
                known.live_dump = true;
                both += 1;
                report.note(IN_BOTH_TABLES, &check.name);
            }
            Some(known) => {
                return Err(format!(
                    "0x{:X}: {} in the bug check table, {} in the live dump table",
                    check.code, known.name, check.name
                ));
            }
            None => {
                by_code.insert(check.code, check);
            }
        }
    }
    for check in by_code.values() {
        if let Some(code) = check.parameters_of {
            shares_parameters_of(check, by_code.get(&code))?;
        }
    }
    let checks: Vec<BugCheck> = by_code.into_values().collect();
    expect_counts(
        "driver-docs",
        &[
            ("codes in both tables", both, IN_BOTH),
            ("codes", checks.len(), ALL_CODES),
        ],
    )?;
    Ok(checks)
}

/// An error unless the code `check` shares its parameters with was read, by the name the
/// page gives it in parentheses, and has parameters.
pub(super) fn shares_parameters_of(check: &BugCheck, of: Option<&BugCheck>) -> Result<(), String> {
    let code = check.parameters_of.unwrap_or_default();
    let Some(of) = of else {
        return Err(format!(
            "{}: shares the parameters of 0x{code:X}, which neither table lists",
            check.page
        ));
    };
    let named = check
        .description
        .as_deref()
        .is_some_and(|d| d.contains(&format!("({})", of.name)));
    if !named {
        return Err(format!(
            "{}: shares the parameters of 0x{code:X}, not naming it {}",
            check.page, of.name
        ));
    }
    if of.parameters.is_empty() {
        return Err(format!(
            "{}: shares the parameters of 0x{code:X} {}, which has none",
            check.page, of.name
        ));
    }
    Ok(())
}

/// The rows of each `| Code | Name |` table of a reference page.
fn reference_rows(text: &str, file: &str, report: &mut Report) -> Result<Vec<Vec<Row>>, String> {
    let page = parse_page(text, file)?;
    let raw_lines: Vec<&str> = text.lines().collect();
    let mut tables = Vec::new();
    for block in &page.blocks {
        let Block::Table(table) = block else { continue };
        let header: Vec<String> = table.header.iter().map(|c| plain(c)).collect();
        if header != ["Code", "Name"] && header != ["Code", "Name and reference link"] {
            return Err(format!("{file}:{}: a table headed {header:?}", table.line));
        }
        let mut rows = Vec::new();
        for (line, cells) in &table.rows {
            let location = format!("{file}:{line}");
            let [code, name] = cells.as_slice() else {
                return Err(format!("{location}: a row of {} cells", cells.len()));
            };
            let code = crate::products::hex_u32(code)
                .ok_or_else(|| format!("{location}: no code in `{code}`"))?;
            let (before, rest) = name
                .split_once('[')
                .ok_or_else(|| format!("{location}: no link in `{name}`"))?;
            let (text, target) = rest
                .split_once("](")
                .and_then(|(t, after)| Some((t, after.strip_suffix(')')?)))
                .ok_or_else(|| format!("{location}: a name cell not `[**NAME**](page)`"))?;
            let mut name = plain(text);
            if !before.is_empty() {
                if !LETTER_BEFORE_LINK.contains(&(code, before)) {
                    return Err(format!("{location}: `{before}` before the link"));
                }
                name = format!("{before}{name}");
                report.note(LETTER_OUTSIDE_LINK, &name);
            }
            if text.contains('_') && !text.contains("\\_") {
                if !PLAIN_UNDERSCORES.contains(&code) {
                    return Err(format!(
                        "{location}: {name} without escapes, not in the README"
                    ));
                }
                report.note(UNESCAPED_NAME, &name);
            }
            let raw = raw_lines.get(line.saturating_sub(1)).copied().unwrap_or("");
            if raw.trim_end().ends_with('|') && raw.ends_with(' ') {
                report.note(TRAILING_SPACE, &name);
            }
            rows.push(Row {
                code,
                name,
                page: target.trim().to_owned(),
            });
        }
        tables.push(rows);
    }
    Ok(tables)
}

/// Each row's page read and checked against the row.
fn read_pages(dir: &Path, rows: &[Row], report: &mut Report) -> Result<Vec<BugCheck>, String> {
    let names: BTreeMap<&str, &str> = rows
        .iter()
        .filter(|r| !WRONG_LINKS.iter().any(|w| w.0 == r.code))
        .map(|r| (r.page.as_str(), r.name.as_str()))
        .collect();
    let mut checks = Vec::new();
    for row in rows {
        let mut page_file = row.page.clone();
        if let Some((_, wrong, right)) = WRONG_LINKS.iter().find(|w| w.0 == row.code) {
            if page_file != *wrong {
                return Err(format!("0x{:X}: the README's wrong link is gone", row.code));
            }
            page_file = (*right).to_owned();
            report.note(WRONG_LINK, &row.name);
        }
        let (shown, text) = read_source(&dir.join("debugger"), &page_file)?;
        let mut check = read_page(&text, &shown, report)?;
        if check.code != row.code {
            return Err(format!(
                "{shown}: 0x{:X}, the table says 0x{:X}",
                check.code, row.code
            ));
        }
        if check.name != row.name {
            if !TABLE_NAME_TYPOS.contains(&(row.code, row.name.as_str(), check.name.as_str())) {
                return Err(format!(
                    "{shown}: {}, the table says {}",
                    check.name, row.name
                ));
            }
            report.note(TABLE_NAME_TYPO, &row.name);
        }
        check.page = format!("debugger/{page_file}");
        check.related = related(&text, &page_file, &names, dir, report)?;
        checks.push(check);
    }
    Ok(checks)
}

/// Names of the bug check pages `text` links to (its own left out).
fn related(
    text: &str,
    own: &str,
    names: &BTreeMap<&str, &str>,
    dir: &Path,
    report: &mut Report,
) -> Result<Vec<String>, String> {
    let mut related: Vec<String> = Vec::new();
    for target in link_targets(text) {
        let file = target.rsplit('/').next().unwrap_or(target);
        let file = file.split('#').next().unwrap_or(file);
        if !file.starts_with("bug-check-0x") || file == own || target.contains("://") {
            continue;
        }
        let name = match names.get(file) {
            Some(name) => (*name).to_owned(),
            None if target.contains('/') || !dir.join("debugger").join(file).exists() => {
                crate::products::note_once(report, RELATED_ELSEWHERE, file);
                continue;
            }
            None => {
                let (shown, page) = read_source(&dir.join("debugger"), file)?;
                title(&parse_page(&page, &shown)?, &shown, report)?.1
            }
        };
        if !related.contains(&name) {
            related.push(name);
        }
    }
    Ok(related)
}

/// The code and name of a page's `# Bug Check 0x…: NAME` heading.
fn title(page: &Page, file: &str, report: &mut Report) -> Result<(u32, String, usize), String> {
    let (text, line) = page
        .blocks
        .iter()
        .find_map(|b| match b {
            Block::Heading {
                level: 1,
                text,
                line,
            } => Some((text, *line)),
            _ => None,
        })
        .ok_or_else(|| format!("{file}: no title"))?;
    let location = format!("{file}:{line}");
    let rest = text
        .strip_prefix("Bug Check ")
        .or_else(|| text.strip_prefix("Bug check "))
        .ok_or_else(|| format!("{location}: a title not `Bug Check 0x…: NAME`"))?;
    let (code, name) = rest
        .split_once(':')
        .ok_or_else(|| format!("{location}: a title without `:`"))?;
    let value = hex_any(code.trim()).ok_or_else(|| format!("{location}: no code in the title"))?;
    let name = plain(name);
    if !code.trim().starts_with("0x") {
        crate::products::note_once(report, NO_0X, &name);
    }
    if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        return Err(format!("{location}: `{name}` is not a name"));
    }
    Ok((value, name, line))
}

/// One page: its code and name (title, front-matter title and "has a value of" checked to
/// agree), description, parameters and sections; `related` and `page` are left to the caller.
pub fn read_page(text: &str, file: &str, report: &mut Report) -> Result<BugCheck, String> {
    let page = parse_page(text, file)?;
    let (code, name, title_line) = title(&page, file, report)?;
    let front_title = page.front("title").unwrap_or_default();
    let front_code = front_title
        .split_whitespace()
        .nth(2)
        .and_then(hex_any)
        .ok_or_else(|| format!("{file}:2: a front-matter title `{front_title}`"))?;
    if front_code != code {
        return Err(format!("{file}:2: the front matter says 0x{front_code:X}"));
    }
    if !front_title.contains("0x") {
        crate::products::note_once(report, NO_0X, &name);
    }
    let front_value = page.front("description").and_then(value_of);
    if WRONG_FRONT_DESCRIPTIONS.contains(&code) {
        report.note(WRONG_FRONT_DESCRIPTION, &name);
    } else if front_value.is_some_and(|v| v != code) {
        return Err(format!(
            "{file}: the front-matter description gives another value"
        ));
    }
    let first_section = page
        .blocks
        .iter()
        .position(|b| matches!(b, Block::Heading { level: 2, .. }))
        .unwrap_or(page.blocks.len());
    let intro = page
        .blocks
        .iter()
        .position(|b| matches!(b, Block::Heading { level: 1, .. }))
        .map_or(0, |i| i + 1);
    let intro = page.blocks.get(intro..first_section).unwrap_or_default();
    // Parameters given under the title (no parameters section) are not description.
    let intro_parameters = parameters::intro_start(intro).unwrap_or(intro.len());
    let (intro, under_title) = intro.split_at(intro_parameters);
    let description = blocks_text(intro, is_boilerplate);
    let value = description.as_deref().and_then(value_of);
    if value != Some(code) {
        return Err(format!(
            "{file}:{title_line}: the description gives {value:?}, not 0x{code:X}"
        ));
    }
    let mut check = BugCheck {
        code,
        name,
        description,
        parameters: Vec::new(),
        other_parameter_sets: Vec::new(),
        parameter_notes: None,
        parameters_of: None,
        cause: None,
        resolution: None,
        remarks: None,
        related: Vec::new(),
        live_dump: false,
        bug_check: false,
        page: String::new(),
    };
    let mut parameters_section = None;
    for section in sections(&page.blocks) {
        let heading = section.heading.to_ascii_lowercase();
        let text = || blocks_text(section.blocks, is_boilerplate);
        if heading.ends_with("parameters") && parameters_section.is_none() {
            parameters::read(section.blocks, file, &mut check, report)?;
            parameters_section = Some(section);
        } else if heading == "cause" {
            check.cause = text();
        } else if heading == "resolution" {
            check.resolution = text();
        } else if heading == "remarks" {
            check.remarks = text();
        }
    }
    if !under_title.is_empty() {
        if let Some(section) = &parameters_section {
            return Err(format!(
                "{file}:{}: parameters both under the title and in a section",
                section.line
            ));
        }
        parameters::read_intro(under_title, file, &mut check, report)?;
    }
    check.parameters_of = check
        .description
        .as_deref()
        .and_then(parameters::same_parameters_as);
    if check.parameters_of.is_some() {
        if !check.parameters.is_empty() {
            return Err(format!(
                "{file}: shares another code's parameters and lists its own"
            ));
        }
        report.note(SAME_PARAMETERS, &check.name);
    }
    parameters::check_none(
        &check,
        &page.blocks,
        parameters_section.as_ref(),
        file,
        report,
    )?;
    if check.parameters.is_empty() {
        report.note(NO_PARAMETERS, &check.name);
    }
    Ok(check)
}

/// The note every page carries for customers who met a blue screen.
fn is_boilerplate(quote: &str) -> bool {
    quote.contains("This article is for programmers")
}

/// The code of "… has a value of 0x0000011D …".
fn value_of(text: &str) -> Option<u32> {
    let (_, after) = text.split_once("has a value of ")?;
    let token: String = after
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect();
    hex_any(&token)
}
