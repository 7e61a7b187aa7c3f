//! Decimal codes: after a word that introduces an error (`error 5`, `exit code -1073741515`,
//! `GetLastError() returned 1312`, the same words in other languages), standing alone when
//! only a code can be so written (a negative ten-digit number, WinDbg's `0n`, an unsigned
//! ten-digit NTSTATUS), and in brackets beside their message.

use regex::bytes::Captures;
use win_errors_core::{CodeSpace, Form, Readings};

use super::context::Lazy;
use super::hex::hex_finding;
use super::words::{
    compound_head, ends_with_ignore_case, exit_context, followed_by_a_count, in_dotted_number,
    names_any, names_keyword, space_named_by, word_before,
};
use super::{Cue, Finding, decoded, decoded_in, message, named_no_code};

/// The words before a decimal that make it an error code, lowercase. A word counts alone (`error
/// 5`) or as the end of a compound (`ErrorCode=87`, `error_code=5`, `LastError=1312`,
/// `WSAGetLastError: 10060`, Python's `returncode=3221225477`), but not inside a plain word
/// (`barcode 501`). `value` counts only after `return`, `status` only after `error` or `exit`
/// (HTTP's is no Windows code); `errno` only for Winsock's numbers (10000 and up: Python's `[Errno
/// 10060]` on Windows), as POSIX's are no Windows codes; `helpmsg` is `net helpmsg`'s, whose
/// argument is a Win32 error, as is .NET's `Win32Exception (1053)`'s and its kin's
/// (`HttpListenerException (183)`, `SocketException (10061)`); `ret` and `rc` are a call's result
/// (`ret:32`). `number` counts only after `error` (`Error number 5`); `failed` only where the
/// number ends the statement (`StartService FAILED 1053:`, `installer failed: 1603`, `failed
/// (1056)`) and the line counts no tests passed.
pub(super) const DECIMAL_WORDS: &[&str] = &[
    "error",
    "status",
    "helpmsg",
    "ret",
    "rc",
    "httplistenerexception",
    "socketexception",
    "failed",
    "number",
    "win32exception",
    "err",
    "errno",
    "code",
    "exit",
    "return",
    "returned",
    "returning",
    "value",
    "hr",
    "hresult",
    // The same words in the languages Windows speaks that write them in ASCII.
    "fehler",
    "fehlercode",
    "erreur",
    "errore",
    "erro",
    "systemfehler",
];

/// The words for an error or a code in scripts without case or word breaks (Chinese,
/// Japanese, Korean, Russian), and the phrases for a system error whose last word is not the
/// error (`Erreur système 5.`), which a localised Windows and its programs print before a
/// number.
pub(super) const LOCALISED_WORDS: &[&str] = &[
    // `net`'s `System error 5 has occurred.` where the number follows a phrase.
    "erreur système",
    "error de sistema",
    "errore di sistema",
    "erro de sistema",
    "错误",
    "錯誤",
    "失败",
    "代码",
    "代碼",
    "エラー",
    "コード",
    "오류",
    "코드",
    "Ошибка",
    "ошибка",
    "ошибки",
    "Код",
    "код",
];

/// What stands before a localised word for a code when it is an exit code (`退出代码`,
/// `終了コード`).
const LOCALISED_EXIT: &[&str] = &["退出", "終了"];

/// Words whose decimal is an HRESULT: only a failure's (negative, or from `0x80000000`) is one
/// (`1 hr 20 min` is a duration).
const HRESULT_WORDS: &[&str] = &["hr", "hresult"];

/// The words before `code`, or heading a compound that ends with it (`StatusCode`), that make
/// it no Windows code: HTTP's and other status codes.
const NOT_WINDOWS_CODES: &[&str] = &["status", "response", "http", "reason"];

