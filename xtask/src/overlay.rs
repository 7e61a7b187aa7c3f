//! Hand-kept fields the pages do not have (related entries, descriptions, extra aliases,
//! variant names), merged into the import so that regenerating never loses them.

use serde::Deserialize;
use win_errors_catalog::write::draft::{EntryDraft, RelatedDraft};
use win_errors_catalog::{Faq, Sections};

/// The overlay file: `[[error]]` tables keyed by `name`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Overlay {
    #[serde(default)]
    pub error: Vec<OverlayEntry>,
}

/// Fields added to (or, for `description` and the sections, replacing those of) the
/// imported entry `name`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OverlayEntry {
    pub name: String,
    /// Related entries, by symbolic name; the importer writes their codes beside them.
    #[serde(default)]
    pub related: Vec<String>,
    pub description: Option<String>,
    #[serde(default)]
    pub aliases: Vec<String>,
    pub meaning: Option<String>,
    pub context: Option<String>,
    #[serde(default)]
    pub remedies: Vec<String>,
    #[serde(default)]
    pub faq: Vec<OverlayFaq>,
    pub summary: Option<String>,
}

/// A question and its answer, as the catalog writes them.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OverlayFaq {
    pub q: String,
    pub a: String,
}

impl Overlay {
    /// Parses overlay text; `path` names it in errors.
    pub fn parse(text: &str, path: &str) -> Result<Overlay, String> {
        toml::from_str(text).map_err(|e| format!("{path}: {e}"))
    }

