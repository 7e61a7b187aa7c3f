//! Queries: from what a user typed to the entries of the shipped catalogs, and the lookup
//! command that prints them.

use std::io::Write;
use std::sync::OnceLock;

use win_errors_catalog::names::Suggestions;
use win_errors_core::{
    CodeSpace, Entry, Form, Hresult, NtStatusCode, NumberError, Reading, Readings, SetupExtend,
    parse_number,
};
use win_errors_scan::{Finding, Matcher, bug_check_arguments, pairs, setup_extend};

use crate::Args;
use crate::entries::{every_entry, families, in_family, searched};
use crate::output::{self, Further, Pairing, Style};

/// The lookup command: each query's entries, then `--search`'s and `--list`'s. Returns the
/// exit status: 0 when everything asked for was found, 1 else.
pub fn run(args: &Args, out: &mut dyn Write, err: &mut dyn Write, colour: bool) -> i32 {
    let mut printer = output::Printer::new(out, args.json, Style::new(colour, args.full));
    printer.one_line(args.oneline);
    let mut status = 0;
    for query in &args.queries {
        let documented = documented_as(query, args.as_space);
        match answer(query, args.as_space) {
            Ok(Answer {
                readings,
                written,
                pairing,
                extend,
                arguments,
            }) => {
                printer.pairing(pairing);
                printer.extend(extend, readings.first().and_then(|r| r.entry));
                printer.arguments(arguments);
                // A further reading whose entry an earlier one shows as its counterpart
                // (0x80070005's E_ACCESSDENIED beside ERROR_ACCESS_DENIED) adds nothing.
                for (rank, reading) in readings.iter().enumerate() {
                    let Some(entry) = reading.entry else { continue };
                    let shown_beside_an_earlier = readings[..rank]
                        .iter()
                        .filter_map(|r| r.entry)
                        .any(|earlier| earlier.counterpart() == Some(entry));
                    if shown_beside_an_earlier {
                        continue;
                    }
                    // Another code of a pasted text is no further reading of the first.
                    let further = match rank {
                        0 => Further::No,
                        _ if written[rank] == written[rank - 1] => Further::Reading,
                        _ => Further::Code(&written[rank]),
                    };
                    printer.entry(entry, Some((query.as_str(), *reading)), further);
                }
                printer.pairing(None);
                printer.extend(None, None);
                for entry in documented {
                    printer.entry(entry, None, Further::Documented(query));
                }
            }
            // A value only a documentation gives is found as that.
            Err(_) if !documented.is_empty() => {
                for entry in documented {
                    printer.entry(entry, None, Further::Documented(query));
                }
            }
            Err(why) => {
                let _ = writeln!(err, "win-errors: {why}");
                printer.miss(query, &why);
                status = 1;
            }
        }
    }
    let family = args.family.as_deref();
    if let Some(words) = &args.search {
        // Words search every catalog unless `--as` names one, in the order of the spaces.
        let found = in_family(searched(words, args.as_space), family);
        if found.is_empty() {
            let scope = family.map_or(String::new(), |f| format!(" in the {f} family"));
            let _ = writeln!(
                err,
                "win-errors: no error{scope} mentions {}",
                words.join(" ")
            );
            status = 1;
        }
        printer.one_line(one_line_for(args, found.len()));
        for entry in found {
            printer.entry(entry, None, Further::No);
        }
    }
    if args.list {
        // Without `--as` the list is the system catalog's, and a family is looked for in
        // every catalog.
        let space = match (args.as_space, family) {
            (None, None) => Some(CodeSpace::Win32),
            (space, _) => space,
        };
        let found = in_family(every_entry(space), family);
        if found.is_empty() {
            let _ = writeln!(
                err,
                "win-errors: no family {}; the families are {}",
                family.unwrap_or_default(),
                families().join(", ")
            );
            status = 1;
        }
        printer.one_line(one_line_for(args, found.len()));
        for entry in found {
            printer.entry(entry, None, Further::No);
        }
    }
    status
}

