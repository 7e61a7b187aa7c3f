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

#[test]
fn the_shipped_types_alone_need_no_proc_macro() {
    let output = std::process::Command::new(env!("CARGO"))
        .args([
            "tree",
            "--offline",
            "-p",
            "win-errors",
            "--no-default-features",
            "--features",
            "std,system,com,ntstatus",
            "-e",
            "normal",
            "--prefix",
            "none",
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let tree = String::from_utf8(output.stdout).unwrap();
    let crates: Vec<&str> = tree.lines().collect();
    assert!(!tree.contains("proc-macro"), "{tree}");
    assert_eq!(
        crates.len(),
        3,
        "win-errors, win-errors-core and its table readers only: {tree}"
    );
}
