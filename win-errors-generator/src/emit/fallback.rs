//! What the macro emits besides its errors when the catalog is rejected: the type with a
//! variant for every entry that was read and every item of the generated API, so the user
//! sees the catalog's errors and not a flood of "no variant" and "no function or associated
//! item" errors after them (thiserror and askama do the same).

use proc_macro2::{Ident, TokenStream};
use quote::quote;
use win_errors_catalog::CodeKind;

use super::{enum_, impls};
use crate::api::GeneratedType;
use crate::load::Rejected;

/// `pub enum Name` with the variants of the entries that were read, every item of
/// [`crate::api::ITEMS`] and every impl of the real expansion. Its `message` has the real
/// signature (a plain `&str` when no entry says `message_known`), so the user's code
/// type-checks against it. A catalog of which no entry was read gets one hidden variant: a
/// type without values would make rustc warn that the code after each call returning it
/// (`expect_code`, `unwrap()`) is unreachable.
pub(crate) fn generate(krate: &TokenStream, name: &Ident, rejected: &Rejected) -> TokenStream {
    let every_message_known = rejected.every_message_known;
    // The rule book lists only usable identifiers; `ident` is the backstop.
    let variants: Vec<Ident> = rejected
        .variants
        .iter()
        .filter_map(|variant| crate::ident(variant).ok())
        .collect();
    let variants = if variants.is_empty() {
        quote!(
            #[doc(hidden)]
            __CatalogHasErrors,
        )
    } else {
        quote!(#(#variants,)*)
    };
    let non_exhaustive = rejected.non_exhaustive.then(|| quote!(#[non_exhaustive]));
    let derives = enum_::derives();
    let api = GeneratedType {
        krate,
        name,
        variants: &[],
        // Every item, the HRESULT conversions included: the catalog's kind may be unknown.
        codes: CodeKind::Win32,
        every_message_known,
        nameless: false,
    };
    let inherent = api.fallback_impl();
    let trait_impl = api.trait_impl();
    let impls = impls::generate(&api, false);
    quote! {
        /// This catalog has errors; see the compiler's messages.
        #derives
        #non_exhaustive
        pub enum #name {
            #variants
        }

        const _: () = {
            #inherent
            #trait_impl

            #[automatically_derived]
            impl ::core::fmt::Debug for #name {
                fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result { f.write_str(#name::TYPE_NAME) }
            }

            #impls
        };
    }
}
