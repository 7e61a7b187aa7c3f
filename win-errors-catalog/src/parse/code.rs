//! Reading a code: a TOML integer or a string in the code grammar of
//! `win_errors_layout::number`, held to the range the catalog's `codes` allows.

use core::fmt;
use core::ops::Range;

use toml::de::DeValue;
use win_errors_layout::number::{CodeError, parse_code};

use super::{Value, wrong_type};
use crate::ast::Spanned;
use crate::reporter::Reporter;

const SIGNED_RANGE: &str = "is outside the range of signed codes, -2147483648..=2147483647 (i32)";

/// The numbers codes may be: unsigned 32-bit, or signed 32-bit where `[catalog]` says
/// `codes = "signed"` (read before the entries, wherever the table is in the file). A signed
/// code is kept as its 32 bits, two's complement.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum CodeRange {
    Unsigned,
    Signed,
}

/// A code: a TOML integer, or a string holding a decimal or `0x` hexadecimal number.
pub(super) fn code(
    report: &mut Reporter<'_>,
    value: &Value<'_>,
    what: &dyn fmt::Display,
    range: CodeRange,
) -> Option<Spanned<u32>> {
    let span = value.span();
    let parsed = match value.get_ref() {
        DeValue::Integer(integer) => {
            match i128::from_str_radix(integer.as_str(), integer.radix()) {
                Ok(number) => code_in_range(report, number, span.clone(), range),
                Err(_) => {
                    report.error(span.clone(), format!("{what} is not a valid integer"));
                    None
                }
            }
        }
        DeValue::String(text) => code_from_str(report, text, span.clone(), range),
        _ => {
            wrong_type(
                report,
                value,
                what,
                &"an integer or a string such as \"0x520\"",
            );
            None
        }
    };
    parsed.map(|c| Spanned::new(c, span))
}

/// Parses `"1312"`, `"0x520"` or `"0X520"` (surrounding whitespace allowed) with the code
/// grammar of `win_errors_layout::number`, and names a leading `-` as a negative code.
pub(super) fn code_from_str(
    report: &mut Reporter<'_>,
    text: &str,
    span: Range<usize>,
    range: CodeRange,
) -> Option<u32> {
    let trimmed = text.trim();
    let (negative, unsigned) = match trimmed.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, trimmed),
    };
    match parse_code(unsigned) {
        Ok(0) => Some(0),
        Ok(magnitude) if negative => code_in_range(report, -i128::from(magnitude), span, range),
        Ok(code) => code_in_range(report, i128::from(code), span, range),
        Err(CodeError::TooLarge) if range == CodeRange::Signed => {
            report.error(span, format!("code \"{text}\" {SIGNED_RANGE}"));
            None
        }
        Err(CodeError::TooLarge) if negative => {
            report.error(
                span,
                format!("code \"{text}\" is negative: codes range over 0..=4294967295 (u32)"),
            );
            None
        }
        Err(CodeError::TooLarge) => {
            report.error(
                span,
                format!("code \"{text}\" is above u32::MAX (4294967295)"),
            );
            None
        }
        Err(CodeError::NotANumber) => {
            report.error(
                span,
                format!(
                    "code \"{text}\" is not a number: write decimal digits (\"1312\") or 0x and hexadecimal digits (\"0x520\")"
                ),
            );
            None
        }
    }
}

fn code_in_range(
    report: &mut Reporter<'_>,
    number: i128,
    span: Range<usize>,
    range: CodeRange,
) -> Option<u32> {
    if range == CodeRange::Signed {
        return match i32::try_from(number) {
            // Kept as its 32 bits: every table and lookup works on them.
            Ok(code) => Some(code as u32),
            Err(_) => {
                report.error(span, format!("code {number} {SIGNED_RANGE}"));
                None
            }
        };
    }
    match u32::try_from(number) {
        Ok(code) => Some(code),
        Err(_) if number < 0 => {
            report.error(
                span,
                format!("code {number} is negative: codes range over 0..=4294967295 (u32)"),
            );
            None
        }
        Err(_) => {
            report.error(
                span,
                format!("code {number} (0x{number:X}) is above u32::MAX (4294967295)"),
            );
            None
        }
    }
}
