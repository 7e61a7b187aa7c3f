//! Every reading of a number: the code spaces a Windows error code can be in, what a code
//! carries, and the shipped catalogs' entries, ranked by likelihood. The CLI and the log
//! scanner are built on it.
//!
//! The same 32 bits mean different things in different spaces: `0xC0000005` is the NTSTATUS
//! `STATUS_ACCESS_VIOLATION` and an HRESULT of facility 0 no one documents; `5` is the Win32
//! error `ERROR_ACCESS_DENIED` and the NTSTATUS `STATUS_WAIT_5`'s number. Only the API that
//! returned a code says which is meant, so a reader gets all of them, likeliest first.

use core::fmt;

use crate::number::{NumberError, parse_bare_hex, parse_number};
use crate::space::{CodeSpace, Entry};

/// How the text of a reading was written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Form {
    /// Decimal digits: `1312`, `3221225477`.
    Decimal,
    /// A negative decimal, read as its 32 bits: `-1073741819` (an exit code).
    SignedDecimal,
    /// `0x` hexadecimal: `0xC0000005`.
    Hex,
    /// Hexadecimal with an `h` suffix: `520h`.
    HexSuffix,
    /// Hexadecimal without a prefix: `c0000135`, `80070057`.
    BareHex,
    /// A symbolic name or alias: `STATUS_ACCESS_VIOLATION`, `access_denied`.
    Name,
    /// A number given as a number, not as text.
    Number,
}

impl Form {
    /// Its name in JSON and messages: `"decimal"`, `"signed decimal"`, `"hex"`,
    /// `"h-suffixed hex"`, `"bare hex"`, `"name"`, `"number"`.
    #[inline]
    pub const fn name(self) -> &'static str {
        match self {
            Form::Decimal => "decimal",
            Form::SignedDecimal => "signed decimal",
            Form::Hex => "hex",
            Form::HexSuffix => "h-suffixed hex",
            Form::BareHex => "bare hex",
            Form::Name => "name",
            Form::Number => "number",
        }
    }
}

/// One reading of a number: the space it is read in, the code there, what carried it, and
/// the entry of the shipped catalog of that space when it has one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Reading {
    /// The 32 bits the text was read as (for a name, its entry's code).
    pub number: u32,
    /// How the text was written.
    pub form: Form,
    /// The space the code is read in.
    pub space: CodeSpace,
    /// The code in that space: `number` itself, or the code it carries (`5` in the HRESULT
    /// `0x80070005`).
    pub code: u32,
    /// The space of the code `number` is when it carries this one: `Some(Hresult)` for the
    /// Win32 error in `0x80070005` (`HRESULT_FROM_WIN32`) or the NTSTATUS in `0xD0000022`
    /// (`HRESULT_FROM_NT`), `Some(NtStatus)` for the Win32 error in `0xC0070005`
    /// (`FACILITY_NTWIN32`).
    pub carried_in: Option<CodeSpace>,
    /// The shipped catalog's entry, when it has one.
    pub entry: Option<Entry>,
}

/// Room for the most readings one text can have: two numbers (eight digits are hex and
/// decimal), each read in every space and as every code it can carry. A name has fewer, one
/// in each space.
const CAPACITY: usize = 2 * (CodeSpace::COUNT + carried_readings());

/// The number of codes a number can carry, over every space.
const fn carried_readings() -> usize {
    let mut total = 0;
    let mut i = 0;
    while i < CodeSpace::COUNT {
        total += CodeSpace::ALL[i].info().carries.len();
        i += 1;
    }
    total
}

/// Every reading of a number or text, best first; no allocation.
///
/// ```
/// # use win_errors_core as win_errors;
/// use win_errors::{CodeSpace, Readings};
///
/// // A crash's exception code, also a process exit code: an NTSTATUS first.
/// for text in ["0xC0000005", "3221225477", "-1073741819", "c0000005"] {
///     let best = Readings::of_text(text).best().unwrap();
///     assert_eq!(best.space, CodeSpace::NtStatus);
///     assert_eq!(best.entry.unwrap().name(), "STATUS_ACCESS_VIOLATION");
/// }
/// // A small number is a Win32 error first.
/// let best = Readings::of_code(5).best().unwrap();
/// assert_eq!((best.space, best.entry.unwrap().name()), (CodeSpace::Win32, "ERROR_ACCESS_DENIED"));
/// // An HRESULT carrying a Win32 error.
/// let carried = Readings::of_text("0x80070002")
///     .found()
///     .find(|r| r.carried_in == Some(CodeSpace::Hresult))
///     .unwrap();
/// assert_eq!(carried.entry.unwrap().name(), "ERROR_FILE_NOT_FOUND");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Readings {
    items: [Option<Reading>; CAPACITY],
    len: usize,
}

impl Readings {
    const EMPTY: Readings = Readings {
        items: [None; CAPACITY],
        len: 0,
    };

