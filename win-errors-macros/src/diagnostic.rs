//! Catalog diagnostics as compiler errors.
//!
//! A span cannot point into a TOML file, so each error sits on the path literal and its
//! message starts with `catalog.toml:line:column:` and quotes the line (askama does the same
//! for templates).

use syn::LitStr;
use win_errors_catalog::Diagnostic;

/// All `diagnostics`, combined into one error on the path literal.
pub(crate) fn to_syn_error(path: &LitStr, source: &str, diagnostics: &[Diagnostic]) -> syn::Error {
    let display_path = path.value();
    let mut errors = diagnostics
        .iter()
        .map(|d| syn::Error::new(path.span(), d.render(&display_path, source)));
    let mut combined = errors.next().unwrap_or_else(|| {
        syn::Error::new(
            path.span(),
            format!("{display_path}: the catalog was rejected"),
        )
    });
    for error in errors {
        combined.combine(error);
    }
    combined
}
