//! The static table formats of [win-errors](https://docs.rs/win-errors), each with its
//! `const fn` reader and, behind the `build` feature, its builder, side by side.
//!
//! The generator (`win-errors-generator`) builds every table of a catalog here and emits
//! the results as `const` items; the runtime (`win-errors`) re-exports the readers, which
//! the generated methods call. So each format, each constant (the code index's block size,
//! the absent marker, the packing of an entry's bounds), the name hash and the variant-name
//! rule exist once: nothing has to be kept equal by tests.
//!
//! Every table holds its strings in one `&'static str` with `u32` offsets and refers to
//! entries by index, so a table costs a few pointers whatever the catalog's size: no pointer
//! and no relocation per entry. The readers are safe code (`str::split_at` checks the
//! character boundaries), `no_std`, and never allocate.
//!
//! | table | reader | what it maps |
//! |---|---|---|
//! | [`text`] | [`TextTable`] | string `i` of a blob |
//! | [`entries`] | [`EntryText`] | entry -> name and message, bounds packed in one word |
//! | [`code_index`] | [`CodeIndex`] | code -> entry, 64 codes a block |
//! | [`name_index`] | [`NameIndex`] | name -> entry, by a perfect hash |
//! | [`sparse`] | [`SparseIndex`], [`SparseText`] | the few entries that have a list or a text |
//! | [`aliases`] | [`AliasTable`] | entry -> aliases, alias -> entry |
//! | [`families`] | [`FamilyRuns`] | entry -> family, by runs of entries |
//! | [`sections`] | [`SectionTable`] | entry -> meaning, context, remedies, FAQ, summary |
//! | [`variant_name`] | [`write_variant_name`], [`write_code_variant_name`] | symbolic name (or a code as written) -> variant name |
//!
//! Two rules that are not tables live here for the same reason, so that the catalog and the
//! runtime share them: the variant-name rule and the [`number`] grammar of codes.

#![no_std]
#![forbid(unsafe_code)]

#[cfg(feature = "build")]
extern crate alloc;
#[cfg(test)]
extern crate std;

pub mod aliases;
pub mod code_index;
pub mod entries;
pub mod families;
pub mod name_index;
pub mod number;
pub mod parameters;
pub mod sections;
pub mod sparse;
pub mod text;
pub mod variant_name;

pub use aliases::{AliasTable, Aliases};
pub use code_index::CodeIndex;
pub use entries::EntryText;
pub use families::FamilyRuns;
pub use name_index::NameIndex;
pub use number::{CodeError, CodeText, Notation, parse_code};
pub use parameters::{Parameter, ParameterTable, ParameterValue, ParameterValues, Parameters};
pub use sections::{Faq, FaqEntry, SectionTable, Texts};
pub use sparse::{SparseIndex, SparseText, position, run_of, slice};
pub use text::TextTable;
pub use variant_name::{write_code_variant_name, write_variant_name};

/// Why a catalog does not fit the tables.
#[cfg(feature = "build")]
pub type BuildError = alloc::string::String;

/// A byte offset into a text table, or why the text is too long for `u32` offsets.
#[cfg(feature = "build")]
pub(crate) fn text_offset(length: usize) -> Result<u32, BuildError> {
    u32::try_from(length)
        .map_err(|_| "the catalog's text exceeds 4 GiB, the most a table can address".into())
}

/// A count or position as a table value. Catalogs are far below 2^32 entries: the 4 GiB
/// text limit (checked by `text_offset`) is reached first.
#[cfg(feature = "build")]
pub(crate) fn index(i: usize) -> u32 {
    u32::try_from(i).unwrap_or(u32::MAX)
}
