//! Compile-fail tests: one per class of catalog error, with the compiler's output
//! committed next to each in `ui/*.stderr` (regenerate with `TRYBUILD=overwrite`).

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.compile_fail("ui/*.rs");
    t.pass("pass/*.rs");
}
