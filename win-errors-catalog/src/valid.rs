//! The rule book: one function per rule over the parsed catalog, then resolution into the
//! [`CheckedCatalog`].
//!
//! Each rule records every violation it finds and never stops early. Duplicates point at the
//! later occurrence and name the line of the earlier one.

use std::collections::HashMap;
use std::collections::hash_map::Entry as MapEntry;

use crate::ast::{Catalog, Entry, RelatedRef, Spanned};
use crate::ctxt::Ctxt;
use crate::model::{CheckedCatalog, CheckedEntry, CodeKind, DEFAULT_ENUM_NAME, Faq, Sections};
use crate::names::{
    MAX_NAME_BYTES, is_identifier, is_keyword, is_symbolic_name, suggest, variant_name,
};

/// Runs every rule; returns the checked catalog when none was broken (and parsing recorded
/// nothing either).
pub(crate) fn validate(
    cx: &mut Ctxt<'_>,
    catalog: &Catalog,
    generated_items: &[&str],
) -> Option<CheckedCatalog> {
    catalog_is_not_empty(cx, catalog);
    enum_name_is_an_identifier(cx, catalog);
    code_kind_is_known(cx, catalog);
    texts_are_not_empty(cx, catalog);
    section_lists_are_not_empty(cx, catalog);
    names_are_symbolic(cx, catalog);
    names_fit_in_255_bytes(cx, catalog);
    names_are_unique(cx, catalog);
    codes_are_unique(cx, catalog);
    variant_overrides_are_identifiers(cx, catalog, generated_items);
    variant_names_are_unique(cx, catalog);
    let index = Index::new(catalog);
    let related = resolve_related(cx, catalog, &index);
    related_names_and_codes_agree(cx, catalog, &index);
    no_entry_is_related_to_itself(cx, catalog, &related);
    no_entry_is_listed_twice_in_related(cx, catalog, &related);
    if cx.has_errors() {
        return None;
    }
    build(catalog, &related)
}

/// Every entry's position by each of its names (name and aliases) and by its code; the
/// first occurrence wins, as the uniqueness rules report the later ones.
struct Index<'c> {
    by_name: HashMap<&'c str, usize>,
    by_code: HashMap<u32, usize>,
}

impl<'c> Index<'c> {
    fn new(catalog: &'c Catalog) -> Self {
        let mut by_name = HashMap::new();
        let mut by_code = HashMap::new();
        for (i, entry) in catalog.entries.iter().enumerate() {
            for name in entry.name.iter().chain(&entry.aliases) {
                by_name.entry(name.value.as_str()).or_insert(i);
            }
            if let Some(code) = &entry.code {
                by_code.entry(code.value).or_insert(i);
            }
        }
        Index { by_name, by_code }
    }
}

fn catalog_is_not_empty(cx: &mut Ctxt<'_>, catalog: &Catalog) {
    if catalog.entries.is_empty() {
        cx.error_whole(
            "the catalog has no entries: add at least one `[[error]]` table with `name`, `code` and `message`",
        );
    }
}

fn enum_name_is_an_identifier(cx: &mut Ctxt<'_>, catalog: &Catalog) {
    if let Some(name) = &catalog.enum_name {
        identifier_rule(cx, name, "`enum`");
    }
}

fn code_kind_is_known(cx: &mut Ctxt<'_>, catalog: &Catalog) {
    let Some(codes) = &catalog.codes else { return };
    if code_kind(codes).is_none() {
        let known: Vec<String> = CodeKind::ALL
            .iter()
            .map(|(k, _)| format!("\"{k}\""))
            .collect();
        cx.error(
            codes.span.clone(),
            format!(
                "`codes` \"{}\" is not one of {}",
                codes.value,
                known.join(", ")
            ),
        );
    }
}

fn code_kind(codes: &Spanned<String>) -> Option<CodeKind> {
    CodeKind::ALL
        .iter()
        .find(|(spelling, _)| *spelling == codes.value)
        .map(|&(_, kind)| kind)
}

