//! The rule book end to end: each rule through `check`, on small catalogs.

use crate::model::{CheckedRelated, CodeKind, Naming};
use crate::{Diagnostic, check};

#[test]
fn an_entry_has_its_own_family_or_the_catalogs() {
    let source = "[catalog]\nfamily = \"System\"\n[[error]]\nname = \"ERROR_A\"\ncode = 1\nmessage = \"a\"\n\
                      [[error]]\nname = \"ERROR_INTERNET_B\"\ncode = 12001\nmessage = \"b\"\nfamily = \"WinINet\"\n";
    let catalog = check(source).unwrap();
    let families: Vec<Option<&str>> = catalog
        .entries
        .iter()
        .map(|e| e.family.as_deref())
        .collect();
    assert_eq!(families, [Some("System"), Some("WinINet")]);
    let without = check("[[error]]\nname = \"A\"\ncode = 1\nmessage = \"a\"\n").unwrap();
    assert_eq!(without.entries[0].family, None);
    let empty = check("[[error]]\nname = \"A\"\ncode = 1\nmessage = \"a\"\nfamily = \" \"\n");
    assert_eq!(empty.unwrap_err()[0].message, "the `family` of A is empty");
}

#[test]
fn rich_sections_reach_the_checked_entry_in_order() {
    let source = r#"
[[error]]
name = "ERROR_A"
code = 1
message = "a"
meaning = "What it means."
context = "Where it arises."
remedies = ["First step.", "Second step."]
faq = [{ q = "Why?", a = "Because." }, { a = "Answer first.", q = "Order of keys?" }]
summary = "In short."

[[error]]
name = "ERROR_B"
code = 2
message = "b"
"#;
    let catalog = check(source).unwrap();
    let rich = &catalog.entries[0].sections;
    assert_eq!(rich.meaning.as_deref(), Some("What it means."));
    assert_eq!(rich.context.as_deref(), Some("Where it arises."));
    assert_eq!(rich.remedies, ["First step.", "Second step."]);
    let faq: Vec<(&str, &str)> = rich
        .faq
        .iter()
        .map(|f| (f.question.as_str(), f.answer.as_str()))
        .collect();
    assert_eq!(
        faq,
        [("Why?", "Because."), ("Order of keys?", "Answer first.")]
    );
    assert_eq!(rich.summary.as_deref(), Some("In short."));
    assert!(!rich.is_empty());
    assert!(catalog.entries[1].sections.is_empty());
}

#[test]
fn empty_sections_and_empty_lists_are_reported_where_they_stand() {
    let source = "[[error]]\nname = \"ERROR_A\"\ncode = 1\nmessage = \"a\"\nmeaning = \"\"\ncontext = \" \"\n\
                      remedies = [\"ok\", \"\"]\nfaq = [{ q = \"\", a = \"\\n\" }]\nsummary = \"\"\n\
                      [[error]]\nname = \"ERROR_B\"\ncode = 2\nmessage = \"b\"\nremedies = []\nfaq = []\n";
    assert_eq!(
        problems(source),
        [
            "c.toml:5:11: the `meaning` of ERROR_A is empty",
            "c.toml:6:11: the `context` of ERROR_A is empty",
            "c.toml:7:19: remedy 2 of ERROR_A is empty",
            "c.toml:8:14: question 1 of ERROR_A is empty",
            "c.toml:8:22: the answer to question 1 of ERROR_A is empty",
            "c.toml:9:11: the `summary` of ERROR_A is empty",
            "c.toml:14:12: the `remedies` of ERROR_B is an empty list; add items or leave the key out",
            "c.toml:15:7: the `faq` of ERROR_B is an empty list; add items or leave the key out",
        ]
    );
}

const SEED: &str = r#"
[[error]]
name = "ERROR_NO_SUCH_LOGON_SESSION"
code = 1312
message = "A specified logon session does not exist. It may already have been terminated."
related = ["ERROR_LOGON_SESSION_COLLISION", 87, { name = "ERROR_BAD_ARGUMENTS", code = 160 }]

