//! The matcher: the Windows error codes in one line of text.
//!
//! One regular expression finds the candidates in a single pass (a lazy DFA over bytes): a
//! decimal after a word that introduces an error (`error 5`, `exit code -1073741515`,
//! `GetLastError() returned 1312`, `is returning 1603`), hex with `0x` (and its 64-bit
//! sign extension, `0x00000000c0000005`), eight hex digits without it (`c0000135`), WinDbg's
//! decimal (`0n3221225477`), a negative ten-digit decimal standing alone (the HRESULTs of
//! Python's `com_error` tuples, a crashed process's status), and symbolic names
//! (`ERROR_ACCESS_DENIED`, Samba's `NT_STATUS_LOGON_FAILURE`, `WSAETIMEDOUT`). Each candidate
//! is then checked in its context, and decoded with `win_errors_core::Readings`: a finding is
//! a candidate that a shipped catalog has.
//!
//! What keeps it quiet on ordinary lines: a decimal counts only after such a word, and never
//! as part of a dotted or colon-separated number (versions, addresses, times); hex of more
//! than eight digits is an address, not a code, unless it is a code sign-extended; hex
//! without `0x` counts only as eight digits that stand alone (not inside a hash, a GUID or a
//! colour) and read as a failure; zero is success, not an error. The line as a whole may say
//! more (`matcher/context.rs`): another runtime's error numbers (`forrtl: error (200)`), a bug check's
//! code and parameters, a device's problem code, an installer's message number; an installer
//! note's template names the field that holds a system error (`matcher/msi_note.rs`).

mod context;
mod message;
mod msi_note;
mod words;

use regex::bytes::{Captures, Regex};
use win_errors_core::{CodeSpace, Entry, Form, HresultForm, Notation, Reading, Readings};

use context::Lazy;
use words::{
    ends_with_ignore_case, exit_context, followed_by_a_count, in_dotted_number, names_keyword,
    space_named_by, word_before,
};

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
    /// What placed the code in its space.
    pub cue: Cue,
}

/// What placed a finding in its space: the default order of the readings of the number's
/// shape, or something the line says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Cue {
    /// The number alone, in the default order of its readings (a small number is a Win32
    /// error, `0xC...` an NTSTATUS, `0x8...` an HRESULT).
    Shape,
    /// The words just before it: a space's (`RAS error 691`, `JET error -1018`), an
    /// HRESULT's (`hr = `), `GetLastError`'s, or an exit status's or a return value's (an
    /// NTSTATUS or a Win32 error).
    Word,
    /// The rest of the line: a space named elsewhere in it, an installer's message (`Error
    /// 1722. There is a problem with this Windows Installer package`, `Note: 1: 2205`), an
    /// LDAP bind's `data 52e`.
    Line,
    /// Its symbolic name.
    Name,
}

impl Cue {
    /// Its name in JSON: `"shape"`, `"word"`, `"line"` or `"name"`.
    pub fn name(self) -> &'static str {
        match self {
            Cue::Shape => "shape",
            Cue::Word => "word",
            Cue::Line => "line",
            Cue::Name => "name",
        }
    }
}

impl Finding<'_> {
    /// One past where the code's text ends in the line.
    pub fn end(&self) -> usize {
        self.start + self.text.len()
    }

    /// Every reading of the code that finds an entry, best first: the finding's own, then the
    /// number's (or the name's) other readings, each entry once. `exit code 1603` is
    /// `ERROR_INSTALL_FAILURE`, and could be no other; `0x80070005` is `ERROR_ACCESS_DENIED`
    /// carried in an HRESULT, then `E_ACCESSDENIED`.
    pub fn readings(&self) -> Vec<Reading> {
        let others = match self.reading.form {
            Form::Name => Readings::of_text(self.text),
            _ => Readings::of_code(self.reading.number),
        };
        let mut readings = vec![self.reading];
        for other in others.found() {
            if readings.iter().all(|r| r.entry != other.entry) {
                readings.push(Reading {
                    form: self.reading.form,
                    ..other
                });
            }
        }
        readings
    }

    /// The finding, its text written in `form` (a reading of the number it was read as
    /// knows only that it was a number).
    fn written_as(self, form: Form) -> Self {
        Finding {
            reading: Reading {
                form,
                ..self.reading
            },
            ..self
        }
    }
}

