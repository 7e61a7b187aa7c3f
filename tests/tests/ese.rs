//! `win_errors::EseError`, generated from `ese.toml`: the Extensible Storage Engine's signed
//! codes, and the cross-check with windows-sys.

mod common;

use win_errors::EseError;

#[test]
fn ese_codes_are_signed() {
    let checksum = EseError::from_signed_code(-1018).unwrap();
    assert_eq!(checksum.name(), "JET_errReadVerifyFailure");
    assert_eq!(checksum.family(), Some("ESE"));
    assert_eq!(
        EseError::try_from(-1206).map(EseError::name),
        Ok("JET_errDatabaseCorrupted")
    );
    assert!(format!("{checksum:#}").starts_with("JET_errReadVerifyFailure (-1018): "));
    // Errors are negative, warnings positive, success zero; esent.h's one exception is
    // JET_wrnNyi ("not yet implemented"), -1 (windows-sys agrees).
    for entry in EseError::ALL {
        let code = entry.signed_code();
        let name = entry.name();
        match code {
            0 => assert_eq!(name, "JET_errSuccess"),
            c if c < 0 => assert!(
                name.starts_with("JET_err") || name == "JET_wrnNyi",
                "{name} {c}"
            ),
            c => assert!(name.starts_with("JET_wrn"), "{name} {c}"),
        }
    }
    // A name the page gives as another name's value is its alias.
    assert_eq!(
        EseError::from_name("JET_errColumnIllegalNull").map(EseError::name),
        Some("JET_errNullInvalid")
    );
    println!("{} ESE entries", EseError::COUNT);
    const { assert!(EseError::COUNT > 350) };
}

#[test]
fn windows_sys_agrees() {
    let names = EseError::ALL.iter().flat_map(|entry| {
        std::iter::once(entry.name())
            .chain(entry.aliases())
            .map(move |name| (name, entry.code()))
    });
    let comparison =
        common::compare_with_windows_sys("ESE", names, |code| code.cast_signed().to_string());
    assert!(comparison.compared > 300, "{}", comparison.compared);
    assert!(
        comparison.disagreements.len() < 5,
        "{:#?}",
        comparison.disagreements
    );
}
