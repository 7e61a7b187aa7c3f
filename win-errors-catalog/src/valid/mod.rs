//! Cross-cutting checks: the rules that relate entries to each other, run over the parsed
//! catalog once parsing (and the rules on single values, in `values.rs`) is done, then
//! lowering into the [`CheckedCatalog`].
//!
//! Each rule records every violation it finds and never stops early. Uniqueness is in
//! `unique`, related entries in `related`, lowering in `lower.rs`.

mod related;
mod unique;

use crate::ast::Catalog;
use crate::keys::{CODE, ERROR, MESSAGE, NAME};
use crate::model::CheckedCatalog;
use crate::reporter::Reporter;
use crate::shipped::ShippedCatalogs;
use std::sync::LazyLock;

pub(crate) use related::{Resolved, Target};

/// Runs every cross-cutting rule; returns the checked catalog when none was broken (and
/// parsing recorded nothing either).
pub(crate) fn validate(
    report: &mut Reporter<'_>,
    catalog: &Catalog,
    shipped: Option<&LazyLock<ShippedCatalogs>>,
) -> Option<CheckedCatalog> {
    catalog_is_not_empty(report, catalog);
    unique::names_are_unique(report, catalog);
    unique::codes_are_unique(report, catalog);
    unique::variant_names_are_unique(report, catalog);
    let index = related::Index::new(catalog, shipped);
    let resolved = related::resolve_related(report, catalog, &index);
    related::related_names_and_codes_agree(report, catalog, &resolved);
    related::no_entry_is_related_to_itself(report, catalog, &resolved);
    related::no_entry_is_listed_twice_in_related(report, catalog, &resolved);
    if report.has_errors() {
        return None;
    }
    crate::lower::lower(catalog, &resolved, report)
}

fn catalog_is_not_empty(report: &mut Reporter<'_>, catalog: &Catalog) {
    if catalog.entries.is_empty() {
        report.error_whole(format!(
            "the catalog has no entries: add at least one `[[{ERROR}]]` table with `{NAME}`, `{CODE}` and `{MESSAGE}`",
        ));
    }
}

#[cfg(test)]
mod tests;
