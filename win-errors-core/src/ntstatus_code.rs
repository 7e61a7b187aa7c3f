//! The NTSTATUS value: severity, customer bit, facility and code, and the ways it travels
//! inside other codes (an HRESULT with the N bit, a Win32 error in `FACILITY_NTWIN32`).

use core::fmt;

use crate::hresult::Hresult;

/// An NTSTATUS: two severity bits, the customer bit, a reserved bit, a 12-bit facility and a
/// 16-bit code, as `ntstatus.h` lays them out.
///
/// ```
/// # use win_errors_core as win_errors;
/// use win_errors::{NtSeverity, NtStatusCode};
///
/// let status = NtStatusCode(0xC000_0005);
/// assert_eq!(status.severity(), NtSeverity::Error);
/// assert_eq!(status.facility().name(), None); // facility 0 has no FACILITY_ name
/// assert_eq!(status.facility_code(), 5);
/// assert_eq!(status.to_string(), "0xC0000005");
/// // A process that died of it exits with the same bits, often printed signed.
/// assert_eq!(NtStatusCode::from(-1_073_741_819i32), status);
/// assert_eq!(i32::from(status), -1_073_741_819);
/// // An NTSTATUS in an HRESULT carries the N bit: 0xD0000022 is STATUS_ACCESS_DENIED.
/// assert_eq!(NtStatusCode(0xC000_0022).to_hresult().0, 0xD000_0022);
/// // A Win32 error in an NTSTATUS: 0xC0070005 is ERROR_ACCESS_DENIED.
/// assert_eq!(NtStatusCode(0xC007_0005).win32_code(), Some(5));
/// assert_eq!(NtStatusCode::from_win32(5), NtStatusCode(0xC007_0005));
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(transparent)]
pub struct NtStatusCode(pub u32);

/// The severity of an NTSTATUS: its top two bits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NtSeverity {
    /// `STATUS_SEVERITY_SUCCESS` (0).
    Success,
    /// `STATUS_SEVERITY_INFORMATIONAL` (1).
    Informational,
    /// `STATUS_SEVERITY_WARNING` (2).
    Warning,
    /// `STATUS_SEVERITY_ERROR` (3).
    Error,
}

/// The bit an HRESULT sets when it carries an NTSTATUS (`FACILITY_NT_BIT`, `HRESULT_FROM_NT`).
pub const FACILITY_NT_BIT: u32 = 0x1000_0000;

impl NtStatusCode {
    /// `NTSTATUS_FROM_WIN32`: a Win32 error as an NTSTATUS of `FACILITY_NTWIN32` with error
    /// severity. Zero and values that are negative as `i32` are returned unchanged, as the C
    /// macro does.
    #[inline]
    pub const fn from_win32(code: u32) -> NtStatusCode {
        if code as i32 <= 0 {
            NtStatusCode(code)
        } else {
            NtStatusCode((code & 0xFFFF) | ((NtFacility::NTWIN32.0 as u32) << 16) | 0xC000_0000)
        }
    }

    /// The severity: the top two bits.
    #[inline]
    pub const fn severity(self) -> NtSeverity {
        match self.0 >> 30 {
            0 => NtSeverity::Success,
            1 => NtSeverity::Informational,
            2 => NtSeverity::Warning,
            _ => NtSeverity::Error,
        }
    }

    /// Whether the customer bit (bit 29) is set: the value is not Microsoft's.
    #[inline]
    pub const fn is_customer(self) -> bool {
        self.0 & 0x2000_0000 != 0
    }

    /// The facility: 12 bits from bit 16.
    #[inline]
    pub const fn facility(self) -> NtFacility {
        NtFacility(((self.0 >> 16) & 0x0FFF) as u16)
    }

    /// The code within its facility: the low 16 bits.
    #[inline]
    pub const fn facility_code(self) -> u16 {
        (self.0 & 0xFFFF) as u16
    }

    /// The Win32 error this NTSTATUS carries, when it is an error of `FACILITY_NTWIN32`.
    #[inline]
    pub const fn win32_code(self) -> Option<u32> {
        match (self.severity(), self.facility().0 == NtFacility::NTWIN32.0) {
            (NtSeverity::Error, true) => Some(self.facility_code() as u32),
            _ => None,
        }
    }

    /// `HRESULT_FROM_NT`: the NTSTATUS as an HRESULT, with the N bit set.
    #[inline]
    pub const fn to_hresult(self) -> Hresult {
        Hresult(self.0 | FACILITY_NT_BIT)
    }
}

