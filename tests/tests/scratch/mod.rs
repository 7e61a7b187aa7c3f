//! Scratch crates that use the macro the way a user's crate does, built by cargo.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The workspace's root directory.
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

/// A crate `name` under this package's scratch directory, depending on win-errors as
/// `dependency` (a TOML inline table without the path, e.g. `{ default-features = false }`,
/// or with a `package` key to rename it), with `files` (relative path, contents) written in.
/// Sources from an earlier run are replaced; its `target` directory is kept.
pub fn scratch_crate(
    name: &str,
    edition: &str,
    dependency: (&str, &str),
    files: &[(&str, &str)],
) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(dir.join("src"));
    std::fs::create_dir_all(dir.join("src")).unwrap();
    let runtime = workspace_root().join("win-errors");
    let (dependency_name, options) = dependency;
    let options = options
        .trim()
        .trim_start_matches('{')
        .trim_end_matches('}')
        .trim();
    let separator = if options.is_empty() { "" } else { ", " };
    std::fs::write(
        dir.join("Cargo.toml"),
        format!(
            "[package]\nname = \"{name}\"\nversion = \"0.0.0\"\nedition = \"{edition}\"\npublish = false\n\n\
             [dependencies]\n{dependency_name} = {{ path = {:?}{separator}{options} }}\n\n[workspace]\n",
            runtime.to_str().unwrap()
        ),
    )
    .unwrap();
    // The workspace's lock file: the same dependency versions, already downloaded.
    std::fs::copy(workspace_root().join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
    for (path, contents) in files {
        let path = dir.join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, contents).unwrap();
    }
    dir
}

/// A target directory shared by the scratch crates that depend on win-errors the same way
/// (without default features), so its dependencies build once per test run.
pub fn shared_target() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join("scratch-target")
}

/// Runs `cargo <args> --offline` in `dir` with `target` as the target directory and no
/// inherited `RUSTFLAGS`.
#[allow(dead_code)]
pub fn cargo(dir: &Path, target: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO"))
        .args(args)
        .arg("--offline")
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", target)
        .env_remove("RUSTFLAGS")
        .output()
        .unwrap()
}

/// Runs `cargo doc --no-deps --offline` in `dir` with rustdoc's warnings denied, as CI
/// builds documentation.
#[allow(dead_code)]
pub fn cargo_doc_strict(dir: &Path, target: &Path) -> Output {
    Command::new(env!("CARGO"))
        .args(["doc", "--no-deps", "--offline"])
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", target)
        .env("RUSTDOCFLAGS", "-D warnings")
        .env_remove("RUSTFLAGS")
        .output()
        .unwrap()
}

/// Panics with cargo's output unless it succeeded.
#[allow(dead_code)]
pub fn assert_success(output: &Output, what: &str) {
    assert!(
        output.status.success(),
        "{what} failed:\n{}\n{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}
