//! Catalogs written to break the loader and the rule book. Each gets a checked catalog or
//! diagnostics that point inside the file, never a panic, a stack overflow or a hang.

use win_errors_catalog::{Diagnostic, SourceMap, check};

const ENTRY: &str = "[[error]]\nname = \"ERROR_A\"\ncode = 1\nmessage = \"a\"\n";

/// `(line, column)` of every diagnostic, asserting that each points inside `source`.
fn positions(source: &str, problems: &[Diagnostic]) -> Vec<(usize, usize)> {
    let map = SourceMap::new(source);
    problems
        .iter()
        .map(|d| {
            let span = d.span.clone().expect("a position");
            assert!(span.start <= source.len(), "{d:?} outside the file");
            let p = map.position(span.start);
            (p.line, p.column)
        })
        .collect()
}

fn entries(count: usize, name: impl Fn(usize) -> String) -> String {
    (1..=count)
        .map(|i| {
            format!(
                "[[error]]\nname = \"{}\"\ncode = {i}\nmessage = \"m\"\n",
                name(i)
            )
        })
        .collect()
}

#[test]
fn deep_nesting_is_a_positioned_error_not_a_stack_overflow() {
    for depth in [100, 100_000] {
        let tables = format!(
            "{ENTRY}x = {}1{}\n",
            "{ a = ".repeat(depth),
            " }".repeat(depth)
        );
        let arrays = format!(
            "{ENTRY}related = {}1{}\n",
            "[".repeat(depth),
            "]".repeat(depth)
        );
        for source in [tables, arrays] {
            let problems = check(&source).unwrap_err();
            assert_eq!(problems.len(), 1, "{problems:?}");
            assert!(problems[0].message.contains("recursion"), "{problems:?}");
            assert_eq!(positions(&source, &problems)[0].0, 5);
        }
    }
}

#[test]
fn a_byte_order_mark_is_accepted_and_not_counted_as_a_column() {
    let source = format!("\u{feff}{ENTRY}");
    assert_eq!(check(&source).unwrap().entries[0].name, "ERROR_A");
    let broken = format!("\u{feff}code = -1\n{ENTRY}");
    let problems = check(&broken).unwrap_err();
    assert_eq!(positions(&broken, &problems), [(1, 1)]);
}

#[test]
fn crlf_line_endings_keep_line_numbers_and_messages_right() {
    let source = format!("{ENTRY}[[error]]\nname = \"ERROR_B\"\ncode = 1\nmessage = \"b\"\n")
        .replace('\n', "\r\n");
    let problems = check(&source).unwrap_err();
    assert_eq!(positions(&source, &problems), [(7, 8)]);
    let rendered = problems[0].render("c.toml", &source);
    assert!(rendered.contains("7 | code = 1\n"), "{rendered}");
    let fixed = source.replace("code = 1\r\nmessage = \"b\"", "code = 2\r\nmessage = \"b\"");
    let catalog = check(&fixed).unwrap();
    assert_eq!(catalog.entries[1].message.as_deref(), Some("b"));
}

#[test]
fn a_ten_megabyte_message_is_kept_whole() {
    let message = "x".repeat(10 << 20);
    let source = format!("[[error]]\nname = \"ERROR_A\"\ncode = 1\nmessage = \"{message}\"\n");
    assert_eq!(
        check(&source).unwrap().entries[0]
            .message
            .as_ref()
            .map(String::len),
        Some(10 << 20)
    );
}

#[test]
fn a_hundred_thousand_related_references() {
    let count = 100_000;
    let list: String = (2..=count + 1).map(|c| format!("{c}, ")).collect();
    let root = format!(
        "[[error]]\nname = \"ERROR_ROOT\"\ncode = 1\nmessage = \"r\"\nrelated = [{list}]\n"
    );
    // All resolve.
    let source = root.clone()
        + &entries(count + 1, |i| format!("ERROR_E{i}")).replacen(
            "[[error]]\nname = \"ERROR_E1\"\ncode = 1\nmessage = \"m\"\n",
            "",
            1,
        );
    let catalog = check(&source).unwrap();
    assert_eq!(catalog.entries[0].related.len(), count);
    assert_eq!(catalog.entries[count].referenced_by, [0]);
    // None resolves: one diagnostic each, on line 5.
    let problems = check(&root).unwrap_err();
    assert_eq!(problems.len(), count);
    assert!(
        positions(&root, &problems)
            .iter()
            .all(|&(line, _)| line == 5)
    );
}

#[test]
fn a_hundred_thousand_duplicate_names_are_each_reported_with_the_first_line() {
    let source = entries(100_000, |_| "ERROR_SAME".to_owned());
    let problems = check(&source).unwrap_err();
    assert_eq!(problems.len(), 99_999);
    assert!(
        problems[0].message.contains("line 2"),
        "{}",
        problems[0].message
    );
    assert_eq!(positions(&source, &problems).last(), Some(&(399_998, 8)));
}

#[test]
fn a_catalog_on_one_enormous_line_quotes_a_window_of_it() {
    let list: String = (0..200_000).map(|_| "7, ").collect();
    let source = format!("{ENTRY}related = [{list}]");
    let problems = check(&source).unwrap_err();
    assert_eq!(problems.len(), 200_000);
    let map = SourceMap::new(&source);
    let last = map.render("c.toml", &problems[problems.len() - 1]);
    assert!(last.len() < 400, "{last}");
    assert!(
        last.starts_with("c.toml:5:600009: related code 7 (0x7) is not in the catalog"),
        "{last}"
    );
}