    /// Merges into `entries`; every name the overlay mentions must be imported.
    pub fn apply(&self, entries: &mut [EntryDraft]) -> Result<(), String> {
        let mut problems = Vec::new();
        for patch in &self.error {
            let code_of = |name: &str| entries.iter().find(|e| e.name == name).map(|e| e.code);
            let mut related = Vec::new();
            for name in &patch.related {
                match code_of(name) {
                    Some(code) => related.push(RelatedDraft {
                        name: name.clone(),
                        code,
                    }),
                    None => problems.push(format!(
                        "overlay: {} relates to {name}, which is not in the catalog",
                        patch.name
                    )),
                }
            }
            let Some(entry) = entries.iter_mut().find(|e| e.name == patch.name) else {
                problems.push(format!("overlay: {} is not in the catalog", patch.name));
                continue;
            };
            entry.related.extend(related);
            entry.aliases.extend(patch.aliases.iter().cloned());
            if patch.description.is_some() {
                entry.description.clone_from(&patch.description);
            }
            entry.sections = Sections {
                meaning: patch.meaning.clone(),
                context: patch.context.clone(),
                remedies: patch.remedies.clone(),
                faq: patch
                    .faq
                    .iter()
                    .map(|item| Faq {
                        question: item.q.clone(),
                        answer: item.a.clone(),
                    })
                    .collect(),
                // The overlay keeps no parameters: the importer's stay.
                parameters: std::mem::take(&mut entry.sections.parameters),
                summary: patch.summary.clone(),
            };
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(problems.join("\n"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(name: &str, code: u32) -> EntryDraft {
        EntryDraft {
            name: name.into(),
            code,
            message: Some("m".into()),
            ..Default::default()
        }
    }

    #[test]
    fn related_names_get_their_real_codes() {
        let overlay = Overlay::parse(
            "[[error]]\nname = \"ERROR_NO_SUCH_LOGON_SESSION\"\nrelated = [\"ERROR_INVALID_PARAMETER\"]\ndescription = \"D.\"\n",
            "o.toml",
        )
        .unwrap();
        let mut entries = vec![
            entry("ERROR_NO_SUCH_LOGON_SESSION", 1312),
            entry("ERROR_INVALID_PARAMETER", 87),
        ];
        overlay.apply(&mut entries).unwrap();
        assert_eq!(
            entries[0].related,
            [RelatedDraft {
                name: "ERROR_INVALID_PARAMETER".to_owned(),
                code: 87
            }]
        );
        assert_eq!(entries[0].description.as_deref(), Some("D."));
    }

    #[test]
    fn sections_come_from_the_overlay() {
        let overlay = Overlay::parse(
            "[[error]]\nname = \"ERROR_A\"\nmeaning = \"M.\"\nremedies = [\"R1.\", \"R2.\"]\n\
             faq = [{ q = \"Q?\", a = \"A.\" }]\nsummary = \"S.\"\n",
            "o.toml",
        )
        .unwrap();
        let mut entries = vec![entry("ERROR_A", 1), entry("ERROR_B", 2)];
        overlay.apply(&mut entries).unwrap();
        let sections = &entries[0].sections;
        assert_eq!(sections.meaning.as_deref(), Some("M."));
        assert_eq!(sections.context, None);
        assert_eq!(sections.remedies, ["R1.", "R2."]);
        assert_eq!(
            sections.faq,
            [Faq {
                question: "Q?".into(),
                answer: "A.".into()
            }]
        );
        assert_eq!(sections.summary.as_deref(), Some("S."));
        assert!(entries[1].sections.is_empty());
        assert!(
            Overlay::parse("[[error]]\nname = \"A\"\nfaq = [{ q = \"Q\" }]\n", "o.toml").is_err()
        );
    }

    /// The overlay's keys are the catalog's: serde's `rename` takes only literals, so its field
    /// names spell them, and this holds them to `keys`.
    #[test]
    fn the_overlay_keys_are_the_catalog_keys() {
        use win_errors_catalog::keys::{
            ALIASES, ANSWER, CONTEXT, DESCRIPTION, ERROR, FAQ, MEANING, NAME, QUESTION, RELATED,
            REMEDIES, SUMMARY,
        };
        let text = format!(
            "[[{ERROR}]]\n{NAME} = \"ERROR_A\"\n{RELATED} = [\"ERROR_B\"]\n{DESCRIPTION} = \"D.\"\n\
             {ALIASES} = [\"ERROR_AA\"]\n{MEANING} = \"M.\"\n{CONTEXT} = \"C.\"\n\
             {REMEDIES} = [\"R.\"]\n{FAQ} = [{{ {QUESTION} = \"Q?\", {ANSWER} = \"A.\" }}]\n\
             {SUMMARY} = \"S.\"\n"
        );
        let mut entries = vec![entry("ERROR_A", 1), entry("ERROR_B", 2)];
        Overlay::parse(&text, "o.toml")
            .unwrap()
            .apply(&mut entries)
            .unwrap();
        let [a, _] = entries.as_slice() else {
            panic!("two entries");
        };
        assert_eq!(a.related.len(), 1);
        assert_eq!(a.aliases, ["ERROR_AA"]);
        assert_eq!(a.description.as_deref(), Some("D."));
        let sections = &a.sections;
        assert_eq!(sections.meaning.as_deref(), Some("M."));
        assert_eq!(sections.context.as_deref(), Some("C."));
        assert_eq!(sections.remedies, ["R."]);
        assert_eq!(sections.faq.len(), 1);
        assert_eq!(sections.summary.as_deref(), Some("S."));
    }

    #[test]
    fn unknown_names_and_keys_are_errors() {
        let overlay = Overlay::parse(
            "[[error]]\nname = \"ERROR_X\"\nrelated = [\"ERROR_Y\"]\n",
            "o.toml",
        )
        .unwrap();
        let error = overlay.apply(&mut [entry("ERROR_A", 1)]).unwrap_err();
        assert_eq!(
            error,
            "overlay: ERROR_X relates to ERROR_Y, which is not in the catalog\noverlay: ERROR_X is not in the catalog"
        );
        assert!(Overlay::parse("[[error]]\nname = \"A\"\nrelatd = []\n", "o.toml").is_err());
    }
}
