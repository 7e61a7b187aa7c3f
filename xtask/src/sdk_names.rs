//! The names windows-sys gives a code space's values, added to an imported catalog: a name the
//! catalog lacks becomes an alias of the entry with its value, or an entry of its own without a
//! message (no permissively licensed message is known for it, and none is invented). windows-sys
//! (MIT OR Apache-2.0) carries the SDK headers' names and values, so every value the SDK names
//! is found by name and by value.
//!
//! A name the catalog and windows-sys both give, with two values, is a disagreement: it is
//! returned for the caller to decide (the NTSTATUS import stops; the COM import takes the
//! header's value and records the page's), never added twice.

use std::collections::{BTreeMap, BTreeSet};

use win_errors_catalog::write::draft::EntryDraft;

use crate::pages::Report;
use crate::windows_sys::Declared;

pub const SDK_ALIAS: &str =
    "windows-sys names of a value the source has under another name (kept as aliases)";
pub const SDK_ONLY: &str = "windows-sys names of a value the source does not have (kept with \
     `message_known = false`: no permissively licensed message is known)";
pub const NOT_IN_SDK: &str = "names of the source windows-sys does not define (kept)";
pub const HEADER_VALUE: &str = "names whose source and windows-sys give two values (windows-sys's \
     taken, what Windows returns; the source's kept as the entry's `documented_code`)";

/// The module of winerror.h's names, as windows-rs writes it.
pub const WINERROR_MODULE: &str = "Win32::Foundation";

/// The code spaces whose names windows-sys gives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SdkSpace {
    /// `WIN32_ERROR`, `RPC_STATUS` and `WSA_ERROR` constants (winerror.h's typed Win32 errors)
    /// with a Win32 error's value.
    Win32,
    /// `HRESULT` constants, and the `WIN32_ERROR` constants with an HRESULT's value
    /// (`ERROR_HV_*`, `ERROR_VID_*`, ...: winerror.h types them so, and they are HRESULTs).
    Hresult,
}

/// Whether a `WIN32_ERROR` value is a Win32 error: a 16-bit code, or an application-defined
/// code (bit 29, which `SetLastError` reserves for them, as SetupAPI's `0xE000020B`).
pub fn is_win32_value(value: u32) -> bool {
    value <= 0xFFFF || value & 0x2000_0000 != 0
}

impl SdkSpace {
    /// Whether the constant `ty` (its type's last path segment) of `value` is of this space.
    fn holds(self, ty: &str, value: u32) -> bool {
        match (self, ty) {
            (SdkSpace::Win32, "WIN32_ERROR" | "RPC_STATUS" | "WSA_ERROR") => is_win32_value(value),
            (SdkSpace::Hresult, "WIN32_ERROR") => !is_win32_value(value),
            (SdkSpace::Hresult, "HRESULT") => true,
            _ => false,
        }
    }
}

/// Every constant of `space` in the windows-sys package at `package`.
pub fn read_space(package: &std::path::Path, space: SdkSpace) -> Result<Vec<Declared>, String> {
    let types = ["WIN32_ERROR", "RPC_STATUS", "WSA_ERROR", "HRESULT"];
    Ok(crate::windows_sys::declared_of_types(package, &types)?
        .into_iter()
        .filter(|c| space.holds(&c.ty, c.value))
        .collect())
}

/// The account of the disagreements the importer prints.
pub fn account(disagreements: &[Disagreement]) -> String {
    let mut out = format!(
        "names whose source and windows-sys give two values: {}\n",
        disagreements.len()
    );
    for d in disagreements {
        out.push_str(&format!(
            "  {}: source 0x{:08X}, windows-sys 0x{:08X}\n",
            d.name, d.source, d.sdk
        ));
    }
    out
}

/// How one catalog takes windows-sys's names.
pub struct Policy<'a> {
    /// The family of an entry windows-sys alone gives, from the constant that names it.
    pub family: &'a dyn Fn(&Declared) -> Option<String>,
    /// A value's names in order of preference, lowest first: the first names a new entry and
    /// the others become its aliases (the generic header name before a component's alias).
    pub rank: &'a dyn Fn(&Declared) -> u8,
}