/// A variant override is an identifier, not a keyword, and not the name of a generated item
/// (derived variant names are UpperCamelCase and cannot be one).
fn variant_overrides_are_identifiers(
    cx: &mut Ctxt<'_>,
    catalog: &Catalog,
    generated_items: &[&str],
) {
    for variant in catalog.entries.iter().filter_map(|e| e.variant.as_ref()) {
        if generated_items.contains(&variant.value.as_str()) {
            cx.error(
                variant.span.clone(),
                format!(
                    "`variant` \"{}\" is the name of an item every generated type has; choose another",
                    variant.value
                ),
            );
        } else {
            identifier_rule(cx, variant, "`variant`");
        }
    }
}

fn identifier_rule(cx: &mut Ctxt<'_>, word: &Spanned<String>, what: &str) {
    if !is_identifier(&word.value) {
        cx.error(
            word.span.clone(),
            format!(
                "{what} \"{}\" is not a Rust identifier: use ASCII letters, digits and `_`, not starting with a digit",
                word.value
            ),
        );
    } else if is_keyword(&word.value) {
        cx.error(
            word.span.clone(),
            format!("{what} \"{}\" is a Rust keyword", word.value),
        );
    }
}

fn texts_are_not_empty(cx: &mut Ctxt<'_>, catalog: &Catalog) {
    let mut check = |text: &Spanned<String>, what: &str| {
        if text.value.trim().is_empty() {
            cx.error(text.span.clone(), format!("{what} is empty"));
        }
    };
    if let Some(description) = &catalog.description {
        check(description, "the catalog's `description`");
    }
    if let Some(family) = &catalog.family {
        check(family, "the catalog's `family`");
    }
    for entry in &catalog.entries {
        let owner = entry.name().unwrap_or("this entry");
        if let Some(message) = &entry.message {
            check(message, &format!("the `message` of {owner}"));
        }
        if let Some(description) = &entry.description {
            check(description, &format!("the `description` of {owner}"));
        }
        if let Some(family) = &entry.family {
            check(family, &format!("the `family` of {owner}"));
        }
        for (section, key) in [
            (&entry.meaning, "meaning"),
            (&entry.context, "context"),
            (&entry.summary, "summary"),
        ] {
            if let Some(text) = section {
                check(text, &format!("the `{key}` of {owner}"));
            }
        }
        for (n, remedy) in entry.remedies.iter().flat_map(|r| &r.value).enumerate() {
            check(remedy, &format!("remedy {} of {owner}", n + 1));
        }
        for (n, item) in entry.faq.iter().flat_map(|f| &f.value).enumerate() {
            check(&item.question, &format!("question {} of {owner}", n + 1));
            check(
                &item.answer,
                &format!("the answer to question {} of {owner}", n + 1),
            );
        }
    }
}

/// `remedies = []` or `faq = []` says nothing: leaving the key out says the same.
fn section_lists_are_not_empty(cx: &mut Ctxt<'_>, catalog: &Catalog) {
    for entry in &catalog.entries {
        let owner = entry.name().unwrap_or("this entry");
        let remedies = entry
            .remedies
            .as_ref()
            .map(|r| (r.value.is_empty(), &r.span));
        let faq = entry.faq.as_ref().map(|f| (f.value.is_empty(), &f.span));
        for (key, list) in [("remedies", remedies), ("faq", faq)] {
            if let Some((true, span)) = list {
                cx.error(
                    span.clone(),
                    format!(
                        "the `{key}` of {owner} is an empty list; add items or leave the key out"
                    ),
                );
            }
        }
    }
}

fn names_are_symbolic(cx: &mut Ctxt<'_>, catalog: &Catalog) {
    for entry in &catalog.entries {
        for (name, what) in entry
            .name
            .iter()
            .map(|n| (n, "name"))
            .chain(entry.aliases.iter().map(|a| (a, "alias")))
        {
            if !is_symbolic_name(&name.value) {
                cx.error(
                    name.span.clone(),
                    format!(
                        "{what} \"{}\" is not a symbolic name: it must start with an uppercase ASCII letter, followed by ASCII letters, digits and `_` (like ERROR_ACCESS_DENIED)",
                        name.value
                    ),
                );
            }
        }
    }
}

