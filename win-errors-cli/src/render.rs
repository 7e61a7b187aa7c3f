//! What the tool prints: text for people (coloured on a terminal), JSON for scripts.

use std::fmt::Write as _;

use serde::Serialize;
use win_errors::{
    CodeSpace, ComError, ErrorCatalog, EseError, Hresult, MciError, MsiError, NtStatus,
    NtStatusCode, PdhStatus, RasError, Reading, WinError,
};

use crate::lookup::{Hit, Via, with_hit};

/// A catalog entry the tool can print: any catalog type, and its HRESULT form.
pub trait Shown: ErrorCatalog {
    /// The entry as an HRESULT, when its code space has an HRESULT form (most have none).
    fn hresult(self) -> Option<Hresult> {
        None
    }
    /// The code as the text output writes it: its decimal and hex, and its signed decimal
    /// when that differs: `3221225477 (0xC0000005, signed -1073741819)`.
    fn spelled(self) -> String {
        spellings(self.code())
    }
    /// The entry's first line in text output: its symbolic name.
    fn title(self) -> String {
        self.name().to_owned()
    }
    /// The same error in the other catalog, as `(label, name, code, message)`: a Win32
    /// entry's HRESULT form in the COM catalog, or the Win32 entry a COM code wraps; none for
    /// the spaces of their own.
    fn counterpart(self) -> Option<(&'static str, &'static str, u32, Option<&'static str>)> {
        None
    }
}

impl Shown for WinError {
    fn hresult(self) -> Option<Hresult> {
        Some(Hresult::from(self))
    }
    fn counterpart(self) -> Option<(&'static str, &'static str, u32, Option<&'static str>)> {
        Hresult::from(self)
            .known()
            .map(|com| labelled("as COM", com))
    }
}

impl Shown for ComError {
    fn hresult(self) -> Option<Hresult> {
        Some(Hresult::from(self))
    }
    fn counterpart(self) -> Option<(&'static str, &'static str, u32, Option<&'static str>)> {
        Hresult::from(self)
            .win32()
            .map(|win32| labelled("as Win32", win32))
    }
}

impl Shown for NtStatus {
    /// `HRESULT_FROM_NT`: the NTSTATUS with the N bit.
    fn hresult(self) -> Option<Hresult> {
        Some(NtStatusCode::from(self).to_hresult())
    }
    fn counterpart(self) -> Option<(&'static str, &'static str, u32, Option<&'static str>)> {
        NtStatusCode::from(self)
            .win32()
            .map(|win32| labelled("as Win32", win32))
    }
}

impl Shown for RasError {
    /// `HRESULT_FROM_WIN32`, as a RAS error passes through the Win32 error of its number.
    fn hresult(self) -> Option<Hresult> {
        Some(Hresult::from_win32(self.code()))
    }
}

impl Shown for EseError {
    /// The signed number ESE writes, then its bits: `-1018 (0xFFFFFC06)`, as the catalog's
    /// diagnostics write a signed code.
    fn spelled(self) -> String {
        win_errors_catalog::CodeKind::Signed.describe(self.code())
    }
}

/// A PDH status has the HRESULT layout but is no HRESULT: it has no HRESULT form.
impl Shown for PdhStatus {}

impl Shown for MciError {}

impl Shown for MsiError {
    /// Known by its number alone, the message says what the number is:
    /// `Windows Installer message 1603`.
    fn title(self) -> String {
        format!("{} {}", CodeSpace::Msi.label(), self.name())
    }
}

/// A counterpart as [`Shown::counterpart`] gives it.
fn labelled<E: ErrorCatalog>(
    label: &'static str,
    entry: E,
) -> (&'static str, &'static str, u32, Option<&'static str>) {
    (label, entry.name(), entry.code(), entry.message())
}

/// What the text output says in place of a message the catalog does not know.
pub const NO_MESSAGE: &str = "(no message is known)";

