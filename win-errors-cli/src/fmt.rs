//! `win-errors fmt`: rewrites catalogs in their canonical layout (described and written by
//! `win_errors_catalog::write::canonical`), or with `--check` shows how they differ from it.

use std::io::Write;
use std::path::Path;

use win_errors_catalog::write::canonical::canonical;

use crate::check::{Outcome, Problems, check_file, exit_status, problems_text};

/// Formats every file in place, or with `check` reports the ones that are not canonical
/// with a diff. Returns 0 when every file is (now) canonical, 2 when one could not be read,
/// 1 otherwise.
pub fn run(files: &[String], check: bool, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let mut problems = Problems::default();
    let mut unformatted = 0;
    let mut unreadable = false;
    for file in files {
        if win_errors_catalog::is_message_file(Path::new(file)) {
            let _ = write!(
                out,
                "error: a message file has no canonical TOML form of its own; `win-errors import-mc {file}` writes it as a TOML catalog\n --> {file}\n\n"
            );
            problems.add_file(1);
            continue;
        }
        let outcome = check_file(Path::new(file));
        unreadable |= matches!(outcome, Outcome::Unreadable(_));
        if let Some((text, count)) = problems_text(file, &outcome, false) {
            let _ = out.write_all(text.as_bytes());
            problems.add_file(count);
            continue;
        }
        let Outcome::Passed { source, catalog } = outcome else {
            continue;
        };
        let formatted = match canonical(&source, &catalog) {
            Ok(formatted) => formatted,
            Err(why) => {
                let _ = write!(out, "error: {why}\n --> {file}\n\n");
                problems.add_file(1);
                continue;
            }
        };
        if formatted == source {
            continue;
        }
        if check {
            unformatted += 1;
            let diff = similar::TextDiff::from_lines(&source, &formatted);
            let _ = write!(
                out,
                "{}",
                diff.unified_diff()
                    .context_radius(2)
                    .header(file, &format!("{file} (formatted)"))
            );
        } else if let Err(error) = std::fs::write(file, &formatted) {
            let _ = write!(out, "error: cannot write it: {error}\n --> {file}\n\n");
            problems.add_file(1);
        }
    }
    problems.write_summary(err);
    if unformatted > 0 {
        let plural = if unformatted == 1 { "" } else { "s" };
        let _ = writeln!(
            err,
            "win-errors: {unformatted} file{plural} not in canonical form (run `win-errors fmt`)"
        );
    }
    exit_status(unreadable, problems.any() || unformatted > 0)
}
