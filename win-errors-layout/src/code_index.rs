//! Code -> entry index, in two levels.
//!
//! Codes are cut into blocks of [`BLOCK`] (`code >> BLOCK_BITS`), and runs of nearby
//! non-empty blocks form segments. Each block of a segment has the number of codes before it
//! (`block_ranks`) and, in one of two layouts, where each of its codes is:
//!
//! - **bytes** (`block_slots`): one byte per code, its position within the block or
//!   [`ABSENT`]. A lookup reads one rank and one byte: no hashing, no scan, no population
//!   count. 68 bytes a block.
//! - **bits** (`block_bits`): one 64-bit word per block, a bit per code. A lookup reads one
//!   rank and one word and counts the bits below the code's. 12 bytes a block.
//!
//! A lookup first finds the segment: one comparison for the first segment, where most
//! catalogs keep most codes; one more for a code below the second segment or past the last,
//! and one bit of [`CodeIndex::regions`] for a code in none of the sixty-fourths of the code
//! range a segment reaches (between them, most codes of a random miss); else a branch-free
//! binary search over a handful of starts.
//! The builder takes the bytes where the catalog's codes are dense enough that they cost at
//! most [`MAX_SLOT_BYTES_PER_CODE`] bytes a code, the bits elsewhere; a catalog uses one
//! layout, and as its tables are constants the reader's choice folds away.

/// log2 of the codes per block.
pub const BLOCK_BITS: u32 = 6;
/// Codes per block.
pub const BLOCK: u32 = 1 << BLOCK_BITS;
/// log2 of the codes per region: [`CodeIndex::regions`] has a bit for each of the 64
/// regions of the code range.
pub const REGION_BITS: u32 = 26;
/// The byte of `block_slots` that marks a code as not in the catalog.
pub const ABSENT: u8 = u8::MAX;
/// Empty blocks a segment bridges before a new segment starts: bridging costs 68 bytes a
/// block (12 in the bit layout), a new segment 12 bytes and one more step of the segment
/// search.
pub const MAX_BRIDGED_BLOCKS: u32 = 32;
/// The most the byte layout may spend a code before the builder takes the bit layout: a
/// catalog's text is about 100 bytes an entry, its other tables take about 12, and the
/// static data should stay within 1.2x of the text, which leaves the code index about 8.
pub const MAX_SLOT_BYTES_PER_CODE: usize = 8;

/// The reader, its ranks `R`: `u16` while every rank fits, else `u32`.
#[derive(Clone, Copy, Debug)]
pub struct CodeIndex<R: 'static> {
    /// Bit `code >> REGION_BITS` set for each region of the code range a segment reaches.
    pub regions: u64,
    /// First block of each segment, ascending.
    pub segment_starts: &'static [u32],
    /// One past the last block of each segment.
    pub segment_ends: &'static [u32],
    /// Position in `block_ranks` of each segment's first block.
    pub segment_bases: &'static [u32],
    /// Number of codes in all blocks before each block.
    pub block_ranks: &'static [R],
    /// The byte layout: [`BLOCK`] bytes per block, each code's position within its block or
    /// [`ABSENT`]; empty in the bit layout.
    pub block_slots: &'static [u8],
    /// The bit layout: one word per block, bit `code % BLOCK` set for each code the catalog
    /// has; empty in the byte layout.
    pub block_bits: &'static [u64],
}

