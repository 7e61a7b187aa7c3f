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
