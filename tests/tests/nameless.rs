//! A catalog without symbolic names (`names = "none"`): entries known by their code, named by
//! it in every item that gives a name, never by a name the catalog invented.

win_errors::win_errors!("catalogs/nameless.toml");

#[test]
fn an_entry_is_named_by_its_code() {
    let stream = InstallerMessage::from_code(1101).unwrap();
    assert_eq!(stream, InstallerMessage::Code1101);
    assert_eq!(stream.name(), "1101");
    assert_eq!(
        stream.message(),
        Some("Could not open file stream: [2]. System error: [3]")
    );
    assert_eq!(stream.related(), [InstallerMessage::Code1302]);
    assert_eq!(
        InstallerMessage::Code1302.referenced_by(),
        [InstallerMessage::Code1101]
    );
    assert_eq!(stream.family(), Some("Installer"));
    // A `variant` still renames one.
    assert_eq!(InstallerMessage::InvalidInstallState.name(), "2003");
    assert_eq!(InstallerMessage::COUNT, 3);
}

#[test]
fn display_shows_the_code_once() {
    let disk = InstallerMessage::Code1302;
    assert_eq!(disk.to_string(), "Please insert the disk: [2]");
    assert_eq!(format!("{disk:#}"), "1302: Please insert the disk: [2]");
    assert_eq!(
        format!("{:#}", InstallerMessage::InvalidInstallState),
        "2003 (no message is known)"
    );
    assert_eq!(format!("{disk:?}"), "Code1302");
}

#[test]
fn text_and_names_read_the_code() {
    for text in ["1302", "0x516"] {
        assert_eq!(
            text.parse::<InstallerMessage>(),
            Ok(InstallerMessage::Code1302),
            "{text:?}"
        );
    }
    assert_eq!(
        InstallerMessage::from_name("1302"),
        Some(InstallerMessage::Code1302)
    );
    assert_eq!(InstallerMessage::from_name("Code1302"), None);
    assert!("1303".parse::<InstallerMessage>().is_err());
}
