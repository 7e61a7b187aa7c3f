//! From TOML text to the spanned [`ast`](crate::ast) model: syntax, keys and value types.
//!
//! Every problem is recorded and parsing goes on with the rest of the file, so that one
//! build reports all of them. Each table's values go through the rules on single values
//! (`values.rs`) as soon as the table is read; rules that relate entries to each other
//! live in [`crate::valid`]. Reading a code, in the range the catalog allows, is in `code`.

mod code;
mod parameters;

use core::fmt;
use core::ops::Range;

use toml::Spanned as TomlSpanned;
use toml::de::{DeTable, DeValue};

use crate::ast::{Catalog, Entry, FaqItem, RelatedRef, Spanned};
use crate::keys::{
    ALIASES, ANSWER, CAPTION, CATALOG, CATALOG_KEYS, CODE, CODES, CONTEXT, DESCRIPTION,
    DOCUMENTED_CODE, ENTRY_KEYS, ENUM, ERROR, FAMILY, FAQ, FAQ_KEYS, MEANING, MESSAGE,
    MESSAGE_KNOWN, NAME, NAMES, NON_EXHAUSTIVE, PARAMETERS, QUESTION, RELATED, RELATED_KEYS,
    REMEDIES, REQUIRED_ENTRY_KEYS, REQUIRED_NAMELESS_ENTRY_KEYS, SUMMARY, TOP_LEVEL_KEYS, VARIANT,
};
use crate::model::{CodeKind, Naming};
use crate::names::suggest;
use crate::reporter::Reporter;
use crate::values;
use code::{CodeRange, code, code_from_str};

type Value<'i> = TomlSpanned<DeValue<'i>>;

/// A key as the diagnostics name it, in backticks (`` `code` ``), written only when a
/// diagnostic is.
#[derive(Clone, Copy)]
struct Quoted<'k>(&'k str);

