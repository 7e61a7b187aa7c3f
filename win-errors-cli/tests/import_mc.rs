//! `win-errors import-mc` end to end: a message file becomes a TOML catalog that passes the
//! rules and holds the same names, codes and messages as the message file read directly.

mod common;

use common::root;

fn import(args: &[&str]) -> (i32, String, String) {
    common::run("import-mc", args)
}

#[test]
fn a_message_file_becomes_the_same_catalog_in_toml() {
    let (status, stdout, stderr) = import(&["tests/catalogs/service_events.mc"]);
    assert_eq!(status, 0, "{stderr}");
    assert!(stdout.starts_with("# Imported from service_events.mc by `win-errors import-mc`."));
    let from_toml = win_errors_generator::check(&stdout).unwrap();
    let path = root().join("tests/catalogs/service_events.mc");
    let source = std::fs::read_to_string(&path).unwrap();
    let from_mc = win_errors_generator::check_file(&path, &source).unwrap();
    let entries = |catalog: &win_errors_catalog::CheckedCatalog| {
        catalog
            .entries
            .iter()
            .map(|e| (e.name.clone(), e.code, e.message.clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(entries(&from_toml), entries(&from_mc));
    assert_eq!(from_toml.enum_name, "ServiceEvents");
    // Written once more, it is as written: the output is canonical.
    let formatted = win_errors_catalog::write::canonical::canonical(&stdout, &from_toml).unwrap();
    assert_eq!(formatted, stdout);
}

#[test]
fn a_broken_or_missing_file_is_1_or_2_and_a_toml_file_is_refused() {
    let (status, stdout, stderr) = import(&["tests/ui/message_file_errors.mc"]);
    assert_eq!(status, 1);
    assert!(
        stdout.contains("facility `Netwrk` is not declared"),
        "{stdout}"
    );
    assert!(stderr.starts_with("win-errors: "), "{stderr}");

    let (status, _, stderr) = import(&["no/such/file.mc"]);
    assert_eq!(status, 2, "{stderr}");

    let (status, stdout, stderr) = import(&["tests/catalogs/seed.toml"]);
    assert_eq!((status, stdout.as_str()), (2, ""));
    assert!(stderr.contains("not a message file"), "{stderr}");
}
