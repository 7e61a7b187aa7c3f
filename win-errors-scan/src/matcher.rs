//! The matcher: the Windows error codes in one line of text.
//!
//! One regular expression finds the candidates in a single pass (a lazy DFA over bytes): a
//! decimal after a word that introduces an error (`error 5`, `exit code -1073741515`,
//! `GetLastError() returned 1312`), hex with `0x`, eight hex digits without it (`c0000135`),
//! and symbolic names (`ERROR_ACCESS_DENIED`, Samba's `NT_STATUS_LOGON_FAILURE`, `WSAETIMEDOUT`).
//! Each candidate is then checked in its context, and decoded with `win_errors_core::Readings`: a
//! finding is a candidate that a shipped catalog has.
//!
//! What keeps it quiet on ordinary lines: a decimal counts only after such a word, and never
//! as part of a dotted or colon-separated number (versions, addresses, times); hex of more
//! than eight digits is an address, not a code; hex without `0x` counts only as eight digits
//! that stand alone (not inside a hash, a GUID or a colour) and read as a failure; zero is
//! success, not an error.

use regex::bytes::{Captures, Regex};
use win_errors_core::{CodeSpace, Entry, Reading, Readings, SpaceInfo};

/// A Windows error code found in a line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Finding<'a> {
    /// Where the code's text starts in the line, in bytes from 0.
    pub start: usize,
    /// The code as written in the line (`0xc0000005`, `-1073741515`, `NT_STATUS_LOGON_FAILURE`).
    pub text: &'a str,
    /// How the code was read: its space, the number and what carried it.
    pub reading: Reading,
    /// The catalog entry the code is.
    pub entry: Entry,
}

impl Finding<'_> {
    /// One past where the code's text ends in the line.
    pub fn end(&self) -> usize {
        self.start + self.text.len()
    }
}

/// The words before a decimal that make it an error code, lowercase. A word counts alone
/// (`error 5`) or as the end of a compound (`ErrorCode=87`, `error_code=5`, `LastError=1312`,
/// `WSAGetLastError: 10060`), but not inside a plain word (`barcode 501`). POSIX's `errno` is
/// not one: its numbers are not Windows codes.
const DECIMAL_WORDS: &[&str] = &["error", "err", "code", "exit", "returned", "hr", "hresult"];

/// Words whose decimal is an HRESULT: only a failure's (negative, or from `0x80000000`) is one
/// (`1 hr 20 min` is a duration).
const HRESULT_WORDS: &[&str] = &["hr", "hresult"];

/// The words before `code` that make it no Windows code: HTTP's and other status codes.
const NOT_WINDOWS_CODES: &[&str] = &["status", "response", "http", "reason"];

/// Words before a short hex number (fewer than eight digits) that make it a code.
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
];

/// Finds the Windows error codes in lines. Build it once: it compiles its expression.
#[derive(Clone, Debug)]
pub struct Matcher {
    candidates: Regex,
}

impl Default for Matcher {
    fn default() -> Self {
        Matcher::new()
    }
}

impl Matcher {
    /// The matcher of every shipped catalog.
    pub fn new() -> Matcher {
        // ASCII only (`(?-u)`), so the lazy DFA handles the word boundaries itself. A word
        // may end a compound (`ErrorCode`): `decimal_finding` checks the whole word.
        let pattern = format!(
            r"(?-u)(?i:(?:{words})\b)(?:[ \t]*(?:\(\))?[ \t]*[:=#(]?[ \t]*)(?P<dec>-?[0-9]{{1,10}})\b|\b(?P<hex>0[xX][0-9A-Fa-f]{{1,16}})\b|\b(?P<bare>[0-9A-Fa-f]{{8}})\b|\b(?P<name>[A-Z][A-Z0-9]*_[A-Za-z0-9_]*[A-Za-z0-9]|WSA[A-Z0-9]{{2,}})\b",
            words = DECIMAL_WORDS.join("|")
        );
        // The pattern is built from this file's constants alone; every test builds it.
        let candidates = Regex::new(&pattern).expect("the candidate pattern compiles");
        Matcher { candidates }
    }