/// The tables store a name's length in one byte; real symbolic names are far shorter.
fn names_fit_in_255_bytes(cx: &mut Ctxt<'_>, catalog: &Catalog) {
    for entry in &catalog.entries {
        for name in entry.name.iter().chain(&entry.aliases) {
            if name.value.len() > MAX_NAME_BYTES {
                cx.error(
                    name.span.clone(),
                    format!(
                        "the name {}... is {} bytes long; symbolic names are at most {MAX_NAME_BYTES} bytes",
                        name.value.get(..32).unwrap_or(&name.value),
                        name.value.len()
                    ),
                );
            }
        }
    }
}

fn names_are_unique(cx: &mut Ctxt<'_>, catalog: &Catalog) {
    let mut first: HashMap<&str, &Spanned<String>> = HashMap::new();
    for entry in &catalog.entries {
        for name in entry.name.iter().chain(&entry.aliases) {
            match first.entry(name.value.as_str()) {
                MapEntry::Vacant(slot) => {
                    slot.insert(name);
                }
                MapEntry::Occupied(earlier) => {
                    let line = cx.line(earlier.get().span.start);
                    cx.error(
                        name.span.clone(),
                        format!("duplicate name {}, first used at line {line}", name.value),
                    );
                }
            }
        }
    }
}

fn codes_are_unique(cx: &mut Ctxt<'_>, catalog: &Catalog) {
    let mut first: HashMap<u32, (&Entry, &Spanned<u32>)> = HashMap::new();
    for entry in &catalog.entries {
        let Some(code) = &entry.code else { continue };
        match first.entry(code.value) {
            MapEntry::Vacant(slot) => {
                slot.insert((entry, code));
            }
            MapEntry::Occupied(earlier) => {
                let (earlier_entry, earlier_code) = *earlier.get();
                let line = cx.line(earlier_code.span.start);
                let owner = earlier_entry.name().unwrap_or("another entry");
                cx.error(
                    code.span.clone(),
                    format!(
                        "duplicate code {} (0x{:X}), first used by {owner} at line {line}",
                        code.value, code.value
                    ),
                );
            }
        }
    }
}

/// The variant an entry generates, and where to point when it is wrong.
fn variant_of(entry: &Entry) -> Option<(String, &Spanned<String>)> {
    match (&entry.variant, &entry.name) {
        (Some(variant), _) => Some((variant.value.clone(), variant)),
        (None, Some(name)) => Some((variant_name(&name.value), name)),
        (None, None) => None,
    }
}

fn variant_names_are_unique(cx: &mut Ctxt<'_>, catalog: &Catalog) {
    let mut first: HashMap<String, (&Entry, &Spanned<String>)> = HashMap::new();
    for entry in &catalog.entries {
        let Some((variant, origin)) = variant_of(entry) else {
            continue;
        };
        if entry.variant.is_none() && is_keyword(&variant) {
            cx.error(
                origin.span.clone(),
                format!(
                    "{} gives the variant name `{variant}`, a Rust keyword; set `variant` to another name",
                    origin.value
                ),
            );
            continue;
        }
        match first.entry(variant) {
            MapEntry::Vacant(slot) => {
                slot.insert((entry, origin));
            }
            MapEntry::Occupied(earlier) => {
                let (earlier_entry, earlier_origin) = *earlier.get();
                let this = entry.name().unwrap_or("this entry");
                let other = earlier_entry.name().unwrap_or("another entry");
                // Two entries with one name are already reported as a duplicate name.
                if entry.variant.is_none() && earlier_entry.variant.is_none() && this == other {
                    continue;
                }
                let line = cx.line(earlier_origin.span.start);
                cx.error(
                    origin.span.clone(),
                    format!(
                        "{this} and {other} (line {line}) both generate the variant `{}`; set `variant` on one of them",
                        earlier.key()
                    ),
                );
            }
        }
    }
}

