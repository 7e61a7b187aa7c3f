//! Importer of Microsoft's "COM Error Codes" pages (`com-error-codes-N.md`).
//!
//! Two page shapes: most pages hold a Markdown table whose rows read
//! `| <span id=..>..<dl> <dt>**NAME**</dt> <dt>0x8000FFFF</dt> </dl> | message<br/> |`; the
//! last pages hold an HTML definition list (`**NAME**`, then the value, then the message, each
//! in its own `<dt>`). A few cells are malformed; each malformation is handled by name below
//! and counted in the report, and any other shape stops the import with the page and line.

use std::path::Path;

use win_errors_catalog::write::draft::EntryDraft;

use crate::markdown::to_plain_text;
use crate::pages::{Report, read_pages};

pub const NAME_OUTSIDE_LIST: &str = "table cells with the name outside its <dl> (read anyway)";
pub const STRAY_BRACKET: &str = "table cells with a stray '>' before the name (ignored)";
pub const LOWERCASE_HEX: &str = "values in lowercase hex (read as hex)";
pub const TOO_WIDE: &str = "values with more than 8 hex digits (not a 32-bit HRESULT: skipped)";
pub const ESCAPED_MARKUP: &str = "messages with Markdown backslash escapes (unescaped)";
pub const DECIMAL_VALUE: &str = "values in decimal (read as decimal)";
pub const BOTH_FORMS: &str = "values given in decimal and hex (both read, and they agree)";
pub const NO_VALUE: &str = "names with no value on the page (skipped: the page gives no code)";
pub const WIN32_VALUE: &str =
    "values given as a Win32 error (read as the HRESULT that wraps it, HRESULT_FROM_WIN32)";
pub const REFERENCE_VALUE: &str =
    "values given as another header's error (an alias of that error when a catalog has it)";
pub const RANGE: &str = "descriptions of ranges of values (not entries: skipped)";
pub const FORMS_DISAGREE: &str = "values whose decimal and hex forms disagree (the decimal is kept: it continues the page's sequence; windows-sys agrees)";
pub const CAST_VALUE: &str =
    "values written as C expressions ((HRESULT)0x..., _HRESULT_TYPEDEF_(0x...L)): the number read";
pub const NAME_VALUE_ANCHOR: &str =
    "definition lists naming an entry as `NAME (0x...)` (read as its name and value)";
pub const ESCAPED_PIPE: &str = "table cells with an escaped `\\|` in their text (kept as text)";
pub const STRAY_PARENTHESIS: &str = "values with a stray ')' after them (ignored)";
pub const SAME_VALUE: &str =
    "names documented with the value of an earlier name (kept as an alias of it)";

/// Imports every `com-error-codes-N.md` page of `dir`, in page-number order.
pub fn import_dir(dir: &Path) -> Result<(Vec<EntryDraft>, Report), String> {
    let mut pages: Vec<(u32, std::path::PathBuf)> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(Result::ok)
        .filter_map(|entry| {
            let name = entry.file_name().to_str()?.to_owned();
            let number = name
                .strip_prefix("com-error-codes-")?
                .strip_suffix(".md")?
                .parse()
                .ok()?;
            Some((number, entry.path()))
        })
        .collect();
    pages.sort();
    if pages.is_empty() {
        return Err(format!(
            "{}: no com-error-codes-N.md pages here",
            dir.display()
        ));
    }
    let mut entries: Vec<EntryDraft> = Vec::new();
    let mut report = Report::default();
    let pages: Vec<std::path::PathBuf> = pages.into_iter().map(|(_, path)| path).collect();
    for (file, text) in read_pages(&pages)? {
        for entry in import_page(&text, &file, &mut report)? {
            add_or_alias(&mut entries, entry, &mut report, SAME_VALUE);
        }
    }
    Ok((entries, report))
}

/// Adds `entry`, or, when an entry already has its code, records its name as an alias of
/// that entry (once) and notes it in the report under `kind`.
pub fn add_or_alias(
    entries: &mut Vec<EntryDraft>,
    entry: EntryDraft,
    report: &mut Report,
    kind: &'static str,
) {
    match entries.iter_mut().find(|e| e.code == entry.code) {
        Some(first) => {
            report.note(
                kind,
                &format!("{} = {} (0x{:08X})", entry.name, first.name, entry.code),
            );
            if entry.name != first.name && !first.aliases.contains(&entry.name) {
                first.aliases.push(entry.name.clone());
                report.merged.push(entry);
            }
        }
        None => entries.push(entry),
    }
}

