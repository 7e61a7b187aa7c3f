//! What the macro emits besides its errors when the catalog is rejected: the type with no
//! variants and the full API, so the user sees the catalog's errors and not a flood of
//! "cannot find type" errors after them (thiserror and askama do the same).

use proc_macro2::TokenStream;
use quote::quote;
use syn::Ident;

use super::{enum_, impls};

/// An empty `pub enum Name {}` with every method and impl of the real expansion.
pub(crate) fn generate(krate: &TokenStream, name: &Ident) -> TokenStream {
    let impls = impls::generate(krate, name, false);
    let derives = enum_::derives();
    quote! {
        /// This catalog has errors; see the compiler's messages.
        #derives
        pub enum #name {}

        const _: () = {
            #[automatically_derived]
            #[allow(unused_variables)]
            impl #name {
                /// Every entry (none: the catalog has errors).
                pub const ALL: &'static [#name] = &[];
                /// The number of entries.
                pub const COUNT: ::core::primitive::usize = 0;
                /// The numeric code.
                pub const fn code(self) -> ::core::primitive::u32 { match self {} }
                /// The symbolic name.
                pub const fn name(self) -> &'static ::core::primitive::str { match self {} }
                /// The message text.
                pub const fn message(self) -> &'static ::core::primitive::str { match self {} }
                /// The longer description.
                pub const fn description(self) -> ::core::option::Option<&'static ::core::primitive::str> { match self {} }
                /// The error family.
                pub const fn family(self) -> ::core::option::Option<&'static ::core::primitive::str> { match self {} }
                /// What the code technically means.
                pub const fn meaning(self) -> ::core::option::Option<&'static ::core::primitive::str> { match self {} }
                /// Where the code typically arises.
                pub const fn context(self) -> ::core::option::Option<&'static ::core::primitive::str> { match self {} }
                /// Steps to check or fix.
                pub const fn remedies(self) -> #krate::Texts { match self {} }
                /// Questions and answers.
                pub const fn faq(self) -> #krate::Faq { match self {} }
                /// The entry in a sentence or two.
                pub const fn summary(self) -> ::core::option::Option<&'static ::core::primitive::str> { match self {} }
                /// The other symbolic names.
                pub const fn aliases(self) -> #krate::Aliases { match self {} }
                /// The related entries.
                pub const fn related(self) -> &'static [#name] { match self {} }
                /// The entries that list this one as related.
                pub const fn referenced_by(self) -> &'static [#name] { match self {} }
                /// The entry with `code`.
                pub const fn from_code(code: ::core::primitive::u32) -> ::core::option::Option<#name> { ::core::option::Option::None }
                /// The entry with `code`.
                pub const fn expect_code(code: ::core::primitive::u32) -> #name { ::core::panic!("the catalog has errors") }
                /// The entry with this symbolic name or alias.
                pub fn from_name(name: &::core::primitive::str) -> ::core::option::Option<#name> { ::core::option::Option::None }
            }

            #[automatically_derived]
            impl ::core::fmt::Debug for #name {
                fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result { match *self {} }
            }

            #impls
        };
    }
}
