//! The aliases (other symbolic names of an entry's code): sorted in one text, each with its
//! entry, and per entry the positions of its own.

use core::iter::FusedIterator;

use crate::sparse::SparseIndex;
use crate::text::TextTable;

/// The reader.
#[derive(Clone, Copy, Debug)]
pub struct AliasTable {
    /// Every alias, sorted.
    pub names: TextTable,
    /// The entry of each alias.
    pub targets: &'static [u32],
    /// Entry -> its range of `slots`.
    pub owners: SparseIndex,
    /// Positions in `names`, entry after entry.
    pub slots: &'static [u32],
}

impl AliasTable {
    /// The aliases of entry `entry`.
    #[inline]
    pub const fn of(self, entry: u32) -> Aliases {
        Aliases {
            names: self.names,
            slots: self.owners.items(self.slots, entry),
        }
    }

    /// The entry of alias `k` when the alias is `name`, else `None`.
    #[inline(always)]
    pub fn target(self, k: usize, name: &str) -> Option<usize> {
        if self.names.get(k).as_bytes() == name.as_bytes() {
            Some(self.targets[k] as usize)
        } else {
            None
        }
    }
}

/// An iterator over an entry's aliases (other symbolic names of the same code).
#[derive(Clone, Debug)]
pub struct Aliases {
    names: TextTable,
    slots: &'static [u32],
}

impl Iterator for Aliases {
    type Item = &'static str;

    #[inline]
    fn next(&mut self) -> Option<&'static str> {
        let (&slot, rest) = self.slots.split_first()?;
        self.slots = rest;
        Some(self.names.get(slot as usize))
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.slots.len(), Some(self.slots.len()))
    }
}

impl DoubleEndedIterator for Aliases {
    #[inline]
    fn next_back(&mut self) -> Option<&'static str> {
        let (&slot, rest) = self.slots.split_last()?;
        self.slots = rest;
        Some(self.names.get(slot as usize))
    }
}

impl ExactSizeIterator for Aliases {}
impl FusedIterator for Aliases {}

impl Aliases {
    /// Alias `i` of those not yet iterated, or `None` past the end.
    #[inline]
    pub const fn get(&self, i: usize) -> Option<&'static str> {
        if i < self.slots.len() {
            Some(self.names.get(self.slots[i] as usize))
        } else {
            None
        }
    }
}

/// The builder of an [`AliasTable`].
#[cfg(feature = "build")]
#[derive(Debug, PartialEq, Eq)]
pub struct AliasTableBuilder {
    /// See [`AliasTable::names`].
    pub names: crate::text::TextBuilder,
    /// See [`AliasTable::targets`].
    pub targets: alloc::vec::Vec<u32>,
    /// See [`AliasTable::owners`] and [`AliasTable::slots`].
    pub owners: crate::sparse::SparseIndexBuilder<u32>,
}

#[cfg(feature = "build")]
impl AliasTableBuilder {
    /// The table of `aliases`, where list `i` holds entry `i`'s aliases.
    pub fn build<'s, L: IntoIterator<Item = &'s str>>(
        aliases: impl IntoIterator<Item = L>,
    ) -> Result<Self, crate::BuildError> {
        use alloc::vec::Vec;
        let mut sorted: Vec<(&str, usize)> = aliases
            .into_iter()
            .enumerate()
            .flat_map(|(entry, list)| list.into_iter().map(move |alias| (alias, entry)))
            .collect();
        sorted.sort_unstable();
        let names = crate::text::TextBuilder::of(sorted.iter().map(|&(alias, _)| alias))?;
        let targets = sorted
            .iter()
            .map(|&(_, entry)| crate::index(entry))
            .collect();
        let entries = sorted
            .iter()
            .map(|&(_, entry)| entry)
            .max()
            .map_or(0, |e| e + 1);
        let mut slots_by_entry: Vec<Vec<u32>> = alloc::vec![Vec::new(); entries];
        for (slot, &(_, entry)) in sorted.iter().enumerate() {
            if let Some(slots) = slots_by_entry.get_mut(entry) {
                slots.push(crate::index(slot));
            }
        }
        Ok(AliasTableBuilder {
            names,
            targets,
            owners: crate::sparse::SparseIndexBuilder::build(slots_by_entry),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::vec::Vec;

    #[test]
    fn aliases_are_sorted_and_found_both_ways() {
        let built = AliasTableBuilder::build([
            std::vec![],
            std::vec!["ERROR_BB", "ERROR_AB"],
            std::vec!["ERROR_C2"],
        ])
        .unwrap();
        assert_eq!(built.names.text, "ERROR_ABERROR_BBERROR_C2");
        assert_eq!(built.targets, [1, 1, 2]);
        let table = AliasTable {
            names: built.names.leak(),
            targets: Vec::leak(built.targets),
            owners: SparseIndex {
                keys: Vec::leak(built.owners.keys),
                offsets: Vec::leak(built.owners.offsets),
            },
            slots: Vec::leak(built.owners.items),
        };
        assert_eq!(table.of(1).collect::<Vec<_>>(), ["ERROR_AB", "ERROR_BB"]);
        assert_eq!(
            table.of(1).rev().collect::<Vec<_>>(),
            ["ERROR_BB", "ERROR_AB"]
        );
        assert_eq!(table.of(1).get(1), Some("ERROR_BB"));
        assert_eq!(table.of(1).get(2), None);
        let lengths: Vec<usize> = (0..3).map(|entry| table.of(entry).len()).collect();
        assert_eq!(lengths, [0, 2, 1]);
        assert_eq!(table.of(0).next(), None);
        assert_eq!(table.target(0, "ERROR_AB"), Some(1));
        assert_eq!(table.target(0, "ERROR_XX"), None);
        assert_eq!(table.target(2, "ERROR_C2"), Some(2));
    }
}
