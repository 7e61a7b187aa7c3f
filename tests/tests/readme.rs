//! The README's catalog format example is a valid catalog (its Rust examples run as doc
//! tests of this package's library).

#[test]
fn the_format_example_passes_the_rules() {
    let readme = include_str!("../../README.md");
    let start = readme
        .find("```toml\n[catalog]")
        .expect("the format example")
        + "```toml\n".len();
    let length = readme[start..].find("```").unwrap();
    let example = &readme[start..start + length];
    let catalog = win_errors_catalog::check(example).unwrap_or_else(|problems| {
        panic!(
            "{:#?}",
            problems
                .iter()
                .map(|p| p.render("README.md", example))
                .collect::<Vec<_>>()
        )
    });
    let seed = catalog.by_code(1312).unwrap();
    assert_eq!(seed.related.len(), 3);
    assert_eq!(seed.variant, "NoSuchLogonSession");
}