[[error]]
name = "ERROR_INVALID_PARAMETER"
code = 87
message = "The parameter is incorrect."

[[error]]
name = "ERROR_BAD_ARGUMENTS"
code = 0xA0
message = "One or more arguments are not correct."

[[error]]
name = "ERROR_LOGON_SESSION_COLLISION"
code = "1366"
message = "The logon session ID is already in use."
related = ["ERROR_NO_SUCH_LOGON_SESSION"]
aliases = ["ERROR_SESSION_COLLISION"]
"#;

/// The rendered diagnostics of `source`, which must fail.
fn problems(source: &str) -> Vec<String> {
    first_lines(
        &check(source).expect_err("the catalog should be rejected"),
        source,
    )
}

/// The first line of each diagnostic of `source` as rendered, as `c.toml`.
pub(super) fn first_lines(diagnostics: &[Diagnostic], source: &str) -> Vec<String> {
    diagnostics
        .iter()
        .map(|d| {
            d.render("c.toml", source)
                .lines()
                .next()
                .unwrap()
                .to_owned()
        })
        .collect()
}

fn with(extra: &str) -> String {
    format!("{SEED}{extra}")
}

#[test]
fn the_seed_resolves_sorted_by_code_with_both_edge_directions() {
    let catalog = check(SEED).unwrap();
    assert_eq!(catalog.enum_name, "WinError");
    let names: Vec<_> = catalog.entries.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "ERROR_INVALID_PARAMETER",
            "ERROR_BAD_ARGUMENTS",
            "ERROR_NO_SUCH_LOGON_SESSION",
            "ERROR_LOGON_SESSION_COLLISION"
        ]
    );
    let seed = catalog.by_code(1312).unwrap();
    assert_eq!(seed.variant, "NoSuchLogonSession");
    assert_eq!(seed.related, [3, 0, 1].map(CheckedRelated::Own));
    assert_eq!(seed.referenced_by, [3]);
    assert_eq!(catalog.entries[0].referenced_by, [2]);
    assert_eq!(
        catalog.by_name("ERROR_SESSION_COLLISION").unwrap().code,
        1366
    );
}

#[test]
fn the_seed_pages_wrong_related_code_is_caught() {
    let source = SEED.replace(
        "87, {",
        "{ name = \"ERROR_INVALID_PARAMETER\", code = 120 }, {",
    );
    assert_eq!(
        problems(&source),
        ["c.toml:6:88: related ERROR_INVALID_PARAMETER has code 87 (0x57), not 120 (0x78)"]
    );
}

#[test]
fn empty_catalog() {
    assert_eq!(
        problems("# nothing\n"),
        [
            "c.toml: the catalog has no entries: add at least one `[[error]]` table with `name`, `code` and `message`"
        ]
    );
    assert_eq!(problems("[catalog]\nenum = \"E\"\n").len(), 1);
}

#[test]
fn enum_and_variant_names_must_be_identifiers_and_not_keywords() {
    let source = with("[catalog]\nenum = \"Win Error\"\n");
    assert_eq!(
        problems(&source),
        [
            "c.toml:25:8: `enum` \"Win Error\" is not a Rust identifier: use ASCII letters, digits and `_`, not starting with a digit"
        ]
    );
    let source = with("[[error]]\nname = \"X\"\ncode = 1\nmessage = \"m\"\nvariant = \"match\"\n");
    assert_eq!(
        problems(&source),
        ["c.toml:28:11: `variant` \"match\" is a Rust keyword"]
    );
    let source = with("[[error]]\nname = \"X\"\ncode = 1\nmessage = \"m\"\nvariant = \"ALL\"\n");
    let generated = crate::check_with(
        &source,
        &crate::Known {
            generated_items: &["ALL", "code"],
            ..Default::default()
        },
    )
    .unwrap_err()
    .diagnostics;
    assert!(crate::check(&source).is_ok());
    assert_eq!(
        generated
            .iter()
            .map(|d| d
                .render("c.toml", &source)
                .lines()
                .next()
                .unwrap_or_default()
                .to_owned())
            .collect::<Vec<_>>(),
        [
            "c.toml:28:11: `variant` \"ALL\" is the name of an item every generated type has; choose another"
        ]
    );
    let source = with("[[error]]\nname = \"SELF\"\ncode = 1\nmessage = \"m\"\n");
    assert_eq!(
        problems(&source),
        [
            "c.toml:25:8: SELF gives the variant name `Self`, a Rust keyword; set `variant` to another name"
        ]
    );
}

