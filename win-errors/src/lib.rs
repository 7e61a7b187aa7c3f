//! Windows error codes as Rust types, generated at compile time from TOML catalogs.
//!
//! [`win_errors!`] reads a catalog of error entries (symbolic name, code, message, related
//! codes, description), checks it, and generates an enum with lookups in both directions
//! backed by compact `&'static` tables: no allocation, no hashing, no parsing at run time.
//! Every generated type implements [`ErrorCatalog`], so code can be generic over catalogs.
//!
//! The complete Windows system error catalog ships as [`WinError`] (feature `system`, on by
//! default):
//!
//! ```
//! use win_errors::WinError;
//!
//! let error = WinError::from_code(1312).unwrap();
//! assert_eq!(error, WinError::NoSuchLogonSession);
//! assert_eq!(error.name(), "ERROR_NO_SUCH_LOGON_SESSION");
//! assert_eq!(error.related()[1], WinError::InvalidParameter);
//! ```
//!
//! This crate holds what a user's program links: the macro's entry point, the
//! [`ErrorCatalog`] trait, the shipped catalog types, HRESULT and number parsing, and (hidden
//! in `__private`) the table readers of `win-errors-layout` that generated methods call. It
//! is `no_std` without the `std` feature, has no `unsafe`, and never builds the generator's
//! dependencies' builders. See the [README](https://github.com/win-errors/win-errors#readme)
//! for the catalog format and ARCHITECTURE.md for how the crates fit together.

#![cfg_attr(not(any(test, feature = "std")), no_std)]
#![forbid(unsafe_code)]

use core::fmt;

mod facility;
mod hresult;
mod inserts;
#[cfg(all(feature = "std", feature = "system"))]
mod io;
mod ntstatus_code;
mod number;
mod private;
#[cfg(any(feature = "system", feature = "com", feature = "ntstatus"))]
mod readings;
#[cfg(feature = "serde")]
mod serde_impls;

pub use facility::Facility;
pub use hresult::{Hresult, Severity};
pub use inserts::{Insert, MessageWith};
pub use ntstatus_code::{FACILITY_NT_BIT, NtFacility, NtSeverity, NtStatusCode};
pub use number::{NumberError, parse_bare_hex, parse_number};
#[cfg(any(feature = "system", feature = "com", feature = "ntstatus"))]
pub use readings::{CodeSpace, Entry, Form, Reading, Readings};
pub use win_errors_layout::{Aliases, Faq, FaqEntry, Texts};

#[cfg(feature = "system")]
mod system {
    crate::win_errors!("catalog.toml");
}

/// Every documented Windows system error code (Win32, as `GetLastError` returns it).
#[cfg(feature = "system")]
pub use system::WinError;

#[cfg(feature = "com")]
mod com {
    crate::win_errors!("com.toml");
}

/// The COM and HRESULT error codes Microsoft documents (codes are HRESULT bit patterns).
#[cfg(feature = "com")]
pub use com::ComError;

#[cfg(feature = "ntstatus")]
mod ntstatus {
    crate::win_errors!("ntstatus.toml");
}

/// NTSTATUS values with the messages of `ntstatus.h`: what native APIs return, and what
/// crashes and process exit codes show (`0xC0000005` is `STATUS_ACCESS_VIOLATION`).
///
/// ```
/// use win_errors::NtStatus;
///
/// let status = NtStatus::from_code(0xC000_0005).unwrap();
/// assert_eq!(status.name(), "STATUS_ACCESS_VIOLATION");
/// assert_eq!(NtStatus::from_code(0x8000_0001).and_then(NtStatus::caption), Some("EXCEPTION"));
/// ```
#[cfg(feature = "ntstatus")]
pub use ntstatus::NtStatus;

/// Items that generated code reaches by absolute path. Not a public API.
#[doc(hidden)]
pub mod __private {
    pub use crate::private::*;
    pub use win_errors_layout::*;
    pub use win_errors_macros::expand_catalog;

    // Generated code calls this for every catalog type; it implements serde's traits when
    // this crate has its `serde` feature and expands to nothing otherwise, so the user's
    // crate needs no feature of its own.
    #[cfg(not(feature = "serde"))]
    pub use crate::impl_serde_off as impl_serde;
    #[cfg(feature = "serde")]
    pub use crate::impl_serde_on as impl_serde;

    #[cfg(feature = "serde")]
    pub use crate::serde_impls::{deserialize as serde_deserialize, serialize as serde_serialize};
    #[cfg(feature = "serde")]
    pub use serde;
}

/// Generates an error enum from a TOML catalog at compile time.
///
/// ```ignore
/// win_errors::win_errors!("catalog.toml");
/// ```
///
/// The path is relative to the invoking crate's `Cargo.toml` directory
/// (`CARGO_MANIFEST_DIR`), or absolute. Cargo rebuilds the crate when the catalog changes.
/// Mistakes in the catalog are compile errors of the form
/// `catalog.toml:line:column: message`, all of them in one build.
#[macro_export]
macro_rules! win_errors {
    ($($input:tt)*) => {
        $crate::__private::expand_catalog! { $crate; $($input)* }
    };
}

