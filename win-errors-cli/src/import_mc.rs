//! `win-errors import-mc`: a Message Compiler file written as a TOML catalog in canonical
//! form, the same catalog the macro reads from the `.mc` file (its rules are checked first).

use std::io::Write;
use std::path::Path;

use win_errors_catalog::write::canonical::canonical;
use win_errors_catalog::write::draft::{CatalogDraft, EntryDraft};
use win_errors_catalog::{CheckedCatalog, Naming, is_message_file};

use crate::check::{Outcome, Problems, check_file, problems_text};

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
        let mut problems = Problems::default();
        problems.add_file(count);
        problems.write_summary(err);
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The codes lines of the TOML that `source`, a message file, is imported as.
    fn codes_written(source: &str) -> Vec<String> {
        let catalog = win_errors_catalog::check_mc_with(source, "Messages", &Default::default())
            .unwrap_or_else(|rejected| panic!("{:?}", rejected.diagnostics));
        let text = toml_of("messages.mc", &catalog).unwrap();
        text.lines()
            .filter(|line| line.starts_with("code") || line.starts_with("codes"))
            .map(str::to_owned)
            .collect()
    }

    /// A message file of one message a code: `Severity=Informational` makes it 32 bits wide.
    fn messages(codes: &[(u32, bool)]) -> String {
        codes
            .iter()
            .enumerate()
            .map(|(i, (id, wide))| {
                let severity = if *wide { "Severity=Informational\n" } else { "" };
                format!("MessageId={id:#x}\n{severity}SymbolicName=APP_{i}\nLanguage=English\nText.\n.\n")
            })
            .collect()
    }

    #[test]
    fn codes_are_hex_when_one_is_wider_than_16_bits() {
        assert_eq!(
            codes_written(&messages(&[(1, false), (2, false), (3, true)])),
            ["code = 0x1", "code = 0x2", "code = 0x40000003"]
        );
        assert_eq!(
            codes_written(&messages(&[(0xFFFF, false), (4, true)])),
            ["code = 0xFFFF", "code = 0x40000004"]
        );
        // 0xFFFF is 16 bits.
        assert_eq!(
            codes_written(&messages(&[(1, false), (0xFFFF, false)])),
            ["codes = \"win32\"", "code = 1", "code = 65535"]
        );
    }

    #[test]
    fn the_kind_of_the_codes_is_written_when_the_file_gives_one() {
        let hresults = format!("MessageIdTypedef=HRESULT\n{}", messages(&[(1, true)]));
        assert_eq!(
            codes_written(&hresults),
            ["codes = \"hresult\"", "code = 0x40000001"]
        );
        // A DWORD file of 16-bit ids is a Win32 catalog; one of wider codes has no kind.
        assert_eq!(
            codes_written(&messages(&[(1, false)])),
            ["codes = \"win32\"", "code = 1"]
        );
        assert_eq!(
            codes_written(&messages(&[(1, true)])),
            ["code = 0x40000001"]
        );
    }
}
