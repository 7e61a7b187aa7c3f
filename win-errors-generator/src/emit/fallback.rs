//! What the macro emits besides its errors when the catalog is rejected: the type without
//! entries and with every item of the generated API, so the user sees the catalog's errors and
//! not a flood of "no function or associated item" errors after them (thiserror and askama
//! do the same).

use proc_macro2::{Ident, TokenStream};
use quote::quote;
use win_errors_catalog::CodeKind;

use super::{enum_, impls};
use crate::api::GeneratedType;

/// `pub enum Name` with every item of [`crate::api::ITEMS`] and every impl of the real
/// expansion. It has one hidden variant: a type without values would make rustc warn that
/// the code after each call returning it (`expect_code`, `unwrap()`) is unreachable.
///
/// `every_message_known`: whether the catalog's `message` would be a plain `&str` (no entry
/// says `message_known`), so that the user's code type-checks against the same signature.
pub(crate) fn generate(
    krate: &TokenStream,
    name: &Ident,
    every_message_known: bool,
) -> TokenStream {
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
        pub enum #name {
            #[doc(hidden)]
            __CatalogHasErrors,
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
