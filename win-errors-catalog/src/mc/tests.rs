//! Message Compiler files: the codes, names and texts they give, and a diagnostic at the
//! right place for every malformed shape.

use super::*;
use crate::{CodeKind, check_mc_with};

fn checked(source: &str) -> crate::CheckedCatalog {
    check_mc_with(source, "Messages", &Default::default()).unwrap_or_else(|rejected| {
        panic!(
            "{:#?}",
            rejected
                .diagnostics
                .iter()
                .map(|d| d.render("messages.mc", source))
                .collect::<Vec<_>>()
        )
    })
}

/// Every problem of the message file `source`; none when it is checked.
fn diagnostics(source: &str) -> Vec<crate::Diagnostic> {
    check_mc_with(source, "Messages", &Default::default())
        .map_or_else(|rejected| rejected.diagnostics, |_| Vec::new())
}

/// Every problem, rendered `messages.mc:line:column: message`.
fn problems(source: &str) -> Vec<String> {
    diagnostics(source)
        .iter()
        .map(|d| {
            d.render("messages.mc", source)
                .lines()
                .next()
                .unwrap_or_default()
                .to_owned()
        })
        .collect()
}

/// The shape of the documentation's sample (Message Text Files, "Sample Message Text
/// File"): redeclared severities and facilities, two languages, a typedef changed halfway.
const SAMPLE: &str = "\
; // Header section
MessageIdTypedef=DWORD

SeverityNames=(Success=0x0:STATUS_SEVERITY_SUCCESS
    Informational=0x1:STATUS_SEVERITY_INFORMATIONAL
    Warning=0x2:STATUS_SEVERITY_WARNING
    Error=0x3:STATUS_SEVERITY_ERROR
    )

FacilityNames=(System=0x0:FACILITY_SYSTEM
    Runtime=0x2:FACILITY_RUNTIME
    Stubs=0x3:FACILITY_STUBS
    Io=0x4:FACILITY_IO_ERROR_CODE
)

LanguageNames=(English=0x409:MSG00409)
LanguageNames=(Neutral=0x0000:MSG00000)

; // The following are message definitions.

MessageId=0x1
Severity=Error
Facility=Runtime
SymbolicName=MSG_BAD_COMMAND
Language=English
You have chosen an incorrect command.
.

Language=Neutral
Bad command.
.

MessageId=
Severity=Warning
SymbolicName=MSG_BAD_PARAMETER
Language=English
You have specified %1 as a parameter.
Choose another.
.

MessageId=+3
Facility=Io
SymbolicName=MSG_STRANGE_IO
Language=English
An I/O operation went strange.%0
.
";

#[test]
fn the_sample_gives_the_codes_names_and_texts_mc_gives() {
    let catalog = checked(SAMPLE);
    assert_eq!(catalog.enum_name, "Messages");
    let entries: Vec<(&str, u32, &str)> = catalog
        .entries
        .iter()
        .map(|e| (e.name.as_str(), e.code, e.message.as_deref().unwrap()))
        .collect();
    // In code order, as every checked catalog.
    assert_eq!(
        entries,
        [
            // The facility's next id, the facility kept; lines joined by a line feed.
            (
                "MSG_BAD_PARAMETER",
                0x8002_0002,
                "You have specified %1 as a parameter.\nChoose another."
            ),
            // Facility Io has no id yet: +3 from 0; the severity kept.
            (
                "MSG_STRANGE_IO",
                0x8004_0003,
                "An I/O operation went strange.%0"
            ),
            // Severity Error (3), facility Runtime (2), id 1.
            (
                "MSG_BAD_COMMAND",
                0xC002_0001,
                "You have chosen an incorrect command."
            ),
        ]
    );
    // DWORD codes with severity and facility bits are of no kind: not Win32 errors.
    assert_eq!(catalog.codes, CodeKind::Other);
}

