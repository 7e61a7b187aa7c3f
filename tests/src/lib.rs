//! Test package of win-errors. Its library holds the README, so the README's examples run
//! as doc tests; the behaviour, compile-fail and rebuild tests are in `tests/`.

#![doc = include_str!("../../README.md")]
