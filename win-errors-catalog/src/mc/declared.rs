//! The names a message file's header declares (`SeverityNames`, `FacilityNames`,
//! `LanguageNames`), with the message compiler's defaults, and one declaration of a list.

use win_errors_layout::parse_code;

use crate::ast::Spanned;
use crate::names::suggest;
use crate::reporter::Reporter;

/// A declared name, `Error` in `SeverityNames`, and its value.
#[derive(Clone)]
struct Declared {
    name: String,
    value: u32,
}

/// The names one `...Names` keyword declares, the compiler's defaults first; a later
/// declaration of a name replaces its value.
#[derive(Clone)]
pub(super) struct Names {
    what: &'static str,
    /// The keyword that declares them (`SeverityNames`).
    pub(super) keyword: &'static str,
    max: u32,
    declared: Vec<Declared>,
}

impl Names {
    pub(super) fn new(
        what: &'static str,
        keyword: &'static str,
        max: u32,
        defaults: &[(&str, u32)],
    ) -> Self {
        let declared = defaults
            .iter()
            .map(|&(name, value)| Declared {
                name: name.to_owned(),
                value,
            })
            .collect();
        Names {
            what,
            keyword,
            max,
            declared,
        }
    }

    fn declare(&mut self, name: &str, value: u32) {
        match self.declared.iter_mut().find(|d| d.name == name) {
            Some(existing) => existing.value = value,
            None => self.declared.push(Declared {
                name: name.to_owned(),
                value,
            }),
        }
    }

    /// The value of `name`, if declared.
    pub(super) fn value(&self, name: &str) -> Option<u32> {
        self.declared
            .iter()
            .find(|d| d.name == name)
            .map(|d| d.value)
    }

    /// The value of `name`, or a diagnostic naming the declared ones.
    pub(super) fn value_of(&self, report: &mut Reporter<'_>, name: &Spanned<&str>) -> Option<u32> {
        if let Some(value) = self.value(name.value) {
            return Some(value);
        }
        let known: Vec<&str> = self.declared.iter().map(|d| d.name.as_str()).collect();
        let hint = match suggest(name.value, known.iter().copied()) {
            Some(near) => format!("; did you mean {near}?"),
            None => format!(
                "; declare it in `{}` or use one of {}",
                self.keyword,
                known.join(", ")
            ),
        };
        report.error(
            name.span.clone(),
            format!("{} `{}` is not declared{hint}", self.what, name.value),
        );
        None
    }
}

/// `name=value[:symbol]` of a names list (spaces around `=` allowed).
pub(super) fn declaration(report: &mut Reporter<'_>, names: &mut Names, token: Spanned<&str>) {
    let (name, rest) = token.value.split_once('=').unwrap_or((token.value, ""));
    let (name, rest) = (name.trim_end(), rest.trim_start());
    let value_text = rest.split_once(':').map_or(rest, |(value, _)| value);
    if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        report.error(
            token.span,
            format!(
                "`{}` is no `Name=value` of `{}`",
                token.value, names.keyword
            ),
        );
        return;
    }
    match parse_code(value_text).ok() {
        Some(value) if value <= names.max => names.declare(name, value),
        Some(value) => report.error(
            token.span,
            format!(
                "{} {name} is {value} (0x{value:X}); the largest a code holds is 0x{:X}",
                names.what, names.max
            ),
        ),
        None => report.error(
            token.span,
            format!(
                "`{}` gives {name} no number: write `{name}=0x1`",
                token.value
            ),
        ),
    }
}
