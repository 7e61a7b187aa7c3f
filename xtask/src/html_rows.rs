//! Importer of pages laid out as HTML tables (Routing and Remote Access): each row's first
//! `<td>` holds the name in `<strong>` and the decimal value in a `<dt>`, the second the
//! message, which may run over several lines until its `</td>`. Any other row inside a
//! `<tbody>` stops the import with the page and line.

use win_errors_catalog::write::draft::EntryDraft;

use crate::com_pages;
use crate::pages::Report;

pub const NO_MESSAGE: &str =
    "rows without a message cell (kept, with no message known: none is invented)";

pub const NAME_FROM_WINDOWS_SYS: &str = "names the page garbles, given by the windows-sys constant of that value whose name they contain (a garbled name that is still a name kept as an alias)";

/// Every entry of the page's table bodies, in page order. A written name takes the name
/// `known(written, value)` gives when that differs (the windows-sys constant of the value
/// whose name the written one contains: `7ERROR_SHARING_PRIVATE_INSTALL64`,
/// `ERRERROR_INVALID_COMPRESSION_SPECIFIED`); one that is no symbolic name and that `known`
/// does not resolve stops the import.
pub fn import(
    text: &str,
    file: &str,
    report: &mut Report,
    known: impl Fn(&str, u32) -> Option<String>,
) -> Result<Vec<EntryDraft>, String> {
    let lines: Vec<&str> = text.lines().collect();
    let mut entries = Vec::new();
    let mut in_body = false;
    let mut at = 0;
    while let Some(&line) = lines.get(at) {
        let location = format!("{file}:{}", at + 1);
        let trimmed = line.trim();
        at += 1;
        match trimmed {
            "<tbody>" => in_body = true,
            "</tbody>" => in_body = false,
            _ if !in_body || trimmed.starts_with("<tr") || trimmed == "</tr>" => {}
            _ if trimmed.starts_with("<td><span id=") => {
                let name = com_pages::bold_name(trimmed)
                    .ok_or_else(|| format!("{location}: no <strong>NAME</strong> in the cell"))?;
                let code = decimal_value(trimmed)
                    .ok_or_else(|| format!("{location}: {name}: no decimal value in the cell"))?;
                let symbolic = win_errors_catalog::names::is_symbolic_name(&name);
                let (name, alias) = match known(&name, code) {
                    Some(known) if known != name => {
                        report.note(NAME_FROM_WINDOWS_SYS, &format!("{name}: {known}"));
                        // A misspelling that is still a name stays findable as an alias.
                        (known, symbolic.then_some(name))
                    }
                    _ if symbolic => (name, None),
                    _ => return Err(format!("{location}: {name} is not a symbolic name")),
                };
                while lines.get(at).is_some_and(|l| l.trim().is_empty()) {
                    at += 1;
                }
                if lines.get(at).is_some_and(|l| l.trim() == "</tr>") {
                    // ERROR_READING_DEFAULTOFF (689): a row without its message cell.
                    report.note(NO_MESSAGE, &name);
                    entries.push(EntryDraft {
                        name,
                        code,
                        aliases: alias.into_iter().collect(),
                        ..Default::default()
                    });
                    continue;
                }
                let mut message = Vec::new();
                loop {
                    let next = lines.get(at).ok_or_else(|| {
                        format!("{location}: {name}: the message cell never ends")
                    })?;
                    at += 1;
                    let text = next.trim();
                    if text == "</tr>" {
                        return Err(format!("{location}: {name}: the message cell never ends"));
                    }
                    let text = text.strip_prefix("<td>").unwrap_or(text);
                    match text.strip_suffix("</td>") {
                        Some(last) => {
                            message.push(last);
                            break;
                        }
                        None => message.push(text),
                    }
                }
                let mut entry =
                    com_pages::entry(name, code, &message.join(" "), &location, report)?;
                entry.aliases.extend(alias);
                entries.push(entry);
            }
            _ => {
                return Err(format!(
                    "{location}: a table row of an unknown shape: {line}"
                ));
            }
        }
    }
    if entries.is_empty() {
        return Err(format!("{file}: no table rows with a name and a value"));
    }
    Ok(entries)
}

