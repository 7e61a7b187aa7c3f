//! Reader of WSL's HRESULTs (microsoft/WSL, MIT): the `WSL_E_*` and `WSLC_E_*` names and values
//! of `wslservice.idl`, `WslPluginApi.h` and `wslc.idl`, with the English message of each code
//! that `wslutil.cpp`'s `GetErrorString` maps to one `Resources.resw` string.
//!
//! A code `GetErrorString` has no case for gets no message (WSL shows the system's text or
//! the code). `WSL_E_INVALID_USAGE` maps to one of three usage texts, by the program that
//! runs: no one message, so none. Messages keep their line breaks and their `{}` inserts as the
//! resource writes them: `{}` is WSL's positional insert (filled in order by its
//! `Localization` functions), which is certain, but some call sites fill it with an empty
//! string, so it is left as written rather than turned into `%1`.

use std::collections::BTreeMap;
use std::path::Path;

use win_errors_catalog::write::draft::EntryDraft;

use super::{code_only, expect_count, hex_u32, read_source, resw_strings};
use crate::com_pages::add_or_alias;
use crate::pages::Report;

/// The family of every entry.
pub const FAMILY: &str = "WSL";

/// The files that define names, in the order read.
pub const DEFINING_FILES: [&str; 3] = ["wslservice.idl", "WslPluginApi.h", "wslc.idl"];
/// `WSL_E_*` names, each with its own value (README).
pub const WSL_E_NAMES: usize = 46;
/// `WSLC_E_*` names, each with its own value (README).
pub const WSLC_E_NAMES: usize = 16;
/// `GetErrorString`'s cases: 36 `WSL_E`, `WSLC_E_CONTAINER_DISABLED` and 2 system codes.
pub const CASES: usize = 39;
/// `WSL_E_*` codes with one message: the 36 cases less `WSL_E_INVALID_USAGE`'s usage texts.
pub const WSL_E_MESSAGES: usize = 35;
/// `WSLC_E_*` codes with a message (`WSLC_E_CONTAINER_DISABLED`).
pub const WSLC_E_MESSAGES: usize = 1;

/// A name both `wslc.idl` and `WslPluginApi.h` define, with one value: one entry.
pub const DEFINED_TWICE: &str = "names #defined twice with one value (one entry)";
/// `WslPluginApi.h` writes no `/* 0x... */` comment: the value is computed as for the others.
pub const NO_VALUE_COMMENT: &str = "#defines without a /* 0x... */ value comment (computed)";
/// `wslservice.idl` reserves 0x8004032A for a name `WslPluginApi.h` defines: checked to agree.
pub const RESERVED_COMMENT: &str = "values reserved in a comment (checked against the #define)";
/// WSL shows the system's text or the code for these, usually beside a message of its own.
pub const NO_CASE: &str = "codes GetErrorString has no case for (no message)";
/// `WSL_E_INVALID_USAGE` gives the usage text of wsl, wslg or wslconfig: not one message.
pub const SEVERAL_TEXTS: &str = "cases whose text depends on the program (no message)";
/// `E_ILLEGAL_STATE_CHANGE` and `HCS_E_HYPERV_NOT_INSTALLED` belong to other families.
pub const OTHER_CASE: &str = "GetErrorString cases of system codes (left out)";
/// `{}` is WSL's positional insert, filled in order at run time.
pub const INSERTS: &str = "messages with {} inserts (kept as written)";
/// Some call sites pass an empty string for an insert; the resource's `{}` is kept.
pub const EMPTY_INSERT: &str = "cases that fill an insert with \"\" (the {} kept)";
/// Line breaks are part of WSL's messages (their hints on what to run).
pub const MULTI_LINE: &str = "messages of several lines (line breaks kept)";
/// With Admin Protection on, WSL puts a paragraph about it before these messages.
pub const PREPENDED: &str = "messages WSL may prefix with a paragraph (kept without it)";
/// Two names of one value: the first names the entry, the others are its aliases.
pub const SAME_VALUE: &str = "names of an earlier name's value (kept as its aliases)";

