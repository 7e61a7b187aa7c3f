//! Uniqueness across entries: names and aliases, codes, generated variants. Duplicates point
//! at the later occurrence and name the line of the earlier one.

use core::ops::Range;
use std::collections::HashMap;
use std::collections::hash_map::Entry as MapEntry;

use crate::ast::{Catalog, Entry, Spanned};
use crate::keys::VARIANT;
use crate::lower::variant_of;
use crate::names::is_keyword;
use crate::reporter::Reporter;

pub(super) fn names_are_unique(report: &mut Reporter<'_>, catalog: &Catalog) {
    let mut first: HashMap<&str, &Spanned<String>> = HashMap::new();
    for entry in &catalog.entries {
        for name in entry.name.iter().chain(&entry.aliases) {
            match first.entry(name.value.as_str()) {
                MapEntry::Vacant(slot) => {
                    slot.insert(name);
                }
                MapEntry::Occupied(earlier) => {
                    let line = report.line(earlier.get().span.start);
                    report.error(
                        name.span.clone(),
                        format!("duplicate name {}, first used at line {line}", name.value),
                    );
                }
            }
        }
    }
}

pub(super) fn codes_are_unique(report: &mut Reporter<'_>, catalog: &Catalog) {
    let mut first: HashMap<u32, (&Entry, &Spanned<u32>)> = HashMap::new();
    for entry in &catalog.entries {
        let Some(code) = &entry.code else { continue };
        match first.entry(code.value) {
            MapEntry::Vacant(slot) => {
                slot.insert((entry, code));
            }
            MapEntry::Occupied(earlier) => {
                let (earlier_entry, earlier_code) = *earlier.get();
                let line = report.line(earlier_code.span.start);
                let owner = earlier_entry.name().unwrap_or("another entry");
                report.error(
                    code.span.clone(),
                    format!(
                        "duplicate code {:#}, first used by {owner} at line {line}",
                        catalog.kind().spell(code.value)
                    ),
                );
            }
        }
    }
}

pub(super) fn variant_names_are_unique(report: &mut Reporter<'_>, catalog: &Catalog) {
    let mut first: HashMap<String, (&Entry, Range<usize>)> = HashMap::new();
    for entry in &catalog.entries {
        let Some((variant, origin)) = variant_of(catalog, entry) else {
            continue;
        };
        if entry.variant.is_none() && is_keyword(&variant) {
            report.error(
                origin.clone(),
                format!(
                    "{} gives the variant name `{variant}`, a Rust keyword; set `{VARIANT}` to another name",
                    entry.name().unwrap_or("this entry")
                ),
            );
            continue;
        }
        match first.entry(variant) {
            MapEntry::Vacant(slot) => {
                slot.insert((entry, origin));
            }
            MapEntry::Occupied(earlier) => {
                let (earlier_entry, earlier_origin) = earlier.get().clone();
                let this = entry.name().unwrap_or("this entry");
                let other = earlier_entry.name().unwrap_or("another entry");
                // Two entries with one name are already reported as a duplicate name.
                if entry.variant.is_none() && earlier_entry.variant.is_none() && this == other {
                    continue;
                }
                let line = report.line(earlier_origin.start);
                report.error(
                    origin,
                    format!(
                        "{this} and {other} (line {line}) both generate the variant `{}`; set `{VARIANT}` on one of them",
                        earlier.key()
                    ),
                );
            }
        }
    }
}
