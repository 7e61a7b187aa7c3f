//! Diagnostics: what is wrong with a catalog and where, in byte offsets of the source text.

use core::fmt;
use core::ops::Range;
use std::borrow::Cow;

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
    /// line with a caret under the span, or `path: message` when there is no span. To render
    /// many diagnostics of one source, [`SourceMap::render`] indexes the lines once.
    pub fn render(&self, path: &str, source: &str) -> String {
        SourceMap::new(source).render(path, self)
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

/// Quoted lines longer than this many characters are cut to this many around the caret, so
/// that a catalog written on one enormous line does not repeat it in every diagnostic.
pub const QUOTE_WIDTH: usize = 100;

/// A source text with the start of every line, to turn byte offsets into positions in
/// logarithmic time however many diagnostics a catalog has.
#[derive(Clone, Debug)]
pub struct SourceMap<'s> {
    source: &'s str,
    /// Byte offset of each line's start; the first line starts after a byte order mark.
    line_starts: Vec<usize>,
}

impl<'s> SourceMap<'s> {
    /// Indexes the lines of `source`.
    pub fn new(source: &'s str) -> Self {
        // Editors hide a byte order mark: the first line's columns start after it.
        let bom = if source.starts_with('\u{feff}') {
            '\u{feff}'.len_utf8()
        } else {
            0
        };
        let line_starts = core::iter::once(bom)
            .chain(source.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        SourceMap {
            source,
            line_starts,
        }
    }

    /// The position of byte `offset` (clamped to the text and to a character boundary).
    pub fn position(&self, offset: usize) -> Position {
        let source = self.source;
        let mut offset = offset.min(source.len());
        while !source.is_char_boundary(offset) {
            offset -= 1;
        }
        let first = self.line_starts.first().copied().unwrap_or(0);
        offset = offset.max(first);
        // The last line starting at or before `offset`.
        let line = self.line_starts.partition_point(|&start| start <= offset);
        let line_start = self
            .line_starts
            .get(line.saturating_sub(1))
            .copied()
            .unwrap_or(first);
        let column = source
            .get(line_start..offset)
            .unwrap_or_default()
            .chars()
            .count()
            + 1;
        Position {
            line: line.max(1),
            column,
            line_start,
            byte_in_line: offset - line_start,
        }
    }

    /// Renders `diagnostic` as [`Diagnostic::render`] does: `path:line:column: message`,
    /// then the quoted line (the shape a compile error's message takes).
    pub fn render(&self, path: &str, diagnostic: &Diagnostic) -> String {
        match self.snippet(diagnostic) {
            Some((position, snippet)) => format!(
                "{path}:{}:{}: {}\n{snippet}",
                position.line, position.column, diagnostic.message
            ),
            None => format!("{path}: {}", diagnostic.message),
        }
    }

    /// Renders `diagnostic` the way rustc shows an error: `error: message`, then
    /// ` --> path:line:column` and the quoted line.
    pub fn render_rustc(&self, path: &str, diagnostic: &Diagnostic) -> String {
        match self.snippet(diagnostic) {
            Some((position, snippet)) => {
                let gutter = " ".repeat(position.line.to_string().len());
                format!(
                    "error: {}\n{gutter}--> {path}:{}:{}\n{snippet}",
                    diagnostic.message, position.line, position.column
                )
            }
            None => format!("error: {}\n --> {path}", diagnostic.message),
        }
    }

    /// The position of a diagnostic's span and its line quoted with a caret underneath,
    /// or `None` for a diagnostic about the whole catalog.
    fn snippet(&self, diagnostic: &Diagnostic) -> Option<(Position, String)> {
        let span = diagnostic.span.as_ref()?;
        let position = self.position(span.start);
        let line_text = position.line_text(self.source);
        let caret_start = line_text
            .get(..position.byte_in_line)
            .map_or(0, |before| before.chars().count());
        // An empty span still gets one caret (`caret_len` is at least 1).
        let span_end_in_line = (span.end.max(span.start) - position.line_start)
            .min(line_text.len())
            .max(position.byte_in_line);
        let caret_len = line_text
            .get(position.byte_in_line..span_end_in_line)
            .map_or(1, |s| s.chars().count())
            .max(1);
        let (shown, caret_start, caret_len) = clip(line_text, caret_start, caret_len);
        let number = position.line.to_string();
        let gutter = " ".repeat(number.len());
        let pad: String = shown
            .chars()
            .take(caret_start)
            .map(|c| if c == '\t' { '\t' } else { ' ' })
            .collect();
        let caret = "^".repeat(caret_len);
        let snippet = format!("{gutter} |\n{number} | {shown}\n{gutter} | {pad}{caret}");
        Some((position, snippet))
    }
}

/// A catalog file's bytes as text: `Ok` when they are UTF-8; else their lossy decoding
/// (to quote lines from) and the diagnostic pointing at the first invalid byte.
pub fn decode(bytes: &[u8]) -> Result<&str, (String, Diagnostic)> {
    core::str::from_utf8(bytes).map_err(|error| {
        let at = error.valid_up_to();
        // The lossy text replaces the bad bytes, so the offsets before them stay right.
        let lossy = String::from_utf8_lossy(bytes).into_owned();
        (
            lossy,
            Diagnostic::at(at..at + 1, "the catalog is not valid UTF-8"),
        )
    })
}

/// A Message Compiler file's bytes as text: UTF-16 (little or big endian) when they start
/// with its byte order mark, as `mc -u` reads them and as Visual Studio saves them, else as
/// [`decode`] reads UTF-8. A UTF-16 text with an unpaired surrogate gives its lossy decoding
/// and a diagnostic at the first replacement character.
pub fn decode_message_file(bytes: &[u8]) -> Result<Cow<'_, str>, (String, Diagnostic)> {
    let unit: fn([u8; 2]) -> u16 = match bytes {
        [0xFF, 0xFE, ..] => u16::from_le_bytes,
        [0xFE, 0xFF, ..] => u16::from_be_bytes,
        _ => return decode(bytes).map(Cow::Borrowed),
    };
    let text_units = bytes
        .get(2..)
        .unwrap_or_default()
        .chunks(2)
        .map(|chunk| match *chunk {
            [a, b] => unit([a, b]),
            // An odd last byte: no code unit, shown as a replacement character.
            _ => 0xD800,
        });
    let mut text = String::with_capacity(bytes.len() / 2);
    let mut first_bad = None;
    for decoded in char::decode_utf16(text_units) {
        let c = decoded.unwrap_or_else(|_| {
            first_bad.get_or_insert(text.len());
            char::REPLACEMENT_CHARACTER
        });
        text.push(c);
    }
    match first_bad {
        None => Ok(Cow::Owned(text)),
        Some(at) => Err((
            text,
            Diagnostic::at(at..at + 1, "the message file is not valid UTF-16"),
        )),
    }
}

