//! Name -> entry, by a perfect hash built at compile time.
//!
//! Names are hashed into buckets of about four; buckets are placed largest first, each with
//! the first "pilot" that sends all its names to free slots (the PTHash scheme). A lookup
//! hashes the name once, reads one pilot and one slot, and the caller compares one string.
//! The table has 1/32 more slots than names so the last buckets find room quickly; empty
//! slots hold id 0 and the string comparison rejects them.

/// The hash of a name. `seed` is the one the builder settled on.
#[inline]
pub fn name_hash(bytes: &[u8], seed: u64) -> u64 {
    const MULTIPLIER: u64 = 0x9E37_79B9_7F4A_7C15;
    let word = |chunk: &[u8]| {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        u64::from_le_bytes(word)
    };
    let mut hash = seed ^ (bytes.len() as u64).wrapping_mul(MULTIPLIER);
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        hash = (hash.rotate_left(23) ^ word(chunk)).wrapping_mul(MULTIPLIER);
    }
    let remainder = chunks.remainder();
    // The last 1 to 7 bytes: as the 8 bytes ending the name when it is that long (one load,
    // no loop), else byte by byte.
    let tail = match bytes.len().checked_sub(8) {
        Some(start) if !remainder.is_empty() => bytes.get(start..).map_or(0, word),
        _ => remainder
            .iter()
            .enumerate()
            .fold(0u64, |tail, (i, &b)| tail | (u64::from(b) << (8 * i))),
    };
    hash = (hash.rotate_left(23) ^ tail).wrapping_mul(MULTIPLIER);
    hash ^ (hash >> 29)
}

/// The bucket of a name with `hash`, among `bucket_count`.
#[inline]
pub const fn bucket(hash: u64, bucket_count: usize) -> usize {
    (((hash >> 32) * bucket_count as u64) >> 32) as usize
}

/// The slot, among `slot_count`, of a name with `hash` in a bucket with `pilot`.
#[inline]
pub const fn slot(hash: u64, pilot: u16, slot_count: usize) -> usize {
    let mixed = (hash ^ (pilot as u64).wrapping_mul(0xC2B2_AE3D_27D4_EB4F))
        .wrapping_mul(0x1656_67B1_9E37_79F9);
    (((mixed >> 32) * slot_count as u64) >> 32) as usize
}

/// The reader: `seed`, a pilot per bucket and the id of each slot, as `u16` while every id
/// fits, else `u32`.
#[derive(Clone, Copy, Debug)]
pub struct NameIndex<S: 'static> {
    /// The hash's seed.
    pub seed: u64,
    /// The pilot of each bucket.
    pub pilots: &'static [u16],
    /// The id stored in each slot.
    pub slots: &'static [S],
}

macro_rules! name_index_reader {
    ($id:ty) => {
        impl NameIndex<$id> {
            /// The id of the only name that can be `name`: the caller compares that name
            /// with `name` to reject strangers.
            #[inline(always)]
            pub fn candidate(self, name: &str) -> usize {
                let hash = name_hash(name.as_bytes(), self.seed);
                let pilot = self.pilots[bucket(hash, self.pilots.len())];
                self.slots[slot(hash, pilot, self.slots.len())] as usize
            }
        }
    };
}

name_index_reader!(u16);
name_index_reader!(u32);

/// The builder of a [`NameIndex`].
#[cfg(feature = "build")]
#[derive(Debug, PartialEq, Eq)]
pub struct NameIndexBuilder {
    /// See [`NameIndex::seed`].
    pub seed: u64,
    /// See [`NameIndex::pilots`].
    pub pilots: alloc::vec::Vec<u16>,
    /// See [`NameIndex::slots`], in `u32` (see [`NameIndexBuilder::narrow_slots`]).
    pub slots: alloc::vec::Vec<u32>,
}

/// Seeds tried before giving up (each try fails with a vanishing probability).
#[cfg(feature = "build")]
const SEEDS: u64 = 64;

#[cfg(feature = "build")]
impl NameIndexBuilder {
    /// The index of `names`: `names[id]` is found as `id`.
    pub fn build(names: &[&str]) -> Result<Self, crate::BuildError> {
        let count = names.len();
        let slot_count = count + count / 32 + 1;
        if u32::try_from(slot_count).is_err() {
            return Err("too many names for the name index".into());
        }
        let bucket_count = (count / 4).max(1);
        (0..SEEDS)
            .find_map(|seed| Self::try_seed(names, seed, bucket_count, slot_count))
            .ok_or_else(|| alloc::format!("could not build the name index in {SEEDS} tries"))
    }