    /// Every reading of the 32 bits `number`, best first.
    #[inline]
    pub fn of_code(number: u32) -> Readings {
        let mut readings = Readings::EMPTY;
        readings.push_number(number, Form::Number);
        readings
    }

    /// Every reading of `number` as a code of `space`, and of what it carries there (the
    /// Win32 error in an HRESULT), best first: for a number whose space the caller knows,
    /// such as what a COM call returned, where [`of_code`](Self::of_code) would also read it
    /// in every other space (`1` is `S_FALSE` here, `ERROR_INVALID_FUNCTION` first there).
    #[inline]
    pub fn of_code_in(space: CodeSpace, number: u32) -> Readings {
        let mut readings = Readings::EMPTY;
        readings.push_in(space, number, Form::Number);
        readings
    }

    /// Every reading of `text`: a number in any form people write codes in (decimal, signed
    /// decimal, `0x` hex, `h`-suffixed hex, hex without a prefix when it has both digits and
    /// hex letters or is eight digits long) or a symbolic name in any case, with or without
    /// its catalog's prefix (`ERROR_`, `E_`, `STATUS_`), or Samba's `NT_STATUS_` spelling.
    /// Empty when the text is none of these.
    #[inline]
    pub fn of_text(text: &str) -> Readings {
        let text = text.trim();
        let mut readings = Readings::EMPTY;
        match parse_number(text) {
            Ok(number) => {
                let decimal_digits = text.bytes().all(|b| b.is_ascii_digit());
                // Eight digits in a log are far likelier an HRESULT or NTSTATUS in hex
                // (80070057) than a decimal code of that size.
                if decimal_digits
                    && text.len() == 8
                    && let Some(hex) = parse_bare_hex(text)
                {
                    readings.push_number(hex, Form::BareHex);
                }
                readings.push_number(number, form_of(text));
            }
            Err(NumberError::NotANumber) => {
                readings.push_names(text);
                if looks_like_bare_hex(text)
                    && let Some(number) = parse_bare_hex(text)
                {
                    readings.push_number(number, Form::BareHex);
                }
            }
            Err(NumberError::Empty | NumberError::OutOfRange) => {}
        }
        readings
    }

    /// Every reading, best first, found or not.
    #[inline]
    pub fn iter(&self) -> impl Iterator<Item = Reading> + '_ {
        self.items.iter().take(self.len).flatten().copied()
    }

    /// The readings that find an entry, best first, each entry once (`0x80070520` reaches
    /// `ERROR_NO_SUCH_LOGON_SESSION` as an HRESULT and as an NTSTATUS warning: it is listed at
    /// the first). An entry with a message comes before one that only a header names (no
    /// message is known): a documented code is the likelier one in what a program printed
    /// (`809` is RAS's VPN error before the Win32 error of that value only the SDK names).
    #[inline]
    pub fn found(&self) -> impl Iterator<Item = Reading> + '_ {
        let first_once = move |(i, reading): (usize, Reading)| {
            let entry = reading.entry?;
            let earlier = self.iter().take(i).any(|r| r.entry == Some(entry));
            (!earlier).then_some(reading)
        };
        let documented = |r: &Reading| r.entry.is_some_and(|e| e.message().is_some());
        let with_message = self
            .iter()
            .enumerate()
            .filter_map(first_once)
            .filter(documented);
        let without = self.iter().enumerate().filter_map(first_once);
        with_message.chain(without.filter(move |r| !documented(r)))
    }

    /// The best reading that finds an entry.
    #[inline]
    pub fn best(&self) -> Option<Reading> {
        self.found().next()
    }

    /// The number of readings, found or not.
    #[inline]
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether the text was no number and no name of any catalog.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    #[inline]
    fn push(&mut self, reading: Reading) {
        if let Some(slot) = self.items.get_mut(self.len) {
            *slot = Some(reading);
            self.len += 1;
        }
    }

    /// The readings of `number` in every space, likeliest first. A code that carries another
    /// (`HRESULT_FROM_WIN32`, `HRESULT_FROM_NT`, `FACILITY_NTWIN32`) is read as what it
    /// carries first: the wrapping is an envelope, the carried code says what failed.
    #[inline]
    fn push_number(&mut self, number: u32, form: Form) {
        for space in ranked_spaces(number) {
            self.push_in(space, number, form);
        }
    }

    /// The readings of `number` in `space`: what it carries there first, then itself.
    #[inline]
    fn push_in(&mut self, space: CodeSpace, number: u32, form: Form) {
        for carried in space.info().carries {
            if let Some(code) = (carried.code)(number) {
                self.push(Reading {
                    number,
                    form,
                    space: carried.space,
                    code,
                    carried_in: Some(space),
                    entry: Entry::find(carried.space, code),
                });
            }
        }
        self.push(Reading {
            number,
            form,
            space,
            code: number,
            carried_in: None,
            entry: Entry::find(space, number),
        });
    }

    /// The entries `text` names (see [`crate::names`]), in the order of the spaces.
    #[inline]
    fn push_names(&mut self, text: &str) {
        for entry in crate::names::named(text).into_iter().flatten() {
            self.push(Reading {
                number: entry.code(),
                form: Form::Name,
                space: entry.space(),
                code: entry.code(),
                carried_in: None,
                entry: Some(entry),
            });
        }
    }
}

