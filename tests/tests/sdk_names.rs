//! Every Win32, HRESULT, NTSTATUS, bug check and Device Manager name of windows-sys (the SDK
//! headers' names and values) is in its space's shipped catalog, both ways: found by name with its value, and its value
//! found. The names whose documented value differs are listed, and must be the known ones.

mod common;

use win_errors::{CodeSpace, Entry};
use xtask::sdk_names::{self, SdkSpace};
use xtask::windows_sys::{self, Declared};

/// The names whose documentation page gives another value than the header, with the page's
/// value: the catalog takes the header's and keeps the page's as the documented code.
const DOCUMENTED_OTHERWISE: &[(&str, u32)] = &[
    ("ERROR_MONITOR_NO_DESCRIPTOR", 0x8026_1001),
    ("ERROR_MONITOR_UNKNOWN_DESCRIPTOR_FORMAT", 0x8026_1002),
    ("ONL_E_ACCESS_DENIED_BY_TOU", 0x8A02_0002),
    ("ONL_E_INVALID_AUTHENTICATION_TARGET", 0x8A02_0001),
    ("SEC_I_CONTINUE_NEEDED_MESSAGE_OK", 0x8009_0366),
    ("TPM_20_E_KEY", 0x8028_0087),
    ("TPM_20_E_KEY_SIZE", 0x8028_0086),
    ("TPM_20_E_MGF", 0x8028_0087),
];

fn package() -> std::path::PathBuf {
    windows_sys::package_dir(std::path::Path::new(env!("CARGO_MANIFEST_DIR"))).unwrap()
}

/// Checks every constant of `sdk` against `space`'s catalog; returns the names whose value
/// the catalog gives otherwise, and prints the counts.
fn cross_check(space: CodeSpace, sdk: &[Declared]) -> Vec<String> {
    let mut differ = Vec::new();
    let mut missing = Vec::new();
    for constant in sdk {
        match Entry::from_name_in(space, &constant.name) {
            Some(entry) if entry.code() == constant.value => {}
            Some(entry) => differ.push(format!(
                "{}: catalog 0x{:08X}, windows-sys 0x{:08X}",
                constant.name,
                entry.code(),
                constant.value
            )),
            None => missing.push(format!("{} (by name)", constant.name)),
        }
        if Entry::find(space, constant.value).is_none() {
            missing.push(format!("0x{:08X} (by value)", constant.value));
        }
    }
    let values: std::collections::BTreeSet<u32> = sdk.iter().map(|c| c.value).collect();
    println!(
        "{space}: {} windows-sys names ({} values) against {} entries: {} differ, {} missing",
        sdk.len(),
        values.len(),
        Entry::all_in(space).count(),
        differ.len(),
        missing.len()
    );
    for line in &differ {
        println!("  {line}");
    }
    assert!(missing.is_empty(), "{space}: {missing:#?}");
    differ
}

#[test]
fn every_win32_name_and_value_is_found() {
    let sdk = sdk_names::read_space(&package(), SdkSpace::Win32).unwrap();
    assert!(sdk.len() > 3000, "{} read", sdk.len());
    assert!(sdk.iter().any(|c| c.name == "NO_ERROR" && c.value == 0));
    let differ = cross_check(CodeSpace::Win32, &sdk);
    assert!(differ.is_empty(), "{differ:#?}");
}

#[test]
fn every_hresult_name_and_value_is_found() {
    let sdk = sdk_names::read_space(&package(), SdkSpace::Hresult).unwrap();
    assert!(sdk.len() > 6800, "{} read", sdk.len());
    let differ = cross_check(CodeSpace::Hresult, &sdk);
    assert!(differ.is_empty(), "{differ:#?}");
    // Where a page gave another value, the entry has the header's and records the page's.
    for &(name, page) in DOCUMENTED_OTHERWISE {
        let entry = Entry::from_name_in(CodeSpace::Hresult, name).unwrap();
        let header = sdk.iter().find(|c| c.name == name).unwrap().value;
        assert_eq!(
            (entry.code(), entry.documented_code()),
            (header, Some(page)),
            "{name}"
        );
        assert!(entry.message().is_some(), "{name} keeps its page's message");
        assert!(Entry::documented_as(CodeSpace::Hresult, page).any(|e| e == entry));
    }
    let documented = Entry::all_in(CodeSpace::Hresult)
        .filter(|e| e.documented_code().is_some())
        .count();
    assert_eq!(documented, DOCUMENTED_OTHERWISE.len());
}