#[test]
fn signed_codes() {
    // `[catalog]` may come after the entries; it decides how their codes read.
    let source = "[[error]]\nname = \"JET_errFileNotFound\"\ncode = -1811\nmessage = \"m\"\nrelated = [-1812]\n\
[[error]]\nname = \"JET_errFileAccessDenied\"\ncode = \"-1812\"\nmessage = \"m\"\nrelated = [\"-1811\"]\n\
[[error]]\nname = \"JET_wrnColumnNull\"\ncode = 1004\nmessage = \"m\"\n\
[catalog]\ncodes = \"signed\"\n";
    let checked = check(source).unwrap();
    assert_eq!(checked.codes, CodeKind::Signed);
    // In the order of their 32 bits, as every catalog: the positive first.
    let codes: Vec<i32> = checked.entries.iter().map(|e| e.code as i32).collect();
    assert_eq!(codes, [1004, -1812, -1811]);
    // The range is i32's, written as an integer or a string.
    let out = source
        .replace("code = 1004", "code = 2147483648")
        .replace("code = \"-1812\"", "code = \"-99999999999\"");
    assert_eq!(
        problems(&out),
        [
            "c.toml:5:12: related code -1812 (0xFFFFF8EC) is not in the catalog",
            "c.toml:8:8: code \"-99999999999\" is outside the range of signed codes, -2147483648..=2147483647 (i32)",
            "c.toml:13:8: code 2147483648 is outside the range of signed codes, -2147483648..=2147483647 (i32)",
        ]
    );
    // Without `codes = "signed"`, a negative code is the error it always was.
    let unsigned = source.replace("codes = \"signed\"", "codes = \"other\"");
    assert!(
        problems(&unsigned)
            .iter()
            .any(|p| p.ends_with("code -1811 is negative: codes range over 0..=4294967295 (u32)")),
        "{:?}",
        problems(&unsigned)
    );
}

