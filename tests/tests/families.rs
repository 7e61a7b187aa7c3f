//! The error families imported from their own pages: each is in a shipped catalog, found by
//! code, name and family, and its names are cross-checked against windows-sys (all
//! modules), with every disagreement listed.

mod common;

use std::collections::HashMap;

use win_errors::{ComError, ErrorCatalog, WinError};

/// Each family, the catalog it joined, and the fewest entries its page gives.
const FAMILIES: &[(&str, &str, usize)] = &[
    ("WinINet", "WinError", 90),
    ("WinHTTP", "WinError", 10),
    ("Network Management", "WinError", 300),
    ("DXGI", "ComError", 20),
    ("Direct2D", "ComError", 40),
    ("WMI", "ComError", 170),
    ("DirectShow", "ComError", 140),
    ("Windows Media Format", "ComError", 240),
    ("ADSI", "ComError", 20),
    ("WFP", "ComError", 50),
    ("Windows Update", "ComError", 90),
    ("IMAPI", "ComError", 140),
    ("XPS", "ComError", 80),
    ("Windows Biometric Framework", "ComError", 50),
    ("EAPHost", "ComError", 40),
    ("Text Services Framework", "ComError", 10),
    ("CryptXML", "ComError", 15),
    ("BITS", "ComError", 50),
    ("Delivery Optimization", "ComError", 20),
    ("VDS", "ComError", 160),
    ("Virtual PC", "ComError", 55),
    ("DRT", "ComError", 40),
    ("NAP", "ComError", 15),
    ("WMDM", "ComError", 1),
];

fn members<E: ErrorCatalog>(family: &str) -> Vec<E> {
    E::ALL
        .iter()
        .copied()
        .filter(|e| e.family() == Some(family))
        .collect()
}

#[test]
fn every_family_is_in_its_catalog() {
    for &(family, catalog, fewest) in FAMILIES {
        let (count, elsewhere) = if catalog == "WinError" {
            (
                members::<WinError>(family).len(),
                members::<ComError>(family).len(),
            )
        } else {
            (
                members::<ComError>(family).len(),
                members::<WinError>(family).len(),
            )
        };
        println!("{family}: {count} entries in {catalog}");
        assert!(count >= fewest, "{family}: {count}");
        assert_eq!(elsewhere, 0, "{family} is in both catalogs");
    }
    // WinINet and WinHTTP share 12001-12184: a shared code is WinINet's, with the WinHTTP
    // name as an alias.
    let connect = WinError::from_code(12029).unwrap();
    assert_eq!(connect.name(), "ERROR_INTERNET_CANNOT_CONNECT");
    assert_eq!(connect.family(), Some("WinINet"));
    assert_eq!(
        WinError::from_name("ERROR_WINHTTP_CANNOT_CONNECT"),
        Some(connect)
    );
    // Success codes are kept.
    let more = ComError::from_name("VFW_S_NO_MORE_ITEMS").unwrap();
    assert_eq!(
        (more.code(), more.family()),
        (0x0004_0103, Some("DirectShow"))
    );
    assert!(!win_errors::Hresult::from(more).is_failure());
    assert_eq!(
        ComError::from_name("WBEM_E_FAILED").map(|e| (e.code(), e.family())),
        Some((0x8004_1001, Some("WMI")))
    );
}

#[test]
fn windows_sys_agrees_or_is_listed() {
    let constants: HashMap<String, u32> = common::windows_sys_constants().into_iter().collect();
    let mut disagreements = Vec::new();
    let mut total = 0;
    for &(family, _, _) in FAMILIES {
        let entries: Vec<(u32, Vec<&str>)> = members::<WinError>(family)
            .into_iter()
            .map(|e| {
                (
                    e.code(),
                    std::iter::once(e.name()).chain(e.aliases()).collect(),
                )
            })
            .chain(members::<ComError>(family).into_iter().map(|e| {
                (
                    e.code(),
                    std::iter::once(e.name()).chain(e.aliases()).collect(),
                )
            }))
            .collect();
        let mut compared = 0;
        let mut absent = 0;
        for (code, names) in &entries {
            for name in names {
                match constants.get(*name) {
                    Some(&value) => {
                        compared += 1;
                        if value != *code {
                            disagreements.push(format!(
                                "{family} {name}: page 0x{code:08X}, windows-sys 0x{value:08X}"
                            ));
                        }
                    }
                    None => absent += 1,
                }
            }
        }
        println!("{family}: {compared} names compared with windows-sys, {absent} not in it");
        total += compared;
    }
    // windows-sys has no DXGI_ERROR_*, VFW_* or E_ADS_* constants; the other families are
    // there (625 names when this was written).
    assert!(total > 600, "only {total} compared");
    println!("{} disagree:", disagreements.len());
    for line in &disagreements {
        println!("  {line}");
    }
    assert!(disagreements.len() < 10, "{disagreements:#?}");
}

/// `0x... NAME: <family> documents this code ...` for every place where a family page
/// documents a code differently from the entry kept (another name or message).
fn recorded_conflicts<E: ErrorCatalog>() -> Vec<String> {
    let mut out = Vec::new();
    for entry in E::ALL {
        let Some(description) = ErrorCatalog::description(*entry) else {
            continue;
        };
        for paragraph in description.split("\n\n") {
            let by_family = FAMILIES.iter().any(|(family, _, _)| {
                paragraph.starts_with(&format!("{family} documents this code"))
            });
            if by_family {
                out.push(format!(
                    "0x{:08X} {}: {paragraph}",
                    entry.code(),
                    entry.name()
                ));
            }
        }
    }
    out
}

#[test]
fn every_conflict_between_pages_is_kept_and_listed() {
    let conflicts: Vec<String> = recorded_conflicts::<WinError>()
        .into_iter()
        .chain(recorded_conflicts::<ComError>())
        .collect();
    println!(
        "{} codes that a family page documents differently:",
        conflicts.len()
    );
    for conflict in &conflicts {
        println!("  {conflict}");
    }
    assert!(conflicts.len() > 100, "{}", conflicts.len());
    assert!(
        conflicts.contains(
            &"0x00002EFD ERROR_INTERNET_CANNOT_CONNECT: WinHTTP documents this code as \
          ERROR_WINHTTP_CANNOT_CONNECT: \"Returned if connection to the server failed.\""
                .to_owned()
        )
    );
}
