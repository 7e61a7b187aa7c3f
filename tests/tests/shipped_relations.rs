//! A catalog of one's own relates to the entries of the shipped catalogs
//! (`related = ["WinError::ERROR_SHARING_VIOLATION"]`): checked when the macro expands,
//! resolved to the shipped entries in the generated tables, one catalog of each shipped type.

use win_errors::{CodeSpace, ComError, Entry, ErrorCatalog, NtStatus, Related, WinError};

win_errors::win_errors!("catalogs/relates_to_shipped.toml");

#[test]
fn related_entries_are_the_shipped_entries_in_catalog_order() {
    let related = ProfileError::ProfileELocked.related();
    assert_eq!(
        related,
        [
            Related::Shipped(Entry::Win32(WinError::SharingViolation)),
            Related::Shipped(Entry::NtStatus(NtStatus::StatusSharingViolation)),
            // By its alias, as the entry whose alias it is.
            Related::Shipped(Entry::Hresult(ComError::EAccessdenied)),
            Related::Own(ProfileError::ProfileECorrupt),
        ]
    );
    let names: Vec<(&str, &str, u32)> = related
        .iter()
        .map(|r| (r.catalog(), r.name(), r.code()))
        .collect();
    assert_eq!(
        names,
        [
            ("WinError", "ERROR_SHARING_VIOLATION", 32),
            ("NtStatus", "STATUS_SHARING_VIOLATION", 0xC000_0043),
            ("ComError", "E_ACCESSDENIED", 0x8007_0005),
            ("ProfileError", "PROFILE_E_CORRUPT", 0xA001_0002),
        ]
    );
    assert_eq!(
        related[0].message(),
        Some("The process cannot access the file because it is being used by another process.")
    );
    assert_eq!(related[3], ProfileError::ProfileECorrupt);
    assert_ne!(related[0], ProfileError::ProfileECorrupt);
    assert_eq!(
        related[0].to_string(),
        WinError::SharingViolation.to_string()
    );
    // Only the catalog's own entries refer back.
    assert_eq!(
        ProfileError::ProfileECorrupt.referenced_by(),
        [ProfileError::ProfileELocked]
    );
}

#[test]
fn every_shipped_catalog_can_be_related_to() {
    let spaces: Vec<CodeSpace> = ProfileError::ProfileECorrupt
        .related()
        .iter()
        .filter_map(|r| r.shipped())
        .map(Entry::space)
        .collect();
    let mut named: Vec<CodeSpace> = ProfileError::ALL
        .iter()
        .flat_map(|e| e.related())
        .filter_map(|r| r.shipped())
        .map(Entry::space)
        .collect();
    named.sort_by_key(|space| space.info().name);
    named.dedup();
    assert_eq!(named.len(), CodeSpace::COUNT, "{named:?}");
    assert_eq!(spaces.len(), 8);
    let corrupt = ProfileError::ProfileECorrupt.related();
    assert_eq!(corrupt[0].code(), (-1206_i32).cast_unsigned());
    assert_eq!(corrupt[1].name(), "DPC_WATCHDOG_VIOLATION");
    assert_eq!(corrupt[7].name(), "1603");
}

#[test]
fn generic_code_sees_them_through_the_trait() {
    fn related_names<E: ErrorCatalog>(entry: E) -> Vec<String> {
        entry
            .related()
            .iter()
            .map(|r| format!("{}::{}", r.catalog(), r.name()))
            .collect()
    }
    assert_eq!(
        related_names(ProfileError::ProfileELocked)[..2],
        [
            "WinError::ERROR_SHARING_VIOLATION",
            "NtStatus::STATUS_SHARING_VIOLATION"
        ]
    );
    // The shipped catalogs list their own entries.
    assert_eq!(
        related_names(WinError::NoSuchLogonSession)[0],
        "WinError::ERROR_LOGON_SESSION_COLLISION"
    );
}

#[test]
fn related_lists_are_const() {
    const FIRST: Related<ProfileError> = ProfileError::ProfileELocked.related()[0];
    assert_eq!(
        FIRST.shipped(),
        Some(Entry::Win32(WinError::SharingViolation))
    );
}

mod scratch;

/// A catalog relating to a shipped catalog whose feature is off gets one error that names
/// the feature, at the catalog's line, and nothing from the compiler besides.
#[test]
fn a_shipped_catalog_that_is_not_built_in_is_named_with_its_feature() {
    let catalog = "[catalog]\nenum = \"AppError\"\n\n[[error]]\nname = \"APP_E_LOCKED\"\ncode = 1\nmessage = \"Locked.\"\nrelated = [\"WinError::ERROR_SHARING_VIOLATION\", \"NtStatus::STATUS_SHARING_VIOLATION\"]\n";
    let dir = scratch::scratch_crate(
        "related-feature-off",
        "2024",
        // As the hygiene tests build it: no catalog is built in.
        (
            "win-errors",
            "{ default-features = false, features = [\"macro\"] }",
        ),
        &[
            ("src/lib.rs", "win_errors::win_errors!(\"app.toml\");\n"),
            ("app.toml", catalog),
        ],
    );
    let output = scratch::cargo(&dir, &scratch::shared_target(), &["build"]);
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    let errors: Vec<&str> = stderr
        .lines()
        .filter(|line| line.starts_with("error"))
        .collect();
    assert_eq!(
        errors,
        [
            "error: app.toml:8:12: related entry WinError::ERROR_SHARING_VIOLATION: it is an entry of WinError, which win-errors builds in with its feature \"system\": turn the feature on",
            "error: app.toml:8:49: related entry NtStatus::STATUS_SHARING_VIOLATION: it is an entry of NtStatus, which win-errors builds in with its feature \"ntstatus\": turn the feature on",
            "error: could not compile `related-feature-off` (lib) due to 2 previous errors",
        ],
        "{stderr}"
    );
}