#[test]
fn entries_known_by_their_code_alone() {
    // Related entries name each other by code; `[catalog]` may follow the entries.
    let source = "[[error]]\ncode = 1302\nmessage = \"Please insert the disk: [2]\"\n\
[[error]]\ncode = 1101\nmessage = \"Could not open file stream: [2].\"\nrelated = [1302]\n\
[catalog]\nnames = \"none\"\n";
    let checked = check(source).unwrap();
    assert_eq!(checked.naming, Naming::None);
    let first = &checked.entries[0];
    assert_eq!(
        (first.name.as_str(), first.variant.as_str()),
        ("1101", "Code1101")
    );
    assert_eq!(first.related, [CheckedRelated::Own(1)]);
    assert_eq!(check(SEED).unwrap().naming, Naming::Symbolic);

    // A signed code's name keeps its sign; its variant cannot.
    let signed = check("[catalog]\nnames = \"none\"\ncodes = \"signed\"\n[[error]]\ncode = -1018\nmessage = \"m\"\n").unwrap();
    assert_eq!(
        (
            signed.entries[0].name.as_str(),
            signed.entries[0].variant.as_str()
        ),
        ("-1018", "CodeMinus1018")
    );
    // An HRESULT's, as its documentation writes it: eight hex digits.
    let hresult = check("[catalog]\nnames = \"none\"\ncodes = \"hresult\"\n[[error]]\ncode = 0x80070005\nmessage = \"m\"\n").unwrap();
    assert_eq!(hresult.entries[0].name, "0x80070005");

    // The documentation gives these entries no names: a catalog must not invent one, and an
    // entry still needs its code.
    let named = source
        .replace(
            "code = 1302",
            "name = \"MSI_DISK\"\ncode = 1302\naliases = [\"MSI_INSERT_DISK\"]",
        )
        .replace("code = 1101\n", "");
    assert_eq!(
        problems(&named),
        [
            "c.toml:2:8: this catalog says `names = \"none\"`: its entries are known by their code, so `name` \"MSI_DISK\" has no place here; remove it, or remove `names = \"none\"`",
            "c.toml:4:12: this catalog says `names = \"none\"`: its entries are known by their code, so `aliases` \"MSI_INSERT_DISK\" has no place here; remove it, or remove `names = \"none\"`",
            "c.toml:6:1: this `[[error]]` entry is missing the required key `code`",
        ]
    );
    // Without `names = "none"` the name is required, as always.
    let symbolic = source.replace("names = \"none\"", "names = \"symbolic\"");
    assert!(problems(&symbolic)[0].ends_with("missing the required key `name`"));
    // There, an entry without its name generates no variant: nothing collides with it.
    let taken = format!(
        "{symbolic}[[error]]\nname = \"ERROR_B\"\ncode = 7\nmessage = \"m\"\nvariant = \"Code1302\"\n"
    );
    assert_eq!(problems(&taken), problems(&symbolic));
    assert_eq!(
        problems(&source.replace("\"none\"", "\"numbers\""))
            .last()
            .unwrap(),
        "c.toml:9:9: `names` \"numbers\" is not one of \"symbolic\", \"none\""
    );
}

#[test]
fn code_kinds() {
    let checked = check(&with("[catalog]\ncodes = \"win32\"\n")).unwrap();
    assert_eq!(checked.codes, CodeKind::Win32);
    assert_eq!(check(SEED).unwrap().codes, CodeKind::Other);
    assert_eq!(
        problems(&with("[catalog]\ncodes = \"win64\"\n")),
        [
            "c.toml:25:9: `codes` \"win64\" is not one of \"win32\", \"hresult\", \"ntstatus\", \"signed\", \"other\""
        ]
    );
    let ntstatus = check(&with("[catalog]\ncodes = \"ntstatus\"\n")).unwrap();
    assert!(ntstatus.codes.is_hex() && CodeKind::Hresult.is_hex() && !CodeKind::Win32.is_hex());
}

#[test]
fn empty_texts() {
    let source = with("[[error]]\nname = \"X\"\ncode = 1\nmessage = \" \"\ndescription = \"\"\n");
    assert_eq!(
        problems(&source),
        [
            "c.toml:27:11: the `message` of X is empty",
            "c.toml:28:15: the `description` of X is empty"
        ]
    );
}

#[test]
fn documented_code_message_known_and_caption_each_say_something() {
    let entry = |keys: &str| format!("[[error]]\nname = \"ERROR_A\"\ncode = 5\n{keys}\n");
    for fine in [
        "message = \"A.\"\ndocumented_code = 6",
        "message_known = false",
        "message = \"A.\"\ncaption = \"Title\"",
    ] {
        assert!(check(&entry(fine)).is_ok(), "{fine}");
    }
    assert_eq!(
        problems(&entry("message = \"A.\"\ndocumented_code = 5")),
        [
            "c.toml:5:19: the `documented_code` of ERROR_A is its `code`; give it only where a documentation gives another value than the one the system returns"
        ]
    );
    assert_eq!(
        problems(&entry("message_known = true")),
        [
            "c.toml:4:17: `message_known = true` says nothing: give ERROR_A its `message`, or write `message_known = false` when no message is known"
        ]
    );
    assert_eq!(
        problems(&entry("message = \"A.\"\nmessage_known = false")),
        [
            "c.toml:4:11: ERROR_A has a `message` and `message_known = false`; keep the message and remove `message_known`, or remove the message"
        ]
    );
    for caption in ["\"Two\\nlines\"", "\"Two\\rlines\""] {
        assert_eq!(
            problems(&entry(&format!("message = \"A.\"\ncaption = {caption}"))),
            [
                "c.toml:5:11: the `caption` of ERROR_A spans several lines; a caption is one line, the message holds the rest"
            ],
            "{caption}"
        );
    }
}