/// The message, or the plain statement that none is known.
fn message_text(message: Option<&'static str>) -> &'static str {
    message.unwrap_or(NO_MESSAGE)
}

/// Text of a hit of either catalog.
pub fn hit_text(hit: Hit, via: Option<Via>, style: Style) -> String {
    with_hit!(hit, entry => text(entry, via, style))
}

/// The name of the entry text output shows beside `hit` as its counterpart (`as COM`, `as
/// Win32`), if any.
pub fn counterpart_name(hit: Hit) -> Option<&'static str> {
    with_hit!(hit, entry => entry.counterpart()).map(|(_, name, _, _)| name)
}

/// JSON of a hit of either catalog; `reading` is how a query found it.
pub fn hit_json(hit: Hit, via: Option<Via>, reading: Option<Reading>) -> String {
    with_hit!(hit, entry => json(entry, via, reading))
}

/// The line above a query's further reading: `also as NTSTATUS:`, or `also as Win32 error,
/// carried in an HRESULT:`.
pub fn also_as(reading: Reading, style: Style) -> String {
    let carried = match reading.carried_in {
        Some(outer) => format!(", carried in {} {outer}", article(outer)),
        None => String::new(),
    };
    let line = format!("also as {}{carried}:", reading.space);
    format!("{}\n", style.paint("2", &line))
}

/// "a" or "an" before a space's label.
pub(crate) fn article(space: CodeSpace) -> &'static str {
    match space {
        CodeSpace::Win32 => "a",
        _ => "an",
    }
}

/// The code as decimal, and as a signed 32-bit decimal when that differs (an exit code or a
/// signed HRESULT in a log): `3221225477 (0xC0000005, signed -1073741819)`.
fn spellings(code: u32) -> String {
    let signed = code as i32;
    if signed < 0 {
        format!("{code} (0x{code:X}, signed {signed})")
    } else {
        format!("{code} (0x{code:X})")
    }
}

/// How to show entries: ANSI styles or none, and which sections.
#[derive(Clone, Copy, Debug)]
pub struct Style {
    /// Whether to emit ANSI colour codes.
    pub colour: bool,
    /// Whether to show every reference section (meaning, context, remedies, FAQ), not just
    /// the summary.
    pub full: bool,
}

impl Style {
    /// `text` in the ANSI style `code`, when colour is on.
    pub(crate) fn paint(self, code: &str, text: &str) -> String {
        if self.colour {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_owned()
        }
    }
    /// A symbolic name, as every output shows one.
    pub(crate) fn name(self, text: &str) -> String {
        self.paint("1;36", text)
    }
    /// A field label, padded so the values line up.
    fn label(self, text: &str) -> String {
        self.paint("2", &format!("{text:<LABEL_WIDTH$}"))
    }

    /// `label value` as an indented field; the value's own lines line up under its first.
    fn field(self, label: &str, value: &str) -> String {
        let indent = " ".repeat(LABEL_WIDTH + 3);
        format!(
            "  {} {}\n",
            self.label(label),
            value.trim_end().replace('\n', &format!("\n{indent}"))
        )
    }

    /// One field per item, the label on the first only, so the items read as one list.
    fn list(self, label: &str, items: impl Iterator<Item = String>) -> String {
        items
            .enumerate()
            .map(|(n, item)| self.field(if n == 0 { label } else { "" }, &item))
            .collect()
    }
}

/// The width labels are padded to.
const LABEL_WIDTH: usize = 11;