impl fmt::Display for Quoted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{}`", self.0)
    }
}

/// Parses catalog text into the spanned model, recording every problem in `report`.
///
/// When the text is not valid TOML only the syntax errors are reported: values recovered
/// from broken syntax are guesses, and checking them would report problems that are not there.
/// Returns `None` when the text is not valid TOML.
pub(crate) fn parse_catalog(
    report: &mut Reporter<'_>,
    source: &str,
    generated_items: &[&str],
) -> Option<Catalog> {
    let (document, syntax_errors) = DeTable::parse_recoverable(source);
    if !syntax_errors.is_empty() {
        for error in syntax_errors {
            let message = format!("invalid TOML: {}", error.message());
            match error.span() {
                Some(span) => report.error(span, message),
                None => report.error_whole(message),
            }
        }
        return None;
    }
    let mut catalog = Catalog::default();
    let declared = Declared::in_document(document.get_ref());
    for (key, value) in document.get_ref() {
        match key.get_ref().as_ref() {
            CATALOG => parse_catalog_table(report, value, &mut catalog),
            ERROR => catalog.entries = parse_entries(report, value, generated_items, declared),
            other => unknown_key(
                report,
                key.span(),
                other,
                &"the top-level table",
                TOP_LEVEL_KEYS,
            ),
        }
    }
    Some(catalog)
}

fn parse_catalog_table(report: &mut Reporter<'_>, value: &Value<'_>, catalog: &mut Catalog) {
    let DeValue::Table(table) = value.get_ref() else {
        wrong_type(
            report,
            value,
            &Quoted(CATALOG),
            &format_args!("a table (`[{CATALOG}]`)"),
        );
        return;
    };
    for (key, value) in table {
        // A wrong value is named by its key as written: the constant its arm matched.
        let what = Quoted(key.get_ref());
        match key.get_ref().as_ref() {
            ENUM => catalog.enum_name = string(report, value, &what),
            CODES => catalog.codes = string(report, value, &what),
            NAMES => catalog.names = string(report, value, &what),
            DESCRIPTION => catalog.description = string(report, value, &what),
            FAMILY => catalog.family = string(report, value, &what),
            NON_EXHAUSTIVE => catalog.non_exhaustive = boolean(report, value, &what),
            other => unknown_key(
                report,
                key.span(),
                other,
                &format_args!("`[{CATALOG}]`"),
                CATALOG_KEYS,
            ),
        }
    }
    values::check_catalog_table(report, catalog);
}

/// What `[catalog]` says that shapes how each entry is read, wherever the table stands in
/// the file: the numbers codes may be, and whether entries have symbolic names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Declared {
    range: CodeRange,
    nameless: bool,
}

impl Declared {
    fn in_document(document: &DeTable<'_>) -> Declared {
        // The setting `key` spells, read with the spellings `values.rs` checks it against.
        let setting = |key: &str| {
            document
                .get(CATALOG)
                .and_then(|catalog| match catalog.get_ref() {
                    DeValue::Table(table) => table.get(key),
                    _ => None,
                })
                .and_then(|value| match value.get_ref() {
                    DeValue::String(text) => Some(text.as_ref()),
                    _ => None,
                })
        };
        Declared {
            range: match setting(CODES).and_then(|codes| values::spelled(codes, CodeKind::ALL)) {
                Some(CodeKind::Signed) => CodeRange::Signed,
                _ => CodeRange::Unsigned,
            },
            nameless: setting(NAMES).and_then(|names| values::spelled(names, Naming::ALL))
                == Some(Naming::None),
        }
    }
}

fn parse_entries(
    report: &mut Reporter<'_>,
    value: &Value<'_>,
    generated_items: &[&str],
    declared: Declared,
) -> Vec<Entry> {
    let DeValue::Array(items) = value.get_ref() else {
        wrong_type(
            report,
            value,
            &Quoted(ERROR),
            &format_args!(
                "an array of tables: write each entry under its own `[[{ERROR}]]` header"
            ),
        );
        return Vec::new();
    };
    items
        .iter()
        .filter_map(|item| match item.get_ref() {
            DeValue::Table(table) => {
                let entry = parse_entry(report, item.span(), table, declared);
                values::check_entry(report, &entry, generated_items, declared.nameless);
                Some(entry)
            }
            _ => {
                wrong_type(
                    report,
                    item,
                    &format_args!("an `{ERROR}` entry"),
                    &"a table",
                );
                None
            }
        })
        .collect()
}

fn parse_entry(
    report: &mut Reporter<'_>,
    header: Range<usize>,
    table: &DeTable<'_>,
    declared: Declared,
) -> Entry {
    let range = declared.range;
    let mut entry = Entry::new(header.clone());
    for (key, value) in table {
        // A wrong value is named by its key as written: the constant its arm matched.
        let what = Quoted(key.get_ref());
        match key.get_ref().as_ref() {
            NAME => entry.name = string(report, value, &what),
            CODE => entry.code = code(report, value, &what, range),
            DOCUMENTED_CODE => entry.documented_code = code(report, value, &what, range),
            CAPTION => entry.caption = string(report, value, &what),
            MESSAGE => entry.message = string(report, value, &what),
            MESSAGE_KNOWN => entry.message_known = boolean(report, value, &what),
            RELATED => entry.related = related_list(report, value, range),
            ALIASES => entry.aliases = string_list(report, value, &what),
            DESCRIPTION => entry.description = string(report, value, &what),
            FAMILY => entry.family = string(report, value, &what),
            MEANING => entry.meaning = string(report, value, &what),
            CONTEXT => entry.context = string(report, value, &what),
            REMEDIES => entry.remedies = spanned_list(value, string_list(report, value, &what)),
            FAQ => entry.faq = spanned_list(value, faq_list(report, value)),
            PARAMETERS => entry.parameters = parameters::parameters(report, value),
            SUMMARY => entry.summary = string(report, value, &what),
            VARIANT => entry.variant = string(report, value, &what),
            other => unknown_key(
                report,
                key.span(),
                other,
                &format_args!("an `[[{ERROR}]]` entry"),
                ENTRY_KEYS,
            ),
        }
    }
    let present = |key: &str| table.keys().any(|k| k.get_ref() == key);
    // `message_known = false` stands for the message; any other value is refused in values.rs.
    // Entries of a catalog without symbolic names are known by their code alone.
    let required = if declared.nameless {
        REQUIRED_NAMELESS_ENTRY_KEYS
    } else {
        REQUIRED_ENTRY_KEYS
    };
    let missing: Vec<&str> = required
        .iter()
        .copied()
        .filter(|&key| !(present(key) || (key == MESSAGE && present(MESSAGE_KNOWN))))
        .collect();
    if !missing.is_empty() {
        let what = match entry.name() {
            Some(name) => format!("entry {name}"),
            None => format!("this `[[{ERROR}]]` entry"),
        };
        let keys = missing
            .iter()
            .map(|k| format!("`{k}`"))
            .collect::<Vec<_>>()
            .join(", ");
        let noun = if missing.len() == 1 { "key" } else { "keys" };
        report.error(
            header,
            format!("{what} is missing the required {noun} {keys}"),
        );
    }
    entry
}

fn related_list(
    report: &mut Reporter<'_>,
    value: &Value<'_>,
    range: CodeRange,
) -> Vec<Spanned<RelatedRef>> {
    let DeValue::Array(items) = value.get_ref() else {
        wrong_type(
            report,
            value,
            &Quoted(RELATED),
            &format_args!("an array of names, codes or `{{ {NAME}, {CODE} }}` tables"),
        );
        return Vec::new();
    };
    items
        .iter()
        .filter_map(|item| related_item(report, item, range).map(|r| Spanned::new(r, item.span())))
        .collect()
}

/// Whether a string in `related` gives a code (`"0x520"`, `"-1018"`) rather than a name:
/// names start with a letter or `_`, codes with a digit or a sign.
pub(crate) fn related_string_is_code(text: &str) -> bool {
    text.starts_with(|c: char| c.is_ascii_digit() || c == '-')
}

fn related_item(
    report: &mut Reporter<'_>,
    item: &Value<'_>,
    range: CodeRange,
) -> Option<RelatedRef> {
    match item.get_ref() {
        DeValue::String(text) if related_string_is_code(text) => {
            code_from_str(report, text, item.span(), range)
                .map(|c| RelatedRef::Code(Spanned::new(c, item.span())))
        }
        DeValue::String(text) => Some(RelatedRef::Name(Spanned::new(
            text.to_string(),
            item.span(),
        ))),
        DeValue::Integer(_) => code(report, item, &"a related code", range).map(RelatedRef::Code),
        DeValue::Table(table) => {
            let mut name = None;
            let mut code_value = None;
            for (key, value) in table {
                // A wrong value is named by its key as written: the constant its arm matched.
                let what = Quoted(key.get_ref());
                match key.get_ref().as_ref() {
                    NAME => name = string(report, value, &what),
                    CODE => code_value = code(report, value, &what, range),
                    other => {
                        unknown_key(report, key.span(), other, &"a related entry", RELATED_KEYS)
                    }
                }
            }
            let has_key = |wanted: &str| table.keys().any(|k| k.get_ref() == wanted);
            match (name, code_value) {
                (Some(name), Some(code)) => Some(RelatedRef::Both { name, code }),
                (Some(name), None) => Some(RelatedRef::Name(name)),
                (None, Some(code)) => Some(RelatedRef::Code(code)),
                (None, None) => {
                    if !has_key(NAME) && !has_key(CODE) {
                        report.error(
                            item.span(),
                            format!("a related entry needs a `{NAME}`, a `{CODE}` or both"),
                        );
                    }
                    None
                }
            }
        }
        _ => {
            wrong_type(
                report,
                item,
                &"a related entry",
                &format_args!("a name, a code or a `{{ {NAME}, {CODE} }}` table"),
            );
            None
        }
    }
}

/// The items read from an array value, with the array's span; `None` when the value was not
/// an array or none of its items could be read (both already reported), so that the rule
/// against empty lists sees only lists written empty.
fn spanned_list<T>(value: &Value<'_>, items: Vec<T>) -> Option<Spanned<Vec<T>>> {
    match value.get_ref() {
        DeValue::Array(written) if written.is_empty() || !items.is_empty() => {
            Some(Spanned::new(items, value.span()))
        }
        _ => None,
    }
}

fn faq_list(report: &mut Reporter<'_>, value: &Value<'_>) -> Vec<FaqItem> {
    let DeValue::Array(items) = value.get_ref() else {
        wrong_type(
            report,
            value,
            &Quoted(FAQ),
            &format_args!(
                "an array of `{{ {QUESTION} = \"question\", {ANSWER} = \"answer\" }}` tables"
            ),
        );
        return Vec::new();
    };
    items
        .iter()
        .filter_map(|item| faq_item(report, item))
        .collect()
}

