//! The HRESULT value: severity, facility and code, and conversions from the catalogs.

use core::fmt;

use crate::facility::Facility;

/// An HRESULT: severity bit, facility and code packed in 32 bits.
///
/// ```
/// # use win_errors_core as win_errors;
/// use win_errors::{Hresult, WinError};
///
/// let hr = Hresult(0x8007_0520);
/// assert!(hr.is_failure());
/// assert_eq!(hr.facility().name(), Some("FACILITY_WIN32"));
/// assert_eq!(hr.facility_code(), 0x520);
/// assert_eq!(hr.win32_code(), Some(1312));
/// assert_eq!(hr.win32(), Some(WinError::NoSuchLogonSession));
/// assert_eq!(Hresult::from(WinError::AccessDenied).to_string(), "0x80070005");
/// assert_eq!(Hresult::from_win32(1312), hr);
/// assert_eq!(hr.to_string(), "0x80070520");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(transparent)]
pub struct Hresult(pub u32);

impl Hresult {
    /// `HRESULT_FROM_WIN32`: a Win32 code as an HRESULT. Zero and values that already look
    /// like HRESULTs (negative as `i32`) are returned unchanged, as the C macro does.
    #[inline]
    pub const fn from_win32(code: u32) -> Hresult {
        if code as i32 <= 0 {
            Hresult(code)
        } else {
            Hresult((code & 0xFFFF) | ((Facility::WIN32.0 as u32) << 16) | 0x8000_0000)
        }
    }

    /// Whether the severity bit is set (the HRESULT reports a failure).
    #[inline]
    pub const fn is_failure(self) -> bool {
        self.0 & 0x8000_0000 != 0
    }

    /// The severity bit as a value.
    #[inline]
    pub const fn severity(self) -> Severity {
        if self.is_failure() {
            Severity::Failure
        } else {
            Severity::Success
        }
    }

    /// The facility, read as winerror.h's `HRESULT_FACILITY` reads it (13 bits from bit 16),
    /// so that facilities above 2047 such as `FACILITY_DXGI` (2170) come out whole.
    #[inline]
    pub const fn facility(self) -> Facility {
        Facility(((self.0 >> 16) & 0x1FFF) as u16)
    }

    /// The code within its facility: the low 16 bits (winerror.h's `HRESULT_CODE`). Named
    /// apart from the catalogs' `code()`, which is a whole `u32` code.
    #[inline]
    pub const fn facility_code(self) -> u16 {
        (self.0 & 0xFFFF) as u16
    }

    /// The Win32 code this HRESULT wraps, when it is a failure of `FACILITY_WIN32`.
    #[inline]
    pub const fn win32_code(self) -> Option<u32> {
        if self.is_failure() && self.facility().0 == Facility::WIN32.0 {
            Some(self.facility_code() as u32)
        } else {
            None
        }
    }
}

#[cfg(feature = "system")]
impl Hresult {
    /// The Win32 entry this HRESULT wraps, when it is a failure of `FACILITY_WIN32` whose
    /// code the system catalog has.
    #[inline]
    pub const fn win32(self) -> Option<crate::WinError> {
        match self.win32_code() {
            Some(code) => crate::WinError::from_code(code),
            None => None,
        }
    }
}

#[cfg(feature = "com")]
impl Hresult {
    /// The entry of the COM catalog with exactly this value.
    #[inline]
    pub const fn known(self) -> Option<crate::ComError> {
        crate::ComError::from_code(self.0)
    }

    /// Every reading of this HRESULT, best first: the Win32 error or NTSTATUS it carries and
    /// its own entry. Its `Display` describes it in one call (`HRESULT 0x80070005 carries
    /// Win32 error ERROR_ACCESS_DENIED (5, 0x5): Access is denied.`), where
    /// [`Readings::of_code`](crate::Readings::of_code) would also read the number in every
    /// other space.
    ///
    /// ```
    /// # use win_errors_core as win_errors;
    /// use win_errors::Hresult;
    ///
    /// // 1 as an HRESULT, not the Win32 error 1 (ERROR_INVALID_FUNCTION).
    /// assert_eq!(
    ///     Hresult(1).readings().to_string(),
    ///     "HRESULT S_FALSE (0x00000001; no message is known)"
    /// );
    /// ```
    #[inline]
    pub fn readings(self) -> crate::Readings {
        crate::Readings::of_code_in(crate::CodeSpace::Hresult, self.0)
    }
}

