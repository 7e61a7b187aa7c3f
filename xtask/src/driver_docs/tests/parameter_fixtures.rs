//! Bug check pages that give their parameters outside a `## … Parameters` table, or none:
//! one fixture per shape, and the shapes the reader must refuse.

use crate::driver_docs::bug_checks::{self, BugCheck};
use crate::pages::Report;

/// A page of `code` and `name`: title, front matter, the "has a value of" sentence followed
/// by `intro`, then `rest`.
fn page(code: u32, name: &str, intro: &str, rest: &str) -> String {
    format!(
        "---\ntitle: Bug Check 0x{code:X} {name}\n---\n\n# Bug Check 0x{code:X}: {name}\n\n\
         The {name} bug check has a value of 0x{code:08X}. {intro}\n\n{rest}"
    )
}

fn read(text: &str) -> Result<(BugCheck, Report), String> {
    let mut report = Report::default();
    let check = bug_checks::read_page(text, "p.md", &mut report)?;
    Ok((check, report))
}

fn descriptions(check: &BugCheck) -> Vec<(u8, Option<&str>)> {
    check
        .parameters
        .iter()
        .map(|p| (p.index, p.description.as_deref()))
        .collect()
}

const BOILERPLATE: &str = "> [!IMPORTANT]\n> This article is for programmers.\n";

const TABLE_UNDER_TITLE: &str = "<table>\n<thead>\n<tr class=\"header\">\n<th align=\"left\">Parameter</th>\n<th align=\"left\">Description</th>\n</tr>\n</thead>\n<tbody>\n<tr class=\"odd\">\n<td align=\"left\">1</td>\n<td align=\"left\">The subcode</p>\n<p>0x1 : Invalid type</p></td>\n</tr>\n<tr class=\"even\">\n<td align=\"left\">2</td>\n<td align=\"left\">Reserved</td>\n</tr>\n</tbody>\n</table>\n";

#[test]
fn a_parameter_table_under_the_title() {
    let text = page(
        0x1E4,
        "VIDEO_X",
        "It found a violation.",
        &format!("{TABLE_UNDER_TITLE}\n{BOILERPLATE}\n## Resolution\n\nUse !analyze.\n"),
    );
    let (check, report) = read(&text).unwrap();
    assert_eq!(
        descriptions(&check),
        [
            (1, Some("The subcode 0x1 : Invalid type")),
            (2, Some("Reserved"))
        ]
    );
    // The table is the parameters, not the description.
    assert_eq!(
        check.description.as_deref(),
        Some("The VIDEO_X bug check has a value of 0x000001E4. It found a violation.")
    );
    assert_eq!(check.parameter_notes, None);
    assert_eq!(check.resolution.as_deref(), Some("Use !analyze."));
    assert!(
        report
            .irregularities
            .contains_key(bug_checks::PARAMETERS_UNDER_TITLE)
    );
    assert!(
        !report
            .irregularities
            .contains_key(bug_checks::NO_PARAMETERS)
    );
}

const PARAMETER_HEADING: &str = "### Parameter 1

The first parameter specifies the *trap* number.

The most common trap numbers are:

| Parameter | Trap code  | Description |
|-----------|------------|-------------|
| 0x00000000 | Divide by Zero Error | Indicates a `DIV` by zero. |

There are two causes:

- The first cause is a stack overflow.
- The second cause is hardware.

The less-common trap codes:

- 0x00000001: A system-debugger call (DEBUG)
- 0x00000003: A debugger breakpoint (INT3)

## Cause

A cause.
";

#[test]
fn a_parameter_heading_under_the_title_with_a_value_table_and_list() {
    let text = page(0x7F, "TRAP_X", "A trap.", PARAMETER_HEADING);
    let (check, report) = read(&text).unwrap();
    assert_eq!(
        descriptions(&check),
        [(1, Some("The first parameter specifies the trap number."))]
    );
    let values: Vec<(&str, Option<&str>, &str)> = check.parameters[0]
        .values
        .iter()
        .map(|v| (v.value.as_str(), v.name.as_deref(), v.meaning.as_str()))
        .collect();
    assert_eq!(
        values,
        [
            (
                "0x00000000",
                Some("Divide by Zero Error"),
                "Indicates a DIV by zero."
            ),
            ("0x00000001", None, "A system-debugger call (DEBUG)"),
            ("0x00000003", None, "A debugger breakpoint (INT3)"),
        ]
    );
    assert_eq!(
        check.description.as_deref(),
        Some("The TRAP_X bug check has a value of 0x0000007F. A trap.")
    );
    // Prose and lists that are not values stay as notes.
    let notes = check.parameter_notes.as_deref().unwrap();
    assert!(notes.starts_with("The most common trap numbers are:\n\nThere are two causes:"));
    assert!(notes.contains("- The first cause is a stack overflow."));
    assert!(notes.ends_with("The less-common trap codes:"));
    assert_eq!(check.cause.as_deref(), Some("A cause."));
    for kind in [
        bug_checks::PARAMETER_HEADING,
        bug_checks::VALUE_LIST,
        bug_checks::VALUE_NAME_COLUMN,
    ] {
        assert!(report.irregularities.contains_key(kind), "{kind}");
    }
}