/// One `case` group of `GetErrorString`: its labels and the resource keys of its body.
#[derive(Debug, Default, PartialEq, Eq)]
struct Case {
    line: usize,
    names: Vec<String>,
    keys: Vec<String>,
    empty_insert: bool,
    prepended: bool,
}

/// Every `WSL_E_*` and `WSLC_E_*` name and value, with the messages `GetErrorString` gives.
pub fn read(dir: &Path, report: &mut Report) -> Result<Vec<EntryDraft>, String> {
    let defining = DEFINING_FILES
        .iter()
        .map(|name| read_source(dir, name))
        .collect::<Result<Vec<_>, _>>()?;
    let cpp = read_source(dir, "wslutil.cpp")?;
    let resw = read_source(dir, "Resources.resw")?;
    let (entries, cases) = from_sources(&defining, &cpp, &resw, report)?;
    // Names by prefix, or those with a message.
    let n = |prefix: &str, with_message: bool| {
        let counted = |e: &&EntryDraft| !with_message || e.message.is_some();
        entries
            .iter()
            .filter(|e| e.name.starts_with(prefix))
            .filter(counted)
            .count()
    };
    let (idl, c) = (DEFINING_FILES.join(", "), &cpp.0);
    expect_count(&idl, "WSL_E names", n("WSL_E_", false), WSL_E_NAMES)?;
    expect_count(&idl, "WSLC_E names", n("WSLC_E_", false), WSLC_E_NAMES)?;
    expect_count(c, "GetErrorString cases", cases, CASES)?;
    expect_count(c, "WSL_E messages", n("WSL_E_", true), WSL_E_MESSAGES)?;
    expect_count(c, "WSLC_E messages", n("WSLC_E_", true), WSLC_E_MESSAGES)?;
    Ok(entries)
}

/// The entries of the sources, each given as (path, text), and the number of case labels of
/// `GetErrorString`.
fn from_sources(
    defining: &[(String, String)],
    (cpp_file, cpp): &(String, String),
    (resw_file, resw): &(String, String),
    report: &mut Report,
) -> Result<(Vec<EntryDraft>, usize), String> {
    let (mut defines, mut reserved) = (Vec::<(String, u32, String)>::new(), Vec::new());
    for (file, text) in defining {
        for (location, name, code) in file_defines(text, file, &mut reserved, report)? {
            match defines.iter().find(|(known, _, _)| *known == name) {
                Some((_, known, _)) if *known == code => report.note(DEFINED_TWICE, &name),
                Some((_, known, at)) => {
                    return Err(format!(
                        "{location}: {name} is 0x{code:08X} here and 0x{known:08X} at {at}"
                    ));
                }
                None => defines.push((name, code, location)),
            }
        }
    }
    for (location, code, name) in reserved {
        if !defines.iter().any(|(n, c, _)| *n == name && *c == code) {
            return Err(format!(
                "{location}: 0x{code:08X} is reserved for {name}, which no file #defines so"
            ));
        }
    }
    let resources = resw_strings(resw, resw_file)?;
    let cases = error_string_cases(cpp, cpp_file)?;
    let mut messages: BTreeMap<&str, Option<String>> = BTreeMap::new();
    for case in &cases {
        let location = format!("{cpp_file}:{}", case.line);
        let message = match case.keys.as_slice() {
            [key] => {
                let text = resources
                    .get(key)
                    .ok_or_else(|| format!("{location}: {key} is not a string of {resw_file}"))?;
                Some(text.value.trim().to_owned())
            }
            [] => return Err(format!("{location}: a case without a Localization text")),
            _ => None,
        };
        for name in &case.names {
            if !defines.iter().any(|(n, _, _)| n == name) {
                if name.starts_with("WSL_E_") || name.starts_with("WSLC_E_") {
                    return Err(format!("{location}: {name} is #defined in no file read"));
                }
                report.note(OTHER_CASE, &format!("{name} ({})", case.keys.join(", ")));
                continue;
            }
            if messages.insert(name, message.clone()).is_some() {
                return Err(format!("{location}: a second case for {name}"));
            }
            let Some(message) = &message else {
                report.note(SEVERAL_TEXTS, name);
                continue;
            };
            for (kind, met) in [
                (INSERTS, message.contains("{}")),
                (MULTI_LINE, message.contains('\n')),
                (EMPTY_INSERT, case.empty_insert),
                (PREPENDED, case.prepended),
            ] {
                if met {
                    report.note(kind, name);
                }
            }
        }
    }
    let mut entries = Vec::new();
    for (name, code, _) in defines {
        let message = messages.get(name.as_str()).cloned().unwrap_or_else(|| {
            report.note(NO_CASE, &name);
            None
        });
        let entry = EntryDraft {
            name,
            code,
            message,
            family: Some(FAMILY.to_owned()),
            ..Default::default()
        };
        add_or_alias(&mut entries, entry, report, SAME_VALUE);
    }
    Ok((entries, cases.iter().map(|c| c.names.len()).sum()))
}

