//! The catalog's tables, built by the builders of `win-errors-layout` and emitted as `const`
//! items of its reader types, which the generated methods call. Every string sits in a few
//! text blobs with `u32` offsets and every reference is an index, so the tables hold no
//! pointer per entry and need no relocation.

use proc_macro2::{Literal, TokenStream};
use quote::quote;
use win_errors_catalog::{CheckedCatalog, CheckedEntry, CheckedRelated};
use win_errors_layout::aliases::AliasTableBuilder;
use win_errors_layout::code_index::CodeIndexBuilder;
use win_errors_layout::entries::EntryTextBuilder;
use win_errors_layout::families::FamilyRunsBuilder;
use win_errors_layout::name_index::NameIndexBuilder;
use win_errors_layout::parameters::{BuiltParameter, ParameterTableBuilder};
use win_errors_layout::sections::{EntrySections, SectionTableBuilder};
use win_errors_layout::sparse::{SparseIndexBuilder, SparseTextBuilder};
use win_errors_layout::text::TextBuilder;

/// Every table the generated code reads.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Tables {
    /// Each entry's name then message.
    pub(crate) entries: EntryTextBuilder,
    /// Names and aliases -> entry, for `from_name`: entry `i` by its name is id `i`, alias
    /// `k` (in sorted order) is id `COUNT + k`.
    pub(crate) names: NameIndexBuilder,
    pub(crate) aliases: AliasTableBuilder,
    pub(crate) descriptions: SparseTextBuilder,
    /// The captions of the entries that have one.
    pub(crate) captions: SparseTextBuilder,
    /// Entry -> related entries, and entry -> the entries that list it as related.
    pub(crate) related: SparseIndexBuilder<CheckedRelated>,
    pub(crate) referrers: SparseIndexBuilder<usize>,
    /// Entry -> the code a documentation gives it, for the few that have one.
    pub(crate) documented: SparseIndexBuilder<u32>,
    pub(crate) families: FamilyRunsBuilder,
    /// The variant names the catalog sets (`Debug` derives the others from the names).
    pub(crate) renamed: SparseTextBuilder,
    /// Code -> entry, and entry -> code (`code_of`): the only table of codes.
    pub(crate) code_index: CodeIndexBuilder,
    pub(crate) sections: SectionTableBuilder,
    /// The parameters of the entries that have any.
    pub(crate) parameters: ParameterTableBuilder,
}

impl Tables {
    /// Lays out `catalog`.
    pub(crate) fn build(catalog: &CheckedCatalog) -> Result<Tables, String> {
        let entries = &catalog.entries;
        let codes: Vec<u32> = entries.iter().map(|e| e.code).collect();
        let aliases =
            AliasTableBuilder::build(entries.iter().map(|e| e.aliases.iter().map(String::as_str)))?;
        let names: Vec<&str> = entries
            .iter()
            .map(|e| e.name.as_str())
            .chain(aliases.names.strings())
            .collect();
        let families: Vec<Option<&str>> = entries.iter().map(|e| e.family.as_deref()).collect();
        Ok(Tables {
            entries: EntryTextBuilder::build(
                entries
                    .iter()
                    .map(|e| (e.name.as_str(), e.message.as_deref())),
            )?,
            names: NameIndexBuilder::build(&names)?,
            descriptions: SparseTextBuilder::build(
                entries.iter().map(|e| e.description.as_deref()),
            )?,
            captions: SparseTextBuilder::build(entries.iter().map(|e| e.caption.as_deref()))?,
            related: SparseIndexBuilder::build(entries.iter().map(|e| e.related.iter().cloned())),
            referrers: SparseIndexBuilder::build(
                entries.iter().map(|e| e.referenced_by.iter().copied()),
            ),
            documented: SparseIndexBuilder::build(entries.iter().map(|e| e.documented_code)),
            families: FamilyRunsBuilder::build(&families)?,
            renamed: SparseTextBuilder::build(
                entries
                    .iter()
                    .map(|e| e.variant_overridden.then_some(e.variant.as_str())),
            )?,
            code_index: CodeIndexBuilder::build(&codes),
            sections: SectionTableBuilder::build(entries.iter().map(sections))?,
            parameters: ParameterTableBuilder::build(entries.iter().map(parameters))?,
            aliases,
        })
    }
}

