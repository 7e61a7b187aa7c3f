//! Lowering a catalog that passed every rule into the [`CheckedCatalog`]: entries sorted by
//! code, references as positions, each entry's variant and sections.

use crate::ast::{Catalog, Entry, RelatedRef, Spanned};
use core::ops::Range;

use crate::model::{
    CheckedCatalog, CheckedEntry, CheckedRelated, CodeKind, DEFAULT_ENUM_NAME, Faq, Parameter,
    ParameterValue, Sections, ShippedRelated,
};
use crate::names::variant_name;
use crate::reporter::Reporter;
use crate::valid::{Resolved, Target};
use win_errors_layout::variant_name::code_variant_name;

/// The variant an entry generates, and where to point when it is wrong: its `variant`, else
/// one derived from its symbolic name, else (in a catalog without names) from its code.
pub(crate) fn variant_of(catalog: &Catalog, entry: &Entry) -> Option<(String, Range<usize>)> {
    match (&entry.variant, &entry.name, &entry.code) {
        (Some(variant), _, _) => Some((variant.value.clone(), variant.span.clone())),
        (None, Some(name), _) => Some((variant_name(&name.value), name.span.clone())),
        (None, None, Some(code)) if catalog.is_nameless() => {
            let name = code_name(catalog.kind(), code.value);
            Some((code_variant_name(&name), code.span.clone()))
        }
        (None, None, _) => None,
    }
}

/// The name of an entry known by its code alone: the code as its documentation writes it,
/// in decimal (signed for signed codes), or eight hex digits for HRESULT and NTSTATUS codes.
fn code_name(kind: CodeKind, code: u32) -> String {
    match kind {
        CodeKind::Signed => code.cast_signed().to_string(),
        _ if kind.is_hex() => format!("0x{code:08X}"),
        _ => code.to_string(),
    }
}

fn sections(entry: &Entry) -> Sections {
    let text = |section: &Option<Spanned<String>>| section.as_ref().map(|s| s.value.clone());
    Sections {
        meaning: text(&entry.meaning),
        context: text(&entry.context),
        remedies: entry
            .remedies
            .iter()
            .flat_map(|r| &r.value)
            .map(|r| r.value.clone())
            .collect(),
        faq: entry
            .faq
            .iter()
            .flat_map(|f| &f.value)
            .map(|item| Faq {
                question: item.question.value.clone(),
                answer: item.answer.value.clone(),
            })
            .collect(),
        parameters: entry
            .parameters
            .iter()
            .flat_map(|p| &p.value)
            .map(|parameter| Parameter {
                description: text(&parameter.description),
                values: parameter
                    .values
                    .iter()
                    .map(|value| ParameterValue {
                        value: value.value.value.clone(),
                        meaning: text(&value.meaning),
                        arguments: value.arguments.clone().map(|a| a.map(|a| a.value)),
                    })
                    .collect(),
            })
            .collect(),
        summary: text(&entry.summary),
    }
}

/// Builds the checked model: entries sorted by code, related references as sorted positions.
pub(crate) fn lower(
    catalog: &Catalog,
    related: &Resolved<'_>,
    report: &Reporter<'_>,
) -> Option<CheckedCatalog> {
    let mut order: Vec<usize> = (0..catalog.entries.len()).collect();
    order.sort_by_key(|&i| {
        catalog
            .entries
            .get(i)
            .and_then(|e| e.code.as_ref())
            .map(|c| c.value)
    });
    let mut sorted_position = vec![0; order.len()];
    for (sorted, &original) in order.iter().enumerate() {
        *sorted_position.get_mut(original)? = sorted;
    }
    let mut entries = Vec::with_capacity(order.len());
    for &original in &order {
        let entry = catalog.entries.get(original)?;
        let code = entry.code.as_ref()?.value;
        let name = match &entry.name {
            Some(name) => name.value.clone(),
            None if catalog.is_nameless() => code_name(catalog.kind(), code),
            None => return None,
        };
        let variant = variant_of(catalog, entry)?.0;
        let related = related
            .get(original)?
            .iter()
            .zip(&entry.related)
            .map(|(target, reference)| match (*target)? {
                Target::Own(position) => sorted_position
                    .get(position)
                    .copied()
                    .map(CheckedRelated::Own),
                Target::Shipped(shipped) => {
                    let named = match &reference.value {
                        RelatedRef::Name(name) | RelatedRef::Both { name, .. } => &name.span,
                        RelatedRef::Code(_) => &reference.span,
                    };
                    let at = report.position(named.start);
                    Some(CheckedRelated::Shipped(ShippedRelated {
                        type_name: shipped.catalog.type_name.clone(),
                        name: shipped.entry.name.clone(),
                        variant: shipped.entry.variant.clone(),
                        code: shipped.entry.code,
                        codes: shipped.catalog.codes,
                        line: at.line,
                        column: at.column,
                    }))
                }
            })
            .collect::<Option<Vec<_>>>()?;
        entries.push(CheckedEntry {
            name,
            code,
            documented_code: entry.documented_code.as_ref().map(|c| c.value),
            caption: entry.caption.as_ref().map(|c| c.value.clone()),
            message: message(entry)?,
            description: entry.description.as_ref().map(|d| d.value.clone()),
            family: entry
                .family
                .as_ref()
                .or(catalog.family.as_ref())
                .map(|f| f.value.clone()),
            aliases: entry.aliases.iter().map(|a| a.value.clone()).collect(),
            sections: sections(entry),
            variant,
            variant_overridden: entry.variant.is_some(),
            related,
            referenced_by: Vec::new(),
        });
    }
    for source in 0..entries.len() {
        let targets: Vec<usize> = entries
            .get(source)?
            .related
            .iter()
            .filter_map(CheckedRelated::own)
            .collect();
        for target in targets {
            entries.get_mut(target)?.referenced_by.push(source);
        }
    }
    Some(CheckedCatalog {
        enum_name: catalog
            .enum_name
            .as_ref()
            .map_or_else(|| DEFAULT_ENUM_NAME.to_owned(), |n| n.value.clone()),
        description: catalog.description.as_ref().map(|d| d.value.clone()),
        codes: catalog.kind(),
        naming: catalog.naming(),
        non_exhaustive: catalog
            .non_exhaustive
            .as_ref()
            .is_some_and(|flag| flag.value),
        entries,
    })
}

/// The entry's message, `Some(None)` for `message_known = false`, and `None` for an entry the
/// rules have already reported (neither).
fn message(entry: &Entry) -> Option<Option<String>> {
    match (&entry.message, &entry.message_known) {
        (Some(message), _) => Some(Some(message.value.clone())),
        (None, Some(known)) if !known.value => Some(None),
        (None, _) => None,
    }
}
