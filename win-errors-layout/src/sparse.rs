//! Tables of the data most entries do not have (related lists, descriptions, renamed
//! variants): keyed by the sorted indices of the entries that have it, so an entry without
//! it costs nothing.

use crate::text::TextTable;

/// Binary search for `key` in a sorted slice: its position, or `None`.
#[inline]
pub const fn position(sorted: &[u32], key: u32) -> Option<usize> {
    match run_of(sorted, key) {
        Some(k) if sorted[k] == key => Some(k),
        _ => None,
    }
}

/// The run that position `i` falls in: the last `k` with `starts[k] <= i` (`starts`
/// ascending), or `None` before the first run.
#[inline]
pub const fn run_of(starts: &[u32], i: u32) -> Option<usize> {
    let mut low = 0;
    let mut high = starts.len();
    while low < high {
        let middle = low + (high - low) / 2;
        if starts[middle] <= i {
            low = middle + 1;
        } else {
            high = middle;
        }
    }
    low.checked_sub(1)
}

/// The sub-slice `items[start..end]`, in a `const fn`.
#[inline]
pub const fn slice<T>(items: &'static [T], start: usize, end: usize) -> &'static [T] {
    items.split_at(end).0.split_at(start).1
}

/// The reader of ranges of a flat array owned by a few keys: key `keys[k]` owns
/// `offsets[k]..offsets[k + 1]`.
#[derive(Clone, Copy, Debug)]
pub struct SparseIndex {
    /// Sorted, unique keys (entry indices).
    pub keys: &'static [u32],
    /// Start of each key's range, plus the end of the last one.
    pub offsets: &'static [u32],
}

impl SparseIndex {
    /// The range owned by `key`, or `None`.
    #[inline]
    pub const fn range(self, key: u32) -> Option<(usize, usize)> {
        match position(self.keys, key) {
            Some(k) => Some((self.offsets[k] as usize, self.offsets[k + 1] as usize)),
            None => None,
        }
    }

    /// The items of `items` that `key` owns (none when it owns no range).
    #[inline]
    pub const fn items<T>(self, items: &'static [T], key: u32) -> &'static [T] {
        match self.range(key) {
            Some((start, end)) => slice(items, start, end),
            None => &[],
        }
    }
}

/// The reader of one text for a few entries: entry `keys[k]` has string `k` of `texts`.
#[derive(Clone, Copy, Debug)]
pub struct SparseText {
    /// Sorted, unique entry indices.
    pub keys: &'static [u32],
    /// Their texts, in that order.
    pub texts: TextTable,
}

impl SparseText {
    /// The text of entry `key`, or `None`.
    #[inline]
    pub const fn get(self, key: u32) -> Option<&'static str> {
        match position(self.keys, key) {
            Some(k) => Some(self.texts.get(k)),
            None => None,
        }
    }
}

/// The builder of a [`SparseIndex`] and of the flat array it indexes.
#[cfg(feature = "build")]
#[derive(Debug, PartialEq, Eq)]
pub struct SparseIndexBuilder<T> {
    /// See [`SparseIndex::keys`].
    pub keys: alloc::vec::Vec<u32>,
    /// See [`SparseIndex::offsets`].
    pub offsets: alloc::vec::Vec<u32>,
    /// The items, key after key.
    pub items: alloc::vec::Vec<T>,
}

#[cfg(feature = "build")]
impl<T> SparseIndexBuilder<T> {
    /// The index of `lists`, where list `i` belongs to entry `i`; empty lists take no room.
    pub fn build<L: IntoIterator<Item = T>>(lists: impl IntoIterator<Item = L>) -> Self {
        let mut built = SparseIndexBuilder {
            keys: alloc::vec::Vec::new(),
            offsets: alloc::vec![0],
            items: alloc::vec::Vec::new(),
        };
        for (key, list) in lists.into_iter().enumerate() {
            let before = built.items.len();
            built.items.extend(list);
            if built.items.len() > before {
                built.keys.push(crate::index(key));
                built.offsets.push(crate::index(built.items.len()));
            }
        }
        built
    }
}

/// The builder of a [`SparseText`].
#[cfg(feature = "build")]
#[derive(Debug, Default, PartialEq, Eq)]
pub struct SparseTextBuilder {
    /// See [`SparseText::keys`].
    pub keys: alloc::vec::Vec<u32>,
    /// See [`SparseText::texts`].
    pub texts: crate::text::TextBuilder,
}

#[cfg(feature = "build")]
impl SparseTextBuilder {
    /// The texts of the entries that have one: `texts[i]` belongs to entry `i`.
    pub fn build<'s>(
        texts: impl IntoIterator<Item = Option<&'s str>>,
    ) -> Result<Self, crate::BuildError> {
        let mut built = SparseTextBuilder::default();
        for (key, text) in texts.into_iter().enumerate() {
            if let Some(text) = text {
                built.keys.push(crate::index(key));
                built.texts.push(text)?;
            }
        }
        Ok(built)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::vec::Vec;

    #[test]
    fn position_finds_keys_and_run_of_finds_runs() {
        let sorted = [2, 5, 9];
        let found: Vec<Option<usize>> = (0..11).map(|k| position(&sorted, k)).collect();
        let runs: Vec<Option<usize>> = (0..11).map(|k| run_of(&sorted, k)).collect();
        let (none, a, b, c) = (None, Some(0), Some(1), Some(2));
        assert_eq!(
            found,
            [none, none, a, none, none, b, none, none, none, c, none]
        );
        assert_eq!(runs, [none, none, a, a, a, b, b, b, b, c, c]);
        assert_eq!(position(&[], 0), None);
        assert_eq!(run_of(&[], 0), None);
    }

    #[test]
    fn only_entries_with_items_own_a_range() {
        let built = SparseIndexBuilder::build([
            std::vec![],
            std::vec![7u32, 8, 9],
            std::vec![],
            std::vec![1],
        ]);
        assert_eq!(
            (built.keys.as_slice(), built.offsets.as_slice()),
            (&[1, 3][..], &[0, 3, 4][..])
        );
        let index = SparseIndex {
            keys: Vec::leak(built.keys),
            offsets: Vec::leak(built.offsets),
        };
        let items: &'static [u32] = Vec::leak(built.items);
        assert_eq!(index.range(1), Some((0, 3)));
        assert_eq!(index.items(items, 1), [7, 8, 9]);
        assert_eq!(index.items(items, 3), [1]);
        assert_eq!(index.items(items, 0), [0u32; 0]);
        assert_eq!(index.range(100), None);
        assert_eq!(slice(&[1, 2, 3, 4, 5], 3, 5), &[4, 5]);
    }

    #[test]
    fn only_entries_with_a_text_take_room() {
        let built = SparseTextBuilder::build([None, Some("Long."), None, Some("é")]).unwrap();
        assert_eq!(built.keys, [1, 3]);
        let table = SparseText {
            keys: Vec::leak(built.keys),
            texts: built.texts.leak(),
        };
        assert_eq!(
            (0..5).map(|k| table.get(k)).collect::<Vec<_>>(),
            [None, Some("Long."), None, Some("é"), None]
        );
    }
}
