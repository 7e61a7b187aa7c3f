//! The enum itself: one variant per entry, in code order, with implicit discriminants so
//! the variant index is the table index and the derived `Ord` follows the codes.

use proc_macro2::{Ident, TokenStream};
use quote::quote;
use win_errors_catalog::CheckedCatalog;

use super::docs::{enum_doc, variant_doc};

/// `pub enum Name { ... }` with its documentation and derives.
///
/// Only derives whose expansion does not grow with the number of variants are used
/// (for a fieldless enum they compare or hash the discriminant); `Debug` is table-backed.
pub(crate) fn generate(
    catalog: &CheckedCatalog,
    name: &Ident,
    variants: &[Ident],
    path: &str,
) -> TokenStream {
    let doc = enum_doc(catalog, path);
    let variants = catalog
        .entries
        .iter()
        .zip(variants)
        .map(|(entry, variant)| {
            let doc = variant_doc(catalog, entry);
            let aliases = std::iter::once(&entry.name).chain(&entry.aliases);
            quote! {
                #[doc = #doc]
                #(#[doc(alias = #aliases)])*
                #variant
            }
        });
    let derives = derives();
    let non_exhaustive = catalog.non_exhaustive.then(|| quote!(#[non_exhaustive]));
    quote! {
        #[doc = #doc]
        #derives
        #non_exhaustive
        pub enum #name {
            #(#variants,)*
        }
    }
}

/// The derives of the enum (and of the fallback type), none of which expands per variant.
pub(crate) fn derives() -> TokenStream {
    quote! {
        #[derive(
            ::core::clone::Clone,
            ::core::marker::Copy,
            ::core::cmp::PartialEq,
            ::core::cmp::Eq,
            ::core::hash::Hash,
            ::core::cmp::PartialOrd,
            ::core::cmp::Ord
        )]
    }
}