macro_rules! code_index_reader {
    ($rank:ty) => {
        impl CodeIndex<$rank> {
            /// The entry index of `code`, or `None` when the catalog does not have it.
            #[inline(always)]
            pub const fn find(self, code: u32) -> Option<usize> {
                let block = code >> BLOCK_BITS;
                let starts = self.segment_starts;
                let ends = self.segment_ends;
                if starts.is_empty() {
                    return None;
                }
                // Most catalogs keep most codes in their first segment (the system errors
                // below 16,384, SetupAPI's few far above): one comparison for those, as for
                // a catalog of one segment. Its blocks are the first of the tables, so a
                // code's place in them is its distance from the segment's first code, with
                // bounds the compiler knows.
                if block >= starts[0] && block < ends[0] {
                    return self.find_at((code - (starts[0] << BLOCK_BITS)) as usize);
                }
                // A code below the second segment or past the last (most of a random miss)
                // is refused by one comparison, a code in a region no segment reaches by
                // one bit test.
                let last = starts.len() - 1;
                if last == 0
                    || block < starts[1]
                    || block >= ends[last]
                    || self.regions & (1 << (code >> REGION_BITS)) == 0
                {
                    return None;
                }
                // The last segment starting at or before `block`, without data-dependent
                // branches.
                let mut base = 0;
                let mut size = starts.len();
                while size > 1 {
                    let half = size / 2;
                    if starts[base + half] <= block {
                        base += half;
                    }
                    size -= half;
                }
                if block >= ends[base] {
                    return None;
                }
                // The segment's blocks start at its base in the tables: the code's place is
                // its distance from the segment's first code, moved to that base.
                let moved_by = self.segment_bases[base].wrapping_sub(starts[base]) << BLOCK_BITS;
                self.find_at(code.wrapping_add(moved_by) as usize)
            }

            /// The entry index of the code at place `at` of the tables (`BLOCK` places a
            /// block).
            #[inline(always)]
            const fn find_at(self, at: usize) -> Option<usize> {
                let slot = at >> BLOCK_BITS;
                let within = if self.block_bits.is_empty() {
                    let within = self.block_slots[at];
                    if within == ABSENT {
                        return None;
                    }
                    within as usize
                } else {
                    let bits = self.block_bits[slot];
                    let bit = 1u64 << (at & (BLOCK as usize - 1));
                    if bits & bit == 0 {
                        return None;
                    }
                    (bits & (bit - 1)).count_ones() as usize
                };
                Some(self.block_ranks[slot] as usize + within)
            }

            /// The code of entry `entry`, the inverse of [`find`](Self::find), for an entry
            /// below the number of codes indexed (a generated variant's index): the catalog
            /// needs no table of codes beside the index. The block whose rank is the last at
            /// most `entry` holds it (a block a segment bridges is empty and has the rank of
            /// the block after it), its segment gives its number, and its bits or bytes the
            /// code within it.
            #[inline]
            pub const fn code_of(self, entry: usize) -> u32 {
                let ranks = self.block_ranks;
                let bases = self.segment_bases;
                if ranks.is_empty() || bases.is_empty() {
                    return 0;
                }
                let mut low = 0;
                let mut high = ranks.len();
                while low < high {
                    let middle = low + (high - low) / 2;
                    if ranks[middle] as usize <= entry {
                        low = middle + 1;
                    } else {
                        high = middle;
                    }
                }
                let slot = low.saturating_sub(1);
                let segment = match crate::sparse::run_of(bases, slot as u32) {
                    Some(segment) => segment,
                    None => 0,
                };
                let block = self.segment_starts[segment] + (slot - bases[segment] as usize) as u32;
                let nth = entry.saturating_sub(ranks[slot] as usize);
                let within = if self.block_bits.is_empty() {
                    let mut at = 0;
                    while at < BLOCK as usize - 1
                        && self.block_slots[slot * BLOCK as usize + at] as usize != nth
                    {
                        at += 1;
                    }
                    at as u32
                } else {
                    // Clear the `nth` lowest set bits: the lowest one left is the entry's.
                    let mut bits = self.block_bits[slot];
                    let mut cleared = 0;
                    while cleared < nth && bits != 0 {
                        bits &= bits - 1;
                        cleared += 1;
                    }
                    bits.trailing_zeros() & (BLOCK - 1)
                };
                (block << BLOCK_BITS) | within
            }
        }
    };
}

code_index_reader!(u16);
code_index_reader!(u32);

/// The builder of a [`CodeIndex`].
#[cfg(feature = "build")]
#[derive(Debug, Default, PartialEq, Eq)]
pub struct CodeIndexBuilder {
    /// See [`CodeIndex::regions`].
    pub regions: u64,
    /// See [`CodeIndex::segment_starts`].
    pub segment_starts: alloc::vec::Vec<u32>,
    /// See [`CodeIndex::segment_ends`].
    pub segment_ends: alloc::vec::Vec<u32>,
    /// See [`CodeIndex::segment_bases`].
    pub segment_bases: alloc::vec::Vec<u32>,
    /// See [`CodeIndex::block_ranks`].
    pub block_ranks: alloc::vec::Vec<u32>,
    /// See [`CodeIndex::block_slots`].
    pub block_slots: alloc::vec::Vec<u8>,
    /// See [`CodeIndex::block_bits`].
    pub block_bits: alloc::vec::Vec<u64>,
}

#[cfg(feature = "build")]
impl CodeIndexBuilder {
    /// The index of `codes`, which must be sorted and unique: code `codes[i]` finds `i`. The
    /// byte layout where it costs at most [`MAX_SLOT_BYTES_PER_CODE`] a code, else the bits.
    pub fn build(codes: &[u32]) -> Self {
        let bytes = Self::build_bytes(codes);
        if bytes.block_slots.len() <= codes.len() * MAX_SLOT_BYTES_PER_CODE {
            bytes
        } else {
            bytes.into_bits()
        }
    }

