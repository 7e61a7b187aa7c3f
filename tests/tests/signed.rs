//! A catalog of signed codes (`codes = "signed"`): negative codes in the file, `i32` in the
//! generated API, the 32 bits in `ErrorCatalog` like every catalog.

use win_errors::ErrorCatalog;

win_errors::win_errors!("catalogs/signed.toml");

#[test]
fn negative_codes_read_and_show_as_i32() {
    let checksum = JetError::from_signed_code(-1018).unwrap();
    assert_eq!(checksum, JetError::JetErrReadVerifyFailure);
    assert_eq!(checksum.signed_code(), -1018);
    assert_eq!(checksum.code(), (-1018i32).cast_unsigned());
    assert_eq!(JetError::from_code(0xFFFF_FC06), Some(checksum));
    assert_eq!(
        JetError::try_from(-1206),
        Ok(JetError::JetErrDatabaseCorrupted)
    );
    assert_eq!(i32::from(checksum), -1018);
    assert!(JetError::try_from(-1).is_err());
    assert_eq!(
        format!("{checksum:#}"),
        "JET_errReadVerifyFailure (-1018): The checksum of a page is not valid."
    );
    assert_eq!(
        checksum.related(),
        [
            JetError::JetErrDatabaseCorrupted,
            JetError::JetWrnColumnNull
        ]
    );
    // The extremes of the range, and a positive warning.
    let lowest = JetError::from_signed_code(i32::MIN).unwrap();
    assert_eq!(
        format!("{lowest:#}"),
        "JET_errOutOfMemory (-2147483648; no message is known)"
    );
    assert_eq!(
        JetError::from_signed_code(1004).map(JetError::name),
        Some("JET_wrnColumnNull")
    );
}

#[test]
fn text_reads_signed_codes_names_and_bits() {
    for text in [
        "-1018",
        " -1018 ",
        "JET_errReadVerifyFailure",
        "0xFFFFFC06",
        "4294966278",
    ] {
        assert_eq!(
            text.parse::<JetError>(),
            Ok(JetError::JetErrReadVerifyFailure),
            "{text:?}"
        );
    }
    assert!("-1".parse::<JetError>().is_err());
}

#[test]
fn the_trait_sees_the_32_bits_in_code_order() {
    assert_eq!(
        ErrorCatalog::code(JetError::JetErrReadVerifyFailure),
        0xFFFF_FC06
    );
    // In the order of their 32 bits: the success and the warning first, then the errors
    // from the most negative.
    let codes: Vec<i32> = JetError::ALL.iter().map(|e| e.signed_code()).collect();
    assert_eq!(codes, [0, 1004, i32::MIN, -1206, -1018]);
}
