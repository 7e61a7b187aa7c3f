//! The facility-and-codes shape (DRT's page): a `FACILITY_*` row, then each entry's code
//! within that facility.

use win_errors_catalog::write::draft::EntryDraft;

use crate::com_pages;
use crate::pages::Report;

pub const FACILITY_FROM_WINDOWS_SYS: &str = "facilities the page writes in hex where windows-sys defines another value (windows-sys's used: the page's digits are its decimal)";

/// The page's `FACILITY_*` row and its other rows, each code made an HRESULT in that facility
/// (windows-sys's value of the facility when it defines another: see [`hresults_in_facility`]).
pub(super) fn facility_and_codes(
    text: &str,
    file: &str,
    report: &mut Report,
) -> Result<Vec<EntryDraft>, String> {
    let defined = crate::windows_sys::package_dir(&crate::workspace_root())
        .and_then(|package| crate::windows_sys::constants_of_type(&package, "u32"))?;
    hresults_in_facility(text, file, report, |name| defined.get(name).copied())
}

/// The facility-and-codes shape with `defined` giving windows-sys's value of a facility name.
/// DRT's page gives FACILITY_DRT as 0x98; Drt.h (in windows-sys) defines it as 98, and every
/// DRT value in windows-sys is in facility 98.
pub fn hresults_in_facility(
    text: &str,
    file: &str,
    report: &mut Report,
    defined: impl Fn(&str) -> Option<u32>,
) -> Result<Vec<EntryDraft>, String> {
    let is_facility = |line: &str| line.starts_with("| <span id=\"FACILITY_");
    let row = text
        .lines()
        .find(|l| is_facility(l))
        .ok_or_else(|| format!("{file}: no FACILITY_ row"))?;
    let name = com_pages::bold_name(row)
        .ok_or_else(|| format!("{file}: a FACILITY_ row without its name"))?;
    let written = row
        .split(['<', '>', ' '])
        .find_map(|t| t.strip_prefix("0x"))
        .and_then(|d| u32::from_str_radix(d, 16).ok())
        .ok_or_else(|| format!("{file}: {name} has no hex value"))?;
    let facility = match defined(&name) {
        Some(defined) if defined != written => {
            report.note(
                FACILITY_FROM_WINDOWS_SYS,
                &format!(
                    "{name}: 0x{written:X} on the page, {defined} (0x{defined:X}) in windows-sys"
                ),
            );
            defined
        }
        _ => written,
    };
    if facility > 0x7FF {
        return Err(format!(
            "{file}: {name} = {facility} is wider than a facility"
        ));
    }
    let rows: String = text
        .lines()
        .filter(|l| !is_facility(l))
        .flat_map(|l| [l, "\n"])
        .collect();
    let mut entries = com_pages::import_page(&rows, file, report)?;
    for entry in &mut entries {
        let severity = if entry.name.contains("_E_") {
            0x8000_0000
        } else if entry.name.contains("_S_") {
            0
        } else {
            return Err(format!(
                "{file}: {}: neither an error nor a success",
                entry.name
            ));
        };
        if entry.code > 0xFFFF {
            return Err(format!(
                "{file}: {}: 0x{:X} is wider than a code",
                entry.name, entry.code
            ));
        }
        entry.code |= severity | facility << 16;
    }
    Ok(entries)
}
