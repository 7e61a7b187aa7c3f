//! Rules on one value, run while parsing as soon as the value's table is read (serde_derive
//! checks its attributes the same way): identifiers, known spellings, texts that say
//! something, symbolic names. Rules that relate entries to each other are in
//! [`crate::valid`].

use crate::ast::{Catalog, Entry, Spanned};
use crate::keys::{
    ALIASES, ARGUMENTS, CAPTION, CODE, CODES, CONTEXT, DESCRIPTION, DOCUMENTED_CODE, ENUM, FAMILY,
    FAQ, MAX_PARAMETERS, MEANING, MESSAGE, MESSAGE_KNOWN, NAME, NAMES, PARAMETERS, REMEDIES,
    SUMMARY, VALUES, VARIANT,
};
use crate::model::{CodeKind, Naming};
use crate::names::{MAX_NAME_BYTES, is_identifier, is_keyword, is_symbolic_name};
use crate::reporter::Reporter;

/// The rules on the values of the `[catalog]` table.
pub(crate) fn check_catalog_table(report: &mut Reporter<'_>, catalog: &Catalog) {
    if let Some(name) = &catalog.enum_name {
        identifier_rule(report, name, &format!("`{ENUM}`"));
    }
    if let Some(codes) = &catalog.codes {
        spelling_is_known(report, codes, CODES, CodeKind::ALL);
    }
    if let Some(names) = &catalog.names {
        spelling_is_known(report, names, NAMES, Naming::ALL);
    }
    if let Some(description) = &catalog.description {
        text_is_not_empty(
            report,
            description,
            &format!("the catalog's `{DESCRIPTION}`"),
        );
    }
    if let Some(family) = &catalog.family {
        text_is_not_empty(report, family, &format!("the catalog's `{FAMILY}`"));
    }
}

/// The rules on the values of one `[[error]]` entry; `generated_items` are the names a
/// variant may not take; `nameless`: the catalog says `names = "none"`.
pub(crate) fn check_entry(
    report: &mut Reporter<'_>,
    entry: &Entry,
    generated_items: &[&str],
    nameless: bool,
) {
    if nameless {
        nameless_entry_has_no_names(report, entry);
    }
    texts_are_not_empty(report, entry);
    section_lists_are_not_empty(report, entry);
    parameters_are_well_formed(report, entry);
    for (name, what) in entry
        .name
        .iter()
        .map(|n| (n, "name"))
        .chain(entry.aliases.iter().map(|a| (a, "alias")))
    {
        name_is_symbolic(report, name, what);
    }
    for name in entry.name.iter().chain(&entry.aliases) {
        name_fits_in_255_bytes(report, name);
    }
    if let Some(variant) = &entry.variant {
        variant_override_is_usable(report, variant, generated_items);
    }
    if let Some(caption) = &entry.caption {
        caption_is_one_line(report, caption, entry.name().unwrap_or("this entry"));
    }
    if let Some(known) = &entry.message_known {
        message_known_says_no_message(report, known, entry);
    }
    if let (Some(documented), Some(code)) = (&entry.documented_code, &entry.code) {
        documented_code_differs(report, documented, code.value, entry);
    }
}

/// `documented_code` records where a documentation disagrees with the system: the entry's
/// own code there says nothing.
fn documented_code_differs(
    report: &mut Reporter<'_>,
    documented: &Spanned<u32>,
    code: u32,
    entry: &Entry,
) {
    if documented.value == code {
        let owner = entry.name().unwrap_or("this entry");
        report.error(
            documented.span.clone(),
            format!(
                "the `{DOCUMENTED_CODE}` of {owner} is its `{CODE}`; give it only where a documentation gives another value than the one the system returns"
            ),
        );
    }
}

/// `message_known` exists to say `false`, in place of a message: `true` says nothing a
/// `message` would not, and `false` beside a message contradicts it.
fn message_known_says_no_message(report: &mut Reporter<'_>, known: &Spanned<bool>, entry: &Entry) {
    let owner = entry.name().unwrap_or("this entry");
    if known.value {
        report.error(
            known.span.clone(),
            format!(
                "`{MESSAGE_KNOWN} = true` says nothing: give {owner} its `{MESSAGE}`, or write `{MESSAGE_KNOWN} = false` when no message is known"
            ),
        );
    } else if let Some(message) = &entry.message {
        report.error(
            message.span.clone(),
            format!(
                "{owner} has a `{MESSAGE}` and `{MESSAGE_KNOWN} = false`; keep the message and remove `{MESSAGE_KNOWN}`, or remove the message"
            ),
        );
    }
}

