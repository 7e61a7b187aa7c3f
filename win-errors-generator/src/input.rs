//! The macro's argument and where the catalog file is.

use std::path::{Path, PathBuf};

use proc_macro2::{TokenStream, TokenTree};
use syn::LitStr;
use syn::parse::{Parse, ParseStream};

/// `$crate; "catalog.toml"`: the runtime crate's path (as the `win_errors!` wrapper passes
/// it, so renamed dependencies work) and the catalog path literal.
pub struct MacroInput {
    /// Tokens naming the runtime crate, used as the prefix of every runtime path.
    pub krate: TokenStream,
    /// The catalog path as written; errors point at it.
    pub path: LitStr,
}

impl Parse for MacroInput {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        let mut krate = TokenStream::new();
        loop {
            if input.is_empty() {
                return Err(input.error("expected `$crate;` before the catalog path"));
            }
            if input.peek(syn::Token![;]) {
                input.parse::<syn::Token![;]>()?;
                break;
            }
            krate.extend([input.parse::<TokenTree>()?]);
        }
        let path: LitStr = input.parse().map_err(|error| {
            syn::Error::new(
                error.span(),
                "expected the catalog's path as a string literal: win_errors!(\"catalog.toml\")",
            )
        })?;
        if input.peek(syn::Token![,]) {
            input.parse::<syn::Token![,]>()?;
        }
        if !input.is_empty() {
            return Err(input.error("unexpected tokens after the catalog path"));
        }
        Ok(MacroInput { krate, path })
    }
}

/// What the compiler tells the macro about where it runs.
pub struct Environment {
    /// `CARGO_MANIFEST_DIR` of the invoking crate.
    pub manifest_dir: Option<PathBuf>,
    /// The source file containing the invocation, when the compiler knows it.
    pub invoking_file: Option<PathBuf>,
}

impl Environment {
    /// The places the catalog may be, in order: the path itself when absolute; otherwise
    /// relative to the manifest directory, then to the invoking file's directory (which
    /// is where it is when the crate is built away from its manifest, as trybuild does).
    pub fn candidates(&self, written: &str) -> Vec<PathBuf> {
        let written = Path::new(written);
        if written.is_absolute() {
            return vec![written.to_path_buf()];
        }
        let mut candidates = Vec::new();
        if let Some(dir) = &self.manifest_dir {
            candidates.push(dir.join(written));
        }
        if let Some(dir) = self.invoking_file.as_deref().and_then(Path::parent) {
            let dir = match (&self.manifest_dir, dir.is_relative()) {
                (Some(manifest), true) => manifest.join(dir),
                _ => dir.to_path_buf(),
            };
            let candidate = dir.join(written);
            if !candidates.contains(&candidate) {
                candidates.push(candidate);
            }
        }
        if candidates.is_empty() {
            candidates.push(written.to_path_buf());
        }
        candidates
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

    #[test]
    fn parses_the_crate_path_and_the_literal() {
        let input: MacroInput = syn::parse2(quote!(::my_crate; "c.toml",)).unwrap();
        assert_eq!(input.krate.to_string(), ":: my_crate");
        assert_eq!(input.path.value(), "c.toml");
    }

    #[test]
    fn rejects_anything_but_one_string_literal() {
        for tokens in [quote!(x; c), quote!(x; "a" "b"), quote!(x), quote!(x; 5)] {
            assert!(syn::parse2::<MacroInput>(tokens).is_err());
        }
    }

    #[test]
    fn candidates_prefer_the_manifest_dir_then_the_invoking_file() {
        let environment = Environment {
            manifest_dir: Some("/m".into()),
            invoking_file: Some("src/lib.rs".into()),
        };
        assert_eq!(
            environment.candidates("c.toml"),
            [PathBuf::from("/m/c.toml"), PathBuf::from("/m/src/c.toml")]
        );
        assert_eq!(
            environment.candidates("/abs/c.toml"),
            [PathBuf::from("/abs/c.toml")]
        );
    }
}
