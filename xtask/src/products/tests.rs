//! The readers' shared helpers on small texts, and each reader on the real folder of
//! `../shared/data` (skipped with a note when it is absent): the README's counts and a few
//! entries checked by hand.

use std::path::PathBuf;

use win_errors_catalog::write::draft::EntryDraft;

use super::*;

/// Each entry as one line, `0x80040301 NAME: message` (`-` for none), with ` = ALIAS` for each
/// alias: short assertions of the readers' tests.
pub(super) fn lines(entries: &[EntryDraft]) -> Vec<String> {
    entries
        .iter()
        .map(|e| {
            let message = e.message.as_deref().unwrap_or("-");
            let aliases: String = e.aliases.iter().map(|a| format!(" = {a}")).collect();
            format!("0x{:08X} {}: {message}{aliases}", e.code, e.name)
        })
        .collect()
}

/// Each case `from => to => error`: reading `text` with `from` replaced by `to` (once) fails
/// with an error starting with `error`.
pub(super) fn assert_fails<T>(
    text: &str,
    cases: &[&str],
    read: impl Fn(&str) -> Result<T, String>,
) {
    for case in cases {
        let parts: Vec<&str> = case.split(" => ").collect();
        let [from, to, error] = parts[..] else {
            panic!("not a case: {case}");
        };
        assert!(text.contains(from), "{case}: `{from}` is not in the text");
        let found = read(&text.replacen(from, to, 1)).err().unwrap_or_default();
        assert!(found.starts_with(error), "{case}: {found}");
    }
}

/// A source as the readers take it: (path, text).
pub(super) fn source(name: &str, text: &str) -> (String, String) {
    (name.to_owned(), text.to_owned())
}

/// The product folder `name` of the shared data, or `None` (with a note) when it is absent.
fn data_folder(name: &str) -> Option<PathBuf> {
    let dir = crate::workspace_root().join("../shared/data").join(name);
    if dir.is_dir() {
        return Some(dir);
    }
    println!("skipped: {} is absent", dir.display());
    None
}

#[test]
fn xml_comments_are_blanked_in_place() {
    let text = "a<!-- x\n<data name=\"N\"> -->b\n<!-- y -->";
    let (blanked, comments) = blank_xml_comments(text, "f").unwrap();
    assert_eq!(blanked.len(), text.len());
    assert_eq!(blanked.lines().count(), 3);
    assert!(!blanked.contains("data") && blanked.starts_with('a'));
    assert_eq!(comments.len(), 2);
    assert_eq!(comments[1].0, 3);
    assert!(
        blank_xml_comments("a <!-- b", "f")
            .unwrap_err()
            .starts_with("f:1:")
    );
}

#[test]
fn escapes_and_elements() {
    assert_eq!(
        decode_xml("a &lt;=&gt; b &amp;&quot;").unwrap(),
        "a <=> b &\""
    );
    assert!(decode_xml("&nbsp;").is_err());
    let text = "<x>\n<data name=\"A\" xml:space=\"preserve\">\n<value>one\ntwo &lt;x&gt;</value>\n<comment>c</comment>\n</data>\n<dataset/>";
    let strings = resw_strings(text, "r.resw").unwrap();
    let a = &strings["A"];
    assert_eq!((a.line, a.value.as_str()), (2, "one\ntwo <x>"));
    let twice = format!("{text}\n<data name=\"A\"><value>b</value></data>");
    assert_eq!(
        resw_strings(&twice, "r.resw").unwrap_err(),
        "r.resw:8: the key A is given twice"
    );
    let no_value = "<data name=\"B\"><comment>c</comment></data>";
    assert!(resw_strings(no_value, "r.resw").is_err());
    let two_values = "<data name=\"B\"><value>a</value><value>b</value></data>";
    assert!(resw_strings(two_values, "r.resw").is_err());
    assert!(resw_strings("<data name=\"C\"/>", "r.resw").is_err());
    assert!(resw_strings("<data name=\"C\"><value>x</value>", "r.resw").is_err());
    assert_eq!(attribute(" a=\"1\" name = 'N' ", "name"), Some("N"));
    assert_eq!(attribute(" xname=\"1\"", "name"), None);
    assert_eq!(
        c_string("\"a\\\\b \\\"c\\\"\"),"),
        Some(("a\\b \"c\"".to_owned(), "),"))
    );
    assert_eq!(c_string("\"a\\n\""), None);
    assert_eq!(code_only("f(L\"{\\\"\", '}'); // {"), "f(L\"\", ''); ");
    assert_eq!(hex_u32("0X8007000D"), Some(0x8007_000D));
    assert_eq!(hex_u32("0x131106"), Some(0x0013_1106));
    assert_eq!(hex_u32("0x123456789"), None);
    assert_eq!(hex_u32("8007000D"), None);
    assert!(
        expect_count("f", "rows", 2, 3)
            .unwrap_err()
            .contains("README says 3")
    );
}

