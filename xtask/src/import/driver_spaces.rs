//! The importers of the code spaces the Windows driver documentation gives page by page:
//! bug checks (with the kernel live dump codes) and Device Manager problem codes. Each
//! catalog holds every windows-sys constant of its type, with the documentation's text where
//! a page exists; where the two disagree, the header's value and name are the entry's (what
//! Windows reports) and the page's are kept beside them (`documented_code`, an alias).
//!
//! A page's sections become the entry's reference sections: Cause is the `meaning`, Remarks
//! the `context`, each paragraph of Resolution a `remedies` step (README.md, "Bug checks and
//! Device Manager codes", writes the mapping down).

use std::collections::{BTreeMap, BTreeSet};

use win_errors_catalog::write::draft::{EntryDraft, RelatedDraft};
use win_errors_catalog::{CodeKind, Naming};
use win_errors_catalog::{Parameter, ParameterValue, Sections};

use super::Options;
use super::own_space::OwnSpace;
use crate::driver_docs::bug_checks::{self, BugCheck};
use crate::driver_docs::device_manager;
use crate::pages::Report;
use crate::windows_sys::{Declared, declared_of_types};

/// The CC BY 4.0 attribution of the driver documentation's data.
pub const DRIVER_DOCS_ATTRIBUTION: &[&str] = &[
    "Windows code data derived from the Windows driver documentation (Bug Check Code",
    "Reference, Kernel Live Dump Code Reference, Device Manager Error Messages) by",
    "Microsoft Corporation and contributors, https://github.com/MicrosoftDocs/windows-driver-docs",
    "(commit 825aa15f476fc33a3e80abd3db387b025771f6f8), licensed under CC BY 4.0",
    "(https://creativecommons.org/licenses/by/4.0/). Changes: text extracted from Markdown and",
    "HTML, markup and links removed, sections renamed (Cause: meaning, Remarks: context,",
    "Resolution: remedies). Names and values of undocumented codes from windows-sys",
    "(MIT OR Apache-2.0).",
];

/// windows-sys names of a value whose page names it otherwise (the page's name kept as
/// the entry's alias).
pub const HEADER_NAME: &str =
    "codes whose page name differs from windows-sys's (windows-sys's first, the page's an alias)";
/// A page's value differing from windows-sys's for the same name.
pub const HEADER_VALUE: &str = "names whose page value differs from windows-sys's (windows-sys's kept, the page's as documented_code)";
/// Value rows whose other-parameter cells name the parameter itself or none of 1 to 4, or
/// are empty (left out).
pub const OWN_ARGUMENT: &str =
    "value rows naming their own parameter or none of 1 to 4 among the others (left out)";
/// Parameters described only in the rows of another's values (not written as parameters of
/// their own).
pub const DESCRIBED_PER_VALUE: &str =
    "last parameters described only per value of another (written only in those values)";
/// Codes the documentation has and windows-sys does not.
pub const DOCS_ONLY: &str = "documented codes windows-sys lacks (kept)";
/// windows-sys constants no page documents.
pub const HEADER_ONLY: &str = "windows-sys constants no page documents (entries without a message)";
/// windows-sys constants that are not codes.
pub const NOT_A_CODE: &str = "windows-sys constants that are not codes (left out)";

/// `BUGCHECK_CONTEXT_MODIFIER` (0x80000000) is a flag a bug check code is or-ed with, not a
/// code of its own.
const BUG_CHECK_FLAGS: [&str; 1] = ["BUGCHECK_CONTEXT_MODIFIER"];

const BUG_CHECKS: OwnSpace = OwnSpace {
    task: "import-bugcheck",
    out: "bugcheck.toml",
    enum_name: "BugCheck",
    description: "Bug check (stop) codes: the code a blue screen, the event log's \"The \
                  computer has rebooted from a bugcheck\" and WinDbg's `!analyze` show, such \
                  as 0x133 (DPC_WATCHDOG_VIOLATION), and the kernel live dump codes, as the \
                  Windows driver documentation describes them. A code space of its own: \
                  the same numbers are also Win32 errors and NTSTATUS values with other \
                  meanings.",
    codes: CodeKind::Other,
    naming: Naming::Symbolic,
    family: "Bug check",
    hex_codes: true,
};

const DEVICE_PROBLEMS: OwnSpace = OwnSpace {
    task: "import-device",
    out: "device.toml",
    enum_name: "DeviceProblem",
    description: "Device Manager problem codes (CM_PROB_*): the number a device's status \
                  shows as \"(Code 43)\", with the message Device Manager displays and the \
                  documentation's resolution. A code space of its own: the same numbers are \
                  also Win32 errors with other meanings.",
    codes: CodeKind::Other,
    naming: Naming::Symbolic,
    family: "Device Manager",
    hex_codes: false,
};

