//! The pregenerated shipped catalogs (`win-errors-core/src/generated/`) are what `cargo
//! codegen` writes now, and a crate that uses only them builds no proc macro.

#[test]
fn the_generated_catalogs_are_fresh() {
    let mut stale = Vec::new();
    for (path, expected) in win_errors_codegen::expected().unwrap() {
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        if committed != expected {
            stale.push(path.display().to_string());
        }
    }
    assert!(
        stale.is_empty(),
        "{} differ from what the generator writes: run `{}` and commit the result",
        stale.join(", "),
        win_errors_codegen::COMMAND
    );
}

/// The crates `package` builds (normal dependencies), one per line, with `arguments`.
fn dependency_tree(package: &str, arguments: &[&str]) -> String {
    let output = std::process::Command::new(env!("CARGO"))
        .args(["tree", "--offline", "-p", package])
        .args(arguments)
        .args(["-e", "normal", "--prefix", "none"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn the_shipped_types_alone_need_no_proc_macro() {
    let tree = dependency_tree(
        "win-errors",
        &["--no-default-features", "--features", "std,all-catalogs"],
    );
    let crates: Vec<&str> = tree.lines().collect();
    assert!(!tree.contains("proc-macro"), "{tree}");
    assert_eq!(
        crates.len(),
        3,
        "win-errors, win-errors-core and its table readers only: {tree}"
    );
}

#[test]
fn the_scanner_and_the_tool_build_no_catalog_macro() {
    // The scanner needs no proc macro at all; the tool has clap's and serde's derives, and
    // the generator as a library (for `check` and `fmt`), but not the `win_errors!` macro.
    let scanner = dependency_tree("win-errors-scan", &[]);
    assert!(!scanner.contains("proc-macro"), "{scanner}");
    let tool = dependency_tree("win-errors-cli", &[]);
    assert!(tool.contains("win-errors-core"), "{tool}");
    assert!(!tool.contains("win-errors-macros"), "{tool}");
    assert!(
        !tool.lines().any(|l| l.starts_with("win-errors v")),
        "{tool}"
    );
}