fn faq_item(report: &mut Reporter<'_>, item: &Value<'_>) -> Option<FaqItem> {
    let DeValue::Table(table) = item.get_ref() else {
        wrong_type(
            report,
            item,
            &format_args!("each of `{FAQ}`"),
            &format_args!("a `{{ {QUESTION} = \"question\", {ANSWER} = \"answer\" }}` table"),
        );
        return None;
    };
    let mut question = None;
    let mut answer = None;
    for (key, value) in table {
        match key.get_ref().as_ref() {
            QUESTION => {
                question = string(report, value, &format_args!("a question (`{QUESTION}`)"))
            }
            ANSWER => answer = string(report, value, &format_args!("an answer (`{ANSWER}`)")),
            other => unknown_key(
                report,
                key.span(),
                other,
                &format_args!("a `{FAQ}` item"),
                FAQ_KEYS,
            ),
        }
    }
    let has_key = |wanted: &str| table.keys().any(|k| k.get_ref() == wanted);
    let missing: Vec<String> = [(QUESTION, "a question"), (ANSWER, "an answer")]
        .into_iter()
        .filter(|(key, _)| !has_key(key))
        .map(|(key, what)| format!("{what} `{key}`"))
        .collect();
    if !missing.is_empty() {
        report.error(
            item.span(),
            format!("this `{FAQ}` item needs {}", missing.join(" and ")),
        );
    }
    Some(FaqItem {
        question: question?,
        answer: answer?,
    })
}

