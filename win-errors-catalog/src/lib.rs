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
pub mod mc;
pub mod model;
pub mod names;
pub mod parse;
mod reporter;
pub mod shipped;
pub mod valid;
mod values;
pub mod write;

pub use diagnostic::{Diagnostic, Position, SourceMap, decode, decode_message_file};
pub use model::{
    CheckedCatalog, CheckedEntry, CheckedRelated, CodeKind, DEFAULT_ENUM_NAME, Faq, Naming,
    Parameter, ParameterValue, Sections, ShippedRelated,
};
pub use shipped::ShippedCatalogs;

/// What the rule book knows beyond the catalog file.
#[derive(Clone, Copy, Debug, Default)]
pub struct Known<'a> {
    /// The items of the generated type: no variant may be named like one, as it would shadow
    /// it.
    pub generated_items: &'a [&'a str],
    /// The shipped catalogs whose entries a catalog's `related` may name
    /// (`"WinError::ERROR_SHARING_VIOLATION"`), read the first time one does; without them
    /// such a name is reported.
    pub shipped: Option<&'a std::sync::LazyLock<ShippedCatalogs>>,
}
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
    check_with(source, &Known::default()).map_err(|rejected| rejected.diagnostics)
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
    /// The variant of every entry whose name and code were read (in a catalog without names,
    /// whose code was read), in file order, each once, each a usable identifier that names
    /// no generated item: the stand-in type has them, so that the code using the catalog's
    /// variants compiles and only the catalog's own diagnostics are reported.
    pub variants: Vec<String>,
    /// `[catalog] non_exhaustive` as read, for the stand-in to match the real type.
    pub non_exhaustive: bool,
}

impl Rejected {
    /// A catalog of which nothing could be read: its `diagnostics`, and a stand-in of the
    /// default shape (no name of its own, no variant, every message known).
    pub fn nothing_read(diagnostics: Vec<Diagnostic>) -> Rejected {
        Rejected {
            diagnostics,
            enum_name: None,
            every_message_known: true,
            variants: Vec::new(),
            non_exhaustive: false,
        }
    }
}

/// Checks a Message Compiler file (`.mc`, see [`mc`]) against the same rules as a TOML
/// catalog: the checked catalog, whose type is named `enum_name`, or every diagnostic.
///
/// ```
/// let source = "MessageId=0x1\nSeverity=Error\nSymbolicName=MSG_BAD_COMMAND\nLanguage=English\nYou have chosen an incorrect command.\n.\n";
/// let catalog = win_errors_catalog::check_mc_with(source, "Messages", &Default::default()).unwrap();
/// // Severity Error (3) in bits 30-31, the first message's facility Application (0).
/// assert_eq!(catalog.entries[0].code, 0xC000_0001);
/// assert_eq!(catalog.entries[0].message.as_deref(), Some("You have chosen an incorrect command."));
/// ```
pub fn check_mc_with(
    source: &str,
    enum_name: &str,
    known: &Known<'_>,
) -> Result<CheckedCatalog, Rejected> {
    let mut report = reporter::Reporter::new(source);
    let catalog = mc::parse_message_file(&mut report, source, enum_name, known.generated_items);
    if catalog.entries.is_empty() {
        // The rule book's own "no entries" speaks of TOML tables.
        return Err(rejected(report, catalog, known.generated_items));
    }
    validated(report, catalog, known)
}

/// The text of the catalog file `path` from its bytes, as its format is encoded: UTF-16 or
/// UTF-8 for a Message Compiler file ([`decode_message_file`]), UTF-8 else ([`decode`]).
pub fn decode_file<'b>(
    path: &std::path::Path,
    bytes: &'b [u8],
) -> Result<std::borrow::Cow<'b, str>, (String, Diagnostic)> {
    if is_message_file(path) {
        decode_message_file(bytes)
    } else {
        decode(bytes).map(std::borrow::Cow::Borrowed)
    }
}

/// Whether `path` names a Message Compiler file: an `.mc` extension, in any case.
pub fn is_message_file(path: &std::path::Path) -> bool {
    path.extension()
        .is_some_and(|extension| extension.eq_ignore_ascii_case("mc"))
}

/// Checks the text of the catalog file `path` in its format: a Message Compiler file for
/// an `.mc` extension (any case), its type named after the file ([`mc::type_name`]), else
/// TOML ([`check_with`]).
pub fn check_file_with(
    path: &std::path::Path,
    source: &str,
    known: &Known<'_>,
) -> Result<CheckedCatalog, Rejected> {
    if !is_message_file(path) {
        return check_with(source, known);
    }
    let stem = path
        .file_stem()
        .and_then(|stem| stem.to_str())
        .unwrap_or("");
    match mc::type_name(stem) {
        Some(name) => check_mc_with(source, &name, known),
        None => Err(Rejected::nothing_read(vec![Diagnostic::whole(format!(
            "the type of a message file is named after the file, and `{stem}` gives no Rust type name: name the file with a letter first, such as `messages.mc`"
        ))])),
    }
}

/// [`check`] with what the rule book knows beyond the file ([`Known`]): no variant named
/// like an item of the generated type, related entries of the shipped catalogs; a rejected
/// catalog still tells the name of its type and the variants that were read.
pub fn check_with(source: &str, known: &Known<'_>) -> Result<CheckedCatalog, Rejected> {
    let mut report = reporter::Reporter::new(source);
    let Some(catalog) = parse::parse_catalog(&mut report, source, known.generated_items) else {
        // Not TOML: what a recovering parser read would be guesses.
        return Err(Rejected::nothing_read(report.finish()));
    };
    validated(report, catalog, known)
}

