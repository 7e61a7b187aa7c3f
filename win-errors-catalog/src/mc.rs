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
use std::collections::HashMap;

use crate::ast::{Catalog, Entry, Spanned};
use crate::names::{self, suggest};
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

/// A number as the message compiler reads one: decimal, or hex after `0x`.
fn number(text: &str) -> Option<u32> {
    match text.strip_prefix("0x").or_else(|| text.strip_prefix("0X")) {
        Some(hex) if !hex.is_empty() && hex.bytes().all(|b| b.is_ascii_hexdigit()) => {
            u32::from_str_radix(hex, 16).ok()
        }
        Some(_) => None,
        None if !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()) => text.parse().ok(),
        None => None,
    }
}

/// A declared name, `Error` in `SeverityNames`, and its value.
#[derive(Clone)]
struct Declared {
    name: String,
    value: u32,
}

/// The names one `...Names` keyword declares, the compiler's defaults first; a later
/// declaration of a name replaces its value.
#[derive(Clone)]
struct Names {
    what: &'static str,
    keyword: &'static str,
    max: u32,
    declared: Vec<Declared>,
}

impl Names {
    fn new(what: &'static str, keyword: &'static str, max: u32, defaults: &[(&str, u32)]) -> Self {
        let declared = defaults
            .iter()
            .map(|&(name, value)| Declared {
                name: name.to_owned(),
                value,
            })
            .collect();
        Names {
            what,
            keyword,
            max,
            declared,
        }
    }

    fn declare(&mut self, name: &str, value: u32) {
        match self.declared.iter_mut().find(|d| d.name == name) {
            Some(existing) => existing.value = value,
            None => self.declared.push(Declared {
                name: name.to_owned(),
                value,
            }),
        }
    }

    /// The value of `name`, if declared.
    fn value(&self, name: &str) -> Option<u32> {
        self.declared
            .iter()
            .find(|d| d.name == name)
            .map(|d| d.value)
    }

    /// The value of `name`, or a diagnostic naming the declared ones.
    fn value_of(&self, report: &mut Reporter<'_>, name: &Spanned<&str>) -> Option<u32> {
        if let Some(found) = self.declared.iter().find(|d| d.name == name.value) {
            return Some(found.value);
        }
        let known: Vec<&str> = self.declared.iter().map(|d| d.name.as_str()).collect();
        let hint = match suggest(name.value, known.iter().copied()) {
            Some(near) => format!("; did you mean {near}?"),
            None => format!(
                "; declare it in `{}` or use one of {}",
                self.keyword,
                known.join(", ")
            ),
        };
        report.error(
            name.span.clone(),
            format!("{} `{}` is not declared{hint}", self.what, name.value),
        );
        None
    }
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
    let mut parser = Parser {
        source,
        // A byte order mark (UTF-8, or what UTF-16 decodes to) is no statement.
        at: if source.starts_with('\u{FEFF}') {
            '\u{FEFF}'.len_utf8()
        } else {
            0
        },
        severities: Names::new("severity", SEVERITY_NAMES, MAX_SEVERITY, DEFAULT_SEVERITIES),
        facilities: Names::new("facility", FACILITY_NAMES, MAX_FACILITY, DEFAULT_FACILITIES),
        languages: Names::new(
            "language",
            LANGUAGE_NAMES,
            u32::from(u16::MAX),
            DEFAULT_LANGUAGES,
        ),
        typedef: None,
        severity: None,
        facility: None,
        language: None,
        previous_ids: HashMap::new(),
        messages: Vec::new(),
    };
    parser.parse(report);
    let Parser {
        messages, typedef, ..
    } = parser;

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
struct Message<'s> {
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
struct Text<'s> {
    language: Spanned<&'s str>,
    text: Spanned<String>,
}

/// The reader: a cursor over the file, and what the statements so far declared.
struct Parser<'s> {
    source: &'s str,
    /// The byte offset of the cursor.
    at: usize,
    severities: Names,
    facilities: Names,
    languages: Names,
    /// The last `MessageIdTypedef`.
    typedef: Option<Spanned<&'s str>>,
    /// The severity, facility and language a message without its own takes: the previous
    /// message's; before the first, `Success`, `Application` and `English` as declared then.
    severity: Option<u32>,
    facility: Option<u32>,
    language: Option<Spanned<&'s str>>,
    /// The last message id of each facility.
    previous_ids: HashMap<u32, u32>,
    messages: Vec<Message<'s>>,
}

