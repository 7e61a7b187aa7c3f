//! Text for people: an entry as a block of labelled fields, coloured on a terminal.

use std::fmt::Write as _;

use win_errors_core::{Entry, Reading};

use super::Envelope;

/// What the text output says in place of a message the catalog does not know.
pub const NO_MESSAGE: &str = "(no message is known)";

/// The message, or the plain statement that none is known.
pub fn message_text(message: Option<&'static str>) -> &'static str {
    message.unwrap_or(NO_MESSAGE)
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

/// The width labels are padded to.
const LABEL_WIDTH: usize = 11;

impl Style {
    /// A style with colour or not, with every section or not.
    pub fn new(colour: bool, full: bool) -> Self {
        Style { colour, full }
    }

    /// `text` in the ANSI style `code`, when colour is on.
    pub fn paint(self, code: &str, text: &str) -> String {
        if self.colour {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_owned()
        }
    }

    /// A symbolic name, as every output shows one.
    pub fn name(self, text: &str) -> String {
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

/// The line above a query's further reading: `also as NTSTATUS:`, or `also as Win32 error,
/// carried in an HRESULT:`.
pub fn also_as(reading: Reading, style: Style) -> String {
    let carried = match reading.carried_in {
        Some(outer) => format!(", carried in {} {outer}", outer.info().article),
        None => String::new(),
    };
    let line = format!("also as {}{carried}:", reading.space);
    format!("{}\n", style.paint("2", &line))
}

/// The line above an entry a documentation gives the queried value, while Windows returns
/// another: `0x80280086 is documented for TPM_20_E_KEY_SIZE, which Windows returns as ...:`.
pub fn documented_as(query: &str, entry: Entry, style: Style) -> String {
    let line = format!(
        "{query} is documented for {}, which Windows returns as {}:",
        entry.name(),
        entry.spelled()
    );
    format!("{}\n", style.paint("2", &line))
}

/// The line above the entry of another code a pasted text holds: `also in the text, 0x5:`.
pub fn also_in_text(code: &str, style: Style) -> String {
    format!(
        "{}\n",
        style.paint("2", &format!("also in the text, {code}:"))
    )
}

/// The line above a query's entries when it writes a name and a code side by side: that they
/// agree, or what each is when they do not.
pub fn pairing(pairing: &super::Pairing, style: Style) -> String {
    let line = if pairing.agree {
        format!("{} and {} agree:", pairing.name, pairing.code)
    } else {
        format!(
            "{} and {} disagree: {} is {}, and {} is {:#}; both follow:",
            pairing.name,
            pairing.code,
            pairing.code,
            pairing.coded.name(),
            pairing.named.name(),
            pairing.named.spelled()
        )
    };
    format!("{}\n", style.paint("2", &line))
}

/// The line above a Windows setup result code's entry that says what its extend code reads
/// as, and what the documentation says of the pair (`Cause: ...`, `Mitigation: ...`), when
/// it explains it.
pub fn extend(extend: win_errors_core::SetupExtend, result: Option<Entry>, style: Style) -> String {
    let mut out = format!("{}\n", style.paint("2", &format!("extend code {extend}")));
    let explained = result.and_then(|entry| {
        let pair = format!("0x{:08X} - 0x{:X}", entry.code(), extend.code());
        entry
            .faq()
            .find(|item| item.question.eq_ignore_ascii_case(&pair))
    });
    if let Some(item) = explained {
        for paragraph in item.answer.split("\n\n") {
            let _ = writeln!(out, "  {paragraph}");
        }
    }
    out
}

/// The entry on one line, for long lists: `ERROR_ACCESS_DENIED  5  Access is denied.`, its
/// code as its space writes it and its message's lines joined.
pub fn one_line(entry: Entry, style: Style) -> String {
    let message = entry.message().map_or_else(
        || "(no message is known)".to_owned(),
        |m| m.split_whitespace().collect::<Vec<_>>().join(" "),
    );
    format!(
        "{}  {}  {message}\n",
        style.name(&title(entry)),
        entry.spelled()
    )
}

/// The entry's first line: its symbolic name; an entry known by its code alone says what
/// the number is (`Windows Installer message 1603`).
pub fn title(entry: Entry) -> String {
    let space = entry.space();
    match space.info().names {
        Some(_) => entry.name().to_owned(),
        None => format!("{} {}", space.label(), entry.name()),
    }
}

/// The decoding of the code a query gave, when it says more than the entry ([`Envelope`]).
fn decoded(envelope: Envelope) -> String {
    match envelope {
        Envelope::NtStatus(status) => format!(
            "NTSTATUS {status}: error, facility {}, code {} (0x{:X})",
            status.facility(),
            status.facility_code(),
            status.facility_code()
        ),
        Envelope::Hresult(hresult) => match hresult.ntstatus() {
            // The N bit: HRESULT_FROM_NT, whose facility bits are the NTSTATUS's.
            Some(status) => {
                format!("HRESULT {hresult}: carries NTSTATUS {status} (HRESULT_FROM_NT)")
            }
            None => format!(
                "HRESULT {hresult}: failure, facility {}, code {} (0x{:X})",
                hresult.facility(),
                hresult.facility_code(),
                hresult.facility_code()
            ),
        },
    }
}

/// One entry in text form; `reading`, how a query found it, adds the decoding of the code
/// that carried it.
pub fn entry(entry: Entry, reading: Option<Reading>, style: Style) -> String {
    let mut out = String::new();
    if let Some(envelope) = reading.and_then(Envelope::of) {
        let _ = writeln!(out, "{}", decoded(envelope));
    }
    let _ = write!(out, "{}", style.name(&title(entry)));
    let aliases: Vec<&str> = entry.aliases().collect();
    if !aliases.is_empty() {
        let _ = write!(out, " (also {})", aliases.join(", "));
    }
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "  {} {}",
        style.label("code"),
        entry.spelled().every_spelling()
    );
    // The entry's own HRESULT: a COM code is one, a Win32 code is wrapped in FACILITY_WIN32.
    if let Some(hresult) = entry.hresult() {
        let outcome = if hresult.is_failure() {
            ""
        } else {
            " (success)"
        };
        let _ = writeln!(out, "  {} {hresult}{outcome}", style.label("HRESULT"));
    }
    // Where a documentation gives another value than the one Windows returns.
    if let Some(documented) = entry.documented_code() {
        let _ = writeln!(
            out,
            "  {} {} (Windows returns the code above)",
            style.label("documented"),
            entry.space().spell(documented)
        );
    }
    if let Some(caption) = entry.caption() {
        let _ = writeln!(out, "  {} {caption}", style.label("caption"));
    }
    // A message of several lines (NTSTATUS has them) keeps its lines under the first.
    out.push_str(&style.field("message", message_text(entry.message())));
    if let Some(family) = entry.family() {
        let _ = writeln!(out, "  {} {family}", style.label("family"));
    }
    if let Some(counterpart) = entry.counterpart() {
        let label = format!("as {}", counterpart.space().info().short);
        let _ = writeln!(
            out,
            "  {} {}",
            style.label(&label),
            other(counterpart, style)
        );
    }
    if let Some(description) = entry.description() {
        out.push_str(&style.field("description", description));
    }
    if style.full {
        out.push_str(&explanation(entry, style));
    }
    for related in entry.related() {
        let _ = writeln!(
            out,
            "  {} {}",
            style.label("related"),
            other(related, style)
        );
    }
    if style.full {
        out.push_str(&faq(entry, style));
        out.push_str(&parameters(entry, style));
    }
    if let Some(summary) = entry.summary() {
        out.push_str(&style.field("summary", summary));
    }
    out
}

/// Another entry on one line, beside the one shown: `NAME 1312 (0x520): message`, or only
/// its name and code when no message is known (another name of the code is worth a line).
fn other(entry: Entry, style: Style) -> String {
    let named = format!("{} {:#}", style.name(entry.name()), entry.spelled());
    match entry.message() {
        Some(message) => format!("{named}: {message}"),
        None => named,
    }
}

/// The sections that explain an entry (meaning, context, remedies numbered), each as a
/// field; nothing for an entry without them.
fn explanation(entry: Entry, style: Style) -> String {
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

/// The entry's parameters: what each holds, and under it the values the documentation
/// explains, each with its meaning and what the other parameters hold then.
fn parameters(entry: Entry, style: Style) -> String {
    let items = entry.parameters().map(|parameter| {
        let mut item = format!(
            "{}. {}",
            parameter.index,
            parameter.description.unwrap_or("(see its values)")
        );
        for value in parameter.values {
            let _ = write!(item, "\n   {}", value.value);
            if let Some(meaning) = value.meaning {
                let _ = write!(item, ": {meaning}");
            }
            for (index, argument) in (1..).zip(value.arguments) {
                if let Some(argument) = argument {
                    let _ = write!(item, "\n     parameter {index}: {argument}");
                }
            }
        }
        item
    });
    style.list("parameters", items)
}

/// Arguments explained, one a line as `!analyze` writes them (`Arg1: 0x3, meaning`); nothing
/// when there are none.
pub fn arguments(
    arguments: impl Iterator<Item = win_errors_core::Argument>,
    style: Style,
) -> String {
    let items = arguments.map(|argument| {
        let text = match (argument.meaning, argument.description) {
            (Some(meaning), Some(description)) => format!("{description}: {meaning}"),
            (Some(text), None) | (None, Some(text)) => text.to_owned(),
            (None, None) => "not documented".to_owned(),
        };
        format!("Arg{}: 0x{:X}, {text}", argument.index, argument.value)
    });
    style.list("arguments", items)
}

/// The entry's questions and answers as `Q:` and `A:` lines.
fn faq(entry: Entry, style: Style) -> String {
    let items = entry
        .faq()
        .map(|item| format!("Q: {}\nA: {}", item.question, item.answer));
    style.list("faq", items)
}

#[cfg(test)]
mod tests {
    use super::*;
    use win_errors_core::WinError;

    #[test]
    fn colour_only_when_asked() {
        let access_denied = Entry::Win32(WinError::AccessDenied);
        let plain = entry(access_denied, None, Style::new(false, false));
        assert!(!plain.contains('\x1b'));
        assert!(plain.starts_with("ERROR_ACCESS_DENIED (also RPC_S_ACCESS_DENIED)\n"));
        let coloured = entry(access_denied, None, Style::new(true, false));
        assert!(coloured.starts_with("\x1b[1;36mERROR_ACCESS_DENIED\x1b[0m"));
    }
}
