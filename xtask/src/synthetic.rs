//! Synthetic catalogs shaped like the system catalog, for the size, compile-time and scale
//! measurements: deterministic, so every run measures the same text.

use std::fmt::Write as _;

use win_errors_catalog::Naming;
use win_errors_catalog::write::draft::{CatalogDraft, EntryDraft, RelatedDraft};

const WORDS: &[&str] = &[
    "the",
    "operation",
    "file",
    "device",
    "request",
    "could",
    "not",
    "be",
    "completed",
    "because",
    "access",
    "denied",
    "service",
    "handle",
    "invalid",
    "parameter",
    "network",
    "path",
    "found",
    "is",
    "already",
    "in",
    "use",
    "specified",
    "data",
    "buffer",
    "too",
    "small",
    "for",
    "system",
];

/// A catalog of `count` entries shaped like the system catalog: codes in dense runs with
/// gaps, names of a few words, messages of about 70 bytes, a related list on every 50th.
pub fn synthetic_catalog(count: usize) -> String {
    let mut state = 0x2545_F491_4F6C_DD1Du64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let mut code = 0u32;
    let entries: Vec<EntryDraft> = (0..count)
        .map(|i| {
            code += if next() % 8 == 0 {
                1 + (next() % 40) as u32
            } else {
                1
            };
            let word = |n: u64| WORDS[(n % WORDS.len() as u64) as usize];
            let name = format!(
                "ERROR_{}_{}_{i}",
                word(next()).to_ascii_uppercase(),
                word(next()).to_ascii_uppercase()
            );
            let mut message = String::new();
            while message.len() < 60 {
                let _ = write!(message, "{} ", word(next()));
            }
            message.push_str("%1.");
            EntryDraft {
                name,
                code,
                message: Some(capitalize(&message)),
                ..Default::default()
            }
        })
        .collect();
    let mut entries = entries;
    for i in (50..count).step_by(50) {
        let target = RelatedDraft {
            name: entries[i - 1].name.clone(),
            code: entries[i - 1].code,
        };
        entries[i].related.push(target);
    }
    CatalogDraft {
        schema: None,
        comments: vec![format!(
            "Synthetic catalog written by cargo xtask bench-*: {count} entries."
        )],
        enum_name: "WinError".to_owned(),
        description: Some(format!("A synthetic catalog of {count} entries.")),
        codes: None,
        naming: Naming::Symbolic,
        family: None,
        // A measuring catalog, not a shipped one.
        non_exhaustive: false,
        hex_codes: false,
        entries,
    }
    .to_toml()
}

fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn synthetic_catalogs_pass_the_rules_and_are_deterministic() {
        let text = synthetic_catalog(500);
        let checked = win_errors_generator::check(&text).unwrap();
        assert_eq!(checked.entries.len(), 500);
        assert_eq!(checked.entries[50].related.len(), 1);
        assert_eq!(text, synthetic_catalog(500));
        assert!(crate::bench::raw_text_bytes(&text).unwrap() > 500 * 60);
    }
}
