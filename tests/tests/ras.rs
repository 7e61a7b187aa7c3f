//! `win_errors::RasError`, generated from `ras.toml`: the Routing and Remote Access codes, a
//! space of their own beside the system errors, and the cross-check with windows-sys.

mod common;

use win_errors::{RasError, WinError};

#[test]
fn ras_codes_are_their_own_space() {
    let failure = RasError::from_code(691).unwrap();
    assert_eq!(failure.name(), "ERROR_AUTHENTICATION_FAILURE");
    assert_eq!(
        failure.message(),
        Some("Access denied because the user name, password, or both is not valid on the domain.")
    );
    assert_eq!(failure.family(), Some("Routing and Remote Access"));
    // The same number is another system error.
    assert_eq!(
        WinError::from_code(691).map(WinError::name),
        Some("ERROR_DBG_TERMINATE_THREAD")
    );
    // Every code is raserror.h's, 600 to 956.
    assert!(
        RasError::ALL
            .iter()
            .all(|e| (600..=956).contains(&e.code()))
    );
    let shared = RasError::ALL
        .iter()
        .filter(|e| WinError::from_code(e.code()).is_some())
        .count();
    println!(
        "{} RAS codes, {shared} of them also system errors",
        RasError::COUNT
    );
    assert!(shared > 150, "{shared}");
    // The page gives one row no message: it has none, rather than an invented one.
    assert_eq!(
        RasError::from_name("ERROR_READING_DEFAULTOFF").map(|e| (e.code(), e.message())),
        Some((689, None))
    );
}

#[test]
fn windows_sys_agrees() {
    let comparison = common::compare_with_windows_sys(
        "RAS",
        RasError::ALL.iter().map(|e| (e.name(), e.code())),
        |code| code.to_string(),
    );
    assert!(comparison.compared > 300, "{}", comparison.compared);
    assert!(
        comparison.disagreements.is_empty(),
        "{:#?}",
        comparison.disagreements
    );
}
