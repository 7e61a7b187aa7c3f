//! What the tool prints, over one model: an [`Entry`] of the library, with the [`Reading`]
//! of a query that found it. One module per format: [`text`] for people (coloured on a
//! terminal), [`json`] for scripts (one schema for lookups, `--search`, `--list` and `scan`).

pub mod json;
pub mod text;

use std::io::Write;

use win_errors_core::{Entry, Reading};

pub use text::Style;

/// Prints the entries of a lookup, a search or a list, one after another, in one format.
pub struct Printer<'o> {
    out: &'o mut dyn Write,
    json: bool,
    style: Style,
    first: bool,
}

impl<'o> Printer<'o> {
    /// A printer of JSON lines, or of text in `style`.
    pub fn new(out: &'o mut dyn Write, json: bool, style: Style) -> Self {
        Printer {
            out,
            json,
            style,
            first: true,
        }
    }

    /// Prints `entry`; `found_by` is the query that found it and how it was read, `further`
    /// whether a better reading of the same query came before it.
    pub fn entry(&mut self, entry: Entry, found_by: Option<(&str, Reading)>, further: bool) {
        let reading = found_by.map(|(_, reading)| reading);
        let printed = if self.json {
            let mut value = json::JsonEntry::new(entry, reading);
            if let Some((query, _)) = found_by {
                value.query = Some(query.to_owned());
                value.found = Some(true);
            }
            json::line(&value)
        } else {
            // A blank line between entries; a further reading of the same query says so.
            let gap = if self.first { "" } else { "\n" };
            let also = match reading {
                Some(reading) if further => text::also_as(reading, self.style),
                _ => String::new(),
            };
            format!("{gap}{also}{}", text::entry(entry, reading, self.style))
        };
        self.first = false;
        let _ = self.out.write_all(printed.as_bytes());
    }

    /// Prints that `query` found nothing, and why: a JSON object, so that a script pairs every
    /// query with its answer; nothing in text, where stderr says it.
    pub fn miss(&mut self, query: &str, why: &str) {
        if self.json {
            let miss = json::JsonMiss {
                query,
                found: false,
                error: why,
            };
            let _ = self.out.write_all(json::line(&miss).as_bytes());
        }
    }
}
