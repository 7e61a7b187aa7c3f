//! The generator on the shipped catalog: the whole of `win_errors!` (read, check, generate),
//! called as a library.

use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use quote::quote;
use win_errors_generator::{Environment, expand};

fn expansion(c: &mut Criterion) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let environment = Environment {
        manifest_dir: Some(root),
        invoking_file: None,
    };
    let tokens = expand(quote!(::win_errors; "catalog.toml"), &environment);
    assert!(
        !tokens.to_string().contains("compile_error"),
        "the shipped catalog expands"
    );
    c.bench_function("expand/shipped_catalog", |b| {
        b.iter(|| expand(quote!(::win_errors; "catalog.toml"), &environment))
    });
}

criterion_group!(benches, expansion);
criterion_main!(benches);
