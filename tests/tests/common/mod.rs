//! Helpers shared by the integration tests.

use std::path::PathBuf;

/// The source of windows-sys's `Win32::Foundation` module, of the version this package
/// builds with, found through `cargo metadata` for this platform only (so it works offline
/// with Windows-only crates in the dependency graph).
pub fn windows_sys_foundation_source() -> String {
    let rustc = std::process::Command::new("rustc")
        .arg("-vV")
        .output()
        .unwrap();
    let host = String::from_utf8(rustc.stdout)
        .unwrap()
        .lines()
        .find_map(|l| l.strip_prefix("host: ").map(str::to_owned))
        .expect("rustc -vV names the host");
    let output = std::process::Command::new(env!("CARGO"))
        .args([
            "metadata",
            "--format-version",
            "1",
            "--offline",
            "--filter-platform",
            &host,
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let metadata: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let manifest = metadata["packages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "windows-sys" && p["version"].as_str().unwrap().starts_with("0.61"))
        .expect("windows-sys 0.61 in the dependency graph")["manifest_path"]
        .as_str()
        .unwrap()
        .to_owned();
    let source = PathBuf::from(manifest).with_file_name("src/Windows/Win32/Foundation/mod.rs");
    std::fs::read_to_string(source).unwrap()
}