/// Lists longer than this print one line an entry, unless `--full` asks for every section.
const LONG_LIST: usize = 20;

/// Whether a list of `count` entries is shown one line an entry.
fn one_line_for(args: &Args, count: usize) -> bool {
    args.oneline || (count > LONG_LIST && !args.full)
}

/// The entries a documentation gives the value a query writes as a bare number, while
/// Windows returns another (`documented_code`), in `only`'s space or in every one.
fn documented_as(query: &str, only: Option<CodeSpace>) -> Vec<Entry> {
    let Ok(number) = parse_number(query.trim()) else {
        return Vec::new();
    };
    CodeSpace::ALL
        .into_iter()
        .filter(|space| only.is_none_or(|only| only == *space))
        .flat_map(|space| Entry::documented_as(space, number))
        .collect()
}

/// Every reading of a query that finds an entry, best first (`win_errors_core::Readings`),
/// each entry once: a code (`1312`, `0x520`, `520h`, bare hex `c0000135`), an HRESULT
/// (`0x80070520`, `-2147023584`), an NTSTATUS or exit code (`0xC0000005`, `-1073741819`), or a
/// symbolic name in any case with its prefix optional (`ERROR_`, `E_`, `STATUS_`, Samba's
/// `NT_STATUS_`). `only` keeps the readings of one space (a code carried in another space is
/// read in that other space). Never empty when `Ok`; the error says why nothing was found.
pub fn resolve_all(query: &str, only: Option<CodeSpace>) -> Result<Vec<Reading>, String> {
    answer(query, only).map(|answer| answer.readings)
}

/// What a query found: its readings, best first, the code each read as written, and the
/// name and code it writes side by side.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answer {
    /// Every reading that finds an entry, best first, each entry once; never empty.
    pub readings: Vec<Reading>,
    /// For each reading, the code it read as written: the whole query, or one code of a
    /// pasted text.
    pub written: Vec<String>,
    /// The name and the code the query writes side by side (`E_ACCESSDENIED (0x80070005)`).
    pub pairing: Option<Pairing>,
    /// The extend code the query writes after a Windows setup result code (`0xC1900101 -
    /// 0x20017`).
    pub extend: Option<SetupExtend>,
    /// The arguments the query writes after its first code, a bug check's (`0x9f (0x3,
    /// ...)`), explained by the first entry's parameters.
    pub arguments: Vec<u64>,
}

/// The answer to a query: [`resolve_all`]'s readings, and the pairing of a name and a code
/// in a pasted text.
pub fn answer(query: &str, only: Option<CodeSpace>) -> Result<Answer, String> {
    let wanted = |r: &Reading| only.is_none_or(|space| r.carried_in.unwrap_or(r.space) == space);
    let readings = Readings::of_text(query);
    let mut found: Vec<(Reading, String)> = readings
        .found()
        .filter(wanted)
        .map(|r| (r, query.to_owned()))
        .collect();
    let mut pairing = None;
    let mut extend = None;
    let mut arguments = Vec::new();
    // Not a bare code or name: the text around a code, as it was pasted; or, where no
    // log's shape holds it, the one number the text has (`Winget fails with 3010.`).
    if readings.is_empty() {
        let text = in_text(query);
        pairing = text.pairing;
        extend = text.extend;
        arguments = text.arguments;
        found = (text.readings.into_iter().zip(text.written))
            .filter(|(r, _)| wanted(r))
            .collect();
        if found.is_empty()
            && let Some(number) = the_one_number(query)
        {
            found = found_in(&number, wanted);
        }
        if found.is_empty()
            && let Some(name) = spelled_name(query)
        {
            found = found_in(&name, |r| r.form == Form::Name && wanted(r));
        }
    }
    if !found.is_empty() {
        let (readings, written) = found.into_iter().unzip();
        return Ok(Answer {
            readings,
            written,
            pairing,
            extend,
            arguments,
        });
    }
    Err(match (only, parse_number(query)) {
        (_, Err(NumberError::Empty)) => "an empty argument is neither a code nor a name".to_owned(),
        (_, Err(NumberError::OutOfRange)) => {
            format!("{query} is beyond both u32 and i32, so it is no error code")
        }
        (None, Err(NumberError::NotANumber)) => name_miss(query),
        (None, Ok(number)) => number_miss(number),
        (Some(space), _) => match readings.iter().find(|r| r.space == space) {
            Some(reading) => format!(
                "{query} read as {} {} 0x{:08X} has no entry",
                space.info().article,
                space.label(),
                reading.number
            ),
            None => format!("{query} is no code and no {} name", space.label()),
        },
    })
}

