//! The generated API, described once.
//!
//! [`ITEMS`] lists every associated item a generated type has: its name, its documentation,
//! its signature, the catalogs that get it, its body over the tables and its body in the
//! fallback type. From this one table come the inherent impl, the `ErrorCatalog` forwarding
//! impl, the fallback type emitted beside a rejected catalog's errors, and
//! [`GENERATED_ITEMS`], the names the rule book refuses as variants (a variant named
//! `from_code` would turn every `Type::from_code` path of the generated code into the
//! variant).

mod items;

use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};
use win_errors_catalog::CodeKind;

/// Which catalogs have an item.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Catalogs {
    /// Every catalog; the item is also a member of the `ErrorCatalog` trait.
    All,
    /// Catalogs of Win32 codes (`codes = "win32"`) only: the HRESULT conversions.
    Win32,
    /// Catalogs whose codes are read as `i32`s: HRESULTs and NTSTATUS values (which
    /// windows-sys and the SDK type as `i32`) and signed codes (`codes = "signed"`).
    Signed,
}

impl Catalogs {
    /// Whether catalogs with codes of `kind` are among these.
    pub fn include(self, kind: CodeKind) -> bool {
        match self {
            Catalogs::All => true,
            Catalogs::Win32 => kind == CodeKind::Win32,
            Catalogs::Signed => matches!(
                kind,
                CodeKind::Signed | CodeKind::Hresult | CodeKind::NtStatus
            ),
        }
    }
}

/// One associated item of the generated type.
pub struct Item {
    /// The item's name.
    pub name: &'static str,
    /// Its documentation in the inherent impl.
    pub doc: &'static str,
    /// The catalogs that get it.
    pub catalogs: Catalogs,
    shape: Shape,
}

/// Token templates over a [`GeneratedType`].
pub(crate) type Template = fn(&GeneratedType<'_>) -> TokenStream;

pub(crate) enum Shape {
    /// `const NAME: ty = value;`
    Const {
        ty: Template,
        value: Template,
        fallback: Template,
    },
    /// A function: `self` or named arguments, an output type, a body.
    Fn {
        /// `const fn` in the inherent impl.
        is_const: bool,
        /// `#[track_caller]`: panics point at the caller.
        track_caller: bool,
        /// Generic parameters, such as `<'a>`.
        generics: Template,
        /// The arguments after `self` (or all of them without `self`), as `(name, type)`.
        receiver: bool,
        arguments: &'static [(&'static str, Template)],
        output: Template,
        /// The output depends on the message: it is `Option<output>` in a catalog where some
        /// entry has no known message, and in the `ErrorCatalog` trait, which covers every
        /// catalog. The body gives the form of the catalog at hand.
        per_message: bool,
        body: Template,
        fallback: Template,
    },
}

/// What the templates refer to: the runtime crate, the type and its variants.
pub struct GeneratedType<'a> {
    /// The runtime crate's path.
    pub krate: &'a TokenStream,
    /// The generated type.
    pub name: &'a Ident,
    /// Its variants in code order (none for the fallback type).
    pub variants: &'a [Ident],
    /// The kind of the catalog's codes.
    pub codes: CodeKind,
    /// Whether every entry has a message, so that `message` is a plain `&'static str`.
    pub every_message_known: bool,
    /// Whether entries are known by their code alone (`names = "none"`): `{:#}` then shows
    /// the code once, as the entry's name.
    pub nameless: bool,
}

pub use items::ITEMS;

/// The number of items, for [`GENERATED_ITEMS`].
const ITEM_COUNT: usize = ITEMS.len();

/// The name of every item of [`ITEMS`]: no variant may have one of them.
// Evaluated at compile time: an index out of bounds would fail the build, not panic.
#[allow(clippy::indexing_slicing)]
pub const GENERATED_ITEMS: [&str; ITEM_COUNT] = {
    let mut names = [""; ITEM_COUNT];
    let mut i = 0;
    while i < ITEM_COUNT {
        names[i] = ITEMS[i].name;
        i += 1;
    }
    names
};

/// What an item is for, as the type's documentation groups them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// A constant of the type, such as `ALL`.
    Constant,
    /// A function that finds an entry, such as `from_code`.
    Lookup,
    /// A method that reads an entry, such as `message`.
    Accessor,
}

impl Item {
    /// What the item is for.
    pub fn role(&self) -> Role {
        match self.shape {
            Shape::Const { .. } => Role::Constant,
            Shape::Fn {
                receiver: false, ..
            } => Role::Lookup,
            Shape::Fn { receiver: true, .. } => Role::Accessor,
        }
    }

    /// Whether a catalog with codes of `kind` has this item.
    pub fn applies_to(&self, kind: CodeKind) -> bool {
        match self.catalogs {
            Catalogs::All => true,
            catalogs => catalogs.include(kind),
        }
    }

