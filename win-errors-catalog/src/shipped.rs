//! The entries of the catalogs win-errors ships as types (`WinError`, `NtStatus`, ...), by
//! name: what a catalog's `related = ["WinError::ERROR_SHARING_VIOLATION"]` is checked
//! against.
//!
//! `cargo codegen` writes them as text ([`ShippedCatalogs::to_text`]) beside the generated
//! types, and the generator includes that text and reads it ([`ShippedCatalogs::parse`]) the
//! first time a catalog names a shipped entry, so a catalog that does not pays nothing. The
//! format, one catalog after another (tabs shown as spaces):
//!
//! ```text
//! [WinError win32]
//! 0       ERROR_SUCCESS           NO_ERROR RPC_S_OK
//! 5       ERROR_ACCESS_DENIED
//! [MsiError other]
//! 44d     1101    Code1101
//! ```
//!
//! a header with the type and its code kind (as `[catalog] codes` spells it), then one line an
//! entry, its fields separated by tabs: its code in hex digits, its name, its variant when it
//! is not the one its name gives (empty else), and its aliases separated by spaces.

use std::collections::HashMap;

use crate::model::{CheckedCatalog, CodeKind};
use crate::names::{Suggestions, variant_name};

/// Every shipped catalog's entries by name.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ShippedCatalogs {
    catalogs: Vec<ShippedCatalog>,
}

/// One shipped catalog: its type and its entries.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShippedCatalog {
    /// The type's name: `"WinError"`.
    pub type_name: String,
    /// How its codes are written.
    pub codes: CodeKind,
    /// Its entries, in code order.
    pub entries: Vec<ShippedEntry>,
    /// Each name and alias, and the position of its entry.
    by_name: HashMap<String, usize>,
}

/// An entry of a shipped catalog.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShippedEntry {
    /// Its symbolic name.
    pub name: String,
    /// Its variant in the type.
    pub variant: String,
    /// Its code.
    pub code: u32,
    /// Its other names.
    pub aliases: Vec<String>,
}

/// Why a qualified name (`Type::NAME`) names no shipped entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unresolved<'s> {
    /// No shipped catalog has the type's name; the nearest name of one, if any is near.
    NoCatalog(Option<&'s str>),
    /// The catalog has no entry of that name; the nearest of its names, if any is near.
    NoEntry(&'s ShippedCatalog, Option<&'s str>),
}

