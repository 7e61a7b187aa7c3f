//! Cross-cutting checks: the rules that relate entries to each other, run over the parsed
//! catalog once parsing (and the rules on single values, in `values.rs`) is done, then
//! lowering into the [`CheckedCatalog`].
//!
//! Each rule records every violation it finds and never stops early. Uniqueness is in
//! `unique`, related entries in `related`, lowering in `lower.rs`.

mod related;
mod unique;

use crate::ast::Catalog;
use crate::ctxt::Ctxt;
use crate::keys::{CODE, ERROR, MESSAGE, NAME};
use crate::model::CheckedCatalog;

pub(crate) use related::Resolved;

/// Runs every cross-cutting rule; returns the checked catalog when none was broken (and
/// parsing recorded nothing either).
pub(crate) fn validate(cx: &mut Ctxt<'_>, catalog: &Catalog) -> Option<CheckedCatalog> {
    catalog_is_not_empty(cx, catalog);
    unique::names_are_unique(cx, catalog);
    unique::codes_are_unique(cx, catalog);
    unique::variant_names_are_unique(cx, catalog);
    let index = related::Index::new(catalog);
    let resolved = related::resolve_related(cx, catalog, &index);
    related::related_names_and_codes_agree(cx, catalog, &index);
    related::no_entry_is_related_to_itself(cx, catalog, &resolved);
    related::no_entry_is_listed_twice_in_related(cx, catalog, &resolved);
    if cx.has_errors() {
        return None;
    }
    crate::lower::lower(catalog, &resolved)
}

fn catalog_is_not_empty(cx: &mut Ctxt<'_>, catalog: &Catalog) {
    if catalog.entries.is_empty() {
        cx.error_whole(format!(
            "the catalog has no entries: add at least one `[[{ERROR}]]` table with `{NAME}`, `{CODE}` and `{MESSAGE}`",
        ));
    }
}

#[cfg(test)]
mod tests;
