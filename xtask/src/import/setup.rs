//! The importer of Windows Setup's upgrade result codes (`MOSETUP_E_*`, 0xC19001xx) from the
//! IT Pro documentation's upgrade pages: `setup.toml`, and the phase and operation tables an
//! extend code is read by, as the runtime's `setup_extend_data.rs`.
//!
//! An entry takes the "Modern setup errors" table's description as its message (the other
//! page's description, where it differs, as its `description`), the cause and mitigation the
//! page gives the code alone as `meaning` and `remedies`, and each `result - extend` pair of
//! the code the page explains as a question of its FAQ, asked as the pair is written
//! (`0xC1900101 - 0x20017`), answered with the cause and the mitigation.

use std::fmt::Write as _;

use win_errors_catalog::write::draft::EntryDraft;
use win_errors_catalog::{CodeKind, Faq, Naming, Sections};

use super::Options;
use super::own_space::OwnSpace;
use crate::driver_docs::setup::{self, OtherTable, Setup};
use crate::pages::Report;
use crate::workspace_root;

/// The CC BY 4.0 attribution of the upgrade pages' data.
pub const SETUP_ATTRIBUTION: &[&str] = &[
    "Windows setup result code data derived from the \"Upgrade error codes\" and \"Resolution",
    "procedures\" pages by Microsoft Corporation and contributors,",
    "https://github.com/MicrosoftDocs/windows-itpro-docs (commits 0ff87991 and 0462efd7, see NOTICE), licensed",
    "under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/). Changes: text extracted",
    "from Markdown and HTML, markup removed; cause and mitigation blocks made the entries'",
    "meaning, remedies and questions.",
];

/// Codes of the Other tables that are no setup result code (HRESULTs carrying a Win32 error,
/// such as 0x80070070): not in this catalog.
pub const NOT_SETUP_CODES: &str =
    "codes of the Other tables that are no MOSETUP result (left to their own catalogs)";

const SETUP: OwnSpace = OwnSpace {
    task: "import-setup",
    out: "setup.toml",
    enum_name: "SetupResult",
    description: "Windows Setup's upgrade result codes (MOSETUP_E_*): what a failed upgrade to a \
                  newer Windows reports, such as 0xC1900101 (a rollback, most often for a \
                  driver), often with an extend code (`0xC1900101 - 0x20017`) whose digits \
                  give the setup phase and operation, as the IT Pro documentation describes \
                  them.",
    codes: CodeKind::Hresult,
    naming: Naming::Symbolic,
    family: "Windows Setup",
    hex_codes: true,
};

/// Where the runtime's extend tables are written, from the workspace root.
pub const EXTEND_TABLES: &str = "win-errors-core/src/setup_extend_data.rs";

pub(crate) fn import_setup(options: &Options) -> Result<String, String> {
    let mut report = Report::default();
    let setup = setup::read(&options.input, &mut report)?;
    let entries = entries(&setup, &mut report);
    let written = SETUP.write(options, "<itpro-docs-dir>", SETUP_ATTRIBUTION, entries)?;
    let tables = extend_tables(&setup);
    let path = workspace_root().join(EXTEND_TABLES);
    let same = std::fs::read_to_string(&path).is_ok_and(|old| old == tables);
    if !same {
        std::fs::write(&path, &tables).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(format!(
        "{written}\n{EXTEND_TABLES}: {}\nirregularities met:\n{}",
        if same { "unchanged" } else { "written" },
        report.summary()
    ))
}

/// The catalog's entries: each named result code with what the pages say of it.
fn entries(setup: &Setup, report: &mut Report) -> Vec<EntryDraft> {
    for other in &setup.other_codes {
        if other.name.is_none() {
            report.note(NOT_SETUP_CODES, &format!("0x{:08X}", other.code));
        }
    }
    setup
        .results
        .iter()
        .filter_map(|result| {
            let name = result.name.clone()?;
            let message = result
                .description
                .clone()
                .or_else(|| result.upgrade_page_description.clone());
            let description = result
                .upgrade_page_description
                .clone()
                .filter(|other| Some(other) != message.as_ref());
            let pairs = setup
                .result_extends
                .iter()
                .filter(|pair| pair.result == result.code)
                .map(|pair| (pair.extend, &pair.cause, &pair.mitigation));
            let other_pairs =
                setup.other_codes.iter().filter_map(|other| {
                    let extend = other.extend?;
                    (other.code == result.code && other.table == OtherTable::ErrorCodes)
                        .then_some((extend, &other.cause, &other.mitigation))
                });
            let faq = pairs
                .chain(other_pairs)
                .map(|(extend, cause, mitigation)| Faq {
                    question: format!("0x{:08X} - 0x{extend:X}", result.code),
                    answer: format!("Cause: {cause}\n\nMitigation: {mitigation}"),
                })
                .collect();
            Some(EntryDraft {
                name,
                code: result.code,
                message,
                description,
                sections: Sections {
                    meaning: result.cause.clone(),
                    remedies: result.mitigation.clone().into_iter().collect(),
                    faq,
                    ..Sections::default()
                },
                ..EntryDraft::default()
            })
        })
        .collect()
}

/// The runtime's tables of phases and operations, as Rust source.
pub fn extend_tables(setup: &Setup) -> String {
    let mut out = String::from(
        "// @generated by `cargo xtask import-setup <itpro-docs-dir>` from the \"Upgrade error\n\
         // codes\" page of the Windows IT Pro documentation (CC BY 4.0, see NOTICE): do not edit.\n\n\
         /// The phases of an extend code's first hex digit, by digit.\n\
         pub(crate) const PHASES: &[(u32, &str)] = &[\n",
    );
    for phase in &setup.phases {
        let _ = writeln!(out, "    ({}, {:?}),", phase.digit, phase.name);
    }
    out.push_str(
        "];\n\n/// The operations of an extend code's last two hex digits, by number.\n\
         pub(crate) const OPERATIONS: &[(u32, &str)] = &[\n",
    );
    for operation in &setup.operations {
        let _ = writeln!(
            out,
            "    (0x{:02X}, {:?}),",
            operation.number, operation.name
        );
    }
    out.push_str("];\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn data() -> std::path::PathBuf {
        workspace_root().join("../shared/data/itpro-docs")
    }

    /// The shipped tables are what the importer writes from the pages.
    #[test]
    fn the_runtimes_extend_tables_are_current() {
        let setup = setup::read(&data(), &mut Report::default()).unwrap();
        let shipped = std::fs::read_to_string(workspace_root().join(EXTEND_TABLES)).unwrap();
        assert_eq!(
            shipped,
            extend_tables(&setup),
            "run cargo xtask import-setup"
        );
    }

    #[test]
    fn a_pair_is_a_question_of_its_result_code() {
        let setup = setup::read(&data(), &mut Report::default()).unwrap();
        let entries = entries(&setup, &mut Report::default());
        let platform = entries.iter().find(|e| e.code == 0xC190_0101).unwrap();
        assert_eq!(platform.name, "MOSETUP_E_SETUP_PLATFORM");
        let pair = platform
            .sections
            .faq
            .iter()
            .find(|faq| faq.question == "0xC1900101 - 0x20017")
            .unwrap();
        assert!(pair.answer.starts_with("Cause: ") && pair.answer.contains("\n\nMitigation: "));
        assert!(entries.iter().all(|e| e.name.starts_with("MOSETUP_E_")));
    }
}