impl Hresult {
    /// The NTSTATUS this HRESULT carries, when its N bit (`FACILITY_NT_BIT`) is set: the
    /// reverse of `HRESULT_FROM_NT`. `0xD0000022` carries `0xC0000022`.
    #[inline]
    pub const fn ntstatus(self) -> Option<NtStatusCode> {
        if self.0 & FACILITY_NT_BIT != 0 {
            Some(NtStatusCode(self.0 & !FACILITY_NT_BIT))
        } else {
            None
        }
    }
}

#[cfg(feature = "ntstatus")]
impl NtStatusCode {
    /// The catalog entry of this value, when the NTSTATUS catalog has it.
    #[inline]
    pub const fn known(self) -> Option<crate::NtStatus> {
        crate::NtStatus::from_code(self.0)
    }

    /// Every reading of this NTSTATUS, best first: the Win32 error it carries
    /// (`FACILITY_NTWIN32`) and its own entry; its `Display` describes it in one call.
    #[inline]
    pub fn readings(self) -> crate::Readings {
        crate::Readings::of_code_in(crate::CodeSpace::NtStatus, self.0)
    }
}

#[cfg(feature = "system")]
impl NtStatusCode {
    /// The Win32 entry this NTSTATUS carries, when it is an error of `FACILITY_NTWIN32` whose
    /// code the system catalog has.
    #[inline]
    pub const fn win32(self) -> Option<crate::WinError> {
        match self.win32_code() {
            Some(code) => crate::WinError::from_code(code),
            None => None,
        }
    }
}

#[cfg(feature = "ntstatus")]
impl From<crate::NtStatus> for NtStatusCode {
    #[inline]
    fn from(entry: crate::NtStatus) -> Self {
        NtStatusCode(entry.code())
    }
}

impl From<u32> for NtStatusCode {
    #[inline]
    fn from(bits: u32) -> Self {
        NtStatusCode(bits)
    }
}

impl From<i32> for NtStatusCode {
    /// The same 32 bits: exit codes and `NTSTATUS` in C are signed.
    #[inline]
    fn from(signed: i32) -> Self {
        NtStatusCode(signed as u32)
    }
}

impl From<NtStatusCode> for i32 {
    /// As windows-sys and the SDK type an `NTSTATUS`.
    #[inline]
    fn from(status: NtStatusCode) -> Self {
        status.0 as i32
    }
}

crate::hex_formatting!(NtStatusCode);

impl fmt::Display for NtStatusCode {
    /// `0xC0000005`: eight hex digits, the form NTSTATUS values are known by.
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "0x{:08X}", self.0)
    }
}

/// An NTSTATUS facility number, with its `ntstatus.h` name when it is a known one. The
/// numbers are not HRESULT facilities: NTSTATUS facility 7 is `FACILITY_NTWIN32`, HRESULT
/// facility 7 `FACILITY_WIN32`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NtFacility(pub u16);

/// NTSTATUS facility numbers and names, as windows-sys's `NTSTATUS_FACILITY_CODE` constants
/// give them (without its `FACILITY_MAXIMUM_VALUE` bound), sorted.
const NT_FACILITY_NAMES: &[(u16, &str)] = &[
    (1, "FACILITY_DEBUGGER"),
    (2, "FACILITY_RPC_RUNTIME"),
    (3, "FACILITY_RPC_STUBS"),
    (4, "FACILITY_IO_ERROR_CODE"),
    (5, "FACILITY_MCA_ERROR_CODE"),
    (6, "FACILITY_CODCLASS_ERROR_CODE"),
    (7, "FACILITY_NTWIN32"),
    (8, "FACILITY_NTCERT"),
    (9, "FACILITY_NTSSPI"),
    (10, "FACILITY_TERMINAL_SERVER"),
    (16, "FACILITY_USB_ERROR_CODE"),
    (17, "FACILITY_HID_ERROR_CODE"),
    (18, "FACILITY_FIREWIRE_ERROR_CODE"),
    (19, "FACILITY_CLUSTER_ERROR_CODE"),
    (20, "FACILITY_ACPI_ERROR_CODE"),
    (21, "FACILITY_SXS_ERROR_CODE"),
    (25, "FACILITY_TRANSACTION"),
    (26, "FACILITY_COMMONLOG"),
    (27, "FACILITY_VIDEO"),
    (28, "FACILITY_FILTER_MANAGER"),
    (29, "FACILITY_MONITOR"),
    (30, "FACILITY_GRAPHICS_KERNEL"),
    (32, "FACILITY_DRIVER_FRAMEWORK"),
    (33, "FACILITY_FVE_ERROR_CODE"),
    (34, "FACILITY_FWP_ERROR_CODE"),
    (35, "FACILITY_NDIS_ERROR_CODE"),
    (36, "FACILITY_QUIC_ERROR_CODE"),
    (41, "FACILITY_TPM"),
    (42, "FACILITY_RTPM"),
    (53, "FACILITY_HYPERVISOR"),
    (54, "FACILITY_IPSEC"),
    (55, "FACILITY_VIRTUALIZATION"),
    (56, "FACILITY_VOLMGR"),
    (57, "FACILITY_BCD_ERROR_CODE"),
    (62, "FACILITY_WIN32K_NTUSER"),
    (63, "FACILITY_WIN32K_NTGDI"),
    (64, "FACILITY_RESUME_KEY_FILTER"),
    (65, "FACILITY_RDBSS"),
    (66, "FACILITY_BTH_ATT"),
    (67, "FACILITY_SECUREBOOT"),
    (68, "FACILITY_AUDIO_KERNEL"),
    (69, "FACILITY_VSM"),
    (70, "FACILITY_NT_IORING"),
    (80, "FACILITY_VOLSNAP"),
    (81, "FACILITY_SDBUS"),
    (92, "FACILITY_SHARED_VHDX"),
    (93, "FACILITY_SMB"),
    (94, "FACILITY_XVS"),
    (153, "FACILITY_INTERIX"),
    (231, "FACILITY_SPACES"),
    (232, "FACILITY_SECURITY_CORE"),
    (233, "FACILITY_SYSTEM_INTEGRITY"),
    (234, "FACILITY_LICENSING"),
    (235, "FACILITY_PLATFORM_MANIFEST"),
    (236, "FACILITY_APP_EXEC"),
];

