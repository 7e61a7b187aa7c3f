//! Importer of the Extensible Storage Engine Error Codes page: Markdown tables (`Success`,
//! `Warnings`, `Errors`) of `<p>` cells, the first holding the name and its signed value as
//! `NAME<br />VALUE` or `NAME VALUE`, or a name and the name it is another name of
//! (`JET_errColumnIllegalNull<br />JET_errNullInvalid`: an alias of that entry); the second
//! the message. The page's requirements table is not entries; any other row stops the import.

use win_errors_catalog::write::draft::EntryDraft;

use crate::family_pages::{TableRow, table_rows};
use crate::markdown::to_plain_text;
use crate::pages::Report;

pub const NAME_AND_VALUE_SPACED: &str =
    "cells writing the value after a space, not a line break (read the same)";
pub const VALUE_AS_NAME: &str = "names given another name as their value (an alias of that entry)";

/// The page's entries, in page order, each code as its 32 bits.
pub fn import(text: &str, file: &str, report: &mut Report) -> Result<Vec<EntryDraft>, String> {
    let rows = table_rows(text, file, |header, location| {
        match header.get(1).map(|cell| to_plain_text(&paragraph(cell))) {
            Some(first)
                if ["Success", "Warnings", "Errors", "Requirement"].contains(&first.as_str()) =>
            {
                Ok(())
            }
            _ => Err(format!(
                "{location}: a table of an unknown shape: {}",
                header.join("|")
            )),
        }
    })?;
    let mut entries: Vec<EntryDraft> = Vec::new();
    let mut aliases: Vec<(String, String, String)> = Vec::new();
    for TableRow {
        location,
        header,
        cells,
    } in rows
    {
        if header.get(1).is_some_and(|h| h.contains("Requirement")) {
            continue;
        }
        let (Some(first), Some(message)) = (cells.get(1), cells.get(2)) else {
            return Err(format!("{location}: a row without its two cells"));
        };
        let first = paragraph(first);
        let (name, value) = match first.split_once("<br />") {
            Some((name, value)) => (name.trim(), value.trim()),
            None => {
                let (name, value) = first
                    .rsplit_once(' ')
                    .ok_or_else(|| format!("{location}: no value in {first}"))?;
                report.note(NAME_AND_VALUE_SPACED, name);
                (name.trim(), value.trim())
            }
        };
        let name = to_plain_text(name);
        if !win_errors_catalog::names::is_symbolic_name(&name) {
            return Err(format!("{location}: {name} is not a symbolic name"));
        }
        let message = to_plain_text(&paragraph(message));
        if message.is_empty() {
            return Err(format!("{location}: {name} has an empty message"));
        }
        match value.parse::<i32>() {
            Ok(code) => entries.push(EntryDraft {
                name,
                code: code.cast_unsigned(),
                message: Some(message),
                ..Default::default()
            }),
            Err(_) if win_errors_catalog::names::is_symbolic_name(value) => {
                report.note(VALUE_AS_NAME, &format!("{name} = {value}"));
                aliases.push((name, value.to_owned(), location));
            }
            Err(_) => return Err(format!("{location}: {name}: {value} is not a signed value")),
        }
    }
    for (alias, of, location) in aliases {
        let target = entries
            .iter_mut()
            .find(|e| e.name == of)
            .ok_or_else(|| format!("{location}: {alias} is given as {of}, which the page lacks"))?;
        target.aliases.push(alias);
    }
    if entries.is_empty() {
        return Err(format!("{file}: no entries"));
    }
    Ok(entries)
}

/// The text inside a cell's `<p>...</p>`.
fn paragraph(cell: &str) -> String {
    let cell = cell.trim();
    cell.strip_prefix("<p>")
        .and_then(|c| c.strip_suffix("</p>"))
        .unwrap_or(cell)
        .trim()
        .to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "| <p>Success</p> | <p>Description</p> | \n|---|---|\n| <p>JET_errSuccess 0</p> | <p>The function succeeded.</p> | \n\n\
| <p>Warnings</p> | <p>Description</p> | \n|---|---|\n| <p>JET_wrnColumnNull<br />1004</p> | <p>The column has a <strong>NULL</strong> value.</p> | \n\n\
| <p>Errors</p> | <p>Description</p> | \n|---|---|\n| <p>JET_errColumnIllegalNull<br />JET_errNullInvalid</p> | <p>Null is not valid.</p> | \n| <p>JET_errNullInvalid<br />-1504</p> | <p>Null is not valid.</p> | \n| <p>JET_errReadVerifyFailure -1018</p> | <p>A checksum failed.</p> | \n\n\
| Requirement | Value |\n|---|---|\n| <p><strong>Header</strong></p> | <p>Declared in Esent.h.</p> | \n";

    #[test]
    fn signed_values_spaced_or_broken_and_names_given_as_values() {
        let mut report = Report::default();
        let entries = import(PAGE, "ese.md", &mut report).unwrap();
        let rows: Vec<(&str, i32, &[String], Option<&str>)> = entries
            .iter()
            .map(|e| {
                (
                    e.name.as_str(),
                    e.code.cast_signed(),
                    e.aliases.as_slice(),
                    e.message.as_deref(),
                )
            })
            .collect();
        assert_eq!(
            rows,
            [
                (
                    "JET_errSuccess",
                    0,
                    &[][..],
                    Some("The function succeeded.")
                ),
                (
                    "JET_wrnColumnNull",
                    1004,
                    &[][..],
                    Some("The column has a NULL value.")
                ),
                (
                    "JET_errNullInvalid",
                    -1504,
                    &["JET_errColumnIllegalNull".to_owned()][..],
                    Some("Null is not valid.")
                ),
                (
                    "JET_errReadVerifyFailure",
                    -1018,
                    &[][..],
                    Some("A checksum failed.")
                ),
            ]
        );
        assert_eq!(report.irregularities[VALUE_AS_NAME].len(), 1);
        assert_eq!(report.irregularities[NAME_AND_VALUE_SPACED].len(), 2);
    }

    #[test]
    fn unknown_shapes_stop_the_import() {
        let mut report = Report::default();
        let bad_value = PAGE.replace("<br />1004", "<br />ten");
        assert!(import(&bad_value, "ese.md", &mut report).is_err());
        let missing_target =
            PAGE.replace("JET_errNullInvalid<br />-1504", "JET_errOther<br />-1504");
        assert!(
            import(&missing_target, "ese.md", &mut report)
                .unwrap_err()
                .contains(
                    "JET_errColumnIllegalNull is given as JET_errNullInvalid, which the page lacks"
                )
        );
        let other_table = PAGE.replace("<p>Warnings</p>", "<p>Notes</p>");
        assert!(import(&other_table, "ese.md", &mut report).is_err());
    }
}
