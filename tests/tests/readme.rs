//! The catalogs the documents show are valid catalogs, and the ones their Rust examples
//! compile: the format example of the guide (`win-errors/docs/catalog_format.md`, whose Rust
//! examples run as doc tests of `win-errors`) and the README's own catalog (its Rust examples
//! run as doc tests of this package's library).

/// The text of the first ```toml block of `document` that starts with `start`.
fn toml_block<'a>(document: &'a str, start: &str, what: &str) -> &'a str {
    let fence = format!("```toml\n{start}");
    let begin = document.find(&fence).unwrap_or_else(|| panic!("{what}")) + "```toml\n".len();
    let length = document[begin..].find("```").unwrap();
    &document[begin..begin + length]
}

fn check(file: &str, example: &str) -> win_errors_catalog::CheckedCatalog {
    win_errors_catalog::check(example).unwrap_or_else(|problems| {
        panic!(
            "{:#?}",
            problems
                .iter()
                .map(|p| p.render(file, example))
                .collect::<Vec<_>>()
        )
    })
}

#[test]
fn the_format_example_passes_the_rules() {
    let guide = include_str!("../../win-errors/docs/catalog_format.md");
    let example = toml_block(guide, "[catalog]", "the format example");
    let catalog = check("catalog_format.md", example);
    let seed = catalog.by_code(1312).unwrap();
    assert_eq!(seed.related.len(), 3);
    assert_eq!(seed.variant, "NoSuchLogonSession");
    // The guide's doc tests expand the same text from a file of their own.
    assert_eq!(example, include_str!("../../win-errors/docs/format.toml"));
}

#[test]
fn the_nameless_example_is_the_catalog_its_doc_test_expands() {
    let guide = include_str!("../../win-errors/docs/catalog_format.md");
    let example = toml_block(
        guide,
        "[catalog]\nenum = \"InstallerMessage\"",
        "the names = \"none\" example",
    );
    check("catalog_format.md", example);
    assert_eq!(
        example,
        include_str!("../../win-errors/docs/installer.toml")
    );
}

#[test]
fn the_readme_shows_the_catalog_its_doc_test_expands() {
    let readme = include_str!("../../README.md");
    let example = toml_block(readme, "[catalog]", "the README's catalog");
    check("README.md", example);
    assert_eq!(example, include_str!("../catalogs/other.toml"));
    assert!(readme.contains(r#"win_errors::win_errors!("catalogs/other.toml");"#));
}

#[test]
fn the_message_file_example_is_the_file_its_doc_test_expands() {
    let guide = include_str!("../../win-errors/docs/catalog_format.md");
    let fence = "```text\n; // service_events.mc\n";
    let begin = guide.find(fence).expect("the .mc example") + "```text\n".len();
    let length = guide[begin..].find("```").unwrap();
    let example = &guide[begin..begin + length];
    assert_eq!(
        example,
        include_str!("../../win-errors/docs/service_events.mc")
    );
    let path = std::path::Path::new("service_events.mc");
    let catalog = win_errors_generator::check_file(path, example).unwrap();
    assert_eq!(catalog.entries.len(), 2);
}

#[test]
fn the_shipped_relations_example_is_the_catalog_its_doc_test_expands() {
    let guide = include_str!("../../win-errors/docs/catalog_format.md");
    let example = toml_block(
        guide,
        "[catalog]\nenum = \"ProfileError\"",
        "the shipped relations example",
    );
    assert_eq!(example, include_str!("../../win-errors/docs/profile.toml"));
    // With the macro's rule book, which knows the shipped catalogs.
    let catalog = win_errors_generator::check(example).unwrap();
    let related = &catalog.entries[0].related;
    assert!(
        matches!(&related[0], win_errors_catalog::CheckedRelated::Shipped(s) if s.code == 32),
        "{related:?}"
    );
}
