//! The static data layout: every string in a few text blobs with `u32` offsets, every
//! reference an index, so the tables hold no pointer per entry and need no relocation.
//! Building the layout is plain Rust, unit-tested here; [`Tables::to_tokens`] emits it.

use proc_macro2::{Literal, TokenStream};
use quote::quote;
use win_errors_catalog::names::variant_name;
use win_errors_catalog::{CheckedCatalog, CheckedEntry};

use super::name_index::NameIndex;

/// Strings end to end with their offsets (string `i` is `offsets[i]..offsets[i + 1]`).
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Text {
    pub(crate) text: String,
    pub(crate) offsets: Vec<u32>,
}

impl Text {
    fn new() -> Self {
        Text {
            text: String::new(),
            offsets: vec![0],
        }
    }

    fn push(&mut self, s: &str) -> Result<(), String> {
        self.text.push_str(s);
        let end = u32::try_from(self.text.len())
            .map_err(|_| "the catalog's text exceeds 4 GiB, the most a table can address")?;
        self.offsets.push(end);
        Ok(())
    }
}

/// Ranges of a flat array owned by a few sorted keys (variant indices).
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Sparse {
    pub(crate) keys: Vec<u32>,
    pub(crate) offsets: Vec<u32>,
}

impl Sparse {
    /// Builds the index over `(key, items)` pairs sorted by key, skipping empty lists, and
    /// returns it with the flattened items.
    fn build<T: Clone>(lists: impl IntoIterator<Item = (usize, Vec<T>)>) -> (Sparse, Vec<T>) {
        let mut sparse = Sparse {
            keys: Vec::new(),
            offsets: vec![0],
        };
        let mut flat = Vec::new();
        for (key, items) in lists {
            if items.is_empty() {
                continue;
            }
            flat.extend(items);
            sparse.keys.push(index(key));
            sparse.offsets.push(index(flat.len()));
        }
        (sparse, flat)
    }
}

/// The reference sections of the entries that have any (`win_errors::__private::SectionTable`
/// describes the layout): rich entry `k` owns strings `starts[k]..starts[k + 1]`, meaning,
/// context and summary first (empty when absent), then remedies, then from `faq_starts[k]`
/// questions and answers alternating.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct SectionLayout {
    pub(crate) entries: Vec<u32>,
    pub(crate) starts: Vec<u32>,
    pub(crate) faq_starts: Vec<u32>,
    pub(crate) text: Text,
}

impl SectionLayout {
    fn build(entries: &[CheckedEntry]) -> Result<SectionLayout, String> {
        let mut layout = SectionLayout {
            entries: Vec::new(),
            starts: vec![0],
            faq_starts: Vec::new(),
            text: Text::new(),
        };
        let strings = |text: &Text| index(text.offsets.len() - 1);
        for (i, entry) in entries.iter().enumerate() {
            let sections = &entry.sections;
            if sections.is_empty() {
                continue;
            }
            layout.entries.push(index(i));
            for single in [&sections.meaning, &sections.context, &sections.summary] {
                layout.text.push(single.as_deref().unwrap_or_default())?;
            }
            for remedy in &sections.remedies {
                layout.text.push(remedy)?;
            }
            layout.faq_starts.push(strings(&layout.text));
            for item in &sections.faq {
                layout.text.push(&item.question)?;
                layout.text.push(&item.answer)?;
            }
            layout.starts.push(strings(&layout.text));
        }
        Ok(layout)
    }
}

/// The two-level index of `win_errors::__private::CodeIndex` (see there for the lookup).
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct CodeIndex {
    pub(crate) segment_starts: Vec<u32>,
    pub(crate) segment_ends: Vec<u32>,
    pub(crate) segment_bases: Vec<u32>,
    pub(crate) block_ranks: Vec<u32>,
    pub(crate) block_slots: Vec<u8>,
}

/// Codes per block (the runtime shifts by 6).
const BLOCK: u32 = 64;
/// The byte marking an absent code (`CodeIndex::ABSENT`).
const ABSENT: u8 = u8::MAX;

