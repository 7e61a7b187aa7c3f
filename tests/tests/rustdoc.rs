//! The generated documentation reads like a reference page: rustdoc renders a rich entry's
//! sections under their headings, its related entries (and those referring to it) as links,
//! and every link lands on a variant anchor of the page. Built with cargo doc, warnings denied.

use std::collections::HashSet;

mod scratch;

const LIB: &str = r#"//! Documented errors.
win_errors::win_errors!("rich.toml");
"#;

/// The HTML of the `RichError` page.
fn page() -> String {
    let catalog =
        std::fs::read_to_string(scratch::workspace_root().join("tests/catalogs/rich.toml"))
            .unwrap();
    let dir = scratch::scratch_crate(
        "rustdoc-scratch",
        "2024",
        (
            "win-errors",
            "{ default-features = false, features = [\"macro\"] }",
        ),
        &[("src/lib.rs", LIB), ("rich.toml", &catalog)],
    );
    let target = scratch::shared_target();
    let output = scratch::cargo_doc_strict(&dir, &target);
    scratch::assert_success(&output, "cargo doc with -D warnings");
    std::fs::read_to_string(target.join("doc/rustdoc_scratch/enum.RichError.html")).unwrap()
}

/// The part of the page documenting `variant`, up to the next variant.
fn variant_section<'p>(page: &'p str, variant: &str) -> &'p str {
    let start = page
        .find(&format!("id=\"variant.{variant}\""))
        .unwrap_or_else(|| panic!("no anchor for {variant}"));
    let rest = &page[start + 1..];
    let end = rest.find("id=\"variant.").unwrap_or(rest.len());
    &rest[..end]
}

/// The targets of every link to a variant anchor (`#variant.X`, in this page or another),
/// but `own`, the section's link to itself.
fn variant_links(html: &str, own: &str) -> Vec<String> {
    html.split("href=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .filter_map(|href| href.split_once("#variant.").map(|(_, v)| v.to_owned()))
        .filter(|v| v != own)
        .collect()
}

#[test]
fn a_rich_entry_renders_every_section_and_links_that_resolve() {
    let page = page();
    let quota = variant_section(&page, "SvcEQuota");
    for heading in [
        "Meaning", "Context", "Remedies", "Related", "FAQ", "Summary",
    ] {
        assert!(
            quota.contains(&format!("{heading}</h")),
            "no {heading} heading:\n{quota}"
        );
    }
    let headings: Vec<usize> = [
        "Meaning", "Context", "Remedies", "Related", "FAQ", "Summary",
    ]
    .iter()
    .map(|h| quota.find(&format!("{h}</h")).unwrap())
    .collect();
    assert!(headings.is_sorted(), "sections out of order:\n{quota}");
    // The sections' Markdown is rendered, not shown as source.
    for rendered in [
        "quota of <em>requests</em>",
        "<code>submit</code>",
        "<ol>",
        "<strong>Does a failed request count?</strong>",
        "per <strong>account</strong>",
        "Too many requests this period.",
        "<code>SVC_E_QUOTA</code> = 1 (0x1)",
    ] {
        assert!(quota.contains(rendered), "missing {rendered}:\n{quota}");
    }
    assert_eq!(variant_links(quota, "SvcEQuota"), ["SvcERetryLater"]);
    let retry = variant_section(&page, "SvcERetryLater");
    assert!(retry.contains("Referenced by</h"), "{retry}");
    assert!(!retry.contains("Meaning</h"), "{retry}");
    assert_eq!(variant_links(retry, "SvcERetryLater"), ["SvcEQuota"]);

    let anchors: HashSet<String> = page
        .split("id=\"variant.")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .map(str::to_owned)
        .collect();
    let links = variant_links(&page, "");
    assert!(!links.is_empty());
    for link in links {
        assert!(anchors.contains(&link), "#variant.{link} has no anchor");
    }
}