pub(super) fn decimal_finding<'l>(
    line: &'l [u8],
    start: usize,
    text: &'l [u8],
    context: &Lazy<'_>,
) -> Option<Finding<'l>> {
    let end = start + text.len();
    if in_dotted_number(line, start, end) || followed_by_a_count(line, end) {
        return None;
    }
    let (word_at, word) = word_before(line, start)?;
    // A linking word stands between the words and the number (`the error code is 5`).
    let (word_at, word) = match ["is", "was", "of"]
        .iter()
        .any(|w| word.eq_ignore_ascii_case(w))
    {
        true => word_before(line, word_at)?,
        false => (word_at, word),
    };
    let (word_at, word, keyword) = match DECIMAL_WORDS.iter().find(|k| names_keyword(word, k)) {
        Some(keyword) => (word_at, word, *keyword),
        // `LoadLibrary failed with 126:` reads as `failed 126:`.
        None if word.eq_ignore_ascii_case("with") => {
            let (at, failed) = word_before(line, word_at)?;
            let fails = ["failed", "fails"]
                .iter()
                .any(|f| failed.eq_ignore_ascii_case(f));
            fails.then_some((at, failed, "failed"))?
        }
        None => return None,
    };
    let text = core::str::from_utf8(text).ok()?;
    // Eight digits are hex first, as a lookup reads them (`error 80070057`).
    let number = match text.len() {
        8 => win_errors_core::parse_bare_hex(text),
        _ => win_errors_core::parse_number(text).ok(),
    }?;
    // A web request's status beside its reason phrase (`Error code: 404 - ... 'Resource not
    // found'`) is HTTP's, whatever word introduced it. The line is lowered only for such a
    // number.
    let reasons = message::http_reasons(number);
    if !reasons.is_empty() && message::http_reason_near(context.lowered(), start, end, reasons) {
        return None;
    }
    // An article stands between the words of a phrase (`exited with the code 134`).
    let before = word_before(line, word_at).and_then(|(at, b)| match is_article(b) {
        true => word_before(line, at),
        false => Some((at, b)),
    });
    let (before_at, before) = (before.map(|b| b.0), before.map(|b| b.1));
    let before_is =
        |words: &[&str]| before.is_some_and(|b| words.iter().any(|w| b.eq_ignore_ascii_case(w)));
    if (keyword == "value" && !before_is(&["return"]))
        || (keyword == "number" && !before_is(&["error"]))
        || (keyword == "failed" && !failure_status(context.lowered(), end))
        || (keyword == "status" && !before_is(&["error", "exit", "exited"]))
    {
        return None;
    }
    // A device's problem code (`This device cannot start. (Code 10)`, `usb wasn't recognized
    // (error code 43)`): Device Manager's.
    let code_word = keyword == "code" || (keyword == "error" && before_is(&["code"]));
    if code_word && number < 100 && context.get().device_problem() {
        return device_problem(start, text);
    }
    // POSIX's and libuv's errno are no Windows codes, negated (`errno: -4058`) or not.
    if (keyword == "errno" && (number < 10_000 || text.starts_with('-')))
        || (keyword == "code" && before_is(&["Os"]) && posix_message_follows(line, end))
    {
        return None;
    }
    // A word before the error words may name the space of the number (`RAS error 691`,
    // `JET error -1018`, `MCI error code: 277`): each space's `words`.
    let further = before_at
        .and_then(|at| word_before(line, at))
        .map(|(_, w)| w);
    let naming_word = match before {
        Some(b) if names_any(b, DECIMAL_WORDS) => further,
        other => other,
    };
    let named_space = naming_word.and_then(|b| space_named_by(b, |info| info.words));
    // `code 1` (or `failed 1`) is every tool's failure status (`npm ERR! code 1`, `error code:
    // 1`), far more often than `ERROR_INVALID_FUNCTION`, unless a space is named.
    if matches!(keyword, "code" | "failed" | "ret" | "rc") && number == 1 && named_space.is_none() {
        return None;
    }
    let prefer = if let Some(space) = named_space {
        Some((space, Cue::Word))
    } else if let Some(space) = (keyword == "error")
        .then(|| context.get().installer_message(line, start, end))
        .flatten()
    {
        Some((space, Cue::Line))
    } else if HRESULT_WORDS.contains(&keyword) {
        // A duration (`1 hr 20 min`) or a count: only a failure is an HRESULT.
        if number & 0x8000_0000 == 0 {
            return None;
        }
        Some((CodeSpace::Hresult, Cue::Word))
    } else if ends_with_ignore_case(word, "lasterror")
        || keyword == "helpmsg"
        || keyword.ends_with("exception")
    {
        Some((CodeSpace::Win32, Cue::Word))
    } else if keyword == "code"
        && (before.is_some_and(|b| NOT_WINDOWS_CODES.iter().any(|n| b.eq_ignore_ascii_case(n)))
            || NOT_WINDOWS_CODES
                .iter()
                .any(|n| ends_with_ignore_case(compound_head(word, keyword), n)))
    {
        // `status code 200`, `response code 404`, `StatusCode: 404`, `HttpStatusCode=503`.
        return None;
    } else if exit_context(word, before)
        || keyword == "value"
        || keyword == "return"
        || exit_status_follows(line, end)
    {
        // A process's own exit status (`exited with code 1`) or a function's or an action's
        // result (`return 1`, `Return value 3`) is no Windows code; an NTSTATUS or a Win32
        // error beyond a byte (`exit code 1603`, `return 80004002`) is.
        if number < 256 {
            return None;
        }
        // A space the line names outranks the default (`mciSendString returned 263`).
        Some(
            context
                .named_space()
                .map_or((CodeSpace::NtStatus, Cue::Word), |space| (space, Cue::Line)),
        )
    } else {
        // A word elsewhere in the line may name the space (`RasDialer ... NativeErrorCode=
        // 691`).
        context.named_space().map(|space| (space, Cue::Line))
    };
    let readings = Readings::of_text(text);
    // Where nothing else places it, the message the line prints beside it may.
    let prefer = prefer.or_else(|| {
        message::space_of_message_in(context.lowered(), start, end, &readings)
            .map(|space| (space, Cue::Line))
    });
    decoded(start, text, &readings, prefer)
}

