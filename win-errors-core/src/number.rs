//! The number forms people write error codes in: the code grammar of `win-errors-layout`
//! (decimal, `0x` hex) and the forms logs and people add to it.

use core::fmt;

use win_errors_layout::number::{CodeError, parse_code, parse_digits};

/// A number as people write error codes: decimal `1312`, hex `0x520`/`0X520`, hex with an
/// `h` suffix `520h`, or a negative decimal HRESULT `-2147023584` (read as its 32 bits).
///
/// ```
/// # use win_errors_core as win_errors;
/// use win_errors::{parse_number, NumberError};
///
/// assert_eq!(parse_number("1312"), Ok(1312));
/// assert_eq!(parse_number("0x520"), Ok(1312));
/// assert_eq!(parse_number("520h"), Ok(1312));
/// assert_eq!(parse_number("-2147023584"), Ok(0x8007_0520));
/// assert_eq!(parse_number("4294967296"), Err(NumberError::OutOfRange));
/// assert_eq!(parse_number("12ab"), Err(NumberError::NotANumber));
/// ```
#[inline]
pub fn parse_number(text: &str) -> Result<u32, NumberError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(NumberError::Empty);
    }
    // The forms beyond the code grammar: a hex `h` suffix and a negative decimal HRESULT.
    if let Some(digits) = text.strip_suffix('h').or_else(|| text.strip_suffix('H')) {
        return parse_digits(digits, 16).map_err(NumberError::from);
    }
    if let Some(digits) = text.strip_prefix('-') {
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(NumberError::NotANumber);
        }
        return text
            .parse::<i32>()
            .map(|n| n as u32)
            .map_err(|_| NumberError::OutOfRange);
    }
    parse_code(text).map_err(NumberError::from)
}

/// Hexadecimal digits without a prefix, as logs and people write codes (`c0000135`,
/// `80070057`): one to eight of them, surrounding whitespace allowed, nothing else. Whether
/// such a text means hex or decimal (`80070057`) is the caller's call; [`parse_number`] reads
/// digits alone as decimal.
///
/// ```
/// # use win_errors_core as win_errors;
/// assert_eq!(win_errors::parse_bare_hex("c0000135"), Some(0xC000_0135));
/// assert_eq!(win_errors::parse_bare_hex("80070057"), Some(0x8007_0057));
/// assert_eq!(win_errors::parse_bare_hex("0x5"), None);
/// assert_eq!(win_errors::parse_bare_hex("123456789"), None);
/// ```
#[inline]
pub fn parse_bare_hex(text: &str) -> Option<u32> {
    let digits = text.trim();
    // Eight hex digits always fit: longer is not a code written this way.
    if digits.len() > 8 {
        return None;
    }
    parse_digits(digits, 16).ok()
}

/// Why [`parse_number`] rejected a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NumberError {
    /// Nothing but whitespace.
    Empty,
    /// Not decimal digits, `0x` hex, `h`-suffixed hex or a negative decimal.
    NotANumber,
    /// A number beyond both `u32` and `i32`.
    OutOfRange,
}

impl fmt::Display for NumberError {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            NumberError::Empty => "the text is empty",
            NumberError::NotANumber => {
                "not a decimal, 0x hexadecimal or h-suffixed hexadecimal number"
            }
            NumberError::OutOfRange => "the number is beyond both u32 and i32",
        })
    }
}

impl core::error::Error for NumberError {}