#[cfg(feature = "system")]
impl From<crate::WinError> for Hresult {
    /// `HRESULT_FROM_WIN32` of the entry's code.
    #[inline]
    fn from(entry: crate::WinError) -> Self {
        Hresult::from_win32(entry.code())
    }
}

#[cfg(feature = "com")]
impl From<crate::ComError> for Hresult {
    #[inline]
    fn from(entry: crate::ComError) -> Self {
        Hresult(entry.code())
    }
}

crate::hex_formatting!(Hresult);

impl fmt::Display for Hresult {
    /// Eight hexadecimal digits: `0x80070005`.
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "0x{:08X}", self.0)
    }
}

impl From<u32> for Hresult {
    #[inline]
    fn from(bits: u32) -> Self {
        Hresult(bits)
    }
}

impl From<i32> for Hresult {
    /// The `HRESULT` of windows-sys and the SDK, an `i32`.
    #[inline]
    fn from(bits: i32) -> Self {
        Hresult(bits as u32)
    }
}

impl From<Hresult> for i32 {
    /// As windows-sys and the SDK type an `HRESULT`.
    #[inline]
    fn from(hresult: Hresult) -> Self {
        hresult.0 as i32
    }
}

/// The severity bit of an HRESULT.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Severity {
    /// Bit 31 clear: success (`S_OK`, `S_FALSE`, informational codes).
    Success,
    /// Bit 31 set: failure.
    Failure,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn from_win32_follows_the_c_macro() {
        assert_eq!(Hresult::from_win32(0), Hresult(0));
        assert_eq!(Hresult::from_win32(5), Hresult(0x8007_0005));
        assert_eq!(Hresult::from_win32(0x8007_0005), Hresult(0x8007_0005));
        assert_eq!(Hresult::from_win32(0x1_0005), Hresult(0x8007_0005));
    }

    #[test]
    fn decoding() {
        let hr = Hresult(0x8004_1001);
        assert!(hr.is_failure());
        assert_eq!(hr.severity(), Severity::Failure);
        assert_eq!(Hresult(1).severity(), Severity::Success);
        assert_eq!(hr.facility(), Facility(4));
        assert_eq!(hr.facility().to_string(), "FACILITY_ITF (4)");
        assert_eq!(hr.facility_code(), 0x1001);
        assert_eq!(hr.win32(), None);
        assert_eq!(
            Hresult(0x0007_0005).win32(),
            None,
            "a success is no Win32 error"
        );
        assert_eq!(Facility(999).to_string(), "999");
        assert_eq!(Facility(999).name(), None);
        assert_eq!(Hresult::from(-2_147_024_891i32), Hresult(0x8007_0005));
        assert_eq!(i32::from(Hresult(0x8007_0005)), -2_147_024_891);
        assert_eq!(i32::from(Hresult(5)), 5);
        assert_eq!(Hresult(5).to_string(), "0x00000005");
    }

    #[test]
    fn debug_and_hex_write_the_bits_in_hex() {
        let hr = Hresult(0x8007_0005);
        assert_eq!(format!("{hr:?}"), "Hresult(0x80070005)");
        assert_eq!(
            format!("{hr:x} {hr:#X} {:08x}", Hresult(5)),
            "80070005 0x80070005 00000005"
        );
        let status = crate::NtStatusCode(0xC000_0005);
        assert_eq!(format!("{status:?}"), "NtStatusCode(0xC0000005)");
        assert_eq!(format!("{status:#x}"), "0xc0000005");
        assert_eq!(
            format!("{:?}", Some(crate::NtStatusCode(1))),
            "Some(NtStatusCode(0x00000001))"
        );
    }
}
