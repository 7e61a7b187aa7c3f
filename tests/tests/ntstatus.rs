//! `win_errors::NtStatus`, generated from `ntstatus.toml`: the codes crash reports and exit
//! codes show, every entry of the file, and the cross-check with windows-sys.

mod common;

use std::path::Path;

use win_errors::{ErrorCatalog, NtStatus};

#[test]
fn the_codes_people_paste_from_crashes() {
    let violation = NtStatus::from_code(0xC000_0005).unwrap();
    assert_eq!(violation.name(), "STATUS_ACCESS_VIOLATION");
    assert_eq!(
        NtStatus::from_name("STATUS_ACCESS_VIOLATION"),
        Some(violation)
    );
    assert_eq!(
        violation.message(),
        "The instruction at 0x%08lx referenced memory at 0x%08lx. The memory could not be %s."
    );
    assert_eq!(
        format!("{violation:#}"),
        "STATUS_ACCESS_VIOLATION (0xC0000005): The instruction at 0x%08lx referenced memory at 0x%08lx. The memory could not be %s."
    );
    let dll = NtStatus::from_code(0xC000_0135).unwrap();
    assert_eq!(dll.name(), "STATUS_DLL_NOT_FOUND");
    // A process exit code is the same bits, often printed as a signed number.
    assert_eq!(NtStatus::from_code(-1_073_741_515i32 as u32), Some(dll));
    assert_eq!("0xC0000135".parse::<NtStatus>(), Ok(dll));
    let heap = NtStatus::from_code(0xC000_0374).unwrap();
    assert_eq!(heap.name(), "STATUS_HEAP_CORRUPTION");
}

#[test]
fn captions_are_apart_from_messages() {
    let guard = NtStatus::from_code(0x8000_0001).unwrap();
    assert_eq!(guard.caption(), Some("EXCEPTION"));
    assert!(guard.message().starts_with("Guard Page Exception\n"));
    let with_caption = NtStatus::ALL
        .iter()
        .filter(|e| e.caption().is_some())
        .count();
    assert!(with_caption > 150, "{with_caption}");
    assert!(
        NtStatus::ALL
            .iter()
            .all(|e| !e.message().starts_with('{') && e.caption().is_none_or(|c| !c.contains('\n')))
    );
}

#[test]
fn the_type_holds_exactly_the_catalog_file() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let source = std::fs::read_to_string(root.join("ntstatus.toml")).unwrap();
    let catalog = win_errors_catalog::check(&source).unwrap();
    assert_eq!(NtStatus::COUNT, catalog.entries.len());
    const { assert!(NtStatus::COUNT >= 1700) };
    for (&entry, expected) in NtStatus::ALL.iter().zip(&catalog.entries) {
        assert_eq!(
            (entry.code(), entry.name(), entry.caption(), entry.message()),
            (
                expected.code,
                expected.name.as_str(),
                expected.caption.as_deref(),
                expected.message.as_str()
            )
        );
        assert_eq!(NtStatus::from_code(entry.code()), Some(entry));
        assert_eq!(NtStatus::from_name(entry.name()), Some(entry));
        assert_eq!(
            <NtStatus as ErrorCatalog>::from_code(entry.code()),
            Some(entry)
        );
    }
}

#[test]
fn windows_sys_ntstatus_values_agree() {
    let constants = common::windows_sys_constants_of_type("NTSTATUS");
    let defined = constants.len();
    let mut compared = 0;
    let mut disagreements = Vec::new();
    for (name, value) in constants {
        let Some(entry) = NtStatus::from_name(&name) else {
            continue;
        };
        compared += 1;
        if entry.code() != value {
            disagreements.push(format!(
                "{name}: NtStatus.cs 0x{:08X}, windows-sys 0x{value:08X}",
                entry.code()
            ));
        }
    }
    println!(
        "windows-sys NTSTATUS cross-check: windows-sys defines {defined}, the catalog has {} \
         names; {compared} compared, {} disagree:",
        NtStatus::COUNT,
        disagreements.len()
    );
    for line in &disagreements {
        println!("  {line}");
    }
    assert!(
        defined > 3000,
        "only {defined} windows-sys NTSTATUS constants read"
    );
    assert!(compared > 1700, "only {compared} compared");
    assert_eq!(disagreements, Vec::<String>::new());
}

#[test]
fn ntstatus_values_know_their_entries_and_what_they_carry() {
    use win_errors::{Hresult, NtStatusCode, WinError};
    let violation = NtStatusCode(0xC000_0005);
    assert_eq!(
        violation.known().map(NtStatus::name),
        Some("STATUS_ACCESS_VIOLATION")
    );
    assert_eq!(NtStatusCode::from(violation.known().unwrap()), violation);
    // An HRESULT carrying an NTSTATUS, and an NTSTATUS carrying a Win32 error.
    let denied = Hresult(0xD000_0022).ntstatus().unwrap();
    assert_eq!(
        denied.known().map(NtStatus::name),
        Some("STATUS_ACCESS_DENIED")
    );
    assert_eq!(
        NtStatusCode(0xC007_0005).win32(),
        Some(WinError::AccessDenied)
    );
    assert_eq!(NtStatusCode(0xC000_0005).win32(), None);
}

#[test]
fn every_windows_sys_ntstatus_facility_has_its_name() {
    let mut compared = 0;
    for (name, value) in common::windows_sys_constants_of_type("NTSTATUS_FACILITY_CODE") {
        // windows-sys's bound of the facility numbers, not a facility.
        if name == "FACILITY_MAXIMUM_VALUE" {
            continue;
        }
        compared += 1;
        let facility = win_errors::NtFacility(u16::try_from(value).unwrap());
        assert_eq!(facility.name(), Some(name.as_str()), "{value}");
    }
    assert_eq!(compared, win_errors::NtFacility::known().len());
}
