//! Helpers that generated code calls besides the table readers and the code grammar of
//! `win-errors-layout`.
//! Not a public API: they may change in any release.

use core::fmt;

/// Display helper for the alternate form of HRESULT catalogs: `NAME (0x8000FFFF): message`,
/// always eight hex digits (the form people search for).
pub fn write_hex_entry(
    f: &mut fmt::Formatter<'_>,
    name: &str,
    code: u32,
    message: &str,
) -> fmt::Result {
    write!(f, "{name} (0x{code:08X}): {message}")
}

/// Display helper for the alternate form: `NAME (code, 0xHEX): message`.
pub fn write_entry(
    f: &mut fmt::Formatter<'_>,
    name: &str,
    code: u32,
    message: &str,
) -> fmt::Result {
    write!(f, "{name} ({code}, 0x{code:X}): {message}")
}