impl ShippedCatalogs {
    /// The shipped catalogs of `catalogs`, each checked catalog under its type's name.
    pub fn from_checked<'c>(catalogs: impl IntoIterator<Item = &'c CheckedCatalog>) -> Self {
        let catalogs = catalogs
            .into_iter()
            .map(|catalog| {
                let entries = catalog
                    .entries
                    .iter()
                    .map(|entry| ShippedEntry {
                        name: entry.name.clone(),
                        variant: entry.variant.clone(),
                        code: entry.code,
                        aliases: entry.aliases.clone(),
                    })
                    .collect();
                ShippedCatalog::new(catalog.enum_name.clone(), catalog.codes, entries)
            })
            .collect();
        ShippedCatalogs { catalogs }
    }

    /// The catalogs in the text [`to_text`](Self::to_text) writes. Lines that are not of the
    /// format are skipped: the text is the generator's own, checked when it is written.
    pub fn parse(text: &str) -> Self {
        let mut catalogs: Vec<ShippedCatalog> = Vec::new();
        let mut entries = Vec::new();
        let mut header: Option<(String, CodeKind)> = None;
        let finish = |header: Option<(String, CodeKind)>, entries, catalogs: &mut Vec<_>| {
            if let Some((type_name, codes)) = header {
                catalogs.push(ShippedCatalog::new(type_name, codes, entries));
            }
        };
        for line in text.lines() {
            if let Some(inner) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                finish(header.take(), std::mem::take(&mut entries), &mut catalogs);
                let (type_name, kind) = inner.split_once(' ').unwrap_or((inner, "other"));
                let codes = CodeKind::ALL
                    .iter()
                    .find(|(spelling, _)| *spelling == kind)
                    .map_or(CodeKind::Other, |&(_, kind)| kind);
                header = Some((type_name.to_owned(), codes));
            } else if let Some(entry) = ShippedEntry::parse(line) {
                entries.push(entry);
            }
        }
        finish(header, entries, &mut catalogs);
        ShippedCatalogs { catalogs }
    }

    /// The text [`parse`](Self::parse) reads.
    pub fn to_text(&self) -> String {
        let mut text = String::new();
        for catalog in &self.catalogs {
            let kind = CodeKind::ALL
                .iter()
                .find(|(_, kind)| *kind == catalog.codes)
                .map_or("other", |(spelling, _)| spelling);
            text.push_str(&format!("[{} {kind}]\n", catalog.type_name));
            for entry in &catalog.entries {
                text.push_str(&format!("{:x}\t{}", entry.code, entry.name));
                let derived = entry.variant == variant_name(&entry.name);
                if !derived || !entry.aliases.is_empty() {
                    text.push('\t');
                    if !derived {
                        text.push_str(&entry.variant);
                    }
                }
                if !entry.aliases.is_empty() {
                    text.push('\t');
                    text.push_str(&entry.aliases.join(" "));
                }
                text.push('\n');
            }
        }
        text
    }

    /// The catalogs, in the order they were given.
    pub fn catalogs(&self) -> &[ShippedCatalog] {
        &self.catalogs
    }

    /// The catalog whose type is named `type_name`.
    pub fn catalog(&self, type_name: &str) -> Option<&ShippedCatalog> {
        self.catalogs.iter().find(|c| c.type_name == type_name)
    }

    /// The entry `type_name::name` names, by its name or an alias, or why there is none.
    pub fn resolve(&self, type_name: &str, name: &str) -> Result<ShippedRef<'_>, Unresolved<'_>> {
        let Some(catalog) = self.catalog(type_name) else {
            let types = Suggestions::new(self.catalogs.iter().map(|c| c.type_name.as_str()));
            return Err(Unresolved::NoCatalog(types.nearest(type_name)));
        };
        match catalog.entry(name) {
            Some(entry) => Ok(ShippedRef { catalog, entry }),
            None => {
                let mut names: Vec<&str> = catalog.by_name.keys().map(String::as_str).collect();
                // In name order, so that ties resolve the same way in every build.
                names.sort_unstable();
                let nearest = Suggestions::new(names).nearest(name);
                Err(Unresolved::NoEntry(catalog, nearest))
            }
        }
    }

    /// The first catalog, in the order given, with an entry named (or aliased) `name`.
    pub fn find_anywhere(&self, name: &str) -> Option<ShippedRef<'_>> {
        self.catalogs.iter().find_map(|catalog| {
            let entry = catalog.entry(name)?;
            Some(ShippedRef { catalog, entry })
        })
    }
}

/// An entry of a shipped catalog and the catalog.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ShippedRef<'s> {
    /// The catalog.
    pub catalog: &'s ShippedCatalog,
    /// The entry.
    pub entry: &'s ShippedEntry,
}

impl ShippedRef<'_> {
    /// `Type::NAME`, as a catalog names it.
    pub fn qualified_name(&self) -> String {
        format!("{}::{}", self.catalog.type_name, self.entry.name)
    }
}

impl ShippedCatalog {
    fn new(type_name: String, codes: CodeKind, entries: Vec<ShippedEntry>) -> Self {
        let mut by_name = HashMap::new();
        for (position, entry) in entries.iter().enumerate() {
            for name in std::iter::once(&entry.name).chain(&entry.aliases) {
                by_name.entry(name.clone()).or_insert(position);
            }
        }
        ShippedCatalog {
            type_name,
            codes,
            entries,
            by_name,
        }
    }

