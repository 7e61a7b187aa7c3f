//! The product error tables in the HRESULT catalog: WinGet, WSL, the .NET runtime's HRESULTs
//! and the full Windows Update reference, each a family of `com.toml`, merged after the COM
//! pages and their families (a code they already have keeps its entry and gains the product's
//! name as an alias) and before windows-sys's bare names (so a product's message names its
//! value). The common Windows Update errors page adds reference sections to the entries of
//! its codes. The .NET exception codes join the NTSTATUS catalog ([`exception_codes`]).

use std::collections::BTreeMap;
use std::path::Path;

use win_errors_catalog::write::draft::EntryDraft;

use crate::family_pages;
use crate::pages::Report;
use crate::products::{dotnet, windows_update, winget, wsl};

pub const SECTIONS_ADDED: &str =
    "common Windows Update errors whose entry gains the page's meaning and mitigation";
pub const SECTIONS_ELSEWHERE: &str = "common Windows Update errors with no entry of their code \
     in the HRESULT catalog (a Win32 error's HRESULT: its sections are not the system error's)";
pub const PAGE_ONLY: &str = "common Windows Update errors no other source gives (an entry: the \
     description as its message, the mitigation as its remedy)";
pub const SECTIONS_KEPT: &str =
    "common Windows Update errors whose entry has sections already (kept)";
pub const WIN32_VALUED: &str = "names valued as HRESULT_FROM_WIN32 of a Win32 error (valued by \
     windows-sys's value of that error)";

/// The folders of the product tables under the shared data folder, each read when present.
const FOLDERS: [&str; 4] = ["winget", "wsl", "dotnet", "itpro-docs"];

/// Merges every product table found under `data` into `entries`; `win32` values the Win32
/// names the .NET table writes as `__HRESULT_FROM_WIN32(ERROR_*)`. Returns the account.
pub(crate) fn merge_products(
    data: &Path,
    entries: &mut Vec<EntryDraft>,
    win32: &BTreeMap<String, u32>,
    report: &mut Report,
) -> Result<String, String> {
    let present = |folder: &str| data.join(folder).is_dir();
    if !FOLDERS.iter().any(|f| present(f)) {
        return Ok(String::new());
    }
    let mut tables: Vec<(&'static str, Vec<EntryDraft>)> = Vec::new();
    if present("winget") {
        tables.push((winget::FAMILY, winget::read(&data.join("winget"), report)?));
    }
    if present("wsl") {
        tables.push((wsl::FAMILY, wsl::read(&data.join("wsl"), report)?));
    }
    if present("dotnet") {
        tables.push((dotnet::FAMILY, dotnet::read(&data.join("dotnet"), report)?));
    }
    let itpro = data.join("itpro-docs");
    if present("itpro-docs") {
        tables.push((
            windows_update::FAMILY,
            windows_update::read(&itpro, report)?,
        ));
    }
    // A name valued as a Win32 error's HRESULT is an entry of that HRESULT.
    let references = std::mem::take(&mut report.references);
    for (name, other) in references {
        let Some(&code) = win32.get(&other).filter(|_| other.starts_with("ERROR_")) else {
            report.references.push((name, other));
            continue;
        };
        report.note(WIN32_VALUED, &name);
        let family = dotnet::FAMILY;
        let entry = EntryDraft {
            name,
            code: win_errors::Hresult::from_win32(code).0,
            family: Some(family.to_owned()),
            ..Default::default()
        };
        match tables.iter_mut().find(|(f, _)| *f == family) {
            Some((_, table)) => table.push(entry),
            None => tables.push((family, vec![entry])),
        }
    }
    // The names a product values as another name are resolved with windows-sys's names in.
    let merged = family_pages::merge(entries, tables);
    if present("itpro-docs") {
        for common in windows_update::common_errors(&itpro, report)? {
            let label = format!("0x{:08X}", common.code);
            match entries.iter_mut().find(|e| e.code == common.code) {
                Some(entry) if entry.sections.is_empty() => {
                    report.note(SECTIONS_ADDED, &label);
                    entry.sections = common.sections;
                }
                Some(_) => report.note(SECTIONS_KEPT, &label),
                None if win_errors::Hresult(common.code).win32_code().is_some() => {
                    report.note(SECTIONS_ELSEWHERE, &label);
                }
                None => {
                    // A code only this page gives: its description reads as the reference's
                    // messages do ("Operation was canceled."), and is its message.
                    let Some(name) = common.name else {
                        return Err(format!("{label}: a code of its own with no name"));
                    };
                    report.note(PAGE_ONLY, &name);
                    let mut sections = common.sections;
                    entries.push(EntryDraft {
                        name,
                        code: common.code,
                        message: sections.meaning.take(),
                        family: Some(windows_update::FAMILY.to_owned()),
                        sections,
                        ..Default::default()
                    });
                }
            }
        }
    }
    Ok(format!("product tables: {}", merged.summary()))
}

/// The exception codes of the .NET runtime's `corexcep.h` under `data`, for the NTSTATUS
/// catalog (an exception code is an NTSTATUS-shaped value: `0xE0434352` is an unhandled .NET
/// exception); none when the folder is absent.
pub(crate) fn exception_codes(data: &Path, report: &mut Report) -> Result<Vec<EntryDraft>, String> {
    let folder = data.join("dotnet");
    if !folder.is_dir() {
        return Ok(Vec::new());
    }
    dotnet::read_exception_codes(&folder, report)
}