/// The family of the codes only the live dump table lists.
const LIVE_DUMP_FAMILY: &str = "Kernel live dump";

pub(crate) fn import_bugcheck(options: &Options) -> Result<String, String> {
    let mut report = Report::default();
    let checks = bug_checks::read_all(&options.input, &mut report)?;
    let header = declared_of_types(&options.sdk_package()?, &["BUGCHECK_ERROR"])?;
    let codes_by_name: BTreeMap<&str, u32> =
        checks.iter().map(|c| (c.name.as_str(), c.code)).collect();
    let by_code: BTreeMap<u32, &BugCheck> = checks.iter().map(|c| (c.code, c)).collect();
    let documented = checks
        .iter()
        .map(|check| -> Result<EntryDraft, String> {
            let (message, description) = bug_check_message(check.description.as_deref());
            let related = check
                .related
                .iter()
                .filter_map(|name| {
                    codes_by_name.get(name.as_str()).map(|&code| RelatedDraft {
                        name: name.clone(),
                        code,
                    })
                })
                .collect();
            let family = (!check.bug_check).then(|| LIVE_DUMP_FAMILY.to_owned());
            Ok(EntryDraft {
                name: check.name.clone(),
                code: check.code,
                documented_code: None,
                caption: None,
                message,
                family,
                related,
                aliases: Vec::new(),
                description,
                sections: Sections {
                    // The `_M` pages have "the same parameters as bug check 0x7E".
                    parameters: match check.parameters_of.and_then(|code| by_code.get(&code)) {
                        Some(shared) => parameters(shared, &mut report)?,
                        None => parameters(check, &mut report)?,
                    },
                    ..sections(
                        check.cause.as_deref(),
                        check.remarks.as_deref(),
                        check.resolution.as_deref(),
                    )
                },
            })
        })
        .collect::<Result<Vec<_>, String>>()?;
    let entries = with_header_names(documented, &header, &BUG_CHECK_FLAGS, &mut report)?;
    write(options, &BUG_CHECKS, entries, report)
}

pub(crate) fn import_device(options: &Options) -> Result<String, String> {
    let mut report = Report::default();
    let problems = device_manager::read(&options.input.join("device-manager"), &mut report)?;
    let header = declared_of_types(&options.sdk_package()?, &["CM_PROB"])?;
    let documented = problems
        .iter()
        .map(|problem| EntryDraft {
            name: problem.name.clone(),
            code: problem.code,
            documented_code: None,
            caption: None,
            message: problem.message.clone(),
            family: None,
            related: Vec::new(),
            aliases: Vec::new(),
            description: problem.message_note.clone(),
            sections: sections(
                problem.cause.as_deref(),
                problem.remarks.as_deref(),
                problem.resolution.as_deref(),
            ),
        })
        .collect();
    let entries = with_header_names(documented, &header, &[], &mut report)?;
    write(options, &DEVICE_PROBLEMS, entries, report)
}

/// A bug check's message and description from its page's description: the first paragraph
/// without its "The NAME bug check has a value of 0x…." sentence is the message (the
/// paragraph whole when nothing else is in it), the other paragraphs the description.
fn bug_check_message(description: Option<&str>) -> (Option<String>, Option<String>) {
    let Some(description) = description else {
        return (None, None);
    };
    let mut paragraphs = description
        .split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty());
    let first = paragraphs.next().unwrap_or_default();
    let rest: Vec<&str> = paragraphs.collect();
    let message = match first.find(" has a value of ") {
        Some(at) => match first[at..].find(". ") {
            Some(end) => first[at + end + 2..].trim(),
            None => first,
        },
        None => first,
    };
    let message = if message.is_empty() { first } else { message };
    let description = (!rest.is_empty()).then(|| rest.join("\n\n"));
    (
        (!message.is_empty()).then(|| message.to_owned()),
        description,
    )
}