#[test]
fn the_kind_follows_the_typedef_and_the_width() {
    // Facility 0: codes of 16 bits, as FormatMessage's message ids of a module.
    let message = "FacilityNames=(None=0x0)\nMessageId=5\nFacility=None\nSymbolicName=APP_E_X\nLanguage=English\nX.\n.\n";
    assert_eq!(checked(message).codes, CodeKind::Win32);
    // With no `Facility=` the facility is Application, which mc.exe writes as 0 (the
    // documentation says 0xFFF): message ids of 16 bits.
    let application = "MessageId=5\nSymbolicName=APP_E_X\nLanguage=English\nX.\n.\n";
    let catalog = checked(application);
    assert_eq!(
        (catalog.codes, catalog.entries[0].code),
        (CodeKind::Win32, 5)
    );
    let wide = "MessageId=5\nSeverity=Error\nSymbolicName=APP_E_X\nLanguage=English\nX.\n.\n";
    assert_eq!(checked(wide).codes, CodeKind::Other);
    for (typedef, kind) in [
        ("HRESULT", CodeKind::Hresult),
        ("NTSTATUS", CodeKind::NtStatus),
        ("DWORD", CodeKind::Win32),
        ("WORD", CodeKind::Other),
        ("ULONG", CodeKind::Other),
    ] {
        let source = format!("MessageIdTypedef={typedef}\n{message}");
        assert_eq!(checked(&source).codes, kind, "{typedef}");
    }
}

#[test]
fn keywords_are_read_in_any_case_with_spaces_and_crlf() {
    let source = "messageid = 0x10\r\nSEVERITY = Warning\r\nsymbolicname = APP_W_LATE\r\nlanguage = English\r\nLate.\r\n.\r\n";
    let catalog = checked(source);
    // Warning (2), the first message's facility Application (0, as mc.exe writes it), id 0x10.
    assert_eq!(catalog.entries[0].code, 0x8000_0010);
    assert_eq!(catalog.entries[0].message.as_deref(), Some("Late."));
}

#[test]
fn without_english_the_first_language_is_the_catalogs() {
    let source = "LanguageNames=(German=0x407:MSG00407)\nMessageId=1\nSymbolicName=APP_E_X\nLanguage=German\nFehler.\n.\n";
    assert_eq!(
        checked(source).entries[0].message.as_deref(),
        Some("Fehler.")
    );
}

#[test]
fn statements_share_lines_and_lists_start_on_the_next_line() {
    // As real files write them: several statements on a line, `(` on the line after
    // `LanguageNames=`, a language declared that the texts do not use.
    let source = "LanguageNames=\n(ARABIC=1:MSG00001)\nMessageId=1 Severity=Error SymbolicName=APP_E_A\nLanguage=English\nA.%0\n.\nMessageId=+1 SymbolicName=APP_E_B\nLanguage=English\nB.%0\n.\n";
    let catalog = checked(source);
    let codes: Vec<u32> = catalog.entries.iter().map(|e| e.code).collect();
    assert_eq!(codes, [0xC000_0001, 0xC000_0002]);
}

#[test]
fn a_text_needs_no_language_line_and_a_file_may_name_no_message() {
    // The language defaults to English; with no symbolic name anywhere, the entries are
    // known by their codes.
    let source = "MessageIdTypedef=ULONG\nFacilityNames=(None=0x0)\nMessageId=0x1\nFacility=None\nThe request was invalid.\n.\nMessageId=0x2\nLanguage=English\nThe server is busy.\n.\n";
    let catalog = checked(source);
    assert_eq!(catalog.naming, crate::Naming::None);
    let entries: Vec<(&str, &str)> = catalog
        .entries
        .iter()
        .map(|e| (e.variant.as_str(), e.message.as_deref().unwrap()))
        .collect();
    assert_eq!(
        entries,
        [
            ("Code1", "The request was invalid."),
            ("Code2", "The server is busy.")
        ]
    );
}

#[test]
fn a_byte_order_mark_is_no_statement() {
    let source = "\u{FEFF}MessageId=1\nSymbolicName=APP_E_A\nLanguage=English\nA.\n.\n";
    assert_eq!(checked(source).entries[0].name, "APP_E_A");
}

#[test]
fn type_names_follow_the_file_stem() {
    assert_eq!(type_name("messages").as_deref(), Some("Messages"));
    assert_eq!(type_name("svc-events").as_deref(), Some("SvcEvents"));
    assert_eq!(
        type_name("my_service.msgs").as_deref(),
        Some("MyServiceMsgs")
    );
    assert_eq!(
        type_name("EventLogMessages").as_deref(),
        Some("EventLogMessages")
    );
    assert_eq!(type_name("2024"), None);
    assert_eq!(type_name("self"), None);
    assert_eq!(type_name(""), None);
}