/// A decimal after a localised word for an error or a code, read as the English words are
/// (`error 5`): not part of a dotted number or a count, a device's problem code on a line
/// about a device, and an exit code only when it is no process's own status.
pub(super) fn localised_decimal<'l>(
    line: &'l [u8],
    start: usize,
    digits: &'l [u8],
    captures: &Captures<'l>,
    context: &Lazy<'_>,
) -> Option<Finding<'l>> {
    let end = start + digits.len();
    if in_dotted_number(line, start, end) || followed_by_a_count(line, end) {
        return None;
    }
    let text = core::str::from_utf8(digits).ok()?;
    let number = win_errors_core::parse_number(text).ok()?;
    let word_at = captures.get(0)?.start();
    let head = line.get(..word_at)?;
    let exit = LOCALISED_EXIT.iter().any(|w| head.ends_with(w.as_bytes()));
    if number < 100 && context.get().device_problem() {
        return device_problem(start, text);
    }
    if exit && number < 256 {
        return None;
    }
    let readings = Readings::of_text(text);
    let prefer = if exit {
        Some((CodeSpace::NtStatus, Cue::Word))
    } else {
        context
            .named_space()
            .map(|space| (space, Cue::Line))
            .or_else(|| {
                message::space_of_message_in(context.lowered(), start, end, &readings)
                    .map(|space| (space, Cue::Line))
            })
    };
    decoded(start, text, &readings, prefer)
}

/// Whether the number ending at `end` is called an exit status by the words after it (`ld
/// returned 1 exit status`).
fn exit_status_follows(line: &[u8], end: usize) -> bool {
    let rest = line.get(end..).unwrap_or_default();
    let rest = rest.strip_prefix(b" ").unwrap_or(rest);
    [b"exit status".as_slice(), b"exit code"]
        .iter()
        .any(|words| {
            rest.get(..words.len())
                .is_some_and(|r| r.eq_ignore_ascii_case(words))
        })
}

/// A number alone in brackets after the message of the error it is (`Access is denied. (5)`,
/// `Access is denied. (0x5)`, `... does not exist as an installed service. (1060)`): a code
/// where a catalog's message for it stands beside it; a hex without one is read as `0x` hex
/// is anywhere.
pub(super) fn paren_number<'l>(
    line: &'l [u8],
    start: usize,
    digits: &'l [u8],
    context: &Lazy<'_>,
) -> Option<Finding<'l>> {
    let end = start + digits.len();
    let text = core::str::from_utf8(digits).ok()?;
    let hex = text.starts_with("0x") || text.starts_with("0X");
    let readings = match hex {
        true => Readings::of_code(win_errors_core::parse_bare_hex(text.get(2..)?)?),
        false => Readings::of_text(text),
    };
    let Some(space) =
        message::space_whose_message_is_near(context.lowered(), start, end, &readings)
    else {
        // Without its message, a hex is read as anywhere else (`error (0x5)`).
        return hex.then(|| hex_finding(line, start, digits)).flatten();
    };
    let form = if hex { Form::Hex } else { Form::Decimal };
    decoded(start, text, &readings, Some((space, Cue::Line)))
        .filter(|found| found.reading.space == space)
        .map(|found| found.written_as(form))
}