    /// The entry named or aliased `name`.
    pub fn entry(&self, name: &str) -> Option<&ShippedEntry> {
        self.entries.get(*self.by_name.get(name)?)
    }
}

impl ShippedEntry {
    fn parse(line: &str) -> Option<ShippedEntry> {
        let mut fields = line.split('\t');
        let code = u32::from_str_radix(fields.next()?, 16).ok()?;
        let name = fields.next().filter(|name| !name.is_empty())?.to_owned();
        let variant = match fields.next() {
            Some(variant) if !variant.is_empty() => variant.to_owned(),
            _ => variant_name(&name),
        };
        let aliases = fields
            .next()
            .map(|aliases| aliases.split(' ').map(str::to_owned).collect())
            .unwrap_or_default();
        Some(ShippedEntry {
            name,
            variant,
            code,
            aliases,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "[WinError win32]\n5\tERROR_ACCESS_DENIED\n14\tERROR_BAD_UNIT\tUnitGone\tERROR_UNIT_NOT_FOUND ERROR_NO_UNIT\n[NtStatus ntstatus]\nc0000022\tSTATUS_ACCESS_DENIED\n[MsiError other]\n44d\t1101\tCode1101\n";

    #[test]
    fn text_reads_back_as_written() {
        let catalogs = ShippedCatalogs::parse(TEXT);
        assert_eq!(catalogs.to_text(), TEXT);
        let [win, nt, msi] = catalogs.catalogs() else {
            panic!("{catalogs:?}")
        };
        assert_eq!(
            (win.type_name.as_str(), win.codes),
            ("WinError", CodeKind::Win32)
        );
        assert_eq!(win.entries[0].variant, "AccessDenied");
        assert_eq!(win.entries[1].variant, "UnitGone");
        assert_eq!(win.entries[1].code, 0x14);
        assert_eq!(
            win.entries[1].aliases,
            ["ERROR_UNIT_NOT_FOUND", "ERROR_NO_UNIT"]
        );
        assert_eq!(nt.entries[0].code, 0xC000_0022);
        assert_eq!(msi.entries[0].variant, "Code1101");
    }

    #[test]
    fn names_resolve_by_name_and_alias_with_suggestions() {
        let catalogs = ShippedCatalogs::parse(TEXT);
        let found = catalogs.resolve("WinError", "ERROR_NO_UNIT").unwrap();
        assert_eq!(found.entry.name, "ERROR_BAD_UNIT");
        assert_eq!(found.qualified_name(), "WinError::ERROR_BAD_UNIT");
        assert_eq!(
            catalogs.resolve("WinErr", "ERROR_ACCESS_DENIED"),
            Err(Unresolved::NoCatalog(Some("WinError")))
        );
        let Err(Unresolved::NoEntry(catalog, near)) =
            catalogs.resolve("WinError", "ERROR_ACCESS_DENID")
        else {
            panic!()
        };
        assert_eq!(
            (catalog.type_name.as_str(), near),
            ("WinError", Some("ERROR_ACCESS_DENIED"))
        );
        let anywhere = catalogs.find_anywhere("STATUS_ACCESS_DENIED").unwrap();
        assert_eq!(anywhere.catalog.type_name, "NtStatus");
        assert!(catalogs.find_anywhere("ERROR_NOPE").is_none());
    }

    #[test]
    fn checked_catalogs_become_shipped_ones() {
        let source = "[catalog]\nenum = \"Errs\"\ncodes = \"hresult\"\n\n[[error]]\nname = \"E_ONE\"\ncode = 0x80000001\nmessage = \"One.\"\nvariant = \"First\"\n";
        let checked = crate::check(source).unwrap();
        let catalogs = ShippedCatalogs::from_checked([&checked]);
        assert_eq!(
            catalogs.to_text(),
            "[Errs hresult]\n80000001\tE_ONE\tFirst\n"
        );
    }
}