#[test]
fn every_malformed_shape_is_a_diagnostic_where_it_is() {
    let cases: &[(&str, &[&str])] = &[
        (
            "MessageId=1\nSymbolicName=APP_E_A\nLanguage=English\nNo end.\n",
            &["messages.mc:3:1: this text has no line with a lone `.` to end it"],
        ),
        (
            "MessageId=1\nSeverity=Fatal\nSymbolicName=APP_E_A\nLanguage=English\nA.\n.\n",
            &[
                "messages.mc:2:10: severity `Fatal` is not declared; declare it in `SeverityNames` or use one of Success, Informational, Warning, Error",
            ],
        ),
        (
            "MessageId=1\nFacility=Aplication\nSymbolicName=APP_E_A\nLanguage=English\nA.\n.\n",
            &["messages.mc:2:10: facility `Aplication` is not declared; did you mean Application?"],
        ),
        (
            "MessageId=1\nSymbolicName=APP_E_A\nLanguage=French\nA.\n.\n",
            &[
                "messages.mc:1:1: APP_E_A has no text in English: add `Language=English`, its text and a line with a lone `.`",
                "messages.mc:3:10: language `French` is not declared; declare it in `LanguageNames` or use one of English",
            ],
        ),
        (
            "MessageId=0x10000\nSymbolicName=APP_E_A\nLanguage=English\nA.\n.\n",
            &["messages.mc:1:11: message id 65536 (0x10000) does not fit in 16 bits"],
        ),
        (
            "MessageId=ten\nSymbolicName=APP_E_A\nLanguage=English\nA.\n.\n",
            &[
                "messages.mc:1:11: `MessageId=ten` is not a number: write decimal digits, 0x and hex digits, `+` and a number, or nothing",
            ],
        ),
        (
            "MessageId=1\nLanguage=English\nA.\n.\nMessageId=2\nSymbolicName=APP_E_B\nLanguage=English\nB.\n.\n",
            &[
                "messages.mc:1:1: this message has no `SymbolicName=`, and others have one: name every message, or none",
            ],
        ),
        (
            "LanguageNames=(Neutral=0x0:MSG00000)\nMessageId=1\nSymbolicName=APP_E_A\nLanguage=English\nA.\nLanguage=Neutral\nA.\n.\n",
            &[
                "messages.mc:6:1: `Language=Neutral` inside a text: end the text before it with a line holding only `.`",
            ],
        ),
        (
            "MessageId=1\nSymbolicName=APP_E_A\nLanguage=English Some text\nA.\n.\n",
            &["messages.mc:3:18: a message's text starts on the line after `Language=`"],
        ),
        (
            "MessageId=1\nSeverity=\nSymbolicName=APP_E_A\nLanguage=English\nA.\n.\n",
            &["messages.mc:2:1: `Severity=` needs a value"],
        ),
        (
            "MessageId=1\nSymbolicName=APP_E_A\nLanguage=English\nA.\n.\nSeverity=Error\n",
            &["messages.mc:6:1: `Severity=` must come before the message's text"],
        ),
        (
            "MessageId=1\nSymbolicName=APP_E_A\n",
            &[
                "messages.mc:1:1: this message has no text: add `Language=English`, its text and a line with a lone `.`",
            ],
        ),
        (
            "SymbolicName=APP_E_A\nMessageId=1\nSymbolicName=APP_E_B\nLanguage=English\nB.\n.\n",
            &["messages.mc:1:1: `SymbolicName=` belongs to a message: put `MessageId=` before it"],
        ),
        (
            "MesageId=1\nMessageId=1\nSymbolicName=APP_E_B\nLanguage=English\nB.\n.\n",
            &["messages.mc:1:1: unknown keyword `MesageId`; did you mean `MessageId`?"],
        ),
        (
            "hello\nMessageId=1\nSymbolicName=APP_E_B\nLanguage=English\nB.\n.\n",
            &[
                "messages.mc:1:1: expected `Keyword=value` (a message starts with `MessageId=`) or a `;` comment",
            ],
        ),
        (
            "FacilityNames=(Net=0x1000)\nMessageId=1\nSymbolicName=APP_E_B\nLanguage=English\nB.\n.\n",
            &["messages.mc:1:16: facility Net is 4096 (0x1000); the largest a code holds is 0xFFF"],
        ),
        (
            "FacilityNames=(=0x100 Net-2=0x101 Net_3=0x102)\nMessageId=1\nFacility=Net_3\nSymbolicName=APP_E_B\nLanguage=English\nB.\n.\n",
            &[
                "messages.mc:1:16: `=0x100` is no `Name=value` of `FacilityNames`",
                "messages.mc:1:23: `Net-2=0x101` is no `Name=value` of `FacilityNames`",
            ],
        ),
        (
            "SeverityNames=(Fatal)\nMessageId=1\nSymbolicName=APP_E_B\nLanguage=English\nB.\n.\n",
            &["messages.mc:1:16: `Fatal` gives Fatal no number: write `Fatal=0x1`"],
        ),
        (
            "SeverityNames=Fatal=3\nMessageId=1\nSymbolicName=APP_E_B\nLanguage=English\nB.\n.\n",
            &[
                "messages.mc:1:1: `SeverityNames=` takes a list in parentheses: `SeverityNames=(Name=0x1 ...)`",
            ],
        ),
        (
            "FacilityNames=(Net=0x100\nMessageId=1\n",
            // The list takes the rest of the file, as it does in mc.
            &[
                "messages.mc: the file has no messages: add one, starting with `MessageId=`",
                "messages.mc:1:1: the list of `FacilityNames=` has no `)` to end it",
            ],
        ),
        (
            "OutputBase=8\nMessageId=1\nSymbolicName=APP_E_B\nLanguage=English\nB.\n.\n",
            &["messages.mc:1:12: `OutputBase=` is 10 or 16, not `8`"],
        ),
        (
            "MessageId=1\nSymbolicName=APP_E_A\nSymbolicName=APP_E_B\nLanguage=English\nB.\n.\n",
            &["messages.mc:3:1: this message already says `SymbolicName=` (line 2)"],
        ),
        (
            "MessageId=1\nSymbolicName=APP_E_A\nLanguage=English\nA.\n.\nLanguage=English\nA again.\n.\n",
            &["messages.mc:6:10: this message already has a text in English (line 3)"],
        ),
        (
            "; only a comment\n",
            &["messages.mc: the file has no messages: add one, starting with `MessageId=`"],
        ),
        // The rule book's own rules, at the .mc file's places.
        (
            "MessageId=1\nSymbolicName=APP_E_A\nLanguage=English\n.\n",
            &["messages.mc:3:10: the `message` of APP_E_A is empty"],
        ),
        (
            "MessageId=1\nSymbolicName=APP_E_A\nLanguage=English\nA.\n.\nMessageId=1\nSymbolicName=APP_E_B\nLanguage=English\nB.\n.\n",
            &["messages.mc:6:11: duplicate code 1 (0x1), first used by APP_E_A at line 1"],
        ),
    ];
    for (source, expected) in cases {
        assert_eq!(problems(source), *expected, "{source}");
    }
}

