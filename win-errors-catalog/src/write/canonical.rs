//! The canonical layout of a catalog, the one every writer produces: `win-errors fmt`
//! rewrites files into it, keeping their comments, and the importers pass what they write
//! through it.
//!
//! Canonical: `[catalog]` first with its keys in the format's order, then the entries sorted
//! by code, each with its keys in the format's order; strings and codes written one way
//! (codes in hex when most of the catalog writes them in hex or it holds HRESULTs, else in
//! decimal); one blank line between tables. A comment block directly above a table or a key
//! moves with it; a block separated from the first table by a blank line is the file's
//! header and stays on top. Only catalogs that pass every rule are formatted: sorting a
//! catalog with duplicate codes has no single answer.

use std::collections::HashMap;

use toml_edit::{Array, Decor, DocumentMut, InlineTable, Item, RawString, Table, Value};
use win_errors_layout::number::{is_hex, parse_code};

use crate::keys::{
    ALIASES, CATALOG, CATALOG_KEYS, CODE, DESCRIPTION, DOCUMENTED_CODE, ENTRY_KEYS, ERROR, FAQ,
    FAQ_KEYS, NAME, PARAMETERS, RELATED, RELATED_KEYS, REMEDIES, VALUE_KEYS, VALUES,
};
use crate::parse::related_string_is_code;
use crate::write::toml_string;
use crate::{CheckedCatalog, CheckedEntry, CheckedRelated};

/// The code an entry's table gives, as its 32 bits (a negative signed code two's
/// complement), if it is one.
fn table_code(table: &Table) -> Option<u32> {
    match table.get(CODE)?.as_value()? {
        Value::Integer(number) => {
            let number = *number.value();
            u32::try_from(number)
                .ok()
                .or_else(|| i32::try_from(number).ok().map(i32::cast_unsigned))
        }
        Value::String(text) => match text.value().strip_prefix('-') {
            Some(magnitude) => parse_code(magnitude).ok().map(u32::wrapping_neg),
            None => parse_code(text.value()).ok(),
        },
        _ => None,
    }
}

/// How a catalog writes its codes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum CodeStyle {
    Decimal,
    Hex,
    /// A catalog of signed codes: the decimal of the code's 32 bits as an `i32`.
    Signed,
}

impl CodeStyle {
    pub(super) fn value(self, code: u32) -> Value {
        match self {
            CodeStyle::Decimal => Value::from(i64::from(code)),
            CodeStyle::Signed => Value::from(i64::from(code.cast_signed())),
            // A parsed literal keeps its hex form when written out.
            CodeStyle::Hex => format!("0x{code:X}")
                .parse()
                .unwrap_or_else(|_| Value::from(i64::from(code))),
        }
    }
}

