//! `win_errors::MsiError`, generated from `msi.toml`: the Windows Installer error messages,
//! known by their numbers alone.

use win_errors::MsiError;

#[test]
fn installer_messages_are_named_by_their_numbers() {
    let message = MsiError::from_code(1101).unwrap();
    assert_eq!(message, MsiError::Code1101);
    assert_eq!(message.name(), "1101");
    assert_eq!(message.family(), Some("Windows Installer"));
    assert_eq!(
        format!("{message:#}"),
        "1101: Could not open file stream: [2]. System error: [3]"
    );
    // The page's 545 rows give 544 codes (1935 has two), from 1101 to 3002.
    assert_eq!(MsiError::COUNT, 544);
    assert!(
        MsiError::ALL
            .iter()
            .all(|e| (1101..=3002).contains(&e.code()) && e.name() == e.code().to_string())
    );
    // The page lists 2805 without a message, and 1935's later text is the one kept.
    assert_eq!(MsiError::Code2805.message(), None);
    assert!(
        MsiError::Code1935
            .message()
            .unwrap()
            .starts_with("An error occurred during the installation of assembly '[6]'")
    );
    assert_eq!("1302".parse::<MsiError>(), Ok(MsiError::Code1302));
}