    /// The item in an impl: `pub const fn name(...) -> T { body }`, with `body` the real
    /// body or the fallback's.
    fn inherent(&self, target: &GeneratedType<'_>, fallback: bool) -> TokenStream {
        let doc = self.doc;
        let name = format_ident!("{}", self.name);
        match &self.shape {
            Shape::Const {
                ty,
                value,
                fallback: fallback_value,
            } => {
                let ty = ty(target);
                let value = if fallback {
                    fallback_value(target)
                } else {
                    value(target)
                };
                quote! {
                    #[doc = #doc]
                    pub const #name: #ty = #value;
                }
            }
            Shape::Fn {
                is_const,
                track_caller,
                generics,
                receiver,
                arguments,
                output,
                per_message,
                body,
                fallback: fallback_body,
            } => {
                let constness = is_const.then(|| quote!(const));
                let track_caller = track_caller.then(|| quote!(#[track_caller]));
                let generics = generics(target);
                let inputs = inputs(target, *receiver, arguments);
                let output = output(target);
                let output = if *per_message && !target.every_message_known {
                    quote!(::core::option::Option<#output>)
                } else {
                    output
                };
                let body = if fallback {
                    fallback_body(target)
                } else {
                    body(target)
                };
                quote! {
                    #[doc = #doc]
                    #[inline]
                    #track_caller
                    pub #constness fn #name #generics (#inputs) -> #output { #body }
                }
            }
        }
    }

    /// The item in the `ErrorCatalog` impl, forwarding to the inherent item.
    fn forwarding(&self, target: &GeneratedType<'_>) -> TokenStream {
        let name = format_ident!("{}", self.name);
        let ty_name = target.name;
        match &self.shape {
            Shape::Const { ty, .. } => {
                let ty = ty(target);
                quote!(const #name: #ty = #ty_name::#name;)
            }
            Shape::Fn {
                generics,
                receiver,
                arguments,
                output,
                per_message,
                ..
            } => {
                let generics = generics(target);
                let inputs = inputs(target, *receiver, arguments);
                let output = output(target);
                let receiver = receiver.then(|| quote!(self));
                let arguments = arguments.iter().map(|(name, _)| format_ident!("{name}"));
                let call = receiver.into_iter().chain(arguments.map(|a| quote!(#a)));
                let call = quote!(#ty_name::#name(#(#call),*));
                let (output, call) = match (per_message, target.every_message_known) {
                    (false, _) => (output, call),
                    (true, true) => (
                        quote!(::core::option::Option<#output>),
                        quote!(::core::option::Option::Some(#call)),
                    ),
                    (true, false) => (quote!(::core::option::Option<#output>), call),
                };
                quote! {
                    #[inline]
                    fn #name #generics (#inputs) -> #output { #call }
                }
            }
        }
    }
}

/// `self, code: u32`: the receiver, then each argument with its type.
fn inputs(
    target: &GeneratedType<'_>,
    receiver: bool,
    arguments: &[(&'static str, Template)],
) -> TokenStream {
    let receiver = receiver.then(|| quote!(self));
    let arguments = arguments.iter().map(|(name, ty)| {
        let name = format_ident!("{name}");
        let ty = ty(target);
        quote!(#name: #ty)
    });
    let all = receiver.into_iter().chain(arguments);
    quote!(#(#all),*)
}

impl GeneratedType<'_> {
    /// `impl Name { ... }` with every item this catalog gets, reading the tables.
    pub fn inherent_impl(&self) -> TokenStream {
        let name = self.name;
        let items = ITEMS
            .iter()
            .filter(|item| item.applies_to(self.codes))
            .map(|item| item.inherent(self, false));
        // No `#[automatically_derived]`: rustc accepts it on trait impls only (on an inherent
        // impl it warns, where the expansion is not a macro's, as in the pregenerated catalogs).
        quote! {
            #[allow(clippy::cast_possible_truncation, clippy::as_conversions)]
            impl #name {
                #(#items)*
            }
        }
    }

    /// `impl ErrorCatalog for Name`, forwarding each trait item to the inherent one.
    pub fn trait_impl(&self) -> TokenStream {
        let name = self.name;
        let krate = self.krate;
        let items = ITEMS
            .iter()
            .filter(|item| item.catalogs == Catalogs::All)
            .map(|item| item.forwarding(self));
        quote! {
            #[automatically_derived]
            impl #krate::ErrorCatalog for #name {
                #(#items)*
            }
        }
    }

    /// The fallback type's inherent impl: every item of every catalog, with bodies that find
    /// nothing (the crate does not compile beside a rejected catalog, so none runs).
    pub fn fallback_impl(&self) -> TokenStream {
        let name = self.name;
        let items = ITEMS.iter().map(|item| item.inherent(self, true));
        quote! {
            #[allow(unused_variables)]
            impl #name {
                #(#items)*
            }
        }
    }
}