#[doc(hidden)]
#[macro_export]
macro_rules! impl_serde_off {
    ($ty:ty) => {};
}

/// The operations every generated catalog type has, for code generic over catalogs.
///
/// The inherent items of a generated type do the same (its methods are `const fn`); its
/// implementation of this trait forwards to them. Both come from one description of the
/// generated API in `win-errors-generator`, and a test holds this trait to it.
pub trait ErrorCatalog:
    Copy
    + Eq
    + Ord
    + core::hash::Hash
    + fmt::Debug
    + fmt::Display
    + core::error::Error
    + core::str::FromStr<Err = ParseError>
    + TryFrom<u32, Error = UnknownCode>
    + Into<u32>
    + 'static
{
    /// The type's name, such as `"WinError"`.
    const TYPE_NAME: &'static str;
    /// Every entry, in code order.
    const ALL: &'static [Self];
    /// The number of entries.
    const COUNT: usize;

    /// The numeric code.
    fn code(self) -> u32;
    /// The symbolic name, such as `"ERROR_ACCESS_DENIED"`.
    fn name(self) -> &'static str;
    /// The title shown above the message, such as `"Application Error"`, when the catalog
    /// gives one.
    fn caption(self) -> Option<&'static str>;
    /// The message text, as the catalog gives it, or `None` when the catalog says that no
    /// message is known for the entry (`message_known = false`).
    ///
    /// A catalog where every entry has a message, such as `WinError`, also has an inherent
    /// `message` that returns the `&'static str` itself.
    fn message(self) -> Option<&'static str>;
    /// The message with its FormatMessage inserts (`%1`, `%2!d!`, ...) filled in from
    /// `args`, as a `Display` that does not allocate; `None` when no message is known.
    fn message_with<'a>(self, args: &'a [Insert<'a>]) -> Option<MessageWith<'a>>;
    /// The longer description, when the catalog has one.
    fn description(self) -> Option<&'static str>;
    /// The error family the entry is documented in, when the catalog names one.
    fn family(self) -> Option<&'static str>;
    /// What the code technically means, when the catalog says.
    fn meaning(self) -> Option<&'static str>;
    /// Where the code typically arises, when the catalog says.
    fn context(self) -> Option<&'static str>;
    /// Steps to check or fix, in order (none when the catalog gives none).
    fn remedies(self) -> Texts;
    /// Questions and answers about the entry (none when the catalog gives none).
    fn faq(self) -> Faq;
    /// The entry in a sentence or two, when the catalog gives one.
    fn summary(self) -> Option<&'static str>;
    /// The other symbolic names of this code.
    fn aliases(self) -> Aliases;
    /// The related entries, in catalog order.
    fn related(self) -> &'static [Self];
    /// The entries that list this one as related, in code order.
    fn referenced_by(self) -> &'static [Self];
    /// The entry with `code`.
    fn from_code(code: u32) -> Option<Self>;
    /// The entry with `code`.
    ///
    /// # Panics
    /// When the catalog has no entry with `code`.
    fn expect_code(code: u32) -> Self;
    /// The entry whose symbolic name or alias is exactly `name`.
    fn from_name(name: &str) -> Option<Self>;
}

/// The error of `TryFrom<u32>`: the catalog has no entry with this code.
///
/// ```
/// let error = win_errors::UnknownCode::new(32767);
/// assert_eq!(error.to_string(), "no entry with code 32767 (0x7FFF)");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct UnknownCode {
    code: u32,
}

impl UnknownCode {
    /// Records that `code` was not found.
    pub const fn new(code: u32) -> Self {
        UnknownCode { code }
    }

    /// The code that was not found.
    pub const fn code(self) -> u32 {
        self.code
    }
}

impl fmt::Display for UnknownCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "no entry with code {} (0x{:X})", self.code, self.code)
    }
}

impl core::error::Error for UnknownCode {}

/// The error of `FromStr`: the text is neither a symbolic name or alias in the catalog nor
/// a code (decimal or `0x` hexadecimal) in it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ParseError {
    /// The text is a code, but the catalog has no entry with it.
    UnknownCode(UnknownCode),
    /// The text is not a code and no entry has it as symbolic name or alias.
    UnknownName,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParseError::UnknownCode(unknown) => unknown.fmt(f),
            ParseError::UnknownName => {
                f.write_str("no entry with this name, and not a decimal or 0x hexadecimal code")
            }
        }
    }
}

impl core::error::Error for ParseError {}

impl From<UnknownCode> for ParseError {
    fn from(unknown: UnknownCode) -> Self {
        ParseError::UnknownCode(unknown)
    }
}
