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
        Some(
            "The instruction at 0x%08lx referenced memory at 0x%08lx. The memory could not be %s."
        )
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
    assert!(
        guard
            .message()
            .unwrap()
            .starts_with("Guard Page Exception\n")
    );
    let with_caption = NtStatus::ALL
        .iter()
        .filter(|e| e.caption().is_some())
        .count();
    assert!(with_caption > 150, "{with_caption}");
    assert!(
        NtStatus::ALL
            .iter()
            .all(|e| !e.message().is_some_and(|m| m.starts_with('{'))
                && e.caption().is_none_or(|c| !c.contains('\n')))
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
                expected.message.as_deref()
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

/// Every name of the catalog: each entry's, then its aliases.
fn catalog_names() -> Vec<(&'static str, NtStatus)> {
    NtStatus::ALL
        .iter()
        .flat_map(|&e| {
            std::iter::once(e.name())
                .chain(e.aliases())
                .map(move |n| (n, e))
        })
        .collect()
}

#[test]
fn windows_sys_ntstatus_values_agree() {
    let constants = common::windows_sys_constants_of_type("NTSTATUS");
    let defined = constants.len();
    let names = catalog_names();
    let with_message = NtStatus::ALL
        .iter()
        .filter(|e| e.message().is_some())
        .count();
    let mut compared = 0;
    let mut compared_with_message = 0;
    let mut disagreements = Vec::new();
    let mut absent = Vec::new();
    for (name, value) in &constants {
        let Some(entry) = NtStatus::from_name(name) else {
            absent.push(name.as_str());
            continue;
        };
        compared += 1;
        compared_with_message += usize::from(entry.message().is_some());
        if entry.code() != *value {
            disagreements.push(format!(
                "{name}: the catalog 0x{:08X}, windows-sys 0x{value:08X}",
                entry.code()
            ));
        }
    }
    println!(
        "windows-sys NTSTATUS cross-check: windows-sys defines {defined}, the catalog has {} \
         names on {} codes ({with_message} with a message); {compared} compared \
         ({compared_with_message} of them with a message from NtStatus.cs), {} disagree, {} \
         absent from the catalog:",
        names.len(),
        NtStatus::COUNT,
        disagreements.len(),
        absent.len()
    );
    for line in disagreements
        .iter()
        .map(String::as_str)
        .chain(absent.iter().copied())
    {
        println!("  {line}");
    }
    assert!(
        defined > 3000,
        "only {defined} windows-sys NTSTATUS constants read"
    );
    assert!(
        compared_with_message > 1700,
        "only {compared_with_message} compared"
    );
    assert_eq!(disagreements, Vec::<String>::new());
    assert_eq!(
        absent,
        Vec::<&str>::new(),
        "every windows-sys name is in the catalog"
    );
    // The names the catalog has beyond windows-sys come from NtStatus.cs, with a message, or
    // are the exception codes of the .NET runtime's corexcep.h.
    for (name, entry) in names {
        if !constants.iter().any(|(n, _)| n == name) {
            let exception_code = name.starts_with("EXCEPTION_") && entry.family().is_some();
            assert!(entry.message().is_some() || exception_code, "{name}");
        }
    }
}

#[test]
fn names_without_a_known_message_say_so() {
    const { assert!(NtStatus::COUNT >= 3000) };
    let with_message = NtStatus::ALL
        .iter()
        .filter(|e| e.message().is_some())
        .count();
    assert!(with_message >= 1700, "{with_message}");
    let unknown = NtStatus::from_name("STATUS_ADMINLESS_ACCESS_DENIED").unwrap();
    assert_eq!(unknown.code(), 0xC000_A204);
    assert_eq!(unknown.message(), None);
    assert_eq!(
        unknown.message_with(&["x".into()]).map(|m| m.to_string()),
        None
    );
    assert_eq!(
        unknown.to_string(),
        "STATUS_ADMINLESS_ACCESS_DENIED (no message is known)"
    );
    assert_eq!(
        format!("{unknown:#}"),
        "STATUS_ADMINLESS_ACCESS_DENIED (0xC000A204; no message is known)"
    );
    assert_eq!(<NtStatus as ErrorCatalog>::message(unknown), None);
    // A prose comment of ntstatus.h is kept as the description, not as a message.
    let success = NtStatus::from_code(0).unwrap();
    assert_eq!(success.name(), "STATUS_SUCCESS");
    assert_eq!(success.message(), None);
    assert!(
        success
            .description()
            .unwrap()
            .contains("reserved for wait completion")
    );
    assert_eq!(NtStatus::from_name("STATUS_WAIT_0"), Some(success));
    // No entry has an empty message: an unknown one is `None`.
    assert!(NtStatus::ALL.iter().all(|e| e.message() != Some("")));
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
