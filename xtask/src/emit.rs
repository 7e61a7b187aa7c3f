//! The catalog text of imported entries: every value, in no particular layout. The
//! importers pass it through `win_errors_catalog::write::canonical`, the layout
//! `win-errors fmt` writes, so a second import of the same input writes the same bytes and
//! the layout is decided in one place.

use std::fmt::Write;

use win_errors_catalog::Sections;

use crate::model::{CatalogHeader, ImportedEntry};

pub use win_errors_catalog::toml_string;

fn string_list(items: &[String]) -> String {
    let items: Vec<String> = items.iter().map(|s| toml_string(s)).collect();
    format!("[{}]", items.join(", "))
}

/// The catalog text of `entries` (sorted here by code). Entries that all have no name (their
/// `name` empty: the source gives none) make a catalog of entries known by their code alone,
/// `names = "none"`.
pub fn render(header: &CatalogHeader, entries: &[ImportedEntry]) -> String {
    let mut sorted: Vec<&ImportedEntry> = entries.iter().collect();
    sorted.sort_by_key(|e| (e.code, e.name.as_str()));
    let mut out = String::new();
    if let Some(schema) = header.schema {
        let _ = writeln!(out, "#:schema {schema}");
    }
    for line in &header.comments {
        if line.is_empty() {
            out.push_str("#\n");
        } else {
            let _ = writeln!(out, "# {line}");
        }
    }
    let _ = writeln!(
        out,
        "\n[catalog]\nenum = {}\ndescription = {}",
        toml_string(&header.enum_name),
        toml_string(&header.description)
    );
    if let Some(codes) = header.codes {
        let _ = writeln!(out, "codes = {}", toml_string(codes));
    }
    let nameless = !entries.is_empty() && entries.iter().all(|e| e.name.is_empty());
    if nameless {
        let _ = writeln!(out, "names = \"none\"");
    }
    if let Some(family) = header.family {
        let _ = writeln!(out, "family = {}", toml_string(family));
    }
    // A catalog of signed codes writes them as the signed numbers they are; one whose codes
    // are mostly 32-bit patterns (PDH's 0x800007D0) in hex, as they are known.
    let signed = header.codes == Some("signed");
    let hex = !signed && entries.iter().filter(|e| e.code > 0xFFFF).count() * 2 > entries.len();
    let shown = |code: u32| {
        if signed {
            code.cast_signed().to_string()
        } else if hex {
            format!("0x{code:X}")
        } else {
            code.to_string()
        }
    };
    for entry in sorted {
        let message = match &entry.message {
            Some(message) => format!("message = {}", toml_string(message)),
            None => "message_known = false".to_owned(),
        };
        let _ = writeln!(out, "\n[[error]]");
        if !nameless {
            let _ = writeln!(out, "name = {}", toml_string(&entry.name));
        }
        let _ = writeln!(out, "code = {}\n{message}", shown(entry.code));
        if let Some(caption) = &entry.caption {
            let _ = writeln!(out, "caption = {}", toml_string(caption));
        }
        if let Some(family) = entry
            .family
            .as_deref()
            .filter(|f| Some(*f) != header.family)
        {
            let _ = writeln!(out, "family = {}", toml_string(family));
        }
        if !entry.related.is_empty() {
            let related: Vec<String> = entry
                .related
                .iter()
                .map(|(name, c)| {
                    format!("{{ name = {}, code = {} }}", toml_string(name), shown(*c))
                })
                .collect();
            let _ = writeln!(out, "related = [{}]", related.join(", "));
        }
        if !entry.aliases.is_empty() {
            let _ = writeln!(out, "aliases = {}", string_list(&entry.aliases));
        }
        if let Some(description) = &entry.description {
            let _ = writeln!(out, "description = {}", toml_string(description));
        }
        write_sections(&mut out, &entry.sections);
    }
    out
}

/// The reference sections that are present.
fn write_sections(out: &mut String, sections: &Sections) {
    let single = |out: &mut String, key: &str, text: &Option<String>| {
        if let Some(text) = text {
            let _ = writeln!(out, "{key} = {}", toml_string(text));
        }
    };
    single(out, "meaning", &sections.meaning);
    single(out, "context", &sections.context);
    let list = |out: &mut String, key: &str, items: Vec<String>| {
        if !items.is_empty() {
            let _ = writeln!(out, "{key} = [{}]", items.join(", "));
        }
    };
    list(
        out,
        "remedies",
        sections.remedies.iter().map(|r| toml_string(r)).collect(),
    );
    list(
        out,
        "faq",
        sections
            .faq
            .iter()
            .map(|f| {
                format!(
                    "{{ q = {}, a = {} }}",
                    toml_string(&f.question),
                    toml_string(&f.answer)
                )
            })
            .collect(),
    );
    single(out, "summary", &sections.summary);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rendering_sorts_by_code_and_round_trips_through_the_rule_book() {
        let header = CatalogHeader {
            enum_name: "E".into(),
            description: "D.".into(),
            codes: Some("win32"),
            comments: vec!["Generated.".into(), String::new()],
            family: Some("System"),
            schema: Some("./catalog.schema.json"),
        };
        let entry = |name: &str, code| ImportedEntry {
            name: name.into(),
            code,
            message: Some(format!("{name} \"quoted\" \\ %1.")),
            ..Default::default()
        };
        let mut b = entry("ERROR_B", 2);
        b.related = vec![("ERROR_A".into(), 1)];
        b.aliases = vec!["ERROR_BB".into()];
        b.description = Some("Long.\n\nMore.".into());
        b.sections = Sections {
            meaning: Some("Means.".into()),
            context: None,
            remedies: vec!["One.".into(), "Two \"quoted\".".into()],
            faq: vec![win_errors_catalog::Faq {
                question: "Why?".into(),
                answer: "So.".into(),
            }],
            summary: Some("Short.".into()),
        };
        let b_sections = b.sections.clone();
        let text = render(&header, &[b, entry("ERROR_A", 1)]);
        assert!(text.starts_with(
            "#:schema ./catalog.schema.json\n# Generated.\n#\n\n[catalog]\nenum = \"E\"\n"
        ));
        let checked = win_errors_catalog::check(&text).unwrap();
        assert_eq!(checked.entries[0].name, "ERROR_A");
        assert_eq!(
            checked.entries[0].message.as_deref(),
            Some("ERROR_A \"quoted\" \\ %1.")
        );
        assert_eq!(checked.entries[1].related, [0]);
        assert_eq!(checked.entries[1].aliases, ["ERROR_BB"]);
        assert_eq!(
            checked.entries[1].description.as_deref(),
            Some("Long.\n\nMore.")
        );
        assert_eq!(checked.entries[1].sections, b_sections);
        // The layout is the canonical one's: lists of sentences one item a line.
        let laid_out = win_errors_catalog::write::canonical::canonical(&text, &checked).unwrap();
        assert!(
            laid_out.contains("remedies = [\n    \"One.\",\n    \"Two \\\"quoted\\\".\",\n]\n")
        );
        assert!(laid_out.contains("[[error]]\nname = \"ERROR_A\"\ncode = 1\n"));
    }
}