/// Each entry's related references resolved to entry positions, aligned with
/// `Entry::related` (`None` where the reference names no entry, which is reported).
type Resolved = Vec<Vec<Option<usize>>>;

fn resolve_related(cx: &mut Ctxt<'_>, catalog: &Catalog, index: &Index<'_>) -> Resolved {
    catalog
        .entries
        .iter()
        .map(|entry| {
            entry
                .related
                .iter()
                .map(|reference| resolve_one(cx, index, &reference.value))
                .collect()
        })
        .collect()
}

fn resolve_one(cx: &mut Ctxt<'_>, index: &Index<'_>, reference: &RelatedRef) -> Option<usize> {
    match reference {
        RelatedRef::Name(name) | RelatedRef::Both { name, .. } => {
            let found = index.by_name.get(name.value.as_str()).copied();
            if found.is_none() {
                let hint = suggest(&name.value, index.by_name.keys().copied())
                    .map(|near| format!("; did you mean {near}?"))
                    .unwrap_or_default();
                cx.error(
                    name.span.clone(),
                    format!("related entry {} is not in the catalog{hint}", name.value),
                );
            }
            found
        }
        RelatedRef::Code(code) => {
            let found = index.by_code.get(&code.value).copied();
            if found.is_none() {
                cx.error(
                    code.span.clone(),
                    format!(
                        "related code {} (0x{:X}) is not in the catalog",
                        code.value, code.value
                    ),
                );
            }
            found
        }
    }
}

fn related_names_and_codes_agree(cx: &mut Ctxt<'_>, catalog: &Catalog, index: &Index<'_>) {
    for entry in &catalog.entries {
        for reference in &entry.related {
            let RelatedRef::Both { name, code } = &reference.value else {
                continue;
            };
            let Some(target) = index
                .by_name
                .get(name.value.as_str())
                .and_then(|&i| catalog.entries.get(i))
            else {
                continue;
            };
            let Some(actual) = &target.code else { continue };
            if actual.value != code.value {
                cx.error(
                    code.span.clone(),
                    format!(
                        "related {} has code {} (0x{:X}), not {} (0x{:X})",
                        name.value, actual.value, actual.value, code.value, code.value
                    ),
                );
            }
        }
    }
}

fn no_entry_is_related_to_itself(cx: &mut Ctxt<'_>, catalog: &Catalog, related: &Resolved) {
    for (position, (entry, targets)) in catalog.entries.iter().zip(related).enumerate() {
        for (reference, target) in entry.related.iter().zip(targets) {
            if *target == Some(position) {
                let name = entry.name().unwrap_or("this entry");
                cx.error(
                    reference.span.clone(),
                    format!("{name} lists itself as related"),
                );
            }
        }
    }
}

fn no_entry_is_listed_twice_in_related(cx: &mut Ctxt<'_>, catalog: &Catalog, related: &Resolved) {
    for (entry, targets) in catalog.entries.iter().zip(related) {
        let mut seen: HashMap<usize, usize> = HashMap::new();
        for (reference, target) in entry.related.iter().zip(targets) {
            let Some(target) = *target else { continue };
            // The first listing stays recorded; later ones are reported against it.
            let first_offset = *seen.entry(target).or_insert(reference.span.start);
            if first_offset != reference.span.start {
                let line = cx.line(first_offset);
                let name = catalog
                    .entries
                    .get(target)
                    .and_then(Entry::name)
                    .unwrap_or("an entry");
                cx.error(
                    reference.span.clone(),
                    format!("{name} is listed twice in `related` (also at line {line})"),
                );
            }
        }
    }
}

fn sections(entry: &Entry) -> Sections {
    let text = |section: &Option<Spanned<String>>| section.as_ref().map(|s| s.value.clone());
    Sections {
        meaning: text(&entry.meaning),
        context: text(&entry.context),
        remedies: entry
            .remedies
            .iter()
            .flat_map(|r| &r.value)
            .map(|r| r.value.clone())
            .collect(),
        faq: entry
            .faq
            .iter()
            .flat_map(|f| &f.value)
            .map(|item| Faq {
                question: item.question.value.clone(),
                answer: item.answer.value.clone(),
            })
            .collect(),
        summary: text(&entry.summary),
    }
}

