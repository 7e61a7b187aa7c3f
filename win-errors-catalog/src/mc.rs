//! Message Compiler files (`.mc`) read into the same spanned [`ast`](crate::ast) model as a
//! TOML catalog, so that every rule and diagnostic applies to them unchanged.
//!
//! The format is Microsoft's "Message Text Files" (the Message Compiler's documentation): a
//! header of `MessageIdTypedef=`, `SeverityNames=`, `FacilityNames=`, `LanguageNames=` and
//! `OutputBase=`, then messages, each `MessageId=` with optional `Severity=`, `Facility=`,
//! `SymbolicName=` and `OutputBase=`, and one `Language=` block of text per language, ended by
//! a line holding only `.`. Lines starting with `;` outside a text are comments, and header
//! keywords may stand between messages (the documentation's sample changes
//! `MessageIdTypedef` halfway).
//!
//! What becomes of it:
//!
//! - the code is the message compiler's: severity in bits 30-31, facility in bits 16-27,
//!   the message id in bits 0-15 (the customer bit is set only by `mc -c`, which a file
//!   cannot say, so it is left clear);
//! - `MessageId=` with no value is the facility's previous id plus one, `+n` plus `n`;
//!   `Severity` and `Facility` default to the previous message's (at first 0);
//! - `SymbolicName` is the entry's name, and the text of the catalog's language its message,
//!   its lines joined by a line feed, without the line break mc puts after the last one;
//!   `%1` inserts and the other escapes are kept as written. The catalog's language is
//!   English when a message has an English text, else the first message's first language;
//!   the texts in other languages are read and checked for shape, not kept;
//! - the kind of codes is `hresult` or `ntstatus` when `MessageIdTypedef` says so, `win32`
//!   for no typedef (or `DWORD`) with every code below 0x10000, and no kind otherwise;
//! - the type is named after the file (`messages.mc` is `Messages`, see [`type_name`]).

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
const DEFAULT_FACILITIES: &[(&str, u32)] = &[("System", 0x0FF), ("Application", 0xFFF)];
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

/// One line of the file: its text without the line break, and where it starts.
#[derive(Clone, Copy)]
struct Line<'s> {
    text: &'s str,
    start: usize,
}

impl Line<'_> {
    fn span(&self) -> Range<usize> {
        self.start..self.start + self.text.len()
    }

    /// Whether the line says nothing outside a text: blank, or a `;` comment.
    fn is_blank_or_comment(&self) -> bool {
        let text = self.text.trim();
        text.is_empty() || text.starts_with(';')
    }

    /// Whether the line ends a text: a lone `.` (spaces after it are allowed).
    fn ends_text(&self) -> bool {
        self.text.trim_end() == "."
    }
}

fn lines(source: &str) -> Vec<Line<'_>> {
    let mut lines = Vec::new();
    let mut start = 0;
    for piece in source.split_inclusive('\n') {
        let text = piece.strip_suffix('\n').unwrap_or(piece);
        let text = text.strip_suffix('\r').unwrap_or(text);
        lines.push(Line { text, start });
        start += piece.len();
    }
    lines
}

/// `Keyword = value`: the keyword and the value (trimmed), each with its span.
struct KeywordLine<'s> {
    keyword: Spanned<&'s str>,
    value: Spanned<&'s str>,
}