/// The codes a text holds, as the log scanner finds them in a line (`[WinError 32]`, `exit
/// code: 0xc0000135, STATUS_DLL_NOT_FOUND`, `Error 0x80070057.`): each finding's readings,
/// best first ([`Finding::readings`]), each entry once. Where the text writes a name and a
/// code side by side, the name comes first when they agree (`0x80070005 (E_ACCESSDENIED)`
/// means `E_ACCESSDENIED`), and the code when they do not (the code is what Windows gave).
fn in_text(text: &str) -> Answer {
    static MATCHER: OnceLock<Matcher> = OnceLock::new();
    let matcher = MATCHER.get_or_init(Matcher::new);
    let mut findings: Vec<Finding<'_>> = matcher.findings(text.as_bytes()).collect();
    let pair = pairs(text.as_bytes(), &findings).into_iter().next();
    if let Some(pair) = pair {
        let first = if pair.agree() { pair.name } else { pair.code };
        findings.retain(|finding| *finding != first);
        findings.insert(0, first);
    }
    // A bug check's arguments, after its code (the first finding, where it is one).
    let arguments = findings
        .first()
        .filter(|finding| finding.reading.space == CodeSpace::BugCheck)
        .map(|finding| bug_check_arguments(text.as_bytes(), finding.end()))
        .unwrap_or_default();
    let mut readings: Vec<Reading> = Vec::new();
    let mut written = Vec::new();
    for finding in &findings {
        for reading in finding.readings() {
            if !readings.iter().any(|f| f.entry == reading.entry) {
                readings.push(reading);
                written.push(finding.text.to_owned());
            }
        }
    }
    Answer {
        readings,
        written,
        pairing: pair.as_ref().map(Pairing::new),
        extend: setup_extend(text.as_bytes()).map(|(_, extend)| extend),
        arguments,
    }
}

/// The readings of `text` that find an entry and that `keep` keeps, each with `text`, which
/// found it.
fn found_in(text: &str, keep: impl Fn(&Reading) -> bool) -> Vec<(Reading, String)> {
    Readings::of_text(text)
        .found()
        .filter(|r| keep(r))
        .map(|r| (r, text.to_owned()))
        .collect()
}

/// The one token of `text` that is a number in a form people write codes in, when it has
/// exactly one: a person who pastes `1603 error` or `(809)` means that number. A sign stays
/// (`-2147024891`); a C header's suffix (`0xC0000005L`, `0x80070005UL`) and Rust's digit
/// separators (`0x8007_0005`) are dropped.
fn the_one_number(text: &str) -> Option<String> {
    let is_number = |number: &str| {
        number.bytes().any(|b| b.is_ascii_digit())
            && (parse_number(number).is_ok()
                || number.len() == 8 && win_errors_core::parse_bare_hex(number).is_some())
    };
    let mut numbers = text
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .flat_map(|token| {
            let token = token.trim_matches('_').trim_end_matches('-');
            let unsigned = token.trim_start_matches('-');
            if unsigned.starts_with(|c: char| c.is_ascii_digit()) {
                // A `-` before digits is their sign (`-2147024891` is 0x80070005); more
                // dashes are punctuation.
                let sign = if unsigned.len() < token.len() {
                    "-"
                } else {
                    ""
                };
                let digits = unsigned.trim_end_matches(['u', 'U', 'l', 'L']);
                vec![
                    sign.chars()
                        .chain(digits.chars().filter(|&c| c != '_'))
                        .collect(),
                ]
            } else {
                // `_` joins the words of a name (`FAIL_FAST_..._c0000409_shell.dll`).
                unsigned.split('_').map(str::to_owned).collect()
            }
        })
        .filter(|number| is_number(number));
    let number = numbers.next()?;
    numbers.next().is_none().then_some(number)
}

