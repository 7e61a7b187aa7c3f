//! Readers of the error tables that Microsoft products publish in their own sources: WinGet's
//! and WSL's HRESULTs, the .NET runtime's HRESULTs and exception codes, and the Windows Update
//! error reference of the IT Pro documentation (each folder of `../shared/data` has a README
//! giving its source, licence, counts and irregularities).
//!
//! Why they are read apart from the SDK pages: these codes appear in installers' exit codes,
//! logs and crash reports (`0x8A150006`, `0xE0434352`, `0x80246008`), and the SDK's error
//! pages and windows-sys carry few or none of them. Each module reads one folder as its README
//! describes and returns [`EntryDraft`]s of its product's family; every irregularity the
//! README lists is recorded in the [`Report`] under a `const` kind, any other shape stops with
//! the file and line, and the counts read are held to the README's.
//! Values two products share (WSL's `WSL_E_*` are File History's `FHCFG_E_*`) and names
//! given only as another error's name (`report.references`) are left to the caller, which
//! merges the products into the catalogs.
//!
//! This file holds what the readers share: reading a source, checking a count, the little XML
//! the sources use (comments, escapes, elements, `.resw` strings) and the little C++ (string
//! literals, code without them).

pub mod dotnet;
pub mod windows_update;
pub mod winget;
pub mod wsl;

use std::collections::BTreeMap;
use std::path::Path;

use win_errors_catalog::write::draft::EntryDraft;

use crate::pages::Report;

/// The text of `dir/name` and the path errors name it by.
pub(crate) fn read_source(dir: &Path, name: &str) -> Result<(String, String), String> {
    let path = dir.join(name);
    let shown = path.display().to_string();
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{shown}: {e}"))?;
    Ok((shown, text))
}

/// An error unless `found` is the README's `expected` count of `what`: a reader that reads
/// fewer or more than its source holds has met a shape it does not know.
pub(crate) fn expect_count(
    file: &str,
    what: &str,
    found: usize,
    expected: usize,
) -> Result<(), String> {
    if found == expected {
        return Ok(());
    }
    Err(format!(
        "{file}: read {found} {what}, the README says {expected}: the source changed or has a \
         shape this reader does not know"
    ))
}

/// [`expect_count`] for each `(what, found, expected)` of one file.
pub(crate) fn expect_counts(file: &str, counts: &[(&str, usize, usize)]) -> Result<(), String> {
    counts
        .iter()
        .try_for_each(|&(what, found, expected)| expect_count(file, what, found, expected))
}

/// The 1-based line of byte `offset` of `text`.
pub(crate) fn line_at(text: &str, offset: usize) -> usize {
    text.get(..offset)
        .map_or(0, |before| before.matches('\n').count())
        + 1
}

/// A 32-bit hex value written `0x...` (or `0X...`), with at most 8 digits.
pub(crate) fn hex_u32(text: &str) -> Option<u32> {
    let digits = text
        .strip_prefix("0x")
        .or_else(|| text.strip_prefix("0X"))?;
    let valid = !digits.is_empty() && digits.len() <= 8;
    valid
        .then(|| u32::from_str_radix(digits, 16).ok())
        .flatten()
}

/// `text` with every `<!-- ... -->` replaced by spaces (line breaks kept, so that offsets and
/// lines stay those of the file), and each comment's line and text: an XML reader does not
/// see what a comment holds, such as the examples of a `.resw` header.
pub(crate) fn blank_xml_comments(
    text: &str,
    file: &str,
) -> Result<(String, Vec<(usize, String)>), String> {
    let mut out = String::with_capacity(text.len());
    let mut comments = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find("<!--") {
        let (before, from) = rest.split_at(start);
        out.push_str(before);
        let end = from.find("-->").ok_or_else(|| {
            format!(
                "{file}:{}: an XML comment that never ends",
                line_at(text, out.len())
            )
        })? + 3;
        let (comment, after) = from.split_at(end);
        comments.push((line_at(text, out.len()), comment.to_owned()));
        for c in comment.chars() {
            match c {
                '\n' => out.push('\n'),
                // One space per byte, so that offsets stay those of the file.
                _ => out.extend(std::iter::repeat_n(' ', c.len_utf8())),
            }
        }
        rest = after;
    }
    out.push_str(rest);
    Ok((out, comments))
}

