//! Related entries: each reference resolved to an entry of the catalog, by name, code or
//! both, or to an entry of a shipped catalog (`"WinError::NAME"`), and the rules on what
//! they resolve to.

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::ast::{Catalog, RelatedRef, Spanned};
use crate::keys::RELATED;
use crate::names::Suggestions;
use crate::reporter::Reporter;
use crate::shipped::{ShippedCatalogs, ShippedRef, Unresolved};

/// Every entry's position by each of its names (name and aliases) and by its code; the
/// first occurrence wins, as the uniqueness rules report the later ones.
pub(super) struct Index<'c> {
    by_name: HashMap<&'c str, usize>,
    by_code: HashMap<u32, usize>,
    /// How the catalog's codes are written, for the messages.
    kind: crate::model::CodeKind,
    /// The catalog's own type name, which a qualified name may wrongly use.
    enum_name: Option<&'c str>,
    /// The shipped catalogs, read the first time a reference needs them.
    shipped: Option<&'c LazyLock<ShippedCatalogs>>,
}

impl<'c> Index<'c> {
    pub(super) fn new(
        catalog: &'c Catalog,
        shipped: Option<&'c LazyLock<ShippedCatalogs>>,
    ) -> Self {
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
            enum_name: catalog.enum_name.as_ref().map(|name| name.value.as_str()),
            shipped,
        }
    }
}

/// What a related reference names.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Target<'s> {
    /// The entry at this position of the catalog.
    Own(usize),
    /// An entry of a shipped catalog.
    Shipped(ShippedRef<'s>),
}

impl Target<'_> {
    /// The same for two references to one entry.
    fn key(&self) -> (usize, &str, &str) {
        match self {
            Target::Own(position) => (*position, "", ""),
            Target::Shipped(shipped) => (0, &shipped.catalog.type_name, &shipped.entry.name),
        }
    }
}

/// Each entry's related references resolved, aligned with `Entry::related` (`None` where the
/// reference names no entry, which is reported).
pub(crate) type Resolved<'s> = Vec<Vec<Option<Target<'s>>>>;

pub(super) fn resolve_related<'c>(
    report: &mut Reporter<'_>,
    catalog: &Catalog,
    index: &Index<'c>,
) -> Resolved<'c> {
    // The names a typo is compared with, prepared at the first unknown name: a catalog of
    // many entries and many typos costs one pass over its names per typo.
    let mut names: Option<Suggestions<'c>> = None;
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
) -> Option<Target<'i>> {
    match reference {
        RelatedRef::Name(name) | RelatedRef::Both { name, .. } => {
            if let Some((type_name, entry_name)) = name.value.split_once("::") {
                return resolve_shipped(report, index, name, type_name, entry_name)
                    .map(Target::Shipped);
            }
            let found = index.by_name.get(name.value.as_str()).copied();
            if found.is_none() {
                // A name of a shipped catalog, written without its type, is what was meant
                // rather than a near name of this catalog.
                let shipped = index
                    .shipped
                    .and_then(|shipped| LazyLock::force(shipped).find_anywhere(&name.value));
                let hint = match shipped {
                    Some(shipped) => format!(
                        "; did you mean {}? (an entry of a shipped catalog is named with its type)",
                        shipped.qualified_name()
                    ),
                    None => {
                        let names = names.get_or_insert_with(|| {
                            // In name order, so that ties resolve the same way in every build.
                            let mut sorted: Vec<&'i str> = index.by_name.keys().copied().collect();
                            sorted.sort_unstable();
                            Suggestions::new(sorted)
                        });
                        names
                            .nearest(&name.value)
                            .map(|near| format!("; did you mean {near}?"))
                            .unwrap_or_default()
                    }
                };
                report.error(
                    name.span.clone(),
                    format!("related entry {} is not in the catalog{hint}", name.value),
                );
            }
            found.map(Target::Own)
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
            found.map(Target::Own)
        }
    }
}

