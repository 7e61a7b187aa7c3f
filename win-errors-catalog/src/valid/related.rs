//! Related entries: each reference resolved to an entry, by name, code or both, and the
//! rules on what they resolve to.

use std::collections::HashMap;

use crate::ast::{Catalog, Entry, RelatedRef};
use crate::keys::RELATED;
use crate::names::Suggestions;
use crate::reporter::Reporter;

/// Every entry's position by each of its names (name and aliases) and by its code; the
/// first occurrence wins, as the uniqueness rules report the later ones.
pub(super) struct Index<'c> {
    by_name: HashMap<&'c str, usize>,
    by_code: HashMap<u32, usize>,
    /// How the catalog's codes are written, for the messages.
    kind: crate::model::CodeKind,
}

impl<'c> Index<'c> {
    pub(super) fn new(catalog: &'c Catalog) -> Self {
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
        Index {
            by_name,
            by_code,
            kind: catalog.kind(),
        }
    }
}

/// Each entry's related references resolved to entry positions, aligned with
/// `Entry::related` (`None` where the reference names no entry, which is reported).
pub(crate) type Resolved = Vec<Vec<Option<usize>>>;

pub(super) fn resolve_related(
    report: &mut Reporter<'_>,
    catalog: &Catalog,
    index: &Index<'_>,
) -> Resolved {
    // The names a typo is compared with, prepared at the first unknown name: a catalog of
    // many entries and many typos costs one pass over its names per typo.
    let mut names: Option<Suggestions<'_>> = None;
    catalog
        .entries
        .iter()
        .map(|entry| {
            entry
                .related
                .iter()
                .map(|reference| resolve_one(report, index, &mut names, &reference.value))
                .collect()
        })
        .collect()
}

fn resolve_one<'i>(
    report: &mut Reporter<'_>,
    index: &Index<'i>,
    names: &mut Option<Suggestions<'i>>,
    reference: &RelatedRef,
) -> Option<usize> {
    match reference {
        RelatedRef::Name(name) | RelatedRef::Both { name, .. } => {
            let found = index.by_name.get(name.value.as_str()).copied();
            if found.is_none() {
                let names = names.get_or_insert_with(|| {
                    // In name order, so that ties resolve the same way in every build.
                    let mut sorted: Vec<&'i str> = index.by_name.keys().copied().collect();
                    sorted.sort_unstable();
                    Suggestions::new(sorted)
                });
                let hint = names
                    .nearest(&name.value)
                    .map(|near| format!("; did you mean {near}?"))
                    .unwrap_or_default();
                report.error(
                    name.span.clone(),
                    format!("related entry {} is not in the catalog{hint}", name.value),
                );
            }
            found
        }
        RelatedRef::Code(code) => {
            let found = index.by_code.get(&code.value).copied();
            if found.is_none() {
                report.error(
                    code.span.clone(),
                    format!(
                        "related code {:#} is not in the catalog",
                        index.kind.spell(code.value)
                    ),
                );
            }
            found
        }
    }
}

pub(super) fn related_names_and_codes_agree(
    report: &mut Reporter<'_>,
    catalog: &Catalog,
    index: &Index<'_>,
) {
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
                report.error(
                    code.span.clone(),
                    format!(
                        "related {} has code {:#}, not {:#}",
                        name.value,
                        catalog.kind().spell(actual.value),
                        catalog.kind().spell(code.value)
                    ),
                );
            }
        }
    }
}

pub(super) fn no_entry_is_related_to_itself(
    report: &mut Reporter<'_>,
    catalog: &Catalog,
    related: &Resolved,
) {
    for (position, (entry, targets)) in catalog.entries.iter().zip(related).enumerate() {
        for (reference, target) in entry.related.iter().zip(targets) {
            if *target == Some(position) {
                let name = entry.name().unwrap_or("this entry");
                report.error(
                    reference.span.clone(),
                    format!("{name} lists itself as related"),
                );
            }
        }
    }
}

pub(super) fn no_entry_is_listed_twice_in_related(
    report: &mut Reporter<'_>,
    catalog: &Catalog,
    related: &Resolved,
) {
    for (entry, targets) in catalog.entries.iter().zip(related) {
        let mut seen: HashMap<usize, usize> = HashMap::new();
        for (reference, target) in entry.related.iter().zip(targets) {
            let Some(target) = *target else { continue };
            // The first listing stays recorded; later ones are reported against it.
            let first_offset = *seen.entry(target).or_insert(reference.span.start);
            if first_offset != reference.span.start {
                let line = report.line(first_offset);
                let name = catalog
                    .entries
                    .get(target)
                    .and_then(Entry::name)
                    .unwrap_or("an entry");
                report.error(
                    reference.span.clone(),
                    format!("{name} is listed twice in `{RELATED}` (also at line {line})"),
                );
            }
        }
    }
}