impl NtFacility {
    /// `FACILITY_NTWIN32`: the facility of Win32 errors in NTSTATUS form.
    pub const NTWIN32: NtFacility = NtFacility(7);

    /// The `FACILITY_*` name, when the number is a known NTSTATUS facility.
    #[inline]
    pub const fn name(self) -> Option<&'static str> {
        crate::facility::name_in(NT_FACILITY_NAMES, self.0)
    }

    /// Every known facility, as `(number, name)`, sorted by number.
    #[inline]
    pub const fn known() -> &'static [(u16, &'static str)] {
        NT_FACILITY_NAMES
    }
}

impl fmt::Display for NtFacility {
    /// `FACILITY_NTWIN32 (7)`, or the number alone for an unknown facility.
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        crate::facility::write_facility(f, self.name(), self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fields_of_an_ntstatus() {
        let status = NtStatusCode(0xE00A_0123);
        assert_eq!(status.severity(), NtSeverity::Error);
        assert!(status.is_customer());
        assert_eq!(status.facility(), NtFacility(10));
        assert_eq!(
            status.facility().to_string(),
            "FACILITY_TERMINAL_SERVER (10)"
        );
        assert_eq!(status.facility_code(), 0x123);
        assert_eq!(
            NtStatusCode(0x4000_0000).severity(),
            NtSeverity::Informational
        );
        assert_eq!(NtStatusCode(0x8000_0005).severity(), NtSeverity::Warning);
        assert_eq!(NtStatusCode(0x0000_0102).severity(), NtSeverity::Success);
        assert!(!NtStatusCode(0xC000_0005).is_customer());
        assert_eq!(NtFacility(999).to_string(), "999");
        assert_eq!(NtStatusCode(5).to_string(), "0x00000005");
    }

    #[test]
    fn win32_errors_in_and_out_of_ntstatus() {
        assert_eq!(NtStatusCode::from_win32(5), NtStatusCode(0xC007_0005));
        assert_eq!(NtStatusCode::from_win32(0), NtStatusCode(0));
        assert_eq!(
            NtStatusCode::from_win32(0xC000_0005),
            NtStatusCode(0xC000_0005)
        );
        assert_eq!(NtStatusCode(0xC007_0005).win32_code(), Some(5));
        // Facility 7 with another severity is no NTSTATUS_FROM_WIN32.
        assert_eq!(NtStatusCode(0x8007_0005).win32_code(), None);
        assert_eq!(NtStatusCode(0xC000_0005).win32_code(), None);
    }

    #[test]
    fn ntstatus_in_and_out_of_hresults() {
        let denied = NtStatusCode(0xC000_0022);
        assert_eq!(denied.to_hresult(), Hresult(0xD000_0022));
        assert_eq!(Hresult(0xD000_0022).ntstatus(), Some(denied));
        assert_eq!(Hresult(0x8007_0005).ntstatus(), None);
        assert_eq!(
            NtStatusCode(0).to_hresult().ntstatus(),
            Some(NtStatusCode(0))
        );
    }

    #[test]
    fn facility_names_are_sorted_and_unique() {
        let numbers: std::vec::Vec<u16> = NT_FACILITY_NAMES.iter().map(|&(n, _)| n).collect();
        let mut sorted = numbers.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(numbers, sorted);
        assert!(NT_FACILITY_NAMES.iter().all(|&(n, _)| n < 0x1000));
    }
}
