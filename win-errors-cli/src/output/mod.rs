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

    /// Prints `entry`; `reading` is how a query found it, `further` whether a better reading
    /// of the same query came before it.
    pub fn entry(&mut self, entry: Entry, reading: Option<Reading>, further: bool) {
        let printed = if self.json {
            json::line(&json::JsonEntry::new(entry, reading))
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
}