    /// The index of `codes` in the byte layout.
    pub fn build_bytes(codes: &[u32]) -> Self {
        let mut built = CodeIndexBuilder::default();
        for (rank, &code) in codes.iter().enumerate() {
            let rank = crate::index(rank);
            let block = code >> BLOCK_BITS;
            let continues = built
                .segment_ends
                .last()
                .is_some_and(|&end| block < end + MAX_BRIDGED_BLOCKS);
            if !continues {
                built.segment_starts.push(block);
                built.segment_ends.push(block);
                built
                    .segment_bases
                    .push(crate::index(built.block_ranks.len()));
            }
            // Extend the current segment up to and including `block`.
            while let Some(end) = built.segment_ends.last_mut() {
                if *end > block {
                    break;
                }
                *end += 1;
                built.block_ranks.push(rank);
                built.block_slots.extend([ABSENT; BLOCK as usize]);
            }
            let block_rank = built.block_ranks.last().copied().unwrap_or(rank);
            let within = u8::try_from(rank - block_rank).unwrap_or(ABSENT);
            let at = built.block_slots.len() - BLOCK as usize + (code & (BLOCK - 1)) as usize;
            if let Some(slot) = built.block_slots.get_mut(at) {
                *slot = within;
            }
        }
        for (&start, &end) in built.segment_starts.iter().zip(&built.segment_ends) {
            let region_of = |block: u32| block >> (REGION_BITS - BLOCK_BITS);
            for region in region_of(start)..=region_of(end - 1) {
                built.regions |= 1 << region;
            }
        }
        built
    }

    /// The same index in the bit layout: the same segments and ranks, a word per block.
    pub fn into_bits(mut self) -> Self {
        self.block_bits = self
            .block_slots
            .chunks(BLOCK as usize)
            .map(|slots| {
                slots
                    .iter()
                    .enumerate()
                    .filter(|&(_, &slot)| slot != ABSENT)
                    .fold(0u64, |bits, (at, _)| bits | 1 << at)
            })
            .collect();
        self.block_slots = alloc::vec::Vec::new();
        self
    }

    /// [`CodeIndex::block_ranks`] as `u16`, when every rank fits.
    pub fn narrow_ranks(&self) -> Option<alloc::vec::Vec<u16>> {
        self.block_ranks
            .iter()
            .map(|&rank| u16::try_from(rank).ok())
            .collect()
    }

    /// Whether the index is in the bit layout.
    pub fn is_bits(&self) -> bool {
        !self.block_bits.is_empty()
    }