#[test]
fn an_m_page_shares_the_parameters_of_its_code() {
    let intro = "Bug check 0x1000007E has the same meaning and parameters as \
                 [**bug check 0x7E**](bug-check-0x7e--x.md) (SYSTEM\\_X).";
    let text = page(
        0x1000_007E,
        "SYSTEM_X_M",
        intro,
        "## Resolution\n\nUse it.\n",
    );
    let (check, report) = read(&text).unwrap();
    assert_eq!(check.parameters_of, Some(0x7E));
    assert!(check.parameters.is_empty());
    assert!(
        report
            .irregularities
            .contains_key(bug_checks::SAME_PARAMETERS)
    );
    // The code it names must be read, by that name, with parameters.
    let table =
        "## SYSTEM_X Parameters\n\n| Parameter | Description |\n|---|---|\n| 1 | The code |\n";
    let (mut of, _) = read(&page(0x7E, "SYSTEM_X", "", table)).unwrap();
    assert!(bug_checks::shares_parameters_of(&check, Some(&of)).is_ok());
    assert!(bug_checks::shares_parameters_of(&check, None).is_err());
    of.name = "OTHER_X".to_owned();
    assert!(bug_checks::shares_parameters_of(&check, Some(&of)).is_err());
    of.name = "SYSTEM_X".to_owned();
    of.parameters.clear();
    assert!(bug_checks::shares_parameters_of(&check, Some(&of)).is_err());
    // And a page cannot both share and list parameters.
    let both = page(0x1000_007E, "SYSTEM_X_M", intro, table);
    assert!(read(&both).unwrap_err().contains("lists its own"));
}

#[test]
fn pages_without_parameters_say_so() {
    let none = page(0xF, "LOCK_X", "", "## LOCK_X Parameters\n\nNone\n");
    let (check, report) = read(&none).unwrap();
    assert!(check.parameters.is_empty());
    assert!(
        report
            .irregularities
            .contains_key(bug_checks::PARAMETERS_NONE)
    );
    let prose = page(
        0xE0,
        "BIOS_X",
        "",
        "## BIOS_X Parameters\n\nThe parameters are issued by the BIOS.\n",
    );
    let (check, report) = read(&prose).unwrap();
    assert_eq!(
        check.parameter_notes.as_deref(),
        Some("The parameters are issued by the BIOS.")
    );
    assert!(
        report
            .irregularities
            .contains_key(bug_checks::PARAMETERS_PROSE)
    );
    let nothing = page(0x2, "QUEUE_X", "", "## Resolution\n\nUse it.\n");
    let (check, report) = read(&nothing).unwrap();
    assert!(check.parameters.is_empty() && check.parameter_notes.is_none());
    assert_eq!(
        report.irregularities.keys().copied().collect::<Vec<_>>(),
        [bug_checks::NO_PARAMETERS]
    );
    // 0x11D names Parameter 1 in its Resolution: listed, left unread.
    let resolution =
        "## Resolution\n\nParameter 1 will list the subtype.\n\n0x01 : Unable to start.\n";
    let (_, report) = read(&page(0x11D, "TRACING_X", "", resolution)).unwrap();
    assert!(
        report
            .irregularities
            .contains_key(bug_checks::PARAMETERS_IN_OTHER_PROSE)
    );
}

#[test]
fn parameters_in_an_unknown_shape_are_an_error() {
    let partly = PARAMETER_HEADING.replace("- 0x00000003: A", "- 3 is a");
    let no_paragraph = PARAMETER_HEADING.replace(
        "The first parameter specifies the *trap* number.\n\nThe most common trap numbers are:\n\n",
        "",
    );
    let other_header = PARAMETER_HEADING.replace("| Trap code  |", "| Trap code  | More |");
    let both = format!("{TABLE_UNDER_TITLE}\n## X_X Parameters\n\nNone\n");
    let cases = [
        (
            page(
                0x5,
                "X_X",
                "",
                "## Resolution\n\nParameter 1 is the address.\n",
            ),
            "names a parameter outside",
        ),
        (
            page(
                0x5,
                "X_X",
                "",
                "## X_X Parameters\n\nParameter 1: the address.\n",
            ),
            "a parameters section that names parameters",
        ),
        (
            page(0x5, "X_X", "", "### Parameter 5\n\nThe fifth.\n"),
            "names a parameter outside",
        ),
        (page(0x7F, "X_X", "", &partly), "only partly"),
        (
            page(0x7F, "X_X", "", &no_paragraph),
            "not followed by a paragraph",
        ),
        (
            page(0x7F, "X_X", "", &other_header),
            "under a parameter heading",
        ),
        (
            page(0x1E4, "X_X", "", &both),
            "both under the title and in a section",
        ),
    ];
    for (text, message) in cases {
        let err = read(&text).map(|_| ()).expect_err(message);
        assert!(err.contains(message), "{message}: {err}");
    }
}
