//! What the tool prints, over one model: an [`Entry`] of the library, with the [`Reading`]
//! of a query that found it. One module per format: [`text`] for people (coloured on a
//! terminal), [`json`] for scripts (one schema for lookups, `--search`, `--list` and `scan`).

pub mod json;
pub mod text;

use std::io::Write;

use win_errors_core::{CodeSpace, Entry, Form, Hresult, NtStatusCode, Reading};

pub use text::Style;

/// The code a query gave, where it says more than the entry it found: the HRESULT or the
/// NTSTATUS that carried the entry's code (`0x80070005`, `0xC0070005`), or an HRESULT
/// failure that is the entry (`0x80004005`). Both formats show it, each its own way.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Envelope {
    /// An HRESULT.
    Hresult(Hresult),
    /// An NTSTATUS carrying a Win32 error (`FACILITY_NTWIN32`).
    NtStatus(NtStatusCode),
}

impl Envelope {
    /// The envelope of `reading`, if it has one; a name has none.
    pub fn of(reading: Reading) -> Option<Envelope> {
        if reading.form == Form::Name {
            return None;
        }
        let hresult = Hresult(reading.number);
        match (reading.carried_in, reading.space) {
            (Some(CodeSpace::Hresult), _) => Some(Envelope::Hresult(hresult)),
            (Some(CodeSpace::NtStatus), _) => {
                Some(Envelope::NtStatus(NtStatusCode(reading.number)))
            }
            (None, CodeSpace::Hresult) if hresult.is_failure() => Some(Envelope::Hresult(hresult)),
            _ => None,
        }
    }
}

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
