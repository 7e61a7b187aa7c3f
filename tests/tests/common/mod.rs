//! Helpers shared by the integration tests.

// Each test binary compiles this module and uses some of it.
#![allow(dead_code)]

use std::path::PathBuf;

/// The windows-sys package this package builds with.
fn windows_sys_dir() -> PathBuf {
    xtask::windows_sys::package_dir(std::path::Path::new(env!("CARGO_MANIFEST_DIR"))).unwrap()
}

/// The source of windows-sys's `Win32::Foundation` module, of the version this package
/// builds with.
pub fn windows_sys_foundation_source() -> String {
    std::fs::read_to_string(windows_sys_dir().join("src/Windows/Win32/Foundation/mod.rs")).unwrap()
}

/// Every `pub const` of windows-sys (all modules, whatever features are on), as
/// `(name, value as a u32 bit pattern)`, for the integer constants it can read.
pub fn windows_sys_constants() -> Vec<(String, u32)> {
    xtask::windows_sys::constants_where(&windows_sys_dir(), |_| true).unwrap()
}

/// The constants of windows-sys declared with type `ty`, such as `FACILITY_CODE`.
pub fn windows_sys_constants_of_type(ty: &str) -> Vec<(String, u32)> {
    xtask::windows_sys::constants_of_type(&windows_sys_dir(), ty)
        .unwrap()
        .into_iter()
        .collect()
}

/// How a catalog's names compare with windows-sys's constants of the same names.
pub struct Comparison {
    /// Names windows-sys defines too.
    pub compared: usize,
    /// Names windows-sys lacks.
    pub absent: Vec<&'static str>,
    /// `NAME: page CODE, windows-sys VALUE` for each name windows-sys values otherwise.
    pub disagreements: Vec<String>,
}

/// Compares each `(name, code)` with windows-sys's constant of that name, codes written with
/// `shown`, and prints the counts and every disagreement under `label`.
pub fn compare_with_windows_sys(
    label: &str,
    names: impl IntoIterator<Item = (&'static str, u32)>,
    shown: fn(u32) -> String,
) -> Comparison {
    let constants: std::collections::HashMap<String, u32> =
        windows_sys_constants().into_iter().collect();
    let mut comparison = Comparison {
        compared: 0,
        absent: Vec::new(),
        disagreements: Vec::new(),
    };
    for (name, code) in names {
        match constants.get(name) {
            Some(&value) => {
                comparison.compared += 1;
                if value != code {
                    comparison.disagreements.push(format!(
                        "{name}: page {}, windows-sys {}",
                        shown(code),
                        shown(value)
                    ));
                }
            }
            None => comparison.absent.push(name),
        }
    }
    println!(
        "{} {label} names compared with windows-sys, {} not in it: {:?}",
        comparison.compared,
        comparison.absent.len(),
        comparison.absent
    );
    println!(
        "{} disagree: {:#?}",
        comparison.disagreements.len(),
        comparison.disagreements
    );
    comparison
}