/// Imports one page, of either shape.
pub fn import_page(text: &str, file: &str, report: &mut Report) -> Result<Vec<EntryDraft>, String> {
    let lines: Vec<&str> = text.lines().collect();
    let mut entries = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        let location = format!("{file}:{}", i + 1);
        if line.starts_with("| <span id=") {
            if let Some(entry) = table_row(line, &location, report)? {
                entries.push(entry);
            }
        } else if line.starts_with("<span id=") && is_range(line) {
            // WMI's page describes ranges of codes before its entries.
            report.note(RANGE, line.rsplit("</span>").next().unwrap_or(line));
        } else if line.starts_with("<span id=") {
            let (entry, next) = list_item(&lines, i, &location, report)?;
            entries.extend(entry);
            i = next;
            continue;
        }
        i += 1;
    }
    if entries.is_empty() {
        return Err(format!(
            "{file}: no entries found: is this a COM Error Codes page?"
        ));
    }
    Ok(entries)
}

/// A table row: `| <name and value cell> | <message cell> |`.
fn table_row(
    line: &str,
    location: &str,
    report: &mut Report,
) -> Result<Option<EntryDraft>, String> {
    let cells = table_cells(line);
    let cells: Vec<&str> = cells.iter().map(String::as_str).collect();
    let [first, key, message, last] = cells.as_slice() else {
        return Err(format!(
            "{location}: a table row with {} cells",
            cells.len().saturating_sub(2)
        ));
    };
    if !first.is_empty() || !last.is_empty() {
        return Err(format!(
            "{location}: a table row that does not start and end with '|'"
        ));
    }
    let name = bold_name(key).ok_or_else(|| format!("{location}: no **NAME** in the row"))?;
    if message.contains("\\|") {
        report.note(ESCAPED_PIPE, &name);
    }
    let well_formed = format!("<dl> <dt>**{}**</dt>", name.replace('_', "\\_"));
    let well_formed_html = format!("<dl><dt><strong>{name}</strong></dt>");
    if !key.contains(&well_formed) && !key.contains(&well_formed_html) {
        if key.contains("<dt>>**") {
            report.note(STRAY_BRACKET, &name);
        } else if key
            .find("**")
            .is_some_and(|b| key.find("<dl>").is_some_and(|d| b < d))
        {
            report.note(NAME_OUTSIDE_LIST, &name);
        } else {
            return Err(format!("{location}: {name}: unknown cell shape: {key}"));
        }
    }
    let Some(value) = key
        .split(['<', '>', ' '])
        .map(|token| match token.strip_prefix("(HRESULT)") {
            Some(value) => {
                report.note(CAST_VALUE, &name);
                value
            }
            None => token,
        })
        .find(|token| token.starts_with("0x") || token.starts_with("0X"))
    else {
        // The value as a Win32 error (Direct2D's page: `ERROR_INSUFFICIENT_BUFFER (Windows
        // error)`): the HRESULT that wraps it.
        if let Some(win32) = key
            .split("<dt>")
            .find_map(|cell| cell.split_once(" (Windows error)"))
            .map(|(win32, _)| to_plain_text(win32))
        {
            let code = win_errors::WinError::from_name(&win32)
                .ok_or_else(|| format!("{location}: {name}: {win32} is not a Win32 error"))?;
            report.note(WIN32_VALUE, &format!("{name} = {win32}"));
            let hresult = win_errors::Hresult::from(code).0;
            return entry(
                name,
                hresult,
                &message.replace("<br/>", " "),
                location,
                report,
            )
            .map(Some);
        }
        // The value as an error of another header (Direct2D's page:
        // `WINCODEC_ERR_UNSUPPORTEDPIXELFORMAT (error in wincodec.h)`): resolved later.
        if let Some(other) = key
            .split("<dt>")
            .find_map(|cell| cell.split_once(" (error in "))
            .map(|(other, _)| to_plain_text(other))
        {
            report.note(REFERENCE_VALUE, &format!("{name} = {other}"));
            report.references.push((name, other));
            return Ok(None);
        }
        // A name alone in its list (DXGI's page lists S_OK so): nothing to import.
        if key.ends_with(&format!("{well_formed} </dl>")) {
            report.note(NO_VALUE, &name);
            return Ok(None);
        }
        return Err(format!("{location}: {name} has no 0x value"));
    };
    let value = match value.strip_suffix("L)") {
        Some(value) => {
            report.note(STRAY_PARENTHESIS, &name);
            value
        }
        None => value.trim_end_matches('L'),
    };
    let Some(code) = hex_value(value, &name, location, report)? else {
        return Ok(None);
    };
    entry(name, code, &message.replace("<br/>", " "), location, report).map(Some)
}