/// Lines a message file is made of, for random files that reach every state of the parser.
const FRAGMENTS: &[&str] = &[
    "MessageId=",
    "MessageId=0x1",
    "MessageId=+2",
    "MessageId=70000",
    "Severity=Error",
    "Severity=Nope",
    "Facility=Application",
    "SymbolicName=APP_E_A",
    "SymbolicName=APP_E_B",
    "SymbolicName=bad name",
    "Language=English",
    "Language=Neutral",
    "LanguageNames=(Neutral=0x0:MSG00000)",
    "SeverityNames=(Fatal=0x3:FATAL",
    ")",
    "FacilityNames=(Io=0x4 Bad=0x1000 =)",
    "FacilityNames=",
    "(Io = 0x4:FACILITY_IO",
    "  =0x5 ; a comment in a list",
    "Disk=",
    "MessageIdTypedef=HRESULT",
    "OutputBase=16",
    "Some text with %1 and %n.",
    ".",
    "",
    "; comment",
    "=",
    "Unknown=1",
];

proptest::proptest! {
    #[test]
    fn any_text_gets_an_answer_without_panicking(text in "\\PC{0,300}") {
        let _ = check_mc_with(&text, "Messages", &Default::default());
    }

    #[test]
    fn any_file_of_message_lines_gets_an_answer(
        picks in proptest::collection::vec(0..FRAGMENTS.len(), 0..40),
        crlf in proptest::bool::ANY,
    ) {
        let ending = if crlf { "\r\n" } else { "\n" };
        let source: String = picks.iter().map(|&i| format!("{}{ending}", FRAGMENTS[i])).collect();
        match check_mc_with(&source, "Messages", &Default::default()) {
            Ok(catalog) => proptest::prop_assert!(!catalog.entries.is_empty()),
            Err(rejected) => {
                proptest::prop_assert!(!rejected.diagnostics.is_empty());
                for diagnostic in &rejected.diagnostics {
                    if let Some(span) = &diagnostic.span {
                        proptest::prop_assert!(span.end <= source.len());
                        proptest::prop_assert!(source.is_char_boundary(span.start));
                    }
                }
            }
        }
    }

    #[test]
    fn written_messages_read_back(
        messages in proptest::collection::btree_map(
            (0u32..4, 0u32..0x1000, 0u32..0x1_0000),
            ("[A-Z]{1,10}", proptest::collection::vec("[a-zA-Z0-9 ,%]{1,30}", 1..3)),
            1..12,
        ),
    ) {
        let mut source = String::new();
        let mut expected = Vec::new();
        for (i, ((severity, facility, id), (word, lines))) in messages.iter().enumerate() {
            // Every name unique, whatever the words.
            let name = format!("APP_{word}_{i}");
            source.push_str(&format!(
                "MessageId={id:#x}\nSeverity={}\nFacility=F{facility}\nSymbolicName={name}\nLanguage=English\n{}\n.\n",
                ["Success", "Informational", "Warning", "Error"][*severity as usize],
                lines.join("\n"),
            ));
            expected.push(((severity << 30) | (facility << 16) | id, name, lines.join("\n")));
        }
        let declarations: String = messages
            .keys()
            .map(|(_, facility, _)| format!(" F{facility}={facility:#x}"))
            .collect();
        let source = format!("FacilityNames=({declarations})\n{source}");
        let catalog = check_mc_with(&source, "Messages", &Default::default());
        let texts_are_whole = expected.iter().all(|(_, _, text)| !text.trim().is_empty());
        proptest::prop_assume!(texts_are_whole);
        let catalog = catalog.map_err(|r| format!("{:?}", r.diagnostics));
        let catalog = catalog.map_err(proptest::test_runner::TestCaseError::fail)?;
        expected.sort();
        let read: Vec<(u32, String, String)> = catalog
            .entries
            .iter()
            .map(|e| (e.code, e.name.clone(), e.message.clone().unwrap_or_default()))
            .collect();
        proptest::prop_assert_eq!(read, expected);
    }
}

