//! Hex codes: with `0x` (or Visual Basic's `&H`), short only after a word that makes them a
//! code, 64-bit only sign-extended; and eight hex digits without a prefix, only a failure and
//! not inside a GUID, a hash or a colour.

use win_errors_core::{Form, Readings};

use super::context::Lazy;
use super::words::{followed_by_a_count, names_any, space_named_by, word_before};
use super::{Finding, NOT_CODE_WORDS, decoded_hex, prefer_for_hex};

/// Words before a short hex number (fewer than eight digits), or one that is no failure
/// (`0x00000005`, `0x40000000`), that make it a code: without one such a number is more often
/// a value, a size or a set of flags than an error.
const SHORT_HEX_WORDS: &[&str] = &[
    "error",
    "err",
    "code",
    "status",
    "hr",
    "hresult",
    "returned",
    "exception",
    "errno",
    "failed",
    "failure",
];

/// Whether the hex at `start` repeats the decimal just before it (`Status: 5 (0x00000005)`):
/// a value written twice, in both notations, is a code.
fn decimal_twin_before(line: &[u8], start: usize, number: u32) -> bool {
    // Padded to eight digits, as a status is printed (`5 (0x00000005)`); a thread id's
    // shorter twin (`2376 (0x0948)`) is no code.
    let padded = line
        .get(start + 2..)
        .is_some_and(|rest| rest.iter().take_while(|b| b.is_ascii_hexdigit()).count() == 8);
    if !padded {
        return false;
    }
    let Some(head) = line.get(..start).and_then(|h| h.strip_suffix(b" (")) else {
        return false;
    };
    let digits_at = head
        .iter()
        .rposition(|b| !b.is_ascii_digit())
        .map_or(0, |i| i + 1);
    let digits = head.get(digits_at..).unwrap_or_default();
    let standalone = digits_at == 0
        || !head
            .get(digits_at - 1)
            .is_some_and(u8::is_ascii_alphanumeric);
    standalone
        && core::str::from_utf8(digits)
            .ok()
            .and_then(|d| d.parse::<u32>().ok())
            == Some(number)
}

pub(super) fn hex_finding<'l>(line: &'l [u8], start: usize, text: &'l [u8]) -> Option<Finding<'l>> {
    let digits = text.get(2..)?;
    // More than eight digits is a 64-bit value: an address or an offset, not a code, unless
    // it is a 32-bit failure sign-extended as a debugger prints it (`0x00000000c0000005`,
    // `0xffffffffc0000005`).
    let digits = match digits.len() {
        0..=8 => digits,
        16 => {
            let (high, low) = digits.split_at(8);
            let half = |digits| win_errors_core::parse_bare_hex(core::str::from_utf8(digits).ok()?);
            let extension = matches!(half(high), Some(0 | 0xFFFF_FFFF));
            let low_failure = half(low).is_some_and(|low| low & 0x8000_0000 != 0);
            if !(low_failure && extension) {
                return None;
            }
            low
        }
        _ => return None,
    };
    let word = word_before(line, start).map(|(_, w)| w);
    let named = |words: &[&str]| word.is_some_and(|w| names_any(w, words));
    if named(NOT_CODE_WORDS) {
        return None;
    }
    let text = core::str::from_utf8(text).ok()?;
    let number = win_errors_core::parse_bare_hex(core::str::from_utf8(digits).ok()?)?;
    // A code that is no failure (a success or an informational status) needs a word as much:
    // such values are more often flags or sizes. A short number (fewer than eight digits) is
    // never a failure.
    if number & 0x8000_0000 == 0
        && !named(SHORT_HEX_WORDS)
        && !decimal_twin_before(line, start, number)
    {
        return None;
    }
    decoded_hex(
        start,
        text,
        &Readings::of_code(number),
        prefer_for_hex(word),
    )
    .map(|found| found.written_as(Form::Hex))
}

pub(super) fn bare_hex_finding<'l>(
    line: &'l [u8],
    start: usize,
    text: &'l [u8],
    context: &Lazy<'_>,
) -> Option<Finding<'l>> {
    let end = start + text.len();
    // Inside a GUID (`C0000005-0000-...`), a colour (`#C0000005`) or a dotted version.
    let before = start.checked_sub(1).and_then(|i| line.get(i)).copied();
    let after = line.get(end).copied();
    // A full stop that ends a sentence (`exit code 800703e9.`) is no version's dot.
    let dotted_after =
        after == Some(b'.') && line.get(end + 1).is_some_and(|b| b.is_ascii_alphanumeric());
    if matches!(before, Some(b'-' | b'#' | b'.' | b'{' | b'$'))
        || matches!(after, Some(b'-' | b'}'))
        || dotted_after
    {
        return None;
    }
    let has_letter = text.iter().any(|b| b.is_ascii_alphabetic());
    let word = word_before(line, start).map(|(_, w)| w);
    // `8007....` is an HRESULT of FACILITY_WIN32 wherever it stands (`LogHr(71) tid(1568)
    // 80070490 Element not found.`), unless it counts something (`80070057 records`).
    let win32_hresult = text.starts_with(b"8007") && !followed_by_a_count(line, end);
    if !has_letter
        && !win32_hresult
        && word.is_none_or(|w| space_named_by(w, |info| info.hex_words).is_none())
        && !context.get().ldap()
    {
        // Eight decimal digits without a word naming a code: a date, a count, an id. LDAP's
        // error text leads with its HRESULT in such digits (`80090308: LdapErr: ...`).
        return None;
    }
    let text = core::str::from_utf8(text).ok()?;
    let number = win_errors_core::parse_bare_hex(text)?;
    // Only a failure: an HRESULT or NTSTATUS error or warning has its top bit set.
    if number & 0x8000_0000 == 0 {
        return None;
    }
    let readings = Readings::of_code(number);
    decoded_hex(start, text, &readings, prefer_for_hex(word))
        .map(|found| found.written_as(Form::BareHex))
}
