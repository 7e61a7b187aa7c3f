//! From the macro input to the generated code: read the catalog, check it with the rule
//! book in `win-errors-catalog`, then run one generator per output piece.

mod docs;
mod enum_;
mod fallback;
mod hresult;
mod impls;
mod lookups;
mod name_index;
mod tables;

use std::path::PathBuf;

use proc_macro2::{Span, TokenStream};
use quote::quote;
use syn::{Ident, LitStr};
use win_errors_catalog::names::{is_identifier, is_keyword};
use win_errors_catalog::{CheckedCatalog, CodeKind, DEFAULT_ENUM_NAME};

use crate::diagnostic::to_syn_error;
use crate::input::{Environment, MacroInput};

/// Expands `$crate; "catalog.toml"` into the catalog's enum, or into compile errors and a
/// fallback type. Never panics: every failure is a `syn::Error`.
pub(crate) fn expand(input: TokenStream, environment: &Environment) -> TokenStream {
    let input = match syn::parse2::<MacroInput>(input) {
        Ok(input) => input,
        Err(error) => return error.to_compile_error(),
    };
    match load(&input, environment).and_then(|loaded| generate(&input, &loaded)) {
        Ok(tokens) => tokens,
        Err(rejected) => {
            let name = Ident::new(&rejected.enum_name, Span::call_site());
            let stub = fallback::generate(&input.krate, &name);
            let errors = rejected.error.to_compile_error();
            quote!(#stub #errors)
        }
    }
}

/// A catalog that passed every rule, and the file it came from.
struct Loaded {
    catalog: CheckedCatalog,
    /// Absolute path of the file, for `include_bytes!`.
    file: String,
}

/// Why no enum can be generated, and the name to give the fallback type.
struct Rejected {
    error: syn::Error,
    enum_name: String,
}

impl Rejected {
    fn new(path: &LitStr, message: String) -> Self {
        Rejected {
            error: syn::Error::new(path.span(), message),
            enum_name: DEFAULT_ENUM_NAME.to_owned(),
        }
    }
}

fn load(input: &MacroInput, environment: &Environment) -> Result<Loaded, Rejected> {
    let written = input.path.value();
    let candidates = environment.candidates(&written);
    let Some(found) = candidates.iter().find(|c| c.is_file()).or_else(|| {
        // Not a file anywhere: read the first existing path (a directory, say) for its error.
        candidates.iter().find(|c| c.exists())
    }) else {
        let tried: Vec<String> = candidates
            .iter()
            .map(|c| format!("`{}`", c.display()))
            .collect();
        return Err(Rejected::new(
            &input.path,
            format!(
                "{written}: cannot find the catalog file; tried {}",
                tried.join(", ")
            ),
        ));
    };
    let bytes = std::fs::read(found).map_err(|error| {
        Rejected::new(
            &input.path,
            format!("{written}: cannot read `{}`: {error}", found.display()),
        )
    })?;
    let source = match win_errors_catalog::decode(&bytes) {
        Ok(source) => source,
        Err((lossy, diagnostic)) => {
            return Err(Rejected {
                error: to_syn_error(&input.path, &lossy, &[diagnostic]),
                enum_name: DEFAULT_ENUM_NAME.to_owned(),
            });
        }
    };
    let file = absolute(found).to_str().map(str::to_owned).ok_or_else(|| {
        Rejected::new(
            &input.path,
            format!(
                "{written}: the path `{}` is not valid UTF-8",
                found.display()
            ),
        )
    })?;
    match win_errors_catalog::check(source) {
        Ok(catalog) => Ok(Loaded { catalog, file }),
        Err(diagnostics) => Err(Rejected {
            error: to_syn_error(&input.path, source, &diagnostics),
            enum_name: fallback_name(source),
        }),
    }
}

fn absolute(path: &std::path::Path) -> PathBuf {
    path.canonicalize().unwrap_or_else(|_| path.to_path_buf())
}

/// The enum name the catalog asks for, when it can be read despite its errors, so that the
/// fallback type has the name the user's code refers to.
fn fallback_name(source: &str) -> String {
    let (catalog, _) = win_errors_catalog::parse(source);
    catalog
        .enum_name
        .map(|n| n.value)
        .filter(|n| is_identifier(n) && !is_keyword(n))
        .unwrap_or_else(|| DEFAULT_ENUM_NAME.to_owned())
}

/// `word` as an identifier of the generated code (`parse_str` gives it the call-site span,
/// so the user's code can name it), or an error rather than `Ident::new`'s panic.
fn ident(path: &LitStr, word: &str) -> Result<Ident, Rejected> {
    syn::parse_str::<Ident>(word)
        .map_err(|_| Rejected::new(path, format!("`{word}` is not a usable identifier")))
}

fn generate(input: &MacroInput, loaded: &Loaded) -> Result<TokenStream, Rejected> {
    let catalog = &loaded.catalog;
    let krate = &input.krate;
    let name = ident(&input.path, &catalog.enum_name)?;
    let variants = catalog
        .entries
        .iter()
        .map(|e| ident(&input.path, &e.variant))
        .collect::<Result<Vec<_>, _>>()?;
    let variant_paths: Vec<TokenStream> = variants.iter().map(|v| quote!(#name::#v)).collect();
    let tables = tables::Tables::build(catalog).map_err(|message| {
        Rejected::new(&input.path, format!("{}: {message}", input.path.value()))
    })?;

    let enum_def = enum_::generate(catalog, &name, &variants, &input.path.value());
    let table_items = tables.to_tokens(krate, &name, &variant_paths);
    let lookups = lookups::generate(krate, &name, &variants);
    let impls = impls::generate(krate, &name, catalog.codes == CodeKind::Hresult);
    let hresults = match catalog.codes {
        CodeKind::Win32 => hresult::generate(krate, &name),
        CodeKind::Hresult | CodeKind::Other => TokenStream::new(),
    };
    let file = LitStr::new(&loaded.file, Span::call_site());
    Ok(quote! {
        #enum_def

        #[allow(clippy::unreadable_literal, clippy::large_const_arrays)]
        const _: () = {
            // Makes the catalog an input of this crate: Cargo rebuilds it when the file changes.
            const _: &[::core::primitive::u8] = ::core::include_bytes!(#file);

            #table_items
            #lookups
            #impls
            #hresults
        };
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

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

    #[test]
    fn a_valid_catalog_expands_to_code_that_parses_as_items() {
        let dir = scratch(
            "valid",
            "[[error]]\nname = \"ERROR_A\"\ncode = 1\nmessage = \"a\"\nrelated = [2]\n[[error]]\nname = \"ERROR_B\"\ncode = 2\nmessage = \"b\"\n",
        );
        let tokens = expand(quote!(::win_errors; "catalog.toml"), &environment(&dir));
        let file: syn::File = syn::parse2(tokens.clone()).unwrap();
        let text = tokens.to_string();
        assert!(!text.contains("compile_error"), "{text}");
        assert!(text.contains("pub enum WinError"));
        assert!(text.contains("include_bytes"));
        assert_eq!(file.items.len(), 2);
    }

    #[test]
    fn a_rejected_catalog_gives_every_error_and_a_fallback_with_its_name() {
        let dir = scratch(
            "rejected",
            "[catalog]\nenum = \"Mine\"\n[[error]]\nname = \"bad\"\ncode = -1\nmessage = \"\"\n",
        );
        let tokens = expand(quote!(::win_errors; "catalog.toml"), &environment(&dir));
        let text = tokens.to_string();
        assert_eq!(text.matches("compile_error").count(), 3, "{text}");
        assert!(text.contains("pub enum Mine { }"), "{text}");
        assert!(!text.contains("include_bytes"));
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
        let dir = scratch("many", &entries);
        let text = expand(quote!(::win_errors; "catalog.toml"), &environment(&dir)).to_string();
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
        let dir = scratch(
            "huge",
            &format!("[[error]]\nname = \"ERROR_A\"\ncode = 1\nmessage = \"{message}\"\n"),
        );
        let text = expand(quote!(::win_errors; "catalog.toml"), &environment(&dir)).to_string();
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
}
