//! Generated code compiles without a warning under strict lints in the user's crate,
//! including `forbid(unsafe_code)` and clippy's pedantic group.

#![forbid(unsafe_code)]
#![deny(warnings, missing_docs, missing_debug_implementations)]
#![deny(clippy::all, clippy::pedantic)]

/// The strictly linted catalog.
pub mod strict {
    win_errors::win_errors!("catalogs/tricky.toml");
}

/// A strictly linted catalog of signed codes.
pub mod strict_signed {
    win_errors::win_errors!("catalogs/signed.toml");
}

#[test]
fn compiles_under_strict_lints() {
    assert_eq!(strict::Tricky::COUNT, 7);
    assert_eq!(strict_signed::JetError::COUNT, 5);
}