#[test]
fn every_ntstatus_name_and_value_is_found() {
    let sdk = windows_sys::declared_of_types(&package(), &["NTSTATUS"]).unwrap();
    assert!(sdk.len() > 3000, "{} read", sdk.len());
    let differ = cross_check(CodeSpace::NtStatus, &sdk);
    assert!(differ.is_empty(), "{differ:#?}");
}

#[test]
fn every_bug_check_and_device_problem_name_and_value_is_found() {
    // BUGCHECK_CONTEXT_MODIFIER is a flag a code is or-ed with, not a code.
    let bug_checks: Vec<Declared> = windows_sys::declared_of_types(&package(), &["BUGCHECK_ERROR"])
        .unwrap()
        .into_iter()
        .filter(|c| c.name != "BUGCHECK_CONTEXT_MODIFIER")
        .collect();
    assert!(bug_checks.len() > 500, "{} read", bug_checks.len());
    let differ = cross_check(CodeSpace::BugCheck, &bug_checks);
    assert!(differ.is_empty(), "{differ:#?}");
    // The one value a page gives otherwise: windows-sys's, the page's recorded.
    let report =
        Entry::from_name_in(CodeSpace::BugCheck, "VIDEO_DRIVER_DEBUG_REPORT_REQUEST").unwrap();
    assert_eq!(
        (report.code(), report.documented_code()),
        (0x4000_00AD, Some(0xAD))
    );
    let device = windows_sys::declared_of_types(&package(), &["CM_PROB"]).unwrap();
    assert!(device.len() > 50, "{} read", device.len());
    let differ = cross_check(CodeSpace::Device, &device);
    assert!(differ.is_empty(), "{differ:#?}");
    // The other way: every entry is a windows-sys constant, or one of the five codes only
    // the documentation has.
    let header_names: std::collections::BTreeSet<&str> = bug_checks
        .iter()
        .chain(&device)
        .map(|c| c.name.as_str())
        .collect();
    let documentation_only: Vec<&str> = [CodeSpace::BugCheck, CodeSpace::Device]
        .into_iter()
        .flat_map(Entry::all_in)
        .map(Entry::name)
        .filter(|name| !header_names.contains(name))
        .collect();
    assert_eq!(
        documentation_only,
        [
            "SESSION5_INITIALIZATION_FAILED",
            "RESOURCE_MANAGER_EXCEPTION_NOT_HANDLED",
            "APPLICATION_HANG_KERNEL_LIVEDUMP",
            "STATUS_CANNOT_LOAD_REGISTRY_FILE",
            "STATUS_IMAGE_CHECKSUM_MISMATCH",
        ]
    );
}

#[test]
fn the_generic_names_name_their_values() {
    let name_of = |space, code| Entry::find(space, code).map(Entry::name);
    assert_eq!(name_of(CodeSpace::Hresult, 0), Some("S_OK"));
    assert_eq!(name_of(CodeSpace::Hresult, 1), Some("S_FALSE"));
    assert_eq!(name_of(CodeSpace::Win32, 0), Some("ERROR_SUCCESS"));
    for (name, space, code) in [
        ("NO_ERROR", CodeSpace::Win32, 0),
        ("SEC_E_OK", CodeSpace::Hresult, 0),
        (
            "AUDCLNT_E_UNSUPPORTED_FORMAT",
            CodeSpace::Hresult,
            0x8889_0008,
        ),
        (
            "ERROR_CLOUD_FILE_PROVIDER_NOT_RUNNING",
            CodeSpace::Win32,
            362,
        ),
        ("ERROR_NO_SUCH_DEVINST", CodeSpace::Win32, 0xE000_020B),
        (
            "HCS_E_SERVICE_NOT_AVAILABLE",
            CodeSpace::Hresult,
            0x8037_0114,
        ),
    ] {
        let entry = Entry::from_name(name).unwrap_or_else(|| panic!("{name}"));
        assert_eq!((entry.space(), entry.code()), (space, code), "{name}");
    }
    // A name only the headers give has no message, and a family from its header's module.
    let audio = Entry::from_name("AUDCLNT_E_UNSUPPORTED_FORMAT").unwrap();
    assert_eq!(audio.message(), None);
    assert_eq!(audio.family(), Some("Win32::Media::Audio"));
}
