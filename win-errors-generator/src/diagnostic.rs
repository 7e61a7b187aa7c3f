//! Catalog diagnostics as compiler errors.
//!
//! A span cannot point into a TOML file, so each error sits on the path literal and its
//! message starts with `catalog.toml:line:column:` and quotes the line (askama does the same
//! for templates).

use syn::LitStr;
use win_errors_catalog::{Diagnostic, SourceMap};

/// The most catalog problems one build reports. A broken generator can write a catalog with
/// a hundred thousand mistakes; rustc would spend minutes printing them, and the first few
/// usually share one cause.
pub const MOST_REPORTED: usize = 100;

/// The first [`MOST_REPORTED`] `diagnostics`, combined into one error on the path literal,
/// and a last error counting the rest.
pub(crate) fn to_syn_error(path: &LitStr, source: &str, diagnostics: &[Diagnostic]) -> syn::Error {
    let display_path = path.value();
    let lines = SourceMap::new(source);
    let mut errors = diagnostics
        .iter()
        .take(MOST_REPORTED)
        .map(|d| syn::Error::new(path.span(), lines.render(&display_path, d)));
    let mut combined = errors.next().unwrap_or_else(|| {
        syn::Error::new(
            path.span(),
            format!("{display_path}: the catalog was rejected"),
        )
    });
    for error in errors {
        combined.combine(error);
    }
    if let Some(hidden) = diagnostics
        .len()
        .checked_sub(MOST_REPORTED)
        .filter(|&n| n > 0)
    {
        combined.combine(syn::Error::new(
            path.span(),
            format!(
                "{display_path}: {hidden} more problems not shown (a build reports the first {MOST_REPORTED})"
            ),
        ));
    }
    combined
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reports_the_first_hundred_problems_and_counts_the_rest() {
        let path: LitStr = syn::parse_quote!("c.toml");
        let source = "x\n".repeat(250);
        let diagnostics: Vec<Diagnostic> = (0..250)
            .map(|line| Diagnostic::at(line * 2..line * 2 + 1, format!("problem {line}")))
            .collect();
        let messages: Vec<String> = to_syn_error(&path, &source, &diagnostics)
            .into_iter()
            .map(|e| e.to_string())
            .collect();
        assert_eq!(messages.len(), MOST_REPORTED + 1);
        assert!(
            messages[99].starts_with("c.toml:100:1: problem 99"),
            "{}",
            messages[99]
        );
        assert_eq!(
            messages[100],
            "c.toml: 150 more problems not shown (a build reports the first 100)"
        );
        assert_eq!(
            to_syn_error(&path, &source, &diagnostics[..100])
                .into_iter()
                .count(),
            100
        );
    }
}