/// A name the catalog and windows-sys give two values.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Disagreement {
    pub name: String,
    /// The value the catalog's source gives.
    pub source: u32,
    /// windows-sys's value: the SDK header's.
    pub sdk: u32,
}

/// The names `entries` and `sdk` both give, with two values, each once, by name.
pub fn disagreements(entries: &[EntryDraft], sdk: &[Declared]) -> Vec<Disagreement> {
    let by_name: BTreeMap<&str, u32> = sdk.iter().map(|c| (c.name.as_str(), c.value)).collect();
    let mut disagreements: Vec<Disagreement> = entries
        .iter()
        .flat_map(|entry| {
            std::iter::once(&entry.name)
                .chain(&entry.aliases)
                .filter_map(|name| {
                    let &sdk = by_name.get(name.as_str())?;
                    (sdk != entry.code).then(|| Disagreement {
                        name: name.clone(),
                        source: entry.code,
                        sdk,
                    })
                })
        })
        .collect();
    disagreements.sort_by(|a, b| a.name.cmp(&b.name));
    disagreements.dedup();
    disagreements
}

/// Gives each name of `disagreements` the header's value, the value Windows returns, and
/// records its source's value as its `documented_code`: an entry of that name moves; an
/// alias leaves its entry for one of its own, whole as its source gave it when `merged`
/// holds it. A value two entries hold once every move is made stops the import.
pub fn take_header_values(
    entries: &mut Vec<EntryDraft>,
    disagreements: &[Disagreement],
    merged: &[EntryDraft],
    report: &mut Report,
) -> Result<(), String> {
    for d in disagreements {
        report.note(HEADER_VALUE, &d.name);
        if let Some(entry) = entries.iter_mut().find(|e| e.name == d.name) {
            entry.code = d.sdk;
            entry.documented_code = Some(d.source);
            continue;
        }
        let owner = entries
            .iter_mut()
            .find(|e| e.aliases.contains(&d.name))
            .ok_or_else(|| format!("{} is no name of the catalog", d.name))?;
        owner.aliases.retain(|a| *a != d.name);
        let mut entry = merged
            .iter()
            .find(|e| e.name == d.name)
            .cloned()
            .unwrap_or_else(|| EntryDraft {
                name: d.name.clone(),
                family: owner.family.clone(),
                ..Default::default()
            });
        entry.code = d.sdk;
        entry.documented_code = Some(d.source);
        entries.push(entry);
    }
    // The values move together (TPM's codes shift by one): only the result must be unique.
    let mut owners: BTreeMap<u32, &str> = BTreeMap::new();
    for entry in entries.iter() {
        if let Some(other) = owners.insert(entry.code, &entry.name) {
            return Err(format!(
                "0x{:08X} is both {other}'s and {}'s once the header's values are taken",
                entry.code, entry.name
            ));
        }
    }
    Ok(())
}

/// Adds every constant of `sdk` whose name `entries` lacks, as [`Policy`] says; returns the
/// names both have with two values ([`disagreements`]), which it leaves as they are.
pub fn add(
    entries: &mut Vec<EntryDraft>,
    sdk: &[Declared],
    policy: &Policy,
    report: &mut Report,
) -> Vec<Disagreement> {
    let disagreements = disagreements(entries, sdk);
    let in_sdk: BTreeSet<&str> = sdk.iter().map(|c| c.name.as_str()).collect();
    for entry in entries.iter() {
        for name in std::iter::once(&entry.name).chain(&entry.aliases) {
            if !in_sdk.contains(name.as_str()) {
                report.note(NOT_IN_SDK, name);
            }
        }
    }
    let known: BTreeSet<String> = entries
        .iter()
        .flat_map(|e| std::iter::once(&e.name).chain(&e.aliases))
        .cloned()
        .collect();
    let mut by_code: BTreeMap<u32, usize> = entries
        .iter()
        .enumerate()
        .map(|(i, e)| (e.code, i))
        .collect();
    let mut missing: Vec<&Declared> = sdk.iter().filter(|c| !known.contains(&c.name)).collect();
    // Then the shorter name: a component's prefix lengthens it (`S_OK` before `SEC_E_OK`).
    missing.sort_by_key(|c| ((policy.rank)(c), c.name.len(), c.name.as_str()));
    let mut seen = BTreeSet::new();
    for constant in missing {
        // A name declared in several modules is one name.
        if !seen.insert(constant.name.as_str()) {
            continue;
        }
        if let Some(&i) = by_code.get(&constant.value)
            && let Some(entry) = entries.get_mut(i)
        {
            report.note(SDK_ALIAS, &constant.name);
            entry.aliases.push(constant.name.clone());
            continue;
        }
        report.note(SDK_ONLY, &constant.name);
        by_code.insert(constant.value, entries.len());
        entries.push(EntryDraft {
            name: constant.name.clone(),
            code: constant.value,
            family: (policy.family)(constant),
            ..Default::default()
        });
    }
    disagreements
}