#[test]
fn winget_folder() {
    let Some(dir) = data_folder("winget") else {
        return;
    };
    let mut report = Report::default();
    let entries = winget::read(&dir, &mut report).unwrap();
    assert_eq!(entries.len(), winget::VALUES);
    assert!(
        entries
            .iter()
            .all(|e| e.message.is_some() && e.aliases.is_empty())
    );
    assert!(
        entries
            .iter()
            .all(|e| e.family.as_deref() == Some(winget::FAMILY))
    );
    let shellexec = entries.iter().find(|e| e.code == 0x8A15_0006).unwrap();
    assert_eq!(
        shellexec.name,
        "APPINSTALLER_CLI_ERROR_SHELLEXEC_INSTALL_FAILED"
    );
    assert_eq!(
        shellexec.message.as_deref(),
        Some("Running ShellExecute failed")
    );
    let partial = entries.iter().find(|e| e.code == 0x0A15_0202).unwrap();
    assert_eq!(
        partial.name,
        "WINGET_INSTALLED_STATUS_INSTALL_LOCATION_NOT_APPLICABLE"
    );
    let counts = report.counts();
    for (kind, count) in [
        (winget::TEXTS_DIFFER, 4),
        (winget::S_OK_NAME, 3),
        (winget::SUCCESS_BIT_CLEAR, 2),
        (winget::STORE_CODE, 3),
        (winget::FACILITY_DEFINE, 1),
        (winget::BACKTICKS, 1),
    ] {
        assert!(counts.contains(&(kind, count)), "{kind}: {counts:?}");
    }
    assert!(report.references.iter().all(|(_, other)| other == "S_OK"));
    assert_eq!(report.references.len(), winget::S_OK_NAMES);
}

#[test]
fn wsl_folder() {
    let Some(dir) = data_folder("wsl") else {
        return;
    };
    let mut report = Report::default();
    let entries = wsl::read(&dir, &mut report).unwrap();
    assert_eq!(entries.len(), wsl::WSL_E_NAMES + wsl::WSLC_E_NAMES);
    assert!(
        entries
            .iter()
            .all(|e| e.family.as_deref() == Some(wsl::FAMILY) && e.aliases.is_empty())
    );
    let by_code = |code| entries.iter().find(|e| e.code == code).unwrap();
    let tar = by_code(0x8004_0326);
    assert_eq!(tar.name, "WSL_E_NOT_A_LINUX_DISTRO");
    assert_eq!(
        tar.message.as_deref(),
        Some("The imported file is not a valid Linux distribution.")
    );
    let no_default = by_code(0x8004_0301);
    assert_eq!(no_default.name, "WSL_E_DEFAULT_DISTRO_NOT_FOUND");
    assert!(
        no_default
            .message
            .as_deref()
            .unwrap()
            .contains("\nUse 'wsl.exe --list --online'")
    );
    assert_eq!(by_code(0x8004_032A).name, "WSL_E_PLUGIN_REQUIRES_UPDATE");
    assert_eq!(by_code(0x8004_032A).message, None);
    assert_eq!(by_code(0x8004_0309).message, None);
    assert_eq!(by_code(0x8004_0610).name, "WSLC_E_VM_NOT_RUNNING");
    assert_eq!(
        by_code(0x8004_0324).message.as_deref(),
        Some("The VmSwitch '{}' was not found. Available switches: {}")
    );
    let counts = report.counts();
    for (kind, count) in [
        (wsl::NO_CASE, 10 + 15),
        (wsl::SEVERAL_TEXTS, 1),
        (wsl::OTHER_CASE, 2),
        (wsl::DEFINED_TWICE, 1),
        (wsl::RESERVED_COMMENT, 1),
        (wsl::INSERTS, 6),
        (wsl::EMPTY_INSERT, 3),
        (wsl::PREPENDED, 2),
    ] {
        assert!(counts.contains(&(kind, count)), "{kind}: {counts:?}");
    }
}