/// Empty blocks a segment bridges before a new segment starts: bridging costs 68 bytes a
/// block, a new segment 12 bytes and one more step of the segment search.
const MAX_BRIDGED_BLOCKS: u32 = 32;

impl CodeIndex {
    /// Builds the index of `codes`, which must be sorted and unique.
    pub(crate) fn build(codes: &[u32]) -> CodeIndex {
        let mut built = CodeIndex::default();
        for (rank, &code) in codes.iter().enumerate() {
            let rank = index(rank);
            let block = code / BLOCK;
            let continues = built
                .segment_ends
                .last()
                .is_some_and(|&end| block < end + MAX_BRIDGED_BLOCKS);
            if !continues {
                built.segment_starts.push(block);
                built.segment_ends.push(block);
                built.segment_bases.push(index(built.block_ranks.len()));
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
            let at = built.block_slots.len() - BLOCK as usize + (code % BLOCK) as usize;
            if let Some(slot) = built.block_slots.get_mut(at) {
                *slot = within;
            }
        }
        built
    }
}

/// Every table the generated code reads.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Tables {
    /// Code of each entry (entries in code order: the variant index is the table index).
    pub(crate) codes: Vec<u32>,
    /// Each entry's name then message, end to end.
    pub(crate) entry_text: String,
    /// Where each entry's name starts in `entry_text`, plus the end of the last message.
    pub(crate) entry_starts: Vec<u32>,
    /// Each name's length (the message follows it, up to the next entry's start).
    pub(crate) name_lengths: Vec<u8>,
    /// Names and aliases -> entry, for `from_name`.
    pub(crate) name_index: NameIndex,
    /// All aliases, sorted.
    pub(crate) aliases: Text,
    /// The entry each sorted alias belongs to.
    pub(crate) alias_targets: Vec<u32>,
    /// Entry -> its aliases' positions in `aliases`.
    pub(crate) alias_owners: Sparse,
    pub(crate) alias_slots: Vec<u32>,
    /// Entries with a description (sorted), and the descriptions in that order.
    pub(crate) described: Vec<u32>,
    pub(crate) descriptions: Text,
    /// Entry -> related entries.
    pub(crate) related_owners: Sparse,
    pub(crate) related: Vec<usize>,
    /// Entry -> entries that list it as related.
    pub(crate) referrer_owners: Sparse,
    pub(crate) referrers: Vec<usize>,
    /// The distinct family names, sorted; runs of consecutive entries share one: run `k`
    /// starts at entry `family_run_starts[k]` and has family `family_run_ids[k]` (0 for
    /// none, else `families` string `id - 1`).
    pub(crate) families: Text,
    pub(crate) family_run_starts: Vec<u32>,
    pub(crate) family_run_ids: Vec<u32>,
    /// Entries whose variant name is not the one derived from their symbolic name (sorted),
    /// and those names in that order.
    pub(crate) renamed: Vec<u32>,
    pub(crate) variant_names: Text,
    /// Code -> entry index.
    pub(crate) code_index: CodeIndex,
    /// Meaning, context, remedies, FAQ and summary of the entries that have them.
    pub(crate) sections: SectionLayout,
}

/// A count or position as a table value. Catalogs are far below 2^32 entries: the text
/// limit (checked in [`Text::push`]) is reached first.
fn index(i: usize) -> u32 {
    u32::try_from(i).unwrap_or(u32::MAX)
}

