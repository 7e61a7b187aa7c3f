//! The catalog model and rule book of [win-errors](https://docs.rs/win-errors).
//!
//! A catalog is a TOML file of error entries (symbolic name, code, message, related codes,
//! optional description and reference sections). This crate reads one into a spanned model
//! ([`ast`], by [`parse`](mod@parse), which checks each value as its table is read), runs the
//! rules that relate entries ([`valid`]) and lowers the result into a [`CheckedCatalog`], or
//! returns every problem as a [`Diagnostic`] with its byte range in the file. It knows
//! nothing of the compiler or of the generated code, except the names a variant may not take,
//! which the generator passes in ([`check_with`]): the proc macro, the importers and the
//! command-line tool all run this one rule book. It depends on `toml` and, for the
//! variant-name rule, on `win-errors-layout`.
//!
//! ```
//! let source = r#"
//! [[error]]
//! name = "ERROR_ACCESS_DENIED"
//! code = 5
//! message = "Access is denied."
//! "#;
//! let catalog = win_errors_catalog::check(source).unwrap();
//! assert_eq!(catalog.entries[0].variant, "AccessDenied");
//!
//! let broken = "[[error]]\nname = \"ERROR_X\"\ncode = -1\nmessage = \"\"\n";
//! let problems = win_errors_catalog::check(broken).unwrap_err();
//! assert_eq!(problems.len(), 2);
//! assert!(problems[0].render("catalog.toml", broken).starts_with("catalog.toml:3:8: code -1 is negative"));
//! ```

#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::unreachable,
    clippy::todo,
    clippy::unimplemented
)]

pub mod ast;
pub mod diagnostic;
pub mod keys;
mod lower;
pub mod model;
pub mod names;
pub mod parse;
mod reporter;
pub mod valid;
mod values;
pub mod write;

pub use diagnostic::{Diagnostic, Position, SourceMap, decode};
pub use model::{
    CheckedCatalog, CheckedEntry, CodeKind, DEFAULT_ENUM_NAME, Faq, Naming, Parameter,
    ParameterValue, Sections,
};
pub use write::toml_string;

/// Parses catalog text into the spanned model, with the diagnostics of syntax, keys, value
/// types and the rules on single values. The rules that relate entries are not run: see
/// [`check`].
pub fn parse(source: &str) -> (ast::Catalog, Vec<Diagnostic>) {
    let mut report = reporter::Reporter::new(source);
    let catalog = parse::parse_catalog(&mut report, source, &[]).unwrap_or_default();
    (catalog, report.finish())
}

/// Parses and checks catalog text against every rule that does not depend on the generated
/// API: the checked catalog, or every diagnostic in source order. The macro's rule book, with
/// the generated items a variant may not be named after, is `win_errors_generator::check`.
pub fn check(source: &str) -> Result<CheckedCatalog, Vec<Diagnostic>> {
    check_with(source, &[]).map_err(|rejected| rejected.diagnostics)
}

/// A catalog that broke a rule: every diagnostic, and what a generator needs to emit a
/// stand-in type for the code that uses it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rejected {
    /// Every problem, in source order.
    pub diagnostics: Vec<Diagnostic>,
    /// The `[catalog] enum` name when it is a usable identifier, despite the errors.
    pub enum_name: Option<String>,
    /// Whether no entry says `message_known`: the type's `message` would then be a plain
    /// `&str`, and the fallback type gets the same signature.
    pub every_message_known: bool,
}

/// [`check`], where no variant may be named like one of `generated_items` (the associated
/// items of the generated type: such a variant would shadow them), and a rejected catalog
/// still tells the name of its type.
pub fn check_with(source: &str, generated_items: &[&str]) -> Result<CheckedCatalog, Rejected> {
    let mut report = reporter::Reporter::new(source);
    let Some(catalog) = parse::parse_catalog(&mut report, source, generated_items) else {
        return Err(Rejected {
            diagnostics: report.finish(),
            enum_name: None,
            every_message_known: true,
        });
    };
    match valid::validate(&mut report, &catalog) {
        Some(checked) if !report.has_errors() => Ok(checked),
        _ => Err(Rejected {
            diagnostics: report.finish(),
            enum_name: catalog
                .enum_name
                .map(|name| name.value)
                .filter(|name| names::is_identifier(name) && !names::is_keyword(name)),
            every_message_known: catalog.entries.iter().all(|e| e.message_known.is_none()),
        }),
    }
}
