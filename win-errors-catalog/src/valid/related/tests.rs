//! Relations to the entries of shipped catalogs: resolved by name or alias, and every
//! mistake reported where it is written, with the nearest name.

use std::sync::LazyLock;

use crate::model::{CheckedRelated, CodeKind, ShippedRelated};
use crate::{CheckedCatalog, Known, ShippedCatalogs, check_with};

static SHIPPED: LazyLock<ShippedCatalogs> = LazyLock::new(|| {
    ShippedCatalogs::parse(
        "[WinError win32]\n20\tERROR_SHARING_VIOLATION\t\tERROR_SHARE_VIOLATION\n57\tERROR_INVALID_PARAMETER\n[NtStatus ntstatus]\nc0000043\tSTATUS_SHARING_VIOLATION\n",
    )
});

fn entry(related: &str) -> String {
    format!(
        "[catalog]\nenum = \"AppError\"\n\n[[error]]\nname = \"APP_E_LOCKED\"\ncode = 1\nmessage = \"The profile is locked.\"\nrelated = {related}\n\n[[error]]\nname = \"APP_E_OTHER\"\ncode = 2\nmessage = \"Other.\"\n"
    )
}

fn checked(
    source: &str,
    shipped: Option<&LazyLock<ShippedCatalogs>>,
) -> Result<CheckedCatalog, Vec<String>> {
    let known = Known {
        generated_items: &[],
        shipped,
    };
    check_with(source, &known)
        .map_err(|rejected| crate::valid::tests::first_lines(&rejected.diagnostics, source))
}

fn shipped(
    (type_name, name, variant): (&str, &str, &str),
    code: u32,
    codes: CodeKind,
    column: usize,
) -> CheckedRelated {
    CheckedRelated::Shipped(ShippedRelated {
        type_name: type_name.to_owned(),
        name: name.to_owned(),
        variant: variant.to_owned(),
        code,
        codes,
        line: 8,
        column,
    })
}

#[test]
fn a_qualified_name_relates_to_the_shipped_entry_by_name_or_alias() {
    let source = entry(
        "[\"WinError::ERROR_SHARE_VIOLATION\", \"APP_E_OTHER\", { name = \"NtStatus::STATUS_SHARING_VIOLATION\", code = 0xC0000043 }]",
    );
    let catalog = checked(&source, Some(&SHIPPED)).unwrap();
    assert_eq!(
        catalog.entries[0].related,
        [
            shipped(
                ("WinError", "ERROR_SHARING_VIOLATION", "SharingViolation"),
                32,
                CodeKind::Win32,
                12
            ),
            CheckedRelated::Own(1),
            shipped(
                (
                    "NtStatus",
                    "STATUS_SHARING_VIOLATION",
                    "StatusSharingViolation"
                ),
                0xC000_0043,
                CodeKind::NtStatus,
                71
            ),
        ]
    );
    // Only the catalog's own entries are referred to back.
    assert_eq!(catalog.entries[1].referenced_by, [0]);
}

#[test]
fn each_mistake_in_a_qualified_name_is_reported_with_the_nearest_name() {
    for (related, expected) in [
        (
            "[\"WinError::ERROR_SHARING_VIOLATON\"]",
            "c.toml:8:12: related entry WinError::ERROR_SHARING_VIOLATON is not in WinError; did you mean WinError::ERROR_SHARING_VIOLATION?",
        ),
        (
            "[\"WinErr::ERROR_SHARING_VIOLATION\"]",
            "c.toml:8:12: related entry WinErr::ERROR_SHARING_VIOLATION: no shipped catalog is named `WinErr`; did you mean WinError::ERROR_SHARING_VIOLATION?",
        ),
        (
            "[\"Facility::X\"]",
            "c.toml:8:12: related entry Facility::X: no shipped catalog is named `Facility`; the shipped catalogs are WinError, NtStatus",
        ),
        (
            "[\"AppError::APP_E_OTHER\"]",
            "c.toml:8:12: related entry AppError::APP_E_OTHER: an entry of this catalog is named without its type: `APP_E_OTHER`",
        ),
        (
            "[\"ERROR_SHARING_VIOLATION\"]",
            "c.toml:8:12: related entry ERROR_SHARING_VIOLATION is not in the catalog; did you mean WinError::ERROR_SHARING_VIOLATION? (an entry of a shipped catalog is named with its type)",
        ),
        (
            "[{ name = \"WinError::ERROR_SHARING_VIOLATION\", code = 33 }]",
            "c.toml:8:65: related WinError::ERROR_SHARING_VIOLATION has code 32 (0x20), not 33 (0x21)",
        ),
        (
            "[{ name = \"NtStatus::STATUS_SHARING_VIOLATION\", code = 0xC0000034 }]",
            "c.toml:8:66: related NtStatus::STATUS_SHARING_VIOLATION has code 0xC0000043 (3221225539), not 0xC0000034 (3221225524)",
        ),
        (
            "[\"WinError::ERROR_SHARING_VIOLATION\", \"WinError::ERROR_SHARE_VIOLATION\"]",
            "c.toml:8:49: WinError::ERROR_SHARING_VIOLATION is listed twice in `related` (also at line 8)",
        ),
    ] {
        assert_eq!(
            checked(&entry(related), Some(&SHIPPED)).unwrap_err(),
            [expected],
            "{related}"
        );
    }
}

#[test]
fn without_the_shipped_catalogs_a_qualified_name_is_reported_not_guessed() {
    let source = entry("[\"WinError::ERROR_SHARING_VIOLATION\"]");
    assert_eq!(
        checked(&source, None).unwrap_err(),
        [
            "c.toml:8:12: related entry WinError::ERROR_SHARING_VIOLATION is an entry of a shipped catalog, which this check does not know: the `win_errors!` macro and `win-errors check` do"
        ]
    );
}

#[test]
fn the_shipped_names_are_read_only_when_a_catalog_needs_them() {
    static UNREAD: LazyLock<ShippedCatalogs> = LazyLock::new(|| panic!("read without need"));
    let source = entry("[\"APP_E_OTHER\"]");
    assert!(checked(&source, Some(&UNREAD)).is_ok());
    // A name the catalog does not have is looked for among them (a shipped name written
    // without its type): that reads them.
    let missing = entry("[\"APP_E_OTHR\"]");
    let result = std::panic::catch_unwind(|| checked(&missing, Some(&UNREAD)));
    assert!(result.is_err());
}
