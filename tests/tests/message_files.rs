//! Message Compiler files as catalogs: `win_errors!("file.mc")` gives the type named after
//! the file, with the codes, names and texts `mc` gives, through the same generated API.

use win_errors::ErrorCatalog;

win_errors::win_errors!("catalogs/service_events.mc");

#[test]
fn the_type_is_named_after_the_file_and_holds_every_message() {
    assert_eq!(ServiceEvents::TYPE_NAME, "ServiceEvents");
    let entries: Vec<(&str, u32)> = ServiceEvents::ALL
        .iter()
        .map(|e| (e.name(), e.code()))
        .collect();
    assert_eq!(
        entries,
        [
            // Informational (1), facility Store (0x102), id 0x10.
            ("SVC_STORE_COMPACTED", 0x4102_0010),
            // Warning, Queue: the facility kept, the next id.
            ("SVC_QUEUE_SLOW", 0x8101_0002),
            ("SVC_QUEUE_FULL", 0xC101_0001),
            // Error, Store kept: 0x10 + 2.
            ("SVC_STORE_CORRUPT", 0xC102_0012),
        ]
    );
}

#[test]
fn lookups_and_inserts_work_as_for_a_toml_catalog() {
    let full = ServiceEvents::from_code(0xC101_0001).unwrap();
    assert_eq!(full, ServiceEvents::SvcQueueFull);
    assert_eq!(ServiceEvents::from_name("SVC_QUEUE_FULL"), Some(full));
    assert_eq!(
        full.message(),
        "The queue %1 is full; %2 requests were refused."
    );
    assert_eq!(
        full.message_with(&["orders".into(), "12".into()])
            .to_string(),
        "The queue orders is full; 12 requests were refused."
    );
    // A text of two lines keeps its line break; `%0` ends what FormatMessage prints.
    assert_eq!(
        ServiceEvents::SvcQueueSlow.message(),
        "The queue %1 took %2 seconds to answer.\nIt may be overloaded."
    );
    assert_eq!(
        ServiceEvents::SvcStoreCompacted
            .message_with(&[])
            .to_string(),
        "The store was compacted."
    );
    assert_eq!(<ServiceEvents as ErrorCatalog>::code(full), 0xC101_0001);
}

#[test]
fn check_reads_the_file_as_the_macro_does() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("catalogs/service_events.mc");
    let source = std::fs::read_to_string(&path).unwrap();
    let catalog = win_errors_generator::check_file(&path, &source).unwrap();
    assert_eq!(catalog.enum_name, "ServiceEvents");
    assert_eq!(catalog.entries.len(), ServiceEvents::ALL.len());
}

/// Real message files (`catalogs/mc/`, sources and licences in its SOURCES.md): each reads
/// with the entries it defines, or is reported for the mistakes it has, and nothing else.
#[test]
fn real_message_files_read_or_are_reported_for_their_mistakes() {
    let directory = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("catalogs/mc");
    // What each file should give: its number of entries, or its problems' messages.
    let expected: &[(&str, Result<usize, &[&str]>)] = &[
        (
            "Devolutions__devolutions-gateway__devolutions-agent.mc",
            Ok(18),
        ),
        (
            "Devolutions__devolutions-gateway__devolutions-gateway.mc",
            Err(&[
                "`Language=French` inside a text",
                "`Language=German` inside a text",
            ]),
        ),
        ("IDK-kakao__FreshArch__messages.mc", Ok(13)),
        ("MicrosoftDocs__win32__sample.mc", Ok(5)),
        (
            "UniStuttgart-VISUS__OpenXR-Runtime-Switcher__messages.mc",
            Ok(1),
        ),
        (
            "dlanderos__incalescent__error.mc",
            Err(&["this message already says `Facility=`"]),
        ),
        ("eclipse__omr__omrsyslogmessages.mc", Ok(3)),
        ("google__grr__GRRNanny.mc", Ok(1)),
        ("lithnet__ad-password-protection__messages.mc", Ok(20)),
        ("microsoft__WSL__wsleventschema.mc", Ok(1)),
        ("microsoft__Windows-classic-samples__FileRep.mc", Ok(3)),
        ("microsoft__Windows-classic-samples__GenCtrs.Mc", Ok(5)),
        ("microsoft__Windows-classic-samples__Messages.mc", Ok(10)),
        ("microsoft__Windows-classic-samples__eventlogmsgs.mc", Ok(1)),
        ("secure-endpoints__netidmgr__kmm_msgs.mc", Ok(59)),
        (
            "secure-endpoints__netidmgr__krb5_msgs.mc",
            Err(&["the `message` of MSG_ is empty"]),
        ),
        ("shellster__DCSYNCMonitor__event_log_template.mc", Ok(4)),
    ];
    let mut files: Vec<String> = std::fs::read_dir(&directory)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|name| name.to_ascii_lowercase().ends_with(".mc"))
        .collect();
    files.sort();
    let listed: Vec<&str> = expected.iter().map(|(file, _)| *file).collect();
    assert_eq!(files, listed, "every file in catalogs/mc/ is listed here");

    for (file, outcome) in expected {
        let path = directory.join(file);
        let source = std::fs::read_to_string(&path).unwrap();
        match (win_errors_generator::check_file(&path, &source), outcome) {
            (Ok(catalog), Ok(count)) => assert_eq!(catalog.entries.len(), *count, "{file}"),
            (Err(problems), Err(kinds)) => {
                for problem in &problems {
                    assert!(
                        kinds.iter().any(|k| problem.message.starts_with(k)),
                        "{file}: {}",
                        problem.render(file, &source)
                    );
                }
            }
            (got, _) => panic!("{file}: {:?}", got.map(|c| c.entries.len())),
        }
    }
}

