//! Each entry's family, by runs: consecutive entries (in code order) mostly share one, so
//! the table holds two words per run and each family name once.

use crate::sparse::run_of;
use crate::text::TextTable;

/// The reader: run `k` starts at entry `starts[k]` and has family `ids[k]`: 0 for none,
/// else string `ids[k] - 1` of `names`.
#[derive(Clone, Copy, Debug)]
pub struct FamilyRuns {
    /// The distinct family names, sorted.
    pub names: TextTable,
    /// The first entry of each run, ascending.
    pub starts: &'static [u32],
    /// The family of each run.
    pub ids: &'static [u32],
}

impl FamilyRuns {
    /// The family of entry `entry`, or `None`.
    #[inline]
    pub const fn get(self, entry: u32) -> Option<&'static str> {
        match run_of(self.starts, entry) {
            Some(run) if self.ids[run] > 0 => Some(self.names.get(self.ids[run] as usize - 1)),
            _ => None,
        }
    }
}

/// The builder of [`FamilyRuns`].
#[cfg(feature = "build")]
#[derive(Debug, Default, PartialEq, Eq)]
pub struct FamilyRunsBuilder {
    /// See [`FamilyRuns::names`].
    pub names: crate::text::TextBuilder,
    /// See [`FamilyRuns::starts`].
    pub starts: alloc::vec::Vec<u32>,
    /// See [`FamilyRuns::ids`].
    pub ids: alloc::vec::Vec<u32>,
}

#[cfg(feature = "build")]
impl FamilyRunsBuilder {
    /// The runs of `families`, where `families[i]` is entry `i`'s; nothing at all when no
    /// entry has one.
    pub fn build(families: &[Option<&str>]) -> Result<Self, crate::BuildError> {
        let mut names: alloc::vec::Vec<&str> = families.iter().copied().flatten().collect();
        names.sort_unstable();
        names.dedup();
        let mut built = FamilyRunsBuilder {
            names: crate::text::TextBuilder::of(names.iter().copied())?,
            ..FamilyRunsBuilder::default()
        };
        if names.is_empty() {
            return Ok(built);
        }
        for (entry, family) in families.iter().enumerate() {
            let id = family
                .and_then(|f| names.binary_search(&f).ok())
                .map_or(0, |k| crate::index(k + 1));
            if built.ids.last() != Some(&id) {
                built.starts.push(crate::index(entry));
                built.ids.push(id);
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
    fn families_are_stored_once_with_runs_of_entries() {
        let families = [Some("S"), Some("S"), None, Some("W"), Some("S")];
        let built = FamilyRunsBuilder::build(&families).unwrap();
        assert_eq!(built.names.text, "SW");
        assert_eq!(built.starts, [0, 2, 3, 4]);
        assert_eq!(built.ids, [1, 0, 2, 1]);
        let runs = FamilyRuns {
            names: built.names.leak(),
            starts: Vec::leak(built.starts),
            ids: Vec::leak(built.ids),
        };
        let read: Vec<Option<&str>> = (0..5).map(|i| runs.get(i)).collect();
        assert_eq!(read, families);
        let none = FamilyRunsBuilder::build(&[None]).unwrap();
        assert!(none.starts.is_empty() && none.names.text.is_empty());
    }
}
