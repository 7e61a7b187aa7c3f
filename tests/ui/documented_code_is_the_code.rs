win_errors::win_errors!("documented_code_is_the_code.toml");

fn main() {
    // The fallback type keeps the user's code free of follow-on errors.
    let _ = WinError::from_code(1).and_then(WinError::documented_code);
}
