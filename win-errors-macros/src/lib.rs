//! The proc macro behind [win-errors](https://docs.rs/win-errors). Use it through
//! `win_errors::win_errors!`, which passes the runtime crate's path along.
//!
//! This crate is a shim: reading the catalog and checking it is `win-errors-catalog`'s job,
//! generating code is in the `expand` module, which works on `proc_macro2` so it is testable without
//! a compiler.

#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::unreachable,
    clippy::todo,
    clippy::unimplemented
)]

mod diagnostic;
mod expand;
mod input;

/// `expand_catalog!($crate; "path/to/catalog.toml")`: generates the catalog's enum.
/// Called by `win_errors::win_errors!`.
#[proc_macro]
pub fn expand_catalog(input: proc_macro::TokenStream) -> proc_macro::TokenStream {
    // The file the path literal was written in. The call site is inside the `win_errors!`
    // wrapper of the runtime crate, so ask the literal's own span.
    let invoking_file = input
        .clone()
        .into_iter()
        .find_map(|token| match token {
            proc_macro::TokenTree::Literal(literal) => literal.span().local_file(),
            _ => None,
        })
        .or_else(|| proc_macro::Span::call_site().local_file());
    let environment = input::Environment {
        manifest_dir: std::env::var_os("CARGO_MANIFEST_DIR").map(Into::into),
        invoking_file,
    };
    expand::expand(input.into(), &environment).into()
}
