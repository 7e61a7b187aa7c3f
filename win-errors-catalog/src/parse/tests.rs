//! Parsing: keys, value types, code forms, syntax errors, each with its span.

use super::*;
use crate::diagnostic::Diagnostic;

fn parse(source: &str) -> (Catalog, Vec<Diagnostic>) {
    let mut report = Reporter::new(source);
    let catalog = parse_catalog(&mut report, source, &[]).unwrap_or_default();
    (catalog, report.finish())
}

fn messages(source: &str) -> Vec<String> {
    parse(source).1.into_iter().map(|d| d.message).collect()
}

#[test]
fn reads_every_key_with_its_span() {
    let source = r#"
[catalog]
enum = "Errs"
description = "Mine."

[[error]]
name = "ERROR_A"
code = 0x10
message = "A."
related = ["ERROR_B", 2, "0x3", { name = "ERROR_D", code = 4 }, { code = 5 }]
aliases = ["ERROR_AA"]
description = "Long."
variant = "Alpha"
"#;
    let (catalog, diagnostics) = parse(source);
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    assert_eq!(catalog.enum_name.unwrap().value, "Errs");
    assert_eq!(catalog.description.unwrap().value, "Mine.");
    let entry = &catalog.entries[0];
    assert_eq!(&source[entry.header.clone()], "[[error]]");
    let code = entry.code.as_ref().unwrap();
    assert_eq!((code.value, &source[code.span.clone()]), (16, "0x10"));
    assert_eq!(entry.message.as_ref().unwrap().value, "A.");
    let related: Vec<_> = entry.related.iter().map(|r| r.value.clone()).collect();
    assert!(matches!(&related[0], RelatedRef::Name(n) if n.value == "ERROR_B"));
    assert!(matches!(&related[1], RelatedRef::Code(c) if c.value == 2));
    assert!(matches!(&related[2], RelatedRef::Code(c) if c.value == 3));
    assert!(
        matches!(&related[3], RelatedRef::Both { name, code } if name.value == "ERROR_D" && code.value == 4)
    );
    assert!(matches!(&related[4], RelatedRef::Code(c) if c.value == 5));
    assert_eq!(entry.aliases[0].value, "ERROR_AA");
    assert_eq!(entry.description.as_ref().unwrap().value, "Long.");
    assert_eq!(entry.variant.as_ref().unwrap().value, "Alpha");
}

#[test]
fn codes_in_every_accepted_form() {
    for (text, expected) in [
        ("0", 0),
        ("4294967295", u32::MAX),
        ("0xFFFFFFFF", u32::MAX),
        ("0o17", 15),
        ("\"1312\"", 1312),
        ("\"0x520\"", 1312),
        ("\"0X520\"", 1312),
    ] {
        let source = format!("[[error]]\nname = \"A\"\nmessage = \"m\"\ncode = {text}\n");
        let (catalog, diagnostics) = parse(&source);
        assert!(diagnostics.is_empty(), "{text}: {diagnostics:?}");
        assert_eq!(
            catalog.entries[0].code.as_ref().unwrap().value,
            expected,
            "{text}"
        );
    }
}

#[test]
fn codes_out_of_range_or_unparsable() {
    let cases = [
        ("-1", "code -1 is negative"),
        (
            "4294967296",
            "code 4294967296 (0x100000000) is above u32::MAX",
        ),
        ("\"-5\"", "code -5 is negative"),
        // Negative first, however large: the sign is the mistake, not the size.
        (
            "\"-0x100000000\"",
            "code \"-0x100000000\" is negative: codes range over 0..=4294967295 (u32)",
        ),
        ("\"0x1_0000_0000\"", "is not a number"),
        ("\"0x100000000\"", "is above u32::MAX"),
        (
            "\"99999999999999999999999999999999999999999\"",
            "is above u32::MAX",
        ),
        ("\"12a\"", "code \"12a\" is not a number"),
        ("\"\"", "is not a number"),
        ("\"0x\"", "is not a number"),
        (
            "1.5",
            "`code` must be an integer or a string such as \"0x520\", found a float",
        ),
    ];
    for (text, expected) in cases {
        let source = format!("[[error]]\nname = \"A\"\nmessage = \"m\"\ncode = {text}\n");
        let found = messages(&source);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert!(found[0].contains(expected), "{text}: {found:?}");
    }
}

#[test]
fn syntax_errors_are_reported_alone_with_their_position() {
    let (_, diagnostics) = parse("[[error]]\nname = \"A\"\ncode = = 3\n");
    assert!(!diagnostics.is_empty());
    assert!(
        diagnostics
            .iter()
            .all(|d| d.message.starts_with("invalid TOML: "))
    );
    assert!(diagnostics[0].span.is_some());
}