fn sections(entry: &CheckedEntry) -> EntrySections<'_> {
    let sections = &entry.sections;
    EntrySections {
        meaning: sections.meaning.as_deref(),
        context: sections.context.as_deref(),
        summary: sections.summary.as_deref(),
        remedies: sections.remedies.iter().map(String::as_str).collect(),
        faq: sections
            .faq
            .iter()
            .map(|item| (item.question.as_str(), item.answer.as_str()))
            .collect(),
    }
}

fn parameters(entry: &CheckedEntry) -> Vec<BuiltParameter<'_>> {
    entry
        .sections
        .parameters
        .iter()
        .map(|parameter| {
            let values = parameter
                .values
                .iter()
                .map(|value| {
                    (
                        value.value.as_str(),
                        value.meaning.as_deref(),
                        value.arguments.each_ref().map(Option::as_deref),
                    )
                })
                .collect();
            (parameter.description.as_deref(), values)
        })
        .collect()
}

/// `&[1, 2, 3]` with unsuffixed literals (the item type comes from the declaration).
fn numbers<T: Copy>(values: &[T], literal: fn(T) -> Literal) -> TokenStream {
    let literals = values.iter().map(|&v| literal(v));
    quote!(&[#(#literals),*])
}

fn u32s(values: &[u32]) -> TokenStream {
    numbers(values, Literal::u32_unsuffixed)
}

/// `&[u32]` or `&[u64]`, the narrow one when it exists: the item type and the values.
fn narrow_or_wide<N: Copy, W: Copy>(
    narrow: Option<Vec<N>>,
    wide: &[W],
    narrow_literal: fn(N) -> Literal,
    wide_literal: fn(W) -> Literal,
    types: (TokenStream, TokenStream),
) -> (TokenStream, TokenStream) {
    match narrow {
        Some(narrow) => (types.0, numbers(&narrow, narrow_literal)),
        None => (types.1, numbers(wide, wide_literal)),
    }
}

fn text_table(layout: &TokenStream, text: &TextBuilder) -> TokenStream {
    let blob = Literal::string(&text.text);
    let offsets = u32s(&text.offsets);
    quote!(#layout::TextTable { text: #blob, offsets: #offsets })
}

fn sparse_index<T>(layout: &TokenStream, sparse: &SparseIndexBuilder<T>) -> TokenStream {
    let keys = u32s(&sparse.keys);
    let offsets = u32s(&sparse.offsets);
    quote!(#layout::SparseIndex { keys: #keys, offsets: #offsets })
}

/// A related entry as an element of `__RELATED`: the catalog's own variant, or the shipped
/// entry through the runtime's `__shipped_entry!`, which is the entry when its catalog is
/// built in and else an error at the line of `catalog_path` that names it.
fn related_item(
    krate: &TokenStream,
    variants: &[TokenStream],
    catalog_path: &str,
    related: &CheckedRelated,
) -> Option<TokenStream> {
    match related {
        CheckedRelated::Own(index) => {
            let variant = variants.get(*index)?;
            Some(quote!(#krate::Related::Own(#variant)))
        }
        CheckedRelated::Shipped(shipped) => {
            let type_name = crate::ident(&shipped.type_name).ok()?;
            let variant = crate::ident(&shipped.variant).ok()?;
            let at = Literal::string(&format!(
                "{catalog_path}:{}:{}: related entry {}::{}",
                shipped.line, shipped.column, shipped.type_name, shipped.name
            ));
            Some(quote!(#krate::Related::Shipped(
                #krate::__shipped_entry!(#type_name, #variant, #at)
            )))
        }
    }
}

fn sparse_text(layout: &TokenStream, sparse: &SparseTextBuilder) -> TokenStream {
    let keys = u32s(&sparse.keys);
    let texts = text_table(layout, &sparse.texts);
    quote!(#layout::SparseText { keys: #keys, texts: #texts })
}

impl Tables {
    /// The tables as `const` items, to be placed where the generated impls can see them.
    /// `variants[i]` is the path of entry `i`'s variant; `catalog_path` is the catalog as
    /// the user named it, for the error of a related entry whose catalog is not built in.
    pub(crate) fn to_tokens(
        &self,
        krate: &TokenStream,
        enum_name: &proc_macro2::Ident,
        variants: &[TokenStream],
        catalog_path: &str,
    ) -> TokenStream {
        let layout = quote!(#krate::__private);
        let u32_type = quote!(::core::primitive::u32);
        let entry_text = Literal::string(&self.entries.text);
        // 4 bytes per entry while the text is under 16 MiB, 8 beyond.
        let (entry_bounds_type, entry_bounds) = narrow_or_wide(
            self.entries.narrow_bounds(),
            &self.entries.bounds,
            Literal::u32_unsuffixed,
            Literal::u64_unsuffixed,
            (u32_type.clone(), quote!(::core::primitive::u64)),
        );
        let name_seed = Literal::u64_unsuffixed(self.names.seed);
        let name_pilots = numbers(&self.names.pilots, Literal::u16_unsuffixed);
        // Slots hold ids below COUNT + aliases: two bytes each when that fits.
        let (name_slot_type, name_slots) = narrow_or_wide(
            self.names.narrow_slots(),
            &self.names.slots,
            Literal::u16_unsuffixed,
            Literal::u32_unsuffixed,
            (quote!(::core::primitive::u16), u32_type),
        );
        let alias_names = text_table(&layout, &self.aliases.names);
        let alias_targets = u32s(&self.aliases.targets);
        let alias_owners = sparse_index(&layout, &self.aliases.owners);
        let alias_slots = u32s(&self.aliases.owners.items);
        let descriptions = sparse_text(&layout, &self.descriptions);
        let captions = sparse_text(&layout, &self.captions);
        let family_names = text_table(&layout, &self.families.names);
        let family_starts = u32s(&self.families.starts);
        let family_ids = u32s(&self.families.ids);
        let related_owners = sparse_index(&layout, &self.related);
        let related = self
            .related
            .items
            .iter()
            .filter_map(|related| related_item(krate, variants, catalog_path, related));
        let referrer_owners = sparse_index(&layout, &self.referrers);
        let referrers = self.referrers.items.iter().filter_map(|&i| variants.get(i));
        let documented_owners = sparse_index(&layout, &self.documented);
        let documented = u32s(&self.documented.items);
        let renamed = sparse_text(&layout, &self.renamed);
        let sections = &self.sections;
        let section_entries = u32s(&sections.entries);
        let section_starts = u32s(&sections.starts);
        let section_faq_starts = u32s(&sections.faq_starts);
        let section_text = text_table(&layout, &sections.text);
        let parameter_entries = u32s(&self.parameters.entries);
        let parameter_starts = u32s(&self.parameters.starts);
        let parameter_value_starts = u32s(&self.parameters.value_starts);
        let parameter_text = text_table(&layout, &self.parameters.text);
        let index = &self.code_index;
        let regions = Literal::u64_unsuffixed(index.regions);
        let segment_starts = u32s(&index.segment_starts);
        let segment_ends = u32s(&index.segment_ends);
        let segment_bases = u32s(&index.segment_bases);
        let (rank_type, block_ranks) = narrow_or_wide(
            index.narrow_ranks(),
            &index.block_ranks,
            Literal::u16_unsuffixed,
            Literal::u32_unsuffixed,
            (
                quote!(::core::primitive::u16),
                quote!(::core::primitive::u32),
            ),
        );
        let block_slots = Literal::byte_string(&index.block_slots);
        let block_bits = numbers(&index.block_bits, Literal::u64_unsuffixed);
        quote! {
            const __ENTRIES: #layout::EntryText<#entry_bounds_type> = #layout::EntryText {
                text: #entry_text,
                bounds: #entry_bounds,
            };
            const __NAMES: #layout::NameIndex<#name_slot_type> = #layout::NameIndex {
                seed: #name_seed,
                pilots: #name_pilots,
                slots: #name_slots,
            };
            const __ALIASES: #layout::AliasTable = #layout::AliasTable {
                names: #alias_names,
                targets: #alias_targets,
                owners: #alias_owners,
                slots: #alias_slots,
            };
            const __DESCRIPTIONS: #layout::SparseText = #descriptions;
            const __CAPTIONS: #layout::SparseText = #captions;
            const __FAMILIES: #layout::FamilyRuns = #layout::FamilyRuns {
                names: #family_names,
                starts: #family_starts,
                ids: #family_ids,
            };
            const __RELATED_OWNERS: #layout::SparseIndex = #related_owners;
            const __RELATED: &[#krate::Related<#enum_name>] = &[#(#related),*];
            const __REFERRER_OWNERS: #layout::SparseIndex = #referrer_owners;
            const __REFERRERS: &[#enum_name] = &[#(#referrers),*];
            const __DOCUMENTED_OWNERS: #layout::SparseIndex = #documented_owners;
            const __DOCUMENTED: &[::core::primitive::u32] = #documented;
            const __VARIANT_NAMES: #layout::SparseText = #renamed;
            const __SECTIONS: #layout::SectionTable = #layout::SectionTable {
                entries: #section_entries,
                starts: #section_starts,
                faq_starts: #section_faq_starts,
                text: #section_text,
            };
            const __PARAMETERS: #layout::ParameterTable = #layout::ParameterTable {
                entries: #parameter_entries,
                starts: #parameter_starts,
                value_starts: #parameter_value_starts,
                text: #parameter_text,
            };
            const __CODE_INDEX: #layout::CodeIndex<#rank_type> = #layout::CodeIndex {
                regions: #regions,
                segment_starts: #segment_starts,
                segment_ends: #segment_ends,
                segment_bases: #segment_bases,
                block_ranks: #block_ranks,
                block_slots: #block_slots,
                block_bits: #block_bits,
            };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalog(source: &str) -> CheckedCatalog {
        crate::check(source).unwrap()
    }

    #[test]
    fn entry_bounds_widen_when_the_text_reaches_16_mib() {
        let message = "m".repeat(1 << 24);
        let source = format!(
            "[[error]]\nname = \"A\"\ncode = 1\nmessage = \"{message}\"\n[[error]]\nname = \"B\"\ncode = 2\nmessage = \"b\"\n"
        );
        let tables = Tables::build(&catalog(&source)).unwrap();
        let variants = [quote!(E::A), quote!(E::B)];
        let name = proc_macro2::Ident::new("E", proc_macro2::Span::call_site());
        let tokens = tables
            .to_tokens(&quote!(::w), &name, &variants, "c.toml")
            .to_string();
        assert!(
            tokens.contains("EntryText < :: core :: primitive :: u64 >"),
            "{}",
            &tokens[..300]
        );
        let small = Tables::build(&catalog(
            "[[error]]\nname = \"A\"\ncode = 1\nmessage = \"a\"\n",
        ))
        .unwrap();
        let tokens = small
            .to_tokens(&quote!(::w), &name, &variants[..1], "c.toml")
            .to_string();
        assert!(tokens.contains("EntryText < :: core :: primitive :: u32 >"));
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
        assert_eq!(tables.entries.text, "ERROR_AAy.ERROR_BBee.");
        assert_eq!(tables.entries.bounds, [7, 10 << 8 | 7, 21 << 8]);
        assert_eq!(tables.aliases.names.text, "ERROR_ABERROR_BB");
        assert_eq!(tables.aliases.targets, [1, 1]);
        assert_eq!(tables.aliases.owners.keys, [1]);
        assert_eq!(tables.aliases.owners.items, [0, 1]);
        assert_eq!(tables.descriptions.keys, [0]);
        assert_eq!(tables.descriptions.texts.text, "Long.");
        assert_eq!(tables.related.keys, [1]);
        assert_eq!(tables.related.items, [CheckedRelated::Own(0)]);
        assert_eq!(tables.referrers.keys, [0]);
        assert_eq!(tables.referrers.items, [1]);
        assert_eq!(tables.renamed.keys, [0]);
        assert_eq!(tables.renamed.texts.text, "First");
        // Four names (the two entries, then the two aliases in sorted order) in one slot
        // more than names.
        assert_eq!(tables.names.slots.len(), 5);
    }
}
