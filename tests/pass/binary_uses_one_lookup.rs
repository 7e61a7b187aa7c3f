//! A binary that uses one lookup compiles without warnings: the generated API it does not
//! use is not reported as dead code.
#![deny(warnings)]

win_errors::win_errors!("../catalogs/seed.toml");

fn main() {
    assert_eq!(WinError::from_code(87).map(WinError::code), Some(87));
}