/// Whether the number after `failed` that ends at `end` of the line (`lowered`, in ASCII lower
/// case) is the failure's status: it ends the statement (the line, or `:`, `)`, `.`, `,`
/// follows) and the line is no test summary (`Passed: 10, Failed: 2` counts tests).
fn failure_status(lowered: &[u8], end: usize) -> bool {
    let ends = matches!(lowered.get(end), None | Some(b':' | b')' | b'.' | b','));
    let has = |word: &[u8]| memchr::memmem::find(lowered, word).is_some();
    ends && !has(b"passed") && !has(b"tests")
}

/// An unsigned ten-digit number standing alone, read only as an NTSTATUS error (from
/// `0xC0000000`) a catalog has: other numbers of that size are ids and counts.
pub(super) fn unsigned_status<'l>(
    line: &'l [u8],
    start: usize,
    digits: &'l [u8],
) -> Option<Finding<'l>> {
    let end = start + digits.len();
    if in_dotted_number(line, start, end) {
        return None;
    }
    let text = core::str::from_utf8(digits).ok()?;
    let number = u32::try_from(text.parse::<u64>().ok()?).ok()?;
    if number < 0xC000_0000 || named_no_code(line, start) {
        return None;
    }
    decoded(start, text, &Readings::of_code(number), None)
        .filter(|found| {
            found.reading.space == CodeSpace::NtStatus && found.reading.carried_in.is_none()
        })
        .map(|found| found.written_as(Form::Decimal))
}

/// Whether `word` is an English article.
fn is_article(word: &str) -> bool {
    ["the", "a", "an"]
        .iter()
        .any(|a| word.eq_ignore_ascii_case(a))
}

/// Whether Rust's `Os { code: N, kind: ..., message: "..." }`, whose number ends at `end`,
/// carries a POSIX error's message: the code is an `errno`, not a Windows error. Windows'
/// messages end with a full stop in every language (`"Access is denied."`), `strerror`'s never
/// do (`"File name too long"`); a message cut off, or not in ASCII, is given the benefit of
/// the doubt.
fn posix_message_follows(line: &[u8], end: usize) -> bool {
    const MESSAGE: &[u8] = b"message: \"";
    let Some(rest) = line.get(end..) else {
        return false;
    };
    let Some(at) = memchr::memmem::find(rest, MESSAGE) else {
        return false;
    };
    let message = rest.get(at + MESSAGE.len()..).unwrap_or_default();
    let Some(length) = message.iter().position(|&b| b == b'"') else {
        return false;
    };
    let message = message.get(..length).unwrap_or_default();
    !message.is_empty() && message.is_ascii() && message.last() != Some(&b'.')
}

/// A decimal that needs no word before it: WinDbg's `0n` decimal (`0n3221225477`), or a
/// negative ten-digit number standing alone, which only the 32-bit failure codes are (a
/// Python `com_error` tuple's `-2147352567`, `crashed -2147483645`).
pub(super) fn standalone_decimal<'l>(
    line: &'l [u8],
    start: usize,
    digits: &[u8],
) -> Option<Finding<'l>> {
    let end = start + digits.len();
    if in_dotted_number(line, start, end) {
        return None;
    }
    let digits = core::str::from_utf8(digits).ok()?;
    let number = win_errors_core::parse_number(digits).ok()?;
    let windbg_at = start
        .checked_sub(2)
        .filter(|&at| line.get(at..start) == Some(b"0n"));
    let joined = start
        .checked_sub(1)
        .is_some_and(|at| matches!(line.get(at), Some(b'.' | b'-')));
    // A negative ten-digit number is a failure's bit pattern, so the sign alone makes it one;
    // after `0n` the byte before is `n`, never joining.
    let no_code = named_no_code(line, windbg_at.unwrap_or(start));
    if joined || no_code {
        return None;
    }
    let text_start = windbg_at.unwrap_or(start);
    let text = core::str::from_utf8(line.get(text_start..end)?).ok()?;
    let form = if digits.starts_with('-') {
        Form::SignedDecimal
    } else {
        Form::Decimal
    };
    decoded(text_start, text, &Readings::of_code(number), None).map(|found| found.written_as(form))
}

/// The Device Manager problem code `text` (at `start`), placed by the line's words.
pub(super) fn device_problem(start: usize, text: &str) -> Option<Finding<'_>> {
    decoded_in(
        start,
        text,
        &Readings::of_text(text),
        CodeSpace::Device,
        Cue::Line,
    )
}