#[test]
fn the_largest_message_id_fits() {
    let catalog = checked("MessageId=0xFFFF\nSymbolicName=APP_LAST\nLanguage=English\nLast.\n.\n");
    assert_eq!(catalog.entries[0].code, 0xFFFF);
}

#[test]
fn a_text_line_is_a_stray_language_only_when_it_names_a_declared_language() {
    // An undeclared language, or a declared one after another keyword, is text as mc reads it.
    let catalog = checked(
        "MessageId=1\nSymbolicName=APP_E_A\nLanguage=English\nLanguage=Klingon\nRemember=English\n.\n",
    );
    assert_eq!(
        catalog.entries[0].message.as_deref(),
        Some("Language=Klingon\nRemember=English")
    );
}

/// Every problem's span.
fn spans(source: &str) -> Vec<Option<std::ops::Range<usize>>> {
    diagnostics(source).into_iter().map(|d| d.span).collect()
}

#[test]
fn a_stray_language_and_an_empty_text_are_marked_whole() {
    let stray = "LanguageNames=(Neutral=0x0:MSG00000)\nMessageId=1\nSymbolicName=APP_E_A\nLanguage=English\nA.\n  Language=Neutral  \nA.\n.\n";
    let start = stray.find("  Language=Neutral").unwrap() + 2;
    assert_eq!(
        spans(stray),
        [Some(start..start + "Language=Neutral".len())]
    );

    // From the first line of the text to the end of its last, the line ending left out.
    let blank = "MessageId=1\nSymbolicName=APP_E_A\nLanguage=English\n \n   \r\n.\n";
    let start = blank.find("\n \n").unwrap() + 1;
    let end = blank.find("\r\n.").unwrap();
    assert_eq!(spans(blank), [Some(start..end)]);
}