/// A caption is a title: the message below it holds the lines.
fn caption_is_one_line(report: &mut Reporter<'_>, caption: &Spanned<String>, owner: &str) {
    if caption.value.contains(['\n', '\r']) {
        report.error(
            caption.span.clone(),
            format!("the `{CAPTION}` of {owner} spans several lines; a caption is one line, the message holds the rest"),
        );
    }
}

/// In a catalog of entries known by their code alone, a name would be one the catalog
/// invented: the documentation gives none.
fn nameless_entry_has_no_names(report: &mut Reporter<'_>, entry: &Entry) {
    for (name, key) in entry
        .name
        .iter()
        .map(|n| (n, NAME))
        .chain(entry.aliases.iter().map(|a| (a, ALIASES)))
    {
        report.error(
            name.span.clone(),
            format!(
                "this catalog says `{NAMES} = \"none\"`: its entries are known by their code, so `{key}` \"{}\" has no place here; remove it, or remove `{NAMES} = \"none\"`",
                name.value
            ),
        );
    }
}

/// A setting spelled as one of its known spellings (`codes = "win32"`, `names = "none"`).
fn spelling_is_known<T: Copy>(
    report: &mut Reporter<'_>,
    setting: &Spanned<String>,
    key: &str,
    known: &[(&str, T)],
) {
    if spelled(&setting.value, known).is_none() {
        let known: Vec<String> = known.iter().map(|(k, _)| format!("\"{k}\"")).collect();
        report.error(
            setting.span.clone(),
            format!(
                "`{key}` \"{}\" is not one of {}",
                setting.value,
                known.join(", ")
            ),
        );
    }
}

/// The value `setting` spells, if it is one of `known`.
pub(crate) fn spelled<T: Copy>(setting: &str, known: &[(&str, T)]) -> Option<T> {
    known
        .iter()
        .find(|(spelling, _)| *spelling == setting)
        .map(|&(_, value)| value)
}

/// The naming `names` spells, if it is one.
pub(crate) fn naming(names: &Spanned<String>) -> Option<Naming> {
    spelled(&names.value, Naming::ALL)
}

/// The kind `codes` spells, if it is one.
pub(crate) fn code_kind(codes: &Spanned<String>) -> Option<CodeKind> {
    spelled(&codes.value, CodeKind::ALL)
}

/// A variant override is an identifier, not a keyword, and not the name of a generated item
/// (derived variant names are UpperCamelCase and cannot be one).
fn variant_override_is_usable(
    report: &mut Reporter<'_>,
    variant: &Spanned<String>,
    generated_items: &[&str],
) {
    if generated_items.contains(&variant.value.as_str()) {
        report.error(
            variant.span.clone(),
            format!(
                "`{VARIANT}` \"{}\" is the name of an item every generated type has; choose another",
                variant.value
            ),
        );
    } else {
        identifier_rule(report, variant, &format!("`{VARIANT}`"));
    }
}

fn identifier_rule(report: &mut Reporter<'_>, word: &Spanned<String>, what: &str) {
    if !is_identifier(&word.value) {
        report.error(
            word.span.clone(),
            format!(
                "{what} \"{}\" is not a Rust identifier: use ASCII letters, digits and `_`, not starting with a digit",
                word.value
            ),
        );
    } else if is_keyword(&word.value) {
        report.error(
            word.span.clone(),
            format!("{what} \"{}\" is a Rust keyword", word.value),
        );
    }
}

fn text_is_not_empty(report: &mut Reporter<'_>, text: &Spanned<String>, what: &str) {
    if text.value.trim().is_empty() {
        report.error(text.span.clone(), format!("{what} is empty"));
    }
}

fn texts_are_not_empty(report: &mut Reporter<'_>, entry: &Entry) {
    let owner = entry.name().unwrap_or("this entry");
    if let Some(message) = &entry.message {
        text_is_not_empty(report, message, &format!("the `{MESSAGE}` of {owner}"));
    }
    if let Some(caption) = &entry.caption {
        text_is_not_empty(report, caption, &format!("the `{CAPTION}` of {owner}"));
    }
    if let Some(description) = &entry.description {
        text_is_not_empty(
            report,
            description,
            &format!("the `{DESCRIPTION}` of {owner}"),
        );
    }
    if let Some(family) = &entry.family {
        text_is_not_empty(report, family, &format!("the `{FAMILY}` of {owner}"));
    }
    for (section, key) in [
        (&entry.meaning, MEANING),
        (&entry.context, CONTEXT),
        (&entry.summary, SUMMARY),
    ] {
        if let Some(text) = section {
            text_is_not_empty(report, text, &format!("the `{key}` of {owner}"));
        }
    }
    for (n, remedy) in entry.remedies.iter().flat_map(|r| &r.value).enumerate() {
        text_is_not_empty(report, remedy, &format!("remedy {} of {owner}", n + 1));
    }
    for (n, item) in entry.faq.iter().flat_map(|f| &f.value).enumerate() {
        text_is_not_empty(
            report,
            &item.question,
            &format!("question {} of {owner}", n + 1),
        );
        text_is_not_empty(
            report,
            &item.answer,
            &format!("the answer to question {} of {owner}", n + 1),
        );
    }
}

