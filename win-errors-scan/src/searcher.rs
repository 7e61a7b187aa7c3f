//! The searcher: lines from a reader, in bounded memory.
//!
//! The reader's bytes go through one buffer of fixed size; each line is handed out as a slice
//! of it, without its line end (`\n`, `\r\n`). A line longer than [`MAX_LINE`] is handed out
//! in pieces of at most that size, cut where no code can be (after a byte that is neither a
//! letter, a digit, `_` nor `-`), so memory never grows with the input: a 10 GB file without a
//! newline is read in 64 KiB pieces. Bytes are not decoded: invalid UTF-8, NUL bytes and other
//! binary data pass through as they are.

use std::io::{self, Read};

/// The longest line handed out whole, in bytes; longer lines come in pieces.
pub const MAX_LINE: usize = 64 * 1024;

/// How far back from [`MAX_LINE`] a piece may end to avoid cutting a word in two.
const CUT_SEARCH: usize = 256;

/// One line, or one piece of a line longer than [`MAX_LINE`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Line<'a> {
    /// The line's number, from 1.
    pub number: u64,
    /// Where this piece starts in its line, in bytes (0 for a whole line).
    pub offset: usize,
    /// The bytes, without the line end.
    pub bytes: &'a [u8],
    /// Whether more pieces of the same line follow.
    pub continues: bool,
}

