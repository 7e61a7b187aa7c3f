//! The generator on the shipped catalog: the whole of `win_errors!` (read, check, generate),
//! called as a library; and what relating to the shipped catalogs adds to a small catalog's
//! expansion: the names read once per compiler process, then each expansion.

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

/// A two-entry catalog without and with relations to eleven shipped entries, and the one
/// reading of the shipped names that the first such catalog in a build pays.
fn shipped_relations(c: &mut Criterion) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let environment = Environment {
        manifest_dir: Some(root.join("tests")),
        invoking_file: None,
    };
    let names = std::fs::read_to_string(root.join("win-errors-generator/src/shipped_names.txt"))
        .expect("the shipped names");
    for catalog in ["catalogs/other.toml", "catalogs/relates_to_shipped.toml"] {
        let tokens = expand(quote!(::win_errors; #catalog), &environment);
        assert!(!tokens.to_string().contains("compile_error"), "{catalog}");
        c.bench_function(&format!("expand/{catalog}"), |b| {
            b.iter(|| expand(quote!(::win_errors; #catalog), &environment))
        });
    }
    c.bench_function("shipped_names/parse", |b| {
        b.iter(|| win_errors_catalog::ShippedCatalogs::parse(&names))
    });
}

criterion_group!(benches, expansion, shipped_relations);
criterion_main!(benches);
