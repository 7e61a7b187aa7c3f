//! Message Compiler files (`.mc`) read into the same spanned [`ast`](crate::ast) model as a
//! TOML catalog, so that every rule and diagnostic applies to them unchanged.
//!
//! The format is Microsoft's "Message Text Files" (the Message Compiler's documentation): a
//! header of `MessageIdTypedef=`, `SeverityNames=`, `FacilityNames=`, `LanguageNames=` and
//! `OutputBase=`, then messages, each `MessageId=` with optional `Severity=`, `Facility=`,
//! `SymbolicName=` and `OutputBase=`, and a text per language after `Language=`, ended by a
//! line holding only `.`. As the documentation says, a statement is `keyword=value` with the
//! keyword in any case, spaces around `=` ignored and the value ended by white space, so
//! that several share a line (`MessageId=1 Severity=Error SymbolicName=...`); `;` starts a
//! comment outside a text; header statements may stand between messages (the
//! documentation's sample changes `MessageIdTypedef` halfway), and add to the names declared
//! before (a file that declares only `ARABIC` may still write `Language=English`).
//!
//! What becomes of it:
//!
//! - the code is the message compiler's: severity in bits 30-31, facility in bits 16-27,
//!   the message id in bits 0-15 (the customer bit is set only by `mc -c`, which a file
//!   cannot say, so it is left clear);
//! - `MessageId=` with no value is the facility's previous id plus one, `+n` plus `n`;
//!   `Severity`, `Facility` and `Language` default to the previous message's, and for the
//!   first to `Success`, `Application` and `English`. The documentation declares
//!   `Application=0xFFF`; mc.exe writes it as facility 0, in every header it generated that
//!   we hold (`tests/catalogs/mc/*.expected.tsv`), so it is 0 here, and what mc writes is
//!   what a program receives. One header, of 2018, also has the customer bit set for it
//!   (`0x60000000` for an informational message); the header of 2023 has not, nor does this
//!   reader (the test records the difference);
//! - `SymbolicName` is the entry's name (a file that names no message is a catalog known by
//!   its codes, `names = "none"`), and the text in the catalog's language its message, its
//!   lines joined by a line feed, without the line break mc puts after the last one; `%1`
//!   inserts and the other escapes are kept as written. The catalog's language is English
//!   when a message has an English text, else the first message's first language; the
//!   texts in other languages are read and checked for shape, not kept;
//! - the kind of codes is `hresult` or `ntstatus` when `MessageIdTypedef` says so, `win32`
//!   for no typedef (or `DWORD`) with every code below 0x10000, and no kind otherwise;
//! - the type is named after the file (`messages.mc` is `Messages`, see [`type_name`]);
//! - the file is UTF-8, or UTF-16 with its byte order mark, as `mc -u` reads it
//!   ([`decode_message_file`](crate::decode_message_file)).
//!
//! Two shapes mc accepts are reported, as they are mistakes: a `Language=` line of a
//! declared language inside a text (a text whose `.` was forgotten, which mc would take as
//! more text), and a file that names some messages and not others.

use core::ops::Range;

use crate::ast::{Catalog, Entry, Spanned};
use crate::names;
use crate::reporter::Reporter;
use crate::values;

/// The header keywords, as the documentation spells them (matched ignoring ASCII case, as
/// the message compiler does).
const MESSAGE_ID_TYPEDEF: &str = "MessageIdTypedef";
const SEVERITY_NAMES: &str = "SeverityNames";
const FACILITY_NAMES: &str = "FacilityNames";
const LANGUAGE_NAMES: &str = "LanguageNames";
const OUTPUT_BASE: &str = "OutputBase";
/// The keywords of a message.
const MESSAGE_ID: &str = "MessageId";
const SEVERITY: &str = "Severity";
const FACILITY: &str = "Facility";
const SYMBOLIC_NAME: &str = "SymbolicName";
const LANGUAGE: &str = "Language";

/// Every keyword, for the did-you-mean of an unknown one.
const KEYWORDS: &[&str] = &[
    MESSAGE_ID_TYPEDEF,
    SEVERITY_NAMES,
    FACILITY_NAMES,
    LANGUAGE_NAMES,
    OUTPUT_BASE,
    MESSAGE_ID,
    SEVERITY,
    FACILITY,
    SYMBOLIC_NAME,
    LANGUAGE,
];

/// The names the message compiler knows before a file declares any.
const DEFAULT_SEVERITIES: &[(&str, u32)] = &[
    ("Success", 0),
    ("Informational", 1),
    ("Warning", 2),
    ("Error", 3),
];
/// `Application` is 0 as mc.exe writes it, not the documentation's 0xFFF (see the module's
/// documentation).
const DEFAULT_FACILITIES: &[(&str, u32)] = &[("System", 0x0FF), ("Application", 0x000)];
const DEFAULT_LANGUAGES: &[(&str, u32)] = &[("English", 0x409)];

/// The largest value of each part of a code.
const MAX_SEVERITY: u32 = 0x3;
const MAX_FACILITY: u32 = 0xFFF;
const MAX_MESSAGE_ID: u32 = 0xFFFF;

