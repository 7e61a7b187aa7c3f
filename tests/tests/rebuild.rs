//! Cargo rebuilds a user crate when its catalog changes, and only then.
//!
//! Builds a scratch crate that uses the macro, with cargo, three times: a first build, a
//! second with nothing changed (the crate must be fresh), and a third after an entry is
//! added to the catalog (the crate must be rebuilt and see the entry). The scratch crate
//! depends on win-errors under another name, which the generated code must cope with.

use std::path::{Path, PathBuf};

mod scratch;

const CATALOG: &str = r#"
[[error]]
name = "ERROR_FIRST"
code = 1
message = "The first entry."
"#;

const ADDED: &str = r#"
[[error]]
name = "ERROR_ADDED_LATER"
code = 2
message = "An entry added after the first build."
"#;

const MAIN: &str = r#"
errs::win_errors!("catalog.toml");

fn main() {
    for entry in WinError::ALL {
        println!("{} {}", entry.code(), entry.name());
    }
}
"#;

fn scratch() -> PathBuf {
    scratch::scratch_crate(
        "rebuild-scratch",
        "2024",
        ("errs", "{ package = \"win-errors\" }"),
        &[("src/main.rs", MAIN), ("catalog.toml", CATALOG)],
    )
}

/// Runs the scratch binary; returns whether cargo found the crate itself fresh, and what
/// the binary printed.
fn build_and_run(dir: &Path) -> (bool, String) {
    let output = scratch::cargo(
        dir,
        &scratch::shared_target(),
        &["run", "--message-format=json-render-diagnostics"],
    );
    scratch::assert_success(&output, "cargo run");
    let stdout = String::from_utf8(output.stdout).unwrap();
    let artifact = stdout
        .lines()
        .find(|line| {
            line.contains("\"reason\":\"compiler-artifact\"")
                && line.contains("\"name\":\"rebuild-scratch\"")
        })
        .expect("cargo reported the scratch crate's artifact");
    let fresh = artifact.contains("\"fresh\":true");
    let printed = stdout
        .lines()
        .filter(|line| !line.starts_with('{'))
        .collect::<Vec<_>>()
        .join("\n");
    (fresh, printed)
}

#[test]
fn editing_the_catalog_rebuilds_and_an_untouched_catalog_does_not() {
    let dir = scratch();

    let (_, printed) = build_and_run(&dir);
    assert_eq!(printed, "1 ERROR_FIRST");

    let (fresh, printed) = build_and_run(&dir);
    assert!(fresh, "nothing changed, yet the crate was rebuilt");
    assert_eq!(printed, "1 ERROR_FIRST");

    // Coarse file-system timestamps could hide an edit made within the same tick.
    std::thread::sleep(std::time::Duration::from_millis(1100));
    std::fs::write(dir.join("catalog.toml"), format!("{CATALOG}{ADDED}")).unwrap();
    let (fresh, printed) = build_and_run(&dir);
    assert!(!fresh, "the catalog changed, yet the crate was not rebuilt");
    assert_eq!(printed, "1 ERROR_FIRST\n2 ERROR_ADDED_LATER");
}