    fn try_seed(names: &[&str], seed: u64, bucket_count: usize, slot_count: usize) -> Option<Self> {
        use alloc::vec;
        use alloc::vec::Vec;
        let hashes: Vec<u64> = names
            .iter()
            .map(|n| name_hash(n.as_bytes(), seed))
            .collect();
        let mut buckets: Vec<Vec<usize>> = vec![Vec::new(); bucket_count];
        for (id, &hash) in hashes.iter().enumerate() {
            buckets.get_mut(bucket(hash, bucket_count))?.push(id);
        }
        let mut order: Vec<usize> = (0..bucket_count).collect();
        order.sort_by_key(|&b| core::cmp::Reverse(buckets.get(b).map_or(0, Vec::len)));
        let mut taken = vec![false; slot_count];
        let mut slots = vec![0u32; slot_count];
        let mut pilots = vec![0u16; bucket_count];
        for b in order {
            let members = buckets.get(b)?;
            if members.is_empty() {
                continue;
            }
            let (pilot, chosen) = (0..=u16::MAX).find_map(|pilot| {
                let mut chosen: Vec<usize> = Vec::with_capacity(members.len());
                for &id in members {
                    let s = slot(*hashes.get(id)?, pilot, slot_count);
                    if *taken.get(s)? || chosen.contains(&s) {
                        return None;
                    }
                    chosen.push(s);
                }
                Some((pilot, chosen))
            })?;
            *pilots.get_mut(b)? = pilot;
            for (&id, s) in members.iter().zip(chosen) {
                *taken.get_mut(s)? = true;
                *slots.get_mut(s)? = u32::try_from(id).ok()?;
            }
        }
        Some(NameIndexBuilder {
            seed,
            pilots,
            slots,
        })
    }

    /// The slots as `u16` ids, when every id fits.
    pub fn narrow_slots(&self) -> Option<alloc::vec::Vec<u16>> {
        self.slots
            .iter()
            .map(|&id| u16::try_from(id).ok())
            .collect()
    }

    /// The reader over this index, for tests (it leaks the index).
    #[cfg(test)]
    pub(crate) fn leak(self) -> NameIndex<u32> {
        use alloc::vec::Vec;
        NameIndex {
            seed: self.seed,
            pilots: Vec::leak(self.pilots),
            slots: Vec::leak(self.slots),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::string::String;
    use std::vec::Vec;

    #[test]
    fn the_hash_is_stable() {
        // Generated tables of crates built earlier rely on it only through their seed, but a
        // change here is a change of every table: make it on purpose.
        assert_eq!(name_hash(b"", 0), 0);
        assert_eq!(name_hash(b"ERROR_SUCCESS", 0), 0xF230_4005_EE6E_1478);
        assert_eq!(name_hash(b"ABC", 1), 0xF1A9_8D5F_79EF_7804);
        assert_eq!(
            name_hash(b"ERROR_NO_SUCH_LOGON_SESSION", 7),
            0x4DDF_B3E4_C948_8FC8
        );
    }

    #[test]
    fn every_name_finds_its_own_slot() {
        let names: Vec<String> = (0..5000).map(|i| std::format!("ERROR_NAME_{i}")).collect();
        let refs: Vec<&str> = names.iter().map(String::as_str).collect();
        let built = NameIndexBuilder::build(&refs).unwrap();
        assert_eq!(built.slots.len(), 5000 + 5000 / 32 + 1);
        assert_eq!(built.pilots.len(), 1250);
        let narrow = built.narrow_slots().unwrap();
        let index = built.leak();
        let narrow = NameIndex {
            seed: index.seed,
            pilots: index.pilots,
            slots: Vec::leak(narrow),
        };
        for (id, name) in refs.iter().enumerate() {
            assert_eq!(index.candidate(name), id, "{name}");
            assert_eq!(narrow.candidate(name), id, "{name}");
        }
    }

    proptest::proptest! {
        #[test]
        fn any_set_of_names_gets_a_perfect_hash(
            names in proptest::collection::btree_set("[A-Z][A-Z0-9_]{0,40}|[A-Za-z_é]{1,8}", 1..400),
        ) {
            let refs: Vec<&str> = names.iter().map(String::as_str).collect();
            let index = NameIndexBuilder::build(&refs).unwrap().leak();
            for (id, name) in refs.iter().enumerate() {
                proptest::prop_assert_eq!(index.candidate(name), id);
            }
        }
    }

    #[test]
    fn one_name_and_similar_names() {
        let index = NameIndexBuilder::build(&["A"]).unwrap().leak();
        assert_eq!(index.candidate("A"), 0);
        let names = ["ERROR_A_1", "ERROR_A1", "ERROR_1A", "ERROR_AB", "ERROR_BA"];
        let index = NameIndexBuilder::build(&names).unwrap().leak();
        for (id, name) in names.iter().enumerate() {
            assert_eq!(index.candidate(name), id);
        }
    }
}
