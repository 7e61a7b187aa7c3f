//! Trait impls written in terms of the inherent API, shared by the real expansion and the
//! fallback emitted when the catalog has errors.

use proc_macro2::{Ident, TokenStream};
use quote::quote;

use win_errors_catalog::CodeKind;

use crate::api::GeneratedType;

/// `Display`, `Error`, `TryFrom<u32>`, `From<Name> for u32`, `FromStr` and serde's traits.
///
/// `hex_codes`: the alternate `Display` prints the code as eight hex digits only, the
/// form HRESULTs and NTSTATUS values are known by.
pub(crate) fn generate(target: &GeneratedType<'_>, hex_codes: bool) -> TokenStream {
    let krate = target.krate;
    let name = target.name;
    let signed = target.codes == CodeKind::Signed;
    let (write_entry, shown_code) = if hex_codes {
        (quote!(write_hex_entry), quote!(self.code()))
    } else if signed {
        (quote!(write_signed_entry), quote!(self.signed_code()))
    } else {
        (quote!(write_entry), quote!(self.code()))
    };
    let signed_impls = crate::api::Catalogs::Signed
        .include(target.codes)
        .then(|| signed_impls(target));
    // A catalog of signed codes reads `-1206` as the code it writes so.
    let signed_from_str = signed.then(|| {
        quote! {
            if let ::core::result::Result::Ok(code) = text.trim().parse::<::core::primitive::i32>() {
                return #name::from_signed_code(code).ok_or(
                    #krate::ParseError::UnknownCode(#krate::UnknownCode::new(code.cast_unsigned())),
                );
            }
        }
    });
    // The helpers take the message as an `Option`: `None` is written as such, never as an
    // empty message.
    let message = if target.every_message_known {
        quote!(::core::option::Option::Some(self.message()))
    } else {
        quote!(self.message())
    };
    // An entry known by its code alone has the code for its name: shown once.
    let alternate = if target.nameless {
        quote!(#krate::__private::write_numbered_entry(f, self.name(), #message))
    } else {
        quote!(#krate::__private::#write_entry(f, self.name(), #shown_code, #message))
    };
    quote! {
        #[automatically_derived]
        impl ::core::fmt::Display for #name {
            /// The message (`NAME (no message is known)` for an entry without one); `{:#}`
            /// prints `NAME (code, 0xHEX): message` (`1101: message` for an entry known by
            /// its code alone).
            #[inline]
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                if f.alternate() {
                    #alternate
                } else {
                    #krate::__private::write_message(f, self.name(), #message)
                }
            }
        }

        #[automatically_derived]
        impl ::core::error::Error for #name {}

        #[automatically_derived]
        impl ::core::convert::TryFrom<::core::primitive::u32> for #name {
            type Error = #krate::UnknownCode;

            #[inline]
            fn try_from(code: ::core::primitive::u32) -> ::core::result::Result<Self, #krate::UnknownCode> {
                match #name::from_code(code) {
                    ::core::option::Option::Some(entry) => ::core::result::Result::Ok(entry),
                    ::core::option::Option::None => ::core::result::Result::Err(#krate::UnknownCode::new(code)),
                }
            }
        }

        #[automatically_derived]
        impl ::core::convert::From<#name> for ::core::primitive::u32 {
            #[inline]
            fn from(entry: #name) -> ::core::primitive::u32 {
                entry.code()
            }
        }

        #[automatically_derived]
        impl ::core::str::FromStr for #name {
            type Err = #krate::ParseError;

            /// A symbolic name or alias (exact), or a code in decimal or `0x` hexadecimal.
            #[inline]
            fn from_str(text: &::core::primitive::str) -> ::core::result::Result<Self, #krate::ParseError> {
                if let ::core::option::Option::Some(entry) = #name::from_name(text) {
                    return ::core::result::Result::Ok(entry);
                }
                #signed_from_str
                match #krate::__private::parse_code(text) {
                    ::core::result::Result::Ok(code) => match #name::from_code(code) {
                        ::core::option::Option::Some(entry) => ::core::result::Result::Ok(entry),
                        ::core::option::Option::None => ::core::result::Result::Err(
                            #krate::ParseError::UnknownCode(#krate::UnknownCode::new(code)),
                        ),
                    },
                    ::core::result::Result::Err(_) => ::core::result::Result::Err(#krate::ParseError::UnknownName),
                }
            }
        }

        #signed_impls

        #krate::__private::impl_serde!(#name);
    }
}

/// `TryFrom<i32>` and `From<Name> for i32`, for the catalogs whose codes are read as `i32`s
/// ([`Catalogs::Signed`](crate::api::Catalogs::Signed)).
fn signed_impls(target: &GeneratedType<'_>) -> TokenStream {
    let krate = target.krate;
    let name = target.name;
    quote! {
        #[automatically_derived]
        impl ::core::convert::TryFrom<::core::primitive::i32> for #name {
            type Error = #krate::UnknownCode;

            #[inline]
            fn try_from(code: ::core::primitive::i32) -> ::core::result::Result<Self, #krate::UnknownCode> {
                match #name::from_signed_code(code) {
                    ::core::option::Option::Some(entry) => ::core::result::Result::Ok(entry),
                    ::core::option::Option::None => ::core::result::Result::Err(#krate::UnknownCode::new(code.cast_unsigned())),
                }
            }
        }

        #[automatically_derived]
        impl ::core::convert::From<#name> for ::core::primitive::i32 {
            #[inline]
            fn from(entry: #name) -> ::core::primitive::i32 {
                entry.signed_code()
            }
        }
    }
}

/// The table-backed `Debug`: the variant's name, read from the renamed variants' table or
/// derived from the symbolic name as the catalog derives it.
///
/// `nameless`: entries are known by their code alone, and variants derive from it.
pub(crate) fn debug(krate: &TokenStream, name: &Ident, nameless: bool) -> TokenStream {
    let derived = if nameless {
        quote!(write_code_variant_name)
    } else {
        quote!(write_variant_name)
    };
    quote! {
        #[automatically_derived]
        impl ::core::fmt::Debug for #name {
            #[inline]
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                match __VARIANT_NAMES.get(*self as ::core::primitive::u32) {
                    ::core::option::Option::Some(variant) => f.write_str(variant),
                    ::core::option::Option::None => #krate::__private::#derived(f, self.name()),
                }
            }
        }
    }
}
