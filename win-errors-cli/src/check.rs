//! `win-errors check`: the macro's diagnostics for catalog files, before a build.

use std::io::Write;
use std::path::Path;

use serde::Serialize;
use win_errors_catalog::{Diagnostic, SourceMap};

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
enum Outcome {
    Passed {
        entries: usize,
    },
    /// The text to quote (the file's, or its lossy decoding) and the problems in it.
    Rejected {
        source: String,
        problems: Vec<Diagnostic>,
    },
    /// The file could not be read at all.
    Unreadable(String),
}

fn check_file(path: &Path) -> Outcome {
    if path.is_dir() {
        return Outcome::Unreadable("is a directory, not a catalog file".to_owned());
    }
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(error) => return Outcome::Unreadable(format!("cannot read it: {error}")),
    };
    match win_errors_catalog::decode(&bytes) {
        Err((lossy, problem)) => Outcome::Rejected {
            source: lossy,
            problems: vec![problem],
        },
        Ok(source) => match win_errors_catalog::check(source) {
            Ok(catalog) => Outcome::Passed {
                entries: catalog.entries.len(),
            },
            Err(problems) => Outcome::Rejected {
                source: source.to_owned(),
                problems,
            },
        },
    }
}

/// Checks every file; prints each problem (rustc's layout, or JSON lines) to `out` and a
/// summary to `err`. Returns 0 when every file passed, 1 otherwise.
pub fn run(files: &[String], json: bool, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let mut problem_count = 0;
    let mut failed_files = 0;
    for file in files {
        let outcome = check_file(Path::new(file));
        let text = match &outcome {
            Outcome::Passed { entries } if json => json_line(&Passed {
                file,
                ok: true,
                entries: *entries,
            }),
            Outcome::Passed { entries } => format!("{file}: ok, {entries} entries\n"),
            Outcome::Unreadable(why) if json => json_line(&Problem {
                file,
                line: None,
                column: None,
                message: why,
            }),
            Outcome::Unreadable(why) => format!("error: {why}\n --> {file}\n\n"),
            Outcome::Rejected { source, problems } => {
                let map = SourceMap::new(source);
                problems
                    .iter()
                    .map(|p| {
                        if json {
                            let position = p.span.as_ref().map(|s| map.position(s.start));
                            json_line(&Problem {
                                file,
                                line: position.map(|p| p.line),
                                column: position.map(|p| p.column),
                                message: &p.message,
                            })
                        } else {
                            map.render_rustc(file, p) + "\n\n"
                        }
                    })
                    .collect()
            }
        };
        match &outcome {
            Outcome::Passed { .. } => {}
            Outcome::Unreadable(_) => {
                problem_count += 1;
                failed_files += 1;
            }
            Outcome::Rejected { problems, .. } => {
                problem_count += problems.len();
                failed_files += 1;
            }
        }
        let _ = out.write_all(text.as_bytes());
    }
    if failed_files == 0 {
        return 0;
    }
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    let _ = writeln!(
        err,
        "win-errors: {} in {}",
        plural(problem_count, "problem"),
        plural(failed_files, "file")
    );
    1
}

fn json_line(value: &impl Serialize) -> String {
    serde_json::to_string(value).unwrap_or_default() + "\n"
}
