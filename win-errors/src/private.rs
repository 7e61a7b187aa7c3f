//! Helpers that generated code calls besides the table readers of `win-errors-layout`.
//! Not a public API: they may change in any release.

use core::fmt;

/// Parses a code written as decimal digits or `0x`/`0X` and hexadecimal digits.
pub fn parse_code(text: &str) -> Option<u32> {
    match text.strip_prefix("0x").or_else(|| text.strip_prefix("0X")) {
        Some(hex) if !hex.is_empty() && hex.bytes().all(|b| b.is_ascii_hexdigit()) => {
            u32::from_str_radix(hex, 16).ok()
        }
        Some(_) => None,
        None if !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()) => text.parse().ok(),
        None => None,
    }
}

/// Display helper for the alternate form of HRESULT catalogs: `NAME (0x8000FFFF): message`,
/// always eight hex digits (the form people search for).
pub fn write_hresult_entry(
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_decimal_and_hex_codes_only() {
        assert_eq!(parse_code("1312"), Some(1312));
        assert_eq!(parse_code("0x520"), Some(1312));
        assert_eq!(parse_code("0XFFFFFFFF"), Some(u32::MAX));
        for bad in [
            "",
            "0x",
            "+1",
            "-1",
            "1 ",
            "0x1_0",
            "4294967296",
            "0x100000000",
            "abc",
        ] {
            assert_eq!(parse_code(bad), None, "{bad:?}");
        }
    }
}