/// The words before a decimal that make it an error code, lowercase. A word counts alone
/// (`error 5`) or as the end of a compound (`ErrorCode=87`, `error_code=5`, `LastError=1312`,
/// `WSAGetLastError: 10060`), but not inside a plain word (`barcode 501`). `value` counts only
/// after `return`, `status` only after `error` or `exit` (HTTP's is no Windows code); `errno`
/// only for Winsock's numbers (10000 and up: Python's `[Errno 10060]` on Windows), as POSIX's
/// are no Windows codes; `helpmsg` is `net helpmsg`'s, whose argument is a Win32 error, as is
/// .NET's `Win32Exception (1053)`'s and its kin's (`HttpListenerException (183)`,
/// `SocketException (10061)`); `ret` and `rc` are a call's result (`ret:32`). `number` counts only after `error` (`Error number 5`);
/// `failed` only where the number ends the statement (`StartService FAILED 1053:`,
/// `installer failed: 1603`, `failed (1056)`) and the line counts no tests passed.
const DECIMAL_WORDS: &[&str] = &[
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
const LOCALISED_WORDS: &[&str] = &[
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

/// The words before `code` that make it no Windows code: HTTP's and other status codes.
const NOT_WINDOWS_CODES: &[&str] = &["status", "response", "http", "reason"];

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

/// Words before a hex or a lone negative number that say it is no code: flags and masks,
/// addresses and offsets, sizes and ids (`Flags 0x00000080`, `at 0x80001234`, `ProcessId:
/// 0x1f40`), access rights (`DesiredAccess: 0x40000000`, which is `GENERIC_WRITE`), a registry root (an installer log's `RegOpenKey(Root=-2147483646`, which is
/// `HKEY_LOCAL_MACHINE`). A word counts alone or ending a compound (`FileAttributes`,
/// `dwFlags`).
const NOT_CODE_WORDS: &[&str] = &[
    "root",
    "hkey",
    "access",
    "rights",
    "flags",
    "flag",
    "mask",
    "attributes",
    "attribs",
    "address",
    "addr",
    "offset",
    "base",
    "at",
    "ptr",
    "pointer",
    "handle",
    "size",
    "length",
    "id",
    "pid",
    "tid",
];

/// Finds the Windows error codes in lines. Build it once: it compiles its expressions.
#[derive(Clone, Debug)]
pub struct Matcher {
    candidates: Regex,
    context: context::Cues,
}

impl Default for Matcher {
    fn default() -> Self {
        Matcher::new()
    }
}

impl Matcher {
    /// The matcher of every shipped catalog.
    pub fn new() -> Matcher {
        // ASCII only (`(?-u)`), so the lazy DFA handles the word boundaries itself. What
        // the grammar can refuse it refuses here, in the automaton, not candidate by candidate:
        // a 64-bit hex that is no sign-extended code (an address) and eight hex digits that
        // begin a GUID or a range (`ba81144e-c5e6-...`) are the commonest numbers of a log.
        let alternatives = [
            // A decimal after a word. A word may end a compound (`ErrorCode`):
            // `decimal_finding` checks the whole word. A quote or backtick may stand between
            // the word and its number (`code '1603'`).
            format!(
                r#"(?i:(?:{words})\b)(?:[ \t]*(?:\(\))?(?i:[ \t]+(?:is|was|of))?[ \t]*[:=#(]?[ \t]*[`'"]?)(?P<dec>-?[0-9]{{1,10}})\b"#,
                words = [DECIMAL_WORDS.join("|").as_str(), "fail(?:ed|s) with"].join("|")
            ),
            // A decimal after the word for an error or a code in a script without spaces
            // or case (`故障代码126`, `エラー 5`, `(Код 43)`): `localised_decimal`.
            format!(
                r"(?:{words})[ \t]*(?:[:=]|：)?[ \t]*(?P<localised>-?[0-9]{{1,10}})\b",
                words = LOCALISED_WORDS.join("|")
            ),
            // `0x` and at most eight digits, or sixteen whose high half is zero or all ones.
            r"\b(?P<hex>0[xX](?:[0-9A-Fa-f]{1,8}|(?:0{8}|[fF]{8})[0-9A-Fa-f]{8}))\b".to_owned(),
            r"\b0n(?P<windbg>-?[0-9]{1,10})\b".to_owned(),
            // Visual Basic's hex (`&H80010001&`), read as `0x` hex is.
            r"(?P<vbhex>&[Hh][0-9A-Fa-f]{1,8})\b".to_owned(),
            // A number alone in brackets, a code only beside its message: `paren_decimal`.
            // A short hex or one with its top bit clear may stand so too (`(0x5)`); a failure
            // code is `hex`'s.
            r"\((?P<paren>[0-9]{1,5}|0[xX](?:[0-9A-Fa-f]{1,7}|[0-7][0-9A-Fa-f]{7}))\)".to_owned(),
            // Not after a letter or digit; `standalone_decimal` refuses one after `.` or `-`.
            r"\B(?P<signed>-[0-9]{10})\b".to_owned(),
            // An unsigned ten-digit number from 0xC0000000 up: a crashed process's NTSTATUS
            // (`expected 3221225477 to equal 1`).
            r"\b(?P<unsigned>3[2-9][0-9]{8}|4[0-2][0-9]{8})\b".to_owned(),
            r"\bNote: 1: (?P<msinote>[0-9]{4})\b".to_owned(),
            r"\bdata (?P<ldap>[0-9a-fA-F]{2,4})\b".to_owned(),
            // The byte after it, if any, is read (no look-ahead): no candidate starts with
            // the non-word byte that follows a word boundary, but `signed`, which asks only
            // `\B` of it.
            r"\b(?P<bare>[0-9A-Fa-f]{8})\b(?:[^-}]|$)".to_owned(),
            r"\b(?P<name>[A-Z][A-Z0-9]*_[A-Za-z0-9_]*[A-Za-z0-9]|WSA[A-Z0-9]{2,})\b".to_owned(),
        ];
        let pattern = format!("(?-u){}", alternatives.join("|"));
        // The pattern is built from this file's constants alone; every test builds it.
        let candidates = Regex::new(&pattern).expect("the candidate pattern compiles");
        Matcher {
            candidates,
            context: context::Cues::new(),
        }
    }

    /// Every Windows error code in `line`, in order (but an installer note's system error,
    /// which follows its message number). `line` is any bytes: only ASCII text is read as
    /// codes, so invalid UTF-8 and binary data find nothing there.
    pub fn findings<'m, 'l>(&'m self, line: &'l [u8]) -> impl Iterator<Item = Finding<'l>> + 'm
    where
        'l: 'm,
    {
        // What the whole line says is read once, and only for a line where a rule asks: most
        // candidates are settled before that.
        let context = Lazy::new(&self.context, line);
        self.candidates
            .captures_iter(line)
            .flat_map(move |captures| {
                let (found, follows) = finding(line, &captures, &context);
                found.into_iter().chain(follows)
            })
    }
}

/// The finding a candidate is, if its context and a catalog accept it, and the one that
/// follows from it: an installer note's system error.
fn finding<'l>(
    line: &'l [u8],
    captures: &Captures<'l>,
    context: &Lazy<'_>,
) -> (Option<Finding<'l>>, Option<Finding<'l>>) {
    if let Some(note) = captures.name("msinote") {
        // A Windows Installer log's `Note: 1: 2205 2: ...`: field 1 is the number of an
        // installer message, whose template may name a field that is a system error.
        let Some(text) = core::str::from_utf8(note.as_bytes()).ok() else {
            return (None, None);
        };
        let message = decoded(
            note.start(),
            text,
            &Readings::of_text(text),
            Some((CodeSpace::Msi, Cue::Line)),
        );
        let field = message.and_then(|m| msi_note::system_error(line, note.end(), m.reading.code));
        return (message, field);
    }
    let found = candidate(line, captures, context);
    (found.filter(|f| context.get().admits(f)), None)
}

/// The finding a candidate other than an installer note is, before the line's context has
/// its say.
fn candidate<'l>(
    line: &'l [u8],
    captures: &Captures<'l>,
    context: &Lazy<'_>,
) -> Option<Finding<'l>> {
    if let Some(decimal) = captures.name("dec") {
        decimal_finding(line, decimal.start(), decimal.as_bytes(), context)
    } else if let Some(number) = captures.name("localised") {
        localised_decimal(line, number.start(), number.as_bytes(), captures, context)
    } else if let Some(number) = captures.name("paren") {
        paren_number(line, number.start(), number.as_bytes(), context)
    } else if let Some(hex) = captures.name("hex").or_else(|| captures.name("vbhex")) {
        hex_finding(line, hex.start(), hex.as_bytes())
    } else if let Some(number) = captures.name("unsigned") {
        unsigned_status(line, number.start(), number.as_bytes())
    } else if let Some(number) = captures.name("windbg").or_else(|| captures.name("signed")) {
        standalone_decimal(line, number.start(), number.as_bytes())
    } else if let Some(data) = captures.name("ldap") {
        // Active Directory's LDAP error text, `LdapErr: DSID-0C0903A9, comment:
        // AcceptSecurityContext error, data 52e`: the Win32 error of the failed bind, in hex.
        if !context.get().ldap() {
            return None;
        }
        let text = core::str::from_utf8(data.as_bytes()).ok()?;
        let code = win_errors_core::parse_bare_hex(text)?;
        decoded(
            data.start(),
            text,
            &Readings::of_code(code),
            Some((CodeSpace::Win32, Cue::Line)),
        )
        .map(|found| found.written_as(Form::BareHex))
    } else if let Some(bare) = captures.name("bare") {
        bare_hex_finding(line, bare.start(), bare.as_bytes(), context)
    } else {
        let name = captures.name("name")?;
        name_finding(name.start(), name.as_bytes())
    }
}

