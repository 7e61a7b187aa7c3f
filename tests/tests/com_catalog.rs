//! The shipped `win_errors::ComError`: equal to `com.toml`, well-known HRESULTs present,
//! and cross-checked against `windows-sys` (disagreements are listed, not hidden).

mod common;

use std::path::Path;

use win_errors::{ComError, Hresult};

#[test]
fn well_known_hresults() {
    assert_eq!(ComError::EFail.code(), 0x8000_4005);
    assert_eq!(
        ComError::from_code(0x8007_0005),
        Some(ComError::EAccessdenied)
    );
    assert_eq!(
        ComError::from_name("E_ACCESSDENIED").map(ComError::code),
        Some(0x8007_0005)
    );
    assert_eq!(ComError::EFail.message(), Some("Unspecified error"));
    assert_eq!(
        format!("{:#}", ComError::EFail),
        "E_FAIL (0x80004005): Unspecified error"
    );
    let denied = Hresult::from(ComError::EAccessdenied);
    assert_eq!(denied.win32_code(), Some(5));
    assert_eq!(denied.win32(), Some(win_errors::WinError::AccessDenied));
    assert_eq!(Hresult::from(win_errors::WinError::AccessDenied), denied);
    assert_eq!(denied.known(), Some(ComError::EAccessdenied));
    assert_eq!(Hresult(0x8000_4005).known(), Some(ComError::EFail));
    assert_eq!(Hresult(0x8000_4005).win32(), None);
}

#[test]
fn the_type_holds_exactly_the_catalog_file() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let source = std::fs::read_to_string(root.join("com.toml")).unwrap();
    let catalog = win_errors_catalog::check(&source).unwrap();
    assert_eq!(ComError::COUNT, catalog.entries.len());
    const { assert!(ComError::COUNT > 2600) };
    for (&entry, expected) in ComError::ALL.iter().zip(&catalog.entries) {
        assert_eq!(
            (entry.code(), entry.name(), entry.message()),
            (
                expected.code,
                expected.name.as_str(),
                expected.message.as_deref()
            )
        );
        assert_eq!(ComError::from_code(entry.code()), Some(entry));
        assert_eq!(ComError::from_name(entry.name()), Some(entry));
        for alias in entry.aliases() {
            assert_eq!(ComError::from_name(alias), Some(entry));
        }
    }
}

#[test]
fn windows_sys_hresults_agree_or_are_listed() {
    use windows_sys::Win32::Foundation as foundation;
    assert_eq!(ComError::EFail.code(), foundation::E_FAIL as u32);
    assert_eq!(
        ComError::EAccessdenied.code(),
        foundation::E_ACCESSDENIED as u32
    );
    let text = common::windows_sys_foundation_source();
    let mut compared = 0;
    let mut disagreements = Vec::new();
    for line in text.lines() {
        if !line.contains(": windows_sys::core::HRESULT = ") {
            continue;
        }
        let Some((name, value)) = xtask::windows_sys::integer_constant(line) else {
            continue;
        };
        let Some(entry) = ComError::from_name(&name) else {
            continue;
        };
        compared += 1;
        if entry.code() != value {
            disagreements.push(format!(
                "{name}: documented 0x{:08X}, windows-sys 0x{value:08X}",
                entry.code()
            ));
        }
    }
    println!(
        "windows-sys HRESULT cross-check: {compared} names compared, {} disagree:",
        disagreements.len()
    );
    for line in &disagreements {
        println!("  {line}");
    }
    assert!(compared > 1500, "only {compared} compared");
    // The pages keep a handful of values that differ from the SDK (TPM and similar):
    // they are listed above; more than a handful would mean an import error.
    assert!(disagreements.len() < 20, "{disagreements:#?}");
}

#[test]
fn win32_catalogs_convert_to_and_from_hresults() {
    use win_errors::{Hresult, WinError};
    assert_eq!(WinError::AccessDenied.to_hresult(), Hresult(0x8007_0005));
    assert_eq!(WinError::Success.to_hresult(), Hresult(0));
    assert_eq!(
        WinError::from_hresult(Hresult(0x8007_0005)),
        Some(WinError::AccessDenied)
    );
    assert_eq!(WinError::from_hresult(Hresult(0)), Some(WinError::Success));
    assert_eq!(
        WinError::from_hresult(Hresult(0x8000_4005)),
        None,
        "E_FAIL is no Win32 error"
    );
    assert_eq!(
        WinError::from_hresult(Hresult(0x0007_0005)),
        None,
        "a success code wraps no error"
    );
    // windows-sys types an HRESULT as an `i32`.
    assert_eq!(
        WinError::from_hresult(Hresult::from(-2_147_024_891i32)),
        Some(WinError::AccessDenied)
    );
    const DENIED: Option<WinError> = WinError::from_hresult(Hresult(0x8007_0005));
    assert_eq!(DENIED, Some(WinError::AccessDenied));
    for &entry in WinError::ALL {
        assert_eq!(
            WinError::from_hresult(entry.to_hresult()),
            Some(entry),
            "{}",
            entry.name()
        );
    }
    // Many COM codes are Win32 codes in HRESULT form.
    assert_eq!(
        WinError::from_hresult(Hresult::from(ComError::EAccessdenied)),
        Some(WinError::AccessDenied)
    );
}

