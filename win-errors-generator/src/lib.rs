//! The code generator behind [win-errors](https://docs.rs/win-errors): a checked catalog in,
//! the tokens of its enum, lookup tables and trait impls out.
//!
//! [`expand`] is the whole of `win_errors!`: it parses the macro's argument, finds and reads
//! the catalog file, runs the rule book of `win-errors-catalog` and then [`generate`]s, or
//! turns every problem into a compile error at `catalog.toml:line:column` beside a fallback
//! type that has the whole generated API, so that a broken catalog gives its own diagnostics
//! and nothing else. Everything works on `proc_macro2`, so unit tests and benchmarks call it
//! directly; `win-errors-macros` is a shim over it. The table formats and their readers live
//! in `win-errors-layout`; the generated API is described once, in [`api`].
//!
//! Nothing here panics on any input: every failure is a compile error at its span.

#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::unreachable,
    clippy::todo,
    clippy::unimplemented
)]

pub mod api;
mod diagnostic;
mod emit;
mod input;
mod load;

use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::quote;
use std::sync::LazyLock;

use win_errors_catalog::{CheckedCatalog, Diagnostic, Known, ShippedCatalogs, names};

pub use diagnostic::{CompileErrors, MOST_REPORTED};
pub use input::{CatalogPath, Environment, MacroInput};

/// The entries of the shipped catalogs by name, which a catalog's `related` may name
/// (`"WinError::ERROR_SHARING_VIOLATION"`): written by `cargo codegen` beside the types it
/// generates, and read the first time a catalog needs them, so that one that does not pays
/// nothing for them.
pub static SHIPPED: LazyLock<ShippedCatalogs> =
    LazyLock::new(|| ShippedCatalogs::parse(include_str!("shipped_names.txt")));

/// What the macro's rule book knows beyond the file: the generated items, which no variant
/// may be named like, and the shipped catalogs.
pub fn known() -> Known<'static> {
    Known {
        generated_items: &api::GENERATED_ITEMS,
        shipped: Some(&SHIPPED),
    }
}

/// Parses and checks catalog text with the rule book the macro runs: every rule of
/// `win-errors-catalog`, no variant named like an item of the generated API, and related
/// entries of the shipped catalogs resolved.
pub fn check(source: &str) -> Result<CheckedCatalog, Vec<Diagnostic>> {
    win_errors_catalog::check_with(source, &known()).map_err(|r| r.diagnostics)
}

/// [`check`] for the text of the file `path`, in the format its extension says: a Message
/// Compiler file (`.mc`), whose type is named after the file, or TOML.
pub fn check_file(path: &std::path::Path, source: &str) -> Result<CheckedCatalog, Vec<Diagnostic>> {
    win_errors_catalog::check_file_with(path, source, &known()).map_err(|r| r.diagnostics)
}

/// Expands `$crate; "catalog.toml"` into the catalog's enum, or into compile errors and a
/// fallback type. Never panics.
pub fn expand(input: TokenStream, environment: &Environment) -> TokenStream {
    match MacroInput::parse(input) {
        Ok(input) => expand_input(&input, environment),
        Err(errors) => errors.to_compile_error(),
    }
}

