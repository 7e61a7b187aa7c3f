//! Reader of WinGet's HRESULTs (microsoft/winget-cli, MIT): the names and values of
//! `AppInstallerErrors.h`, with the messages of `winget.resw`, checked against `Errors.cpp`.
//!
//! The message is the `winget.resw` string whose key is the error's name: `winget` resolves
//! that resource first and falls back to `Errors.cpp`'s unlocalized text only when the
//! resource is missing, so the resource is what users see. Every name must have both texts;
//! where they differ (the README lists 4), the resource's is kept and the name is reported.
//! `returnCodes.md` repeats the header and `Errors.cpp` and is not read.

use std::collections::BTreeMap;
use std::path::Path;

use win_errors_catalog::write::draft::EntryDraft;

use super::{c_string, expect_count, hex_u32, read_source, resw_strings};
use crate::com_pages::add_or_alias;
use crate::pages::Report;

/// The family of every entry.
pub const FAMILY: &str = "WinGet";

/// `#define`d error names in the header (README: 163 + 32 + 10).
pub const NAMES: usize = 205;
/// Distinct values: the names less the 3 defined as `S_OK`.
pub const VALUES: usize = 202;
/// Names defined as `S_OK` (the three `WINGET_INSTALLED_STATUS_*_FOUND`/`_MATCH`).
pub const S_OK_NAMES: usize = 3;
/// Entries of `Errors.cpp`'s `s_wingetHResultData`, one per value.
pub const FALLBACK_TEXTS: usize = 202;
/// Microsoft Store HRESULTs of `Errors.cpp`'s `s_externalHResultData`.
pub const STORE_CODES: usize = 3;

/// `WINGET_INSTALLED_STATUS_*` names defined as `S_OK` have no value of their own.
pub const S_OK_NAME: &str = "names #defined as S_OK (references to S_OK)";
/// `APPINSTALLER_CLI_ERROR_FACILITY` is the facility number, not a code.
pub const FACILITY_DEFINE: &str = "#define of the facility 0xA15 (skipped)";
/// WinGet's "partial success" values (0x0A15xxxx) are codes all the same.
pub const SUCCESS_BIT_CLEAR: &str = "values with the severity bit clear (kept)";
/// winget shows the resource; `Errors.cpp`'s text is only its fallback.
pub const TEXTS_DIFFER: &str = "winget.resw texts that differ from Errors.cpp's (resource kept)";
/// winget prints the resource's backticks as they are.
pub const BACKTICKS: &str = "winget.resw texts with backticks (kept)";
/// 0x803FB103/4/6 are Microsoft Store codes whose "symbol" is a resource key, not a name.
pub const STORE_CODE: &str = "Store HRESULTs with a text but no name (left out)";
/// Two names of one value: the first names the entry, the others are its aliases.
pub const SAME_VALUE: &str = "names of an earlier name's value (kept as its aliases)";

/// The header's names and values, each with its message, as entries of the WinGet family.
pub fn read(dir: &Path, report: &mut Report) -> Result<Vec<EntryDraft>, String> {
    let header = read_source(dir, "AppInstallerErrors.h")?;
    let cpp = read_source(dir, "Errors.cpp")?;
    let resw = read_source(dir, "winget.resw")?;
    let (entries, tally) = from_sources(&header, &cpp, &resw, report)?;
    let (header_file, cpp_file) = (&header.0, &cpp.0);
    expect_count(header_file, "error names", tally.names, NAMES)?;
    expect_count(header_file, "names defined as S_OK", tally.s_ok, S_OK_NAMES)?;
    expect_count(header_file, "distinct values", entries.len(), VALUES)?;
    expect_count(
        cpp_file,
        "WINGET_HRESULT_INFO entries",
        tally.fallback,
        FALLBACK_TEXTS,
    )?;
    expect_count(cpp_file, "Store HRESULTs", tally.store_codes, STORE_CODES)?;
    Ok(entries)
}

/// What [`from_sources`] counted, to be held to the README's counts.
#[derive(Debug, Default, PartialEq, Eq)]
struct Tally {
    names: usize,
    s_ok: usize,
    fallback: usize,
    store_codes: usize,
}

