//! Baselines for the benchmarks in `benches/`, built from the shipped catalog so every
//! contender answers the same questions.

#![allow(missing_docs)]

use std::collections::HashMap;

use win_errors::WinError;

include!(concat!(env!("OUT_DIR"), "/phf_messages.rs"));

/// The floor: a dense `u16` index over codes below 16,384 into a text blob with offsets;
/// one load and one bounds check, which no general structure can beat.
pub struct DenseFloor {
    index: Vec<u16>,
    text: String,
    offsets: Vec<u32>,
}

impl DenseFloor {
    pub fn new() -> Self {
        let mut index = vec![0u16; 16_384];
        let mut text = String::new();
        let mut offsets = vec![0];
        for (i, entry) in WinError::ALL.iter().enumerate() {
            if let Some(slot) = index.get_mut(entry.code() as usize) {
                *slot = u16::try_from(i + 1).expect("fewer than 65,535 entries");
            }
            // An entry without a known message keeps an empty one, as the catalog's text does.
            text.push_str(entry.message().unwrap_or_default());
            offsets.push(u32::try_from(text.len()).expect("text under 4 GiB"));
        }
        DenseFloor {
            index,
            text,
            offsets,
        }
    }

    #[inline]
    pub fn has(&self, code: u32) -> bool {
        self.index.get(code as usize).is_some_and(|&slot| slot != 0)
    }

    #[inline]
    pub fn message(&self, code: u32) -> Option<&str> {
        let slot = *self.index.get(code as usize)? as usize;
        if slot == 0 {
            return None;
        }
        let start = self.offsets[slot - 1] as usize;
        let end = self.offsets[slot] as usize;
        Some(&self.text[start..end])
    }
}

impl Default for DenseFloor {
    fn default() -> Self {
        Self::new()
    }
}

pub fn hash_map_by_code() -> HashMap<u32, &'static str> {
    WinError::ALL
        .iter()
        .map(|e| (e.code(), e.message().unwrap_or_default()))
        .collect()
}

pub fn hash_map_by_name() -> HashMap<&'static str, WinError> {
    WinError::ALL.iter().map(|e| (e.name(), *e)).collect()
}

pub fn sorted_slice() -> Vec<(u32, &'static str)> {
    WinError::ALL
        .iter()
        .map(|e| (e.code(), e.message().unwrap_or_default()))
        .collect()
}

/// A small deterministic generator (xorshift64*), so runs compare like with like.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed.max(1))
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }
}

/// `count` codes of the catalog, drawn at random.
pub fn random_hits(count: usize) -> Vec<u32> {
    random_hits_of::<WinError>(count)
}

/// `count` codes of entries of the catalog `E`, uniformly at random (fixed seed).
pub fn random_hits_of<E: win_errors::ErrorCatalog>(count: usize) -> Vec<u32> {
    let mut rng = Rng::new(0x5EED);
    (0..count)
        .map(|_| E::ALL[rng.below(E::COUNT)].code())
        .collect()
}

/// `count` codes not in the catalog: half in the catalog's range (gaps), half anywhere.
pub fn random_misses(count: usize) -> Vec<u32> {
    let mut rng = Rng::new(0xBAD);
    let mut misses = Vec::with_capacity(count);
    while misses.len() < count {
        let code = if misses.len() % 2 == 0 {
            rng.below(16_000) as u32
        } else {
            rng.next_u64() as u32
        };
        if WinError::from_code(code).is_none() {
            misses.push(code);
        }
    }
    misses
}

/// `count` symbolic names of the catalog, drawn at random.
pub fn random_names(count: usize) -> Vec<&'static str> {
    let mut rng = Rng::new(0xA11);
    (0..count)
        .map(|_| WinError::ALL[rng.below(WinError::COUNT)].name())
        .collect()
}
