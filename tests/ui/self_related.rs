win_errors::win_errors!("self_related.toml");

fn main() {
    // The fallback type keeps the user's code free of follow-on errors.
    let _ = WinError::from_code(1);
}
