//! Text comes back byte for byte; extreme codes work; variant names follow the rule.

win_errors::win_errors!("catalogs/tricky.toml");

#[test]
fn messages_come_back_byte_for_byte() {
    assert_eq!(Tricky::Quotes.message(), "He said \"no\" and left.");
    assert_eq!(
        Tricky::Backslashes.message(),
        "C:\\Windows\\System32 and \\\\server\\share"
    );
    assert_eq!(
        Tricky::Inserts.message(),
        "The file %1 could not be opened: %2!s! {0} {{braces}} }"
    );
    assert_eq!(
        Tricky::NonAscii.message(),
        "Zugriff verweigert — アクセスが拒否されました 🚫"
    );
    assert_eq!(
        Tricky::Newlines.message(),
        "First line.\nSecond line,\twith a tab.\n  Indented [link](x) <b>*em*</b> _u_ `tick`"
    );
}

#[test]
fn families_come_from_the_entry_or_the_catalog() {
    let families: Vec<Option<&str>> = Tricky::ALL.iter().map(|e| e.family()).collect();
    assert_eq!(
        families,
        [
            Some("Tricky texts"),
            Some("Tricky texts"),
            Some("Tricky texts"),
            Some("Ünïcode"),
            Some("Tricky texts"),
            Some("Extremes"),
            Some("Extremes"),
        ]
    );
    const FAMILY: Option<&str> = Tricky::NonAscii.family();
    assert_eq!(FAMILY, Some("Ünïcode"));
}

#[test]
fn codes_zero_and_u32_max_work() {
    assert_eq!(Tricky::from_code(0), Some(Tricky::Quotes));
    assert_eq!(Tricky::from_code(u32::MAX), Some(Tricky::Last));
    assert_eq!(Tricky::from_code(0xFFFF_FFFE), Some(Tricky::DataTooLong));
    assert_eq!(Tricky::from_code(0xFFFF_FFFD), None);
    assert_eq!(Tricky::from_code(5), None);
    assert_eq!(
        format!("{:#}", Tricky::Last),
        "LAST (4294967295, 0xFFFFFFFF): The largest code."
    );
    assert_eq!("0xFFFFFFFF".parse::<Tricky>(), Ok(Tricky::Last));
}

#[test]
fn variant_overrides_and_lowercase_names() {
    assert_eq!(
        Tricky::DataTooLong.name(),
        "ERROR_ITERATED_DATA_EXCEEDS_64k"
    );
    assert_eq!(format!("{:?}", Tricky::DataTooLong), "DataTooLong");
    assert_eq!(format!("{:?}", Tricky::NonAscii), "NonAscii");
    assert_eq!(
        Tricky::from_name("ERROR_ITERATED_DATA_EXCEEDS_64k"),
        Some(Tricky::DataTooLong)
    );
}

#[test]
fn aliases_come_back_sorted() {
    assert_eq!(
        Tricky::Last.aliases().collect::<Vec<_>>(),
        ["ALL_ONES", "MAX_CODE"]
    );
    assert_eq!(Tricky::from_name("ALL_ONES"), Some(Tricky::Last));
    assert_eq!(Tricky::from_name("MAX_CODE"), Some(Tricky::Last));
}

#[test]
fn debug_agrees_with_the_rule_books_variant_names() {
    let source =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/catalogs/tricky.toml"))
            .unwrap();
    let checked = win_errors_catalog::check(&source).unwrap();
    for (entry, checked) in Tricky::ALL.iter().zip(&checked.entries) {
        assert_eq!(format!("{entry:?}"), checked.variant);
        assert_eq!(entry.code(), checked.code);
        assert_eq!(entry.name(), checked.name);
        assert_eq!(Some(entry.message()), checked.message.as_deref());
    }
}