#[cfg(test)]
mod tests {
    use super::*;

    fn declared(name: &str, value: u32, module: &str) -> Declared {
        Declared {
            name: name.to_owned(),
            value,
            module: module.to_owned(),
            ty: "HRESULT".to_owned(),
        }
    }

    fn entry(name: &str, code: u32, message: &str) -> EntryDraft {
        EntryDraft {
            name: name.to_owned(),
            code,
            message: Some(message.to_owned()),
            ..Default::default()
        }
    }

    #[test]
    fn names_become_aliases_or_entries_without_a_message() {
        let mut entries = vec![
            entry("E_FAIL", 0x8000_4005, "Unspecified error"),
            entry("ONLY_HERE", 0x8000_FFFF, "Kept"),
        ];
        let sdk = [
            declared("E_FAIL", 0x8000_4005, "Win32::Foundation"),
            declared("OTHER_E_FAIL", 0x8000_4005, "Win32::Media::Audio"),
            declared("AUDCLNT_E_X", 0x8889_0008, "Win32::Media::Audio"),
            declared("GENERIC_E_X", 0x8889_0008, "Win32::Foundation"),
            declared("GENERIC_E_X", 0x8889_0008, "Win32::Other"),
        ];
        let family = |c: &Declared| (c.module != "Win32::Foundation").then(|| c.module.clone());
        let rank = |c: &Declared| u8::from(c.module != "Win32::Foundation");
        let policy = Policy {
            family: &family,
            rank: &rank,
        };
        let mut report = Report::default();
        let disagreements = add(&mut entries, &sdk, &policy, &mut report);
        assert!(disagreements.is_empty());
        assert_eq!(entries[0].aliases, ["OTHER_E_FAIL"]);
        // The header's generic name first, the component's after it; one name declared in
        // two modules counts once.
        let new = &entries[2];
        assert_eq!(
            (
                new.name.as_str(),
                new.code,
                &new.message,
                &new.aliases,
                &new.family
            ),
            (
                "GENERIC_E_X",
                0x8889_0008,
                &None,
                &vec!["AUDCLNT_E_X".to_owned()],
                &None
            )
        );
        assert_eq!(entries.len(), 3);
        let counts = report.counts();
        assert!(counts.contains(&(SDK_ALIAS, 2)), "{counts:?}");
        assert!(counts.contains(&(SDK_ONLY, 1)), "{counts:?}");
        assert!(counts.contains(&(NOT_IN_SDK, 1)), "{counts:?}");
    }

    #[test]
    fn a_name_with_two_values_is_returned_not_added() {
        let mut entries = vec![entry("TPM_20_E_KEY_SIZE", 0x8028_0086, "page")];
        let sdk = [declared(
            "TPM_20_E_KEY_SIZE",
            0x8028_0087,
            "Win32::Foundation",
        )];
        let policy = Policy {
            family: &|_| None,
            rank: &|_| 0,
        };
        let disagreements = add(&mut entries, &sdk, &policy, &mut Report::default());
        assert_eq!(
            disagreements,
            [Disagreement {
                name: "TPM_20_E_KEY_SIZE".to_owned(),
                source: 0x8028_0086,
                sdk: 0x8028_0087,
            }]
        );
        assert_eq!(
            entries.len(),
            1,
            "the header's value is the caller's to take"
        );
    }
}
