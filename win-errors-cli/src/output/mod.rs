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

/// A name and a code a query writes side by side (`E_ACCESSDENIED (0x80070005)`), and
/// whether they are one error: both formats say it with the query's entries.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pairing {
    /// The name, as written.
    pub name: String,
    /// The name's entry.
    pub named: Entry,
    /// The code, as written.
    pub code: String,
    /// The code's best entry.
    pub coded: Entry,
    /// Whether the code is the named entry in one of its readings.
    pub agree: bool,
}

impl Pairing {
    /// The pair a scanner found in a query.
    pub fn new(pair: &win_errors_scan::Pair<'_>) -> Self {
        Pairing {
            name: pair.name.text.to_owned(),
            named: pair.name.entry,
            code: pair.code.text.to_owned(),
            coded: pair.code.entry,
            agree: pair.agree(),
        }
    }
}

/// How an entry a query found stands to the one printed before it for the same query.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Further<'q> {
    /// The query's first entry, or an entry of a search or a list.
    No,
    /// A further reading of the same code (`0x7E` as a Win32 error, then as a bug check).
    Reading,
    /// Another code the pasted text holds, as written.
    Code(&'q str),
    /// An entry a documentation gives the value of the query (as written), while Windows
    /// returns another.
    Documented(&'q str),
}

/// Prints the entries of a lookup, a search or a list, one after another, in one format.
pub struct Printer<'o> {
    out: &'o mut dyn Write,
    json: bool,
    style: Style,
    first: bool,
    pairing: Option<Pairing>,
    extend: Option<win_errors_core::SetupExtend>,
    /// The arguments the query wrote after its code, for the first entry that follows.
    arguments: Vec<u64>,
    /// Text on one line an entry, for long lists.
    one_line: bool,
}

impl<'o> Printer<'o> {
    /// A printer of JSON lines, or of text in `style`.
    pub fn new(out: &'o mut dyn Write, json: bool, style: Style) -> Self {
        Printer {
            out,
            json,
            style,
            first: true,
            pairing: None,
            extend: None,
            arguments: Vec::new(),
            one_line: false,
        }
    }

    /// The name and code the query whose entries follow writes side by side, or none; text
    /// says it once above them, JSON in each of them.
    pub fn pairing(&mut self, pairing: Option<Pairing>) {
        if let Some(pairing) = &pairing {
            self.above(|style| text::pairing(pairing, style));
        }
        self.pairing = pairing;
    }

    /// The extend code the query whose entries follow writes after a Windows setup result
    /// code (`0xC1900101 - 0x20017`), with what the documentation says of that pair of the
    /// entry `result` (its FAQ's answer to the pair), or none: text says it once above them,
    /// JSON in each of them.
    pub fn extend(&mut self, extend: Option<win_errors_core::SetupExtend>, result: Option<Entry>) {
        if let Some(extend) = extend {
            self.above(|style| text::extend(extend, result, style));
        }
        self.extend = extend;
    }

    /// In text, the `lines` written above the entries of a query, which follow them without
    /// a gap; nothing in JSON, where each entry carries what they say.
    fn above(&mut self, lines: impl FnOnce(Style) -> String) {
        if self.json {
            return;
        }
        let gap = if self.first { "" } else { "\n" };
        let _ = write!(self.out, "{gap}{}", lines(self.style));
        self.first = true;
    }

    /// Whether text shows each entry on one line (`--oneline`, or a long list).
    pub fn one_line(&mut self, one_line: bool) {
        self.one_line = one_line;
    }

    /// The arguments the query writes after its code (a bug check's), explained by the
    /// parameters of the entry printed next.
    pub fn arguments(&mut self, arguments: Vec<u64>) {
        self.arguments = arguments;
    }

    /// Prints `entry`; `found_by` is the query that found it and how it was read, `further`
    /// how it follows the query's entry before it.
    pub fn entry(&mut self, entry: Entry, found_by: Option<(&str, Reading)>, further: Further<'_>) {
        let reading = found_by.map(|(_, reading)| reading);
        let printed = if self.json {
            let mut value = json::JsonEntry::new(entry, reading);
            if let Some((query, _)) = found_by {
                value.query = Some(query.to_owned());
                value.found = Some(true);
                value.pair = self.pairing.as_ref().map(json::JsonPair::new);
                value.extend = self.extend.map(json::JsonExtend::new);
                value.arguments = explained(entry, &self.arguments)
                    .map(json::JsonArgument::new)
                    .collect();
            }
            if let Further::Documented(query) = further {
                value.query = Some(query.to_owned());
                value.found = Some(true);
            }
            json::line(&value)
        } else if self.one_line {
            text::one_line(entry, self.style)
        } else {
            // A blank line between entries; a further reading of the same query says so.
            let gap = if self.first { "" } else { "\n" };
            let also = match (reading, further) {
                (Some(reading), Further::Reading) => text::also_as(reading, self.style),
                (Some(_), Further::Code(code)) => text::also_in_text(code, self.style),
                (_, Further::Documented(query)) => text::documented_as(query, entry, self.style),
                _ => String::new(),
            };
            let arguments = text::arguments(explained(entry, &self.arguments), self.style);
            format!(
                "{gap}{also}{}{arguments}",
                text::entry(entry, reading, self.style)
            )
        };
        // The arguments are the first entry's: the code they came after.
        self.arguments.clear();
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

/// `arguments` explained by `entry`'s parameters; none when there are no arguments.
fn explained(entry: Entry, arguments: &[u64]) -> impl Iterator<Item = win_errors_core::Argument> {
    win_errors_core::explain_arguments(entry.parameters(), arguments)
        .into_iter()
        .flatten()
}
