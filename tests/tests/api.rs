//! The generated API is described once (`win_errors_generator::api::ITEMS`): the inherent
//! impl, the fallback type, the `ErrorCatalog` trait and its impl, and the names the rule book
//! refuses as variants must be the same set of items. This parses real expansions and the
//! trait's source and compares them.

use std::collections::BTreeSet;
use std::path::Path;

use quote::quote;
use win_errors_generator::api::{Catalogs, GENERATED_ITEMS, ITEMS};
use win_errors_generator::{Environment, expand};

type Names = BTreeSet<String>;

/// The expansion of `catalog`, written to a scratch directory, parsed as a file.
fn expansion(name: &str, catalog: &str) -> syn::File {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("api-{name}"));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("catalog.toml"), catalog).unwrap();
    let environment = Environment {
        manifest_dir: Some(dir),
        invoking_file: None,
    };
    syn::parse2(expand(quote!(::win_errors; "catalog.toml"), &environment)).unwrap()
}

/// Every `impl` in `items`, including those inside `const _: () = { ... };` blocks.
fn impls(items: &[syn::Item]) -> Vec<&syn::ItemImpl> {
    let mut found = Vec::new();
    collect_impls(&mut items.iter(), &mut found);
    found
}

fn collect_impls<'a>(
    items: &mut dyn Iterator<Item = &'a syn::Item>,
    found: &mut Vec<&'a syn::ItemImpl>,
) {
    for item in items {
        match item {
            syn::Item::Impl(block) => found.push(block),
            syn::Item::Const(constant) => {
                if let syn::Expr::Block(block) = &*constant.expr {
                    let mut nested = block.block.stmts.iter().filter_map(|stmt| match stmt {
                        syn::Stmt::Item(item) => Some(item),
                        _ => None,
                    });
                    collect_impls(&mut nested, found);
                }
            }
            _ => {}
        }
    }
}

fn impl_item_names(block: &syn::ItemImpl) -> Names {
    block
        .items
        .iter()
        .filter_map(|item| match item {
            syn::ImplItem::Fn(f) => Some(f.sig.ident.to_string()),
            syn::ImplItem::Const(c) => Some(c.ident.to_string()),
            _ => None,
        })
        .collect()
}

/// The items of the inherent impls (`impl Name { ... }`) of an expansion.
fn inherent_items(file: &syn::File) -> Names {
    impls(&file.items)
        .into_iter()
        .filter(|block| block.trait_.is_none())
        .flat_map(impl_item_names)
        .collect()
}

/// The items of the expansion's `impl ... ErrorCatalog for Name`.
fn trait_impl_items(file: &syn::File) -> Names {
    impls(&file.items)
        .into_iter()
        .filter(|block| {
            block
                .trait_
                .as_ref()
                .is_some_and(|(_, path, _)| path.segments.last().unwrap().ident == "ErrorCatalog")
        })
        .flat_map(impl_item_names)
        .collect()
}

/// The items the runtime's `ErrorCatalog` trait declares, from its source.
fn trait_declaration() -> Names {
    let source = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../win-errors-core/src/lib.rs"),
    )
    .unwrap();
    let file = syn::parse_file(&source).unwrap();
    let declaration = file
        .items
        .iter()
        .find_map(|item| match item {
            syn::Item::Trait(t) if t.ident == "ErrorCatalog" => Some(t),
            _ => None,
        })
        .expect("win-errors declares ErrorCatalog");
    declaration
        .items
        .iter()
        .filter_map(|item| match item {
            syn::TraitItem::Fn(f) => Some(f.sig.ident.to_string()),
            syn::TraitItem::Const(c) => Some(c.ident.to_string()),
            _ => None,
        })
        .collect()
}

fn names<'a>(iter: impl IntoIterator<Item = &'a str>) -> Names {
    iter.into_iter().map(str::to_owned).collect()
}

const ENTRY: &str = "[[error]]\nname = \"ERROR_A\"\ncode = 1\nmessage = \"a\"\n";

#[test]
fn the_impls_the_fallback_the_trait_and_the_reserved_names_are_one_set() {
    let reserved = names(GENERATED_ITEMS);
    let every_catalog = names(
        ITEMS
            .iter()
            .filter(|item| item.catalogs == Catalogs::All)
            .map(|item| item.name),
    );
    assert_eq!(reserved.len(), ITEMS.len(), "item names are unique");

    let of = |catalogs: Catalogs| {
        names(
            ITEMS
                .iter()
                .filter(|item| matches!(item.catalogs, Catalogs::All) || item.catalogs == catalogs)
                .map(|item| item.name),
        )
    };
    let win32 = expansion("win32", &format!("[catalog]\ncodes = \"win32\"\n{ENTRY}"));
    assert_eq!(
        inherent_items(&win32),
        of(Catalogs::Win32),
        "a Win32 catalog has every item but the signed ones"
    );
    assert_eq!(trait_impl_items(&win32), every_catalog);

    let signed = expansion("signed", &format!("[catalog]\ncodes = \"signed\"\n{ENTRY}"));
    assert_eq!(
        inherent_items(&signed),
        of(Catalogs::Signed),
        "a catalog of signed codes has every item but the HRESULT conversions"
    );
    assert_eq!(trait_impl_items(&signed), every_catalog);
    for kind in ["hresult", "ntstatus"] {
        let catalog = format!("[catalog]\ncodes = \"{kind}\"\n{ENTRY}")
            .replace("code = 1", "code = 0xC0000001");
        assert_eq!(
            inherent_items(&expansion(kind, &catalog)),
            of(Catalogs::Signed),
            "{kind} codes are read as i32s, as windows-sys types them"
        );
    }
    assert_eq!(
        of(Catalogs::Win32)
            .union(&of(Catalogs::Signed))
            .cloned()
            .collect::<Names>(),
        reserved,
        "every item is some catalog's"
    );

    let other = expansion("other", ENTRY);
    assert_eq!(inherent_items(&other), every_catalog);
    assert_eq!(trait_impl_items(&other), every_catalog);

    let rejected = expansion("rejected", "[[error]]\nname = \"bad\"\ncode = 1\n");
    assert_eq!(
        inherent_items(&rejected),
        reserved,
        "the fallback has every item"
    );
    assert_eq!(trait_impl_items(&rejected), every_catalog);

    assert_eq!(trait_declaration(), every_catalog, "ErrorCatalog declares");
}

#[test]
fn every_reserved_name_is_refused_as_a_variant_at_its_line() {
    for (line, item) in GENERATED_ITEMS.iter().enumerate() {
        let source = format!("{ENTRY}variant = \"{item}\"\n");
        let problems = win_errors_generator::check(&source).unwrap_err();
        let rendered = problems[0].render("c.toml", &source);
        assert!(
            rendered.starts_with(&format!(
                "c.toml:5:11: `variant` \"{item}\" is the name of an item every generated type has"
            )),
            "item {line}: {rendered}"
        );
        assert_eq!(problems.len(), 1, "{item}");
    }
}

#[test]
fn the_fallback_test_calls_every_item() {
    let calls = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("ui/reserved_variant.rs"),
    )
    .unwrap();
    for item in GENERATED_ITEMS {
        let called = [format!(".{item}("), format!("WinError::{item}")]
            .iter()
            .any(|call| calls.contains(call.as_str()));
        assert!(called, "tests/ui/reserved_variant.rs does not call {item}");
    }
}