/// A bug check's parameters, in order: the page's description of each, and the values it
/// tabulates, each with its meaning (after the short name a table gives it, where it gives
/// one) and what the other parameters hold then. The pages number them 1 to 4 without gaps;
/// another numbering is an error.
fn parameters(check: &BugCheck, report: &mut Report) -> Result<Vec<Parameter>, String> {
    let mut parameters = Vec::new();
    for (n, parameter) in check.parameters.iter().enumerate() {
        if usize::from(parameter.index) != n + 1 {
            return Err(format!(
                "{}: parameter {} where {} was expected",
                check.page,
                parameter.index,
                n + 1
            ));
        }
        let values = parameter
            .values
            .iter()
            .map(|value| {
                let meaning = match (&value.name, value.meaning.trim()) {
                    (Some(name), "") => Some(name.clone()),
                    (Some(name), meaning) => Some(format!("{name}: {meaning}")),
                    (None, "") => None,
                    (None, meaning) => Some(meaning.to_owned()),
                };
                let mut arguments: [Option<String>; 4] = Default::default();
                for (index, text) in &value.others {
                    let slot = usize::from(*index).checked_sub(1).filter(|&i| i < 4);
                    match slot {
                        Some(i) if i != n && !text.trim().is_empty() => {
                            arguments[i] = Some(text.trim().to_owned());
                        }
                        _ => report.note(OWN_ARGUMENT, &check.name),
                    }
                }
                ParameterValue {
                    value: value.value.trim().to_owned(),
                    meaning,
                    arguments,
                }
            })
            .filter(|value| !value.value.is_empty())
            .collect::<Vec<_>>();
        let description = parameter
            .description
            .as_deref()
            .map(str::trim)
            .filter(|d| !d.is_empty())
            .map(str::to_owned);
        parameters.push(Parameter {
            description,
            values,
        });
    }
    // Parameters the page describes only per value of another (BAD_POOL_HEADER's 2 to 4,
    // in the rows of parameter 1's values) say nothing of their own: the last ones go; one
    // between two that say something would be a shape not met yet.
    while parameters
        .last()
        .is_some_and(|p| p.description.is_none() && p.values.is_empty())
    {
        parameters.pop();
        report.note(DESCRIBED_PER_VALUE, &check.name);
    }
    if let Some(n) = parameters
        .iter()
        .position(|p| p.description.is_none() && p.values.is_empty())
    {
        return Err(format!(
            "{}: parameter {} has neither a description nor values, and a later one has",
            check.page,
            n + 1
        ));
    }
    Ok(parameters)
}

/// The reference sections of a page: Cause, Remarks and the paragraphs of Resolution.
fn sections(cause: Option<&str>, remarks: Option<&str>, resolution: Option<&str>) -> Sections {
    let text = |t: Option<&str>| {
        t.map(str::trim)
            .filter(|t| !t.is_empty())
            .map(str::to_owned)
    };
    Sections {
        meaning: text(cause),
        context: text(remarks),
        remedies: steps(resolution.unwrap_or_default()),
        ..Sections::default()
    }
}

/// The paragraphs of a Resolution section as steps: a heading the reader kept as a line of
/// its own (one line, no closing punctuation: "Debug by using WinDbg") starts the step of the
/// paragraph after it rather than being a step.
fn steps(resolution: &str) -> Vec<String> {
    let mut steps: Vec<String> = Vec::new();
    let mut heading: Option<&str> = None;
    for paragraph in resolution.split("\n\n").map(str::trim) {
        if paragraph.is_empty() {
            continue;
        }
        let is_heading = !paragraph.contains('\n')
            && !paragraph.ends_with(['.', ':', '?', '!', ')'])
            && paragraph.len() < 80;
        if is_heading && heading.is_none() {
            heading = Some(paragraph);
            continue;
        }
        steps.push(match heading.take() {
            Some(title) => format!("{title}\n{paragraph}"),
            None => paragraph.to_owned(),
        });
    }
    // A heading with nothing after it is a step of its own.
    steps.extend(heading.map(str::to_owned));
    steps
}

/// The documented entries with every windows-sys constant of the space: a constant of a
/// documented entry's value names it (the page's name kept as an alias where they differ),
/// a documented name windows-sys gives another value takes that value (the page's recorded
/// as `documented_code`), and each other constant is an entry without a message. Sorted
/// by code.
fn with_header_names(
    documented: Vec<EntryDraft>,
    header: &[Declared],
    not_codes: &[&str],
    report: &mut Report,
) -> Result<Vec<EntryDraft>, String> {
    let mut by_value: BTreeMap<u32, &Declared> = BTreeMap::new();
    let mut by_name: BTreeMap<&str, &Declared> = BTreeMap::new();
    for constant in header {
        if not_codes.contains(&constant.name.as_str()) {
            report.note(NOT_A_CODE, &constant.name);
            continue;
        }
        if let Some(other) = by_value.insert(constant.value, constant) {
            return Err(format!(
                "windows-sys names 0x{:X} twice ({} and {}): no rule picks one",
                constant.value, other.name, constant.name
            ));
        }
        by_name.insert(&constant.name, constant);
    }
    let mut entries = Vec::new();
    let mut named = BTreeSet::new();
    for mut entry in documented {
        if let Some(constant) = by_name.get(entry.name.as_str())
            && constant.value != entry.code
        {
            report.note(HEADER_VALUE, &entry.name);
            entry.documented_code = Some(entry.code);
            entry.code = constant.value;
        }
        match by_value.get(&entry.code) {
            Some(constant) if constant.name != entry.name => {
                report.note(HEADER_NAME, &entry.name);
                let page_name = std::mem::replace(&mut entry.name, constant.name.clone());
                entry.aliases.push(page_name);
                named.insert(entry.code);
            }
            Some(_) => {
                named.insert(entry.code);
            }
            None => report.note(DOCS_ONLY, &entry.name),
        }
        entries.push(entry);
    }
    for (&value, constant) in &by_value {
        if named.contains(&value) {
            continue;
        }
        report.note(HEADER_ONLY, &constant.name);
        entries.push(EntryDraft {
            name: constant.name.clone(),
            code: value,
            documented_code: None,
            caption: None,
            message: None,
            family: None,
            related: Vec::new(),
            aliases: Vec::new(),
            description: None,
            sections: Sections::default(),
        });
    }
    entries.sort_by_key(|e| e.code);
    if let Some(pair) = entries.windows(2).find(|w| w[0].code == w[1].code) {
        return Err(format!(
            "two entries of code 0x{:X}: {} and {}",
            pair[0].code, pair[0].name, pair[1].name
        ));
    }
    Ok(entries)
}