impl From<CodeError> for NumberError {
    #[inline]
    fn from(error: CodeError) -> Self {
        match error {
            CodeError::NotANumber => NumberError::NotANumber,
            CodeError::TooLarge => NumberError::OutOfRange,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The grammar `parse_number` documents, written apart from it: surrounding white space;
    /// hex digits with an `h` or `H` suffix; a `-` and decimal digits for a negative `i32`;
    /// `0x` or `0X` and hex digits; decimal digits. One digit at least, nothing else.
    fn reference(text: &str) -> Result<u32, NumberError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(NumberError::Empty);
        }
        let value = |digits: &str, radix: u32| -> Result<u64, NumberError> {
            if digits.is_empty()
                || !digits
                    .chars()
                    .all(|c| c.is_ascii_hexdigit() && c.is_digit(radix))
            {
                return Err(NumberError::NotANumber);
            }
            // Leading zeros add nothing: the value is what the significant digits say.
            let significant = digits.trim_start_matches('0');
            let wide = significant.len() > if radix == 16 { 8 } else { 10 };
            if wide {
                return Err(NumberError::OutOfRange);
            }
            Ok(u64::from_str_radix(
                if significant.is_empty() {
                    "0"
                } else {
                    significant
                },
                radix,
            )
            .unwrap_or(u64::MAX))
        };
        let narrow = |n: u64| u32::try_from(n).map_err(|_| NumberError::OutOfRange);
        if let Some(hex) = text.strip_suffix(['h', 'H']) {
            return value(hex, 16).and_then(narrow);
        }
        if let Some(digits) = text.strip_prefix('-') {
            let n = value(digits, 10)?;
            return if n <= 1 << 31 {
                Ok((n as u32).wrapping_neg())
            } else {
                Err(NumberError::OutOfRange)
            };
        }
        if let Some(hex) = text.strip_prefix("0x").or_else(|| text.strip_prefix("0X")) {
            return value(hex, 16).and_then(narrow);
        }
        value(text, 10).and_then(narrow)
    }

    proptest! {
        #[test]
        fn any_text_reads_as_the_grammar_says(
            text in r"[ \t]{0,2}(-|0x|0X|\+)?[0-9a-fA-FxhH+-]{0,12}[hH]?[ \t]{0,2}"
        ) {
            prop_assert_eq!(parse_number(&text), reference(&text), "{:?}", text);
        }

        #[test]
        fn any_string_reads_as_the_grammar_says(text in any::<std::string::String>()) {
            prop_assert_eq!(parse_number(&text), reference(&text));
        }

        #[test]
        fn every_spelling_of_a_number_reads_back(n in any::<u32>()) {
            for text in [
                std::format!("{n}"),
                std::format!("0x{n:x}"),
                std::format!("0X{n:08X}"),
                std::format!("{n:x}h"),
                std::format!(" {n:X}H\t"),
                std::format!("{}", n.cast_signed()),
            ] {
                prop_assert_eq!(parse_number(&text), Ok(n), "{}", text);
            }
        }
    }

    #[test]
    fn each_error_says_what_was_wrong() {
        assert_eq!(NumberError::Empty.to_string(), "the text is empty");
        assert_eq!(
            NumberError::NotANumber.to_string(),
            "not a decimal, 0x hexadecimal or h-suffixed hexadecimal number"
        );
        assert_eq!(
            NumberError::OutOfRange.to_string(),
            "the number is beyond both u32 and i32"
        );
        assert_eq!(parse_number("-"), Err(NumberError::NotANumber));
        assert_eq!(parse_number("-0x5"), Err(NumberError::NotANumber));
        assert_eq!(parse_number("h"), Err(NumberError::NotANumber));
    }

    #[test]
    fn numbers_in_every_form() {
        assert_eq!(parse_number(" 0X520 "), Ok(1312));
        assert_eq!(parse_number("520H"), Ok(1312));
        assert_eq!(parse_number("4294967295"), Ok(u32::MAX));
        assert_eq!(parse_number("-1"), Ok(u32::MAX));
        assert_eq!(parse_number("-2147483648"), Ok(0x8000_0000));
        assert_eq!(parse_number("-2147483649"), Err(NumberError::OutOfRange));
        assert_eq!(parse_number("0x100000000"), Err(NumberError::OutOfRange));
        for bad in [
            "", "  ", "0x", "h", "-", "1.5", "+5", "ERROR_X", "0xg", "--1",
        ] {
            assert!(parse_number(bad).is_err(), "{bad:?}");
        }
        assert_eq!(parse_number(""), Err(NumberError::Empty));
    }

    #[test]
    fn bare_hex_reads_back_every_spelling() {
        for code in [0u32, 5, 0x520, 0x8007_0057, 0xC000_0135, u32::MAX] {
            for text in [
                std::format!("{code:x}"),
                std::format!("{code:X}"),
                std::format!("{code:08x}"),
                std::format!(" {code:08X} "),
            ] {
                assert_eq!(parse_bare_hex(&text), Some(code), "{text:?}");
            }
        }
        for bad in [
            "",
            " ",
            "0x5",
            "123456789",
            "g",
            "c000 0135",
            "-5",
            "5h",
            "１",
        ] {
            assert_eq!(parse_bare_hex(bad), None, "{bad:?}");
        }
    }
}
