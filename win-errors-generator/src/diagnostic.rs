//! Catalog diagnostics as compiler errors.
//!
//! A span cannot point into a TOML file, so each error sits on the path literal and its
//! message starts with `catalog.toml:line:column:` and quotes the line (askama does the same
//! for templates).

use proc_macro2::{Literal, Span, TokenStream};
use quote::quote_spanned;
use win_errors_catalog::{Diagnostic, SourceMap};

use crate::input::CatalogPath;

/// Compile errors, each at its span: what the macro emits beside the fallback type.
#[derive(Debug)]
pub struct CompileErrors(Vec<(Span, String)>);

impl CompileErrors {
    /// One error.
    pub fn new(span: Span, message: impl Into<String>) -> Self {
        CompileErrors(vec![(span, message.into())])
    }

    /// Adds one error after the others.
    pub fn push(&mut self, span: Span, message: impl Into<String>) {
        self.0.push((span, message.into()));
    }

    /// The messages in order.
    pub fn messages(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|(_, message)| message.as_str())
    }

    /// `::core::compile_error! { "..." }` for each error, spanned so that rustc reports it at
    /// its place.
    pub fn to_compile_error(&self) -> TokenStream {
        self.0
            .iter()
            .map(|(span, message)| {
                let mut text = Literal::string(message);
                text.set_span(*span);
                quote_spanned!(*span=> ::core::compile_error! { #text })
            })
            .collect()
    }
}

/// The most catalog problems one build reports. A broken generator can write a catalog with
/// a hundred thousand mistakes; rustc would spend minutes printing them, and the first few
/// usually share one cause.
pub const MOST_REPORTED: usize = 100;

/// The first [`MOST_REPORTED`] `diagnostics`, combined into one error on the path literal,
/// and a last error counting the rest.
pub(crate) fn to_compile_errors(
    path: &CatalogPath,
    source: &str,
    diagnostics: &[Diagnostic],
) -> CompileErrors {
    let display_path = &path.value;
    let lines = SourceMap::new(source);
    let mut errors = CompileErrors(
        diagnostics
            .iter()
            .take(MOST_REPORTED)
            .map(|d| (path.span, lines.render(display_path, d)))
            .collect(),
    );
    if errors.0.is_empty() {
        errors.push(
            path.span,
            format!("{display_path}: the catalog was rejected"),
        );
    }
    if let Some(hidden) = diagnostics
        .len()
        .checked_sub(MOST_REPORTED)
        .filter(|&n| n > 0)
    {
        errors.push(
            path.span,
            format!(
                "{display_path}: {hidden} more problems not shown (a build reports the first {MOST_REPORTED})"
            ),
        );
    }
    errors
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_error_is_a_compile_error_invocation_with_its_message() {
        let mut errors = CompileErrors::new(Span::call_site(), "first \"quoted\"");
        errors.push(Span::call_site(), "second");
        assert_eq!(
            errors.to_compile_error().to_string(),
            r#":: core :: compile_error ! { "first \"quoted\"" } :: core :: compile_error ! { "second" }"#
        );
    }

    #[test]
    fn reports_the_first_hundred_problems_and_counts_the_rest() {
        let path = CatalogPath {
            value: "c.toml".to_owned(),
            span: Span::call_site(),
        };
        let source = "x\n".repeat(250);
        let diagnostics: Vec<Diagnostic> = (0..250)
            .map(|line| Diagnostic::at(line * 2..line * 2 + 1, format!("problem {line}")))
            .collect();
        let errors = to_compile_errors(&path, &source, &diagnostics);
        let messages: Vec<&str> = errors.messages().collect();
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
            to_compile_errors(&path, &source, &diagnostics[..100])
                .messages()
                .count(),
            100
        );
    }
}