/// The type a file is named after: its stem's words (split at anything but letters and
/// digits) each with a capital first letter, `messages` -> `Messages`, `svc-events` ->
/// `SvcEvents`, `MyMessages` -> `MyMessages`; `None` when that is no identifier (a stem of
/// digits first, or of no letters at all) or a keyword.
pub fn type_name(stem: &str) -> Option<String> {
    let name: String = stem
        .split(|c: char| !c.is_ascii_alphanumeric())
        .flat_map(|word| {
            let mut chars = word.chars();
            chars
                .next()
                .map(|first| first.to_ascii_uppercase())
                .into_iter()
                .chain(chars)
        })
        .collect();
    (names::is_identifier(&name) && !names::is_keyword(&name)).then_some(name)
}

/// Parses a Message Compiler file into the spanned model, recording every problem in
/// `report`, and runs the rules on single values on each entry. `enum_name` is the type's
/// name ([`type_name`] of the file's stem).
pub(crate) fn parse_message_file(
    report: &mut Reporter<'_>,
    source: &str,
    enum_name: &str,
    generated_items: &[&str],
) -> Catalog {
    let reader::Read { messages, typedef } = reader::read(report, source);

    // A file whose messages have no symbolic names at all is a catalog known by its codes;
    // one that names some must name all.
    let nameless = !messages.is_empty() && messages.iter().all(|m| m.name.is_none());
    let language = catalog_language(&messages);
    let mut entries = Vec::with_capacity(messages.len());
    for message in messages {
        let mut entry = Entry::new(message.header.clone());
        entry.code = message.code;
        entry.name = message
            .name
            .map(|name| Spanned::new(name.value.to_owned(), name.span));
        if entry.name.is_none() && !nameless {
            report.error(
                message.id_keyword.clone(),
                format!(
                    "this message has no `{SYMBOLIC_NAME}=`, and others have one: name every message, or none"
                ),
            );
        }
        match message
            .texts
            .iter()
            .find(|text| Some(text.language.value) == language)
        {
            Some(text) => entry.message = Some(text.text.clone()),
            None if message.texts_reported => {}
            None => {
                let language = language.unwrap_or("English");
                let what = entry.name().unwrap_or("this message").to_owned();
                report.error(
                    message.id_keyword,
                    format!(
                        "{what} has no text in {language}: add `{LANGUAGE}={language}`, its text and a line with a lone `.`",
                    ),
                );
            }
        }
        values::check_entry(report, &entry, generated_items, nameless);
        entries.push(entry);
    }
    if entries.is_empty() {
        report.error_whole(format!(
            "the file has no messages: add one, starting with `{MESSAGE_ID}=`"
        ));
    }
    let codes = code_kind(typedef.as_ref(), &entries);
    Catalog {
        enum_name: Some(Spanned::new(enum_name.to_owned(), 0..0)),
        codes,
        names: nameless.then(|| Spanned::new("none".to_owned(), 0..0)),
        entries,
        ..Catalog::default()
    }
}

/// English when a message has an English text, else the first message's first language.
fn catalog_language<'s>(messages: &[Message<'s>]) -> Option<&'s str> {
    let english = messages
        .iter()
        .flat_map(|m| &m.texts)
        .find(|t| t.language.value.eq_ignore_ascii_case("English"));
    english
        .or_else(|| messages.iter().flat_map(|m| m.texts.first()).next())
        .map(|t| t.language.value)
}

/// The catalog's `codes`, spelled as the TOML format spells them, at the typedef's value.
fn code_kind(typedef: Option<&Spanned<&str>>, entries: &[Entry]) -> Option<Spanned<String>> {
    let spelled = |kind: &str, span: Range<usize>| Some(Spanned::new(kind.to_owned(), span));
    match typedef {
        Some(t) if t.value.eq_ignore_ascii_case("HRESULT") => spelled("hresult", t.span.clone()),
        Some(t) if t.value.eq_ignore_ascii_case("NTSTATUS") => spelled("ntstatus", t.span.clone()),
        Some(t) if !t.value.eq_ignore_ascii_case("DWORD") => None,
        _ => {
            let narrow = entries
                .iter()
                .all(|e| e.code.as_ref().is_none_or(|c| c.value <= MAX_MESSAGE_ID));
            narrow.then(|| Spanned::new("win32".to_owned(), 0..0))
        }
    }
}

/// One message as read: its code, its name and its text in each language.
pub(super) struct Message<'s> {
    /// From `MessageId` to the end of its value.
    header: Range<usize>,
    /// The `MessageId` keyword, where problems with the message as a whole point.
    id_keyword: Range<usize>,
    code: Option<Spanned<u32>>,
    name: Option<Spanned<&'s str>>,
    texts: Vec<Text<'s>>,
    /// Whether a problem with its texts is reported already (none, or one the file ends
    /// in): a missing text in the catalog's language would say it again.
    texts_reported: bool,
}

/// One language's text.
pub(super) struct Text<'s> {
    language: Spanned<&'s str>,
    text: Spanned<String>,
}

mod declared;
mod reader;

#[cfg(test)]
mod tests;