/// `remedies = []` or `faq = []` says nothing: leaving the key out says the same.
fn section_lists_are_not_empty(report: &mut Reporter<'_>, entry: &Entry) {
    let owner = entry.name().unwrap_or("this entry");
    let remedies = entry
        .remedies
        .as_ref()
        .map(|r| (r.value.is_empty(), &r.span));
    let faq = entry.faq.as_ref().map(|f| (f.value.is_empty(), &f.span));
    for (key, list) in [(REMEDIES, remedies), (FAQ, faq)] {
        if let Some((true, span)) = list {
            report.error(
                span.clone(),
                format!("the `{key}` of {owner} is an empty list; add items or leave the key out"),
            );
        }
    }
}

/// At most four parameters, each saying something, every text of them written, and no
/// value saying what its own parameter holds.
fn parameters_are_well_formed(report: &mut Reporter<'_>, entry: &Entry) {
    let Some(parameters) = &entry.parameters else {
        return;
    };
    let owner = entry.name().unwrap_or("this entry");
    if parameters.value.is_empty() {
        report.error(
            parameters.span.clone(),
            format!(
                "the `{PARAMETERS}` of {owner} is an empty list; add items or leave the key out"
            ),
        );
    }
    for (n, parameter) in parameters.value.iter().enumerate() {
        let number = n + 1;
        if number > MAX_PARAMETERS {
            report.error(
                parameter.span.clone(),
                format!(
                    "{owner} has more than {MAX_PARAMETERS} `{PARAMETERS}`: a code comes with at most four (a bug check's)"
                ),
            );
        }
        if parameter.description.is_none() && parameter.values.is_empty() {
            report.error(
                parameter.span.clone(),
                format!(
                    "parameter {number} of {owner} says nothing: give its `{DESCRIPTION}`, its `{VALUES}` or both"
                ),
            );
        }
        if let Some(description) = &parameter.description {
            text_is_not_empty(
                report,
                description,
                &format!("the description of parameter {number} of {owner}"),
            );
        }
        for value in &parameter.values {
            let what = format!(
                "value {} of parameter {number} of {owner}",
                value.value.value
            );
            text_is_not_empty(
                report,
                &value.value,
                &format!("a value of parameter {number} of {owner}"),
            );
            if let Some(meaning) = &value.meaning {
                text_is_not_empty(report, meaning, &format!("the meaning of {what}"));
            }
            for (k, (argument, key)) in value.arguments.iter().zip(ARGUMENTS).enumerate() {
                let Some(argument) = argument else { continue };
                text_is_not_empty(report, argument, &format!("`{key}` of {what}"));
                if k + 1 == number {
                    report.error(
                        argument.span.clone(),
                        format!(
                            "`{key}` of {what} is the parameter itself: its `{MEANING}` says what the value means"
                        ),
                    );
                }
            }
        }
    }
}

fn name_is_symbolic(report: &mut Reporter<'_>, name: &Spanned<String>, what: &str) {
    if !is_symbolic_name(&name.value) {
        report.error(
            name.span.clone(),
            format!(
                "{what} \"{}\" is not a symbolic name: it must start with an ASCII letter, go on with ASCII letters, digits and `_`, and hold an uppercase letter (like ERROR_ACCESS_DENIED or hrNone)",
                name.value
            ),
        );
    }
}

/// The tables store a name's length in one byte; real symbolic names are far shorter.
fn name_fits_in_255_bytes(report: &mut Reporter<'_>, name: &Spanned<String>) {
    if name.value.len() > MAX_NAME_BYTES {
        report.error(
            name.span.clone(),
            format!(
                "the name {}... is {} bytes long; symbolic names are at most {MAX_NAME_BYTES} bytes",
                name.value.get(..32).unwrap_or(&name.value),
                name.value.len()
            ),
        );
    }
}
