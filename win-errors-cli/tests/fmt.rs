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

/// Out of order, spaced and quoted every way: what the canonical layout changes is the
/// library's to test (`win-errors-catalog/src/write/canonical/tests.rs`); here, that `fmt`
/// writes it.
const MESSY: &str = r#"# Service errors.

[[error]]
message = 'B.'   # after the message
code = 2
name  =  "SVC_B"

[catalog]
enum="Svc"

[[error]]
name = "SVC_A"
code = 1
message = "A."
"#;

#[test]
fn a_messy_catalog_is_rewritten_canonical() {
    let path = scratch("messy.toml", MESSY);
    let file = path.to_str().unwrap();
    let (status, stdout, stderr) = fmt(&[file]);
    assert_eq!((status, stdout.as_str(), stderr.as_str()), (0, "", ""));
    let formatted = std::fs::read_to_string(&path).unwrap();
    let checked = win_errors_catalog::check(MESSY).unwrap();
    assert_eq!(
        formatted,
        win_errors_catalog::write::canonical::canonical(MESSY, &checked).unwrap()
    );
    assert!(formatted.starts_with("# Service errors.\n\n[catalog]\nenum = \"Svc\"\n"));
    // Idempotent.
    assert_eq!(fmt(&["--check", file]), (0, String::new(), String::new()));
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

#[test]
fn a_message_file_is_refused_and_counted_with_the_other_problems() {
    // Neither is rewritten: fmt writes only files that pass the rules.
    let (status, stdout, stderr) = fmt(&[
        "tests/catalogs/service_events.mc",
        "tests/ui/bad_caption.toml",
    ]);
    assert_eq!(status, 1);
    assert!(
        stdout.starts_with(
            "error: a message file has no canonical TOML form of its own; `win-errors import-mc tests/catalogs/service_events.mc` writes it as a TOML catalog\n --> tests/catalogs/service_events.mc\n\n"
        ),
        "{stdout}"
    );
    assert_eq!(stdout.matches("error: ").count(), 3, "{stdout}");
    // The message file's one problem and the catalog's two.
    assert_eq!(stderr, "win-errors: 3 problems in 2 files\n");
}
