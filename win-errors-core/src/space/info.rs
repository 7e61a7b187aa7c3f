//! What a code space is ([`SpaceInfo`]) and the values that describe it: the types each
//! declaration in `code_spaces!` fills in.

use super::CodeSpace;
use crate::{Hresult, NtStatusCode};
use win_errors_layout::Notation;

/// What one code space is: everything the readings, the CLI and the log scanner need to know
/// about it, given once in its declaration.
#[derive(Clone, Copy, Debug)]
#[non_exhaustive]
pub struct SpaceInfo {
    /// Its short name, as `--as` takes it: `"win32"`.
    pub name: &'static str,
    /// How people call it: `"Win32 error"`.
    pub label: &'static str,
    /// The article before [`SpaceInfo::label`]: `"a"` Win32 error, `"an"` HRESULT.
    pub article: &'static str,
    /// What it is called beside another space's entry: the counterpart of a Win32 error is
    /// shown `as COM`, of an HRESULT `as Win32`.
    pub short: &'static str,
    /// The type of its shipped catalog: `"WinError"`.
    pub catalog: &'static str,
    /// The Cargo feature that builds the catalog in: `"system"`.
    pub feature: &'static str,
    /// How its codes are written: decimal, signed decimal or eight hex digits.
    pub notation: Notation,
    /// How a code of the space is written as an HRESULT, if it is.
    pub hresult_form: HresultForm,
    /// The codes of other spaces a code of this one can carry, likeliest first.
    pub carries: &'static [Carried],
    /// The same error in another space's catalog, shown beside an entry.
    pub counterpart: Counterpart,
    /// Where its reading of a number stands among the readings in every space.
    pub rank: Rank,
    /// How its entries are named, or `None` when they are known by their code alone
    /// (Windows Installer's messages).
    pub names: Option<Names>,
    /// Words before an error word that make the number after it one of this space's
    /// (`RAS error 691`, `JET error -1018`), lowercase.
    pub words: &'static [&'static str],
    /// Words just before a hex code that make it one of this space's (`hr = 0x8007000E`,
    /// `exception 0x80000003`), lowercase.
    pub hex_words: &'static [&'static str],
    /// Whether a number found in running text is read in this space only where the text
    /// says so (`The bugcheck was: 0x...`, `(Code 43)`): its codes are small numbers that
    /// a log holds for many other reasons. A lookup of a number still lists its reading.
    pub needs_cue: bool,
}

/// How a code is written as an HRESULT.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum HresultForm {
    /// It has no HRESULT form (ESE, PDH, MCI, Windows Installer).
    None,
    /// It is an HRESULT.
    Itself,
    /// `HRESULT_FROM_WIN32`: a Win32 error, or a code that passes through the Win32 error of
    /// its number (RAS).
    FromWin32,
    /// `HRESULT_FROM_NT`: the NTSTATUS with the N bit.
    FromNt,
}

impl HresultForm {
    /// `code` as an HRESULT, when the space has an HRESULT form.
    #[inline]
    pub fn of(self, code: u32) -> Option<Hresult> {
        match self {
            HresultForm::None => None,
            HresultForm::Itself => Some(Hresult(code)),
            HresultForm::FromWin32 => Some(Hresult::from_win32(code)),
            HresultForm::FromNt => Some(NtStatusCode(code).to_hresult()),
        }
    }
}

/// A code of another space that a code can carry: the Win32 error in the HRESULT
/// `0x80070005` (`HRESULT_FROM_WIN32`), the NTSTATUS in `0xD0000022` (`HRESULT_FROM_NT`), the
/// Win32 error in the NTSTATUS `0xC0070005` (`FACILITY_NTWIN32`).
#[derive(Clone, Copy, Debug)]
pub struct Carried {
    /// The space of the carried code.
    pub space: CodeSpace,
    /// The carried code, when the outer code carries one.
    pub code: fn(u32) -> Option<u32>,
}

/// The same error in another space's catalog, as the CLI shows it beside an entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Counterpart {
    /// None.
    None,
    /// The entry of its HRESULT form in the HRESULT space's catalog (`ERROR_ACCESS_DENIED`'s
    /// `E_ACCESSDENIED`).
    HresultForm,
    /// The entry of the code of this space it carries (`E_ACCESSDENIED`'s
    /// `ERROR_ACCESS_DENIED`).
    Carries(CodeSpace),
}

/// Where a space's reading of a number stands, from 0 (first) in each shape of number: the
/// same 32 bits are likelier in some spaces than in others, and which depends on their shape.
/// In each shape the ranks of the spaces are 0 to one less than their number, each once (a
/// compile-time check holds them to it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Rank {
    /// Up to `0xFFFF`: a Win32 error first, then the other spaces of small numbers.
    pub small: u8,
    /// From `0xFFFF0000`: a small negative number, an ESE error first (no HRESULT or NTSTATUS
    /// has a facility of all ones).
    pub negative: u8,
    /// An NTSTATUS's shape: severity `0b11` without the N bit of `HRESULT_FROM_NT`, or `0b01`.
    pub ntstatus_shaped: u8,
    /// Anything else: an HRESULT failure (`0x8...`) before an NTSTATUS warning.
    pub hresult_shaped: u8,
}

impl Rank {
    /// The space's place among the readings of `number`, by the shape of `number`.
    #[inline]
    pub const fn position(self, number: u32) -> u8 {
        let severity = number >> 30;
        if number <= 0xFFFF {
            self.small
        } else if number >= 0xFFFF_0000 {
            self.negative
        } else if severity == 0b01 || (severity == 0b11 && number & crate::FACILITY_NT_BIT == 0) {
            self.ntstatus_shaped
        } else {
            self.hresult_shaped
        }
    }
}

/// How a space's entries are named.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Names {
    /// The prefix a name may be written without (`ERROR_`: `access_denied` is
    /// `ERROR_ACCESS_DENIED`).
    pub prefix: Option<&'static str>,
    /// Another spelling of the prefix, and the prefix it stands for (Samba writes
    /// `NT_STATUS_LOGON_FAILURE` for `STATUS_LOGON_FAILURE`).
    pub other_prefix: Option<(&'static str, &'static str)>,
    /// The prefixes of its names that have lowercase letters, in uppercase (`NERR_` for
    /// `NERR_UserNotFound`, `JET_` for `JET_errReadVerifyFailure`, `HR` for Exchange's
    /// `hrNone`, `COR_E_` for the .NET runtime's `COR_E_Data`); names with a digit may have them too
    /// (`ERROR_ITERATED_DATA_EXCEEDS_64k`). A test holds every shipped name to it.
    pub mixed_case: &'static [&'static str],
}