    /// Every Windows error code in `line`, in order. `line` is any bytes: only ASCII text
    /// is read as codes, so invalid UTF-8 and binary data find nothing there.
    pub fn findings<'m, 'l>(&'m self, line: &'l [u8]) -> impl Iterator<Item = Finding<'l>> + 'm
    where
        'l: 'm,
    {
        self.candidates
            .captures_iter(line)
            .filter_map(move |captures| finding(line, &captures))
    }
}

/// The finding a candidate is, if its context and a catalog accept it.
fn finding<'l>(line: &'l [u8], captures: &Captures<'l>) -> Option<Finding<'l>> {
    if let Some(decimal) = captures.name("dec") {
        return decimal_finding(line, decimal.start(), decimal.as_bytes());
    }
    if let Some(hex) = captures.name("hex") {
        return hex_finding(line, hex.start(), hex.as_bytes());
    }
    if let Some(bare) = captures.name("bare") {
        return bare_hex_finding(line, bare.start(), bare.as_bytes());
    }
    let name = captures.name("name")?;
    name_finding(name.start(), name.as_bytes())
}

fn decimal_finding<'l>(line: &'l [u8], start: usize, text: &'l [u8]) -> Option<Finding<'l>> {
    let end = start + text.len();
    if in_dotted_number(line, start, end) || followed_by_a_count(line, end) {
        return None;
    }
    let (word_at, word) = word_before(line, start)?;
    let keyword = *DECIMAL_WORDS.iter().find(|k| names_keyword(word, k))?;
    let text = core::str::from_utf8(text).ok()?;
    let number = win_errors_core::parse_number(text).ok()?;
    let before = word_before(line, word_at).map(|(_, w)| w);
    // A word before the error word may name the space of its number (`RAS error 691`,
    // `JET error -1018`): each space's `words`.
    let named_space = before.and_then(|b| space_named_by(b, |info| info.words));
    let prefer = if let Some(space) = named_space {
        Some(space)
    } else if HRESULT_WORDS.contains(&keyword) {
        // A duration (`1 hr 20 min`) or a count: only a failure is an HRESULT.
        if number & 0x8000_0000 == 0 {
            return None;
        }
        Some(CodeSpace::Hresult)
    } else if ends_with_ignore_case(word, "lasterror") {
        Some(CodeSpace::Win32)
    } else if keyword == "code"
        && before.is_some_and(|b| NOT_WINDOWS_CODES.iter().any(|n| b.eq_ignore_ascii_case(n)))
    {
        // `status code 200`, `response code 404`.
        return None;
    } else if exit_context(word, before) {
        // A process's own exit status (`exited with code 1`) is no Windows code; an NTSTATUS
        // or a Win32 error beyond a byte (`exit code 1603`) is.
        if number < 256 {
            return None;
        }
        Some(CodeSpace::NtStatus)
    } else {
        None
    };
    decoded(start, text, &Readings::of_code(number), prefer)
}

/// Whether `word` is `keyword`, or ends with it as the last part of a compound
/// (`ErrorCode`, `error_code`, `GetLastError`).
fn names_keyword(word: &str, keyword: &str) -> bool {
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
            && head.ends_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit()));
    joined && tail.eq_ignore_ascii_case(keyword)
}

fn ends_with_ignore_case(word: &str, suffix: &str) -> bool {
    word.len() >= suffix.len()
        && word
            .get(word.len() - suffix.len()..)
            .is_some_and(|tail| tail.eq_ignore_ascii_case(suffix))
}

/// Whether a number after `word` (and `before` it) is a process's exit code: `exit code`,
/// `exited with code`, `ExitCode=`.
fn exit_context(word: &str, before: Option<&str>) -> bool {
    let exit = |w: &str| w.eq_ignore_ascii_case("exit") || w.eq_ignore_ascii_case("exited");
    exit(word)
        || ends_with_ignore_case(word, "exitcode")
        || (word.eq_ignore_ascii_case("code")
            && before.is_some_and(|b| exit(b) || b.eq_ignore_ascii_case("with")))
}

