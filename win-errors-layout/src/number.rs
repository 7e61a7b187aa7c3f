//! The grammar of a code written as text: decimal digits, or `0x` (or `0X`) and hexadecimal
//! digits, nothing else. The catalog reads codes given as strings with it, the generated
//! `FromStr` parses with it, `win_errors::parse_number` extends it with the forms people
//! paste (`520h`, negative HRESULTs), and `win-errors fmt` tells hex from decimal with it.

/// Why a text is not a code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CodeError {
    /// Not decimal digits, nor `0x` and hexadecimal digits.
    NotANumber,
    /// Digits of a number above `u32::MAX`.
    TooLarge,
}

/// The digits of a code and their radix: after a `0x` or `0X` prefix in base 16, else the
/// whole text in base 10. The digits are not checked.
#[inline]
pub fn code_digits(text: &str) -> (&str, u32) {
    match text.strip_prefix("0x").or_else(|| text.strip_prefix("0X")) {
        Some(hex) => (hex, 16),
        None => (text, 10),
    }
}

/// Whether `text` is written in hexadecimal (has the `0x` or `0X` prefix).
#[inline]
pub fn is_hex(text: &str) -> bool {
    code_digits(text).1 == 16
}

/// The code `text` spells, exactly (no sign, no whitespace, no `_`).
pub fn parse_code(text: &str) -> Result<u32, CodeError> {
    let (digits, radix) = code_digits(text);
    parse_digits(digits, radix)
}

/// The number that `digits` spell in `radix` (10 or 16): one digit at least, nothing but
/// digits. The forms of [`parse_code`] and the ones `win_errors::parse_number` adds (`520h`,
/// bare hex) all end here.
pub fn parse_digits(digits: &str, radix: u32) -> Result<u32, CodeError> {
    let valid = !digits.is_empty() && digits.chars().all(|c| c.is_digit(radix));
    if !valid {
        return Err(CodeError::NotANumber);
    }
    u32::from_str_radix(digits, radix).map_err(|_| CodeError::TooLarge)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimal_and_hex_codes_only() {
        assert_eq!(parse_code("1312"), Ok(1312));
        assert_eq!(parse_code("0x520"), Ok(1312));
        assert_eq!(parse_code("0XFFFFFFFF"), Ok(u32::MAX));
        assert_eq!(parse_code("4294967296"), Err(CodeError::TooLarge));
        assert_eq!(parse_code("0x100000000"), Err(CodeError::TooLarge));
        assert_eq!(
            parse_code("99999999999999999999999999999999999999999"),
            Err(CodeError::TooLarge)
        );
        for bad in [
            "", "0x", "+1", "-1", "1 ", " 1", "0x1_0", "abc", "12a", "0x52O", "１",
        ] {
            assert_eq!(parse_code(bad), Err(CodeError::NotANumber), "{bad:?}");
        }
        assert!(is_hex("0X5") && is_hex("0x") && !is_hex("5") && !is_hex("x5"));
    }

    proptest::proptest! {
        #[test]
        fn every_code_reads_back_in_both_forms(code: u32) {
            proptest::prop_assert_eq!(parse_code(&std::format!("{code}")), Ok(code));
            proptest::prop_assert_eq!(parse_code(&std::format!("0x{code:x}")), Ok(code));
            proptest::prop_assert_eq!(parse_code(&std::format!("0X{code:08X}")), Ok(code));
        }

        #[test]
        fn any_text_is_a_code_or_an_error_without_panicking(text in ".{0,24}") {
            let _ = parse_code(&text);
        }
    }
}