/// `Keyword=`: the keyword and where its value may start.
struct Keyword<'s> {
    word: Spanned<&'s str>,
    after: usize,
}

impl Keyword<'_> {
    fn is(&self, keyword: &str) -> bool {
        self.word.value.eq_ignore_ascii_case(keyword)
    }
}

impl<'s> Parser<'s> {
    fn rest(&self) -> &'s str {
        self.source.get(self.at..).unwrap_or("")
    }

    /// Where the line holding `at` ends (its `\n`, or the end of the file).
    fn line_end(&self, at: usize) -> usize {
        self.source
            .get(at..)
            .and_then(|rest| rest.find('\n'))
            .map_or(self.source.len(), |found| at + found)
    }

    /// Where the line holding `at` starts.
    fn line_start(&self, at: usize) -> usize {
        self.source
            .get(..at)
            .and_then(|before| before.rfind('\n'))
            .map_or(0, |found| found + 1)
    }

    /// Past white space (line breaks included) and `;` comments.
    fn skip_blank(&mut self) {
        loop {
            let rest = self.rest();
            let trimmed = rest.trim_start();
            self.at += rest.len() - trimmed.len();
            if trimmed.starts_with(';') {
                self.at = self.line_end(self.at);
            } else {
                return;
            }
        }
    }

    /// Past spaces and tabs, within the line.
    fn skip_spaces(&mut self) {
        let rest = self.rest();
        let trimmed = rest.trim_start_matches([' ', '\t', '\r']);
        self.at += rest.len() - trimmed.len();
    }

    /// The `Keyword=` at the cursor (letters, then `=` after optional spaces), not taken.
    fn peek_keyword(&self) -> Option<Keyword<'s>> {
        let rest = self.rest();
        let length = rest.bytes().take_while(u8::is_ascii_alphabetic).count();
        let word = rest.get(..length).filter(|w| !w.is_empty())?;
        let after_word = rest.get(length..)?;
        let spaces = after_word.len() - after_word.trim_start_matches([' ', '\t']).len();
        after_word.get(spaces..)?.strip_prefix('=')?;
        Some(Keyword {
            word: Spanned::new(word, self.at..self.at + length),
            after: self.at + length + spaces + 1,
        })
    }

    /// The value after a keyword: the run of text up to white space, or nothing when the
    /// line ends there or the next `Keyword=` follows.
    fn value(&mut self) -> Spanned<&'s str> {
        self.skip_spaces();
        let rest = self.rest();
        let length = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let word = rest.get(..length).unwrap_or("");
        if word.contains('=') {
            return Spanned::new("", self.at..self.at);
        }
        let value = Spanned::new(word, self.at..self.at + length);
        self.at += length;
        value
    }

    fn parse(&mut self, report: &mut Reporter<'_>) {
        loop {
            self.skip_blank();
            if self.at >= self.source.len() {
                return;
            }
            let Some(keyword) = self.peek_keyword() else {
                let end = self.line_end(self.at);
                report.error(
                    self.at..end,
                    format!(
                        "expected `Keyword=value` (a message starts with `{MESSAGE_ID}=`) or a `;` comment"
                    ),
                );
                self.at = end;
                continue;
            };
            self.at = keyword.after;
            if keyword.is(MESSAGE_ID) {
                self.message(report, &keyword);
            } else if !self.header_statement(report, &keyword) {
                unknown_or_misplaced(report, &keyword.word);
                let _ = self.value();
            }
        }
    }

    /// Reads a header statement; `false` when `keyword` is none.
    fn header_statement(&mut self, report: &mut Reporter<'_>, keyword: &Keyword<'s>) -> bool {
        if keyword.is(MESSAGE_ID_TYPEDEF) {
            let value = self.value();
            if value.value.is_empty() {
                report.error(
                    keyword.word.span.clone(),
                    format!("`{MESSAGE_ID_TYPEDEF}=` needs a type, such as DWORD or HRESULT"),
                );
            } else {
                self.typedef = Some(value);
            }
        } else if keyword.is(OUTPUT_BASE) {
            let value = self.value();
            output_base(report, &value);
        } else if keyword.is(SEVERITY_NAMES) {
            let mut names = self.severities.clone();
            self.names_list(report, keyword, &mut names);
            self.severities = names;
        } else if keyword.is(FACILITY_NAMES) {
            let mut names = self.facilities.clone();
            self.names_list(report, keyword, &mut names);
            self.facilities = names;
        } else if keyword.is(LANGUAGE_NAMES) {
            let mut names = self.languages.clone();
            self.names_list(report, keyword, &mut names);
            self.languages = names;
        } else {
            return false;
        }
        true
    }

    /// `(name=value[:symbol] ...)`, on as many lines as it takes (the `(` may be on the
    /// next line).
    fn names_list(&mut self, report: &mut Reporter<'_>, keyword: &Keyword<'s>, names: &mut Names) {
        let list = names.keyword;
        self.skip_blank();
        let Some(inside) = self.rest().strip_prefix('(') else {
            let end = self.line_end(self.at);
            report.error(
                keyword.word.span.start..end.max(keyword.after),
                format!("`{list}=` takes a list in parentheses: `{list}=(Name=0x1 ...)`"),
            );
            self.at = end;
            return;
        };
        self.at = self.source.len() - inside.len();
        loop {
            self.skip_blank();
            let rest = self.rest();
            if rest.is_empty() {
                report.error(
                    keyword.word.span.clone(),
                    format!("the list of `{list}=` has no `)` to end it"),
                );
                return;
            }
            if let Some(after) = rest.strip_prefix(')') {
                self.at = self.source.len() - after.len();
                return;
            }
            let token = self.declaration_token();
            declaration(report, names, token);
        }
    }

    /// One `name=value[:symbol]` of a names list, spaces around `=` allowed (as around
    /// every `=`): the text from the name to the end of the value.
    fn declaration_token(&mut self) -> Spanned<&'s str> {
        let start = self.at;
        let word_end = |text: &str| {
            text.find(|c: char| c.is_whitespace() || c == ')' || c == '=')
                .unwrap_or(text.len())
        };
        self.at += word_end(self.rest());
        let before_equals = self.at;
        self.skip_spaces();
        if let Some(after) = self.rest().strip_prefix('=') {
            self.at = self.source.len() - after.len();
            self.skip_spaces();
            let rest = self.rest();
            self.at += rest
                .find(|c: char| c.is_whitespace() || c == ')')
                .unwrap_or(rest.len());
        } else {
            self.at = before_equals;
        }
        if self.at == start {
            // Always move on, by a whole character.
            self.at += self.rest().chars().next().map_or(1, char::len_utf8);
        }
        let end = self.at.min(self.source.len());
        Spanned::new(self.source.get(start..end).unwrap_or(""), start..end)
    }

    /// A message, after its `MessageId=`.
    fn message(&mut self, report: &mut Reporter<'_>, id_keyword: &Keyword<'s>) {
        let id = self.value();
        let header = id_keyword.word.span.start..id.span.end.max(id_keyword.after);
        let mut name: Option<Spanned<&'s str>> = None;
        let mut severity: Option<Spanned<&'s str>> = None;
        let mut facility: Option<Spanned<&'s str>> = None;
        let mut texts: Vec<Text<'s>> = Vec::new();
        let mut texts_reported = false;
        let mut saw_text = false;
        loop {
            let before = self.at;
            self.skip_blank();
            if self.at >= self.source.len() {
                break;
            }
            let Some(keyword) = self.peek_keyword() else {
                if saw_text {
                    // Not this message's: the top level says what it is.
                    self.at = before;
                    break;
                }
                // Text with no `Language=` before it: in the language last used.
                saw_text = true;
                let language = self
                    .language
                    .clone()
                    .unwrap_or_else(|| Spanned::new("English", id_keyword.word.span.clone()));
                self.at = self.line_start(self.at);
                match self.text(report, language, id_keyword.word.span.clone()) {
                    Ok(Some(text)) => texts.push(text),
                    Ok(None) => {}
                    Err(()) => texts_reported = true,
                }
                continue;
            };
            if keyword.is(LANGUAGE) {
                saw_text = true;
                self.at = keyword.after;
                let language = self.value();
                self.text_starts_on_the_next_line(report);
                let opening = keyword.word.span.start..language.span.end;
                match self.text(report, language, opening) {
                    Ok(Some(text)) => {
                        if let Some(earlier) = texts
                            .iter()
                            .find(|t| t.language.value == text.language.value)
                        {
                            let line = report.line(earlier.language.span.start);
                            report.error(
                                text.language.span.clone(),
                                format!(
                                    "this message already has a text in {} (line {line})",
                                    text.language.value
                                ),
                            );
                        } else {
                            texts.push(text);
                        }
                    }
                    Ok(None) => {}
                    Err(()) => {
                        texts_reported = true;
                        break;
                    }
                }
                continue;
            }
            let slot = if keyword.is(SYMBOLIC_NAME) {
                &mut name
            } else if keyword.is(SEVERITY) {
                &mut severity
            } else if keyword.is(FACILITY) {
                &mut facility
            } else if keyword.is(OUTPUT_BASE) {
                self.at = keyword.after;
                let value = self.value();
                output_base(report, &value);
                continue;
            } else {
                // Another message, or a statement between messages.
                break;
            };
            self.at = keyword.after;
            let value = self.value();
            let word = keyword.word.value;
            if saw_text {
                report.error(
                    keyword.word.span.clone(),
                    format!("`{word}=` must come before the message's text"),
                );
            } else if value.value.is_empty() {
                report.error(
                    keyword.word.span.clone(),
                    format!("`{word}=` needs a value"),
                );
            } else if let Some(earlier) = slot.replace(value) {
                let line = report.line(earlier.span.start);
                report.error(
                    keyword.word.span.clone(),
                    format!("this message already says `{word}=` (line {line})"),
                );
            }
        }

        if let Some(severity) = &severity
            && let Some(value) = self.severities.value_of(report, severity)
        {
            self.severity = Some(value);
        }
        if let Some(facility) = &facility
            && let Some(value) = self.facilities.value_of(report, facility)
        {
            self.facility = Some(value);
        }
        let code = self.code(report, id_keyword, &id);
        if !saw_text {
            texts_reported = true;
            report.error(
                id_keyword.word.span.clone(),
                format!(
                    "this message has no text: add `{LANGUAGE}=English`, its text and a line with a lone `.`"
                ),
            );
        }
        self.messages.push(Message {
            header,
            id_keyword: id_keyword.word.span.clone(),
            code,
            name,
            texts,
            texts_reported,
        });
    }

    /// After `Language=name`: nothing more on the line.
    fn text_starts_on_the_next_line(&mut self, report: &mut Reporter<'_>) {
        self.skip_spaces();
        let end = self.line_end(self.at);
        if self.at < end {
            report.error(
                self.at..end,
                format!("a message's text starts on the line after `{LANGUAGE}=`"),
            );
        }
        self.at = (end + 1).min(self.source.len());
    }

    /// The code of a message: `MessageId=` read against the facility's previous id.
    fn code(
        &mut self,
        report: &mut Reporter<'_>,
        keyword: &Keyword<'s>,
        id: &Spanned<&'s str>,
    ) -> Option<Spanned<u32>> {
        let severity = self
            .severity
            .or_else(|| self.severities.value("Success"))
            .unwrap_or(0);
        let facility = self
            .facility
            .or_else(|| self.facilities.value("Application"))
            .unwrap_or(MAX_FACILITY);
        let previous = self.previous_ids.get(&facility).copied();
        let written = id.value;
        let (message_id, span) = if written.is_empty() {
            (
                Some(previous.map_or(0, |p| p + 1)),
                keyword.word.span.clone(),
            )
        } else if let Some(step) = written.strip_prefix('+') {
            (
                number(step).map(|n| previous.unwrap_or(0).saturating_add(n)),
                id.span.clone(),
            )
        } else {
            (number(written), id.span.clone())
        };
        let Some(message_id) = message_id else {
            report.error(
                span,
                format!(
                    "`{MESSAGE_ID}={written}` is not a number: write decimal digits, 0x and hex digits, `+` and a number, or nothing"
                ),
            );
            return None;
        };
        if message_id > MAX_MESSAGE_ID {
            report.error(
                span,
                format!("message id {message_id} (0x{message_id:X}) does not fit in 16 bits"),
            );
            return None;
        }
        self.previous_ids.insert(facility, message_id);
        let code = (severity << 30) | (facility << 16) | message_id;
        Some(Spanned::new(code, span))
    }

    /// A text from the cursor (at a line's start) up to a line holding only `.`, in
    /// `language`; `Ok(None)` for a language not declared, `Err` for a text the file ends
    /// in (both reported, the latter at `opening`).
    fn text(
        &mut self,
        report: &mut Reporter<'_>,
        language: Spanned<&'s str>,
        opening: Range<usize>,
    ) -> Result<Option<Text<'s>>, ()> {
        let known = self.languages.value_of(report, &language).is_some();
        let first = self.at;
        let mut lines: Vec<&'s str> = Vec::new();
        let mut last_end = first;
        loop {
            if self.at >= self.source.len() {
                report.error(opening, "this text has no line with a lone `.` to end it");
                return Err(());
            }
            let end = self.line_end(self.at);
            let line = self.source.get(self.at..end).unwrap_or("");
            let line = line.strip_suffix('\r').unwrap_or(line);
            let line_start = self.at;
            self.at = (end + 1).min(self.source.len());
            if line.trim_end() == "." {
                break;
            }
            if let Some(stray) = self.stray_language(line) {
                let start = line_start + (line.len() - line.trim_start().len());
                report.error(
                    start..start + stray.len(),
                    format!(
                        "`{stray}` inside a text: end the text before it with a line holding only `.`"
                    ),
                );
            }
            lines.push(line);
            last_end = line_start + line.len();
        }
        self.language = Some(language.clone());
        let span = if lines.is_empty() {
            language.span.clone()
        } else {
            first..last_end
        };
        Ok(known.then(|| Text {
            language,
            text: Spanned::new(lines.join("\n"), span),
        }))
    }

    /// The statement a text line is when it is a `Language=` of a declared language: a text
    /// whose end was forgotten, which mc would take as more text.
    fn stray_language<'l>(&self, line: &'l str) -> Option<&'l str> {
        let statement = line.trim();
        let (keyword, name) = statement.split_once('=')?;
        let is_language = keyword.trim().eq_ignore_ascii_case(LANGUAGE)
            && self.languages.value(name.trim()).is_some();
        is_language.then_some(statement)
    }
}

