//! The product error tables in the shipped catalogs: WinGet, WSL, the .NET runtime, the full
//! Windows Update reference, and .NET's exception codes, each found by value and by name in
//! its family, with the codes two products give different meanings showing both.

use win_errors::{ComError, NtStatus};

fn family_count(family: &str) -> usize {
    ComError::ALL
        .iter()
        .filter(|e| e.family() == Some(family))
        .count()
}

#[test]
fn each_product_code_is_found_by_value_and_name_in_its_family() {
    for (code, name, family) in [
        (
            0x8A15_0006,
            "APPINSTALLER_CLI_ERROR_SHELLEXEC_INSTALL_FAILED",
            "WinGet",
        ),
        (0x8004_0326, "WSL_E_NOT_A_LINUX_DISTRO", "WSL"),
        (0x8013_1040, "FUSION_E_REF_DEF_MISMATCH", ".NET runtime"),
        (0x8024_6008, "WU_E_DM_FAILTOCONNECTTOBITS", "Windows Update"),
        (
            0x8024_4008,
            "WU_E_PT_SOAPCLIENT_PARSEFAULT",
            "Windows Update",
        ),
        (
            0x8024_4010,
            "WU_E_PT_EXCEEDED_MAX_SERVER_TRIPS",
            "Windows Update",
        ),
    ] {
        let entry = ComError::from_code(code).unwrap_or_else(|| panic!("0x{code:08X}"));
        assert_eq!((entry.name(), entry.family()), (name, Some(family)));
        assert!(entry.message().is_some_and(|m| !m.is_empty()), "{name}");
        assert_eq!(ComError::from_name(name), Some(entry));
    }
    // Every code of each table is in (the readers hold the counts to their sources).
    assert!(family_count("WinGet") >= 202);
    assert!(family_count("WSL") >= 58);
    assert!(family_count(".NET runtime") >= 360);
    assert!(family_count("Windows Update") >= 257);
}

#[test]
fn a_value_two_products_mean_differently_shows_both() {
    // WSL's FACILITY_ITF codes are DirectShow's codec API errors too: the page's entry is
    // kept, and WSL's meaning is in its description.
    let shared = ComError::from_name("WSL_E_VM_MODE_INVALID_STATE").unwrap();
    assert_eq!(shared.name(), "VFW_E_CODECAPI_NO_DEFAULT");
    assert!(
        shared
            .description()
            .is_some_and(|d| d.contains("WSL documents this code as WSL_E_VM_MODE_INVALID_STATE")),
        "{:?}",
        shared.description()
    );
}

#[test]
fn names_valued_as_another_error_are_aliases_of_it() {
    // corerror.xml values COR_E_FILENOTFOUND as __HRESULT_FROM_WIN32(ERROR_FILE_NOT_FOUND).
    let entry = ComError::from_name("COR_E_FILENOTFOUND").unwrap();
    assert_eq!(entry.code(), 0x8007_0002);
    // and COR_E_UNAUTHORIZEDACCESS as E_ACCESSDENIED.
    assert_eq!(
        ComError::from_name("COR_E_UNAUTHORIZEDACCESS"),
        Some(ComError::EAccessdenied)
    );
}

#[test]
fn the_common_update_errors_bring_their_mitigation() {
    let entry = ComError::from_name("WU_E_UH_INVALIDMETADATA").unwrap();
    assert!(entry.meaning().is_some());
    assert_eq!(entry.remedies().count(), 1);
    // A code only that page gives is an entry of its own.
    let local = ComError::from_code(0x8024_6017).unwrap();
    assert_eq!(local.name(), "WU_E_DM_UNAUTHORIZED_LOCAL_USER");
    assert!(local.message().is_some());
}

#[test]
fn unhandled_dotnet_and_cpp_exceptions_are_exception_codes() {
    let clr = NtStatus::from_code(0xE043_4352).unwrap();
    assert_eq!(
        (clr.name(), clr.family()),
        ("EXCEPTION_COMPLUS", Some(".NET runtime"))
    );
    let cpp = NtStatus::from_code(0xE06D_7363).unwrap();
    assert_eq!(
        (cpp.name(), cpp.family()),
        ("EXCEPTION_MSVC", Some("Visual C++"))
    );
    assert_eq!(cpp.message(), None, "corexcep.h gives no text");
}
