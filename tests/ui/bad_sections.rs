win_errors::win_errors!("bad_sections.toml");

fn main() {
    // The fallback type has the section accessors too.
    let _ = WinError::from_code(1).and_then(|e| e.summary());
}
