//! Importer of `NtStatus.cs` (Windows Protocol Test Suites, MIT): a C# `enum NtStatus : uint`
//! whose members each follow a `/// <summary>` comment with `ntstatus.h`'s `MessageId:` and
//! `MessageText:` block.
//!
//! The message keeps its line breaks and inserts (`%hs`, `%08lx`, `%1`); a first line in
//! braces (`{EXCEPTION}`, `{Application Error}`) is the caption Windows shows above it and
//! becomes the entry's `caption`. XML-doc escapes (`&amp;`) and `<para/>` are decoded. Every
//! shape that is not a plain entry is counted in the [`Report`]; anything else stops the import
//! with the file and line.

use win_errors_catalog::write::draft::EntryDraft;

use crate::pages::Report;
use crate::sdk_names;
use crate::windows_sys::Declared;

pub const CAPTION: &str = "messages whose first line is a {Caption} (kept as the entry's caption)";
pub const MULTI_LINE: &str = "messages of several lines (line breaks kept)";
pub const INSERTS: &str =
    "messages with FormatMessage or printf inserts such as %hs or %08lx (kept verbatim)";
pub const MESSAGE_IS_NAME: &str = "messages that are only the symbolic name (kept as documented)";
pub const XML_ESCAPES: &str = "messages with XML-doc escapes or <para/> (decoded)";
pub const PROSE_BEFORE_ID: &str = "summaries with prose before the MessageId (left out: ntstatus.h's \
     section headings, such as \"Network specific errors.\", which head a group of codes, not \
     the entry)";
pub const NO_MESSAGE_TEXT: &str = "members with a prose summary and no MessageText (kept with \
     `message_known = false`: the prose is a comment of ntstatus.h, not the message, and becomes \
     the description)";
pub const SAME_CODE: &str = "members whose value an earlier member has (kept as its alias)";
pub const LATER_MESSAGE: &str = "codes whose first member has no MessageText and a later member \
     of the same value has one (that message kept: it is the code's)";

/// One `/// <summary>` block and the member after it.
struct Member {
    name: String,
    code: u32,
    /// The summary's lines before `MessageId:` (or all of them when there is none).
    prose: Vec<String>,
    /// The `MessageId:` line's name and the lines after `MessageText:`, when present.
    message: Option<(String, Vec<String>)>,
    /// The 1-based line of the `<summary>`, for errors.
    line: usize,
}

/// Imports every member of `text`. `file` names it in errors.
pub fn import(text: &str, file: &str) -> Result<(Vec<EntryDraft>, Report), String> {
    let mut report = Report::default();
    let mut entries: Vec<EntryDraft> = Vec::new();
    for member in members(text, file)? {
        let entry = entry(member, file, &mut report)?;
        if let Some(first) = entries.iter_mut().find(|e| e.code == entry.code) {
            report.note(SAME_CODE, &entry.name);
            if first.message.is_none() && entry.message.is_some() {
                report.note(LATER_MESSAGE, &first.name);
                first.message = entry.message;
                first.caption = entry.caption;
            }
            first.aliases.push(entry.name);
            continue;
        }
        entries.push(entry);
    }
    if entries.is_empty() {
        return Err(format!("{file}: no enum members: is this NtStatus.cs?"));
    }
    Ok((entries, report))
}

/// Adds every NTSTATUS name of windows-sys that `entries` lacks: as an alias of the entry with
/// its value, or as an entry without a message, a `STATUS_` name before any other. A name both
/// define with two values stops the import: values are facts, and a disagreement is a bug to
/// look at.
pub fn add_windows_sys(
    entries: &mut Vec<EntryDraft>,
    constants: &[Declared],
    report: &mut Report,
) -> Result<(), String> {
    let policy = sdk_names::Policy {
        family: &|_| None,
        rank: &|c| u8::from(!c.name.starts_with("STATUS_")),
    };
    let disagreements = sdk_names::add(entries, constants, &policy, report);
    if disagreements.is_empty() {
        return Ok(());
    }
    let listed: Vec<String> = disagreements
        .iter()
        .map(|d| {
            format!(
                "{}: NtStatus.cs 0x{:08X}, windows-sys 0x{:08X}",
                d.name, d.source, d.sdk
            )
        })
        .collect();
    Err(format!(
        "NtStatus.cs and windows-sys disagree on {} values:\n  {}",
        listed.len(),
        listed.join("\n  ")
    ))
}