/// The documentation's sample (Message Text Files, "Sample Message Text File"): its codes
/// are as that page says mc forms them, the severity shifted left by 30 bits and the
/// facility by 16, OR-ed with the message id; a message without `Facility=` takes the
/// last one specified.
#[test]
fn the_documentation_sample_gives_the_documented_codes() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("catalogs/mc/MicrosoftDocs__win32__sample.mc");
    let source = std::fs::read_to_string(&path).unwrap();
    let catalog = win_errors_generator::check_file(&path, &source).unwrap();
    assert_eq!(catalog.enum_name, "MicrosoftDocsWin32Sample");
    let code = |name: &str| {
        catalog
            .entries
            .iter()
            .find(|e| e.name == name)
            .map(|e| e.code)
    };
    assert_eq!(code("MSG_CMD_DELETE"), Some(0xC000_0004));
    assert_eq!(code("MSG_BAD_COMMAND"), Some(0xC002_0001));
    assert_eq!(code("MSG_BAD_PARM1"), Some(0x8004_0002));
    assert_eq!(code("MSG_STRIKE_ANY_KEY"), Some(0x0000_0003));
    // Informational (1), facility System (0x0 in this file), id 5.
    assert_eq!(code("MSG_RETRYS"), Some(0x4000_0005));
}

/// The codes mc.exe itself wrote, in the headers it generated from these files (committed
/// beside them in their repositories; `NAME<TAB>0xCODE` in `*.expected.tsv`, one a
/// `#define`): every code is read as mc.exe wrote it, but for two recorded differences.
#[test]
fn codes_are_those_mc_exe_wrote_in_its_headers() {
    let directory = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("catalogs/mc");
    let mut compared = 0;
    for entry in std::fs::read_dir(&directory).unwrap() {
        let expected_path = entry.unwrap().path();
        let Some(stem) = expected_path
            .file_name()
            .and_then(|n| n.to_str())
            .and_then(|n| n.strip_suffix(".expected.tsv"))
        else {
            continue;
        };
        let path = directory.join(format!("{stem}.mc"));
        let mut source = std::fs::read_to_string(&path).unwrap();
        if stem == "dlanderos__incalescent__error" {
            // Each message says `Facility=Runtime` then `Facility=Application`, which check
            // reports; mc.exe took the last.
            source = source.replace(
                "Facility=Runtime\nFacility=Application",
                "Facility=Application",
            );
        }
        let catalog = win_errors_generator::check_file(&path, &source).unwrap();
        let expected = std::fs::read_to_string(&expected_path).unwrap();
        for line in expected.lines() {
            let (name, code) = line.split_once('\t').unwrap();
            let written = u32::from_str_radix(code.trim_start_matches("0x"), 16).unwrap();
            // The header of 2018 has the customer bit set for the built-in Application
            // facility; the one of 2023 (incalescent) and this reader have not.
            let written = if stem == "shellster__DCSYNCMonitor__event_log_template" {
                written & !0x2000_0000
            } else {
                written
            };
            let read = catalog
                .entries
                .iter()
                .find(|e| e.name == name)
                .map(|e| e.code);
            assert_eq!(read, Some(written), "{stem}: {name}");
            compared += 1;
        }
    }
    assert_eq!(compared, 42, "codes compared");
}
