//! The words around a number that say whether it is a code, and in which space.

use win_errors_core::{CodeSpace, SpaceInfo};

/// The words that head a compound written in one case without a break (`errorcode`,
/// `exitcode`, `returncode`, `lasterror`, `winerror`, `nativeerrorcode`), as Python's
/// `CompletedProcess(returncode=...)` and `Process(exitcode=...)` print them. A plain word
/// that merely ends like a keyword (`barcode`, `opcode`, `stderr`) has no such head.
const COMPOUND_HEADS: &[&str] = &[
    "error", "err", "exit", "return", "ret", "result", "last", "win", "native",
];

/// Whether `word` is `keyword`, or ends with it as the last part of a compound
/// (`ErrorCode`, `error_code`, `GetLastError`, `errorcode`).
pub(super) fn names_keyword(word: &str, keyword: &str) -> bool {
    if word.eq_ignore_ascii_case(keyword) {
        return true;
    }
    let Some(split) = word.len().checked_sub(keyword.len()) else {
        return false;
    };
    let Some((head, tail)) = word.split_at_checked(split) else {
        return false;
    };
    let joined = head.ends_with('_')
        || (tail.starts_with(|c: char| c.is_ascii_uppercase())
            && head.ends_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit()))
        || made_of_heads(head);
    joined && tail.eq_ignore_ascii_case(keyword)
}

/// Whether `head` is made of [`COMPOUND_HEADS`] alone, in any case (the empty head too:
/// [`names_keyword`] has taken the keyword alone before it asks).
fn made_of_heads(head: &str) -> bool {
    let mut rest = head;
    while !rest.is_empty() {
        let Some(shorter) = COMPOUND_HEADS
            .iter()
            .find(|h| ends_with_ignore_case(rest, h))
            .and_then(|h| rest.get(..rest.len() - h.len()))
        else {
            return false;
        };
        rest = shorter;
    }
    true
}

/// What comes before `keyword` in `word`, a compound that ends with it ([`names_keyword`]),
/// without the `_` that joins them: `HttpStatus` of `HttpStatusCode`, `status` of
/// `status_code`, nothing of the keyword alone.
pub(super) fn compound_head<'w>(word: &'w str, keyword: &str) -> &'w str {
    let head = word
        .get(..word.len().saturating_sub(keyword.len()))
        .unwrap_or_default();
    head.strip_suffix('_').unwrap_or(head)
}

/// Whether `word` is one of `keywords`, alone or ending a compound ([`names_keyword`]).
pub(super) fn names_any(word: &str, keywords: &[&str]) -> bool {
    keywords.iter().any(|keyword| names_keyword(word, keyword))
}

pub(super) fn ends_with_ignore_case(word: &str, suffix: &str) -> bool {
    word.len() >= suffix.len()
        && word
            .get(word.len() - suffix.len()..)
            .is_some_and(|tail| tail.eq_ignore_ascii_case(suffix))
}

/// Whether a number after `word` (and `before` it) is a process's exit code: `exit code`,
/// `exited with code`, `ExitCode=`, `exit status`, and its return code (`return code`,
/// Python's `returncode`, `ReturnCode`, `return_code`).
pub(super) fn exit_context(word: &str, before: Option<&str>) -> bool {
    let exit = |w: &str| w.eq_ignore_ascii_case("exit") || w.eq_ignore_ascii_case("exited");
    let process = |w: &str| ends_with_ignore_case(w, "exit") || ends_with_ignore_case(w, "return");
    exit(word)
        || (names_keyword(word, "code") && process(compound_head(word, "code")))
        || (word.eq_ignore_ascii_case("code")
            && before.is_some_and(|b| {
                exit(b) || b.eq_ignore_ascii_case("return") || b.eq_ignore_ascii_case("with")
            }))
        || (word.eq_ignore_ascii_case("status") && before.is_some_and(exit))
}

/// Whether the number ending at `end` counts something: `3 tests`, `5 warnings`, `2 errors`
/// (a plural word of four letters or more follows it).
pub(super) fn followed_by_a_count(line: &[u8], end: usize) -> bool {
    let Some(rest) = line.get(end..).and_then(|rest| rest.strip_prefix(b" ")) else {
        return false;
    };
    let length = rest
        .iter()
        .position(|b| !b.is_ascii_alphabetic())
        .unwrap_or(rest.len());
    let word = rest.get(..length).unwrap_or_default();
    word.len() >= 4
        && word.last() == Some(&b's')
        && word.first().is_some_and(u8::is_ascii_lowercase)
}

/// The space whose `words` (as `which` picks them from its description) has `word`, in any
/// case.
pub(super) fn space_named_by(
    word: &str,
    which: fn(&SpaceInfo) -> &'static [&'static str],
) -> Option<CodeSpace> {
    CodeSpace::ALL.into_iter().find(|space| {
        which(space.info())
            .iter()
            .any(|w| word.eq_ignore_ascii_case(w))
    })
}

/// The word just before `start` and where it starts, past spaces and the punctuation that
/// joins a word to its value (`code: 5`, `hr = 0x...`, `GetLastError() returned`, `Os { code: 5`).
pub(super) fn word_before(line: &[u8], start: usize) -> Option<(usize, &str)> {
    let head = line.get(..start)?;
    let mut end = head.len();
    // At most a few joining bytes: `error = ` or `() returned `.
    let mut skipped = 0;
    while end > 0 && skipped < 8 {
        match head.get(end - 1).copied() {
            Some(
                b' ' | b'\t' | b':' | b'=' | b'(' | b')' | b'{' | b'[' | b'#' | b'-' | b'`' | b'\''
                | b'"',
            ) => {
                end -= 1;
                skipped += 1;
            }
            _ => break,
        }
    }
    let word_start = head
        .get(..end)?
        .iter()
        .rposition(|b| !b.is_ascii_alphanumeric() && *b != b'_')
        .map_or(0, |i| i + 1);
    let word = head.get(word_start..end)?;
    if word.is_empty() {
        return None;
    }
    Some((word_start, core::str::from_utf8(word).ok()?))
}

/// Whether the digits at `start..end` belong to a longer dotted or colon-separated number:
/// a version (`10.0.22631`), an address (`10.0.0.5`), a time (`12:01:55`) or a decimal
/// fraction.
pub(super) fn in_dotted_number(line: &[u8], start: usize, end: usize) -> bool {
    let digit_at = |i: Option<usize>| i.and_then(|i| line.get(i)).is_some_and(u8::is_ascii_digit);
    // Dates and ranges (`2026-11-30`, `5/10`) join numbers too.
    let joined = |i: Option<usize>| {
        matches!(
            i.and_then(|i| line.get(i)).copied(),
            Some(b'.' | b':' | b',' | b'-' | b'/')
        )
    };
    let before = start.checked_sub(1);
    let after_joined = joined(Some(end)) && digit_at(Some(end + 1));
    let before_joined = joined(before) && digit_at(before.and_then(|i| i.checked_sub(1)));
    after_joined || before_joined
}