/// Writes `entries` as the catalog `space` describes, with the report of what was met.
fn write(
    options: &Options,
    space: &OwnSpace,
    entries: Vec<EntryDraft>,
    report: Report,
) -> Result<String, String> {
    let written = space.write(
        options,
        "<driver-docs-dir>",
        DRIVER_DOCS_ATTRIBUTION,
        entries,
    )?;
    Ok(format!(
        "{written}\nirregularities met:\n{}",
        report.summary()
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_value_sentence_leaves_the_message() {
        let (message, description) = bug_check_message(Some(
            "The VIDEO_TDR_FAILURE bug check has a value of 0x00000116. This bug check \
             indicates that an attempt to reset the display driver failed.\n\nMore.",
        ));
        assert_eq!(
            message.as_deref(),
            Some("This bug check indicates that an attempt to reset the display driver failed.")
        );
        assert_eq!(description.as_deref(), Some("More."));
        let (message, _) = bug_check_message(Some("The X bug check has a value of 0x1."));
        assert_eq!(
            message.as_deref(),
            Some("The X bug check has a value of 0x1.")
        );
        assert_eq!(bug_check_message(None), (None, None));
    }

    #[test]
    fn a_heading_starts_the_step_after_it() {
        assert_eq!(
            steps("Use WinDbg\n\nRun !analyze.\n\nCheck the driver.\n\nLast heading"),
            [
                "Use WinDbg\nRun !analyze.",
                "Check the driver.",
                "Last heading"
            ]
        );
        assert!(steps("").is_empty());
    }

    fn entry(name: &str, code: u32) -> EntryDraft {
        EntryDraft {
            name: name.to_owned(),
            code,
            documented_code: None,
            caption: None,
            message: Some("m".to_owned()),
            family: None,
            related: Vec::new(),
            aliases: Vec::new(),
            description: None,
            sections: Sections::default(),
        }
    }

    fn declared(name: &str, value: u32) -> Declared {
        Declared {
            name: name.to_owned(),
            value,
            module: "Win32::System::Diagnostics::Debug".to_owned(),
            ty: "BUGCHECK_ERROR".to_owned(),
        }
    }

    #[test]
    fn header_names_and_values_win_and_the_page_is_kept() {
        let header = [
            declared("SAME", 1),
            declared("NEW_NAME", 2),
            declared("MOVED", 0x4000_0003),
            declared("ONLY_HEADER", 4),
            declared("BUGCHECK_CONTEXT_MODIFIER", 0x8000_0000),
        ];
        let documented = vec![
            entry("SAME", 1),
            entry("OLD_NAME", 2),
            entry("MOVED", 3),
            entry("ONLY_PAGE", 5),
        ];
        let mut report = Report::default();
        let entries =
            with_header_names(documented, &header, &BUG_CHECK_FLAGS, &mut report).unwrap();
        let shown: Vec<_> = entries
            .iter()
            .map(|e| {
                (
                    e.name.as_str(),
                    e.code,
                    e.documented_code,
                    e.aliases.clone(),
                )
            })
            .collect();
        assert_eq!(
            shown,
            [
                ("SAME", 1, None, vec![]),
                ("NEW_NAME", 2, None, vec!["OLD_NAME".to_owned()]),
                ("ONLY_HEADER", 4, None, vec![]),
                ("ONLY_PAGE", 5, None, vec![]),
                ("MOVED", 0x4000_0003, Some(3), vec![]),
            ]
        );
        assert!(entries[2].message.is_none());
        let counts = report.counts();
        for kind in [
            HEADER_NAME,
            HEADER_VALUE,
            DOCS_ONLY,
            HEADER_ONLY,
            NOT_A_CODE,
        ] {
            assert!(counts.contains(&(kind, 1)), "{kind}: {counts:?}");
        }
    }
}
