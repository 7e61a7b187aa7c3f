//! The extend code Windows Setup reports beside a result code (`0xC1900101 - 0x20017`): its
//! first of five hex digits is the setup phase, its last two the operation, as the "Upgrade
//! error codes" page tabulates them (`setup_extend_data.rs`, written by `cargo xtask
//! import-setup`).

use core::fmt;

use crate::setup_extend_data::{OPERATIONS, PHASES};

/// An extend code read as its phase and operation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct SetupExtend {
    code: u32,
}

impl SetupExtend {
    /// The extend code `code` (`0x20017`).
    #[inline]
    pub const fn of(code: u32) -> SetupExtend {
        SetupExtend { code }
    }

    /// The extend code.
    #[inline]
    pub const fn code(self) -> u32 {
        self.code
    }

    /// Its first hex digit of five, which names the phase (`0x20017`: 2).
    #[inline]
    pub const fn phase_digit(self) -> u32 {
        (self.code >> 16) & 0xF
    }

    /// Its last two hex digits, which name the operation (`0x20017`: 0x17).
    #[inline]
    pub const fn operation_number(self) -> u32 {
        self.code & 0xFF
    }

    /// The phase of its first hex digit (of five: `0x20017` is phase 2,
    /// `SP_EXECUTION_SAFE_OS`), when the table lists it.
    #[inline]
    pub fn phase(self) -> Option<&'static str> {
        let digit = self.phase_digit();
        PHASES
            .iter()
            .find(|&&(d, _)| d == digit)
            .map(|&(_, name)| name)
    }

    /// The operation of its last two hex digits (`0x20017` is 0x17, `SP_EXECUTION_OP_BOOT`),
    /// when the table lists it.
    #[inline]
    pub fn operation(self) -> Option<&'static str> {
        let number = self.operation_number();
        OPERATIONS
            .iter()
            .find(|&&(n, _)| n == number)
            .map(|&(_, name)| name)
    }

    /// Whether `code` has the extend code's shape: at most five hex digits (`0x4000D`).
    #[inline]
    pub const fn is_extend_code(code: u32) -> bool {
        code <= 0xF_FFFF
    }
}

impl fmt::Display for SetupExtend {
    /// `0x20017: phase SP_EXECUTION_SAFE_OS, operation SP_EXECUTION_OP_BOOT`, with `unknown`
    /// for a digit the tables do not list.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "0x{:X}: phase {}, operation {}",
            self.code,
            self.phase().unwrap_or("unknown"),
            self.operation().unwrap_or("unknown")
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_read_as_the_page_reads_them() {
        let extend = SetupExtend::of(0x4000D);
        assert_eq!(extend.code(), 0x4000D);
        assert_eq!((extend.phase_digit(), extend.operation_number()), (4, 0x0D));
        assert_eq!(extend.phase(), Some("SP_EXECUTION_OOBE_BOOT"));
        assert_eq!(extend.operation(), Some("SP_EXECUTION_OP_MIGRATE_DATA"));
        // The page's one phase its table lacks.
        assert_eq!(SetupExtend::of(0x60000).phase(), None);
        assert_eq!(
            SetupExtend::of(0x30018).to_string(),
            "0x30018: phase SP_EXECUTION_FIRST_BOOT, operation SP_EXECUTION_OP_SYSPREP"
        );
        assert_eq!(
            SetupExtend::of(0x600FF).to_string(),
            "0x600FF: phase unknown, operation unknown"
        );
        assert!(SetupExtend::is_extend_code(0xF_FFFF) && !SetupExtend::is_extend_code(0x10_0000));
    }
}