/// Builds the checked model: entries sorted by code, related references as sorted positions.
fn build(catalog: &Catalog, related: &Resolved) -> Option<CheckedCatalog> {
    let mut order: Vec<usize> = (0..catalog.entries.len()).collect();
    order.sort_by_key(|&i| {
        catalog
            .entries
            .get(i)
            .and_then(|e| e.code.as_ref())
            .map(|c| c.value)
    });
    let mut sorted_position = vec![0; order.len()];
    for (sorted, &original) in order.iter().enumerate() {
        *sorted_position.get_mut(original)? = sorted;
    }
    let mut entries = Vec::with_capacity(order.len());
    for &original in &order {
        let entry = catalog.entries.get(original)?;
        let name = entry.name.as_ref()?.value.clone();
        let variant = variant_of(entry)?.0;
        let related = related
            .get(original)?
            .iter()
            .map(|target| target.and_then(|t| sorted_position.get(t).copied()))
            .collect::<Option<Vec<_>>>()?;
        entries.push(CheckedEntry {
            name,
            code: entry.code.as_ref()?.value,
            message: entry.message.as_ref()?.value.clone(),
            description: entry.description.as_ref().map(|d| d.value.clone()),
            family: entry
                .family
                .as_ref()
                .or(catalog.family.as_ref())
                .map(|f| f.value.clone()),
            aliases: entry.aliases.iter().map(|a| a.value.clone()).collect(),
            sections: sections(entry),
            variant,
            related,
            referenced_by: Vec::new(),
        });
    }
    for source in 0..entries.len() {
        let targets = entries.get(source)?.related.clone();
        for target in targets {
            entries.get_mut(target)?.referenced_by.push(source);
        }
    }
    Some(CheckedCatalog {
        enum_name: catalog
            .enum_name
            .as_ref()
            .map_or_else(|| DEFAULT_ENUM_NAME.to_owned(), |n| n.value.clone()),
        description: catalog.description.as_ref().map(|d| d.value.clone()),
        codes: catalog
            .codes
            .as_ref()
            .and_then(code_kind)
            .unwrap_or_default(),
        entries,
    })
}

#[cfg(test)]
mod tests {
    use crate::model::CodeKind;
    use crate::{Diagnostic, check};

    #[test]
    fn an_entry_has_its_own_family_or_the_catalogs() {
        let source = "[catalog]\nfamily = \"System\"\n[[error]]\nname = \"ERROR_A\"\ncode = 1\nmessage = \"a\"\n\
                      [[error]]\nname = \"ERROR_INTERNET_B\"\ncode = 12001\nmessage = \"b\"\nfamily = \"WinINet\"\n";
        let catalog = check(source).unwrap();
        let families: Vec<Option<&str>> = catalog
            .entries
            .iter()
            .map(|e| e.family.as_deref())
            .collect();
        assert_eq!(families, [Some("System"), Some("WinINet")]);
        let without = check("[[error]]\nname = \"A\"\ncode = 1\nmessage = \"a\"\n").unwrap();
        assert_eq!(without.entries[0].family, None);
        let empty = check("[[error]]\nname = \"A\"\ncode = 1\nmessage = \"a\"\nfamily = \" \"\n");
        assert_eq!(empty.unwrap_err()[0].message, "the `family` of A is empty");
    }

