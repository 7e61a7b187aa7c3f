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
mod decimal;
mod hex;
mod message;
mod msi_note;
mod words;

use regex::bytes::{Captures, Match, Regex};
use win_errors_core::{CodeSpace, Entry, Form, HresultForm, Notation, Reading, Readings};

use context::Lazy;
use decimal::{
    DECIMAL_WORDS, LOCALISED_WORDS, decimal_finding, localised_decimal, paren_number,
    standalone_decimal, unsigned_status,
};
use hex::{bare_hex_finding, hex_finding};
use words::{names_any, space_named_by, word_before};

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
            // Before the hex they begin with: a bug check's code before the words (`a
            // 0x124 bug check`, `Frequent 0x74 bugchecks`), and a failure bucket's
            // (`0x9F_3_POWER_DOWN_...`, `0x119_5_DRIVER_FAULTED_...`: at most three
            // digits, then a digit or a capital, unlike Rust's `0x8007_0005` and
            // `0x10_u32`).
            r"\b(?P<bugcheckbefore>0[xX][0-9A-Fa-f]{1,8})[ \t]+(?i:bug[ -]?checks?)\b".to_owned(),
            r"\b(?P<bucket>0[xX][0-9A-Fa-f]{1,3})_[0-9A-Z]".to_owned(),
            // Windows Setup's result code and extend code (`0xC1900101 - 0x20017`): the
            // extend code is no code of its own (`extend.rs` reads it).
            r"\b(?P<setup>0[xX][0-9A-Fa-f]{8})[ \t]*-[ \t]*0[xX][0-9A-Fa-f]{1,5}\b".to_owned(),
            // A decimal after a word. A word may end a compound (`ErrorCode`):
            // `decimal_finding` checks the whole word. A quote or backtick may stand between
            // the word and its number (`code '1603'`), and the sign that joins them may be
            // doubled (`code:: 87`). Not a colon and a bracket: `ERROR: (6613):` and
            // `NotFoundError: (404)` are a program's own numbers; pywin32's are below.
            format!(
                r#"(?i:(?:{words})\b)(?:[ \t]*(?:\(\))?(?i:[ \t]+(?:is|was|of))?(?:[ \t]*[:=#(]|[ \t]*[:=][ \t]*[:=])?[ \t]*[`'"]?)(?P<dec>-?[0-9]{{1,10}})\b"#,
                words = [DECIMAL_WORDS.join("|").as_str(), "fail(?:ed|s) with"].join("|")
            ),
            // pywin32's error: the Win32 error, the function that failed, its message
            // (`pywintypes.error: (5, 'OpenProcess', 'Access is denied.')`).
            r"\berror: \((?P<pywin32>[0-9]{1,5}), '[A-Za-z_][A-Za-z0-9_.]*', ".to_owned(),
            // A decimal after the word for an error or a code in a script without spaces
            // or case (`故障代码126`, `エラー 5`, `(Код 43)`): `localised_decimal`.
            format!(
                r"(?:{words})[ \t]*(?:[:=]|：)?[ \t]*(?P<localised>-?[0-9]{{1,10}})\b",
                words = LOCALISED_WORDS.join("|")
            ),
            // `0x` and at most eight digits, or sixteen whose high half is zero or all ones.
            r"\b(?P<hex>0[xX](?:[0-9A-Fa-f]{1,8}|(?:0{8}|[fF]{8})[0-9A-Fa-f]{8}))\b".to_owned(),
            // A bug check's code after the words that introduce it, hex with or without
            // `0x` (`The bugcheck was: 0x0000009f`, WinDbg's `BugCheck 9F, {3, ...}` and
            // `BUGCHECK_CODE:  9f`, `Unknown bugcheck code (19c)`, a bucket's
            // `BUGCHECK_STR:  0x3B_c0000005`), or with `0x` after a stop (`STOP:
            // 0x0000007E`, `Stop code: 0xc000021a`).
            // The Kernel-Power event's `BugcheckCode` is decimal (`<Data
            // Name="BugcheckCode">26</Data>`, `BugcheckCode 159`); before the hex forms.
            r#"(?i:\bbugcheckcode(?:">|[ \t]*[:=]?[ \t]*))(?P<bugcheckdec>[0-9]{1,10})\b"#.to_owned(),
            r"(?i:\bbug[ -]?check(?:[ _]?(?:code|str))?(?:[ \t]+was)?[ \t]*[:=(-]?[ \t]*|\blivekernelevent[ \t]+(?:code[ \t]*:?[ \t]*)?|\bstop[ \t]+error[ \t]+)(?P<bugcheck>(?:0[xX])?[0-9A-Fa-f]{1,8})(?:\b|_)".to_owned(),
            r"(?i:\bstop(?:[ \t]+code)?[ \t]*:[ \t]*|\bstop[ \t]+code[ \t]+|\bfatal system error[ \t]*:[ \t]*)(?P<stop>0[xX][0-9A-Fa-f]{1,8})\b".to_owned(),
            // Without a colon, only the eight digits a blue screen writes (`STOP 0x0000007B`).
            r"(?i:\bstop[ \t]+)(?P<stop8>0[xX][0-9A-Fa-f]{8})\b".to_owned(),
            // Device Manager's own words for a problem code: `(Code 43)`, as people write
            // it (`Code31`, `(Code19)`), and SetupAPI's log (`Device Status: 0x01802401,
            // Problem: 0x1c`).
            r"\(Code (?P<device>[0-9]{1,2})\)|\bCode(?P<devicetight>[0-9]{1,2})\b".to_owned(),
            r"\bProblem: (?P<problem>0x[0-9A-Fa-f]{1,2})\b".to_owned(),
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
            // A bug check's name as people retype a blue screen's (`Video_TDR_Failure`,
            // `Inaccessible_Boot_Device`): three words or more, in any case.
            r"\b(?P<spelled>[A-Za-z][a-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+){2,})\b".to_owned(),
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