/// `type_name::entry_name`, the entry of a shipped catalog `name` names.
fn resolve_shipped<'i>(
    report: &mut Reporter<'_>,
    index: &Index<'i>,
    name: &Spanned<String>,
    type_name: &str,
    entry_name: &str,
) -> Option<ShippedRef<'i>> {
    let Some(shipped) = index.shipped else {
        report.error(
            name.span.clone(),
            format!(
                "related entry {} is an entry of a shipped catalog, which this check does not know: the `win_errors!` macro and `win-errors check` do",
                name.value
            ),
        );
        return None;
    };
    let shipped: &'i ShippedCatalogs = LazyLock::force(shipped);
    let message = match shipped.resolve(type_name, entry_name) {
        Ok(found) => return Some(found),
        Err(Unresolved::NoCatalog(_)) if Some(type_name) == index.enum_name => format!(
            "related entry {}: an entry of this catalog is named without its type: `{entry_name}`",
            name.value
        ),
        Err(Unresolved::NoCatalog(near)) => {
            let hint = match near {
                Some(near) => format!("did you mean {near}::{entry_name}?"),
                None => {
                    let types: Vec<&str> = shipped
                        .catalogs()
                        .iter()
                        .map(|c| c.type_name.as_str())
                        .collect();
                    format!("the shipped catalogs are {}", types.join(", "))
                }
            };
            format!(
                "related entry {}: no shipped catalog is named `{type_name}`; {hint}",
                name.value
            )
        }
        Err(Unresolved::NoEntry(catalog, near)) => {
            let hint = near
                .map(|near| format!("; did you mean {}::{near}?", catalog.type_name))
                .unwrap_or_default();
            format!(
                "related entry {} is not in {}{hint}",
                name.value, catalog.type_name
            )
        }
    };
    report.error(name.span.clone(), message);
    None
}

pub(super) fn related_names_and_codes_agree(
    report: &mut Reporter<'_>,
    catalog: &Catalog,
    related: &Resolved<'_>,
) {
    for (entry, targets) in catalog.entries.iter().zip(related) {
        for (reference, target) in entry.related.iter().zip(targets) {
            let RelatedRef::Both { name, code } = &reference.value else {
                continue;
            };
            let (actual, kind) = match target {
                Some(Target::Own(position)) => {
                    let Some(actual) = catalog.entries.get(*position).and_then(|e| e.code.as_ref())
                    else {
                        continue;
                    };
                    (actual.value, catalog.kind())
                }
                Some(Target::Shipped(shipped)) => (shipped.entry.code, shipped.catalog.codes),
                None => continue,
            };
            if actual != code.value {
                report.error(
                    code.span.clone(),
                    format!(
                        "related {} has code {:#}, not {:#}",
                        name.value,
                        kind.spell(actual),
                        kind.spell(code.value)
                    ),
                );
            }
        }
    }
}

pub(super) fn no_entry_is_related_to_itself(
    report: &mut Reporter<'_>,
    catalog: &Catalog,
    related: &Resolved<'_>,
) {
    for (position, (entry, targets)) in catalog.entries.iter().zip(related).enumerate() {
        for (reference, target) in entry.related.iter().zip(targets) {
            if matches!(target, Some(Target::Own(own)) if *own == position) {
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
    related: &Resolved<'_>,
) {
    for (entry, targets) in catalog.entries.iter().zip(related) {
        let mut seen: HashMap<(usize, &str, &str), usize> = HashMap::new();
        for (reference, target) in entry.related.iter().zip(targets) {
            let Some(target) = target else { continue };
            // The first listing stays recorded; later ones are reported against it.
            let first_offset = *seen.entry(target.key()).or_insert(reference.span.start);
            if first_offset != reference.span.start {
                let line = report.line(first_offset);
                let name = match target {
                    Target::Own(position) => catalog
                        .entries
                        .get(*position)
                        .and_then(crate::ast::Entry::name)
                        .unwrap_or("an entry")
                        .to_owned(),
                    Target::Shipped(shipped) => shipped.qualified_name(),
                };
                report.error(
                    reference.span.clone(),
                    format!("{name} is listed twice in `{RELATED}` (also at line {line})"),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests;