/// Reads lines from `reader` and calls `each` with every line (or piece) in order; stops at
/// the end of the input, or with the first error of `reader` or of `each`.
pub fn for_each_line<R: Read>(
    mut reader: R,
    mut each: impl FnMut(Line<'_>) -> io::Result<()>,
) -> io::Result<()> {
    let mut buffer = vec![0u8; MAX_LINE * 2];
    // `buffer[start..filled]` holds bytes read and not yet handed out.
    let mut start = 0;
    let mut filled = 0;
    let mut number = 1u64;
    let mut offset = 0usize;
    let mut at_end = false;
    loop {
        let pending = buffer.get(start..filled).unwrap_or_default();
        // A line end within reach of a whole line: beyond it, the line comes in pieces.
        let reach = pending.get(..=MAX_LINE).unwrap_or(pending);
        if let Some(newline) = memchr::memchr(b'\n', reach) {
            let line = pending.get(..newline).unwrap_or_default();
            each(Line {
                number,
                offset,
                bytes: line.strip_suffix(b"\r").unwrap_or(line),
                continues: false,
            })?;
            start += newline + 1;
            number += 1;
            offset = 0;
            continue;
        }
        if pending.len() >= MAX_LINE {
            let piece = pending.get(..MAX_LINE).unwrap_or_default();
            let cut = cut_point(piece);
            each(Line {
                number,
                offset,
                bytes: piece.get(..cut).unwrap_or_default(),
                continues: true,
            })?;
            start += cut;
            offset += cut;
            continue;
        }
        if at_end {
            if !pending.is_empty() {
                each(Line {
                    number,
                    offset,
                    bytes: pending.strip_suffix(b"\r").unwrap_or(pending),
                    continues: false,
                })?;
            }
            return Ok(());
        }
        // Move what is pending to the front, then fill the rest.
        buffer.copy_within(start..filled, 0);
        filled -= start;
        start = 0;
        let free = buffer.get_mut(filled..).unwrap_or_default();
        match reader.read(free) {
            Ok(0) => at_end = true,
            Ok(read) => filled += read,
            Err(error) if error.kind() == io::ErrorKind::Interrupted => {}
            Err(error) => return Err(error),
        }
    }
}

/// Where to end a piece of a long line: after the last byte that cannot be inside a code,
/// within the last [`CUT_SEARCH`] bytes, else at the end.
fn cut_point(piece: &[u8]) -> usize {
    let window = piece.len().saturating_sub(CUT_SEARCH);
    piece
        .get(window..)
        .and_then(|tail| {
            tail.iter()
                .rposition(|b| !(b.is_ascii_alphanumeric() || *b == b'_' || *b == b'-'))
        })
        .map_or(piece.len(), |i| window + i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A line's number, offset, bytes and whether more pieces follow.
    type Piece = (u64, usize, Vec<u8>, bool);

    fn lines(input: &[u8]) -> Vec<Piece> {
        lines_of(input).unwrap()
    }

    /// Each line or piece `input` gives, or the error that ended the search.
    fn lines_of(input: impl Read) -> io::Result<Vec<Piece>> {
        let mut out = Vec::new();
        for_each_line(input, |line| {
            out.push((
                line.number,
                line.offset,
                line.bytes.to_vec(),
                line.continues,
            ));
            Ok(())
        })?;
        Ok(out)
    }

    #[test]
    fn line_ends_of_every_kind() {
        assert_eq!(
            lines(b"a\nb\r\n\nlast"),
            [
                (1, 0, b"a".to_vec(), false),
                (2, 0, b"b".to_vec(), false),
                (3, 0, Vec::new(), false),
                (4, 0, b"last".to_vec(), false),
            ]
        );
        assert!(lines(b"").is_empty());
        assert_eq!(
            lines(b"\xff\x00\n").first().map(|l| l.2.clone()),
            Some(b"\xff\x00".to_vec())
        );
    }

    #[test]
    fn a_long_line_comes_in_pieces_cut_between_words() {
        let word = b"error 0xC0000005 ";
        let mut input: Vec<u8> = word
            .iter()
            .copied()
            .cycle()
            .take(MAX_LINE * 3 + 5)
            .collect();
        input.extend_from_slice(b"\nnext\n");
        let got = lines(&input);
        let pieces: Vec<_> = got.iter().filter(|l| l.0 == 1).collect();
        assert!(pieces.len() >= 3, "{}", pieces.len());
        assert!(pieces.iter().all(|p| p.2.len() <= MAX_LINE));
        // Every piece ends after a space: no code is cut in two.
        for piece in &pieces[..pieces.len() - 1] {
            assert_eq!(piece.2.last(), Some(&b' '));
            assert!(piece.3);
        }
        let joined: Vec<u8> = pieces.iter().flat_map(|p| p.2.clone()).collect();
        assert_eq!(joined, input[..MAX_LINE * 3 + 5]);
        assert_eq!(pieces[1].1, pieces[0].2.len());
        assert_eq!(
            got.last().map(|l| (l.0, l.2.clone())),
            Some((2, b"next".to_vec()))
        );
    }

    #[test]
    fn a_hyphen_or_an_underscore_joins_a_code_and_is_no_place_to_cut() {
        let input = b"E_FAIL-0x80004005 ".repeat(MAX_LINE / 6);
        let pieces = lines(&input);
        assert!(pieces.len() > 1);
        for piece in &pieces[..pieces.len() - 1] {
            assert_eq!(piece.2.last(), Some(&b' '));
        }
    }

    #[test]
    fn a_line_of_sixty_kilobytes_comes_whole() {
        let line = vec![b'x'; 60 * 1024];
        assert_eq!(lines(&line), [(1, 0, line.clone(), false)]);
    }

    /// A reader that fails once with `kind`, then gives `text`.
    struct FailingOnce {
        kind: Option<io::ErrorKind>,
        text: &'static [u8],
    }

    impl Read for FailingOnce {
        fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
            if let Some(kind) = self.kind.take() {
                return Err(io::Error::from(kind));
            }
            self.text.read(out)
        }
    }

    #[test]
    fn an_interrupted_read_is_tried_again_and_any_other_error_ends_the_search() {
        let reader = FailingOnce {
            kind: Some(io::ErrorKind::Interrupted),
            text: b"a\nb",
        };
        let got: Vec<Vec<u8>> = lines_of(reader).unwrap().into_iter().map(|l| l.2).collect();
        assert_eq!(got, [b"a".to_vec(), b"b".to_vec()]);

        let reader = FailingOnce {
            kind: Some(io::ErrorKind::InvalidData),
            text: b"a\n",
        };
        let error = lines_of(reader).unwrap_err();
        assert_eq!(error.kind(), io::ErrorKind::InvalidData);
    }

    #[test]
    fn megabytes_without_a_newline_stay_in_the_buffer() {
        let input = vec![b'7'; 10 * MAX_LINE + 3];
        let got = lines(&input);
        assert_eq!(got.len(), 11);
        assert!(got.iter().all(|l| l.0 == 1 && l.2.len() <= MAX_LINE));
    }
}
