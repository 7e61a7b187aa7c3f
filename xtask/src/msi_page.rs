//! Importer of the Windows Installer Error Messages page: one Markdown table of `Message
//! Code`, `Message` and `Remarks` columns, each cell ending in `<br/>`. The messages have
//! numbers and no symbolic names, so the entries have none either (a catalog with
//! `names = "none"`); the remarks become the description. Any other table, or a code that is
//! not a number, stops the import.

use std::collections::BTreeMap;

use win_errors_catalog::write::draft::EntryDraft;

use crate::family_pages::{TableRow, table_rows};
use crate::markdown::to_plain_text;
use crate::pages::Report;

pub const CODE_GIVEN_TWICE: &str =
    "codes given two rows (the later one kept: its remarks say which Windows Installer has it)";
pub const NO_MESSAGE: &str = "codes listed without a message (message_known = false)";

/// The header the page's table has, in its plain text.
const COLUMNS: [&str; 3] = ["Message Code", "Message", "Remarks"];

/// The page's entries, in code order, without names.
pub fn import(text: &str, file: &str, report: &mut Report) -> Result<Vec<EntryDraft>, String> {
    let rows = table_rows(text, file, |header, location| {
        let columns: Vec<String> = header
            .iter()
            .map(|cell| to_plain_text(cell))
            .filter(|cell| !cell.is_empty())
            .collect();
        if columns == COLUMNS {
            Ok(())
        } else {
            Err(format!(
                "{location}: a table of an unknown shape (expected the columns {}): {}",
                COLUMNS.join(", "),
                header.join("|")
            ))
        }
    })?;
    let mut entries: BTreeMap<u32, EntryDraft> = BTreeMap::new();
    for TableRow {
        location, cells, ..
    } in rows
    {
        let [_, code, message, remarks, _] = cells.as_slice() else {
            return Err(format!(
                "{location}: a row of {} cells, not the table's three",
                cells.len().saturating_sub(2)
            ));
        };
        let code_text = to_plain_text(code);
        let code: u32 = code_text
            .parse()
            .map_err(|_| format!("{location}: the message code {code_text:?} is not a number"))?;
        let message = Some(to_plain_text(message)).filter(|m| !m.is_empty());
        if message.is_none() {
            report.note(NO_MESSAGE, &code_text);
        }
        let entry = EntryDraft {
            code,
            message,
            description: Some(to_plain_text(remarks)).filter(|r| !r.is_empty()),
            ..EntryDraft::default()
        };
        if entries.insert(code, entry).is_some() {
            report.note(CODE_GIVEN_TWICE, &code_text);
        }
    }
    if entries.is_empty() {
        return Err(format!("{file}: no message rows"));
    }
    Ok(entries.into_values().collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "Intro text.\n\n\
| Message Code    | Message     | Remarks    |\n\
|-----------------|-------------|------------|\n\
| 1101<br/> | Could not open file stream: \\[2\\]. System error: \\[3\\]<br/>   |    |\n\
| 1306<br/> | The file '\\[2\\]' is in use. Click **Retry**.<br/> | See [System Reboots](system-reboots.md).<br/>  |\n\
| 1935<br/> | Old text \\[2\\].<br/> | For more information.<br/> |\n\
| 1935<br/> | New text '\\[6\\]'. {{component: \\[2\\]}}<br/> | Available beginning with Windows Installer for Windows Server 2003.<br/> |\n\
| 2748<br/> | Expected product version <= \\[4\\], found \\[5\\].<br/> |  |\n\
| 2805<br/> |     |     |\n";

    #[test]
    fn numbered_messages_with_their_remarks() {
        let mut report = Report::default();
        let entries = import(PAGE, "msi.md", &mut report).unwrap();
        let rows: Vec<(u32, Option<&str>, Option<&str>)> = entries
            .iter()
            .map(|e| (e.code, e.message.as_deref(), e.description.as_deref()))
            .collect();
        assert_eq!(
            rows,
            [
                (
                    1101,
                    Some("Could not open file stream: [2]. System error: [3]"),
                    None
                ),
                (
                    1306,
                    Some("The file '[2]' is in use. Click Retry."),
                    Some("See System Reboots.")
                ),
                (
                    1935,
                    Some("New text '[6]'. {{component: [2]}}"),
                    Some("Available beginning with Windows Installer for Windows Server 2003.")
                ),
                (
                    2748,
                    Some("Expected product version <= [4], found [5]."),
                    None
                ),
                (2805, None, None),
            ]
        );
        assert!(entries.iter().all(|e| e.name.is_empty()));
        assert_eq!(report.irregularities[CODE_GIVEN_TWICE], ["1935"]);
        assert_eq!(report.irregularities[NO_MESSAGE], ["2805"]);
    }

    #[test]
    fn unknown_shapes_stop_the_import() {
        let mut report = Report::default();
        let named = PAGE.replace("| 1101<br/>", "| ERROR_X<br/>");
        assert!(
            import(&named, "msi.md", &mut report)
                .unwrap_err()
                .contains("msi.md:5: the message code \"ERROR_X\" is not a number")
        );
        let other_table = PAGE.replace("| Remarks    |", "| Notes    |");
        assert!(import(&other_table, "msi.md", &mut report).is_err());
        let short_row = PAGE.replace("| 2805<br/> |     |     |", "| 2805<br/> |");
        assert!(import(&short_row, "msi.md", &mut report).is_err());
        assert!(import("no table here", "msi.md", &mut report).is_err());
    }
}