/// `line` cut to [`QUOTE_WIDTH`] characters around the caret (with `...` where it was cut),
/// and the caret's start and length in the cut text.
fn clip(line: &str, caret_start: usize, caret_len: usize) -> (String, usize, usize) {
    let length = line.chars().count();
    if length <= QUOTE_WIDTH {
        return (line.to_owned(), caret_start, caret_len);
    }
    const CUT: &str = "...";
    let first = caret_start
        .saturating_sub(QUOTE_WIDTH / 4)
        .min(length - QUOTE_WIDTH);
    let mut shown = String::new();
    if first > 0 {
        shown.push_str(CUT);
    }
    shown.extend(line.chars().skip(first).take(QUOTE_WIDTH));
    if first + QUOTE_WIDTH < length {
        shown.push_str(CUT);
    }
    let lead = if first > 0 { CUT.len() } else { 0 };
    let caret_in_window = caret_start - first;
    let caret_len = caret_len.min(QUOTE_WIDTH - caret_in_window).max(1);
    (shown, lead + caret_in_window, caret_len)
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
    /// The position of byte `offset` in `source` (clamped to the text's length). Indexes the
    /// whole text: for many offsets, use one [`SourceMap`].
    pub fn of(source: &str, offset: usize) -> Position {
        SourceMap::new(source).position(offset)
    }

    /// The text of this position's line, without its line ending (`\n` or `\r\n`).
    pub fn line_text<'s>(&self, source: &'s str) -> &'s str {
        let rest = source.get(self.line_start..).unwrap_or_default();
        let line = rest.split('\n').next().unwrap_or_default();
        line.strip_suffix('\r').unwrap_or(line)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn displays_as_its_message() {
        let diagnostic = Diagnostic::at(3..4, "code -1 is negative");
        assert_eq!(diagnostic.to_string(), "code -1 is negative");
    }

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
    fn the_caret_spans_the_span_on_any_line_and_one_character_when_empty() {
        let source = "[[error]]\nname = \"A\" # the name\ncode = 1\n";
        let start = source.find("\"A\"").unwrap();
        let quoted = Diagnostic::at(start..start + 3, "a name");
        let empty = Diagnostic::at(start..start, "before the name");
        let map = SourceMap::new(source);
        assert!(map.render("c.toml", &quoted).ends_with("\n  |        ^^^"));
        assert!(map.render("c.toml", &empty).ends_with("\n  |        ^"));
    }

    #[test]
    fn renders_in_rustc_style() {
        let source = "[[error]]\nname = \"A\"\ncode = -1\n";
        let start = source.find("-1").unwrap();
        let d = Diagnostic::at(start..start + 2, "code -1 is negative");
        assert_eq!(
            SourceMap::new(source).render_rustc("catalog.toml", &d),
            "error: code -1 is negative\n --> catalog.toml:3:8\n  |\n3 | code = -1\n  |        ^^"
        );
        let whole = Diagnostic::whole("the catalog has no entries");
        assert_eq!(
            SourceMap::new("").render_rustc("c.toml", &whole),
            "error: the catalog has no entries\n --> c.toml"
        );
    }

    #[test]
    fn message_files_are_read_in_utf16_either_way_and_in_utf8() {
        let text = "MessageId=1\r\nSymbolicName=APP_É\r\n";
        let little: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        let big: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain(text.encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        for bytes in [little, big] {
            assert_eq!(decode_message_file(&bytes).unwrap(), text);
        }
        assert!(matches!(
            decode_message_file(text.as_bytes()),
            Ok(Cow::Borrowed(t)) if t == text
        ));
        // An unpaired surrogate, then an odd last byte: the first is reported.
        let mut broken: Vec<u8> = vec![0xFF, 0xFE, b'A', 0, 0x00, 0xD8, b'B', 0];
        broken.push(b'C');
        let (lossy, diagnostic) = decode_message_file(&broken).unwrap_err();
        assert_eq!(lossy, "A\u{FFFD}B\u{FFFD}");
        assert_eq!(diagnostic.span, Some(1..2));
    }

    #[test]
    fn invalid_utf8_is_a_diagnostic_at_the_first_bad_byte() {
        assert_eq!(decode(b"a = 1"), Ok("a = 1"));
        let (lossy, d) = decode(b"a = \"\xff\"\n").unwrap_err();
        assert_eq!(
            d.render("c.toml", &lossy).lines().next(),
            Some("c.toml:1:6: the catalog is not valid UTF-8")
        );
    }

    #[test]
    fn long_lines_are_quoted_around_the_caret() {
        let source = format!("related = [{}999]\n", "1, ".repeat(1_000));
        let start = source.find("999").unwrap();
        let rendered =
            Diagnostic::at(start..start + 3, "no entry has code 999").render("c", &source);
        let lines: Vec<&str> = rendered.lines().collect();
        assert_eq!(lines[0], "c:1:3012: no entry has code 999");
        assert!(lines[2].starts_with("1 | ...1, 1, "), "{rendered}");
        assert!(lines[2].ends_with("999]"), "{rendered}");
        assert_eq!(lines[2].chars().count(), "1 | ...".len() + QUOTE_WIDTH);
        // The caret sits under the code it points at.
        let caret = lines[3].find('^').unwrap();
        assert_eq!(&lines[2][caret..caret + 3], "999");
        assert!(lines[3].ends_with("^^^"));
        // At the start of a long line, the cut is at the end only.
        let rendered = Diagnostic::at(0..7, "x").render("c", &source);
        assert!(rendered.contains("1 | related = [1, "), "{rendered}");
        assert!(
            rendered.lines().nth(2).unwrap().ends_with("..."),
            "{rendered}"
        );
    }

    #[test]
    fn a_long_line_is_cut_a_quarter_window_before_the_caret() {
        let line: String = (0..300)
            .map(|i| char::from(b'a' + (i % 26) as u8))
            .collect();
        let window = |from: usize| &line[from..from + QUOTE_WIDTH];
        // In the middle: cut on both sides, the caret a quarter of the window in.
        let (shown, start, len) = clip(&line, 150, 3);
        assert_eq!(shown, format!("...{}...", window(125)));
        assert_eq!((start, len), (3 + QUOTE_WIDTH / 4, 3));
        // Near the start: cut at the end only, the caret where it was.
        let (shown, start, len) = clip(&line, 10, 5);
        assert_eq!(shown, format!("{}...", window(0)));
        assert_eq!((start, len), (10, 5));
        // A caret longer than the window ends with it.
        let (_, start, len) = clip(&line, 150, 500);
        assert_eq!(
            (start, len),
            (3 + QUOTE_WIDTH / 4, QUOTE_WIDTH - QUOTE_WIDTH / 4)
        );
    }

    #[test]
    fn text_that_is_not_utf8_is_reported_at_its_first_bad_byte() {
        let (lossy, diagnostic) = decode(b"a = \xFF1\n").unwrap_err();
        assert_eq!(lossy, "a = \u{FFFD}1\n");
        assert_eq!(diagnostic.span, Some(4..5));
        assert_eq!(decode(b"a = 1\n"), Ok("a = 1\n"));
    }

    #[test]
    fn positions_of_many_offsets_use_one_line_index() {
        let source = "a\r\nbb\n\nc";
        let map = SourceMap::new(source);
        let found: Vec<(usize, usize)> = (0..=source.len())
            .map(|o| map.position(o))
            .map(|p| (p.line, p.column))
            .collect();
        assert_eq!(
            found,
            [
                (1, 1),
                (1, 2),
                (1, 3),
                (2, 1),
                (2, 2),
                (2, 3),
                (3, 1),
                (4, 1),
                (4, 2)
            ]
        );
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
