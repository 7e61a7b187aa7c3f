//! Reading `parameters`: an array of `{ description = "...", values = [...] }` tables, a
//! parameter each in order, each value a `{ value = "0x3", meaning = "...", arg2 = "..." }`
//! table.

use toml::de::DeValue;

use super::{Quoted, Value, spanned_list, string, unknown_key, wrong_type};
use crate::ast::{ParameterItem, Spanned, ValueItem};
use crate::keys::{
    ARGUMENTS, DESCRIPTION, MEANING, PARAMETER_KEYS, PARAMETERS, VALUE, VALUE_KEYS, VALUES,
};
use crate::reporter::Reporter;

const PARAMETER_SHAPE: &str = "`{ description = \"...\", values = [...] }`";
const VALUE_SHAPE: &str = "`{ value = \"0x3\", meaning = \"...\" }`";

/// `parameters`, or `None` when it is no array or none of its items could be read.
pub(super) fn parameters(
    report: &mut Reporter<'_>,
    value: &Value<'_>,
) -> Option<Spanned<Vec<ParameterItem>>> {
    let DeValue::Array(items) = value.get_ref() else {
        wrong_type(
            report,
            value,
            &Quoted(PARAMETERS),
            &format_args!("an array of {PARAMETER_SHAPE} tables"),
        );
        return None;
    };
    let read = items
        .iter()
        .filter_map(|item| parameter(report, item))
        .collect();
    spanned_list(value, read)
}

fn parameter(report: &mut Reporter<'_>, item: &Value<'_>) -> Option<ParameterItem> {
    let DeValue::Table(table) = item.get_ref() else {
        wrong_type(
            report,
            item,
            &format_args!("each of `{PARAMETERS}`"),
            &format_args!("a {PARAMETER_SHAPE} table"),
        );
        return None;
    };
    let mut parameter = ParameterItem {
        span: item.span(),
        description: None,
        values: Vec::new(),
    };
    for (key, value) in table {
        match key.get_ref().as_ref() {
            DESCRIPTION => {
                parameter.description = string(report, value, &Quoted(DESCRIPTION));
            }
            VALUES => parameter.values = values(report, value),
            other => unknown_key(
                report,
                key.span(),
                other,
                &format_args!("a `{PARAMETERS}` item"),
                PARAMETER_KEYS,
            ),
        }
    }
    Some(parameter)
}

fn values(report: &mut Reporter<'_>, value: &Value<'_>) -> Vec<ValueItem> {
    let DeValue::Array(items) = value.get_ref() else {
        wrong_type(
            report,
            value,
            &Quoted(VALUES),
            &format_args!("an array of {VALUE_SHAPE} tables"),
        );
        return Vec::new();
    };
    items
        .iter()
        .filter_map(|item| value_item(report, item))
        .collect()
}

fn value_item(report: &mut Reporter<'_>, item: &Value<'_>) -> Option<ValueItem> {
    let DeValue::Table(table) = item.get_ref() else {
        wrong_type(
            report,
            item,
            &format_args!("each of `{VALUES}`"),
            &VALUE_SHAPE,
        );
        return None;
    };
    let mut written = None;
    let mut meaning = None;
    let mut arguments: [Option<Spanned<String>>; 4] = Default::default();
    for (key, value) in table {
        let key_text = key.get_ref().as_ref();
        match key_text {
            VALUE => written = string(report, value, &Quoted(VALUE)),
            MEANING => meaning = string(report, value, &Quoted(MEANING)),
            other => match arguments
                .iter_mut()
                .zip(ARGUMENTS)
                .find(|(_, key)| *key == other)
            {
                Some((slot, key)) => *slot = string(report, value, &Quoted(key)),
                None => unknown_key(
                    report,
                    key.span(),
                    other,
                    &format_args!("a parameter's `{VALUES}` item"),
                    VALUE_KEYS,
                ),
            },
        }
    }
    if !table.keys().any(|k| k.get_ref() == VALUE) {
        report.error(
            item.span(),
            format!("this `{VALUES}` item needs the value it explains, `{VALUE}`"),
        );
    }
    Some(ValueItem {
        span: item.span(),
        value: written?,
        meaning,
        arguments,
    })
}
