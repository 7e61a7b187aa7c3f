//! Table types and lookup routines that generated code calls. Not a public API: the layout
//! may change in any release.
//!
//! Everything here is safe code: text is sliced with `str::split_at`, whose char-boundary
//! check costs two comparisons, so user crates with `#![forbid(unsafe_code)]` compile.

use core::fmt;

pub use crate::sections::SectionTable;

/// Strings stored end to end in one `&'static str`: string `i` spans
/// `offsets[i]..offsets[i + 1]`. One pointer for the whole table instead of a pointer and a
/// relocation per string.
#[derive(Clone, Copy, Debug)]
pub struct TextTable {
    /// All strings, concatenated.
    pub text: &'static str,
    /// Start of each string, plus the end of the last one.
    pub offsets: &'static [u32],
}

impl TextTable {
    /// The table with no string.
    pub const EMPTY: TextTable = TextTable {
        text: "",
        offsets: &[0],
    };

    /// String `i`.
    ///
    /// # Panics
    /// When `i + 1` is out of bounds of `offsets` (generated code never asks for that).
    #[inline]
    pub const fn get(&self, i: usize) -> &'static str {
        let start = self.offsets[i] as usize;
        let end = self.offsets[i + 1] as usize;
        self.text.split_at(end).0.split_at(start).1
    }
}

/// A map from a few sorted `u32` keys to ranges of a flat array: key `keys[k]` owns
/// `offsets[k]..offsets[k + 1]`. Used for the data most entries do not have (related lists,
/// descriptions, aliases), so an entry without it costs nothing.
#[derive(Clone, Copy, Debug)]
pub struct SparseIndex {
    /// Sorted, unique keys (variant indices).
    pub keys: &'static [u32],
    /// Start of each key's range, plus the end of the last one.
    pub offsets: &'static [u32],
}

impl SparseIndex {
    /// The range owned by `key`, or `None`.
    #[inline]
    pub const fn range(&self, key: u32) -> Option<(usize, usize)> {
        match position(self.keys, key) {
            Some(k) => Some((self.offsets[k] as usize, self.offsets[k + 1] as usize)),
            None => None,
        }
    }
}

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