#[test]
fn dotnet_folder() {
    let Some(dir) = data_folder("dotnet") else {
        return;
    };
    let mut report = Report::default();
    let entries = dotnet::read(&dir, &mut report).unwrap();
    assert_eq!(entries.len(), dotnet::HEX_VALUES + dotnet::TYPEDEF_VALUES);
    assert!(
        entries
            .iter()
            .all(|e| e.family.as_deref() == Some(dotnet::FAMILY) && e.aliases.is_empty())
    );
    let with_message = entries.iter().filter(|e| e.message.is_some()).count();
    // Every element has its <Message> or not; the 11 given by name have none.
    assert_eq!(with_message, dotnet::MESSAGES);
    let by_code = |code| entries.iter().find(|e| e.code == code).unwrap();
    let fusion = by_code(0x8013_1040);
    assert_eq!(fusion.name, "FUSION_E_REF_DEF_MISMATCH");
    assert_eq!(
        fusion.message.as_deref(),
        Some("The located assembly's manifest definition does not match the assembly reference.")
    );
    assert_eq!(by_code(0x8000_211D).name, "COR_E_AMBIGUOUSMATCH");
    assert_eq!(by_code(0x0013_1106).name, "CLDB_S_TRUNCATION");
    assert!(entries.iter().any(|e| e.name == "COR_E_Data"));
    assert!(
        !entries
            .iter()
            .any(|e| e.name == "CORPROF_E_RUNTIME_SUSPEND_REQUIRED")
    );
    assert_eq!(report.references.len(), dotnet::NAMED_VALUES);
    for (name, other) in [
        ("COR_E_ARGUMENT", "E_INVALIDARG"),
        ("COR_E_FILENOTFOUND", "ERROR_FILE_NOT_FOUND"),
    ] {
        assert!(
            report
                .references
                .contains(&(name.to_owned(), other.to_owned()))
        );
    }
    let counts = report.counts();
    for (kind, count) in [
        (dotnet::NO_MESSAGE, 67 - dotnet::NAMED_VALUES),
        (dotnet::IN_COMMENT, 1),
        (dotnet::SHORT_HEX, 9),
        (dotnet::MIXED_CASE, 1),
        (dotnet::XML_ESCAPES, 1),
        (dotnet::TYPEDEF_VALUE, 4),
        (dotnet::REFERENCE, 5),
        (dotnet::WIN32_REFERENCE, 6),
    ] {
        assert!(counts.contains(&(kind, count)), "{kind}: {counts:?}");
    }
    let mut report = Report::default();
    let exceptions = dotnet::read_exception_codes(&dir, &mut report).unwrap();
    let complus = exceptions.iter().find(|e| e.code == 0xE043_4352).unwrap();
    assert_eq!(
        (
            complus.name.as_str(),
            complus.family.as_deref(),
            complus.message.as_deref()
        ),
        ("EXCEPTION_COMPLUS", Some(dotnet::FAMILY), None)
    );
    let msvc = exceptions.iter().find(|e| e.code == 0xE06D_7363).unwrap();
    assert_eq!(
        (msvc.name.as_str(), msvc.family.as_deref()),
        ("EXCEPTION_MSVC", Some(dotnet::MSVC_FAMILY))
    );
    assert_eq!(
        report.irregularities[dotnet::DEBUG_ONLY],
        ["EXCEPTION_INTERNAL_ASSERT"]
    );
}

