//! [`ITEMS`]: every associated item of the generated type, with its documentation,
//! signature, the catalogs that get it, its body over the tables of `win-errors-layout` and
//! its body in the fallback type.

use proc_macro2::{Literal, TokenStream};
use quote::{ToTokens, format_ident, quote};

use super::{Catalogs, GeneratedType, Item, Shape, Template};

/// The type's name as a string literal.
fn type_name(target: &GeneratedType<'_>) -> TokenStream {
    Literal::string(&target.name.to_string()).into_token_stream()
}

fn nothing(_: &GeneratedType<'_>) -> TokenStream {
    TokenStream::new()
}

fn unreachable_self(_: &GeneratedType<'_>) -> TokenStream {
    // The crate does not compile beside a rejected catalog: this never runs.
    quote!(::core::panic!("the catalog has errors"))
}

fn none(_: &GeneratedType<'_>) -> TokenStream {
    quote!(::core::option::Option::None)
}

fn optional_str(_: &GeneratedType<'_>) -> TokenStream {
    quote!(::core::option::Option<&'static ::core::primitive::str>)
}

fn static_str(_: &GeneratedType<'_>) -> TokenStream {
    quote!(&'static ::core::primitive::str)
}

fn u32_type(_: &GeneratedType<'_>) -> TokenStream {
    quote!(::core::primitive::u32)
}

fn i32_type(_: &GeneratedType<'_>) -> TokenStream {
    quote!(::core::primitive::i32)
}

fn hresult_type(target: &GeneratedType<'_>) -> TokenStream {
    let krate = target.krate;
    quote!(#krate::Hresult)
}

fn optional_self(target: &GeneratedType<'_>) -> TokenStream {
    let name = target.name;
    quote!(::core::option::Option<#name>)
}

fn entries(target: &GeneratedType<'_>) -> TokenStream {
    let name = target.name;
    quote!(&'static [#name])
}

/// `self` as the index of the tables (variant `i` is entry `i`).
fn index() -> TokenStream {
    quote!(self as ::core::primitive::u32)
}

/// A `const fn name(self) -> output` that reads the tables with `body`.
const fn accessor(
    name: &'static str,
    doc: &'static str,
    catalogs: Catalogs,
    output: Template,
    body: Template,
) -> Item {
    accessor_of(name, doc, catalogs, output, false, body)
}

/// [`accessor`], with `per_message` (see [`Shape::Fn`]).
const fn accessor_of(
    name: &'static str,
    doc: &'static str,
    catalogs: Catalogs,
    output: Template,
    per_message: bool,
    body: Template,
) -> Item {
    Item {
        name,
        doc,
        catalogs,
        shape: Shape::Fn {
            is_const: true,
            track_caller: false,
            generics: nothing,
            receiver: true,
            arguments: &[],
            output,
            per_message,
            body,
            fallback: unreachable_self,
        },
    }
}

/// A section accessor: the section table's reader of the same name.
macro_rules! section {
    ($name:literal, $doc:literal, $output:expr) => {
        accessor($name, $doc, Catalogs::All, $output, |_| {
            let accessor = format_ident!("{}", $name);
            let index = index();
            quote!(__SECTIONS.#accessor(#index))
        })
    };
}

/// Every item of the generated API, in the order of its documentation.
pub const ITEMS: &[Item] = &[
    Item {
        name: "TYPE_NAME",
        doc: "The type's name.",
        catalogs: Catalogs::All,
        shape: Shape::Const {
            ty: static_str,
            value: type_name,
            // The fallback has the name the user's code refers to.
            fallback: type_name,
        },
    },
    Item {
        name: "ALL",
        doc: "Every entry, in code order.",
        catalogs: Catalogs::All,
        shape: Shape::Const {
            ty: entries,
            value: |target| {
                let name = target.name;
                let variants = target.variants;
                quote!(&[#(#name::#variants),*])
            },
            fallback: |_| quote!(&[]),
        },
    },
    Item {
        name: "COUNT",
        doc: "The number of entries.",
        catalogs: Catalogs::All,
        shape: Shape::Const {
            ty: |_| quote!(::core::primitive::usize),
            value: |target| Literal::usize_unsuffixed(target.variants.len()).into_token_stream(),
            fallback: |_| quote!(0),
        },
    },
    accessor("code", "The numeric code.", Catalogs::All, u32_type, |_| {
        // The code index gives it back: no table of codes beside it.
        quote!(__CODE_INDEX.code_of(self as ::core::primitive::usize))
    }),
    accessor(
        "documented_code",
        "The code a documentation gives this entry where it differs from [`code`](Self::code), \
         the one the system returns (the catalog's `documented_code`); `None` for the others.",
        Catalogs::All,
        |_| quote!(::core::option::Option<::core::primitive::u32>),
        |_| {
            let index = index();
            quote! {
                match __DOCUMENTED_OWNERS.items(__DOCUMENTED, #index) {
                    [code, ..] => ::core::option::Option::Some(*code),
                    [] => ::core::option::Option::None,
                }
            }
        },
    ),
    accessor(
        "name",
        "The symbolic name, such as `\"ERROR_ACCESS_DENIED\"`; in a catalog of entries known by \
         their code alone (`names = \"none\"`), the code as written, such as `\"1101\"`.",
        Catalogs::All,
        static_str,
        |_| quote!(__ENTRIES.name(self as ::core::primitive::usize)),
    ),
    accessor(
        "caption",
        "The title Windows shows above the message (such as `\"Application Error\"`), when \
         the catalog gives one.",
        Catalogs::All,
        optional_str,
        |_| {
            let index = index();
            quote!(__CAPTIONS.get(#index))
        },
    ),
    accessor_of(
        "message",
        "The message text, as the catalog gives it. In a catalog where some entry has no \
         known message (`message_known = false`) it is an `Option`, `None` for those \
         entries; in the `ErrorCatalog` trait it is always one.",
        Catalogs::All,
        static_str,
        true,
        |target| {
            if target.every_message_known {
                quote!(__ENTRIES.message(self as ::core::primitive::usize))
            } else {
                quote!(__ENTRIES.known_message(self as ::core::primitive::usize))
            }
        },
    ),
    Item {
        name: "message_with",
        doc: "The message with its FormatMessage inserts (`%1`, `%2!d!`, `%n`, ...) filled in \
              from `args` (`args[0]` fills `%1`), as a `Display` that does not allocate; \
              missing arguments stay visible.",
        catalogs: Catalogs::All,
        shape: Shape::Fn {
            is_const: true,
            track_caller: false,
            generics: |_| quote!(<'a>),
            receiver: true,
            arguments: &[("args", |target| {
                let krate = target.krate;
                quote!(&'a [#krate::Insert<'a>])
            })],
            output: |target| {
                let krate = target.krate;
                quote!(#krate::MessageWith<'a>)
            },
            per_message: true,
            body: |target| {
                let krate = target.krate;
                if target.every_message_known {
                    quote!(#krate::MessageWith::new(self.message(), args))
                } else {
                    quote! {
                        match self.message() {
                            ::core::option::Option::Some(message) => {
                                ::core::option::Option::Some(#krate::MessageWith::new(message, args))
                            }
                            ::core::option::Option::None => ::core::option::Option::None,
                        }
                    }
                }
            },
            fallback: unreachable_self,
        },
    },
    accessor(
        "description",
        "The longer description, when the catalog has one.",
        Catalogs::All,
        optional_str,
        |_| {
            let index = index();
            quote!(__DESCRIPTIONS.get(#index))
        },
    ),
    accessor(
        "family",
        "The error family the entry is documented in (such as `\"WinINet\"`), when the \
              catalog names one.",
        Catalogs::All,
        optional_str,
        |_| {
            let index = index();
            quote!(__FAMILIES.get(#index))
        },
    ),
    section!(
        "meaning",
        "What the code technically means, when the catalog says.",
        optional_str
    ),
    section!(
        "context",
        "Where the code typically arises, when the catalog says.",
        optional_str
    ),
    section!(
        "remedies",
        "Steps to check or fix, in order (empty when the catalog gives none).",
        |target| {
            let krate = target.krate;
            quote!(#krate::Texts)
        }
    ),
    section!(
        "faq",
        "Questions and answers about the entry (empty when the catalog gives none).",
        |target| {
            let krate = target.krate;
            quote!(#krate::Faq)
        }
    ),
    accessor(
        "parameters",
        "The values that come with the code (a bug check's four parameters), in order: what \
              each holds and the values the documentation explains (empty when the catalog \
              gives none).",
        Catalogs::All,
        |target| {
            let krate = target.krate;
            quote!(#krate::Parameters)
        },
        |_| {
            let index = index();
            quote!(__PARAMETERS.of(#index))
        },
    ),
    section!(
        "summary",
        "The entry in a sentence or two, when the catalog gives one.",
        optional_str
    ),
    accessor(
        "aliases",
        "The other symbolic names of this code.",
        Catalogs::All,
        |target| {
            let krate = target.krate;
            quote!(#krate::Aliases)
        },
        |_| {
            let index = index();
            quote!(__ALIASES.of(#index))
        },
    ),
    accessor(
        "related",
        "The related entries, in catalog order: the catalog's own, and in a catalog of your \
         own the entries of shipped catalogs it names (`\"WinError::ERROR_SHARING_VIOLATION\"`).",
        Catalogs::All,
        |target| {
            let krate = target.krate;
            let name = target.name;
            quote!(&'static [#krate::Related<#name>])
        },
        |_| {
            let index = index();
            quote!(__RELATED_OWNERS.items(__RELATED, #index))
        },
    ),
    accessor(
        "referenced_by",
        "The entries that list this one as related, in code order.",
        Catalogs::All,
        entries,
        |_| {
            let index = index();
            quote!(__REFERRER_OWNERS.items(__REFERRERS, #index))
        },
    ),
    accessor(
        "signed_code",
        "The code as a signed 32-bit number: the `i32` windows-sys and the SDK type HRESULT \
         and NTSTATUS values as, or the number a catalog of signed codes writes, such as \
         `-1206` (`code` is its 32 bits, as every catalog's).",
        Catalogs::Signed,
        i32_type,
        |_| quote!(self.code().cast_signed()),
    ),
    Item {
        name: "from_code",
        doc: "The entry with `code`, or `None`.",
        catalogs: Catalogs::All,
        shape: Shape::Fn {
            is_const: true,
            track_caller: false,
            generics: nothing,
            receiver: false,
            arguments: &[("code", u32_type)],
            output: optional_self,
            per_message: false,
            body: |target| {
                let name = target.name;
                quote! {
                    match __CODE_INDEX.find(code) {
                        // `ALL[i]` is variant `i`: the check is always true, but it tells the
                        // optimizer so, and accessors chained after `from_code` then index
                        // their tables with `i` instead of waiting for the load of `ALL[i]`.
                        ::core::option::Option::Some(i) if #name::ALL[i] as ::core::primitive::usize == i => {
                            ::core::option::Option::Some(#name::ALL[i])
                        }
                        _ => ::core::option::Option::None,
                    }
                }
            },
            fallback: none,
        },
    },
    Item {
        name: "from_signed_code",
        doc: "The entry with the signed `code` (a windows-sys `HRESULT` or `NTSTATUS`, or a \
              signed code such as `-1206`), or `None`.",
        catalogs: Catalogs::Signed,
        shape: Shape::Fn {
            is_const: true,
            track_caller: false,
            generics: nothing,
            receiver: false,
            arguments: &[("code", i32_type)],
            output: optional_self,
            per_message: false,
            body: |target| {
                let name = target.name;
                quote!(#name::from_code(code.cast_unsigned()))
            },
            fallback: none,
        },
    },
    Item {
        name: "expect_code",
        doc: "The entry with `code`.\n\n# Panics\nWhen the catalog has no entry with `code`. \
              In a `const` item this is a compile-time check: \
              `const DENIED: WinError = WinError::expect_code(5);` fails to compile if the \
              catalog lacks code 5.",
        catalogs: Catalogs::All,
        shape: Shape::Fn {
            is_const: true,
            track_caller: true,
            generics: nothing,
            receiver: false,
            arguments: &[("code", u32_type)],
            output: |target| target.name.into_token_stream(),
            per_message: false,
            body: |target| {
                let name = target.name;
                let not_found = Literal::string(&format!("the code is not in the {name} catalog"));
                quote! {
                    match #name::from_code(code) {
                        ::core::option::Option::Some(entry) => entry,
                        ::core::option::Option::None => ::core::panic!(#not_found),
                    }
                }
            },
            fallback: unreachable_self,
        },
    },
    Item {
        name: "from_name",
        doc: "The entry whose symbolic name or alias is exactly `name`, or `None`.",
        catalogs: Catalogs::All,
        shape: Shape::Fn {
            // Comparing `&str`s is not `const` on the supported Rust versions.
            is_const: false,
            track_caller: false,
            generics: nothing,
            receiver: false,
            arguments: &[("name", |_| quote!(&::core::primitive::str))],
            output: optional_self,
            per_message: false,
            body: |target| {
                let name = target.name;
                quote! {
                    let id = __NAMES.candidate(name);
                    if id < #name::COUNT {
                        // Entry `id` by its name: reject a stranger hashed to its slot.
                        let entry = #name::ALL[id];
                        if entry.name().as_bytes() == name.as_bytes() {
                            return ::core::option::Option::Some(entry);
                        }
                    } else if let ::core::option::Option::Some(entry) = __ALIASES.target(id - #name::COUNT, name) {
                        return ::core::option::Option::Some(#name::ALL[entry]);
                    }
                    ::core::option::Option::None
                }
            },
            fallback: none,
        },
    },
    accessor(
        "to_hresult",
        "The code as an HRESULT: `HRESULT_FROM_WIN32(code)`, so `ERROR_ACCESS_DENIED` \
              (5) is `Hresult(0x80070005)` and `ERROR_SUCCESS` stays 0.",
        Catalogs::Win32,
        hresult_type,
        |target| {
            let krate = target.krate;
            quote!(#krate::Hresult::from_win32(self.code()))
        },
    ),
    Item {
        name: "from_hresult",
        doc: "The entry an HRESULT stands for, as `HRESULT_FROM_WIN32` made it: a failure of \
              `FACILITY_WIN32` whose code is in the catalog, 0 (`S_OK`) for the entry with \
              code 0, or a code the macro leaves as it is, such as SetupAPI's application-defined \
              `0xE000020B`.",
        catalogs: Catalogs::Win32,
        shape: Shape::Fn {
            is_const: true,
            track_caller: false,
            generics: nothing,
            receiver: false,
            arguments: &[("hresult", hresult_type)],
            output: optional_self,
            per_message: false,
            body: |target| {
                let krate = target.krate;
                let name = target.name;
                quote! {
                    let hresult = hresult.0;
                    if hresult == 0 {
                        return #name::from_code(0);
                    }
                    match #krate::Hresult(hresult).win32_code() {
                        ::core::option::Option::Some(code) => #name::from_code(code),
                        // `HRESULT_FROM_WIN32` returns a negative code unchanged.
                        ::core::option::Option::None if (hresult as i32) < 0 => #name::from_code(hresult),
                        ::core::option::Option::None => ::core::option::Option::None,
                    }
                }
            },
            fallback: none,
        },
    },
];