/// The entries of the three files, each given as (path, text).
fn from_sources(
    (header_file, header): &(String, String),
    (cpp_file, cpp): &(String, String),
    (resw_file, resw): &(String, String),
    report: &mut Report,
) -> Result<(Vec<EntryDraft>, Tally), String> {
    let defines = header_defines(header, header_file, report)?;
    let (fallback, store_codes) = fallback_texts(cpp, cpp_file, report)?;
    let resources = resw_strings(resw, resw_file)?;
    let mut tally = Tally {
        names: defines.len(),
        fallback: fallback.len(),
        store_codes,
        ..Tally::default()
    };
    let mut entries = Vec::new();
    for (line, name, value) in defines {
        let location = format!("{header_file}:{line}");
        let Some(code) = value else {
            tally.s_ok += 1;
            report.note(S_OK_NAME, &name);
            report.references.push((name, "S_OK".to_owned()));
            continue;
        };
        let fallback = fallback.get(&name).ok_or_else(|| {
            format!("{location}: {name} has no WINGET_HRESULT_INFO in {cpp_file}")
        })?;
        let resource = resources
            .get(&name)
            .ok_or_else(|| format!("{location}: {name} has no string in {resw_file}"))?;
        let message = resource.value.trim();
        if message.is_empty() || message.contains('\n') {
            return Err(format!(
                "{resw_file}:{}: {name}: an empty or multi-line text",
                resource.line
            ));
        }
        for (kind, met) in [
            (TEXTS_DIFFER, message != fallback),
            (BACKTICKS, message.contains('`')),
            (SUCCESS_BIT_CLEAR, code & 0x8000_0000 == 0),
        ] {
            if met {
                report.note(kind, &name);
            }
        }
        let entry = EntryDraft {
            name,
            code,
            message: Some(message.to_owned()),
            family: Some(FAMILY.to_owned()),
            ..Default::default()
        };
        add_or_alias(&mut entries, entry, report, SAME_VALUE);
    }
    let named = |name: &String| {
        entries
            .iter()
            .any(|e| e.name == *name || e.aliases.contains(name))
    };
    super::check_unique_names(&entries, header_file)?;
    if let Some(extra) = fallback.keys().find(|name| !named(name)) {
        return Err(format!(
            "{cpp_file}: {extra} is not #defined in {header_file}"
        ));
    }
    Ok((entries, tally))
}

/// Every error `#define` of the header: its line, name and value (`None` for `S_OK`).
fn header_defines(
    text: &str,
    file: &str,
    report: &mut Report,
) -> Result<Vec<(usize, String, Option<u32>)>, String> {
    let mut defines = Vec::new();
    for (number, line) in text.lines().enumerate() {
        let Some(define) = line.trim().strip_prefix("#define ") else {
            continue;
        };
        let location = format!("{file}:{}", number + 1);
        let mut words = define.split_whitespace();
        let (Some(name), Some(value), None) = (words.next(), words.next(), words.next()) else {
            return Err(format!("{location}: a #define of an unknown shape: {line}"));
        };
        if name == "APPINSTALLER_CLI_ERROR_FACILITY" && value == "0xA15" {
            report.note(FACILITY_DEFINE, name);
            continue;
        }
        if !win_errors_catalog::names::is_symbolic_name(name) {
            return Err(format!("{location}: {name} is not a symbolic name"));
        }
        let code = match value {
            "S_OK" => None,
            _ => {
                let hex = value
                    .strip_prefix("((HRESULT)")
                    .and_then(|v| v.strip_suffix(')'))
                    .filter(|hex| hex.len() == 10)
                    .and_then(hex_u32)
                    .ok_or_else(|| {
                        format!("{location}: {name}: expected ((HRESULT)0x........), found {value}")
                    })?;
                Some(hex)
            }
        };
        defines.push((number + 1, name.to_owned(), code));
    }
    Ok(defines)
}

