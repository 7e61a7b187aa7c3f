//! `win-errors fmt` end to end: canonical output that means the same catalog, comments kept,
//! idempotent, `--check` with a diff, and refusals for files it cannot format.

mod common;

use std::path::{Path, PathBuf};

use common::root;

fn fmt(args: &[&str]) -> (i32, String, String) {
    common::run("fmt", args)
}

/// A fresh copy of `text` in this test's scratch directory.
fn scratch(name: &str, text: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("fmt");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

const MESSY: &str = r#"# My team's service errors.
# The formatter keeps this header on top.

[[error]]
# Above the message key.
message = 'He said "hi"'   # after the message
code = "0x2"
name  =  "SVC_B"
summary = 'B in short.'
faq = [{ a = "Yes.", q = "Is B bad?" }]
related = [ 1 ]
remedies = ["Retry.", # a retry is cheap
  # then
  "Call support."]
meaning = "B means trouble."

[catalog]
description = "Service errors."
enum="Svc"

# A note set apart from the entry below.

# Directly above SVC_A.
[[error]]
name = "SVC_A"
code = 0x1
message = "A."
aliases=['SVC_AA']
related = [
  # why B
  { code = 2, name = "SVC_B" },
]
"#;

const CANONICAL: &str = r#"# My team's service errors.
# The formatter keeps this header on top.

[catalog]
enum = "Svc"
description = "Service errors."

# A note set apart from the entry below.

# Directly above SVC_A.
[[error]]
name = "SVC_A"
code = 0x1
message = "A."
related = [
  # why B
  { name = "SVC_B", code = 0x2 },
]
aliases = ["SVC_AA"]

[[error]]
name = "SVC_B"
code = 0x2
# Above the message key.
message = "He said \"hi\"" # after the message
related = [0x1]
meaning = "B means trouble."
remedies = [
    "Retry.",
    # a retry is cheap
    # then
    "Call support.",
]
faq = [
    { q = "Is B bad?", a = "Yes." },
]
summary = "B in short."
"#;

#[test]
fn a_messy_catalog_becomes_canonical_with_its_comments() {
    let path = scratch("messy.toml", MESSY);
    let file = path.to_str().unwrap();
    let (status, stdout, stderr) = fmt(&[file]);
    assert_eq!((status, stdout.as_str(), stderr.as_str()), (0, "", ""));
    let formatted = std::fs::read_to_string(&path).unwrap();
    assert_eq!(formatted, CANONICAL);
    assert_eq!(
        win_errors_catalog::check(&formatted),
        win_errors_catalog::check(MESSY)
    );
    // Idempotent.
    assert_eq!(fmt(&["--check", file]).0, 0);
}

#[test]
fn check_shows_a_diff_and_changes_nothing() {
    let path = scratch("check.toml", MESSY);
    let file = path.to_str().unwrap();
    let (status, stdout, stderr) = fmt(&["--check", file]);
    assert_eq!(status, 1);
    assert!(
        stdout.starts_with(&format!("--- {file}\n+++ {file} (formatted)\n@@ ")),
        "{stdout}"
    );
    assert!(stdout.contains("\n-enum=\"Svc\"\n"), "{stdout}");
    assert!(stdout.contains("\n+enum = \"Svc\"\n"), "{stdout}");
    assert_eq!(
        stderr,
        "win-errors: 1 file not in canonical form (run `win-errors fmt`)\n"
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), MESSY);
}

#[test]
fn the_shipped_catalogs_are_canonical() {
    assert_eq!(
        fmt(&[
            "--check",
            "catalog.toml",
            "com.toml",
            "ntstatus.toml",
            "ras.toml",
            "ese.toml",
            "pdh.toml",
            "mci.toml",
            "msi.toml"
        ]),
        (0, String::new(), String::new())
    );
}

/// The catalog as the macro's rule book checks it (with the shipped catalogs a relation may
/// name), without where it names a shipped entry, which formatting moves.
fn checked_in_any_layout(
    source: &str,
) -> Result<win_errors_catalog::CheckedCatalog, Vec<win_errors_catalog::Diagnostic>> {
    let mut checked = win_errors_generator::check(source)?;
    for entry in &mut checked.entries {
        for related in &mut entry.related {
            if let win_errors_catalog::CheckedRelated::Shipped(shipped) = related {
                (shipped.line, shipped.column) = (0, 0);
            }
        }
    }
    Ok(checked)
}

#[test]
fn every_test_catalog_formats_to_the_same_catalog_idempotently() {
    for entry in std::fs::read_dir(root().join("tests/catalogs")).unwrap() {
        let path = entry.unwrap().path();
        // TOML catalogs: fmt refuses message files, and the real ones have a folder.
        if path.extension().is_none_or(|e| e != "toml") {
            continue;
        }
        let original = std::fs::read_to_string(path).unwrap();
        let path = scratch("catalog.toml", &original);
        let file = path.to_str().unwrap();
        assert_eq!(fmt(&[file]).0, 0);
        let formatted = std::fs::read_to_string(&path).unwrap();
        assert_eq!(
            checked_in_any_layout(&formatted),
            checked_in_any_layout(&original),
            "{formatted}"
        );
        let comments = |text: &str| {
            text.lines()
                .filter(|l| l.trim_start().starts_with('#'))
                .count()
        };
        assert_eq!(comments(&formatted), comments(&original), "{formatted}");
        assert_eq!(fmt(&["--check", file]).0, 0, "not idempotent:\n{formatted}");
    }
}

#[test]
fn malformed_or_unreadable_files_are_refused_untouched() {
    for entry in std::fs::read_dir(root().join("tests/ui")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "toml") {
            continue;
        }
        let before = std::fs::read(&path).unwrap();
        let (status, stdout, stderr) = fmt(&[path.to_str().unwrap()]);
        assert_eq!(status, 1, "{}", path.display());
        assert!(stdout.starts_with("error: "), "{stdout}");
        assert!(stderr.starts_with("win-errors: "), "{stderr}");
        assert_eq!(std::fs::read(&path).unwrap(), before);
    }
    // A file that cannot be read (a directory here) is status 2, as in `scan`.
    let (status, stdout, _) = fmt(&["tests"]);
    assert_eq!(status, 2);
    assert_eq!(
        stdout,
        "error: is a directory, not a catalog file\n --> tests\n\n"
    );
}