/// The cells of a table row: split at each `|` that is not escaped as `\\|` (an escaped one
/// is text, as in VPC's `"*?:<>/\\|\\\\"`), trimmed.
fn table_cells(line: &str) -> Vec<String> {
    let mut cells = Vec::new();
    let mut cell = String::new();
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                cell.push(c);
                cell.extend(chars.next());
            }
            '|' => cells.push(std::mem::take(&mut cell).trim().to_owned()),
            _ => cell.push(c),
        }
    }
    cells.push(cell.trim().to_owned());
    cells
}

/// A definition-list item starting at `lines[start]`; returns it and the line after it.
fn list_item(
    lines: &[&str],
    start: usize,
    location: &str,
    report: &mut Report,
) -> Result<(Option<EntryDraft>, usize), String> {
    let is_tags = |line: &str| {
        let line = line.trim();
        line.is_empty() || (line.starts_with('<') && line.ends_with('>') && !line.contains("**"))
    };
    let anchor = lines.get(start).copied().unwrap_or_default();
    if let Some((name, value)) = name_value_anchor(anchor) {
        // BITS and Delivery Optimization: `NAME (0x...)`, then the message in its `<dd>`.
        report.note(NAME_VALUE_ANCHOR, &name);
        let mut i = start + 1;
        while i < lines.len() && is_tags(lines[i]) {
            i += 1;
        }
        let mut message = Vec::new();
        while i < lines.len() && !lines[i].trim_start().starts_with("</dd>") {
            message.push(lines[i]);
            i += 1;
        }
        let Some(code) = hex_value(&value, &name, location, report)? else {
            return Ok((None, i));
        };
        return Ok((
            Some(entry(name, code, &message.join(" "), location, report)?),
            i,
        ));
    }
    let name =
        bold_name(anchor).ok_or_else(|| format!("{location}: no **NAME** after the anchor"))?;
    let mut i = start + 1;
    while i < lines.len() && is_tags(lines[i]) {
        i += 1;
    }
    let written = lines.get(i).map(|l| l.trim()).unwrap_or_default();
    let value = uncast(written, &name, report);
    let value = value.as_str();
    if !value.starts_with(|c: char| c.is_ascii_digit()) {
        // Some family pages name an error and go straight to its text.
        if value.starts_with(|c: char| c.is_alphabetic()) {
            report.note(NO_VALUE, &name);
            while i < lines.len() && !lines[i].trim_start().starts_with("</dt>") {
                i += 1;
            }
            return Ok((None, i));
        }
        return Err(format!(
            "{location}: {name}: expected its value, found: {value}"
        ));
    }
    i += 1;
    while i < lines.len() && is_tags(lines[i]) && !lines[i].contains("</dl>") {
        i += 1;
    }
    let mut message = Vec::new();
    while i < lines.len() && !lines[i].trim_start().starts_with("</dt>") {
        message.push(lines[i]);
        i += 1;
    }
    let Some(code) = any_value(value, &name, location, report)? else {
        return Ok((None, i));
    };
    Ok((
        Some(entry(name, code, &message.join(" "), location, report)?),
        i,
    ))
}

/// `<span id=..></span>NAME (0x...)`: the unescaped name and the value, when the anchor's
/// text is exactly that.
fn name_value_anchor(line: &str) -> Option<(String, String)> {
    let text = to_plain_text(line.rsplit("</span>").next()?);
    let (name, value) = text.strip_suffix(')')?.split_once(" (")?;
    let is_hex = value
        .strip_prefix("0x")
        .is_some_and(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_hexdigit()));
    (is_hex && win_errors_catalog::names::is_symbolic_name(name))
        .then(|| (name.to_owned(), value.to_owned()))
}

/// A value written as a C expression, `_HRESULT_TYPEDEF_(0x80270001L)` or
/// `(HRESULT)0xC0AA0007L` (NAP, IMAPI), as the number inside it; any other value as it is.
fn uncast(value: &str, name: &str, report: &mut Report) -> String {
    let plain = to_plain_text(value);
    let inner = plain
        .strip_prefix("_HRESULT_TYPEDEF_(")
        .and_then(|v| v.strip_suffix(')'))
        .or_else(|| plain.strip_prefix("(HRESULT)"));
    match inner {
        Some(inner) => {
            report.note(CAST_VALUE, name);
            inner.to_owned()
        }
        None => value.to_owned(),
    }
}