/// Whether the number ending at `end` counts something: `3 tests`, `5 warnings`, `2 errors`
/// (a plural word of four letters or more follows it).
fn followed_by_a_count(line: &[u8], end: usize) -> bool {
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

fn hex_finding<'l>(line: &'l [u8], start: usize, text: &'l [u8]) -> Option<Finding<'l>> {
    let digits = text.get(2..)?;
    // More than eight digits is a 64-bit value: an address or an offset, not a code.
    if digits.len() > 8 {
        return None;
    }
    let word = word_before(line, start).map(|(_, w)| w);
    let short_ok = word.is_some_and(|w| SHORT_HEX_WORDS.iter().any(|k| names_keyword(w, k)));
    if digits.len() < 8 && !short_ok {
        return None;
    }
    let text = core::str::from_utf8(text).ok()?;
    decoded(start, text, &Readings::of_text(text), prefer_for_hex(word))
}

fn bare_hex_finding<'l>(line: &'l [u8], start: usize, text: &'l [u8]) -> Option<Finding<'l>> {
    let end = start + text.len();
    // Inside a GUID (`C0000005-0000-...`), a colour (`#C0000005`) or a dotted version.
    let before = start.checked_sub(1).and_then(|i| line.get(i)).copied();
    let after = line.get(end).copied();
    if matches!(before, Some(b'-' | b'#' | b'.' | b'{' | b'$'))
        || matches!(after, Some(b'-' | b'.' | b'}'))
    {
        return None;
    }
    let has_letter = text.iter().any(|b| b.is_ascii_alphabetic());
    let word = word_before(line, start).map(|(_, w)| w);
    if !has_letter && word.is_none_or(|w| space_named_by(w, |info| info.hex_words).is_none()) {
        // Eight decimal digits without a word naming a code: a date, a count, an id.
        return None;
    }
    let text = core::str::from_utf8(text).ok()?;
    let number = win_errors_core::parse_bare_hex(text)?;
    // Only a failure: an HRESULT or NTSTATUS error or warning has its top bit set.
    if number & 0x8000_0000 == 0 {
        return None;
    }
    let readings = Readings::of_code(number);
    let found = decoded(start, text, &readings, prefer_for_hex(word))?;
    Some(Finding {
        reading: Reading {
            form: win_errors_core::Form::BareHex,
            ..found.reading
        },
        ..found
    })
}

/// A symbolic name or alias exactly as a catalog writes it (no prefix is guessed in running
/// text), or an NTSTATUS name in Samba's `NT_STATUS_` spelling. A name lookup is one perfect
/// hash per catalog, so the many upper-case words of a log that are no name cost little.
fn name_finding(start: usize, text: &[u8]) -> Option<Finding<'_>> {
    let text = core::str::from_utf8(text).ok()?;
    let entry = Entry::from_name(text)?;
    let code = entry.code();
    Some(Finding {
        start,
        text,
        reading: Reading {
            number: code,
            form: win_errors_core::Form::Name,
            space: entry.space(),
            code,
            carried_in: None,
            entry: Some(entry),
        },
        entry,
    })
}

/// The first reading of `readings` that finds an entry, in the space `prefer` names when
/// one of its readings finds one, and not a success.
fn decoded<'l>(
    start: usize,
    text: &'l str,
    readings: &Readings,
    prefer: Option<CodeSpace>,
) -> Option<Finding<'l>> {
    let is_error = |r: &Reading| r.number != 0;
    let preferred = prefer.and_then(|space| {
        readings
            .found()
            .find(|r| is_error(r) && r.carried_in.is_none() && r.space == space)
    });
    let reading = preferred.or_else(|| readings.found().find(is_error))?;
    Some(Finding {
        start,
        text,
        reading,
        entry: reading.entry?,
    })
}

/// The space a word just before a hex code names (`hr = 0x8007000E`, `exception
/// 0x80000003`): each space's `hex_words`.
fn prefer_for_hex(word: Option<&str>) -> Option<CodeSpace> {
    space_named_by(word?, |info| info.hex_words)
}