/// [`expand`] for an argument already parsed.
pub fn expand_input(input: &MacroInput, environment: &Environment) -> TokenStream {
    let generated = load::load(input, environment).and_then(|loaded| {
        let target = Target {
            krate: input.krate.clone(),
            catalog_path: input.path.value.clone(),
            tracked_file: Some(loaded.file),
        };
        generate(&loaded.catalog, &target).map_err(|message| {
            load::Rejected::new(&input.path, format!("{}: {message}", input.path.value))
        })
    });
    match generated {
        Ok(tokens) => tokens,
        Err(rejected) => {
            // The rule book names the fallback only after a name that passed its identifier
            // rule; `ident` is the backstop.
            let name = ident(&rejected.enum_name).unwrap_or_else(|_| {
                Ident::new(win_errors_catalog::DEFAULT_ENUM_NAME, Span::call_site())
            });
            let fallback = emit::fallback::generate(&input.krate, &name, &rejected);
            let errors = rejected.errors.to_compile_error();
            quote!(#fallback #errors)
        }
    }
}

/// Where the generated code goes and what it refers to.
pub struct Target {
    /// The path of the runtime crate (`::win_errors`, or `$crate` from its wrapper macro).
    pub krate: TokenStream,
    /// The catalog's path as the user wrote it, for the type's documentation.
    pub catalog_path: String,
    /// The absolute path of the catalog file, made an input of the crate with
    /// `include_bytes!` so that Cargo rebuilds it when the file changes.
    pub tracked_file: Option<String>,
}

/// The enum of a checked catalog with its tables and impls, or why the tables cannot hold it
/// (a text over 4 GiB, say).
pub fn generate(catalog: &CheckedCatalog, target: &Target) -> Result<TokenStream, String> {
    let krate = &target.krate;
    let name = ident(&catalog.enum_name)?;
    let variants = catalog
        .entries
        .iter()
        .map(|e| ident(&e.variant))
        .collect::<Result<Vec<_>, _>>()?;
    let variant_paths: Vec<TokenStream> = variants.iter().map(|v| quote!(#name::#v)).collect();
    let tables = emit::tables::Tables::build(catalog)?;

    let enum_def = emit::enum_::generate(catalog, &name, &variants, &target.catalog_path);
    let table_items = tables.to_tokens(krate, &name, &variant_paths, &target.catalog_path);
    let api = api::GeneratedType {
        krate,
        name: &name,
        variants: &variants,
        codes: catalog.codes,
        every_message_known: catalog.every_message_known(),
        nameless: catalog.naming == win_errors_catalog::Naming::None,
    };
    let inherent = api.inherent_impl();
    let trait_impl = api.trait_impl();
    let impls = emit::impls::generate(&api, catalog.codes.is_hex());
    let debug = emit::impls::debug(krate, &name, api.nameless);
    let tracking = target.tracked_file.as_deref().map(|file| {
        let file = Literal::string(file);
        // Makes the catalog an input of this crate: Cargo rebuilds it when the file changes.
        quote!(
            const _: &[::core::primitive::u8] = ::core::include_bytes!(#file);
        )
    });
    Ok(quote! {
        #enum_def

        #[allow(clippy::unreadable_literal, clippy::large_const_arrays)]
        const _: () = {
            #tracking
            #table_items
            #inherent
            #trait_impl
            #debug
            #impls
        };
    })
}

/// `word` as an identifier of the generated code (with the call-site span, so the user's
/// code can name it), or an error rather than `Ident::new`'s panic. The rule book already
/// refuses such names; this keeps the generator total on any checked catalog.
fn ident(word: &str) -> Result<Ident, String> {
    if names::is_identifier(word) && !names::is_keyword(word) {
        Ok(Ident::new(word, Span::call_site()))
    } else {
        Err(format!("`{word}` is not a usable identifier"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;
    use std::path::PathBuf;

    fn environment(dir: &std::path::Path) -> Environment {
        Environment {
            manifest_dir: Some(dir.to_path_buf()),
            invoking_file: None,
        }
    }

    fn scratch(name: &str, catalog: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("win-errors-expand-{}-{name}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let mut file = std::fs::File::create(dir.join("catalog.toml")).unwrap();
        file.write_all(catalog.as_bytes()).unwrap();
        dir
    }

    /// What the macro expands `catalog` to, written as `catalog.toml` in a scratch folder
    /// `name`.
    fn expanded(name: &str, catalog: &str) -> TokenStream {
        let dir = scratch(name, catalog);
        expand(quote!(::win_errors; "catalog.toml"), &environment(&dir))
    }

    /// A catalog with three problems (a name, a code, an empty message) and its own type name.
    const REJECTED: &str =
        "[catalog]\nenum = \"Mine\"\n[[error]]\nname = \"bad\"\ncode = -1\nmessage = \"\"\n";

    #[test]
    fn a_valid_catalog_expands_to_code_that_parses_as_items() {
        let tokens = expanded(
            "valid",
            "[[error]]\nname = \"ERROR_A\"\ncode = 1\nmessage = \"a\"\nrelated = [2]\n[[error]]\nname = \"ERROR_B\"\ncode = 2\nmessage = \"b\"\n",
        );
        let file: syn::File = syn::parse2(tokens.clone()).unwrap();
        let text = tokens.to_string();
        assert!(!text.contains("compile_error"), "{text}");
        assert!(text.contains("pub enum WinError"));
        assert!(text.contains("include_bytes"));
        assert_eq!(file.items.len(), 2);
    }

    #[test]
    fn a_rejected_catalog_gives_every_error_and_a_fallback_with_its_name() {
        let tokens = expanded("rejected", REJECTED);
        let text = tokens.to_string();
        assert_eq!(text.matches("compile_error").count(), 3, "{text}");
        assert!(text.contains("pub enum Mine {"), "{text}");
        assert!(!text.contains("include_bytes"));
    }

    /// The functions of the impls among `items`, and among the items of their `const _`
    /// blocks.
    fn functions<'a>(items: &[&'a syn::Item]) -> Vec<&'a syn::ImplItemFn> {
        let mut found = Vec::new();
        for item in items {
            match *item {
                syn::Item::Impl(block) => {
                    found.extend(block.items.iter().filter_map(|item| match item {
                        syn::ImplItem::Fn(function) => Some(function),
                        _ => None,
                    }))
                }
                syn::Item::Const(constant) => {
                    if let syn::Expr::Block(block) = &*constant.expr {
                        let nested: Vec<&syn::Item> = block
                            .block
                            .stmts
                            .iter()
                            .filter_map(|stmt| match stmt {
                                syn::Stmt::Item(item) => Some(item),
                                _ => None,
                            })
                            .collect();
                        found.extend(functions(&nested));
                    }
                }
                _ => {}
            }
        }
        found
    }

    #[test]
    fn every_function_of_the_fallback_has_a_body_of_its_type() {
        // An empty body where a value is due would add a type error to the catalog's own.
        let tokens = expanded("fallback", REJECTED);
        let file: syn::File = syn::parse2(tokens).unwrap_or_else(|e| panic!("{e}"));
        let functions = functions(&file.items.iter().collect::<Vec<_>>());
        assert!(functions.len() > 20, "{}", functions.len());
        for function in &functions {
            if let syn::ReturnType::Type(..) = function.sig.output {
                assert!(!function.block.stmts.is_empty(), "{}", function.sig.ident);
            }
        }
    }

    #[test]
    fn a_missing_file_names_the_paths_tried() {
        let dir = scratch("missing", "");
        let text = expand(quote!(::win_errors; "nope.toml"), &environment(&dir)).to_string();
        assert!(
            text.contains("nope.toml: cannot find the catalog file; tried"),
            "{text}"
        );
        assert!(text.contains("pub enum WinError"));
    }

    #[test]
    fn a_directory_or_invalid_utf8_is_an_error_not_a_panic() {
        let dir = scratch("dir", "");
        let text = expand(quote!(::win_errors; "."), &environment(&dir)).to_string();
        assert!(text.contains("cannot read"), "{text}");
        std::fs::write(dir.join("bad.toml"), b"a = \"\xff\"\n").unwrap();
        let text = expand(quote!(::win_errors; "bad.toml"), &environment(&dir)).to_string();
        assert!(
            text.contains("bad.toml:1:6: the catalog is not valid UTF-8"),
            "{text}"
        );
    }

    #[test]
    #[cfg(target_os = "linux")]
    fn an_unreadable_file_is_an_error_naming_it() {
        // `/proc/self/mem` is a file that even root cannot read from its start, unlike a file
        // without read permission.
        let dir = scratch("unreadable", "");
        let link = dir.join("mem.toml");
        let _ = std::fs::remove_file(&link);
        std::os::unix::fs::symlink("/proc/self/mem", &link).unwrap();
        let text = expand(quote!(::win_errors; "mem.toml"), &environment(&dir)).to_string();
        assert!(text.contains("mem.toml: cannot read `"), "{text}");
        assert!(text.contains("pub enum WinError"), "{text}");
    }

    #[test]
    fn paths_with_spaces_and_non_ascii_characters() {
        let dir = scratch("paths", "");
        let nested = dir.join("mes catalogues é");
        std::fs::create_dir_all(&nested).unwrap();
        std::fs::write(
            nested.join("erreurs à jour.toml"),
            "[[error]]\nname = \"ERROR_A\"\ncode = 1\nmessage = \"a\"\n",
        )
        .unwrap();
        let text = expand(
            quote!(::win_errors; "mes catalogues é/erreurs à jour.toml"),
            &environment(&dir),
        )
        .to_string();
        assert!(!text.contains("compile_error"), "{text}");
        assert!(text.contains("erreurs à jour.toml"), "{text}");
    }

    #[test]
    #[cfg(unix)]
    fn a_symlinked_catalog_is_read_and_its_target_tracked() {
        let dir = scratch(
            "symlink",
            "[[error]]\nname = \"ERROR_A\"\ncode = 1\nmessage = \"a\"\n",
        );
        let link = dir.join("link.toml");
        let _ = std::fs::remove_file(&link);
        std::os::unix::fs::symlink(dir.join("catalog.toml"), &link).unwrap();
        let text = expand(quote!(::win_errors; "link.toml"), &environment(&dir)).to_string();
        assert!(!text.contains("compile_error"), "{text}");
        // Cargo rebuilds when the file the link points to changes.
        assert!(text.contains("catalog.toml\""), "{text}");
    }

    #[test]
    fn a_catalog_with_a_hundred_thousand_problems_reports_the_first_hundred() {
        let entries: String = (0..100_000)
            .map(|_| "[[error]]\nname = \"ERROR_A\"\ncode = 1\nmessage = \"a\"\n")
            .collect();
        let text = expanded("many", &entries).to_string();
        assert_eq!(text.matches("compile_error").count(), 101);
        assert!(
            text.contains("199898 more problems not shown"),
            "{}",
            &text[text.len() - 300..]
        );
    }

    #[test]
    fn a_ten_megabyte_message_expands() {
        let message = "é".repeat(5 << 20);
        let text = expanded(
            "huge",
            &format!("[[error]]\nname = \"ERROR_A\"\ncode = 1\nmessage = \"{message}\"\n"),
        )
        .to_string();
        assert!(!text.contains("compile_error"));
        assert!(text.contains(&message));
    }

    #[test]
    fn malformed_macro_input_is_a_spanned_error() {
        let text = expand(
            quote!(::win_errors; 42),
            &environment(std::path::Path::new("/")),
        )
        .to_string();
        assert!(text.contains("compile_error"), "{text}");
    }

    #[test]
    fn only_an_identifier_that_is_no_keyword_names_generated_code() {
        assert_eq!(
            ident("E_FAIL").map(|i| i.to_string()),
            Ok("E_FAIL".to_owned())
        );
        for word in ["type", "Self", "1st", "two words", ""] {
            assert!(ident(word).is_err(), "{word}");
        }
    }
}