/// The `WSL_E_*`/`WSLC_E_*` `#define`s of one file (in `cpp_quote("...")` or not): each one's
/// location, name and value. The `_BASE` defines are read as the bases the others add to; a
/// comment reserving a value is added to `reserved` as (location, value, name).
fn file_defines(
    text: &str,
    file: &str,
    reserved: &mut Vec<(String, u32, String)>,
    report: &mut Report,
) -> Result<Vec<(String, String, u32)>, String> {
    let mut bases: BTreeMap<&str, u32> = BTreeMap::new();
    let mut defines = Vec::new();
    for (number, raw) in text.lines().enumerate() {
        let location = format!("{file}:{}", number + 1);
        let line = raw.trim();
        let line = match line.strip_prefix("cpp_quote(\"") {
            // A few end with a `//` comment after the quote.
            Some(quoted) => match quoted.rsplit_once("\")") {
                Some((quoted, rest)) if rest.is_empty() || rest.trim_start().starts_with("//") => {
                    quoted
                }
                _ => return Err(format!("{location}: a cpp_quote of an unknown shape")),
            },
            None => line,
        };
        if let Some(comment) = line.strip_prefix("/* ") {
            if let Some((value, name)) = comment.split_once(" is in use for ") {
                let code = hex_u32(value)
                    .ok_or_else(|| format!("{location}: a reserved value that is no hex value"))?;
                let name = name.trim_end_matches("*/").trim();
                report.note(RESERVED_COMMENT, name);
                reserved.push((location, code, name.to_owned()));
            }
            continue;
        }
        let Some(define) = line.strip_prefix("#define ") else {
            continue;
        };
        let (name, value) = define.split_once(' ').unwrap_or((define, ""));
        if !name.starts_with("WSL_E_") && !name.starts_with("WSLC_E_") {
            continue;
        }
        let value = value.trim();
        if let Some(base) = name.strip_suffix("_BASE") {
            let code = value
                .strip_prefix('(')
                .and_then(|v| v.strip_suffix(')'))
                .and_then(hex_u32)
                .ok_or_else(|| format!("{location}: {name}: expected (0x....), found {value}"))?;
            bases.insert(base, code);
            continue;
        }
        let (expression, comment) = match value.split_once(" /* ") {
            Some((expression, comment)) => (expression, Some(comment)),
            None => (value, None),
        };
        let unknown = || format!("{location}: {name}: a value of an unknown shape: {value}");
        let offset = expression
            .strip_prefix("MAKE_HRESULT(SEVERITY_ERROR, FACILITY_ITF, ")
            .and_then(|v| v.strip_suffix(')'))
            .ok_or_else(unknown)?;
        let offset = match offset.split_once(" + ") {
            Some((base, n)) => {
                let base = base
                    .strip_suffix("_BASE")
                    .and_then(|b| bases.get(b))
                    .ok_or_else(|| format!("{location}: {name}: {base} is not #defined before"))?;
                let n = hex_u32(n).or_else(|| n.parse().ok()).ok_or_else(unknown)?;
                base.checked_add(n).ok_or_else(unknown)?
            }
            None => hex_u32(offset).ok_or_else(unknown)?,
        };
        if offset > 0xFFFF {
            return Err(unknown());
        }
        let code = 0x8004_0000 | offset;
        match comment.map(|c| c.trim_end_matches("*/").trim()) {
            Some(written) if hex_u32(written) == Some(code) => {}
            Some(written) => {
                return Err(format!(
                    "{location}: {name} is 0x{code:08X}, its comment says {written}"
                ));
            }
            None => report.note(NO_VALUE_COMMENT, name),
        }
        defines.push((location, name.to_owned(), code));
    }
    Ok(defines)
}

