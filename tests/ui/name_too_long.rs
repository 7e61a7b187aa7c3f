win_errors::win_errors!("name_too_long.toml");

fn main() {
    // The fallback type keeps the user's code free of follow-on errors.
    let _ = WinError::from_code(1);
}