/// The members of the enum body, each with its summary.
fn members(text: &str, file: &str) -> Result<Vec<Member>, String> {
    let lines: Vec<&str> = text.lines().collect();
    let start = lines
        .iter()
        .position(|l| l.trim_start().starts_with("public enum NtStatus"))
        .ok_or_else(|| format!("{file}: no `public enum NtStatus`"))?;
    let mut members = Vec::new();
    let mut i = start + 1;
    let mut summary: Option<(usize, Vec<String>)> = None;
    while let Some(raw) = lines.get(i) {
        let line = raw.trim();
        let number = i + 1;
        i += 1;
        match line {
            "" | "{" => {}
            "}" => return Ok(members),
            "/// <summary>" => {
                if summary.is_some() {
                    return Err(format!("{file}:{number}: a <summary> inside a <summary>"));
                }
                summary = Some((number, Vec::new()));
            }
            "/// </summary>" => {
                let Some((_, body)) = &summary else {
                    return Err(format!("{file}:{number}: </summary> without <summary>"));
                };
                if body.is_empty() {
                    return Err(format!("{file}:{number}: an empty <summary>"));
                }
            }
            _ if line.starts_with("///") => {
                let Some((_, body)) = summary.as_mut() else {
                    return Err(format!(
                        "{file}:{number}: a doc comment outside a <summary>: {line}"
                    ));
                };
                body.push(line.trim_start_matches('/').trim().to_owned());
            }
            _ => {
                let (name, code) = member_line(line).ok_or_else(|| {
                    format!("{file}:{number}: expected `NAME = 0x........,`, found: {line}")
                })?;
                let (line, body) = summary
                    .take()
                    .ok_or_else(|| format!("{file}:{number}: {name} has no <summary>"))?;
                members.push(member(name, code, line, body, file)?);
            }
        }
    }
    Err(format!("{file}: the enum does not end"))
}

/// `NAME = 0x00000000,` (the comma optional on the last member).
fn member_line(line: &str) -> Option<(String, u32)> {
    let (name, value) = line.trim_end_matches(',').split_once('=')?;
    let name = name.trim();
    let hex = value.trim().strip_prefix("0x")?;
    let valid = win_errors_catalog::names::is_symbolic_name(name) && hex.len() == 8;
    valid
        .then(|| u32::from_str_radix(hex, 16).ok())
        .flatten()
        .map(|code| (name.to_owned(), code))
}

fn member(
    name: String,
    code: u32,
    line: usize,
    body: Vec<String>,
    file: &str,
) -> Result<Member, String> {
    let id_at = body.iter().position(|l| l.starts_with("MessageId:"));
    let Some(id_at) = id_at else {
        if body.iter().any(|l| l.starts_with("MessageText:")) {
            return Err(format!(
                "{file}:{line}: {name} has a MessageText without a MessageId"
            ));
        }
        return Ok(Member {
            name,
            code,
            prose: body,
            message: None,
            line,
        });
    };
    let (prose, block) = body.split_at(id_at);
    let id = block
        .first()
        .and_then(|l| l.strip_prefix("MessageId:"))
        .map(str::trim)
        .unwrap_or_default()
        .to_owned();
    if block.get(1).map(String::as_str) != Some("MessageText:") {
        return Err(format!(
            "{file}:{line}: the MessageId of {name} is not followed by `MessageText:`"
        ));
    }
    Ok(Member {
        name,
        code,
        prose: prose.to_vec(),
        message: Some((id, block.get(2..).unwrap_or_default().to_vec())),
        line,
    })
}