/// The cases of `GetErrorString(HRESULT)`'s `switch`, each with the `Localization` keys of its
/// body. Anything but `case NAME:` labels and statements (a `default:`, say) is an error.
fn error_string_cases(text: &str, file: &str) -> Result<Vec<Case>, String> {
    let lines: Vec<&str> = text.lines().collect();
    let start = lines
        .iter()
        .position(|l| {
            l.starts_with("std::wstring wsl::windows::common::wslutil::GetErrorString(HRESULT")
        })
        .ok_or_else(|| format!("{file}: no GetErrorString(HRESULT) definition"))?;
    let switch = lines
        .iter()
        .skip(start)
        .position(|l| l.trim() == "switch (result)")
        .map(|at| start + at)
        .ok_or_else(|| format!("{file}:{}: no switch (result)", start + 1))?;
    let mut cases: Vec<Case> = Vec::new();
    let mut depth = 0usize;
    let mut body_seen = false;
    for (at, line) in lines.iter().enumerate().skip(switch + 1) {
        let number = at + 1;
        let code = code_only(line);
        let trimmed = code.trim();
        if let Some(label) = trimmed.strip_prefix("case ") {
            let name = label
                .strip_suffix(':')
                .filter(|n| win_errors_catalog::names::is_symbolic_name(n))
                .ok_or_else(|| format!("{file}:{number}: a case of an unknown shape: {trimmed}"))?;
            match cases.last_mut() {
                // Labels that follow one another share the body after them.
                Some(case) if !body_seen => case.names.push(name.to_owned()),
                _ => cases.push(Case {
                    line: number,
                    names: vec![name.to_owned()],
                    ..Case::default()
                }),
            }
            body_seen = false;
            continue;
        }
        if trimmed.starts_with("default") {
            return Err(format!("{file}:{number}: a default: label"));
        }
        for c in trimmed.chars() {
            match c {
                '{' => depth += 1,
                '}' => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
        if depth == 0 && trimmed.contains('}') {
            return Ok(cases); // the end of the switch
        }
        if trimmed.is_empty() || trimmed == "{" {
            continue;
        }
        let Some(case) = cases.last_mut() else {
            return Err(format!("{file}:{number}: code before a case"));
        };
        body_seen = true;
        let mut rest = *line;
        while let Some((_, after)) = rest.split_once("Localization::") {
            let key: String = after
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            if !after.get(key.len()..).is_some_and(|a| a.starts_with('(')) {
                return Err(format!("{file}:{number}: a Localization:: use"));
            }
            if !case.keys.contains(&key) {
                case.keys.push(key);
            }
            rest = after;
        }
        case.empty_insert |= line.contains("L\"\"");
        case.prepended |= trimmed.starts_with("errorString =");
    }
    Err(format!("{file}: the switch of GetErrorString never ends"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::products::tests::{assert_fails, lines, source};

    const SERVICE_IDL: &str = r##"
cpp_quote("#define WSL_E_BASE (0x0300)")
cpp_quote("#define WSL_E_DEFAULT_DISTRO_NOT_FOUND MAKE_HRESULT(SEVERITY_ERROR, FACILITY_ITF, WSL_E_BASE + 1) /* 0x80040301 */")
cpp_quote("#define WSL_E_INVALID_USAGE MAKE_HRESULT(SEVERITY_ERROR, FACILITY_ITF, WSL_E_BASE + 9) /* 0x80040309 */")
cpp_quote("#define WSL_E_DISK_MOUNT_FAILED MAKE_HRESULT(SEVERITY_ERROR, FACILITY_ITF, WSL_E_BASE + 0x1A) /* 0x8004031A */")
cpp_quote("#define WSL_E_VMSWITCH_NOT_FOUND MAKE_HRESULT(SEVERITY_ERROR, FACILITY_ITF, WSL_E_BASE + 0x24) /* 0x80040324 */")
cpp_quote("/* 0x8004032A is in use for WSL_E_PLUGIN_REQUIRES_UPDATE */")
"##;
    const PLUGIN_H: &str = "#define WSL_E_PLUGIN_REQUIRES_UPDATE MAKE_HRESULT(SEVERITY_ERROR, FACILITY_ITF, 0x032A)\n\
        #ifndef WSLC_E_VM_NOT_RUNNING\n\
        #define WSLC_E_VM_NOT_RUNNING MAKE_HRESULT(SEVERITY_ERROR, FACILITY_ITF, 0x0610)\n\
        // fails with WSLC_E_VM_NOT_RUNNING\n";
    const WSLC_IDL: &str = r##"#define WSLC_EPHEMERAL_PORT 0
cpp_quote("#define WSLC_E_BASE (0x0600)")
cpp_quote("#define WSLC_E_CONTAINER_DISABLED MAKE_HRESULT(SEVERITY_ERROR, FACILITY_ITF, WSLC_E_BASE + 12) /* 0x8004060C */")
cpp_quote("#define WSLC_E_VM_NOT_RUNNING MAKE_HRESULT(SEVERITY_ERROR, FACILITY_ITF, WSLC_E_BASE + 16) /* 0x80040610 */")
"##;
    const CPP: &str = r#"
std::wstring wsl::windows::common::wslutil::GetErrorString(HRESULT result)
{
    switch (result)
    {
    case E_ILLEGAL_STATE_CHANGE:
        return Localization::MessageInvalidState();
    case WSL_E_DEFAULT_DISTRO_NOT_FOUND:
        errorString = Localization::MessageNoDefaultDistro();
        break;
    case WSL_E_VMSWITCH_NOT_FOUND:
        kbUrl = std::format(L"[Unexpected {}]", 1); // a } in a comment
        return Localization::MessageVmSwitchNotFound(L"", L"");
    case WSLC_E_CONTAINER_DISABLED:
        return Localization::MessageWSLContainerDisabled();
    case WSL_E_INVALID_USAGE:
    {
        if (x)
        {
            return wsl::shared::Localization::MessageWslUsage();
        }
        return wsl::shared::Localization::MessageWslgUsage();
    }
    }
    auto message = Localization::MessageAdminProtectionEnabled();
}
"#;
    const RESW: &str = r#"<root>
  <!-- <data name="Name1"><value>this is my long string</value></data> -->
  <data name="MessageInvalidState" xml:space="preserve"><value>In progress.</value></data>
  <data name="MessageNoDefaultDistro" xml:space="preserve">
    <value>No distributions.
Use 'wsl.exe --install &lt;Distro&gt;' to install.</value>
    <comment>{Locked="--install "}</comment>
  </data>
  <data name = "MessageVmSwitchNotFound" xml:space = "preserve" >
    <value>The VmSwitch '{}' was not found. Available switches: {}</value></data>
  <data name="MessageWSLContainerDisabled"><value>WSL container is disabled.</value></data>
</root>"#;

    #[test]
    fn every_shape_of_the_files() {
        let (mut report, mut reserved) = (Report::default(), Vec::new());
        let defines = file_defines(SERVICE_IDL, "s", &mut reserved, &mut report).unwrap();
        let codes: Vec<u32> = defines.iter().map(|d| d.2).collect();
        assert_eq!(codes, [0x8004_0301, 0x8004_0309, 0x8004_031A, 0x8004_0324]);
        let plugin = "WSL_E_PLUGIN_REQUIRES_UPDATE".to_owned();
        assert_eq!(reserved, [("s:7".to_owned(), 0x8004_032A, plugin)]);
        let cases = [
            "0x80040309 */ => 0x8004030 */ => s:4: WSL_E_INVALID_USAGE is 0x80040309, its comment",
            "(SEVERITY_ERROR => (SEVERITY_SUCCESS => s:3: WSL_E_DEFAULT_DISTRO_NOT_FOUND: a value",
            "0x80040301 */\") => 0x80040301 */ => s:3: a cpp_quote of an unknown shape",
            "WSL_E_BASE + 9 => WSLX_E_BASE + 9 => s:4: WSL_E_INVALID_USAGE: WSLX_E_BASE is not",
        ];
        assert_fails(SERVICE_IDL, &cases, |text| {
            file_defines(text, "s", &mut Vec::new(), &mut Report::default())
        });
        let cases = error_string_cases(CPP, "u").unwrap();
        assert_eq!(cases.len(), 5);
        assert_eq!(cases[4].keys, ["MessageWslUsage", "MessageWslgUsage"]);
        assert!(cases[1].prepended && cases[2].empty_insert && !cases[3].empty_insert);
        let cases = [
            "case WSLC_E_CONTAINER_DISABLED: => default: => u:14: a default: label",
            "    }\n    }\n =>  => u: the switch of GetErrorString never ends",
            "case WSL_E_INVALID_USAGE: => case 5: => u:16: a case of an unknown shape",
            "switch (result) => switch (hr) => u:2: no switch (result)",
        ];
        assert_fails(CPP, &cases, |text| error_string_cases(text, "u"));
    }

    #[test]
    fn entries_with_their_messages_or_none() {
        let defining =
            [("s", SERVICE_IDL), ("p", PLUGIN_H), ("c", WSLC_IDL)].map(|(n, t)| source(n, t));
        let (cpp, resw) = (source("u", CPP), source("r", RESW));
        let mut report = Report::default();
        let (entries, cases) = from_sources(&defining, &cpp, &resw, &mut report).unwrap();
        assert_eq!(cases, 5);
        assert_eq!(
            lines(&entries),
            [
                "0x80040301 WSL_E_DEFAULT_DISTRO_NOT_FOUND: No distributions.\nUse 'wsl.exe --install <Distro>' to install.",
                "0x80040309 WSL_E_INVALID_USAGE: -",
                "0x8004031A WSL_E_DISK_MOUNT_FAILED: -",
                "0x80040324 WSL_E_VMSWITCH_NOT_FOUND: The VmSwitch '{}' was not found. Available switches: {}",
                "0x8004032A WSL_E_PLUGIN_REQUIRES_UPDATE: -",
                "0x80040610 WSLC_E_VM_NOT_RUNNING: -",
                "0x8004060C WSLC_E_CONTAINER_DISABLED: WSL container is disabled.",
            ]
        );
        assert!(entries.iter().all(|e| e.family.as_deref() == Some(FAMILY)));
        let no_case = "WSL_E_DISK_MOUNT_FAILED WSL_E_PLUGIN_REQUIRES_UPDATE WSLC_E_VM_NOT_RUNNING";
        for (kind, names) in [
            (NO_CASE, no_case),
            (SEVERAL_TEXTS, "WSL_E_INVALID_USAGE"),
            (OTHER_CASE, "E_ILLEGAL_STATE_CHANGE (MessageInvalidState)"),
            (DEFINED_TWICE, "WSLC_E_VM_NOT_RUNNING"),
            (EMPTY_INSERT, "WSL_E_VMSWITCH_NOT_FOUND"),
            (PREPENDED, "WSL_E_DEFAULT_DISTRO_NOT_FOUND"),
            (MULTI_LINE, "WSL_E_DEFAULT_DISTRO_NOT_FOUND"),
        ] {
            assert_eq!(report.irregularities[kind].join(" "), names, "{kind}");
        }
        // A value two files disagree on, a reserved value no file gives, a missing key: errors.
        let mut moved = defining.clone();
        moved[1].1 = PLUGIN_H.replace("0610", "0611");
        let read = |defining: &[(String, String)], cpp: &str| {
            from_sources(defining, &source("u", cpp), &resw, &mut Report::default())
        };
        let error = read(&moved, CPP).unwrap_err();
        assert_eq!(
            error,
            "c:4: WSLC_E_VM_NOT_RUNNING is 0x80040610 here and 0x80040611 at p:3"
        );
        let error = read(&defining[..1], CPP).unwrap_err();
        assert!(error.starts_with("s:7: 0x8004032A is reserved for WSL_E_PLUGIN_REQUIRES_UPDATE"));
        let cases = ["MessageInvalidState => MessageGone => u:6: MessageGone is not a string of r"];
        assert_fails(CPP, &cases, |text| read(&defining, text));
    }
}