/// The cross-entry rules and lowering, after parsing recorded its diagnostics in `report`.
fn validated(
    mut report: reporter::Reporter<'_>,
    catalog: ast::Catalog,
    known: &Known<'_>,
) -> Result<CheckedCatalog, Rejected> {
    match valid::validate(&mut report, &catalog, known.shipped) {
        // `None` whenever a rule, here or while parsing, reported an error.
        Some(checked) => Ok(checked),
        None => Err(rejected(report, catalog, known.generated_items)),
    }
}

/// The [`Rejected`] of a catalog that parsed, with every diagnostic recorded.
fn rejected(
    report: reporter::Reporter<'_>,
    catalog: ast::Catalog,
    generated_items: &[&str],
) -> Rejected {
    Rejected {
        diagnostics: report.finish(),
        variants: stand_in_variants(&catalog, generated_items),
        enum_name: catalog
            .enum_name
            .map(|name| name.value)
            .filter(|name| names::is_identifier(name) && !names::is_keyword(name)),
        every_message_known: catalog.entries.iter().all(|e| e.message_known.is_none()),
        non_exhaustive: catalog.non_exhaustive.is_some_and(|n| n.value),
    }
}

/// The variants [`Rejected::variants`] lists.
fn stand_in_variants(catalog: &ast::Catalog, generated_items: &[&str]) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    catalog
        .entries
        .iter()
        .filter(|entry| entry.code.is_some() && (entry.name.is_some() || catalog.is_nameless()))
        .filter_map(|entry| lower::variant_of(catalog, entry))
        .map(|(variant, _)| variant)
        .filter(|variant| {
            names::is_identifier(variant)
                && !names::is_keyword(variant)
                && !generated_items.contains(&variant.as_str())
                && seen.insert(variant.clone())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rejected_catalog_lists_the_variants_it_read() {
        let source = r#"
[catalog]
non_exhaustive = true

[[error]]
name = "ERROR_A"
code = 1
message = ""

[[error]]
name = "ERROR_NO_CODE"
code = "x"
message = "B."

[[error]]
code = 3
message = "No name."

[[error]]
name = "ERROR_C"
code = 4
message = "C."
variant = "code"

[[error]]
name = "ERROR_A"
code = 5
message = "A again."

[[error]]
name = "ERROR_D"
code = 6
message = "D."
variant = "Self"
"#;
        let rejected = check_with(
            source,
            &Known {
                generated_items: &["code"],
                ..Known::default()
            },
        )
        .unwrap_err();
        // ERROR_NO_CODE's code and the third entry's name were not read; `code` names a
        // generated item and `Self` is a keyword; ERROR_A's variant is listed once.
        assert_eq!(rejected.variants, ["A"]);
        assert!(rejected.non_exhaustive);

        let nameless = "[catalog]\nnames = \"none\"\n\n[[error]]\ncode = 1101\nmessage = \"\"\n";
        assert_eq!(
            check_with(nameless, &Known::default())
                .unwrap_err()
                .variants,
            ["Code1101"]
        );

        let not_toml = "[[error]\nname = \"ERROR_A\"\ncode = 1\n";
        assert!(
            check_with(not_toml, &Known::default())
                .unwrap_err()
                .variants
                .is_empty()
        );
    }

    #[test]
    fn a_rejected_catalog_names_its_type_only_with_a_usable_identifier() {
        let named = |name: &str| {
            let source = format!(
                "[catalog]\nenum = \"{name}\"\n\n[[error]]\nname = \"ERROR_A\"\ncode = -1\nmessage = \"A.\"\n"
            );
            check_with(&source, &Known::default())
                .unwrap_err()
                .enum_name
        };
        assert_eq!(named("AppError"), Some("AppError".to_owned()));
        assert_eq!(named("fn"), None, "a keyword");
        assert_eq!(named("9Lives"), None, "no identifier");
    }

    #[test]
    fn a_mistake_in_one_value_rejects_a_catalog_whose_entries_agree() {
        let source =
            "[[error]]\nname = \"ERROR_A\"\ncode = 1\nmessage = \"A.\"\ncolour = \"red\"\n";
        let diagnostics = check(source).unwrap_err();
        assert_eq!(diagnostics.len(), 1);
        assert_eq!(
            diagnostics[0].span.clone().map(|span| &source[span]),
            Some("colour")
        );
    }

    #[test]
    fn parsing_reports_single_values_and_leaves_the_entries_relations_to_the_check() {
        // A negative code is a single value's mistake; the repeated name only shows when
        // the entries are compared.
        let source = "[[error]]\nname = \"ERROR_A\"\ncode = -1\nmessage = \"A.\"\n\n[[error]]\nname = \"ERROR_A\"\ncode = 2\nmessage = \"B.\"\n";
        let (catalog, diagnostics) = parse(source);
        assert_eq!(catalog.entries.len(), 2);
        let quoted: Vec<&str> = diagnostics
            .iter()
            .filter_map(|d| d.span.clone().map(|span| &source[span]))
            .collect();
        assert_eq!(quoted, ["-1"]);
        assert_eq!(check(source).unwrap_err().len(), 2);
    }

    #[test]
    fn a_message_file_is_told_by_its_extension_in_any_case() {
        let is_mc = |path: &str| is_message_file(std::path::Path::new(path));
        assert!(is_mc("messages.mc") && is_mc("MSG.MC") && is_mc("dir/events.Mc"));
        assert!(!is_mc("catalog.toml") && !is_mc("mc") && !is_mc("messages.mc.toml"));
    }
}
