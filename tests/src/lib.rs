//! Test package of win-errors. Its library holds the README, so the README's examples run
//! as doc tests; the behaviour, compile-fail and rebuild tests are in `tests/`.

#![doc = include_str!("../README.md")]

/// The catalog of awkward messages, generated here too so that `cargo doc` checks the
/// rustdoc the macro writes (Markdown in messages must be escaped).
pub mod tricky {
    win_errors::win_errors!("catalogs/tricky.toml");
}