/// One entry in text form; `via` adds the decoding of an HRESULT input.
pub fn text<E: Shown>(entry: E, via: Option<Via>, style: Style) -> String {
    let mut out = String::new();
    match via {
        Some(Via::Hresult(hresult)) => match hresult.ntstatus() {
            // The N bit: HRESULT_FROM_NT, whose facility bits are the NTSTATUS's.
            Some(status) => {
                let _ = writeln!(
                    out,
                    "HRESULT {hresult}: carries NTSTATUS {status} (HRESULT_FROM_NT)"
                );
            }
            None => {
                let _ = writeln!(
                    out,
                    "HRESULT {hresult}: failure, facility {}, code {} (0x{:X})",
                    hresult.facility(),
                    hresult.facility_code(),
                    hresult.facility_code()
                );
            }
        },
        Some(Via::Ntstatus(status)) => {
            let _ = writeln!(
                out,
                "NTSTATUS {status}: error, facility {}, code {} (0x{:X})",
                status.facility(),
                status.facility_code(),
                status.facility_code()
            );
        }
        Some(Via::Code | Via::Name) | None => {}
    }
    let _ = write!(out, "{}", style.name(&entry.title()));
    let aliases: Vec<&str> = entry.aliases().collect();
    if !aliases.is_empty() {
        let _ = write!(out, " (also {})", aliases.join(", "));
    }
    let _ = writeln!(out);
    let _ = writeln!(out, "  {} {}", style.label("code"), entry.spelled());
    // The entry's own HRESULT: a COM code is one, a Win32 code is wrapped in FACILITY_WIN32.
    if let Some(hresult) = entry.hresult() {
        let outcome = if hresult.is_failure() {
            ""
        } else {
            " (success)"
        };
        let _ = writeln!(out, "  {} {hresult}{outcome}", style.label("HRESULT"));
    }
    if let Some(caption) = entry.caption() {
        let _ = writeln!(out, "  {} {caption}", style.label("caption"));
    }
    // A message of several lines (NTSTATUS has them) keeps its lines under the first.
    out.push_str(&style.field("message", message_text(entry.message())));
    if let Some(family) = entry.family() {
        let _ = writeln!(out, "  {} {family}", style.label("family"));
    }
    if let Some((label, name, code, message)) = entry.counterpart() {
        let _ = writeln!(
            out,
            "  {} {} {code} (0x{code:X}): {}",
            style.label(label),
            style.name(name),
            message_text(message)
        );
    }
    if let Some(description) = entry.description() {
        out.push_str(&style.field("description", description));
    }
    if style.full {
        out.push_str(&explanation(entry, style));
    }
    for related in entry.related() {
        let code = related.code();
        let _ = writeln!(
            out,
            "  {} {} {code} (0x{code:X}): {}",
            style.label("related"),
            style.name(related.name()),
            message_text(related.message())
        );
    }
    if style.full {
        out.push_str(&faq(entry, style));
    }
    if let Some(summary) = entry.summary() {
        out.push_str(&style.field("summary", summary));
    }
    out
}

/// The sections that explain an entry (meaning, context, remedies numbered), each as a
/// field; nothing for an entry without them.
fn explanation<E: Shown>(entry: E, style: Style) -> String {
    let mut out = String::new();
    if let Some(meaning) = entry.meaning() {
        out.push_str(&style.field("meaning", meaning));
    }
    if let Some(context) = entry.context() {
        out.push_str(&style.field("context", context));
    }
    let numbered = entry
        .remedies()
        .enumerate()
        .map(|(n, remedy)| format!("{}. {remedy}", n + 1));
    out.push_str(&style.list("remedies", numbered));
    out
}

/// The entry's questions and answers as `Q:` and `A:` lines.
fn faq<E: Shown>(entry: E, style: Style) -> String {
    let items = entry
        .faq()
        .map(|item| format!("Q: {}\nA: {}", item.question, item.answer));
    style.list("faq", items)
}

