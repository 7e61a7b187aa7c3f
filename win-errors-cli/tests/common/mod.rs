//! Helpers shared by the end-to-end tests of the catalog commands.

use std::path::{Path, PathBuf};

use assert_cmd::Command;

/// The workspace's root, where the test catalogs are.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

/// Runs `win-errors <command> <args>` in the workspace root: exit status, stdout, stderr.
pub fn run(command: &str, args: &[&str]) -> (i32, String, String) {
    let output = Command::cargo_bin("win-errors")
        .unwrap()
        .arg(command)
        .args(args)
        .current_dir(root())
        .output()
        .unwrap();
    (
        output.status.code().unwrap(),
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}
