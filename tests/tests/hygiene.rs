//! Generated code compiles without a warning in user crates that make it hard: `no_std`,
//! editions 2021 and 2024, `deny(warnings, missing_docs)`, and their own items called
//! `Option`, `Result`, `core`, `std`, `str` and friends in scope, macros that shadow the
//! built-in ones included. Each edition builds a scratch crate with cargo.

mod scratch;

/// A user's library that shadows every name generated code could pick up unqualified.
const LIB: &str = r#"
//! A user's no_std crate with hostile names in scope.
#![no_std]
#![deny(warnings, missing_docs, unused_qualifications)]
#![allow(non_camel_case_types)]

/// Shadows `core::option::Option`.
pub struct Option;
/// Shadows `core::result::Result`.
pub struct Result;
/// Shadows `Some`.
pub struct Some;
/// Shadows `None`.
pub struct None;
/// Shadows `Ok`.
pub struct Ok;
/// Shadows `Err`.
pub struct Err;
/// Shadows the `str` primitive.
pub struct str;
/// Shadows the `u32` primitive.
pub struct u32;
/// Shadows the `usize` primitive.
pub struct usize;
/// Shadows `Self`-less helpers a macro might call.
pub struct Default;
/// Shadows the `core` crate.
pub mod core {}
/// Shadows the `std` crate.
pub mod std {}
/// Shadows a trait generated code might name unqualified.
pub trait Into {}
/// Shadows a trait generated code might name unqualified.
pub trait From {}

// Shadowed built-in macros: generated code must call them by their absolute paths.
#[allow(unused_macros)]
macro_rules! panic { ($($t:tt)*) => { compile_error!("the user's panic!") }; }
#[allow(unused_macros)]
macro_rules! include_bytes { ($($t:tt)*) => { compile_error!("the user's include_bytes!") }; }
#[allow(unused_macros)]
macro_rules! concat { ($($t:tt)*) => { compile_error!("the user's concat!") }; }
#[allow(unused_macros)]
macro_rules! write { ($($t:tt)*) => { compile_error!("the user's write!") }; }
#[allow(unused_macros)]
macro_rules! matches { ($($t:tt)*) => { compile_error!("the user's matches!") }; }

// The catalog with every table generated code can emit, at the root where the shadowing
// items are declared.
win_errors::win_errors!("tricky.toml");

/// The seed catalog: related entries by name and code, a description.
pub mod seed {
    #[allow(unused_imports)]
    use super::*;
    win_errors::win_errors!("seed.toml");
}

/// A Win32-coded catalog, which adds the HRESULT conversions.
pub mod win32 {
    #[allow(unused_imports)]
    use super::*;
    win_errors::win_errors!("win32.toml");
}

/// Uses the generated API so that nothing is dead code.
pub fn lookups() -> (&'static ::core::primitive::str, ::core::primitive::u32) {
    let entry = Tricky::ALL[0];
    let same = Tricky::from_code(entry.code()).unwrap_or(entry);
    let named = seed::WinError::from_name("ERROR_NO_SUCH_LOGON_SESSION");
    let denied = win32::Win32::expect_code(5);
    (same.message(), named.map_or(denied.to_hresult().0, |e| e.code()))
}
"#;

const WIN32: &str = r#"
[catalog]
enum = "Win32"
codes = "win32"

[[error]]
name = "ERROR_ACCESS_DENIED"
code = 5
message = "Access is denied."
"#;

fn catalog(name: &str) -> String {
    std::fs::read_to_string(scratch::workspace_root().join("tests/catalogs").join(name)).unwrap()
}

fn build(edition: &str, features: &str) {
    let tricky = catalog("tricky.toml");
    let seed = catalog("seed.toml");
    let name = format!("hygiene-{edition}");
    let dir = scratch::scratch_crate(
        &name,
        edition,
        ("win-errors", features),
        &[
            ("src/lib.rs", LIB),
            ("tricky.toml", &tricky),
            ("seed.toml", &seed),
            ("win32.toml", WIN32),
        ],
    );
    let output = scratch::cargo(&dir, &scratch::shared_target(), &["build"]);
    scratch::assert_success(&output, &format!("the edition {edition} crate"));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!stderr.contains("warning"), "{stderr}");
}

#[test]
fn no_std_edition_2021_with_serde_and_shadowed_names() {
    build(
        "2021",
        "{ default-features = false, features = [\"macro\", \"serde\"] }",
    );
}

#[test]
fn no_std_edition_2024_with_shadowed_names() {
    build(
        "2024",
        "{ default-features = false, features = [\"macro\"] }",
    );
}
