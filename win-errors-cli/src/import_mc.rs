//! `win-errors import-mc`: a Message Compiler file written as a TOML catalog in canonical
//! form, the same catalog the macro reads from the `.mc` file (its rules are checked first).

use std::io::Write;
use std::path::Path;

use win_errors_catalog::write::canonical::canonical;
use win_errors_catalog::write::draft::{CatalogDraft, EntryDraft};
use win_errors_catalog::{CheckedCatalog, Naming, is_message_file};

use crate::check::{Outcome, check_file, problems_text, summary};

/// Writes the catalog of the message file `file` as TOML to `out`; its problems go to
/// `out` as `check` prints them. Returns 0 when written, 1 when the file has problems, 2 when
/// it cannot be read.
pub fn run(file: &str, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let path = Path::new(file);
    if !is_message_file(path) {
        let _ = writeln!(
            err,
            "win-errors: {file}: not a message file (`.mc`); `win-errors fmt` rewrites TOML catalogs"
        );
        return 2;
    }
    let outcome = check_file(path);
    if let Some((text, count)) = problems_text(file, &outcome, false) {
        let _ = out.write_all(text.as_bytes());
        let _ = err.write_all(summary(count, 1).as_bytes());
        return if matches!(outcome, Outcome::Unreadable(_)) {
            2
        } else {
            1
        };
    }
    let Outcome::Passed { catalog, .. } = outcome else {
        return 1;
    };
    match toml_of(file, &catalog) {
        Ok(text) => {
            let _ = out.write_all(text.as_bytes());
            0
        }
        Err(why) => {
            let _ = writeln!(err, "win-errors: {file}: {why}");
            1
        }
    }
}

/// The checked catalog as canonical TOML, held to the rule book once more as TOML.
fn toml_of(file: &str, catalog: &CheckedCatalog) -> Result<String, String> {
    let name = Path::new(file)
        .file_name()
        .map_or_else(|| file.to_owned(), |n| n.to_string_lossy().into_owned());
    let draft = CatalogDraft {
        schema: None,
        comments: vec![format!("Imported from {name} by `win-errors import-mc`.")],
        enum_name: catalog.enum_name.clone(),
        description: catalog.description.clone(),
        codes: Some(catalog.codes).filter(|kind| *kind != win_errors_catalog::CodeKind::Other),
        naming: Naming::Symbolic,
        family: None,
        non_exhaustive: catalog.non_exhaustive,
        hex_codes: catalog.entries.iter().any(|e| e.code > 0xFFFF),
        entries: catalog
            .entries
            .iter()
            .map(|entry| EntryDraft {
                name: entry.name.clone(),
                code: entry.code,
                message: entry.message.clone(),
                ..EntryDraft::default()
            })
            .collect(),
    };
    let text = draft.to_toml();
    let checked = win_errors_generator::check(&text).map_err(|problems| {
        let first = problems.first().map(|p| p.render("(imported)", &text));
        format!(
            "the imported catalog breaks a rule: {}",
            first.unwrap_or_default()
        )
    })?;
    canonical(&text, &checked)
}