fn keyword_line<'s>(line: &Line<'s>) -> Option<KeywordLine<'s>> {
    let (before, after) = line.text.split_once('=')?;
    let keyword = before.trim();
    if keyword.is_empty() || !keyword.chars().all(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    let keyword_start = line.start + (before.len() - before.trim_start().len());
    let value = after.trim();
    let value_start = line.start + before.len() + 1 + (after.len() - after.trim_start().len());
    Some(KeywordLine {
        keyword: Spanned::new(keyword, keyword_start..keyword_start + keyword.len()),
        value: Spanned::new(value, value_start..value_start + value.len()),
    })
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
    let lines = lines(source);
    let mut parser = Parser {
        lines: &lines,
        at: 0,
        severities: Names::new("severity", SEVERITY_NAMES, MAX_SEVERITY, DEFAULT_SEVERITIES),
        facilities: Names::new("facility", FACILITY_NAMES, MAX_FACILITY, DEFAULT_FACILITIES),
        languages: Names::new(
            "language",
            LANGUAGE_NAMES,
            u32::from(u16::MAX),
            DEFAULT_LANGUAGES,
        ),
        typedef: None,
        severity: 0,
        facility: 0,
        previous_ids: HashMap::new(),
        messages: Vec::new(),
    };
    parser.parse(report);
    let Parser {
        messages, typedef, ..
    } = parser;

    let language = catalog_language(&messages);
    let mut entries = Vec::with_capacity(messages.len());
    for message in messages {
        let mut entry = Entry::new(message.header.clone());
        entry.code = message.code;
        entry.name = message
            .name
            .map(|name| Spanned::new(name.value.to_owned(), name.span));
        match message
            .texts
            .iter()
            .find(|text| Some(text.language.value) == language)
        {
            Some(text) => entry.message = Some(text.text.clone()),
            None if message.texts_reported => {}
            None => {
                let what = entry.name().unwrap_or("this message").to_owned();
                report.error(
                    message.header,
                    format!(
                        "{what} has no text in {}: add `{LANGUAGE}={}`, its text and a line with a lone `.`",
                        language.unwrap_or("English"),
                        language.unwrap_or("English"),
                    ),
                );
            }
        }
        values::check_entry(report, &entry, generated_items, false);
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
    /// The `MessageId=` line.
    header: Range<usize>,
    code: Option<Spanned<u32>>,
    name: Option<Spanned<&'s str>>,
    texts: Vec<Text<'s>>,
    /// Whether a problem with its texts is reported already (none, or one the file ends
    /// in): a missing text in the catalog's language would say it again.
    texts_reported: bool,
}

/// One `Language=` block.
struct Text<'s> {
    language: Spanned<&'s str>,
    text: Spanned<String>,
}

struct Parser<'l, 's> {
    lines: &'l [Line<'s>],
    at: usize,
    severities: Names,
    facilities: Names,
    languages: Names,
    /// The last `MessageIdTypedef` that named a kind.
    typedef: Option<Spanned<&'s str>>,
    /// The severity and facility a message without its own takes: the previous message's.
    severity: u32,
    facility: u32,
    /// The last message id of each facility.
    previous_ids: HashMap<u32, u32>,
    messages: Vec<Message<'s>>,
}