/// The catalog entry of a member: its message, or its prose as the description when it has no
/// MessageText.
fn entry(member: Member, file: &str, report: &mut Report) -> Result<EntryDraft, String> {
    let Member {
        name,
        code,
        prose,
        message,
        line,
    } = member;
    let Some((id, text)) = message else {
        report.note(NO_MESSAGE_TEXT, &name);
        let description = decoded_lines(&prose, &name, file, line, report)?.join("\n");
        return Ok(EntryDraft {
            description: Some(description.trim().to_owned()).filter(|d| !d.is_empty()),
            name,
            code,
            ..Default::default()
        });
    };
    if id != name {
        return Err(format!(
            "{file}:{line}: the MessageId {id} heads the summary of {name}"
        ));
    }
    let mut lines = decoded_lines(&text, &name, file, line, report)?;
    while lines.last().is_some_and(String::is_empty) {
        lines.pop();
    }
    let caption = match lines.first() {
        Some(first) if first.starts_with('{') && first.ends_with('}') && first.len() > 2 => {
            let caption = first
                .get(1..first.len() - 1)
                .unwrap_or_default()
                .trim()
                .to_owned();
            lines.remove(0);
            report.note(CAPTION, &name);
            Some(caption)
        }
        _ => None,
    };
    let message = lines.join("\n").trim().to_owned();
    if message.is_empty() {
        return Err(format!("{file}:{line}: {name} has an empty MessageText"));
    }
    if message.contains('\n') {
        report.note(MULTI_LINE, &name);
    }
    if has_insert(&message) {
        report.note(INSERTS, &name);
    }
    if message == name {
        report.note(MESSAGE_IS_NAME, &name);
    }
    if !prose.is_empty() {
        report.note(PROSE_BEFORE_ID, &name);
    }
    Ok(EntryDraft {
        caption,
        name,
        code,
        message: Some(message),
        ..Default::default()
    })
}

/// The summary lines with XML-doc escapes decoded, `<para/>` breaking a line in two.
fn decoded_lines(
    raw_lines: &[String],
    name: &str,
    file: &str,
    line: usize,
    report: &mut Report,
) -> Result<Vec<String>, String> {
    let mut lines = Vec::new();
    for raw in raw_lines {
        let decoded = decode_xml(raw).map_err(|what| format!("{file}:{line}: {name}: {what}"))?;
        if decoded != *raw {
            report.note(XML_ESCAPES, name);
        }
        lines.extend(decoded.split('\n').map(|l| l.trim().to_owned()));
    }
    Ok(lines)
}

/// `%` followed by what starts an insert: a digit, a printf flag or conversion.
fn has_insert(message: &str) -> bool {
    message
        .split('%')
        .skip(1)
        .any(|rest| rest.starts_with(|c: char| c.is_ascii_alphanumeric()))
}

