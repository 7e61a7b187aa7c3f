//! The proc macro behind [win-errors](https://docs.rs/win-errors). Use it through
//! `win_errors::win_errors!`, which passes the runtime crate's path along.
//!
//! This crate is a shim: it tells the generator where the macro runs and hands it the input.
//! Reading and checking the catalog and generating the code are `win-errors-generator`'s job,
//! a plain library that its tests and benchmarks call without a compiler.

#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::unreachable
)]

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
    let environment = win_errors_generator::Environment {
        manifest_dir: std::env::var_os("CARGO_MANIFEST_DIR").map(Into::into),
        invoking_file,
    };
    win_errors_generator::expand(input.into(), &environment).into()
}
