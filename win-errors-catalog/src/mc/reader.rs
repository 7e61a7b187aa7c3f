//! The reader of a message file: a cursor over its text that takes the statements as the
//! documentation defines them (`keyword=value` ended by white space), the names lists, and
//! each message with its texts.

use core::ops::Range;
use std::collections::HashMap;

use win_errors_layout::parse_code;

use super::declared::{Names, declaration};
use super::{
    DEFAULT_FACILITIES, DEFAULT_LANGUAGES, DEFAULT_SEVERITIES, FACILITY, FACILITY_NAMES, KEYWORDS,
    LANGUAGE, LANGUAGE_NAMES, MAX_FACILITY, MAX_MESSAGE_ID, MAX_SEVERITY, MESSAGE_ID,
    MESSAGE_ID_TYPEDEF, Message, OUTPUT_BASE, SEVERITY, SEVERITY_NAMES, SYMBOLIC_NAME, Text,
};
use crate::ast::Spanned;
use crate::names::suggest;
use crate::reporter::Reporter;

/// What a file says: its messages in file order, and its last `MessageIdTypedef`.
pub(super) struct Read<'s> {
    pub(super) messages: Vec<Message<'s>>,
    pub(super) typedef: Option<Spanned<&'s str>>,
}

/// Reads `source`, recording every problem in `report`.
pub(super) fn read<'s>(report: &mut Reporter<'_>, source: &'s str) -> Read<'s> {
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
    Read {
        messages: parser.messages,
        typedef: parser.typedef,
    }
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
        } else if let Some(list) = self.names_declared_by(keyword).map(|names| names.keyword) {
            for token in self.names_list(report, keyword, list) {
                if let Some(names) = self.names_declared_by(keyword) {
                    declaration(report, names, token);
                }
            }
        } else {
            return false;
        }
        true
    }

    /// The names a `...Names=` keyword declares into, or `None` for another keyword.
    fn names_declared_by(&mut self, keyword: &Keyword<'_>) -> Option<&mut Names> {
        if keyword.is(SEVERITY_NAMES) {
            Some(&mut self.severities)
        } else if keyword.is(FACILITY_NAMES) {
            Some(&mut self.facilities)
        } else if keyword.is(LANGUAGE_NAMES) {
            Some(&mut self.languages)
        } else {
            None
        }
    }

    /// The `name=value[:symbol]` words of `(...)` after the keyword of the names list `list`,
    /// on as many lines as it takes (the `(` may be on the next line).
    fn names_list(
        &mut self,
        report: &mut Reporter<'_>,
        keyword: &Keyword<'s>,
        list: &str,
    ) -> Vec<Spanned<&'s str>> {
        let mut tokens = Vec::new();
        self.skip_blank();
        let Some(inside) = self.rest().strip_prefix('(') else {
            let end = self.line_end(self.at);
            report.error(
                keyword.word.span.start..end.max(keyword.after),
                format!("`{list}=` takes a list in parentheses: `{list}=(Name=0x1 ...)`"),
            );
            self.at = end;
            return tokens;
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
                return tokens;
            }
            if let Some(after) = rest.strip_prefix(')') {
                self.at = self.source.len() - after.len();
                return tokens;
            }
            tokens.push(self.declaration_token());
        }
    }

    /// One `name=value[:symbol]` of a names list, spaces around `=` allowed (as around
    /// every `=`): the text from the name to the end of the value.
    ///
    /// The cursor is past blanks and not at a `)` (as `names_list` leaves it), so the token
    /// is never empty: a name of at least one character, or the `=` a missing name leaves.
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
                parse_code(step)
                    .ok()
                    .map(|n| previous.unwrap_or(0).saturating_add(n)),
                id.span.clone(),
            )
        } else {
            (parse_code(written).ok(), id.span.clone())
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