/// `name=value[:symbol]` of a names list (spaces around `=` allowed).
fn declaration(report: &mut Reporter<'_>, names: &mut Names, token: Spanned<&str>) {
    let (name, rest) = token.value.split_once('=').unwrap_or((token.value, ""));
    let (name, rest) = (name.trim_end(), rest.trim_start());
    let value_text = rest.split_once(':').map_or(rest, |(value, _)| value);
    if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        report.error(
            token.span,
            format!(
                "`{}` is no `Name=value` of `{}`",
                token.value, names.keyword
            ),
        );
        return;
    }
    match number(value_text) {
        Some(value) if value <= names.max => names.declare(name, value),
        Some(value) => report.error(
            token.span,
            format!(
                "{} {name} is {value} (0x{value:X}); the largest a code holds is 0x{:X}",
                names.what, names.max
            ),
        ),
        None => report.error(
            token.span,
            format!(
                "`{}` gives {name} no number: write `{name}=0x1`",
                token.value
            ),
        ),
    }
}

fn output_base(report: &mut Reporter<'_>, value: &Spanned<&str>) {
    if !matches!(value.value, "10" | "16") {
        report.error(
            value.span.clone(),
            format!("`{OUTPUT_BASE}=` is 10 or 16, not `{}`", value.value),
        );
    }
}

fn unknown_or_misplaced(report: &mut Reporter<'_>, keyword: &Spanned<&str>) {
    let message_keyword = [SEVERITY, FACILITY, SYMBOLIC_NAME, LANGUAGE]
        .iter()
        .find(|k| keyword.value.eq_ignore_ascii_case(k));
    let message = match message_keyword {
        Some(k) => format!("`{k}=` belongs to a message: put `{MESSAGE_ID}=` before it"),
        None => match suggest(keyword.value, KEYWORDS.iter().copied()) {
            Some(near) => format!(
                "unknown keyword `{}`; did you mean `{near}`?",
                keyword.value
            ),
            None => format!(
                "unknown keyword `{}`; a message file has {}",
                keyword.value,
                KEYWORDS.join(", ")
            ),
        },
    };
    report.error(keyword.span.clone(), message);
}

#[cfg(test)]
mod tests;