/// The number in the cell's `<dt>NNN</dt>`.
fn decimal_value(cell: &str) -> Option<u32> {
    cell.split("<dt>")
        .filter_map(|part| part.split_once("</dt>"))
        .map(|(inside, _)| inside.trim())
        .find(|inside| !inside.is_empty() && inside.bytes().all(|b| b.is_ascii_digit()))
        .and_then(|digits| digits.parse().ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "<table>\n<thead>\n<tr class=\"header\">\n<th>Return code/value</th>\n<th>Description</th>\n</tr>\n</thead>\n<tbody>\n<tr class=\"odd\">\n<td><span id=\"PENDING\"></span><dl> <dt><strong>PENDING</strong></dt> <dt>600</dt> </dl></td>\n<td>An operation is pending.<br/></td>\n</tr>\n<tr class=\"even\">\n<td><span id=\"ERROR_AUTHENTICATION_FAILURE\"></span><dl> <dt><strong>ERROR_AUTHENTICATION_FAILURE</strong></dt> <dt>691</dt> </dl></td>\n<td>Access denied because the user name\nis not valid.<br/>\n</td>\n</tr>\n</tbody>\n</table>\n";

    #[test]
    fn rows_with_the_name_and_value_then_the_message() {
        let mut report = Report::default();
        let entries = import(PAGE, "ras.md", &mut report, |_, _| None).unwrap();
        let rows: Vec<(&str, u32, Option<&str>)> = entries
            .iter()
            .map(|e| (e.name.as_str(), e.code, e.message.as_deref()))
            .collect();
        assert_eq!(
            rows,
            [
                ("PENDING", 600, Some("An operation is pending.")),
                (
                    "ERROR_AUTHENTICATION_FAILURE",
                    691,
                    Some("Access denied because the user name is not valid.")
                ),
            ]
        );
    }

    #[test]
    fn other_shapes_stop_the_import_with_the_line() {
        let mut report = Report::default();
        let no_value = PAGE.replace("<dt>600</dt>", "<dt>six hundred</dt>");
        assert_eq!(
            import(&no_value, "ras.md", &mut report, |_, _| None).unwrap_err(),
            "ras.md:10: PENDING: no decimal value in the cell"
        );
        let odd_row = PAGE.replace("<td><span id=\"PENDING\">", "<td><b>PENDING</b><span>");
        assert!(
            import(&odd_row, "ras.md", &mut report, |_, _| None)
                .unwrap_err()
                .starts_with("ras.md:10: a table row of an unknown shape")
        );
        let unended = PAGE.replace("is not valid.<br/>\n</td>", "is not valid.");
        assert!(import(&unended, "ras.md", &mut report, |_, _| None).is_err());
        // A row without its message cell is an entry with no message known.
        let bare = PAGE.replace("<td>An operation is pending.<br/></td>\n", "\n");
        let entries = import(&bare, "ras.md", &mut report, |_, _| None).unwrap();
        assert_eq!(
            (entries[0].name.as_str(), entries[0].message.as_deref()),
            ("PENDING", None)
        );
        assert_eq!(report.irregularities[NO_MESSAGE], ["PENDING"]);
        // A garbled name takes the known name of its value, or stops the import.
        let garbled = PAGE.replace("<strong>PENDING</strong>", "<strong>7PENDING64</strong>");
        let known = |written: &str, code| {
            (code == 600 && written.contains("PENDING")).then(|| "PENDING".to_owned())
        };
        let entries = import(&garbled, "ras.md", &mut report, known).unwrap();
        assert_eq!(entries[0].name, "PENDING");
        assert!(entries[0].aliases.is_empty());
        assert!(import(&garbled, "ras.md", &mut report, |_, _| None).is_err());
        // A misspelt name that is still a name is kept as an alias of the known one.
        let misspelt = PAGE.replace("<strong>PENDING</strong>", "<strong>ERRPENDING</strong>");
        let entries = import(&misspelt, "ras.md", &mut report, known).unwrap();
        assert_eq!(
            (entries[0].name.as_str(), &entries[0].aliases[..]),
            ("PENDING", &["ERRPENDING".to_owned()][..])
        );
        assert!(import("no table", "ras.md", &mut report, |_, _| None).is_err());
    }
}