/// The XML escapes the sources use, decoded; an unknown escape is an error rather than a guess.
pub(crate) fn decode_xml(text: &str) -> Result<String, String> {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        let (before, from) = rest.split_at(at);
        out.push_str(before);
        let (escape, decoded) = [
            ("&amp;", '&'),
            ("&lt;", '<'),
            ("&gt;", '>'),
            ("&quot;", '"'),
            ("&apos;", '\''),
        ]
        .into_iter()
        .find(|(escape, _)| from.starts_with(escape))
        .ok_or_else(|| {
            let shown: String = from.chars().take(10).collect();
            format!("an XML escape this reader does not know: {shown}")
        })?;
        out.push(decoded);
        rest = from.get(escape.len()..).unwrap_or_default();
    }
    out.push_str(rest);
    Ok(out)
}

/// One element `<tag attributes>inner</tag>` of a text.
pub(crate) struct Element<'a> {
    /// The byte offset of its `<`.
    pub start: usize,
    /// The byte offset after its end tag.
    pub end: usize,
    /// What follows the tag's name in the start tag, up to its `>`.
    pub attributes: &'a str,
    /// What it holds, raw.
    pub inner: &'a str,
}

/// Every `<tag ...>...</tag>` of `text`, in order. A self-closing or nested element of that tag
/// is an error: the sources have neither. `location` names an offset in errors (`file:line`).
pub(crate) fn elements<'a>(
    text: &'a str,
    tag: &str,
    location: &dyn Fn(usize) -> String,
) -> Result<Vec<Element<'a>>, String> {
    let open = format!("<{tag}");
    let close = format!("</{tag}>");
    let mut found = Vec::new();
    let mut at = 0;
    while let Some(start) = text
        .get(at..)
        .and_then(|rest| rest.find(&open))
        .map(|i| at + i)
    {
        let after_name = start + open.len();
        let tail = text.get(after_name..).unwrap_or_default();
        if !tail.starts_with([' ', '>', '\t', '\n', '\r']) {
            at = after_name; // a longer tag name that starts alike
            continue;
        }
        let location = || location(start);
        let gt = tail
            .find('>')
            .ok_or_else(|| format!("{}: a <{tag}> start tag that never ends", location()))?;
        let attributes = tail.get(..gt).unwrap_or_default();
        if attributes.ends_with('/') {
            return Err(format!("{}: a self-closing <{tag}/>", location()));
        }
        let body_start = after_name + gt + 1;
        let body_len = text
            .get(body_start..)
            .and_then(|body| body.find(&close))
            .ok_or_else(|| format!("{}: a <{tag}> without its {close}", location()))?;
        let inner = text
            .get(body_start..body_start + body_len)
            .unwrap_or_default();
        if inner.contains(&format!("{open} ")) || inner.contains(&format!("{open}>")) {
            return Err(format!("{}: a <{tag}> inside a <{tag}>", location()));
        }
        let end = body_start + body_len + close.len();
        found.push(Element {
            start,
            end,
            attributes,
            inner,
        });
        at = end;
    }
    Ok(found)
}

/// The value of `name="..."` among an element's attributes (XML allows spaces around the
/// `=`, and WSL's resources write some so).
pub(crate) fn attribute<'a>(attributes: &'a str, name: &str) -> Option<&'a str> {
    let mut rest = attributes;
    loop {
        let from = rest.trim_start();
        let (key, after_key) = from.split_at(from.find(|c: char| c == '=' || c.is_whitespace())?);
        let after_eq = after_key.trim_start().strip_prefix('=')?.trim_start();
        let quote = after_eq
            .chars()
            .next()
            .filter(|q| *q == '"' || *q == '\'')?;
        let (value, after) = after_eq.get(1..)?.split_once(quote)?;
        if key == name {
            return Some(value);
        }
        rest = after;
    }
}

/// A child element read by [`only_child`].
pub(crate) struct Child<'a> {
    /// Its text, XML escapes decoded.
    pub text: String,
    /// Its text as written.
    pub raw: &'a str,
    /// Its byte range in the parent, tags included.
    pub span: (usize, usize),
}

/// The one `<tag>` child of `parent` (`None` when absent); two of them are an error.
pub(crate) fn only_child<'a>(
    parent: &'a str,
    tag: &str,
    location: &str,
) -> Result<Option<Child<'a>>, String> {
    let children = elements(parent, tag, &|_| location.to_owned())?;
    match children.as_slice() {
        [] => Ok(None),
        [child] => Ok(Some(Child {
            text: decode_xml(child.inner).map_err(|e| format!("{location}: {e}"))?,
            raw: child.inner,
            span: (child.start, child.end),
        })),
        _ => Err(format!("{location}: {} <{tag}> elements", children.len())),
    }
}