impl Tables {
    /// Lays out `catalog`.
    pub(crate) fn build(catalog: &CheckedCatalog) -> Result<Tables, String> {
        let entries = &catalog.entries;
        let codes: Vec<u32> = entries.iter().map(|e| e.code).collect();

        let mut entry_text = Text::new();
        let mut name_lengths = Vec::with_capacity(entries.len());
        for entry in entries {
            let length = u8::try_from(entry.name.len())
                .map_err(|_| format!("the name {} is longer than 255 bytes", entry.name))?;
            name_lengths.push(length);
            entry_text.text.push_str(&entry.name);
            entry_text.push(&entry.message)?;
        }

        let mut sorted_aliases: Vec<(&str, usize)> = entries
            .iter()
            .enumerate()
            .flat_map(|(i, e)| e.aliases.iter().map(move |a| (a.as_str(), i)))
            .collect();
        sorted_aliases.sort();
        let mut aliases = Text::new();
        for (alias, _) in &sorted_aliases {
            aliases.push(alias)?;
        }
        let alias_targets = sorted_aliases.iter().map(|&(_, i)| index(i)).collect();
        // Ids: entry `i` by its name is `i`; alias `k` (in sorted order) is `COUNT + k`.
        let names: Vec<&str> = entries
            .iter()
            .map(|e| e.name.as_str())
            .chain(sorted_aliases.iter().map(|&(alias, _)| alias))
            .collect();
        let name_index = NameIndex::build(&names)?;
        let mut slots_by_owner: Vec<Vec<u32>> = vec![Vec::new(); entries.len()];
        for (slot, &(_, owner)) in sorted_aliases.iter().enumerate() {
            if let Some(slots) = slots_by_owner.get_mut(owner) {
                slots.push(index(slot));
            }
        }
        let (alias_owners, alias_slots) = Sparse::build(slots_by_owner.into_iter().enumerate());

        let (described, descriptions) = sparse_text(entries, |e| e.description.as_deref())?;
        let (renamed, variant_names) = sparse_text(entries, |e| {
            (variant_name(&e.name) != e.variant).then_some(e.variant.as_str())
        })?;
        let (families, family_run_starts, family_run_ids) = family_runs(entries)?;
        let (related_owners, related) =
            Sparse::build(entries.iter().map(|e| e.related.clone()).enumerate());
        let (referrer_owners, referrers) =
            Sparse::build(entries.iter().map(|e| e.referenced_by.clone()).enumerate());

        Ok(Tables {
            sections: SectionLayout::build(entries)?,
            code_index: CodeIndex::build(&codes),
            codes,
            entry_starts: entry_text.offsets,
            entry_text: entry_text.text,
            name_lengths,
            name_index,
            aliases,
            alias_targets,
            alias_owners,
            alias_slots,
            described,
            descriptions,
            families,
            family_run_starts,
            family_run_ids,
            related_owners,
            related,
            referrer_owners,
            referrers,
            renamed,
            variant_names,
        })
    }
}

/// The family table and its runs (see [`Tables::families`]); nothing when no entry has a
/// family.
fn family_runs(entries: &[CheckedEntry]) -> Result<(Text, Vec<u32>, Vec<u32>), String> {
    let mut names: Vec<&str> = entries.iter().filter_map(|e| e.family.as_deref()).collect();
    names.sort_unstable();
    names.dedup();
    let mut families = Text::new();
    for name in &names {
        families.push(name)?;
    }
    let mut starts = Vec::new();
    let mut ids = Vec::new();
    if names.is_empty() {
        return Ok((families, starts, ids));
    }
    for (i, entry) in entries.iter().enumerate() {
        let id = entry
            .family
            .as_deref()
            .and_then(|f| names.binary_search(&f).ok())
            .map_or(0, |k| index(k + 1));
        if ids.last() != Some(&id) {
            starts.push(index(i));
            ids.push(id);
        }
    }
    Ok((families, starts, ids))
}

/// The entries for which `text_of` gives a string, and those strings: string `k` belongs
/// to entry `keys[k]`.
fn sparse_text<'e>(
    entries: &'e [CheckedEntry],
    text_of: impl Fn(&'e CheckedEntry) -> Option<&'e str>,
) -> Result<(Vec<u32>, Text), String> {
    let mut keys = Vec::new();
    let mut text = Text::new();
    for (i, entry) in entries.iter().enumerate() {
        if let Some(s) = text_of(entry) {
            keys.push(index(i));
            text.push(s)?;
        }
    }
    Ok((keys, text))
}