#[test]
fn unknown_keys_suggest_the_nearest_known_key() {
    let found = messages(
        "[catalog]\nenun = \"X\"\n[[error]]\nname = \"A\"\ncode = 1\nmesage = \"m\"\ncolour = 1\n[[errors]]\n",
    );
    assert_eq!(
        found,
        [
            "unknown key `enun` in `[catalog]`; did you mean `enum`?",
            "entry A is missing the required key `message`",
            "unknown key `mesage` in an `[[error]]` entry; did you mean `message`?",
            "unknown key `colour` in an `[[error]]` entry; expected one of `name`, `code`, `documented_code`, `caption`, `message`, `message_known`, `family`, `related`, `aliases`, `description`, `meaning`, `context`, `remedies`, `faq`, `parameters`, `summary`, `variant`",
            "unknown key `errors` in the top-level table; did you mean `error`?",
        ]
    );
}

/// Each key the lists name is one the parser reads: given a value of the wrong type (`1e0`,
/// a float no key takes), it is reported as that, never as an unknown key.
#[test]
fn every_listed_key_is_read() {
    let entry = "[[error]]\nname = \"ERROR_A\"\ncode = 1\nmessage = \"A.\"\n";
    let cases = [
        (TOP_LEVEL_KEYS, "{key} = 1e0\n".to_owned()),
        (CATALOG_KEYS, format!("[catalog]\n{{key}} = 1e0\n{entry}")),
        (ENTRY_KEYS, "[[error]]\n{key} = 1e0\n".to_owned()),
        (
            RELATED_KEYS,
            format!("{entry}related = [{{ {{key}} = 1e0 }}]\n"),
        ),
        (FAQ_KEYS, format!("{entry}faq = [{{ {{key}} = 1e0 }}]\n")),
    ];
    for (keys, template) in cases {
        for key in keys {
            let source = template.replace("{key}", key);
            let messages = messages(&source);
            assert!(
                messages.iter().any(|m| m.ends_with("found a float")),
                "{source}: {messages:?}"
            );
            assert!(
                !messages.iter().any(|m| m.starts_with("unknown key")),
                "{source}: {messages:?}"
            );
        }
    }
}

#[test]
fn faq_items_need_a_question_and_an_answer_and_nothing_else() {
    let source = "[[error]]\nname = \"A\"\ncode = 1\nmessage = \"m\"\n\
                      faq = [{ q = \"Q?\" }, { a = \"A.\", qq = \"x\" }, \"text\", { q = 1, a = \"A.\" }]\n\
                      remedies = \"one step\"\n";
    assert_eq!(
        messages(source),
        [
            "this `faq` item needs an answer `a`",
            "this `faq` item needs a question `q`",
            "unknown key `qq` in a `faq` item; did you mean `q`?",
            "each of `faq` must be a `{ q = \"question\", a = \"answer\" }` table, found a string",
            "a question (`q`) must be a string, found an integer",
            "`remedies` must be an array of strings, found a string",
        ]
    );
    let (catalog, _) = parse(source);
    // No item of `faq` could be read: the list is dropped, not reported as empty.
    assert_eq!(catalog.entries[0].faq, None);
    assert_eq!(catalog.entries[0].remedies, None);
}

#[test]
fn missing_keys_point_at_the_header() {
    let source = "[[error]]\ncode = 1\n";
    let (_, diagnostics) = parse(source);
    assert_eq!(diagnostics.len(), 1);
    assert_eq!(
        diagnostics[0].message,
        "this `[[error]]` entry is missing the required keys `name`, `message`"
    );
    assert_eq!(diagnostics[0].span, Some(0..9));
}

#[test]
fn wrong_types_name_what_was_found() {
    let found = messages("catalog = 1\nerror = { name = \"A\" }\n");
    assert_eq!(
        found,
        [
            "`catalog` must be a table (`[catalog]`), found an integer",
            "`error` must be an array of tables: write each entry under its own `[[error]]` header, found a table",
        ]
    );
    let found = messages(
        "[[error]]\nname = 1\ncode = true\nmessage = []\nrelated = [1.5, {}, { name = 2, x = 1 }]\naliases = \"A\"\n",
    );
    assert_eq!(
        found,
        [
            "`name` must be a string, found an integer",
            "`code` must be an integer or a string such as \"0x520\", found a boolean",
            "`message` must be a string, found an array",
            "a related entry must be a name, a code or a `{ name, code }` table, found a float",
            "a related entry needs a `name`, a `code` or both",
            "`name` must be a string, found an integer",
            "unknown key `x` in a related entry; expected one of `name`, `code`",
            "`aliases` must be an array of strings, found a string",
        ]
    );
}

#[test]
fn a_related_table_without_a_name_or_code_key_says_so() {
    let related = |table: &str| {
        messages(&format!(
            "[[error]]\nname = \"A\"\ncode = 1\nmessage = \"m\"\nrelated = [{table}]\n"
        ))
    };
    let needs = "a related entry needs a `name`, a `code` or both";
    assert_eq!(related("{}"), [needs]);
    // Sorted by where they start: the table's own diagnostic before its key's.
    assert_eq!(
        related("{ colour = 1 }"),
        [
            needs,
            "unknown key `colour` in a related entry; expected one of `name`, `code`"
        ]
    );
    // A name or code that was there but unreadable is reported for itself alone.
    assert_eq!(
        related("{ name = 2 }"),
        ["`name` must be a string, found an integer"]
    );
    assert_eq!(related("{ code = true }").len(), 1);
}
