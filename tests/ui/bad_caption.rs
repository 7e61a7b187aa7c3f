win_errors::win_errors!("bad_caption.toml");

fn main() {
    // The fallback type keeps the user's code free of follow-on errors.
    let _ = WinError::from_code(1).and_then(WinError::caption);
}