/// `Errors.cpp`'s fallback text of each name, and the number of its Store codes (reported).
fn fallback_texts(
    text: &str,
    file: &str,
    report: &mut Report,
) -> Result<(BTreeMap<String, String>, usize), String> {
    let mut texts = BTreeMap::new();
    let mut store_codes = 0;
    for (number, line) in text.lines().enumerate() {
        let location = format!("{file}:{}", number + 1);
        let line = line.trim();
        if let Some(args) = line.strip_prefix("WINGET_HRESULT_INFO(") {
            let (name, rest) = args.split_once(", ").ok_or_else(|| {
                format!("{location}: expected WINGET_HRESULT_INFO(NAME, \"...\")")
            })?;
            let (text, rest) = c_string(rest).ok_or_else(|| {
                format!("{location}: {name}: a text that is not a plain C string literal")
            })?;
            if rest != ")," && rest != ")" {
                return Err(format!(
                    "{location}: {name}: unexpected text after it: {rest}"
                ));
            }
            if texts.insert(name.to_owned(), text).is_some() {
                return Err(format!("{location}: {name} is given twice"));
            }
        } else if let Some(rest) = line.strip_prefix("HResultData{ static_cast<HRESULT>(") {
            let (value, rest) = rest
                .split_once("), ")
                .ok_or_else(|| format!("{location}: a Store HRESULT of an unknown shape"))?;
            let code =
                hex_u32(value).ok_or_else(|| format!("{location}: {value} is not a hex value"))?;
            let (key, _) = c_string(rest)
                .ok_or_else(|| format!("{location}: a Store HRESULT without its resource key"))?;
            report.note(STORE_CODE, &format!("0x{code:08X} ({key})"));
            store_codes += 1;
        }
    }
    Ok((texts, store_codes))
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "#pragma once\n#define APPINSTALLER_CLI_ERROR_FACILITY 0xA15\n\
        // A comment with #define in it\n\
        #define APPINSTALLER_CLI_ERROR_INTERNAL_ERROR        ((HRESULT)0x8A150001)\n\
        #define WINGET_INSTALLED_STATUS_ARP_ENTRY_FOUND      S_OK\n\
        #define WINGET_INSTALLED_STATUS_PARTIAL              ((HRESULT)0x0A150202)\n\
        #define APPINSTALLER_CLI_ERROR_SAME_AGAIN            ((HRESULT)0x8A150001)\n";
    const CPP: &str = "#define WINGET_HRESULT_INFO(_name_,_description_) HResultData{ _name_, #_name_, _description_ }\n\
        WINGET_HRESULT_INFO(APPINSTALLER_CLI_ERROR_INTERNAL_ERROR, \"Internal \\\"Error\\\"\"),\n\
        WINGET_HRESULT_INFO(WINGET_INSTALLED_STATUS_PARTIAL, \"Partly\"),\n\
        WINGET_HRESULT_INFO(APPINSTALLER_CLI_ERROR_SAME_AGAIN, \"Again\"),\n\
        HResultData{ static_cast<HRESULT>(0x803FB103), \"StoreInstall_Key\", \"Store text.\" },\n";
    const RESW: &str = "<root><!-- <data name=\"X\"><value>example</value></data> -->\n\
        <data name=\"APPINSTALLER_CLI_ERROR_INTERNAL_ERROR\" xml:space=\"preserve\">\n\
        <value>Internal \"Error\"</value></data>\n\
        <data name=\"WINGET_INSTALLED_STATUS_PARTIAL\"><value>Partly, see `winget settings`</value>\n\
        <comment>{Locked=\"winget settings\"}</comment></data>\n\
        <data name=\"APPINSTALLER_CLI_ERROR_SAME_AGAIN\"><value>Again</value></data></root>";

    fn source(name: &str, text: &str) -> (String, String) {
        (name.to_owned(), text.to_owned())
    }

    #[test]
    fn header_shapes() {
        let mut report = Report::default();
        let defines = header_defines(HEADER, "h", &mut report).unwrap();
        assert_eq!(
            defines,
            [
                (
                    4,
                    "APPINSTALLER_CLI_ERROR_INTERNAL_ERROR".to_owned(),
                    Some(0x8A15_0001)
                ),
                (
                    5,
                    "WINGET_INSTALLED_STATUS_ARP_ENTRY_FOUND".to_owned(),
                    None
                ),
                (
                    6,
                    "WINGET_INSTALLED_STATUS_PARTIAL".to_owned(),
                    Some(0x0A15_0202)
                ),
                (
                    7,
                    "APPINSTALLER_CLI_ERROR_SAME_AGAIN".to_owned(),
                    Some(0x8A15_0001)
                ),
            ]
        );
        assert_eq!(report.counts(), [(FACILITY_DEFINE, 1)]);
        let odd = HEADER.replace("((HRESULT)0x0A150202)", "(0x0A150202)");
        assert!(
            header_defines(&odd, "h", &mut report)
                .unwrap_err()
                .starts_with("h:6: WINGET_INSTALLED_STATUS_PARTIAL: expected")
        );
        let odd = HEADER.replace("0xA15\n", "0xA16\n");
        assert!(header_defines(&odd, "h", &mut report).is_err());
    }

    #[test]
    fn fallback_texts_and_store_codes() {
        let mut report = Report::default();
        let (texts, store_codes) = fallback_texts(CPP, "cpp", &mut report).unwrap();
        assert_eq!(
            texts["APPINSTALLER_CLI_ERROR_INTERNAL_ERROR"],
            "Internal \"Error\""
        );
        assert_eq!((texts.len(), store_codes), (3, 1));
        assert_eq!(
            report.irregularities[STORE_CODE],
            ["0x803FB103 (StoreInstall_Key)"]
        );
        let escaped = CPP.replace("\"Partly\"", "\"Part\\nly\"");
        assert_eq!(
            fallback_texts(&escaped, "cpp", &mut report).unwrap_err(),
            "cpp:3: WINGET_INSTALLED_STATUS_PARTIAL: a text that is not a plain C string literal"
        );
    }

    #[test]
    fn names_values_and_the_resource_texts() {
        let mut report = Report::default();
        let (header, cpp, resw) = (source("h", HEADER), source("cpp", CPP), source("r", RESW));
        let (entries, tally) = from_sources(&header, &cpp, &resw, &mut report).unwrap();
        let rows: Vec<(&str, u32, Option<&str>, &[String])> = entries
            .iter()
            .map(|e| {
                (
                    e.name.as_str(),
                    e.code,
                    e.message.as_deref(),
                    &e.aliases[..],
                )
            })
            .collect();
        let again = ["APPINSTALLER_CLI_ERROR_SAME_AGAIN".to_owned()];
        assert_eq!(
            rows,
            [
                (
                    "APPINSTALLER_CLI_ERROR_INTERNAL_ERROR",
                    0x8A15_0001,
                    Some("Internal \"Error\""),
                    &again[..]
                ),
                (
                    "WINGET_INSTALLED_STATUS_PARTIAL",
                    0x0A15_0202,
                    Some("Partly, see `winget settings`"),
                    &[][..]
                ),
            ]
        );
        assert_eq!(
            tally,
            Tally {
                names: 4,
                s_ok: 1,
                fallback: 3,
                store_codes: 1
            }
        );
        assert_eq!(
            report.references,
            [(
                "WINGET_INSTALLED_STATUS_ARP_ENTRY_FOUND".to_owned(),
                "S_OK".to_owned()
            )]
        );
        for kind in [TEXTS_DIFFER, BACKTICKS, SUCCESS_BIT_CLEAR] {
            assert_eq!(
                report.irregularities[kind],
                ["WINGET_INSTALLED_STATUS_PARTIAL"],
                "{kind}"
            );
        }
        assert_eq!(report.irregularities[SAME_VALUE].len(), 1);
        // A name without its resource string, or a text for no name, stops the reader.
        let missing = source(
            "r",
            &RESW.replace("SAME_AGAIN\"><value>", "OTHER\"><value>"),
        );
        let error = from_sources(&header, &cpp, &missing, &mut report).unwrap_err();
        assert_eq!(
            error,
            "h:7: APPINSTALLER_CLI_ERROR_SAME_AGAIN has no string in r"
        );
        let extra = source(
            "cpp",
            &format!("{CPP}WINGET_HRESULT_INFO(NOT_DEFINED, \"x\"),\n"),
        );
        let error = from_sources(&header, &extra, &resw, &mut report).unwrap_err();
        assert_eq!(error, "cpp: NOT_DEFINED is not #defined in h");
    }
}
