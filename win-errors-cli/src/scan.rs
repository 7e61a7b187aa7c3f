//! `win-errors scan`: the Windows error codes in logs, a thin layer over `win-errors-scan`.

use std::collections::HashMap;
use std::fs::File;
use std::io::{self, Write};

use win_errors_core::Entry;
use win_errors_scan::{Finding, Line, MAX_LINE, Matcher, for_each_line};

use crate::output::json::{self, JsonCount, JsonEntry, JsonFinding};
use crate::output::text::{NO_MESSAGE, Style};

/// How to print what the scan finds.
#[derive(Clone, Copy, Debug)]
pub struct ScanOptions {
    /// One line per distinct code with its count, most frequent first.
    pub summary: bool,
    /// One JSON object per line.
    pub json: bool,
    /// ANSI colour.
    pub colour: bool,
}

/// Scans `files` (standard input when empty or `-`) and prints what it finds; returns the exit
/// status: 0 when a code was found, 1 when none was, 2 when a file could not be read (the
/// others are still scanned).
pub fn run(
    files: &[String],
    options: ScanOptions,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let matcher = Matcher::new();
    let stdin = ["-".to_owned()];
    let files = if files.is_empty() { &stdin[..] } else { files };
    let mut counts: HashMap<Entry, (u64, usize)> = HashMap::new();
    let mut found = false;
    let mut unreadable = false;
    for file in files {
        let mut report = |line: Line<'_>| -> io::Result<()> {
            let findings: Vec<Finding<'_>> = matcher.findings(line.bytes).collect();
            if line.continues && line.offset == 0 {
                let _ = writeln!(
                    err,
                    "win-errors: {}:{}: the line is longer than {MAX_LINE} bytes; scanned in pieces",
                    shown_name(file),
                    line.number
                );
            }
            if findings.is_empty() {
                return Ok(());
            }
            found = true;
            if options.summary {
                for finding in &findings {
                    let order = counts.len();
                    counts.entry(finding.entry).or_insert((0, order)).0 += 1;
                }
                return Ok(());
            }
            let text = if options.json {
                findings
                    .iter()
                    .map(|f| json_finding(file, line, f))
                    .collect::<String>()
            } else {
                text_line(file, files.len() > 1, line, &findings, options.colour)
            };
            out.write_all(text.as_bytes())
        };
        let result = if file == "-" {
            for_each_line(io::stdin().lock(), &mut report)
        } else {
            match File::open(file) {
                Ok(opened) => for_each_line(opened, &mut report),
                Err(error) => Err(error),
            }
        };
        if let Err(error) = result {
            // A closed pipe (`| head`) ends the output; anything else is the file's problem.
            if error.kind() == io::ErrorKind::BrokenPipe {
                break;
            }
            let _ = writeln!(err, "win-errors: {}: {error}", shown_name(file));
            unreadable = true;
        }
    }
    if options.summary {
        let _ = out.write_all(summary(&counts, options).as_bytes());
    }
    match (unreadable, found) {
        (true, _) => 2,
        (false, true) => 0,
        (false, false) => 1,
    }
}

fn shown_name(file: &str) -> &str {
    if file == "-" { "<stdin>" } else { file }
}

/// The line as grep -n prints it (with the file first when there are several), then one
/// indented line per code.
fn text_line(
    file: &str,
    with_file: bool,
    line: Line<'_>,
    findings: &[Finding<'_>],
    colour: bool,
) -> String {
    let style = Style::new(colour, false);
    let place = if with_file {
        format!("{}:{}", shown_name(file), line.number)
    } else {
        line.number.to_string()
    };
    let mut out = format!(
        "{}: {}\n",
        style.paint("2", &place),
        String::from_utf8_lossy(line.bytes).trim_end()
    );
    for finding in findings {
        let entry = finding.entry;
        let message = entry.message().unwrap_or(NO_MESSAGE);
        out.push_str(&format!(
            "  {} ({} {}): {}\n",
            style.name(entry.name()),
            entry.catalog(),
            entry.spelled(),
            message.replace('\n', "\n    ")
        ));
    }
    out
}

/// A finding as one line of JSON: the entry as a lookup gives it, where it is and how its text
/// was read.
fn json_finding(file: &str, line: Line<'_>, finding: &Finding<'_>) -> String {
    json::line(&JsonFinding {
        file,
        line: line.number,
        column: line.offset + finding.start + 1,
        text: finding.text,
        cue: finding.cue.name(),
        entry: JsonEntry::new(finding.entry, Some(finding.reading)),
    })
}

/// One line per distinct code, most frequent first (then in order of first appearance).
fn summary(counts: &HashMap<Entry, (u64, usize)>, options: ScanOptions) -> String {
    let mut rows: Vec<(Entry, u64, usize)> = counts
        .iter()
        .map(|(&entry, &(count, order))| (entry, count, order))
        .collect();
    rows.sort_by_key(|&(_, count, order)| (std::cmp::Reverse(count), order));
    rows.into_iter()
        .map(|(entry, count, _)| {
            if options.json {
                json::line(&JsonCount {
                    count,
                    entry: JsonEntry::new(entry, None),
                })
            } else {
                let message = entry.message().unwrap_or(NO_MESSAGE);
                let first_line = message.lines().next().unwrap_or_default();
                format!(
                    "{count:>7}  {} ({} {}): {first_line}\n",
                    entry.name(),
                    entry.catalog(),
                    entry.spelled()
                )
            }
        })
        .collect()
}