/// The canonical text of a catalog that passed the rules (`catalog` is its checked form).
pub fn canonical(source: &str, catalog: &CheckedCatalog) -> Result<String, String> {
    let mut doc: DocumentMut = source.parse().map_err(|e| format!("{e}"))?;
    let style = code_style(&doc, catalog);

    // The file's header: comments above the first table, set off from it by a blank line.
    let first_position = doc
        .iter()
        .filter_map(|(_, item)| match item {
            Item::Table(t) => t.position(),
            Item::ArrayOfTables(a) => a.iter().filter_map(Table::position).min(),
            _ => None,
        })
        .min();
    let mut header: Vec<String> = comments(raw(doc.decor().prefix()));
    for table in tables_mut(&mut doc) {
        let (detached, attached) = split_comments(raw(table.decor().prefix()));
        if table.position() == first_position {
            header.extend(detached);
            set_comments(table.decor_mut(), &[], &attached);
        } else {
            set_comments(table.decor_mut(), &detached, &attached);
        }
    }
    doc.decor_mut().set_prefix("");

    let mut position = 0;
    if let Some(settings) = doc.get_mut(CATALOG).and_then(Item::as_table_mut) {
        settings.set_position(Some(position));
        position += 1;
        order_keys(settings, CATALOG_KEYS);
        for (mut key, item) in settings.iter_mut() {
            tidy_key(key.leaf_decor_mut());
            if let Some(value) = item.as_value_mut() {
                restring(value);
            }
        }
    }
    if let Some(entries) = doc.get_mut(ERROR).and_then(Item::as_array_of_tables_mut) {
        // Each table beside its checked entry, looked up once by name (by code in a catalog
        // without names).
        let by_name: HashMap<&str, &CheckedEntry> = catalog
            .entries
            .iter()
            .map(|e| (e.name.as_str(), e))
            .collect();
        let mut tables: Vec<(Option<&CheckedEntry>, Table)> = entries
            .iter()
            .map(|table| {
                let checked = match table.get(NAME).and_then(Item::as_str) {
                    Some(name) => by_name.get(name).copied(),
                    None => table_code(table).and_then(|code| catalog.by_code(code)),
                };
                (checked, table.clone())
            })
            .collect();
        tables.sort_by_key(|(checked, _)| checked.map(|e| e.code));
        entries.clear();
        for (checked, mut table) in tables {
            table.set_position(Some(position));
            position += 1;
            tidy_entry(&mut table, style, checked, catalog);
            entries.push(table);
        }
    }

    let mut text = doc.to_string();
    let header: String = header.iter().map(|line| format!("{line}\n")).collect();
    text = text.trim_start_matches('\n').to_owned();
    if !header.is_empty() {
        text = format!("{header}\n{text}");
    }
    let trimmed = text.trim_end();
    Ok(format!("{trimmed}\n"))
}

/// Hex when the catalog holds HRESULTs or writes most codes in hex.
fn code_style(doc: &DocumentMut, catalog: &CheckedCatalog) -> CodeStyle {
    if catalog.codes.is_hex() {
        return CodeStyle::Hex;
    }
    if catalog.codes == crate::CodeKind::Signed {
        return CodeStyle::Signed;
    }
    let codes: Vec<String> = doc
        .get(ERROR)
        .and_then(Item::as_array_of_tables)
        .into_iter()
        .flat_map(|entries| entries.iter())
        .filter_map(|t| t.get(CODE).and_then(Item::as_value))
        .map(|v| v.to_string().trim().trim_matches('"').to_owned())
        .collect();
    let hex = codes.iter().filter(|c| is_hex(c)).count();
    if hex * 2 > codes.len() {
        CodeStyle::Hex
    } else {
        CodeStyle::Decimal
    }
}

fn tables_mut(doc: &mut DocumentMut) -> impl Iterator<Item = &mut Table> {
    doc.iter_mut().flat_map(|(_, item)| -> Vec<&mut Table> {
        match item {
            Item::Table(table) => vec![table],
            Item::ArrayOfTables(entries) => entries.iter_mut().collect(),
            _ => Vec::new(),
        }
    })
}

fn raw(part: Option<&RawString>) -> &str {
    part.and_then(RawString::as_str).unwrap_or("")
}

/// The comment lines of a decor, trimmed.
fn comments(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| l.starts_with('#'))
        .map(str::to_owned)
        .collect()
}

/// A table's comments: those set off from it by a blank line, and those directly above it.
fn split_comments(prefix: &str) -> (Vec<String>, Vec<String>) {
    let lines: Vec<&str> = prefix.lines().map(str::trim).collect();
    let last_blank = lines.iter().rposition(|l| l.is_empty());
    match last_blank {
        Some(blank) => {
            let (detached, attached) = lines.split_at(blank);
            let keep = |ls: &[&str]| -> Vec<String> {
                ls.iter()
                    .filter(|l| l.starts_with('#'))
                    .map(|l| (*l).to_owned())
                    .collect()
            };
            (keep(detached), keep(attached))
        }
        None => (Vec::new(), comments(prefix)),
    }
}