#[test]
fn windows_update_folder() {
    let Some(dir) = data_folder("itpro-docs") else {
        return;
    };
    let mut report = Report::default();
    let entries = windows_update::read(&dir, &mut report).unwrap();
    assert_eq!(entries.len(), windows_update::REFERENCE_CODES);
    assert!(
        entries
            .iter()
            .all(|e| e.family.as_deref() == Some(windows_update::FAMILY))
    );
    assert!(
        entries
            .iter()
            .all(|e| e.aliases.is_empty() && e.message.is_some())
    );
    let by_code = |code| entries.iter().find(|e| e.code == code).unwrap();
    let bits = by_code(0x8024_6008);
    assert_eq!(bits.name, "WU_E_DM_FAILTOCONNECTTOBITS");
    assert_eq!(
        bits.message.as_deref(),
        Some(
            "A download manager operation failed because the download manager was unable to connect the Background Intelligent Transfer Service (BITS)."
        )
    );
    assert_eq!(by_code(0x8024_4008).name, "WU_E_PT_SOAPCLIENT_PARSEFAULT");
    assert_eq!(
        by_code(0x8024_4010).name,
        "WU_E_PT_EXCEEDED_MAX_SERVER_TRIPS"
    );
    assert_eq!(
        by_code(0x8024_3FFF).message.as_deref(),
        Some("There was a user interface error not covered by another WU_E_AUCLIENT_* error code.")
    );
    assert!(
        entries
            .iter()
            .all(|e| !e.message.as_deref().unwrap().contains(['`', '|', '\\']))
    );
    let counts = report.counts();
    for (kind, count) in [
        (windows_update::REPEATED_ROW, 1),
        (windows_update::NO_CLOSING_PIPE, windows_update::OPEN_ROWS),
        (windows_update::SAME_TEXT, 4),
        (windows_update::STATUS_MISMATCH, 2),
        (windows_update::OTHER_TABLE, 1),
    ] {
        assert!(counts.contains(&(kind, count)), "{kind}: {counts:?}");
    }
    let mut report = Report::default();
    let common = windows_update::common_errors(&dir, &mut report).unwrap();
    assert_eq!(common.len(), windows_update::COMMON_CODES);
    assert!(common.iter().all(|c| c.sections.remedies.len() == 1));
    // The codes the two pages share have the same name on both.
    let shared: Vec<&str> = common
        .iter()
        .filter_map(|c| Some((c, entries.iter().find(|e| e.code == c.code)?)))
        .map(|(c, e)| {
            assert_eq!(c.name.as_deref(), Some(e.name.as_str()));
            e.name.as_str()
        })
        .collect();
    assert_eq!(shared.len(), 8, "{shared:?}");
    let find = |code| common.iter().find(|c| c.code == code).unwrap();
    assert_eq!(
        find(0x8007_000D).name.as_deref(),
        Some("ERROR_INVALID_DATA")
    );
    assert_eq!(find(0x80D0_2002).name, None);
    assert_eq!(find(0x8007_0422).name, None);
    assert_eq!(find(0x8020_0053).sections.meaning, None);
    assert!(find(0x8007_2EE2).sections.remedies[0].contains("\nhttp://*.update.microsoft.com\n"));
    let counts = report.counts();
    for (kind, count) in [
        (windows_update::GROUP_LABEL, 1),
        (windows_update::SEVERAL_CODES, 1),
        (windows_update::CAPITAL_X, 1),
        (windows_update::NA, 1),
        (windows_update::NO_NAME, 1),
        (windows_update::WILDCARD_AS_EMPHASIS, 1),
    ] {
        assert!(counts.contains(&(kind, count)), "{kind}: {counts:?}");
    }
}
