//! HRESULT conversions, for catalogs that declare `codes = "win32"`.

use proc_macro2::TokenStream;
use quote::quote;
use syn::Ident;

/// `to_hresult` and `from_hresult`, following `HRESULT_FROM_WIN32`.
pub(crate) fn generate(krate: &TokenStream, name: &Ident) -> TokenStream {
    quote! {
        #[automatically_derived]
        impl #name {
            /// The code as an HRESULT: `HRESULT_FROM_WIN32(code)`, so
            /// `ERROR_ACCESS_DENIED` (5) is `0x80070005` and `ERROR_SUCCESS` stays 0.
            #[inline]
            pub const fn to_hresult(self) -> ::core::primitive::u32 {
                #krate::Hresult::from_win32(self.code()).0
            }

            /// The entry an HRESULT stands for: a failure of `FACILITY_WIN32` whose code is in
            /// the catalog, or 0 (`S_OK`) for the entry with code 0.
            #[inline]
            pub const fn from_hresult(hresult: ::core::primitive::u32) -> ::core::option::Option<#name> {
                if hresult == 0 {
                    return #name::from_code(0);
                }
                match #krate::Hresult(hresult).win32_code() {
                    ::core::option::Option::Some(code) => #name::from_code(code),
                    ::core::option::Option::None => ::core::option::Option::None,
                }
            }
        }
    }
}
