//! `win-errors check`: the macro's diagnostics for catalog files, before a build.

use std::io::Write;
use std::path::Path;

use serde::Serialize;
use win_errors_catalog::{CheckedCatalog, Diagnostic, SourceMap};

use crate::output::json;

/// One problem, as `--json` prints it (one object per line).
#[derive(Debug, Serialize)]
struct Problem<'a> {
    file: &'a str,
    /// 1-based; absent for problems with the whole file.
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    column: Option<usize>,
    message: &'a str,
}

/// A file that passed, as `--json` prints it.
#[derive(Debug, Serialize)]
struct Passed<'a> {
    file: &'a str,
    ok: bool,
    entries: usize,
}

/// What checking one file found.
pub(crate) enum Outcome {
    /// The file's text and its checked catalog.
    Passed {
        source: String,
        catalog: CheckedCatalog,
    },
    /// The text to quote (the file's, or its lossy decoding) and the problems in it.
    Rejected {
        source: String,
        problems: Vec<Diagnostic>,
    },
    /// The file could not be read at all.
    Unreadable(String),
}

/// Reads and checks one catalog file.
pub(crate) fn check_file(path: &Path) -> Outcome {
    if path.is_dir() {
        return Outcome::Unreadable("is a directory, not a catalog file".to_owned());
    }
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(error) => return Outcome::Unreadable(format!("cannot read it: {error}")),
    };
    match win_errors_catalog::decode_file(path, &bytes) {
        Err((lossy, problem)) => Outcome::Rejected {
            source: lossy,
            problems: vec![problem],
        },
        Ok(source) => match win_errors_generator::check_file(path, &source) {
            Ok(catalog) => Outcome::Passed {
                source: source.into_owned(),
                catalog,
            },
            Err(problems) => Outcome::Rejected {
                source: source.into_owned(),
                problems,
            },
        },
    }
}

/// The problems of a file that did not pass, in rustc's layout or as JSON lines, and how
/// many there are; `None` for a file that passed.
pub(crate) fn problems_text(file: &str, outcome: &Outcome, json: bool) -> Option<(String, usize)> {
    match outcome {
        Outcome::Passed { .. } => None,
        Outcome::Unreadable(why) if json => Some((
            json::line(&Problem {
                file,
                line: None,
                column: None,
                message: why,
            }),
            1,
        )),
        Outcome::Unreadable(why) => Some((format!("error: {why}\n --> {file}\n\n"), 1)),
        Outcome::Rejected { source, problems } => {
            let map = SourceMap::new(source);
            let text = problems
                .iter()
                .map(|p| {
                    if json {
                        let position = p.span.as_ref().map(|s| map.position(s.start));
                        json::line(&Problem {
                            file,
                            line: position.map(|p| p.line),
                            column: position.map(|p| p.column),
                            message: &p.message,
                        })
                    } else {
                        map.render_rustc(file, p) + "\n\n"
                    }
                })
                .collect();
            Some((text, problems.len()))
        }
    }
}

/// The problems found in a run over files, and in how many files: the closing line on
/// stderr when there are some.
#[derive(Default)]
pub(crate) struct Problems {
    count: usize,
    files: usize,
}

impl Problems {
    /// One more file that failed, with `count` problems.
    pub(crate) fn add_file(&mut self, count: usize) {
        self.count += count;
        self.files += 1;
    }

    /// Whether a file failed.
    pub(crate) fn any(&self) -> bool {
        self.files > 0
    }

    /// Writes the closing line to `err` when a file failed.
    pub(crate) fn write_summary(&self, err: &mut dyn Write) {
        if !self.any() {
            return;
        }
        let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
        let _ = writeln!(
            err,
            "win-errors: {} in {}",
            plural(self.count, "problem"),
            plural(self.files, "file")
        );
    }
}

/// The exit status of a command on files: 2 when a file could not be read (as `scan` and
/// ripgrep say it), else 1 when one failed, else 0.
pub(crate) fn exit_status(unreadable: bool, failed: bool) -> i32 {
    match (unreadable, failed) {
        (true, _) => 2,
        (false, true) => 1,
        (false, false) => 0,
    }
}

/// Checks every file; prints each problem (rustc's layout, or JSON lines) to `out` and a
/// summary to `err`. Returns 0 when every file passed, 2 when one could not be read, 1
/// otherwise.
pub fn run(files: &[String], json: bool, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let mut problems = Problems::default();
    let mut unreadable = false;
    for file in files {
        let outcome = check_file(Path::new(file));
        unreadable |= matches!(outcome, Outcome::Unreadable(_));
        let text = match (&outcome, problems_text(file, &outcome, json)) {
            (_, Some((text, count))) => {
                problems.add_file(count);
                text
            }
            (Outcome::Passed { catalog, .. }, None) if json => json::line(&Passed {
                file,
                ok: true,
                entries: catalog.entries.len(),
            }),
            (Outcome::Passed { catalog, .. }, None) => {
                let count = catalog.entries.len();
                let plural = if count == 1 { "entry" } else { "entries" };
                format!("{file}: ok, {count} {plural}\n")
            }
            (_, None) => String::new(),
        };
        let _ = out.write_all(text.as_bytes());
    }
    problems.write_summary(err);
    exit_status(unreadable, problems.any())
}