impl<'s> Parser<'_, 's> {
    fn next_line(&mut self) -> Option<Line<'s>> {
        let line = self.lines.get(self.at).copied()?;
        self.at += 1;
        Some(line)
    }

    /// The next line that says something, without taking it.
    fn peek_statement(&mut self) -> Option<Line<'s>> {
        while let Some(line) = self.lines.get(self.at) {
            if !line.is_blank_or_comment() {
                return Some(*line);
            }
            self.at += 1;
        }
        None
    }

    fn parse(&mut self, report: &mut Reporter<'_>) {
        while let Some(line) = self.peek_statement() {
            self.at += 1;
            let Some(statement) = keyword_line(&line) else {
                report.error(
                    line.span(),
                    format!(
                        "expected `Keyword=value` (a message starts with `{MESSAGE_ID}=`) or a `;` comment"
                    ),
                );
                continue;
            };
            let keyword = statement.keyword.value;
            if keyword.eq_ignore_ascii_case(MESSAGE_ID) {
                self.message(report, &line, statement);
            } else if !self.header_keyword(report, &statement) {
                unknown_or_misplaced(report, &statement.keyword);
            }
        }
    }

    /// Reads a header keyword's statement; `false` when `keyword` is none.
    fn header_keyword(&mut self, report: &mut Reporter<'_>, statement: &KeywordLine<'s>) -> bool {
        let keyword = statement.keyword.value;
        if keyword.eq_ignore_ascii_case(MESSAGE_ID_TYPEDEF) {
            if statement.value.value.is_empty() {
                report.error(
                    statement.keyword.span.clone(),
                    format!("`{MESSAGE_ID_TYPEDEF}=` needs a type, such as DWORD or HRESULT"),
                );
            } else {
                self.typedef = Some(statement.value.clone());
            }
        } else if keyword.eq_ignore_ascii_case(OUTPUT_BASE) {
            output_base(report, &statement.value);
        } else if keyword.eq_ignore_ascii_case(SEVERITY_NAMES) {
            let mut names = self.severities.clone();
            self.names_list(report, statement, &mut names);
            self.severities = names;
        } else if keyword.eq_ignore_ascii_case(FACILITY_NAMES) {
            let mut names = self.facilities.clone();
            self.names_list(report, statement, &mut names);
            self.facilities = names;
        } else if keyword.eq_ignore_ascii_case(LANGUAGE_NAMES) {
            let mut names = self.languages.clone();
            self.names_list(report, statement, &mut names);
            self.languages = names;
        } else {
            return false;
        }
        true
    }

    /// `(name=value[:symbol] ...)`, over as many lines as it takes.
    fn names_list(
        &mut self,
        report: &mut Reporter<'_>,
        statement: &KeywordLine<'s>,
        names: &mut Names,
    ) {
        let keyword = names.keyword;
        let Some(first) = statement.value.value.strip_prefix('(') else {
            report.error(
                statement.value.span.clone(),
                format!("`{keyword}=` takes a list in parentheses: `{keyword}=(Name=0x1 ...)`"),
            );
            return;
        };
        let mut piece = Spanned::new(
            first,
            statement.value.span.start + 1..statement.value.span.end,
        );
        loop {
            let (inside, closed) = match piece.value.split_once(')') {
                Some((inside, _)) => (inside, true),
                None => (piece.value, false),
            };
            for (offset, token) in tokens(inside) {
                let start = piece.span.start + offset;
                declaration(
                    report,
                    names,
                    Spanned::new(token, start..start + token.len()),
                );
            }
            if closed {
                return;
            }
            match self.next_line() {
                Some(line) => piece = Spanned::new(line.text, line.span()),
                None => {
                    report.error(
                        statement.keyword.span.clone(),
                        format!("the list of `{keyword}=` has no `)` to end it"),
                    );
                    return;
                }
            }
        }
    }

    /// A message: its `MessageId=` statement is read; the rest follows.
    fn message(&mut self, report: &mut Reporter<'_>, line: &Line<'s>, id: KeywordLine<'s>) {
        let header = line.span();
        let mut name = None;
        let mut severity = None;
        let mut facility = None;
        let mut texts: Vec<Text<'s>> = Vec::new();
        let mut unterminated = false;
        let mut saw_language = false;
        while let Some(next) = self.peek_statement() {
            let Some(statement) = keyword_line(&next) else {
                break;
            };
            let keyword = statement.keyword.value;
            let is = |k: &str| keyword.eq_ignore_ascii_case(k);
            if is(LANGUAGE) {
                self.at += 1;
                saw_language = true;
                let Ok(text) = self.text(report, &next, statement.value) else {
                    // The rest of the file was its text.
                    unterminated = true;
                    break;
                };
                if let Some(text) = text {
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
                continue;
            }
            let slot = if is(SYMBOLIC_NAME) {
                &mut name
            } else if is(SEVERITY) {
                &mut severity
            } else if is(FACILITY) {
                &mut facility
            } else if is(OUTPUT_BASE) {
                self.at += 1;
                output_base(report, &statement.value);
                continue;
            } else {
                // Another message, or a header keyword between messages.
                break;
            };
            self.at += 1;
            if !texts.is_empty() {
                report.error(
                    statement.keyword.span.clone(),
                    format!("`{keyword}=` must come before the message's first `{LANGUAGE}=`"),
                );
            } else if let Some(earlier) = slot.replace(statement.value.clone()) {
                let line = report.line(earlier.span.start);
                report.error(
                    statement.keyword.span.clone(),
                    format!("this message already says `{keyword}=` (line {line})"),
                );
            }
        }

        if let Some(severity) = &severity
            && let Some(value) = self.severities.value_of(report, severity)
        {
            self.severity = value;
        }
        if let Some(facility) = &facility
            && let Some(value) = self.facilities.value_of(report, facility)
        {
            self.facility = value;
        }
        let code = self.code(report, &id);
        if name.is_none() {
            report.error(
                id.keyword.span.clone(),
                format!("this message has no `{SYMBOLIC_NAME}=`: the catalog names every entry"),
            );
        }
        if !saw_language {
            report.error(
                id.keyword.span.clone(),
                format!("this message has no text: add `{LANGUAGE}=English`, its text and a line with a lone `.`"),
            );
        }
        self.messages.push(Message {
            header,
            code,
            name,
            texts,
            texts_reported: unterminated || !saw_language,
        });
    }

    /// The code of a message: `MessageId=` read against the facility's previous id.
    fn code(&mut self, report: &mut Reporter<'_>, id: &KeywordLine<'s>) -> Option<Spanned<u32>> {
        let previous = self.previous_ids.get(&self.facility).copied();
        let written = id.value.value;
        let (message_id, span) = if written.is_empty() {
            (Some(previous.map_or(0, |p| p + 1)), id.keyword.span.clone())
        } else if let Some(step) = written.strip_prefix('+') {
            (
                number(step.trim()).map(|n| previous.unwrap_or(0) + n),
                id.value.span.clone(),
            )
        } else {
            (number(written), id.value.span.clone())
        };
        let Some(message_id) = message_id else {
            report.error(
                span,
                format!("`{MESSAGE_ID}={written}` is not a number: write decimal digits, 0x and hex digits, `+` and a number, or nothing"),
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
        self.previous_ids.insert(self.facility, message_id);
        let code = (self.severity << 30) | (self.facility << 16) | message_id;
        Some(Spanned::new(code, span))
    }

    /// A `Language=` block: the language, then the text up to a line holding only `.`;
    /// `Ok(None)` for a language not declared, `Err` for a text the file ends in (both
    /// reported).
    fn text(
        &mut self,
        report: &mut Reporter<'_>,
        line: &Line<'s>,
        language: Spanned<&'s str>,
    ) -> Result<Option<Text<'s>>, ()> {
        let known = self.languages.value_of(report, &language).is_some();
        let mut text_lines: Vec<Line<'s>> = Vec::new();
        loop {
            let Some(next) = self.next_line() else {
                report.error(
                    line.span(),
                    "this text has no line with a lone `.` to end it",
                );
                return Err(());
            };
            if next.ends_text() {
                break;
            }
            text_lines.push(next);
        }
        let text: Vec<&str> = text_lines.iter().map(|l| l.text).collect();
        let span = match (text_lines.first(), text_lines.last()) {
            (Some(first), Some(last)) => first.start..last.start + last.text.len(),
            _ => language.span.clone(),
        };
        Ok(known.then(|| Text {
            language,
            text: Spanned::new(text.join("\n"), span),
        }))
    }
}

/// The words of a names list with their offsets in `text`.
fn tokens(text: &str) -> Vec<(usize, &str)> {
    let mut words = Vec::new();
    let mut start = None;
    for (at, c) in text.char_indices().chain([(text.len(), ' ')]) {
        match (start, c.is_whitespace()) {
            (None, false) => start = Some(at),
            (Some(from), true) => {
                words.extend(text.get(from..at).map(|word| (from, word)));
                start = None;
            }
            _ => {}
        }
    }
    words
}

/// `name=value[:symbol]` of a names list.
fn declaration(report: &mut Reporter<'_>, names: &mut Names, token: Spanned<&str>) {
    let (name, rest) = token.value.split_once('=').unwrap_or((token.value, ""));
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
