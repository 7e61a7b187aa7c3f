//! The HRESULT and NTSTATUS bit layouts as properties over every value: each field read from
//! the bits winerror.h and ntstatus.h give it, and each conversion (`HRESULT_FROM_WIN32`,
//! `NTSTATUS_FROM_WIN32`, `HRESULT_FROM_NT`) and its reverse.

use proptest::prelude::*;

use crate::{FACILITY_NT_BIT, Hresult, NtSeverity, NtStatusCode, Severity};

proptest! {
    #[test]
    fn an_hresult_is_its_bits(value in any::<u32>()) {
        let hresult = Hresult(value);
        prop_assert_eq!(hresult.is_failure(), value >> 31 == 1);
        prop_assert_eq!(
            hresult.severity(),
            if value >> 31 == 1 { Severity::Failure } else { Severity::Success }
        );
        prop_assert_eq!(u32::from(hresult.facility().0), (value >> 16) & 0x1FFF);
        prop_assert_eq!(u32::from(hresult.facility_code()), value & 0xFFFF);
        let wraps_win32 = value >> 31 == 1 && (value >> 16) & 0x1FFF == 7;
        prop_assert_eq!(hresult.win32_code(), wraps_win32.then_some(value & 0xFFFF));
        let carries_nt = value & 0x1000_0000 != 0;
        prop_assert_eq!(hresult.ntstatus(), carries_nt.then_some(NtStatusCode(value & !0x1000_0000)));
    }

    #[test]
    fn hresult_from_win32_is_the_c_macro(code in any::<u32>()) {
        let expected = if code.cast_signed() <= 0 {
            code
        } else {
            0x8007_0000 | (code & 0xFFFF)
        };
        prop_assert_eq!(Hresult::from_win32(code), Hresult(expected));
        if (1..=0xFFFF).contains(&code) {
            prop_assert_eq!(Hresult::from_win32(code).win32_code(), Some(code));
        }
    }

    #[test]
    fn an_ntstatus_is_its_bits(value in any::<u32>()) {
        let status = NtStatusCode(value);
        let severity = match value >> 30 {
            0 => NtSeverity::Success,
            1 => NtSeverity::Informational,
            2 => NtSeverity::Warning,
            _ => NtSeverity::Error,
        };
        prop_assert_eq!(status.severity(), severity);
        prop_assert_eq!(status.is_customer(), value & 0x2000_0000 != 0);
        prop_assert_eq!(u32::from(status.facility().0), (value >> 16) & 0x0FFF);
        prop_assert_eq!(u32::from(status.facility_code()), value & 0xFFFF);
        let carries_win32 = value >> 30 == 3 && (value >> 16) & 0x0FFF == 7;
        prop_assert_eq!(status.win32_code(), carries_win32.then_some(value & 0xFFFF));
        prop_assert_eq!(status.to_hresult(), Hresult(value | 0x1000_0000));
        prop_assert_eq!(FACILITY_NT_BIT, 0x1000_0000);
        if value & FACILITY_NT_BIT == 0 {
            // HRESULT_FROM_NT and back.
            prop_assert_eq!(status.to_hresult().ntstatus(), Some(status));
        }
    }

    #[test]
    fn the_signed_forms_are_the_same_bits(value in any::<u32>()) {
        // As C, windows-sys and process exit codes type them: i32 with the same 32 bits.
        let signed = value.cast_signed();
        prop_assert_eq!(i32::from(Hresult(value)), signed);
        prop_assert_eq!(Hresult::from(signed), Hresult(value));
        prop_assert_eq!(i32::from(NtStatusCode(value)), signed);
        prop_assert_eq!(NtStatusCode::from(signed), NtStatusCode(value));
    }

    #[test]
    fn ntstatus_from_win32_is_the_c_macro(code in any::<u32>()) {
        let expected = if code.cast_signed() <= 0 {
            code
        } else {
            0xC007_0000 | (code & 0xFFFF)
        };
        prop_assert_eq!(NtStatusCode::from_win32(code), NtStatusCode(expected));
        if (1..=0xFFFF).contains(&code) {
            prop_assert_eq!(NtStatusCode::from_win32(code).win32_code(), Some(code));
        }
    }
}

/// The lookups of the values in the catalogs: every entry is found from its value.
#[cfg(all(feature = "system", feature = "com", feature = "ntstatus"))]
#[test]
fn every_catalog_value_finds_its_entry() {
    use crate::{ComError, NtStatus, WinError};
    for &status in NtStatus::ALL {
        assert_eq!(NtStatusCode(status.code()).known(), Some(status));
    }
    for &error in ComError::ALL {
        assert_eq!(Hresult(error.code()).known(), Some(error));
    }
    for &error in WinError::ALL
        .iter()
        .filter(|e| e.code() <= 0xFFFF && e.code() > 0)
    {
        assert_eq!(Hresult::from_win32(error.code()).win32(), Some(error));
        assert_eq!(NtStatusCode::from_win32(error.code()).win32(), Some(error));
        assert_eq!(Hresult::from(error), Hresult::from_win32(error.code()));
    }
    assert_eq!(Hresult(0x8007_FFFF).win32(), WinError::from_code(0xFFFF));
    assert_eq!(NtStatusCode(0x8007_0005).win32(), None);
    // HRESULT_FROM_WIN32 and back, for every code it keeps whole: up to 0xFFFF, and the
    // negative codes it leaves as they are (SetupAPI's 0xE000020B).
    let whole = |e: &&WinError| e.code() <= 0xFFFF || e.code().cast_signed() < 0;
    for &error in WinError::ALL.iter().filter(whole) {
        assert_eq!(WinError::from_hresult(error.to_hresult()), Some(error));
    }
    assert!(WinError::ALL.iter().any(|e| e.code().cast_signed() < 0));
}

#[cfg(feature = "system")]
proptest! {
    #[test]
    fn a_win32_error_from_an_hresult_is_the_c_macro_undone(
        hresult in prop_oneof![
            any::<u32>(),
            0..0x1_0000_u32,
            (0..0x1_0000_u32).prop_map(|code| 0x8007_0000 | code),
            prop::sample::select(crate::WinError::ALL).prop_map(crate::WinError::code),
        ]
    ) {
        use crate::WinError;
        let expected = if hresult == 0 {
            WinError::from_code(0)
        } else if hresult >> 31 == 1 && (hresult >> 16) & 0x1FFF == 7 {
            WinError::from_code(hresult & 0xFFFF)
        } else if hresult.cast_signed() < 0 {
            // HRESULT_FROM_WIN32 leaves a code with the high bit as it is.
            WinError::from_code(hresult)
        } else {
            None
        };
        prop_assert_eq!(WinError::from_hresult(Hresult(hresult)), expected);
    }
}