#[test]
fn hresult_and_ntstatus_catalogs_take_and_give_i32s_as_windows_sys_types_them() {
    use win_errors::NtStatus;
    // windows-sys: `pub const E_ACCESSDENIED: HRESULT = 0x80070005_u32 as _;` (an `i32`),
    // `pub const STATUS_ACCESS_VIOLATION: NTSTATUS = 0xC0000005_u32 as _;`.
    let e_accessdenied: i32 = 0x8007_0005_u32.cast_signed();
    let status_access_violation: i32 = 0xC000_0005_u32.cast_signed();
    assert_eq!(
        ComError::from_signed_code(e_accessdenied),
        Some(ComError::EAccessdenied)
    );
    assert_eq!(ComError::EAccessdenied.signed_code(), e_accessdenied);
    assert_eq!(
        NtStatus::try_from(status_access_violation),
        Ok(NtStatus::StatusAccessViolation)
    );
    assert_eq!(
        i32::from(NtStatus::StatusAccessViolation),
        status_access_violation
    );
    assert_eq!(NtStatus::from_signed_code(-1), None);
    for &entry in NtStatus::ALL {
        assert_eq!(NtStatus::from_signed_code(entry.signed_code()), Some(entry));
    }
}

#[test]
fn every_windows_sys_facility_has_one_of_its_names() {
    let mut names: std::collections::HashMap<u32, Vec<String>> = Default::default();
    for (name, value) in common::windows_sys_constants_of_type("FACILITY_CODE") {
        names.entry(value).or_default().push(name);
    }
    assert!(names.len() > 100, "{}", names.len());
    for (value, known) in &names {
        let Ok(number) = u16::try_from(*value) else {
            continue;
        };
        if *value > 0x1FFF {
            continue; // FACILITY_NT_BIT is a flag, not a facility
        }
        let ours = win_errors::Facility(number).name();
        assert!(
            ours.is_some_and(|n| known.iter().any(|k| k == n)),
            "{value}: ours {ours:?}, windows-sys {known:?}"
        );
    }
}

#[test]
fn facility_names_agree_with_the_com_catalog() {
    // Families of the COM catalog and the facilities their codes carry.
    let families: [(&str, &[&str]); 15] = [
        (
            "TPM_E_",
            &["FACILITY_TPM_SERVICES", "FACILITY_TPM_SOFTWARE"],
        ),
        ("PLA_E_", &["FACILITY_PLA"]),
        ("FVE_E_", &["FACILITY_FVE"]),
        ("FWP_E_", &["FACILITY_FWP"]),
        ("ERROR_NDIS_", &["FACILITY_NDIS"]),
        ("SDIAG_E_", &["FACILITY_SDIAG"]),
        ("WS_E_", &["FACILITY_WEBSERVICES"]),
        ("ERROR_VOLMGR_", &["FACILITY_USERMODE_VOLMGR"]),
        ("ERROR_VHD_", &["FACILITY_USERMODE_VHD"]),
        (
            "CO_E_",
            &[
                "FACILITY_NULL",
                "FACILITY_RPC",
                "FACILITY_ITF",
                "FACILITY_WINDOWS",
            ],
        ),
        ("RPC_E_", &["FACILITY_RPC"]),
        ("STG_E_", &["FACILITY_STORAGE"]),
        ("SCARD_E_", &["FACILITY_SCARD"]),
        // Facilities above 2047, which a 13-bit read (winerror.h's) keeps whole.
        ("DXGI_ERROR_", &["FACILITY_DXGI"]),
        ("D2DERR_", &["FACILITY_DIRECT2D"]),
    ];
    for (prefix, facilities) in families {
        let members: Vec<ComError> = ComError::ALL
            .iter()
            .copied()
            .filter(|e| e.name().starts_with(prefix))
            .collect();
        assert!(!members.is_empty(), "{prefix}");
        let strangers: Vec<String> = members
            .iter()
            .filter(|e| {
                !Hresult::from(**e)
                    .facility()
                    .name()
                    .is_some_and(|f| facilities.contains(&f))
            })
            .map(|e| format!("{} {}", e.name(), Hresult::from(*e).facility()))
            .collect();
        // A family may hold a few codes of another facility; nearly all must agree.
        assert!(
            strangers.len() * 20 <= members.len(),
            "{prefix}: {strangers:?}"
        );
    }
}
