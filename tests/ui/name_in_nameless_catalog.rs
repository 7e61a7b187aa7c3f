win_errors::win_errors!("name_in_nameless_catalog.toml");

fn main() {
    // The fallback type keeps the user's code compiling past the catalog's errors.
    let _ = InstallerMessage::from_code(1302);
}
