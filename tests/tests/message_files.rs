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