/// An error unless `text[range]` holds nothing but space outside `spans` (sorted byte ranges
/// within it): `location` names where other text starts.
pub(crate) fn only_space_around(
    text: &str,
    range: (usize, usize),
    spans: impl IntoIterator<Item = (usize, usize)>,
    location: &dyn Fn(usize) -> String,
) -> Result<(), String> {
    let mut at = range.0;
    for (start, end) in spans.into_iter().chain([(range.1, range.1)]) {
        let gap = text.get(at..start).unwrap_or_default();
        if !gap.trim().is_empty() {
            let other = at + gap.len() - gap.trim_start().len();
            return Err(format!(
                "{}: unexpected text: {}",
                location(other),
                gap.trim()
            ));
        }
        at = end;
    }
    Ok(())
}

/// A string of a `.resw` resource file: its line and its text (XML escapes decoded, line
/// breaks kept).
#[derive(Debug)]
pub(crate) struct ReswString {
    pub line: usize,
    pub value: String,
}

/// Every `<data name="KEY"><value>...</value>...</data>` of a `.resw` file, by key. The
/// examples inside the header's XML comment are not strings; a key given twice, or a string
/// without its one `<value>`, is an error.
pub(crate) fn resw_strings(text: &str, file: &str) -> Result<BTreeMap<String, ReswString>, String> {
    let (blanked, _) = blank_xml_comments(text, file)?;
    let mut strings = BTreeMap::new();
    let location_of = |at| format!("{file}:{}", line_at(text, at));
    for data in elements(&blanked, "data", &location_of)? {
        let line = line_at(text, data.start);
        let location = format!("{file}:{line}");
        let key = attribute(data.attributes, "name")
            .ok_or_else(|| format!("{location}: a <data> without a name"))?;
        let value = only_child(data.inner, "value", &location)?
            .ok_or_else(|| format!("{location}: {key} has no <value>"))?
            .text;
        let string = ReswString { line, value };
        if strings.insert(key.to_owned(), string).is_some() {
            return Err(format!("{location}: the key {key} is given twice"));
        }
    }
    Ok(strings)
}

/// A line of C++ without the contents of its string and character literals and without its
/// `//` comment, so that braces and words inside them are not read as code.
pub(crate) fn code_only(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut chars = line.chars().peekable();
    let mut quote = None;
    while let Some(c) = chars.next() {
        match (quote, c) {
            (Some(_), '\\') => {
                chars.next();
            }
            (Some(open), _) if c == open => {
                quote = None;
                out.push(c);
            }
            (Some(_), _) => {}
            (None, '"' | '\'') => {
                quote = Some(c);
                out.push(c);
            }
            (None, '/') if chars.peek() == Some(&'/') => break,
            (None, _) => out.push(c),
        }
    }
    out
}

/// A C string literal at the start of `text` (`\"` and `\\` decoded): its text and what
/// follows it. Any other escape gives `None`: the sources have none.
pub(crate) fn c_string(text: &str) -> Option<(String, &str)> {
    let mut chars = text.strip_prefix('"')?.char_indices();
    let mut out = String::new();
    while let Some((_, c)) = chars.next() {
        match c {
            '"' => return Some((out, chars.as_str())),
            '\\' => match chars.next()? {
                (_, escaped @ ('"' | '\\')) => out.push(escaped),
                _ => return None,
            },
            _ => out.push(c),
        }
    }
    None
}

/// An error when the entries give one name two codes: each source gives a name one value.
pub(crate) fn check_unique_names(entries: &[EntryDraft], file: &str) -> Result<(), String> {
    let mut seen: BTreeMap<&str, u32> = BTreeMap::new();
    for entry in entries {
        for name in std::iter::once(&entry.name).chain(&entry.aliases) {
            match seen.insert(name, entry.code) {
                Some(other) if other != entry.code => {
                    let code = entry.code;
                    return Err(format!("{file}: {name} is 0x{other:08X} and 0x{code:08X}"));
                }
                _ => {}
            }
        }
    }
    Ok(())
}

/// Records `name` under `kind` once per name (a reader may meet a name twice).
pub(crate) fn note_once(report: &mut Report, kind: &'static str, name: &str) {
    let seen = report
        .irregularities
        .get(kind)
        .is_some_and(|names| names.iter().any(|n| n == name));
    if !seen {
        report.note(kind, name);
    }
}

#[cfg(test)]
mod tests;
