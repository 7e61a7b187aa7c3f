//! Helpers shared by the integration tests.

// Each test binary compiles this module and uses some of it.
#![allow(dead_code)]

use std::path::PathBuf;

/// The source of windows-sys's `Win32::Foundation` module, of the version this package
/// builds with.
pub fn windows_sys_foundation_source() -> String {
    let manifest = windows_sys_manifest();
    let source = windows_sys_dir(&manifest).join("src/Windows/Win32/Foundation/mod.rs");
    std::fs::read_to_string(source).unwrap()
}

/// Every `pub const` of windows-sys (all modules, whatever features are on), as
/// `(name, value as a u32 bit pattern)`, for the integer constants it can read.
pub fn windows_sys_constants() -> Vec<(String, u32)> {
    windows_sys_constants_where(|_| true)
}

/// The constants of windows-sys declared with type `ty`, such as `FACILITY_CODE`.
pub fn windows_sys_constants_of_type(ty: &str) -> Vec<(String, u32)> {
    let declared = format!(": {ty} = ");
    windows_sys_constants_where(|line| line.contains(&declared))
}

fn windows_sys_constants_where(keep: impl Fn(&str) -> bool) -> Vec<(String, u32)> {
    let src = windows_sys_dir(&windows_sys_manifest()).join("src");
    let mut files = vec![src];
    let mut constants = Vec::new();
    while let Some(path) = files.pop() {
        if path.is_dir() {
            files.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).unwrap();
            constants.extend(
                text.lines()
                    .filter(|l| keep(l))
                    .filter_map(integer_constant),
            );
        }
    }
    constants
}

/// `pub const NAME: TYPE = 12029u32;` (or `= 0x80004005_u32 as _;`, `= -2147217407i32;`).
pub fn integer_constant(line: &str) -> Option<(String, u32)> {
    let rest = line.strip_prefix("pub const ")?;
    let (name, rest) = rest.split_once(": ")?;
    let value = rest.split_once(" = ")?.1.trim_end_matches(';');
    let value = value.split(" as ").next()?.trim();
    let digits = value
        .trim_end_matches("u32")
        .trim_end_matches("i32")
        .trim_end_matches('_')
        .replace('_', "");
    let number = match digits.strip_prefix("0x") {
        Some(hex) => i64::from_str_radix(hex, 16).ok()?,
        None => digits.parse::<i64>().ok()?,
    };
    let value = u32::try_from(number)
        .ok()
        .or_else(|| i32::try_from(number).ok().map(|n| n as u32))?;
    Some((name.to_owned(), value))
}

/// The manifest of the windows-sys package this package builds with, found through
/// `cargo metadata` for this platform only (so it works offline with Windows-only crates in
/// the dependency graph).
fn windows_sys_manifest() -> String {
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
    metadata["packages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "windows-sys" && p["version"].as_str().unwrap().starts_with("0.61"))
        .expect("windows-sys 0.61 in the dependency graph")["manifest_path"]
        .as_str()
        .unwrap()
        .to_owned()
}

fn windows_sys_dir(manifest: &str) -> PathBuf {
    PathBuf::from(manifest).parent().unwrap().to_path_buf()
}
