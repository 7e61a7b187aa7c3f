//! The seed entry and the generated API, on the seed catalog.

use std::collections::HashSet;
use std::str::FromStr;

use win_errors::{ErrorCatalog, ParseError, UnknownCode};

win_errors::win_errors!("catalogs/seed.toml");

#[test]
fn code_variant_name_and_message_agree_in_every_direction() {
    let seed = WinError::NoSuchLogonSession;
    assert_eq!(WinError::from_code(1312), Some(seed));
    assert_eq!(seed.code(), 1312);
    assert_eq!(seed.name(), "ERROR_NO_SUCH_LOGON_SESSION");
    assert_eq!(
        WinError::from_name("ERROR_NO_SUCH_LOGON_SESSION"),
        Some(seed)
    );
    assert_eq!(
        seed.message(),
        "A specified logon session does not exist. It may already have been terminated."
    );
    assert!(seed.description().unwrap().starts_with("Raised by the LSA"));
    assert_eq!(WinError::InvalidParameter.description(), None);
}

#[test]
fn related_errors_carry_the_real_codes() {
    let related = WinError::NoSuchLogonSession.related();
    assert_eq!(
        related,
        [
            WinError::LogonSessionCollision,
            WinError::InvalidParameter,
            WinError::BadArguments
        ]
    );
    let codes: Vec<u32> = related.iter().map(|e| e.code()).collect();
    assert_eq!(codes, [1366, 87, 160]);
    assert_eq!(
        WinError::InvalidParameter.referenced_by(),
        [WinError::NoSuchLogonSession]
    );
    assert!(WinError::Success.related().is_empty());
    assert!(WinError::Success.referenced_by().is_empty());
}

#[test]
fn all_is_in_code_order_and_ord_follows_codes() {
    let codes: Vec<u32> = WinError::ALL.iter().map(|e| e.code()).collect();
    assert_eq!(codes, [0, 87, 160, 258, 1312, 1366]);
    assert_eq!(WinError::COUNT, 6);
    assert!(WinError::Success < WinError::WaitTimeout);
    let mut sorted = WinError::ALL.to_vec();
    sorted.sort_by_key(|e| std::cmp::Reverse(*e));
    sorted.sort();
    assert_eq!(sorted, WinError::ALL);
    let unique: HashSet<WinError> = WinError::ALL.iter().copied().collect();
    assert_eq!(unique.len(), WinError::COUNT);
}

#[test]
fn misses_are_none_or_typed_errors() {
    for code in [1, 86, 88, 1313, 32767, u32::MAX] {
        assert_eq!(WinError::from_code(code), None, "{code}");
        assert_eq!(WinError::try_from(code), Err(UnknownCode::new(code)));
    }
    let error = WinError::try_from(32767).unwrap_err();
    assert_eq!(error.code(), 32767);
    assert_eq!(error.to_string(), "no entry with code 32767 (0x7FFF)");
    assert_eq!(WinError::from_name("error_no_such_logon_session"), None);
    assert_eq!(WinError::from_name(""), None);
}

#[test]
fn aliases_find_the_entry_and_are_listed() {
    assert_eq!(WinError::from_name("NO_ERROR"), Some(WinError::Success));
    assert_eq!(
        WinError::Success.aliases().collect::<Vec<_>>(),
        ["NO_ERROR"]
    );
    assert_eq!(WinError::WaitTimeout.aliases().len(), 0);
}

#[test]
fn conversions_and_from_str() {
    assert_eq!(u32::from(WinError::BadArguments), 160);
    assert_eq!(WinError::try_from(160), Ok(WinError::BadArguments));
    for text in ["ERROR_BAD_ARGUMENTS", "160", "0xA0", "0XA0", "0xa0"] {
        assert_eq!(
            WinError::from_str(text),
            Ok(WinError::BadArguments),
            "{text}"
        );
    }
    assert_eq!("NO_ERROR".parse::<WinError>(), Ok(WinError::Success));
    assert_eq!(
        "161".parse::<WinError>(),
        Err(ParseError::UnknownCode(UnknownCode::new(161)))
    );
    for text in ["", "BAD_ARGUMENTS", " 160", "-1", "0x", "99999999999"] {
        assert_eq!(
            text.parse::<WinError>(),
            Err(ParseError::UnknownName),
            "{text:?}"
        );
    }
}

