//! The name -> entry index: a minimal-ish perfect hash built at compile time.
//!
//! Names are hashed into buckets of about four; buckets are placed largest first, each with
//! the first "pilot" that sends all its names to free slots (the PTHash scheme). A lookup
//! hashes the name once, reads one pilot and one slot, and compares one string. The table
//! has 1/32 more slots than names so the last buckets find room quickly; empty slots point
//! at entry 0 and the string comparison rejects them.

/// Must equal `win_errors::__private::name_hash` (see there; both are pinned by tests).
pub(crate) fn name_hash(bytes: &[u8], seed: u64) -> u64 {
    const MULTIPLIER: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut hash = seed ^ (bytes.len() as u64).wrapping_mul(MULTIPLIER);
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        hash = (hash.rotate_left(23) ^ u64::from_le_bytes(word)).wrapping_mul(MULTIPLIER);
    }
    let remainder = chunks.remainder();
    let tail = match bytes.len().checked_sub(8) {
        // The 8 bytes ending the name (they overlap the last chunk).
        Some(start) if !remainder.is_empty() => {
            let mut word = [0u8; 8];
            word.copy_from_slice(bytes.get(start..).unwrap_or_default());
            u64::from_le_bytes(word)
        }
        _ => remainder
            .iter()
            .enumerate()
            .fold(0u64, |tail, (i, &b)| tail | (u64::from(b) << (8 * i))),
    };
    hash = (hash.rotate_left(23) ^ tail).wrapping_mul(MULTIPLIER);
    hash ^ (hash >> 29)
}

/// Must equal `win_errors::__private::name_slot`.
fn name_slot(hash: u64, pilot: u16, bucket_count: u64, slot_count: u32) -> (usize, usize) {
    let bucket = ((hash >> 32) * bucket_count) >> 32;
    let mixed = (hash ^ u64::from(pilot).wrapping_mul(0xC2B2_AE3D_27D4_EB4F))
        .wrapping_mul(0x1656_67B1_9E37_79F9);
    let slot = ((mixed >> 32) * u64::from(slot_count)) >> 32;
    (
        usize::try_from(bucket).unwrap_or(usize::MAX),
        usize::try_from(slot).unwrap_or(usize::MAX),
    )
}

/// The index: the seed, a pilot per bucket, and the id (entry, or `COUNT + alias`) per slot.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct NameIndex {
    pub(crate) seed: u64,
    pub(crate) pilots: Vec<u16>,
    pub(crate) slots: Vec<u32>,
}

/// Seeds tried before giving up (each try fails with a vanishing probability).
const SEEDS: u64 = 64;

impl NameIndex {
    /// Builds the index of `names`; `names[id]` is looked up as `id`.
    pub(crate) fn build(names: &[&str]) -> Result<NameIndex, String> {
        let count = names.len();
        let slot_count = u32::try_from(count + count / 32 + 1)
            .map_err(|_| "too many names for the name index".to_owned())?;
        let bucket_count = (count / 4).max(1);
        for seed in 0..SEEDS {
            if let Some(index) = Self::try_seed(names, seed, bucket_count, slot_count) {
                return Ok(index);
            }
        }
        Err(format!("could not build the name index in {SEEDS} tries"))
    }

    fn try_seed(names: &[&str], seed: u64, bucket_count: usize, slot_count: u32) -> Option<Self> {
        let hashes: Vec<u64> = names
            .iter()
            .map(|n| name_hash(n.as_bytes(), seed))
            .collect();
        let buckets_u64 = bucket_count as u64;
        let mut buckets: Vec<Vec<usize>> = vec![Vec::new(); bucket_count];
        for (id, &hash) in hashes.iter().enumerate() {
            let (bucket, _) = name_slot(hash, 0, buckets_u64, slot_count);
            buckets.get_mut(bucket)?.push(id);
        }
        let mut order: Vec<usize> = (0..bucket_count).collect();
        order.sort_by_key(|&b| std::cmp::Reverse(buckets.get(b).map_or(0, Vec::len)));
        let mut taken = vec![false; slot_count as usize];
        let mut slots = vec![0u32; slot_count as usize];
        let mut pilots = vec![0u16; bucket_count];
        for bucket in order {
            let members = buckets.get(bucket)?;
            if members.is_empty() {
                continue;
            }
            let placed = (0..=u16::MAX).find_map(|pilot| {
                let mut chosen: Vec<usize> = Vec::with_capacity(members.len());
                for &id in members {
                    let (_, slot) = name_slot(*hashes.get(id)?, pilot, buckets_u64, slot_count);
                    if *taken.get(slot)? || chosen.contains(&slot) {
                        return None;
                    }
                    chosen.push(slot);
                }
                Some((pilot, chosen))
            })?;
            let (pilot, chosen) = placed;
            *pilots.get_mut(bucket)? = pilot;
            for (&id, slot) in members.iter().zip(chosen) {
                *taken.get_mut(slot)? = true;
                *slots.get_mut(slot)? = u32::try_from(id).ok()?;
            }
        }
        Some(NameIndex {
            seed,
            pilots,
            slots,
        })
    }

    /// The id stored for `name`'s slot (the caller compares the name to reject strangers).
    #[cfg(test)]
    pub(crate) fn lookup(&self, name: &str) -> u32 {
        let hash = name_hash(name.as_bytes(), self.seed);
        let slot_count = u32::try_from(self.slots.len()).unwrap_or(u32::MAX);
        let (bucket, _) = name_slot(hash, 0, self.pilots.len() as u64, slot_count);
        let (_, slot) = name_slot(
            hash,
            self.pilots[bucket],
            self.pilots.len() as u64,
            slot_count,
        );
        self.slots[slot]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_hash_is_pinned() {
        // `win_errors::__private::name_hash` asserts the same values.
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
        let names: Vec<String> = (0..5000).map(|i| format!("ERROR_NAME_{i}")).collect();
        let refs: Vec<&str> = names.iter().map(String::as_str).collect();
        let index = NameIndex::build(&refs).unwrap();
        for (id, name) in refs.iter().enumerate() {
            assert_eq!(index.lookup(name) as usize, id, "{name}");
        }
        assert_eq!(index.slots.len(), 5000 + 5000 / 32 + 1);
        assert_eq!(index.pilots.len(), 1250);
    }

    proptest::proptest! {
        #[test]
        fn any_set_of_names_gets_a_perfect_hash(
            names in proptest::collection::btree_set("[A-Z][A-Z0-9_]{0,40}|[A-Za-z_é]{1,8}", 1..400),
        ) {
            let refs: Vec<&str> = names.iter().map(String::as_str).collect();
            let index = NameIndex::build(&refs).unwrap();
            for (id, name) in refs.iter().enumerate() {
                proptest::prop_assert_eq!(index.lookup(name) as usize, id);
            }
        }
    }

    #[test]
    fn one_name_and_similar_names() {
        let index = NameIndex::build(&["A"]).unwrap();
        assert_eq!(index.lookup("A"), 0);
        let names = ["ERROR_A_1", "ERROR_A1", "ERROR_1A", "ERROR_AB", "ERROR_BA"];
        let index = NameIndex::build(&names).unwrap();
        for (id, name) in names.iter().enumerate() {
            assert_eq!(index.lookup(name) as usize, id);
        }
    }
}
