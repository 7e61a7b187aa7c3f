//! Helpers that generated code calls besides the table readers and the code grammar of
//! `win-errors-layout`.
//! Not a public API: they may change in any release.
//!
//! A message is an `Option`: `None` is an entry whose catalog says that no message is known,
//! and is written as such, never as an empty message.

use core::fmt;

/// What `Display` writes in place of a message that is not known.
pub const NO_MESSAGE: &str = "no message is known";

/// Display helper for the plain form: the message, or `NAME (no message is known)`.
pub fn write_message(f: &mut fmt::Formatter<'_>, name: &str, message: Option<&str>) -> fmt::Result {
    match message {
        Some(message) => f.pad(message),
        None => write!(f, "{name} ({NO_MESSAGE})"),
    }
}

/// Display helper for the alternate form of HRESULT and NTSTATUS catalogs:
/// `NAME (0x8000FFFF): message`, always eight hex digits (the form people search for).
pub fn write_hex_entry(
    f: &mut fmt::Formatter<'_>,
    name: &str,
    code: u32,
    message: Option<&str>,
) -> fmt::Result {
    match message {
        Some(message) => write!(f, "{name} (0x{code:08X}): {message}"),
        None => write!(f, "{name} (0x{code:08X}; {NO_MESSAGE})"),
    }
}

/// Display helper for the alternate form: `NAME (code, 0xHEX): message`.
pub fn write_entry(
    f: &mut fmt::Formatter<'_>,
    name: &str,
    code: u32,
    message: Option<&str>,
) -> fmt::Result {
    match message {
        Some(message) => write!(f, "{name} ({code}, 0x{code:X}): {message}"),
        None => write!(f, "{name} ({code}, 0x{code:X}; {NO_MESSAGE})"),
    }
}

/// Display helper for the alternate form of catalogs whose entries are known by their code
/// alone, where the name is the code as written: `1101: message`.
pub fn write_numbered_entry(
    f: &mut fmt::Formatter<'_>,
    name: &str,
    message: Option<&str>,
) -> fmt::Result {
    match message {
        Some(message) => write!(f, "{name}: {message}"),
        None => write!(f, "{name} ({NO_MESSAGE})"),
    }
}

/// Display helper for the alternate form of catalogs of signed codes: `NAME (-1206): message`,
/// the number as the catalog and its API write it.
pub fn write_signed_entry(
    f: &mut fmt::Formatter<'_>,
    name: &str,
    code: i32,
    message: Option<&str>,
) -> fmt::Result {
    match message {
        Some(message) => write!(f, "{name} ({code}): {message}"),
        None => write!(f, "{name} ({code}; {NO_MESSAGE})"),
    }
}