#[test]
fn display_debug_and_alternate_forms() {
    let e = WinError::InvalidParameter;
    assert_eq!(e.to_string(), "The parameter is incorrect.");
    assert_eq!(
        format!("{e:#}"),
        "ERROR_INVALID_PARAMETER (87, 0x57): The parameter is incorrect."
    );
    assert_eq!(format!("{e:?}"), "InvalidParameter");
    assert_eq!(format!("{:?}", WinError::WaitTimeout), "WaitTimeout");
    assert_eq!(
        format!("[{:>30}]", WinError::WaitTimeout),
        "[ The wait operation timed out.]"
    );
    assert_eq!(format!("[{:.8}]", WinError::WaitTimeout), "[The wait]");
    let boxed: Box<dyn std::error::Error> = Box::new(e);
    assert_eq!(boxed.to_string(), "The parameter is incorrect.");
}

#[test]
fn lookups_are_usable_in_const_context() {
    const DENIED: WinError = WinError::expect_code(87);
    const NAME: &str = WinError::BadArguments.name();
    const CODE: u32 = WinError::NoSuchLogonSession.code();
    const MISSING: Option<WinError> = WinError::from_code(5);
    const RELATED: usize = WinError::NoSuchLogonSession.related().len();
    assert_eq!(DENIED, WinError::InvalidParameter);
    assert_eq!(NAME, "ERROR_BAD_ARGUMENTS");
    assert_eq!(CODE, 1312);
    assert_eq!(MISSING, None);
    assert_eq!(RELATED, 3);
}

#[test]
#[should_panic(expected = "the code is not in the WinError catalog")]
fn expect_code_panics_at_run_time_on_a_missing_code() {
    let code = std::hint::black_box(5);
    let _ = WinError::expect_code(code);
}

/// Generic code over any catalog through the trait.
fn describe<E: ErrorCatalog>(code: u32) -> String {
    match E::from_code(code) {
        Some(entry) => format!(
            "{}::{:?} {} {}",
            E::TYPE_NAME,
            entry,
            entry.name(),
            entry.code()
        ),
        None => format!("{} has no {code}", E::TYPE_NAME),
    }
}

#[test]
fn the_trait_gives_generic_access() {
    assert_eq!(
        describe::<WinError>(87),
        "WinError::InvalidParameter ERROR_INVALID_PARAMETER 87"
    );
    assert_eq!(describe::<WinError>(5), "WinError has no 5");
    assert_eq!(<WinError as ErrorCatalog>::ALL.len(), 6);
    assert_eq!(
        <WinError as ErrorCatalog>::related(WinError::NoSuchLogonSession).len(),
        3
    );
    assert_eq!(
        <WinError as ErrorCatalog>::from_name("NO_ERROR"),
        Some(WinError::Success)
    );
}

#[test]
fn every_entry_round_trips() {
    for &entry in WinError::ALL {
        assert_eq!(WinError::from_code(entry.code()), Some(entry));
        assert_eq!(WinError::from_name(entry.name()), Some(entry));
        assert_eq!(entry.name().parse::<WinError>(), Ok(entry));
        assert_eq!(entry.code().to_string().parse::<WinError>(), Ok(entry));
        for alias in entry.aliases() {
            assert_eq!(WinError::from_name(alias), Some(entry));
        }
        for related in entry.related() {
            let related = related.own().expect("the seed relates to its own entries");
            assert!(related.referenced_by().contains(&entry));
        }
    }
}