    #[test]
    fn rich_sections_reach_the_checked_entry_in_order() {
        let source = r#"
[[error]]
name = "ERROR_A"
code = 1
message = "a"
meaning = "What it means."
context = "Where it arises."
remedies = ["First step.", "Second step."]
faq = [{ q = "Why?", a = "Because." }, { a = "Answer first.", q = "Order of keys?" }]
summary = "In short."

[[error]]
name = "ERROR_B"
code = 2
message = "b"
"#;
        let catalog = check(source).unwrap();
        let rich = &catalog.entries[0].sections;
        assert_eq!(rich.meaning.as_deref(), Some("What it means."));
        assert_eq!(rich.context.as_deref(), Some("Where it arises."));
        assert_eq!(rich.remedies, ["First step.", "Second step."]);
        let faq: Vec<(&str, &str)> = rich
            .faq
            .iter()
            .map(|f| (f.question.as_str(), f.answer.as_str()))
            .collect();
        assert_eq!(
            faq,
            [("Why?", "Because."), ("Order of keys?", "Answer first.")]
        );
        assert_eq!(rich.summary.as_deref(), Some("In short."));
        assert!(!rich.is_empty());
        assert!(catalog.entries[1].sections.is_empty());
    }

    #[test]
    fn empty_sections_and_empty_lists_are_reported_where_they_stand() {
        let source = "[[error]]\nname = \"ERROR_A\"\ncode = 1\nmessage = \"a\"\nmeaning = \"\"\ncontext = \" \"\n\
                      remedies = [\"ok\", \"\"]\nfaq = [{ q = \"\", a = \"\\n\" }]\nsummary = \"\"\n\
                      [[error]]\nname = \"ERROR_B\"\ncode = 2\nmessage = \"b\"\nremedies = []\nfaq = []\n";
        assert_eq!(
            problems(source),
            [
                "c.toml:5:11: the `meaning` of ERROR_A is empty",
                "c.toml:6:11: the `context` of ERROR_A is empty",
                "c.toml:7:19: remedy 2 of ERROR_A is empty",
                "c.toml:8:14: question 1 of ERROR_A is empty",
                "c.toml:8:22: the answer to question 1 of ERROR_A is empty",
                "c.toml:9:11: the `summary` of ERROR_A is empty",
                "c.toml:14:12: the `remedies` of ERROR_B is an empty list; add items or leave the key out",
                "c.toml:15:7: the `faq` of ERROR_B is an empty list; add items or leave the key out",
            ]
        );
    }

    const SEED: &str = r#"
[[error]]
name = "ERROR_NO_SUCH_LOGON_SESSION"
code = 1312
message = "A specified logon session does not exist. It may already have been terminated."
related = ["ERROR_LOGON_SESSION_COLLISION", 87, { name = "ERROR_BAD_ARGUMENTS", code = 160 }]

[[error]]
name = "ERROR_INVALID_PARAMETER"
code = 87
message = "The parameter is incorrect."

[[error]]
name = "ERROR_BAD_ARGUMENTS"
code = 0xA0
message = "One or more arguments are not correct."

[[error]]
name = "ERROR_LOGON_SESSION_COLLISION"
code = "1366"
message = "The logon session ID is already in use."
related = ["ERROR_NO_SUCH_LOGON_SESSION"]
aliases = ["ERROR_SESSION_COLLISION"]
"#;

    /// The rendered diagnostics of `source`, which must fail.
    fn problems(source: &str) -> Vec<String> {
        check(source)
            .expect_err("the catalog should be rejected")
            .iter()
            .map(|d: &Diagnostic| {
                d.render("c.toml", source)
                    .lines()
                    .next()
                    .unwrap()
                    .to_owned()
            })
            .collect()
    }

    fn with(extra: &str) -> String {
        format!("{SEED}{extra}")
    }