fn string_list(
    report: &mut Reporter<'_>,
    value: &Value<'_>,
    what: &dyn fmt::Display,
) -> Vec<Spanned<String>> {
    let DeValue::Array(items) = value.get_ref() else {
        wrong_type(report, value, what, &"an array of strings");
        return Vec::new();
    };
    items
        .iter()
        .filter_map(|item| string(report, item, &format_args!("each of {what}")))
        .collect()
}

fn boolean(
    report: &mut Reporter<'_>,
    value: &Value<'_>,
    what: &dyn fmt::Display,
) -> Option<Spanned<bool>> {
    match value.get_ref() {
        DeValue::Boolean(flag) => Some(Spanned::new(*flag, value.span())),
        _ => {
            wrong_type(report, value, what, &"`true` or `false`");
            None
        }
    }
}

fn string(
    report: &mut Reporter<'_>,
    value: &Value<'_>,
    what: &dyn fmt::Display,
) -> Option<Spanned<String>> {
    match value.get_ref() {
        DeValue::String(text) => Some(Spanned::new(text.to_string(), value.span())),
        _ => {
            wrong_type(report, value, what, &"a string");
            None
        }
    }
}

fn unknown_key(
    report: &mut Reporter<'_>,
    span: Range<usize>,
    key: &str,
    place: &dyn fmt::Display,
    known: &[&str],
) {
    let hint = match suggest(key, known.iter().copied()) {
        Some(near) => format!("; did you mean `{near}`?"),
        None => format!(
            "; expected one of {}",
            known
                .iter()
                .map(|k| format!("`{k}`"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    };
    report.error(span, format!("unknown key `{key}` in {place}{hint}"));
}

fn wrong_type(
    report: &mut Reporter<'_>,
    value: &Value<'_>,
    what: &dyn fmt::Display,
    expected: &dyn fmt::Display,
) {
    let found = match value.get_ref() {
        DeValue::String(_) => "a string",
        DeValue::Integer(_) => "an integer",
        DeValue::Float(_) => "a float",
        DeValue::Boolean(_) => "a boolean",
        DeValue::Datetime(_) => "a date-time",
        DeValue::Array(_) => "an array",
        DeValue::Table(_) => "a table",
    };
    report.error(
        value.span(),
        format!("{what} must be {expected}, found {found}"),
    );
}

#[cfg(test)]
mod tests;