impl fmt::Display for Reading {
    /// The space, the entry's name, code and message: `Win32 error ERROR_ACCESS_DENIED (5,
    /// 0x5): Access is denied.`; a carried code after the code that carries it (`HRESULT
    /// 0x80070002 carries Win32 error ...`); a code the catalog lacks as `NTSTATUS 0xC0FF0000
    /// (not in the catalog)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(envelope) = self.carried_in {
            write!(f, "{envelope} {} carries ", envelope.spell(self.number))?;
        }
        match self.entry {
            Some(entry) => write!(f, "{} {entry:#}", self.space),
            None => write!(
                f,
                "{} {} (not in the catalog)",
                self.space,
                self.space.spell(self.code)
            ),
        }
    }
}

impl fmt::Display for Readings {
    /// The best reading that finds an entry, else the likeliest reading, so that
    /// `Readings::of_code(n).to_string()` describes any number in one call; a text that is
    /// no number and no name gives `no Windows error code or name`.
    ///
    /// ```
    /// # use win_errors_core as win_errors;
    /// use win_errors::Readings;
    ///
    /// assert_eq!(
    ///     Readings::of_code(0x8007_0005).to_string(),
    ///     "HRESULT 0x80070005 carries Win32 error ERROR_ACCESS_DENIED (5, 0x5): Access is denied."
    /// );
    /// assert_eq!(
    ///     Readings::of_text("-1073741819").to_string(),
    ///     "NTSTATUS STATUS_ACCESS_VIOLATION (0xC0000005): The instruction at 0x%08lx referenced memory at 0x%08lx. The memory could not be %s."
    /// );
    /// assert_eq!(Readings::of_text("hello").to_string(), "no Windows error code or name");
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.best().or_else(|| self.iter().next()) {
            Some(reading) => fmt::Display::fmt(&reading, f),
            None => f.write_str("no Windows error code or name"),
        }
    }
}

impl<'a> IntoIterator for &'a Readings {
    type Item = Reading;
    type IntoIter = core::iter::Copied<
        core::iter::Flatten<core::iter::Take<core::slice::Iter<'a, Option<Reading>>>>,
    >;

    #[inline]
    fn into_iter(self) -> Self::IntoIter {
        self.items.iter().take(self.len).flatten().copied()
    }
}

/// The spaces `number` is likeliest in, first to last, by each space's [`Rank`](crate::Rank).
///
/// A small number is a Win32 error first, then one of the spaces of small numbers (RAS, MCI,
/// Windows Installer, ESE's warnings), then an NTSTATUS, an HRESULT and a PDH status; a
/// small negative one is an ESE error first. Above that the top bits decide: an NTSTATUS has
/// a two-bit severity (`0xC...` error, `0x4...` informational), an HRESULT a one-bit one with
/// a reserved bit beside it that only `HRESULT_FROM_NT` sets together with the N bit
/// (`0xD...`); `0x8...` is an HRESULT failure before it is an NTSTATUS warning, and either
/// before the PDH status of the same layout. The spaces of small numbers come last there.
#[inline]
const fn ranked_spaces(number: u32) -> [CodeSpace; CodeSpace::COUNT] {
    let mut ranked = CodeSpace::ALL;
    let mut i = 0;
    while i < CodeSpace::COUNT {
        let space = CodeSpace::ALL[i];
        // Every rank is below COUNT and taken once: a compile-time check in `space.rs`.
        ranked[space.info().rank.position(number) as usize] = space;
        i += 1;
    }
    ranked
}

/// The form a text that [`parse_number`] read is written in.
#[inline]
fn form_of(text: &str) -> Form {
    if text.starts_with('-') {
        Form::SignedDecimal
    } else if text.starts_with("0x") || text.starts_with("0X") {
        Form::Hex
    } else if text.ends_with(['h', 'H']) {
        Form::HexSuffix
    } else {
        Form::Decimal
    }
}

/// Hex without a prefix, as logs write codes: digits and hex letters both (`c0000135`), or
/// eight hex digits (`ffffffff`). A word of hex letters alone (`face`) is not read as a code.
#[inline]
fn looks_like_bare_hex(text: &str) -> bool {
    let has_digit = text.bytes().any(|b| b.is_ascii_digit());
    let has_letter = text.bytes().any(|b| matches!(b, b'a'..=b'f' | b'A'..=b'F'));
    (has_digit && has_letter) || text.len() == 8
}

#[cfg(all(test, feature = "all-catalogs"))]
mod tests;
