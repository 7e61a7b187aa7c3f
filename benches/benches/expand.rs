//! The macro's expansion function on `proc_macro2` input, for the shipped catalog.
//!
//! A proc-macro crate exports nothing but its macros, so this benchmark compiles the
//! generator's own source files as modules of its own.

// The included modules carry unit tests whose imports are unused without the test harness.
#![allow(dead_code, missing_docs, unused_imports)]

#[path = "../../win-errors-macros/src/diagnostic.rs"]
mod diagnostic;
#[path = "../../win-errors-macros/src/expand/mod.rs"]
mod expand;
#[path = "../../win-errors-macros/src/input.rs"]
mod input;

use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use quote::quote;

fn expansion(c: &mut Criterion) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let environment = input::Environment {
        manifest_dir: Some(root),
        invoking_file: None,
    };
    let tokens = expand::expand(quote!(::win_errors; "catalog.toml"), &environment);
    assert!(
        !tokens.to_string().contains("compile_error"),
        "the shipped catalog expands"
    );
    c.bench_function("expand/shipped_catalog", |b| {
        b.iter(|| expand::expand(quote!(::win_errors; "catalog.toml"), &environment))
    });
}

criterion_group!(benches, expansion);
criterion_main!(benches);