/// The text with XML-doc escapes decoded and `<para/>` as a line break; an unknown escape or
/// tag is an error rather than a guess.
fn decode_xml(text: &str) -> Result<String, String> {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(['&', '<']) {
        out.push_str(rest.get(..at).unwrap_or_default());
        let tail = rest.get(at..).unwrap_or_default();
        let (decoded, length) = [
            ("&amp;", "&"),
            ("&lt;", "<"),
            ("&gt;", ">"),
            ("&quot;", "\""),
            ("&apos;", "'"),
            ("<para/>", "\n"),
            ("<para />", "\n"),
        ]
        .iter()
        .find(|(escape, _)| tail.starts_with(escape))
        .map(|(escape, decoded)| (*decoded, escape.len()))
        .ok_or_else(|| {
            let shown: String = tail.chars().take(12).collect();
            format!("an XML escape or tag this importer does not know: {shown}")
        })?;
        out.push_str(decoded);
        rest = tail.get(length..).unwrap_or_default();
    }
    out.push_str(rest);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIXTURE: &str = r#"
namespace X
{
    public enum NtStatus : uint
    {
        /// <summary>
        /// The success status codes 0 - 63 are reserved for wait completion status.
        /// FacilityCodes 0x5 - 0xF have been allocated by various drivers.<para/>
        /// STATUS_WAIT_0 is re-using this value.
        /// </summary>
        STATUS_SUCCESS = 0x00000000,

        /// <summary>
        /// MessageId: STATUS_WAIT_1
        /// MessageText:
        ///  STATUS_WAIT_1
        /// </summary>
        STATUS_WAIT_1 = 0x00000001,

        /// <summary>
        /// The success status codes 256, 257, 258, and 258 are reserved for
        /// User APC, Kernel APC, Alerted, and Timeout.
        /// MessageId: STATUS_USER_APC
        /// MessageText:
        ///  STATUS_USER_APC
        /// </summary>
        STATUS_USER_APC = 0x000000C0,

        /// <summary>
        /// MessageId: STATUS_GUARD_PAGE_VIOLATION
        /// MessageText:
        /// {EXCEPTION}
        /// Guard Page Exception
        /// A page of memory that marks the end of a data structure, such as a stack or an array, has been accessed.
        /// </summary>
        STATUS_GUARD_PAGE_VIOLATION = 0x80000001,

        /// <summary>
        /// MessageId: STATUS_ACCESS_VIOLATION
        /// MessageText:
        /// The instruction at 0x%08lx referenced memory at 0x%08lx. The memory could not be %s.
        /// </summary>
        STATUS_ACCESS_VIOLATION = 0xC0000005,

        /// <summary>
        /// MessageId: STATUS_GRAPHICS_DDCCI_INVALID_MESSAGE_COMMAND
        /// MessageText:
        /// The DDC/CI Get Timing Report &amp; Timing Message command failed.
        /// </summary>
        STATUS_GRAPHICS_DDCCI_INVALID_MESSAGE_COMMAND = 0xC01E0589,

        /// <summary>
        /// The success status codes 128 - 191 are reserved for wait completion
        /// status with an abandoned mutant object.
        /// </summary>
        STATUS_ABANDONED = 0x00000080,

        /// <summary>
        /// MessageId: STATUS_ABANDONED_WAIT_0
        /// MessageText:
        ///  STATUS_ABANDONED_WAIT_0
        /// </summary>
        STATUS_ABANDONED_WAIT_0 = 0x00000080,

        /// <summary>
        /// MessageId: STATUS_SECOND_NAME
        /// MessageText:
        ///  Another name.
        /// </summary>
        STATUS_SECOND_NAME = 0x00000080
    }
}
"#;

    #[test]
    fn every_shape_of_the_file() {
        let (entries, report) = import(FIXTURE, "NtStatus.cs").unwrap();
        let names: Vec<&str> = entries.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "STATUS_SUCCESS",
                "STATUS_WAIT_1",
                "STATUS_USER_APC",
                "STATUS_GUARD_PAGE_VIOLATION",
                "STATUS_ACCESS_VIOLATION",
                "STATUS_GRAPHICS_DDCCI_INVALID_MESSAGE_COMMAND",
                "STATUS_ABANDONED",
            ]
        );
        // A prose summary without a MessageText is no message: it becomes the description.
        assert_eq!(entries[0].message, None);
        assert_eq!(
            entries[0].description.as_deref(),
            Some(
                "The success status codes 0 - 63 are reserved for wait completion status.\nFacilityCodes 0x5 - 0xF have been allocated by various drivers.\n\nSTATUS_WAIT_0 is re-using this value."
            )
        );
        let guard = &entries[3];
        assert_eq!(guard.caption.as_deref(), Some("EXCEPTION"));
        assert_eq!(
            guard.message.as_deref(),
            Some(
                "Guard Page Exception\nA page of memory that marks the end of a data structure, such as a stack or an array, has been accessed."
            )
        );
        assert_eq!(guard.code, 0x8000_0001);
        assert_eq!(
            entries[4].message.as_deref(),
            Some(
                "The instruction at 0x%08lx referenced memory at 0x%08lx. The memory could not be %s."
            )
        );
        assert_eq!(
            entries[5].message.as_deref(),
            Some("The DDC/CI Get Timing Report & Timing Message command failed.")
        );
        assert_eq!(entries[1].message.as_deref(), Some("STATUS_WAIT_1"));
        // The prose before a MessageId heads a group of codes: it describes no one entry.
        assert!(entries[1..6].iter().all(|e| e.description.is_none()));
        // The first member of a value names it; the first message of the value is its message.
        let abandoned = &entries[6];
        assert_eq!(
            abandoned.message.as_deref(),
            Some("STATUS_ABANDONED_WAIT_0")
        );
        assert!(
            abandoned
                .description
                .as_deref()
                .unwrap()
                .starts_with("The success status codes 128 - 191")
        );
        assert_eq!(
            abandoned.aliases,
            ["STATUS_ABANDONED_WAIT_0", "STATUS_SECOND_NAME"]
        );
        let counts: Vec<(&str, usize)> = report.counts();
        for (kind, count) in [
            (CAPTION, 1),
            (INSERTS, 1),
            (XML_ESCAPES, 2),
            (MESSAGE_IS_NAME, 3),
            (PROSE_BEFORE_ID, 1),
            (NO_MESSAGE_TEXT, 2),
            (SAME_CODE, 2),
            (LATER_MESSAGE, 1),
            (MULTI_LINE, 1),
        ] {
            assert!(counts.contains(&(kind, count)), "{kind}: {counts:?}");
        }
    }

    fn declared(constants: &[(&str, u32)]) -> Vec<Declared> {
        constants
            .iter()
            .map(|&(name, value)| Declared {
                name: name.to_owned(),
                value,
                module: "Win32::Foundation".to_owned(),
                ty: "NTSTATUS".to_owned(),
            })
            .collect()
    }

    #[test]
    fn windows_sys_fills_the_names_the_file_lacks() {
        let (mut entries, mut report) = import(FIXTURE, "NtStatus.cs").unwrap();
        let constants = declared(&[
            ("STATUS_ACCESS_VIOLATION", 0xC000_0005),
            ("EXCEPTION_ACCESS_VIOLATION", 0xC000_0005),
            ("STATUS_WAIT_0", 0),
            ("RPC_NT_NEW_ONE", 0xC002_0001),
            ("STATUS_NEW_ONE", 0xC002_0001),
        ]);
        add_windows_sys(&mut entries, &constants, &mut report).unwrap();
        let violation = entries.iter().find(|e| e.code == 0xC000_0005).unwrap();
        assert_eq!(violation.aliases, ["EXCEPTION_ACCESS_VIOLATION"]);
        assert_eq!(entries[0].aliases, ["STATUS_WAIT_0"]);
        // A value windows-sys alone has: no message, a STATUS_ name before any other.
        let new = entries.last().unwrap();
        assert_eq!(
            (new.name.as_str(), new.code, &new.message, &new.aliases),
            (
                "STATUS_NEW_ONE",
                0xC002_0001,
                &None,
                &vec!["RPC_NT_NEW_ONE".to_owned()]
            )
        );
        let counts = report.counts();
        assert!(counts.contains(&(sdk_names::SDK_ONLY, 1)), "{counts:?}");
        assert!(counts.contains(&(sdk_names::SDK_ALIAS, 3)), "{counts:?}");
        // A value the two sources disagree on stops the import.
        let (mut entries, mut report) = import(FIXTURE, "NtStatus.cs").unwrap();
        let wrong = declared(&[("STATUS_ACCESS_VIOLATION", 5)]);
        let error = add_windows_sys(&mut entries, &wrong, &mut report).unwrap_err();
        assert!(
            error.contains(
                "STATUS_ACCESS_VIOLATION: NtStatus.cs 0xC0000005, windows-sys 0x00000005"
            ),
            "{error}"
        );
    }

    #[test]
    fn unknown_shapes_stop_the_import_with_the_line() {
        let broken = FIXTURE.replace("STATUS_WAIT_1 = 0x00000001,", "STATUS_WAIT_1 = 1,");
        let error = import(&broken, "NtStatus.cs").unwrap_err();
        assert!(
            error.starts_with("NtStatus.cs:18: expected `NAME = 0x........,`"),
            "{error}"
        );
        let broken = FIXTURE.replace("&amp;", "&nbsp;");
        let error = import(&broken, "NtStatus.cs").unwrap_err();
        assert!(
            error.contains("an XML escape or tag this importer does not know: &nbsp;"),
            "{error}"
        );
        let broken = FIXTURE.replace("MessageId: STATUS_WAIT_1", "MessageId: STATUS_WAIT_2");
        let error = import(&broken, "NtStatus.cs").unwrap_err();
        assert!(
            error.contains("the MessageId STATUS_WAIT_2 heads the summary of STATUS_WAIT_1"),
            "{error}"
        );
        let error = import("class X {}", "x.cs").unwrap_err();
        assert_eq!(error, "x.cs: no `public enum NtStatus`");
    }
}