/// An anchor naming a range of values (`0x80041068 - 0x80041099`, `0x8007xxxx`) instead of
/// an entry.
fn is_range(line: &str) -> bool {
    let text = line.rsplit("</span>").next().unwrap_or_default().trim();
    let pattern = |v: &str| {
        v.len() == 10
            && v.starts_with("0x")
            && v.bytes()
                .skip(2)
                .all(|b| b == b'x' || b.is_ascii_hexdigit())
    };
    match text.split_once(" - ") {
        Some((a, b)) => pattern(a) && pattern(b),
        // `0x8007xxxx`: every value with that prefix.
        None => pattern(text) && text.ends_with('x'),
    }
}

/// The unescaped text between the first pair of `**`, or of `<strong>` and `</strong>`.
pub(crate) fn bold_name(text: &str) -> Option<String> {
    let between = |open: &str, close: &str| {
        let start = text.find(open)? + open.len();
        let length = text.get(start..)?.find(close)?;
        text.get(start..start + length)
    };
    let bold = match (text.find("**"), text.find("<strong>")) {
        (Some(stars), Some(tag)) if tag < stars => between("<strong>", "</strong>"),
        (Some(_), _) => between("**", "**"),
        (None, Some(_)) => between("<strong>", "</strong>"),
        (None, None) => None,
    };
    Some(to_plain_text(bold?))
}

/// A value as the pages write it: `0x8000FFFF`, `12029`, or `2147749889 (0x80041001)`
/// (both forms must agree).
fn any_value(
    value: &str,
    name: &str,
    location: &str,
    report: &mut Report,
) -> Result<Option<u32>, String> {
    let value = value.trim_end_matches('L');
    if value.starts_with("0x") || value.starts_with("0X") {
        return hex_value(value, name, location, report);
    }
    let (decimal, hex) = match value.split_once(" (") {
        Some((decimal, rest)) => (decimal, rest.strip_suffix(')')),
        None => (value, None),
    };
    let code: u32 = decimal
        .parse()
        .map_err(|_| format!("{location}: {name}: {value} is not a value"))?;
    match hex {
        Some(hex) => {
            if hex_value(hex.trim_end_matches('L'), name, location, report)? == Some(code) {
                report.note(BOTH_FORMS, name);
            } else {
                report.note(FORMS_DISAGREE, &format!("{name}: {value}"));
            }
        }
        None => report.note(DECIMAL_VALUE, name),
    }
    Ok(Some(code))
}

/// `0x8000FFFF` as a code; lowercase digits are noted, values wider than 32 bits are noted
/// and skipped (`None`), anything else is an error.
fn hex_value(
    value: &str,
    name: &str,
    location: &str,
    report: &mut Report,
) -> Result<Option<u32>, String> {
    let digits = value.get(2..).unwrap_or_default();
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(format!("{location}: {name}: {value} is not a hex value"));
    }
    if digits.bytes().any(|b| b.is_ascii_lowercase()) {
        report.note(LOWERCASE_HEX, name);
    }
    match u32::from_str_radix(digits, 16) {
        Ok(code) => Ok(Some(code)),
        Err(_) => {
            report.note(TOO_WIDE, &format!("{name} ({value})"));
            Ok(None)
        }
    }
}