fn decimal_finding<'l>(
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
        || (keyword == "failed" && !failure_status(line, end))
        || (keyword == "status" && !before_is(&["error", "exit", "exited"]))
    {
        return None;
    }
    // POSIX's and libuv's errno are no Windows codes, negated (`errno: -4058`) or not.
    if (keyword == "errno" && (number < 10_000 || text.starts_with('-')))
        || (keyword == "code" && number < 100 && context.get().device_problem())
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
        Some(b) if DECIMAL_WORDS.iter().any(|k| names_keyword(b, k)) => further,
        other => other,
    };
    let named_space = naming_word.and_then(|b| space_named_by(b, |info| info.words));
    // `code 1` (or `failed 1`) is every tool's failure status (`npm ERR! code 1`, `error code: 1`), far more
    // often than `ERROR_INVALID_FUNCTION`, unless a space is named.
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
        && before.is_some_and(|b| NOT_WINDOWS_CODES.iter().any(|n| b.eq_ignore_ascii_case(n)))
    {
        // `status code 200`, `response code 404`.
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
fn localised_decimal<'l>(
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
    if (exit && number < 256) || (number < 100 && context.get().device_problem()) {
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
fn paren_number<'l>(
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

/// Whether the number after `failed` that ends at `end` is the failure's status: it ends
/// the statement (the line, or `:`, `)`, `.`, `,` follows) and the line is no test summary
/// (`Passed: 10, Failed: 2` counts tests).
fn failure_status(line: &[u8], end: usize) -> bool {
    let ends = matches!(line.get(end), None | Some(b':' | b')' | b'.' | b','));
    let lowered_has = |word: &[u8]| {
        line.windows(word.len())
            .any(|window| window.eq_ignore_ascii_case(word))
    };
    ends && !lowered_has(b"passed") && !lowered_has(b"tests")
}

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

/// Whether the word before `start` says the number there is no code ([`NOT_CODE_WORDS`]).
fn named_no_code(line: &[u8], start: usize) -> bool {
    word_before(line, start)
        .is_some_and(|(_, w)| NOT_CODE_WORDS.iter().any(|k| names_keyword(w, k)))
}

/// An unsigned ten-digit number standing alone, read only as an NTSTATUS error (from
/// `0xC0000000`) a catalog has: other numbers of that size are ids and counts.
fn unsigned_status<'l>(line: &'l [u8], start: usize, digits: &'l [u8]) -> Option<Finding<'l>> {
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
    let Some(at) = rest.windows(MESSAGE.len()).position(|w| w == MESSAGE) else {
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
fn standalone_decimal<'l>(line: &'l [u8], start: usize, digits: &[u8]) -> Option<Finding<'l>> {
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
    let no_code = named_no_code(line, windbg_at.unwrap_or(start));
    if windbg_at.is_none() && (number & 0x8000_0000 == 0 || joined) || no_code {
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

fn hex_finding<'l>(line: &'l [u8], start: usize, text: &'l [u8]) -> Option<Finding<'l>> {
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
    let named = |words: &[&str]| word.is_some_and(|w| words.iter().any(|k| names_keyword(w, k)));
    if named(NOT_CODE_WORDS) {
        return None;
    }
    let text = core::str::from_utf8(text).ok()?;
    let number = win_errors_core::parse_bare_hex(core::str::from_utf8(digits).ok()?)?;
    // A code that is no failure (a success or an informational status) needs a word as much:
    // such values are more often flags or sizes.
    if (digits.len() < 8 || number & 0x8000_0000 == 0)
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

fn bare_hex_finding<'l>(
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
            form: Form::Name,
            space: entry.space(),
            code,
            carried_in: None,
            entry: Some(entry),
        },
        entry,
        cue: Cue::Name,
    })
}

/// The first reading of `readings` that finds an entry, in the space `prefer` names (and
/// for the cue it gives) when one of its readings finds one, and not a success.
fn decoded<'l>(
    start: usize,
    text: &'l str,
    readings: &Readings,
    prefer: Option<(CodeSpace, Cue)>,
) -> Option<Finding<'l>> {
    decoded_where(start, text, readings, prefer, |_| true)
}