    /// The reader over this index, for tests (it leaks the index).
    #[cfg(test)]
    pub(crate) fn leak(self) -> CodeIndex<u32> {
        use alloc::vec::Vec;
        CodeIndex {
            regions: self.regions,
            segment_starts: Vec::leak(self.segment_starts),
            segment_ends: Vec::leak(self.segment_ends),
            segment_bases: Vec::leak(self.segment_bases),
            block_ranks: Vec::leak(self.block_ranks),
            block_slots: Vec::leak(self.block_slots),
            block_bits: Vec::leak(self.block_bits),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::vec::Vec;

    #[test]
    fn finds_every_code_and_nothing_else() {
        let codes = [
            0,
            1,
            63,
            64,
            200,
            1312,
            1313,
            5000,
            0x8007_0005,
            u32::MAX - 1,
            u32::MAX,
        ];
        let built = CodeIndexBuilder::build_bytes(&codes);
        // Gaps of fewer than 32 empty blocks are bridged: 200 (block 3) and 1312 (block
        // 20) share a segment, 5000 (block 78) starts another.
        assert_eq!(
            built.segment_starts,
            [0, 78, 0x8007_0005 >> 6, (u32::MAX - 1) >> 6]
        );
        // The regions the segments reach: codes below 2^26, 0x8007_0005's and u32::MAX's.
        assert_eq!(
            built.regions,
            1 | 1 << (0x8007_0005u32 >> REGION_BITS) | 1 << (u32::MAX >> REGION_BITS)
        );
        // Both layouts find the same.
        let bits = CodeIndexBuilder::build_bytes(&codes).into_bits();
        assert_eq!(bits.segment_starts, built.segment_starts);
        assert_eq!(bits.block_bits.len(), built.block_ranks.len());
        for index in [built.leak(), bits.leak()] {
            for (i, &code) in codes.iter().enumerate() {
                assert_eq!(index.find(code), Some(i), "{code}");
                assert_eq!(index.code_of(i), code, "entry {i}");
            }
            for miss in [2, 62, 65, 199, 1311, 1314, 4999, 0x8007_0004, u32::MAX - 2] {
                assert_eq!(index.find(miss), None, "{miss}");
            }
        }
    }

    #[test]
    fn a_gap_of_fewer_than_the_bridged_blocks_is_bridged() {
        let starts =
            |gap: u32| CodeIndexBuilder::build_bytes(&[0, (gap + 1) * BLOCK]).segment_starts;
        assert_eq!(starts(MAX_BRIDGED_BLOCKS - 1), [0]);
        assert_eq!(starts(MAX_BRIDGED_BLOCKS), [0, MAX_BRIDGED_BLOCKS + 1]);
    }

    #[test]
    fn narrow_ranks_read_the_same() {
        let codes: Vec<u32> = (0..3000).map(|i| i * 3).collect();
        let built = CodeIndexBuilder::build(&codes);
        let ranks = built.narrow_ranks().unwrap();
        let narrow = CodeIndex {
            regions: built.regions,
            segment_starts: Vec::leak(built.segment_starts.clone()),
            segment_ends: Vec::leak(built.segment_ends.clone()),
            segment_bases: Vec::leak(built.segment_bases.clone()),
            block_ranks: Vec::leak(ranks),
            block_slots: Vec::leak(built.block_slots.clone()),
            block_bits: Vec::leak(built.block_bits.clone()),
        };
        let wide = built.leak();
        for code in 0..9100 {
            assert_eq!(narrow.find(code), wide.find(code), "{code}");
        }
        for (i, &code) in codes.iter().enumerate() {
            assert_eq!((narrow.code_of(i), wide.code_of(i)), (code, code));
        }
        // A rank past u16 keeps the index wide.
        let many: Vec<u32> = (0..70_000).collect();
        assert!(CodeIndexBuilder::build(&many).narrow_ranks().is_none());
    }

    #[test]
    fn sparse_codes_take_the_bit_layout_dense_ones_the_bytes() {
        // ESE's shape: a code or a few every 64, far apart.
        let sparse: Vec<u32> = (0..300).map(|i| i * 40).collect();
        let built = CodeIndexBuilder::build(&sparse);
        assert!(built.is_bits() && built.block_slots.is_empty());
        // A word and a rank a block: 12 bytes for each 64 codes of the range.
        assert_eq!(built.block_bits.len(), 187);
        let dense: Vec<u32> = (0..16_000).filter(|c| c % 6 != 0).collect();
        assert!(!CodeIndexBuilder::build(&dense).is_bits());
    }

    #[test]
    fn the_index_of_nothing_finds_nothing() {
        let built = CodeIndexBuilder::build(&[]);
        assert!(built.segment_starts.is_empty() && built.block_slots.is_empty());
        let index = built.leak();
        assert_eq!(index.find(0), None);
        assert_eq!(index.find(u32::MAX), None);
    }

    #[test]
    fn dense_codes_cost_a_few_bytes_each() {
        let codes: Vec<u32> = (0..16_000).filter(|c| c % 6 != 0).collect();
        let built = CodeIndexBuilder::build(&codes);
        assert_eq!(built.segment_starts.len(), 1);
        // One byte per code of the range plus a rank per 64 codes.
        let bytes = built.block_slots.len() + built.block_ranks.len() * 4;
        assert_eq!(bytes, 250 * 68);
    }

    fn sorted_codes() -> impl proptest::strategy::Strategy<Value = Vec<u32>> {
        use proptest::prelude::*;
        // Clusters like real catalogs (runs, gaps shorter and longer than a bridge, blocks
        // near u32::MAX), plus codes anywhere.
        let code = prop_oneof![
            4 => 0u32..5_000,
            2 => 0x8007_0000u32..0x8007_4000,
            1 => (u32::MAX - 200)..=u32::MAX,
            1 => any::<u32>(),
        ];
        proptest::collection::btree_set(code, 0..600).prop_map(|set| set.into_iter().collect())
    }

    proptest::proptest! {
        #[test]
        fn agrees_with_binary_search(
            codes in sorted_codes(),
            probes in proptest::collection::vec(proptest::prelude::any::<u32>(), 64),
        ) {
            let bytes = CodeIndexBuilder::build_bytes(&codes);
            let bits = CodeIndexBuilder::build_bytes(&codes).into_bits();
            for index in [bytes.leak(), bits.leak()] {
                for (i, &code) in codes.iter().enumerate() {
                    proptest::prop_assert_eq!(index.find(code), Some(i));
                    proptest::prop_assert_eq!(index.code_of(i), code);
                    for near in [code.wrapping_sub(1), code.wrapping_add(1), code ^ 63] {
                        proptest::prop_assert_eq!(
                            index.find(near),
                            codes.binary_search(&near).ok()
                        );
                    }
                }
                for &probe in &probes {
                    proptest::prop_assert_eq!(index.find(probe), codes.binary_search(&probe).ok());
                }
            }
        }
    }
}