/// `text[start..end]`, in a `const fn`. The generated offsets are character boundaries;
/// `split_at` checks that anyway, so this is safe for any input.
#[inline]
pub const fn text(text: &'static str, start: usize, end: usize) -> &'static str {
    text.split_at(end).0.split_at(start).1
}

/// The hash of a symbolic name used by the name index.
///
/// The proc macro computes the same function when it builds the index (a proc-macro crate
/// cannot share code with its runtime crate): unit tests in both crates pin it to the same
/// values, and every catalog's `from_name` round-trip tests would fail on any difference.
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

/// The slot of the name index for a name with `hash`: the hash picks a bucket, the
/// bucket's pilot (chosen at compile time so that no two names share a slot) picks the slot.
#[inline]
pub const fn name_slot(hash: u64, pilots: &[u16], slot_count: u32) -> usize {
    let bucket = ((hash >> 32) * pilots.len() as u64) >> 32;
    let pilot = pilots[bucket as usize] as u64;
    let mixed =
        (hash ^ pilot.wrapping_mul(0xC2B2_AE3D_27D4_EB4F)).wrapping_mul(0x1656_67B1_9E37_79F9);
    (((mixed >> 32) * slot_count as u64) >> 32) as usize
}

/// The sub-slice `items[start..end]`, in a `const fn`.
#[inline]
pub const fn slice<T>(items: &'static [T], start: usize, end: usize) -> &'static [T] {
    items.split_at(end).0.split_at(start).1
}

/// Code -> entry index, in two levels.
///
/// Codes are cut into blocks of 64 (`code >> 6`), and runs of nearby non-empty blocks form
/// segments. Each block of a segment has the number of codes before it (`block_ranks`) and
/// one byte per code: its position within the block, or [`CodeIndex::ABSENT`]. A lookup
/// finds the segment (a branch-free binary search over a handful of starts; none at all
/// when there is one segment), then reads one rank and one byte: no hashing, no scan, no
/// population count.
#[derive(Clone, Copy, Debug)]
pub struct CodeIndex {
    /// First block of each segment, ascending.
    pub segment_starts: &'static [u32],
    /// One past the last block of each segment.
    pub segment_ends: &'static [u32],
    /// Position in `block_ranks` of each segment's first block.
    pub segment_bases: &'static [u32],
    /// Number of codes in all blocks before each block.
    pub block_ranks: &'static [u32],
    /// 64 bytes per block: each code's position within its block, or `ABSENT`.
    pub block_slots: &'static [u8],
}

impl CodeIndex {
    /// The byte of `block_slots` that marks a code as not in the catalog.
    pub const ABSENT: u8 = u8::MAX;

    /// The entry index of `code`, or `None` when the catalog does not have it.
    #[inline]
    pub const fn find(&self, code: u32) -> Option<usize> {
        let block = code >> 6;
        let starts = self.segment_starts;
        if starts.is_empty() || block < starts[0] {
            return None;
        }
        // The last segment starting at or before `block`, without data-dependent branches.
        let mut base = 0;
        let mut size = starts.len();
        while size > 1 {
            let half = size / 2;
            if starts[base + half] <= block {
                base += half;
            }
            size -= half;
        }
        if block >= self.segment_ends[base] {
            return None;
        }
        let slot = (self.segment_bases[base] + (block - starts[base])) as usize;
        let within = self.block_slots[slot * 64 + (code & 63) as usize];
        if within == Self::ABSENT {
            return None;
        }
        Some(self.block_ranks[slot] as usize + within as usize)
    }
}

/// Parses a code written as decimal digits or `0x`/`0X` and hexadecimal digits.
pub fn parse_code(text: &str) -> Option<u32> {
    match text.strip_prefix("0x").or_else(|| text.strip_prefix("0X")) {
        Some(hex) if !hex.is_empty() && hex.bytes().all(|b| b.is_ascii_hexdigit()) => {
            u32::from_str_radix(hex, 16).ok()
        }
        Some(_) => None,
        None if !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()) => text.parse().ok(),
        None => None,
    }
}

/// Writes the variant name derived from a symbolic name (drop a leading `ERROR_` followed by
/// a letter, UpperCamelCase the `_`-separated words), without allocating. The same rule as
/// `win_errors_catalog::names::variant_name`; tests hold the two together.
pub fn write_variant_name(f: &mut fmt::Formatter<'_>, symbolic: &str) -> fmt::Result {
    let stem = match symbolic.strip_prefix("ERROR_") {
        Some(rest) if rest.starts_with(|c: char| c.is_ascii_alphabetic()) => rest,
        _ => symbolic,
    };
    // Symbolic names are ASCII and at most 255 bytes (catalog rules): one buffer, one write.
    let mut buffer = [0u8; 255];
    let mut length = 0;
    let mut word_start = true;
    for byte in stem.bytes() {
        if byte == b'_' {
            word_start = true;
            continue;
        }
        let Some(slot) = buffer.get_mut(length) else {
            break;
        };
        *slot = if word_start {
            byte.to_ascii_uppercase()
        } else {
            byte.to_ascii_lowercase()
        };
        word_start = false;
        length += 1;
    }
    let (written, _) = buffer.split_at(length);
    f.write_str(core::str::from_utf8(written).map_err(|_| fmt::Error)?)
}

/// Display helper for the alternate form of HRESULT catalogs: `NAME (0x8000FFFF): message`,
/// always eight hex digits (the form people search for).
pub fn write_hresult_entry(
    f: &mut fmt::Formatter<'_>,
    name: &str,
    code: u32,
    message: &str,
) -> fmt::Result {
    write!(f, "{name} (0x{code:08X}): {message}")
}

/// Display helper for the alternate form: `NAME (code, 0xHEX): message`.
pub fn write_entry(
    f: &mut fmt::Formatter<'_>,
    name: &str,
    code: u32,
    message: &str,
) -> fmt::Result {
    write!(f, "{name} ({code}, 0x{code:X}): {message}")
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn text_table_slices_each_string() {
        let table = TextTable {
            text: "ABéC",
            offsets: &[0, 1, 4, 5],
        };
        assert_eq!(table.get(0), "A");
        assert_eq!(table.get(1), "Bé");
        assert_eq!(table.get(2), "C");
    }

    #[test]
    fn sparse_index_finds_owned_ranges() {
        let index = SparseIndex {
            keys: &[2, 7, 9],
            offsets: &[0, 3, 3, 5],
        };
        assert_eq!(index.range(2), Some((0, 3)));
        assert_eq!(index.range(9), Some((3, 5)));
        assert_eq!(index.range(3), None);
        assert_eq!(index.range(100), None);
        assert_eq!(slice(&[1, 2, 3, 4, 5], 3, 5), &[4, 5]);
    }

    #[test]
    fn code_index_hits_and_misses() {
        // Codes 1, 3, 64 and 1_000_000: blocks 0 and 1 form one segment, block 15625 another.
        let mut slots = [CodeIndex::ABSENT; 192];
        slots[1] = 0;
        slots[3] = 1;
        slots[64] = 0;
        slots[128] = 0; // 1_000_000 is 15625 * 64 + 0.
        let slots: &'static [u8] = Vec::leak(slots.to_vec());
        let index = CodeIndex {
            segment_starts: &[0, 15625],
            segment_ends: &[2, 15626],
            segment_bases: &[0, 2],
            block_ranks: &[0, 2, 3],
            block_slots: slots,
        };
        assert_eq!(index.find(1), Some(0));
        assert_eq!(index.find(3), Some(1));
        assert_eq!(index.find(64), Some(2));
        assert_eq!(index.find(1_000_000), Some(3));
        for miss in [0, 2, 4, 63, 65, 128, 999_999, 1_000_001, u32::MAX] {
            assert_eq!(index.find(miss), None, "{miss}");
        }
    }

    #[test]
    fn parses_decimal_and_hex_codes_only() {
        assert_eq!(parse_code("1312"), Some(1312));
        assert_eq!(parse_code("0x520"), Some(1312));
        assert_eq!(parse_code("0XFFFFFFFF"), Some(u32::MAX));
        for bad in [
            "",
            "0x",
            "+1",
            "-1",
            "1 ",
            "0x1_0",
            "4294967296",
            "0x100000000",
            "abc",
        ] {
            assert_eq!(parse_code(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn name_hash_is_pinned() {
        // The proc macro's copy asserts the same values.
        assert_eq!(name_hash(b"", 0), 0);
        assert_eq!(name_hash(b"ERROR_SUCCESS", 0), 0xF230_4005_EE6E_1478);
        assert_eq!(name_hash(b"ABC", 1), 0xF1A9_8D5F_79EF_7804);
        assert_eq!(
            name_hash(b"ERROR_NO_SUCH_LOGON_SESSION", 7),
            0x4DDF_B3E4_C948_8FC8
        );
    }
}