/// A name written as words, as a blue screen's stop code is retyped (`system thread
/// exception not handled`, `VIDEO-TDR-FAILURE`, `Stop Code: DRIVER IRQL NOT LESS OR EQUAL`,
/// `Video_TDR_Failure (nvlddmkm.sys)`): the words after a label's colon and before a
/// parenthesis, joined by `_` in upper case; at least two words of letters and digits.
fn spelled_name(query: &str) -> Option<String> {
    let text = query.rsplit(':').next()?.split('(').next()?;
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == '-' || c == '_')
        .filter(|word| !word.is_empty())
        .collect();
    let plain = words
        .iter()
        .all(|word| word.chars().all(|c| c.is_ascii_alphanumeric()));
    (words.len() >= 2 && plain).then(|| words.join("_").to_ascii_uppercase())
}

/// Why no catalog has `number`, in the terms of its likeliest reading.
fn number_miss(number: u32) -> String {
    let hresult = Hresult(number);
    let status = NtStatusCode(number);
    if let Some(code) = status.win32_code() {
        return format!(
            "NTSTATUS {status} wraps Win32 code {code} (0x{code:X}), which has no entry"
        );
    }
    if !hresult.is_failure() {
        return format!("no error with code {number} (0x{number:X})");
    }
    match hresult.win32_code() {
        Some(code) => {
            format!("HRESULT {hresult} wraps Win32 code {code} (0x{code:X}), which has no entry")
        }
        None => format!(
            "HRESULT {hresult} is a failure of facility {}, code {} (0x{:X}): not a Win32 error, and not in the COM catalog",
            hresult.facility(),
            hresult.facility_code(),
            hresult.facility_code()
        ),
    }
}

/// Why no catalog has a name, with the nearest name when one is near.
fn name_miss(query: &str) -> String {
    let upper = query.trim().to_ascii_uppercase();
    let with_prefix = if upper.starts_with("ERROR_") {
        upper.clone()
    } else {
        format!("ERROR_{upper}")
    };
    let names = every_name();
    // With the prefix put before it, a typed word may be no further from a name than the
    // word alone allows (`bogus` is no `ERROR_BUSY`).
    let typed = (upper.len() / 3).max(1);
    let suggestion = names
        .nearest(&upper)
        .or_else(|| names.nearest_within(&with_prefix, typed));
    match suggestion {
        Some(near) => format!("no error named {query}; did you mean {near}?"),
        None => format!("no error named {query}, and it is not a number"),
    }
}

/// Every name and alias of the shipped catalogs, prepared once for the did-you-mean of every
/// query that names nothing (20,000 typos cost one pass over the names each).
fn every_name() -> &'static Suggestions<'static> {
    static NAMES: OnceLock<Suggestions<'static>> = OnceLock::new();
    NAMES.get_or_init(|| {
        // A catalog known by its codes alone has no name to suggest.
        let named = CodeSpace::ALL
            .into_iter()
            .filter(|space| space.info().names.is_some());
        Suggestions::new(
            named
                .flat_map(Entry::all_in)
                .flat_map(|e| std::iter::once(e.name()).chain(e.aliases())),
        )
    })
}

#[cfg(test)]
mod tests;