#[test]
fn names_and_aliases_must_be_symbolic() {
    let source =
        with("[[error]]\nname = \"error_x\"\ncode = 1\nmessage = \"m\"\naliases = [\"1X\"]\n");
    let found = problems(&source);
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found[0].starts_with("c.toml:25:8: name \"error_x\" is not a symbolic name"));
    assert!(found[1].starts_with("c.toml:28:12: alias \"1X\" is not a symbolic name"));
}

#[test]
fn names_are_at_most_255_bytes() {
    let long = format!("ERROR_{}", "X".repeat(250));
    let source = with(&format!(
        "[[error]]\nname = \"{long}\"\ncode = 1\nmessage = \"m\"\n"
    ));
    assert_eq!(
        problems(&source),
        [format!(
            "c.toml:25:8: the name {}... is 256 bytes long; symbolic names are at most 255 bytes",
            &long[..32]
        )]
    );
    let fits = format!("ERROR_{}", "X".repeat(249));
    assert!(
        check(&with(&format!(
            "[[error]]\nname = \"{fits}\"\ncode = 1\nmessage = \"m\"\n"
        )))
        .is_ok()
    );
}

#[test]
fn duplicate_names_and_aliases_point_at_the_later_one() {
    let source = with(
        "[[error]]\nname = \"ERROR_BAD_ARGUMENTS\"\ncode = 1\nmessage = \"m\"\naliases = [\"ERROR_SESSION_COLLISION\"]\nvariant = \"Other\"\n",
    );
    assert_eq!(
        problems(&source),
        [
            "c.toml:25:8: duplicate name ERROR_BAD_ARGUMENTS, first used at line 14",
            "c.toml:28:12: duplicate name ERROR_SESSION_COLLISION, first used at line 23",
        ]
    );
}

#[test]
fn duplicate_codes_name_the_first_owner() {
    let source = with("[[error]]\nname = \"ERROR_X\"\ncode = 0x57\nmessage = \"m\"\n");
    assert_eq!(
        problems(&source),
        ["c.toml:26:8: duplicate code 87 (0x57), first used by ERROR_INVALID_PARAMETER at line 10"]
    );
}

#[test]
fn colliding_variant_names() {
    let source = with(
        "[[error]]\nname = \"ERROR_A_1\"\ncode = 1\nmessage = \"m\"\n[[error]]\nname = \"ERROR_A1\"\ncode = 2\nmessage = \"m\"\n[[error]]\nname = \"ERROR_Y\"\ncode = 3\nmessage = \"m\"\nvariant = \"A1\"\n",
    );
    assert_eq!(
        problems(&source),
        [
            "c.toml:29:8: ERROR_A1 and ERROR_A_1 (line 25) both generate the variant `A1`; set `variant` on one of them",
            "c.toml:36:11: ERROR_Y and ERROR_A_1 (line 25) both generate the variant `A1`; set `variant` on one of them",
        ]
    );
}

#[test]
fn unknown_related_entries_suggest_a_near_name() {
    let source = SEED.replace(
        "\"ERROR_LOGON_SESSION_COLLISION\", 87",
        "\"ERROR_LOGON_SESION_COLLISION\", 86",
    );
    assert_eq!(
        problems(&source),
        [
            "c.toml:6:12: related entry ERROR_LOGON_SESION_COLLISION is not in the catalog; did you mean ERROR_LOGON_SESSION_COLLISION?",
            "c.toml:6:44: related code 86 (0x56) is not in the catalog",
        ]
    );
}

