//! Diagnostics: what is wrong with a catalog and where, in byte offsets of the source text.

use core::fmt;
use core::ops::Range;

/// One problem found in a catalog.
///
/// The span is a byte range in the catalog's text; `None` when the problem concerns the
/// catalog as a whole (an empty catalog, for example).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// What is wrong, as one sentence without a trailing period.
    pub message: String,
    /// Where in the source text, as a byte range.
    pub span: Option<Range<usize>>,
}

impl Diagnostic {
    /// A diagnostic pointing at `span`.
    pub fn at(span: Range<usize>, message: impl Into<String>) -> Self {
        Diagnostic {
            message: message.into(),
            span: Some(span),
        }
    }

    /// A diagnostic about the whole catalog.
    pub fn whole(message: impl Into<String>) -> Self {
        Diagnostic {
            message: message.into(),
            span: None,
        }
    }

    /// Renders this diagnostic as `path:line:column: message` followed by the quoted source
    /// line with a caret under the span, or `path: message` when there is no span.
    pub fn render(&self, path: &str, source: &str) -> String {
        let Some(span) = &self.span else {
            return format!("{path}: {}", self.message);
        };
        let position = Position::of(source, span.start);
        let line_text = position.line_text(source);
        let caret_start = line_text
            .char_indices()
            .take_while(|(i, _)| *i < position.byte_in_line)
            .count();
        let span_end_in_line = (span.end.max(span.start + 1) - position.line_start)
            .min(line_text.len())
            .max(position.byte_in_line);
        let caret_len = line_text
            .get(position.byte_in_line..span_end_in_line)
            .map_or(1, |s| s.chars().count())
            .max(1);
        let number = position.line.to_string();
        let gutter = " ".repeat(number.len());
        let pad: String = line_text
            .chars()
            .take(caret_start)
            .map(|c| if c == '\t' { '\t' } else { ' ' })
            .collect();
        format!(
            "{path}:{}:{}: {}\n{gutter} |\n{number} | {line_text}\n{gutter} | {pad}{}",
            position.line,
            position.column,
            self.message,
            "^".repeat(caret_len)
        )
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

/// A line and column (both 1-based; the column counts characters) of a byte offset.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Position {
    /// 1-based line number.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// Byte offset of the start of the line.
    pub line_start: usize,
    /// Byte offset within the line.
    pub byte_in_line: usize,
}

impl Position {
    /// The position of byte `offset` in `source` (clamped to the text's length).
    pub fn of(source: &str, offset: usize) -> Position {
        let mut offset = offset.min(source.len());
        while !source.is_char_boundary(offset) {
            offset -= 1;
        }
        // Editors hide a byte order mark: count the first line's columns after it.
        let bom = if source.starts_with('\u{feff}') {
            '\u{feff}'.len_utf8()
        } else {
            0
        };
        offset = offset.max(bom);
        let before = source.get(..offset).unwrap_or_default();
        let line_start = before.rfind('\n').map_or(bom, |i| i + 1);
        let line = before.bytes().filter(|b| *b == b'\n').count() + 1;
        let column = before.get(line_start..).unwrap_or_default().chars().count() + 1;
        Position {
            line,
            column,
            line_start,
            byte_in_line: offset - line_start,
        }
    }

    /// The text of this position's line, without its line ending (`\n` or `\r\n`).
    pub fn line_text<'s>(&self, source: &'s str) -> &'s str {
        let rest = source.get(self.line_start..).unwrap_or_default();
        let line = rest.split('\n').next().unwrap_or_default();
        line.strip_suffix('\r').unwrap_or(line)
    }
}

/// The 1-based line number of byte `offset` in `source`.
pub fn line_of(source: &str, offset: usize) -> usize {
    Position::of(source, offset).line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_path_line_column_and_caret() {
        let source = "[[error]]\nname = \"A\"\ncode = -1\n";
        let start = source.find("-1").unwrap();
        let d = Diagnostic::at(start..start + 2, "code -1 is negative");
        assert_eq!(
            d.render("catalog.toml", source),
            "catalog.toml:3:8: code -1 is negative\n  |\n3 | code = -1\n  |        ^^"
        );
    }

    #[test]
    fn whole_catalog_diagnostic_has_no_position() {
        let d = Diagnostic::whole("the catalog has no entries");
        assert_eq!(d.render("c.toml", ""), "c.toml: the catalog has no entries");
    }

    #[test]
    fn columns_count_characters_and_crlf_is_one_line_break() {
        let source = "a = 1\r\nmessage = \"é\" x\r\n";
        let offset = source.find('x').unwrap();
        let p = Position::of(source, offset);
        assert_eq!((p.line, p.column), (2, 15));
        assert_eq!(p.line_text(source), "message = \"é\" x");
    }

    #[test]
    fn a_byte_order_mark_is_not_a_column() {
        let source = "\u{feff}a = 1\nb = 2\n";
        let p = Position::of(source, source.find('a').unwrap());
        assert_eq!((p.line, p.column), (1, 1));
        assert_eq!(p.line_text(source), "a = 1");
    }

    #[test]
    fn offsets_past_the_end_or_inside_a_character_are_clamped() {
        let source = "é";
        assert_eq!(Position::of(source, 1).column, 1);
        assert_eq!(Position::of(source, 99).column, 2);
        let rendered = Diagnostic::at(50..60, "x").render("f", source);
        assert!(rendered.starts_with("f:1:2: x"), "{rendered}");
    }
}