pub(crate) fn entry(
    name: String,
    code: u32,
    message: &str,
    location: &str,
    report: &mut Report,
) -> Result<EntryDraft, String> {
    if !win_errors_catalog::names::is_symbolic_name(&name) {
        return Err(format!("{location}: {name} is not a symbolic name"));
    }
    let plain = to_plain_text(message);
    if plain.is_empty() {
        return Err(format!("{location}: {name} has an empty message"));
    }
    if message.contains('\\') {
        report.note(ESCAPED_MARKUP, &name);
    }
    Ok(EntryDraft {
        name,
        code,
        message: Some(plain),
        ..Default::default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const TABLE: &str = "\
| Constant/value | Description |
|:---|:---|
| <span id=\"E_FAIL\"></span><span id=\"e_fail\"></span><dl> <dt>**E\\_FAIL**</dt> <dt>0x80004005</dt> </dl> | Unspecified failure<br/> |
| <span id=\"CO_E_RUNAS_SYNTAX\"></span><span id=\"co_e_runas_syntax\"></span><dl> <dt>**CO\\_E\\_RUNAS\\_SYNTAX**</dt> <dt>0x80004017</dt> </dl> | A RunAs specification must be \\<domain name\\>\\\\\\<user name\\> or simply \\<user name\\>. <br/> |
| <span id=\"TPM_20_E_SYMMETRIC\"></span><span id=\"tpm_20_e_symmetric\"></span>**TPM\\_20\\_E\\_SYMMETRIC**<dl> <dt></dt> <dt>0x80280096</dt> </dl> | Unsupported symmetric algorithm or key size, or not appropriate for instance.<br/> |
| <span id=\"TPM_20_E_INSUFFICIENT\"></span><span id=\"tpm_20_e_insufficient\"></span><dl> <dt>>**TPM\\_20\\_E\\_INSUFFICIENT**</dt> <dt>0x8028009A</dt> </dl> | The TPM was unable to unmarshal a value.<br/> |
| <span id=\"CRYPT_E_X\"></span><dl> <dt>**CRYPT\\_E\\_X**</dt> <dt>0x8009202d</dt> </dl> | Lowercase.<br/> |
| <span id=\"TPM_20_E_PRIVATE\"></span><dl> <dt>**TPM\\_20\\_E\\_PRIVATE**</dt> <dt>0x80280010B</dt> </dl> | Too wide.<br/> |
";

    const LIST: &str = "\
<dl> <dt>

<span id=\"UI_E_CREATE_FAILED\"></span><span id=\"ui_e_create_failed\"></span>**UI\\_E\\_CREATE\\_FAILED**
</dt> <dd> <dl> <dt>

0x802A0001
</dt> <dt>



The object could not be created.


</dt> </dl> </dd> <dt>

<span id=\"UI_E_SHUTDOWN_CALLED\"></span><span id=\"ui_e_shutdown_called\"></span>**UI\\_E\\_SHUTDOWN\\_CALLED**
</dt> <dd> <dl> <dt>

0x802A0002
</dt> <dt>



Shutdown was already called
on this object.


</dt> </dl> </dd> </dl>
";

    #[test]
    fn table_rows_of_every_shape() {
        let mut report = Report::default();
        let entries = import_page(TABLE, "t.md", &mut report).unwrap();
        let found: Vec<(&str, u32)> = entries.iter().map(|e| (e.name.as_str(), e.code)).collect();
        assert_eq!(
            found,
            [
                ("E_FAIL", 0x8000_4005),
                ("CO_E_RUNAS_SYNTAX", 0x8000_4017),
                ("TPM_20_E_SYMMETRIC", 0x8028_0096),
                ("TPM_20_E_INSUFFICIENT", 0x8028_009A),
                ("CRYPT_E_X", 0x8009_202D),
            ]
        );
        assert_eq!(entries[0].message.as_deref(), Some("Unspecified failure"));
        assert_eq!(
            entries[1].message.as_deref(),
            Some("A RunAs specification must be <domain name>\\<user name> or simply <user name>.")
        );
        let counts = report.counts();
        let mut expected = vec![
            (NAME_OUTSIDE_LIST, 1),
            (STRAY_BRACKET, 1),
            (LOWERCASE_HEX, 1),
            (TOO_WIDE, 1),
            (ESCAPED_MARKUP, 1),
        ];
        expected.sort_unstable();
        assert_eq!(counts, expected);
    }

    #[test]
    fn definition_list_items() {
        let mut report = Report::default();
        let entries = import_page(LIST, "l.md", &mut report).unwrap();
        assert_eq!(entries.len(), 2);
        assert_eq!(
            (entries[0].name.as_str(), entries[0].code),
            ("UI_E_CREATE_FAILED", 0x802A_0001)
        );
        assert_eq!(
            entries[0].message.as_deref(),
            Some("The object could not be created.")
        );
        assert_eq!(
            entries[1].message.as_deref(),
            Some("Shutdown was already called on this object.")
        );
    }

    #[test]
    fn unknown_shapes_fail_loudly() {
        let mut report = Report::default();
        let row = "| <span id=\"X\"></span><dl> <dt>X</dt> </dl> | M |\n";
        assert!(
            import_page(row, "p.md", &mut report)
                .unwrap_err()
                .starts_with("p.md:1: no **NAME**")
        );
        let row = "| <span id=\"X\"></span><dl> <dt>**X**</dt> <dt>0xZZ</dt> </dl> | M |\n";
        assert!(
            import_page(row, "p.md", &mut report)
                .unwrap_err()
                .contains("0xZZ is not a hex value")
        );
        assert!(
            import_page("nothing\n", "p.md", &mut report)
                .unwrap_err()
                .contains("no entries")
        );
    }
}
