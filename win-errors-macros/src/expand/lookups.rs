//! The inherent API backed by the tables: `const fn` accessors, `from_code`, `from_name`,
//! and the table-backed `Debug`.

use proc_macro2::TokenStream;
use quote::quote;
use syn::{Ident, LitStr};

/// `impl Name { ... }` reading the tables emitted by [`super::tables`].
pub(crate) fn generate(krate: &TokenStream, name: &Ident, variants: &[Ident]) -> TokenStream {
    let count = variants.len();
    let not_found = LitStr::new(
        &format!("the code is not in the {name} catalog"),
        proc_macro2::Span::call_site(),
    );
    let private = quote!(#krate::__private);
    quote! {
        #[automatically_derived]
        #[allow(clippy::cast_possible_truncation, clippy::as_conversions)]
        impl #name {
            /// Every entry, in code order.
            pub const ALL: &'static [#name] = &[#(#name::#variants),*];
            /// The number of entries.
            pub const COUNT: ::core::primitive::usize = #count;

            /// The numeric code.
            #[inline]
            pub const fn code(self) -> ::core::primitive::u32 {
                __CODES[self as ::core::primitive::usize]
            }

            /// The symbolic name, such as `"ERROR_ACCESS_DENIED"`.
            #[inline]
            pub const fn name(self) -> &'static ::core::primitive::str {
                let bounds = __ENTRY_BOUNDS[self as ::core::primitive::usize];
                let start = (bounds >> 8) as ::core::primitive::usize;
                #private::text(__ENTRY_TEXT, start, start + (bounds & 0xFF) as ::core::primitive::usize)
            }

            /// The message text, as the catalog gives it.
            #[inline]
            pub const fn message(self) -> &'static ::core::primitive::str {
                let i = self as ::core::primitive::usize;
                let bounds = __ENTRY_BOUNDS[i];
                let start = ((bounds >> 8) + (bounds & 0xFF)) as ::core::primitive::usize;
                #private::text(__ENTRY_TEXT, start, (__ENTRY_BOUNDS[i + 1] >> 8) as ::core::primitive::usize)
            }

            /// The message with its FormatMessage inserts (`%1`, `%2!d!`, `%n`, ...) filled in
            /// from `args` (`args[0]` fills `%1`); missing arguments stay visible.
            #[inline]
            pub const fn message_with<'a>(self, args: &'a [#krate::Insert<'a>]) -> #krate::MessageWith<'a> {
                #krate::MessageWith::new(self.message(), args)
            }

            /// The longer description, when the catalog has one.
            #[inline]
            pub const fn description(self) -> ::core::option::Option<&'static ::core::primitive::str> {
                match #private::position(__DESCRIBED, self as ::core::primitive::u32) {
                    ::core::option::Option::Some(k) => ::core::option::Option::Some(__DESCRIPTIONS.get(k)),
                    ::core::option::Option::None => ::core::option::Option::None,
                }
            }

            /// What the code technically means, when the catalog says.
            #[inline]
            pub const fn meaning(self) -> ::core::option::Option<&'static ::core::primitive::str> {
                __SECTIONS.meaning(self as ::core::primitive::u32)
            }

            /// Where the code typically arises, when the catalog says.
            #[inline]
            pub const fn context(self) -> ::core::option::Option<&'static ::core::primitive::str> {
                __SECTIONS.context(self as ::core::primitive::u32)
            }

            /// Steps to check or fix, in order (empty when the catalog gives none).
            #[inline]
            pub const fn remedies(self) -> #krate::Texts {
                __SECTIONS.remedies(self as ::core::primitive::u32)
            }

            /// Questions and answers about the entry (empty when the catalog gives none).
            #[inline]
            pub const fn faq(self) -> #krate::Faq {
                __SECTIONS.faq(self as ::core::primitive::u32)
            }

            /// The entry in a sentence or two, when the catalog gives one.
            #[inline]
            pub const fn summary(self) -> ::core::option::Option<&'static ::core::primitive::str> {
                __SECTIONS.summary(self as ::core::primitive::u32)
            }

            /// The error family the entry is documented in (such as `"WinINet"`), when the
            /// catalog names one.
            #[inline]
            pub const fn family(self) -> ::core::option::Option<&'static ::core::primitive::str> {
                match #private::run_of(__FAMILY_RUN_STARTS, self as ::core::primitive::u32) {
                    ::core::option::Option::Some(run) if __FAMILY_RUN_IDS[run] > 0 => {
                        ::core::option::Option::Some(__FAMILIES.get(__FAMILY_RUN_IDS[run] as ::core::primitive::usize - 1))
                    }
                    _ => ::core::option::Option::None,
                }
            }

            /// The other symbolic names of this code.
            #[inline]
            pub const fn aliases(self) -> #krate::Aliases {
                let slots: &'static [::core::primitive::u32] = match __ALIAS_OWNERS.range(self as ::core::primitive::u32) {
                    ::core::option::Option::Some((start, end)) => #private::slice(__ALIAS_SLOTS, start, end),
                    ::core::option::Option::None => &[],
                };
                #krate::Aliases::__new(__ALIASES, slots)
            }

            /// The related entries, in catalog order.
            #[inline]
            pub const fn related(self) -> &'static [#name] {
                match __RELATED_OWNERS.range(self as ::core::primitive::u32) {
                    ::core::option::Option::Some((start, end)) => #private::slice(__RELATED, start, end),
                    ::core::option::Option::None => &[],
                }
            }

            /// The entries that list this one as related, in code order.
            #[inline]
            pub const fn referenced_by(self) -> &'static [#name] {
                match __REFERRER_OWNERS.range(self as ::core::primitive::u32) {
                    ::core::option::Option::Some((start, end)) => #private::slice(__REFERRERS, start, end),
                    ::core::option::Option::None => &[],
                }
            }

            /// The entry with `code`, or `None`.
            #[inline]
            pub const fn from_code(code: ::core::primitive::u32) -> ::core::option::Option<#name> {
                match __CODE_INDEX.find(code) {
                    // `ALL[i]` is variant `i`: the check is always true, but it tells the
                    // optimizer so, and accessors chained after `from_code` then index their
                    // tables with `i` instead of waiting for the load of `ALL[i]`.
                    ::core::option::Option::Some(i) if #name::ALL[i] as ::core::primitive::usize == i => {
                        ::core::option::Option::Some(#name::ALL[i])
                    }
                    _ => ::core::option::Option::None,
                }
            }

            /// The entry with `code`.
            ///
            /// # Panics
            /// When the catalog has no entry with `code`. In a `const` item this is a
            /// compile-time check: `const DENIED: WinError = WinError::expect_code(5);`
            /// fails to compile if the catalog lacks code 5.
            #[inline]
            #[track_caller]
            pub const fn expect_code(code: ::core::primitive::u32) -> #name {
                match #name::from_code(code) {
                    ::core::option::Option::Some(entry) => entry,
                    ::core::option::Option::None => ::core::panic!(#not_found),
                }
            }

            /// The entry whose symbolic name or alias is exactly `name`, or `None`.
            #[inline]
            pub fn from_name(name: &::core::primitive::str) -> ::core::option::Option<#name> {
                let hash = #private::name_hash(name.as_bytes(), __NAME_SEED);
                let id = __NAME_SLOTS[#private::name_slot(hash, __NAME_PILOTS, __NAME_SLOT_COUNT)]
                    as ::core::primitive::usize;
                if id < #name::COUNT {
                    let entry = #name::ALL[id];
                    if entry.name().as_bytes() == name.as_bytes() {
                        return ::core::option::Option::Some(entry);
                    }
                } else if __ALIASES.get(id - #name::COUNT).as_bytes() == name.as_bytes() {
                    return ::core::option::Option::Some(
                        #name::ALL[__ALIAS_TARGETS[id - #name::COUNT] as ::core::primitive::usize],
                    );
                }
                ::core::option::Option::None
            }
        }

        #[automatically_derived]
        impl ::core::fmt::Debug for #name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                match #private::position(__RENAMED, *self as ::core::primitive::u32) {
                    ::core::option::Option::Some(k) => f.write_str(__VARIANT_NAMES.get(k)),
                    ::core::option::Option::None => #private::write_variant_name(f, self.name()),
                }
            }
        }
    }
}