/// A decimal that the words of its candidate place in `space` (pywin32's error tuple, the
/// Kernel-Power event's `BugcheckCode`).
fn decimal_in(code: Match<'_>, space: CodeSpace) -> Option<Finding<'_>> {
    let text = core::str::from_utf8(code.as_bytes()).ok()?;
    decoded_in(
        code.start(),
        text,
        &Readings::of_text(text),
        space,
        Cue::Word,
    )
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
    } else if let Some(code) = captures.name("pywin32") {
        decimal_in(code, CodeSpace::Win32)
    } else if let Some(number) = captures.name("localised") {
        localised_decimal(line, number.start(), number.as_bytes(), captures, context)
    } else if let Some(number) = captures.name("paren") {
        paren_number(line, number.start(), number.as_bytes(), context)
    } else if let Some(code) = captures
        .name("bugcheck")
        .or_else(|| captures.name("stop"))
        .or_else(|| captures.name("stop8"))
    {
        bug_check(code.start(), code.as_bytes())
    } else if let Some(code) = captures.name("bugcheckdec") {
        decimal_in(code, CodeSpace::BugCheck)
    } else if let Some(code) = captures
        .name("bugcheckbefore")
        .or_else(|| captures.name("bucket"))
    {
        bug_check(code.start(), code.as_bytes())
    } else if let Some(code) = captures
        .name("device")
        .or_else(|| captures.name("devicetight"))
    {
        decimal::device_problem(code.start(), core::str::from_utf8(code.as_bytes()).ok()?)
    } else if let Some(code) = captures.name("problem") {
        let text = core::str::from_utf8(code.as_bytes()).ok()?;
        decimal::device_problem(code.start(), text).map(|found| found.written_as(Form::Hex))
    } else if let Some(result) = captures.name("setup") {
        let text = core::str::from_utf8(result.as_bytes()).ok()?;
        decoded_hex(
            result.start(),
            text,
            &Readings::of_text(text),
            Some((CodeSpace::Setup, Cue::Word)),
        )
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
    } else if let Some(spelled) = captures.name("spelled") {
        spelled_bug_check(spelled.start(), spelled.as_bytes())
    } else {
        let name = captures.name("name")?;
        name_finding(name.start(), name.as_bytes())
    }
}

/// A bug check's name written in any case (`Video_TDR_Failure`): the name in upper case,
/// looked up among the bug checks only (their names are long and their own), without
/// allocating.
fn spelled_bug_check(start: usize, text: &[u8]) -> Option<Finding<'_>> {
    let mut upper = [0u8; 64];
    let name = upper.get_mut(..text.len())?;
    name.copy_from_slice(text);
    name.make_ascii_uppercase();
    let entry = Entry::from_name_in(CodeSpace::BugCheck, core::str::from_utf8(name).ok()?)?;
    Some(named(start, core::str::from_utf8(text).ok()?, entry))
}

/// The finding of `entry`, written by its name as `text` at `start`.
fn named(start: usize, text: &str, entry: Entry) -> Finding<'_> {
    let code = entry.code();
    Finding {
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
    }
}

/// A bug check's code, hex with or without `0x`, after the words that introduce one.
fn bug_check(start: usize, text: &[u8]) -> Option<Finding<'_>> {
    let text = core::str::from_utf8(text).ok()?;
    let (code, form) = match text.get(..2) {
        Some("0x" | "0X") => (win_errors_core::parse_number(text).ok()?, Form::Hex),
        _ => (win_errors_core::parse_bare_hex(text)?, Form::BareHex),
    };
    decoded_in(
        start,
        text,
        &Readings::of_code(code),
        CodeSpace::BugCheck,
        Cue::Word,
    )
    .map(|found| found.written_as(form))
}

/// Whether the word before `start` says the number there is no code ([`NOT_CODE_WORDS`]).
fn named_no_code(line: &[u8], start: usize) -> bool {
    word_before(line, start).is_some_and(|(_, w)| names_any(w, NOT_CODE_WORDS))
}

/// A symbolic name or alias exactly as a catalog writes it (no prefix is guessed in running
/// text), or an NTSTATUS name in Samba's `NT_STATUS_` spelling. A name lookup is one perfect
/// hash per catalog, so the many upper-case words of a log that are no name cost little.
fn name_finding(start: usize, text: &[u8]) -> Option<Finding<'_>> {
    let text = core::str::from_utf8(text).ok()?;
    Some(named(start, text, Entry::from_name(text)?))
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

/// [`decoded`] in `space` only, for a number the text places there (`The bugcheck was:
/// 0x...`, `(Code 43)`): its reading there, or nothing.
fn decoded_in<'l>(
    start: usize,
    text: &'l str,
    readings: &Readings,
    space: CodeSpace,
    cue: Cue,
) -> Option<Finding<'l>> {
    decoded(start, text, readings, Some((space, cue))).filter(|found| found.reading.space == space)
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
    // Bug checks and Device Manager codes are small numbers a log holds for many reasons:
    // one is read so only where the text says (`needs_cue`).
    let is_error = |r: &Reading| {
        r.number != 0
            && (!small_negative(r) || named(r))
            && (!r.space.info().needs_cue || named(r))
            && keep(r)
    };
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