/// The space whose `words` (as `which` picks them from its description) has `word`, in any
/// case.
fn space_named_by(
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
fn word_before(line: &[u8], start: usize) -> Option<(usize, &str)> {
    let head = line.get(..start)?;
    let mut end = head.len();
    // At most a few joining bytes: `error = ` or `() returned `.
    let mut skipped = 0;
    while end > 0 && skipped < 8 {
        match head.get(end - 1).copied() {
            Some(b' ' | b'\t' | b':' | b'=' | b'(' | b')' | b'#' | b'-') => {
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
fn in_dotted_number(line: &[u8], start: usize, end: usize) -> bool {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn names(line: &str) -> Vec<&'static str> {
        Matcher::new()
            .findings(line.as_bytes())
            .map(|f| f.entry.name())
            .collect()
    }

    #[test]
    fn every_shape_of_the_issue() {
        for (line, expected) in [
            ("exit code: 0xc0000005", "STATUS_ACCESS_VIOLATION"),
            (
                "Process exited with code -1073741515",
                "STATUS_DLL_NOT_FOUND",
            ),
            (
                "Os { code: 5, kind: PermissionDenied, .. }",
                "ERROR_ACCESS_DENIED",
            ),
            ("Access is denied. (os error 5)", "ERROR_ACCESS_DENIED"),
            ("HRESULT(0x80070002)", "ERROR_FILE_NOT_FOUND"),
            ("hr = 0x80004005", "E_FAIL"),
            ("status c0000135", "STATUS_DLL_NOT_FOUND"),
            ("NT_STATUS_LOGON_FAILURE", "STATUS_LOGON_FAILURE"),
            (
                "GetLastError() returned 1312",
                "ERROR_NO_SUCH_LOGON_SESSION",
            ),
            ("failed with error 126", "ERROR_MOD_NOT_FOUND"),
            ("WSAGetLastError: 10060", "WSAETIMEDOUT"),
            ("Exception code: 0xc0000374", "STATUS_HEAP_CORRUPTION"),
            (
                "the call gave ERROR_ACCESS_DENIED here",
                "ERROR_ACCESS_DENIED",
            ),
        ] {
            assert_eq!(names(line), [expected], "{line}");
        }
    }

    #[test]
    fn a_word_naming_a_space_reads_the_number_in_it() {
        for (line, expected) in [
            (
                "RAS error 691 while dialing",
                "ERROR_AUTHENTICATION_FAILURE",
            ),
            ("VPN error 691", "ERROR_AUTHENTICATION_FAILURE"),
            ("JET error -1018 on page 12", "JET_errReadVerifyFailure"),
            ("ESE error -1206", "JET_errDatabaseCorrupted"),
            ("MCI error 263", "MCIERR_INVALID_DEVICE_NAME"),
            // Without one, the likeliest space.
            ("error 691", "ERROR_DBG_TERMINATE_THREAD"),
        ] {
            assert_eq!(names(line), [expected], "{line}");
        }
    }

    #[test]
    fn quiet_on_what_is_no_code() {
        for line in [
            "2026-11-30T08:14:02.517Z started in 1532 ms, pid 4412",
            "version 10.0.22631.4460 on 10.1.2.3:5000",
            "address 0x00007FF6A1B2C3D4",
            "sha 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
            "{C0000005-0000-0000-C000-000000000046} #C0000005",
            "exited with code 0; hr = 0x00000000",
            "error at 12:01:55 in src/lib.rs:120:5",
            "flags 0x1F, count 20261130",
            "ERROR_NOT_A_REAL_NAME and WSANOPE",
        ] {
            assert_eq!(names(line), Vec::<&str>::new(), "{line}");
        }
    }

    #[test]
    fn findings_know_where_they_are_and_how_they_were_read() {
        let line = "first exit code 0xC0000005, then GetLastError() returned 5";
        let findings: Vec<Finding<'_>> = Matcher::new().findings(line.as_bytes()).collect();
        assert_eq!(findings.len(), 2);
        assert_eq!((findings[0].start, findings[0].text), (16, "0xC0000005"));
        assert_eq!(findings[0].reading.space, CodeSpace::NtStatus);
        assert_eq!(&line[findings[1].start..findings[1].end()], "5");
        assert_eq!(findings[1].entry.name(), "ERROR_ACCESS_DENIED");
    }

    #[test]
    fn bytes_that_are_no_text_find_nothing_and_break_nothing() {
        let line = b"\xff\xfe error 5 \x00\x00 0xc0000005 \xc3\x28";
        assert_eq!(Matcher::new().findings(line).count(), 2);
    }
}
