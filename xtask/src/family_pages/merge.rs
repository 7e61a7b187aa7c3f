//! Merging the family pages' entries into a catalog's, and the account of what it did.

use win_errors_catalog::write::draft::EntryDraft;

/// What merging one family's page did to the catalog.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FamilyMerge {
    /// The family.
    pub family: &'static str,
    /// The entries on its page.
    pub on_page: usize,
    /// Those added as new entries.
    pub added: usize,
    /// Those added as aliases of an entry with the same code.
    pub aliased: usize,
    /// Those already there by name and code.
    pub present: usize,
}

/// What merging the family pages into a catalog did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Merged {
    /// Per family, in page order.
    pub families: Vec<FamilyMerge>,
    /// Every code two sources document differently: a different name or message.
    pub conflicts: Vec<String>,
}

impl Merged {
    /// The account the importer prints.
    pub fn summary(&self) -> String {
        let mut out = String::from("families (on the page: new, alias, already there):\n");
        for FamilyMerge {
            family,
            on_page,
            added,
            aliased,
            present,
        } in &self.families
        {
            out.push_str(&format!(
                "  {family}: {on_page} ({added} new, {aliased} aliases, {present} already there)\n"
            ));
        }
        out.push_str(&format!(
            "conflicts (same code, another name or message; the earlier source is kept): {}\n",
            self.conflicts.len()
        ));
        for conflict in &self.conflicts {
            out.push_str(&format!("  {conflict}\n"));
        }
        out
    }
}

/// Adds each family's entries to `entries`: a new code becomes an entry of the family; a
/// code already there keeps the entry it has (the system or COM pages, or an earlier family
/// page: WinINet before WinHTTP) and gains the family's name as an alias when the name
/// differs. Different names or messages for one code are listed as conflicts.
pub fn merge(entries: &mut Vec<EntryDraft>, pages: Vec<(&'static str, Vec<EntryDraft>)>) -> Merged {
    let mut merged = Merged::default();
    for (family, family_entries) in pages {
        let (mut added, mut aliased, mut present) = (0, 0, 0);
        let on_page = family_entries.len();
        for entry in family_entries {
            let names = std::iter::once(&entry.name).chain(&entry.aliases);
            let taken = names.clone().find(|n| {
                entries
                    .iter()
                    .any(|e| e.code != entry.code && (&e.name == *n || e.aliases.contains(n)))
            });
            if let Some(name) = taken {
                merged.conflicts.push(format!(
                    "{name} (0x{:X}, {}) is already the name of another code: skipped",
                    entry.code, family
                ));
                continue;
            }
            let Some(existing) = entries.iter_mut().find(|e| e.code == entry.code) else {
                entries.push(entry);
                added += 1;
                continue;
            };
            let known = |n: &String| existing.name == *n || existing.aliases.contains(n);
            let new_names: Vec<String> = names.filter(|n| !known(n)).cloned().collect();
            if new_names.is_empty() {
                present += 1;
                // The same error on the main pages and on its family's page: it belongs to
                // the family, so that the family lists all its errors.
                if existing.family.is_none() && existing.name == entry.name {
                    existing.family = entry.family.clone();
                }
            } else {
                aliased += 1;
                merged.conflicts.push(format!(
                    "0x{:X}: {} ({}) is {} in {}: kept as an alias",
                    entry.code,
                    existing.name,
                    existing.family.as_deref().unwrap_or("main pages"),
                    new_names.join(", "),
                    family
                ));
                existing.aliases.extend(new_names);
            }
            // A source without a message for the code says nothing against the message
            // there; a message where there was none fills it.
            if existing.message.is_none() && entry.message.is_some() {
                existing.message = entry.message.clone();
                existing.caption = entry.caption.clone();
            }
            let other_message = entry.message.is_some() && existing.message != entry.message;
            if other_message {
                merged.conflicts.push(format!(
                    "0x{:X} {}: message {:?} ({}) differs from {:?} ({}): the first is kept",
                    entry.code,
                    existing.name,
                    existing.message.as_deref().unwrap_or_default(),
                    existing.family.as_deref().unwrap_or("main pages"),
                    entry.message.as_deref().unwrap_or_default(),
                    family
                ));
            }
            // Keep what the family page says in the entry's description, so nothing the
            // pages document is lost and the conflicts stay visible in the catalog.
            if other_message || entry.name != existing.name {
                let as_name = if entry.name == existing.name {
                    String::new()
                } else {
                    format!(" as {}", entry.name)
                };
                let says = if other_message {
                    format!(": \"{}\"", entry.message.as_deref().unwrap_or_default())
                } else {
                    ".".to_owned()
                };
                let note = format!("{} documents this code{as_name}{says}", family);
                existing.description = Some(match existing.description.take() {
                    Some(description) => format!("{description}\n\n{note}"),
                    None => note,
                });
            }
        }
        merged.families.push(FamilyMerge {
            family,
            on_page,
            added,
            aliased,
            present,
        });
    }
    merged
}
