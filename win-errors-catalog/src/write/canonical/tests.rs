//! The canonical layout: what each part of it does to a catalog, on small catalogs written
//! for it (the random ones are in `tests/canonical_properties.rs`).

use super::canonical;
use crate::check;

/// `source` in canonical form; it must pass the rules.
fn formatted(source: &str) -> String {
    let checked = check(source).unwrap_or_else(|problems| panic!("{problems:?}\n{source}"));
    let text = canonical(source, &checked).unwrap();
    assert_eq!(check(&text).as_ref(), Ok(&checked), "{text}");
    text
}

/// The lines of `text` that give a code, in order.
fn code_lines(text: &str) -> Vec<&str> {
    text.lines()
        .filter(|line| line.starts_with("code = ") || line.starts_with("documented_code = "))
        .collect()
}

const MESSY: &str = r#"# My team's service errors.
# The formatter keeps this header on top.

[[error]]
# Above the message key.
message = 'He said "hi"'   # after the message
code = "0x2"
name  =  "SVC_B"
summary = 'B in short.'
faq = [{ a = "Yes.", q = "Is B bad?" }]
related = [ 1 ]
remedies = ["Retry.", # a retry is cheap
  # then
  "Call support."]
meaning = "B means trouble."

[catalog]
description = "Service errors."
enum="Svc"

# A note set apart from the entry below.

# Directly above SVC_A.
[[error]]
name = "SVC_A"
code = 0x1
message = "A."
aliases=['SVC_AA']
related = [
  # why B
  { code = 2, name = "SVC_B" },
]
"#;

const CANONICAL: &str = r#"# My team's service errors.
# The formatter keeps this header on top.

[catalog]
enum = "Svc"
description = "Service errors."

# A note set apart from the entry below.

# Directly above SVC_A.
[[error]]
name = "SVC_A"
code = 0x1
message = "A."
related = [
  # why B
  { name = "SVC_B", code = 0x2 },
]
aliases = ["SVC_AA"]

[[error]]
name = "SVC_B"
code = 0x2
# Above the message key.
message = "He said \"hi\"" # after the message
related = [0x1]
meaning = "B means trouble."
remedies = [
    "Retry.",
    # a retry is cheap
    # then
    "Call support.",
]
faq = [
    { q = "Is B bad?", a = "Yes." },
]
summary = "B in short."
"#;

#[test]
fn a_messy_catalog_becomes_canonical_with_its_comments_and_stays_so() {
    assert_eq!(formatted(MESSY), CANONICAL);
    assert_eq!(formatted(CANONICAL), CANONICAL);
}

#[test]
fn codes_are_hex_when_more_than_half_are_else_decimal() {
    let entries = |codes: &[&str]| -> String {
        codes
            .iter()
            .enumerate()
            .map(|(i, code)| {
                format!("[[error]]\nname = \"E_{i}\"\ncode = {code}\nmessage = \"M.\"\n")
            })
            .collect()
    };
    // The spelling counts, not the value; a string of hex digits is hex.
    assert_eq!(
        code_lines(&formatted(&entries(&["0x1", "\"0x2\"", "3"]))),
        ["code = 0x1", "code = 0x2", "code = 0x3"]
    );
    // Half is not more than half.
    assert_eq!(
        code_lines(&formatted(&entries(&["0x1", "2"]))),
        ["code = 1", "code = 2"]
    );
    assert_eq!(
        code_lines(&formatted(&entries(&["\"1\"", "0x10", "17"]))),
        ["code = 1", "code = 16", "code = 17"]
    );
}

#[test]
fn hresults_are_hex_and_signed_codes_negative_decimals() {
    let hresults = "[catalog]\ncodes = \"hresult\"\n\n[[error]]\nname = \"E_B\"\ncode = 2147942405\nmessage = \"B.\"\ndocumented_code = 2147942406\n\n[[error]]\nname = \"E_A\"\ncode = 2147500033\nmessage = \"A.\"\n";
    assert_eq!(
        code_lines(&formatted(hresults)),
        [
            "code = 0x80004001",
            "code = 0x80070005",
            "documented_code = 0x80070006"
        ]
    );
    let signed = "[catalog]\ncodes = \"signed\"\n\n[[error]]\nname = \"E_A\"\ncode = \"0x10\"\nmessage = \"A.\"\n\n[[error]]\nname = \"E_B\"\ncode = \"-0x10\"\nmessage = \"B.\"\nrelated = [\"-1\"]\n\n[[error]]\nname = \"E_C\"\ncode = -1\nmessage = \"C.\"\n";
    let text = formatted(signed);
    // Sorted by the code's 32 bits, as the checked catalog is.
    assert_eq!(code_lines(&text), ["code = 16", "code = -16", "code = -1"]);
    assert!(text.contains("related = [-1]\n"), "{text}");
}

#[test]
fn entries_known_by_their_code_alone_are_sorted_by_it_however_it_is_written() {
    let source = "[catalog]\nnames = \"none\"\n\n[[error]]\ncode = \"0x30\"\nmessage = \"C.\"\n\n[[error]]\ncode = 32\nmessage = \"B.\"\n\n[[error]]\ncode = \"16\"\nmessage = \"A.\"\n\n[[error]]\ncode = 40\nmessage = \"D.\"\n";
    let text = formatted(source);
    assert_eq!(
        code_lines(&text),
        ["code = 16", "code = 32", "code = 40", "code = 48"]
    );
}

#[test]
fn a_file_without_a_header_starts_with_its_first_table() {
    // A comment directly above the first table is that table's, not a header.
    let source = "# About A.\n[[error]]\nname = \"E_A\"\ncode = 1\nmessage = \"A.\"\n";
    assert_eq!(formatted(source), source);
    let source = "[[error]]\nname = \"E_A\"\ncode = 1\nmessage = \"A.\"\n";
    assert_eq!(formatted(&format!("\n\n{source}\n\n")), source);
}

#[test]
fn parameters_and_their_values_are_one_a_line_with_their_keys_in_order() {
    let source = r#"[[error]]
name = "E_A"
code = 1
message = "A."
parameters = [{values=[{meaning='One.',arg2 = "Count.", value = "0x1"}], description = 'Kind.'}, { description = "Time." }]
"#;
    assert_eq!(
        formatted(source),
        r#"[[error]]
name = "E_A"
code = 1
message = "A."
parameters = [
    { description = "Kind.", values = [{ value = "0x1", meaning = "One.", arg2 = "Count." }] },
    { description = "Time." },
]
"#
    );
}

#[test]
fn the_catalog_table_keeps_its_comments_tidied_like_an_entry() {
    let source = "[[error]]\nname = \"E_A\"\ncode = 1\nmessage = \"A.\"\n\n\n   # About the catalog.\n[catalog]    # settings\nenum = \"E\"\n";
    assert_eq!(
        formatted(source),
        "# About the catalog.\n[catalog] # settings\nenum = \"E\"\n\n[[error]]\nname = \"E_A\"\ncode = 1\nmessage = \"A.\"\n"
    );
}