    #[test]
    fn the_seed_resolves_sorted_by_code_with_both_edge_directions() {
        let catalog = check(SEED).unwrap();
        assert_eq!(catalog.enum_name, "WinError");
        let names: Vec<_> = catalog.entries.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "ERROR_INVALID_PARAMETER",
                "ERROR_BAD_ARGUMENTS",
                "ERROR_NO_SUCH_LOGON_SESSION",
                "ERROR_LOGON_SESSION_COLLISION"
            ]
        );
        let seed = catalog.by_code(1312).unwrap();
        assert_eq!(seed.variant, "NoSuchLogonSession");
        assert_eq!(seed.related, [3, 0, 1]);
        assert_eq!(seed.referenced_by, [3]);
        assert_eq!(catalog.entries[0].referenced_by, [2]);
        assert_eq!(
            catalog.by_name("ERROR_SESSION_COLLISION").unwrap().code,
            1366
        );
    }

    #[test]
    fn the_seed_pages_wrong_related_code_is_caught() {
        let source = SEED.replace(
            "87, {",
            "{ name = \"ERROR_INVALID_PARAMETER\", code = 120 }, {",
        );
        assert_eq!(
            problems(&source),
            ["c.toml:6:88: related ERROR_INVALID_PARAMETER has code 87 (0x57), not 120 (0x78)"]
        );
    }

    #[test]
    fn empty_catalog() {
        assert_eq!(
            problems("# nothing\n"),
            [
                "c.toml: the catalog has no entries: add at least one `[[error]]` table with `name`, `code` and `message`"
            ]
        );
        assert_eq!(problems("[catalog]\nenum = \"E\"\n").len(), 1);
    }

    #[test]
    fn enum_and_variant_names_must_be_identifiers_and_not_keywords() {
        let source = with("[catalog]\nenum = \"Win Error\"\n");
        assert_eq!(
            problems(&source),
            [
                "c.toml:25:8: `enum` \"Win Error\" is not a Rust identifier: use ASCII letters, digits and `_`, not starting with a digit"
            ]
        );
        let source =
            with("[[error]]\nname = \"X\"\ncode = 1\nmessage = \"m\"\nvariant = \"match\"\n");
        assert_eq!(
            problems(&source),
            ["c.toml:28:11: `variant` \"match\" is a Rust keyword"]
        );
        let source =
            with("[[error]]\nname = \"X\"\ncode = 1\nmessage = \"m\"\nvariant = \"ALL\"\n");
        let generated = crate::check_with(&source, &["ALL", "code"]).unwrap_err();
        assert!(crate::check(&source).is_ok());
        assert_eq!(
            generated
                .iter()
                .map(|d| d
                    .render("c.toml", &source)
                    .lines()
                    .next()
                    .unwrap_or_default()
                    .to_owned())
                .collect::<Vec<_>>(),
            [
                "c.toml:28:11: `variant` \"ALL\" is the name of an item every generated type has; choose another"
            ]
        );
        let source = with("[[error]]\nname = \"SELF\"\ncode = 1\nmessage = \"m\"\n");
        assert_eq!(
            problems(&source),
            [
                "c.toml:25:8: SELF gives the variant name `Self`, a Rust keyword; set `variant` to another name"
            ]
        );
    }

    #[test]
    fn code_kinds() {
        let checked = check(&with("[catalog]\ncodes = \"win32\"\n")).unwrap();
        assert_eq!(checked.codes, CodeKind::Win32);
        assert_eq!(check(SEED).unwrap().codes, CodeKind::Other);
        assert_eq!(
            problems(&with("[catalog]\ncodes = \"win64\"\n")),
            ["c.toml:25:9: `codes` \"win64\" is not one of \"win32\", \"hresult\", \"other\""]
        );
    }

    #[test]
    fn empty_texts() {
        let source =
            with("[[error]]\nname = \"X\"\ncode = 1\nmessage = \" \"\ndescription = \"\"\n");
        assert_eq!(
            problems(&source),
            [
                "c.toml:27:11: the `message` of X is empty",
                "c.toml:28:15: the `description` of X is empty"
            ]
        );
    }

    #[test]
    fn names_and_aliases_must_be_symbolic() {
        let source =
            with("[[error]]\nname = \"error_x\"\ncode = 1\nmessage = \"m\"\naliases = [\"1X\"]\n");
        let found = problems(&source);
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found[0].starts_with("c.toml:25:8: name \"error_x\" is not a symbolic name"));
        assert!(found[1].starts_with("c.toml:28:12: alias \"1X\" is not a symbolic name"));
    }

    #[test]
    fn names_are_at_most_255_bytes() {
        let long = format!("ERROR_{}", "X".repeat(250));
        let source = with(&format!(
            "[[error]]\nname = \"{long}\"\ncode = 1\nmessage = \"m\"\n"
        ));
        assert_eq!(
            problems(&source),
            [format!(
                "c.toml:25:8: the name {}... is 256 bytes long; symbolic names are at most 255 bytes",
                &long[..32]
            )]
        );
        let fits = format!("ERROR_{}", "X".repeat(249));
        assert!(
            check(&with(&format!(
                "[[error]]\nname = \"{fits}\"\ncode = 1\nmessage = \"m\"\n"
            )))
            .is_ok()
        );
    }

    #[test]
    fn duplicate_names_and_aliases_point_at_the_later_one() {
        let source = with(
            "[[error]]\nname = \"ERROR_BAD_ARGUMENTS\"\ncode = 1\nmessage = \"m\"\naliases = [\"ERROR_SESSION_COLLISION\"]\nvariant = \"Other\"\n",
        );
        assert_eq!(
            problems(&source),
            [
                "c.toml:25:8: duplicate name ERROR_BAD_ARGUMENTS, first used at line 14",
                "c.toml:28:12: duplicate name ERROR_SESSION_COLLISION, first used at line 23",
            ]
        );
    }

    #[test]
    fn duplicate_codes_name_the_first_owner() {
        let source = with("[[error]]\nname = \"ERROR_X\"\ncode = 0x57\nmessage = \"m\"\n");
        assert_eq!(
            problems(&source),
            [
                "c.toml:26:8: duplicate code 87 (0x57), first used by ERROR_INVALID_PARAMETER at line 10"
            ]
        );
    }

    #[test]
    fn colliding_variant_names() {
        let source = with(
            "[[error]]\nname = \"ERROR_A_1\"\ncode = 1\nmessage = \"m\"\n[[error]]\nname = \"ERROR_A1\"\ncode = 2\nmessage = \"m\"\n[[error]]\nname = \"ERROR_Y\"\ncode = 3\nmessage = \"m\"\nvariant = \"A1\"\n",
        );
        assert_eq!(
            problems(&source),
            [
                "c.toml:29:8: ERROR_A1 and ERROR_A_1 (line 25) both generate the variant `A1`; set `variant` on one of them",
                "c.toml:36:11: ERROR_Y and ERROR_A_1 (line 25) both generate the variant `A1`; set `variant` on one of them",
            ]
        );
    }

    #[test]
    fn unknown_related_entries_suggest_a_near_name() {
        let source = SEED.replace(
            "\"ERROR_LOGON_SESSION_COLLISION\", 87",
            "\"ERROR_LOGON_SESION_COLLISION\", 86",
        );
        assert_eq!(
            problems(&source),
            [
                "c.toml:6:12: related entry ERROR_LOGON_SESION_COLLISION is not in the catalog; did you mean ERROR_LOGON_SESSION_COLLISION?",
                "c.toml:6:44: related code 86 (0x56) is not in the catalog",
            ]
        );
    }

    #[test]
    fn self_reference_and_repeats_in_related() {
        let source = SEED.replace(
            "related = [\"ERROR_NO_SUCH_LOGON_SESSION\"]",
            "related = [\"ERROR_SESSION_COLLISION\", 87, \"ERROR_INVALID_PARAMETER\"]",
        );
        assert_eq!(
            problems(&source),
            [
                "c.toml:22:12: ERROR_LOGON_SESSION_COLLISION lists itself as related",
                "c.toml:22:43: ERROR_INVALID_PARAMETER is listed twice in `related` (also at line 22)",
            ]
        );
    }

    #[test]
    fn every_problem_is_reported_in_one_pass() {
        let source = "[[error]]\nname = \"a\"\ncode = 1\nmessage = \"\"\n[[error]]\nname = \"B\"\ncode = 1\nmessage = \"m\"\nrelated = [\"C\"]\n";
        assert_eq!(problems(source).len(), 4, "{:?}", problems(source));
    }
}