fn set_comments(decor: &mut Decor, detached: &[String], attached: &[String]) {
    let mut prefix = String::from("\n");
    for line in detached {
        prefix.push_str(line);
        prefix.push('\n');
    }
    if !detached.is_empty() {
        prefix.push('\n');
    }
    for line in attached {
        prefix.push_str(line);
        prefix.push('\n');
    }
    decor.set_prefix(prefix);
    decor.set_suffix(trailing_comment(raw(decor.suffix())));
}

/// A comment after a value or header on the same line, as ` # text`, or nothing.
fn trailing_comment(suffix: &str) -> String {
    suffix
        .find('#')
        .and_then(|at| suffix.get(at..))
        .map_or(String::new(), |c| format!(" {}", c.trim_end()))
}

/// `key = value` with the comment lines above the key kept.
fn tidy_key(decor: &mut Decor) {
    let prefix: String = comments(raw(decor.prefix()))
        .iter()
        .map(|line| format!("{line}\n"))
        .collect();
    decor.set_prefix(prefix);
    decor.set_suffix(" ");
}

/// The value with canonical spacing, keeping a comment after it on the line.
fn tidy_value_decor(value: &mut Value, old: &Decor) {
    let suffix = trailing_comment(raw(old.suffix()));
    value.decor_mut().set_prefix(" ");
    value.decor_mut().set_suffix(suffix);
}

fn order_keys(table: &mut Table, order: &[&str]) {
    let rank = |key: &str| order.iter().position(|k| *k == key).unwrap_or(order.len());
    table.sort_values_by(|a, _, b, _| rank(a.get()).cmp(&rank(b.get())));
}

/// A string value written the canonical way (the importers' way: a basic string), with its
/// spacing and comment.
fn restring(value: &mut Value) {
    if let Some(text) = value.as_str() {
        let old = value.decor().clone();
        *value = basic_string(text);
        tidy_value_decor(value, &old);
    }
}

/// `text` as a basic string value (`"..."`), the one way catalogs write strings.
pub(super) fn basic_string(text: &str) -> Value {
    toml_string(text)
        .parse()
        .unwrap_or_else(|_| Value::from(text))
}

/// One entry in canonical form. Codes come from its checked entry (its own, and its related
/// entries' in order), so that reading a code is the rule book's job alone.
fn tidy_entry(
    table: &mut Table,
    style: CodeStyle,
    checked: Option<&CheckedEntry>,
    catalog: &CheckedCatalog,
) {
    order_keys(table, ENTRY_KEYS);
    for (mut key, item) in table.iter_mut() {
        tidy_key(key.leaf_decor_mut());
        let Some(value) = item.as_value_mut() else {
            continue;
        };
        let old = value.decor().clone();
        match key.get() {
            CODE => {
                if let Some(entry) = checked {
                    *value = style.value(entry.code);
                }
            }
            DOCUMENTED_CODE => {
                if let Some(code) = checked.and_then(|entry| entry.documented_code) {
                    *value = style.value(code);
                }
            }
            ALIASES => {
                if let Some(items) = value.as_array_mut() {
                    tidy_array(items, restring);
                }
            }
            REMEDIES => {
                if let Some(items) = value.as_array_mut() {
                    one_item_a_line(items, restring);
                }
            }
            FAQ => {
                if let Some(items) = value.as_array_mut() {
                    one_item_a_line(items, tidy_faq);
                }
            }
            PARAMETERS => {
                if let Some(items) = value.as_array_mut() {
                    one_item_a_line(items, tidy_parameter);
                }
            }
            RELATED => {
                if let (Some(items), Some(entry)) = (value.as_array_mut(), checked) {
                    let mut codes = entry.related.iter().filter_map(|related| match related {
                        CheckedRelated::Own(i) => catalog.entries.get(*i).map(|e| e.code),
                        CheckedRelated::Shipped(shipped) => Some(shipped.code),
                    });
                    tidy_array(items, |item| tidy_related(item, style, codes.next()));
                }
            }
            _ => restring(value),
        }
        tidy_value_decor(value, &old);
    }
}