/// `&[1, 2, 3]` with unsuffixed literals (the item type comes from the declaration).
fn numbers<T: Copy>(values: &[T], literal: fn(T) -> Literal) -> TokenStream {
    let literals = values.iter().map(|&v| literal(v));
    quote!(&[#(#literals),*])
}

fn u32s(values: &[u32]) -> TokenStream {
    numbers(values, Literal::u32_unsuffixed)
}

fn text_table(krate: &TokenStream, text: &Text) -> TokenStream {
    let blob = Literal::string(&text.text);
    let offsets = u32s(&text.offsets);
    quote!(#krate::__private::TextTable { text: #blob, offsets: #offsets })
}

fn sparse_index(krate: &TokenStream, sparse: &Sparse) -> TokenStream {
    let keys = u32s(&sparse.keys);
    let offsets = u32s(&sparse.offsets);
    quote!(#krate::__private::SparseIndex { keys: #keys, offsets: #offsets })
}

impl Tables {
    /// Each entry's name start and name length packed as `start << 8 | length`, plus the
    /// end of the text: name `i` is `start..start + length`, message `i` runs from the end
    /// of the name to the next entry's start.
    pub(crate) fn entry_bounds(&self) -> Vec<u64> {
        self.entry_starts
            .iter()
            .zip(self.name_lengths.iter().chain([&0]))
            .map(|(&start, &length)| u64::from(start) << 8 | u64::from(length))
            .collect()
    }

    /// The tables as `const` items, to be placed where the generated impls can see them.
    /// `variants[i]` is the path of entry `i`'s variant.
    pub(crate) fn to_tokens(
        &self,
        krate: &TokenStream,
        enum_name: &syn::Ident,
        variants: &[TokenStream],
    ) -> TokenStream {
        let private = quote!(#krate::__private);
        let codes = u32s(&self.codes);
        let entry_text = Literal::string(&self.entry_text);
        // Each entry's start and name length packed in one word (`start << 8 | length`),
        // so a message's bounds are two neighbouring loads: 4 bytes per entry while the text
        // is under 16 MiB, 8 beyond.
        let packed = self.entry_bounds();
        let (entry_bounds_type, entry_bounds) = match packed
            .iter()
            .map(|&word| u32::try_from(word))
            .collect::<Result<Vec<u32>, _>>()
        {
            Ok(narrow) => (quote!(::core::primitive::u32), u32s(&narrow)),
            Err(_) => (
                quote!(::core::primitive::u64),
                numbers(&packed, Literal::u64_unsuffixed),
            ),
        };
        let name_seed = Literal::u64_unsuffixed(self.name_index.seed);
        let name_pilots = numbers(&self.name_index.pilots, Literal::u16_unsuffixed);
        let name_slot_count = Literal::u32_unsuffixed(index(self.name_index.slots.len()));
        // Slots hold ids below COUNT + aliases: two bytes each when that fits.
        let wide = self
            .name_index
            .slots
            .iter()
            .any(|&id| id > u32::from(u16::MAX));
        let (name_slot_type, name_slots) = if wide {
            (quote!(::core::primitive::u32), u32s(&self.name_index.slots))
        } else {
            let narrow: Vec<u16> = self.name_index.slots.iter().map(|&id| id as u16).collect();
            (
                quote!(::core::primitive::u16),
                numbers(&narrow, Literal::u16_unsuffixed),
            )
        };
        let aliases = text_table(krate, &self.aliases);
        let alias_targets = u32s(&self.alias_targets);
        let alias_owners = sparse_index(krate, &self.alias_owners);
        let alias_slots = u32s(&self.alias_slots);
        let described = u32s(&self.described);
        let descriptions = text_table(krate, &self.descriptions);
        let families = text_table(krate, &self.families);
        let family_run_starts = u32s(&self.family_run_starts);
        let family_run_ids = u32s(&self.family_run_ids);
        let related_owners = sparse_index(krate, &self.related_owners);
        let related = self.related.iter().filter_map(|&i| variants.get(i));
        let referrer_owners = sparse_index(krate, &self.referrer_owners);
        let referrers = self.referrers.iter().filter_map(|&i| variants.get(i));
        let renamed = u32s(&self.renamed);
        let variant_names = text_table(krate, &self.variant_names);
        let sections = &self.sections;
        let section_entries = u32s(&sections.entries);
        let section_starts = u32s(&sections.starts);
        let section_faq_starts = u32s(&sections.faq_starts);
        let section_text = text_table(krate, &sections.text);
        let index = &self.code_index;
        let segment_starts = u32s(&index.segment_starts);
        let segment_ends = u32s(&index.segment_ends);
        let segment_bases = u32s(&index.segment_bases);
        let block_ranks = u32s(&index.block_ranks);
        let block_slots = Literal::byte_string(&index.block_slots);
        quote! {
            const __CODES: &[::core::primitive::u32] = #codes;
            const __ENTRY_TEXT: &::core::primitive::str = #entry_text;
            /// Entry `i`'s name start in `__ENTRY_TEXT` shifted left by 8, or'd with its name
            /// length; entry `COUNT` is the text's end. The message follows the name up to the
            /// next entry's start.
            const __ENTRY_BOUNDS: &[#entry_bounds_type] = #entry_bounds;
            const __NAME_SEED: ::core::primitive::u64 = #name_seed;
            const __NAME_PILOTS: &[::core::primitive::u16] = #name_pilots;
            const __NAME_SLOT_COUNT: ::core::primitive::u32 = #name_slot_count;
            const __NAME_SLOTS: &[#name_slot_type] = #name_slots;
            const __ALIASES: #private::TextTable = #aliases;
            const __ALIAS_TARGETS: &[::core::primitive::u32] = #alias_targets;
            const __ALIAS_OWNERS: #private::SparseIndex = #alias_owners;
            const __ALIAS_SLOTS: &[::core::primitive::u32] = #alias_slots;
            const __DESCRIBED: &[::core::primitive::u32] = #described;
            const __DESCRIPTIONS: #private::TextTable = #descriptions;
            const __FAMILIES: #private::TextTable = #families;
            const __FAMILY_RUN_STARTS: &[::core::primitive::u32] = #family_run_starts;
            const __FAMILY_RUN_IDS: &[::core::primitive::u32] = #family_run_ids;
            const __RELATED_OWNERS: #private::SparseIndex = #related_owners;
            const __RELATED: &[#enum_name] = &[#(#related),*];
            const __REFERRER_OWNERS: #private::SparseIndex = #referrer_owners;
            const __REFERRERS: &[#enum_name] = &[#(#referrers),*];
            const __RENAMED: &[::core::primitive::u32] = #renamed;
            const __VARIANT_NAMES: #private::TextTable = #variant_names;
            const __SECTIONS: #private::SectionTable = #private::SectionTable {
                entries: #section_entries,
                starts: #section_starts,
                faq_starts: #section_faq_starts,
                text: #section_text,
            };
            const __CODE_INDEX: #private::CodeIndex = #private::CodeIndex {
                segment_starts: #segment_starts,
                segment_ends: #segment_ends,
                segment_bases: #segment_bases,
                block_ranks: #block_ranks,
                block_slots: #block_slots,
            };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The lookup of `win_errors::__private::CodeIndex::find`, on the built vectors.
    fn find(index: &CodeIndex, code: u32) -> Option<usize> {
        let block = code >> 6;
        let segment = index.segment_starts.iter().rposition(|&s| s <= block)?;
        if block >= index.segment_ends[segment] {
            return None;
        }
        let slot = (index.segment_bases[segment] + block - index.segment_starts[segment]) as usize;
        let within = index.block_slots[slot * 64 + (code & 63) as usize];
        (within != ABSENT).then(|| index.block_ranks[slot] as usize + within as usize)
    }

    #[test]
    fn code_index_finds_every_code_and_nothing_else() {
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
        let index = CodeIndex::build(&codes);
        for (i, &code) in codes.iter().enumerate() {
            assert_eq!(find(&index, code), Some(i), "{code}");
        }
        for miss in [2, 62, 65, 199, 1311, 1314, 4999, 0x8007_0004, u32::MAX - 2] {
            assert_eq!(find(&index, miss), None, "{miss}");
        }
        // Gaps of fewer than 32 empty blocks are bridged: 200 (block 3) and 1312 (block
        // 20) share a segment, 5000 (block 78) starts another.
        assert_eq!(
            index.segment_starts,
            [0, 78, 0x8007_0005 >> 6, (u32::MAX - 1) >> 6]
        );
    }

    /// Name and message of entry `i`, read as the generated accessors read them.
    fn entry_text(tables: &Tables, i: usize) -> (&str, &str) {
        let bounds = tables.entry_bounds();
        let start = (bounds[i] >> 8) as usize;
        let name_end = start + (bounds[i] & 0xFF) as usize;
        let end = (bounds[i + 1] >> 8) as usize;
        (
            &tables.entry_text[start..name_end],
            &tables.entry_text[name_end..end],
        )
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
        fn code_index_agrees_with_the_codes(codes in sorted_codes(), probes in proptest::collection::vec(proptest::prelude::any::<u32>(), 64)) {
            let index = CodeIndex::build(&codes);
            for (i, &code) in codes.iter().enumerate() {
                proptest::prop_assert_eq!(find(&index, code), Some(i));
                for near in [code.wrapping_sub(1), code.wrapping_add(1), code ^ 63] {
                    proptest::prop_assert_eq!(find(&index, near), codes.binary_search(&near).ok());
                }
            }
            for probe in probes {
                proptest::prop_assert_eq!(find(&index, probe), codes.binary_search(&probe).ok());
            }
        }

        #[test]
        fn entry_text_gives_back_every_name_and_message(
            texts in proptest::collection::vec("[a-zé€𝄞 ]{1,30}", 1..50),
            names in proptest::collection::btree_set("[A-Z]{1,12}", 50),
        ) {
            let source: String = texts
                .iter()
                .zip(&names)
                .enumerate()
                .map(|(code, (message, name))| {
                    format!("[[error]]\nname = \"E_{name}\"\ncode = {code}\nmessage = \"x{message}\"\n")
                })
                .collect();
            let checked = catalog(&source);
            let tables = Tables::build(&checked).unwrap();
            for (i, entry) in checked.entries.iter().enumerate() {
                proptest::prop_assert_eq!(entry_text(&tables, i), (entry.name.as_str(), entry.message.as_str()));
            }
        }
    }

    #[test]
    fn families_are_stored_once_with_runs_of_entries() {
        let entry = |name: &str, code: u32, family: &str| {
            let family = if family.is_empty() {
                String::new()
            } else {
                format!("family = \"{family}\"\n")
            };
            format!("[[error]]\nname = \"{name}\"\ncode = {code}\nmessage = \"m\"\n{family}")
        };
        let source = [
            entry("A", 1, "S"),
            entry("B", 2, "S"),
            entry("C", 3, ""),
            entry("D", 4, "W"),
            entry("E", 5, "S"),
        ]
        .concat();
        let tables = Tables::build(&catalog(&source)).unwrap();
        assert_eq!(tables.families.text, "SW");
        assert_eq!(tables.family_run_starts, [0, 2, 3, 4]);
        assert_eq!(tables.family_run_ids, [1, 0, 2, 1]);
        let none = Tables::build(&catalog(&entry("A", 1, ""))).unwrap();
        assert!(none.family_run_starts.is_empty() && none.families.text.is_empty());
    }

    #[test]
    fn only_entries_with_sections_take_room_in_the_section_table() {
        let source = "[[error]]\nname = \"A\"\ncode = 1\nmessage = \"m\"\n\
                      [[error]]\nname = \"B\"\ncode = 2\nmessage = \"m\"\nsummary = \"S\"\n\
                      remedies = [\"R1\", \"R2\"]\nfaq = [{ q = \"Q\", a = \"A\" }]\n\
                      [[error]]\nname = \"C\"\ncode = 3\nmessage = \"m\"\n\
                      [[error]]\nname = \"D\"\ncode = 4\nmessage = \"m\"\nmeaning = \"M\"\n";
        let sections = Tables::build(&catalog(source)).unwrap().sections;
        assert_eq!(sections.entries, [1, 3]);
        assert_eq!(sections.text.text, "SR1R2QAM");
        // B: meaning, context, summary, R1, R2 | Q, A. D: meaning, context, summary.
        assert_eq!(sections.starts, [0, 7, 10]);
        assert_eq!(sections.faq_starts, [5, 10]);
        assert_eq!(sections.text.offsets, [0, 0, 0, 1, 3, 5, 6, 7, 8, 8, 8]);
        let plain = Tables::build(&catalog(
            "[[error]]\nname = \"A\"\ncode = 1\nmessage = \"m\"\n",
        ))
        .unwrap()
        .sections;
        assert!(plain.entries.is_empty() && plain.faq_starts.is_empty());
        assert_eq!((plain.starts, plain.text.offsets), (vec![0], vec![0]));
    }

    #[test]
    fn code_index_of_nothing_is_empty() {
        let index = CodeIndex::build(&[]);
        assert!(index.segment_starts.is_empty() && index.block_slots.is_empty());
    }

    #[test]
    fn dense_codes_cost_a_few_bytes_each() {
        let codes: Vec<u32> = (0..16_000).filter(|c| c % 6 != 0).collect();
        let index = CodeIndex::build(&codes);
        assert_eq!(index.segment_starts.len(), 1);
        // One byte per code of the range plus a rank per 64 codes.
        let bytes = index.block_slots.len() + index.block_ranks.len() * 4;
        assert_eq!(bytes, 250 * 68);
    }

    fn catalog(source: &str) -> CheckedCatalog {
        win_errors_catalog::check(source).unwrap()
    }

    #[test]
    fn entry_bounds_widen_when_the_text_reaches_16_mib() {
        let message = "m".repeat(1 << 24);
        let source = format!(
            "[[error]]\nname = \"A\"\ncode = 1\nmessage = \"{message}\"\n[[error]]\nname = \"B\"\ncode = 2\nmessage = \"b\"\n"
        );
        let tables = Tables::build(&catalog(&source)).unwrap();
        let variants = [quote!(E::A), quote!(E::B)];
        let name = syn::Ident::new("E", proc_macro2::Span::call_site());
        let tokens = tables.to_tokens(&quote!(::w), &name, &variants).to_string();
        assert!(
            tokens.contains("__ENTRY_BOUNDS : & [:: core :: primitive :: u64]"),
            "{}",
            &tokens[..300]
        );
        let small = Tables::build(&catalog(
            "[[error]]\nname = \"A\"\ncode = 1\nmessage = \"a\"\n",
        ))
        .unwrap();
        let tokens = small
            .to_tokens(&quote!(::w), &name, &variants[..1])
            .to_string();
        assert!(tokens.contains("__ENTRY_BOUNDS : & [:: core :: primitive :: u32]"));
    }

    #[test]
    fn tables_hold_every_string_once_and_index_the_rest() {
        let checked = catalog(
            r#"
[[error]]
name = "ERROR_B"
code = 2
message = "Bee."
aliases = ["ERROR_BB", "ERROR_AB"]
related = ["ERROR_A"]
[[error]]
name = "ERROR_A"
code = 1
message = "Ay."
description = "Long."
variant = "First"
"#,
        );
        let tables = Tables::build(&checked).unwrap();
        assert_eq!(tables.codes, [1, 2]);
        assert_eq!(tables.entry_text, "ERROR_AAy.ERROR_BBee.");
        assert_eq!(tables.entry_starts, [0, 10, 21]);
        assert_eq!(tables.name_lengths, [7, 7]);
        assert_eq!(tables.name_index.lookup("ERROR_A"), 0);
        assert_eq!(tables.name_index.lookup("ERROR_B"), 1);
        assert_eq!(tables.name_index.lookup("ERROR_AB"), 2);
        assert_eq!(tables.name_index.lookup("ERROR_BB"), 3);
        assert_eq!(tables.aliases.text, "ERROR_ABERROR_BB");
        assert_eq!(tables.alias_targets, [1, 1]);
        assert_eq!(tables.alias_owners.keys, [1]);
        assert_eq!(tables.alias_slots, [0, 1]);
        assert_eq!(tables.described, [0]);
        assert_eq!(tables.descriptions.text, "Long.");
        assert_eq!(tables.related_owners.keys, [1]);
        assert_eq!(tables.related, [0]);
        assert_eq!(tables.referrer_owners.keys, [0]);
        assert_eq!(tables.referrers, [1]);
        assert_eq!(tables.renamed, [0]);
        assert_eq!(tables.variant_names.text, "First");
    }
}