/// The JSON form of an entry. Field names are stable.
#[derive(Debug, Serialize)]
pub struct JsonEntry {
    /// The catalog: `WinError` or `ComError`.
    pub catalog: &'static str,
    /// The symbolic name.
    pub name: &'static str,
    /// Other names of the code.
    pub aliases: Vec<&'static str>,
    /// The code, decimal.
    pub code: u32,
    /// The code, `0x` hexadecimal.
    pub hex: String,
    /// The code's 32 bits as a signed decimal (an exit code, a signed HRESULT).
    pub signed: i32,
    /// The code as an HRESULT (`HRESULT_FROM_WIN32`), eight hex digits; `null` in a space
    /// without an HRESULT form (ESE).
    pub hresult: Option<String>,
    /// The title shown above the message, or null.
    pub caption: Option<&'static str>,
    /// The message, or null when the catalog knows none.
    pub message: Option<&'static str>,
    /// The description, or null.
    pub description: Option<&'static str>,
    /// The error family the entry is documented in, or null.
    pub family: Option<&'static str>,
    /// The related entries.
    pub related: Vec<JsonRelated>,
    /// What the code technically means, or null.
    pub meaning: Option<&'static str>,
    /// Where the code typically arises, or null.
    pub context: Option<&'static str>,
    /// Steps to check or fix, in order.
    pub remedies: Vec<&'static str>,
    /// Questions and answers.
    pub faq: Vec<JsonFaq>,
    /// The entry in a sentence or two, or null.
    pub summary: Option<&'static str>,
    /// The HRESULT the query gave, when it was one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub queried_hresult: Option<String>,
    /// The NTSTATUS the query gave, when it was one wrapping a Win32 error.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub queried_ntstatus: Option<String>,
    /// How the query was read to find this entry; absent for `--list` and `--search`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reading: Option<JsonReading>,
}

/// A reading of a query in JSON.
#[derive(Debug, Serialize)]
pub struct JsonReading {
    /// The space the code was read in: `win32`, `hresult` or `ntstatus`.
    pub space: &'static str,
    /// The space of the code that carried it, or null.
    pub carried_in: Option<&'static str>,
    /// How the query was written: `decimal`, `signed decimal`, `hex`, `h-suffixed hex`,
    /// `bare hex` or `name`.
    pub form: &'static str,
    /// The 32 bits the query was read as, eight hex digits.
    pub number: String,
}

/// A related entry in JSON.
#[derive(Debug, Serialize)]
pub struct JsonRelated {
    /// The symbolic name.
    pub name: &'static str,
    /// The code, decimal.
    pub code: u32,
    /// The code, `0x` hexadecimal.
    pub hex: String,
    /// The message, or null when the catalog knows none.
    pub message: Option<&'static str>,
}

/// A FAQ item in JSON.
#[derive(Debug, Serialize)]
pub struct JsonFaq {
    /// The question.
    pub question: &'static str,
    /// Its answer.
    pub answer: &'static str,
}

/// One entry as one line of JSON.
pub fn json<E: Shown>(entry: E, via: Option<Via>, reading: Option<Reading>) -> String {
    let value = JsonEntry {
        name: entry.name(),
        aliases: entry.aliases().collect(),
        code: entry.code(),
        hex: format!("0x{:X}", entry.code()),
        signed: entry.code() as i32,
        catalog: E::TYPE_NAME,
        hresult: entry.hresult().map(|h| h.to_string()),
        caption: entry.caption(),
        message: entry.message(),
        description: entry.description(),
        family: entry.family(),
        related: entry
            .related()
            .iter()
            .map(|r| JsonRelated {
                name: r.name(),
                code: r.code(),
                hex: format!("0x{:X}", r.code()),
                message: r.message(),
            })
            .collect(),
        meaning: entry.meaning(),
        context: entry.context(),
        remedies: entry.remedies().collect(),
        faq: entry
            .faq()
            .map(|item| JsonFaq {
                question: item.question,
                answer: item.answer,
            })
            .collect(),
        summary: entry.summary(),
        queried_hresult: match via {
            Some(Via::Hresult(hresult)) => Some(hresult.to_string()),
            _ => None,
        },
        queried_ntstatus: match via {
            Some(Via::Ntstatus(status)) => Some(status.to_string()),
            _ => None,
        },
        reading: reading.map(|r| JsonReading {
            space: r.space.name(),
            carried_in: r.carried_in.map(CodeSpace::name),
            form: r.form.name(),
            number: format!("0x{:08X}", r.number),
        }),
    };
    serde_json::to_string(&value).unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colour_only_when_asked() {
        let style = |colour| Style {
            colour,
            full: false,
        };
        let plain = text(WinError::AccessDenied, None, style(false));
        assert!(!plain.contains('\x1b'));
        let coloured = text(WinError::AccessDenied, None, style(true));
        assert!(coloured.starts_with("\x1b[1;36mERROR_ACCESS_DENIED\x1b[0m\n"));
    }
}