/// [`decoded`] for a code written in hex: never in a space whose codes are only ever written
/// in decimal (an installer's or MCI's message numbers: `2376 (0x0948)` is a thread id).
fn decoded_hex<'l>(
    start: usize,
    text: &'l str,
    readings: &Readings,
    prefer: Option<(CodeSpace, Cue)>,
) -> Option<Finding<'l>> {
    decoded_where(start, text, readings, prefer, |r| {
        let info = r.space.info();
        !(info.notation == Notation::Decimal && info.hresult_form == HresultForm::None)
    })
}

/// [`decoded`] over the readings `keep` keeps.
fn decoded_where<'l>(
    start: usize,
    text: &'l str,
    readings: &Readings,
    prefer: Option<(CodeSpace, Cue)>,
    keep: impl Fn(&Reading) -> bool,
) -> Option<Finding<'l>> {
    // A small negative number (`-1`, `ffffffff`, `-22`) is any runtime's failure value before
    // it is an ESE warning or error: it is one only where its space is named (`JET error -1`).
    let small_negative = |r: &Reading| (r.number as i32).is_negative() && r.number >= 0xFFFF_FF01;
    let named = |r: &Reading| prefer.is_some_and(|(space, _)| space == r.space);
    let is_error = |r: &Reading| r.number != 0 && (!small_negative(r) || named(r)) && keep(r);
    // An HRESULT of FACILITY_WIN32 is the Win32 error it carries, as the lookup shows it
    // (`hr = 0x80070490` is ERROR_NOT_FOUND, not a component's alias of that value).
    let carried_win32 = |r: &Reading, space| {
        space == CodeSpace::Hresult
            && r.number & 0xFFFF_0000 == 0x8007_0000
            && r.carried_in == Some(CodeSpace::Hresult)
            && r.space == CodeSpace::Win32
    };
    let preferred = prefer.and_then(|(space, cue)| {
        readings
            .found()
            .find(|r| {
                is_error(r)
                    && ((r.carried_in.is_none() && r.space == space) || carried_win32(r, space))
            })
            .map(|reading| (reading, cue))
    });
    let (reading, cue) =
        preferred.or_else(|| Some((readings.found().find(is_error)?, Cue::Shape)))?;
    Some(Finding {
        start,
        text,
        reading,
        entry: reading.entry?,
        cue,
    })
}

/// The space a word just before a hex code names (`hr = 0x8007000E`, `exception
/// 0x80000003`): each space's `hex_words`.
fn prefer_for_hex(word: Option<&str>) -> Option<(CodeSpace, Cue)> {
    Some((space_named_by(word?, |info| info.hex_words)?, Cue::Word))
}

#[cfg(test)]
mod tests;