#[test]
fn self_reference_and_repeats_in_related() {
    let source = SEED.replace(
        "related = [\"ERROR_NO_SUCH_LOGON_SESSION\"]",
        "related = [\"ERROR_SESSION_COLLISION\", 87, \"ERROR_INVALID_PARAMETER\"]",
    );
    assert_eq!(
        problems(&source),
        [
            "c.toml:22:12: ERROR_LOGON_SESSION_COLLISION lists itself as related",
            "c.toml:22:43: ERROR_INVALID_PARAMETER is listed twice in `related` (also at line 22)",
        ]
    );
}

#[test]
fn every_problem_is_reported_in_one_pass() {
    let source = "[[error]]\nname = \"a\"\ncode = 1\nmessage = \"\"\n[[error]]\nname = \"B\"\ncode = 1\nmessage = \"m\"\nrelated = [\"C\"]\n";
    assert_eq!(problems(source).len(), 4, "{:?}", problems(source));
}

#[test]
fn parameters_reach_the_checked_entry_in_order() {
    let source = r#"
[[error]]
name = "DPC_WATCHDOG_VIOLATION"
code = 0x133
message = "The DPC watchdog executed."
parameters = [
    { description = "The kind of violation.", values = [{ value = "0x0", meaning = "A single DPC ran too long.", arg2 = "The DPC time count." }] },
    { description = "The time count." },
]
"#;
    let catalog = check(source).unwrap();
    let parameters = &catalog.entries[0].sections.parameters;
    assert_eq!(parameters.len(), 2);
    assert_eq!(
        parameters[0].description.as_deref(),
        Some("The kind of violation.")
    );
    let value = &parameters[0].values[0];
    assert_eq!(
        (value.value.as_str(), value.meaning.as_deref()),
        ("0x0", Some("A single DPC ran too long."))
    );
    assert_eq!(
        value.arguments,
        [None, Some("The DPC time count.".to_owned()), None, None]
    );
    assert!(parameters[1].values.is_empty());
}

#[test]
fn each_mistake_in_parameters_is_told_where_it_is() {
    let entry = |parameters: &str| {
        format!("[[error]]\nname = \"X\"\ncode = 1\nmessage = \"x\"\nparameters = {parameters}\n")
    };
    for (parameters, expected) in [
        (
            "[]",
            "the `parameters` of X is an empty list; add items or leave the key out",
        ),
        (
            "[{}]",
            "parameter 1 of X says nothing: give its `description`, its `values` or both",
        ),
        (
            "[{ description = \"a\" }, { description = \"b\" }, { description = \"c\" }, { description = \"d\" }, { description = \"e\" }]",
            "X has more than 4 `parameters`: a code comes with at most four (a bug check's)",
        ),
        (
            "[{ description = \" \" }]",
            "the description of parameter 1 of X is empty",
        ),
        (
            "[{ values = [{ value = \"1\", arg1 = \"itself\" }] }]",
            "`arg1` of value 1 of parameter 1 of X is the parameter itself: its `meaning` says what the value means",
        ),
        (
            "[{ values = [{ meaning = \"no value\" }] }]",
            "this `values` item needs the value it explains, `value`",
        ),
        (
            "[{ description = \"a\", index = 1 }]",
            "unknown key `index` in a `parameters` item; expected one of `description`, `values`",
        ),
        (
            "\"one\"",
            "`parameters` must be an array of `{ description = \"...\", values = [...] }` tables, found a string",
        ),
    ] {
        let problems = check(&entry(parameters)).unwrap_err();
        let messages: Vec<&str> = problems.iter().map(|d| d.message.as_str()).collect();
        assert!(messages.contains(&expected), "{parameters}: {messages:?}");
    }
}