/// Each item made canonical; the array on one line unless comments inside it need lines.
fn tidy_array(items: &mut Array, mut tidy: impl FnMut(&mut Value)) {
    let commented = items.iter().any(|item| {
        raw(item.decor().prefix()).contains('#') || raw(item.decor().suffix()).contains('#')
    }) || raw(Some(items.trailing())).contains('#');
    for item in items.iter_mut() {
        let old = item.decor().clone();
        tidy(item);
        *item.decor_mut() = old;
    }
    if !commented {
        items.fmt();
        items.set_trailing("");
        items.set_trailing_comma(false);
    }
}

/// Each item made canonical, on a line of its own: remedies and answers are sentences, which
/// read and diff better one a line. Comments beside items stay where they are.
fn one_item_a_line(items: &mut Array, mut tidy: impl FnMut(&mut Value)) {
    let indented = |lines: Vec<String>| -> String {
        lines.iter().map(|line| format!("\n    {line}")).collect()
    };
    for item in items.iter_mut() {
        let old = item.decor().clone();
        tidy(item);
        let prefix = indented(comments(raw(old.prefix())));
        item.decor_mut().set_prefix(format!("{prefix}\n    "));
        let suffix = raw(old.suffix());
        // A comment after an item (before its comma) keeps its line end.
        item.decor_mut().set_suffix(if suffix.contains('#') {
            suffix.to_owned()
        } else {
            String::new()
        });
    }
    let trailing = indented(comments(raw(Some(items.trailing()))));
    items.set_trailing(format!("{trailing}\n"));
    items.set_trailing_comma(true);
}

/// A FAQ item as `{ q = "...", a = "..." }`.
fn tidy_faq(item: &mut Value) {
    let Some(table) = item.as_inline_table() else {
        return;
    };
    let mut tidy = InlineTable::new();
    for key in FAQ_KEYS {
        if let Some(text) = table.get(key).and_then(Value::as_str) {
            tidy.insert(*key, basic_string(text));
        }
    }
    tidy.fmt();
    *item = Value::InlineTable(tidy);
}

/// A parameter as `{ description = "...", values = [{ value = "...", meaning = "...", arg2 =
/// "..." }] }`, its keys and its values' keys in the format's order.
fn tidy_parameter(item: &mut Value) {
    let Some(table) = item.as_inline_table() else {
        return;
    };
    let mut tidy = InlineTable::new();
    if let Some(text) = table.get(DESCRIPTION).and_then(Value::as_str) {
        tidy.insert(DESCRIPTION, basic_string(text));
    }
    if let Some(values) = table.get(VALUES).and_then(Value::as_array) {
        let mut array = Array::new();
        for value in values {
            let Some(written) = value.as_inline_table() else {
                continue;
            };
            let mut row = InlineTable::new();
            for key in VALUE_KEYS {
                if let Some(text) = written.get(key).and_then(Value::as_str) {
                    row.insert(*key, basic_string(text));
                }
            }
            row.fmt();
            array.push(Value::InlineTable(row));
        }
        array.fmt();
        tidy.insert(VALUES, Value::Array(array));
    }
    tidy.fmt();
    *item = Value::InlineTable(tidy);
}

/// A related reference in canonical form; `code` is the code of the entry it resolves to.
fn tidy_related(item: &mut Value, style: CodeStyle, code: Option<u32>) {
    if item
        .as_str()
        .is_some_and(|text| !related_string_is_code(text))
    {
        restring(item);
        return;
    }
    if item.is_integer() || item.is_str() {
        if let Some(code) = code {
            *item = style.value(code);
        }
        return;
    }
    if let Some(table) = item.as_inline_table() {
        let mut tidy = InlineTable::new();
        for key in RELATED_KEYS {
            match (*key, table.get(key)) {
                (NAME, Some(name)) => {
                    if let Some(text) = name.as_str() {
                        tidy.insert(NAME, basic_string(text));
                    }
                }
                (CODE, Some(_)) => {
                    if let Some(code) = code {
                        tidy.insert(CODE, style.value(code));
                    }
                }
                _ => {}
            }
        }
        tidy.fmt();
        *item = Value::InlineTable(tidy);
    }
}

#[cfg(test)]
mod tests;
