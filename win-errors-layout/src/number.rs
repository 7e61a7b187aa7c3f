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

/// How a code space writes its codes, in logs and in its headers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Notation {
    /// Decimal: Win32 errors and the other spaces of small numbers (`1312`).
    Decimal,
    /// Signed decimal: ESE's errors are negative (`-1018`).
    Signed,
    /// Eight hex digits: the 32-bit layouts of HRESULT and NTSTATUS (`0xC0000005`).
    Hex,
}

impl Notation {
    /// `code` as this notation writes it, for display.
    #[inline]
    pub const fn spell(self, code: u32) -> CodeText {
        CodeText {
            code,
            notation: self,
        }
    }
}

/// A code written out: the one formatter of codes, for the CLI, the log scanner, generated
/// documentation and diagnostics alike.
///
/// `{}` writes it as its space does (`1312`, `-1018`, `0xC0000005`); `{:#}` writes it so and
/// then its other form, its bits or its number (`1312 (0x520)`, `-1018 (0xFFFFFC06)`,
/// `0xC0000005 (3221225477)`: a code known by its hex leads with it), and
/// [`CodeText::every_spelling`] every form a log may hold it in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct CodeText {
    code: u32,
    notation: Notation,
}

impl CodeText {
    /// The code as its space writes it, then every other way it is written: its hex bits or
    /// its decimal, and its signed decimal when that differs (an exit code, a signed
    /// HRESULT): `0xC0000005 (3221225477, signed -1073741819)`, `1312 (0x520)`,
    /// `-1018 (0xFFFFFC06)`.
    #[inline]
    pub const fn every_spelling(self) -> EverySpelling {
        EverySpelling(self)
    }

    /// The number as the notation reads it: its signed value for signed codes.
    #[inline]
    fn write_number(self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self.notation {
            Notation::Signed => write!(f, "{}", self.code.cast_signed()),
            Notation::Decimal | Notation::Hex => write!(f, "{}", self.code),
        }
    }
}

impl core::fmt::Display for CodeText {
    #[inline]
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        if f.alternate() {
            return match self.notation {
                Notation::Hex => write!(f, "0x{:08X} ({})", self.code, self.code),
                Notation::Decimal | Notation::Signed => {
                    self.write_number(f)?;
                    write!(f, " (0x{:X})", self.code)
                }
            };
        }
        match self.notation {
            Notation::Hex => write!(f, "0x{:08X}", self.code),
            Notation::Decimal | Notation::Signed => self.write_number(f),
        }
    }
}

/// Every spelling of a code: see [`CodeText::every_spelling`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct EverySpelling(CodeText);

impl core::fmt::Display for EverySpelling {
    #[inline]
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        let CodeText { code, notation } = self.0;
        let signed = code.cast_signed();
        match notation {
            // Known by its hex: that first, then the numbers a log may print instead.
            Notation::Hex if signed < 0 => {
                write!(f, "0x{code:08X} ({code}, signed {signed})")
            }
            Notation::Decimal if signed < 0 => {
                write!(f, "{code} (0x{code:X}, signed {signed})")
            }
            // Else the alternate form says it all: `0x00000005 (5)`, `1312 (0x520)`.
            _ => write!(f, "{:#}", self.0),
        }
    }
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

    #[test]
    fn each_notation_writes_codes_its_way() {
        use std::format;
        assert_eq!(format!("{}", Notation::Decimal.spell(1312)), "1312");
        assert_eq!(
            format!("{:#}", Notation::Decimal.spell(1312)),
            "1312 (0x520)"
        );
        assert_eq!(format!("{}", Notation::Signed.spell(0xFFFF_FC06)), "-1018");
        assert_eq!(
            format!("{:#}", Notation::Signed.spell(0xFFFF_FC06)),
            "-1018 (0xFFFFFC06)"
        );
        assert_eq!(format!("{}", Notation::Signed.spell(5)), "5");
        assert_eq!(format!("{}", Notation::Hex.spell(5)), "0x00000005");
        assert_eq!(
            format!("{}", Notation::Hex.spell(0xC000_0005)),
            "0xC0000005"
        );
        assert_eq!(
            format!("{:#}", Notation::Hex.spell(0xC000_0005)),
            "0xC0000005 (3221225477)"
        );
        assert_eq!(
            format!("{}", Notation::Hex.spell(0xC000_0005).every_spelling()),
            "0xC0000005 (3221225477, signed -1073741819)"
        );
        assert_eq!(
            format!("{}", Notation::Hex.spell(0x133).every_spelling()),
            "0x00000133 (307)"
        );
        assert_eq!(
            format!("{}", Notation::Decimal.spell(87).every_spelling()),
            "87 (0x57)"
        );
        assert_eq!(
            format!("{}", Notation::Signed.spell(0xFFFF_FC06).every_spelling()),
            "-1018 (0xFFFFFC06)"
        );
        // The signed form only where it differs: from the top bit up, in either notation.
        for (text, expected) in [
            (Notation::Hex.spell(0), "0x00000000 (0)"),
            (Notation::Decimal.spell(0), "0 (0x0)"),
            (
                Notation::Decimal.spell(0xE000_1000),
                "3758100480 (0xE0001000, signed -536866816)",
            ),
        ] {
            assert_eq!(format!("{}", text.every_spelling()), expected);
        }
    }
}
